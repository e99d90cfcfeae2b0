import type { Actions, PageServerLoad } from './$types';
import { formAction, formValues } from '$lib/server/http';
import { resetPassword, resetPasswordInput } from '$lib/server/modules/identity';

export const load: PageServerLoad = ({ url }) => ({
	token: url.searchParams.get('token') ?? '',
	invalid: url.searchParams.get('error') !== null
});

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const values = formValues(await request.formData());
		return formAction(values, async () => {
			await resetPassword(await locals.app.auth(), resetPasswordInput.parse(values));
			return { reset: true as const };
		});
	}
};
