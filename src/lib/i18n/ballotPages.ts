/** Page texts of the budgeting module. Dutch is the source, at B1 level. */
export const ballotPagesNl = {
	'ballotPages.placeholder': '…'
} as const;

type Key = keyof typeof ballotPagesNl;

export const ballotPagesEn: Record<Key, string> = {
	'ballotPages.placeholder': '…'
};
