import type { Db } from '../../db/client';
import type { LinkedAction } from './trace';

/** One link from an action to an input, or to a spearhead the input sits in. */
export interface ActionLink {
	inputId: string | null;
	spearheadId: string | null;
	action: Omit<LinkedAction, 'via'>;
}

/**
 * What the module that holds actions (programme) tells this one. Inputs derive their status from
 * these links, yet this module reads no programme table: the programme registers itself here,
 * as a component registers in the space registry, and depends on inputs, never the other way.
 */
export interface ActionLinks {
	/** Every link to these inputs, or to these spearheads. */
	linksTo(db: Db, target: { inputIds: string[]; spearheadIds: string[] }): Promise<ActionLink[]>;
	/** Merging spearheads: the actions that came from `fromId` now come from `toId`. */
	moveSpearhead(tx: Db, fromId: string, toId: string): Promise<void>;
}

const none: ActionLinks = { linksTo: async () => [], moveSpearhead: async () => {} };
let registered: ActionLinks = none;

export function registerActionLinks(links: ActionLinks): void {
	registered = links;
}

export const actionLinks = (): ActionLinks => registered;
