import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
	it('renders the usual Markdown', () => {
		assert.equal(renderMarkdown('Hallo **wereld**').trim(), '<p>Hallo <strong>wereld</strong></p>');
	});
	it('removes scripts, event handlers and javascript: links', () => {
		const html = renderMarkdown('<script>alert(1)</script><img src=x onerror=alert(1)> [klik](javascript:void) <a href="javascript:x">a</a>');
		assert.doesNotMatch(html, /<script|onerror|href="javascript/i);
		assert.match(html, /klik/);
	});
	it('keeps user headings below the page title and marks links nofollow', () => {
		const html = renderMarkdown('# Kop\n\n[site](https://example.org)');
		assert.match(html, /<h2>Kop<\/h2>/);
		assert.match(html, /<a href="https:\/\/example.org" rel="nofollow noopener">site<\/a>/);
	});
});
