import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { bandOf, checkText, type CheckResult } from './check';
import type { FindingKind } from './findings';
import { lexicon } from './lexicon';

const corpus = (name: string) => fs.readFileSync(new URL(`./corpus/${name}.md`, import.meta.url), 'utf8');
const kinds = (result: CheckResult) => {
	const counts: Partial<Record<FindingKind, number>> = {};
	for (const f of result.findings) counts[f.kind] = (counts[f.kind] ?? 0) + 1;
	return counts;
};
const found = (result: CheckResult, kind: FindingKind) => result.findings.filter((f) => f.kind === kind).map((f) => f.words.join(' ').toLowerCase());

describe('the plain-language check on a corpus of municipal texts', () => {
	const letter = checkText(corpus('gemeentebrief'));
	const plainLetter = checkText(corpus('gemeentebrief-helder'));
	const policy = checkText(corpus('beleid'));
	const plainPolicy = checkText(corpus('beleid-helder'));

	it('scores the stiff letter as difficult and its plain rewrite as easy', () => {
		assert.deepEqual(letter.scores, { sentences: 22, words: 334, syllables: 615, fleschDouma: 41.4, band: 'difficult', brouwer: 33.6, averageSentenceLength: 15.2, syllablesPerWord: 1.96, longWordShare: 0.029 });
		assert.deepEqual(plainLetter.scores, { sentences: 42, words: 274, syllables: 377, fleschDouma: 88.7, band: 'easy', brouwer: 84.9, averageSentenceLength: 6.5, syllablesPerWord: 1.46, longWordShare: 0 });
	});

	it('scores the policy paragraph as very difficult and its plain rewrite as easy', () => {
		assert.deepEqual(policy.scores, { sentences: 10, words: 238, syllables: 511, fleschDouma: 19.4, band: 'very-difficult', brouwer: 4.2, averageSentenceLength: 23.8, syllablesPerWord: 2.15, longWordShare: 0.088 });
		assert.deepEqual(plainPolicy.scores, { sentences: 26, words: 212, syllables: 316, fleschDouma: 84.5, band: 'easy', brouwer: 79.3, averageSentenceLength: 8.2, syllablesPerWord: 1.49, longWordShare: 0 });
	});

	it('finds in the letter what makes it stiff', () => {
		assert.deepEqual(kinds(letter), { officialese: 27, 'long-sentence': 5, 'long-word': 7, passive: 8, jargon: 3, 'passive-hint': 2, nominal: 6, 'rare-word': 7, 'dienen-te': 2 });
		const officialese = found(letter, 'officialese');
		for (const term of ['middels', 'teneinde', 'derhalve', 'indien', 'ten behoeve van', 'in het kader van', 'inzake', 'alsmede', 'reeds', 'thans']) assert.ok(officialese.includes(term), term);
		assert.ok(found(letter, 'passive').includes('wordt verzonden'));
		assert.ok(found(letter, 'passive-hint').includes('is vastgesteld'));
		assert.ok(found(letter, 'nominal').includes('uitvoering vindt plaats'));
		assert.deepEqual(found(letter, 'dienen-te'), ['dient te', 'dient te']);
	});

	it('finds the jargon of the policy paragraph', () => {
		assert.deepEqual(kinds(policy), { jargon: 22, 'long-sentence': 7, officialese: 10, 'rare-word': 7, 'long-word': 11, 'dienen-te': 2, passive: 6, nominal: 3 });
		const jargon = found(policy, 'jargon');
		for (const term of ['beleidsparticipatie', 'integraal', 'domeinoverstijgend', 'faciliteren', 'co-creatie', 'stakeholders', 'sociaal domein', 'zelfredzaamheid', 'kaderstellend', 'implementatie', 'ketenpartners']) assert.ok(jargon.includes(term), term);
	});

	it('finds nothing to improve in the plain rewrites', () => {
		assert.deepEqual(kinds(plainLetter), {});
		assert.deepEqual(kinds(plainPolicy), {});
	});

	it('points every finding at the letters it is about, in order', () => {
		for (const [name, result] of [['gemeentebrief', letter], ['beleid', policy]] as const) {
			const text = corpus(name);
			let last = 0;
			for (const f of result.findings) {
				assert.ok(f.start >= last || f.kind !== 'long-sentence', 'sorted by start');
				last = Math.max(last, f.start);
				if (f.kind !== 'long-sentence') assert.deepEqual(f.ranges.map(([s, e]) => text.slice(s, e)), f.words);
				assert.ok(f.explanation.length > 0);
			}
		}
	});

	it('gives the same answer every time', () => {
		assert.deepEqual(checkText(corpus('beleid')), policy);
	});
});

describe('each kind of finding', () => {
	const kindsIn = (text: string) => checkText(text).findings.map((f) => [f.kind, f.words.join(' ')]);

	it('a sentence over 20 words, or over the number chosen', () => {
		const long = 'Wij willen graag met alle bewoners van de wijk en met de mensen van de school samen een plan maken voor het nieuwe plein bij de kerk.';
		assert.equal(checkText(long).findings.filter((f) => f.kind === 'long-sentence').length, 1);
		assert.equal(checkText(long, { maxSentenceWords: 30 }).findings.filter((f) => f.kind === 'long-sentence').length, 0);
		assert.deepEqual(checkText(long).findings[0].params, { words: 27, max: 20 });
	});

	it('passive voice with worden, and a weaker hint with zijn', () => {
		assert.deepEqual(kindsIn('De brief wordt morgen verstuurd.'), [['passive', 'wordt verstuurd']]);
		assert.deepEqual(kindsIn('Het plan is goedgekeurd.'), [['passive-hint', 'is goedgekeurd']]);
		assert.deepEqual(kindsIn('Wij sturen de brief morgen.'), []);
		assert.deepEqual(kindsIn('Het wordt een mooie dag in de gemeente.'), []);
	});

	it('officialese and jargon with their alternatives', () => {
		const result = checkText('Wij sturen u middels deze brief het plan. Wij faciliteren de bewoners.');
		assert.deepEqual(result.findings.map((f) => [f.kind, f.words.join(' ')]), [['officialese', 'middels'], ['jargon', 'faciliteren']]);
		assert.match(result.findings[0].suggestion ?? '', /"met"/);
	});

	it('nominal style: a noun in -ing with a weak verb', () => {
		assert.deepEqual(kindsIn('De opening vindt plaats op het plein.'), []);
		assert.deepEqual(kindsIn('De besluitvorming vindt plaats in mei.'), [['nominal', 'besluitvorming vindt plaats']]);
	});

	it('"dienen te", not "dienen" on its own', () => {
		assert.deepEqual(kindsIn('U dient het formulier te sturen.'), [['dienen-te', 'dient te']]);
		assert.deepEqual(kindsIn('Het geld dient voor de speeltuin.'), []);
	});

	it('long words, and rare words that are not made of common ones', () => {
		assert.deepEqual(kindsIn('Wij bespreken de verantwoordelijkheidsverdeling.'), [['long-word', 'verantwoordelijkheidsverdeling']]);
		assert.deepEqual(kindsIn('De buurtbewoners komen naar het buurthuis.'), []);
		assert.deepEqual(kindsIn('Wij kijken naar het perspectief.'), [['rare-word', 'perspectief']]);
		assert.deepEqual(kindsIn('Wij gaan met Noaberpolis praten.'), [], 'a name is no rare word');
		assert.deepEqual(kindsIn('Wij willen de speelplekken vergroten in alle buurtstraten.'), [], 'groten from groot, straten from straat');
	});

	it('an empty text has no findings and scores of zero', () => {
		const empty = checkText('');
		assert.deepEqual(empty.findings, []);
		assert.equal(empty.scores.words, 0);
		assert.equal(empty.looksDutch, true);
	});

	it('knows when a text is not Dutch', () => {
		assert.equal(checkText('The municipality invites all residents to the meeting about the new playground next week in the town hall.').looksDutch, false);
		assert.equal(checkText(corpus('gemeentebrief')).looksDutch, true);
	});

	it("Douma's bands", () => {
		assert.deepEqual([95, 85, 75, 65, 50, 35, 10].map(bandOf), ['very-easy', 'easy', 'fairly-easy', 'standard', 'fairly-difficult', 'difficult', 'very-difficult']);
	});
});

describe('the list of officialese and jargon (open data)', () => {
	it('has at least 250 entries of our own, each with a note, and no term twice', () => {
		assert.ok(lexicon.length >= 250, `${lexicon.length} entries`);
		const terms = lexicon.flatMap((e) => [e.term, ...(e.forms ?? [])]);
		assert.equal(new Set(terms).size, terms.length);
		for (const e of lexicon) {
			assert.ok(['officialese', 'jargon'].includes(e.kind), e.term);
			assert.ok(e.note.trim(), e.term);
			assert.equal(e.term, e.term.toLowerCase());
		}
	});

	it('writes its own notes in plain Dutch: no officialese in them', () => {
		const stiff = lexicon.flatMap((e) => checkText(e.note.replace(/'[^']*'/g, 'iets')).findings.filter((f) => f.kind === 'officialese').map((f) => `${e.term}: ${f.words.join(' ')}`));
		assert.deepEqual(stiff, []);
	});
});
