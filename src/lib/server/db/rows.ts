/** The rows of a raw `db.execute`: node-postgres wraps them in `rows`, PGlite's driver may not. */
export function rowsOf<T>(result: unknown): T[] {
	return (result as { rows?: T[] }).rows ?? (result as T[]);
}
