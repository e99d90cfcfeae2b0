export { budgetComponent, createProcess, updateProcess, listProcesses, getProcess, type ProcessView, type ProcessRow, type AreaRow } from './service';
export { submitProposal, reviewProposal, respondToReview, getProposal, proposalImage } from './proposals';
export { castBallot, previewBallot, getBallot, findBallotByReceipt, generateCodes, turnout, problemMessage, BallotRefused } from './voting';
export { checkBallot, type BallotCheck, type BallotProblem, type Choices } from './ballot';
export { budgetPhases, type BudgetPhase } from './phases';
export { formatEuros, parseEuros, centsToDecimal } from './money';
export { ballotTypes, countingRules, completions, add1Stops, tieBreaks, utilities, implementationStatuses, ballotChoices, ballotBody } from './inputs';
