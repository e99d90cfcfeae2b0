// What the budgeting service tests share: one calendar for their processes, so a moment means the
// same phase in every suite; the processes more than one suite runs; and a municipality's space.
import type { Db } from '../../db/client';
import type { Actor } from '../identity';
import { createOrganisation } from '../network';
import { createSpace, setComponents } from '../spaces';

/** A day at noon UTC, as a `now` for the services. */
export const on = (day: string) => new Date(`${day}T12:00:00Z`);

/** Proposals in January 2030, voting in the first two weeks of March. */
export const calendar = { proposalsFrom: '2030-01-05', proposalsUntil: '2030-01-31', votingFrom: '2030-03-01', votingUntil: '2030-03-14' };

// A moment in each phase of `calendar`, from before proposals open to after voting has closed.
export const created = on('2030-01-01');
export const inProposals = on('2030-01-10');
export const inReview = on('2030-02-10');
export const inVoting = on('2030-03-05');
export const afterVoting = on('2030-03-20');

/** €10.000 for Aadorp on a knapsack ballot, counted with Equal Shares and add1; a vote code votes, or an account in Almelo from 16. */
export const aadorpProcess = (over: Record<string, unknown> = {}) => ({
	title: 'Buurtbudget Aadorp 2030',
	description: 'Bewoners kiezen samen.',
	total: '10.000',
	ballotType: 'knapsack',
	rule: 'mes',
	completion: 'add1',
	votingByCode: 'on',
	votingByAccount: 'on',
	postcodes: '7600-7609',
	minimumAge: '16',
	...calendar,
	...over
});

/** €20.000 with a ballot box per area: €10.000 for Noord and €6.000 for Zuid, each counted with Equal Shares and nothing to complete it. */
export const noordZuidProcess = (over: Record<string, unknown> = {}) => ({
	title: 'Wijkbudget Noord en Zuid 2030',
	total: '20.000',
	ballotType: 'approval',
	rule: 'mes',
	completion: 'none',
	votingByCode: 'on',
	...calendar,
	areas: [
		{ name: 'Noord', budget: '10.000', postcodes: '' },
		{ name: 'Zuid', budget: '6.000', postcodes: '' }
	],
	...over
});

/** A space of the municipality that `owner` founds, so `owner` facilitates every process in it. */
export async function budgetSpace(db: Db, owner: Actor, space: Omit<Parameters<typeof createSpace>[2], 'ownerIds'>, components = ['budget']) {
	const municipality = await createOrganisation(db, owner, { name: 'Gemeente Almelo', kind: 'municipality' });
	const made = await createSpace(db, owner, { ...space, ownerIds: [municipality.id] });
	await setComponents(db, owner, made.slug, components);
	return { municipalityId: municipality.id, slug: made.slug };
}
