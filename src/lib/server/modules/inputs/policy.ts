/** What one actor may do with the inputs of one space, from what the spaces module says of them. */
export interface InputStanding {
	facilitate: boolean;
	moderate: boolean;
}

/** Anyone who can see the space may give input: no account needed, that is the point. */
export function canSubmitInput(componentOn: boolean): boolean {
	return componentOn;
}

/** Entering meeting notes, grouping, answering ("not taken up") is the facilitators' work. */
export function canProcessInputs(s: InputStanding): boolean {
	return s.facilitate;
}

/** Hiding an input, and reading what a hidden one said, is for moderators (and facilitators). */
export function canModerateInputs(s: InputStanding): boolean {
	return s.moderate || s.facilitate;
}
