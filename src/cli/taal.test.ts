// `samenspel taal check` as a user runs it: a child process, JSON on stdout, a reason and exit code 1 for bad input.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { root, runSamenspel } from './running';

const letter = path.join(root, 'src/lib/server/modules/plainlanguage/corpus/gemeentebrief.md');

const samenspel = (...args: string[]) => runSamenspel('taal', 'check', ...args);

describe('samenspel taal check', () => {
	it('prints the scores and findings of a file as the API answers them', () => {
		const run = samenspel(letter);
		assert.equal(run.status, 0, run.stderr);
		const result = JSON.parse(run.stdout);
		assert.deepEqual(Object.keys(result), ['scores', 'findings', 'looksDutch']);
		assert.equal(result.scores.words, 334);
		assert.ok(result.findings.some((f: { kind: string; words: string[] }) => f.kind === 'officialese' && f.words.join(' ') === 'middels'));
	});

	it('refuses a missing file, binary garbage and English with the reason and exit code 1, and wrong use with 2', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'taal-'));
		const binary = path.join(dir, 'plaatje.png');
		writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0xff, 0xfe]));
		const english = path.join(dir, 'english.txt');
		writeFileSync(english, 'The municipality invites all residents to the meeting about the new playground next week in the town hall.');
		const missing = samenspel(path.join(dir, 'nergens.txt'));
		assert.equal(missing.status, 1);
		assert.match(missing.stderr, /Cannot read/);
		assert.equal(samenspel(binary).status, 1);
		assert.match(samenspel(binary).stderr, /does not look like text/);
		assert.match(samenspel(english).stderr, /does not look Dutch/);
		assert.equal(samenspel().status, 2);
	});
});
