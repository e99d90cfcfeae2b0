import { redirect } from '@sveltejs/kit';
import { stringify } from 'csv-stringify/sync';
import type { RequestHandler } from './$types';
import { formValues, serviceCall, type FormFailure } from '$lib/server/http';
import { inert } from '$lib/server/csv';
import { formatDate } from '$lib/format';
import { generateCodes } from '$lib/server/modules/budgeting';

/**
 * The codes exist in readable form only in this answer: the database keeps their hashes. So the
 * answer to the form is the CSV file itself, which a browser saves without any JavaScript, and a
 * second download of the same batch cannot exist. (A page listing the codes with a button that
 * posts them back would send every code over the wire twice and hit the request size limit for
 * big batches.) A refused batch shows the codes page again, with the messages, under the
 * refusal's own status.
 */
export const POST: RequestHandler = async (event) => {
	const { locals, params, request } = event;
	const page = `/begrotingen/${params.slug}/codes`;
	if (!locals.actor) redirect(303, `/inloggen?next=${encodeURIComponent(page)}`);
	const values = formValues(await request.formData());
	const made = await serviceCall(values, () => generateCodes(locals.app.database.db, locals.actor, params.slug, values));
	if (!('codes' in made)) return refusedPage(event, page, made.status, made.data, values);

	const t = locals.t;
	const address = `${locals.app.config.origin}/begrotingen/${params.slug}/stemmen`;
	const area = inert(made.area?.name ?? '');
	const title = inert(made.process.title);
	const until = formatDate(made.process.votingUntil, locals.locale);
	const csv = stringify(
		made.codes.map((code) => [code, area, title, address, until]),
		{ header: true, columns: [t('ballotPages.csvCode'), t('ballotPages.csvArea'), t('ballotPages.csvProcess'), t('ballotPages.csvAddress'), t('ballotPages.csvUntil')] }
	);
	const day = made.batch.createdAt.toISOString().slice(0, 10);
	return new Response(csv, {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="stemcodes-${params.slug}-${day}.csv"`,
			'Cache-Control': 'private, no-store'
		}
	});
};

async function refusedPage(event: Parameters<RequestHandler>[0], page: string, status: number, failure: FormFailure, values: Record<string, unknown>): Promise<Response> {
	const query = new URLSearchParams({ aantal: String(values.count ?? ''), gebied: String(values.areaId ?? '') });
	if (failure.error) query.set('fout', failure.error);
	for (const [field, message] of Object.entries(failure.errors ?? {})) query.set(`veld-${field}`, message);
	const shown = await event.fetch(`${page}/geweigerd?${query}`, { headers: { accept: 'text/html' } });
	return new Response(shown.body, { status, headers: shown.headers });
}
