import type { RequestEvent } from '@sveltejs/kit';
import { clientIp } from './http';
import type { Context } from './modules/inputs';

/** What the inputs services need to know of a request: where links point, the language, the caller's address. */
export function inputContext(event: RequestEvent): Context {
	return { origin: event.locals.app.config.origin, locale: event.locals.locale, address: clientIp(event) };
}
