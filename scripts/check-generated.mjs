// Fails when web/ or admin/ __generated__ differ from what codegen.ts produces now (after a schema or
// .graphql change, run `npm run codegen`), or when a screen runs an operation without its generated hook.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';

const { config } = await loadCodegenConfig({ configFilePath: 'codegen.ts' });
const outputs = await generate({ ...config, silent: true }, false);
const stale = outputs.filter(({ filename, content }) => {
  try {
    return readFileSync(filename, 'utf8') !== content;
  } catch {
    return true;
  }
});
if (stale.length) {
  console.error(`Generated code is out of date: ${stale.map((o) => o.filename).join(', ')}. Run \`npm run codegen\`.`);
  process.exit(1);
}

// Apollo's operation hooks are called only by the generated ones (__generated__/hooks.ts), so every
// operation a screen runs is a typed, named, trusted document.
const OPERATION_HOOK = /\b(useQuery|useLazyQuery|useSuspenseQuery|useBackgroundQuery|useLoadableQuery|useMutation|useSubscription)\b/;
const sources = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__generated__' ? [] : sources(file);
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });
const direct = ['web/src', 'admin/src', 'ui/src'].flatMap(sources).filter((file) => {
  const apolloImports = readFileSync(file, 'utf8').match(/import[^;]*from '@apollo\/client[^']*'/g) ?? [];
  return apolloImports.some((line) => OPERATION_HOOK.test(line));
});
if (direct.length) {
  console.error(`Call the generated hooks (__generated__/hooks.ts) instead of Apollo's own in: ${direct.join(', ')}.`);
  process.exit(1);
}
console.log(`Generated code is up to date (${outputs.length} files); screens use only generated hooks.`);
