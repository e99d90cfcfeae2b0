// What makes a Dutch sentence harder than it needs to be, found per sentence.
import { lexiconMatches } from './lexicon';
import type { Sentence, Word } from './text';
import { commonWords } from './words';

export type FindingKind = 'long-sentence' | 'passive' | 'passive-hint' | 'officialese' | 'jargon' | 'nominal' | 'dienen-te' | 'long-word' | 'rare-word';

export interface Finding {
	kind: FindingKind;
	/** Character offsets in the text as given: [start, end). */
	start: number;
	end: number;
	/** The words concerned, as written, and where each of them stands. */
	words: string[];
	ranges: Array<[start: number, end: number]>;
	/** Why, in plain Dutch. */
	explanation: string;
	/** A plainer way to say it, where there is one. */
	suggestion?: string;
	/** Numbers behind the explanation, for messages in another language. */
	params?: Record<string, number | string>;
}

export interface FindingOptions {
	/** A sentence is long above this many words. */
	maxSentenceWords: number;
	/** A word is long from this many syllables, or from `longWordLetters` letters. */
	longWordSyllables: number;
	longWordLetters: number;
}

const span = (kind: FindingKind, words: Word[], explanation: string, extra: Partial<Finding> = {}): Finding => ({
	kind,
	start: words[0].start,
	end: words[words.length - 1].end,
	words: words.map((w) => w.text),
	ranges: words.map((w) => [w.start, w.end]),
	explanation,
	...extra
});

export function longSentence(sentence: Sentence, options: FindingOptions): Finding[] {
	const count = sentence.words.length;
	if (count <= options.maxSentenceWords) return [];
	return [
		{
			kind: 'long-sentence',
			start: sentence.start,
			end: sentence.words[count - 1].end,
			words: sentence.words.map((w) => w.text),
			ranges: [[sentence.start, sentence.words[count - 1].end]],
			explanation: `Deze zin heeft ${count} woorden. Zinnen tot ${options.maxSentenceWords} woorden zijn makkelijker te lezen. Maak er twee of drie zinnen van.`,
			params: { words: count, max: options.maxSentenceWords }
		}
	];
}

// ---- Passive voice ------------------------------------------------------------------------------

const wordenForms = new Set(['word', 'wordt', 'worden', 'werd', 'werden', 'geworden']);
const zijnForms = new Set(['ben', 'bent', 'is', 'zijn', 'was', 'waren', 'geweest']);
/** Past participles without ge- that passive sentences use often. */
const participles = new Set(
	'besloten verzonden ontvangen besproken vergeten verboden begonnen bevonden ontworpen ondertekend uitgenodigd vastgesteld toegekend afgewezen goedgekeurd aangevraagd opgenomen aangepast toegestaan ingediend uitgevoerd opgesteld afgesloten aangelegd vervangen onderzocht toegezegd'.split(' ')
);
/** Words that look like a participle but are not one. */
const notParticiples = new Set(
	'gemeente gemeenten geld gebied gebieden gesprek gesprekken gezond genoeg gezin gezinnen geleden gebouw gebouwen gedicht gerecht gericht gelijk geluk gelukkig gewoon gemiddeld gesloten gebruik geheel geheim gevolg gevolgen gevaar geduld gezicht gezellig genot gemak geval gevallen gedrag gewicht gebed getal getallen gedeelte gedeelten geschikt gelegen gereed bekend beroemd bereid besteed beleid bedrag bedragen bezoek bericht berichten verband verhaal verhalen verschil verschillen verkeer verleden verstand verslag vertrouwen voet ontbijt'.split(' ')
);

/**
 * Whether a word is a past participle. `afterWorden` also takes the forms without ge- (verstuurd),
 * which after a form of zijn are as often a verb in the present (het verschuift).
 */
function isParticiple(w: string, afterWorden: boolean): boolean {
	if (notParticiples.has(w)) return false;
	if (participles.has(w)) return true;
	// ge- (also after a separable part: vastgesteld, uitgevoerd) and ending in -d, -t or -en; or
	// an unstressed prefix and -d or -t (verstuurd, besteed).
	if (w.length < 6 || w.endsWith('heid')) return false;
	return /^(?:\p{L}{0,6})ge\p{L}{2,}(?:d|t|en)$/u.test(w) || (afterWorden && /^(?:be|ver|ont|her)\p{L}{3,}[dt]$/u.test(w));
}

/** A form of `worden` (or, weaker, `zijn`) with a past participle later in the same sentence. */
export function passive(sentence: Sentence): Finding[] {
	const found: Finding[] = [];
	const words = sentence.words;
	for (let i = 0; i < words.length; i++) {
		const verb = words[i].lower;
		const strong = wordenForms.has(verb);
		if (!strong && !zijnForms.has(verb)) continue;
		const participle = words.slice(i + 1, i + 12).find((w) => isParticiple(w.lower, strong) && !wordenForms.has(w.lower));
		if (!participle) continue;
		const pair = [words[i], participle];
		found.push(
			strong
				? span('passive', pair, 'Lijdende vorm: er staat niet wie iets doet. Schrijf wie het doet, bijvoorbeeld "wij sturen u" in plaats van "u wordt gestuurd".')
				: span('passive-hint', pair, 'Misschien een lijdende vorm. Staat er wie iets doet? Zo niet, schrijf het dan actief.')
		);
		i = words.indexOf(participle);
	}
	return found;
}

// ---- Officialese and jargon ---------------------------------------------------------------------

export function listed(sentence: Sentence): Finding[] {
	return lexiconMatches(sentence.words).map(({ entry, from, to }) => {
		const alternatives = entry.alternatives.length ? entry.alternatives.map((a) => `"${a}"`).join(' of ') : null;
		const explanation = entry.kind === 'jargon' ? `Vakjargon. ${entry.note}` : `Ambtelijke taal. ${entry.note}`;
		return span(entry.kind, sentence.words.slice(from, to), explanation, alternatives ? { suggestion: `Schrijf liever ${alternatives}.` } : {});
	});
}

// ---- Nominal style ------------------------------------------------------------------------------

/** Weak verbs that carry a noun instead of a verb: "de besluitvorming vindt plaats". */
const weakVerbs = [
	'vindt plaats',
	'vinden plaats',
	'vond plaats',
	'vonden plaats',
	'plaatsvinden',
	'plaatsvindt',
	'plaatsgevonden',
	'komt tot stand',
	'komen tot stand',
	'tot stand komen',
	'tot stand gekomen',
	'wordt gerealiseerd',
	'worden gerealiseerd',
	'wordt uitgevoerd',
	'worden uitgevoerd',
	'wordt gegeven aan',
	'geven uitvoering aan',
	'geeft uitvoering aan',
	'uitvoering geven aan',
	'gaat over tot',
	'gaan over tot',
	'overgaan tot',
	'wordt verricht',
	'worden verricht',
	'in behandeling genomen',
	'heeft plaats',
	'hebben plaats'
].map((phrase) => phrase.split(' '));
const weakVerbStarts = new Set(weakVerbs.map((phrase) => phrase[0]));

const nominalEnding = /\p{L}{3,}(?:ing|ingen|atie|aties|tie|ties|heid|heden|sie|sies)$/u;
const notNominal = new Set('woning woningen koning ring kring leerling leerlingen vereniging verenigingen regering richting opening tekening politie informatie familie vakantie organisatie organisaties situatie tijd'.split(' '));

export function nominal(sentence: Sentence): Finding[] {
	const words = sentence.words;
	const found: Finding[] = [];
	for (let i = 0; i < words.length; i++) {
		if (!weakVerbStarts.has(words[i].lower)) continue;
		const weak = weakVerbs.find((phrase) => phrase.every((p, k) => words[i + k]?.lower === p));
		if (!weak) continue;
		const noun = words.find((w, k) => (k < i || k >= i + weak.length) && nominalEnding.test(w.lower) && !notNominal.has(w.lower));
		if (!noun) continue;
		const verbWords = words.slice(i, i + weak.length);
		const ordered = noun.start < verbWords[0].start ? [noun, ...verbWords] : [...verbWords, noun];
		found.push(span('nominal', ordered, `Naamwoordstijl: "${noun.text}" met "${verbWords.map((w) => w.text).join(' ')}". Gebruik het werkwoord zelf, bijvoorbeeld "wij besluiten" in plaats van "de besluitvorming vindt plaats".`));
		i += weak.length - 1;
	}
	return found;
}

// ---- dienen te ----------------------------------------------------------------------------------

const dienenForms = new Set(['dien', 'dient', 'dienen', 'diende', 'dienden']);

export function dienenTe(sentence: Sentence): Finding[] {
	const words = sentence.words;
	const found: Finding[] = [];
	for (let i = 0; i < words.length; i++) {
		if (!dienenForms.has(words[i].lower)) continue;
		const te = words.slice(i + 1, i + 14).find((w) => w.lower === 'te');
		if (!te) continue;
		found.push(span('dienen-te', [words[i], te], '"Dienen te" is stijf. Schrijf "moeten".', { suggestion: 'Schrijf "moet" of "moeten": "u moet betalen" in plaats van "u dient te betalen".' }));
	}
	return found;
}

// ---- Long and rare words ------------------------------------------------------------------------

/** Linking letters between the parts of a Dutch compound: bewoner-s-avond, buurt-en-huis. */
const links = ['', 's', 'e', 'en'];

/** Endings that make a new word of an ordinary one: verbetering from verbeteren, groten from groot. */
const derivations: [RegExp, string][] = [
	[/s$/, ''],
	[/en$/, ''],
	[/e$/, ''],
	[/t?jes?$/, ''],
	[/ingen$/, 'en'],
	[/ing$/, 'en'],
	[/heid$/, ''],
	[/heden$/, ''],
	[/lijke?$/, ''],
	[/ers?$/, 'en'],
	// An open syllable writes a long vowel once: groten from groot, straten from straat.
	[/([aeou])([bdfgklmnprstvz])en?$/, '$1$1$2']
];

/** Prefixes that make a verb of a verb: bespreken from spreken, omschrijven from schrijven. */
const prefixes = ['be', 'ge', 'ver', 'ont', 'her', 'om', 'in', 'uit', 'aan', 'op', 'af', 'mee', 'door', 'over', 'onder', 'voor', 'toe', 'terug', 'samen'];

const compoundMemo = new Map<string, boolean>();

/** Whether a word is made of common words (a compound like buurtbudget, or a plural of one). */
function isOrdinary(word: string): boolean {
	if (commonWords.has(word)) return true;
	const known = compoundMemo.get(word);
	if (known !== undefined) return known;
	const parts = (rest: string, depth: number): boolean => {
		if (commonWords.has(rest)) return true;
		if (depth > 3) return false;
		for (let cut = 3; cut <= rest.length - 3; cut++) {
			if (!commonWords.has(rest.slice(0, cut))) continue;
			const tail = rest.slice(cut);
			for (const link of links) {
				if (tail.startsWith(link) && tail.length - link.length >= 3 && parts(tail.slice(link.length), depth + 1)) return true;
			}
		}
		return false;
	};
	const stems = [word, ...prefixes.filter((p) => word.startsWith(p) && word.length - p.length >= 4).map((p) => word.slice(p.length))];
	const ordinary = stems.some((stem) => parts(stem, 0) || derivations.some(([ending, base]) => ending.test(stem) && parts(stem.replace(ending, base), 0)));
	if (compoundMemo.size > 50_000) compoundMemo.clear();
	compoundMemo.set(word, ordinary);
	return ordinary;
}

/** Whether a word is long: by its syllables, or by its letters (hyphens and apostrophes not counted). */
export function isLongWord(word: Word, options: FindingOptions): boolean {
	return word.syllables >= options.longWordSyllables || [...word.lower.replace(/[-'’]/g, '')].length >= options.longWordLetters;
}

/** Long words, and words of three syllables or more that are not made of common words. `listed` are the starts of words already reported as officialese or jargon. */
export function hardWords(sentence: Sentence, options: FindingOptions, listed: ReadonlySet<number>): Finding[] {
	const found: Finding[] = [];
	sentence.words.forEach((word, i) => {
		if (!word.spelled || listed.has(word.start)) return;
		const capital = /^\p{Lu}/u.test(word.text);
		// A capital inside a sentence is a name (Almelo, Noaberpolis), not a hard word.
		if (i > 0 && capital) return;
		if (isLongWord(word, options)) {
			found.push(span('long-word', [word], `Lang woord (${word.syllables} lettergrepen). Kan het korter, of in twee woorden?`, { params: { syllables: word.syllables } }));
			return;
		}
		// At the start of a sentence a name cannot be told from a word, so only long words are reported there.
		if (word.syllables >= 3 && !capital && !isOrdinary(word.lower)) found.push(span('rare-word', [word], 'Dit woord kennen veel lezers niet. Kies een gewoner woord of leg uit wat het betekent.'));
	});
	return found;
}
