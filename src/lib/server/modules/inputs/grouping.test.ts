// Proposed groups for a fixed evening of sticky notes (pinned exactly, so that any change to the
// proposals shows up here and is looked at), and the edges: nothing to group, one note, notes
// without content, the options.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { proposeGroups, type Grouping, type GroupingText } from './grouping';
import { stickyNotes } from './grouping.fixture';

const notes = (...texts: string[]): GroupingText[] => texts.map((text, i) => ({ id: `t${i + 1}`, text }));

/** Every id once, in a group or ungrouped: a proposal never loses or doubles a note. */
function assertPartition(grouping: Grouping, texts: GroupingText[]): void {
	const seen = [...grouping.groups.flatMap((g) => g.ids), ...grouping.ungrouped].sort();
	assert.deepEqual(seen, texts.map((t) => t.id).sort());
}

describe('proposeGroups on an evening of sticky notes', () => {
	it('proposes the themes a facilitator would recognise (golden)', () => {
		assert.deepEqual(proposeGroups(stickyNotes), {
			groups: [
				{ label: 'woningen · wonen · blijven', words: ['woningen', 'wonen', 'blijven'], ids: ['n04', 'n10', 'n16', 'n22', 'n26', 'n27', 'n33', 'n39'] },
				{ label: 'plek · elkaar · café', words: ['plek', 'elkaar', 'café'], ids: ['n02', 'n13', 'n25', 'n31', 'n36', 'n41'] },
				{ label: 'bus · buitengebied · buurtbus', words: ['bus', 'buitengebied', 'buurtbus'], ids: ['n01', 'n12', 'n14', 'n24', 'n35'] },
				{ label: 'mantelzorgers · zorg · dorp', words: ['mantelzorgers', 'zorg', 'dorp'], ids: ['n03', 'n09', 'n20', 'n32', 'n38'] },
				{ label: 'speeltuin', words: ['speeltuin'], ids: ['n05', 'n17', 'n29', 'n34'] },
				{ label: 'ouderen', words: ['ouderen'], ids: ['n07', 'n08', 'n19'] },
				{ label: 'straat · groen', words: ['straat', 'groen'], ids: ['n11', 'n23', 'n37'] },
				{ label: 'vervoer · ouderen', words: ['vervoer', 'ouderen'], ids: ['n18', 'n30', 'n40'] },
				{ label: 'thuiszorg', words: ['thuiszorg'], ids: ['n15', 'n42'] }
			],
			ungrouped: ['n06', 'n21', 'n28', 'n43']
		});
	});

	it('with a threshold near 1 joins every note that shares anything into one group', () => {
		assert.deepEqual(proposeGroups(stickyNotes, { threshold: 0.99 }), {
			groups: [{ label: 'dorp · ouderen · zorg', words: ['dorp', 'ouderen', 'zorg'], ids: stickyNotes.map((n) => n.id).filter((id) => !['n21', 'n28', 'n43'].includes(id)) }],
			ungrouped: ['n21', 'n28', 'n43']
		});
	});

	it('groups more as the threshold rises, each group inside one group of a higher threshold', () => {
		const thresholds = [0.5, 0.8, 0.9, 0.94, 0.95, 0.99];
		const groupings = thresholds.map((threshold) => proposeGroups(stickyNotes, { threshold }));
		const grouped = (g: Grouping) => g.groups.reduce((sum, group) => sum + group.ids.length, 0);
		for (let t = 1; t < groupings.length; t++) {
			const [lower, higher] = [groupings[t - 1], groupings[t]];
			assert.ok(grouped(higher) >= grouped(lower));
			for (const group of lower.groups) assert.ok(higher.groups.some((h) => group.ids.every((id) => h.ids.includes(id))), `${group.label} at ${thresholds[t - 1]} split at ${thresholds[t]}`);
		}
		assert.deepEqual(
			groupings.map((g) => g.groups.length),
			[2, 11, 12, 9, 7, 1]
		);
	});

	it('gives the same proposal on every run, for copies of the notes, and leaves its input alone', () => {
		const before = structuredClone(stickyNotes);
		const first = proposeGroups(stickyNotes);
		assert.deepEqual(proposeGroups(stickyNotes), first);
		assert.deepEqual(proposeGroups(structuredClone(stickyNotes)), first);
		assert.deepEqual(proposeGroups(stickyNotes.map((n) => ({ ...n }))), first);
		assert.deepEqual(stickyNotes, before);
	});

	it('accounts for every note once, groups largest first and ids in input order', () => {
		const grouping = proposeGroups(stickyNotes);
		assertPartition(grouping, stickyNotes);
		const position = new Map(stickyNotes.map((n, i) => [n.id, i]));
		const sizes = grouping.groups.map((g) => g.ids.length);
		assert.deepEqual(sizes, [...sizes].sort((a, b) => b - a));
		for (const group of grouping.groups) {
			const positions = group.ids.map((id) => position.get(id)!);
			assert.deepEqual(positions, [...positions].sort((a, b) => a - b));
		}
		for (let g = 1; g < grouping.groups.length; g++) {
			const [previous, current] = [grouping.groups[g - 1], grouping.groups[g]];
			if (previous.ids.length === current.ids.length) assert.ok(position.get(previous.ids[0])! < position.get(current.ids[0])!);
		}
	});
});

describe('proposeGroups at its edges', () => {
	it('proposes nothing for no notes', () => {
		assert.deepEqual(proposeGroups([]), { groups: [], ungrouped: [] });
	});

	it('leaves a single note ungrouped, or makes it a group of one when asked', () => {
		const one = notes('De buurtbus rijdt niet meer op zaterdag.');
		assert.deepEqual(proposeGroups(one), { groups: [], ungrouped: ['t1'] });
		assert.deepEqual(proposeGroups(one, { minSize: 1 }), { groups: [{ label: 'buurtbus · rijdt · zaterdag', words: ['buurtbus', 'rijdt', 'zaterdag'], ids: ['t1'] }], ungrouped: [] });
	});

	it('leaves empty notes and notes of only stop words ungrouped, even as groups of one', () => {
		const texts = notes('', '   ', 'Dat is het wel.', '?!', 'Meer groen in de straat', 'Meer groen in onze straat');
		const grouping = proposeGroups(texts, { minSize: 1 });
		assert.deepEqual(grouping.ungrouped, ['t1', 't2', 't3', 't4']);
		assert.deepEqual(
			grouping.groups.map((g) => g.ids),
			[['t5', 't6']]
		);
	});

	it('folds accents, so café and cafe, ideeën and ideeen are one word', () => {
		const grouping = proposeGroups(notes('Een gezellig café als ontmoetingsplek', 'Glasvezel in het buitengebied', 'Gezellig cafe, een ontmoetingsplek', 'Ideeën voor de speeltuin', 'ideeen speeltuin'));
		assert.deepEqual(grouping, {
			groups: [
				{ label: 'café · gezellig · ontmoetingsplek', words: ['café', 'gezellig', 'ontmoetingsplek'], ids: ['t1', 't3'] },
				{ label: 'ideeën · speeltuin', words: ['ideeën', 'speeltuin'], ids: ['t4', 't5'] }
			],
			ungrouped: ['t2']
		});
	});

	it('with threshold 0 puts nothing together, not even the same note twice', () => {
		const texts = notes('Meer groen in de straat', 'Meer groen in de straat', 'Meer bomen en groen in de straat');
		assert.deepEqual(proposeGroups(texts, { threshold: 0 }), { groups: [], ungrouped: ['t1', 't2', 't3'] });
		assert.deepEqual(
			proposeGroups(texts).groups.map((g) => g.ids),
			[['t1', 't2', 't3']]
		);
	});

	it('does not propose groups smaller than minSize; their notes are ungrouped', () => {
		const grouping = proposeGroups(stickyNotes, { minSize: 5 });
		assert.deepEqual(
			grouping.groups.map((g) => g.ids.length),
			[8, 6, 5, 5]
		);
		assert.equal(grouping.ungrouped.length, stickyNotes.length - 24);
		assertPartition(grouping, stickyNotes);
	});

	it('labels with at most maxWords words, best first', () => {
		for (const maxWords of [1, 2, 5]) {
			for (const group of proposeGroups(stickyNotes, { maxWords }).groups) {
				assert.ok(group.words.length >= 1 && group.words.length <= maxWords);
				assert.equal(group.label, group.words.join(' · '));
			}
		}
		assert.deepEqual(
			proposeGroups(stickyNotes, { maxWords: 1 }).groups.map((g) => g.label),
			['woningen', 'plek', 'bus', 'mantelzorgers', 'speeltuin', 'ouderen', 'straat', 'vervoer', 'thuiszorg']
		);
	});

	it('refuses options out of range', () => {
		for (const options of [{ threshold: -0.1 }, { threshold: 1.5 }, { threshold: Number.NaN }, { maxWords: 0 }, { maxWords: 1.5 }, { minSize: 0 }]) {
			assert.throws(() => proposeGroups(stickyNotes, options), RangeError);
		}
	});
});
