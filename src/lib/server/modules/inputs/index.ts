export {
	submitInput,
	enterNotes,
	checkNotes,
	follow,
	unfollowByToken,
	hide,
	unhide,
	close,
	reopen,
	createSpearhead,
	renameSpearhead,
	addToSpearhead,
	addNumbersToSpearhead,
	removeFromSpearhead,
	mergeSpearheads,
	splitSpearhead,
	getInput,
	listInputs,
	funnel,
	listSpearheads,
	getSpearhead,
	spearheadSummaries,
	spaceSpearheads,
	inputByNumber,
	inputsBehind,
	inputSpaces,
	linksChanged,
	refreshStatuses,
	inputsComponent,
	type InputView,
	type InputSummary,
	type Funnel,
	type Context
} from './service';
export { importNotesCsv, inputsCsv, readNotesCsv } from './exchange';
export { proposeSpearheads, type Proposals } from './assistant';
export { registerActionLinks, type ActionLinks, type ActionLink } from './links';
export { inputKinds, parseNotes, inputSubmission, inputFilter, closeInput, hideInput, spearheadInput, spearheadMembers, type InputKind } from './inputs';
export { publicStatus, traceSteps, publicStatuses, type PublicStatus, type TraceStep, type LinkedAction, type ActionStatus } from './trace';
export { proposeGroups, type ProposedGroup } from './grouping';
