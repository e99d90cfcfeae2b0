import { enqueueEmail, notify } from '../notifications';
import { isLocale, translate, type Locale, type MessageKey, type Params } from '../../../i18n';
import { formatDateTime } from '../../../format';

export interface Recipient {
	userId: string | null;
	email: string;
	locale: string;
}

export interface Letter {
	subject: MessageKey;
	body: MessageKey;
	/** The in-app notice for people with an account; none when absent. */
	notice?: MessageKey;
	/** Values for the messages, in the recipient's language (dates are written out per language). */
	params: (locale: Locale) => Params;
	/** Path on this site the letter points to. */
	path: string;
}

/** Writes to people in their own language: an e-mail through the outbox, and an in-app notice. */
export async function send(tx: Parameters<typeof enqueueEmail>[0], recipients: Recipient[], letter: Letter, origin: string): Promise<void> {
	const notices = [];
	for (const r of recipients) {
		const locale: Locale = isLocale(r.locale) ? r.locale : 'nl';
		const params = letter.params(locale);
		const withLink = { ...params, link: `${origin}${letter.path}` };
		await enqueueEmail(tx, { to: r.email, subject: translate(locale, letter.subject, withLink), text: translate(locale, letter.body, withLink) });
		if (r.userId && letter.notice) notices.push({ userId: r.userId, messageKey: letter.notice, params, link: letter.path });
	}
	await notify(tx, notices);
}

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
