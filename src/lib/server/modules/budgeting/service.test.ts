// Service tests of the budgeting module on every engine of this run: a process with its settings
// fixed once voting opens, proposals reviewed "yes, unless" with one response, vote codes and
// accounts that vote once, ballots refused whole when they break a rule, and who may do what.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { count, eq } from 'drizzle-orm';
import '../../components';
import { engines, invalid, refused, world, type World } from '../../testing';
import type { Actor } from '../identity';
import { createSpace } from '../spaces';
import {
	BallotRefused,
	castBallot,
	createProcess,
	findBallotByReceipt,
	generateCodes,
	getProcess,
	getProposal,
	respondToReview,
	reviewProposal,
	submitProposal,
	updateProcess
} from './index';
import { budgetBallot, budgetProposal, budgetVoteCode, budgetVoter } from './schema';
import { aadorpProcess, afterVoting, budgetSpace, created, inProposals, inReview, inVoting, on } from './testing';

for (const engine of engines())
	describe(`budgeting service (${engine})`, () => {
		let w: World;
		let owner: Actor;
		let resident: Actor;
		let neighbour: Actor;
		let spaceSlug: string;
		let municipalityId: string;
		const db = () => w.database.db;
		const rows = async (table: typeof budgetBallot | typeof budgetVoter | typeof budgetProposal) => Number((await db().select({ n: count() }).from(table))[0].n);

		/** A process with two feasible proposals (€4.000 and €7.000) and one refused, in voting from 2030-03-01. */
		async function votingProcess(over: Record<string, unknown> = {}) {
			const process = await createProcess(db(), owner, spaceSlug, aadorpProcess(over), created);
			for (const [title, cost] of [['Speeltuin opknappen', '4.000'], ['Bankjes bij de vijver', '7.000'], ['Nieuwe provinciale weg', '9.000']] as const)
				await submitProposal(db(), null, resident, process.slug, { title, description: `${title}, voor iedereen in de buurt.`, cost }, [], inProposals);
			await reviewProposal(db(), owner, process.slug, 1, { verdict: 'feasible' }, inReview);
			await reviewProposal(db(), owner, process.slug, 2, { verdict: 'feasible' }, inReview);
			await reviewProposal(db(), owner, process.slug, 3, { verdict: 'not_feasible', reason: 'Deze weg is van de provincie, niet van de gemeente.' }, inReview);
			return process;
		}

		before(async () => {
			w = await world(engine);
			[owner, resident, neighbour] = await Promise.all([w.person('Olga Eigenaar'), w.person('Rita Bewoner'), w.person('Nico Buur')]);
			({ municipalityId, slug: spaceSlug } = await budgetSpace(db(), owner, { title: 'Buurtbudget Aadorp' }));
		});
		after(() => w.database.drop());

		describe('the process', () => {
			it('is made by facilitators only, in a space with the budget component', async () => {
				await assert.rejects(createProcess(db(), resident, spaceSlug, aadorpProcess(), created), refused('error.forbidden', 403));
				await assert.rejects(createProcess(db(), null, spaceSlug, aadorpProcess(), created), refused('error.signInRequired', 401));
				const bare = await createSpace(db(), owner, { title: 'Zonder begroting', ownerIds: [municipalityId] });
				await assert.rejects(createProcess(db(), owner, bare.slug, aadorpProcess(), created), refused('error.notFound', 404));
				const made = await createProcess(db(), owner, spaceSlug, aadorpProcess(), created);
				assert.equal(made.totalCents, 1_000_000);
				assert.equal((await getProcess(db(), null, made.slug, created)).phase, 'upcoming');
			});

			it('refuses settings that do not add up, with a message per field', async () => {
				await assert.rejects(createProcess(db(), owner, spaceSlug, aadorpProcess({ total: 'veel' }), created), invalid('total', 'budget.error.amount'));
				await assert.rejects(createProcess(db(), owner, spaceSlug, aadorpProcess({ votingFrom: '2030-01-20' }), created), invalid('votingFrom', 'budget.error.votingAfterProposals'));
				await assert.rejects(createProcess(db(), owner, spaceSlug, aadorpProcess({ votingByCode: '', votingByAccount: '' }), created), invalid('votingByCode', 'budget.error.whoVotes'));
				const areas = [
					{ name: 'Noord', budget: '6.000', postcodes: '7601' },
					{ name: 'Zuid', budget: '6.000', postcodes: '7602' }
				];
				await assert.rejects(createProcess(db(), owner, spaceSlug, aadorpProcess({ areas }), created), invalid('areas', 'budget.error.areasOverTotal'));
				await assert.rejects(createProcess(db(), owner, spaceSlug, aadorpProcess({ postcodes: 'Aadorp' }), created), invalid('postcodes', 'budget.error.postcodes'));
				await assert.rejects(createProcess(db(), owner, spaceSlug, aadorpProcess(), on('2030-03-02')), refused('budget.error.votingInPast', 400, 'votingFrom'));
			});

			it('changes until voting opens, and never after', async () => {
				const process = await createProcess(db(), owner, spaceSlug, aadorpProcess(), created);
				const changed = await updateProcess(db(), owner, process.slug, aadorpProcess({ total: '12.000' }), inReview);
				assert.equal(changed.totalCents, 1_200_000);
				await assert.rejects(updateProcess(db(), resident, process.slug, aadorpProcess({ total: '1' }), inReview), refused('error.forbidden', 403));
				await assert.rejects(updateProcess(db(), owner, process.slug, aadorpProcess({ total: '1' }), inVoting), refused('budget.error.settingsFixed', 409));
				assert.equal((await getProcess(db(), null, process.slug, inVoting)).process.totalCents, 1_200_000);
			});
		});

		describe('proposals and review', () => {
			it('are proposed while proposals are open, numbered one by one', async () => {
				const process = await createProcess(db(), owner, spaceSlug, aadorpProcess(), created);
				const raw = { title: 'Buurtmoestuin', description: 'Een moestuin voor de hele straat.', cost: '2.500' };
				await assert.rejects(submitProposal(db(), null, resident, process.slug, raw, [], created), refused('budget.error.proposalsClosed', 409));
				await assert.rejects(submitProposal(db(), null, null, process.slug, raw, [], inProposals), refused('error.signInRequired', 401));
				const made = await Promise.all([1, 2, 3].map(() => submitProposal(db(), null, resident, process.slug, raw, [], inProposals)));
				assert.deepEqual(made.map((p) => p.number).sort(), [1, 2, 3]);
				assert.equal(made[0].costCents, 250_000);
				await assert.rejects(submitProposal(db(), null, resident, process.slug, raw, [], inReview), refused('budget.error.proposalsClosed', 409));
				await assert.rejects(submitProposal(db(), null, resident, process.slug, { ...raw, cost: '-5' }, [], inProposals), invalid('cost', 'budget.error.amount'));
			});

			it('takes pictures only, and keeps nothing of a refused proposal', async () => {
				const process = await createProcess(db(), owner, spaceSlug, aadorpProcess(), created);
				const before = await rows(budgetProposal);
				const raw = { title: 'Bloembakken', description: 'Bloembakken langs de Dorpsstraat.', cost: '800' };
				const pdf = { filename: 'plan.pdf', bytes: new Uint8Array([37, 80, 68, 70]) };
				await assert.rejects(submitProposal(db(), null, resident, process.slug, raw, [pdf], inProposals), refused('budget.error.imageType', 400, 'images'));
				const many = Array.from({ length: 6 }, (_, i) => ({ filename: `foto${i}.png`, bytes: new Uint8Array([1]) }));
				await assert.rejects(submitProposal(db(), null, resident, process.slug, raw, many, inProposals), refused('budget.error.tooManyImages', 400, 'images'));
				assert.equal(await rows(budgetProposal), before);
			});

			it('are reviewed "yes, unless" by facilitators, and answered once by the proposer', async () => {
				const process = await createProcess(db(), owner, spaceSlug, aadorpProcess(), created);
				await submitProposal(db(), null, resident, process.slug, { title: 'Jeu-de-boulesbaan', description: 'Een baan bij het dorpshuis.', cost: '3.000' }, [], inProposals);
				await assert.rejects(respondToReview(db(), resident, process.slug, 1, { response: 'Nog niet bekeken?' }, inReview), refused('budget.error.respondOnce', 409));
				await assert.rejects(reviewProposal(db(), resident, process.slug, 1, { verdict: 'feasible' }, inReview), refused('error.forbidden', 403));
				await assert.rejects(reviewProposal(db(), owner, process.slug, 1, { verdict: 'not_feasible' }, inReview), invalid('reason', 'budget.error.reasonRequired'));
				await assert.rejects(reviewProposal(db(), owner, process.slug, 1, { verdict: 'feasible', cost: '3.600' }, inReview), invalid('costNote', 'budget.error.costNoteRequired'));
				await reviewProposal(db(), owner, process.slug, 1, { verdict: 'feasible', cost: '3.600', costNote: 'Inclusief hekwerk en afvoer.' }, inReview);
				const view = await getProposal(db(), resident, process.slug, 1, inReview);
				assert.equal(view.proposal.status, 'feasible');
				assert.equal(view.proposal.reviewedCostCents, 360_000);
				assert.equal(view.can.respond, true);
				assert.equal('proposerId' in view.proposal, false, 'the page names no account');
				await assert.rejects(respondToReview(db(), neighbour, process.slug, 1, { response: 'Ik wil ook iets zeggen.' }, inReview), refused('error.forbidden', 403));
				await respondToReview(db(), resident, process.slug, 1, { response: 'Dank u, dat hekwerk is goed.' }, inReview);
				await assert.rejects(respondToReview(db(), resident, process.slug, 1, { response: 'Nog iets.' }, inReview), refused('budget.error.respondOnce', 409));
				await assert.rejects(reviewProposal(db(), owner, process.slug, 1, { verdict: 'feasible' }, inVoting), refused('budget.error.reviewClosed', 409));
			});
		});

		describe('voting', () => {
			it('casts a ballot with a code once, and keeps who apart from what', async () => {
				const process = await votingProcess();
				const { codes } = await generateCodes(db(), owner, process.slug, { count: 3 }, inReview);
				assert.equal(codes.length, 3);
				const ballotsBefore = await rows(budgetBallot);
				const cast = await castBallot(db(), null, process.slug, { code: codes[0].toLowerCase() }, new Map([['1', 1]]), inVoting);
				assert.match(cast.receipt, /^[A-Z0-9-]{14}$/);
				assert.deepEqual((await findBallotByReceipt(db(), null, process.slug, cast.receipt, inVoting)).projects, ['1']);
				await assert.rejects(castBallot(db(), null, process.slug, { code: codes[0] }, new Map([['2', 1]]), inVoting), refused('budget.error.codeUsed', 409, 'code'));
				await assert.rejects(castBallot(db(), null, process.slug, { code: 'AAAA-BBBB-CCCC' }, new Map([['2', 1]]), inVoting), refused('budget.error.codeUnknown', 400, 'code'));
				assert.equal(await rows(budgetBallot), ballotsBefore + 1);
				const [code] = await db().select().from(budgetVoteCode).where(eq(budgetVoteCode.processId, process.id)).limit(1);
				assert.equal('ballotId' in code, false);
			});

			it('refuses a whole ballot that breaks a rule, and says how', async () => {
				const process = await votingProcess();
				const { codes } = await generateCodes(db(), owner, process.slug, { count: 1 }, inReview);
				const before = await rows(budgetBallot);
				await assert.rejects(castBallot(db(), null, process.slug, { code: codes[0] }, new Map([['1', 1], ['2', 1]]), inVoting), (error) => {
					assert.ok(error instanceof BallotRefused);
					assert.equal(error.messageKey, 'budget.ballot.overBudget');
					assert.deepEqual(error.check.problems, [{ kind: 'overBudget', overCents: 100_000 }]);
					assert.equal(error.check.costCents, 1_100_000);
					return true;
				});
				await assert.rejects(castBallot(db(), null, process.slug, { code: codes[0] }, new Map([['3', 1]]), inVoting), refused('budget.ballot.unknownProject', 400), 'a refused proposal is not on the ballot');
				assert.equal(await rows(budgetBallot), before);
				await castBallot(db(), null, process.slug, { code: codes[0] }, new Map([['2', 1]]), inVoting);
			});

			it('lets residents vote with an account once, from the area and old enough', async () => {
				const process = await votingProcess();
				const choice = new Map([['1', 1]]);
				await assert.rejects(castBallot(db(), null, process.slug, { postcode: '7607 AB', oldEnough: 'on' }, choice, inVoting), refused('error.signInRequired', 401));
				await assert.rejects(castBallot(db(), resident, process.slug, { postcode: '1012 AB', oldEnough: 'on' }, choice, inVoting), refused('budget.error.livesElsewhere', 403, 'postcode'));
				await assert.rejects(castBallot(db(), resident, process.slug, { postcode: 'Aadorp', oldEnough: 'on' }, choice, inVoting), refused('budget.error.postcode', 400, 'postcode'));
				await assert.rejects(castBallot(db(), resident, process.slug, { postcode: '7607 AB' }, choice, inVoting), refused('budget.error.tooYoung', 403, 'oldEnough'));
				await castBallot(db(), resident, process.slug, { postcode: '7607 AB', oldEnough: 'on' }, choice, inVoting);
				await assert.rejects(castBallot(db(), resident, process.slug, { postcode: '7607 AB', oldEnough: 'on' }, choice, inVoting), refused('budget.error.alreadyVoted', 409));
				assert.equal(Number((await db().select({ n: count() }).from(budgetVoter).where(eq(budgetVoter.processId, process.id)))[0].n), 1);
			});

			it('takes ballots only while voting is open', async () => {
				const process = await votingProcess();
				const { codes } = await generateCodes(db(), owner, process.slug, { count: 2 }, inReview);
				await assert.rejects(castBallot(db(), null, process.slug, { code: codes[0] }, new Map([['1', 1]]), inReview), refused('budget.error.votingNotOpen', 409));
				await assert.rejects(castBallot(db(), null, process.slug, { code: codes[0] }, new Map([['1', 1]]), afterVoting), refused('budget.error.votingClosed', 409));
				await assert.rejects(generateCodes(db(), owner, process.slug, { count: 2 }, afterVoting), refused('budget.error.votingClosed', 409));
			});

			it('lets only facilitators make codes', async () => {
				const process = await votingProcess();
				await assert.rejects(generateCodes(db(), resident, process.slug, { count: 5 }, inReview), refused('error.forbidden', 403));
				await assert.rejects(generateCodes(db(), null, process.slug, { count: 5 }, inReview), refused('error.signInRequired', 401));
				await assert.rejects(generateCodes(db(), owner, process.slug, { count: 0 }, inReview), invalid('count', 'budget.error.codeCount'));
				const closed = await votingProcess({ votingByCode: '' });
				await assert.rejects(generateCodes(db(), owner, closed.slug, { count: 5 }, inReview), refused('budget.error.codesOff', 409));
			});

			it('fixes the rules once a ballot exists', async () => {
				const process = await votingProcess();
				await castBallot(db(), resident, process.slug, { postcode: '7607', oldEnough: 'on' }, new Map([['2', 1]]), inVoting);
				await assert.rejects(updateProcess(db(), owner, process.slug, aadorpProcess({ rule: 'greedy' }), inVoting), refused('budget.error.settingsFixed', 409));
			});
		});
	});
