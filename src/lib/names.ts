import type { Locale } from './i18n';

/** Themes carry their name in both languages. */
export function themeName(theme: { nameNl: string; nameEn: string }, locale: Locale): string {
	return locale === 'en' ? theme.nameEn : theme.nameNl;
}
