// Seed data for bench/gatherings.ts, written only through the modules' public functions so that
// the rows look like what people make by hand (slugs, organisers, lists, reminders, audit log).

// Registers the modules' components as the app does at start: the demo data puts them in spaces.
import '../src/lib/server/components.ts';
import type { Db } from '../src/lib/server/db/client.ts';
import { accounts } from '../src/lib/server/demo/twente.ts';
import { loadDemo } from '../src/lib/server/demo/index.ts';
import { createAuth, findUserByEmail, type Actor } from '../src/lib/server/modules/identity/index.ts';
import { listAreas, listOrganisations, listThemes } from '../src/lib/server/modules/network/index.ts';
import { listSpaces } from '../src/lib/server/modules/spaces/index.ts';
import { createGathering, createSeries, listGatherings, register, type GatheringInput, type SeriesInput } from '../src/lib/server/modules/gatherings/index.ts';
import { random } from './support.ts';

export const ORIGIN = 'http://127.0.0.1';

/**
 * The inputs' types list every field (the schemas fill in defaults); a draft names only the ones it
 * sets, as a form that leaves fields empty does.
 */
export const gatheringDraft = (g: Partial<GatheringInput>) => g as GatheringInput;
const seriesDraft = (s: Partial<SeriesInput>) => s as SeriesInput;

export interface Base {
	admin: Actor;
	organisationIds: string[];
	areas: { id: string; name: string }[];
	themeIds: string[];
	/** Gatherings go only into public spaces: an anonymous visitor's agenda then holds all of them. */
	spaces: { id: string; visibility: string }[];
}

/**
 * The demo region (accounts, areas, themes, organisations, spaces) as the ground the gatherings
 * stand on; its administrator may name any organisation as organiser.
 */
export async function seedBase(db: Db): Promise<Base> {
	await loadDemo(db, () => createAuth(db, { origin: ORIGIN }));
	const seed = accounts.find((a) => a.admin);
	const user = seed && (await findUserByEmail(db, seed.email));
	if (!seed || !user) throw new Error('the demo data has no administrator');
	const admin: Actor = { userId: user.id, name: seed.name, email: seed.email, isAdmin: true };
	return {
		admin,
		organisationIds: (await listOrganisations(db)).map((o) => o.id),
		areas: (await listAreas(db)).map((a) => ({ id: a.id, name: a.name })),
		themeIds: (await listThemes(db)).map((t) => t.id),
		spaces: (await listSpaces(db, admin)).map((s) => ({ id: s.id, visibility: s.visibility }))
	};
}

const KINDS = ['Buurtcafé', 'Inloopspreekuur', 'Wijkschouw', 'Bewonersavond', 'Repair Café', 'Energiecafé', 'Ontwerpsessie', 'Digicafé', 'Zorgtafel', 'Taalcafé', 'Wandeling', 'Informatieavond'];
const STREETS = ['Marktstraat', 'Dorpsstraat', 'Kerkplein', 'Stationsweg', 'Molenstraat', 'Schoolstraat', 'Brink', 'Oranjestraat'];

const pad = (n: number) => String(n).padStart(2, '0');

/** The Amsterdam calendar day `days` after today (close enough: the bench runs far from midnight issues). */
function dayFromNow(days: number): string {
	const d = new Date(Date.now() + days * 86_400_000);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export interface Seeded {
	/** Upcoming gatherings an anonymous visitor's agenda holds after seeding: `fromDemo` + `gatherings`. */
	upcoming: number;
	fromDemo: number;
	gatherings: number;
	series: number;
	inSpaces: number;
	undated: number;
	formats: Record<string, number>;
	registrations: number;
	ms: number;
}

/**
 * Tops the agenda up to `count` upcoming gatherings (the demo data brings a few of its own): about a fifth as sessions of series (half with one registration for
 * the whole series), a tenth in spaces, a few without a date yet, all three formats, spread over
 * the areas, one to three organisers, zero to two themes, capacities and waitlists mixed, and a few
 * guests registered on some of them so that "full" is computed from real counts.
 */
export async function seedAgenda(db: Db, base: Base, count: number, log: (line: string) => void = () => {}): Promise<Seeded> {
	const started = performance.now();
	const fromDemo = (await listGatherings(db, null, {})).total;
	count = Math.max(0, count - fromDemo);
	const rnd = random(20261125);
	const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)];
	const some = <T>(list: T[], n: number): T[] => [...new Set(Array.from({ length: n }, () => pick(list)))];
	const formats: Record<string, number> = { in_person: 0, online: 0, hybrid: 0 };
	const publicSpaces = base.spaces.filter((s) => s.visibility === 'public');
	let made = 0;
	let series = 0;
	let inSpaces = 0;
	let undated = 0;
	let registrations = 0;
	const slugs: string[] = [];

	const input = (title: string, n: number, dated: boolean): GatheringInput => {
		const format = n % 7 === 0 ? 'online' : n % 5 === 0 ? 'hybrid' : 'in_person';
		formats[format]++;
		const area = pick(base.areas);
		const hour = 9 + Math.floor(rnd() * 11);
		const capacity = rnd() < 0.6 ? 10 + Math.floor(rnd() * 90) : null;
		return gatheringDraft({
			title,
			description: `${title} in ${area.name}. Iedereen is welkom; neem gerust een buurman of buurvrouw mee.`,
			// Three days out at the earliest: no reminder falls due while the page is measured.
			startDay: dated ? dayFromNow(3 + Math.floor(rnd() * 180)) : null,
			startTime: dated ? `${pad(hour)}:${rnd() < 0.5 ? '00' : '30'}` : null,
			endTime: dated ? `${pad(hour + 2)}:00` : null,
			format,
			address: format === 'online' ? '' : `${pick(STREETS)} ${1 + Math.floor(rnd() * 120)}, ${area.name}`,
			areaId: area.id,
			onlineUrl: format === 'in_person' ? null : `https://meet.example.org/${n}`,
			stepFreeAccess: rnd() < 0.5,
			hearingLoop: rnd() < 0.2,
			organiserIds: some(base.organisationIds, 1 + Math.floor(rnd() * 3)),
			themeIds: some(base.themeIds, Math.floor(rnd() * 3)),
			capacity,
			waitlist: capacity !== null && rnd() < 0.7
		});
	};

	// Series first: their sessions count towards `count`.
	const seriesCount = Math.floor(count / 25);
	for (let s = 0; s < seriesCount && made + 5 <= count; s++) {
		const spaceId = s % 4 === 0 && publicSpaces.length ? publicSpaces[s % publicSpaces.length].id : null;
		const created = await createSeries(
			db,
			base.admin,
			seriesDraft({ title: `Leerkring ${pick(base.areas).name} ${s + 1}`, registration: s % 2 ? 'session' : 'series', organiserIds: some(base.organisationIds, 2), capacity: 20, waitlist: true }),
			spaceId
		);
		series++;
		for (let k = 0; k < 5; k++) {
			const g = await createGathering(db, base.admin, input(`${created.title}, bijeenkomst ${k + 1}`, made, true), ORIGIN, { seriesSlug: created.slug });
			slugs.push(g.slug);
			made++;
			if (spaceId) inSpaces++;
		}
	}

	// The rest one by one, four at a time: what a busy week of organisers does, only faster.
	const rest = count - made;
	let next = 0;
	const worker = async () => {
		while (next < rest) {
			const n = made + next++;
			const dated = n % 50 !== 0;
			const spaceId = n % 10 === 3 && publicSpaces.length ? publicSpaces[n % publicSpaces.length].id : null;
			const g = await createGathering(db, base.admin, input(`${KINDS[n % KINDS.length]} ${base.areas[n % base.areas.length].name} ${n}`, n, dated), ORIGIN, { spaceId });
			slugs.push(g.slug);
			if (!dated) undated++;
			if (spaceId) inSpaces++;
			if (slugs.length % 100 === 0) log(`  seeded ${slugs.length} of ${count} gatherings`);
		}
	};
	await Promise.all([worker(), worker(), worker(), worker()]);
	made += rest;

	// A few guests on every tenth gathering, so some lists have counts (and some are full).
	for (const [i, slug] of slugs.entries()) {
		if (i % 10 !== 0) continue;
		for (let k = 0; k < 3; k++) {
			try {
				await register(db, null, { gathering: slug }, { name: `Gast ${i}-${k}`, email: `gast.${i}.${k}@example.org` }, { locale: 'nl', origin: ORIGIN });
				registrations++;
			} catch {
				// a session of a per-session series without a date, a closed list: a refusal is fine here
			}
		}
	}

	const upcoming = (await listGatherings(db, null, {})).total;
	return { upcoming, fromDemo, gatherings: made, series, inSpaces, undated, formats, registrations, ms: performance.now() - started };
}
