import crypto from 'node:crypto';

// No 0/O, 1/I/L, 5/S, 2/Z: a code is read off paper and typed in by people of every age.
const alphabet = 'ABCDEFGHJKMNPQRTUVWXY346789';
const groups = 3;
const groupLength = 4;

/** A vote code such as "K7QM-3XTA-9HPW": 12 symbols of 27, about 57 bits, not guessable. */
export function newVoteCode(): string {
	const bytes = crypto.randomBytes(groups * groupLength * 2);
	let code = '';
	// Two bytes per symbol keep the modulo bias below one in two thousand.
	for (let i = 0; i < groups * groupLength; i++) {
		if (i > 0 && i % groupLength === 0) code += '-';
		code += alphabet[bytes.readUInt16BE(i * 2) % alphabet.length];
	}
	return code;
}

/** What was typed, as the code it means: case, spaces and dashes do not matter. */
export function normaliseVoteCode(typed: string): string {
	return typed.toUpperCase().replace(/[\s-]/g, '');
}

/** Codes are kept only as hashes, tied to their process so one code cannot open another vote. */
export function voteCodeHash(processId: string, typed: string): string {
	return crypto.createHash('sha256').update(`${processId}:${normaliseVoteCode(typed)}`).digest('hex');
}

/** The receipt a voter takes home, in the same easy-to-type form; only its hash is kept. */
export const newReceipt = newVoteCode;

export function receiptHash(receipt: string): string {
	return crypto.createHash('sha256').update(`receipt:${normaliseVoteCode(receipt)}`).digest('hex');
}
