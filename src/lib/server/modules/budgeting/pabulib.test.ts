import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { pabulibEn, pabulibNl } from '../../../i18n/pabulib';
import { PabulibError, parsePabulib, toElection, writePabulib } from './pabulib';
import { parseDecimal } from './tally';

const folder = new URL('../../../../../tests/data/pabulib/', import.meta.url);

/** A small file; `projects` and `votes` replace the rows of their sections. */
function file({ meta = 'budget;100\nvote_type;approval', projects = '1;60;Bankjes\n2;50;Speeltuin', votes = '1;1,2\n2;2' } = {}): string {
	return `META\nkey;value\n${meta}\nPROJECTS\nproject_id;cost;name\n${projects}\nVOTES\nvoter_id;vote\n${votes}\n`;
}

function refusal(text: string): { code: string; params: Record<string, string | number> } {
	try {
		parsePabulib(text);
	} catch (error) {
		if (error instanceof PabulibError) return { code: error.code, params: error.params };
		throw error;
	}
	assert.fail('the file was read');
}

describe('Pabulib files', () => {
	it('reads projects and votes with their own columns and keeps every other column', () => {
		const parsed = parsePabulib(file());
		assert.equal(parsed.meta.get('budget'), '100');
		assert.deepEqual(parsed.projects[0], { id: '1', cost: parseDecimal('60'), name: 'Bankjes', extra: {} });
		assert.deepEqual(parsed.votes[0], { voterId: '1', approvals: ['1', '2'], extra: {} });
		const election = toElection(parsed);
		assert.equal(election.kind, 'approval');
		assert.deepEqual(election.ballots, [{ approvals: ['1', '2'] }, { approvals: ['2'] }]);
	});

	it('reads quoted fields with ; and line breaks, Windows line ends and a byte order mark', () => {
		const text = '\ufeff' + file({ projects: '1;60;"Bank; groot ""model""\nmet leuning"\n2;50;Speeltuin' }).replaceAll('\n', '\r\n');
		const parsed = parsePabulib(text);
		assert.equal(parsed.projects[0].name, 'Bank; groot "model"\nmet leuning');
		assert.equal(parsed.projects.length, 2);
	});

	it('writes what it reads back to an equal file, for every real election kept here', () => {
		for (const name of ['poland_warszawa_2017_anin.pb', 'france_toulouse_2019_.pb', 'poland_czestochowa_2020_grabowka.pb', 'poland_wieliczka_2023.pb']) {
			const parsed = parsePabulib(readFileSync(new URL(name, folder), 'utf8'));
			assert.deepEqual(parsePabulib(writePabulib(parsed)), parsed, name);
		}
	});

	it('reads points ballots from cumulative files', () => {
		const parsed = parsePabulib(readFileSync(new URL('poland_czestochowa_2020_grabowka.pb', folder), 'utf8'));
		const election = toElection(parsed);
		assert.equal(election.kind, 'points');
		assert.ok(election.ballots.every((ballot) => ballot.points?.length === ballot.approvals.length));
	});

	it('refuses a vote for a project that is not in the file, naming the line, voter and project', () => {
		assert.deepEqual(refusal(file({ votes: '1;1\n2;7' })), { code: 'pabulib.error.unknownProject', params: { line: 12, voter: '2', project: '7' } });
	});

	it('refuses a project id used twice', () => {
		assert.deepEqual(refusal(file({ projects: '1;60;Bankjes\n1;50;Speeltuin' })), { code: 'pabulib.error.duplicateProject', params: { line: 8, project: '1' } });
	});

	it('refuses negative costs and costs that are not numbers', () => {
		assert.equal(refusal(file({ projects: '1;-60;Bankjes\n2;50;Speeltuin' })).code, 'pabulib.error.negativeCost');
		assert.equal(refusal(file({ projects: '1;zestig;Bankjes\n2;50;Speeltuin' })).code, 'pabulib.error.costNotANumber');
	});

	it('refuses what is not a Pabulib file, or not one we can count', () => {
		assert.equal(refusal('hello world').code, 'pabulib.error.missingSection');
		assert.equal(refusal('').code, 'pabulib.error.missingSection');
		assert.equal(refusal(file({ meta: 'vote_type;approval' })).code, 'pabulib.error.missingMeta');
		assert.equal(refusal(file({ meta: 'budget;veel\nvote_type;approval' })).code, 'pabulib.error.budgetNotANumber');
		assert.equal(refusal(file({ meta: 'budget;100\nvote_type;ordinal' })).code, 'pabulib.error.ordinalVotes');
		assert.equal(refusal(file({ votes: '1;1,1' })).code, 'pabulib.error.doubleApproval');
		assert.equal(refusal(file({ votes: '1;1\n1;2' })).code, 'pabulib.error.duplicateVoter');
		assert.equal(refusal(file({ votes: '1;1;extra' })).code, 'pabulib.error.fieldCount');
		assert.equal(refusal(file({ projects: '1;60;"Bankjes' })).code, 'pabulib.error.unclosedQuote');
		assert.equal(refusal(file().replace('PROJECTS', 'VOTES')).code, 'pabulib.error.sectionOrder');
	});

	it('has a message in Dutch and English for every refusal, with the line in it', () => {
		for (const [key, message] of Object.entries(pabulibNl)) {
			assert.match(message, /\{line\}/, key);
			assert.match(pabulibEn[key as keyof typeof pabulibEn], /\{line\}/, key);
		}
	});
});
