// Proposes themes ("speerpunten") for a pile of residents' input, offline and the same every time.
//
// Why character n-grams and not whole words: Dutch glues and bends words (mantelzorg,
// mantelzorger, mantelzorgers; oudere, ouderen; speeltuin, speeltuintje), sticky notes are a
// dozen words long and often misspelt, and no stemmer or language model may be downloaded. The
// 3- to 5-letter pieces of each word (with its edges, so " bus " also counts as a whole word)
// let those variants meet. TF-IDF makes pieces that half the notes share ("en ", "ing") weigh
// little, so notes meet on what they are about.
//
// Why average linkage with a distance threshold: single linkage chains unrelated notes together
// through one shared word, complete linkage splits a theme as soon as two of its notes share
// nothing, and a facilitator cannot say beforehand how many themes there are, so the cut is a
// distance, not a count.
//
// Why a full square matrix of 16-bit distances: average linkage needs every pairwise distance,
// since a merged cluster's distances are averaged from its two parts' (Lance-Williams). Two bytes
// a pair keep 5,000 notes at 50 MB, outside the JS heap, where Float64 would take 200 MB; steps of
// 1/65,535 are far finer than any threshold anyone sets, and whole numbers make ties exact. The
// full square rather than a triangle makes every scan of a cluster's distances one row in memory,
// several times faster than walking a triangle's columns. Similarities come from an inverted index
// on n-grams, so pairs without a shared piece cost nothing to compute.
//
// Why remembered nearest neighbours: average linkage is reducible (merging two clusters never
// brings a third closer than it was to either), so after a merge only the clusters whose
// neighbour was merged need to look again, and even they can wait until they are the closest
// pair. That is average linkage, exact to those steps, in about O(n²) time, with the merges in
// order of distance: the first at or over the threshold ends the work.
//
// Deterministic: no randomness, no reliance on hash order; every tie (equal distances, equal
// label scores, equal group sizes) is broken by position in the input or by code-unit order,
// never by locale.

export interface GroupingText {
	id: string;
	text: string;
}

export interface ProposedGroup {
	/** Human label: the group's most telling words joined, e.g. "bus · vervoer · dorp". */
	label: string;
	/** The most telling whole words, best first (at most `maxWords`). */
	words: string[];
	/** Ids of the texts in this group, in input order. */
	ids: string[];
}

export interface GroupingOptions {
	/**
	 * Cosine distance under which clusters merge (0..1). Default 0.94: sticky notes on one theme
	 * often share a single word out of a dozen, so a theme holds together at an average cosine
	 * similarity of only about 0.06. Lower splits themes into their phrasings; from about 0.955 the
	 * village itself ("dorp", on many notes whatever their theme) starts to join themes. Merging two
	 * proposed groups is easier for a facilitator than taking a wrong one apart, so the default
	 * errs towards more, smaller groups.
	 */
	threshold?: number;
	/** Words per label, default 3. */
	maxWords?: number;
	/** Groups smaller than this are not proposed; their texts go to `ungrouped`. Default 2. */
	minSize?: number;
}

export interface Grouping {
	groups: ProposedGroup[];
	ungrouped: string[];
}

const DEFAULT_THRESHOLD = 0.94;
const DEFAULT_MAX_WORDS = 3;
const DEFAULT_MIN_SIZE = 2;
const SHORTEST_GRAM = 3;
const LONGEST_GRAM = 5;
/** Two-letter words ("ov", "zo") still carry meaning in a vector; in a label they say too little. */
const SHORTEST_LABEL_WORD = 3;
const LABEL_SEPARATOR = ' · ';

// Written without accents: words are compared after folding.
const STOP_WORDS = new Set(
	(
		'aan al alle alleen alles als altijd ander andere anders ben bent beter bij bijna boven da daar daardoor daarom daarvoor dan dat de deze die dit doe doen doet door dus echt een eens eigen elk elke en er erg ergens even ga gaan gaat ge geen geweest graag haar had hadden heb hebben hebt heeft heel hem hen het hier hij hoe hoeveel hoor hun ieder iedere iemand iets ik in is ja je jij jou jouw jullie kan kom komen komt kon krijg krijgen krijgt kunnen kunt laat laten maak maakt maar maken me meer men met mij mijn moet moeten mogen n na naar nee niemand niet niets nog nooit nou nu of om omdat onder ons onze ook op over s sommige soms staan staat steeds t te tegen toch toe tot u uit uw vaak van veel voor waar waarom wanneer want waren was wat we wel welk welke werd wie wij wil willen wilt worden wordt zal ze zelf zich zie zien ziet zij zijn zo zoals zonder zou zouden zullen'
	).split(' ')
);

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const MARK = /\p{M}/gu;
const NON_ASCII = /[^\u0000-\u007f]/;

export function proposeGroups(texts: GroupingText[], options: GroupingOptions = {}): Grouping {
	const { threshold, maxWords, minSize } = settings(options);
	const notes = texts.map((t) => readNote(t.text));
	// Positions in `texts` of the notes with something to read; clusters hold indices into this.
	const readable = notes.flatMap((note, i) => (note.words.length ? [i] : []));
	const clusters = clusterNotes(vectorise(readable.map((i) => notes[i].words)), threshold);
	const groups = clusters.filter((members) => members.length >= minSize);
	// Clusters come by first member, so a stable sort leaves equal sizes in input order.
	groups.sort((a, b) => b.length - a.length);
	const unread = notes.flatMap((note, i) => (note.words.length ? [] : [i]));
	const alone = clusters.filter((members) => members.length < minSize).flatMap((members) => members.map((m) => readable[m]));
	const ungrouped = [...unread, ...alone].sort((a, b) => a - b);
	const labeller = new Labeller(readable.map((i) => notes[i]));
	return {
		groups: groups.map((members) => {
			const words = labeller.words(members, maxWords);
			return { label: words.join(LABEL_SEPARATOR), words, ids: members.map((m) => texts[readable[m]].id) };
		}),
		ungrouped: ungrouped.map((p) => texts[p].id)
	};
}

function settings(options: GroupingOptions): Required<GroupingOptions> {
	const { threshold = DEFAULT_THRESHOLD, maxWords = DEFAULT_MAX_WORDS, minSize = DEFAULT_MIN_SIZE } = options;
	if (!(threshold >= 0 && threshold <= 1)) throw new RangeError('threshold must be between 0 and 1');
	if (!Number.isInteger(maxWords) || maxWords < 1) throw new RangeError('maxWords must be a whole number of at least 1');
	if (!Number.isInteger(minSize) || minSize < 1) throw new RangeError('minSize must be a whole number of at least 1');
	return { threshold, maxWords, minSize };
}

// ---------------------------------------------------------------- reading a note

interface Note {
	/** Folded content words, in order, repeats kept: what the vector is made of. */
	words: string[];
	/** Folded word → how it was written (lower-cased), for labels that keep their accents. */
	written: Map<string, string>;
}

function readNote(text: string): Note {
	const lower = (NON_ASCII.test(text) ? text.normalize('NFC') : text).toLowerCase();
	const words: string[] = [];
	const written = new Map<string, string>();
	for (const token of lower.match(WORD) ?? []) {
		const word = fold(token);
		if (word.length < 2 || STOP_WORDS.has(word)) continue;
		words.push(word);
		if (!written.has(word)) written.set(word, token);
	}
	return { words, written };
}

/** é, ë, è and ê all become e (and the ĳ ligature ij), so "café" and "cafe" are one word. */
function fold(token: string): string {
	return NON_ASCII.test(token) ? token.normalize('NFKD').replace(MARK, '') : token;
}

// ---------------------------------------------------------------- vectors

/** Unit-length TF-IDF vectors, by note and by n-gram, in compressed sparse rows. */
interface Vectors {
	notes: number;
	/** Note i's n-grams are `gram[start[i]] … gram[start[i + 1] - 1]`, ascending. */
	start: Int32Array;
	gram: Int32Array;
	weight: Float64Array;
	/** The same weights by n-gram: n-gram g's notes are `postedNote[postStart[g]] …`, ascending. */
	postStart: Int32Array;
	postedNote: Int32Array;
	postedWeight: Float64Array;
}

// An n-gram of at most 5 letters fits exactly in one integer as base-39 digits (edge 1, a–z,
// 0–9, anything else 38; no digit is 0, so lengths cannot collide): no strings to build or hash.
const EDGE = 1;
const RADIX = 39;

function letterDigit(code: number): number {
	if (code >= 97 && code <= 122) return code - 95;
	if (code >= 48 && code <= 57) return code - 20;
	return 38;
}

/** Appends the codes of `word`'s n-grams to `out`. */
function gramsOf(word: string, out: number[]): void {
	const digits = [EDGE];
	for (let i = 0; i < word.length; i++) digits.push(letterDigit(word.charCodeAt(i)));
	digits.push(EDGE);
	for (let size = SHORTEST_GRAM; size <= LONGEST_GRAM; size++) {
		for (let from = 0; from + size <= digits.length; from++) {
			let code = 0;
			for (let k = from; k < from + size; k++) code = code * RADIX + digits[k];
			out.push(code);
		}
	}
}

function vectorise(notes: string[][]): Vectors {
	const grams = new GramIds();
	// The current note's count per n-gram, back to 0 after each note: no per-note map to build.
	const inNote: number[] = [];
	const touched: number[] = [];
	const start = new Int32Array(notes.length + 1);
	const gram: number[] = [];
	const count: number[] = [];
	for (const [i, words] of notes.entries()) {
		touched.length = 0;
		for (const word of words) {
			for (const id of grams.of(word)) {
				inNote[id] = (inNote[id] ?? 0) + 1;
				if (inNote[id] === 1) touched.push(id);
			}
		}
		for (const id of Int32Array.from(touched).sort()) {
			gram.push(id);
			count.push(inNote[id]);
			inNote[id] = 0;
			grams.documentFrequency[id]++;
		}
		start[i + 1] = gram.length;
	}
	const { documentFrequency } = grams;
	const weight = weigh(notes.length, start, gram, count, documentFrequency);
	return { notes: notes.length, start, gram: Int32Array.from(gram), weight, ...postings(start, gram, weight, documentFrequency) };
}

/** Numbers the n-grams in order of first sight, and remembers each word's, since words recur across notes. */
class GramIds {
	readonly documentFrequency: number[] = [];
	private readonly byCode = new Map<number, number>();
	private readonly byWord = new Map<string, number[]>();
	private readonly codes: number[] = [];

	of(word: string): number[] {
		let ids = this.byWord.get(word);
		if (!ids) {
			this.codes.length = 0;
			gramsOf(word, this.codes);
			ids = this.codes.map((code) => this.id(code));
			this.byWord.set(word, ids);
		}
		return ids;
	}

	private id(code: number): number {
		let id = this.byCode.get(code);
		if (id === undefined) {
			id = this.documentFrequency.push(0) - 1;
			this.byCode.set(code, id);
		}
		return id;
	}
}

/** tf × smoothed idf, so that a piece every note shares still counts a little when there are only two notes. */
function weigh(notes: number, start: Int32Array, gram: number[], count: number[], documentFrequency: number[]): Float64Array {
	const idf = Float64Array.from(documentFrequency, (df) => Math.log((1 + notes) / (1 + df)) + 1);
	const weight = new Float64Array(gram.length);
	for (let i = 0; i < notes; i++) {
		let squares = 0;
		for (let k = start[i]; k < start[i + 1]; k++) {
			weight[k] = count[k] * idf[gram[k]];
			squares += weight[k] * weight[k];
		}
		const length = Math.sqrt(squares);
		for (let k = start[i]; k < start[i + 1]; k++) weight[k] /= length;
	}
	return weight;
}

function postings(start: Int32Array, gram: number[], weight: Float64Array, documentFrequency: number[]): Pick<Vectors, 'postStart' | 'postedNote' | 'postedWeight'> {
	const postStart = new Int32Array(documentFrequency.length + 1);
	for (let g = 0; g < documentFrequency.length; g++) postStart[g + 1] = postStart[g] + documentFrequency[g];
	const fill = postStart.slice(0, -1);
	const postedNote = new Int32Array(gram.length);
	const postedWeight = new Float64Array(gram.length);
	for (let i = 0; i + 1 < start.length; i++) {
		for (let k = start[i]; k < start[i + 1]; k++) {
			const at = fill[gram[k]]++;
			postedNote[at] = i;
			postedWeight[at] = weight[k];
		}
	}
	return { postStart, postedNote, postedWeight };
}

// ---------------------------------------------------------------- distances

/** Distances are kept as whole steps of 1/65,535: two bytes a pair, exact integer arithmetic. */
const STEPS = 65535;
/** Side of the square tiles in which the lower half is copied from the upper: both fit in L1 cache. */
const TILE = 64;

/**
 * Cosine distances of all pairs in a full square matrix, so that every read along a cluster's
 * distances is a row. Each row's upper half is summed over the n-grams the note shares with
 * later notes; the lower half is then copied over tile by tile.
 */
function distances(v: Vectors): Uint16Array {
	const { notes: n, start, gram, weight, postStart, postedNote, postedWeight } = v;
	const distance = new Uint16Array(n * n);
	const similarity = new Float64Array(n);
	// Notes are taken in order, so each n-gram's list is read from just past the current note.
	const next = postStart.slice(0, -1);
	for (let i = 0; i < n; i++) {
		for (let k = start[i]; k < start[i + 1]; k++) {
			const g = gram[k];
			const w = weight[k];
			const end = postStart[g + 1];
			for (let p = ++next[g]; p < end; p++) similarity[postedNote[p]] += w * postedWeight[p];
		}
		const row = i * n;
		for (let j = i + 1; j < n; j++) {
			distance[row + j] = similarity[j] >= 1 ? 0 : Math.round((1 - similarity[j]) * STEPS);
			similarity[j] = 0;
		}
	}
	mirror(distance, n);
	return distance;
}

function mirror(distance: Uint16Array, n: number): void {
	for (let top = 0; top < n; top += TILE) {
		for (let left = top; left < n; left += TILE) {
			for (let i = top; i < Math.min(top + TILE, n); i++) {
				for (let j = Math.max(left, i + 1); j < Math.min(left + TILE, n); j++) distance[j * n + i] = distance[i * n + j];
			}
		}
	}
}

// ---------------------------------------------------------------- clustering

/** Average-linkage clusters with every merge under `threshold`; members ascending, clusters by first member. */
function clusterNotes(v: Vectors, threshold: number): number[][] {
	if (v.notes === 0) return [];
	const linkage = new AverageLinkage(distances(v), v.notes);
	linkage.mergeUnder(threshold * STEPS);
	return membersByCluster(linkage.merged);
}

/**
 * Each cluster remembers its nearest neighbour. Because average linkage is reducible, a merge can
 * only change that for the clusters whose neighbour was one of the two merged, and for those the
 * old distance stays a lower bound: they search again only once that bound is the smallest of all,
 * which most never reach before the threshold does. So a merge costs about one pass over the
 * clusters, and the merges come in order of distance: the first one at or over the threshold ends
 * the work. Ties go to the lowest index.
 */
class AverageLinkage {
	/** Item i was merged into `merged[i]` (a lower index), or is `i` while it leads its cluster. */
	readonly merged: Int32Array;
	private readonly size: Int32Array;
	/** The leading items of the clusters, ascending; the first `count` entries are in use. */
	private readonly active: Int32Array;
	private count: number;
	private readonly nearest: Int32Array;
	/** Exact for a fresh cluster, a lower bound for a stale one; one step past the scale for none. */
	private readonly nearestDistance: Int32Array;
	private readonly stale: Uint8Array;

	constructor(
		private readonly distance: Uint16Array,
		private readonly n: number
	) {
		this.merged = Int32Array.from({ length: n }, (_, i) => i);
		this.size = new Int32Array(n).fill(1);
		this.active = Int32Array.from(this.merged);
		this.count = n;
		this.nearest = new Int32Array(n);
		this.nearestDistance = new Int32Array(n);
		this.stale = new Uint8Array(n);
		for (let k = 0; k < n; k++) this.findNearest(k);
	}

	mergeUnder(threshold: number): void {
		for (;;) {
			const closest = this.closest();
			if (closest === -1 || this.nearestDistance[closest] >= threshold) return;
			if (this.stale[closest]) this.findNearest(closest);
			else this.merge(closest, this.nearest[closest]);
		}
	}

	private closest(): number {
		const { active, nearestDistance } = this;
		let closest = -1;
		let closestDistance = STEPS + 1;
		for (let p = 0; p < this.count; p++) {
			const k = active[p];
			if (nearestDistance[k] < closestDistance) {
				closest = k;
				closestDistance = nearestDistance[k];
			}
		}
		return closest;
	}

	private findNearest(k: number): void {
		const { distance, active } = this;
		const row = k * this.n;
		let best = -1;
		let bestDistance = STEPS + 1;
		for (let p = 0; p < this.count; p++) {
			const j = active[p];
			const d = distance[row + j];
			if (d < bestDistance && j !== k) {
				best = j;
				bestDistance = d;
			}
		}
		this.stale[k] = 0;
		this.nearest[k] = best;
		this.nearestDistance[k] = bestDistance;
	}

	private merge(a: number, b: number): void {
		const { n, distance, active, nearest, nearestDistance, stale } = this;
		const keep = Math.min(a, b);
		const gone = Math.max(a, b);
		const keepSize = this.size[keep];
		const goneSize = this.size[gone];
		this.leave(gone);
		const keepRow = keep * n;
		const goneRow = gone * n;
		let best = -1;
		let bestDistance = STEPS + 1;
		for (let p = 0; p < this.count; p++) {
			const k = active[p];
			if (k === keep) continue;
			const d = Math.round((keepSize * distance[keepRow + k] + goneSize * distance[goneRow + k]) / (keepSize + goneSize));
			distance[keepRow + k] = d;
			distance[k * n + keep] = d;
			if (d < bestDistance) {
				best = k;
				bestDistance = d;
			}
			if (stale[k]) continue;
			if (nearest[k] === keep || nearest[k] === gone) stale[k] = 1;
			else if (d < nearestDistance[k] || (d === nearestDistance[k] && keep < nearest[k])) {
				nearest[k] = keep;
				nearestDistance[k] = d;
			}
		}
		stale[keep] = 0;
		nearest[keep] = best;
		nearestDistance[keep] = bestDistance;
		this.size[keep] = keepSize + goneSize;
		this.merged[gone] = keep;
	}

	private leave(k: number): void {
		let p = 0;
		while (this.active[p] !== k) p++;
		this.active.copyWithin(p, p + 1, this.count);
		this.count--;
	}
}

/** Follows each item's merges to the cluster that absorbed it last. */
function membersByCluster(merged: Int32Array): number[][] {
	const root = new Int32Array(merged.length);
	const byRoot = new Map<number, number[]>();
	const clusters: number[][] = [];
	for (let i = 0; i < merged.length; i++) {
		// A cluster always keeps its lowest index, so an item's root was resolved before the item.
		root[i] = merged[i] === i ? i : root[merged[i]];
		let members = byRoot.get(root[i]);
		if (!members) {
			members = [];
			byRoot.set(root[i], members);
			clusters.push(members);
		}
		members.push(i);
	}
	return clusters;
}

// ---------------------------------------------------------------- labels

/**
 * Scores whole words by how many of a group's notes hold them and how few notes elsewhere do. A
 * Dutch compound also holds its last part when that is a word of its own, so that "buurtbus" and
 * "bus", "huurwoningen" and "woningen", "thuiszorg" and "zorg" count as one word for a label;
 * but only a word one of the group's notes writes on its own, or "ziekenhuis" and "dorpshuis"
 * would make a theme of "huis".
 */
class Labeller {
	private readonly wordsByNote: Set<string>[];
	private readonly heldByNote: string[][];
	private readonly notesWith = new Map<string, number>();
	private readonly written = new Map<string, string>();

	constructor(notes: Note[]) {
		for (const note of notes) {
			for (const [word, form] of note.written) if (word.length >= SHORTEST_LABEL_WORD && !this.written.has(word)) this.written.set(word, form);
		}
		this.wordsByNote = notes.map((note) => new Set(note.words));
		this.heldByNote = notes.map((note) => this.held(note.words));
		for (const held of this.heldByNote) for (const word of held) this.notesWith.set(word, (this.notesWith.get(word) ?? 0) + 1);
	}

	private held(words: string[]): string[] {
		const held = new Set<string>();
		for (const word of words) {
			for (let from = 0; word.length - from >= SHORTEST_LABEL_WORD; from++) {
				const tail = from ? word.slice(from) : word;
				if (this.written.has(tail)) held.add(tail);
			}
		}
		return [...held];
	}

	/**
	 * Share of the group holding the word × share of the word's notes inside the group; words of a
	 * single note only when no word is shared, since one note does not make a theme.
	 */
	words(members: number[], maxWords: number): string[] {
		const inGroup = new Map<string, number>();
		for (const m of members) for (const word of this.heldByNote[m]) inGroup.set(word, (inGroup.get(word) ?? 0) + 1);
		const counted = [...inGroup.entries()].filter(([word]) => members.some((m) => this.wordsByNote[m].has(word)));
		const shared = counted.filter(([, count]) => count >= Math.min(2, members.length));
		const candidates = shared.length ? shared : counted;
		// Integer cross-products: the score count² / notesWith compared exactly, without float ties.
		candidates.sort(([wordA, a], [wordB, b]) => b * b * this.notesWith.get(wordA)! - a * a * this.notesWith.get(wordB)! || b - a || (wordA < wordB ? -1 : 1));
		const chosen: string[] = [];
		for (const [word] of candidates) {
			if (chosen.length === maxWords) break;
			// "mantelzorger" after "mantelzorgers", "oudere" after "ouderen": one word, said once.
			if (chosen.some((c) => c.startsWith(word) || word.startsWith(c))) continue;
			chosen.push(word);
		}
		return chosen.map((word) => this.written.get(word)!);
	}
}
