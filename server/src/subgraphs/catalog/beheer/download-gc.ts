import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { BESTANDEN_DIR, removeUnreferencedBestanden } from '../../../core/bestanden.js';
import { serviceLogger } from '../../../core/log.js';
import { repeat } from '../../../core/repeat.js';

/** Long enough for any upload transaction to commit; short enough that a removed download is gone within hours. */
export const DOWNLOAD_GC_GRACE_MS = 60 * 60_000;
export const DOWNLOAD_GC_INTERVAL_MS = 60 * 60_000;

const log = serviceLogger('catalog');

/**
 * The database whose downloads a folder of stored files belongs to, written into the folder by its first
 * garbage collection. Another database (the benchmark's, a second server) pointed at the same folder would see
 * none of those downloads and remove them all; with a different owner it skips collection instead.
 */
const OWNER_FILE = '.owner';

async function ownsFolder(ds: DataSource, dir: string): Promise<boolean> {
  const url = new URL((ds.options as { url?: string }).url ?? 'postgres://unknown');
  const [{ database }] = (await ds.query('SELECT current_database() AS database')) as [{ database: string }];
  const identity = `${url.hostname}:${url.port || 5432}/${database}`;
  const file = path.join(dir, OWNER_FILE);
  const owner = await readFile(file, 'utf8').catch(() => null);
  if (owner === null) {
    await mkdir(dir, { recursive: true });
    await writeFile(file, identity, { flag: 'wx' }).catch(() => undefined);
    return (await readFile(file, 'utf8')) === identity;
  }
  if (owner.trim() === identity) return true;
  log.warn({ dir, owner: owner.trim(), database: identity }, 'download garbage collection skipped: the folder belongs to another database');
  return false;
}

/**
 * Removes stored files no download refers to (removed downloads, deleted instruments, failed uploads), once they
 * are older than `graceMs`. The referenced hashes are read before the folder is listed, so a file whose upload
 * commits in between is recent and stays.
 */
export async function collectDownloadGarbage(ds: DataSource, graceMs = DOWNLOAD_GC_GRACE_MS, dir = BESTANDEN_DIR): Promise<string[]> {
  if (!(await ownsFolder(ds, dir))) return [];
  const rows = (await ds.query('SELECT DISTINCT content_hash FROM download')) as { content_hash: string }[];
  const removed = await removeUnreferencedBestanden(new Set(rows.map((r) => r.content_hash)), graceMs, dir);
  if (removed.length) log.info({ removed: removed.length }, 'unreferenced downloads removed');
  return removed;
}

/** Runs the collection every `intervalMs` (replicas may overlap: removing a file twice is harmless); returns stop. */
export function scheduleDownloadGc(ds: DataSource, intervalMs = DOWNLOAD_GC_INTERVAL_MS): () => Promise<void> {
  return repeat(() => collectDownloadGarbage(ds), intervalMs, { onError: (error) => log.error({ err: error }, 'download garbage collection failed') });
}
