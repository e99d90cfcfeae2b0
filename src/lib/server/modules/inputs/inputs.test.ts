// Reading notes without a database: pasted sticky notes with their prefixes, kinds in either
// language, and notes from a spreadsheet, where every problem names the line it is on.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { refused } from '../../testing';
import type { DomainError } from '../identity';
import { readNotesCsv } from './exchange';
import { kindFromWord, parseNotes } from './inputs';

/** assert.throws predicate: a DomainError about the file that names this line. */
function refusedOnLine(messageKey: string, line: number) {
	return (error: unknown) => {
		refused(messageKey, 400, 'file')(error);
		assert.deepEqual((error as DomainError).params, { line });
		return true;
	};
}

describe('parseNotes', () => {
	it('reads the one-letter prefixes W, Z, I and V as wish, concern, idea and question', () => {
		assert.deepEqual(parseNotes('W: meer bankjes\nZ: te hard rijden\nI: een moestuin\nV: wanneer komt de bus?', 'wish'), [
			{ kind: 'wish', text: 'meer bankjes' },
			{ kind: 'concern', text: 'te hard rijden' },
			{ kind: 'idea', text: 'een moestuin' },
			{ kind: 'question', text: 'wanneer komt de bus?' }
		]);
	});

	it('reads whole words in Dutch and English, in any case, with a colon or a full stop', () => {
		assert.deepEqual(parseNotes('wens: een bankje\nIDEE. een ruilkast\nZorg : eenzaamheid\nvraag.wie beslist?\nQ: who decides?\nConcern: speeding\nidea: a library', 'wish'), [
			{ kind: 'wish', text: 'een bankje' },
			{ kind: 'idea', text: 'een ruilkast' },
			{ kind: 'concern', text: 'eenzaamheid' },
			{ kind: 'question', text: 'wie beslist?' },
			{ kind: 'question', text: 'who decides?' },
			{ kind: 'concern', text: 'speeding' },
			{ kind: 'idea', text: 'a library' }
		]);
	});

	it('gives a note without a known prefix the fallback kind and keeps the whole line', () => {
		assert.deepEqual(parseNotes('Meer groen in de straat\nBankjes: graag bij de kerk\nOpmerking. Goed bezig', 'idea'), [
			{ kind: 'idea', text: 'Meer groen in de straat' },
			{ kind: 'idea', text: 'Bankjes: graag bij de kerk' },
			{ kind: 'idea', text: 'Opmerking. Goed bezig' }
		]);
	});

	it('does not take the start of a sentence for a prefix', () => {
		assert.deepEqual(parseNotes('W is voor wandelpad', 'concern'), [{ kind: 'concern', text: 'W is voor wandelpad' }]);
	});

	it('skips empty and blank lines, trims the rest, and reads Windows line ends', () => {
		assert.deepEqual(parseNotes('\r\n  W: bankjes  \r\n\r\n   \r\nmeer licht\r\n\n', 'question'), [
			{ kind: 'wish', text: 'bankjes' },
			{ kind: 'question', text: 'meer licht' }
		]);
		assert.deepEqual(parseNotes('', 'wish'), []);
		assert.deepEqual(parseNotes('\n \n\t\n', 'wish'), []);
	});
});

describe('kindFromWord', () => {
	it('knows every kind by its Dutch and English word and its letter', () => {
		const expected = {
			wens: 'wish',
			wish: 'wish',
			w: 'wish',
			zorg: 'concern',
			concern: 'concern',
			z: 'concern',
			idee: 'idea',
			idea: 'idea',
			i: 'idea',
			vraag: 'question',
			question: 'question',
			v: 'question',
			q: 'question'
		};
		for (const [word, kind] of Object.entries(expected)) assert.equal(kindFromWord(word), kind, word);
	});

	it('ignores case and surrounding spaces', () => {
		assert.equal(kindFromWord('  Wens '), 'wish');
		assert.equal(kindFromWord('VRAAG'), 'question');
	});

	it('is null for anything else', () => {
		assert.equal(kindFromWord(''), null);
		assert.equal(kindFromWord('klacht'), null);
		assert.equal(kindFromWord('wensen'), null);
	});
});

describe('readNotesCsv', () => {
	it('reads a comma-separated file with Dutch headers', () => {
		assert.deepEqual(readNotesCsv('soort,tekst\nwens,Meer bankjes in het park\nzorg,"Te hard rijden, vooral \'s avonds"\n'), [
			{ kind: 'wish', text: 'Meer bankjes in het park' },
			{ kind: 'concern', text: "Te hard rijden, vooral 's avonds" }
		]);
	});

	it('reads a semicolon-separated file as Dutch Excel writes it, commas in the text included', () => {
		assert.deepEqual(readNotesCsv('Soort;Tekst\r\nidee;Een ruilkast, bij de school\r\nVraag;Wie beslist hierover?\r\n'), [
			{ kind: 'idea', text: 'Een ruilkast, bij de school' },
			{ kind: 'question', text: 'Wie beslist hierover?' }
		]);
	});

	it('reads a file that starts with a byte order mark', () => {
		assert.deepEqual(readNotesCsv('\uFEFFsoort;tekst\nwens;Een bankje bij de kerk\n'), [{ kind: 'wish', text: 'Een bankje bij de kerk' }]);
	});

	it('reads English headers and kinds, and the other header names it knows', () => {
		assert.deepEqual(readNotesCsv('Kind,Text\nwish,More benches\nquestion,Who decides?\n'), [
			{ kind: 'wish', text: 'More benches' },
			{ kind: 'question', text: 'Who decides?' }
		]);
		assert.deepEqual(readNotesCsv('type,input\nidea,A swap shelf\n'), [{ kind: 'idea', text: 'A swap shelf' }]);
		assert.deepEqual(readNotesCsv('soort,inbreng\nzorg,Eenzaamheid onder ouderen\n'), [{ kind: 'concern', text: 'Eenzaamheid onder ouderen' }]);
	});

	it('reads the columns it needs among others, in any order, and trims the cells', () => {
		assert.deepEqual(readNotesCsv('nummer,tekst,tafel,soort\n1,  Meer licht op het pad  ,3, wens \n2,Een moestuin,1,idee\n'), [
			{ kind: 'wish', text: 'Meer licht op het pad' },
			{ kind: 'idea', text: 'Een moestuin' }
		]);
	});

	it('skips empty lines', () => {
		assert.deepEqual(readNotesCsv('soort,tekst\n\nwens,Meer bankjes\n\n\nidee,Een moestuin\n\n'), [
			{ kind: 'wish', text: 'Meer bankjes' },
			{ kind: 'idea', text: 'Een moestuin' }
		]);
	});

	it('refuses a file without a kind or a text column (error.csvColumns)', () => {
		assert.throws(() => readNotesCsv('tekst\nMeer bankjes\n'), refused('error.csvColumns', 400, 'file'));
		assert.throws(() => readNotesCsv('soort;opmerking\nwens;Meer bankjes\n'), refused('error.csvColumns', 400, 'file'));
		assert.throws(() => readNotesCsv('wens,Meer bankjes\nidee,Een moestuin\n'), refused('error.csvColumns', 400, 'file'));
	});

	it('names the line of a wrong kind, counting the header as line 1', () => {
		assert.throws(() => readNotesCsv('soort,tekst\nklacht,Te veel lawaai\n'), refusedOnLine('error.csvLineKind', 2));
		assert.throws(() => readNotesCsv('soort,tekst\nwens,Meer bankjes\nidee,Een moestuin\nklacht,Te veel lawaai\n'), refusedOnLine('error.csvLineKind', 4));
		assert.throws(() => readNotesCsv('soort;tekst\nwens;Meer bankjes\n;Geen soort\n'), refusedOnLine('error.csvLineKind', 3));
	});

	it('names the line as the file has it, also after an empty line or a text over two lines', () => {
		assert.throws(() => readNotesCsv('soort,tekst\nwens,Meer bankjes\n\nklacht,Te veel lawaai\n'), refusedOnLine('error.csvLineKind', 4));
		assert.throws(() => readNotesCsv('soort,tekst\nwens,"Meer bankjes,\nook bij de kerk"\nklacht,Te veel lawaai\n'), refusedOnLine('error.csvLineKind', 4));
	});

	it('names the line of a text that is too short (error.csvLineText)', () => {
		assert.throws(() => readNotesCsv('soort,tekst\nwens,Meer bankjes\nidee,ok\n'), refusedOnLine('error.csvLineText', 3));
	});

	it('refuses an empty file, and a file with only a header (error.csvEmpty)', () => {
		assert.throws(() => readNotesCsv(''), refused('error.csvEmpty', 400, 'file'));
		assert.throws(() => readNotesCsv('\uFEFF'), refused('error.csvEmpty', 400, 'file'));
		assert.throws(() => readNotesCsv('soort,tekst\n'), refused('error.csvEmpty', 400, 'file'));
	});

	it('refuses a file it cannot read (error.csvUnreadable)', () => {
		assert.throws(() => readNotesCsv('soort,tekst\nwens,"Meer bankjes\n'), refused('error.csvUnreadable', 400, 'file'));
	});
});
