import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { DomainError } from '$lib/server/modules/identity';
import { maxTextCharacters, plainLanguageReport } from '$lib/server/modules/plainlanguage';

export const load: PageServerLoad = () => ({ max: maxTextCharacters });

export const actions: Actions = {
	default: async ({ request }) => {
		const text = String((await request.formData()).get('text') ?? '');
		try {
			return { text, report: plainLanguageReport(text) };
		} catch (error) {
			if (error instanceof DomainError) return fail(error.status, { text, error: error.messageKey, errorParams: error.params });
			throw error;
		}
	}
};
