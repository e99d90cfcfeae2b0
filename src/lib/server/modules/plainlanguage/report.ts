// What a page shows of one check: the scores, the numbered findings and the text in pieces.
import type { CheckResult, Scores } from './check';
import type { FindingKind } from './findings';
import { piecesOf, type Piece } from './highlight';

export interface ReportFinding {
	number: number;
	kind: FindingKind;
	words: string[];
	explanation: string;
	suggestion: string | null;
	params: Record<string, number | string>;
}

export interface Report {
	scores: Scores;
	findings: ReportFinding[];
	pieces: Piece[];
}

/** Long sentences show their first words only: the whole sentence is marked in the text. */
const shown = (kind: FindingKind, words: string[]) => (kind === 'long-sentence' && words.length > 8 ? [...words.slice(0, 8), '…'] : words);

export function reportOf(text: string, result: CheckResult): Report {
	return {
		scores: result.scores,
		findings: result.findings.map((f, i) => ({ number: i + 1, kind: f.kind, words: shown(f.kind, f.words), explanation: f.explanation, suggestion: f.suggestion ?? null, params: f.params ?? {} })),
		pieces: piecesOf(text, result.findings)
	};
}
