import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shortLived } from './cache';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('short-lived cache', () => {
	it('shares one load between callers while it is fresh', async () => {
		const cache = shortLived<number>(1000);
		let loads = 0;
		const load = async () => ++loads;
		assert.deepEqual(await Promise.all([cache.get('k', load), cache.get('k', load)]), [1, 1]);
		assert.equal(await cache.get('k', load), 1);
		assert.equal(loads, 1);
	});

	it('serves the old value while one refresh runs, then the new one', async () => {
		const cache = shortLived<number>(10);
		let loads = 0;
		const load = async () => {
			await wait(20);
			return ++loads;
		};
		assert.equal(await cache.get('k', load), 1);
		await wait(15);
		assert.deepEqual(await Promise.all([cache.get('k', load), cache.get('k', load)]), [1, 1], 'no caller waits for the refresh');
		await wait(30);
		assert.equal(await cache.get('k', load), 2);
		assert.equal(loads, 2, 'two callers at expiry started one refresh');
	});

	it('forgets on request, and does not keep a failed load', async () => {
		const cache = shortLived<number>(1000);
		let loads = 0;
		assert.equal(await cache.get('k', async () => ++loads), 1);
		cache.forget((key) => key === 'k');
		assert.equal(await cache.get('k', async () => ++loads), 2);
		await assert.rejects(cache.get('bad', async () => Promise.reject(new Error('down'))));
		assert.equal(await cache.get('bad', async () => 7), 7);
	});
});
