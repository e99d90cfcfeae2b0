// The check as a use case: what people send is refused with a reason before the pure checker runs.
import { DomainError } from '../identity';
import { checkText, type CheckResult } from './check';
import { reportOf, type Report } from './report';

/** About 15,000 words: a long policy document, and still an answer within a fraction of a second. */
export const maxTextCharacters = 100_000;

/** Control characters other than tab and line ends, or replacement characters: a file that is not text. */
const binary = /[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/;

/** Checks a text someone sent (a form field, an API body, a file). Nothing is stored, so anyone may. */
export function checkPlainLanguage(text: unknown): CheckResult {
	if (typeof text !== 'string') throw new DomainError('plain.error.text', 400, 'text');
	if (!text.trim()) throw new DomainError('plain.error.empty', 400, 'text');
	if (text.length > maxTextCharacters) throw new DomainError('plain.error.tooLong', 413, 'text', { max: maxTextCharacters.toLocaleString('nl-NL'), length: text.length.toLocaleString('nl-NL') });
	if (binary.test(text)) throw new DomainError('plain.error.notText', 400, 'text');
	const result = checkText(text);
	if (!result.looksDutch) throw new DomainError('plain.error.notDutch', 422, 'text');
	return result;
}

/** The same check, as a page shows it: numbered findings and the text in marked pieces. */
export function plainLanguageReport(text: unknown): Report {
	return reportOf(text as string, checkPlainLanguage(text));
}
