import type { Locale } from '../../../i18n';

/**
 * An amount in euros as people type it, in whole cents: "1200", "1.200", "1.200,50", "€ 1200,5",
 * "1200.50". A comma is the decimal sign; a dot is one too when one or two digits follow it last,
 * and otherwise separates thousands. Null when it is not an amount.
 */
export function parseEuros(text: string): number | null {
	const plain = text.replace(/[€\s\u00a0]/g, '').replace(/^EUR/i, '');
	const match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:[,.](\d{1,2}))?$/.exec(plain);
	if (!match) return null;
	const euros = Number(match[1].replaceAll('.', ''));
	const cents = match[2] ? Number(match[2].padEnd(2, '0')) : 0;
	const total = euros * 100 + cents;
	return Number.isSafeInteger(total) ? total : null;
}

const formats = new Map<string, Intl.NumberFormat>();

/** "€ 1.200" (or "€1,200" in English); cents only when there are any. */
export function formatEuros(cents: number, locale: Locale): string {
	const whole = cents % 100 === 0;
	const key = `${locale}:${whole}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR', minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 });
		formats.set(key, format);
	}
	return format.format(cents / 100);
}

/** Cents as a plain decimal in euros, exactly: 120050 -> "1200.5", for files and the API. */
export function centsToDecimal(cents: number | bigint): string {
	const value = BigInt(cents);
	const sign = value < 0n ? '-' : '';
	const abs = value < 0n ? -value : value;
	const fraction = (abs % 100n).toString().padStart(2, '0').replace(/0+$/, '');
	return `${sign}${abs / 100n}${fraction ? `.${fraction}` : ''}`;
}
