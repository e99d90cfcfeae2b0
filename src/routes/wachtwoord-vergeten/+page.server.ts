import type { Actions } from './$types';
import { clientIp, formAction, formValues } from '$lib/server/http';
import { emailOnlyInput, requestPasswordReset } from '$lib/server/modules/identity';

export const actions: Actions = {
	default: async (event) => {
		const values = formValues(await event.request.formData());
		return formAction(values, async () => {
			const { email } = emailOnlyInput.parse(values);
			await requestPasswordReset(event.locals.app.database.db, await event.locals.app.auth(), email, { ip: clientIp(event) });
			return { sent: true as const };
		});
	}
};
