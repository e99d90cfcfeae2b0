import type { MessageKey } from '../../../i18n';

/**
 * What a module offers a space, declared once (in the spirit of Decidim's component manifest).
 * The spaces module only reads this registry, so a new module plugs in without touching it.
 */
export interface ComponentManifest {
	key: string;
	/** The module that owns the component's data. */
	module: string;
	name: MessageKey;
	description: MessageKey;
	/** Path of the component's page under the space, e.g. "bijeenkomsten" -> /ruimtes/x/bijeenkomsten. */
	path: string;
}

const registry = new Map<string, ComponentManifest>();

export function registerComponent(manifest: ComponentManifest): void {
	const existing = registry.get(manifest.key);
	if (existing && existing.module !== manifest.module)
		throw new Error(`Component "${manifest.key}" is already registered by module ${existing.module}`);
	registry.set(manifest.key, manifest);
}

export function registeredComponents(): ComponentManifest[] {
	return [...registry.values()];
}

export function componentByKey(key: string): ComponentManifest | undefined {
	return registry.get(key);
}
