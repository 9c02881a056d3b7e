import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { seriousViolations } from './accessibility.js';
import { saveScreenshot } from './screenshots.js';
import { startWebApp, type WebApp } from './web-app.js';

/**
 * Every page type of the web app, in both guides (both themes), held to the same rules: axe-core without serious or
 * critical violations, a title of its own, one h1, a main landmark, the skip link as the first Tab stop taking the
 * focus into main, a visible focus, and no sideways scrolling on a 360 px phone. Screenshots of each (desktop and
 * phone) go to web/e2e/screenshots/.
 */

interface Pagina {
  /** For the screenshot's file name and the test's name. */
  naam: string;
  path: (gegevens: Gegevens) => string;
  /** Waits until the page shows what it is for (not its loading state). */
  ready: (gegevens: Gegevens) => (page: Page) => Promise<void>;
  /** Makes every GraphQL request fail before the page loads. */
  apiFaalt?: boolean;
}

const ENGLISH_OR_STACK = /\b(error|failed|fetch|stack|undefined|exception|internal|server error)\b|at \S+\.js/i;

const h1 = (name: string | RegExp) => () => (page: Page) => page.getByRole('heading', { level: 1, name }).waitFor();
const noLoading = (page: Page) => page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));

/** The element that has the focus: its description for messages, and whether its focus can be seen. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { in: 'body', text: '', visible: false, inMain: false };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    return {
      in: element.tagName.toLowerCase(),
      text: (element.textContent ?? '').trim().slice(0, 60),
      visible: outline || shadow,
      inMain: !!element.closest('main'),
    };
  });

/** Per guide what the pages need of the API: an instrument and a tegel to filter on. */
type Gegevens = Record<string, { instrument: { id: string; naam: string }; tegel: string }>;

const NEUTRAL: Pagina[] = [
  { naam: 'gidskeuze', path: () => '', ready: h1('Kies een instrumentengids') },
  { naam: 'inloggen', path: () => 'inloggen', ready: h1('Inloggen') },
  { naam: 'niet-gevonden', path: () => 'bestaat/niet', ready: h1('Pagina niet gevonden') },
];

const perGids = (slug: string): Pagina[] => [
  { naam: `${slug}-landing`, path: () => slug, ready: () => (page) => page.getByRole('list', { name: "Arbeidsmarktregio's" }).getByRole('link').first().waitFor() },
  { naam: `${slug}-regio`, path: () => `${slug}/regio/AM18`, ready: () => (page) => page.getByRole('list', { name: 'Instrumenten in Groot Amsterdam' }).waitFor() },
  { naam: `${slug}-zoeken`, path: (g) => `${slug}/zoeken?k=${g[slug]!.tegel}`, ready: () => (page) => page.getByRole('list', { name: 'Instrumenten' }).getByRole('article').first().waitFor() },
  { naam: `${slug}-werklandschap`, path: () => `${slug}/werklandschap`, ready: h1(/^Werklandschap van/) },
  { naam: `${slug}-instrument`, path: (g) => `${slug}/instrument/${g[slug]!.instrument.id}`, ready: (g) => h1(g[slug]!.instrument.naam)() },
  { naam: `${slug}-pagina-onbekend`, path: () => `${slug}/bestaat-niet`, ready: h1('Pagina niet gevonden') },
  { naam: `${slug}-instrument-onbekend`, path: () => `${slug}/instrument/00000000-0000-4000-8000-000000000000`, ready: h1('Instrument niet gevonden') },
  { naam: `${slug}-regio-onbekend`, path: () => `${slug}/regio/AM99`, ready: h1('Regio niet gevonden') },
  // The same error page (LoadError) behind three screens: one per guide here, the regio's in the other guide.
  slug === 'eva'
    ? { naam: `${slug}-fout`, path: (g) => `${slug}/instrument/${g[slug]!.instrument.id}`, apiFaalt: true, ready: () => (page) => page.getByRole('alert').getByText('Het instrument kon niet worden geladen.').waitFor() }
    : { naam: `${slug}-fout`, path: () => `${slug}/werklandschap`, apiFaalt: true, ready: () => (page) => page.getByRole('alert').getByText('Het werklandschap kon niet worden geladen.').waitFor() },
  { naam: `${slug}-regio-fout`, path: () => `${slug === 'eva' ? 'dennis' : 'eva'}/regio/AM18`, apiFaalt: true, ready: () => (page) => page.getByRole('alert').getByText('De regio kon niet worden geladen.').waitFor() },
];

const PAGINAS = [...NEUTRAL, ...perGids('eva'), ...perGids('dennis')];

describe('web: every page type in both guides', () => {
  let app: WebApp | undefined;
  const gegevens: Gegevens = {};
  /** Title per path, over all pages: no two pages share one. */
  const titles = new Map<string, string>();

  beforeAll(async () => {
    app = await startWebApp(60);
    for (const [gids, slug] of [['EVA', 'eva'], ['DENNIS', 'dennis']] as const) {
      const api: any = await app.platform.gql(
        `query($gids: Gids!) { instrumentSearch(gids: $gids, first: 1) { nodes { id naam } } kenmerkCategorieen(gids: $gids) { soort kenmerken { code } } }`,
        { gids },
      );
      gegevens[slug] = {
        instrument: api.data.instrumentSearch.nodes[0],
        tegel: api.data.kenmerkCategorieen.find((c: any) => c.soort === 'BASIS').kenmerken[0].code,
      };
    }
  });
  afterAll(() => app?.close());

  async function open(page: Page, pagina: Pagina): Promise<void> {
    if (pagina.apiFaalt) {
      // What a broken server might send: English, with a stack. None of it may reach the visitor.
      await page.route('**/graphql', (route) =>
        route.fulfill({
          status: 500,
          contentType: 'application/json',
          body: JSON.stringify({ errors: [{ message: 'Internal server error: TypeError: x is undefined', extensions: { stacktrace: ['at resolve (/srv/catalog.js:12:3)'] } }] }),
        }),
      );
    }
    await page.goto(app!.web.url + pagina.path(gegevens));
    await pagina.ready(gegevens)(page);
    await noLoading(page);
  }

  for (const pagina of PAGINAS) {
    it(`${pagina.naam}: axe, its own title, one h1, main, skip link, visible focus, fits 360 px`, async () => {
      const problems: string[] = [];
      const check = (ok: boolean, message: string) => void (ok || problems.push(message));
      const page = await app!.browser.newPage({ viewport: { width: 1280, height: 900 } });
      try {
        await open(page, pagina);
        const title = await page.title();
        const path = pagina.path(gegevens);
        check(!titles.has(title) || titles.get(title) === path, `title "${title}" is also the title of /${titles.get(title)}`);
        check(title !== 'Instrumentengids Eva en Dennis', 'no title of its own');
        titles.set(title, path);
        check((await page.locator('h1').count()) === 1, `${await page.locator('h1').count()} h1's`);
        check((await page.getByRole('main').count()) === 1, 'no single main landmark');
        const violations = await seriousViolations(page);
        check(violations.length === 0, `axe: ${JSON.stringify(violations)}`);
        if (pagina.apiFaalt) {
          const text = await page.locator('body').innerText();
          check(!ENGLISH_OR_STACK.test(text), `English or a stack on the error page: ${text.match(ENGLISH_OR_STACK)?.[0]}`);
        }
        await saveScreenshot(page, pagina.naam);

        // The keyboard: the skip link first, with a focus you can see; Enter takes the focus into main.
        await page.keyboard.press('Tab');
        const skip = await focused(page);
        check(skip.text === 'Direct naar de inhoud', `the first Tab stop is ${skip.in} "${skip.text}"`);
        check(skip.visible, "the skip link's focus is not visible");
        await page.keyboard.press('Enter');
        const main = await focused(page);
        check(main.in === 'main' || main.inMain, `after the skip link the focus is on ${main.in} "${main.text}"`);
        await page.keyboard.press('Tab');
        const next = await focused(page);
        check(next.inMain, `Tab after the skip link leaves main (${next.in} "${next.text}")`);
        check(next.visible, `no visible focus on ${next.in} "${next.text}"`);

        await page.setViewportSize({ width: 360, height: 740 });
        await open(page, pagina);
        check(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'scrolls sideways at 360 px');
        await saveScreenshot(page, `${pagina.naam}-telefoon`);
      } finally {
        await page.close();
      }
      assert.deepEqual(problems, []);
    });
  }
});
