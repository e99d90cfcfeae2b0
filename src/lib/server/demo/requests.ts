/**
 * Demo request desk: three organisations publish what initiatives may expect of them, initiatives
 * ask, and the requests are handled over the last four months, so that every status, every kind of
 * decision, a kept and a broken promise, an escalation and a handover can be seen and tried.
 *
 * The desks
 * - Gemeente Almelo (desk managed by Fatma Yıldız, gemeente@example.org). Escalation: "Bureau
 *   wethouder sociaal domein", Karin ter Horst (wethouder@example.org). Contact points: Fatma
 *   (accountmanager burgerinitiatieven, all of Almelo; gebiedsregisseur Aadorp en Bornerbroek) and
 *   Sander Mulder (wijkcoach@example.org; zorg en welzijn and ouderen). Publishes five
 *   right-to-challenge criteria.
 * - Zorgcollectief De Esch: Anouk Kamphuis (zorg@example.org) is contact point and escalation contact.
 * - Zorgverzekeraar Noaberpolis: Ruud Bakker (verzekeraar@example.org) is contact point and escalation contact.
 *
 * The requests (asked by Henk Brinkhuis, initiatief@example.org, for Zorgcoöperatie Aadorp unless
 * said otherwise; "Marieke" is Marieke Oude Nijhuis, cooperatie@example.org, who coordinates the
 * cooperative and the initiatives it put on the platform):
 *
 * | subject                                                          | status                     | to          | handler |
 * |------------------------------------------------------------------|----------------------------|-------------|---------|
 * | Samen de Leerkring 2027 organiseren (Coöperatie, Marieke)         | submitted                  | Almelo      | Fatma   |
 * | Hoeveel ouderen in Kerkelanden wonen alleen? (Huiskamer, Marieke) | acknowledged               | Almelo      | Sander  |
 * | Een vaste plek voor de jongerensoos (Jong Almelo Doet, Marieke)   | in_progress, internal note | Almelo      | Fatma   |
 * | Een elektrische bus voor de boodschappenritten                    | in_progress, OVERDUE, escalated automatically to Karin, who wrote and left a note | Almelo | Sander |
 * | Lunch voor alleenstaande ouderen in het dorpshuis                 | in_progress, HANDED OVER from Fatma to Sander (with a note) | Almelo | Sander |
 * | Right to challenge: de maaltijdservice in Aadorp zelf verzorgen   | decided yes_with_conditions, criteria assessed (4 of 5 met), public | Almelo | Sander |
 * | Subsidie voor de dorpsondersteuner in Aadorp                      | decided yes_with_conditions (waited for the initiative once) | Almelo | Sander |
 * | Hebben we een vergunning nodig voor de dorpsmarkt?                | decided yes                | Almelo      | Fatma   |
 * | Moestuin op het lege veld aan de Sluitersveldssingel (Huiskamer, Marieke) | decided no, with reason and alternative | Almelo | Fatma |
 * | Zonnepanelen op het dak van de gymzaal in Bornerbroek (Energiecoöperatie, Marieke) | decided yes_with_conditions LATE, escalated automatically first | Almelo | Fatma |
 * | Drie bankjes langs het ommetje in Aadorp                          | closed after a yes, PUBLIC (both parties) | Almelo | Fatma |
 * | Valpreventie: een training voor onze vrijwilligers                | decided yes                | De Esch     | Anouk   |
 * | Komt de wijkverpleging vertellen over vallen? (Fit 60+ Wesselerbrink, Marieke) | decided no, with reason and alternative (no contact point for Enschede: went to the escalation contact) | De Esch | Anouk |
 * | Scholing over dementie en eenzaamheid voor onze vrijwilligers     | decided yes                | Noaberpolis | Ruud    |
 * | Bijdrage voor de dorpsondersteuner in 2027                        | waiting for the initiative | Noaberpolis | Ruud    |
 * | Samen werken aan minder eenzaamheid in de Twentse dorpen (Coöperatie, Marieke) | in_progress   | Noaberpolis | Ruud    |
 *
 * Gemeente Almelo's figures therefore show six decisions, five of them on time. The resident
 * (inwoner@example.org) is a party to none of them; she follows the plans radar.
 *
 * The plans radar: six plans in every phase, one linked to the space "Burgerinbreng regioplan 2026".
 * The resident, Henk, Marieke and the chair of the advisory council follow the radar from before the
 * plans were published, so they got notices of the plans that match what they follow.
 *
 * Everything goes through the module's public functions. Requests, acknowledgements, statuses,
 * messages and decisions are dated in the past (working days before the day the demo loads); the
 * escalation job runs as the clock passes, exactly as it would have on a live platform.
 */
import type { Actor } from '../modules/identity';
import { organisationSummaries } from '../modules/network';
import {
	acknowledgeRequest,
	addContactPoint,
	assessChallenge,
	closeRequest,
	decideRequest,
	handOverRequest,
	isWorkingDay,
	postMessage,
	postNote,
	publishPlan,
	saveDesk,
	savePromise,
	sendRequest,
	setRequestPublicity,
	setRequestStatus,
	subscribeToRadar,
	type Decision,
	type RequestType
} from '../modules/requests';
import { runDueJobs } from '../jobs';
import type { GatheringContext } from './gatherings';
import { careProvider, cooperative, insurer, municipalityOrganisation, villageCare } from './twente';

type Ids = Map<string, string>;

/** The accounts that take part in the request desk. */
export type DeskPerson = 'gemeente' | 'wijkcoach' | 'wethouder' | 'initiatief' | 'cooperatie' | 'zorg' | 'verzekeraar' | 'adviesraad' | 'inwoner';

export interface RequestContext extends Omit<GatheringContext, 'people'> {
	people: Record<DeskPerson, Actor>;
}

/** Subjects of the requests tests and testers look for. */
export const demoRequests = {
	overdueEscalated: 'Een elektrische bus voor de boodschappenritten',
	handedOver: 'Lunch voor alleenstaande ouderen in het dorpshuis',
	challenge: 'Right to challenge: de maaltijdservice in Aadorp zelf verzorgen',
	public: 'Drie bankjes langs het ommetje in Aadorp',
	decidedLate: 'Zonnepanelen op het dak van de gymzaal in Bornerbroek',
	waiting: 'Bijdrage voor de dorpsondersteuner in 2027',
	submitted: 'Samen de Leerkring 2027 organiseren'
} as const;

// ---- Days -------------------------------------------------------------------------------------

const zone = 'Europe/Amsterdam';
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });

const amsterdamDay = (instant: Date) => dayFormat.format(instant);

function shiftDay(day: string, days: number): string {
	const d = new Date(`${day}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

/** A clock time on a day in Amsterdam, summer or winter. */
function amsterdamTime(day: string, time: string): Date {
	const naive = new Date(`${day}T${time}:00Z`);
	const m = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(offsetFormat.format(naive));
	const minutes = m?.[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
	return new Date(naive.getTime() - minutes * 60_000);
}

/** The day `n` working days before `today` (n ≥ 1), so promised working days line up exactly. */
function workingDaysBefore(today: string, n: number): string {
	let day = today;
	for (let left = n; left > 0; ) {
		day = shiftDay(day, -1);
		if (isWorkingDay(day)) left--;
	}
	return day;
}

// ---- The desks --------------------------------------------------------------------------------

interface ContactSeed {
	role: string;
	person: DeskPerson;
	themes: string[];
	areas: string[];
}

interface DeskSeed {
	organisation: string;
	manager: DeskPerson;
	intro: string;
	escalationRole: string;
	escalationPerson: DeskPerson;
	challengeCriteria?: string[];
	promises: { type: RequestType; acknowledgeDays: number; decideDays: number; note?: string }[];
	contacts: ContactSeed[];
}

const challengeCriteria = [
	'Het initiatief kan de taak minstens even goed doen als de gemeente nu.',
	'Het kost de gemeente niet meer geld dan nu.',
	'Mensen in de buurt of het dorp steunen het plan.',
	'Het initiatief is een stichting, vereniging of coöperatie met een bestuur dat verantwoording aflegt.',
	'Het initiatief kan de taak volhouden, ook als er een vrijwilliger of medewerker stopt.'
];

const desks: DeskSeed[] = [
	{
		organisation: municipalityOrganisation,
		manager: 'gemeente',
		intro:
			'Heeft uw initiatief een vraag aan de gemeente Almelo? Stel hem hier. U ziet hieronder per soort vraag binnen hoeveel werkdagen wij laten weten dat we uw vraag hebben. En binnen hoeveel werkdagen u een besluit krijgt.\n\n' +
			'Wij werken met **ja, tenzij**: we zoeken eerst naar wat wél kan. Zeggen we nee? Dan leggen we uit waarom, en zeggen we wat u wel kunt doen.\n\n' +
			'Lukt het ons niet op tijd? Dan gaat uw vraag vanzelf naar het bureau van de wethouder sociaal domein.',
		escalationRole: 'Bureau wethouder sociaal domein',
		escalationPerson: 'wethouder',
		challengeCriteria,
		promises: [
			{ type: 'support', acknowledgeDays: 3, decideDays: 20, note: 'Hulp van een medewerker, materiaal of een klein bedrag uit het buurtbudget.' },
			{ type: 'subsidy', acknowledgeDays: 5, decideDays: 40, note: 'Voor subsidie geldt de subsidieverordening. U krijgt binnen acht weken een besluit.' },
			{ type: 'space_or_land', acknowledgeDays: 5, decideDays: 30, note: 'Gebruik van een gebouw, een lokaal, een dak of een stuk grond van de gemeente.' },
			{ type: 'permit_question', acknowledgeDays: 3, decideDays: 10, note: 'Wij zeggen of u een vergunning of een melding nodig hebt. De aanvraag zelf doet u bij het omgevingsloket.' },
			{ type: 'partnership', acknowledgeDays: 5, decideDays: 30, note: 'Samen iets opzetten of uitvoeren.' },
			{ type: 'challenge', acknowledgeDays: 5, decideDays: 40, note: 'Right to challenge: u neemt een taak van de gemeente over. Wij toetsen uw voorstel aan de vijf punten hieronder.' },
			{ type: 'information', acknowledgeDays: 2, decideDays: 10, note: 'Een vraag om cijfers, kaarten of uitleg.' }
		],
		contacts: [
			{ role: 'Accountmanager burgerinitiatieven', person: 'gemeente', themes: [], areas: ['Almelo'] },
			{ role: 'Wijkcoach zorg en welzijn', person: 'wijkcoach', themes: ['Zorg en welzijn', 'Ouderen'], areas: ['Almelo'] },
			{ role: 'Gebiedsregisseur Aadorp en Bornerbroek', person: 'gemeente', themes: [], areas: ['Aadorp', 'Bornerbroek'] }
		]
	},
	{
		organisation: careProvider,
		manager: 'zorg',
		intro:
			'Zorgcollectief De Esch werkt graag samen met vrijwilligers en initiatieven in Almelo en Wierden. ' +
			'Wilt u samen iets opzetten? Of hebt u een vraag aan de wijkverpleging? Stel uw vraag hier. U ziet hieronder wanneer u van ons hoort.',
		escalationRole: 'Coördinator wijkverpleging Almelo en Wierden',
		escalationPerson: 'zorg',
		promises: [
			{ type: 'information', acknowledgeDays: 3, decideDays: 10 },
			{ type: 'support', acknowledgeDays: 5, decideDays: 20, note: 'Bijvoorbeeld een wijkverpleegkundige die komt vertellen of meedenkt.' },
			{ type: 'partnership', acknowledgeDays: 5, decideDays: 30 }
		],
		contacts: [{ role: 'Wijkverpleegkundige, aanspreekpunt voor initiatieven', person: 'zorg', themes: ['Zorg en welzijn', 'Ouderen'], areas: ['Almelo', 'Wierden'] }]
	},
	{
		organisation: insurer,
		manager: 'verzekeraar',
		intro:
			'Noaberpolis steunt initiatieven die zorg en welzijn dichtbij huis sterker maken. Denk aan dorpsondersteuners, vrijwillig vervoer of activiteiten tegen eenzaamheid. ' +
			'Stel uw vraag hier. U ziet vooraf hoe lang het duurt.',
		escalationRole: 'Coördinator burgerinitiatieven',
		escalationPerson: 'verzekeraar',
		promises: [
			{ type: 'information', acknowledgeDays: 5, decideDays: 15 },
			{ type: 'support', acknowledgeDays: 5, decideDays: 30, note: 'Een eenmalige bijdrage tot 2.500 euro, bijvoorbeeld voor scholing van vrijwilligers.' },
			{ type: 'subsidy', acknowledgeDays: 10, decideDays: 60, note: 'Een bijdrage uit het fonds Zorg dichtbij, voor één of meer jaren. U krijgt binnen twaalf weken een besluit.' },
			{ type: 'partnership', acknowledgeDays: 10, decideDays: 40 }
		],
		contacts: [{ role: 'Adviseur preventie en wijkgerichte zorg', person: 'verzekeraar', themes: ['Zorg en welzijn', 'Ouderen'], areas: ['Twente'] }]
	}
];

// ---- The requests -----------------------------------------------------------------------------

type Act =
	| { do: 'acknowledge'; body?: string }
	| { do: 'status'; status: 'in_progress' | 'waiting'; body?: string }
	| { do: 'message'; body: string }
	| { do: 'decide'; decision: Decision; reason: string; conditions?: string; alternative?: string }
	| { do: 'note'; body: string }
	| { do: 'handOver'; to: DeskPerson; body?: string }
	| { do: 'assess'; verdicts: [met: boolean, note: string][] }
	| { do: 'close'; body?: string }
	| { do: 'public' };

/** `ago`: working days before the day the demo loads (at least 1); `at`: the clock time in Almelo. */
type Step = Act & { by: DeskPerson; ago: number; at: string };

interface RequestSeed {
	subject: string;
	/** Initiative (or cooperative) asking, and the organisation asked. */
	from: string;
	to: string;
	by: DeskPerson;
	type: RequestType;
	themes: string[];
	area: string;
	description: string;
	sent: { ago: number; at: string };
	/** Calendar days from today, for "we would like to know by". */
	desiredInDays?: number;
	steps: Step[];
}

const huiskamer = 'Huiskamer Kerkelanden';
const jongAlmelo = 'Jong Almelo Doet';
const energieBornerbroek = 'Energiecoöperatie Bornerbroek';
const fit60 = 'Fit 60+ Wesselerbrink';

const requests: RequestSeed[] = [
	{
		subject: 'Subsidie voor de dorpsondersteuner in Aadorp',
		from: villageCare,
		to: municipalityOrganisation,
		by: 'initiatief',
		type: 'subsidy',
		themes: ['Zorg en welzijn', 'Ouderen'],
		area: 'Aadorp',
		description:
			'Onze dorpsondersteuner werkt nu 12 uur per week. Er komen steeds meer vragen van ouderen die alleen wonen: over hulp in huis, over geld en over eenzaamheid.\n\n' +
			'Wij vragen subsidie om haar uren in 2027 uit te breiden naar 20 uur per week. Dat kost 14.600 euro. De rest betalen we zelf, met de contributie van onze leden.',
		sent: { ago: 82, at: '10:15' },
		steps: [
			{ by: 'wijkcoach', ago: 80, at: '09:40', do: 'acknowledge', body: 'Dank voor uw aanvraag. Ik ben Sander Mulder, wijkcoach. Ik behandel uw aanvraag.' },
			{ by: 'wijkcoach', ago: 78, at: '14:10', do: 'status', status: 'in_progress' },
			{ by: 'wijkcoach', ago: 74, at: '11:00', do: 'status', status: 'waiting', body: 'Wilt u de begroting voor 2027 en het jaarverslag van vorig jaar sturen? Dan kan ik verder.' },
			{ by: 'initiatief', ago: 70, at: '20:15', do: 'message', body: 'Hierbij de begroting en het jaarverslag. Ze staan ook op onze website.' },
			{ by: 'wijkcoach', ago: 66, at: '10:30', do: 'message', body: 'Dank u, nu heb ik alles. Ik bespreek uw aanvraag volgende week met de wethouder.' },
			{
				by: 'wijkcoach',
				ago: 58,
				at: '15:00',
				do: 'decide',
				decision: 'yes_with_conditions',
				reason: 'De dorpsondersteuner helpt ouderen om langer thuis te wonen. Dat past goed bij ons beleid voor het sociaal domein.',
				conditions:
					'De subsidie is voor 2027: 8 uur extra per week, 14.600 euro. U vertelt ons twee keer per jaar hoeveel mensen de dorpsondersteuner heeft geholpen, en met welke vragen. Voor 2028 vraagt u opnieuw aan.'
			}
		]
	},
	{
		subject: demoRequests.public,
		from: villageCare,
		to: municipalityOrganisation,
		by: 'initiatief',
		type: 'support',
		themes: ['Ontmoeting'],
		area: 'Aadorp',
		description:
			'Veel ouderen in Aadorp lopen graag het ommetje langs het kanaal. Maar er is nergens een plek om even uit te rusten.\n\n' +
			'Wij vragen de gemeente om drie bankjes te plaatsen. Vrijwilligers van onze coöperatie houden ze schoon.',
		sent: { ago: 75, at: '16:40' },
		steps: [
			{ by: 'gemeente', ago: 74, at: '10:00', do: 'acknowledge', body: 'Goed idee! Ik kijk samen met de afdeling openbare ruimte waar de bankjes kunnen staan.' },
			{ by: 'gemeente', ago: 72, at: '13:30', do: 'status', status: 'in_progress' },
			{ by: 'gemeente', ago: 69, at: '16:00', do: 'message', body: 'Kunnen we dinsdag samen het ommetje lopen? Dan wijst u aan waar de bankjes moeten komen.' },
			{ by: 'initiatief', ago: 68, at: '09:05', do: 'message', body: 'Dinsdag om 10 uur bij het dorpshuis is goed. Ik neem twee vrijwilligers mee.' },
			{
				by: 'gemeente',
				ago: 62,
				at: '11:20',
				do: 'decide',
				decision: 'yes',
				reason: 'De drie bankjes komen op de plekken die we samen hebben gekozen. De gemeente plaatst ze binnen zes weken.'
			},
			{ by: 'initiatief', ago: 5, at: '17:45', do: 'message', body: 'De bankjes staan er, en ze worden al veel gebruikt. Dank u wel!' },
			{ by: 'initiatief', ago: 4, at: '10:30', do: 'close', body: 'Gelukt: drie bankjes langs het ommetje.' },
			{ by: 'initiatief', ago: 4, at: '10:31', do: 'public' },
			{ by: 'gemeente', ago: 3, at: '09:10', do: 'public' }
		]
	},
	{
		subject: 'Moestuin op het lege veld aan de Sluitersveldssingel',
		from: huiskamer,
		to: municipalityOrganisation,
		by: 'cooperatie',
		type: 'space_or_land',
		themes: ['Ontmoeting', 'Duurzaamheid'],
		area: 'Kerkelanden',
		description:
			'Naast de Huiskamer ligt een veld waar al jaren niets mee gebeurt. Wij willen er met buurtbewoners een moestuin beginnen. ' +
			'De oogst koken we op dinsdag in de Huiskamer. Mogen we het veld gebruiken?',
		sent: { ago: 70, at: '13:25' },
		steps: [
			{ by: 'gemeente', ago: 67, at: '10:15', do: 'acknowledge' },
			{ by: 'gemeente', ago: 66, at: '15:00', do: 'status', status: 'in_progress', body: 'Ik vraag na wat de plannen met het veld zijn.' },
			{ by: 'cooperatie', ago: 60, at: '11:00', do: 'message', body: 'We hebben al twaalf buren die willen meedoen. We kunnen ook met een kleiner stuk beginnen.' },
			{
				by: 'gemeente',
				ago: 45,
				at: '14:30',
				do: 'decide',
				decision: 'no',
				reason:
					'Op het veld komen nieuwe woningen. De bouw begint over ongeveer twee jaar. Een moestuin die daarna weer weg moet, vinden we niet eerlijk tegenover de buren die er veel tijd in steken.',
				alternative:
					'Achter het wijkcentrum ligt een strook grond van de gemeente die wel vrij is. Die mag u gratis gebruiken; zullen we er samen gaan kijken? ' +
					'U kunt ook meepraten over het groen in de nieuwe wijk. Dat plan staat op de plannenradar.'
			},
			{ by: 'cooperatie', ago: 44, at: '09:30', do: 'message', body: 'Jammer, maar we begrijpen het. We komen graag kijken bij het wijkcentrum.' }
		]
	},
	{
		subject: demoRequests.decidedLate,
		from: energieBornerbroek,
		to: municipalityOrganisation,
		by: 'cooperatie',
		type: 'space_or_land',
		themes: ['Duurzaamheid'],
		area: 'Bornerbroek',
		description:
			'Wij willen zonnepanelen leggen op het dak van de gymzaal. Het dak is van de gemeente. De stroom is voor de leden van onze coöperatie, en de gymzaal krijgt gratis stroom. ' +
			'Mogen we het dak 15 jaar huren?',
		sent: { ago: 64, at: '19:50' },
		steps: [
			{ by: 'gemeente', ago: 61, at: '09:50', do: 'acknowledge', body: 'Ik vraag aan de afdeling Vastgoed of het dak sterk genoeg is.' },
			{ by: 'gemeente', ago: 60, at: '14:00', do: 'status', status: 'in_progress' },
			{ by: 'cooperatie', ago: 45, at: '10:10', do: 'message', body: 'Hoe staat het ervoor? Onze leden willen graag weten of het doorgaat.' },
			{ by: 'gemeente', ago: 44, at: '16:20', do: 'message', body: 'Vastgoed laat het dak nu onderzoeken. Dat duurt langer dan we dachten.' },
			// The promised decision day passes here: the job escalates the request to the alderman's office.
			{
				by: 'wethouder',
				ago: 32,
				at: '10:00',
				do: 'message',
				body: 'U had al een besluit moeten hebben. Dat spijt ons. Ik heb gevraagd om het onderzoek van het dak snel af te ronden. U krijgt binnen twee weken een besluit.'
			},
			{
				by: 'gemeente',
				ago: 30,
				at: '16:00',
				do: 'decide',
				decision: 'yes_with_conditions',
				reason: 'Het dak is sterk genoeg. Zonne-energie van en voor het dorp past bij het klimaatplan van de gemeente.',
				conditions:
					'U huurt het dak 15 jaar voor 1 euro per jaar. Een erkend installateur legt de panelen. U bent verzekerd voor schade aan het dak. Moet het dak worden vernieuwd? Dan haalt u de panelen tijdelijk weg.'
			}
		]
	},
	{
		subject: 'Hebben we een vergunning nodig voor de dorpsmarkt?',
		from: villageCare,
		to: municipalityOrganisation,
		by: 'initiatief',
		type: 'permit_question',
		themes: ['Ontmoeting'],
		area: 'Aadorp',
		description:
			'In het voorjaar houden we een dorpsmarkt op het plein bij het dorpshuis, van 10 tot 16 uur. Er komen ongeveer 15 kramen en een springkussen. ' +
			'Er is geen muziek en we verkopen geen alcohol. Hebben we een vergunning nodig?',
		sent: { ago: 40, at: '21:05' },
		steps: [
			{ by: 'gemeente', ago: 39, at: '09:30', do: 'acknowledge' },
			{
				by: 'gemeente',
				ago: 34,
				at: '14:00',
				do: 'decide',
				decision: 'yes',
				reason:
					'U hebt geen vergunning nodig: een melding is genoeg, omdat er geen muziek is en geen alcohol. Doe de melding uiterlijk vier weken van tevoren bij het omgevingsloket. Wilt u het plein afzetten? Dan regelen wij de hekken.'
			},
			{ by: 'initiatief', ago: 33, at: '08:15', do: 'message', body: 'Duidelijk, dank u wel. We doen de melding op tijd.' }
		]
	},
	{
		subject: demoRequests.challenge,
		from: villageCare,
		to: municipalityOrganisation,
		by: 'initiatief',
		type: 'challenge',
		themes: ['Zorg en welzijn', 'Ouderen'],
		area: 'Aadorp',
		description:
			'Nu brengt een bedrijf van buiten het dorp de warme maaltijden voor ouderen in Aadorp, met geld van de gemeente. Wij willen dat zelf doen. ' +
			'We koken in de keuken van het dorpshuis, met vrijwilligers en een betaalde kok. Zo hebben de ouderen ook elke dag even contact.\n\n' +
			'Wij hebben uitgerekend dat het de gemeente niet meer kost dan nu. Ons plan en de begroting sturen we mee.',
		sent: { ago: 30, at: '11:45' },
		steps: [
			{ by: 'wijkcoach', ago: 27, at: '10:00', do: 'acknowledge', body: 'Wij beoordelen uw voorstel aan de hand van de vijf punten die op onze pagina staan.' },
			{ by: 'wijkcoach', ago: 26, at: '13:15', do: 'status', status: 'in_progress' },
			{ by: 'wijkcoach', ago: 22, at: '15:40', do: 'message', body: 'Hoeveel ouderen willen overstappen? En wie kookt er als de kok ziek is?' },
			{
				by: 'initiatief',
				ago: 18,
				at: '19:30',
				do: 'message',
				body: 'Van de 34 ouderen die nu maaltijden krijgen, willen er 29 overstappen. Drie vrijwilligers hebben een hygiënecertificaat. Zij kunnen een dag invallen.'
			},
			{
				by: 'wijkcoach',
				ago: 12,
				at: '14:00',
				do: 'assess',
				verdicts: [
					[true, 'De maaltijden worden vers gekookt in het dorp, en de ouderen krijgen er een praatje bij.'],
					[true, 'Een maaltijd kost evenveel als nu.'],
					[true, '29 van de 34 ouderen willen overstappen. Het dorpshuis doet mee.'],
					[true, 'De Zorgcoöperatie is een coöperatie met een bestuur en een jaarverslag.'],
					[false, 'Het plan hangt nu aan één betaalde kok. Wie het overneemt als zij stopt, is nog niet geregeld.']
				]
			},
			{
				by: 'wijkcoach',
				ago: 10,
				at: '11:00',
				do: 'decide',
				decision: 'yes_with_conditions',
				reason: 'Het voorstel voldoet aan vier van de vijf punten. Het vijfde punt, volhouden als iemand stopt, kunt u in het eerste jaar regelen. Daarom zeggen we ja, met voorwaarden.',
				conditions:
					'We beginnen met een proef van één jaar. Binnen zes maanden is er een tweede kok die kan invallen. U vertelt ons elk kwartaal hoeveel maaltijden u hebt gebracht. Na het jaar kijken we samen of het blijvend wordt.'
			},
			{ by: 'initiatief', ago: 9, at: '20:15', do: 'public' },
			{ by: 'wijkcoach', ago: 8, at: '08:50', do: 'public' }
		]
	},
	{
		subject: demoRequests.overdueEscalated,
		from: villageCare,
		to: municipalityOrganisation,
		by: 'initiatief',
		type: 'support',
		themes: ['Vervoer', 'Ouderen'],
		area: 'Aadorp',
		description:
			'Onze vrijwilligers rijden elke week ouderen naar de supermarkt en de huisarts in Almelo. Onze oude bus is versleten.\n\n' +
			'Wij vragen de gemeente om mee te betalen aan een elektrische bus, of om ons een bus van de gemeente te laten gebruiken.',
		sent: { ago: 32, at: '09:20' },
		steps: [
			{ by: 'wijkcoach', ago: 31, at: '11:10', do: 'acknowledge', body: 'Dank voor uw verzoek. Ik bespreek het met mijn collega van Verkeer en vervoer.' },
			{ by: 'wijkcoach', ago: 29, at: '14:45', do: 'status', status: 'in_progress' },
			{ by: 'initiatief', ago: 16, at: '18:30', do: 'message', body: 'Is er al nieuws? Onze oude bus haalt de winter niet.' },
			// The promised decision day passes here: the job escalates the request to the alderman's office.
			{ by: 'wethouder', ago: 10, at: '09:15', do: 'message', body: 'U had al antwoord moeten hebben. Excuses daarvoor. Ik zoek uit waar het vastzit en laat het u weten.' },
			{ by: 'wethouder', ago: 9, at: '16:20', do: 'note', body: 'Sander is met verlof. Fatma, kun jij dit oppakken? Het geld kan uit het budget voor vervoer van ouderen.' }
		]
	},
	{
		subject: demoRequests.handedOver,
		from: villageCare,
		to: municipalityOrganisation,
		by: 'initiatief',
		type: 'support',
		themes: ['Ontmoeting'],
		area: 'Aadorp',
		description:
			'Veel ouderen in Aadorp eten alleen. Wij willen elke donderdag een lunch houden in het dorpshuis. ' +
			'Kan de gemeente ons helpen met een bijdrage voor de huur van de zaal, en met een stukje in de wijkkrant?',
		sent: { ago: 4, at: '10:05' },
		steps: [
			{ by: 'gemeente', ago: 3, at: '15:30', do: 'acknowledge', body: 'Dank u. Ik kijk wie van ons dit het best kan oppakken.' },
			{ by: 'gemeente', ago: 2, at: '09:30', do: 'handOver', to: 'wijkcoach', body: 'Sander, dit gaat over ouderen in Aadorp en past bij de dorpsondersteuner. Wil jij het overnemen?' },
			{
				by: 'wijkcoach',
				ago: 2,
				at: '11:15',
				do: 'status',
				status: 'in_progress',
				body: 'Ik ben Sander Mulder, wijkcoach. Ik neem uw verzoek over van Fatma Yıldız. Ik bel u deze week om de lunch te bespreken.'
			}
		]
	},
	{
		subject: demoRequests.submitted,
		from: cooperative,
		to: municipalityOrganisation,
		by: 'cooperatie',
		type: 'partnership',
		themes: ['Ontmoeting'],
		area: 'Almelo',
		description:
			'De coöperatie houdt in 2027 weer een leerkring voor initiatieven en ambtenaren. Dat willen we graag samen met de gemeente doen. ' +
			'Wij vragen een zaal in het stadhuis voor vier avonden, en twee ambtenaren die alle avonden meedoen.',
		sent: { ago: 1, at: '14:20' },
		desiredInDays: 60,
		steps: []
	},
	{
		subject: 'Hoeveel ouderen in Kerkelanden wonen alleen?',
		from: huiskamer,
		to: municipalityOrganisation,
		by: 'cooperatie',
		type: 'information',
		themes: ['Ouderen'],
		area: 'Kerkelanden',
		description:
			'Wij willen meer ouderen uitnodigen voor de Huiskamer. Hoeveel mensen van 75 jaar en ouder wonen alleen in Kerkelanden? En in welke straten wonen de meesten? ' +
			'We vragen geen namen, alleen aantallen.',
		sent: { ago: 3, at: '10:00' },
		steps: [{ by: 'wijkcoach', ago: 2, at: '11:30', do: 'acknowledge', body: 'We zoeken de cijfers voor u op. Namen geven we niet, aantallen per straat wel.' }]
	},
	{
		subject: 'Een vaste plek voor de jongerensoos',
		from: jongAlmelo,
		to: municipalityOrganisation,
		by: 'cooperatie',
		type: 'space_or_land',
		themes: ['Jeugd'],
		area: 'Almelo',
		description:
			'Elke vrijdagavond komen 30 tot 40 jongeren naar onze soos. Nu zitten we steeds ergens anders. Wij zoeken een vaste ruimte in het centrum, voor de vrijdag- en zaterdagavond. ' +
			'Wij zorgen zelf voor begeleiding en schoonmaak.',
		sent: { ago: 14, at: '16:00' },
		desiredInDays: 45,
		steps: [
			{ by: 'gemeente', ago: 12, at: '09:45', do: 'acknowledge' },
			{ by: 'gemeente', ago: 10, at: '13:00', do: 'status', status: 'in_progress', body: 'Ik kijk welke gebouwen van de gemeente vrij zijn. U hoort binnen twee weken meer.' },
			{ by: 'cooperatie', ago: 6, at: '20:40', do: 'message', body: 'We kunnen ook met één avond per week beginnen.' },
			{ by: 'gemeente', ago: 5, at: '11:40', do: 'note', body: 'Navragen bij Vastgoed: komt de benedenverdieping van het oude politiebureau vrij? Het jongerenwerk wil meekijken.' }
		]
	},
	{
		subject: 'Valpreventie: een training voor onze vrijwilligers',
		from: villageCare,
		to: careProvider,
		by: 'initiatief',
		type: 'partnership',
		themes: ['Zorg en welzijn', 'Ouderen'],
		area: 'Aadorp',
		description:
			'Onze vrijwilligers komen veel bij ouderen thuis. Ze zien soms losse kleden, slecht licht of een gladde douche. ' +
			'Wij willen dat ze leren hoe ze kunnen helpen om vallen te voorkomen. Wil een wijkverpleegkundige van De Esch hen een training geven?',
		sent: { ago: 60, at: '12:30' },
		steps: [
			{ by: 'zorg', ago: 58, at: '08:50', do: 'acknowledge' },
			{ by: 'zorg', ago: 57, at: '13:00', do: 'status', status: 'in_progress', body: 'Leuk! Ik maak een voorstel.' },
			{ by: 'zorg', ago: 52, at: '16:10', do: 'message', body: 'Mijn voorstel: twee avonden in het dorpshuis, elk twee uur, voor twaalf vrijwilligers. Past dat?' },
			{ by: 'initiatief', ago: 51, at: '19:00', do: 'message', body: 'Ja, dat past goed.' },
			{ by: 'zorg', ago: 45, at: '10:30', do: 'decide', decision: 'yes', reason: 'Wij geven de training op twee avonden in het dorpshuis. Het kost de coöperatie niets: het hoort bij onze zorg in de wijk.' }
		]
	},
	{
		subject: 'Komt de wijkverpleging vertellen over vallen?',
		from: fit60,
		to: careProvider,
		by: 'cooperatie',
		type: 'information',
		themes: ['Zorg en welzijn', 'Ouderen'],
		area: 'Wesselerbrink',
		description:
			'Na het bewegen drinken we op donderdag samen koffie. Onze deelnemers willen graag meer weten over vallen, en hoe je dat voorkomt. ' +
			'Kan een wijkverpleegkundige een keer komen vertellen?',
		sent: { ago: 25, at: '11:00' },
		steps: [
			{ by: 'zorg', ago: 24, at: '09:10', do: 'acknowledge' },
			{
				by: 'zorg',
				ago: 20,
				at: '14:20',
				do: 'decide',
				decision: 'no',
				reason: 'Wij werken alleen in Almelo en Wierden. In Enschede hebben wij geen wijkverpleegkundigen. Daarom kunnen we niet komen.',
				alternative:
					'Vraag het aan het wijkteam van Enschede-Zuid, of aan de wijkverpleging van uw huisarts: zij kennen uw deelnemers. Wij sturen u graag gratis onze folder "Thuis veilig bewegen" en een filmpje dat u op de koffieochtend kunt laten zien.'
			},
			{ by: 'cooperatie', ago: 19, at: '10:00', do: 'message', body: 'Dank u voor de tip. We bellen het wijkteam, en de folder is welkom.' }
		]
	},
	{
		subject: 'Scholing over dementie en eenzaamheid voor onze vrijwilligers',
		from: villageCare,
		to: insurer,
		by: 'initiatief',
		type: 'support',
		themes: ['Zorg en welzijn'],
		area: 'Aadorp',
		description:
			'Wij willen onze twintig vrijwilligers een scholing geven over dementie en eenzaamheid: drie avonden met een ervaren trainer. ' +
			'De scholing kost 1.800 euro. Wilt u daaraan bijdragen?',
		sent: { ago: 55, at: '15:15' },
		steps: [
			{ by: 'verzekeraar', ago: 52, at: '10:40', do: 'acknowledge' },
			{ by: 'verzekeraar', ago: 50, at: '09:30', do: 'status', status: 'in_progress' },
			{ by: 'verzekeraar', ago: 40, at: '11:15', do: 'decide', decision: 'yes', reason: 'Wij betalen de hele scholing, 1.800 euro, uit het fonds Zorg dichtbij. Stuur ons na afloop de factuur en een kort verslag.' },
			{ by: 'initiatief', ago: 39, at: '20:00', do: 'message', body: 'Fijn! De eerste avond is over drie weken.' }
		]
	},
	{
		subject: demoRequests.waiting,
		from: villageCare,
		to: insurer,
		by: 'initiatief',
		type: 'subsidy',
		themes: ['Zorg en welzijn', 'Ouderen'],
		area: 'Aadorp',
		description:
			'De gemeente betaalt een deel van onze dorpsondersteuner. Wij vragen Noaberpolis om ook bij te dragen. De dorpsondersteuner helpt voorkomen dat ouderen onnodig zorg nodig hebben. ' +
			'Het gaat om 9.000 euro voor 2027.',
		sent: { ago: 20, at: '13:00' },
		steps: [
			{ by: 'verzekeraar', ago: 16, at: '10:20', do: 'acknowledge', body: 'Wij hebben uw aanvraag. Ik ben Ruud Bakker en ik behandel haar.' },
			{ by: 'verzekeraar', ago: 15, at: '14:00', do: 'status', status: 'in_progress' },
			{
				by: 'verzekeraar',
				ago: 6,
				at: '11:50',
				do: 'status',
				status: 'waiting',
				body: 'Wilt u ons laten weten hoeveel mensen de dorpsondersteuner dit jaar heeft geholpen, en met welke vragen? Dan kunnen we verder. Tot u antwoordt, staat de termijn stil.'
			}
		]
	},
	{
		subject: 'Samen werken aan minder eenzaamheid in de Twentse dorpen',
		from: cooperative,
		to: insurer,
		by: 'cooperatie',
		type: 'partnership',
		themes: ['Ontmoeting', 'Ouderen'],
		area: 'Twente',
		description:
			'Ruim dertig initiatieven in de coöperatie doen iets tegen eenzaamheid. Wij willen samen met Noaberpolis een programma maken: wat werkt, wat kost het, en hoe zien we wat het oplevert? ' +
			'Wij stellen voor om in het voorjaar te beginnen in vijf dorpen.',
		sent: { ago: 22, at: '09:00' },
		steps: [
			{ by: 'verzekeraar', ago: 15, at: '16:30', do: 'acknowledge' },
			{
				by: 'verzekeraar',
				ago: 13,
				at: '10:00',
				do: 'status',
				status: 'in_progress',
				body: 'Ik bespreek uw voorstel met onze afdeling preventie. Mogen we de resultaten van de leerkring gebruiken?'
			},
			{ by: 'cooperatie', ago: 12, at: '15:10', do: 'message', body: 'Ja, graag. We sturen het verslag van de laatste bijeenkomst.' }
		]
	}
];

// ---- The plans radar --------------------------------------------------------------------------

interface SubscriptionSeed {
	person: DeskPerson;
	themes: string[];
	areas: string[];
}

/** Empty lists follow everything. */
const subscriptions: SubscriptionSeed[] = [
	{ person: 'inwoner', themes: ['Wonen', 'Ouderen'], areas: ['Kerkelanden'] },
	{ person: 'initiatief', themes: [], areas: ['Aadorp'] },
	{ person: 'cooperatie', themes: [], areas: [] },
	{ person: 'adviesraad', themes: ['Zorg en welzijn', 'Jeugd'], areas: ['Almelo'] }
];

interface PlanSeed {
	organisation: string;
	by: DeskPerson;
	title: string;
	description: string;
	phase: 'idea' | 'preparation' | 'participation' | 'decision' | 'execution';
	themes: string[];
	areas: string[];
	/** Calendar days from today. */
	participation?: [from: number, until: number];
	howToTakePart: string;
	/** Role of one of the organisation's contact points. */
	contact: string;
	/** Links the plan to the regional plan space. */
	regioplan?: boolean;
}

const plans: PlanSeed[] = [
	{
		organisation: municipalityOrganisation,
		by: 'gemeente',
		title: 'Regioplan gezondheid en zorg Twente',
		description:
			'De veertien Twentse gemeenten, de zorgaanbieders en de zorgverzekeraar maken samen een plan voor gezondheid en zorg in de regio. ' +
			'Inwoners en initiatieven denken vanaf het begin mee.',
		phase: 'participation',
		themes: ['Zorg en welzijn', 'Ouderen', 'Jeugd'],
		areas: ['Twente'],
		participation: [-60, 45],
		howToTakePart: 'Geef uw wens, zorg of idee in de ruimte "Burgerinbreng regioplan 2026", of kom naar een bewonersavond bij u in de buurt.',
		contact: 'Accountmanager burgerinitiatieven',
		regioplan: true
	},
	{
		organisation: municipalityOrganisation,
		by: 'gemeente',
		title: 'Een nieuw dorpsplein voor Aadorp',
		description: 'Het plein bij het dorpshuis is oud en het verkeer rijdt er te hard. We willen het plein samen met het dorp opnieuw inrichten: met groen, bankjes en ruimte voor de markt.',
		phase: 'idea',
		themes: ['Wonen', 'Ontmoeting', 'Vervoer'],
		areas: ['Aadorp'],
		howToTakePart: 'Het is nog een idee. Wilt u meedenken over wat er moet gebeuren? Laat het de gebiedsregisseur weten.',
		contact: 'Gebiedsregisseur Aadorp en Bornerbroek'
	},
	{
		organisation: municipalityOrganisation,
		by: 'gemeente',
		title: 'Nieuwe woningen aan de Sluitersveldssingel',
		description:
			'Op het lege veld aan de Sluitersveldssingel komen ongeveer zestig woningen, ook voor ouderen en starters. We maken nu het plan. De bouw begint over ongeveer twee jaar.',
		phase: 'preparation',
		themes: ['Wonen'],
		areas: ['Kerkelanden'],
		participation: [30, 75],
		howToTakePart: 'In het voorjaar houden we twee avonden in de Huiskamer Kerkelanden. Daar praat u mee over het groen, de speelplekken en de paden.',
		contact: 'Accountmanager burgerinitiatieven'
	},
	{
		organisation: municipalityOrganisation,
		by: 'wijkcoach',
		title: 'Nieuwe regels voor subsidie aan burgerinitiatieven',
		description: 'De gemeente maakt de subsidie voor initiatieven eenvoudiger: één formulier, een snel besluit onder 5.000 euro, en minder verantwoording achteraf.',
		phase: 'decision',
		themes: ['Ontmoeting', 'Zorg en welzijn'],
		areas: ['Almelo'],
		participation: [-90, -30],
		howToTakePart: 'De inspraak is voorbij; de reacties staan in het raadsvoorstel. De gemeenteraad besluit binnenkort. U kunt inspreken bij de raadscommissie.',
		contact: 'Wijkcoach zorg en welzijn'
	},
	{
		organisation: careProvider,
		by: 'zorg',
		title: 'Spreekuur van de wijkverpleging in de dorpshuizen',
		description: 'Sinds deze herfst houdt een wijkverpleegkundige van De Esch spreekuur in de dorpshuizen van Aadorp en Bornerbroek. U kunt er terecht met vragen over zorg thuis.',
		phase: 'execution',
		themes: ['Zorg en welzijn', 'Ouderen'],
		areas: ['Aadorp', 'Bornerbroek'],
		howToTakePart: 'Elke eerste maandag van de maand van 10 tot 12 uur in het dorpshuis. U hoeft geen afspraak te maken. Vertel ons wat u ervan vindt.',
		contact: 'Wijkverpleegkundige, aanspreekpunt voor initiatieven'
	},
	{
		organisation: insurer,
		by: 'verzekeraar',
		title: 'Fonds Zorg dichtbij: een nieuwe regeling vanaf 2028',
		description: 'Wij willen het fonds Zorg dichtbij vernieuwen, zodat initiatieven langer op een bijdrage kunnen rekenen. Voordat we iets op papier zetten, willen we horen wat initiatieven nodig hebben.',
		phase: 'idea',
		themes: ['Zorg en welzijn'],
		areas: ['Twente'],
		howToTakePart: 'Vertel ons wat goed ging en wat beter kan met het fonds. Dat kan via een verzoek op dit platform of bij onze adviseur.',
		contact: 'Adviseur preventie en wijkgerichte zorg'
	}
];

// ---- Loading ----------------------------------------------------------------------------------

interface Timed {
	at: Date;
	seq: number;
	run: () => Promise<unknown>;
}

export async function loadRequests(ctx: RequestContext): Promise<void> {
	const { db, people, origin } = ctx;
	const who = (key: DeskPerson) => people[key];
	const idOf = (ids: Ids, name: string, what: string) => {
		const id = ids.get(name);
		if (!id) throw new Error(`Demo data: unknown ${what} "${name}"`);
		return id;
	};
	const org = (name: string) => idOf(ctx.organisationIds, name, 'organisation');
	const themeIds = (names: string[]) => names.map((name) => idOf(ctx.themeIds, name, 'theme'));
	const areaIds = (names: string[]) => names.map((name) => idOf(ctx.areaIds, name, 'area'));
	const slugs = new Map((await organisationSummaries(db, [...ctx.organisationIds.values()])).map((o) => [o.id, o.slug]));
	const slugOf = (name: string) => slugs.get(org(name))!;

	// Desks: what each organisation promises, and whom a request goes to.
	const contactIds = new Map<string, string>();
	for (const d of desks) {
		const manager = who(d.manager);
		await saveDesk(db, manager, slugOf(d.organisation), {
			intro: d.intro,
			escalationRole: d.escalationRole,
			escalationUserId: who(d.escalationPerson).userId,
			challengeCriteria: d.challengeCriteria ?? []
		});
		for (const p of d.promises) await savePromise(db, manager, slugOf(d.organisation), { ...p, offered: true, note: p.note ?? '' });
		for (const c of d.contacts) {
			const made = await addContactPoint(db, manager, slugOf(d.organisation), { role: c.role, userId: who(c.person).userId, themeIds: themeIds(c.themes), areaIds: areaIds(c.areas) });
			contactIds.set(`${d.organisation}/${c.role}`, made.id);
		}
	}

	// Requests, played out in the order things happened, with the escalation job running as the clock passes.
	const today = amsterdamDay(ctx.now);
	const moment = (ago: number, time: string) => amsterdamTime(workingDaysBefore(today, ago), time);
	const dayFromToday = (days: number) => shiftDay(today, days);
	const requestIds = new Map<string, string>();
	const timeline: Timed[] = [];
	let seq = 0;
	for (const seed of requests) {
		const sentAt = moment(seed.sent.ago, seed.sent.at);
		timeline.push({
			at: sentAt,
			seq: seq++,
			run: async () => {
				const made = await sendRequest(
					db,
					who(seed.by),
					{
						organisationId: org(seed.to),
						initiativeId: org(seed.from),
						type: seed.type,
						subject: seed.subject,
						description: seed.description,
						themeIds: themeIds(seed.themes),
						areaId: idOf(ctx.areaIds, seed.area, 'area'),
						desiredOn: seed.desiredInDays === undefined ? '' : dayFromToday(seed.desiredInDays)
					},
					origin,
					{ now: sentAt }
				);
				requestIds.set(seed.subject, made.id);
			}
		});
		let previous = sentAt;
		for (const step of seed.steps) {
			const at = moment(step.ago, step.at);
			if (at <= previous) throw new Error(`Demo data: steps of "${seed.subject}" are out of order`);
			previous = at;
			timeline.push({ at, seq: seq++, run: () => act(seed, step, at) });
		}
	}
	// The job runner, once a night: a deadline ends at midnight, so an overdue step escalates just after.
	const first = timeline.reduce((min, t) => (t.at < min ? t.at : min), ctx.now);
	for (let day = shiftDay(amsterdamDay(first), 1); day <= today; day = shiftDay(day, 1)) {
		const at = amsterdamTime(day, '00:05');
		if (at < ctx.now) timeline.push({ at, seq: seq++, run: () => runJobs(at) });
	}
	timeline.sort((a, b) => a.at.getTime() - b.at.getTime() || a.seq - b.seq);
	for (const t of timeline) await t.run();

	async function runJobs(at: Date) {
		while ((await runDueJobs(db, at)) > 0);
	}

	await runJobs(ctx.now);

	async function act(seed: RequestSeed, step: Step, at: Date) {
		const actor = who(step.by);
		const id = requestIds.get(seed.subject);
		if (!id) throw new Error(`Demo data: "${seed.subject}" was not sent`);
		switch (step.do) {
			case 'acknowledge':
				return acknowledgeRequest(db, actor, id, { body: step.body ?? '' }, origin, at);
			case 'status':
				return setRequestStatus(db, actor, id, { status: step.status, body: step.body ?? '' }, origin, at);
			case 'message':
				return postMessage(db, actor, id, { body: step.body }, origin, at);
			case 'decide':
				return decideRequest(db, actor, id, { decision: step.decision, reason: step.reason, conditions: step.conditions ?? '', alternative: step.alternative ?? '' }, origin, at);
			case 'note':
				return postNote(db, actor, id, { body: step.body }, at);
			case 'handOver':
				return handOverRequest(db, actor, id, { handlerId: who(step.to).userId, body: step.body ?? '' }, origin, at);
			case 'assess':
				return assessChallenge(db, actor, id, Object.fromEntries(step.verdicts.flatMap(([met, note], i) => [[`met-${i}`, met ? 'yes' : 'no'], [`note-${i}`, note]])), at);
			case 'close':
				return closeRequest(db, actor, id, { body: step.body ?? '' }, origin, at);
			case 'public':
				return setRequestPublicity(db, actor, id, { public: true }, at);
		}
	}

	// The plans radar: people follow it first, so publishing the plans tells them.
	for (const s of subscriptions) await subscribeToRadar(db, who(s.person), { themeIds: themeIds(s.themes), areaIds: areaIds(s.areas) });
	for (const p of plans) {
		await publishPlan(
			db,
			who(p.by),
			slugOf(p.organisation),
			{
				title: p.title,
				description: p.description,
				phase: p.phase,
				themeIds: themeIds(p.themes),
				areaIds: areaIds(p.areas),
				participationFrom: p.participation ? dayFromToday(p.participation[0]) : '',
				participationUntil: p.participation ? dayFromToday(p.participation[1]) : '',
				howToTakePart: p.howToTakePart,
				contactPointId: idOf(contactIds, `${p.organisation}/${p.contact}`, 'contact point'),
				spaceSlug: p.regioplan ? ctx.regioplanSlug : ''
			},
			origin
		);
	}
}
