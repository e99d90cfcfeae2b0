// `samenspel pb tally` as a user runs it: a child process, JSON on stdout, exit codes that scripts rely on.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { root, runSamenspel } from './running';

const wieliczka = path.join(root, 'tests/data/pabulib/poland_wieliczka_2023.pb');
const anin = path.join(root, 'tests/data/pabulib/poland_warszawa_2017_anin.pb');

const samenspel = (...args: string[]) => runSamenspel('pb', 'tally', ...args);

describe('samenspel pb tally', () => {
	it('prints the funded projects in order, the money spent and the budget as exact decimals', () => {
		const run = samenspel(anin, '--rule', 'greedy');
		assert.equal(run.status, 0, run.stderr);
		const result = JSON.parse(run.stdout);
		assert.deepEqual(Object.keys(result), ['selected', 'spent', 'budget']);
		assert.equal(result.selected.length, 6);
		assert.equal(typeof result.spent, 'string');
		assert.equal(result.budget, '122468');
	});

	it('counts Equal Shares with add1 the way Wieliczka did', () => {
		const run = samenspel(wieliczka, '--rule', 'mes', '--completion', 'add1', '--add1-until', 'budget');
		assert.equal(run.status, 0, run.stderr);
		const result = JSON.parse(run.stdout);
		assert.equal(result.selected.length, 30);
		assert.equal(result.spent, '995079');
	});

	it('refuses a bad file with the line and exit code 1', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'pb-'));
		const bad = path.join(dir, 'bad.pb');
		writeFileSync(bad, 'META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;-5\nVOTES\nvoter_id;vote\n');
		const run = samenspel(bad, '--rule', 'greedy');
		assert.equal(run.status, 1);
		assert.match(run.stderr, /Line 7/);
		assert.equal(samenspel(path.join(dir, 'missing.pb'), '--rule', 'greedy').status, 1);
	});

	it('shows the usage with exit code 2 when the rule or the file is missing, and refuses unknown values', () => {
		assert.equal(samenspel(anin).status, 2);
		assert.equal(samenspel('--rule', 'mes').status, 2);
		const unknown = samenspel(anin, '--rule', 'dhondt');
		assert.equal(unknown.status, 1);
		assert.match(unknown.stderr, /--rule/);
	});
});
