import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { REPO_ROOT } from './config.js';

/**
 * Downloads of instruments, stored outside the database under the hash of their content: the same file
 * uploaded twice is stored once, and a stored file never changes (so it may be cached forever).
 * The catalog writes; the gateway serves them at /bestanden/<hash>.<extensie>.
 */
export const BESTANDEN_DIR = process.env.BESTANDEN_DIR ?? path.join(REPO_ROOT, '.data', 'bestanden');
export const MAX_BESTAND_BYTES = 10 * 1024 * 1024;

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

/** Serves GET /bestanden/<hash>.<extensie> with its own content type; answers false for any other path. */
export async function serveBestand(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const match = ROUTE.exec(new URL(req.url ?? '/', 'http://localhost').pathname);
  if (!match || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  const [, hash, extensie] = match as unknown as [string, string, string];
  const type = BESTAND_TYPES[extensie];
  const file = fileOf(hash, extensie);
  const size = type ? await stat(file).then((s) => s.size, () => null) : null;
  if (!type || size === null) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Dit bestand bestaat niet.');
    return true;
  }
  res.writeHead(200, {
    'content-type': type.mimeType,
    'content-length': size,
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'",
    'cache-control': 'public, max-age=31536000, immutable',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
  return true;
}
