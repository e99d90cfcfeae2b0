/** A binary min-heap of small integers under a comparison that may change between pushes. */
export class MinHeap {
	private readonly items: number[] = [];

	constructor(private readonly less: (a: number, b: number) => boolean) {}

	get size(): number {
		return this.items.length;
	}

	peek(): number {
		return this.items[0];
	}

	push(item: number): void {
		const { items, less } = this;
		let i = items.push(item) - 1;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (!less(items[i], items[parent])) break;
			[items[i], items[parent]] = [items[parent], items[i]];
			i = parent;
		}
	}

	pop(): number {
		const { items, less } = this;
		const top = items[0];
		const last = items.pop()!;
		if (items.length === 0) return top;
		items[0] = last;
		let i = 0;
		for (;;) {
			const left = 2 * i + 1;
			const right = left + 1;
			let least = i;
			if (left < items.length && less(items[left], items[least])) least = left;
			if (right < items.length && less(items[right], items[least])) least = right;
			if (least === i) return top;
			[items[i], items[least]] = [items[least], items[i]];
			i = least;
		}
	}
}
