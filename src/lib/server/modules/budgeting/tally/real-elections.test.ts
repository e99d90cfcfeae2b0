// The tally against real municipal elections: each file's `selected` column holds the projects the
// city funded, so these tests fail the moment a rule drifts from what was counted for real.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parsePabulib, toElection, type PabulibFile } from '../pabulib';
import type { TallyOptions } from './election';
import { tally } from './tally';
import { toDecimalString } from './rational';

const folder = new URL('../../../../../../tests/data/pabulib/', import.meta.url);

function read(name: string): PabulibFile {
	return parsePabulib(readFileSync(new URL(name, folder), 'utf8'));
}

function funded(file: PabulibFile): string[] {
	return file.projects.filter((project) => project.extra.selected === '1').map((project) => project.id);
}

function selected(file: PabulibFile, options: TallyOptions): string[] {
	return tally(toElection(file), options).selected;
}

const sorted = (ids: string[]) => [...ids].sort();

describe('the tally reproduces real elections', () => {
	const greedyFiles = [
		'poland_warszawa_2017_anin.pb',
		'poland_warszawa_2017_goclaw.pb',
		'poland_warszawa_2017_nadwisle.pb',
		'poland_warszawa_2017_plac-wojska-polskiego.pb',
		'poland_warszawa_2017_praga-poludnie.pb',
		'poland_warszawa_2020_praga-poludnie.pb',
		'poland_warszawa_2020_wawer.pb',
		'poland_warszawa_2021_mokotow.pb',
		'poland_wroclaw_2018_.pb'
	];
	for (const name of greedyFiles) {
		it(`greedy by votes funds what ${name} funded`, () => {
			const file = read(name);
			assert.equal(file.meta.get('rule'), 'greedy');
			const expected = funded(file);
			assert.ok(expected.length > 0);
			assert.deepEqual(sorted(selected(file, { rule: 'greedy' })), sorted(expected));
		});
	}

	it('Equal Shares with add1, continuing while it fits, funds what Wieliczka 2023 funded', () => {
		const file = read('poland_wieliczka_2023.pb');
		assert.equal(file.meta.get('rule'), 'equalshares/add1');
		const outcome = tally(toElection(file), { rule: 'mes', completion: 'add1', add1Until: 'budget' });
		assert.deepEqual(sorted(outcome.selected), sorted(funded(file)));
		assert.equal(outcome.selected.length, 30);
		assert.equal(toDecimalString(outcome.spent), '995079');
		assert.equal(toDecimalString(outcome.budget), '1000000');
	});

	it('Equal Shares with add1 stopping at the first exhaustive outcome funds one project more there', () => {
		// The stopping rule matters on real data: this is why the process names it.
		const file = read('poland_wieliczka_2023.pb');
		const exhaustive = selected(file, { rule: 'mes', completion: 'add1', add1Until: 'exhaustive' });
		assert.equal(exhaustive.length, 31);
	});

	it('greedy by votes would have funded a different set in Wieliczka', () => {
		const file = read('poland_wieliczka_2023.pb');
		assert.notDeepEqual(sorted(selected(file, { rule: 'greedy' })), sorted(funded(file)));
	});

	it('gives the same outcome twice: the tally is deterministic', () => {
		const file = read('poland_warszawa_2017_goclaw.pb');
		const options = { rule: 'mes', completion: 'add1-greedy' } as const;
		assert.deepEqual(tally(toElection(file), options), tally(toElection(file), options));
	});
});
