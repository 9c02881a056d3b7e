import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** web/e2e/screenshots/ (git-ignored): to look at what the tests saw. */
const DIR = path.join(path.dirname(createRequire(import.meta.url).resolve('@instrumentengidsen/web/package.json')), 'e2e', 'screenshots');

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  await page.screenshot({ path: path.join(DIR, `${name}.png`), fullPage: true });
}
