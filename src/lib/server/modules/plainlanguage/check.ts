// The plain-language check of one Dutch text: scores and findings, pure and deterministic.
import { dienenTe, hardWords, isLongWord, listed, longSentence, nominal, passive, type Finding, type FindingOptions } from './findings';
import { sentencesOf, type Sentence } from './text';

export type Band = 'very-easy' | 'easy' | 'fairly-easy' | 'standard' | 'fairly-difficult' | 'difficult' | 'very-difficult';

export interface Scores {
	sentences: number;
	words: number;
	syllables: number;
	/** Flesch reading ease as Douma adapted it to Dutch: 206.835 − 0.93 × words per sentence − 77 × syllables per word. */
	fleschDouma: number;
	band: Band;
	/** Brouwer's reading index: 195 − 2 × words per sentence − 66.7 × syllables per word. */
	brouwer: number;
	averageSentenceLength: number;
	syllablesPerWord: number;
	/** Share (0..1) of the words that are long (see `FindingOptions`). */
	longWordShare: number;
}

export interface CheckResult {
	scores: Scores;
	findings: Finding[];
	/** Whether the text reads as Dutch: the checker knows no other language. */
	looksDutch: boolean;
}

export const defaultOptions: FindingOptions = { maxSentenceWords: 20, longWordSyllables: 5, longWordLetters: 16 };

/** Douma's bands of the Flesch score, from 90 (very easy) down to below 30 (very difficult). */
export function bandOf(score: number): Band {
	if (score >= 90) return 'very-easy';
	if (score >= 80) return 'easy';
	if (score >= 70) return 'fairly-easy';
	if (score >= 60) return 'standard';
	if (score >= 45) return 'fairly-difficult';
	if (score >= 30) return 'difficult';
	return 'very-difficult';
}

const round = (n: number, places = 1) => Math.round(n * 10 ** places) / 10 ** places;

function scoresOf(sentences: Sentence[], options: FindingOptions): Scores {
	const words = sentences.flatMap((s) => s.words);
	const spelled = words.filter((w) => w.spelled);
	const syllables = spelled.reduce((sum, w) => sum + w.syllables, 0);
	const perSentence = sentences.length ? words.length / sentences.length : 0;
	const perWord = spelled.length ? syllables / spelled.length : 0;
	const long = spelled.filter((w) => isLongWord(w, options)).length;
	const flesch = words.length ? 206.835 - 0.93 * perSentence - 77 * perWord : 0;
	return {
		sentences: sentences.length,
		words: words.length,
		syllables,
		fleschDouma: round(flesch),
		band: bandOf(flesch),
		brouwer: round(words.length ? 195 - 2 * perSentence - 66.7 * perWord : 0),
		averageSentenceLength: round(perSentence),
		syllablesPerWord: round(perWord, 2),
		longWordShare: round(spelled.length ? long / spelled.length : 0, 3)
	};
}

/** Words that make up a good part of any Dutch text and hardly appear in other languages' texts. */
const dutchMarkers = new Set('de het een en van is dat die niet zijn op te met voor er als ook aan om bij maar naar dan wordt worden nog door over uit tot wij we je u ze hij zij ik wat wel geen kan kunnen moet meer deze dit onze uw hun'.split(' '));

/** Fewer than one in eight words from that list, over a dozen words or more, is not Dutch. */
function readsAsDutch(sentences: Sentence[]): boolean {
	const words = sentences.flatMap((s) => s.words).filter((w) => w.spelled);
	if (words.length < 12) return true;
	const markers = words.filter((w) => dutchMarkers.has(w.lower)).length;
	return markers / words.length >= 1 / 8;
}

/** Scores and findings of a Dutch text (plain or Markdown), findings in the order they appear. */
export function checkText(text: string, options: Partial<FindingOptions> = {}): CheckResult {
	const settings = { ...defaultOptions, ...options };
	const sentences = sentencesOf(text);
	const findings = sentences.flatMap((s) => {
		const onTheList = listed(s);
		const covered = new Set(onTheList.flatMap((f) => f.ranges.map(([start]) => start)));
		return [...longSentence(s, settings), ...passive(s), ...onTheList, ...nominal(s), ...dienenTe(s), ...hardWords(s, settings, covered)];
	});
	findings.sort((a, b) => a.start - b.start || b.end - a.end);
	return { scores: scoresOf(sentences, settings), findings, looksDutch: readsAsDutch(sentences) };
}
