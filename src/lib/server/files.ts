import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** Where uploaded files live. A directory now; an S3-compatible store can take its place later. */
export interface FileStore {
	save(bytes: Uint8Array): Promise<string>;
	read(key: string): Promise<Buffer>;
	remove(key: string): Promise<void>;
}

const keyPattern = /^[0-9a-f]{32}$/;

/** Files under random names, so a key can never point outside the directory. */
export function directoryStore(dir: string): FileStore {
	const file = (key: string) => {
		if (!keyPattern.test(key)) throw new Error(`Not a file key: ${key}`);
		return path.join(dir, key.slice(0, 2), key);
	};
	return {
		async save(bytes) {
			const key = crypto.randomBytes(16).toString('hex');
			await fs.mkdir(path.dirname(file(key)), { recursive: true });
			await fs.writeFile(file(key), bytes, { flag: 'wx' });
			return key;
		},
		read: (key) => fs.readFile(file(key)),
		async remove(key) {
			await fs.rm(file(key), { force: true });
		}
	};
}

export const maxAttachmentBytes = 5 * 1024 * 1024;

/** Files one form may carry (a proposal's pictures, a request's attachments). */
export const maxUploadsPerForm = 5;

/**
 * The largest form read: its files at their largest and room for the text around them. `npm start`
 * gives the server the same request limit (BODY_SIZE_LIMIT), so every form that may be sent is read.
 */
export const maxFormBytes = maxUploadsPerForm * maxAttachmentBytes + 1024 * 1024;

/** Documents and pictures people open safely in a browser or office program; nothing executable. */
const allowedTypes: Record<string, string> = {
	pdf: 'application/pdf',
	png: 'image/png',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	webp: 'image/webp',
	txt: 'text/plain',
	csv: 'text/csv',
	odt: 'application/vnd.oasis.opendocument.text',
	ods: 'application/vnd.oasis.opendocument.spreadsheet',
	odp: 'application/vnd.oasis.opendocument.presentation',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
};

export interface Upload {
	filename: string;
	bytes: Uint8Array;
}

/** The type is decided by the file's extension against our list, never by what the browser claims. */
export function attachmentType(filename: string): string | null {
	const extension = filename.toLowerCase().split('.').pop() ?? '';
	return allowedTypes[extension] ?? null;
}

const baseName = (filename: string) => filename.split(/[\\/]/).pop() ?? '';

export function cleanFilename(filename: string): string {
	return (baseName(filename).replace(/[^\p{L}\p{N} ._()-]/gu, '_').trim() || 'bestand').slice(0, 120);
}

/** Why an upload is refused, as a message key, or null when it may be kept. */
export function uploadProblem(upload: Upload): { key: 'error.fileRequired' | 'error.fileTooLarge' | 'error.fileType'; status: 400 | 413 } | null {
	if (upload.bytes.byteLength === 0) return { key: 'error.fileRequired', status: 400 };
	if (upload.bytes.byteLength > maxAttachmentBytes) return { key: 'error.fileTooLarge', status: 413 };
	if (!attachmentType(cleanFilename(upload.filename))) return { key: 'error.fileType', status: 400 };
	return null;
}

/** What the row of a saved upload keeps of it. */
export interface SavedUpload {
	filename: string;
	contentType: string;
	size: number;
	storageKey: string;
}

/**
 * Saves the uploads and has `record` write each one's row in the caller's transaction. Every key
 * goes into `saved` before its row is written, so `withSavedUploads` can remove the file when the
 * write fails after it.
 */
export async function saveUploads(files: FileStore, uploads: Upload[], saved: string[], record: (upload: SavedUpload) => PromiseLike<unknown>) {
	for (const upload of uploads) {
		const storageKey = await files.save(upload.bytes);
		saved.push(storageKey);
		const filename = cleanFilename(upload.filename);
		await record({ filename, contentType: attachmentType(filename)!, size: upload.bytes.byteLength, storageKey });
	}
}

/** Runs a write that stores files; when the write fails, the files it stored are removed again. */
export async function withSavedUploads<T>(files: FileStore | null, run: (saved: string[]) => Promise<T>): Promise<T> {
	const saved: string[] = [];
	try {
		return await run(saved);
	} catch (error) {
		if (files) await Promise.all(saved.map((key) => files.remove(key)));
		throw error;
	}
}
