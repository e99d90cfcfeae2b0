import path from 'node:path';
import { openPglite, openPostgres, type Database } from './db/client';
import { lockDataDir } from './db/lock';
import { directoryStore, type FileStore } from './files';
import { readConfig, type Config } from './config';
import { createAuth, type Auth } from './modules/identity';
import { deliverDueEmails, smtpTransport } from './modules/notifications';
import { runDueJobs } from './jobs';
import { loadDemo } from './demo';
import './components';

export interface App {
	config: Config;
	database: Database;
	files: FileStore;
	/** Accounts and sessions, created on first use so that a start does not wait for them. */
	auth(): Promise<Auth>;
	stop(): Promise<void>;
}

export interface StartOptions {
	/** Load the demo region when the database holds no organisations yet. */
	demo?: boolean;
	/** Deliver e-mail from the outbox (only when SMTP is configured). */
	deliverMail?: boolean;
	/** Run due background jobs (reminders) from the job table. */
	runJobs?: boolean;
	log?: (line: string) => void;
}

/** Opens the database (PGlite under DATA_DIR unless DATABASE_URL is set), migrates, and wires auth. */
export async function startApp(config: Config = readConfig(), options: StartOptions = {}): Promise<App> {
	const log = options.log ?? (() => {});
	const release = config.databaseUrl ? () => {} : lockDataDir(config.dataDir);
	let database: Database;
	try {
		database = config.databaseUrl
			? await openPostgres(config.databaseUrl)
			: await openPglite(path.join(config.dataDir, 'pglite'));
		await database.migrate();
	} catch (error) {
		release();
		throw error;
	}
	let created: Promise<Auth> | undefined;
	const auth = () => (created ??= createAuth(database.db, { origin: config.origin, secret: config.authSecret }));
	if (options.demo) {
		const { loaded } = await loadDemo(database.db, auth, { origin: config.origin });
		if (loaded) log('Demo data loaded.');
	}
	const stopMail = options.deliverMail && config.smtpUrl ? startMailDelivery(database, config) : () => {};
	const stopJobs = options.runJobs ? poll('Background jobs', 5000, () => runDueJobs(database.db)) : () => {};
	return {
		config,
		database,
		files: directoryStore(config.uploadDir),
		auth,
		async stop() {
			stopMail();
			stopJobs();
			await database.close();
			release();
		}
	};
}

/** Polls the outbox; the rows themselves are the queue, so a restart loses nothing. */
function startMailDelivery(database: Database, config: Config): () => void {
	const send = smtpTransport(config.smtpUrl!, config.mailFrom);
	return poll('E-mail delivery', 5000, () => deliverDueEmails(database.db, send));
}

/** Runs a task every few seconds, never two at once in this process. */
function poll(name: string, ms: number, task: () => Promise<unknown>): () => void {
	let running = false;
	const timer = setInterval(async () => {
		if (running) return;
		running = true;
		try {
			await task();
		} catch (error) {
			console.error(`${name} failed:`, error);
		} finally {
			running = false;
		}
	}, ms);
	timer.unref();
	return () => clearInterval(timer);
}
