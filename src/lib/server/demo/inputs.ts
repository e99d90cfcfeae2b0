/**
 * Demo input and programme for the regional plan space, through the modules' own functions: the
 * notes of four past residents' meetings typed in by the facilitator, online input from residents
 * (some following it by e-mail), spearheads, a programme of five pillars whose actions are linked
 * to what residents said, answers with reasons, and two hidden notes.
 */
import type { Actor } from '../modules/identity';
import { createGathering } from '../modules/gatherings';
import { close, createSpearhead, enterNotes, follow, hide, submitInput } from '../modules/inputs';
import { addAnchor, createAction, createPillar, linkToAction, postUpdate } from '../modules/programme';
import { setComponents, spaceIdBySlug } from '../modules/spaces';
import { closures, hidden, inputs, meetings, pillars, spearheads, type InputSeed } from './inputs-seed';
import { cooperative } from './twente';
import type { GatheringContext } from './gatherings';

export interface InputContext extends Omit<GatheringContext, 'people'> {
	/** Runs the space day to day: the facilitator. */
	facilitator: Actor;
}

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const followerAddress = (key: string) => `bewoner.${key}@example.org`;

export async function loadInputs(ctx: InputContext): Promise<void> {
	const { db, facilitator: f, origin } = ctx;
	await setComponents(db, f, ctx.regioplanSlug, ['gatherings', 'inputs', 'programme']);
	const ids = new Map<string, { id: string; number: number }>();
	const note = (seed: InputSeed) => ({ kind: seed.kind, text: seed.text, areaId: seed.area ? ctx.areaIds.get(seed.area) : null, themeIds: (seed.themes ?? []).map((name) => ctx.themeIds.get(name)!) });

	for (const meeting of meetings) {
		const day = daysBefore(ctx.now, meeting.daysAgo);
		const gathering = await createGathering(
			db,
			f,
			{ title: meeting.title, description: 'Een avond om op te halen wat inwoners belangrijk vinden. De briefjes staan hier als inbreng.', startDay: isoDay(day), startTime: '19:30', endTime: '21:30', format: 'in_person', address: meeting.address, areaId: ctx.areaIds.get(meeting.area), organiserIds: [ctx.organisationIds.get(cooperative)!], reminderDaysBefore: 0 },
			origin,
			{ spaceId: await spaceIdBySlug(db, ctx.regioplanSlug) }
		);
		const seeds = inputs.filter((i) => i.meeting === meeting.key);
		const given = daysBefore(ctx.now, meeting.daysAgo - 2);
		const created = await enterNotes(db, f, ctx.regioplanSlug, { gatheringId: gathering.id, notes: seeds.map(note) }, { origin, givenAt: given });
		seeds.forEach((seed, n) => ids.set(seed.key, created[n]));
	}
	for (const seed of inputs.filter((i) => i.meeting === null).sort((a, b) => (b.daysAgo ?? 0) - (a.daysAgo ?? 0))) {
		const raw = { ...note(seed), email: seed.follows ? followerAddress(seed.key) : '' };
		const made = await submitInput(db, null, ctx.regioplanSlug, raw, { origin, address: `demo-${seed.key}`, givenAt: daysBefore(ctx.now, seed.daysAgo ?? 1) });
		ids.set(seed.key, made);
	}
	for (const seed of inputs.filter((i) => i.meeting !== null && i.follows)) {
		await follow(db, null, ids.get(seed.key)!.id, { email: followerAddress(seed.key) }, { origin, address: `demo-${seed.key}` });
	}

	const spearheadIds = new Map<string, string>();
	for (const s of spearheads) {
		const made = await createSpearhead(db, f, ctx.regioplanSlug, { title: s.title, description: s.description, inputIds: s.inputs.map((key) => ids.get(key)!.id) }, origin);
		spearheadIds.set(s.key, made.id);
	}

	for (const p of pillars) {
		const pillar = await createPillar(db, f, ctx.regioplanSlug, { title: p.title, description: p.description });
		for (const a of p.actions) {
			const day = (n: number | undefined) => (n === undefined ? '' : isoDay(daysBefore(ctx.now, -n)));
			const action = await createAction(db, f, {
				title: a.title,
				description: a.description,
				pillarId: pillar.id,
				ownerIds: a.owners.map((name) => ctx.organisationIds.get(name)!),
				status: a.status,
				stopReason: a.stopReason ?? '',
				progress: a.progress,
				startsOn: day(a.startsInDays),
				endsOn: day(a.endsInDays)
			});
			for (const key of a.spearheads) await linkToAction(db, f, action.slug, { spearheadId: spearheadIds.get(key) }, origin);
			for (const key of a.inputs) await linkToAction(db, f, action.slug, { inputNumber: ids.get(key)!.number }, origin);
			for (const u of a.updates) await postUpdate(db, f, action.slug, { body: u.text, postedOn: isoDay(daysBefore(ctx.now, u.daysAgo)) });
			for (const anchor of a.anchors) await addAnchor(db, f, action.slug, { ...anchor, anchoredOn: isoDay(daysBefore(ctx.now, 20)) });
		}
	}

	for (const c of closures) await close(db, f, ids.get(c.input)!.id, { closure: c.kind, reason: c.reason, url: c.url ?? '' }, origin);
	for (const h of hidden) await hide(db, f, ids.get(h.input)!.id, { reason: h.reason }, origin);
}
