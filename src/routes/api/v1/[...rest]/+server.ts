import type { RequestHandler } from './$types';
import { problem } from '$lib/server/http';

/** Unknown API paths answer in the API's own error format, not with an HTML page. */
const notFound: RequestHandler = ({ locals }) => problem(404, locals.t('error.notFound'));
export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const DELETE = notFound;
