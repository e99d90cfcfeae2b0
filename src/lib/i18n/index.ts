import { nl, type MessageKey } from './nl';
import { en } from './en';

export type { MessageKey };
export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'nl';

const catalogues: Record<Locale, Record<MessageKey, string>> = { nl, en };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function isMessageKey(value: unknown): value is MessageKey {
	return typeof value === 'string' && value in nl;
}

/** `{name}` placeholders are filled from params. */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
	const text = catalogues[locale][key] ?? nl[key] ?? key;
	if (!params) return text;
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translator(locale: Locale): Translate {
	return (key, params) => translate(locale, key, params);
}

/** Picks the locale from an explicit choice first, then the browser's languages. */
export function negotiateLocale(choice: string | null | undefined, acceptLanguage: string | null): Locale {
	if (isLocale(choice)) return choice;
	for (const part of (acceptLanguage ?? '').split(',')) {
		const tag = part.split(';')[0].trim().slice(0, 2).toLowerCase();
		if (isLocale(tag)) return tag;
	}
	return defaultLocale;
}
