import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { ActionLink, ActionLinks } from '../inputs';
import { actionInput, actionSpearhead, pillar, programmeAction } from './schema';

const actionFacts = {
	slug: programmeAction.slug,
	title: programmeAction.title,
	pillarTitle: pillar.title,
	status: programmeAction.status,
	statusSince: programmeAction.statusSince,
	stopReason: programmeAction.stopReason
};

/** What the inputs module asks of the programme: the links that decide an input's status. */
export const programmeLinks: ActionLinks = {
	async linksTo(db, { inputIds, spearheadIds }): Promise<ActionLink[]> {
		const direct = inputIds.length
			? await db
					.select({ inputId: actionInput.inputId, linkedAt: actionInput.linkedAt, ...actionFacts })
					.from(actionInput)
					.innerJoin(programmeAction, eq(programmeAction.id, actionInput.actionId))
					.innerJoin(pillar, eq(pillar.id, programmeAction.pillarId))
					.where(inArray(actionInput.inputId, inputIds))
			: [];
		const through = spearheadIds.length
			? await db
					.select({ spearheadId: actionSpearhead.spearheadId, linkedAt: actionSpearhead.linkedAt, ...actionFacts })
					.from(actionSpearhead)
					.innerJoin(programmeAction, eq(programmeAction.id, actionSpearhead.actionId))
					.innerJoin(pillar, eq(pillar.id, programmeAction.pillarId))
					.where(inArray(actionSpearhead.spearheadId, spearheadIds))
			: [];
		return [
			...direct.map(({ inputId, ...action }) => ({ inputId, spearheadId: null, action })),
			...through.map(({ spearheadId, ...action }) => ({ inputId: null, spearheadId, action }))
		];
	},
	async moveSpearhead(tx: Db, fromId: string, toId: string) {
		await tx.execute(sql`
			insert into action_spearhead (action_id, spearhead_id, linked_at)
			select action_id, ${toId}, linked_at from action_spearhead where spearhead_id = ${fromId}
			on conflict do nothing`);
		await tx.delete(actionSpearhead).where(eq(actionSpearhead.spearheadId, fromId));
	}
};
