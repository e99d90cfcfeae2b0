// After the gathering: outcomes, and report attachments (who may add and remove them, what is
// refused, and that the bytes come back).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { directoryStore } from '../../files';
import { engines, refused, world, type World } from '../../testing';
import type { Actor } from '../identity';
import { createOrganisation } from '../network';
import { addAttachment, attachmentFile, attachmentType, createGathering, getGathering, participantsCsv, publishReport, register, removeAttachment } from './index';
import { translator } from '../../../i18n';

const origin = 'http://localhost:3000';

describe('attachment types', () => {
	it('decides the type by extension, against a short list', () => {
		assert.equal(attachmentType('verslag.PDF'), 'application/pdf');
		assert.equal(attachmentType('foto.jpeg'), 'image/jpeg');
		assert.equal(attachmentType('script.html'), null);
		assert.equal(attachmentType('run.exe'), null);
		assert.equal(attachmentType('zonder-extensie'), null);
	});
});

for (const engine of engines()) {
	describe(`attachments (${engine})`, () => {
		let w: World;
		let organiser: Actor;
		let stranger: Actor;
		let slug: string;
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenspel-files-'));
		const files = directoryStore(dir);
		const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.4 ${text}`);

		before(async () => {
			w = await world(engine);
			organiser = await w.person('Organiser');
			stranger = await w.person('Stranger');
			const org = await createOrganisation(w.database.db, organiser, { name: 'Buurtkracht', kind: 'initiative' });
			slug = (await createGathering(w.database.db, organiser, { title: 'Buurtavond', organiserIds: [org.id] }, origin)).slug;
		});
		after(async () => {
			await w.database.drop();
			fs.rmSync(dir, { recursive: true, force: true });
		});

		it('keeps the outcomes in order, one per line, and replaces them on the next save', async () => {
			await publishReport(w.database.db, organiser, slug, { report: 'We spraken over de speeltuin.', outcomes: 'Werkgroep speeltuin\n\n  Volgende avond in maart  ' });
			assert.deepEqual((await getGathering(w.database.db, null, slug)).outcomes, ['Werkgroep speeltuin', 'Volgende avond in maart']);
			await publishReport(w.database.db, organiser, slug, { report: 'We spraken over de speeltuin.', outcomes: 'Alleen dit' });
			assert.deepEqual((await getGathering(w.database.db, null, slug)).outcomes, ['Alleen dit']);
			await assert.rejects(publishReport(w.database.db, stranger, slug, { outcomes: 'x' }), refused('error.forbidden', 403));
			await assert.rejects(publishReport(w.database.db, organiser, slug, { outcomes: 'x'.repeat(501) }), (e: Error) => e.name === 'ZodError');
			assert.deepEqual((await getGathering(w.database.db, null, slug)).outcomes, ['Alleen dit']);
		});

		it('exports a name that looks like a formula as plain text', async () => {
			await register(w.database.db, null, { gathering: slug }, { name: '=HYPERLINK("http://evil.example")', email: 'formula@example.org', needs: '+31 6 1234' }, { locale: 'nl', origin });
			const csv = await participantsCsv(w.database.db, organiser, slug, translator('nl'));
			assert.match(csv, /'=HYPERLINK/);
			assert.match(csv, /'\+31 6 1234/);
			assert.doesNotMatch(csv, /(^|,)"?=HYPERLINK/m);
		});

		it('keeps a file for the organiser and gives it back to anyone who may see the gathering', async () => {
			const added = await addAttachment(w.database.db, files, organiser, slug, { filename: '../../etc/Verslag avond.pdf', bytes: pdf('one') });
			assert.equal(added.filename, 'Verslag avond.pdf');
			assert.equal(added.contentType, 'application/pdf');
			const view = await getGathering(w.database.db, null, slug);
			assert.deepEqual(view.attachments.map((a) => a.filename), ['Verslag avond.pdf']);
			const file = await attachmentFile(w.database.db, files, null, slug, added.id);
			assert.equal(Buffer.from(file.bytes).toString(), '%PDF-1.4 one');
		});

		it('refuses strangers, the anonymous, empty files, large files and unknown types, writing nothing', async () => {
			const before = (await getGathering(w.database.db, null, slug)).attachments.length;
			await assert.rejects(addAttachment(w.database.db, files, stranger, slug, { filename: 'a.pdf', bytes: pdf('x') }), refused('error.forbidden', 403));
			await assert.rejects(addAttachment(w.database.db, files, null, slug, { filename: 'a.pdf', bytes: pdf('x') }), refused('error.signInRequired', 401));
			await assert.rejects(addAttachment(w.database.db, files, organiser, slug, { filename: 'a.pdf', bytes: new Uint8Array() }), refused('error.fileRequired', 400, 'file'));
			await assert.rejects(addAttachment(w.database.db, files, organiser, slug, { filename: 'a.html', bytes: pdf('x') }), refused('error.fileType', 400, 'file'));
			await assert.rejects(addAttachment(w.database.db, files, organiser, slug, { filename: 'a.pdf', bytes: new Uint8Array(5 * 1024 * 1024 + 1) }), refused('error.fileTooLarge', 413, 'file'));
			assert.equal((await getGathering(w.database.db, null, slug)).attachments.length, before);
			const stored = fs.readdirSync(dir, { recursive: true }).filter((f) => fs.statSync(path.join(dir, String(f))).isFile());
			assert.equal(stored.length, before, 'no stray files were written');
		});

		it('removes a file for the organiser only; unknown ids are not found', async () => {
			const added = await addAttachment(w.database.db, files, organiser, slug, { filename: 'foto.png', bytes: new Uint8Array([137, 80, 78, 71]) });
			await assert.rejects(removeAttachment(w.database.db, files, stranger, slug, added.id), refused('error.forbidden', 403));
			await removeAttachment(w.database.db, files, organiser, slug, added.id);
			await assert.rejects(attachmentFile(w.database.db, files, null, slug, added.id), refused('error.notFound', 404));
			await assert.rejects(attachmentFile(w.database.db, files, null, slug, 'not-an-id'), refused('error.notFound', 404));
		});
	});
}
