import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import fs from 'node:fs';
import { fieldErrors, formAction, formValues, uploadForm } from './http';
import { maxAttachmentBytes, maxFormBytes, maxUploadsPerForm } from './files';
import { DomainError } from './modules/identity';

describe('form handling', () => {
	it('maps zod issues to one message key per field', () => {
		const schema = z.object({ name: z.string().min(1, { message: 'error.required' }), email: z.string().email({ message: 'error.email' }) });
		const result = schema.safeParse({ name: '', email: 'x' });
		assert.deepEqual(fieldErrors(result.error!), { name: 'error.required', email: 'error.email' });
	});
	it('turns refusals into 4xx failures and never echoes passwords', async () => {
		const failure = (await formAction({ email: 'a@b.nl', password: 'secret' }, async () => {
			throw new DomainError('error.forbidden', 403);
		})) as { status: number; data: { error: string; values: Record<string, unknown> } };
		assert.equal(failure.status, 403);
		assert.equal(failure.data.error, 'error.forbidden');
		assert.deepEqual(failure.data.values, { email: 'a@b.nl' });
	});
	it('reports a unique violation as a conflict', async () => {
		const failure = (await formAction({}, async () => {
			throw Object.assign(new Error('duplicate key'), { code: '23505' });
		})) as { status: number };
		assert.equal(failure.status, 409);
	});
	it('lets real faults through', async () => {
		await assert.rejects(formAction({}, async () => {
			throw new TypeError('bug');
		}), TypeError);
	});
	it('reads repeated fields as lists', () => {
		const data = new FormData();
		data.append('name', 'x');
		data.append('themeIds', 'a');
		data.append('themeIds', 'b');
		assert.deepEqual(formValues(data, ['themeIds', 'areaIds']), { name: 'x', themeIds: ['a', 'b'], areaIds: [] });
	});
});

describe('forms with files', () => {
	const post = (form: FormData, headers: Record<string, string> = {}) => new Request('http://localhost/', { method: 'POST', body: form, headers });

	it('reads the fields and the chosen files, and skips a file field left empty', async () => {
		const form = new FormData();
		form.append('title', 'Bankjes');
		form.append('themeIds', 'a');
		form.append('images', new Blob([new Uint8Array([1, 2, 3])]), 'bank.png');
		form.append('images', new Blob([]), '');
		const read = await uploadForm(post(form), 'images', { arrays: ['themeIds'] });
		assert.ok(!('refused' in read));
		assert.deepEqual(read.values, { title: 'Bankjes', themeIds: ['a'] });
		assert.deepEqual(read.uploads, [{ filename: 'bank.png', bytes: new Uint8Array([1, 2, 3]) }]);
	});

	it('refuses a form larger than its files may be with 413 beside the file field, before reading it', async () => {
		const read = await uploadForm(post(new FormData(), { 'content-length': String(maxFormBytes + 1) }), 'images', { section: 'update' });
		assert.ok('refused' in read);
		assert.equal(read.refused.status, 413);
		assert.deepEqual(read.refused.data, { error: 'error.formTooLarge', errorParams: { max: 26 }, errors: { images: 'error.formTooLarge' }, section: 'update' });
	});

	it('takes every file a form may carry at its largest, and npm start lets such a form through', () => {
		assert.ok(maxFormBytes >= maxUploadsPerForm * maxAttachmentBytes + 64 * 1024);
		const start = fs.readFileSync(new URL('../../../scripts/start.js', import.meta.url), 'utf8');
		assert.match(start, new RegExp(`BODY_SIZE_LIMIT \\?\\?= '${maxFormBytes / 1024 / 1024}M'`));
	});
});

describe('"check my text" in a form', () => {
	const saving = () => {
		const calls: string[] = [];
		return { calls, run: async () => (calls.push('saved'), { saved: true }) };
	};

	it('answers the report of the field and saves nothing', async () => {
		const { calls, run } = saving();
		const answer = await formAction({ title: 'Plan', description: 'Wij sturen u middels deze brief het plan.', taalhulp: 'description' }, run, 'update');
		assert.deepEqual(calls, []);
		assert.ok('textCheck' in answer);
		assert.equal(answer.textCheck.field, 'description');
		assert.equal(answer.textCheck.report?.findings[0].kind, 'officialese');
		assert.deepEqual(answer.values, { title: 'Plan', description: 'Wij sturen u middels deze brief het plan.' });
		assert.equal(answer.section, 'update');
	});

	it('tells why an empty field has no report', async () => {
		const answer = await formAction({ description: '', taalhulp: 'description' }, saving().run);
		assert.ok('textCheck' in answer);
		assert.deepEqual([answer.textCheck.report, answer.textCheck.problem], [null, 'plain.error.empty']);
	});

	it('saves nothing whichever field the button names, and reports no secret', async () => {
		const { calls, run } = saving();
		const missing = await formAction({ title: 'Plan', taalhulp: 'description' }, run);
		const secret = await formAction({ password: 'Wij sturen u middels deze brief het plan.', taalhulp: 'password' }, run);
		assert.deepEqual(calls, []);
		assert.ok('textCheck' in missing && 'textCheck' in secret);
		assert.deepEqual([missing.textCheck.problem, secret.textCheck.problem], ['plain.error.empty', 'plain.error.empty']);
		assert.deepEqual(secret.values, {});
	});

	it('saves as usual without the button', async () => {
		const { calls, run } = saving();
		assert.deepEqual(await formAction({ description: 'Tekst' }, run), { saved: true });
		assert.deepEqual(calls, ['saved']);
	});
});
