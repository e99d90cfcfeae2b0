/**
 * Keeps the promise of a load for a short time, so visitors arriving while it loads or just after
 * share one load. Only for views that may be a moment old, such as what anonymous visitors see;
 * a change made in this process should clear the entries it touches.
 */
export function shortLived<T>(ms: number, limit = 1000) {
	const entries = new Map<string, { until: number; value: Promise<T> }>();
	return {
		get(key: string, load: () => Promise<T>): Promise<T> {
			const kept = entries.get(key);
			if (kept && kept.until > Date.now()) return kept.value;
			const value = load();
			if (entries.size >= limit) entries.clear();
			entries.set(key, { until: Date.now() + ms, value });
			value.catch(() => {
				if (entries.get(key)?.value === value) entries.delete(key);
			});
			return value;
		},
		forget(match: (key: string) => boolean = () => true): void {
			for (const key of entries.keys()) if (match(key)) entries.delete(key);
		}
	};
}
