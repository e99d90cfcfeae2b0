/** People type these fields; a leading = + - @ would make a spreadsheet run them as a formula. */
export function inert(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
