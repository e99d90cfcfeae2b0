/** An iCalendar answer; `private` when the calendar is personal or members-only. */
export function calendarResponse(body: string, name: string, cache: 'public' | 'private' = 'public'): Response {
	return new Response(body, {
		headers: {
			'Content-Type': 'text/calendar; charset=utf-8',
			'Content-Disposition': `inline; filename="${name}.ics"`,
			'Cache-Control': cache === 'public' ? 'public, max-age=300' : 'private, no-store'
		}
	});
}
