/**
 * Which postcode areas a voter must live in, as a municipality writes them: "7606, 7607-7609".
 * Only the four digits count; the letters narrow a street, which no process needs.
 */
export type PostcodeRanges = Array<[number, number]>;

export function parsePostcodeRanges(text: string): PostcodeRanges | null {
	const parts = text.split(/[,;\s]+/).filter(Boolean);
	const ranges: PostcodeRanges = [];
	for (const part of parts) {
		const match = /^(\d{4})(?:-(\d{4}))?$/.exec(part);
		if (!match) return null;
		const from = Number(match[1]);
		const to = Number(match[2] ?? match[1]);
		if (from < 1000 || to < from) return null;
		ranges.push([from, to]);
	}
	return ranges;
}

/** "7607 AB", "7607ab" or "7607": the four digits, or null when it is no Dutch postcode. */
export function postcodeDigits(text: string): number | null {
	const match = /^\s*([1-9]\d{3})\s*([a-z]{2})?\s*$/i.exec(text);
	return match ? Number(match[1]) : null;
}

/** No ranges means no limit. */
export function livesWithin(ranges: PostcodeRanges, digits: number): boolean {
	return ranges.length === 0 || ranges.some(([from, to]) => digits >= from && digits <= to);
}
