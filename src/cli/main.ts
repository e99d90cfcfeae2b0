import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startApp, type App } from '../lib/server/app';
import { readConfig } from '../lib/server/config';
import { DataDirLocked } from '../lib/server/db/lock';
import { createAccessToken, createUser, DomainError, findUserByEmail, recordAudit } from '../lib/server/modules/identity';
import { loadDemo } from '../lib/server/demo';
import { translate } from '../lib/i18n';
import { pabulibEn } from '../lib/i18n/pabulib';
import { PabulibError, parsePabulib, toElection } from '../lib/server/modules/budgeting/pabulib';
import { tally, toDecimalString, type TallyOptions } from '../lib/server/modules/budgeting/tally';
import { checkPlainLanguage } from '../lib/server/modules/plainlanguage';

const usage = `samenspel — command-line tool

  samenspel user create --email ADDRESS --name NAME [--password PASSWORD] [--admin]
  samenspel token create --email ADDRESS [--name NAME]
  samenspel demo load
  samenspel db migrate
  samenspel pb tally FILE.pb --rule greedy|mes [--per-cost] [--utility cost|approval|points]
      [--completion none|greedy|add1|add1-greedy] [--add1-until exhaustive|budget] [--tie-break id|votes|cost]
  samenspel taal check FILE

Uses DATABASE_URL when set, otherwise the PGlite directory DATA_DIR (default ./data).
pb tally counts a Pabulib file and prints one line of JSON; it uses no database.
taal check prints the plain-language scores and findings of a Dutch text file as JSON, as the API does.`;

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

const tallyChoices = {
	rule: ['greedy', 'mes'],
	utility: ['cost', 'approval', 'points'],
	completion: ['none', 'greedy', 'add1', 'add1-greedy'],
	'add1-until': ['exhaustive', 'budget'],
	'tie-break': ['id', 'votes', 'cost']
} as const;

type TallyFlag = keyof typeof tallyChoices;

class CliRefusal extends Error {}

function choice<F extends TallyFlag>(values: Partial<Record<TallyFlag, string>>, flag: F): (typeof tallyChoices)[F][number] | undefined {
	const value = values[flag];
	if (value === undefined) return undefined;
	const allowed: readonly string[] = tallyChoices[flag];
	if (!allowed.includes(value)) throw new CliRefusal(`Unknown value for --${flag}: "${value}". Use ${allowed.join(', ')}.`);
	return value as (typeof tallyChoices)[F][number];
}

/** The English message of the catalogue, until it is part of the one `translate` reads. */
function pabulibMessage(error: PabulibError): string {
	return pabulibEn[error.code].replace(/\{(\w+)\}/g, (whole, name: string) => (name in error.params ? String(error.params[name]) : whole));
}

/** `pb tally`: counts a file without starting the app, so it needs no database and no lock on one. */
function pbTally(argv: string[]): number {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: { rule: { type: 'string' }, 'per-cost': { type: 'boolean' }, utility: { type: 'string' }, completion: { type: 'string' }, 'add1-until': { type: 'string' }, 'tie-break': { type: 'string' } }
		});
	} catch (error) {
		console.error(`${error instanceof Error ? error.message : error}\n\n${usage}`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (positionals.length !== 1 || values.rule === undefined) {
		console.error(usage);
		return 2;
	}
	try {
		const options: TallyOptions = {
			rule: choice(values, 'rule')!,
			perCost: values['per-cost'] === true,
			utility: choice(values, 'utility'),
			completion: choice(values, 'completion'),
			add1Until: choice(values, 'add1-until'),
			tieBreak: choice(values, 'tie-break')
		};
		const outcome = tally(toElection(parsePabulib(readTextFile(positionals[0]))), options);
		console.log(JSON.stringify({ selected: outcome.selected, spent: toDecimalString(outcome.spent), budget: toDecimalString(outcome.budget) }));
		return 0;
	} catch (error) {
		if (error instanceof PabulibError) console.error(`${positionals[0]}: ${pabulibMessage(error)}`);
		else if (error instanceof CliRefusal || error instanceof RangeError) console.error(error.message);
		else throw error;
		return 1;
	}
}

/** `taal check`: the plain-language check of a file, without the app, as `POST /plain-language/check` answers it. */
function taalCheck(argv: string[]): number {
	if (argv.length !== 1) {
		console.error(usage);
		return 2;
	}
	try {
		console.log(JSON.stringify(checkPlainLanguage(readTextFile(argv[0])), null, 2));
		return 0;
	} catch (error) {
		if (error instanceof DomainError) console.error(`${argv[0]}: ${translate('en', error.messageKey, error.params)}`);
		else if (error instanceof CliRefusal) console.error(error.message);
		else throw error;
		return 1;
	}
}

function readTextFile(file: string): string {
	try {
		return readFileSync(file, 'utf8');
	} catch (error) {
		throw new CliRefusal(`Cannot read ${file}: ${error instanceof Error ? error.message : error}`);
	}
}

async function main(argv: string[]): Promise<number> {
	if (argv[0] === 'pb' && argv[1] === 'tally') return pbTally(argv.slice(2));
	if (argv[0] === 'taal' && argv[1] === 'check') return taalCheck(argv.slice(2));
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
