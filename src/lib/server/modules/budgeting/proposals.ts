import { and, asc, desc, eq, isNull, max } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { attachmentType, cleanFilename, maxUploadsPerForm, saveUploads, uploadProblem, withSavedUploads, type FileStore, type Upload } from '../../files';
import { DomainError, forbidden, notFound, recordAudit, signInRequired, type Actor } from '../identity';
import { listThemes, membershipsOf } from '../network';
import { notify } from '../notifications';
import { isUuid, proposalInput, responseInput, reviewInput, type Raw } from './inputs';
import type { StoredOutcome } from './outcome';
import { canPropose, canReportOnProject, canRespond, canReview, type ProposalStanding } from './policy';
import { budgetImage, budgetProposal, budgetResult, budgetUpdate } from './schema';
import { areaFor, areasOf, processContext, type ProcessContext } from './service';

export type ProposalRow = typeof budgetProposal.$inferSelect;

const maxImages = maxUploadsPerForm;
const imageTypes = new Set(['image/png', 'image/jpeg', 'image/webp']);

/** Pictures only (PNG, JPEG, WebP), at most five of 5 MB: a proposal is read on a phone. */
export function checkImages(uploads: Upload[]) {
	if (uploads.length > maxImages) throw new DomainError('budget.error.tooManyImages', 400, 'images', { max: maxImages });
	for (const upload of uploads) {
		const problem = uploadProblem(upload);
		if (problem) throw new DomainError(problem.key, problem.status, 'images');
		if (!imageTypes.has(attachmentType(cleanFilename(upload.filename)) ?? '')) throw new DomainError('budget.error.imageType', 400, 'images');
	}
}

/** Stores the pictures inside the caller's transaction; the caller removes the files when it fails. */
export async function storeImages(tx: Db, files: FileStore, proposalId: string, updateId: string | null, uploads: Upload[], saved: string[]) {
	await saveUploads(files, uploads, saved, (image) => tx.insert(budgetImage).values({ proposalId, updateId, ...image }));
}


export async function proposalStanding(db: Db, actor: Actor | null, proposal: ProposalRow): Promise<ProposalStanding> {
	if (!actor) return { isProposer: false, memberOfProposingOrganisation: false };
	const member = proposal.organisationId ? (await membershipsOf(db, actor.userId)).some((m) => m.organisationId === proposal.organisationId) : false;
	return { isProposer: proposal.proposerId === actor.userId, memberOfProposingOrganisation: member };
}

/** Funded means chosen by the count of its ballot box; only those have an implementation to follow. */
export async function isFunded(db: Db, proposal: ProposalRow): Promise<boolean> {
	const [result] = await db
		.select({ outcome: budgetResult.outcome })
		.from(budgetResult)
		.where(and(eq(budgetResult.processId, proposal.processId), proposal.areaId ? eq(budgetResult.areaId, proposal.areaId) : isNull(budgetResult.areaId)));
	return ((result?.outcome as StoredOutcome | undefined)?.selected ?? []).includes(proposal.code);
}

/** Numbers come from addresses: one beyond the integer column finds nothing instead of raising a database error. */
const isProposalNumber = (number: number) => Number.isSafeInteger(number) && number >= 1 && number <= 2_147_483_647;

export async function findProposal(db: Db, context: ProcessContext, number: number, lock = false): Promise<ProposalRow> {
	if (!isProposalNumber(number)) throw notFound();
	const query = db
		.select()
		.from(budgetProposal)
		.where(and(eq(budgetProposal.processId, context.process.id), eq(budgetProposal.number, number)));
	const [row] = lock ? await query.for('update') : await query;
	if (!row) throw notFound();
	return row;
}

/** A resident or an initiative proposes a project, with pictures if they like. */
export async function submitProposal(db: Db, files: FileStore | null, actor: Actor | null, slug: string, raw: Raw, uploads: Upload[] = [], now = new Date()) {
	const fields = proposalInput.parse(raw);
	if (!actor) throw signInRequired();
	checkImages(uploads);
	if (uploads.length && !files) throw new DomainError('budget.error.imageType', 400, 'images');
	const themeIds = [...new Set(fields.themeIds)];
	if (themeIds.length) {
		const known = new Set((await listThemes(db)).map((t) => t.id));
		if (!themeIds.every((id) => known.has(id))) throw new DomainError('error.choose', 400, 'themeIds');
	}
	if (fields.organisationId && !(await membershipsOf(db, actor.userId)).some((m) => m.organisationId === fields.organisationId))
		throw new DomainError('budget.error.notMember', 403, 'organisationId');
	return withSavedUploads(files, (saved) =>
		db.transaction(async (tx) => {
			// The process row is locked so two proposals sent at once get numbers one after the other.
			const context = await processContext(tx, actor, slug, now, true);
			if (!canPropose(actor, context.phase, context.standing)) throw new DomainError('budget.error.proposalsClosed', 409);
			const area = areaFor(await areasOf(tx, context.process.id), fields.areaId);
			const [{ last }] = await tx.select({ last: max(budgetProposal.number) }).from(budgetProposal).where(eq(budgetProposal.processId, context.process.id));
			const number = (last ?? 0) + 1;
			const [made] = await tx
				.insert(budgetProposal)
				.values({
					processId: context.process.id,
					number,
					code: String(number),
					areaId: area?.id ?? null,
					title: fields.title,
					description: fields.description,
					costCents: fields.cost,
					themeIds,
					proposerId: actor.userId,
					organisationId: fields.organisationId,
					createdAt: now
				})
				.returning();
			if (uploads.length) await storeImages(tx, files!, made.id, null, uploads, saved);
			await recordAudit(tx, actor, { action: 'budget.propose', recordType: 'budget_proposal', recordId: made.id, details: { number, costCents: made.costCents } });
			return made;
		})
	);
}

/** "Yes, unless": feasible, or not with the reason; an adjusted cost comes with a note. */
export async function reviewProposal(db: Db, actor: Actor | null, slug: string, number: number, raw: Raw, now = new Date()) {
	if (!actor) throw signInRequired();
	return db.transaction(async (tx) => {
		const context = await processContext(tx, actor, slug, now);
		if (!context.standing.facilitatesSpace) throw forbidden();
		if (!canReview(context.standing, context.phase)) throw new DomainError('budget.error.reviewClosed', 409);
		// Who asks is settled before what they sent, so a resident learns nothing from field errors.
		const fields = reviewInput.parse(raw);
		const proposal = await findProposal(tx, context, number, true);
		const [reviewed] = await tx
			.update(budgetProposal)
			.set({
				status: fields.verdict,
				reviewReason: fields.reason,
				reviewedCostCents: fields.cost,
				costNote: fields.cost === null ? '' : fields.costNote,
				reviewedBy: actor.userId,
				reviewedAt: now
			})
			.where(eq(budgetProposal.id, proposal.id))
			.returning();
		if (proposal.proposerId && proposal.proposerId !== actor.userId)
			await notify(tx, [
				{
					userId: proposal.proposerId,
					messageKey: fields.verdict === 'feasible' ? 'budget.notice.feasible' : 'budget.notice.notFeasible',
					params: { title: proposal.title },
					link: `/begrotingen/${context.process.slug}/voorstellen/${number}`
				}
			]);
		await recordAudit(tx, actor, { action: 'budget.review', recordType: 'budget_proposal', recordId: proposal.id, details: { verdict: fields.verdict, reviewedCostCents: fields.cost } });
		return reviewed;
	});
}

/** The proposer's one answer to the review. */
export async function respondToReview(db: Db, actor: Actor | null, slug: string, number: number, raw: Raw, now = new Date()) {
	const fields = responseInput.parse(raw);
	if (!actor) throw signInRequired();
	return db.transaction(async (tx) => {
		const context = await processContext(tx, actor, slug, now);
		const proposal = await findProposal(tx, context, number, true);
		const standing = await proposalStanding(tx, actor, proposal);
		if (!standing.isProposer) throw forbidden();
		if (!canRespond(standing, proposal.reviewedAt !== null, proposal.respondedAt !== null)) throw new DomainError('budget.error.respondOnce', 409);
		const [answered] = await tx
			.update(budgetProposal)
			.set({ response: fields.response, respondedAt: now })
			.where(and(eq(budgetProposal.id, proposal.id), isNull(budgetProposal.respondedAt)))
			.returning();
		await recordAudit(tx, actor, { action: 'budget.respond', recordType: 'budget_proposal', recordId: proposal.id });
		return answered;
	});
}

/** A proposal with its review, pictures and, once funded, how its implementation goes. */
export async function getProposal(db: Db, actor: Actor | null, slug: string, number: number, now = new Date()) {
	const context = await processContext(db, actor, slug, now);
	const proposal = await findProposal(db, context, number);
	const [standing, images, updates, areas, funded] = await Promise.all([
		proposalStanding(db, actor, proposal),
		db.select().from(budgetImage).where(eq(budgetImage.proposalId, proposal.id)).orderBy(asc(budgetImage.addedAt)),
		db.select().from(budgetUpdate).where(eq(budgetUpdate.proposalId, proposal.id)).orderBy(desc(budgetUpdate.postedAt)),
		areasOf(db, context.process.id),
		isFunded(db, proposal)
	]);
	// Who proposed and who reviewed are account ids: the page names neither.
	const { proposerId: _proposer, reviewedBy: _reviewer, ...shown } = proposal;
	return {
		process: context.process,
		phase: context.phase,
		space: { slug: context.access.slug, title: context.access.title },
		proposal: shown,
		area: areas.find((a) => a.id === proposal.areaId) ?? null,
		funded,
		images: images.filter((i) => i.updateId === null),
		updates: updates.map(({ authorId: _author, ...u }) => ({ ...u, images: images.filter((i) => i.updateId === u.id) })),
		can: {
			review: canReview(context.standing, context.phase),
			respond: canRespond(standing, proposal.reviewedAt !== null, proposal.respondedAt !== null),
			report: funded && canReportOnProject(context.standing, standing),
			isProposer: standing.isProposer
		}
	};
}

/** A picture of a proposal or of an update, for its page; the same visibility as the proposal. */
export async function proposalImage(db: Db, files: FileStore, actor: Actor | null, slug: string, number: number, imageId: string, now = new Date()) {
	if (!isUuid(imageId)) throw notFound();
	const context = await processContext(db, actor, slug, now);
	const proposal = await findProposal(db, context, number);
	const [image] = await db
		.select()
		.from(budgetImage)
		.where(and(eq(budgetImage.proposalId, proposal.id), eq(budgetImage.id, imageId)));
	if (!image) throw notFound();
	return { ...image, bytes: await files.read(image.storageKey) };
}
