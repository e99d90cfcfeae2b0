// `npm start`: the production server on http://localhost:3000, built first if the build is missing.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

if (!fs.existsSync(path.join(root, 'build', 'index.js'))) {
	console.log('No build found: building Samenspel first (this takes a minute) …');
	const { build } = await import('vite');
	await build({ logLevel: 'warn' });
}

process.env.PORT ??= '3000';
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
// As large as the largest form read (maxFormBytes in src/lib/server/files.ts: five 5 MB files and text).
process.env.BODY_SIZE_LIMIT ??= '26M';
const url = process.env.ORIGIN;
await import(path.join(root, 'build', 'index.js'));
console.log(`Samenspel runs at ${url} (${process.env.DATABASE_URL ? 'PostgreSQL' : `PGlite in ${process.env.DATA_DIR ?? 'data'}`})`);
