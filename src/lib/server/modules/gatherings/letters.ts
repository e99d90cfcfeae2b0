import { translate, type Locale } from '../../../i18n';
import { formatDateTime } from '../../../format';

export interface Whereabouts {
	startsAt: Date | null;
	endsAt: Date | null;
	format: 'in_person' | 'online' | 'hybrid';
	address: string;
}

export function when(w: Pick<Whereabouts, 'startsAt'>, locale: Locale): string {
	return w.startsAt ? formatDateTime(w.startsAt, locale) : translate(locale, 'gathering.toBeDecided');
}

export function where(w: Pick<Whereabouts, 'format' | 'address'>, locale: Locale): string {
	if (w.format === 'online') return translate(locale, 'gathering.format.online');
	const place = w.address || translate(locale, 'gathering.toBeDecided');
	return w.format === 'hybrid' ? `${place} (${translate(locale, 'gathering.format.hybrid').toLowerCase()})` : place;
}

/** The changes people must hear about, old and new, one line each; empty when nothing they need changed. */
export function describeChanges(before: Whereabouts, after: Whereabouts, locale: Locale): string {
	const lines: string[] = [];
	const time = (w: Whereabouts) => `${when(w, locale)}${w.endsAt ? ` – ${formatDateTime(w.endsAt, locale)}` : ''}`;
	if (time(before) !== time(after)) lines.push(translate(locale, 'gathering.change.time', { old: time(before), new: time(after) }));
	if (where(before, locale) !== where(after, locale)) lines.push(translate(locale, 'gathering.change.place', { old: where(before, locale), new: where(after, locale) }));
	return lines.join('\n');
}
