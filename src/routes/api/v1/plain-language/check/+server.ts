import { endpoint } from '$lib/server/api/handler';
import { checkPlainLanguage } from '$lib/server/modules/plainlanguage';

export const POST = endpoint('checkPlainLanguage', async ({ body }) => checkPlainLanguage((body as { text: string }).text));
