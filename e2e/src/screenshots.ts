import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** <app>/e2e/screenshots/ (git-ignored): to look at what the tests saw. */
const dirOf = (app: 'web' | 'admin') => path.join(path.dirname(createRequire(import.meta.url).resolve(`@instrumentengidsen/${app}/package.json`)), 'e2e', 'screenshots');

export async function saveScreenshot(page: Page, name: string, app: 'web' | 'admin' = 'web'): Promise<void> {
  const dir = dirOf(app);
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}
