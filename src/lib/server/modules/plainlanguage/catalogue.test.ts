// We eat our own cooking: the Dutch interface is written in the plain language the checker asks for.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nl } from '../../../i18n/nl';
import { checkText } from './check';

/** Every Dutch message as a text of its own; placeholders become a plain word, as a reader sees a value. */
const messages = Object.entries(nl).map(([key, text]) => ({ key, text: text.replace(/\{\w+\}/g, 'iets') }));

describe('the Dutch message catalogue', () => {
	const checked = messages.map((m) => ({ ...m, result: checkText(m.text) }));

	it('has no officialese', () => {
		const found = checked.flatMap(({ key, result }) => result.findings.filter((f) => f.kind === 'officialese').map((f) => `${key}: ${f.words.join(' ')}`));
		assert.deepEqual(found, []);
	});

	it('has sentences of under 15 words on average', () => {
		const sentences = checked.reduce((sum, c) => sum + c.result.scores.sentences, 0);
		const words = checked.reduce((sum, c) => sum + c.result.scores.words, 0);
		assert.ok(words / sentences < 15, `${(words / sentences).toFixed(1)} words per sentence`);
	});
});
