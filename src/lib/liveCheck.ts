// The plain-language check as the writer types, for the browser: one request half a second after
// the last key, and only the answer to the newest text is shown.
import type { Report } from '$lib/server/modules/plainlanguage';

export interface LiveAnswer {
	report: Report | null;
	/** Why there is no report (an empty text, one that is not Dutch), in the page's language. */
	problem: string | null;
}

/** Follows a text field; returns the function that stops following it. */
export function followText(field: HTMLTextAreaElement, show: (answer: LiveAnswer) => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let asked = 0;
	const recheck = () => {
		clearTimeout(timer);
		timer = setTimeout(async () => {
			const mine = ++asked;
			const res = await fetch('/taalhulp/controle', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: field.value }) });
			const body = await res.json();
			if (mine === asked) show(res.ok ? { report: body as Report, problem: null } : { report: null, problem: String(body.title ?? '') });
		}, 500);
	};
	field.addEventListener('input', recheck);
	return () => {
		clearTimeout(timer);
		field.removeEventListener('input', recheck);
	};
}
