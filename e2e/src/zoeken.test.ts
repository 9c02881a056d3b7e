import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { seriousViolations } from './accessibility.js';
import { saveScreenshot } from './screenshots.js';
import { countText, startWebApp, type WebApp } from './web-app.js';

/**
 * The methodical search of Eva and Dennis in a real browser: step 1 and step 2 with the API's counts, the URL as
 * the search's state (back button, a shared link), a keyboard-only walk and axe with filters chosen.
 */

const SEARCH = `query($gids: Gids!, $filter: InstrumentFilter) {
  instrumentSearch(gids: $gids, filter: $filter, first: 20) {
    totalCount
    nodes { naam }
    facets { categorie { naam soort } opties { kenmerk { code naam } count available } }
    kosten { maxKosten label count }
    duur { label count }
    intensiteit { label count }
    typen { type count }
    aanbieders(first: 10) { aanbieder { id naam } count }
    sterren { minSterren count }
  }
}`;

type Filter = Record<string, unknown>;
const label = (text: string, count: number) => `${text} (${count.toLocaleString('nl-NL')})`;

describe('zoeken: the two-step search in a real browser', () => {
  let app: WebApp;
  let page: Page;
  const api = async (gids: 'EVA' | 'DENNIS', filter: Filter = {}) => ((await app.platform.gql(SEARCH, { gids, filter })) as any).data.instrumentSearch;
  const names = (p: Page = page) => p.getByRole('list', { name: 'Instrumenten' }).getByRole('article').getByRole('heading', { level: 3 }).allTextContents();
  const group = (name: string, p: Page = page) => p.getByRole('group', { name, exact: true });
  /** Waits until the page shows this answer: its count and its first page of names. */
  async function shows(expected: { totalCount: number; nodes: { naam: string }[] }, p: Page = page) {
    await p.getByText(countText(expected.totalCount)).waitFor();
    await p.waitForFunction((first) => (document.querySelector('ol[aria-label="Instrumenten"] article h3')?.textContent ?? null) === first, expected.nodes[0]?.naam ?? null);
    assert.deepEqual(await names(p), expected.nodes.map((n) => n.naam));
  }
  async function hasCount(scope: Locator, text: string, count: number) {
    await scope.getByLabel(label(text, count), { exact: true }).waitFor();
    assert.equal(await scope.getByLabel(label(text, count), { exact: true }).isDisabled(), count === 0, `${text} is greyed out exactly when it leaves nothing`);
  }

  beforeAll(async () => {
    app = await startWebApp(250);
    page = app.page;
  }, 180_000);
  afterAll(() => app?.close());

  it('Eva: counts of step 1 and step 2 equal the API; a choice narrows to its count; back restores; the URL reproduces', async () => {
    const all = await api('EVA');
    await page.goto(app.web.url + 'eva/zoeken');
    await shows(all);
    const tegels = all.facets.find((f: any) => f.categorie.soort === 'BASIS');
    for (const optie of tegels.opties.slice(0, 4)) await hasCount(page.getByRole('group', { name: tegels.categorie.naam }), optie.kenmerk.naam, optie.count);

    const tegel = tegels.opties.find((o: any) => o.count > 10);
    const step1 = await api('EVA', { kenmerken: [tegel.kenmerk.code] });
    await page.getByRole('checkbox', { name: label(tegel.kenmerk.naam, tegel.count) }).check();
    await shows(step1);
    for (const o of step1.kosten) await hasCount(group('Totale kosten'), o.label, o.count);
    for (const o of step1.duur) await hasCount(group('Totale duur'), o.label, o.count);
    for (const o of step1.intensiteit) await hasCount(group('Intensiteit'), o.label, o.count);
    for (const o of step1.aanbieders.slice(0, 3)) await hasCount(group('Aanbieder'), o.aanbieder.naam, o.count);
    const praktisch = step1.facets.find((f: any) => f.categorie.soort === 'PRAKTISCH');
    for (const o of praktisch.opties.slice(0, 3)) await hasCount(page.getByRole('group', { name: praktisch.categorie.naam }), o.kenmerk.naam, o.count);

    const duur = step1.duur.find((o: any) => o.count > 0 && o.count < step1.totalCount);
    await group('Totale duur').getByLabel(label(duur.label, duur.count)).check();
    await page.getByText(countText(duur.count)).waitFor();
    const url = page.url();
    const [waarde, eenheid] = (new URL(url).searchParams.get('maxDuur') ?? '').split('-');
    await shows(await api('EVA', { kenmerken: [tegel.kenmerk.code], maxDuur: { waarde: Number(waarde), eenheid } }));
    await page.getByRole('group', { name: 'Gekozen filters' }).getByRole('button', { name: `Filter ${duur.label} weghalen` }).waitFor();
    const chosen = await names();

    await page.goBack();
    await shows(step1);
    assert.equal(await group('Totale duur').getByLabel('Geen voorkeur').isChecked(), true);
    await page.goBack();
    await shows(all);
    await page.goForward();
    await page.goForward();
    await page.getByText(countText(duur.count)).waitFor();

    const fresh = await app.browser.newContext();
    try {
      const other = await fresh.newPage();
      await other.goto(url);
      await other.getByText(countText(duur.count)).waitFor();
      assert.deepEqual(await names(other), chosen);
      assert.equal(await other.getByRole('checkbox', { name: new RegExp(`^${tegel.kenmerk.naam} \\(`) }).isChecked(), true);
      assert.equal(await group('Totale duur', other).getByLabel(new RegExp(`^${duur.label} \\(`)).isChecked(), true);
    } finally {
      await fresh.close();
    }
  });

  it('Dennis: its own categories and instrument or leerwerktraject with the API\'s counts; choosing narrows, back restores', async () => {
    const all = await api('DENNIS');
    await page.goto(app.web.url + 'dennis/zoeken');
    await shows(all);
    for (const naam of ['Doelgroepregister', 'Dienstverband', 'Leeftijdsgroep']) {
      const facet = all.facets.find((f: any) => f.categorie.naam.startsWith(naam));
      assert.ok(facet, `Dennis has ${naam}`);
      for (const o of facet.opties) await hasCount(page.getByRole('group', { name: facet.categorie.naam }), o.kenmerk.naam, o.count);
    }
    const labels: Record<string, string> = { INSTRUMENT: 'Instrument', LEERWERKTRAJECT: 'Leerwerktraject' };
    for (const o of all.typen) await hasCount(group('Instrument of leerwerktraject'), labels[o.type]!, o.count);
    for (const o of all.sterren) assert.ok(await group('Beoordeling').getByLabel(new RegExp(`\\(${o.count}\\)$`)).count());
    assert.equal(await group('Totale kosten').count(), 0, 'kosten belong to Eva\'s format');

    const leerwerk = all.typen.find((o: any) => o.type === 'LEERWERKTRAJECT');
    await group('Instrument of leerwerktraject').getByLabel(label('Leerwerktraject', leerwerk.count)).check();
    await shows(await api('DENNIS', { type: 'LEERWERKTRAJECT' }));
    assert.equal(new URL(page.url()).searchParams.get('type'), 'LEERWERKTRAJECT');
    await page.goBack();
    await shows(all);
  });

  it('suggests the spelling of a mistyped word ("Bedoelde u …?"), and following it searches for that', async () => {
    const all = await api('EVA');
    // A long word of a name, with two letters swapped: found only as a typo, so the search suggests the word.
    const word = all.nodes.flatMap((n: { naam: string }) => n.naam.toLowerCase().split(/[^\p{L}]+/u)).find((w: string) => /^[a-z]{9,}$/.test(w))!;
    const typo = word.slice(0, 3) + word[4] + word[3] + word.slice(5);
    const typed = (await app.platform.gql('query($f: InstrumentFilter) { instrumentSearch(gids: EVA, filter: $f) { totalCount suggestie } }', { f: { tekst: typo } })) as any;
    assert.equal(typed.data.instrumentSearch.suggestie, word, `the API suggests "${word}" for "${typo}"`);
    await page.goto(`${app.web.url}eva/zoeken?tekst=${encodeURIComponent(typo)}`);
    const suggestie = page.getByText('Bedoelde u:');
    await suggestie.waitFor();
    await suggestie.getByRole('link', { name: word, exact: true }).click();
    await page.waitForFunction((w) => new URL(location.href).searchParams.get('tekst') === w, word);
    await page.getByText(countText((await api('EVA', { tekst: word })).totalCount)).waitFor();
    assert.equal(await page.getByLabel('Zoek op woorden').inputValue(), word);
    assert.equal(await page.getByText('Bedoelde u:').count(), 0, 'no suggestion for a word spelled right');
    await page.goBack();
    await page.getByText('Bedoelde u:').waitFor();
  });

  /** What the walk tabs to, tested on the focused element. */
  type Target = 'zoektekst' | 'tegel' | 'keuze' | 'resultaat';
  /** Presses Tab until the focused element is `target`; fails after `max` presses. */
  async function tabTo(target: Target, max = 200) {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const reached = await page.evaluate((t) => {
        const el = document.activeElement as HTMLInputElement | null;
        if (!el) return false;
        if (t === 'zoektekst') return el.labels?.[0]?.textContent === 'Zoek op woorden';
        if (t === 'tegel') return el.type === 'checkbox' && !el.disabled && el.closest('section[aria-labelledby="stap-BASIS"] fieldset') !== null;
        if (t === 'keuze') return el.type === 'radio' && el.closest('.keuze-groep') !== null;
        return el.tagName === 'A' && el.closest('ol[aria-label="Instrumenten"]') !== null;
      }, target);
      if (reached) return;
    }
    throw new Error(`Tab never reached ${target}`);
  }
  const focusVisible = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return el.matches(':focus-visible') && ((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none');
    });

  it('walks the two-step search with the keyboard only, focus always visible', async () => {
    await page.goto(app.web.url + 'eva/zoeken');
    await page.getByText(countText((await api('EVA')).totalCount)).waitFor();
    await tabTo('zoektekst');
    assert.ok(await focusVisible(), 'the search box');
    await page.keyboard.type('werk');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('tekst') === 'werk');
    await page.getByText(countText((await api('EVA', { tekst: 'werk' })).totalCount)).waitFor();

    await tabTo('tegel');
    assert.ok(await focusVisible(), 'a tegel');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => new URL(location.href).searchParams.getAll('k').length === 1);
    const code = new URL(page.url()).searchParams.get('k')!;
    await page.getByText(countText((await api('EVA', { tekst: 'werk', kenmerken: [code] })).totalCount)).waitFor();

    await tabTo('keuze');
    assert.ok(await focusVisible(), 'a choice of step 2');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('maxKosten') !== null);
    const maxKosten = new URL(page.url()).searchParams.get('maxKosten')!;
    await page.getByText(countText((await api('EVA', { tekst: 'werk', kenmerken: [code], maxKosten })).totalCount)).waitFor();

    await tabTo('resultaat');
    assert.ok(await focusVisible(), 'the first result');
    const naam = await page.evaluate(() => document.activeElement!.textContent);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: naam! }).waitFor();
    assert.match(new URL(page.url()).pathname, /^\/eva\/instrument\//);
  });

  it('has no serious or critical axe violations with filters chosen, in both guides; tidy on desktop and at 360 px', async () => {
    const eva = await api('EVA', { kenmerken: ['EW02'] });
    const kosten = eva.kosten.find((o: any) => o.count > 0);
    await page.goto(`${app.web.url}eva/zoeken?k=EW02&maxKosten=${Number(kosten.maxKosten)}&gemeente=GM0363&regio=AM18`);
    await page.getByText(countText((await api('EVA', { kenmerken: ['EW02'], maxKosten: kosten.maxKosten, gemeente: 'GM0363' })).totalCount)).waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await saveScreenshot(page, 'zoeken-eva-stap-2');
    await page.goto(`${app.web.url}dennis/zoeken?k=DW02&type=LEERWERKTRAJECT`);
    await page.getByText(countText((await api('DENNIS', { kenmerken: ['DW02'], type: 'LEERWERKTRAJECT' })).totalCount)).waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await saveScreenshot(page, 'zoeken-dennis-stap-2');

    await page.setViewportSize({ width: 360, height: 800 });
    try {
      await page.goto(`${app.web.url}eva/zoeken?k=EW02&maxKosten=${Number(kosten.maxKosten)}`);
      // On a phone the steps are folded away: the results follow the search box, the button says what is chosen.
      const toggle = page.getByRole('button', { name: 'Filters tonen (2 gekozen)' });
      await toggle.waitFor();
      assert.equal(await group('Totale kosten').isVisible(), false, 'step 2 is folded away on a phone');
      const firstResult = page.getByRole('list', { name: 'Instrumenten' }).getByRole('article').first();
      await firstResult.waitFor();
      const top = (await firstResult.boundingBox())!.y;
      assert.ok(top < 2 * 800, `the first result is ${top} px down the page`);
      await saveScreenshot(page, 'zoeken-eva-360');
      await toggle.click();
      await group('Totale kosten').waitFor();
      assert.equal(await page.getByRole('button', { name: 'Filters verbergen' }).getAttribute('aria-expanded'), 'true');
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, 'no sideways scrolling');
      await saveScreenshot(page, 'zoeken-eva-stap-2-360');
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });
});
