export {
	createSeries,
	updateSeries,
	getSeries,
	createGathering,
	updateGathering,
	cancelGathering,
	getGathering,
	listGatherings,
	myGatherings,
	register,
	cancelMyRegistration,
	registrationForLink,
	cancelByLink,
	reminderJob,
	gatheringSummaries,
	spaceGatherings,
	type GatheringView
} from './service';
export { participants, participantsCsv, recordAttendance, publishReport, submitCase, decideCase, casesFor, clinicSessions, type Participants, type Submitter } from './participants';
export { addAttachment, removeAttachment, attachmentFile, attachmentType, maxAttachmentBytes, type Upload } from './attachments';
export { gatheringCalendar, seriesCalendar, spaceCalendar, feedToken, renewFeedToken, personalCalendar } from './calendars';
export { calendar, type CalendarEvent } from './ical';
export { amsterdamInstant, amsterdamParts } from './times';
export { gatheringInput, seriesInput, registrationInput, caseInput, caseDecisionInput, reportInput, agendaFilter, type GatheringInput, type SeriesInput, type AgendaFilter } from './inputs';
export { registrationWindow, placement, placesToFill } from './places';
export { canManageGathering } from './policy';
