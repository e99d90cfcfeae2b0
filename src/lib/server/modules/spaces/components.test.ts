// Pure tests of the component registry that modules use to offer a component to spaces.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { componentByKey, registerComponent, registeredComponents, type ComponentManifest } from './components';

const manifest = (key: string, module: string, path = key): ComponentManifest => ({
	key,
	module,
	name: 'space.components',
	description: 'space.noComponents',
	path
});

describe('component registry', () => {
	it('finds nothing under a key nobody registered', () => {
		assert.equal(componentByKey('registry-test-never-registered'), undefined);
	});

	it('finds a registered component by key and lists it', () => {
		const m = manifest('registry-test-a', 'module-a', 'onderdeel-a');
		registerComponent(m);
		assert.deepEqual(componentByKey('registry-test-a'), m);
		assert.deepEqual(
			registeredComponents().filter((c) => c.key === 'registry-test-a'),
			[m]
		);
	});

	it('lets the same module register its key again (a reload), replacing the manifest', () => {
		registerComponent(manifest('registry-test-b', 'module-b', 'oud'));
		registerComponent(manifest('registry-test-b', 'module-b', 'nieuw'));
		assert.equal(componentByKey('registry-test-b')?.path, 'nieuw');
		assert.equal(registeredComponents().filter((c) => c.key === 'registry-test-b').length, 1);
	});

	it('refuses the same key from another module and keeps the first one', () => {
		registerComponent(manifest('registry-test-c', 'module-c', 'eerste'));
		assert.throws(
			() => registerComponent(manifest('registry-test-c', 'module-other', 'tweede')),
			(error: unknown) => error instanceof Error && /registry-test-c/.test(error.message) && /module-c/.test(error.message)
		);
		assert.equal(componentByKey('registry-test-c')?.module, 'module-c');
		assert.equal(componentByKey('registry-test-c')?.path, 'eerste');
	});

	it('lists components in the order they were registered', () => {
		registerComponent(manifest('registry-test-d2', 'module-d'));
		registerComponent(manifest('registry-test-d1', 'module-d'));
		const keys = registeredComponents().map((c) => c.key);
		assert.ok(keys.indexOf('registry-test-d2') < keys.indexOf('registry-test-d1'));
		assert.ok(keys.indexOf('registry-test-d1') >= 0);
	});
});
