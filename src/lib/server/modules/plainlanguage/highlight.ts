// The checked text cut into pieces for showing it with its findings marked, footnote numbers
// after them; a page renders the pieces as they are, so it needs no logic of its own.
import type { Finding } from './findings';

export interface Piece {
	text: string;
	/** Number (1-based, as in the list of findings) of the finding marked on this piece. */
	mark: number | null;
	/** Number of the long sentence this piece is in. */
	sentence: number | null;
	/** Footnote numbers to show right after this piece. */
	notes: number[];
}

/** What the findings claim of the text, letter by letter: a long 10,000-word text has thousands of findings. */
interface Claims {
	/** Per letter, the number of the finding marked on it; 0 for none. */
	mark: Uint32Array;
	/** Per letter, the number of the long sentence it is in; 0 for none. */
	sentence: Uint32Array;
	/** Where a claim starts or ends: the text is cut there. */
	cuts: number[];
	/** Per finding, the end of the last of its letters that were marked: its footnote goes there. */
	lastEnd: Map<number, number>;
}

/** Word findings claim their words; where two want the same letters, the first one keeps them. */
function claims(length: number, findings: readonly Finding[]): Claims {
	const mark = new Uint32Array(length);
	const sentence = new Uint32Array(length);
	const cuts = [0, length];
	const lastEnd = new Map<number, number>();
	const claim = (letters: Uint32Array, number: number, start: number, end: number) => {
		letters.fill(number, start, end);
		cuts.push(start, end);
		lastEnd.set(number, Math.max(lastEnd.get(number) ?? 0, end));
	};
	findings.forEach((finding, i) => {
		const number = i + 1;
		if (finding.kind === 'long-sentence') return claim(sentence, number, finding.start, finding.end);
		for (const [start, end] of finding.ranges) {
			if (!mark.subarray(start, end).some(Boolean)) claim(mark, number, start, end);
		}
	});
	return { mark, sentence, cuts: [...new Set(cuts)].sort((a, b) => a - b), lastEnd };
}

export function piecesOf(text: string, findings: readonly Finding[]): Piece[] {
	const { mark, sentence, cuts, lastEnd } = claims(text.length, findings);
	const notesAt = new Map<number, number[]>();
	for (const [number, end] of lastEnd) notesAt.set(end, [...(notesAt.get(end) ?? []), number]);
	const pieces: Piece[] = [];
	for (let i = 0; i < cuts.length - 1; i++) {
		const [start, end] = [cuts[i], cuts[i + 1]];
		if (start === end) continue;
		// Every claim starts and ends at a cut, so one letter says what holds for the whole piece.
		pieces.push({ text: text.slice(start, end), mark: mark[start] || null, sentence: sentence[start] || null, notes: (notesAt.get(end) ?? []).sort((a, b) => a - b) });
	}
	return pieces;
}
