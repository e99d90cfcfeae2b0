export {
	sendRequest,
	acknowledgeRequest,
	setRequestStatus,
	handOverRequest,
	postMessage,
	postNote,
	assessChallenge,
	decideRequest,
	closeRequest,
	setRequestPublicity,
	askEscalation,
	escalateIfOverdue,
	handOnWhenLeaving,
	getRequest,
	listMyRequests,
	publicRequestsOf,
	addRequestAttachment,
	requestAttachmentFile,
	escalationJob,
	type RequestView,
	type SendOptions
} from './service';
export { getDesk, listDesks, saveDesk, savePromise, addContactPoint, updateContactPoint, removeContactPoint, promisesOf, contactPointsOf, figuresOf } from './desk';
export { publishPlan, updatePlan, listPlans, getPlan, plansOf, mySubscription, subscribeToRadar, unsubscribeFromRadar, subscriberCount } from './plans';
export {
	requestTypes,
	requestStatuses,
	decisions,
	planPhases,
	requestInput,
	decisionInput,
	messageInput,
	statusInput,
	assignInput,
	escalationInput,
	closeInput,
	publicityInput,
	planInput,
	subscriptionInput,
	promiseInput,
	contactPointInput,
	deskInput,
	type RequestType,
	type RequestStatus,
	type Decision
} from './inputs';
export { canReadRequest, canHandleRequest, canManageDesk, canPublishPlan } from './policy';
export { deskFigures, median, type DeskFigures } from './figures';
export { promisedSteps, type PromisedStep, type StepState } from './steps';
export { dueAt, workingDaysBetween, addWorkingDays, isWorkingDay, dutchHolidays } from './workdays';
