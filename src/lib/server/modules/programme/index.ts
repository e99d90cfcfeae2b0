export {
	updateProgramme,
	createPillar,
	updatePillar,
	createAction,
	updateAction,
	reportProgress,
	postUpdate,
	addAnchor,
	removeAnchor,
	linkToAction,
	unlinkFromAction,
	getProgramme,
	getAction,
	actionChoices,
	actionsInSpace,
	programmeComponent,
	type ProgrammeView,
	type ActionView
} from './service';
export { actionStatuses, actionInput, actionProgress, anchorInput, updateInput, pillarInput, linkInput } from './inputs';
export { canPlanProgramme, canReportOnAction } from './policy';
