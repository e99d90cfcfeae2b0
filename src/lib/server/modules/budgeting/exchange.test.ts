// Pabulib files in and out, on every engine of this run: a real election imported as a process
// counts to what the city funded, a bad file changes nothing and says where it is wrong, and a
// finished process exports its ballots without anything that leads back to a voter.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { count } from 'drizzle-orm';
import '../../components';
import { engines, refused, world, type World } from '../../testing';
import type { Actor } from '../identity';
import { replayLimits } from './counting';
import { castBallot, countVotes, createProcess, exportPabulib, generateCodes, getResults, importPabulib, maxImportBytes, reviewProposal, submitProposal } from './index';
import { parsePabulib, toElection } from './pabulib';
import { budgetBallot, budgetProcess, budgetProposal, budgetResult } from './schema';
import { tally, toDecimalString } from './tally';
import { tallyOptions } from './counting';
import { aadorpProcess, afterVoting, budgetSpace, created, inProposals, inReview, inVoting, noordZuidProcess, on } from './testing';

const folder = new URL('../../../../../tests/data/pabulib/', import.meta.url);
const real = (name: string) => readFileSync(new URL(name, folder), 'utf8');
const fundedIn = (text: string) =>
	parsePabulib(text)
		.projects.filter((p) => p.extra.selected === '1')
		.map((p) => p.id)
		.sort();
const sorted = (ids: string[]) => [...ids].sort();

const now = on('2030-06-01');

/** A small file to spoil in one place at a time. */
const small = (over: { projects?: string; votes?: string; budget?: string } = {}) =>
	[
		'META',
		'key;value',
		'description;Proefstemming',
		`budget;${over.budget ?? '1000'}`,
		'vote_type;approval',
		'rule;greedy',
		'PROJECTS',
		'project_id;cost;name',
		...(over.projects ?? '1;600;Speeltuin\n2;500;Bankjes\n3;300;Bloembakken').split('\n'),
		'VOTES',
		'voter_id;vote',
		...(over.votes ?? 'a;1,2\nb;2,3\nc;3').split('\n')
	].join('\n');

for (const engine of engines())
	describe(`Pabulib import and export (${engine})`, () => {
		let w: World;
		let owner: Actor;
		let resident: Actor;
		let spaceSlug: string;
		const db = () => w.database.db;
		const tables = [budgetProcess, budgetProposal, budgetBallot, budgetResult] as const;
		const rowCounts = async () => Promise.all(tables.map(async (table) => Number((await db().select({ n: count() }).from(table))[0].n)));

		before(async () => {
			w = await world(engine);
			[owner, resident] = await Promise.all([w.person('Olga Eigenaar'), w.person('Rita Bewoner')]);
			spaceSlug = (await budgetSpace(db(), owner, { title: 'Leren van begrotingen', visibility: 'public' })).slug;
		});
		after(() => w.database.drop());

		describe('import', () => {
			it('turns Warsaw 2017 (Anin) into a process that funds what Warsaw funded, greedy by votes', async () => {
				const text = real('poland_warszawa_2017_anin.pb');
				const made = await importPabulib(db(), owner, spaceSlug, text, '', now);
				assert.equal(made.imported, true);
				assert.equal(made.title, 'Local PB in Warsaw, Wawer | Anin');
				assert.equal(made.rule, 'greedy');
				assert.equal(made.totalCents, 12_246_800);
				const results = await getResults(db(), null, made.slug, now);
				assert.equal(results.boxes.length, 1);
				const [box] = results.boxes;
				assert.equal(box.ballots, 510);
				assert.equal(box.outcome.projects.length, 17);
				assert.deepEqual(sorted(box.outcome.selected), fundedIn(text));
				assert.equal(box.outcome.budgetCents, 12_246_800);
				const project = box.outcome.projects.find((p) => p.code === '1828')!;
				assert.equal(project.votes, 206);
				assert.equal(project.costCents, 9_077_000);
				assert.match(project.title, /^W zdrowym ciele/);
			});

			it('counts Wieliczka 2023 with Equal Shares and add1 while it fits: 30 projects for 995,079', async () => {
				const text = real('poland_wieliczka_2023.pb');
				const made = await importPabulib(db(), owner, spaceSlug, text, 'Wieliczka 2023', now);
				assert.deepEqual([made.rule, made.completion, made.add1Until], ['mes', 'add1', 'budget']);
				const [box] = (await getResults(db(), null, made.slug, now)).boxes;
				assert.equal(box.ballots, 6586);
				assert.equal(box.outcome.selected.length, 30);
				assert.equal(box.outcome.spentCents, 99_507_900);
				assert.deepEqual(sorted(box.outcome.selected), fundedIn(text));
				assert.ok(box.outcome.add1 && box.outcome.add1.runs > 1);
				assert.ok(box.outcome.projects.every((p) => ['mes', 'supportersRanOut', 'noSupport'].includes(p.why.kind)));
				assert.notDeepEqual(sorted(box.greedy.selected), sorted(box.outcome.selected), 'greedy would have chosen otherwise');
				// Counted again from the stored ballots, the outcome is the one counted from the file.
				await countVotes(db(), owner, made.slug, now);
				const [recount] = (await getResults(db(), null, made.slug, now)).boxes;
				assert.deepEqual([recount.outcome, recount.greedy], [box.outcome, box.greedy]);
			});

			it('refuses a bad file with a message that names the line, and writes nothing', async () => {
				const before = await rowCounts();
				const cases: Array<[string, string, Record<string, unknown>, number?]> = [
					[small({ votes: 'a;1,2\nb;2,7\nc;3' }), 'pabulib.error.unknownProject', { line: 15, voter: 'b', project: '7' }],
					[small({ projects: '1;600;Speeltuin\n2;500;Bankjes\n1;300;Bloembakken' }), 'pabulib.error.duplicateProject', { line: 11, project: '1' }],
					[small({ projects: '1;600;Speeltuin\n2;-500;Bankjes\n3;300;Bloembakken' }), 'pabulib.error.negativeCost', { line: 10, project: '2', value: '-500' }],
					[small({ projects: '1;600;Speeltuin\n2;500.125;Bankjes\n3;300;Bloembakken' }), 'budget.error.importCents', { line: 10 }],
					[small({ budget: '0' }), 'budget.error.importBudgetZero', { line: 4 }],
					[small({ votes: 'a;1,1' }), 'pabulib.error.doubleApproval', { line: 14 }],
					['project_id,cost\n1,100\n', 'pabulib.error.missingSection', { line: 1, section: 'META' }],
					['%PDF-1.4\n1 0 obj\n', 'pabulib.error.missingSection', { line: 1 }],
					['', 'pabulib.error.missingSection', { line: 1 }],
					['x'.repeat(maxImportBytes + 1), 'budget.error.importTooLarge', { max: 5 }, 413]
				];
				for (const [text, key, params, status = 400] of cases)
					await assert.rejects(importPabulib(db(), owner, spaceSlug, text, '', now), (error) => {
						assert.ok(refused(key, status, 'file')(error));
						for (const [name, value] of Object.entries(params)) assert.equal((error as { params?: Record<string, unknown> }).params?.[name], value, `${key}: ${name}`);
						return true;
					});
				await assert.rejects(importPabulib(db(), owner, spaceSlug, small(), 'x'.repeat(141), now), refused('budget.error.importTitle', 400, 'title'));
				assert.deepEqual(await rowCounts(), before, 'no process, proposal, ballot or count was written');
			});

			it('is for facilitators only', async () => {
				const before = await rowCounts();
				await assert.rejects(importPabulib(db(), resident, spaceSlug, small(), '', now), refused('error.forbidden', 403));
				await assert.rejects(importPabulib(db(), null, spaceSlug, small(), '', now), refused('error.signInRequired', 401));
				await assert.rejects(importPabulib(db(), owner, 'geen-ruimte', small(), '', now), refused('error.notFound', 404));
				assert.deepEqual(await rowCounts(), before);
			});

			it('replays an imported election with another rule in memory, and refuses what would take too long', async () => {
				const made = await importPabulib(db(), owner, spaceSlug, real('poland_warszawa_2017_anin.pb'), 'Anin', now);
				const before = await rowCounts();
				const replay = await getResults(db(), null, made.slug, now, { rule: 'mes', completion: 'add1', add1Until: 'exhaustive', tieBreak: 'votes' });
				const [box] = replay.boxes;
				assert.equal(box.outcome.rule, 'mes');
				assert.equal(box.outcome.settings?.tieBreak, 'votes');
				const expected = tally(toElection(parsePabulib(real('poland_warszawa_2017_anin.pb'))), { rule: 'mes', completion: 'add1', tieBreak: 'votes' });
				assert.deepEqual(box.outcome.selected, expected.selected);
				assert.equal(box.greedy.rule, 'greedy');
				assert.deepEqual(await rowCounts(), before, 'a replay stores nothing');
				const stored = await getResults(db(), null, made.slug, now);
				assert.equal(stored.boxes[0].outcome.rule, 'greedy');
				await assert.rejects(getResults(db(), null, made.slug, now, { rule: 'borda' }), (error) => (error as Error).name === 'ZodError');

				const large = await importPabulib(db(), owner, spaceSlug, real('poland_warszawa_2017_praga-poludnie.pb'), '', now);
				await assert.rejects(getResults(db(), null, large.slug, now, { rule: 'mes', completion: 'add1' }), refused('budget.error.replayTooLarge', 413));
				const plain = await getResults(db(), null, large.slug, now, { rule: 'mes' });
				assert.ok(plain.boxes[0].outcome.selected.length > 0);
				assert.ok(replayLimits.add1 < 32_508);
			});
		});

		describe('export', () => {
			/** A finished process in the space: two feasible proposals, three ballots by code, counted. */
			async function finishedProcess() {
				const process = await createProcess(db(), owner, spaceSlug, aadorpProcess(), created);
				for (const [title, cost] of [['Speeltuin opknappen', '4.000'], ['Bankjes bij de vijver', '7.000'], ['Bloembakken', '2.500,50']] as const) {
					const made = await submitProposal(db(), null, resident, process.slug, { title, description: `${title}, voor iedereen in de buurt.`, cost }, [], inProposals);
					await reviewProposal(db(), owner, process.slug, made.number, { verdict: 'feasible' }, inReview);
				}
				const { codes } = await generateCodes(db(), owner, process.slug, { count: 3 }, inReview);
				await castBallot(db(), null, process.slug, { code: codes[0] }, new Map([['1', 1], ['3', 1]]), inVoting);
				await castBallot(db(), null, process.slug, { code: codes[1] }, new Map([['2', 1]]), inVoting);
				await castBallot(db(), resident, process.slug, { postcode: '7607 AB', oldEnough: 'on' }, new Map([['1', 1]]), on('2030-03-06'));
				return process;
			}

			it('gives the anonymous ballots of a finished process, which count to the same outcome', async () => {
				const process = await finishedProcess();
				await assert.rejects(exportPabulib(db(), null, process.slug, null, on('2030-03-10')), refused('budget.error.notCounted', 404), 'not while voting is open');
				await countVotes(db(), owner, process.slug, afterVoting);
				const { filename, text } = await exportPabulib(db(), null, process.slug, null, afterVoting);
				assert.equal(filename, `${process.slug}.pb`);
				const file = parsePabulib(text);
				assert.equal(file.meta.get('budget'), '10000');
				assert.equal(file.meta.get('vote_type'), 'approval');
				assert.equal(file.meta.get('rule'), 'equalshares/add1');
				assert.equal(file.meta.get('max_sum_cost'), '10000');
				assert.deepEqual(
					file.projects.map((p) => [p.id, toDecimalString(p.cost), p.name]),
					[
						['1', '4000', 'Speeltuin opknappen'],
						['2', '7000', 'Bankjes bij de vijver'],
						['3', '2500.5', 'Bloembakken']
					]
				);
				assert.deepEqual(file.votes.map((v) => v.voterId), ['1', '2', '3'], 'voters are numbered, nothing more');
				assert.deepEqual(sorted(file.votes.map((v) => v.approvals.join(','))), ['1', '1,3', '2']);
				assert.ok(!text.includes(resident.userId) && !text.includes(owner.userId), 'no account in the file');
				assert.deepEqual(Object.keys(file.votes[0].extra), [], 'no column beyond voter and vote');

				const [box] = (await getResults(db(), null, process.slug, afterVoting)).boxes;
				const recount = tally(toElection(file), tallyOptions(process));
				assert.deepEqual(recount.selected, box.outcome.selected);
				assert.equal(Number(toDecimalString(recount.spent)) * 100, box.outcome.spentCents);
				assert.deepEqual(
					file.projects.filter((p) => p.extra.selected === '1').map((p) => p.id),
					sorted(box.outcome.selected)
				);

				// Imported again, the file counts the same with the same rule.
				const again = await importPabulib(db(), owner, spaceSlug, text, '', afterVoting);
				assert.deepEqual([again.rule, again.completion, again.add1Until, again.tieBreak], [process.rule, process.completion, process.add1Until, process.tieBreak]);
				const [replayed] = (await getResults(db(), null, again.slug, afterVoting)).boxes;
				assert.deepEqual(replayed.outcome.selected, box.outcome.selected);
			});

			it('asks which area, when a process has areas', async () => {
				const process = await createProcess(db(), owner, spaceSlug, noordZuidProcess(), created);
				await assert.rejects(exportPabulib(db(), null, process.slug, null, afterVoting), refused('budget.error.areaRequired', 400, 'area'));
				await assert.rejects(exportPabulib(db(), null, process.slug, '00000000-0000-4000-8000-000000000000', afterVoting), refused('error.notFound', 404, 'area'));
				const [results] = [await getResults(db(), null, process.slug, afterVoting)];
				assert.equal(results.counted, false);
			});

			it('exports an imported election so that it counts the same again', async () => {
				const text = real('poland_warszawa_2017_anin.pb');
				const made = await importPabulib(db(), owner, spaceSlug, text, 'Anin', now);
				const exported = parsePabulib((await exportPabulib(db(), null, made.slug, null, now)).text);
				assert.equal(exported.votes.length, 510);
				assert.ok(exported.votes.every((v, i) => v.voterId === String(i + 1)), 'the file’s own voter ids are not passed on');
				assert.deepEqual(sorted(tally(toElection(exported), { rule: 'greedy' }).selected), fundedIn(text));
			});
		});
	});
