import type { Locale } from './i18n';

const zone = 'Europe/Amsterdam';
const tag = (locale: Locale) => (locale === 'nl' ? 'nl-NL' : 'en-GB');

// Building an Intl formatter costs far more than using one: build each once per language.
const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

function cached(map: Map<Locale, Intl.DateTimeFormat>, locale: Locale, options: Intl.DateTimeFormatOptions) {
	let format = map.get(locale);
	if (!format) map.set(locale, (format = new Intl.DateTimeFormat(tag(locale), options)));
	return format;
}

/** Dates are stored as UTC and always shown in Dutch time. */
export function formatDateTime(value: Date | string | null | undefined, locale: Locale): string {
	if (!value) return '';
	return cached(dateTimeFormats, locale, { dateStyle: 'long', timeStyle: 'short', timeZone: zone }).format(new Date(value));
}

/** A calendar date (YYYY-MM-DD) without a time. */
export function formatDate(value: string | null | undefined, locale: Locale): string {
	if (!value) return '';
	return cached(dateFormats, locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
}
