import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { apiCall, jsonBody } from '$lib/server/http';
import { plainLanguageReport } from '$lib/server/modules/plainlanguage';

/** The live check of the Taalhulp page and of the text fields in forms: the same check, as a report. */
export const POST: RequestHandler = async ({ request, locals }) =>
	apiCall(locals.t, async () => {
		const text = ((await jsonBody(request)) as { text?: unknown } | null)?.text;
		return json(plainLanguageReport(text));
	});
