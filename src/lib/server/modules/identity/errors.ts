import type { MessageKey, Params } from '../../../i18n';

/** A refusal the user can act on: a message key for their language and an HTTP status. */
export class DomainError extends Error {
	constructor(
		readonly messageKey: MessageKey,
		readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 = 400,
		readonly field?: string,
		/** Values for the message, such as the line of a file that is wrong. */
		readonly params?: Params
	) {
		super(messageKey);
	}
}

export const forbidden = () => new DomainError('error.forbidden', 403);
export const notFound = () => new DomainError('error.notFound', 404);
export const signInRequired = () => new DomainError('error.signInRequired', 401);
