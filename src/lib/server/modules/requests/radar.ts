/** Which subscribers hear of a plan: pure, over themes and the area hierarchy. */
import { areaChain, type AreaLink } from './routing';

export interface Interest {
	themeIds: string[];
	areaIds: string[];
}

/**
 * A plan matches when it shares a theme (or either side names none) and touches the area: a plan
 * for a neighbourhood concerns whoever follows its municipality, and a plan for the whole
 * municipality concerns whoever follows one of its neighbourhoods.
 */
export function planMatches(plan: Interest, wanted: Interest, areas: AreaLink[]): boolean {
	const themes = wanted.themeIds.length === 0 || plan.themeIds.length === 0 || plan.themeIds.some((id) => wanted.themeIds.includes(id));
	if (!themes) return false;
	if (wanted.areaIds.length === 0 || plan.areaIds.length === 0) return true;
	return plan.areaIds.some((planArea) => wanted.areaIds.some((area) => areaChain(planArea, areas).includes(area) || areaChain(area, areas).includes(planArea)));
}
