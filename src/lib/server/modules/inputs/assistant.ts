// The grouping assistant as a facilitator meets it: proposals for the inputs that wait for an
// answer. It only proposes; a spearhead exists once the facilitator accepts (and names) one.
import type { Db } from '../../db/client';
import { forbidden, notFound, signInRequired, type Actor } from '../identity';
import { spaceAccessBySlug } from '../spaces';
import { proposeGroups } from './grouping';
import { canProcessInputs } from './policy';
import { inputRows, inputsComponent } from './service';

/** The most a proposal round takes: the assistant is measured at this size. */
const maxInputs = 5000;

export async function proposeSpearheads(db: Db, actor: Actor | null, spaceSlug: string) {
	const access = await spaceAccessBySlug(db, actor, spaceSlug);
	if (!access || !access.componentKeys.includes(inputsComponent)) throw notFound();
	if (!actor) throw signInRequired();
	if (!canProcessInputs(access)) throw forbidden();
	const waiting = (await inputRows(db, access.id, true)).slice(0, maxInputs);
	const byId = new Map(waiting.map((r) => [r.id, r]));
	const { groups, ungrouped } = proposeGroups(waiting.map((r) => ({ id: r.id, text: r.text })));
	const shown = (id: string) => {
		const r = byId.get(id)!;
		return { id: r.id, number: r.number, kind: r.kind, text: r.text };
	};
	return {
		considered: waiting.length,
		groups: groups.map((g) => ({ label: g.label, words: g.words, inputs: g.ids.map(shown) })),
		ungrouped: ungrouped.map(shown)
	};
}
export type Proposals = Awaited<ReturnType<typeof proposeSpearheads>>;
