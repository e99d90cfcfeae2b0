// Seed data for bench/inputs.ts: 20,000 inputs in the demo's regional plan space, written only
// through the modules' public functions (numbers, statuses, audit log and links come about as
// they do when a facilitator types in a pile of sticky notes, groups them and links the groups to
// actions), on top of the demo region that bench/gatherings-seed.ts loads.

import { performance } from 'node:perf_hooks';
import type { Db } from '../src/lib/server/db/client.ts';
import { accounts, cooperative, type AccountKey } from '../src/lib/server/demo/twente.ts';
import { createGathering } from '../src/lib/server/modules/gatherings/index.ts';
import { findUserByEmail, type Actor } from '../src/lib/server/modules/identity/index.ts';
import { createSpearhead, enterNotes, funnel, getInput, listInputs, type InputKind } from '../src/lib/server/modules/inputs/index.ts';
import { listOrganisations, listThemes } from '../src/lib/server/modules/network/index.ts';
import { getAction, getProgramme, linkToAction } from '../src/lib/server/modules/programme/index.ts';
import { spaceIdBySlug } from '../src/lib/server/modules/spaces/index.ts';
import { ORIGIN, gatheringDraft, type Base } from './gatherings-seed.ts';
import { int, random } from './support.ts';

/** The demo's space with the inputs and programme components. */
export const SPACE = 'burgerinbreng-regioplan-2026';
/** The most notes `enterNotes` takes in one call (its schema's limit). */
const NOTES_PER_CALL = 500;
/** Own inputs per spearhead at most; with its neighbour's first few that makes about 300. */
const OWN_PER_SPEARHEAD = 290;
const SHARED_WITH_NEIGHBOUR = 10;
/** Spearheads (in plan order) linked to the measured action: thousands of inputs behind it. */
const MEASURED_SPEARHEADS = 12;
/** The spearheads after those that go to the other actions; the rest stay grouped only. */
const OTHER_LINKED_SPEARHEADS = 20;

/** A demo account as the actor the services expect. */
export async function actorFor(db: Db, key: AccountKey): Promise<Actor> {
	const seed = accounts.find((a) => a.key === key);
	const user = seed && (await findUserByEmail(db, seed.email));
	if (!seed || !user) throw new Error(`the demo data has no account "${key}"`);
	return { userId: user.id, name: user.name, email: user.email, isAdmin: user.isAdmin };
}

// ---------------------------------------------------------------- texts

interface Subject {
	title: string;
	description: string;
	/** Dutch theme name from the demo. */
	theme: string;
	/** `{plek}` becomes the place the input is about. */
	lines: Record<InputKind, string[]>;
	reasons: string[];
}

const SUBJECTS: Record<string, Subject> = {
	ontmoeten: {
		title: 'Ontmoetingsplekken',
		description: 'Plekken dicht bij huis waar je zonder afspraak binnenloopt voor koffie en een praatje.',
		theme: 'Ontmoeting',
		lines: {
			wish: ['Een huiskamer in {plek} waar je zonder afspraak binnen kunt lopen voor koffie.', 'Graag een vaste ontmoetingsplek in {plek}, ook in het weekend open.'],
			concern: ['Sinds het buurthuis in {plek} dicht is, zie ik mijn buren bijna niet meer.', 'In {plek} is er voor mensen zonder auto nergens meer een plek om samen te komen.'],
			idea: ['Zet de kantine van de sportclub in {plek} op doordeweekse ochtenden open voor de hele buurt.', 'Laat de bibliotheek in {plek} op zaterdag een huiskamer voor iedereen zijn.'],
			question: ['Waar kunnen ouderen in {plek} terecht voor een praatje en een kop koffie?', 'Wie beheert straks het dorpshuis in {plek}, en mogen bewoners dat zelf doen?']
		},
		reasons: ['Dan blijft het dorp een dorp.', 'Veel mensen zitten nu de hele dag alleen thuis.', 'Nieuwe bewoners leren zo ook hun buren kennen.']
	},
	bewegen: {
		title: 'Samen bewegen',
		description: 'Bewegen dicht bij huis, ook voor wie niet bij een club zit.',
		theme: 'Sport',
		lines: {
			wish: ['Beweegtoestellen in het park van {plek}, met een bankje ernaast.', 'Een wandelgroep in {plek} die ook in de winter doorgaat.'],
			concern: ['De gymzaal in {plek} is overdag leeg, terwijl ouderen graag zouden bewegen.', 'De paden in {plek} zijn zo slecht dat ik met de rollator niet meer ga wandelen.'],
			idea: ['Laat de voetbalclub in {plek} één ochtend per week een beweegochtend voor 60-plussers houden.', 'Maak een ommetje van drie kilometer door {plek} met bordjes en rustpunten.'],
			question: ['Kan de sporthal in {plek} ook open voor mensen die niet bij een club zitten?', 'Wie betaalt de begeleiding als we in {plek} samen willen sporten?']
		},
		reasons: ['Bewegen houdt je langer zelfstandig.', 'Samen sporten is ook gezellig.', 'De fysiotherapeut raadt het iedereen aan.']
	},
	eenzaamheid: {
		title: 'Niemand alleen',
		description: 'Aandacht voor wie weinig mensen ziet: bezoek, bellen, samen eten.',
		theme: 'Ouderen',
		lines: {
			wish: ['Iemand die in {plek} langskomt bij mensen die weinig bezoek krijgen.', 'Een belcirkel in {plek}, zodat iedereen elke dag even iemand spreekt.'],
			concern: ['Mijn moeder in {plek} ziet soms een week lang niemand.', 'Na het overlijden van mijn man ken ik in {plek} bijna niemand meer.'],
			idea: ['Koppel in {plek} jongeren en ouderen die samen willen koken.', 'Een maandelijkse buurtmaaltijd in {plek}, om de beurt bij iemand anders.'],
			question: ['Hoe vinden we in {plek} de mensen die zelf niet meer naar buiten komen?', 'Is er in {plek} een vrijwilliger die mee wil naar de markt?']
		},
		reasons: ['Eenzaamheid zie je niet van buiten.', 'Een praatje doet zoveel.', 'Niet iedereen durft zelf om hulp te vragen.']
	},
	vervoer: {
		title: 'Vervoer naar zorg en winkels',
		description: 'Zonder auto toch bij de huisarts, het ziekenhuis en de winkels komen.',
		theme: 'Vervoer',
		lines: {
			wish: ['Een buurtbus die {plek} weer verbindt met het ziekenhuis.', 'Vaker een bus vanuit {plek}, ook na zes uur ’s avonds.'],
			concern: ['Zonder auto kom je vanuit {plek} niet meer bij de huisarts.', 'De regiotaxi in {plek} komt vaak een uur te laat.'],
			idea: ['Vrijwillige chauffeurs in {plek} die buren naar de dokter rijden.', 'Een deelauto bij het dorpshuis in {plek}, te boeken via de buurtapp.'],
			question: ['Waarom rijdt er in {plek} op zondag geen enkele bus?', 'Wie kan ik bellen als ik vanuit {plek} naar het ziekenhuis moet?']
		},
		reasons: ['Veel ouderen hebben geen rijbewijs meer.', 'Jongeren willen ook naar hun werk.', 'Anders moet je steeds je kinderen vragen.']
	},
	wonen: {
		title: 'Woningen voor jong en oud',
		description: 'Betaalbare woningen voor starters en voor ouderen die kleiner willen wonen.',
		theme: 'Wonen',
		lines: {
			wish: ['Kleine, betaalbare woningen in {plek} voor ouderen die hun huis te groot vinden.', 'Starterswoningen in {plek}, zodat jongeren in het dorp kunnen blijven.'],
			concern: ['Onze kinderen moeten uit {plek} vertrekken omdat er niets te huur is.', 'In {plek} staan grote huizen leeg terwijl er lange wachtlijsten zijn.'],
			idea: ['Een knarrenhof in {plek}: samen wonen met een gemeenschappelijke tuin.', 'Laat ouderen in {plek} hun huis ruilen met een jong gezin.'],
			question: ['Mag ik in {plek} een mantelzorgwoning in mijn tuin zetten?', 'Hoe lang is de wachtlijst voor een seniorenwoning in {plek}?']
		},
		reasons: ['Dan blijven de scholen en winkels ook open.', 'Wie hier opgroeit, wil hier blijven.', 'Verhuizen op je tachtigste is zwaar.']
	},
	mantelzorg: {
		title: 'Lucht voor mantelzorgers',
		description: 'Even vrij van de zorg, en weten bij wie je terechtkunt.',
		theme: 'Zorg en welzijn',
		lines: {
			wish: ['Een dag per week iemand in {plek} die de zorg voor mijn man overneemt.', 'Een vaste plek in {plek} waar mantelzorgers elkaar kunnen spreken.'],
			concern: ['Als mantelzorger in {plek} heb ik al twee jaar geen vakantie gehad.', 'Ik weet in {plek} niet bij wie ik moet zijn voor respijtzorg.'],
			idea: ['Een mantelzorgcafé in {plek}, elke eerste dinsdag van de maand.', 'Laat buren in {plek} een paar uur per week oppassen bij iemand met dementie.'],
			question: ['Waar vind ik in {plek} hulp als ik het als mantelzorger niet meer volhoud?', 'Krijgen mantelzorgers in {plek} ook een waardering van de gemeente?']
		},
		reasons: ['Ik doe het met liefde, maar het wordt te veel.', 'Mantelzorgers vallen zelf ook om.', 'Even niet hoeven zorgen geeft lucht.']
	},
	verkeer: {
		title: 'Veilig verkeer in de kern',
		description: 'Langzamer rijden, veilig oversteken, geen vrachtverkeer door het centrum.',
		theme: 'Vervoer',
		lines: {
			wish: ['Een veilige oversteek bij de school in {plek}.', 'Dertig kilometer per uur in de hele kern van {plek}.'],
			concern: ['Op de doorgaande weg door {plek} wordt veel te hard gereden.', 'Vrachtwagens rijden dwars door het centrum van {plek}.'],
			idea: ['Plaats in {plek} een snelheidsbord dat laat zien hoe hard je rijdt.', 'Maak van de schoolstraat in {plek} een fietsstraat waar de auto te gast is.'],
			question: ['Wanneer komt er een zebrapad bij de supermarkt in {plek}?', 'Kan de gemeente in {plek} vaker controleren op snelheid?']
		},
		reasons: ['Er zijn hier al bijna ongelukken gebeurd.', 'Kinderen fietsen hier elke dag naar school.', 'Met de rollator durf ik niet meer over te steken.']
	},
	groen: {
		title: 'Groen en spelen',
		description: 'Schaduw, water dat weg kan, en speelplekken voor alle leeftijden.',
		theme: 'Duurzaamheid',
		lines: {
			wish: ['Meer bomen en schaduw op het plein in {plek}.', 'Een speeltuin in {plek} waar ook oudere kinderen iets te doen hebben.'],
			concern: ['Het grasveld in {plek} staat na elke regenbui onder water.', 'De speeltoestellen in {plek} zijn kapot en worden niet gemaakt.'],
			idea: ['Een buurtmoestuin in {plek} die bewoners samen onderhouden.', 'Laat kinderen in {plek} meedenken over de nieuwe speelplek.'],
			question: ['Mogen we in {plek} zelf een geveltuin aanleggen?', 'Wie onderhoudt het groen in {plek} sinds de bezuinigingen?']
		},
		reasons: ['In de zomer is het hier veel te heet.', 'Groen maakt de buurt gezonder.', 'Kinderen spelen nu op straat.']
	},
	jeugd: {
		title: 'Ruimte voor jongeren',
		description: 'Een eigen plek en eigen plannen voor tieners en jongvolwassenen.',
		theme: 'Jeugd',
		lines: {
			wish: ['Een plek in {plek} waar jongeren na school kunnen zitten zonder dat het overlast geeft.', 'Meer activiteiten voor tieners in {plek} in de zomervakantie.'],
			concern: ['Jongeren in {plek} vervelen zich en hangen bij de supermarkt.', 'Sinds het jongerenwerk in {plek} is gestopt, is er niets meer voor ze.'],
			idea: ['Laat jongeren in {plek} zelf een jongerencentrum runnen met een beetje begeleiding.', 'Een klusbank in {plek} waar jongeren ouderen helpen en wat verdienen.'],
			question: ['Is er in {plek} nog een jongerenwerker waar ik mijn zoon naartoe kan sturen?', 'Kunnen jongeren in {plek} meepraten over wat er in het dorp gebeurt?']
		},
		reasons: ['Jongeren zijn de toekomst van het dorp.', 'Dan blijven ze ook van de straat.', 'Ze hebben zelf de beste ideeën.']
	},
	voorzieningen: {
		title: 'Voorzieningen dichtbij',
		description: 'Boodschappen, pinnen, pakketjes en hulp bij digitale zaken zonder ver te reizen.',
		theme: 'Ontmoeting',
		lines: {
			wish: ['Een pinautomaat terug in {plek}.', 'Een weekmarkt in {plek}, al is het maar één keer per week.'],
			concern: ['Sinds de supermarkt in {plek} dicht is, moet ik voor boodschappen de bus nemen.', 'Het postkantoor in {plek} is weg en ouderen weten niet waar ze pakketjes kunnen halen.'],
			idea: ['Een dorpswinkel in {plek} die door vrijwilligers wordt gerund.', 'Laat de bakker in {plek} ook pakketjes en medicijnen uitgeven.'],
			question: ['Komt er in {plek} weer een huisartsenpost in de buurt?', 'Kan de bibliotheek in {plek} helpen met digitale zaken van de gemeente?']
		},
		reasons: ['Zonder voorzieningen loopt het dorp leeg.', 'Niet iedereen kan online bankieren.', 'Het scheelt ouderen veel gedoe.']
	}
};

/**
 * The spearheads in plan order, one subject each; the first twelve (meeting, moving and not being
 * alone) are what the measured action, ontmoetingsparken bij sportclubs, comes from.
 */
const PLAN: string[] = [
	...Array<string>(5).fill('ontmoeten'),
	...Array<string>(4).fill('bewegen'),
	...Array<string>(3).fill('eenzaamheid'),
	...['vervoer', 'wonen', 'mantelzorg', 'verkeer', 'groen', 'jeugd', 'voorzieningen'].flatMap((s) => Array<string>(4).fill(s))
];

/** How people start a note; most do not. */
const OPENERS = ['', '', '', '', '', 'Als oudere: ', 'Namens onze straat: ', 'Als ouder van jonge kinderen: ', 'Als vrijwilliger: ', 'Belangrijk: ', 'Van mijn buurvrouw: '];
const STREETS = ['Dorpsstraat', 'Kerkstraat', 'Molenweg', 'Schoolstraat', 'Stationsplein', 'Hoofdstraat', 'Esweg', 'Marktplein'];
const KINDS: InputKind[] = ['wish', 'concern', 'idea', 'question'];

interface Topic {
	subject: Subject;
	place: { id: string; name: string };
}

function note(rnd: () => number, topic: Topic, themeIds: Map<string, string>, allThemes: string[]) {
	const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)];
	const kind = pick(KINDS);
	const opener = pick(OPENERS);
	const line = pick(topic.subject.lines[kind]).replace('{plek}', topic.place.name);
	let text = opener ? opener + line[0].toLowerCase() + line.slice(1) : line;
	if (rnd() < 0.5) text += ` ${pick(topic.subject.reasons)}`;
	if (rnd() < 0.2) text += ` Bijvoorbeeld bij de ${pick(STREETS)}.`;
	const theme = themeIds.get(topic.subject.theme);
	const themes = [...new Set([...(theme ? [theme] : []), ...(rnd() < 0.2 ? [pick(allThemes)] : [])])];
	return { kind, text, areaId: rnd() < 0.7 ? topic.place.id : null, themeIds: themes };
}

// ---------------------------------------------------------------- seeding

export interface InputsSeeded {
	/** Inputs in the space after seeding: `fromDemo` + `inputs`. */
	total: number;
	fromDemo: number;
	inputs: number;
	calls: number;
	/** Calls whose notes came from a (past) gathering in the space; the rest count as online. */
	meetings: number;
	spearheads: number;
	/** Inputs in at least one seeded spearhead, and in two of them. */
	grouped: number;
	inTwo: number;
	linkedSpearheads: number;
	directLinks: number;
	/** The space's funnel afterwards, as its public page counts it. */
	funnel: { received: number; grouped: number; takenUp: number; waiting: number; hidden: number };
	action: { slug: string; title: string; total: number; spearheads: number };
	input: { id: string; number: number; status: string; spearheads: number; actions: number };
	ms: number;
}

const daysBefore = (days: number) => new Date(Date.now() - days * 86_400_000);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Tops the space up to `count` inputs as a facilitator would: notes typed in 500 at a time (half
 * of the piles from a residents' evening in the space, the other half from online forms), grouped
 * into 40 spearheads of about 300 (each also holding the first ten of the next one, so some inputs
 * sit in two), the first twelve linked to one demo action, twenty more to the other actions, and a
 * few inputs linked to actions directly.
 */
export async function seedInputs(db: Db, base: Base, count: number, log: (line: string) => void = () => {}): Promise<InputsSeeded> {
	const started = performance.now();
	const facilitator = await actorFor(db, 'cooperatie');
	const fromDemo = (await listInputs(db, facilitator, SPACE)).total;
	const toAdd = Math.max(0, count - fromDemo);
	const spaceId = await spaceIdBySlug(db, SPACE);
	const cooperativeId = (await listOrganisations(db)).find((o) => o.name === cooperative)?.id;
	if (!spaceId || !cooperativeId) throw new Error(`the demo data has no space ${SPACE} or no ${cooperative}`);
	const themes = await listThemes(db);
	const themeIds = new Map(themes.map((t) => [t.nameNl, t.id]));
	const places = base.areas.filter((a) => a.name !== 'Twente');
	// Steps of 7 through the places: neighbouring spearheads of one subject are about different places.
	const topics: Topic[] = PLAN.map((key, k) => ({ subject: SUBJECTS[key], place: places[(k * 7) % places.length] }));
	const rnd = random(20261202);

	// ---- notes
	const byTopic: { id: string; number: number }[][] = topics.map(() => []);
	const calls = Math.ceil(toAdd / NOTES_PER_CALL);
	let meetings = 0;
	for (let c = 0; c < calls; c++) {
		const size = Math.min(NOTES_PER_CALL, toAdd - c * NOTES_PER_CALL);
		const of = Array.from({ length: size }, () => Math.floor(rnd() * topics.length));
		const notes = of.map((t) => note(rnd, topics[t], themeIds, themes.map((th) => th.id)));
		// Oldest pile first, so that numbers rise with the day the notes were given.
		const daysAgo = calls > 1 ? Math.round(200 - (c * 190) / (calls - 1)) : 10;
		let gatheringId: string | null = null;
		if (c % 2 === 0) {
			const place = topics[of[0]].place;
			const day = daysBefore(daysAgo);
			const g = await createGathering(
				db,
				facilitator,
				gatheringDraft({ title: `Ophaalavond ${place.name}: wat vindt u belangrijk?`, description: 'Een avond om op te halen wat inwoners belangrijk vinden.', startDay: isoDay(day), startTime: '19:30', endTime: '21:30', format: 'in_person', address: `Dorpshuis ${place.name}`, areaId: place.id, organiserIds: [cooperativeId], reminderDaysBefore: 0 }),
				ORIGIN,
				{ spaceId }
			);
			gatheringId = g.id;
			meetings++;
		}
		const created = await enterNotes(db, facilitator, SPACE, { gatheringId, notes }, { origin: ORIGIN, givenAt: daysBefore(daysAgo - 1) });
		created.forEach((row, i) => byTopic[of[i]].push(row));
		if ((c + 1) % 10 === 0 || c === calls - 1) log(`  entered ${int(Math.min((c + 1) * NOTES_PER_CALL, toAdd))} of ${int(toAdd)} inputs`);
	}

	// ---- spearheads
	const spearheadIds: string[] = [];
	const members = new Map<string, number>();
	for (const [k, topic] of topics.entries()) {
		const own = byTopic[k].slice(0, Math.min(OWN_PER_SPEARHEAD, Math.floor(byTopic[k].length * 0.6)));
		const shared = byTopic[(k + 1) % topics.length].slice(0, SHARED_WITH_NEIGHBOUR);
		const inputIds = [...new Set([...own, ...shared].map((r) => r.id))];
		for (const id of inputIds) members.set(id, (members.get(id) ?? 0) + 1);
		const made = await createSpearhead(db, facilitator, SPACE, { title: `${topic.subject.title} in ${topic.place.name}`, description: topic.subject.description, inputIds }, ORIGIN);
		spearheadIds.push(made.id);
	}
	log(`  ${spearheadIds.length} spearheads holding ${int(members.size)} inputs`);

	// ---- links to actions
	const programme = await getProgramme(db, facilitator, SPACE);
	const actions = programme.pillars.flatMap((p) => p.actions);
	const measured = actions.find((a) => a.status === 'in_progress') ?? actions[0];
	if (!measured) throw new Error(`the demo programme of ${SPACE} has no actions`);
	const others = actions.filter((a) => a.id !== measured.id);
	let linkedSpearheads = 0;
	for (const [k, spearheadId] of spearheadIds.entries()) {
		const target = k < MEASURED_SPEARHEADS ? measured : k < MEASURED_SPEARHEADS + OTHER_LINKED_SPEARHEADS && others.length ? others[(k - MEASURED_SPEARHEADS) % others.length] : null;
		if (!target) continue;
		await linkToAction(db, facilitator, target.slug, { spearheadId }, ORIGIN);
		linkedSpearheads++;
	}
	// A few inputs that no spearhead holds are taken up on their own, as a facilitator does with one that stands out.
	let directLinks = 0;
	const loose = byTopic.flatMap((list) => list.filter((r) => !members.has(r.id)).slice(0, 1)).slice(0, 12);
	for (const [n, row] of loose.entries()) {
		const target = n < 4 || !others.length ? measured : others[n % others.length];
		await linkToAction(db, facilitator, target.slug, { inputNumber: row.number }, ORIGIN);
		directLinks++;
	}
	log(`  ${linkedSpearheads} spearheads and ${directLinks} single inputs linked to actions`);

	// ---- what the pages will show
	// The first own input of the first spearhead after the measured ones: it also sits in the last
	// measured spearhead, so its trace runs through two spearheads to two actions.
	const chosen = byTopic[MEASURED_SPEARHEADS]?.[0] ?? byTopic[0][0];
	const view = await getInput(db, null, chosen.id);
	const action = await getAction(db, null, measured.slug);
	const total = (await listInputs(db, facilitator, SPACE)).total;
	const f = await funnel(db, null, SPACE);
	return {
		total,
		fromDemo,
		inputs: toAdd,
		calls,
		meetings,
		spearheads: spearheadIds.length,
		grouped: members.size,
		inTwo: [...members.values()].filter((n) => n > 1).length,
		linkedSpearheads,
		directLinks,
		funnel: { received: f.received, grouped: f.grouped, takenUp: f.takenUp, waiting: f.waiting, hidden: f.hidden },
		action: { slug: action.slug, title: action.title, total: action.inputs.total, spearheads: action.spearheads.length },
		input: { id: view.id, number: view.number, status: view.status, spearheads: view.spearheads.length, actions: view.actions.length },
		ms: performance.now() - started
	};
}
