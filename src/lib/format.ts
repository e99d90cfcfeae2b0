import type { Locale } from './i18n';

const zone = 'Europe/Amsterdam';

/** Dates are stored as UTC and always shown in Dutch time. */
export function formatDateTime(value: Date | string | null | undefined, locale: Locale): string {
	if (!value) return '';
	return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: zone }).format(new Date(value));
}

/** A calendar date (YYYY-MM-DD) without a time. */
export function formatDate(value: string | null | undefined, locale: Locale): string {
	if (!value) return '';
	return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
}
