// The two parties of a request, as the network module knows them.
import type { Db } from '../../db/client';
import { accountContact, type Actor } from '../identity';
import { membershipsOf, organisationMembers, organisationSummaryBySlug } from '../network';
import type { Recipient } from '../notifications';
import type { RequestStanding } from './policy';

export const organisationBySlug = organisationSummaryBySlug;

export async function standingOf(db: Db, actor: Actor | null, r: { initiativeId: string; organisationId: string }): Promise<RequestStanding> {
	if (!actor) return { asker: false, answerer: false };
	const mine = new Set((await membershipsOf(db, actor.userId)).map((m) => m.organisationId));
	return { asker: mine.has(r.initiativeId), answerer: mine.has(r.organisationId) };
}

export async function recipientsOf(db: Db, userIds: (string | null | undefined)[], except?: string): Promise<Recipient[]> {
	const unique = [...new Set(userIds.filter((id): id is string => !!id && id !== except))];
	const found = await Promise.all(unique.map(async (userId) => ({ userId, contact: await accountContact(db, userId) })));
	return found.flatMap(({ userId, contact }) => (contact ? [{ userId, email: contact.email, locale: contact.locale }] : []));
}

/** Who hears of news for the initiative: the person who asked, if still a member, and the coordinators. */
export async function initiativeListeners(db: Db, r: { initiativeId: string; submittedBy: string }): Promise<string[]> {
	const members = await organisationMembers(db, r.initiativeId);
	return members.filter((m) => m.role === 'coordinator' || m.userId === r.submittedBy).map((m) => m.userId);
}

export async function isMemberOf(db: Db, organisationId: string, userId: string): Promise<boolean> {
	return (await organisationMembers(db, organisationId)).some((m) => m.userId === userId);
}
