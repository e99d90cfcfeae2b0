/**
 * Demo content for the space "Burgerinbreng regioplan 2026": what residents said at four
 * meetings and online, the spearheads it was grouped into, and the programme of five pillars
 * that came out of it. Plain data only. Days are relative to the day the demo loads.
 *
 * The mix is deliberate, so that the demo shows every public status of an input: some are still
 * waiting for an answer (in no spearhead, among them some of the oldest), some sit in a spearhead
 * without an action yet, most reach actions through their spearheads, a few are linked to an
 * action directly, one action is done and one has stopped, some inputs are closed with a written
 * reason, and two are hidden. Exactly three actions are anchored in the regional plan.
 */

export type InputKindSeed = 'wish' | 'concern' | 'idea' | 'question';

export interface MeetingSeed {
	key: string;
	title: string;
	address: string;
	/** Area name from `twente.ts`. */
	area: string;
	/** The meeting took place this many days before the demo loads. */
	daysAgo: number;
}

export interface InputSeed {
	key: string;
	kind: InputKindSeed;
	/** One sticky note or online message, as a resident wrote it. */
	text: string;
	/** `MeetingSeed.key`, or null for input given online. */
	meeting: string | null;
	/** Area name from `twente.ts`, where the input is about a place. */
	area?: string;
	/** Dutch theme names from `twente.ts`. */
	themes?: string[];
	/** The resident left an e-mail address to follow what happens. */
	follows?: boolean;
	/** Only for online input: how many days ago it was given. */
	daysAgo?: number;
}

export interface SpearheadSeed {
	key: string;
	title: string;
	description: string;
	/** Input keys; an input may sit in more than one spearhead. */
	inputs: string[];
}

export type ActionStatusSeed = 'idea' | 'planned' | 'in_progress' | 'done' | 'stopped';

export interface ActionSeed {
	key: string;
	title: string;
	/** Markdown allowed. */
	description: string;
	/** Organisation names from `twente.ts`. */
	owners: string[];
	status: ActionStatusSeed;
	/** Required when the status is 'stopped'. */
	stopReason?: string;
	progress: number;
	startsInDays?: number;
	endsInDays?: number;
	/** Spearhead keys that led to this action. */
	spearheads: string[];
	/** Input keys linked to this action directly. */
	inputs: string[];
	/** Newest last. */
	updates: { daysAgo: number; text: string }[];
	anchors: { title: string; reference: string; url?: string }[];
}

export interface PillarSeed {
	key: string;
	title: string;
	description: string;
	actions: ActionSeed[];
}

export interface ClosureSeed {
	input: string;
	kind: 'not_taken_up' | 'already_exists';
	reason: string;
	url?: string;
}

export interface HiddenSeed {
	input: string;
	reason: string;
}

// ---- Meetings ---------------------------------------------------------------------------------

export const meetings: MeetingSeed[] = [
	{
		key: 'aadorp',
		title: 'Dorpsavond Aadorp: wat vindt u belangrijk?',
		address: 'Dorpshuis Aadorp, Aadorpweg 4',
		area: 'Aadorp',
		daysAgo: 220
	},
	{
		key: 'kerkelanden',
		title: 'Koffieochtend Kerkelanden: wat maakt de wijk fijn?',
		address: 'Huiskamer Kerkelanden, Sluitersveldssingel 150',
		area: 'Kerkelanden',
		daysAgo: 185
	},
	{
		key: 'tubbergen',
		title: 'Noaberavond Tubbergen: zorg en hulp in het dorp',
		address: 'Noaberpunt Tubbergen, Grotestraat 41, Tubbergen',
		area: 'Tubbergen',
		daysAgo: 150
	},
	{
		key: 'wesselerbrink',
		title: 'Buurtgesprek Wesselerbrink: samen gezond in de wijk',
		address: 'Wijkcentrum De Brink, Wesselerbrinklaan 40, Enschede',
		area: 'Wesselerbrink',
		daysAgo: 95
	}
];

// ---- Inputs -----------------------------------------------------------------------------------

export const inputs: InputSeed[] = [
	// Dorpsavond Aadorp
	{ key: 'i001', kind: 'wish', text: 'Een plek in het dorp waar je zomaar binnen kunt lopen voor koffie. Niet alleen op dinsdag, maar elke dag.', meeting: 'aadorp', area: 'Aadorp', themes: ['Ontmoeting'] },
	{ key: 'i002', kind: 'concern', text: 'Mijn moeder woont alleen en komt bijna de deur niet meer uit. Ze kent steeds minder mensen in het dorp.', meeting: 'aadorp', themes: ['Ouderen', 'Ontmoeting'], follows: true },
	{ key: 'i003', kind: 'wish', text: 'Iemand in het dorp die je kent en die je kunt bellen als je niet weet waar je moet zijn.', meeting: 'aadorp', area: 'Aadorp', themes: ['Zorg en welzijn'] },
	{ key: 'i004', kind: 'concern', text: 'De bus naar Almelo rijdt na zes uur niet meer. Zonder auto zit je dan vast in Aadorp.', meeting: 'aadorp', area: 'Aadorp', themes: ['Vervoer'] },
	{ key: 'i005', kind: 'idea', text: 'De kantine van de voetbalclub staat overdag leeg. Maak er een ontmoetingsplek van, met koffie en een krant.', meeting: 'aadorp', area: 'Aadorp', themes: ['Ontmoeting', 'Sport'], follows: true },
	{ key: 'i006', kind: 'wish', text: 'Kleine huizen voor ouderen midden in het dorp. Dan hoeven we niet naar Almelo te verhuizen.', meeting: 'aadorp', area: 'Aadorp', themes: ['Wonen', 'Ouderen'] },
	{ key: 'i007', kind: 'concern', text: 'Er zijn steeds minder vrijwilligers. Het zijn altijd dezelfde mensen die alles doen.', meeting: 'aadorp', area: 'Aadorp' },
	{ key: 'i008', kind: 'question', text: 'Wie betaalt de dorpsondersteuner straks, als het geld van het project op is?', meeting: 'aadorp', area: 'Aadorp', themes: ['Zorg en welzijn'], follows: true },
	{ key: 'i009', kind: 'idea', text: 'Een lijst met buren die willen helpen met kleine klusjes. Een lamp ophangen of de container buiten zetten.', meeting: 'aadorp', themes: ['Ouderen'] },
	{ key: 'i010', kind: 'wish', text: 'Een ommetje door het dorp met bankjes, zodat ouderen onderweg even kunnen zitten.', meeting: 'aadorp', area: 'Aadorp', themes: ['Ouderen', 'Sport'] },
	{ key: 'i011', kind: 'concern', text: 'Ik zorg al jaren voor mijn man. Ik ben moe, maar ik weet niet wie het van mij kan overnemen.', meeting: 'aadorp', themes: ['Zorg en welzijn'], follows: true },
	{ key: 'i012', kind: 'wish', text: 'Een huisarts die gewoon in het dorp spreekuur houdt, net als vroeger.', meeting: 'aadorp', area: 'Aadorp', themes: ['Zorg en welzijn'] },
	{ key: 'i013', kind: 'idea', text: 'Laat jongeren en ouderen samen koken in het dorpshuis. Dan leren ze elkaar kennen.', meeting: 'aadorp', area: 'Aadorp', themes: ['Jeugd', 'Ontmoeting'] },
	{ key: 'i014', kind: 'concern', text: 'De jongeren hangen bij de bushalte, want er is niets anders. Dat is niet fijn voor hen en niet voor ons.', meeting: 'aadorp', area: 'Aadorp', themes: ['Jeugd'] },
	{ key: 'i015', kind: 'wish', text: 'Meer zonnepanelen op de daken van de school en de sporthal.', meeting: 'aadorp', area: 'Aadorp', themes: ['Duurzaamheid'] },
	{ key: 'i016', kind: 'question', text: 'Kan ik ook lid worden van de energiecoöperatie in Bornerbroek, of is die alleen voor mensen uit dat dorp?', meeting: 'aadorp', area: 'Bornerbroek', themes: ['Duurzaamheid'] },
	{ key: 'i017', kind: 'wish', text: 'Met een paar vrienden een hofje bouwen. Ieder een eigen huisje en samen een tuin.', meeting: 'aadorp', themes: ['Wonen'], follows: true },
	{ key: 'i018', kind: 'concern', text: 'Als je naar het ziekenhuis moet, ben je afhankelijk van je kinderen. Die wonen ver weg.', meeting: 'aadorp', themes: ['Vervoer', 'Zorg en welzijn'] },
	{ key: 'i019', kind: 'idea', text: 'Start een groep vrijwillige chauffeurs, zoals ze in Hof van Twente hebben.', meeting: 'aadorp', themes: ['Vervoer'] },
	{ key: 'i020', kind: 'wish', text: 'Drempels op de Aadorpweg. Er wordt veel te hard gereden, ook langs de school.', meeting: 'aadorp', area: 'Aadorp' },
	{ key: 'i021', kind: 'concern', text: 'Mensen met geheugenproblemen vallen buiten de boot. Niemand weet goed hoe je met ze omgaat.', meeting: 'aadorp', themes: ['Ouderen', 'Zorg en welzijn'] },
	{ key: 'i022', kind: 'wish', text: 'Dat de gemeente eerst naar het dorp luistert en daarna pas een plan maakt.', meeting: 'aadorp', area: 'Aadorp' },
	{ key: 'i023', kind: 'idea', text: 'Een boekje met alle clubs, hulp en telefoonnummers van het dorp. Op papier, want niet iedereen zit op internet.', meeting: 'aadorp', area: 'Aadorp' },
	{ key: 'i024', kind: 'concern', text: 'Het dorpshuis is oud en koud. De stookkosten worden elk jaar hoger.', meeting: 'aadorp', area: 'Aadorp', themes: ['Duurzaamheid', 'Ontmoeting'] },
	{ key: 'i025', kind: 'wish', text: 'Een zwembad in Bornerbroek, zodat we niet voor elk baantje naar Almelo hoeven.', meeting: 'aadorp', area: 'Bornerbroek', themes: ['Sport'] },
	{ key: 'i026', kind: 'concern', text: 'Mijn buurvrouw eet al weken slecht, maar ze wil geen hulp vragen. Ik weet niet wat ik moet doen.', meeting: 'aadorp', themes: ['Ouderen'] },
	{ key: 'i027', kind: 'idea', text: 'Koppel in elke straat een oudere aan een jong gezin. Dan kijk je naar elkaar om.', meeting: 'aadorp', themes: ['Ouderen', 'Jeugd'] },
	{ key: 'i028', kind: 'wish', text: 'Ik wil in Bornerbroek blijven wonen, ook als ik later hulp nodig heb.', meeting: 'aadorp', area: 'Bornerbroek', themes: ['Wonen', 'Ouderen'] },
	{ key: 'i029', kind: 'concern', text: 'Ik snap de brieven van de gemeente vaak niet. Er staan veel te moeilijke woorden in.', meeting: 'aadorp', themes: ['Zorg en welzijn'], follows: true },
	{ key: 'i030', kind: 'question', text: 'Waar kan ik terecht als ik hulp nodig heb bij het invullen van formulieren?', meeting: 'aadorp', area: 'Aadorp' },
	{ key: 'i031', kind: 'wish', text: 'Een plek dicht bij huis waar mantelzorgers even op adem kunnen komen.', meeting: 'aadorp', themes: ['Zorg en welzijn'] },
	{ key: 'i032', kind: 'idea', text: 'Eén keer per maand samen eten, voor iedereen in het dorp die alleen eet.', meeting: 'aadorp', area: 'Aadorp', themes: ['Ontmoeting', 'Ouderen'] },
	{ key: 'i033', kind: 'concern', text: 'De jeu de boules-baan ligt er slecht bij. Niemand voelt zich verantwoordelijk.', meeting: 'aadorp', area: 'Aadorp', themes: ['Sport'] },
	{ key: 'i034', kind: 'concern', text: 'Meneer Bosch van nummer 17 laat zijn tuin verwilderen en praat met niemand meer. Kan iemand bij hem langsgaan?', meeting: 'aadorp', area: 'Aadorp' },

	// Koffieochtend Kerkelanden
	{ key: 'i035', kind: 'wish', text: 'De Huiskamer is fijn, maar hij is maar twee dagen open. Graag elke werkdag.', meeting: 'kerkelanden', area: 'Kerkelanden', themes: ['Ontmoeting'], follows: true },
	{ key: 'i036', kind: 'concern', text: 'Veel ouderen in de flats komen nooit buiten. Niemand ziet ze, en ze zien niemand.', meeting: 'kerkelanden', area: 'Kerkelanden', themes: ['Ouderen'] },
	{ key: 'i037', kind: 'idea', text: 'Een vaste wandelgroep die bij de Huiskamer begint. Daarna samen koffie drinken.', meeting: 'kerkelanden', area: 'Kerkelanden', themes: ['Sport', 'Ontmoeting'] },
	{ key: 'i038', kind: 'wish', text: 'Een contactpersoon in de wijk die je kent, en die langskomt als het niet goed gaat.', meeting: 'kerkelanden', area: 'Kerkelanden', themes: ['Zorg en welzijn'] },
	{ key: 'i039', kind: 'concern', text: 'Ik weet niet bij wie ik moet zijn: de gemeente, de thuiszorg of de huisarts. Je wordt van het kastje naar de muur gestuurd.', meeting: 'kerkelanden', themes: ['Zorg en welzijn'] },
	{ key: 'i040', kind: 'question', text: 'Waarom moet ik elk jaar opnieuw laten zien dat ik hulp in het huishouden nodig heb?', meeting: 'kerkelanden', themes: ['Zorg en welzijn'] },
	{ key: 'i041', kind: 'wish', text: 'Meer bomen en schaduw in de wijk. In de zomer is het in de flat niet uit te houden.', meeting: 'kerkelanden', area: 'Kerkelanden', themes: ['Duurzaamheid', 'Wonen'] },
	{ key: 'i042', kind: 'concern', text: 'De lift in onze flat is vaak kapot. Dan zit ik dagen binnen.', meeting: 'kerkelanden', area: 'Kerkelanden', themes: ['Wonen', 'Ouderen'] },
	{ key: 'i043', kind: 'idea', text: 'Laat mensen die zelf lang ziek zijn geweest meedenken over hoe de zorg beter kan.', meeting: 'kerkelanden', themes: ['Zorg en welzijn'] },
	{ key: 'i044', kind: 'wish', text: 'Een woning met de slaapkamer beneden, in mijn eigen wijk.', meeting: 'kerkelanden', area: 'Kerkelanden', themes: ['Wonen', 'Ouderen'] },
	{ key: 'i045', kind: 'concern', text: 'Ik ben bang dat ik naar een verpleeghuis ver weg moet als ik niet meer alleen kan.', meeting: 'kerkelanden', themes: ['Wonen', 'Ouderen'], follows: true },
	{ key: 'i046', kind: 'idea', text: 'Een taalmaatje voor buren die nog geen Nederlands spreken. Dan durven ze ook naar de Huiskamer te komen.', meeting: 'kerkelanden', area: 'Kerkelanden', themes: ['Ontmoeting'] },
	{ key: 'i047', kind: 'wish', text: 'Een speeltuin waar kinderen veilig kunnen spelen. Nu liggen er vaak glasscherven.', meeting: 'kerkelanden', area: 'Schelfhorst', themes: ['Jeugd'] },
	{ key: 'i048', kind: 'concern', text: 'Mensen met weinig geld doen niet mee met activiteiten. Alles kost wel een paar euro.', meeting: 'kerkelanden', themes: ['Ontmoeting'] },
	{ key: 'i049', kind: 'wish', text: 'Gratis parkeren bij het ziekenhuis. Op bezoek gaan is al duur genoeg.', meeting: 'kerkelanden', area: 'Almelo', themes: ['Zorg en welzijn'] },
	{ key: 'i050', kind: 'idea', text: 'Een buurtbusje dat ouderen thuis ophaalt voor de Huiskamer en ze weer terugbrengt.', meeting: 'kerkelanden', area: 'Kerkelanden', themes: ['Vervoer', 'Ouderen'] },
	{ key: 'i051', kind: 'concern', text: 'Met mijn rollator kom ik niet over de stoep bij de winkels. De randen zijn te hoog.', meeting: 'kerkelanden', area: 'Kerkelanden', themes: ['Ouderen'], follows: true },
	{ key: 'i052', kind: 'wish', text: 'Dat de gemeente eerst vraagt wat wij al doen in de wijk, voordat ze iets nieuws bedenkt.', meeting: 'kerkelanden', area: 'Kerkelanden' },
	{ key: 'i053', kind: 'wish', text: 'De Huiskamer ook een avond open, voor mensen die overdag werken.', meeting: 'kerkelanden', area: 'Kerkelanden', themes: ['Ontmoeting'] },
	{ key: 'i054', kind: 'concern', text: 'Jongeren hebben geen plek in de wijk. Het jongerencentrum is te ver weg.', meeting: 'kerkelanden', area: 'Kerkelanden', themes: ['Jeugd'] },
	{ key: 'i055', kind: 'idea', text: 'Twee keer per jaar een kledingruil in de Huiskamer.', meeting: 'kerkelanden', area: 'Kerkelanden', themes: ['Duurzaamheid', 'Ontmoeting'] },
	{ key: 'i056', kind: 'wish', text: 'Een vast gezicht van de wijkverpleging, niet elke keer iemand anders aan de deur.', meeting: 'kerkelanden', themes: ['Zorg en welzijn'] },
	{ key: 'i057', kind: 'concern', text: 'Mijn zoon heeft autisme. Voor jongeren zoals hij is er weinig te doen in Almelo.', meeting: 'kerkelanden', area: 'Almelo', themes: ['Jeugd', 'Zorg en welzijn'] },
	{ key: 'i058', kind: 'idea', text: 'Vraag de kerk en de moskee of we daar ook samen kunnen eten. Dan zitten er andere mensen aan tafel.', meeting: 'kerkelanden', area: 'Kerkelanden', themes: ['Ontmoeting'] },
	{ key: 'i059', kind: 'wish', text: 'Meer politie op straat in de avond.', meeting: 'kerkelanden', area: 'Kerkelanden' },
	{ key: 'i060', kind: 'concern', text: 'Ik breng mijn vrouw zelf naar de dagbesteding. Dat gaat straks niet meer, want ik mag niet lang meer rijden.', meeting: 'kerkelanden', themes: ['Vervoer', 'Zorg en welzijn'] },
	{ key: 'i061', kind: 'idea', text: 'Een spreekuur in de Huiskamer waar je vragen over geld en formulieren kunt stellen.', meeting: 'kerkelanden', area: 'Kerkelanden' },
	{ key: 'i062', kind: 'wish', text: 'Samen wonen met andere vrouwen van mijn leeftijd. Ieder een eigen voordeur, maar wel samen.', meeting: 'kerkelanden', themes: ['Wonen'] },
	{ key: 'i063', kind: 'concern', text: 'Als mij iets overkomt, weet niemand dat mijn man dementie heeft.', meeting: 'kerkelanden', themes: ['Zorg en welzijn', 'Ouderen'], follows: true },
	{ key: 'i064', kind: 'question', text: 'Hoe hoor ik wat er met mijn briefje van vandaag gebeurt?', meeting: 'kerkelanden', follows: true },
	{ key: 'i065', kind: 'idea', text: 'Zet de bankjes in het park zo dat mensen elkaar aankijken. Dan begin je makkelijker een praatje.', meeting: 'kerkelanden', area: 'Kerkelanden', themes: ['Ontmoeting'] },
	{ key: 'i066', kind: 'wish', text: 'Fietsles voor vrouwen die nooit hebben leren fietsen.', meeting: 'kerkelanden', area: 'Kerkelanden', themes: ['Vervoer', 'Sport'] },
	{ key: 'i067', kind: 'concern', text: 'De energierekening is zo hoog geworden. Ik zet de verwarming bijna niet meer aan.', meeting: 'kerkelanden', themes: ['Duurzaamheid', 'Wonen'] },

	// Noaberavond Tubbergen
	{ key: 'i068', kind: 'wish', text: 'Een dorpsondersteuner zoals in Aadorp. Iemand die de weg kent en tijd voor je heeft.', meeting: 'tubbergen', area: 'Tubbergen', themes: ['Zorg en welzijn'] },
	{ key: 'i069', kind: 'concern', text: 'In de kleine kernen sluit alles: de winkel, de bank, het café. Waar zie je elkaar dan nog?', meeting: 'tubbergen', area: 'Tubbergen', themes: ['Ontmoeting'] },
	{ key: 'i070', kind: 'idea', text: 'Vraag de buurtschap om elkaar weer te helpen. Zoals het noaberschap vroeger ging.', meeting: 'tubbergen', area: 'Tubbergen' },
	{ key: 'i071', kind: 'wish', text: 'Op tijd met familie en buren afspreken wie wat doet als je hulp nodig hebt.', meeting: 'tubbergen', themes: ['Zorg en welzijn', 'Ouderen'], follows: true },
	{ key: 'i072', kind: 'concern', text: 'De boeren worden ouder en hun kinderen wonen in de stad. Wie helpt ze straks op het erf?', meeting: 'tubbergen', area: 'Dinkelland', themes: ['Ouderen'] },
	{ key: 'i073', kind: 'wish', text: 'Een eigen ambulancepost in Tubbergen. Het duurt nu te lang voordat de ambulance er is.', meeting: 'tubbergen', area: 'Tubbergen', themes: ['Zorg en welzijn'] },
	{ key: 'i074', kind: 'idea', text: 'Bouw kleine woningen voor ouderen uit het dorp op het erf van een boerderij.', meeting: 'tubbergen', area: 'Tubbergen', themes: ['Wonen', 'Ouderen'] },
	{ key: 'i075', kind: 'concern', text: 'Jonge mensen vinden geen huis in het dorp en trekken weg. Dan is er straks niemand meer om te helpen.', meeting: 'tubbergen', area: 'Tubbergen', themes: ['Wonen', 'Jeugd'] },
	{ key: 'i076', kind: 'question', text: 'Mag mijn moeder in een huisje in onze tuin wonen? Wat vindt de gemeente daarvan?', meeting: 'tubbergen', area: 'Tubbergen', themes: ['Wonen'], follows: true },
	{ key: 'i077', kind: 'wish', text: 'Vervoer naar het ziekenhuis in Hengelo of Enschede, zonder dat het je een hele dag kost.', meeting: 'tubbergen', area: 'Tubbergen', themes: ['Vervoer'] },
	{ key: 'i078', kind: 'concern', text: 'De regiotaxi komt vaak te laat. Daardoor heb ik een afspraak bij de specialist gemist.', meeting: 'tubbergen', themes: ['Vervoer'], follows: true },
	{ key: 'i079', kind: 'idea', text: 'Laat de voetbalclub ook iets doen voor ouderen, bijvoorbeeld walking football.', meeting: 'tubbergen', area: 'Tubbergen', themes: ['Sport', 'Ouderen'] },
	{ key: 'i080', kind: 'wish', text: 'Dat de kerk open blijft als plek voor het dorp, ook als er geen mis meer is.', meeting: 'tubbergen', area: 'Tubbergen', themes: ['Ontmoeting'] },
	{ key: 'i081', kind: 'concern', text: 'Mantelzorgers in het dorp doen alles zelf. Ze vragen pas hulp als het te laat is.', meeting: 'tubbergen', area: 'Tubbergen', themes: ['Zorg en welzijn'] },
	{ key: 'i082', kind: 'idea', text: 'Een avond over wat je voor later kunt regelen, met de notaris, de huisarts en de dorpsondersteuner.', meeting: 'tubbergen', themes: ['Ouderen'], follows: true },
	{ key: 'i083', kind: 'wish', text: 'Dat mensen met een beperking gewoon mee kunnen doen bij de club en in het dorpshuis.', meeting: 'tubbergen', themes: ['Sport', 'Ontmoeting'] },
	{ key: 'i084', kind: 'concern', text: 'De regels zijn in elke gemeente anders. In Oldenzaal kan iets wel, en in Tubbergen niet.', meeting: 'tubbergen', area: 'Oldenzaal', themes: ['Zorg en welzijn'] },
	{ key: 'i085', kind: 'idea', text: 'Iemand met eigen ervaring die met je meegaat naar het eerste gesprek bij de gemeente.', meeting: 'tubbergen', themes: ['Zorg en welzijn'] },
	{ key: 'i086', kind: 'wish', text: 'Een plek waar jongeren kunnen sporten, ook als ze geen lid zijn van een club.', meeting: 'tubbergen', area: 'Tubbergen', themes: ['Jeugd', 'Sport'] },
	{ key: 'i087', kind: 'concern', text: 'Veel mensen hier schamen zich om hulp te vragen. "Wij redden ons wel", zeggen ze dan.', meeting: 'tubbergen', area: 'Tubbergen' },
	{ key: 'i088', kind: 'wish', text: 'Glasvezel in het buitengebied, zodat je met de huisarts kunt beeldbellen.', meeting: 'tubbergen', area: 'Dinkelland' },
	{ key: 'i089', kind: 'idea', text: 'Een moestuin bij het dorpshuis. De groente is voor iedereen die meehelpt.', meeting: 'tubbergen', area: 'Tubbergen', themes: ['Duurzaamheid', 'Ontmoeting'] },
	{ key: 'i090', kind: 'question', text: 'Wat gebeurt er met wat wij hier zeggen, als de gemeenteraad straks iets anders beslist?', meeting: 'tubbergen', follows: true },
	{ key: 'i091', kind: 'concern', text: 'Het Noaberpunt draait op twee vrijwilligers. Als die stoppen, is het weg.', meeting: 'tubbergen', area: 'Tubbergen', themes: ['Zorg en welzijn'], follows: true },
	{ key: 'i092', kind: 'wish', text: 'Iemand die ons helpt een woongroep op te zetten. Wij weten niet hoe je daaraan begint.', meeting: 'tubbergen', themes: ['Wonen'] },
	{ key: 'i093', kind: 'concern', text: 'Eenzaamheid zie je niet. Mensen zeggen dat het goed gaat, ook als dat niet zo is.', meeting: 'tubbergen', themes: ['Ontmoeting', 'Ouderen'] },
	{ key: 'i094', kind: 'idea', text: 'Een belrondje: elke ochtend belt iemand uit het dorp even met wie alleen woont.', meeting: 'tubbergen', area: 'Tubbergen', themes: ['Ouderen'] },
	{ key: 'i095', kind: 'wish', text: 'Meer activiteiten in het Twents. Daar voelen de ouderen zich thuis bij.', meeting: 'tubbergen', area: 'Tubbergen', themes: ['Ouderen', 'Ontmoeting'] },
	{ key: 'i096', kind: 'wish', text: 'Korting op de zorgpremie voor mensen die vrijwilligerswerk doen.', meeting: 'tubbergen', themes: ['Zorg en welzijn'] },
	{ key: 'i097', kind: 'idea', text: 'Een duofiets in het dorp, zodat een vrijwilliger met een oudere een rondje kan fietsen.', meeting: 'tubbergen', area: 'Tubbergen', themes: ['Ouderen', 'Vervoer'] },
	{ key: 'i098', kind: 'concern', text: 'De weg naar Losser is donker en heeft geen fietspad. Ouderen durven daar niet meer te fietsen.', meeting: 'tubbergen', area: 'Losser', themes: ['Vervoer'] },
	{ key: 'i099', kind: 'wish', text: 'Dat de zorgverzekeraar ook betaalt voor wat vrijwilligers in het dorp doen.', meeting: 'tubbergen', themes: ['Zorg en welzijn'], follows: true },
	{ key: 'i100', kind: 'question', text: 'Wie beslist er eigenlijk over het regioplan? Zitten daar ook gewone inwoners bij?', meeting: 'tubbergen' },
	{ key: 'i101', kind: 'idea', text: 'Een prikbord bij de supermarkt. Daar hang je een briefje op als je hulp zoekt of hulp wilt geven.', meeting: 'tubbergen', area: 'Tubbergen' },

	// Buurtgesprek Wesselerbrink
	{ key: 'i102', kind: 'wish', text: 'Een park waar jong en oud kan bewegen. Met toestellen voor ouderen en een veldje voor kinderen.', meeting: 'wesselerbrink', area: 'Wesselerbrink', themes: ['Sport', 'Ontmoeting'], follows: true },
	{ key: 'i103', kind: 'concern', text: 'Veel buren spreken geen Nederlands. Dan ken je elkaar niet en help je elkaar ook niet.', meeting: 'wesselerbrink', area: 'Wesselerbrink', themes: ['Ontmoeting'] },
	{ key: 'i104', kind: 'idea', text: 'Fit 60+ kan ook buiten bij de sportclub trainen. Dan zien anderen het en doen ze mee.', meeting: 'wesselerbrink', area: 'Wesselerbrink', themes: ['Sport', 'Ouderen'] },
	{ key: 'i105', kind: 'wish', text: 'Een huis waar een oudere en een student samen wonen. De student helpt, de oudere heeft ruimte over.', meeting: 'wesselerbrink', themes: ['Wonen', 'Jeugd'] },
	{ key: 'i106', kind: 'concern', text: 'Na mijn werk ben ik te moe om mee te doen. De activiteiten zijn altijd overdag.', meeting: 'wesselerbrink', themes: ['Ontmoeting'] },
	{ key: 'i107', kind: 'question', text: 'Kan ik ook een rit krijgen van de vrijwillige chauffeurs als ik in Glanerbrug woon?', meeting: 'wesselerbrink', area: 'Glanerbrug', themes: ['Vervoer'], follows: true },
	{ key: 'i108', kind: 'wish', text: 'Een vaste plek in het winkelcentrum waar je zonder afspraak met je vragen terechtkunt.', meeting: 'wesselerbrink', area: 'Wesselerbrink', themes: ['Zorg en welzijn'] },
	{ key: 'i109', kind: 'concern', text: 'Jongeren in de wijk vervelen zich en raken in de problemen. Ze hebben iemand nodig die naar ze luistert.', meeting: 'wesselerbrink', area: 'Wesselerbrink', themes: ['Jeugd'] },
	{ key: 'i110', kind: 'idea', text: 'Laat jongeren zelf een plan maken voor hun eigen plek, en geef ze een klein budget.', meeting: 'wesselerbrink', themes: ['Jeugd'] },
	{ key: 'i111', kind: 'wish', text: 'Een repair café in Glanerbrug, zodat je spullen niet meteen weggooit.', meeting: 'wesselerbrink', area: 'Glanerbrug', themes: ['Duurzaamheid'] },
	{ key: 'i112', kind: 'concern', text: 'Er wonen steeds meer mensen met psychische klachten in de wijk. Zij krijgen weinig steun.', meeting: 'wesselerbrink', area: 'Wesselerbrink', themes: ['Zorg en welzijn'] },
	{ key: 'i113', kind: 'idea', text: 'Een kookclub voor mannen die alleen zijn komen te staan.', meeting: 'wesselerbrink', area: 'Wesselerbrink', themes: ['Ontmoeting', 'Ouderen'] },
	{ key: 'i114', kind: 'wish', text: 'Samen met anderen groente kweken, dicht bij huis.', meeting: 'wesselerbrink', area: 'Helmerhoek', themes: ['Duurzaamheid'] },
	{ key: 'i115', kind: 'concern', text: 'De galerijflats zijn slecht geïsoleerd. Het tocht overal en de rekening is hoog.', meeting: 'wesselerbrink', area: 'Wesselerbrink', themes: ['Duurzaamheid', 'Wonen'] },
	{ key: 'i116', kind: 'wish', text: 'Hulp voor ouders die het zwaar hebben, zonder dat je meteen een dossier krijgt.', meeting: 'wesselerbrink', themes: ['Jeugd', 'Zorg en welzijn'] },
	{ key: 'i117', kind: 'concern', text: 'Mijn vader wil niet naar een verpleeghuis. Maar alleen thuis gaat het ook niet meer.', meeting: 'wesselerbrink', themes: ['Wonen', 'Ouderen'], follows: true },
	{ key: 'i118', kind: 'idea', text: 'Mensen die zelf schulden hebben gehad, kunnen anderen goed helpen. Zij weten hoe het voelt.', meeting: 'wesselerbrink', themes: ['Zorg en welzijn'] },
	{ key: 'i119', kind: 'wish', text: 'Meer bankjes en een toilet in de parken. Dan kunnen ouderen langer buiten blijven.', meeting: 'wesselerbrink', area: 'Enschede-Zuid', themes: ['Ouderen'] },
	{ key: 'i120', kind: 'concern', text: 'Ik zie slecht. Formulieren op internet kan ik niet lezen, en een papieren formulier is er niet.', meeting: 'wesselerbrink', themes: ['Zorg en welzijn'] },
	{ key: 'i121', kind: 'concern', text: 'Het duurt zo lang voordat er iets gebeurt. We praten hier al jaren over.', meeting: 'wesselerbrink', area: 'Wesselerbrink', follows: true },
	{ key: 'i122', kind: 'idea', text: 'Buren met een auto kunnen een rit aanbieden. Met een briefje bij de buurtwinkel of in de buurtapp.', meeting: 'wesselerbrink', area: 'Stroinkslanden', themes: ['Vervoer'] },
	{ key: 'i123', kind: 'wish', text: 'Als ik oud ben, wil ik dicht bij mijn kinderen en kleinkinderen wonen.', meeting: 'wesselerbrink', area: 'Helmerhoek', themes: ['Wonen'] },
	{ key: 'i124', kind: 'concern', text: 'Het buurthuis in Stroinkslanden gaat dicht. Waar moeten de clubs nu naartoe?', meeting: 'wesselerbrink', area: 'Stroinkslanden', themes: ['Ontmoeting'], follows: true },
	{ key: 'i125', kind: 'idea', text: 'Praat met je buren over wat je voor elkaar kunt doen als het eens misgaat.', meeting: 'wesselerbrink', themes: ['Ouderen'] },
	{ key: 'i126', kind: 'wish', text: 'Sporten moet gratis zijn voor kinderen, ook als hun ouders weinig geld hebben.', meeting: 'wesselerbrink', themes: ['Jeugd', 'Sport'] },
	{ key: 'i127', kind: 'concern', text: 'Boven de winkels staan woningen leeg, terwijl veel mensen geen huis kunnen vinden.', meeting: 'wesselerbrink', area: 'Enschede-Zuid', themes: ['Wonen'] },
	{ key: 'i128', kind: 'idea', text: 'Ik wil wel helpen met een moestuin. Bel mij gerust, vraag naar Gerda: 06 12 34 56 78.', meeting: 'wesselerbrink', themes: ['Duurzaamheid'] },
	{ key: 'i129', kind: 'wish', text: 'Dat de huisarts, de wijkverpleging en het sociaal team met elkaar praten. Nu vertel ik alles drie keer.', meeting: 'wesselerbrink', themes: ['Zorg en welzijn'] },
	{ key: 'i130', kind: 'concern', text: 'Mijn oma zit in een rolstoel en kan niet met de bus. De taxi is te duur voor haar.', meeting: 'wesselerbrink', themes: ['Vervoer'] },
	{ key: 'i131', kind: 'idea', text: 'Een warme plek in de bibliotheek van Glanerbrug, met koffie en een krant, voor wie het thuis koud heeft.', meeting: 'wesselerbrink', area: 'Glanerbrug', themes: ['Ontmoeting'] },
	{ key: 'i132', kind: 'wish', text: 'Planten op de daken van de bushokjes en de flats. Dat is mooi en goed voor de bijen.', meeting: 'wesselerbrink', area: 'Wesselerbrink', themes: ['Duurzaamheid'] },
	{ key: 'i133', kind: 'concern', text: 'Voor hulp bij het opvoeden staat je maanden op een wachtlijst.', meeting: 'wesselerbrink', themes: ['Jeugd', 'Zorg en welzijn'] },
	{ key: 'i134', kind: 'wish', text: 'Het wijkcentrum zou vaker open moeten, ook in het weekend.', meeting: 'wesselerbrink', area: 'Wesselerbrink', themes: ['Ontmoeting'] },

	// Given online
	{ key: 'i135', kind: 'concern', text: 'In Haaksbergen is bijna geen plek voor ouderen die samen willen wonen. Wij zoeken al twee jaar grond.', meeting: null, area: 'Haaksbergen', themes: ['Wonen', 'Ouderen'], follows: true, daysAgo: 170 },
	{ key: 'i136', kind: 'wish', text: 'Ook in Hof van Twente een voorzorgcirkel, zodat mensen op tijd afspraken maken met hun familie en buren.', meeting: null, area: 'Hof van Twente', themes: ['Zorg en welzijn'], follows: true, daysAgo: 140 },
	{ key: 'i137', kind: 'idea', text: 'Een website met alle ontmoetingsplekken in Twente. Met de openingstijden en of je er met een rolstoel in kunt.', meeting: null, themes: ['Ontmoeting'], daysAgo: 120 },
	{ key: 'i138', kind: 'question', text: 'Is dit plan ook voor Hengelo, of alleen voor Almelo en de dorpen eromheen?', meeting: null, area: 'Hengelo', daysAgo: 198 },
	{ key: 'i139', kind: 'concern', text: 'Als mantelzorger heb ik nooit een weekend vrij. Er is niemand die het even van mij overneemt.', meeting: null, area: 'Borne', themes: ['Zorg en welzijn'], follows: true, daysAgo: 160 },
	{ key: 'i140', kind: 'wish', text: 'Een plek in Borne waar mantelzorgers elkaar kunnen ontmoeten en tips kunnen delen.', meeting: null, area: 'Borne', themes: ['Zorg en welzijn', 'Ontmoeting'], daysAgo: 90 },
	{ key: 'i141', kind: 'idea', text: 'Laat jongeren van Jong Almelo Doet boodschappen doen voor ouderen. Zo leren ze elkaar kennen.', meeting: null, area: 'Almelo', themes: ['Jeugd', 'Ouderen'], daysAgo: 75 },
	{ key: 'i142', kind: 'concern', text: 'De dagbesteding van mijn broer is verhuisd. Nu duurt de reis voor hem veel te lang.', meeting: null, area: 'Hellendoorn', themes: ['Vervoer', 'Zorg en welzijn'], daysAgo: 130 },
	{ key: 'i143', kind: 'wish', text: 'Een windmolen van het dorp zelf. De opbrengst gaat dan naar de dorpsvereniging.', meeting: null, area: 'Bornerbroek', themes: ['Duurzaamheid'], daysAgo: 55 },
	{ key: 'i144', kind: 'wish', text: 'Elke week een markt in het dorp, met verse groente en een kraam met vis.', meeting: null, area: 'Aadorp', daysAgo: 100 },
	{ key: 'i145', kind: 'question', text: 'Ik woon in Wierden en hoor nergens wat er gebeurt. Komt er ook een bijeenkomst bij ons?', meeting: null, area: 'Wierden', follows: true, daysAgo: 12 },
	{ key: 'i146', kind: 'idea', text: 'Laat mensen met een beperking nieuwe gebouwen testen, voordat ze opengaan.', meeting: null, themes: ['Zorg en welzijn'], daysAgo: 110 },
	{ key: 'i147', kind: 'concern', text: 'De wachtlijst voor thuiszorg is lang. Mijn moeder wacht al zes weken op hulp bij het douchen.', meeting: null, area: 'Rijssen-Holten', themes: ['Zorg en welzijn', 'Ouderen'], follows: true, daysAgo: 6 },
	{ key: 'i148', kind: 'wish', text: 'Een ontmoetingsplek voor nieuwe inwoners van Oldenzaal, zodat je snel mensen leert kennen.', meeting: null, area: 'Oldenzaal', themes: ['Ontmoeting'], daysAgo: 1 },
	{ key: 'i149', kind: 'idea', text: 'Maak van een leeg schoolgebouw een woonhof voor jong en oud.', meeting: null, area: 'Twenterand', themes: ['Wonen'], daysAgo: 25 },
	{ key: 'i150', kind: 'wish', text: 'Een jongerenraad die echt mag meebeslissen over het regioplan, niet alleen meepraten.', meeting: null, themes: ['Jeugd'], daysAgo: 40 }
];

// ---- Spearheads -------------------------------------------------------------------------------

export const spearheads: SpearheadSeed[] = [
	{
		key: 'ontmoeten',
		title: 'Warme plekken om elkaar te ontmoeten',
		description:
			'Inwoners willen dicht bij huis een plek waar ze zomaar binnen kunnen lopen. Het moet niets kosten, en ook fijn zijn voor wie slecht ter been is of de taal nog leert.',
		inputs: ['i001', 'i002', 'i005', 'i010', 'i013', 'i032', 'i035', 'i036', 'i037', 'i046', 'i048', 'i053', 'i058', 'i069', 'i079', 'i093', 'i095', 'i102', 'i103', 'i104', 'i113', 'i119', 'i124', 'i131', 'i134', 'i137']
	},
	{
		key: 'vervoer',
		title: 'Vervoer voor wie niet zelf kan rijden',
		description:
			'Zonder auto kom je moeilijk bij de dokter, de dagbesteding of de club. De bus rijdt weinig en de taxi is duur. Inwoners willen dat buren en vrijwilligers elkaar helpen.',
		inputs: ['i004', 'i018', 'i019', 'i050', 'i060', 'i077', 'i078', 'i097', 'i098', 'i107', 'i122', 'i130', 'i142']
	},
	{
		key: 'dorpsondersteuner',
		title: 'Eén vast gezicht dat de weg kent',
		description:
			'Inwoners raken de weg kwijt tussen de gemeente, de huisarts en de thuiszorg. Ze willen iemand in het dorp of de wijk die ze kennen en die tijd heeft.',
		inputs: ['i003', 'i008', 'i023', 'i038', 'i039', 'i056', 'i061', 'i068', 'i087', 'i091', 'i099', 'i101', 'i108', 'i116', 'i129']
	},
	{
		key: 'ervaring',
		title: 'Luister naar wie het zelf meemaakt',
		description:
			'Inwoners met eigen ervaring willen meedenken voordat er een plan ligt. Ze vragen om gewone taal en om plekken waar iedereen mee kan doen.',
		inputs: ['i022', 'i029', 'i043', 'i051', 'i052', 'i083', 'i085', 'i100', 'i112', 'i118', 'i120', 'i146']
	},
	{
		key: 'samenwonen',
		title: 'Samen wonen in je eigen dorp of wijk',
		description:
			'Ouderen willen niet weg uit hun dorp of wijk als ze hulp nodig hebben. Er zijn te weinig passende woningen. Wie samen wil wonen, weet vaak niet hoe je begint.',
		inputs: ['i006', 'i017', 'i028', 'i044', 'i045', 'i062', 'i074', 'i075', 'i076', 'i092', 'i105', 'i117', 'i123', 'i135']
	},
	{
		key: 'voorzorg',
		title: 'Op tijd regelen wie er helpt',
		description:
			'Mantelzorgers raken overbelast en hulp komt vaak pas als het misgaat. Inwoners willen op tijd met familie, vrienden en buren afspreken wie wat doet.',
		inputs: ['i002', 'i009', 'i011', 'i021', 'i026', 'i031', 'i036', 'i045', 'i063', 'i070', 'i071', 'i072', 'i081', 'i082', 'i094', 'i117', 'i125', 'i136', 'i139']
	},
	{
		key: 'jongeren',
		title: 'Een plek en een stem voor jongeren',
		description:
			'Jongeren hebben weinig plekken om samen te zijn en te sporten. Ouders en jongeren willen dat jongeren meebeslissen over hun eigen buurt.',
		inputs: ['i013', 'i014', 'i047', 'i054', 'i075', 'i086', 'i109', 'i110', 'i126', 'i141', 'i150']
	},
	{
		key: 'duurzaam',
		title: 'Een warm huis en een groene buurt',
		description:
			'De energierekening is hoog, en veel huizen en dorpshuizen zijn koud. Inwoners willen samen energie besparen en hun buurt groener maken.',
		inputs: ['i015', 'i024', 'i041', 'i055', 'i067', 'i089', 'i115', 'i132', 'i143']
	}
];

// ---- Programme --------------------------------------------------------------------------------

const regioplan = {
	title: 'Regioplan Gezondheid en Zorg Twente 2026–2030',
	url: 'https://example.org/regioplan-twente'
};

export const pillars: PillarSeed[] = [
	{
		key: 'ontmoetingsplekken',
		title: 'Warme ontmoetingsplekken',
		description:
			'Plekken dicht bij huis waar je zomaar binnen kunt lopen, voor koffie, een praatje of samen bewegen. We gebruiken plekken die er al zijn, zoals de kantine van de sportclub en de huiskamer in de wijk.',
		actions: [
			{
				key: 'ontmoetingsparken',
				title: 'Ontmoetingsparken bij sportclubs',
				description:
					'Sportclubs zetten hun terrein en kantine open voor de hele buurt. Er komen toestellen om te bewegen, bankjes en een plek voor koffie. We beginnen bij de voetbalclub in Aadorp en bij een sportpark in **Wesselerbrink**.',
				owners: ['Fit 60+ Wesselerbrink', 'Coöperatie Samen Twente', 'Gemeente Almelo'],
				status: 'in_progress',
				progress: 40,
				startsInDays: -75,
				endsInDays: 280,
				spearheads: ['ontmoeten'],
				inputs: ['i005', 'i102'],
				updates: [
					{ daysAgo: 60, text: 'De voetbalclub in Aadorp doet mee. Het bestuur zegt ja tegen een ontmoetingspark naast het veld.' },
					{ daysAgo: 30, text: 'In Wesselerbrink zijn de eerste beweegtoestellen besteld. Fit 60+ gaat er twee keer per week trainen.' },
					{ daysAgo: 8, text: 'De kantine in Aadorp is nu elke woensdagochtend open voor iedereen. De eerste keer kwamen er veertien mensen koffie drinken.' }
				],
				anchors: [{ ...regioplan, reference: 'Actielijn 2 Versterkte gemeenschapskracht: warme ontmoetingsplekken' }]
			},
			{
				key: 'huiskamer-vaker-open',
				title: 'De Huiskamer Kerkelanden vaker open',
				description:
					'De Huiskamer is nu twee dagen per week open. We willen naar vijf dagen, en één avond per week voor wie overdag werkt. Daarvoor zijn tien nieuwe vrijwilligers nodig. De gemeente betaalt de huur voor de extra dagen.',
				owners: ['Huiskamer Kerkelanden', 'Gemeente Almelo'],
				status: 'planned',
				progress: 10,
				startsInDays: 20,
				endsInDays: 200,
				spearheads: ['ontmoeten'],
				inputs: ['i035', 'i106'],
				updates: [{ daysAgo: 14, text: 'Zes nieuwe vrijwilligers hebben zich gemeld. We zoeken er nog vier, vooral voor de avond.' }],
				anchors: []
			},
			{
				key: 'warme-plek-glanerbrug',
				title: 'Warme plek in de bibliotheek van Glanerbrug',
				description:
					'Eén ochtend per week koffie, een krant en gezelschap in de bibliotheek. Vrijwilligers van het Repair Café zetten de koffie en maken een praatje.',
				owners: ['Repair Café Glanerbrug', 'Coöperatie Samen Twente'],
				status: 'stopped',
				stopReason:
					'De bibliotheek gaat verbouwen en heeft tot eind volgend jaar geen ruimte. We hebben nog geen andere plek gevonden. Zodra er een plek is, beginnen we opnieuw.',
				progress: 20,
				startsInDays: -80,
				spearheads: ['ontmoeten'],
				inputs: ['i131'],
				updates: [
					{ daysAgo: 70, text: 'De eerste koffieochtend was gezellig. Er kwamen acht mensen, de meesten uit de flats vlakbij.' },
					{ daysAgo: 40, text: 'De verbouwing van de bibliotheek begint eerder dan gedacht. We stoppen voorlopig.' }
				],
				anchors: []
			}
		]
	},
	{
		key: 'dorpsondersteuners',
		title: 'Dorpsondersteuners en hulp dichtbij',
		description:
			'In elk dorp en elke wijk een vast gezicht dat de weg kent naar de huisarts, de gemeente en de thuiszorg. Samen met buren en vrijwilligers, zodat niemand vastloopt.',
		actions: [
			{
				key: 'meer-dorpsondersteuners',
				title: 'Dorpsondersteuners in vier nieuwe dorpen en wijken',
				description:
					'Aadorp heeft al een dorpsondersteuner, en dat werkt goed. Nu komen er ook ondersteuners in Bornerbroek, Tubbergen, Kerkelanden en Wesselerbrink. De zorgverzekeraar en de gemeente betalen twee jaar mee.',
				owners: ['Zorgcoöperatie Aadorp', 'Noaberpunt Tubbergen', 'Zorgverzekeraar Noaberpolis', 'Gemeente Almelo'],
				status: 'in_progress',
				progress: 30,
				startsInDays: -50,
				endsInDays: 680,
				spearheads: ['dorpsondersteuner'],
				inputs: ['i068'],
				updates: [
					{ daysAgo: 45, text: 'Het geld is rond: de zorgverzekeraar en de gemeente betalen twee jaar mee. Nu zoeken we de mensen.' },
					{ daysAgo: 12, text: 'In Tubbergen is de nieuwe dorpsondersteuner begonnen. U vindt haar op dinsdag en donderdag in het Noaberpunt.' }
				],
				anchors: [{ ...regioplan, reference: 'Actielijn 2 Versterkte gemeenschapskracht: dorpsondersteuners' }]
			},
			{
				key: 'spreekuur-wijkverpleging',
				title: 'Spreekuur van de wijkverpleging in dorpshuis en huiskamer',
				description:
					'Elke week houdt een wijkverpleegkundige spreekuur in het Dorpshuis Aadorp en in de Huiskamer Kerkelanden. U kunt zonder afspraak binnenlopen. Het is steeds dezelfde verpleegkundige, dus u leert haar kennen.',
				owners: ['Zorgcollectief De Esch', 'Zorgcoöperatie Aadorp', 'Huiskamer Kerkelanden'],
				status: 'planned',
				progress: 5,
				startsInDays: 35,
				endsInDays: 400,
				spearheads: ['dorpsondersteuner'],
				inputs: [],
				updates: [],
				anchors: []
			},
			{
				key: 'vrijwillige-chauffeurs',
				title: 'Vrijwillige chauffeurs in meer dorpen en wijken',
				description:
					'Rijdende Buren uit Hof van Twente heeft drie nieuwe groepen op weg geholpen: in Aadorp, Tubbergen en Enschede-Zuid. De chauffeurs rijden naar de dokter en het ziekenhuis, maar ook naar de huiskamer, de sportclub en de dagbesteding. U belt twee dagen van tevoren.',
				owners: ['Rijdende Buren Hof van Twente', 'Zorgcoöperatie Aadorp', 'Gemeente Almelo'],
				status: 'done',
				progress: 100,
				startsInDays: -120,
				endsInDays: -30,
				spearheads: ['vervoer'],
				inputs: ['i019'],
				updates: [
					{ daysAgo: 110, text: 'Twaalf nieuwe chauffeurs hebben zich gemeld, de meesten uit Aadorp en Almelo.' },
					{ daysAgo: 60, text: 'De chauffeurs rijden nu ook naar de Huiskamer Kerkelanden en naar de dagbesteding.' },
					{ daysAgo: 30, text: 'Klaar: in alle drie de groepen kunt u nu een rit aanvragen, ook vanuit Glanerbrug. In de eerste maand waren er 140 ritten.' }
				],
				anchors: []
			}
		]
	},
	{
		key: 'ervaringsdeskundigheid',
		title: 'Ervaringsdeskundigheid',
		description:
			'Wie iets zelf heeft meegemaakt, weet wat werkt. Inwoners met eigen ervaring denken mee met de gemeente en de zorg, en helpen anderen op weg.',
		actions: [
			{
				key: 'groep-ervaringsdeskundigen',
				title: 'Een vaste groep ervaringsdeskundigen',
				description:
					'Twintig inwoners met eigen ervaring vormen een vaste groep. Bijvoorbeeld met een beperking, met schulden of als mantelzorger. De gemeente en de zorg leggen nieuwe plannen eerst aan hen voor. De leden krijgen een vergoeding voor hun tijd.',
				owners: ['Adviesraad Sociaal Domein Almelo', 'Coöperatie Samen Twente', 'Gemeente Almelo'],
				status: 'planned',
				progress: 10,
				startsInDays: 45,
				endsInDays: 410,
				spearheads: ['ervaring'],
				inputs: [],
				updates: [{ daysAgo: 20, text: 'De Adviesraad heeft een oproep gedaan. Elf inwoners hebben zich al gemeld.' }],
				anchors: []
			},
			{
				key: 'toegankelijkheid-schouw',
				title: 'Inwoners kijken of stoepen en gebouwen toegankelijk zijn',
				description:
					'Inwoners met een rollator, een rolstoel of slechte ogen lopen samen met de gemeente door de wijk. Ze letten op stoepen, drempels en deuren. Wat niet goed is, komt op een lijst. Elk kwartaal laat de gemeente zien wat er is opgelost.',
				owners: ['Adviesraad Sociaal Domein Almelo', 'Gemeente Almelo'],
				status: 'in_progress',
				progress: 60,
				startsInDays: -70,
				endsInDays: 110,
				spearheads: ['ervaring'],
				inputs: ['i051'],
				updates: [
					{ daysAgo: 55, text: 'De eerste ronde door Kerkelanden leverde 23 punten op, vooral hoge stoepranden.' },
					{ daysAgo: 20, text: 'De stoep bij de winkels in Kerkelanden is verlaagd. U komt er nu met een rollator overheen.' }
				],
				anchors: []
			},
			{
				key: 'brieven-gewone-taal',
				title: 'Brieven in gewone taal: inwoners lezen mee',
				description:
					'Inwoners lezen brieven van de gemeente voordat ze de deur uitgaan. Is een brief moeilijk? Dan herschrijft de gemeente hem, met korte zinnen en gewone woorden. Het Taalcafé Hengelo deelt wat het weet over duidelijke taal.',
				owners: ['Taalcafé Hengelo', 'Gemeente Almelo'],
				status: 'idea',
				progress: 0,
				spearheads: ['ervaring'],
				inputs: ['i029'],
				updates: [],
				anchors: []
			}
		]
	},
	{
		key: 'samen-wonen',
		title: 'Samen wonen',
		description:
			'Veel inwoners willen in hun eigen dorp of wijk blijven wonen als ze ouder worden. Samen wonen helpt daarbij: je hebt je eigen huis, en buren die op je letten.',
		actions: [
			{
				key: 'grond-het-erve',
				title: 'Grond voor woongroep Het Erve',
				description:
					'Woongroep Het Erve wil in Haaksbergen een hofje bouwen met twaalf huizen en een gezamenlijke tuin. De coöperatie helpt met het plan, de kosten en de gesprekken met de gemeente Haaksbergen over grond.',
				owners: ['Woongroep Het Erve Haaksbergen', 'Coöperatie Samen Twente'],
				status: 'in_progress',
				progress: 35,
				startsInDays: -100,
				endsInDays: 265,
				spearheads: ['samenwonen'],
				inputs: ['i135'],
				updates: [
					{ daysAgo: 90, text: 'Eerste gesprek met de gemeente Haaksbergen. Er zijn twee stukken grond die misschien geschikt zijn.' },
					{ daysAgo: 25, text: 'De woongroep telt nu negen huishoudens. Er is nog plek voor drie.' }
				],
				anchors: []
			},
			{
				key: 'woning-in-de-tuin',
				title: 'Uitzoeken: een woning in de tuin voor je vader of moeder',
				description:
					'Veel mensen willen hun vader of moeder in een kleine woning in de tuin laten wonen. Maar de regels zijn onduidelijk en verschillen per gemeente. We zetten op een rij wat mag en hoe u het aanvraagt, in gewone taal.',
				owners: ['Coöperatie Samen Twente', 'Mantelzorgcafé Borne'],
				status: 'idea',
				progress: 0,
				spearheads: ['samenwonen'],
				inputs: ['i076'],
				updates: [],
				anchors: []
			},
			{
				key: 'woonavonden',
				title: 'Avonden over samen wonen: hoe begin je?',
				description:
					'Op drie avonden vertellen woongroepen hoe zij begonnen zijn. U hoort wat het kost, hoe u grond of een leeg gebouw vindt en hoe u medebewoners zoekt. De eerste avond is in het Dorpshuis Aadorp.',
				owners: ['Woongroep Het Erve Haaksbergen', 'Energiecoöperatie Bornerbroek'],
				status: 'planned',
				progress: 15,
				startsInDays: 25,
				endsInDays: 120,
				spearheads: ['samenwonen'],
				inputs: ['i149'],
				updates: [{ daysAgo: 10, text: 'De datum van de eerste avond staat vast. U kunt zich straks aanmelden via de agenda.' }],
				anchors: []
			}
		]
	},
	{
		key: 'voorzorgcirkels',
		title: 'Voorzorgcirkels',
		description:
			'Een voorzorgcirkel is een groep mensen rond iemand: familie, vrienden en buren. Samen spreken ze op tijd af wie wat doet als er hulp nodig is. Zo hoeft niemand te wachten tot het misgaat.',
		actions: [
			{
				key: 'voorzorgcirkels-starten',
				title: 'Tien voorzorgcirkels starten',
				description:
					'In Tubbergen, Borne en Kerkelanden starten tien voorzorgcirkels. Een getrainde vrijwilliger helpt bij de eerste gesprekken. Op een avond met de huisarts en de notaris hoort u wat u op tijd kunt regelen.',
				owners: ['Noaberpunt Tubbergen', 'Mantelzorgcafé Borne', 'Coöperatie Samen Twente', 'Zorgcollectief De Esch'],
				status: 'in_progress',
				progress: 50,
				startsInDays: -90,
				endsInDays: 180,
				spearheads: ['voorzorg'],
				inputs: ['i082'],
				updates: [
					{ daysAgo: 70, text: 'Op de eerste avond in Tubbergen waren veertig mensen. Acht gezinnen willen een voorzorgcirkel beginnen.' },
					{ daysAgo: 35, text: 'Vijf vrijwilligers hebben een training gehad om de gesprekken te leiden.' },
					{ daysAgo: 5, text: 'Zes voorzorgcirkels zijn nu gestart. In Borne zoeken we nog gezinnen die mee willen doen.' }
				],
				anchors: [{ ...regioplan, reference: 'Actielijn 2 Versterkte gemeenschapskracht: voorzorgcirkels' }]
			},
			{
				key: 'weekend-vrij',
				title: 'Een weekend vrij voor mantelzorgers',
				description:
					'Mantelzorgers kunnen een weekend weg. Een vaste vrijwilliger of een logeerhuis neemt de zorg over. We zoeken uit wat dit kost en wie het kan betalen.',
				owners: ['Mantelzorgcafé Borne', 'Zorgverzekeraar Noaberpolis'],
				status: 'idea',
				progress: 0,
				spearheads: ['voorzorg'],
				inputs: ['i139'],
				updates: [],
				anchors: []
			}
		]
	}
];

// ---- Closed and hidden inputs -----------------------------------------------------------------

export const closures: ClosureSeed[] = [
	{
		input: 'i012',
		kind: 'not_taken_up',
		reason:
			'Er zijn in Twente te weinig huisartsen om in elk dorp spreekuur te houden. Wel komt er een vast spreekuur van de wijkverpleging in het dorpshuis.'
	},
	{
		input: 'i020',
		kind: 'not_taken_up',
		reason: 'Verkeer hoort niet bij dit plan over zorg en gezondheid. U kunt te hard rijden melden bij de gemeente Almelo.'
	},
	{
		input: 'i025',
		kind: 'not_taken_up',
		reason:
			'Een zwembad bouwen kost veel meer geld dan dit plan heeft. Bewegen dicht bij huis krijgt wel een plek, in de ontmoetingsparken bij sportclubs.'
	},
	{
		input: 'i049',
		kind: 'not_taken_up',
		reason: 'Het ziekenhuis bepaalt zelf wat parkeren kost, dat kunnen wij in dit plan niet veranderen. We hebben uw wens wel doorgegeven aan het ziekenhuis.'
	},
	{
		input: 'i059',
		kind: 'not_taken_up',
		reason: 'Politie en veiligheid horen niet bij dit plan over zorg en welzijn. Met zorgen over veiligheid kunt u terecht bij de wijkagent.'
	},
	{
		input: 'i073',
		kind: 'not_taken_up',
		reason: 'Waar een ambulancepost komt, beslist de ambulancedienst voor heel Twente. Wij hebben uw zorg aan de ambulancedienst doorgegeven.'
	},
	{
		input: 'i088',
		kind: 'not_taken_up',
		reason: 'Glasvezel hoort niet bij dit plan. Daarover gaan de gemeente Dinkelland en de bedrijven die de kabels leggen.'
	},
	{
		input: 'i096',
		kind: 'not_taken_up',
		reason:
			'Een zorgverzekeraar mag sinds 2023 geen korting meer geven aan een groep, dat staat in de wet. Wel betaalt de zorgverzekeraar mee aan dorpsondersteuners, die vrijwilligers steunen.'
	},
	{
		input: 'i144',
		kind: 'not_taken_up',
		reason: 'Een markt valt buiten dit plan, want de kramen zijn van ondernemers. Wilt u zelf een markt beginnen? De gemeente Almelo vertelt u welke vergunning u nodig hebt.'
	},
	{
		input: 'i030',
		kind: 'already_exists',
		reason: 'Dit is er al. Elke donderdagochtend helpt een vrijwilliger van de Zorgcoöperatie Aadorp in het dorpshuis met formulieren.',
		url: 'https://example.org/zorgcooperatie-aadorp/formulierenhulp'
	},
	{
		input: 'i111',
		kind: 'already_exists',
		reason: 'Dit is er al. Het Repair Café Glanerbrug is elke eerste zaterdag van de maand open, u bent welkom met uw kapotte spullen.',
		url: 'https://example.org/repaircafe-glanerbrug'
	},
	{
		input: 'i114',
		kind: 'already_exists',
		reason: 'In de Voedseltuin Helmerhoek kweken buren al samen groente. U kunt gewoon aansluiten, ervaring is niet nodig.',
		url: 'https://example.org/voedseltuin-helmerhoek'
	},
	{
		input: 'i140',
		kind: 'already_exists',
		reason: 'Dit is er al. In het Mantelzorgcafé Borne ontmoeten mantelzorgers elkaar elke maand.',
		url: 'https://example.org/mantelzorgcafe-borne'
	}
];

export const hidden: HiddenSeed[] = [
	{ input: 'i034', reason: 'Deze inbreng noemt een inwoner met naam en huisnummer. Daarom is hij niet openbaar.' },
	{ input: 'i128', reason: 'Dit bericht bevat de naam en het telefoonnummer van een inwoner. Daarom is het niet openbaar.' }
];
