import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nl } from './nl';
import { en } from './en';
import { negotiateLocale, translate } from './index';

describe('message catalogue', () => {
	it('has every Dutch key in English, none empty', () => {
		assert.deepEqual(Object.keys(en).sort(), Object.keys(nl).sort());
		for (const [key, text] of [...Object.entries(nl), ...Object.entries(en)]) assert.ok(text.trim(), `${key} is empty`);
	});
	it('uses the same placeholders in both languages', () => {
		const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const key of Object.keys(nl) as (keyof typeof nl)[]) assert.deepEqual(placeholders(en[key]), placeholders(nl[key]), key);
	});
	it('fills placeholders', () => {
		assert.equal(translate('en', 'space.phaseNumber', { n: 2 }), 'Phase 2');
		assert.equal(translate('nl', 'space.phaseNumber', { n: 2 }), 'Fase 2');
	});
	it('keeps Dutch sentences short (B1 asks for short sentences)', () => {
		const sentences = Object.values(nl).flatMap((text) => text.replace(/\{url\}/g, '').split(/[.!?]\s|\n+/)).filter((s) => s.trim());
		const words = sentences.map((s) => s.trim().split(/\s+/).length);
		const average = words.reduce((a, b) => a + b, 0) / words.length;
		assert.ok(average < 15, `average sentence length ${average.toFixed(1)} words`);
		assert.ok(Math.max(...words) <= 25, 'a Dutch sentence is longer than 25 words');
	});
	it('says "u" in Dutch, never "je" or "jij"', () => {
		const informal = Object.entries(nl).filter(([, text]) => /\b(je|jij|jou|jouw|jezelf)\b/i.test(text)).map(([key]) => key);
		assert.deepEqual(informal, []);
	});
	it('chooses Dutch unless English is asked for', () => {
		assert.equal(negotiateLocale(undefined, null), 'nl');
		assert.equal(negotiateLocale('en', null), 'en');
		assert.equal(negotiateLocale('fr', 'en-GB,en;q=0.9'), 'en');
		assert.equal(negotiateLocale(null, 'de-DE'), 'nl');
	});
});
