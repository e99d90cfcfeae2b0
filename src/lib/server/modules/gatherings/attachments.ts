import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { cleanFilename, uploadProblem, attachmentType, type FileStore, type Upload } from '../../files';
import { DomainError, notFound, recordAudit, type Actor } from '../identity';
import { isUuid } from './inputs';
import { gatheringAttachment } from './schema';
import { findGathering, managedGathering } from './service';

export { maxAttachmentBytes, attachmentType, type Upload } from '../../files';

export async function addAttachment(db: Db, files: FileStore, actor: Actor | null, slug: string, upload: Upload) {
	const filename = cleanFilename(upload.filename);
	const problem = uploadProblem(upload);
	if (problem) throw new DomainError(problem.key, problem.status, 'file');
	const contentType = attachmentType(filename)!;
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
