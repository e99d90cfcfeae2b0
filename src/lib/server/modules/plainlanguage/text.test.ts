import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maskMarkdown, sentencesOf } from './text';

const sentences = (text: string) => sentencesOf(text).map((s) => text.slice(s.start, s.end));

describe('Dutch sentences', () => {
	it('does not end a sentence at an abbreviation', () => {
		const text = 'Wij nodigen o.a. bewoners uit, bijv. van de Esch. Dat is d.w.z. iedereen. Kom a.u.b. op tijd en wij melden t.z.t. de uitslag. Nog vragen?';
		assert.deepEqual(sentences(text), [
			'Wij nodigen o.a. bewoners uit, bijv. van de Esch.',
			'Dat is d.w.z. iedereen.',
			'Kom a.u.b. op tijd en wij melden t.z.t. de uitslag.',
			'Nog vragen?'
		]);
	});

	it('keeps numbers, amounts and initials inside the sentence', () => {
		assert.deepEqual(sentences('Het budget is € 25.000 en de avond begint om 19.30 uur. Vraag het J. de Vries! Hij weet het.'), [
			'Het budget is € 25.000 en de avond begint om 19.30 uur.',
			'Vraag het J. de Vries!',
			'Hij weet het.'
		]);
	});

	it('ends a sentence at enz. only when the next one starts anew', () => {
		assert.deepEqual(sentences('Wij zorgen voor koffie, thee enz. Daarna begint de avond.'), ['Wij zorgen voor koffie, thee enz.', 'Daarna begint de avond.']);
		assert.equal(sentences('Koffie, thee enz. staan klaar.').length, 1);
	});

	it('takes every list item, heading and paragraph as a sentence of its own', () => {
		const text = '# Wat gaan we doen\n\nWij vragen u drie dingen:\n- kom naar de avond\n- neem een buur mee\n1. vul de lijst in\n\nDank u wel';
		assert.deepEqual(sentences(text), ['Wat gaan we doen', 'Wij vragen u drie dingen', 'kom naar de avond', 'neem een buur mee', 'vul de lijst in', 'Dank u wel']);
	});

	it('continues a sentence over a line break inside a paragraph', () => {
		assert.deepEqual(sentences('Wij komen op\ndinsdag langs.'), ['Wij komen op\ndinsdag langs.']);
	});

	it('reads Markdown as its visible text, with the offsets of the original', () => {
		const text = 'Lees **het plan** op [de website](https://example.org/plan) of `hier`.';
		const masked = maskMarkdown(text);
		assert.equal(masked.length, text.length);
		const words = sentencesOf(text)[0].words;
		assert.deepEqual(words.map((w) => w.text), ['Lees', 'het', 'plan', 'op', 'de', 'website', 'of']);
		for (const w of words) assert.equal(text.slice(w.start, w.end), w.text);
	});

	it('counts numbers and abbreviations as words without syllables', () => {
		const words = sentencesOf('Op 12 mei o.a. bijv. koffie.')[0].words;
		assert.deepEqual(words.map((w) => [w.text, w.spelled, w.syllables]), [
			['Op', true, 1],
			['12', false, 0],
			['mei', true, 1],
			['o.a.', false, 0],
			['bijv', false, 0],
			['koffie', true, 2]
		]);
	});
});
