import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { engines, freshDatabase, type TestDatabase } from '../testing';
import { createAuth, findUserByEmail, signIn, type Actor, type Auth } from '../modules/identity';
import { listAreas, listOrganisations, listThemes, membershipsOf, type OrganisationKind } from '../modules/network';
import { amsterdamToday, getSpace, listSpaces, spaceRoles } from '../modules/spaces';
import { funnel, listInputs } from '../modules/inputs';
import { getProgramme } from '../modules/programme';
import { listNotices, listOutbox } from '../modules/notifications';
import { figuresOf, getDesk, getPlan, getRequest, listDesks, listMyRequests, listPlans, publicRequestsOf, requestStatuses, type RequestView } from '../modules/requests';
import { castBallot, getBallot, getProcess, getProposal, getResults, listProcesses, turnout } from '../modules/budgeting';
import { demoAccounts, demoPassword, loadDemo } from './index';
import { demoBudgetSpace, demoVoteCodeLetter } from './budgeting';
import { demoRequests } from './requests';

const twenteMunicipalities: Record<string, string> = {
	Almelo: 'GM0141',
	Borne: 'GM0147',
	Dinkelland: 'GM1774',
	Enschede: 'GM0153',
	Haaksbergen: 'GM0158',
	Hellendoorn: 'GM0163',
	Hengelo: 'GM0164',
	'Hof van Twente': 'GM1735',
	Losser: 'GM0168',
	Oldenzaal: 'GM0173',
	'Rijssen-Holten': 'GM1742',
	Tubbergen: 'GM0183',
	Twenterand: 'GM1700',
	Wierden: 'GM0189'
};

for (const engine of engines())
	describe(`demo data (${engine})`, () => {
		let database: TestDatabase;
		let auth: Auth;
		let admin: Actor;
		let firstLoad: { loaded: boolean };

		before(async () => {
			database = await freshDatabase(engine);
			auth = await createAuth(database.db, { origin: 'http://localhost:3000' });
			firstLoad = await loadDemo(database.db, auth);
			const account = await findUserByEmail(database.db, 'beheer@example.org');
			assert.ok(account);
			admin = { userId: account.id, name: account.name, email: account.email, isAdmin: account.isAdmin };
		});

		after(async () => {
			await database.drop();
		});

		it('loads into an empty platform', () => {
			assert.deepEqual(firstLoad, { loaded: true });
		});

		it('has the 14 Twente municipalities with their CBS codes, under the region', async () => {
			const areas = await listAreas(database.db);
			const region = areas.find((a) => a.level === 'region' && a.name === 'Twente');
			assert.ok(region);
			assert.equal(region.cbsCode, null);
			const municipalities = areas.filter((a) => a.level === 'municipality');
			assert.deepEqual(Object.fromEntries(municipalities.map((m) => [m.name, m.cbsCode])), twenteMunicipalities);
			assert.ok(municipalities.every((m) => m.parentId === region.id));
		});

		it('has districts and neighbourhoods under Almelo and Enschede', async () => {
			const areas = await listAreas(database.db);
			const byName = new Map(areas.map((a) => [a.name, a]));
			assert.equal(byName.get('Aadorp')?.parentId, byName.get('Almelo')?.id);
			assert.equal(byName.get('Glanerbrug')?.parentId, byName.get('Enschede')?.id);
			assert.equal(byName.get('Wesselerbrink')?.parentId, byName.get('Enschede-Zuid')?.id);
			assert.ok(areas.some((a) => a.level === 'neighbourhood'));
		});

		it('has the eight themes in Dutch and English', async () => {
			const themes = await listThemes(database.db);
			assert.equal(themes.length, 8);
			assert.ok(themes.some((t) => t.nameNl === 'Zorg en welzijn' && t.nameEn === 'Care and wellbeing'));
		});

		it('has a cooperative, at least ten initiatives and every other kind of partner', async () => {
			const kinds = (kind: OrganisationKind) => listOrganisations(database.db, { kind });
			assert.ok((await kinds('initiative')).length >= 10);
			for (const kind of ['network', 'municipality', 'care', 'insurer', 'council'] as const) assert.ok((await kinds(kind)).length >= 1, kind);
			assert.ok((await kinds('municipality')).some((o) => o.name === 'Gemeente Almelo'));
		});

		it('opens the regioplan space with four phases, two co-owners and the civil servant as facilitator', async () => {
			const space = await getSpace(database.db, null, 'burgerinbreng-regioplan-2026');
			assert.equal(space.title, 'Burgerinbreng regioplan 2026');
			assert.equal(space.visibility, 'public');
			assert.deepEqual(
				space.phases.map((p) => p.title),
				['Ophalen', 'Bundelen', 'Programma maken', 'Uitvoeren en volgen']
			);
			assert.deepEqual(space.owners.map((o) => o.kind).sort(), ['municipality', 'network']);
			const servant = await findUserByEmail(database.db, 'gemeente@example.org');
			const roles = await spaceRoles(database.db, admin, space.slug);
			assert.deepEqual(roles, [{ userId: servant?.id, role: 'facilitator' }]);
		});

		it('keeps the learning circle for members only', async () => {
			const anonymous = await listSpaces(database.db, null);
			const all = await listSpaces(database.db, admin);
			assert.ok(all.some((s) => s.title === 'Leerkring Twente' && s.visibility === 'members'));
			assert.ok(!anonymous.some((s) => s.title === 'Leerkring Twente'));
		});

		it('makes beheer@example.org a platform administrator and the resident a member of nothing', async () => {
			assert.equal(admin.isAdmin, true);
			const resident = await findUserByEmail(database.db, 'inwoner@example.org');
			assert.ok(resident);
			assert.equal(resident.isAdmin, false);
			assert.deepEqual(await membershipsOf(database.db, resident.id), []);
		});

		it('creates every listed account at example.org, and the demo password signs in', async () => {
			assert.ok(demoAccounts.length >= 6 && demoAccounts.length <= 12);
			for (const email of ['wijkcoach@example.org', 'wethouder@example.org', 'verzekeraar@example.org']) assert.ok(demoAccounts.some((a) => a.email === email), email);
			assert.equal(new Set(demoAccounts.map((a) => a.email)).size, demoAccounts.length);
			for (const account of demoAccounts) {
				assert.match(account.email, /@example\.org$/);
				assert.ok(await findUserByEmail(database.db, account.email), account.email);
			}
			const headers = await signIn(database.db, auth, { email: 'cooperatie@example.org', password: demoPassword }, { ip: '127.0.0.1' });
			assert.match(headers.get('set-cookie') ?? '', /session/);
		});

		it('has about 150 inputs in the regional plan space, in every public status, and a programme of five pillars', async () => {
			const [regioplan] = (await listSpaces(database.db, admin)).filter((s) => s.title === 'Burgerinbreng regioplan 2026');
			const f = await funnel(database.db, null, regioplan.slug);
			assert.ok(f.received + f.hidden >= 140 && f.received + f.hidden <= 160, `${f.received} inputs`);
			for (const status of ['received', 'grouped', 'taken_up', 'done', 'not_taken_up', 'already_exists', 'hidden']) {
				assert.ok((await listInputs(database.db, null, regioplan.slug, { status })).total > 0, `an input is ${status}`);
			}
			assert.ok(f.longestWaiting.length > 0 && f.longestWaiting[0].daysWaiting > 100, 'the oldest unanswered input is months old');
			const programme = await getProgramme(database.db, null, regioplan.slug);
			assert.equal(programme.pillars.length, 5);
			const anchored = programme.pillars.flatMap((p) => p.actions).filter((a) => a.anchors > 0);
			assert.equal(anchored.length, 3, 'three actions are anchored in the regional plan');
		});

		describe('request desk', () => {
			const actorOf = async (email: string): Promise<Actor> => {
				const account = await findUserByEmail(database.db, email);
				assert.ok(account, email);
				return { userId: account.id, name: account.name, email: account.email, isAdmin: account.isAdmin };
			};
			/** Every demo request, as its organisation sees it. */
			const everyRequest = async (): Promise<RequestView[]> => {
				const views: RequestView[] = [];
				for (const email of ['gemeente@example.org', 'zorg@example.org', 'verzekeraar@example.org']) {
					const me = await actorOf(email);
					for (const r of (await listMyRequests(database.db, me)).received) views.push(await getRequest(database.db, me, r.id));
				}
				return views;
			};
			const bySubject = async (subject: string) => {
				const found = (await everyRequest()).filter((r) => r.subject === subject);
				assert.equal(found.length, 1, subject);
				return found[0];
			};
			const almeloSlug = async () => (await listDesks(database.db)).find((d) => d.name === 'Gemeente Almelo')!.slug;

			it('puts the new desk people in their organisations', async () => {
				const roles = async (email: string) => Object.fromEntries((await membershipsOf(database.db, (await actorOf(email)).userId)).map((m) => [m.name, m.role]));
				assert.deepEqual(await roles('wijkcoach@example.org'), { 'Gemeente Almelo': 'member' });
				assert.deepEqual(await roles('wethouder@example.org'), { 'Gemeente Almelo': 'member' });
				assert.deepEqual(await roles('verzekeraar@example.org'), { 'Zorgverzekeraar Noaberpolis': 'coordinator' });
				assert.equal((await roles('gemeente@example.org'))['Gemeente Almelo'], 'coordinator');
			});

			it('opens three desks with promises, named contact points and an escalation contact; the municipality publishes challenge criteria', async () => {
				const desks = await listDesks(database.db);
				assert.deepEqual(desks.map((d) => d.name).sort(), ['Gemeente Almelo', 'Zorgcollectief De Esch', 'Zorgverzekeraar Noaberpolis']);
				for (const d of desks) {
					const desk = await getDesk(database.db, null, d.slug);
					assert.ok(desk.open && desk.intro.length > 50, d.name);
					assert.ok(desk.escalation?.role && desk.escalation.personName, `${d.name} names its escalation contact`);
					assert.ok(desk.promises.every((p) => p.acknowledgeDays >= 1 && p.decideDays >= p.acknowledgeDays));
					assert.ok(desk.contactPoints.length > 0 && desk.contactPoints.every((c) => c.personName), `${d.name} names a person behind every contact point`);
					assert.ok(desk.contactPoints.some((c) => c.themes.length > 0 && c.areas.length > 0), `${d.name} has a contact point per theme and area`);
				}
				const almelo = await getDesk(database.db, null, await almeloSlug());
				assert.deepEqual(almelo.escalation, { role: 'Bureau wethouder sociaal domein', personName: 'Karin ter Horst', userId: null });
				assert.equal(almelo.challengeCriteria.length, 5);
				assert.ok(almelo.promises.some((p) => p.type === 'challenge'));
				assert.ok(almelo.contactPoints.some((c) => c.personName === 'Sander Mulder' && c.themes.some((t) => t.nl === 'Zorg en welzijn') && c.themes.some((t) => t.nl === 'Ouderen')));
			});

			it('has requests in every status and with every decision, and a no always gives its reason and an alternative', async () => {
				const all = await everyRequest();
				assert.ok(all.length >= 12, `${all.length} requests`);
				for (const status of requestStatuses) assert.ok(all.some((r) => r.status === status), `a request is ${status}`);
				for (const decision of ['yes', 'yes_with_conditions', 'no'])
					assert.ok(all.some((r) => r.status === 'decided' && r.decision?.decision === decision), `a request is decided ${decision}`);
				for (const r of all.filter((r) => r.decision?.decision === 'no')) assert.ok(r.decision!.reason.length > 20 && r.decision!.alternative.length > 20, r.subject);
				assert.ok(all.every((r) => r.handler), 'every request has a handler');
				assert.ok(all.some((r) => r.timeline.some((e) => e.kind === 'message' && e.side === 'initiative')) && all.some((r) => r.timeline.some((e) => e.kind === 'message' && e.side === 'organisation')));
				const months = (Date.now() - Math.min(...all.map((r) => r.submittedAt.getTime()))) / (30 * 86_400_000);
				assert.ok(months > 3 && months < 5, 'the requests go back about four months');
			});

			it('escalated the overdue request to the alderman by the job, and it is still overdue', async () => {
				const r = await bySubject(demoRequests.overdueEscalated);
				assert.equal(r.status, 'in_progress');
				assert.ok(r.escalatedAt && r.escalatedAt < new Date(Date.now() - 7 * 86_400_000), 'escalated more than a week ago');
				assert.equal(r.steps.find((s) => s.step === 'decide')?.state, 'overdue');
				assert.ok(r.timeline.some((e) => e.kind === 'escalated' && e.side === 'platform' && e.by === null));
				assert.ok(r.timeline.some((e) => e.kind === 'message' && e.by === 'Karin ter Horst'));
				const karin = await actorOf('wethouder@example.org');
				assert.ok((await listNotices(database.db, karin)).some((n) => n.messageKey === 'notice.request' && n.params.subject === r.subject), 'the escalation contact was told');
			});

			it('shows one decision on time and one late in the municipality’s figures', async () => {
				const late = await bySubject(demoRequests.decidedLate);
				assert.equal(late.steps.find((s) => s.step === 'decide')?.state, 'late');
				assert.ok(late.escalatedAt);
				const figures = await figuresOf(database.db, late.organisation.id);
				assert.ok(figures.decided >= 5, `${figures.decided} decided`);
				assert.ok(figures.onTimePercent! > 50 && figures.onTimePercent! < 100, `${figures.onTimePercent}% on time`);
				const escalated = (await everyRequest()).filter((r) => r.escalatedAt).map((r) => r.subject).sort();
				assert.deepEqual(escalated, [demoRequests.overdueEscalated, demoRequests.decidedLate].sort(), 'no other request went past its promise');
			});

			it('handed one request over from Fatma to Sander, with a note the initiative does not see', async () => {
				const r = await bySubject(demoRequests.handedOver);
				assert.equal(r.handler?.name, 'Sander Mulder');
				assert.ok(r.timeline.some((e) => e.kind === 'handed_over' && e.params.from === 'Fatma Yıldız' && e.params.to === 'Sander Mulder'));
				assert.ok(r.timeline.some((e) => e.kind === 'note' && e.internal));
				const asker = await getRequest(database.db, await actorOf('initiatief@example.org'), r.id);
				assert.ok(asker.timeline.every((e) => !e.internal) && asker.timeline.some((e) => e.kind === 'handed_over'));
			});

			it('assessed the right-to-challenge request against every criterion before deciding it', async () => {
				const r = await bySubject(demoRequests.challenge);
				assert.equal(r.type, 'challenge');
				assert.equal(r.status, 'decided');
				assert.equal(r.assessment.length, r.criteria.length);
				assert.ok(r.assessment.some((a) => a.met) && r.assessment.some((a) => !a.met));
				assert.ok(r.decision?.reason);
			});

			it('has a request both parties made public, readable by anyone, and keeps the others private', async () => {
				const r = await bySubject(demoRequests.public);
				assert.deepEqual(r.publicity, { byInitiative: true, byOrganisation: true, public: true });
				const anonymous = await getRequest(database.db, null, r.id);
				assert.ok(anonymous.timeline.every((e) => !e.internal));
				assert.ok((await publicRequestsOf(database.db, r.organisation.id)).some((p) => p.subject === r.subject));
				const resident = await actorOf('inwoner@example.org');
				const secret = await bySubject(demoRequests.overdueEscalated);
				await assert.rejects(getRequest(database.db, resident, secret.id));
			});

			it('leaves the resident out of every request; she follows the radar and heard of matching plans', async () => {
				const resident = await actorOf('inwoner@example.org');
				assert.deepEqual(await listMyRequests(database.db, resident), { sent: [], received: [] });
				const plans = (await listNotices(database.db, resident)).filter((n) => n.messageKey === 'notice.plan');
				assert.ok(plans.length >= 1, 'she was told of a plan');
			});

			it('puts four to six plans on the radar, in several phases, one linked to the regional plan space', async () => {
				const { plans } = await listPlans(database.db);
				assert.ok(plans.length >= 4 && plans.length <= 6, `${plans.length} plans`);
				assert.ok(new Set(plans.map((p) => p.phase)).size >= 4);
				assert.ok(new Set(plans.map((p) => p.organisation.name)).size >= 3);
				const linked = plans.filter((p) => p.spaceId);
				assert.equal(linked.length, 1);
				const plan = await getPlan(database.db, null, linked[0].slug);
				assert.equal(plan.space?.slug, 'burgerinbreng-regioplan-2026');
				assert.ok(plan.contact?.personName);
			});
		});

		describe('neighbourhood budgets', () => {
			const actorOf = async (email: string): Promise<Actor> => {
				const account = await findUserByEmail(database.db, email);
				assert.ok(account, email);
				return { userId: account.id, name: account.name, email: account.email, isAdmin: account.isAdmin };
			};
			const processes = async () => {
				const space = (await listSpaces(database.db, null)).find((s) => s.title === demoBudgetSpace);
				assert.ok(space, 'the budget space is public');
				return (await listProcesses(database.db, null, space.slug)).processes;
			};
			const inPhase = async (phase: string) => {
				const found = (await processes()).filter((p) => p.phase === phase);
				assert.equal(found.length, 1, `one process in the ${phase} phase`);
				return found[0];
			};
			const sorted = (codes: string[]) => [...codes].sort((a, b) => Number(a) - Number(b));

			it('has a finished Aadorp budget: twelve proposals, two refused with reasons, one answered, one cost adjusted with a note', async () => {
				const finished = await inPhase('implementation');
				assert.match(finished.title, /^Buurtbudget Aadorp \d{4}$/);
				assert.equal(finished.totalCents, 6_000_000);
				const view = await getProcess(database.db, null, finished.slug);
				assert.equal(view.proposals.length, 12);
				const refused = view.proposals.filter((p) => p.status === 'not_feasible');
				assert.equal(refused.length, 2);
				assert.equal(view.proposals.filter((p) => p.status === 'feasible').length, 10);
				const details = await Promise.all(view.proposals.map((p) => getProposal(database.db, null, finished.slug, p.number)));
				for (const d of details.filter((d) => d.proposal.status === 'not_feasible')) assert.ok(d.proposal.reviewReason.length > 50, d.proposal.title);
				assert.equal(details.filter((d) => d.proposal.response).length, 1, 'one proposer answered the review');
				const adjusted = details.filter((d) => d.proposal.reviewedCostCents !== null);
				assert.equal(adjusted.length, 1);
				assert.ok(adjusted[0].proposal.reviewedCostCents! > adjusted[0].proposal.costCents && adjusted[0].proposal.costNote.length > 10);
			});

			it('counted about 300 ballots with Equal Shares, which funds another set than greedy by votes would', async () => {
				const finished = await inPhase('implementation');
				const { boxes } = await getResults(database.db, null, finished.slug);
				assert.equal(boxes.length, 1);
				const [box] = boxes;
				assert.ok(box.ballots >= 280 && box.ballots <= 320, `${box.ballots} ballots`);
				assert.equal(box.outcome.rule, 'mes');
				const dayAfter = new Date(Date.parse(`${finished.votingUntil}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
				assert.equal(amsterdamToday(box.countedAt), dayAfter, 'counted by the job the morning after voting closed');
				assert.ok(box.outcome.add1, 'completed with add1');
				assert.equal(box.greedy.rule, 'greedy');
				assert.notDeepEqual(sorted(box.outcome.selected), sorted(box.greedy.selected));
				const title = (code: string) => box.outcome.projects.find((p) => p.code === code)!.title;
				const onlyMes = box.outcome.selected.filter((c) => !box.greedy.selected.includes(c)).map(title);
				const onlyGreedy = box.greedy.selected.filter((c) => !box.outcome.selected.includes(c)).map(title);
				// The smaller groups get their share: the older residents their jeu de boules, the canal its jetty; the families no third project.
				assert.deepEqual(onlyMes.sort(), ['Een jeu-de-boulesbaan bij het dorpshuis', 'Een vissteiger met bankje aan het kanaal']);
				assert.deepEqual(onlyGreedy, ['Een pannakooi op het grasveld bij de school']);
				assert.ok(box.outcome.spentCents <= 6_000_000 && box.outcome.spentCents > 5_500_000, `${box.outcome.spentCents} spent`);
				const servant = await actorOf('gemeente@example.org');
				const figures = await turnout(database.db, servant, finished.slug);
				assert.equal(figures.codesUsed, box.ballots);
				assert.equal(figures.accountVoters, 0);
			});

			it('follows funded projects: one under way with money spent and dated updates, one done', async () => {
				const finished = await inPhase('implementation');
				const view = await getProcess(database.db, null, finished.slug);
				const { boxes } = await getResults(database.db, null, finished.slug);
				const tracked = view.proposals.filter((p) => p.implementation !== 'not_started');
				assert.deepEqual(tracked.map((p) => p.implementation).sort(), ['done', 'in_progress']);
				for (const p of tracked) {
					assert.ok(boxes[0].outcome.selected.includes(p.code), `${p.title} was funded`);
					const d = await getProposal(database.db, null, finished.slug, p.number);
					assert.ok(d.proposal.spentCents > 0 && d.updates.length >= 1, p.title);
					assert.ok(d.updates.every((u) => u.postedAt < new Date()));
				}
				const underWay = await getProposal(database.db, null, finished.slug, tracked.find((p) => p.implementation === 'in_progress')!.number);
				assert.equal(underWay.updates.length, 2);
			});

			it('has a sports budget open for voting by code and by account, with ballots in, that the resident and the initiative have not cast', async () => {
				const open = await inPhase('voting');
				assert.equal(open.votingByCode && open.votingByAccount, true);
				assert.equal(open.postcodes, '7600-7609');
				assert.equal(open.minimumAge, 16);
				const servant = await actorOf('gemeente@example.org');
				const figures = await turnout(database.db, servant, open.slug);
				assert.ok(figures.ballots >= 5 && figures.ballots <= 20, `${figures.ballots} ballots`);
				assert.ok(figures.accountVoters > 0 && figures.codesUsed > 0);
				for (const email of ['inwoner@example.org', 'initiatief@example.org']) {
					const ballot = await getBallot(database.db, await actorOf(email), open.slug);
					assert.equal(ballot.voted, false, `${email} can still vote`);
					assert.ok(ballot.boxes[0].projects.length >= 4);
				}
			});

			it('has a budget open for proposals with three submitted, none reviewed yet', async () => {
				const proposing = await inPhase('proposals');
				const view = await getProcess(database.db, null, proposing.slug);
				assert.equal(view.proposals.length, 3);
				assert.ok(view.proposals.every((p) => p.status === 'submitted'));
			});

			it('puts one unused vote code in a letter on the demo outbox, and it casts one ballot, once', async () => {
				const open = await inPhase('voting');
				const letters = (await listOutbox(database.db, 500)).filter((m) => m.recipient === demoVoteCodeLetter.recipient);
				assert.equal(letters.length, 1);
				assert.equal(letters[0].subject, demoVoteCodeLetter.subject);
				const code = /stemcode is: ([A-Z0-9-]{14})/.exec(letters[0].text)?.[1];
				assert.ok(code, 'the letter holds a code');
				assert.ok(letters[0].text.includes(`/begrotingen/${open.slug}/stemmen`));
				const others = (await listOutbox(database.db, 500)).filter((m) => m.text.includes(code));
				assert.equal(others.length, 1);
				const view = await getBallot(database.db, null, open.slug);
				const project = view.boxes[0].projects[0];
				const cast = await castBallot(database.db, null, open.slug, { code }, new Map([[project.code, 1]]));
				assert.ok(cast.receipt);
				await assert.rejects(castBallot(database.db, null, open.slug, { code }, new Map([[project.code, 1]])), (e: { messageKey?: string }) => e.messageKey === 'budget.error.codeUsed');
			});
		});

		it('does nothing the second time', async () => {
			const count = async () => ({
				areas: (await listAreas(database.db)).length,
				themes: (await listThemes(database.db)).length,
				organisations: (await listOrganisations(database.db)).length,
				spaces: (await listSpaces(database.db, admin)).length
			});
			const before = await count();
			assert.deepEqual(await loadDemo(database.db, auth), { loaded: false });
			assert.deepEqual(await count(), before);
		});
	});
