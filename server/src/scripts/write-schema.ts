import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../core/config.js';
import { buildSchemaFiles } from '../schema-files.js';

/** Regenerates schema/: each subgraph's SDL and the composed supergraph. */
const files = await buildSchemaFiles();
for (const [name, content] of Object.entries(files)) {
  writeFileSync(path.join(REPO_ROOT, 'schema', name), content);
  console.log(`schema/${name}`);
}
