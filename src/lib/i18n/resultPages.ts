/** Page texts of the budgeting module. Dutch is the source, at B1 level. */
export const resultPagesNl = {
	'resultPages.placeholder': '…'
} as const;

type Key = keyof typeof resultPagesNl;

export const resultPagesEn: Record<Key, string> = {
	'resultPages.placeholder': '…'
};
