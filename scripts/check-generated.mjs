// Fails when web/ or admin/ __generated__ differ from what codegen.ts produces now
// (after a schema or .graphql change, run `npm run codegen`).
import { readFileSync } from 'node:fs';
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
console.log(`Generated code is up to date (${outputs.length} files).`);
