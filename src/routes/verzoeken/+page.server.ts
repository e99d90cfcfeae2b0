import type { PageServerLoad } from './$types';
import { requireActor } from '$lib/server/guard';
import { listMyRequests } from '$lib/server/modules/requests';
import { membershipsOf } from '$lib/server/modules/network';

/** The Amsterdam calendar day of a deadline, for `formatDate`: a deadline is the end of a working day. */
const dayOf = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	const { db } = locals.app.database;
	const [mine, memberships] = await Promise.all([listMyRequests(db, actor), membershipsOf(db, actor.userId)]);
	const row = (r: (typeof mine.sent)[number]) => ({
		id: r.id,
		reference: r.reference,
		subject: r.subject,
		type: r.type,
		status: r.status,
		organisation: r.organisation,
		initiative: r.initiative,
		handlerName: r.handlerName,
		mine: r.mine,
		escalated: r.escalatedAt !== null,
		submittedAt: r.submittedAt,
		steps: r.steps.map((s) => ({ step: s.step, state: s.state, dueDay: dayOf(s.due), doneAt: s.doneAt }))
	});
	return { sent: mine.sent.map(row), received: mine.received.map(row), member: memberships.length > 0 };
};
