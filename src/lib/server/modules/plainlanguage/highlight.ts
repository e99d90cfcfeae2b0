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

interface Claim {
	start: number;
	end: number;
	number: number;
}

/** Word findings claim their words; where two want the same letters, the first one keeps them. */
function claims(findings: readonly Finding[]): { marks: Claim[]; sentences: Claim[] } {
	const marks: Claim[] = [];
	const sentences: Claim[] = [];
	findings.forEach((finding, i) => {
		const number = i + 1;
		if (finding.kind === 'long-sentence') {
			sentences.push({ start: finding.start, end: finding.end, number });
			return;
		}
		for (const [start, end] of finding.ranges) {
			if (marks.some((m) => start < m.end && m.start < end)) continue;
			marks.push({ start, end, number });
		}
	});
	return { marks, sentences };
}

export function piecesOf(text: string, findings: readonly Finding[]): Piece[] {
	const { marks, sentences } = claims(findings);
	const cuts = [...new Set([0, text.length, ...[...marks, ...sentences].flatMap((c) => [c.start, c.end])])].sort((a, b) => a - b);
	// Each finding's footnote goes after the last of its letters that were marked.
	const lastEnd = new Map<number, number>();
	for (const c of [...marks, ...sentences]) lastEnd.set(c.number, Math.max(lastEnd.get(c.number) ?? 0, c.end));
	const pieces: Piece[] = [];
	for (let i = 0; i < cuts.length - 1; i++) {
		const [start, end] = [cuts[i], cuts[i + 1]];
		if (start === end) continue;
		const mark = marks.find((m) => m.start <= start && end <= m.end)?.number ?? null;
		const sentence = sentences.find((s) => s.start <= start && end <= s.end)?.number ?? null;
		const notes = [...lastEnd].filter(([, at]) => at === end).map(([number]) => number).sort((a, b) => a - b);
		pieces.push({ text: text.slice(start, end), mark, sentence, notes });
	}
	return pieces;
}
