// Inputs in and out as CSV, for facilitators who keep meeting notes in a spreadsheet.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Db } from '../../db/client';
import { inert } from '../../csv';
import type { Translate } from '../../../i18n';
import { DomainError, forbidden, notFound, signInRequired, type Actor } from '../identity';
import { listAreas } from '../network';
import { kindFromWord, noteEntry, type InputKind } from './inputs';
import { enterNotes, inputRows, type Context } from './service';
import { spaceAccessBySlug } from '../spaces';
import { canProcessInputs } from './policy';

const maxRows = 5000;

/** Header names we read, in Dutch and English. */
const headers = { kind: ['soort', 'kind', 'type'], text: ['tekst', 'text', 'inbreng', 'input'] };

/** Excel in Dutch writes semicolons; everyone else commas. The header line tells which. */
function delimiterOf(csv: string): string {
	const first = csv.split(/\r?\n/, 1)[0] ?? '';
	return (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** Rows of a CSV with at least a kind and a text column; every problem names its line. */
export function readNotesCsv(csv: string): { kind: InputKind; text: string }[] {
	let parsed: { record: Record<string, string>; info: { lines: number } }[];
	try {
		// `info` tells the line each record ends on: counting records would go wrong after an empty line or a cell over several lines.
		parsed = parse(csv.replace(/^\uFEFF/, ''), { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, trim: true, delimiter: delimiterOf(csv), relax_column_count: true, info: true });
	} catch {
		throw new DomainError('error.csvUnreadable', 400, 'file');
	}
	const records = parsed.map((p) => p.record);
	if (!records.length) throw new DomainError('error.csvEmpty', 400, 'file');
	const column = (names: string[]) => Object.keys(records[0]).find((k) => names.includes(k));
	const kindColumn = column(headers.kind);
	const textColumn = column(headers.text);
	if (!kindColumn || !textColumn) throw new DomainError('error.csvColumns', 400, 'file');
	if (records.length > maxRows) throw new DomainError('error.tooMany', 400, 'file');
	return parsed.map(({ record: r, info }) => {
		// Line 1 is the header.
		const line = info.lines;
		const kind = kindFromWord(r[kindColumn] ?? '');
		if (!kind) throw new DomainError('error.csvLineKind', 400, 'file', { line });
		const text = noteEntry.shape.notes.element.shape.text.safeParse(r[textColumn] ?? '');
		if (!text.success) throw new DomainError('error.csvLineText', 400, 'file', { line });
		return { kind, text: text.data };
	});
}

/** Imports notes from CSV as a facilitator's entry; the same checks as typing them in. */
export async function importNotesCsv(db: Db, actor: Actor | null, spaceSlug: string, csv: string, gatheringId: string | null, ctx: Context) {
	await mustProcessBySlug(db, actor, spaceSlug);
	return enterNotes(db, actor, spaceSlug, { notes: readNotesCsv(csv), gatheringId }, ctx);
}

async function mustProcessBySlug(db: Db, actor: Actor | null, spaceSlug: string) {
	const access = await spaceAccessBySlug(db, actor, spaceSlug);
	if (!access) throw notFound();
	if (!actor) throw signInRequired();
	if (!canProcessInputs(access)) throw forbidden();
	return access;
}

/** Every input of the space that is not hidden, with its status, for a spreadsheet. */
export async function inputsCsv(db: Db, actor: Actor | null, spaceSlug: string, t: Translate): Promise<string> {
	const access = await mustProcessBySlug(db, actor, spaceSlug);
	const rows = await inputRows(db, access.id);
	const areas = new Map((await listAreas(db)).map((a) => [a.id, a.name]));
	return stringify(
		rows.map((r) => [r.number, t(`input.kind.${r.kind}`), inert(r.text), r.areaId ? (areas.get(r.areaId) ?? '') : '', t(`input.source.${r.source}`), t(`input.status.${r.status}`), inert(r.closureReason), r.createdAt.toISOString()]),
		{ header: true, columns: [t('csv.number'), t('csv.kind'), t('csv.text'), t('csv.area'), t('csv.source'), t('csv.status'), t('csv.reason'), t('csv.createdAt')] }
	);
}
