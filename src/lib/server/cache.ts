/**
 * Keeps the promise of a load for a short time, so visitors arriving while it loads or just after
 * share one load. When a kept value grows old it is still served while one new load runs, so no
 * visitor waits for the refresh. Only for views that may be a moment old, such as what anonymous
 * visitors see; a change made in this process should forget the entries it touches.
 */
let forgotten = 0;

/** Rises whenever a kept view is forgotten: whatever was built from kept views may be out of date. */
export const forgetCount = () => forgotten;

export function shortLived<T>(ms: number, limit = 1000) {
	interface Entry {
		until: number;
		value: Promise<T>;
		ready: boolean;
		refreshing: boolean;
	}
	const entries = new Map<string, Entry>();

	function start(key: string, load: () => Promise<T>): Entry {
		const entry: Entry = { until: Date.now() + ms, value: load(), ready: false, refreshing: false };
		entry.value.then(
			() => (entry.ready = true),
			() => {
				if (entries.get(key) === entry) entries.delete(key);
			}
		);
		return entry;
	}

	return {
		get(key: string, load: () => Promise<T>): Promise<T> {
			const kept = entries.get(key);
			if (kept && (kept.until > Date.now() || !kept.ready)) return kept.value;
			if (kept && !kept.refreshing) {
				kept.refreshing = true;
				const next = start(key, load);
				next.value.then(
					() => entries.get(key) === kept && entries.set(key, next),
					() => (kept.refreshing = false)
				);
			}
			if (kept) return kept.value;
			if (entries.size >= limit) entries.clear();
			const entry = start(key, load);
			entries.set(key, entry);
			return entry.value;
		},
		forget(match: (key: string) => boolean = () => true): void {
			forgotten++;
			for (const key of entries.keys()) if (match(key)) entries.delete(key);
		}
	};
}
