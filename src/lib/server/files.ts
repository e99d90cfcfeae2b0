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
