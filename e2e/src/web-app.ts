import type { Browser, Page } from 'playwright-core';
import { startTestPlatform, type TestPlatform } from '@instrumentengidsen/server/test-support/harness.js';
import { launchBrowser, serveApp } from './browser.js';

export interface WebApp {
  platform: TestPlatform;
  web: Awaited<ReturnType<typeof serveApp>>;
  browser: Browser;
  page: Page;
  close: () => Promise<void>;
}

/** The real platform with `demoInstruments` demo instruments, the web app's production build in front of it, and a page in Chromium. */
export async function startWebApp(demoInstruments: number): Promise<WebApp> {
  const platform = await startTestPlatform({ demoInstruments });
  const web = await serveApp('web', platform.gatewayUrl);
  const browser = await launchBrowser();
  const page = await browser.newPage();
  return {
    platform,
    web,
    browser,
    page,
    close: async () => {
      await browser.close();
      await web.close();
      await platform.close();
    },
  };
}

/** The result count as the search screen says it. */
export const countText = (n: number) => `${n.toLocaleString('nl-NL')} instrumenten gevonden.`;
