import { parseArgs } from 'node:util';
import { startApp, type App } from '../lib/server/app';
import { readConfig } from '../lib/server/config';
import { DataDirLocked } from '../lib/server/db/lock';
import { createAccessToken, createUser, DomainError, findUserByEmail, recordAudit } from '../lib/server/modules/identity';
import { loadDemo } from '../lib/server/demo';
import { translate } from '../lib/i18n';

const usage = `samenspel — command-line tool

  samenspel user create --email ADDRESS --name NAME [--password PASSWORD] [--admin]
  samenspel token create --email ADDRESS [--name NAME]
  samenspel demo load
  samenspel db migrate

Uses DATABASE_URL when set, otherwise the PGlite directory DATA_DIR (default ./data).`;

type Command = (app: App, flags: Record<string, string | boolean | undefined>) => Promise<string>;

const commands: Record<string, Command> = {
	'user create': async (app, flags) => {
		const created = await createUser(app.database.db, await app.auth(), {
			email: String(flags.email ?? ''),
			name: String(flags.name ?? flags.email ?? ''),
			password: typeof flags.password === 'string' ? flags.password : undefined,
			admin: flags.admin === true
		});
		await recordAudit(app.database.db, null, { action: 'user.create', recordType: 'user', recordId: created.id, details: { via: 'cli', admin: flags.admin === true } });
		return `Created ${created.email}${flags.admin ? ' (administrator)' : ''}.`;
	},
	'token create': async (app, flags) => {
		const person = await findUserByEmail(app.database.db, String(flags.email ?? ''));
		if (!person) throw new DomainError('error.noAccountForEmail', 404);
		const token = await createAccessToken(app.database.db, { userId: person.id, name: person.name, email: person.email, isAdmin: person.isAdmin }, { name: String(flags.name ?? 'cli') });
		return token.secret;
	},
	'demo load': async (app) => ((await loadDemo(app.database.db, app.auth, { origin: app.config.origin })).loaded ? 'Demo data loaded.' : 'The database already holds data: nothing loaded.'),
	'db migrate': async () => 'Database is up to date.'
};

async function main(argv: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' }, admin: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }
	});
	const command = commands[positionals.slice(0, 2).join(' ')];
	if (values.help) {
		console.log(usage);
		return 0;
	}
	if (!command) {
		console.error(usage);
		return 2;
	}
	let app: App | undefined;
	try {
		app = await startApp(readConfig());
		console.log(await command(app, values));
		return 0;
	} catch (error) {
		if (error instanceof DataDirLocked) console.error(error.message);
		else if (error instanceof DomainError) console.error(translate('en', error.messageKey));
		else if (error instanceof Error && error.name === 'ZodError') console.error(`Invalid input: ${error.message}`);
		else throw error;
		return 1;
	} finally {
		await app?.stop();
	}
}

process.exitCode = await main(process.argv.slice(2));
