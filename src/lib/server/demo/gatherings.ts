/**
 * Demo gatherings, from the field reports: a learning circle of four sessions with one still
 * undated, a case clinic ("leerfabriek"), an annual day that more people wanted to attend than
 * could, and residents' evenings in several villages. Dates are relative to the day the demo loads,
 * so the agenda is never empty.
 */
import type { Db } from '../db/client';
import type { Actor } from '../modules/identity';
import { createGathering, createSeries, decideCase, register, submitCase } from '../modules/gatherings';
import { setComponents, spaceIdBySlug } from '../modules/spaces';
import { cooperative, municipalityOrganisation } from './twente';

type Ids = Map<string, string>;

export interface GatheringContext {
	db: Db;
	people: { cooperatie: Actor; gemeente: Actor; initiatief: Actor };
	organisationIds: Ids;
	areaIds: Ids;
	themeIds: Ids;
	/** Slug of the public space the case clinic belongs to. */
	regioplanSlug: string;
	origin: string;
	now: Date;
}

const dayOffset = (now: Date, days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);

export async function loadGatherings(ctx: GatheringContext): Promise<void> {
	const { db, people, origin } = ctx;
	const id = (ids: Ids, name: string) => ids.get(name)!;
	const coop = id(ctx.organisationIds, cooperative);
	const day = (n: number) => dayOffset(ctx.now, n);

	const circle = await createSeries(db, people.cooperatie, {
		title: 'Leerkring Samen Twente 2027',
		description:
			'Vier bijeenkomsten voor initiatieven en professionals. We leren van elkaar: wat werkt in de buurt, en waarom?\n\nJe meldt je één keer aan voor de hele leerkring.',
		registration: 'series',
		capacity: 20,
		waitlist: true,
		organiserIds: [coop]
	});
	const sessions = [
		{ title: 'Leerkring 1: aftrap', startDay: day(14), address: 'Het Spinnerhuis, Grotestraat 12, Almelo', areaId: id(ctx.areaIds, 'Almelo') },
		{ title: 'Leerkring 2: het dorpsplan van Aadorp', startDay: day(42), address: 'Dorpshuis Aadorp, Aadorpweg 4', areaId: id(ctx.areaIds, 'Aadorp') },
		{ title: 'Leerkring 3: een buurthuis in eigen hand', startDay: day(70), address: '', areaId: null },
		{ title: 'Leerkring 4: terugblik en vervolg', startDay: '', address: '', areaId: null }
	];
	for (const s of sessions) {
		await createGathering(
			db,
			people.cooperatie,
			{ ...s, startTime: s.startDay ? '19:30' : '', endTime: s.startDay ? '21:30' : '', stepFreeAccess: true, hearingLoop: s.startDay === day(14), organiserIds: [coop], themeIds: [id(ctx.themeIds, 'Ontmoeting')] },
			origin,
			{ seriesSlug: circle.slug }
		);
	}

	await setComponents(db, people.cooperatie, ctx.regioplanSlug, ['gatherings', 'inputs', 'programme']);
	const spaceId = await spaceIdBySlug(db, ctx.regioplanSlug);
	const clinic = await createGathering(
		db,
		people.cooperatie,
		{
			title: 'Leerfabriek: denk mee over elkaars vraag',
			description: 'Neem een vraag mee uit je initiatief of je werk. We bespreken twee casussen. De anderen denken mee en geven tips.',
			startDay: day(21),
			startTime: '15:00',
			endTime: '17:00',
			format: 'hybrid',
			address: 'Stadhuis Almelo, Haven Zuidzijde 30',
			areaId: id(ctx.areaIds, 'Almelo'),
			onlineUrl: 'https://meet.example.org/leerfabriek',
			stepFreeAccess: true,
			interpreterOnRequest: true,
			contactName: 'Marieke Oude Nijhuis',
			contactEmail: 'cooperatie@example.org',
			caseClinic: true,
			capacity: 15,
			waitlist: true,
			organiserIds: [coop, id(ctx.organisationIds, municipalityOrganisation)],
			themeIds: [id(ctx.themeIds, 'Zorg en welzijn')]
		},
		origin,
		{ spaceId }
	);
	await register(db, people.initiatief, { gathering: clinic.slug }, {}, { locale: 'nl', origin });
	const brought = await submitCase(db, { actor: people.initiatief }, clinic.slug, {
		title: 'Vrijwilligers vasthouden in Aadorp',
		question: 'Hoe houden we onze vrijwilligers vast als de zorgvraag in het dorp groeit?',
		context: 'Ons zorgcollectief heeft twintig vrijwilligers. De vraag naar hulp groeit elk jaar.'
	});
	await decideCase(db, people.cooperatie, clinic.slug, brought.id, { decision: 'accepted', reason: 'Veel initiatieven herkennen deze vraag.' }, origin);

	const annual = await createGathering(
		db,
		people.cooperatie,
		{
			title: 'Samen Twente-dag 2027',
			description: 'De jaarlijkse dag van de coöperatie. Initiatieven laten zien wat ze doen. Er is een markt, muziek en soep.',
			startDay: day(35),
			startTime: '10:00',
			endTime: '16:00',
			address: 'Theaterhotel Almelo, Schouwburgplein 1',
			areaId: id(ctx.areaIds, 'Almelo'),
			stepFreeAccess: true,
			hearingLoop: true,
			capacity: 12,
			waitlist: true,
			organiserIds: [coop],
			themeIds: [id(ctx.themeIds, 'Ontmoeting')]
		},
		origin
	);
	for (let i = 1; i <= 16; i++) {
		await register(db, null, { gathering: annual.slug }, { name: `Deelnemer ${i}`, email: `deelnemer${i}@example.org` }, { locale: 'nl', origin });
	}

	const evenings = [
		{ village: 'Aadorp', days: 9, address: 'Dorpshuis Aadorp, Aadorpweg 4' },
		{ village: 'Kerkelanden', days: 16, address: 'Huiskamer Kerkelanden, Sluitersveldssingel 150' },
		{ village: 'Almelo', days: 30, address: '' }
	];
	for (const e of evenings) {
		await createGathering(
			db,
			people.gemeente,
			{
				title: `Bewonersavond ${e.village}: wat vindt u belangrijk?`,
				description: 'De gemeente wil weten wat u belangrijk vindt voor uw buurt. Iedereen is welkom. De koffie staat klaar.',
				startDay: day(e.days),
				startTime: '19:30',
				endTime: '21:00',
				address: e.address,
				areaId: id(ctx.areaIds, e.village),
				stepFreeAccess: true,
				organiserIds: [id(ctx.organisationIds, municipalityOrganisation)],
				themeIds: [id(ctx.themeIds, 'Wonen')]
			},
			origin,
			{ spaceId }
		);
	}
	await createGathering(
		db,
		people.gemeente,
		{
			title: 'Online avond voor jongeren: jouw Almelo',
			description: 'Praat mee vanuit huis. Wat moet er beter voor jongeren in Almelo?',
			startDay: day(24),
			startTime: '20:00',
			endTime: '21:00',
			format: 'online',
			onlineUrl: 'https://meet.example.org/jong-almelo',
			organiserIds: [id(ctx.organisationIds, municipalityOrganisation)],
			themeIds: [id(ctx.themeIds, 'Jeugd')]
		},
		origin,
		{ spaceId }
	);
}
