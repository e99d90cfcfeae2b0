import { areaLevels } from './inputs';

export type AreaLevel = (typeof areaLevels)[number];

const cbsPrefix: Partial<Record<AreaLevel, string>> = { municipality: 'GM', district: 'WK', neighbourhood: 'BU' };

/** Why an area cannot sit where it is asked to, or null when it can. */
export function areaPlacementProblem(
	level: AreaLevel,
	parentLevel: AreaLevel | null,
	cbsCode: string | null
): 'error.areaParent' | 'error.cbsCode' | null {
	const depth = areaLevels.indexOf(level);
	if (parentLevel === null ? depth !== 0 : areaLevels.indexOf(parentLevel) >= depth) return 'error.areaParent';
	if (cbsCode && !cbsCode.startsWith(cbsPrefix[level] ?? '-')) return 'error.cbsCode';
	return null;
}

export interface AreaNode {
	id: string;
	parentId: string | null;
	name: string;
	children: AreaNode[];
}

/** Nests a flat list of areas into trees, children sorted by name. */
export function buildAreaTree<T extends { id: string; parentId: string | null; name: string }>(
	areas: T[]
): (T & { children: (T & { children: unknown[] })[] })[] {
	type Node = T & { children: Node[] };
	const nodes = new Map<string, Node>(areas.map((a) => [a.id, { ...a, children: [] }]));
	const roots: Node[] = [];
	for (const node of nodes.values()) {
		const parent = node.parentId ? nodes.get(node.parentId) : undefined;
		(parent ? parent.children : roots).push(node);
	}
	const sort = (list: Node[]) => {
		list.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
		list.forEach((n) => sort(n.children));
	};
	sort(roots);
	return roots;
}
