import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { withSavedUploads, type FileStore, type Upload } from '../../files';
import { DomainError, forbidden, recordAudit, signInRequired, type Actor } from '../identity';
import { actionsInSpace } from '../programme';
import { implementationInput, implementationUpdateInput, type Raw } from './inputs';
import { canReportOnProject } from './policy';
import { checkImages, findProposal, isFunded, proposalStanding, storeImages, type ProposalRow } from './proposals';
import { budgetProposal, budgetUpdate } from './schema';
import { processContext, type ProcessContext } from './service';

async function projectForReport(tx: Db, actor: Actor | null, slug: string, number: number, now: Date): Promise<{ context: ProcessContext; proposal: ProposalRow; actor: Actor }> {
	if (!actor) throw signInRequired();
	const context = await processContext(tx, actor, slug, now);
	const proposal = await findProposal(tx, context, number, true);
	if (!canReportOnProject(context.standing, await proposalStanding(tx, actor, proposal))) throw forbidden();
	if (!(await isFunded(tx, proposal))) throw new DomainError('budget.error.notFunded', 409);
	return { context, proposal, actor };
}

/** Status, money spent, and the programme action the work belongs to, so voters see what became of the money. */
export async function updateImplementation(db: Db, actor: Actor | null, slug: string, number: number, raw: Raw, now = new Date()) {
	const fields = implementationInput.parse(raw);
	return db.transaction(async (tx) => {
		const found = await projectForReport(tx, actor, slug, number, now);
		if (fields.actionId && !(await actionsInSpace(tx, found.context.process.spaceId)).some((a) => a.id === fields.actionId))
			throw new DomainError('error.choose', 400, 'actionId');
		const [updated] = await tx
			.update(budgetProposal)
			.set({ implementation: fields.implementation, spentCents: fields.spent, actionId: fields.actionId })
			.where(eq(budgetProposal.id, found.proposal.id))
			.returning();
		await recordAudit(tx, found.actor, { action: 'budget.implementation', recordType: 'budget_proposal', recordId: found.proposal.id, details: { implementation: fields.implementation, spentCents: fields.spent } });
		return updated;
	});
}

/** A dated update on a funded project, with photos if there are any. */
export async function postImplementationUpdate(db: Db, files: FileStore | null, actor: Actor | null, slug: string, number: number, raw: Raw, uploads: Upload[] = [], now = new Date()) {
	const fields = implementationUpdateInput.parse(raw);
	checkImages(uploads);
	if (uploads.length && !files) throw new DomainError('budget.error.imageType', 400, 'images');
	return withSavedUploads(files, (saved) =>
		db.transaction(async (tx) => {
			const found = await projectForReport(tx, actor, slug, number, now);
			const [update] = await tx.insert(budgetUpdate).values({ proposalId: found.proposal.id, body: fields.body, authorId: found.actor.userId, postedAt: now }).returning();
			if (uploads.length) await storeImages(tx, files!, found.proposal.id, update.id, uploads, saved);
			await recordAudit(tx, found.actor, { action: 'budget.update.post', recordType: 'budget_proposal', recordId: found.proposal.id });
			return update;
		})
	);
}

/** The actions a funded project may be linked to: those of the programme of the process's space. */
export async function actionsToLink(db: Db, actor: Actor | null, slug: string, now = new Date()) {
	const context = await processContext(db, actor, slug, now);
	return actionsInSpace(db, context.process.spaceId);
}
