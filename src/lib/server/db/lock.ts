import fs from 'node:fs';
import path from 'node:path';

/** Two processes on one PGlite directory lose writes silently, so the directory is locked. */
export class DataDirLocked extends Error {
	constructor(
		readonly dataDir: string,
		readonly pid: number
	) {
		super(
			`The data directory ${dataDir} is in use by another Samenspel process (pid ${pid}). ` +
				'Stop that process first, or point DATA_DIR to another directory.'
		);
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Takes the lock or throws DataDirLocked; a lock left by a dead process is taken over. */
export function lockDataDir(dataDir: string): () => void {
	fs.mkdirSync(dataDir, { recursive: true });
	const file = path.join(dataDir, 'samenspel.lock');
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
			return () => releaseIfOurs(file);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const pid = Number(fs.readFileSync(file, 'utf8').trim());
			if (pid && pid !== process.pid && isAlive(pid)) throw new DataDirLocked(dataDir, pid);
			fs.rmSync(file, { force: true });
		}
	}
	throw new DataDirLocked(dataDir, Number(fs.readFileSync(file, 'utf8')));
}

function releaseIfOurs(file: string) {
	try {
		if (fs.readFileSync(file, 'utf8').trim() === String(process.pid)) fs.rmSync(file);
	} catch {
		// Already gone: nothing to release.
	}
}
