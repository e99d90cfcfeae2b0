// Dutch syllables, counted from the spelling: one syllable per vowel sound. Dutch writes most
// long vowels and diphthongs with two or three letters (aa, ie, ui, eeu, ooi), so a run of vowel
// letters is cut into the longest of those first, and whatever vowels are left each count once.

/** Vowel letters written together for one sound, longest first so that `ooi` wins over `oo`. */
const nuclei = ['aai', 'ooi', 'oei', 'eeu', 'ieu', 'eau', 'aa', 'ee', 'oo', 'uu', 'ie', 'ei', 'ij', 'ui', 'au', 'ou', 'eu', 'oe', 'ai', 'oi', 'ey'];

/**
 * Loanwords that Dutch texts use often and that the spelling rule gets wrong (a silent final e,
 * an English `ea`), with the syllables a Dutch reader says. The longer ones, and `team`, count
 * inside compounds too (teamleider, bewonerswebsite); shorter ones would match Dutch words.
 */
const loanwords = new Map<string, number>([
	['website', 2],
	['online', 2],
	['offline', 2],
	['update', 2],
	['team', 1],
	['teams', 1],
	['museum', 3],
	['musea', 3],
	['care', 1],
	['live', 1],
	['site', 1],
	['sites', 1],
	['game', 1],
	['games', 1],
	['deadline', 2],
	['timeline', 2],
	['lifestyle', 2],
	['coach', 1],
	['coaches', 2],
	['mail', 1],
	['mails', 1],
	['leader', 2],
	['meeting', 2],
	['meetings', 2],
	['stakeholder', 3],
	['stakeholders', 3],
	['case', 1],
	['cases', 2],
	['cake', 1],
	['smartphone', 2],
	['software', 2],
	['beamer', 2],
	['download', 2],
	['facebook', 2],
	['youtube', 2]
]);

const vowels = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
/** A diaeresis starts a new syllable: ideeën, geïnteresseerd, coördinator. */
const diaeresis: Record<string, string> = { ä: 'a', ë: 'e', ï: 'i', ö: 'o', ü: 'u' };
const accents: Record<string, string> = { á: 'a', à: 'a', â: 'a', é: 'e', è: 'e', ê: 'e', í: 'i', ì: 'i', î: 'i', ó: 'o', ò: 'o', ô: 'o', ú: 'u', ù: 'u', û: 'u', ÿ: 'y' };

/** Lower case without accents, with `|` where a diaeresis breaks a vowel run. */
function spelled(word: string): string {
	let out = '';
	for (const ch of word.toLowerCase()) {
		if (ch in diaeresis) out += `|${diaeresis[ch]}`;
		else out += accents[ch] ?? ch;
	}
	return out;
}

function isVowel(letters: string, at: number): boolean {
	const ch = letters[at];
	// A y before a vowel is said as a consonant: yoga, loyaal.
	if (ch === 'y') return !vowels.has(letters[at + 1] ?? '');
	if (vowels.has(ch)) return !(ch === 'u' && letters[at - 1] === 'q');
	// The j of ij belongs to the vowel: bij, eigenlijk.
	return ch === 'j' && letters[at - 1] === 'i';
}

/** Sounds in one run of vowel letters: the longest known spellings first, the rest one each. */
function soundsIn(run: string): number {
	let sounds = 0;
	for (let at = 0; at < run.length; sounds++) {
		const known = nuclei.find((n) => run.startsWith(n, at));
		at += known ? known.length : 1;
	}
	return sounds;
}

function countSpelled(letters: string): number {
	let count = 0;
	let run = '';
	for (let at = 0; at <= letters.length; at++) {
		if (at < letters.length && isVowel(letters, at)) {
			run += letters[at];
			continue;
		}
		if (run) count += soundsIn(run);
		run = '';
	}
	return count;
}

/** Loanwords long enough to be recognised inside a compound without matching Dutch words. */
const compoundLoanwords = [...loanwords].filter(([loan]) => loan.length >= 5 || loan === 'team');

/** A loanword at the start or the end of a compound (teamleider, bewonerswebsite), or null. */
function withLoanword(letters: string): number | null {
	const whole = loanwords.get(letters);
	if (whole !== undefined) return whole;
	for (const [loan, syllables] of compoundLoanwords) {
		if (letters.length <= loan.length) continue;
		if (letters.startsWith(loan)) return syllables + countSpelled(letters.slice(loan.length));
		if (letters.endsWith(loan)) return countSpelled(letters.slice(0, -loan.length)) + syllables;
	}
	return null;
}

/**
 * Counted words, because a text repeats its words: a long document has a few thousand different
 * ones. Emptied when full, and only for words of a real length, so that a server checking texts
 * for months, or texts made of endless nonsense words, keeps no more than a few megabytes.
 */
const counted = new Map<string, number>();
const countedLimit = 50_000;
const countedLength = 40;

/** Syllables of one Dutch word; at least 1 for a word with letters, 0 for one without. */
export function syllables(word: string): number {
	if (word.length > countedLength) return countSyllables(word);
	const known = counted.get(word);
	if (known !== undefined) return known;
	if (counted.size >= countedLimit) counted.clear();
	const count = countSyllables(word);
	counted.set(word, count);
	return count;
}

function countSyllables(word: string): number {
	const letters = spelled(word).replace(/[^a-z|]/g, (ch) => (ch === '-' ? '|' : ''));
	if (!/[a-z]/.test(letters)) return 0;
	const parts = letters.split('|').filter(Boolean);
	const count = parts.reduce((sum, part) => sum + (withLoanword(part) ?? countSpelled(part)), 0);
	return Math.max(1, count);
}
