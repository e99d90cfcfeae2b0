import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { fieldErrors, formAction, formValues } from './http';
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
