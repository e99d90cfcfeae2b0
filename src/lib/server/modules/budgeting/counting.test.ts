// Counting on every engine of this run: each ballot box of a process with areas is counted on
// its own, the Method of Equal Shares says for every project why it was or was not funded, greedy
// by votes is kept beside it, and only facilitators count, only once voting has closed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { count, eq } from 'drizzle-orm';
import '../../components';
import { engines, refused, world, type World } from '../../testing';
import type { Actor } from '../identity';
import { auditEvent } from '../identity/schema';
import { countBallotBoxes, countDay } from './counting';
import { castBallot, countVotes, createProcess, generateCodes, getProcess, getResults, reviewProposal, submitProposal, type StoredProject } from './index';
import { budgetResult } from './schema';
import { afterVoting, budgetSpace, created, inProposals, inReview, inVoting, noordZuidProcess, on } from './testing';

/**
 * Noord: ten voters, €1.000 each under MES. Six of them want A and B (€5.000 each), four want C
 * (€4.000), one of the four also wants E (€3.000); nobody wants D. Greedy by votes gives the
 * six their two projects and the four nothing; Equal Shares gives each group its share.
 */
const noord = { A: '5.000', B: '5.000', C: '4.000', D: '2.000', E: '3.000' } as const;
const noordBallots = [...Array(6).fill(['A', 'B']), ['C'], ['C'], ['C'], ['C', 'E']] as string[][];
/** Zuid: three voters, €2.000 each; F and G tie on their price per euro, the lower number wins. */
const zuid = { F: '2.000', G: '3.000' } as const;
const zuidBallots = [['F'], ['F', 'G'], ['G']];

for (const engine of engines())
	describe(`counting (${engine})`, () => {
		let w: World;
		let owner: Actor;
		let resident: Actor;
		let spaceSlug: string;
		const db = () => w.database.db;

		/** A process with areas Noord and Zuid whose ballots are cast; `codes` maps project letters to codes. */
		async function votedProcess(over: Record<string, unknown> = {}) {
			const process = await createProcess(db(), owner, spaceSlug, noordZuidProcess(over), created);
			const { areas } = await getProcess(db(), owner, process.slug, created);
			const codes = new Map<string, string>();
			for (const [area, projects] of [
				[areas[0], noord],
				[areas[1], zuid]
			] as const)
				for (const [letter, cost] of Object.entries(projects)) {
					const made = await submitProposal(db(), null, resident, process.slug, { title: `Project ${letter} in ${area.name}`, description: `Project ${letter}, voor de hele buurt.`, cost, areaId: area.id }, [], inProposals);
					await reviewProposal(db(), owner, process.slug, made.number, { verdict: 'feasible' }, inReview);
					codes.set(letter, made.code);
				}
			for (const [area, ballots] of [
				[areas[0], noordBallots],
				[areas[1], zuidBallots]
			] as const) {
				const batch = await generateCodes(db(), owner, process.slug, { count: ballots.length, areaId: area.id }, inReview);
				for (const [i, ballot] of ballots.entries())
					await castBallot(db(), null, process.slug, { code: batch.codes[i] }, new Map(ballot.map((letter) => [codes.get(letter)!, 1])), inVoting);
			}
			return { process, areas, codes };
		}

		const byLetter = (projects: StoredProject[], codes: Map<string, string>) => {
			const found = (letter: string) => projects.find((p) => p.code === codes.get(letter))!;
			return found;
		};

		before(async () => {
			w = await world(engine);
			[owner, resident] = await Promise.all([w.person('Olga Eigenaar'), w.person('Rita Bewoner')]);
			spaceSlug = (await budgetSpace(db(), owner, { title: 'Wijkbudget Almelo', visibility: 'public' })).slug;
		});
		after(() => w.database.drop());

		it('is refused before voting has closed, and to anyone but the facilitators', async () => {
			const { process } = await votedProcess();
			await assert.rejects(countVotes(db(), owner, process.slug, inVoting), refused('budget.error.countTooEarly', 409));
			await assert.rejects(countVotes(db(), resident, process.slug, afterVoting), refused('error.forbidden', 403));
			await assert.rejects(countVotes(db(), null, process.slug, afterVoting), refused('error.signInRequired', 401));
			const rows = await db().select({ n: count() }).from(budgetResult).where(eq(budgetResult.processId, process.id));
			assert.equal(rows[0].n, 0);
			const waiting = await getResults(db(), null, process.slug, afterVoting);
			assert.equal(waiting.counted, false);
			assert.equal(waiting.countsOn, '2030-03-15', 'the night after the last day of voting');
			assert.equal(countDay({ votingUntil: '2030-12-31' }), '2031-01-01');
			const during = await getResults(db(), owner, process.slug, inVoting);
			assert.deepEqual([during.counted, during.votingClosed, during.canCount], [false, false, false]);
		});

		it('counts each ballot box on its own, and says for every project why', async () => {
			const { process, codes } = await votedProcess();
			await countVotes(db(), owner, process.slug, afterVoting);
			const results = await getResults(db(), null, process.slug, afterVoting);
			assert.equal(results.counted, true);
			assert.equal(results.canCount, false, 'a visitor does not count');
			assert.deepEqual(
				results.boxes.map((b) => [b.area?.name, b.ballots]),
				[
					['Noord', 10],
					['Zuid', 3]
				]
			);
			const [north, south] = results.boxes;
			const code = (letter: string) => codes.get(letter)!;

			// Equal Shares in Noord: A for the six, then C for the four.
			assert.equal(north.outcome.rule, 'mes');
			assert.deepEqual(north.outcome.selected, [code('A'), code('C')]);
			assert.equal(north.outcome.spentCents, 900_000);
			assert.equal(north.outcome.budgetCents, 1_000_000);
			assert.equal(north.outcome.startPerVoterCents, 100_000, 'each of ten voters starts with €1.000');
			assert.deepEqual(north.outcome.settings, { rule: 'mes', perCost: false, utility: 'cost', completion: 'none', add1Until: 'exhaustive', tieBreak: 'id' });
			const project = byLetter(north.outcome.projects, codes);
			assert.deepEqual(project('A').why, { kind: 'mes', round: 1, priceCents: 83_334, price: '2500/3' }, '€5.000 over six supporters, rounded up');
			assert.deepEqual(project('C').why, { kind: 'mes', round: 2, priceCents: 100_000, price: '1000' });
			assert.deepEqual(project('B').why, { kind: 'supportersRanOut', heldCents: 100_000 }, 'the six hold €1.000 of its €5.000 once A is bought');
			assert.deepEqual(project('E').why, { kind: 'supportersRanOut', heldCents: 0 });
			assert.deepEqual(project('D').why, { kind: 'noSupport' });
			assert.deepEqual(
				[project('A').votes, project('B').votes, project('C').votes, project('D').votes, project('E').votes],
				[6, 6, 4, 0, 1]
			);
			assert.equal(project('A').title, 'Project A in Noord');

			// Greedy by votes would have given the majority both of its projects.
			assert.deepEqual(north.greedy.selected, [code('A'), code('B')]);
			const greedy = byLetter(north.greedy.projects, codes);
			assert.deepEqual(greedy('A').why, { kind: 'greedy', position: 1 });
			assert.deepEqual(greedy('B').why, { kind: 'greedy', position: 2 });
			assert.deepEqual(greedy('C').why, { kind: 'doesNotFit', leftCents: 0 });
			assert.equal(north.greedy.spentCents, 1_000_000);

			// Zuid has its own budget and its own ballots: F wins the tie on price by its lower number.
			assert.deepEqual(south.outcome.selected, [code('F'), code('G')]);
			assert.equal(south.outcome.budgetCents, 600_000);
			const southern = byLetter(south.outcome.projects, codes);
			assert.deepEqual(southern('F').why, { kind: 'mes', round: 1, priceCents: 100_000, price: '1000' });
			assert.deepEqual(southern('G').why, { kind: 'mes', round: 2, priceCents: 200_000, price: '2000' });
			assert.ok(!south.outcome.projects.some((p) => p.code === code('A')), 'no project of Noord is on the ballot of Zuid');

			const [audit] = await db().select({ n: count() }).from(auditEvent).where(eq(auditEvent.action, 'budget.count'));
			assert.ok(audit.n >= 1);
		});

		it('counts the same twice: a recount replaces the count', async () => {
			const { process } = await votedProcess();
			await countVotes(db(), owner, process.slug, afterVoting);
			const first = await getResults(db(), owner, process.slug, afterVoting);
			assert.equal(first.canCount, true);
			await countVotes(db(), owner, process.slug, on('2030-03-21'));
			await countBallotBoxes(db(), process.id, on('2030-03-22'));
			const again = await getResults(db(), owner, process.slug, afterVoting);
			const rows = await db().select({ n: count() }).from(budgetResult).where(eq(budgetResult.processId, process.id));
			assert.equal(rows[0].n, 2, 'one count per ballot box');
			assert.deepEqual(
				again.boxes.map((b) => [b.outcome, b.greedy, b.ballots]),
				first.boxes.map((b) => [b.outcome, b.greedy, b.ballots])
			);
			assert.equal(again.boxes[0].countedAt.toISOString(), on('2030-03-22').toISOString());
		});

		it('counts greedy processes by votes, whatever completion the form left behind', async () => {
			const { process, codes } = await votedProcess({ rule: 'greedy', completion: 'add1' });
			await countVotes(db(), owner, process.slug, afterVoting);
			const [north] = (await getResults(db(), null, process.slug, afterVoting)).boxes;
			assert.equal(north.outcome.rule, 'greedy');
			assert.equal(north.outcome.settings?.completion, 'none');
			assert.deepEqual(north.outcome.selected, [codes.get('A'), codes.get('B')]);
			assert.deepEqual(north.outcome.projects.find((p) => p.code === codes.get('E'))!.why, { kind: 'doesNotFit', leftCents: 0 });
			assert.equal(north.outcome.startPerVoterCents, null);
		});

		it('completes Equal Shares greedily when the process says so', async () => {
			const { process, codes } = await votedProcess({ completion: 'greedy' });
			await countVotes(db(), owner, process.slug, afterVoting);
			const [north] = (await getResults(db(), null, process.slug, afterVoting)).boxes;
			// €1.000 is left after A and C: nothing more fits, so the outcome stays.
			assert.deepEqual(north.outcome.selected, [codes.get('A'), codes.get('C')]);
			const [south] = (await getResults(db(), null, process.slug, afterVoting)).boxes.slice(1);
			assert.equal(south.outcome.spentCents, 500_000);
		});

		it('replays only imported elections', async () => {
			const { process } = await votedProcess();
			await countVotes(db(), owner, process.slug, afterVoting);
			await assert.rejects(getResults(db(), null, process.slug, afterVoting, { rule: 'greedy' }), refused('budget.error.replayImportedOnly', 409));
		});
	});
