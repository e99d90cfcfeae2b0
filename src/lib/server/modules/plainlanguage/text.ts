// From a text (plain or Markdown) to sentences and words, with the character offsets of the
// original text, so that every finding points at the letters the writer typed.
import { syllables } from './syllables';

export interface Word {
	text: string;
	/** The text in lower case, which every finding compares. */
	lower: string;
	start: number;
	end: number;
	/** 0 for numbers and abbreviations: they are not spelled out as they are said. */
	syllables: number;
	/** Letters only (no digits, no abbreviation): counted for syllables and word length. */
	spelled: boolean;
}

export interface Sentence {
	start: number;
	end: number;
	words: Word[];
}

/**
 * Abbreviations that do not end a sentence, written without their last full stop. Those with
 * inner full stops (o.a, d.w.z) are also recognised by their shape.
 */
const abbreviations = new Set(
	'bijv bv blz ca dhr mevr mr dr drs ir ing prof nr nrs jl jr sr evt incl excl resp zgn vnl ong max min tel str ha art lid hfdst fig vgl vs mln mld st wo di do vr za zo jan feb mrt apr jun jul aug sep sept okt nov dec'.split(' ')
);
/** Abbreviations that close a list and may therefore also end the sentence they are in. */
const closingAbbreviations = new Set(['enz', 'etc']);

/**
 * The text with Markdown markup replaced by spaces, so offsets stay those of the original: code,
 * link targets, images, HTML tags, heading and list markers, emphasis marks. Line ends stay.
 */
export function maskMarkdown(source: string): string {
	const blank = (match: string) => match.replace(/[^\n]/g, ' ');
	return source
		.replace(/```[\s\S]*?(?:```|$)/g, blank)
		.replace(/`[^`\n]*`/g, blank)
		.replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, blank)
		.replace(/\]\([^)\n]*\)/g, blank)
		.replace(/<[^>\n]+>/g, blank)
		.replace(/^[ \t]{0,3}(?:#{1,6}|>+|[-*+]|\d{1,3}[.)])[ \t]+/gm, blank)
		.replace(/[[\]*_~]/g, ' ');
}

/** A heading, a list item or a blank line: a line that is a block of its own. */
const isBlock = (line: string) => /^[ \t]{0,3}(?:#{1,6}|[-*+]|\d{1,3}[.)])[ \t]+/.test(line) || line.trim() === '';

/** Offsets where a sentence ends whatever the punctuation: a blank line, a heading, a list item, a line of its own. */
function blockEnds(source: string): Set<number> {
	const ends = new Set<number>();
	const lines = source.split('\n');
	const blocks = lines.map(isBlock);
	let offset = 0;
	for (let i = 0; i < lines.length; i++) {
		if (blocks[i] || (blocks[i + 1] ?? true)) ends.add(offset + lines[i].length);
		offset += lines[i].length + 1;
	}
	return ends;
}

const tokenPattern = /(?:\p{L}{1,4}\.){2,}|\p{L}+(?:[-'’]\p{L}+)*|\d+(?:[.,:]\d+)*|[.!?…]+|[:;]/gu;

/** Sentences of a text with their words. Markdown is read as its visible text. */
export function sentencesOf(source: string): Sentence[] {
	const text = maskMarkdown(source);
	const ends = [...blockEnds(source)].sort((a, b) => a - b);
	const sentences: Sentence[] = [];
	let words: Word[] = [];
	let endIndex = 0;
	/** A sentence ends at its full stop (or ! ? …), or without one at its last word. */
	const close = (end?: number) => {
		if (words.length) sentences.push({ start: words[0].start, end: end ?? words[words.length - 1].end, words });
		words = [];
	};
	const tokens = [...text.matchAll(tokenPattern)];
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		const start = token.index;
		while (endIndex < ends.length && ends[endIndex] <= start) {
			endIndex++;
			close();
		}
		const value = token[0];
		if (/^[.!?…]/.test(value)) {
			if (endsSentence(text, words, tokens[i + 1], start)) close(start + value.length);
			continue;
		}
		if (value === ':' || value === ';') continue;
		words.push(wordOf(value, start, text));
	}
	close();
	return sentences;
}

function wordOf(value: string, start: number, text: string): Word {
	const dotted = value.endsWith('.');
	const lower = value.toLowerCase();
	// A single-dot abbreviation (bijv.) arrives as a word followed by a full stop.
	const abbreviated = dotted || (abbreviations.has(lower) && text[start + value.length] === '.');
	const spelled = !abbreviated && /^\p{L}/u.test(value);
	return { text: value, lower, start, end: start + value.length, syllables: spelled ? syllables(value) : 0, spelled };
}

/** Whether the full stop (or ! ? …) at `at` ends the sentence so far. */
function endsSentence(text: string, words: Word[], next: RegExpMatchArray | undefined, at: number): boolean {
	if (text[at] !== '.') return true;
	const last = words.at(-1);
	if (!last || last.end !== at) return true;
	const bare = last.lower;
	const nextStartsAnew = !next || /^[\p{Lu}\d]/u.test(next[0]) || /\n\s*\n/.test(text.slice(at, next.index));
	if (closingAbbreviations.has(bare)) return nextStartsAnew;
	if (abbreviations.has(bare)) return false;
	// An initial (J. de Vries) or a dotted abbreviation whose last full stop this is.
	if (/^\p{Lu}$/u.test(last.text)) return false;
	return true;
}
