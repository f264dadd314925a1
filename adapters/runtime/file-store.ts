// Local state on disk (DATA_DIR) that may hold secrets: each file is written atomically (a temporary
// file, flushed, then renamed over the old one, so a crash leaves the old or the new file, never half
// of one) and readable only by the bot's user (files 0600, folders 0700).
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, rename, rm, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/** Creates the folder (and its parents) readable only by this user; tightens it if it already exists. */
export async function ensurePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  await chmod(dir, PRIVATE_DIR_MODE);
}

/** Writes `data` to `path` atomically, mode 0600, in a 0700 folder. */
export async function writePrivateFile(path: string, data: string | Buffer): Promise<void> {
  const dir = dirname(path);
  await ensurePrivateDir(dir);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const file = await open(temp, 'wx', PRIVATE_FILE_MODE);
  try {
    await file.writeFile(data);
    await file.sync();
  } finally {
    await file.close();
  }
  try {
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
  // The rename itself reaches the disk only when the folder is flushed too.
  const folder = await open(dir, 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

/** The file's text, or undefined when there is none. */
export async function readPrivateFile(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

export async function deletePrivateFile(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}

/** Small records by key, shared by every copy when on Redis, else one file each in a private folder. */
export interface RecordStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

/** Keys become file names, so only plain ids are accepted (no slashes, dots or spaces). */
const SAFE_KEY = /^[A-Za-z0-9_-]{1,128}$/;
function fileFor(dir: string, key: string): string {
  if (!SAFE_KEY.test(key)) throw new Error(`not a safe record key: ${JSON.stringify(key.slice(0, 40))}`);
  return join(dir, `${key}.json`);
}

export class FileRecordStore implements RecordStore {
  constructor(readonly dir: string) {}
  async get(key: string) {
    return readPrivateFile(fileFor(this.dir, key));
  }
  async set(key: string, value: string) {
    return writePrivateFile(fileFor(this.dir, key), value);
  }
  async delete(key: string) {
    return deletePrivateFile(fileFor(this.dir, key));
  }
}
