// `npm run bench:plainlanguage [-- --write]`: the Dutch plain-language check (`checkText`) on a
// document of about 10,000 words, in process, no database.
//
// 1. Builds one Markdown document from the sentences of the four corpus texts
//    (`src/lib/server/modules/plainlanguage/corpus/*.md`), shuffled by a seeded generator and put
//    together into paragraphs of two to six, with a heading now and then and a list after a
//    sentence that announces one, the same every run. Officialese and plain sentences mix, so that
//    every kind of finding turns up, and no paragraph is the corpus repeated. Its word count is the
//    checker's own (`scores.words`).
// 2. Runs `checkText` on the whole document `--warmup` times (5), then `--runs` times (30): median,
//    p95 and max wall time. Baseline in the same runs, interleaved: one reading pass over the same
//    document, `sentencesOf` (sentences, words and their syllables), which every check starts
//    with, so the ratio says what the findings and scores cost on top of reading, on any machine.
// 3. The first check in a fresh process (`node --import tsx` on this script), `--cold` times (3):
//    a server's first check finds the code not yet optimised and the checker's memos of syllables
//    and compounds empty. The module is loaded before the clock starts.
// 4. Prints a Markdown section and PASS/FAIL for the target (median of the warm runs under 100 ms);
//    `--write` puts it into BENCHMARKS.md, replacing the section of the same date.
//
// A missed target is a figure, not a failure: the command exits non-zero only on a crash.
//
// Options: --write, --words <n> (10000), --runs <n> (30), --warmup <n> (5), --cold <n> (3),
//          --seed <n> (2026).

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { checkText, type CheckResult } from '../src/lib/server/modules/plainlanguage/check.ts';
import { sentencesOf } from '../src/lib/server/modules/plainlanguage/text.ts';
import { formatMs, int, log, machineLine, median, numberOption, percentile, printReport, random, runBench, targetTable, timed, writeBenchSection, type Target } from './support.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusFolder = path.join(root, 'src/lib/server/modules/plainlanguage/corpus');
const TARGET_MS = 100;
/** Marks the child process that times one first check. */
const FIRST_CHECK = '--first-check';

const write = process.argv.includes('--write');
const wordCount = numberOption('words', 10_000, true);
const runs = numberOption('runs', 30, true);
const warmups = numberOption('warmup', 5, true);
const coldRuns = numberOption('cold', 3, true);
const seed = numberOption('seed', 2026, true);

// ---------------------------------------------------------------- the document

/** Hands out every item once in a shuffled order, then shuffles again: all are used alike, never twice in the same order. */
function dealer<T>(items: T[], next: () => number): () => T {
	let pile: T[] = [];
	return () => {
		if (!pile.length) {
			pile = [...items];
			for (let i = pile.length - 1; i > 0; i--) {
				const j = Math.floor(next() * (i + 1));
				[pile[i], pile[j]] = [pile[j], pile[i]];
			}
		}
		return pile.pop()!;
	};
}

interface Corpus {
	files: number;
	sentences: string[];
	/** Sentences that announce a list: "Uw plan moet aan vier regels voldoen:". */
	listIntros: string[];
	items: string[];
	headings: string[];
}

/** The corpus texts taken apart: headings (and a letter's subject line), list items, and the sentences of the paragraphs. */
function readCorpus(): Corpus {
	const files = fs.readdirSync(corpusFolder).filter((f) => f.endsWith('.md')).sort();
	const corpus: Corpus = { files: files.length, sentences: [], listIntros: [], items: [], headings: [] };
	for (const file of files) {
		for (const block of fs.readFileSync(path.join(corpusFolder, file), 'utf8').split(/\n[ \t]*\n/)) {
			const prose: string[] = [];
			for (const line of block.split('\n').map((l) => l.trim())) {
				const heading = /^(?:#{1,6}|Over:|Onderwerp:)\s+(.+)$/.exec(line);
				const item = /^(?:[-*+]|\d{1,3}[.)])\s+(.+)$/.exec(line);
				if (heading) corpus.headings.push(heading[1][0].toUpperCase() + heading[1].slice(1));
				else if (item) corpus.items.push(item[1]);
				else if (line) prose.push(line);
			}
			// What does not end like a sentence (a letterhead, a date, a greeting) is left out.
			for (const sentence of prose.join(' ').split(/(?<=[.!?])\s+(?=[\p{Lu}\d€])/u)) {
				if (/[.!?]$/.test(sentence)) corpus.sentences.push(sentence);
				else if (sentence.endsWith(':')) corpus.listIntros.push(sentence);
			}
		}
	}
	return corpus;
}

/** Villages the letters' Aadorp becomes, for a little variety in the names. */
const VILLAGES = ['Aadorp', 'Bornerbroek', 'Mariaparochie', 'Sluitersveld', 'Windmolenbroek', 'De Riet'];

/** Words as the checker counts them (dotted abbreviations one word, list numbers none), to know when the document is long enough. */
const roughWords = (text: string) => (text.replace(/^\d{1,3}\. /gm, '').match(/(?:\p{L}{1,4}\.){2,}|\p{L}+(?:[-'’]\p{L}+)*|\d+(?:[.,:]\d+)*/gu) ?? []).length;

interface Document {
	text: string;
	paragraphs: number;
	headings: number;
	lists: number;
}

function buildDocument(corpus: Corpus, words: number, seedValue: number): Document {
	const next = random(seedValue);
	const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
	const sentence = dealer(corpus.sentences, next);
	const item = dealer(corpus.items, next);
	const blocks = [`# ${pick(corpus.headings)}`];
	const shape = { paragraphs: 0, headings: 1, lists: 0 };
	let count = roughWords(blocks[0]);
	const add = (block: string) => {
		blocks.push(block.replaceAll('Aadorp', () => pick(VILLAGES)));
		count += roughWords(block);
	};
	while (count < words) {
		if (shape.paragraphs > 0 && next() < 0.12) {
			add(`## ${pick(corpus.headings)}`);
			shape.headings++;
		}
		add(Array.from({ length: 2 + Math.floor(next() * 5) }, sentence).join(' '));
		shape.paragraphs++;
		if (next() < 0.15) {
			const numbered = next() < 0.3;
			const items = Array.from({ length: 3 + Math.floor(next() * 3) }, (_, k) => `${numbered ? `${k + 1}.` : '-'} ${item()}`);
			add(`${pick(corpus.listIntros)}\n\n${items.join('\n')}`);
			shape.lists++;
		}
	}
	return { text: `${blocks.join('\n\n')}\n`, ...shape };
}

// ---------------------------------------------------------------- measuring

interface FirstCheck {
	ms: number;
	findings: number;
}

/** In the child: the process's first `checkText`, as JSON on stdout. */
function firstCheck(text: string): void {
	const { ms, result } = timed(() => checkText(text));
	process.stdout.write(JSON.stringify({ ms, findings: result.findings.length } satisfies FirstCheck));
}

function runFirstCheck(): FirstCheck {
	const args = ['--import', 'tsx', fileURLToPath(import.meta.url), FIRST_CHECK, '--words', String(wordCount), '--seed', String(seed)];
	return JSON.parse(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' })) as FirstCheck;
}

interface Report {
	date: string;
	load: number[];
	corpus: Corpus;
	document: Document;
	result: CheckResult;
	check: number[];
	baseline: number[];
	cold: FirstCheck[];
}

function measure(corpus: Corpus, document: Document): Report {
	const load = os.loadavg();
	const result = checkText(document.text);
	log(`document: ${int(result.scores.words)} words (as the checker counts them), ${int(result.scores.sentences)} sentences, ${int(document.text.length)} characters`);
	log(`warm-up: ${warmups} runs …`);
	for (let i = 0; i < warmups; i++) {
		checkText(document.text);
		sentencesOf(document.text);
	}
	const check: number[] = [];
	const baseline: number[] = [];
	// Interleaved, so that a busy moment of the machine weighs on both alike.
	for (let run = 1; run <= runs; run++) {
		check.push(timed(() => checkText(document.text)).ms);
		baseline.push(timed(() => sentencesOf(document.text)).ms);
	}
	log(`  checkText median ${formatMs(median(check))}, sentencesOf median ${formatMs(median(baseline))}`);
	const cold: FirstCheck[] = [];
	for (let i = 1; i <= coldRuns; i++) {
		cold.push(runFirstCheck());
		log(`  first check in a fresh process (${i} of ${coldRuns}): ${formatMs(cold.at(-1)!.ms)}`);
	}
	return { date: new Date().toISOString().slice(0, 10), load, corpus, document, result, check, baseline, cold };
}

// ---------------------------------------------------------------- report

const ms = (n: number) => formatMs(n, 100);

function targets(r: Report): Target[] {
	const middle = median(r.check);
	return [{ what: `${int(wordCount)}-word document checked in under ${TARGET_MS} ms (median of warm runs)`, seen: `${ms(middle)} (${int(r.result.scores.words)} words)`, met: middle < TARGET_MS }];
}

function markdown(r: Report): string {
	const { scores, findings, looksDutch } = r.result;
	const cpu = os.cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
	const machine = { cores: os.availableParallelism(), memoryGb: Math.round(os.totalmem() / 1024 ** 3), cpu, node: process.version, postgres: 'not used', kernel: os.release(), load: r.load };
	const kinds = new Map<string, number>();
	for (const f of findings) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
	const row = (what: string, times: number[], ratio: string) => {
		const sorted = [...times].sort((a, b) => a - b);
		return `| ${what} | ${ms(median(times))} | ${ms(percentile(sorted, 95))} | ${ms(sorted.at(-1)!)} | ${ratio} |`;
	};
	const coldTimes = r.cold.map((c) => c.ms);
	const lines = [
		`## Plain-language check: ${r.date}`,
		'',
		'Reproduce with `npm run bench:plainlanguage -- --write` (see `bench/plainlanguage.ts`). `checkText` (plainlanguage module, default options) in process, no database.',
		'',
		`${machineLine(machine)}. Load average before the run: ${r.load.map((l) => l.toFixed(2)).join(', ')}.`,
		'',
		`Input: one Markdown document of ${int(scores.words)} words as the checker counts them (${int(scores.sentences)} sentences, ${int(r.document.text.length)} characters), ` +
			`made from the ${r.corpus.sentences.length} sentences, ${r.corpus.items.length} list items and ${r.corpus.headings.length} headings of the ${r.corpus.files} corpus texts (\`plainlanguage/corpus/*.md\`, officialese and plain versions mixed; seed ${seed}), ` +
			`shuffled into ${int(r.document.paragraphs)} paragraphs with ${r.document.headings} headings and ${r.document.lists} lists. ` +
			`${warmups} warm-up runs, then ${runs} measured runs. Baseline in the same runs: one reading pass, \`sentencesOf\` (sentences, words and their syllables), which every check starts with. ` +
			`The first run is the first \`checkText\` in a fresh process (${coldRuns} of them; the module loaded before the clock starts), as a server's first check: nothing optimised yet, the memos of syllables and of compound words empty.`,
		'',
		'| what | median | p95 | max | vs baseline |',
		'|---|---:|---:|---:|---:|',
		row(`\`checkText\`, ${int(scores.words)} words, warm`, r.check, `**${(median(r.check) / median(r.baseline)).toFixed(1)}×**`),
		row('`sentencesOf` (baseline)', r.baseline, '1×'),
		`| \`checkText\`, first run in a fresh process | ${ms(median(coldTimes))} | – | ${ms(Math.max(...coldTimes))} | ${(median(coldTimes) / median(r.baseline)).toFixed(1)}× |`,
		'',
		`Result: ${int(findings.length)} findings (${[...kinds].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${kind} ${int(n)}`).join(', ')}); ` +
			`Flesch-Douma ${scores.fleschDouma} (${scores.band}), Brouwer ${scores.brouwer}, ${scores.averageSentenceLength} words per sentence; looks Dutch: ${looksDutch ? 'yes' : 'no'}.`,
		'',
		...targetTable(targets(r))
	];
	return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------- main

await runBench(async () => {
	const corpus = readCorpus();
	const document = buildDocument(corpus, wordCount, seed);
	if (process.argv.includes(FIRST_CHECK)) return firstCheck(document.text);
	const report = measure(corpus, document);
	const section = markdown(report);
	printReport(section, targets(report));
	if (write) writeBenchSection(section, { key: 'plainlanguage', title: 'plain-language check', date: report.date });
});
