import type { Browser, Page } from 'playwright-core';
import { startTestPlatform, type TestPlatform } from '@instrumentengidsen/server/test-support/harness.js';
import { launchBrowser, serveApp } from './browser.js';

type Served = Awaited<ReturnType<typeof serveApp>>;

interface RunningApp {
  platform: TestPlatform;
  browser: Browser;
  page: Page;
  close: () => Promise<void>;
}

export type WebApp = RunningApp & { web: Served };
export type AdminApp = RunningApp & { admin: Served };

/** The real platform with `demoInstruments` demo instruments, an app's production build in front of it, and a page in Chromium. */
async function startApp(app: 'web' | 'admin', seed: Parameters<typeof startTestPlatform>[0]): Promise<RunningApp & { served: Served }> {
  const platform = await startTestPlatform(seed);
  const served = await serveApp(app, platform.gatewayUrl);
  const browser = await launchBrowser();
  const page = await browser.newPage();
  return {
    platform,
    served,
    browser,
    page,
    close: async () => {
      await browser.close();
      await served.close();
      await platform.close();
    },
  };
}

export async function startWebApp(demoInstruments: number): Promise<WebApp> {
  const { served, ...app } = await startApp('web', { demoInstruments });
  return { ...app, web: served };
}

/** With the demo accounts (DEMO), whose organisaties own some of the demo instruments. */
export async function startAdminApp(demoInstruments: number): Promise<AdminApp> {
  const { served, ...app } = await startApp('admin', { demoInstruments, demoAccounts: true });
  return { ...app, admin: served };
}

/** The demo accounts `npm start` and the test platform create (password `demo-wachtwoord`). */
export const DEMO = { regio: 'regio@demo.nl', landelijk: 'landelijk@demo.nl', professional: 'professional@demo.nl', wachtwoord: 'demo-wachtwoord' } as const;

/** Logs in on the beheeromgeving's login page and waits for the dashboard (or the page `terug` names). */
export async function loginAdmin(page: Page, adminUrl: string, email: string, path = ''): Promise<void> {
  await page.goto(adminUrl + (path ? `inloggen?terug=${encodeURIComponent('/' + path)}` : 'inloggen'));
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(DEMO.wachtwoord);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByRole('navigation', { name: 'Beheermenu' }).waitFor();
}

/** The result count as the search screen says it. */
export const countText = (n: number) => `${n.toLocaleString('nl-NL')} instrumenten gevonden.`;
