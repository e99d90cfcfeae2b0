import { fail, json, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { DomainError } from './modules/identity';
import { maxFormBytes, type Upload } from './files';
import { plainLanguageReport, type Report } from './modules/plainlanguage';
import { isMessageKey, type MessageKey, type Translate } from '../i18n';

export type FieldErrors = Record<string, MessageKey>;
export interface FormFailure {
	error?: MessageKey;
	errorParams?: Record<string, string | number>;
	errors?: FieldErrors;
	values?: Record<string, unknown>;
	/** Which of several forms on one page failed, so the messages appear next to it. */
	section?: string;
}

/** Zod issues to one message key per field (the first issue of each field wins). */
export function fieldErrors(error: z.ZodError): FieldErrors {
	const errors: FieldErrors = {};
	for (const issue of error.issues) {
		const field = issue.path.length ? String(issue.path[0]) : '_';
		if (!(field in errors)) errors[field] = isMessageKey(issue.message) ? issue.message : 'error.invalid';
	}
	return errors;
}

/** The plain-language report of one field of a form, or why there is none (an empty field). */
export interface TextCheck {
	field: string;
	report: Report | null;
	problem?: MessageKey;
	problemParams?: Record<string, string | number>;
}

/** What a form answers to "check my text": its own values back, with the report, and nothing saved. */
export interface TextChecked {
	values: Record<string, unknown>;
	section?: string;
	textCheck: TextCheck;
}

/** Fields whose values never go back to the browser, nor into a report. */
const isSecret = (field: string) => /password|token/i.test(field);

/**
 * The button "check my text" sends `taalhulp` with the name of the field to check. A form sent
 * with it is never saved, whichever field it names: the writer asked for advice, not to save.
 */
function textCheckOf(values: Record<string, unknown>): TextCheck | null {
	if (values.taalhulp === undefined) return null;
	const field = String(values.taalhulp);
	const text = typeof values[field] === 'string' && !isSecret(field) ? (values[field] as string) : '';
	try {
		return { field, report: plainLanguageReport(text) };
	} catch (error) {
		if (error instanceof DomainError) return { field, report: null, problem: error.messageKey, problemParams: error.params };
		throw error;
	}
}

/** Postgres unique violation: a concurrent request took the same name or slot first. */
function isUniqueViolation(error: unknown): boolean {
	return (error as { code?: string })?.code === '23505' || (error as { cause?: { code?: string } })?.cause?.code === '23505';
}

/** The values a form may be shown again with: not its secrets, not the "check my text" button. */
const safeValuesOf = (values: Record<string, unknown>) => Object.fromEntries(Object.entries(values).filter(([k]) => !isSecret(k) && k !== 'taalhulp'));

/**
 * Runs a form action's service call and turns refusals into a 4xx with messages for the form.
 * Anything else is a real fault and is left to become a 500. A form sent with "check my text" is
 * not saved: it comes back with its values and the plain-language report of that field.
 */
export async function formAction<T>(values: Record<string, unknown>, run: () => Promise<T>, section?: string): Promise<T | ActionFailure<FormFailure> | TextChecked> {
	const textCheck = textCheckOf(values);
	if (textCheck) return { values: safeValuesOf(values), section, textCheck };
	return serviceCall(values, run, section);
}

/**
 * `formAction` for a form that offers no "check my text" and answers with something other than a
 * page (a download of codes, a reviewed batch of notes): only the refusals.
 */
export async function serviceCall<T>(values: Record<string, unknown>, run: () => Promise<T>, section?: string): Promise<T | ActionFailure<FormFailure>> {
	const safeValues = safeValuesOf(values);
	try {
		return await run();
	} catch (error) {
		if (error instanceof z.ZodError) return fail(400, { errors: fieldErrors(error), values: safeValues, section });
		if (error instanceof DomainError) {
			const errors = error.field ? { [error.field]: error.messageKey } : undefined;
			return fail(error.status, { error: error.messageKey, errorParams: error.params, errors, values: safeValues, section });
		}
		if (isUniqueViolation(error)) return fail(409, { error: 'error.conflict', values: safeValues, section });
		throw error;
	}
}

/** A form's fields as a plain object; repeated names (checkboxes) become arrays. */
export function formValues(data: FormData, arrays: string[] = []): Record<string, unknown> {
	const values: Record<string, unknown> = {};
	for (const key of new Set(data.keys())) {
		const all = data.getAll(key).filter((v): v is string => typeof v === 'string');
		values[key] = arrays.includes(key) ? all : (all[0] ?? '');
	}
	for (const key of arrays) values[key] ??= [];
	return values;
}

/**
 * A form that carries files: its fields, and the files chosen in `field` (a file field left empty
 * arrives as one nameless, empty file). A form larger than any we accept is refused before it is
 * read, so the person stays on the form with our message instead of the server's.
 */
export async function uploadForm(
	request: Request,
	field: string,
	options: { arrays?: string[]; section?: string } = {}
): Promise<{ values: Record<string, unknown>; uploads: Upload[] } | { refused: ActionFailure<FormFailure> }> {
	if (Number(request.headers.get('content-length') ?? 0) > maxFormBytes) {
		return { refused: fail(413, { error: 'error.formTooLarge', errorParams: { max: maxFormBytes / 1024 / 1024 }, errors: { [field]: 'error.formTooLarge' }, section: options.section }) };
	}
	const data = await request.formData();
	const values = formValues(data, options.arrays);
	delete values[field];
	const files = data.getAll(field).filter((f): f is File => f instanceof File && (f.size > 0 || f.name !== ''));
	const uploads = await Promise.all(files.map(async (f) => ({ filename: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
	return { values, uploads };
}

// ---- JSON API ---------------------------------------------------------------------------------

/** RFC 9457 problem details. */
export function problem(status: number, title: string, extra: Record<string, unknown> = {}): Response {
	return new Response(JSON.stringify({ type: 'about:blank', title, status, ...extra }), {
		status,
		headers: { 'Content-Type': 'application/problem+json' }
	});
}

export async function apiCall(t: Translate, run: () => Promise<unknown>, status = 200): Promise<Response> {
	try {
		const result = await run();
		return result instanceof Response ? result : json(result ?? { ok: true }, { status });
	} catch (error) {
		if (error instanceof z.ZodError) {
			const errors = Object.fromEntries(Object.entries(fieldErrors(error)).map(([k, v]) => [k, t(v)]));
			return problem(400, t('error.invalidRequest'), { errors });
		}
		if (error instanceof DomainError) return problem(error.status, t(error.messageKey, error.params), error.field ? { field: error.field } : {});
		if (isUniqueViolation(error)) return problem(409, t('error.conflict'));
		throw error;
	}
}

/** Reads a JSON body, or fails with 400 when it is not JSON. */
export async function jsonBody(request: Request): Promise<unknown> {
	try {
		return await request.json();
	} catch {
		throw new DomainError('error.invalidJson', 400);
	}
}

/** Reads a JSON body that may be left out: none at all means {}, one that is there must be JSON. */
export async function optionalJsonBody(request: Request): Promise<unknown> {
	const text = await request.text();
	if (text.trim() === '') return {};
	try {
		return JSON.parse(text);
	} catch {
		throw new DomainError('error.invalidJson', 400);
	}
}

/** An uploaded file, always as a download and never rendered in our origin, so it cannot run as our page. */
export function downloadResponse(file: { filename: string; contentType: string; bytes: Uint8Array }): Response {
	return new Response(new Uint8Array(file.bytes), {
		headers: {
			'Content-Type': file.contentType,
			'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
			'X-Content-Type-Options': 'nosniff',
			'Content-Security-Policy': "default-src 'none'; sandbox",
			'Cache-Control': 'private, max-age=300'
		}
	});
}

export function clientIp(event: { getClientAddress(): string }): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}

/**
 * A form action for one of several forms on a page: runs the service call and reports, done or
 * refused, in that form's own section. `arrays` are the fields a form repeats (checkboxes).
 */
export function sectionAction(
	section: string,
	run: (event: RequestEvent, values: Record<string, unknown>) => Promise<unknown>,
	arrays: string[] = []
) {
	return async (event: RequestEvent) => {
		const values = formValues(await event.request.formData(), arrays);
		const done = async () => {
			await run(event, values);
			return { done: section, section };
		};
		return formAction(values, done, section);
	};
}
