/** Where a request goes: pure, so the rule can be read and tested on its own. */

export interface RoutableContact {
	id: string;
	themeIds: string[];
	areaIds: string[];
}

export interface AreaLink {
	id: string;
	parentId: string | null;
}

/** An area and the areas around it, nearest first: neighbourhood, district, municipality, region. */
export function areaChain(areaId: string | null, areas: AreaLink[]): string[] {
	if (!areaId) return [];
	const parentOf = new Map(areas.map((a) => [a.id, a.parentId]));
	const chain: string[] = [];
	for (let at: string | null | undefined = areaId; at && !chain.includes(at); at = parentOf.get(at)) chain.push(at);
	return chain;
}

/**
 * The contact point for a request's themes and area. A contact point with no themes or no areas
 * covers all of them. A theme match weighs more than an area match, and a nearer area more than a
 * wider one, so the specialist for "zorg in Aadorp" wins from the general desk of the municipality.
 * Ties go to the first listed (the oldest), so routing never depends on chance.
 */
export function routeRequest<T extends RoutableContact>(contacts: T[], themeIds: string[], chain: string[]): T | null {
	let best: { contact: T; score: number } | null = null;
	for (const contact of contacts) {
		const score = fit(contact, themeIds, chain);
		if (score === null) continue;
		if (!best || score > best.score) best = { contact, score };
	}
	return best?.contact ?? null;
}

function fit(contact: RoutableContact, themeIds: string[], chain: string[]): number | null {
	const themeMatch = contact.themeIds.some((id) => themeIds.includes(id));
	if (contact.themeIds.length > 0 && !themeMatch) return null;
	const depth = contact.areaIds.length === 0 ? -1 : nearest(contact.areaIds, chain);
	if (contact.areaIds.length > 0 && depth === -1) return null;
	const areaScore = depth === -1 ? 0 : 100 - depth;
	return (themeMatch ? 1000 : 0) + areaScore;
}

function nearest(areaIds: string[], chain: string[]): number {
	const positions = areaIds.map((id) => chain.indexOf(id)).filter((i) => i >= 0);
	return positions.length ? Math.min(...positions) : -1;
}
