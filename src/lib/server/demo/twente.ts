/**
 * Demo data for a Dutch region: Twente. Plain data only; `index.ts` loads it through the
 * modules' public functions. Organisations other than the municipalities are made up, and
 * every address is @example.org, so nothing here points at a real person or company.
 */
import type { OrganisationKind, areaLevels } from '../modules/network';

export type AreaLevel = (typeof areaLevels)[number];

export interface AreaSeed {
	name: string;
	level: AreaLevel;
	/** Only codes known to be CBS's own; a guessed code would mislead every map and statistic. */
	cbsCode?: string;
	children?: AreaSeed[];
}

export type AccountKey = 'beheer' | 'cooperatie' | 'initiatief' | 'gemeente' | 'wijkcoach' | 'wethouder' | 'zorg' | 'verzekeraar' | 'adviesraad' | 'inwoner';

export interface AccountSeed {
	key: AccountKey;
	email: string;
	name: string;
	/** Short English description shown on the demo sign-in page. */
	role: string;
	admin?: boolean;
}

export interface OrganisationSeed {
	name: string;
	kind: OrganisationKind;
	description: string;
	website?: string;
	/** Area names from `twente`; names are unique within the demo tree. */
	areas: string[];
	/** Dutch theme names from `themes`. */
	themes: string[];
	/** Becomes the first coordinator, as anyone who starts an organisation does. */
	createdBy: AccountKey;
	members?: { account: AccountKey; role: 'member' | 'coordinator' }[];
}

export interface PhaseSeed {
	title: string;
	description: string;
	startsOn?: string;
	endsOn?: string;
}

export interface SpaceSeed {
	title: string;
	summary: string;
	description: string;
	visibility: 'public' | 'members';
	area: string;
	/** Organisation names. */
	owners: string[];
	createdBy: AccountKey;
	/** Coordinator of an owner who runs the space day to day; takes over from `createdBy`. */
	runBy: AccountKey;
	phases: PhaseSeed[];
	roles: { account: AccountKey; role: 'owner' | 'facilitator' | 'moderator' }[];
}

// ---- Areas ------------------------------------------------------------------------------------

const municipality = (name: string, cbsCode: string, children?: AreaSeed[]): AreaSeed => ({
	name,
	level: 'municipality',
	cbsCode,
	children
});
const district = (name: string, children?: AreaSeed[]): AreaSeed => ({ name, level: 'district', children });
const neighbourhood = (name: string): AreaSeed => ({ name, level: 'neighbourhood' });

export const twente: AreaSeed = {
	name: 'Twente',
	level: 'region',
	children: [
		municipality('Almelo', 'GM0141', [
			district('Aadorp'),
			district('Bornerbroek'),
			// Almelo's own neighbourhoods hang directly under the town: the demo has no wijk level there.
			neighbourhood('Kerkelanden'),
			neighbourhood('Schelfhorst'),
			neighbourhood('Ossenkoppelerhoek')
		]),
		municipality('Borne', 'GM0147'),
		municipality('Dinkelland', 'GM1774'),
		municipality('Enschede', 'GM0153', [
			district('Enschede-Zuid', [neighbourhood('Wesselerbrink'), neighbourhood('Helmerhoek'), neighbourhood('Stroinkslanden')]),
			district('Glanerbrug')
		]),
		municipality('Haaksbergen', 'GM0158'),
		municipality('Hellendoorn', 'GM0163'),
		municipality('Hengelo', 'GM0164'),
		municipality('Hof van Twente', 'GM1735'),
		municipality('Losser', 'GM0168'),
		municipality('Oldenzaal', 'GM0173'),
		municipality('Rijssen-Holten', 'GM1742'),
		municipality('Tubbergen', 'GM0183'),
		municipality('Twenterand', 'GM1700'),
		municipality('Wierden', 'GM0189')
	]
};

// ---- Themes -----------------------------------------------------------------------------------

export const themes: { nameNl: string; nameEn: string }[] = [
	{ nameNl: 'Ontmoeting', nameEn: 'Meeting' },
	{ nameNl: 'Zorg en welzijn', nameEn: 'Care and wellbeing' },
	{ nameNl: 'Wonen', nameEn: 'Housing' },
	{ nameNl: 'Vervoer', nameEn: 'Transport' },
	{ nameNl: 'Sport', nameEn: 'Sport' },
	{ nameNl: 'Jeugd', nameEn: 'Youth' },
	{ nameNl: 'Ouderen', nameEn: 'Older people' },
	{ nameNl: 'Duurzaamheid', nameEn: 'Sustainability' }
];

// ---- Accounts ---------------------------------------------------------------------------------

export const cooperative = 'Coöperatie Samen Twente';
export const municipalityOrganisation = 'Gemeente Almelo';
export const villageCare = 'Zorgcoöperatie Aadorp';
export const careProvider = 'Zorgcollectief De Esch';
export const insurer = 'Zorgverzekeraar Noaberpolis';
const council = 'Adviesraad Sociaal Domein Almelo';

export const accounts: AccountSeed[] = [
	{ key: 'beheer', email: 'beheer@example.org', name: 'Beheer Samenspel', role: 'platform administrator', admin: true },
	{ key: 'cooperatie', email: 'cooperatie@example.org', name: 'Marieke Oude Nijhuis', role: `coordinator of ${cooperative}` },
	{
		key: 'initiatief',
		email: 'initiatief@example.org',
		name: 'Henk Brinkhuis',
		role: `coordinator of ${villageCare}, member of ${cooperative}`
	},
	{
		key: 'gemeente',
		email: 'gemeente@example.org',
		name: 'Fatma Yıldız',
		role: `civil servant, coordinator of ${municipalityOrganisation}`
	},
	{
		key: 'wijkcoach',
		email: 'wijkcoach@example.org',
		name: 'Sander Mulder',
		role: `civil servant (community coach) at ${municipalityOrganisation}, contact point for care and older people`
	},
	{
		key: 'wethouder',
		email: 'wethouder@example.org',
		name: 'Karin ter Horst',
		role: `Bureau wethouder sociaal domein, member of ${municipalityOrganisation} and escalation contact of its request desk`
	},
	{ key: 'zorg', email: 'zorg@example.org', name: 'Anouk Kamphuis', role: `care professional (district nurse) at ${careProvider}` },
	{ key: 'verzekeraar', email: 'verzekeraar@example.org', name: 'Ruud Bakker', role: `coordinator at ${insurer}` },
	{ key: 'adviesraad', email: 'adviesraad@example.org', name: 'Jan Nijenhuis', role: `chair of ${council}` },
	{ key: 'inwoner', email: 'inwoner@example.org', name: 'Els Wolters', role: 'resident without memberships' }
];

// ---- Organisations ----------------------------------------------------------------------------

/** Initiatives whose own people have no demo account: the cooperative put their profile up. */
const byCooperative = 'cooperatie' as const;

export const organisations: OrganisationSeed[] = [
	{
		name: cooperative,
		kind: 'network',
		description:
			'Coöperatie Samen Twente is een netwerk van ruim dertig burgerinitiatieven uit heel Twente. ' +
			'Wij helpen elkaar, delen wat werkt en praten namens de initiatieven mee met gemeenten, zorgaanbieders en de zorgverzekeraar. ' +
			'Heeft u een initiatief? U bent welkom als lid.',
		website: 'https://samentwente.example.org',
		areas: ['Twente'],
		themes: ['Ontmoeting', 'Zorg en welzijn', 'Wonen', 'Vervoer', 'Sport', 'Jeugd', 'Ouderen', 'Duurzaamheid'],
		createdBy: 'cooperatie',
		members: [{ account: 'initiatief', role: 'member' }]
	},
	{
		name: villageCare,
		kind: 'initiative',
		description:
			'In Aadorp zorgen we voor elkaar. Vrijwilligers helpen ouderen met boodschappen, vervoer en een kopje koffie. ' +
			'Onze **dorpsondersteuner** weet de weg naar de huisarts, de gemeente en de thuiszorg. ' +
			'Zo kunt u langer prettig in het dorp blijven wonen.',
		website: 'https://zorgcooperatie-aadorp.example.org',
		areas: ['Aadorp'],
		themes: ['Zorg en welzijn', 'Ouderen'],
		createdBy: 'initiatief'
	},
	{
		name: 'Huiskamer Kerkelanden',
		kind: 'initiative',
		description:
			'De Huiskamer is een warme plek in de wijk Kerkelanden. Iedereen kan binnenlopen voor koffie, een praatje of een spelletje. ' +
			'Op dinsdag koken we samen en eten we samen. Vrijwilligers uit de buurt houden de Huiskamer open.',
		areas: ['Kerkelanden'],
		themes: ['Ontmoeting', 'Ouderen'],
		createdBy: byCooperative
	},
	{
		name: 'Repair Café Glanerbrug',
		kind: 'initiative',
		description:
			'Is uw broodrooster, fiets of broek kapot? Gooi het niet weg, maar kom langs. ' +
			'Elke eerste zaterdag van de maand repareren vrijwilligers samen met u wat stuk is. Zo besparen we geld en afval, en leren we van elkaar.',
		website: 'https://repaircafe-glanerbrug.example.org',
		areas: ['Glanerbrug'],
		themes: ['Duurzaamheid', 'Ontmoeting'],
		createdBy: byCooperative
	},
	{
		name: 'Energiecoöperatie Bornerbroek',
		kind: 'initiative',
		description:
			'Wij wekken samen groene stroom op met zonnepanelen op daken in het dorp. ' +
			'Leden krijgen advies over het isoleren van hun huis. De opbrengst gaat terug naar het dorp.',
		areas: ['Bornerbroek'],
		themes: ['Duurzaamheid', 'Wonen'],
		createdBy: byCooperative
	},
	{
		name: 'Fit 60+ Wesselerbrink',
		kind: 'initiative',
		description:
			'Bewegen is gezond en samen is het leuker. Twee keer per week wandelen, fietsen of doen we gym met mensen van 60 jaar en ouder. ' +
			'U hoeft niet sportief te zijn om mee te doen. Na afloop drinken we samen koffie.',
		areas: ['Wesselerbrink'],
		themes: ['Sport', 'Ouderen', 'Ontmoeting'],
		createdBy: byCooperative
	},
	{
		name: 'Jong Almelo Doet',
		kind: 'initiative',
		description:
			'Jongeren van 14 tot 23 jaar die iets willen doen voor hun stad. We organiseren sportavonden, een zomerfestival en klussen voor buren. ' +
			'We praten ook mee met de gemeente over plannen voor jongeren. Doe mee via Instagram of kom langs in het jongerencentrum.',
		areas: ['Almelo'],
		themes: ['Jeugd', 'Sport', 'Ontmoeting'],
		createdBy: byCooperative
	},
	{
		name: 'Rijdende Buren Hof van Twente',
		kind: 'initiative',
		description:
			'Vrijwillige chauffeurs rijden inwoners die zelf niet kunnen rijden naar de huisarts, het ziekenhuis of familie. ' +
			'U belt of mailt een paar dagen van tevoren en wij zoeken een chauffeur. U betaalt alleen een kleine vergoeding per kilometer.',
		areas: ['Hof van Twente'],
		themes: ['Vervoer', 'Ouderen'],
		createdBy: byCooperative
	},
	{
		name: 'Woongroep Het Erve Haaksbergen',
		kind: 'initiative',
		description:
			'Wij willen samen wonen in een hofje: ieder een eigen huis, met een gezamenlijke tuin en ontmoetingsruimte. ' +
			'Zo kunnen we op elkaar letten en langer zelfstandig blijven. We zoeken nog grond en medebewoners.',
		areas: ['Haaksbergen'],
		themes: ['Wonen', 'Ouderen'],
		createdBy: byCooperative
	},
	{
		name: 'Voedseltuin Helmerhoek',
		kind: 'initiative',
		description:
			'In onze moestuin in Helmerhoek kweken buurtbewoners samen groente en fruit. ' +
			'Een deel van de oogst gaat naar gezinnen die het krap hebben. Iedereen mag meedoen, ook zonder ervaring.',
		areas: ['Helmerhoek'],
		themes: ['Duurzaamheid', 'Ontmoeting'],
		createdBy: byCooperative
	},
	{
		name: 'Mantelzorgcafé Borne',
		kind: 'initiative',
		description:
			'Zorgt u voor een partner, ouder of kind? In het Mantelzorgcafé ontmoet u andere mantelzorgers. ' +
			'We delen ervaringen en tips, en er is elke maand een gast met informatie, bijvoorbeeld over respijtzorg.',
		areas: ['Borne'],
		themes: ['Zorg en welzijn', 'Ontmoeting'],
		createdBy: byCooperative
	},
	{
		name: 'Noaberpunt Tubbergen',
		kind: 'initiative',
		description:
			'Het Noaberpunt is de plek in het dorp waar u terechtkunt met vragen over zorg, hulp en geld. ' +
			'Vrijwilligers en een dorpsondersteuner luisteren en zoeken samen met u naar een oplossing. Noaberschap: we helpen elkaar.',
		areas: ['Tubbergen'],
		themes: ['Zorg en welzijn', 'Ouderen'],
		createdBy: byCooperative
	},
	{
		name: 'Taalcafé Hengelo',
		kind: 'initiative',
		description:
			'Wilt u beter Nederlands leren spreken? In het Taalcafé oefent u in een ontspannen sfeer met vrijwilligers. ' +
			'Elke woensdagmiddag in de bibliotheek. Aanmelden is niet nodig.',
		areas: ['Hengelo'],
		themes: ['Ontmoeting'],
		createdBy: byCooperative
	},
	{
		name: municipalityOrganisation,
		kind: 'municipality',
		description:
			'De gemeente Almelo werkt samen met inwoners en initiatieven aan een stad waar iedereen mee kan doen. ' +
			'Heeft u een vraag of een plan voor uw buurt? Via dit platform vindt u de juiste contactpersoon. ' +
			'We laten u weten wanneer u antwoord krijgt.',
		website: 'https://almelo.example.org',
		areas: ['Almelo'],
		themes: ['Zorg en welzijn', 'Wonen', 'Jeugd', 'Ouderen', 'Ontmoeting'],
		createdBy: 'gemeente',
		members: [
			{ account: 'wijkcoach', role: 'member' },
			{ account: 'wethouder', role: 'member' }
		]
	},
	{
		name: careProvider,
		kind: 'care',
		description:
			'Wij bieden wijkverpleging en thuisbegeleiding in Almelo en Wierden. ' +
			'Onze wijkverpleegkundigen werken graag samen met vrijwilligers en initiatieven uit de buurt. Zo krijgt u zorg dichtbij huis.',
		areas: ['Almelo', 'Wierden'],
		themes: ['Zorg en welzijn', 'Ouderen'],
		createdBy: 'zorg'
	},
	{
		name: insurer,
		kind: 'insurer',
		description:
			'Noaberpolis is een regionale zorgverzekeraar in Oost-Nederland. ' +
			'Wij steunen burgerinitiatieven die zorg en welzijn dichtbij huis versterken, bijvoorbeeld met een bijdrage voor dorpsondersteuners.',
		website: 'https://noaberpolis.example.org',
		areas: ['Twente'],
		themes: ['Zorg en welzijn'],
		createdBy: 'verzekeraar'
	},
	{
		name: council,
		kind: 'council',
		description:
			'De Adviesraad geeft de gemeente Almelo gevraagd en ongevraagd advies over zorg, welzijn, jeugd en wonen. ' +
			'De leden zijn inwoners met eigen ervaring. Wilt u iets meegeven? Kom naar een openbare vergadering of stuur ons een bericht.',
		areas: ['Almelo'],
		themes: ['Zorg en welzijn', 'Jeugd', 'Ouderen', 'Wonen'],
		createdBy: 'adviesraad'
	}
];

// ---- Spaces -----------------------------------------------------------------------------------

const regioplanDescription = `## Waar gaat het over?

Gemeenten, zorgaanbieders en de zorgverzekeraar in Twente maken samen een **regioplan**. Daarin staat hoe we in Twente gezond blijven en hoe iedereen de zorg en steun krijgt die past. Coöperatie Samen Twente en de gemeente Almelo willen dat inwoners en burgerinitiatieven dit plan mee maken. Niet achteraf, maar vanaf het begin.

## Hoe gaan we te werk?

1. In dorpen en wijken houden we bijeenkomsten. Daar vertellen inwoners wat ze willen, waar ze zich zorgen over maken en welke ideeën ze hebben.
2. We bundelen alle inbreng in een paar thema's, zoals warme ontmoetingsplekken, dorpsondersteuners en samen wonen.
3. Samen maken we er een programma van, met acties die we echt kunnen doen.
4. We voeren de acties uit en laten zien wat ze opleveren.

## Wat gebeurt er met uw inbreng?

Bij elke wens, zorg of idee ziet u wat ermee gebeurt. Lukt iets niet? Dan leggen we uit waarom.

## Doe mee

Kom naar een bijeenkomst bij u in de buurt, of geef hier uw inbreng. U hoeft geen lid te zijn van een initiatief.`;

const leerkringDescription = `De rol van inwoners wordt steeds groter: in de zorg, bij energie en in de buurt. Dat vraagt veel van de samenwerking tussen gemeenten, zorgprofessionals en burgerinitiatieven.

In deze leerkring onderzoeken ambtenaren van Twentse gemeenten en burgerinitiatieven samen **hoe we gelijkwaardig kunnen samenwerken**. We werken aan echte casussen die deelnemers zelf inbrengen.

Na de leerkring begrijpen we elkaars wereld beter: de taal, de regels en wat een initiatief drijft. In de laatste sessie kiezen de deelnemers zelf of ze doorgaan.`;

export const spaces: SpaceSeed[] = [
	{
		title: 'Burgerinbreng regioplan 2026',
		summary:
			'Inwoners en burgerinitiatieven denken mee over het regioplan voor gezondheid en zorg in Twente. Van wensen, zorgen en ideeën naar een programma met acties.',
		description: regioplanDescription,
		visibility: 'public',
		area: 'Twente',
		owners: [cooperative, municipalityOrganisation],
		// Nobody coordinates both owners, and only such a person or an administrator may open a co-owned space.
		createdBy: 'beheer',
		runBy: 'cooperatie',
		phases: [
			{
				title: 'Ophalen',
				description: 'Bijeenkomsten in dorpen en wijken. We halen wensen, zorgen en ideeën van inwoners op.',
				startsOn: '2026-02-01',
				endsOn: '2026-05-31'
			},
			{
				title: 'Bundelen',
				description: 'We ordenen alle inbreng in thema\'s en leggen die terug bij de deelnemers.',
				startsOn: '2026-06-01',
				endsOn: '2026-09-30'
			},
			{
				title: 'Programma maken',
				description: 'Inwoners, initiatieven en organisaties maken samen een programma met pijlers en acties voor het regioplan.',
				startsOn: '2026-10-01',
				endsOn: '2027-01-31'
			},
			{
				title: 'Uitvoeren en volgen',
				description: 'We voeren de acties uit, volgen wat ze opleveren en laten dat zien.',
				startsOn: '2027-02-01',
				endsOn: '2027-12-31'
			}
		],
		roles: [{ account: 'gemeente', role: 'facilitator' }]
	},
	{
		title: 'Leerkring Twente',
		summary: 'Ambtenaren en burgerinitiatieven leren in vier sessies hoe ze samen beter kunnen samenwerken.',
		description: leerkringDescription,
		visibility: 'members',
		area: 'Twente',
		owners: [cooperative],
		createdBy: 'cooperatie',
		runBy: 'cooperatie',
		// As in real life, only the first session has a date yet.
		phases: [
			{ title: 'Aftrap', description: 'Kennismaken en de vraag scherp krijgen. Locatie in Almelo.', startsOn: '2026-04-16', endsOn: '2026-04-16' },
			{ title: 'Casus dorpsplan Aadorp', description: 'Hoe maakt een dorp samen met de gemeente een dorpsplan?' },
			{ title: 'Casus wijkvoorziening', description: 'Een buurthuis in handen van bewoners: wat is er nodig?' },
			{ title: 'Terugkoppeling en vervolg', description: 'Wat hebben we geleerd, en gaan we door?' }
		],
		roles: []
	}
];
