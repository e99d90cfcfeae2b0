// `npm run bench:tally [-- --write] [--runs <n>]`: counting real municipal elections, in process,
// no database. Each measured run does what `samenspel pb tally` does: read the file, parse it,
// build the election and count it, so parsing is included as the targets ask.
//
// Baseline in the same run: reading and parsing the same file without counting. The ratio says how
// many parses a count costs, which holds across machines where milliseconds do not.
//
// One warm-up per case, then `--runs` (3) measured runs; the median is checked against the target.
// Prints a Markdown section and PASS/FAIL per target; `--write` puts it into BENCHMARKS.md,
// replacing the section of the same date. A missed target is a figure, not a failed command.

import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePabulib, toElection } from '../src/lib/server/modules/budgeting/pabulib.ts';
import { tally, type TallyOptions } from '../src/lib/server/modules/budgeting/tally/index.ts';
import { int, median, numberOption, printTargets, targetTable, timed, writeSection, type Target } from './support.ts';

const folder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../tests/data/pabulib');
const runs = numberOption('runs', 3, true);
const write = process.argv.includes('--write');

interface Case {
	election: string;
	file: string;
	rule: string;
	options: TallyOptions;
	targetMs: number;
	/** What the reference implementation is reported to take, for the reader's scale. */
	pabutools?: string;
}

const cases: Case[] = [
	{ election: 'Wrocław 2015', file: 'poland_wroclaw_2015_150-500.pb', rule: 'greedy by votes', options: { rule: 'greedy' }, targetMs: 2000 },
	{ election: 'Wrocław 2015', file: 'poland_wroclaw_2015_150-500.pb', rule: 'Equal Shares', options: { rule: 'mes' }, targetMs: 2000 },
	{ election: 'Łódź 2020', file: 'poland_lodz_2020_.pb', rule: 'Equal Shares', options: { rule: 'mes' }, targetMs: 2000, pabutools: '51 s' },
	{ election: 'Wieliczka 2023', file: 'poland_wieliczka_2023.pb', rule: 'Equal Shares + add1 (while it fits)', options: { rule: 'mes', completion: 'add1', add1Until: 'budget' }, targetMs: 2000, pabutools: '12–19 s' },
	{ election: 'Warsaw Wawer 2020', file: 'poland_warszawa_2020_wawer.pb', rule: 'Equal Shares + add1 (exhaustive)', options: { rule: 'mes', completion: 'add1' }, targetMs: 15000, pabutools: 'over 600 s' }
];

interface Figures {
	item: Case;
	voters: number;
	projects: number;
	funded: number;
	add1Runs?: number;
	count: number[];
	parse: number[];
}

function measure(item: Case): Figures {
	const file = path.join(folder, item.file);
	const count = () => tally(toElection(parsePabulib(readFileSync(file, 'utf8'))), item.options);
	const parse = () => parsePabulib(readFileSync(file, 'utf8'));
	const outcome = count();
	parse();
	const figures: Figures = { item, voters: 0, projects: outcome.projects.length, funded: outcome.selected.length, add1Runs: outcome.add1?.runs, count: [], parse: [] };
	figures.voters = parse().votes.length;
	// Interleaved, so that a busy moment of the machine weighs on both alike.
	for (let i = 0; i < runs; i++) {
		figures.count.push(timed(count).ms);
		figures.parse.push(timed(parse).ms);
	}
	process.stderr.write(`${item.election}, ${item.rule}: ${int(median(figures.count))} ms\n`);
	return figures;
}

const ms = (n: number) => `${int(n)} ms`;

function section(date: string, load: number[], all: Figures[]): { text: string; targets: Target[] } {
	const cpu = os.cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
	const targets = all.map((f) => ({
		what: `${f.item.election}, ${f.item.rule}, parsing included, under ${int(f.item.targetMs)} ms (median)`,
		seen: ms(median(f.count)),
		met: median(f.count) < f.item.targetMs
	}));
	const lines = [
		`## Budget tally: ${date}`,
		'',
		'Reproduce with `npm run bench:tally -- --write` (see `bench/tally.ts`). Real elections from Pabulib (`tests/data/pabulib/`), counted in process with exact rationals: read the file, parse it, count it.',
		'',
		`Machine: ${os.availableParallelism()} cores (${cpu}), ${Math.round(os.totalmem() / 1024 ** 3)} GB memory, Linux ${os.release()}, Node ${process.version}. Load average before the run: ${load.map((l) => l.toFixed(2)).join(', ')}.`,
		'',
		`One warm-up, then ${runs} measured runs each. Baseline in the same run: reading and parsing the same file without counting.`,
		'',
		'| election | voters | projects | rule | funded | add1 runs | median | max | parse only (baseline) | vs baseline | pabutools |',
		'|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---|',
		...all.map(
			(f) =>
				`| ${f.item.election} | ${int(f.voters)} | ${f.projects} | ${f.item.rule} | ${f.funded} | ${f.add1Runs ?? '–'} | ${ms(median(f.count))} | ${ms(Math.max(...f.count))} | ${ms(median(f.parse))} | **${(median(f.count) / median(f.parse)).toFixed(1)}×** | ${f.item.pabutools ?? '–'} |`
		),
		'',
		...targetTable(targets),
		''
	];
	return { text: lines.join('\n'), targets };
}

const load = os.loadavg();
const date = new Date().toISOString().slice(0, 10);
const report = section(date, load, cases.map(measure));
process.stdout.write(`${report.text}\n`);
printTargets(report.targets);
if (write) writeSection(`bench tally ${date}`, report.text);
