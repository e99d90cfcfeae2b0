/** Page texts of the budgeting module. Dutch is the source, at B1 level. */
export const budgetPagesNl = {
	'budgetPages.placeholder': '…'
} as const;

type Key = keyof typeof budgetPagesNl;

export const budgetPagesEn: Record<Key, string> = {
	'budgetPages.placeholder': '…'
};
