import { z } from 'zod';
import { optional, uuids, whole } from '../../fields';

export { isUuid, type Raw } from '../../fields';

export const inputKinds = ['wish', 'concern', 'idea', 'question'] as const;
export type InputKind = (typeof inputKinds)[number];

const kind = z.enum(inputKinds, { message: 'error.choose' });
const text = z.string({ message: 'error.required' }).trim().min(3, { message: 'error.inputTooShort' }).max(2000, { message: 'error.tooLong' });
const email = optional(z.email({ message: 'error.email' }).max(254, { message: 'error.email' }).transform((e) => e.toLowerCase()));
const reason = z.string({ message: 'error.reasonRequired' }).trim().min(3, { message: 'error.reasonRequired' }).max(2000, { message: 'error.tooLong' });
const title = z.string({ message: 'error.required' }).trim().min(3, { message: 'error.required' }).max(140, { message: 'error.tooLong' });

/** What a resident sends: online, with or without an account. */
export const inputSubmission = z.object({
	kind,
	text,
	areaId: optional(z.uuid({ message: 'error.choose' })),
	themeIds: uuids(5),
	/** To be told what becomes of it; never required. */
	email
});

/** Sticky notes a facilitator types in for a meeting, each with its kind. */
export const noteEntry = z.object({
	gatheringId: optional(z.uuid({ message: 'error.choose' })),
	notes: z
		.array(z.object({ kind, text, areaId: optional(z.uuid({ message: 'error.choose' })), themeIds: uuids(5) }))
		.min(1, { message: 'error.notesRequired' })
		.max(500, { message: 'error.tooMany' })
});

export const hideInput = z.object({ reason });

export const closeInput = z.object({
	closure: z.enum(['not_taken_up', 'already_exists'], { message: 'error.choose' }),
	reason,
	url: optional(z.url({ protocol: /^https?$/, message: 'error.url' }).max(500, { message: 'error.tooLong' }))
});

export const followInput = z.object({ email: z.email({ message: 'error.email' }).max(254, { message: 'error.email' }).transform((e) => e.toLowerCase()) });

export const spearheadInput = z.object({
	title,
	description: z.string().trim().max(2000, { message: 'error.tooLong' }).default(''),
	inputIds: uuids(5000)
});

export const spearheadMembers = z.object({ inputIds: uuids(5000).refine((ids) => ids.length > 0, { message: 'error.chooseInputs' }) });

/** "12, 15 40": whole numbers, each once. */
export const numberList = z
	.string({ message: 'error.numbers' })
	.transform((v) => v.split(/[\s,;]+/).filter(Boolean))
	.refine((parts) => parts.length > 0 && parts.length <= 1000 && parts.every((p) => /^\d{1,9}$/.test(p)), { message: 'error.numbers' })
	.transform((parts) => [...new Set(parts.map(Number))]);

export const inputFilter = z.object({
	kind: kind.optional().catch(undefined),
	status: z.enum(['received', 'grouped', 'taken_up', 'done', 'stopped', 'not_taken_up', 'already_exists', 'hidden']).optional().catch(undefined),
	spearhead: z.uuid().optional().catch(undefined),
	page: whole(1, 100_000, 'error.number').catch(1).default(1)
});
export type InputFilter = z.infer<typeof inputFilter>;

/** Dutch and English words a note may start with, "W: meer bankjes", so a pile is sorted while typing. */
const prefixes: Record<string, InputKind> = {
	w: 'wish',
	wens: 'wish',
	wish: 'wish',
	z: 'concern',
	zorg: 'concern',
	concern: 'concern',
	i: 'idea',
	idee: 'idea',
	idea: 'idea',
	v: 'question',
	vraag: 'question',
	q: 'question',
	question: 'question'
};

/** One note per line; empty lines are skipped, a known prefix sets the kind, otherwise `fallback`. */
export function parseNotes(pasted: string, fallback: InputKind): { kind: InputKind; text: string }[] {
	return pasted
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean)
		.map((line) => {
			const match = /^([a-z]+)\s*[:.]\s*(.*)$/i.exec(line);
			const prefixed = match ? prefixes[match[1].toLowerCase()] : undefined;
			return prefixed ? { kind: prefixed, text: match![2].trim() } : { kind: fallback, text: line };
		});
}

/** The kind from a CSV cell, in either language; null when it is none of them. */
export function kindFromWord(word: string): InputKind | null {
	return prefixes[word.trim().toLowerCase()] ?? null;
}
