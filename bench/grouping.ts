// `npm run bench:grouping [-- --write]`: proposing groups of residents' input (`proposeGroups`)
// for 5,000 sticky notes, in process, no database.
//
// 1. Writes 5,000 synthetic Dutch notes from a seeded generator (themes × phrasings × Twente
//    villages × small variations: typos, accents left off, capitals, filler), the same every run.
// 2. Runs `proposeGroups` once to warm up, then `--runs` times (5), and takes the median and max
//    wall time. Baseline in the same run, as often: one reading pass over the same notes (lower-
//    casing, folding accents and splitting words), what any grouping of them must at least do, so
//    the ratio says how many reads of the input the grouping costs, on any machine.
// 3. Once more in a child process with the heap limit the server runs with (160 MB), to show that
//    it fits there, with that process's peak RSS.
// 4. Prints a Markdown section and PASS/FAIL for the target (median under 2,000 ms); `--write` puts
//    it into BENCHMARKS.md under its heading of the day, replacing a section with that heading.
//
// A missed target is a figure, not a failure: the command exits non-zero only on a crash.
//
// Options: --write, --notes <n> (5000), --runs <n> (5), --seed <n> (2026).

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import v8 from 'node:v8';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { proposeGroups, type Grouping, type GroupingText } from '../src/lib/server/modules/inputs/grouping.ts';
import { benchmarksFile, int, log, median, numberOption, random, rssMb, timed } from './support.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_MS = 2000;
const SERVER_HEAP_MB = 160;
const CHILD = '--heap-check';

const write = process.argv.includes('--write');
const noteCount = numberOption('notes', 5000, true);
const runs = numberOption('runs', 5, true);
const seed = numberOption('seed', 2026, true);

// ---------------------------------------------------------------- notes

interface Theme {
	/** What people write about: subjects for "{subject} {problem}". */
	subjects: string[];
	problems: string[];
	wishes: string[];
	/** For whom: "voor {people}". */
	people: string[];
}

const THEMES: Theme[] = [
	{
		subjects: ['de buurtbus', 'de bus naar Almelo', 'het openbaar vervoer', 'de regiotaxi', 'de bushalte bij de kerk', 'de belbus'],
		problems: ['rijdt op zaterdag niet meer', 'komt vaak te laat', 'is veel te duur', 'gaat alleen overdag', 'stopt niet meer in het dorp'],
		wishes: ['vervoer naar het ziekenhuis', 'een bus die ook \'s avonds rijdt', 'vrijwilligers die ouderen rijden', 'een vaste busverbinding', 'vervoer naar de huisarts'],
		people: ['ouderen zonder auto', 'mensen die niet meer fietsen', 'scholieren', 'mensen met een rollator']
	},
	{
		subjects: ['het dorpshuis', 'het café', 'de koffieochtend', 'de ontmoetingsplek', 'de soos'],
		problems: ['is alleen open voor verenigingen', 'is al jaren dicht', 'is te klein', 'kent bijna niemand', 'stopt na de zomer'],
		wishes: ['een plek om elkaar te ontmoeten', 'een wekelijkse koffieochtend', 'samen eten met de buren', 'een buurtfeest', 'iets tegen eenzaamheid'],
		people: ['eenzame ouderen', 'nieuwe inwoners', 'weduwen en weduwnaars', 'jong en oud']
	},
	{
		subjects: ['de thuiszorg', 'de mantelzorg', 'de wijkverpleging', 'de huisarts', 'de dagbesteding', 'de respijtzorg'],
		problems: ['heeft te weinig tijd', 'valt zwaar naast een baan', 'heeft een lange wachtlijst', 'wisselt steeds van gezicht', 'is moeilijk te vinden'],
		wishes: ['ondersteuning voor mantelzorgers', 'een vast aanspreekpunt voor zorg', 'zorg dicht bij huis', 'een dag rust voor mantelzorgers', 'hulp bij het aanvragen van zorg'],
		people: ['mantelzorgers', 'jonge mantelzorgers', 'ouderen die thuis wonen', 'mensen met dementie']
	},
	{
		subjects: ['de woningbouw', 'het aanbod van huurwoningen', 'de wachtlijst voor een huis', 'het bestemmingsplan', 'de starterswoning'],
		problems: ['komt niet van de grond', 'is veel te lang', 'is onbetaalbaar voor starters', 'houdt jongeren buiten het dorp', 'gaat veel te langzaam'],
		wishes: ['betaalbare woningen voor starters', 'tiny houses op het oude voetbalveld', 'huurwoningen voor jongeren', 'kleinere woningen voor ouderen', 'woningen bouwen zodat de school blijft'],
		people: ['starters', 'jongeren uit het dorp', 'jonge gezinnen', 'ouderen die kleiner willen wonen']
	},
	{
		subjects: ['de speeltuin', 'het grasveld', 'het groen in de straat', 'de glijbaan', 'het trapveldje', 'de bomen langs de weg'],
		problems: ['is verouderd', 'is al maanden kapot', 'wordt slecht onderhouden', 'is verdwenen voor parkeerplaatsen', 'ligt vol zwerfvuil'],
		wishes: ['een natuurspeeltuin met water en zand', 'meer bomen en minder stenen', 'een speelveld voor de jeugd', 'een moestuin voor de buurt', 'bankjes in het park'],
		people: ['kinderen', 'de jeugd', 'gezinnen met kleine kinderen', 'wandelaars']
	},
	{
		subjects: ['het verkeer op de Dorpsstraat', 'de oversteekplaats bij de school', 'het fietspad naar de stad', 'de snelheid op de Hoofdweg', 'het vrachtverkeer'],
		problems: ['is gevaarlijk voor fietsers', 'rijdt veel te hard', 'is slecht verlicht', 'zit vol gaten', 'neemt steeds toe'],
		wishes: ['drempels in de Dorpsstraat', 'een veilige oversteek voor kinderen', 'een 30-kilometerzone', 'meer handhaving op snelheid', 'een verlicht fietspad'],
		people: ['schoolkinderen', 'fietsers', 'ouderen op de fiets', 'voetgangers']
	},
	{
		subjects: ['de supermarkt', 'de bakker', 'de pinautomaat', 'het postkantoor', 'de bibliotheek'],
		problems: ['is verdwenen uit het dorp', 'gaat volgend jaar dicht', 'is alleen nog in de stad', 'heeft steeds kortere openingstijden'],
		wishes: ['een dorpswinkel met vrijwilligers', 'een pinautomaat in het dorp', 'een bibliotheekpunt in de school', 'boodschappen aan huis', 'een weekmarkt'],
		people: ['ouderen', 'mensen zonder auto', 'iedereen in het dorp', 'gezinnen']
	},
	{
		subjects: ['de sportvereniging', 'de voetbalclub', 'de gymzaal', 'het zwembad', 'de muziekvereniging'],
		problems: ['vindt geen vrijwilligers meer', 'heeft te weinig leden', 'is te duur geworden', 'moet misschien sluiten', 'heeft geen kantine meer'],
		wishes: ['meer vrijwilligers voor de vereniging', 'een sportveld voor iedereen', 'sporten voor ouderen', 'een gezamenlijke kantine', 'zwemles in het eigen dorp'],
		people: ['de jeugd', 'ouderen die willen bewegen', 'nieuwe leden', 'vrijwilligers']
	}
];

const VILLAGES = ['Aadorp', 'Albergen', 'Bornerbroek', 'Deurningen', 'Fleringen', 'Geesteren', 'Harbrinkhoek', 'Hertme', 'Langeveen', 'Lattrop', 'Mariaparochie', 'Reutum', 'Rossum', 'Saasveld', 'Vasse', 'Weerselo', 'Westerhaar', 'Zenderen'];

type Pick = <T>(list: T[]) => T;

const TEMPLATES: ((t: Theme, village: string, pick: Pick) => string)[] = [
	(t, v, pick) => `${pick(t.subjects)} in ${v} ${pick(t.problems)}.`,
	(t, v, pick) => `Graag ${pick(t.wishes)} in ${v}.`,
	(t, v, pick) => `${pick(t.wishes)} voor ${pick(t.people)}!`,
	(t, v, pick) => `Waarom ${pick(t.problems)}? Ik bedoel ${pick(t.subjects)}.`,
	(t, v, pick) => `Voor ${pick(t.people)} in ${v}: ${pick(t.wishes)}.`,
	(t, v, pick) => `Mijn zorg: ${pick(t.subjects)} ${pick(t.problems)}, vooral voor ${pick(t.people)}.`,
	(t, v, pick) => `Idee: ${pick(t.wishes)}. Dan ${pick(t.subjects)} niet meer zo.`
];

const FILLERS = ['', '', '', 'Echt waar. ', 'Al jaren een probleem. ', 'Namens de buurt: ', 'Vraag van mijn moeder: ', 'Dringend! '];
const ACCENTS: [RegExp, string][] = [[/café/g, 'cafe'], [/ë/g, 'e']];

/** A slip of the pen now and then: one letter dropped inside a longer word. */
function slip(text: string, next: () => number): string {
	const words = text.split(' ');
	const at = Math.floor(next() * words.length);
	const word = words[at];
	if (word.length < 6) return text;
	const letter = 1 + Math.floor(next() * (word.length - 2));
	words[at] = word.slice(0, letter) + word.slice(letter + 1);
	return words.join(' ');
}

function stickyNotes(count: number, seedValue: number): GroupingText[] {
	const next = random(seedValue);
	const pick: Pick = (list) => list[Math.floor(next() * list.length)];
	const notes: GroupingText[] = [];
	for (let i = 0; i < count; i++) {
		const theme = pick(THEMES);
		let text = pick(FILLERS) + pick(TEMPLATES)(theme, pick(VILLAGES), pick);
		text = text[0].toUpperCase() + text.slice(1);
		if (next() < 0.15) text = slip(text, next);
		if (next() < 0.3) for (const [accent, plain] of ACCENTS) text = text.replace(accent, plain);
		if (next() < 0.05) text = text.toUpperCase();
		notes.push({ id: `inbreng-${i + 1}`, text });
	}
	return notes;
}

// ---------------------------------------------------------------- measuring

/** The floor any grouping pays: every note read once, lower-cased, folded and split into words. */
function readingPass(notes: GroupingText[]): number {
	let words = 0;
	for (const note of notes) words += (note.text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]+/gu) ?? []).length;
	return words;
}

interface HeapCheck {
	ms: number;
	groups: number;
	/** Peak RSS before the run (Node, tsx, the notes) and after it. */
	rssBeforeMb: number;
	peakRssMb: number;
	heapLimitMb: number;
}

/** In the child: one run under the server's heap limit, reported as JSON on stdout. */
function heapCheck(notes: GroupingText[]): void {
	const rssBeforeMb = rssMb(process.pid).peak;
	const { ms, result } = timed(() => proposeGroups(notes));
	const check: HeapCheck = { ms, groups: result.groups.length, rssBeforeMb, peakRssMb: rssMb(process.pid).peak, heapLimitMb: Math.round(v8.getHeapStatistics().heap_size_limit / 1024 ** 2) };
	process.stdout.write(JSON.stringify(check));
}

function runHeapCheck(): HeapCheck {
	const args = [`--max-old-space-size=${SERVER_HEAP_MB}`, '--import', 'tsx', fileURLToPath(import.meta.url), CHILD, '--notes', String(noteCount), '--seed', String(seed)];
	return JSON.parse(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' })) as HeapCheck;
}

interface Report {
	date: string;
	notes: GroupingText[];
	distinct: number;
	words: number;
	grouping: number[];
	baseline: number[];
	result: Grouping;
	rssBeforeMb: number;
	peakRssMb: number;
	heapUsedMb: number;
	heap: HeapCheck;
	load: number[];
}

function measure(notes: GroupingText[]): Report {
	const load = os.loadavg();
	const rssBeforeMb = rssMb(process.pid).peak;
	log(`warm-up on ${int(notes.length)} notes …`);
	const { result } = timed(() => proposeGroups(notes));
	readingPass(notes);
	const grouping: number[] = [];
	const baseline: number[] = [];
	let heapUsed = 0;
	for (let run = 1; run <= runs; run++) {
		const grouped = timed(() => proposeGroups(notes));
		heapUsed = Math.max(heapUsed, process.memoryUsage().heapUsed);
		const read = timed(() => readingPass(notes));
		grouping.push(grouped.ms);
		baseline.push(read.ms);
		log(`  run ${run}: proposeGroups ${grouped.ms.toFixed(0)} ms, reading pass ${read.ms.toFixed(1)} ms`);
	}
	const peakRssMb = rssMb(process.pid).peak;
	log(`once more under a ${SERVER_HEAP_MB} MB heap …`);
	const heap = runHeapCheck();
	return {
		date: new Date().toISOString().slice(0, 10),
		notes,
		distinct: new Set(notes.map((n) => n.text)).size,
		words: readingPass(notes),
		grouping,
		baseline,
		result,
		rssBeforeMb,
		peakRssMb,
		heapUsedMb: heapUsed / 1024 ** 2,
		heap,
		load
	};
}

// ---------------------------------------------------------------- report

const heading = (date: string) => `## Grouping assistant: ${date}`;
const ms = (n: number) => `${n < 100 ? n.toFixed(1) : int(n)} ms`;
const mb = (n: number) => `${Math.round(n)} MB`;

function markdown(r: Report): string {
	const cpu = os.cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
	const grouped = r.result.groups.reduce((sum, g) => sum + g.ids.length, 0);
	const middle = median(r.grouping);
	const lines = [
		heading(r.date),
		'',
		'Reproduce with `npm run bench:grouping -- --write` (see `bench/grouping.ts`). `proposeGroups` (inputs module, default options) in process, no database.',
		'',
		`Machine: ${os.availableParallelism()} cores (${cpu}), ${Math.round(os.totalmem() / 1024 ** 3)} GB memory, Linux ${os.release()}, Node ${process.version}. Load average before the run: ${r.load.map((l) => l.toFixed(2)).join(', ')}.`,
		'',
		`Input: ${int(r.notes.length)} synthetic sticky notes (seed ${seed}; ${THEMES.length} themes × ${TEMPLATES.length} phrasings × ${VILLAGES.length} Twente villages, with filler, slips of the pen, accents left off and capitals), ` +
			`${int(r.distinct)} distinct texts, ${int(r.words)} words. One warm-up, then ${runs} measured runs. ` +
			'Baseline in the same runs: one reading pass over the same notes (lower-case, fold accents, split words), the least any grouping does, so the ratio says how many reads of the input the grouping costs.',
		'',
		'| what | median | max | vs baseline |',
		'|---|---:|---:|---:|',
		`| \`proposeGroups\`, ${int(r.notes.length)} notes | ${ms(middle)} | ${ms(Math.max(...r.grouping))} | **${(middle / median(r.baseline)).toFixed(0)}×** |`,
		`| reading pass (baseline) | ${ms(median(r.baseline))} | ${ms(Math.max(...r.baseline))} | 1× |`,
		'',
		`Memory: peak RSS of the process ${mb(r.rssBeforeMb)} before the first run (the notes, the code), ${mb(r.peakRssMb)} after the last; JS heap used right after a run at most ${mb(r.heapUsedMb)}. ` +
			`The distance matrix (a full square of 2-byte distances, ${mb((r.notes.length * r.notes.length * 2) / 1024 ** 2)} here) lives outside the JS heap. ` +
			`Under the server's heap limit (\`--max-old-space-size=${SERVER_HEAP_MB}\`, heap limit ${r.heap.heapLimitMb} MB) a fresh process grouped the same notes in ${ms(r.heap.ms)} (cold, ${r.heap.groups} groups), its peak RSS going from ${mb(r.heap.rssBeforeMb)} to ${mb(r.heap.peakRssMb)}: ${mb(r.heap.peakRssMb - r.heap.rssBeforeMb)} for the grouping.`,
		'',
		`Result: ${r.result.groups.length} groups holding ${int(grouped)} notes, ${int(r.result.ungrouped.length)} ungrouped. The largest:`,
		'',
		'| notes | label |',
		'|---:|---|',
		...r.result.groups.slice(0, 8).map((g) => `| ${int(g.ids.length)} | ${g.label} |`),
		'',
		'| target | seen | |',
		'|---|---:|---|',
		`| ${int(r.notes.length)} notes grouped in under ${int(TARGET_MS)} ms (median) | ${ms(middle)} | ${middle < TARGET_MS ? 'PASS' : 'FAIL'} |`
	];
	return lines.join('\n') + '\n';
}

/**
 * Replaces the section under this day's heading, up to the next heading of its level or the next
 * marker another bench writes, or appends it; read and written in one go, since other benches may
 * write their own sections of the same file.
 */
function writeSection(date: string, section: string): void {
	const text = fs.readFileSync(benchmarksFile, 'utf8');
	const lines = text.split('\n');
	const from = lines.indexOf(heading(date));
	if (from === -1) {
		fs.writeFileSync(benchmarksFile, `${text.trimEnd()}\n\n${section}`);
		return;
	}
	let to = from + 1;
	while (to < lines.length && !lines[to].startsWith('## ') && !lines[to].startsWith('<!-- ')) to++;
	const after = lines.slice(to).join('\n');
	fs.writeFileSync(benchmarksFile, [...lines.slice(0, from), section.trimEnd(), ...(after ? ['', after] : [''])].join('\n'));
}

// ---------------------------------------------------------------- main

const notes = stickyNotes(noteCount, seed);
if (process.argv.includes(CHILD)) heapCheck(notes);
else {
	const report = measure(notes);
	const section = markdown(report);
	process.stdout.write(`\n${section}\n`);
	const middle = median(report.grouping);
	process.stdout.write(`${middle < TARGET_MS ? 'PASS' : 'FAIL'}  ${int(noteCount)} notes grouped in under ${int(TARGET_MS)} ms: median ${ms(middle)}\n`);
	if (write) {
		writeSection(report.date, section);
		log(`wrote the grouping section of ${report.date} in ${path.relative(process.cwd(), benchmarksFile)}`);
	}
}
