// What the gathering and series forms accept, and the message each refusal carries.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { agendaFilter, caseDecisionInput, gatheringInput, registrationInput, reportInput, seriesInput, type GatheringInput } from './inputs';

const organiser = '0b7f3c1e-4f7a-4c2e-9d3b-2a1f0e9c8b7a';

const base = (over: Partial<Record<keyof GatheringInput, unknown>> = {}) =>
	({ title: 'Leerkring wijkgezondheid', startDay: '2030-01-15', startTime: '19:30', endTime: '21:30', organiserIds: [organiser], ...over }) as GatheringInput;

/** The distinct messages zod gives per field, e.g. { capacity: ['error.capacity'] }. */
function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
	assert.equal(result.success, false, 'expected the input to be refused');
	const byField: Record<string, string[]> = {};
	for (const issue of result.error!.issues) {
		const messages = (byField[issue.path.map(String).join('.')] ??= []);
		if (!messages.includes(issue.message)) messages.push(issue.message);
	}
	return byField;
}

describe('gatheringInput', () => {
	it('turns a Dutch day and times into instants', () => {
		const g = gatheringInput.parse(base());
		assert.equal(g.startsAt?.toISOString(), '2030-01-15T18:30:00.000Z');
		assert.equal(g.endsAt?.toISOString(), '2030-01-15T20:30:00.000Z');
		assert.equal(g.format, 'in_person');
		assert.equal(g.reminderDaysBefore, 2);
	});

	it('uses the end day for a gathering over several days', () => {
		const g = gatheringInput.parse(base({ endDay: '2030-01-16', endTime: '12:00' }));
		assert.equal(g.endsAt?.toISOString(), '2030-01-16T11:00:00.000Z');
	});

	it('refuses an end before or at the start', () => {
		assert.deepEqual(problems(gatheringInput.safeParse(base({ endTime: '18:00' }))), { endTime: ['error.endBeforeStart'] });
		assert.deepEqual(problems(gatheringInput.safeParse(base({ endTime: '19:30' }))), { endTime: ['error.endBeforeStart'] });
		assert.deepEqual(problems(gatheringInput.safeParse(base({ endDay: '2030-01-14', endTime: '22:00' }))), { endTime: ['error.endBeforeStart'] });
	});

	it('refuses a capacity of 0, -1 or letters with error.capacity', () => {
		for (const capacity of [0, '0', -1, '-1', 'abc', 2.5, '2.5']) {
			assert.deepEqual(problems(gatheringInput.safeParse(base({ capacity }))), { capacity: ['error.capacity'] }, `capacity ${capacity}`);
		}
	});

	it('takes an empty capacity as no limit, and a number from a form', () => {
		assert.equal(gatheringInput.parse(base({ capacity: '' })).capacity, null);
		assert.equal(gatheringInput.parse(base({ capacity: undefined })).capacity, null);
		assert.equal(gatheringInput.parse(base({ capacity: null })).capacity, null);
		assert.equal(gatheringInput.parse(base({ capacity: ' 25 ' })).capacity, 25);
		assert.equal(gatheringInput.parse(base({ capacity: 1 })).capacity, 1);
	});

	it('needs a start time when a start day is given', () => {
		assert.deepEqual(problems(gatheringInput.safeParse(base({ startTime: '' }))), { startTime: ['error.required'] });
	});

	it('accepts a gathering without a date ("to be decided")', () => {
		const g = gatheringInput.parse(base({ startDay: '', startTime: '', endTime: '' }));
		assert.equal(g.startsAt, null);
		assert.equal(g.endsAt, null);
	});

	it('refuses days and times that do not exist', () => {
		assert.deepEqual(problems(gatheringInput.safeParse(base({ startDay: '2030-02-30' }))), { startDay: ['error.date'] });
		assert.deepEqual(problems(gatheringInput.safeParse(base({ startDay: '15-01-2030' }))), { startDay: ['error.date'] });
		assert.deepEqual(problems(gatheringInput.safeParse(base({ startTime: '24:00' }))), { startTime: ['error.time'] });
		assert.deepEqual(problems(gatheringInput.safeParse(base({ endTime: '7:30' }))), { endTime: ['error.time'] });
	});

	it('refuses an online link that is not an http(s) address', () => {
		for (const onlineUrl of ['not a url', 'javascript:alert(1)', 'ftp://example.org/room']) {
			assert.deepEqual(problems(gatheringInput.safeParse(base({ format: 'online', onlineUrl }))), { onlineUrl: ['error.url'] }, onlineUrl);
		}
		assert.equal(gatheringInput.parse(base({ format: 'online', onlineUrl: 'https://meet.example.org/kring' })).onlineUrl, 'https://meet.example.org/kring');
	});

	it('refuses a registration window that closes before it opens', () => {
		assert.deepEqual(problems(gatheringInput.safeParse(base({ registrationOpens: '2030-01-10T12:00', registrationCloses: '2030-01-01T12:00' }))), {
			registrationCloses: ['error.dateOrder']
		});
		assert.deepEqual(problems(gatheringInput.safeParse(base({ registrationOpens: '2030-01-10T12:00', registrationCloses: '2030-01-10T12:00' }))), {
			registrationCloses: ['error.dateOrder']
		});
	});

	it('reads the registration window in Dutch time', () => {
		const g = gatheringInput.parse(base({ registrationOpens: '2030-01-01T09:00', registrationCloses: '2030-07-01T09:00' }));
		assert.equal(g.opensAt?.toISOString(), '2030-01-01T08:00:00.000Z');
		assert.equal(g.closesAt?.toISOString(), '2030-07-01T07:00:00.000Z');
	});

	it('needs at least one organiser, by id', () => {
		assert.deepEqual(problems(gatheringInput.safeParse(base({ organiserIds: [] }))), { organiserIds: ['error.organiserRequired'] });
		assert.deepEqual(problems(gatheringInput.safeParse(base({ organiserIds: ['nope'] }))), { 'organiserIds.0': ['error.choose'] });
		assert.deepEqual(gatheringInput.parse(base({ organiserIds: organiser })).organiserIds, [organiser]);
	});

	it('reads checkboxes from a form and from JSON', () => {
		const g = gatheringInput.parse(base({ stepFreeAccess: 'on', hearingLoop: true, caseClinic: undefined }));
		assert.equal(g.stepFreeAccess, true);
		assert.equal(g.hearingLoop, true);
		assert.equal(g.caseClinic, false);
	});
});

describe('seriesInput', () => {
	it('defaults to one registration for the whole series', () => {
		assert.equal(seriesInput.parse({ title: 'Leerkring', organiserIds: [organiser] }).registration, 'series');
	});

	it('refuses a bad capacity and a window in the wrong order', () => {
		assert.deepEqual(problems(seriesInput.safeParse({ title: 'Leerkring', organiserIds: [organiser], capacity: '0' })), { capacity: ['error.capacity'] });
		assert.deepEqual(
			problems(seriesInput.safeParse({ title: 'Leerkring', organiserIds: [organiser], registrationOpens: '2030-02-01T10:00', registrationCloses: '2030-01-01T10:00' })),
			{ registrationCloses: ['error.dateOrder'] }
		);
	});
});

describe('registrationInput', () => {
	it('needs a name and a valid e-mail address, stored in lower case', () => {
		assert.equal(registrationInput.parse({ name: 'Sanne', email: 'Sanne@Example.ORG' }).email, 'sanne@example.org');
		assert.deepEqual(problems(registrationInput.safeParse({ name: ' ', email: 'geen-adres' })), { name: ['error.required'], email: ['error.email'] });
	});
});

describe('caseDecisionInput', () => {
	it('needs a reason to decline, not to accept', () => {
		assert.deepEqual(problems(caseDecisionInput.safeParse({ decision: 'declined', reason: '  ' })), { reason: ['error.reasonRequired'] });
		assert.equal(caseDecisionInput.parse({ decision: 'accepted' }).reason, '');
	});
});

describe('reportInput', () => {
	it('allows an attendee count of 0 but not a negative one', () => {
		assert.equal(reportInput.parse({ attendeeCount: '0' }).attendeeCount, 0);
		assert.equal(reportInput.parse({ attendeeCount: '' }).attendeeCount, null);
		assert.deepEqual(problems(reportInput.safeParse({ attendeeCount: '-3' })), { attendeeCount: ['error.number'] });
	});
});

describe('agendaFilter', () => {
	it('ignores filters it cannot read instead of failing', () => {
		const f = agendaFilter.parse({ space: 'x', format: 'dance', from: '2030-13-01', page: '-4' });
		assert.deepEqual({ space: f.space, format: f.format, from: f.from, page: f.page }, { space: null, format: null, from: null, page: 1 });
	});
});
