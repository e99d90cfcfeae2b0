import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { FileStore } from '../../files';
import { DomainError, notFound, recordAudit, type Actor } from '../identity';
import { isUuid } from './inputs';
import { gatheringAttachment } from './schema';
import { findGathering, managedGathering } from './service';

export const maxAttachmentBytes = 5 * 1024 * 1024;

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

function cleanName(filename: string): string {
	return (path(filename).replace(/[^\p{L}\p{N} ._()-]/gu, '_').trim() || 'bestand').slice(0, 120);
}

const path = (filename: string) => filename.split(/[\\/]/).pop() ?? '';

export async function addAttachment(db: Db, files: FileStore, actor: Actor | null, slug: string, upload: Upload) {
	const filename = cleanName(upload.filename);
	const contentType = attachmentType(filename);
	if (upload.bytes.byteLength === 0) throw new DomainError('error.fileRequired', 400, 'file');
	if (upload.bytes.byteLength > maxAttachmentBytes) throw new DomainError('error.fileTooLarge', 413, 'file');
	if (!contentType) throw new DomainError('error.fileType', 400, 'file');
	// Check the right to change the gathering before the bytes are written.
	await db.transaction(async (tx) => managedGathering(tx, actor, slug));
	const storageKey = await files.save(upload.bytes);
	try {
		return await db.transaction(async (tx) => {
			const { row } = await managedGathering(tx, actor, slug);
			const [created] = await tx.insert(gatheringAttachment).values({ gatheringId: row.id, filename, contentType, size: upload.bytes.byteLength, storageKey }).returning();
			await recordAudit(tx, actor, { action: 'gathering.attachment.add', recordType: 'gathering', recordId: row.id, details: { filename } });
			return created;
		});
	} catch (error) {
		await files.remove(storageKey);
		throw error;
	}
}

export async function removeAttachment(db: Db, files: FileStore, actor: Actor | null, slug: string, attachmentId: string) {
	if (!isUuid(attachmentId)) throw notFound();
	const removed = await db.transaction(async (tx) => {
		const { row } = await managedGathering(tx, actor, slug);
		const [gone] = await tx
			.delete(gatheringAttachment)
			.where(and(eq(gatheringAttachment.gatheringId, row.id), eq(gatheringAttachment.id, attachmentId)))
			.returning();
		if (!gone) throw notFound();
		await recordAudit(tx, actor, { action: 'gathering.attachment.remove', recordType: 'gathering', recordId: row.id, details: { filename: gone.filename } });
		return gone;
	});
	await files.remove(removed.storageKey);
}

/** An attachment's bytes, for anyone who may see the gathering. */
export async function attachmentFile(db: Db, files: FileStore, actor: Actor | null, slug: string, attachmentId: string) {
	if (!isUuid(attachmentId)) throw notFound();
	const { row } = await findGathering(db, actor, slug);
	const [found] = await db
		.select()
		.from(gatheringAttachment)
		.where(and(eq(gatheringAttachment.gatheringId, row.id), eq(gatheringAttachment.id, attachmentId)));
	if (!found) throw notFound();
	return { filename: found.filename, contentType: found.contentType, bytes: await files.read(found.storageKey) };
}
