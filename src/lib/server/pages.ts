import { error } from '@sveltejs/kit';
import { DomainError } from './modules/identity';

/** For page loads: a refusal from a service becomes an error page with the status it asked for. */
export async function orErrorPage<T>(locals: App.Locals, run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (e) {
		if (e instanceof DomainError) error(e.status, locals.t(e.messageKey));
		throw e;
	}
}
