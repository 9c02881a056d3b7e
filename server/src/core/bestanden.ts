import { createHash, randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { REPO_ROOT } from './config.js';

/**
 * Downloads of instruments, stored outside the database under the hash of their content: the same file
 * uploaded twice is stored once, and a stored file never changes. Files no download refers to any more are
 * removed by the catalog's garbage collection (removeUnreferencedBestanden).
 * The catalog writes; the gateway serves them at /bestanden/<hash>.<extensie>.
 */
export const BESTANDEN_DIR = process.env.BESTANDEN_DIR ?? path.join(REPO_ROOT, '.data', 'bestanden');
export const MAX_BESTAND_BYTES = 10 * 1024 * 1024;
/**
 * The largest request body the gateway and the subgraphs read: the largest legitimate request is addDownload, a
 * file of MAX_BESTAND_BYTES in base64 (4/3 of it) inside a small JSON document, with 1 MiB for the rest. One value
 * for both: the gateway passes that document on, so a larger gateway limit would only move the refusal inward.
 */
export const MAX_REQUEST_BODY_BYTES = Math.ceil((MAX_BESTAND_BYTES * 4) / 3) + 1024 * 1024;

interface BestandType {
  mimeType: string;
  /** The first bytes every file of this type starts with: a renamed .exe is not a PDF. */
  magic: Buffer;
}

const ZIP = Buffer.from('PK\x03\x04', 'latin1');
export const BESTAND_TYPES: Record<string, BestandType> = {
  pdf: { mimeType: 'application/pdf', magic: Buffer.from('%PDF-', 'latin1') },
  png: { mimeType: 'image/png', magic: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
  jpg: { mimeType: 'image/jpeg', magic: Buffer.from([0xff, 0xd8, 0xff]) },
  jpeg: { mimeType: 'image/jpeg', magic: Buffer.from([0xff, 0xd8, 0xff]) },
  docx: { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: ZIP },
  xlsx: { mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: ZIP },
  pptx: { mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', magic: ZIP },
  odt: { mimeType: 'application/vnd.oasis.opendocument.text', magic: ZIP },
};

export const extensionOf = (bestandsnaam: string) => path.extname(bestandsnaam).slice(1).toLowerCase();

/** The type of a file by its name, provided its content starts like one; null when it is not allowed. */
export function bestandType(bestandsnaam: string, inhoud: Buffer): (BestandType & { extensie: string }) | null {
  const extensie = extensionOf(bestandsnaam);
  const type = BESTAND_TYPES[extensie];
  return type && inhoud.subarray(0, type.magic.length).equals(type.magic) ? { ...type, extensie } : null;
}

const fileOf = (hash: string, extensie: string) => path.join(BESTANDEN_DIR, hash.slice(0, 2), `${hash}.${extensie}`);

/** Stores the content (written to a temporary name first, so a reader never sees half a file); returns its hash. */
export async function storeBestand(inhoud: Buffer, extensie: string): Promise<string> {
  const hash = createHash('sha256').update(inhoud).digest('hex');
  const target = fileOf(hash, extensie);
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temporary, inhoud);
  await rename(temporary, target);
  return hash;
}

const ROUTE = /^\/bestanden\/([0-9a-f]{64})\.([a-z]{3,4})$/;
/** Types a browser may show inline; every other download (documents with macros, links, scripts) is saved instead. */
const INLINE = new Set(['png', 'jpg', 'jpeg']);

/**
 * Serves GET /bestanden/<hash>.<extensie> with its own content type; answers false for any other path.
 * The file is opened before the answer starts, so one that vanished (or a directory in its place) is a 404,
 * never a crash; a read error after the headers went out cuts that one response.
 * Cached for an hour only: a removed download must stop being served soon after garbage collection removed it.
 */
export async function serveBestand(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
  const match = ROUTE.exec(pathname);
  if (!match || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  const [, hash, extensie] = match as unknown as [string, string, string];
  const type = BESTAND_TYPES[extensie];
  const handle = type ? await open(fileOf(hash, extensie), 'r').catch(() => null) : null;
  const size = handle ? await handle.stat().then((s) => (s.isFile() ? s.size : null), () => null) : null;
  if (!type || !handle || size === null) {
    await handle?.close();
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Dit bestand bestaat niet.');
    return true;
  }
  res.writeHead(200, {
    'content-type': type.mimeType,
    'content-length': size,
    'content-disposition': INLINE.has(extensie) ? 'inline' : 'attachment',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'",
    'cache-control': 'public, max-age=3600',
  });
  if (req.method === 'HEAD') {
    await handle.close();
    res.end();
  } else {
    await pipeline(handle.createReadStream(), res).catch(() => res.destroy());
  }
  return true;
}

/** Temporary names storeBestand writes (and garbage collection renames to): `<hash>.<ext>.<random>.tmp|gc`. */
const STORED = /^([0-9a-f]{64})\.[a-z]{3,4}$/;

/**
 * Removes stored files whose hash is in no download, and leftovers of interrupted writes. Only files older than
 * `graceMs` go: storeBestand writes the file before the transaction that references it commits (and a repeated
 * upload of the same content renames a fresh copy over it), so a recent file may belong to a running upload.
 * A candidate is first renamed aside and its age checked again there: a fresh copy renamed over it in the
 * meantime is put back (same hash, same content, so putting it back is always right). Returns the files removed.
 */
export async function removeUnreferencedBestanden(referenced: ReadonlySet<string>, graceMs: number, dir = BESTANDEN_DIR, now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  const folders = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const folder of folders.filter((f) => f.isDirectory() && /^[0-9a-f]{2}$/.test(f.name))) {
    for (const name of await readdir(path.join(dir, folder.name)).catch(() => [] as string[])) {
      const file = path.join(dir, folder.name, name);
      const hash = STORED.exec(name)?.[1];
      if (hash !== undefined && referenced.has(hash)) continue;
      if (!(await isOlder(file, graceMs, now))) continue;
      if (hash === undefined) {
        if (/\.(tmp|gc)$/.test(name) && (await unlink(file).then(() => true, () => false))) removed.push(file);
        continue;
      }
      const aside = `${file}.${randomBytes(6).toString('hex')}.gc`;
      if (!(await rename(file, aside).then(() => true, () => false))) continue;
      if (await isOlder(aside, graceMs, now)) {
        await unlink(aside);
        removed.push(file);
      } else {
        await rename(aside, file);
      }
    }
  }
  return removed;
}

async function isOlder(file: string, graceMs: number, now: number): Promise<boolean> {
  const stats = await lstat(file).catch(() => null);
  return !!stats?.isFile() && stats.mtimeMs <= now - graceMs;
}
