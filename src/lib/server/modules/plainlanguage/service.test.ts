import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomainError } from '../identity';
import { piecesOf } from './highlight';
import { reportOf } from './report';
import { checkPlainLanguage, maxTextCharacters } from './service';
import { checkText } from './check';

const refused = (key: string, status: number) => (error: unknown) => error instanceof DomainError && error.messageKey === key && error.status === status;

describe('checking what people send', () => {
	it('checks a Dutch text', () => {
		const result = checkPlainLanguage('Wij sturen u middels deze brief het plan.');
		assert.equal(result.findings[0].kind, 'officialese');
	});

	it('refuses what is no text, an empty text, a text too long, binary garbage and a text in another language, each with its reason', () => {
		assert.throws(() => checkPlainLanguage(42), refused('plain.error.text', 400));
		assert.throws(() => checkPlainLanguage(null), refused('plain.error.text', 400));
		assert.throws(() => checkPlainLanguage('  \n\t '), refused('plain.error.empty', 400));
		assert.throws(() => checkPlainLanguage('Wij komen. '.repeat(100_000)), refused('plain.error.tooLong', 413));
		assert.throws(() => checkPlainLanguage('PK\u0003\u0004\u0000\u0000binair'), refused('plain.error.notText', 400));
		assert.throws(() => checkPlainLanguage('Een tekst met \uFFFD\uFFFD uit een bestand dat geen UTF-8 was.'), refused('plain.error.notText', 400));
		assert.throws(() => checkPlainLanguage('The municipality invites all residents to the meeting about the new playground next week in the town hall.'), refused('plain.error.notDutch', 422));
	});

	it('takes a text at the limit, and tabs and line ends', () => {
		const text = 'Wij komen morgen.\t\r\n'.repeat(Math.floor(maxTextCharacters / 20));
		assert.ok(text.length <= maxTextCharacters);
		assert.equal(checkPlainLanguage(text).scores.sentences, Math.floor(maxTextCharacters / 20));
	});
});

describe('the text with its findings marked', () => {
	it('cuts the text into pieces that together are the text, marks words and long sentences, and puts each footnote after its finding', () => {
		const text = 'Wij sturen u middels deze brief het plan. Wij willen graag met alle bewoners van de wijk en met de mensen van de school samen een plan maken voor het plein.';
		const result = checkText(text);
		const pieces = piecesOf(text, result.findings);
		assert.equal(pieces.map((p) => p.text).join(''), text);
		const marked = pieces.filter((p) => p.mark !== null).map((p) => [p.text, p.mark]);
		assert.deepEqual(marked, [['middels', 1]]);
		const long = result.findings.findIndex((f) => f.kind === 'long-sentence') + 1;
		assert.ok(pieces.filter((p) => p.sentence === long).map((p) => p.text).join('').startsWith('Wij willen graag'));
		assert.deepEqual(pieces.find((p) => p.text === 'middels')?.notes, [1]);
		assert.ok(pieces.find((p) => p.notes.includes(long))?.text.endsWith('het plein'), 'the note of the long sentence stands after its last word');
	});

	it('gives a report with numbered findings, the first words of a long sentence only', () => {
		const text = 'Wij willen graag met alle bewoners van de wijk en met de mensen van de school samen een plan maken voor het plein.';
		const report = reportOf(text, checkText(text));
		assert.equal(report.findings[0].number, 1);
		assert.deepEqual(report.findings[0].words.slice(-2), ['de', '…']);
		assert.equal(report.findings[0].suggestion, null);
	});
});
