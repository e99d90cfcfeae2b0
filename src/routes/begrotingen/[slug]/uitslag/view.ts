// The results of a count as the page shows them: every amount written in the reader's language,
// every reason in plain words. Only presentation: the count itself is the service's.
import type { Locale, Translate } from '$lib/i18n';
import { formatDateTime } from '$lib/format';
import { formatEuros, type getResults, type ResultBox, type StoredOutcome, type StoredProject } from '$lib/server/modules/budgeting';

type TallySettings = Awaited<ReturnType<typeof getResults>>['settings'];

export interface ProjectLine {
	code: string;
	number: number;
	title: string;
	cost: string;
	votes: number;
	points: number | null;
	why: string;
}

export interface BoxView {
	/** For headings and anchors, unique on the page. */
	id: string;
	heading: string;
	areaId: string | null;
	ballots: string;
	money: string;
	countedAt: string;
	rule: string[];
	funded: ProjectLine[];
	notFunded: ProjectLine[];
	points: boolean;
	/** Null when the rule is greedy by votes itself: there is nothing to compare. */
	comparison: { same: boolean; onlyHere: string[]; onlyGreedy: string[]; money: string } | null;
}

/** The settings a count was made with; counts kept before they were stored get the process's own. */
function settingsOf(outcome: StoredOutcome, fallback: TallySettings): TallySettings {
	return outcome.settings ?? { ...fallback, rule: outcome.rule };
}

function why(project: StoredProject, t: Translate, euros: (cents: number) => string): string {
	const w = project.why;
	switch (w.kind) {
		case 'greedy':
			return t('resultPages.why.greedy', { position: w.position });
		case 'mes':
			return t('resultPages.why.mes', { round: w.round, price: euros(w.priceCents) });
		case 'completion':
			return t('resultPages.why.completion');
		case 'doesNotFit':
			return t('resultPages.why.doesNotFit', { left: euros(w.leftCents), cost: euros(project.costCents) });
		case 'supportersRanOut':
			return t('resultPages.why.supportersRanOut', { held: euros(w.heldCents), cost: euros(project.costCents) });
		case 'noSupport':
			return t('resultPages.why.noSupport');
	}
}

/** The rule, its completion and the tie-break, a sentence each. */
function ruleSentences(outcome: StoredOutcome, settings: TallySettings, t: Translate, euros: (cents: number) => string): string[] {
	if (settings.rule === 'greedy') return [t(settings.perCost ? 'resultPages.rule.greedyPerCost' : 'resultPages.rule.greedy'), t(`resultPages.tieBreak.${settings.tieBreak}`)];
	const lines = [t(settings.utility === 'approval' ? 'resultPages.rule.mesApproval' : settings.utility === 'points' ? 'resultPages.rule.mesPoints' : 'resultPages.rule.mes')];
	if (settings.completion === 'add1' || settings.completion === 'add1-greedy') {
		lines.push(t(`resultPages.completion.add1.${settings.add1Until}`));
		if (outcome.add1) lines.push(t('resultPages.add1Runs', { runs: outcome.add1.runs, increment: outcome.add1.increment }));
	}
	if (outcome.startPerVoterCents != null) lines.push(t('resultPages.start', { start: euros(outcome.startPerVoterCents) }));
	if (settings.completion === 'greedy' || settings.completion === 'add1-greedy') lines.push(t('resultPages.completion.greedy'));
	lines.push(t(`resultPages.tieBreak.${settings.tieBreak}`));
	return lines;
}

export function boxView(box: ResultBox, index: number, fallback: TallySettings, t: Translate, locale: Locale): BoxView {
	const euros = (cents: number) => formatEuros(cents, locale);
	const { outcome, greedy } = box;
	const settings = settingsOf(outcome, fallback);
	const line = (p: StoredProject): ProjectLine => ({ code: p.code, number: p.number, title: p.title, cost: euros(p.costCents), votes: p.votes, points: p.points, why: why(p, t, euros) });
	const byCode = new Map(outcome.projects.map((p) => [p.code, p]));
	const funded = outcome.selected.map((code) => line(byCode.get(code)!));
	const score = (p: StoredProject) => p.points ?? p.votes;
	const notFunded = outcome.projects
		.filter((p) => !p.funded)
		.sort((a, b) => score(b) - score(a) || a.number - b.number)
		.map(line);
	const here = new Set(outcome.selected);
	const there = new Set(greedy.selected);
	const item = (code: string) => {
		const p = byCode.get(code)!;
		return t('resultPages.compareItem', { title: p.title, cost: euros(p.costCents), votes: p.votes });
	};
	const isGreedyByVotes = settings.rule === 'greedy' && !settings.perCost;
	return {
		id: `box-${index + 1}`,
		heading: box.area ? t('resultPages.boxArea', { name: box.area.name }) : t('resultPages.boxWhole'),
		areaId: box.area?.id ?? null,
		ballots: t('resultPages.ballots', { count: box.ballots }),
		money: t('resultPages.money', { spent: euros(outcome.spentCents), budget: euros(outcome.budgetCents), left: euros(outcome.budgetCents - outcome.spentCents) }),
		countedAt: t('resultPages.countedAt', { date: formatDateTime(box.countedAt, locale) }),
		rule: ruleSentences(outcome, settings, t, euros),
		funded,
		notFunded,
		points: outcome.projects.some((p) => p.points !== null),
		comparison: isGreedyByVotes
			? null
			: {
					same: here.size === there.size && [...here].every((code) => there.has(code)),
					onlyHere: outcome.selected.filter((code) => !there.has(code)).map(item),
					onlyGreedy: greedy.selected.filter((code) => !here.has(code)).map(item),
					money: t('resultPages.compareMoney', { spent: euros(greedy.spentCents), budget: euros(greedy.budgetCents) })
				}
	};
}

