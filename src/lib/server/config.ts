import path from 'node:path';

/** Runtime settings, all from the environment; the README's configuration table lists them. */
export interface Config {
	databaseUrl: string | undefined;
	dataDir: string;
	/** Where uploaded files (report attachments) are kept. */
	uploadDir: string;
	origin: string;
	smtpUrl: string | undefined;
	mailFrom: string;
	authSecret: string | undefined;
	demo: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
	const origin = env.ORIGIN ?? `http://localhost:${env.PORT ?? 3000}`;
	const databaseUrl = env.DATABASE_URL || undefined;
	return {
		databaseUrl,
		dataDir: path.resolve(env.DATA_DIR ?? 'data'),
		uploadDir: path.resolve(env.UPLOAD_DIR ?? path.join(env.DATA_DIR ?? 'data', 'uploads')),
		origin,
		smtpUrl: env.SMTP_URL || undefined,
		mailFrom: env.MAIL_FROM ?? 'Samenspel <noreply@samenspel.local>',
		authSecret: env.AUTH_SECRET || undefined,
		// Demo mode shows the e-mail outbox page; it is on by default only without SMTP.
		demo: env.DEMO ? env.DEMO === '1' || env.DEMO === 'true' : !env.SMTP_URL
	};
}
