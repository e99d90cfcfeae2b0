import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, breaks: false, async: false });

const allowed: sanitizeHtml.IOptions = {
	allowedTags: ['p', 'br', 'strong', 'em', 'a', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'h2', 'h3', 'h4', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
	allowedAttributes: { a: ['href', 'title', 'rel'] },
	allowedSchemes: ['http', 'https', 'mailto'],
	transformTags: {
		// Headings in user text start below the page's own h1.
		h1: 'h2',
		a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener' })
	}
};

// Pages show the same few texts over and over; rendering and sanitising each time is the costly part.
const rendered = new Map<string, string>();
const cacheSize = 500;

/** User-written Markdown to safe HTML, on the server. */
export function renderMarkdown(source: string): string {
	const hit = rendered.get(source);
	if (hit !== undefined) return hit;
	const html = sanitizeHtml(marked.parse(source) as string, allowed);
	if (rendered.size >= cacheSize) rendered.delete(rendered.keys().next().value!);
	rendered.set(source, html);
	return html;
}
