/** The space form posts "" for "no area"; the service wants null. */
export function spaceValues(values: Record<string, unknown>): Record<string, unknown> {
	return { ...values, areaId: values.areaId ? values.areaId : null };
}

/** Phase rows arrive as parallel lists (phaseTitle, phaseStartsOn …); blank rows are dropped. */
export function phaseRows(data: FormData) {
	const titles = data.getAll('phaseTitle').map(String);
	const descriptions = data.getAll('phaseDescription').map(String);
	const starts = data.getAll('phaseStartsOn').map(String);
	const ends = data.getAll('phaseEndsOn').map(String);
	return titles
		.map((title, i) => ({ title, description: descriptions[i] ?? '', startsOn: starts[i] ?? '', endsOn: ends[i] ?? '' }))
		.filter((p) => p.title.trim() || p.description.trim() || p.startsOn || p.endsOn);
}
