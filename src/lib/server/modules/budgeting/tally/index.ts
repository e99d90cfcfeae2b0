// The counting core of participatory budgeting: pure functions of plain data, no I/O.
export { tally } from './tally';
export type {
	Add1Until,
	Completion,
	Election,
	Funding,
	NotFunded,
	Outcome,
	ProjectResult,
	Rule,
	TallyBallot,
	TallyOptions,
	TallyProject,
	TallySettings,
	TieBreak,
	Utility
} from './election';
export { add, compare, div, fromCents, fromInteger, isZero, mul, parseDecimal, parseDecimalOrNull, rational, sub, sum, toDecimalString, ZERO, type Rational } from './rational';
