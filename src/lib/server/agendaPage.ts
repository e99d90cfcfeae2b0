import type { listGatherings } from '$lib/server/modules/gatherings';

type Agenda = Awaited<ReturnType<typeof listGatherings>>;

/**
 * Only what a gathering card shows. SvelteKit serialises every page's data, even on pages
 * without client-side JavaScript, and the agenda is the busiest page: each field left out is
 * work saved on every request.
 */
export function agendaForPage({ filter, total, pages, gatherings }: Agenda) {
	return {
		filter,
		total,
		pages,
		gatherings: gatherings.map((g) => ({
			slug: g.slug,
			title: g.title,
			startsAt: g.startsAt,
			format: g.format,
			address: g.address,
			status: g.status,
			seriesTitle: g.seriesTitle,
			organisers: g.organisers.map((o) => ({ name: o.name })),
			full: g.full,
			waitlist: g.waitlist
		}))
	};
}
