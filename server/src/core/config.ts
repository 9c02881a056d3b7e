import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whichever entry point is running (src via tests or dist). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const DEFAULT_DATABASE = 'instrumentengidsen';
export const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
export const EMBEDDED_DATA_DIR = path.join(REPO_ROOT, '.data', 'postgres');
