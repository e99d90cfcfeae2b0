// The officialese and jargon list (open data, CC0, in opendata/taalhulp) as a matcher over words.
import list from '../../../../../opendata/taalhulp/woordenlijst.json';
import type { Word } from './text';

export type LexiconKind = 'officialese' | 'jargon';

export interface LexiconEntry {
	term: string;
	kind: LexiconKind;
	forms?: string[];
	alternatives: string[];
	note: string;
}

export interface LexiconMatch {
	entry: LexiconEntry;
	/** Index of the first and one past the last word matched. */
	from: number;
	to: number;
}

export const lexicon: readonly LexiconEntry[] = list.entries as LexiconEntry[];

const split = (phrase: string) => phrase.toLowerCase().split(/\s+/).filter(Boolean);

/** Per first word, the phrases that start with it, longest first so that the fullest match wins. */
function indexOf(entries: readonly LexiconEntry[]): Map<string, { words: string[]; entry: LexiconEntry }[]> {
	const index = new Map<string, { words: string[]; entry: LexiconEntry }[]>();
	for (const entry of entries) {
		for (const phrase of [entry.term, ...(entry.forms ?? [])]) {
			const words = split(phrase);
			const list = index.get(words[0]) ?? [];
			list.push({ words, entry });
			index.set(words[0], list);
		}
	}
	for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
	return index;
}

const index = indexOf(lexicon);

/** Every place in the words where a term of the list (or one of its forms) stands, without overlaps. */
export function lexiconMatches(words: readonly Word[]): LexiconMatch[] {
	const matches: LexiconMatch[] = [];
	for (let i = 0; i < words.length; i++) {
		const candidates = index.get(words[i].lower);
		const found = candidates?.find((c) => c.words.every((w, k) => words[i + k]?.lower === w));
		if (!found) continue;
		matches.push({ entry: found.entry, from: i, to: i + found.words.length });
		i += found.words.length - 1;
	}
	return matches;
}
