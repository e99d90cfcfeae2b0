// Plain language: a Dutch B1 checker. The core is pure (no I/O, no tables); it stores nothing, so
// the module has no schema and no policy: anyone may check any text.
export { checkText, bandOf, defaultOptions, type Band, type CheckResult, type Scores } from './check';
export type { Finding, FindingKind, FindingOptions } from './findings';
export { lexicon, type LexiconEntry } from './lexicon';
export { syllables } from './syllables';
export { sentencesOf } from './text';
export { checkPlainLanguage, maxTextCharacters, plainLanguageReport } from './service';
export { reportOf, type Report, type ReportFinding } from './report';
export type { Piece } from './highlight';
