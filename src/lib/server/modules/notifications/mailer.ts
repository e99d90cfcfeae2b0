import nodemailer from 'nodemailer';
import type { Transport } from './service';

export function smtpTransport(smtpUrl: string, from: string): Transport {
	const transporter = nodemailer.createTransport(smtpUrl);
	return async (email) => {
		await transporter.sendMail({ from, to: email.to, subject: email.subject, text: email.text });
	};
}
