import 'reflect-metadata';
import { printSubgraphSchema } from '@apollo/subgraph';
import { composeSupergraph } from './gateway/compose.js';
import { SUBGRAPHS } from './subgraphs/registry.js';

/** The files of schema/, as the code produces them now; the drift test compares them to the committed ones. */
export async function buildSchemaFiles(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const sdls = [];
  for (const s of SUBGRAPHS) {
    const sdl = printSubgraphSchema(await s.buildSchema());
    files[`${s.name}.graphql`] = sdl.trimEnd() + '\n';
    sdls.push({ name: s.name, url: `http://localhost:${s.port}/graphql`, sdl });
  }
  files['supergraph.graphql'] = composeSupergraph(sdls).trimEnd() + '\n';
  return files;
}
