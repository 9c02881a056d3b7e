import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from '@jest/globals';
import ts from 'typescript';
import { REPO_ROOT } from '../core/config.js';

/**
 * The import graph of server/src, read from the sources with TypeScript's own pre-processor (imports, `export
 * ... from`, `import type`, dynamic imports): subgraphs are independent of each other, and the gateway and core
 * know none of them, so a subgraph can be added, moved out or served on its own without dragging the rest along.
 */
const SRC = path.join(REPO_ROOT, 'server', 'src');

interface Import {
  /** Both relative to server/src, with forward slashes; `to` names the .ts source for a `.js` specifier. */
  from: string;
  to: string;
}

function sourceFiles(): string[] {
  // Spread: an array from fs is of Node's realm, and so is every array mapped from it; assert compares realms.
  return [...readdirSync(SRC, { recursive: true, encoding: 'utf8' })]
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'));
}

/** The files a source imports within server/src; package imports are not followed. */
function importsOf(from: string): Import[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(path.join(SRC, from), 'utf8'), true, true);
  return importedFiles
    .map((imported) => imported.fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => ({ from, to: path.posix.join(path.posix.dirname(from), specifier).replace(/\.js$/, '.ts') }));
}

const IMPORTS = sourceFiles().flatMap(importsOf);
const show = (imports: Import[]) => imports.map((i) => `${i.from} -> ${i.to}`);
/** The subgraph folder a file is in (`subgraphs/<name>/...`), if any; subgraphs/registry.ts is in none. */
const subgraphOf = (file: string) => file.match(/^subgraphs\/([^/]+)\//)?.[1];
const isUnder = (file: string, ...folders: string[]) => folders.some((folder) => file.startsWith(`${folder}/`));

/** Every file `entry` loads, directly or through others. */
function closureOf(entry: string): Set<string> {
  const seen = new Set([entry]);
  for (const file of seen) for (const { to } of IMPORTS.filter((i) => i.from === file)) seen.add(to);
  return seen;
}

describe('import boundaries of server/src', () => {
  it('reads the import graph (the registry imports every subgraph, the gateway bin the gateway)', () => {
    const registry = IMPORTS.filter((i) => i.from === 'subgraphs/registry.ts').map((i) => subgraphOf(i.to));
    assert.ok(registry.includes('catalog') && registry.includes('accounts'), JSON.stringify(registry));
    assert.ok(IMPORTS.some((i) => i.from === 'bin/gateway.ts' && i.to === 'gateway/gateway.ts'));
  });

  it('no subgraph imports another subgraph, nor the registry that imports them all', () => {
    const crossing = IMPORTS.filter((i) => {
      const own = subgraphOf(i.from);
      if (!own) return false;
      const target = subgraphOf(i.to);
      return (target !== undefined && target !== own) || i.to === 'subgraphs/registry.ts';
    });
    assert.deepEqual(show(crossing), []);
  });

  it('the gateway, core and the shared fixtures import nothing of the subgraphs', () => {
    const reaching = IMPORTS.filter((i) => isUnder(i.from, 'gateway', 'core', 'fixtures') && isUnder(i.to, 'subgraphs'));
    assert.deepEqual(show(reaching), []);
  });

  it('the gateway as its own service loads no subgraph code, not even indirectly', () => {
    const loaded = [...closureOf('bin/gateway.ts')];
    assert.ok(loaded.includes('topology.ts'), 'it reads the subgraphs from topology.ts');
    assert.deepEqual(loaded.filter((file) => isUnder(file, 'subgraphs')), []);
  });
});
