import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { proposeGroups } from './grouping';
import { stickyNotes } from './grouping.fixture';

describe('grouping assistant', () => {
	// Golden: the groups a facilitator gets for the fixed sample of one evening's sticky notes.
	// A change to the algorithm that moves any note or label must be looked at, and this updated.
	it('groups the sample notes of a village evening into these proposals', () => {
		const { groups, ungrouped } = proposeGroups(stickyNotes);
		assert.deepEqual(
			groups.map((g) => [g.label, g.ids]),
			[
				['woningen · wonen · blijven', ['n04', 'n10', 'n16', 'n22', 'n26', 'n27', 'n33', 'n39']],
				['plek · elkaar · café', ['n02', 'n13', 'n25', 'n31', 'n36', 'n41']],
				['bus · buitengebied · buurtbus', ['n01', 'n12', 'n14', 'n24', 'n35']],
				['mantelzorgers · zorg · dorp', ['n03', 'n09', 'n20', 'n32', 'n38']],
				['speeltuin', ['n05', 'n17', 'n29', 'n34']],
				['ouderen', ['n07', 'n08', 'n19']],
				['straat · groen', ['n11', 'n23', 'n37']],
				['vervoer · ouderen', ['n18', 'n30', 'n40']],
				['thuiszorg', ['n15', 'n42']]
			]
		);
		assert.deepEqual(ungrouped, ['n06', 'n21', 'n28', 'n43']);
		assert.deepEqual(groups[0].words, ['woningen', 'wonen', 'blijven']);
	});

	it('gives the same answer every time, whatever copies it is handed', () => {
		const first = proposeGroups(stickyNotes);
		const second = proposeGroups(stickyNotes.map((n) => ({ ...n })));
		assert.deepEqual(second, first);
	});

	it('puts every note in exactly one group or among the ungrouped', () => {
		const { groups, ungrouped } = proposeGroups(stickyNotes);
		const placed = [...groups.flatMap((g) => g.ids), ...ungrouped].sort();
		assert.deepEqual(placed, stickyNotes.map((n) => n.id).sort());
	});

	it('handles nothing, one note, and notes of only stop words', () => {
		assert.deepEqual(proposeGroups([]), { groups: [], ungrouped: [] });
		assert.deepEqual(proposeGroups([{ id: 'a', text: 'Meer bankjes in het park.' }]), { groups: [], ungrouped: ['a'] });
		const { groups, ungrouped } = proposeGroups([
			{ id: 'a', text: 'en het de van' },
			{ id: 'b', text: '' },
			{ id: 'c', text: 'Meer bankjes in het park.' },
			{ id: 'd', text: 'Bankjes in het park graag.' }
		]);
		assert.deepEqual(groups.map((g) => g.ids), [['c', 'd']]);
		assert.deepEqual(ungrouped.sort(), ['a', 'b']);
	});

	it('folds accents, so café and cafe are the same word', () => {
		const { groups } = proposeGroups([
			{ id: 'a', text: 'Het café in het dorp moet open blijven.' },
			{ id: 'b', text: 'Het cafe in het dorp moet open blijven!' }
		]);
		assert.deepEqual(groups.map((g) => g.ids), [['a', 'b']]);
	});

	it('groups less with a strict threshold and more with a loose one', () => {
		const strict = proposeGroups(stickyNotes, { threshold: 0.01 });
		const loose = proposeGroups(stickyNotes, { threshold: 0.95 });
		const grouped = (g: ReturnType<typeof proposeGroups>) => g.groups.reduce((n, group) => n + group.ids.length, 0);
		assert.ok(grouped(strict) < grouped(proposeGroups(stickyNotes)));
		assert.ok(grouped(loose) >= grouped(proposeGroups(stickyNotes)));
	});

	it('proposes only groups of at least minSize, with at most maxWords in the label', () => {
		const { groups } = proposeGroups(stickyNotes, { minSize: 4, maxWords: 1 });
		assert.ok(groups.length > 0 && groups.every((g) => g.ids.length >= 4 && g.words.length <= 1));
	});
});
