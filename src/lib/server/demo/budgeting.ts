/**
 * Demo neighbourhood budgets in the space "Buurtbudgetten Almelo", run by the municipality
 * (Fatma Yıldız, gemeente@example.org, who also reviews the proposals):
 *
 * - "Buurtbudget Aadorp <year>": finished. Twelve proposals from residents and initiatives, ten
 *   feasible (one at a higher cost, with a note), two not (with reasons, one answered by the
 *   proposer), 300 ballots cast with vote codes, counted with the Method of Equal Shares (add1).
 *   The voters fall into three groups: many young families near the school, fewer older residents
 *   around the village hall, a small group along the canal. Greedy by votes would spend almost all
 *   the money on the families' wishes; Equal Shares funds something for each group, so the results
 *   page shows the difference. Two funded projects report on their implementation.
 * - "Sportbudget Almelo <year>": voting now (the dates follow the day the demo loads), by vote code
 *   and by account (postcodes 7600–7609, from 16 years). A dozen ballots are in; the resident and
 *   the initiative's coordinator have not voted, so a visitor can. One unused vote code is in the
 *   letter to `demoVoteCodeLetter.recipient` on the demo outbox page.
 * - "Buurtbudget Kerkelanden <year>": open for proposals, three submitted so far.
 *
 * Everything goes through the modules' public functions, at the `now` each step happened; the
 * ballots are made by a seeded generator, so every load gives the same count.
 */
import type { Actor } from '../modules/identity';
import {
	budgetComponent,
	castBallot,
	createProcess,
	generateCodes,
	postImplementationUpdate,
	respondToReview,
	reviewProposal,
	submitProposal,
	updateImplementation
} from '../modules/budgeting';
import { runDueJobs } from '../jobs';
import { enqueueEmail } from '../modules/notifications';
import { amsterdamToday, createSpace, setComponents } from '../modules/spaces';
import type { GatheringContext } from './gatherings';
import { municipalityOrganisation, villageCare } from './twente';
import { seededRandom } from '../../seededRandom';

/** The accounts that take part in the budgets. */
export type BudgetPerson = 'gemeente' | 'initiatief' | 'cooperatie' | 'inwoner' | 'zorg' | 'adviesraad' | 'verzekeraar';

export interface BudgetContext extends Omit<GatheringContext, 'people'> {
	people: Record<BudgetPerson, Actor>;
}

/** The demo's one known vote code travels the way a real one does: in a letter, here the demo outbox. */
export const demoVoteCodeLetter = {
	recipient: 'fam.tendam@example.org',
	subject: 'Uw stemcode voor het Sportbudget Almelo'
} as const;

export const demoBudgetSpace = 'Buurtbudgetten Almelo';

// ---- Days -------------------------------------------------------------------------------------

function shiftDay(day: string, days: number): string {
	const d = new Date(`${day}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

/** Late morning in Amsterdam on that day, summer or winter: a `now` for the services. */
const during = (day: string, minutes = 0) => new Date(Date.parse(`${day}T09:30:00Z`) + minutes * 60_000);

// ---- Proposals --------------------------------------------------------------------------------

interface ProposalSeed {
	key: string;
	title: string;
	description: string;
	/** Euros, as the proposer estimated. */
	cost: number;
	themes: string[];
	by: BudgetPerson;
	/** An organisation the proposer is a member of. */
	organisation?: string;
	review?: { verdict: 'feasible' } | { verdict: 'feasible'; cost: number; costNote: string } | { verdict: 'not_feasible'; reason: string };
	response?: string;
}

const aadorpProposals: ProposalSeed[] = [
	{
		key: 'speeltuin',
		title: 'Nieuwe speeltoestellen in de speeltuin bij de school',
		description:
			'De speeltuin naast de basisschool is meer dan twintig jaar oud. De glijbaan is afgezet en de schommel is kapot. Elke dag spelen er na school tientallen kinderen.\n\nWij willen nieuwe toestellen: een klimrek, een nestschommel en een glijbaan. De kinderen van groep 7 en 8 mogen meekiezen.',
		cost: 20_000,
		themes: ['Jeugd', 'Ontmoeting'],
		by: 'inwoner',
		review: { verdict: 'feasible' }
	},
	{
		key: 'verlichting',
		title: 'Verlichting op het fietspad naar de school',
		description:
			'Het fietspad langs de weilanden naar de school is in de winter om half acht nog donker. Kinderen fietsen daar alleen. Ouders maken zich zorgen.\n\nWij vragen om lantaarnpalen met zuinige ledlampen, die alleen feller gaan branden als er iemand langskomt.',
		cost: 11_000,
		themes: ['Vervoer', 'Jeugd'],
		by: 'inwoner',
		review: {
			verdict: 'feasible',
			cost: 14_500,
			costNote: 'Voor het hele stuk zijn zes lantaarnpalen nodig, niet vier. De aansluiting op het stroomnet kost ook geld.'
		}
	},
	{
		key: 'pannakooi',
		title: 'Een pannakooi op het grasveld bij de school',
		description:
			'Jongeren uit Aadorp hebben geen plek om te voetballen na schooltijd. Een pannakooi is een klein voetbalveldje met hekken eromheen. Zo blijft de bal binnen en kan iedereen meedoen.\n\nJong Almelo Doet helpt mee met de opening en een toernooi.',
		cost: 11_500,
		themes: ['Jeugd', 'Sport'],
		by: 'cooperatie',
		organisation: 'Jong Almelo Doet',
		review: { verdict: 'feasible' }
	},
	{
		key: 'aed',
		title: 'Een AED aan de buitenmuur van het dorpshuis',
		description:
			'Bij een hartstilstand telt elke minuut. De dichtstbijzijnde AED hangt nu in de sporthal, en die is ’s avonds dicht.\n\nWij willen een AED in een verwarmde kast aan de buitenmuur van het dorpshuis, dag en nacht te gebruiken. Onze vrijwilligers volgen een reanimatiecursus.',
		cost: 2_600,
		themes: ['Zorg en welzijn'],
		by: 'initiatief',
		organisation: villageCare,
		review: { verdict: 'feasible' }
	},
	{
		key: 'jeudeboules',
		title: 'Een jeu-de-boulesbaan bij het dorpshuis',
		description:
			'Veel ouderen in Aadorp willen graag bewegen, maar niet te zwaar. Jeu de boules kan iedereen, ook met een rollator in de buurt.\n\nWij willen twee banen naast het terras van het dorpshuis. Daarna drinken we samen koffie. De vrijwilligers houden de banen bij.',
		cost: 7_500,
		themes: ['Ouderen', 'Sport', 'Ontmoeting'],
		by: 'initiatief',
		organisation: villageCare,
		review: { verdict: 'feasible' }
	},
	{
		key: 'bankjes',
		title: 'Bankjes met armleuningen in de Dorpsstraat',
		description:
			'Voor ouderen is de weg van de bushalte naar de supermarkt te lang zonder rustpunt. Vijf bankjes met armleuningen helpen: daar komt u makkelijk weer uit.\n\nEr is plek bij de kerk, bij de bushalte en bij het pleintje.',
		cost: 4_800,
		themes: ['Ouderen', 'Ontmoeting'],
		by: 'zorg',
		review: { verdict: 'feasible' }
	},
	{
		key: 'moestuin',
		title: 'Moestuinbakken op tafelhoogte bij het dorpshuis',
		description:
			'Wie niet meer kan bukken, kan toch tuinieren. In bakken op tafelhoogte kweken we kruiden en groenten. Ook vanuit een rolstoel.\n\nDe oogst gebruiken we bij de gezamenlijke maaltijd in het dorpshuis.',
		cost: 3_900,
		themes: ['Ouderen', 'Duurzaamheid', 'Ontmoeting'],
		by: 'initiatief',
		organisation: villageCare,
		review: { verdict: 'feasible' }
	},
	{
		key: 'berm',
		title: 'Bloemrijke bermen en bijenhotels langs het kanaal',
		description:
			'De bermen langs het kanaal worden nu vaak gemaaid en zijn kaal. Met inheemse bloemen komen er weer bijen en vlinders.\n\nWe zaaien samen met de buurt in het voorjaar en zetten drie bijenhotels neer. Kinderen van de school mogen helpen.',
		cost: 3_200,
		themes: ['Duurzaamheid'],
		by: 'verzekeraar',
		review: { verdict: 'feasible' }
	},
	{
		key: 'vissteiger',
		title: 'Een vissteiger met bankje aan het kanaal',
		description:
			'Langs het kanaal is geen plek om veilig te vissen of even te zitten. De oever is steil en glad.\n\nWij willen een houten steiger met een leuning en een bankje. Ook geschikt voor mensen die slecht ter been zijn.',
		cost: 6_500,
		themes: ['Ontmoeting', 'Ouderen'],
		by: 'adviesraad',
		review: { verdict: 'feasible' }
	},
	{
		key: 'hondenveld',
		title: 'Een omheind hondenuitlaatveld met afvalbakken',
		description:
			'Honden lopen nu los over het grasveld waar kinderen spelen. Een omheind veld aan de rand van het dorp, met twee afvalbakken en een bankje, lost dat op.',
		cost: 4_500,
		themes: ['Ontmoeting'],
		by: 'verzekeraar',
		review: { verdict: 'feasible' }
	},
	{
		key: 'drempels',
		title: 'Verkeersdrempels in de Dorpsstraat',
		description:
			'Auto’s rijden te hard door de Dorpsstraat, ook als de kinderen naar school gaan. Drempels bij de school en bij de kerk maken de straat veiliger.',
		cost: 9_000,
		themes: ['Vervoer', 'Jeugd'],
		by: 'inwoner',
		review: {
			verdict: 'not_feasible',
			reason:
				'Drempels in een straat mogen alleen na een verkeersbesluit van de gemeente. Dat besluit kan niet via het buurtbudget. Wij nemen uw vraag wel mee: in het voorjaar meten we hoe hard er in de Dorpsstraat gereden wordt. Daarna bespreken we op een bewonersavond wat er nodig is.'
		},
		response: 'Jammer dat het niet via het buurtbudget kan. Fijn dat er gemeten wordt. Ik kom graag naar de bewonersavond en neem andere ouders mee.'
	},
	{
		key: 'jongerenwerker',
		title: 'Twee jaar een jongerenwerker in Aadorp',
		description:
			'Jongeren hangen ’s avonds rond bij de bushalte, omdat er niets voor ze is. Een jongerenwerker die twee avonden per week in het dorp is, kan samen met hen iets opzetten.',
		cost: 18_000,
		themes: ['Jeugd'],
		by: 'cooperatie',
		organisation: 'Jong Almelo Doet',
		review: {
			verdict: 'not_feasible',
			reason:
				'Het buurtbudget is voor iets dat u één keer koopt of maakt, zoals een speeltoestel of een bankje. Een jongerenwerker kost elk jaar geld, ook na deze twee jaar. Daarvoor is de subsidie jeugd en jongeren. De wijkcoach helpt u graag met die aanvraag.'
		}
	}
];

/**
 * Who voted in Aadorp, as groups with how likely each one ticks a project. The families near the
 * school are the majority; what Equal Shares gives the two smaller groups is what greedy takes away.
 */
const aadorpVoters: Array<{ group: string; voters: number; likes: Record<string, number> }> = [
	{ group: 'gezinnen bij de school', voters: 160, likes: { speeltuin: 0.92, verlichting: 0.85, pannakooi: 0.7, aed: 0.25, berm: 0.06, bankjes: 0.05 } },
	{ group: 'ouderen rond het dorpshuis', voters: 82, likes: { aed: 0.9, jeudeboules: 0.88, bankjes: 0.8, moestuin: 0.55, verlichting: 0.2, speeltuin: 0.1 } },
	{ group: 'bewoners langs het kanaal', voters: 58, likes: { vissteiger: 0.9, berm: 0.8, hondenveld: 0.6, bankjes: 0.2, verlichting: 0.15 } }
];
const aadorpMaxProjects = 5;

/** The Aadorp ballots as sets of proposal keys, in a mixed order as they came in. */
export function aadorpBallots(): string[][] {
	const random = seededRandom(2026);
	const ballots: string[][] = [];
	for (const { voters, likes } of aadorpVoters) {
		const byLiking = Object.entries(likes).sort(([, a], [, b]) => b - a);
		for (let i = 0; i < voters; i++) {
			const ticked = byLiking.filter(([, p]) => random() < p).map(([key]) => key);
			ballots.push(ticked.length ? ticked.slice(0, aadorpMaxProjects) : [byLiking[0][0]]);
		}
	}
	for (let i = ballots.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[ballots[i], ballots[j]] = [ballots[j], ballots[i]];
	}
	return ballots;
}

const sportProposals: ProposalSeed[] = [
	{
		key: 'beweegtuin',
		title: 'Een beweegtuin voor ouderen in het park',
		description:
			'Toestellen om buiten te bewegen: om te rekken, te stappen en je evenwicht te oefenen. Een fysiotherapeut geeft in het begin elke week uitleg. Zo blijven ouderen langer fit.',
		cost: 16_000,
		themes: ['Sport', 'Ouderen'],
		by: 'zorg',
		review: { verdict: 'feasible' }
	},
	{
		key: 'skatebaan',
		title: 'De skatebaan bij het jongerencentrum groter maken',
		description:
			'De skatebaan is klein en altijd vol. Met een bowl en twee nieuwe rails kunnen meer jongeren tegelijk skaten, steppen en BMX’en. Jongeren hebben het ontwerp zelf getekend.',
		cost: 21_000,
		themes: ['Jeugd', 'Sport'],
		by: 'cooperatie',
		organisation: 'Jong Almelo Doet',
		review: { verdict: 'feasible' }
	},
	{
		key: 'sportveld',
		title: 'Het sportveldje in Kerkelanden opknappen',
		description:
			'Het veldje achter de flats heeft gaten in het gras en de doelen hebben geen netten meer. Met kunstgras, nieuwe doelen en een hek kunnen kinderen er weer het hele jaar spelen.',
		cost: 12_500,
		themes: ['Jeugd', 'Sport'],
		by: 'inwoner',
		review: { verdict: 'feasible' }
	},
	{
		key: 'wandelroute',
		title: 'Een wandelroute met afstandspaaltjes door Schelfhorst',
		description:
			'Een rondje van drie kilometer met elke 500 meter een paaltje en een bankje. Zo weet u hoe ver u bent gelopen, en kunt u even rusten. Met een kaartje bij de ingang van het park.',
		cost: 4_200,
		themes: ['Sport', 'Ouderen'],
		by: 'adviesraad',
		review: { verdict: 'feasible' }
	},
	{
		key: 'duofiets',
		title: 'Twee duofietsen om samen te fietsen',
		description:
			'Op een duofiets zitten twee mensen naast elkaar. Iemand die zelf niet meer kan fietsen, gaat zo toch mee naar buiten. Vrijwilligers fietsen mee; u leent de fiets bij het wijkcentrum.',
		cost: 7_800,
		themes: ['Sport', 'Ouderen', 'Zorg en welzijn'],
		by: 'verzekeraar',
		review: { verdict: 'feasible' }
	},
	{
		key: 'tribune',
		title: 'Een nieuwe tribune voor de voetbalclub',
		description: 'De tribune van de voetbalclub is oud en te klein. Bij thuiswedstrijden staan de mensen in de regen.',
		cost: 35_000,
		themes: ['Sport'],
		by: 'initiatief',
		review: {
			verdict: 'not_feasible',
			reason:
				'De tribune staat op het terrein van de voetbalclub zelf. Voor de gebouwen van sportclubs is er de regeling sportaccommodaties. Dit budget is voor plekken waar iedereen vrij kan sporten.'
		}
	}
];

/** The ballots already in the sports budget: projects by key, within the budget. */
const sportBallots: string[][] = [
	['skatebaan', 'sportveld'],
	['beweegtuin', 'wandelroute', 'duofiets'],
	['skatebaan', 'wandelroute'],
	['beweegtuin', 'duofiets'],
	['sportveld', 'wandelroute', 'duofiets'],
	['skatebaan'],
	['beweegtuin', 'sportveld', 'wandelroute'],
	['skatebaan', 'sportveld', 'wandelroute'],
	['duofiets', 'wandelroute']
];

/** Who has already voted with an account; the resident and the initiative's coordinator have not. */
const sportAccountVoters: Array<{ by: BudgetPerson; postcode: string; projects: string[] }> = [
	{ by: 'cooperatie', postcode: '7607 AB', projects: ['skatebaan', 'beweegtuin'] },
	{ by: 'zorg', postcode: '7602 KL', projects: ['beweegtuin', 'duofiets', 'wandelroute'] },
	{ by: 'adviesraad', postcode: '7604 CD', projects: ['wandelroute', 'sportveld', 'duofiets'] }
];

const kerkelandenProposals: ProposalSeed[] = [
	{
		key: 'moestuin',
		title: 'Een moestuin op de strook achter het wijkcentrum',
		description:
			'De gemeente biedt ons de strook grond achter het wijkcentrum aan. Wij willen er een moestuin maken met tien bakken, een regenton en een schuurtje voor het gereedschap. De oogst koken we op dinsdag in de Huiskamer.',
		cost: 3_500,
		themes: ['Ontmoeting', 'Duurzaamheid'],
		by: 'cooperatie',
		organisation: 'Huiskamer Kerkelanden'
	},
	{
		key: 'bomen',
		title: 'Bomen en schaduw op het plein bij de flats',
		description:
			'In de zomer is het plein tussen de flats heet en leeg. Met zes bomen en twee bankjes in de schaduw wordt het een plek om buiten te zitten, ook voor ouderen die slecht tegen de warmte kunnen.',
		cost: 9_000,
		themes: ['Duurzaamheid', 'Wonen', 'Ouderen'],
		by: 'inwoner'
	},
	{
		key: 'wandelgroep',
		title: 'Een wandelroute vanaf de Huiskamer, met bordjes',
		description:
			'Elke donderdag wandelt een groep vanaf de Huiskamer. Met bordjes en twee bankjes onderweg kunnen ook mensen meedoen die niet ver kunnen lopen. Daarna drinken we samen koffie.',
		cost: 2_800,
		themes: ['Sport', 'Ontmoeting', 'Ouderen'],
		by: 'adviesraad'
	}
];

// ---- Loading ----------------------------------------------------------------------------------

export async function loadBudgets(ctx: BudgetContext): Promise<void> {
	const { db, people } = ctx;
	const servant = people.gemeente;
	const space = await createSpace(db, servant, {
		title: demoBudgetSpace,
		summary: 'Inwoners van Almelo beslissen zelf over geld voor hun buurt of dorp. Iedereen mag een plan indienen, en de buurt stemt.',
		description:
			'## Hoe werkt een buurtbudget?\n\n' +
			'1. Inwoners en initiatieven dienen plannen in.\n' +
			'2. De gemeente kijkt of een plan kan. Kan het niet? Dan leggen we uit waarom.\n' +
			'3. Bewoners stemmen met de code uit hun brief, of met hun account.\n' +
			'4. We tellen de stemmen met de **methode van gelijke delen**. Zo krijgt niet alleen de grootste groep zijn zin, maar krijgt elke groep bewoners een eerlijk deel.\n' +
			'5. U kunt hier volgen hoe het gaat met de plannen die geld kregen.',
		visibility: 'public',
		areaId: ctx.areaIds.get('Almelo') ?? null,
		ownerIds: [ctx.organisationIds.get(municipalityOrganisation)!]
	});
	await setComponents(db, servant, space.slug, [budgetComponent]);
	const today = amsterdamToday(ctx.now);
	await loadAadorp(ctx, space.slug, today);
	await loadSport(ctx, space.slug, today);
	await loadKerkelanden(ctx, space.slug, today);
}

/** Submits the proposals over the days from `firstDay`, one every `step` days; their numbers by key. */
async function propose(ctx: BudgetContext, slug: string, seeds: ProposalSeed[], firstDay: string, step: number): Promise<Map<string, number>> {
	const numbers = new Map<string, number>();
	for (const [n, seed] of seeds.entries()) {
		const made = await submitProposal(
			ctx.db,
			null,
			ctx.people[seed.by],
			slug,
			{
				title: seed.title,
				description: seed.description,
				cost: seed.cost,
				themeIds: seed.themes.map((name) => ctx.themeIds.get(name)!),
				organisationId: seed.organisation ? ctx.organisationIds.get(seed.organisation)! : null
			},
			[],
			during(shiftDay(firstDay, Math.floor(n * step)), n * 7)
		);
		numbers.set(seed.key, made.number);
	}
	return numbers;
}

async function review(ctx: BudgetContext, slug: string, seeds: ProposalSeed[], numbers: Map<string, number>, day: string) {
	for (const [n, seed] of seeds.entries()) {
		if (!seed.review) continue;
		await reviewProposal(ctx.db, ctx.people.gemeente, slug, numbers.get(seed.key)!, seed.review, during(day, n * 11));
		if (seed.response) await respondToReview(ctx.db, ctx.people[seed.by], slug, numbers.get(seed.key)!, { response: seed.response }, during(shiftDay(day, 3)));
	}
}

/**
 * Almelo counts every budget with Equal Shares, by cost and completed with add1, and writes to
 * each resident from 16 with a vote code.
 */
const almeloRules = { rule: 'mes', utility: 'cost', completion: 'add1', add1Until: 'exhaustive', tieBreak: 'id', votingByCode: true, minimumAge: 16 } as const;

/**
 * A budget's phases, and the days the municipality opened it, the proposals came in (one every
 * `step` days) and, once that day has come, were reviewed.
 */
interface Timeline {
	opened: string;
	proposalsFrom: string;
	proposed: string;
	step: number;
	proposalsUntil: string;
	reviewed?: string;
	votingFrom: string;
	votingUntil: string;
	implementationFrom?: string;
}

/** The municipality opens a budget by Almelo's rules and the proposals follow: the process, and the proposals' numbers by key. */
async function openBudget(ctx: BudgetContext, spaceSlug: string, proposals: ProposalSeed[], settings: Record<string, unknown>, { opened, proposed, step, reviewed, ...phases }: Timeline) {
	const process = await createProcess(ctx.db, ctx.people.gemeente, spaceSlug, { ...almeloRules, ...settings, ...phases }, during(opened));
	const numbers = await propose(ctx, process.slug, proposals, proposed, step);
	if (reviewed) await review(ctx, process.slug, proposals, numbers, reviewed);
	return { process, numbers };
}

const choicesOf = (keys: string[], numbers: Map<string, number>) => new Map(keys.map((key) => [String(numbers.get(key)!), 1]));

async function loadAadorp(ctx: BudgetContext, spaceSlug: string, today: string) {
	const { db } = ctx;
	const servant = ctx.people.gemeente;
	const votingFrom = shiftDay(today, -250);
	const votingUntil = shiftDay(votingFrom, 14);
	const implementationFrom = shiftDay(votingUntil, 35);
	const { process, numbers } = await openBudget(
		ctx,
		spaceSlug,
		aadorpProposals,
		{
			title: `Buurtbudget Aadorp ${votingFrom.slice(0, 4)}`,
			description:
				'Aadorp krijgt € 60.000 voor plannen van het dorp zelf. Iedereen die in Aadorp woont en 16 jaar of ouder is, kreeg een brief met een stemcode. U kiest de plannen die u het belangrijkst vindt, hoogstens vijf.',
			total: 60_000,
			ballotType: 'approval',
			maxProjects: aadorpMaxProjects,
			votingByAccount: false
		},
		{ opened: shiftDay(votingFrom, -80), proposalsFrom: shiftDay(votingFrom, -70), proposed: shiftDay(votingFrom, -66), step: 3, proposalsUntil: shiftDay(votingFrom, -29), reviewed: shiftDay(votingFrom, -20), votingFrom, votingUntil, implementationFrom }
	);

	// One letter per resident from 16; about one in five voted, as in a real neighbourhood budget.
	const { codes } = await generateCodes(db, servant, process.slug, { count: 1400 }, during(shiftDay(votingFrom, -10)));
	const ballots = aadorpBallots();
	for (const [n, keys] of ballots.entries()) {
		const day = shiftDay(votingFrom, Math.floor((n * 15) / ballots.length));
		await castBallot(db, null, process.slug, { code: codes[n] }, choicesOf(keys, numbers), during(day, n % 480));
	}
	// Counted by the night's job, the morning after voting closed, as the platform would have; it is then done and not run again.
	const countedAt = during(shiftDay(votingUntil, 1), -180);
	while ((await runDueJobs(db, countedAt)) > 0);

	const speeltuin = numbers.get('speeltuin')!;
	await updateImplementation(db, servant, process.slug, speeltuin, { implementation: 'in_progress', spent: 12_400 }, during(shiftDay(implementationFrom, 30)));
	await postImplementationUpdate(
		db,
		null,
		servant,
		process.slug,
		speeltuin,
		{ body: 'De kinderen van groep 7 en 8 hebben gestemd over de toestellen. Ze kozen een klimrek met touwen, een nestschommel en een glijbaan van de heuvel af. De bestelling is de deur uit.' },
		[],
		during(shiftDay(implementationFrom, 30))
	);
	await postImplementationUpdate(
		db,
		null,
		servant,
		process.slug,
		speeltuin,
		{ body: 'De oude toestellen zijn weg en de grond is klaar. Het klimrek en de schommel staan er al. De glijbaan komt later, want de leverancier heeft vertraging. We verwachten hem over zes weken.' },
		[],
		during(shiftDay(today, -18))
	);
	const aed = numbers.get('aed')!;
	await updateImplementation(db, ctx.people.initiatief, process.slug, aed, { implementation: 'done', spent: 2_450 }, during(shiftDay(implementationFrom, 50)));
	await postImplementationUpdate(
		db,
		null,
		ctx.people.initiatief,
		process.slug,
		aed,
		{ body: 'De AED hangt aan de muur van het dorpshuis en is aangemeld bij de meldkamer. Veertien vrijwilligers hebben de reanimatiecursus gedaan. Het was € 150 goedkoper dan gedacht.' },
		[],
		during(shiftDay(implementationFrom, 50))
	);
}

async function loadSport(ctx: BudgetContext, spaceSlug: string, today: string) {
	const { db } = ctx;
	const servant = ctx.people.gemeente;
	// Voting opened a few days before the demo loads and runs for a month after it.
	const votingFrom = shiftDay(today, -6);
	const votingUntil = shiftDay(today, 30);
	const implementationFrom = shiftDay(votingUntil, 30);
	const { process, numbers } = await openBudget(
		ctx,
		spaceSlug,
		sportProposals,
		{
			title: `Sportbudget Almelo ${implementationFrom.slice(0, 4)}`,
			description:
				'Er is € 40.000 voor plekken in Almelo waar iedereen vrij kan sporten en bewegen. Kies de plannen die u wilt, samen niet meer dan € 40.000. U stemt met de code uit uw brief, of met uw account als u in Almelo woont (postcode 7600 tot en met 7609) en 16 jaar of ouder bent.',
			total: 40_000,
			ballotType: 'knapsack',
			votingByAccount: true,
			postcodes: '7600-7609'
		},
		{ opened: shiftDay(today, -90), proposalsFrom: shiftDay(today, -80), proposed: shiftDay(today, -75), step: 5, proposalsUntil: shiftDay(today, -40), reviewed: shiftDay(today, -25), votingFrom, votingUntil, implementationFrom }
	);
	const { codes } = await generateCodes(db, servant, process.slug, { count: 400 }, during(shiftDay(today, -14)));
	for (const [n, keys] of sportBallots.entries())
		await castBallot(db, null, process.slug, { code: codes[n] }, choicesOf(keys, numbers), during(shiftDay(votingFrom, n % 6), n * 13));
	for (const [n, voter] of sportAccountVoters.entries())
		await castBallot(db, ctx.people[voter.by], process.slug, { postcode: voter.postcode, oldEnough: true }, choicesOf(voter.projects, numbers), during(shiftDay(votingFrom, n + 1), 200));
	const letterCode = codes[sportBallots.length];
	await enqueueEmail(db, {
		to: demoVoteCodeLetter.recipient,
		subject: demoVoteCodeLetter.subject,
		text:
			'Beste bewoner,\n\n' +
			`U mag meebeslissen over het ${process.title}. Er is € 40.000 voor plekken waar iedereen vrij kan sporten en bewegen.\n\n` +
			`Uw stemcode is: ${letterCode}\n\n` +
			`Stem uiterlijk ${votingUntil.split('-').reverse().join('-')} op ${ctx.origin}/begrotingen/${process.slug}/stemmen\n\n` +
			'U kunt één keer stemmen. Bewaar daarna het bewijs van uw stem: daarmee ziet u dat uw stem is meegeteld.\n\n' +
			'Met vriendelijke groet,\nGemeente Almelo'
	});
}

async function loadKerkelanden(ctx: BudgetContext, spaceSlug: string, today: string) {
	const proposalsUntil = shiftDay(today, 30);
	const votingFrom = shiftDay(proposalsUntil, 29);
	await openBudget(
		ctx,
		spaceSlug,
		kerkelandenProposals,
		{
			title: `Buurtbudget Kerkelanden ${votingFrom.slice(0, 4)}`,
			description:
				'Kerkelanden krijgt € 25.000 voor plannen uit de wijk. Hebt u een idee voor een groenere, veiligere of gezelligere buurt? Dien het hier in. Daarna kijkt de gemeente of het kan. Iedereen in de wijk van 16 jaar of ouder krijgt een brief met een stemcode.',
			total: 25_000,
			ballotType: 'approval',
			maxProjects: 3,
			votingByAccount: false
		},
		{ opened: shiftDay(today, -20), proposalsFrom: shiftDay(today, -14), proposed: shiftDay(today, -10), step: 4, proposalsUntil, votingFrom, votingUntil: shiftDay(votingFrom, 14) }
	);
}
