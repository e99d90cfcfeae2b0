import { isLocale, translate, type Locale, type MessageKey, type Params } from '../../../i18n';
import { enqueueEmail, notify } from './service';

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
export async function sendLetter(tx: Parameters<typeof enqueueEmail>[0], recipients: Recipient[], letter: Letter, origin: string): Promise<void> {
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
