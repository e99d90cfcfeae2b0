import type { RequestEvent } from '@sveltejs/kit';
import { clientIp, formAction, formValues } from './http';
import { cancelMyRegistration, register } from './modules/gatherings';

type Target = { gathering: string } | { series: string };

/** The register and cancel form actions, shared by gathering and series pages. */
export function registrationActions(target: (params: Record<string, string>) => Target) {
	return {
		register: async (event: RequestEvent) => {
			const { locals, params, request } = event;
			const values = formValues(await request.formData());
			return formAction(values, async () => {
				const who = { locale: locals.locale, origin: locals.app.config.origin, ip: clientIp(event) };
				const placed = await register(locals.app.database.db, locals.actor, target(params as Record<string, string>), values, who);
				return { placed: { status: placed.status, position: placed.position } };
			}, 'register');
		},
		cancel: async ({ locals, params }: RequestEvent) =>
			formAction({}, async () => {
				await cancelMyRegistration(locals.app.database.db, locals.actor, target(params as Record<string, string>), locals.app.config.origin);
				return { cancelledRegistration: true };
			}, 'register')
	};
}
