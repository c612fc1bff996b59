/**
 * Every word in the page's language (issue 18): every page, in Chinese and in English, read as a person
 * meets it — the visible text (document.body.innerText), the aria-label, title, alt and placeholder of every
 * element, what aria-labelledby and aria-describedby point to, and the document's <title>. English mode fails
 * on a Han character or Chinese punctuation, Chinese mode on three English words in a row (language-rules.ts).
 * A picture (role="img", the charts) is read as a screen reader reads it, by its name and description: the
 * words drawn inside it are ECharts' SVG, which cannot mark a name, and are checked on the chart options
 * (test/charts/chart-language.test.ts).
 *
 * Data values are not UI words: agency names, the source text, file names, region names without an English
 * name. The page marks them (`translate="no"`, the HTML way to say "a name, not to be translated", or
 * `data-value`), and the test leaves out what is marked; there is no list of allowed strings here.
 * Text inside an element with a `lang` attribute is checked in that language: on a page with one language,
 * such a block in the other language fails; the 404 page, which cannot read the query, says it in both.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage, screenshot } from './browser';
import { inContext, type PageLanguage, wrongLanguage } from './language-rules';
import { chartContainers, expectChartsDrawn } from './page-ready';

/** A URL no page answers: the app's own 404 page. */
const MISSING = '/no-such-page';

/** What the page shows a person, with the marked data values left out. */
interface Collected {
  title: string;
  htmlLang: string;
  /** The page's visible text outside any `lang` block (lang: null), and the text of each `lang` block. */
  blocks: { lang: string | null; where: string; text: string }[];
  attributes: { lang: string | null; where: string; text: string }[];
}

/** Runs in the page. Marked values are hidden (visibility), so innerText leaves them out as it leaves out anything hidden. */
function collect(): Collected {
  const DATA = '[translate="no"], [data-value]';
  const HIDE = 'language-purity-hidden';
  const style = document.createElement('style');
  style.textContent = `:is(${DATA}), :is(${DATA}) *, .${HIDE}, .${HIDE} *, [role="img"] * { visibility: hidden !important; }`;
  document.head.append(style);
  const describe = (el: Element) =>
    `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}>`;
  const langOf = (el: Element) => {
    const block = el.closest('[lang]');
    return block && block !== document.documentElement ? block.getAttribute('lang') : null;
  };
  try {
    const langBlocks = [...document.body.querySelectorAll('[lang]')].filter((el) => !el.closest(DATA));
    const hideOnly = (els: Element[]) => {
      for (const el of langBlocks) el.classList.remove(HIDE);
      for (const el of els) el.classList.add(HIDE);
    };
    hideOnly(langBlocks);
    const blocks: Collected['blocks'] = [{ lang: null, where: '<body>', text: document.body.innerText }];
    for (const block of langBlocks) {
      hideOnly(langBlocks.filter((el) => el !== block && block.contains(el)));
      blocks.push({ lang: block.getAttribute('lang'), where: describe(block), text: (block as HTMLElement).innerText });
    }
    hideOnly([]);
    const attributes: Collected['attributes'] = [];
    for (const el of document.body.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      if (el.closest(DATA)) continue;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const text = el.getAttribute(name);
        if (text) attributes.push({ lang: langOf(el), where: `${describe(el)}[${name}]`, text });
      }
    }
    // What a name or a description points to is read out, hidden or not; marked names left out.
    for (const el of document.body.querySelectorAll('[aria-labelledby], [aria-describedby]')) {
      if (el.closest(DATA)) continue;
      for (const name of ['aria-labelledby', 'aria-describedby']) {
        for (const id of (el.getAttribute(name) ?? '').split(/\s+/).filter(Boolean)) {
          const target = document.getElementById(id)?.cloneNode(true) as HTMLElement | undefined;
          if (!target) continue;
          for (const value of target.querySelectorAll(DATA)) value.remove();
          const text = target.textContent ?? '';
          if (text.trim()) attributes.push({ lang: langOf(el), where: `${describe(el)}[${name}]`, text });
        }
      }
    }
    return { title: document.title, htmlLang: document.documentElement.lang, blocks, attributes };
  } finally {
    style.remove();
  }
}

const languageOf = (lang: string | null, page: PageLanguage): PageLanguage =>
  lang === null ? page : lang.toLowerCase().startsWith('zh') ? 'zh' : 'en';

/** Every string of the page in the wrong language, and how many strings were checked. */
function check(found: Collected, language: PageLanguage, bilingual: boolean): { checked: number; wrong: string[] } {
  // A <title> cannot mark its parts: the bilingual page's says 'Chinese / English', each half checked as such.
  const halves = found.title.split(' / ');
  const titles = bilingual
    ? [
        { lang: 'zh-CN', where: '<title> (Chinese half)', text: halves[0] },
        { lang: 'en', where: '<title> (English half)', text: halves.slice(1).join(' / ') },
      ]
    : [{ lang: null, where: '<title>', text: found.title }];
  if (bilingual && halves.length !== 2)
    return { checked: 1, wrong: [`<title>: not "Chinese / English": ${found.title}`] };
  const strings = [...titles, ...found.blocks.filter((b) => b.text.trim() !== ''), ...found.attributes];
  const wrong: string[] = [];
  for (const s of strings) {
    const declared = languageOf(s.lang, language);
    if (declared !== language && !bilingual) {
      wrong.push(
        `${s.where}: marked lang="${s.lang}" on a ${language} page: ${inContext(s.text, s.text.slice(0, 40))}`,
      );
      continue;
    }
    for (const stretch of new Set(wrongLanguage(s.text, declared)))
      wrong.push(`${s.where}: ${inContext(s.text, stretch)}`);
  }
  // innerText is one string per block; count its lines, which is what a reader takes in one by one.
  const checked = strings.reduce(
    (n, s) => n + (s.where.endsWith(']') ? 1 : s.text.split('\n').filter(Boolean).length),
    0,
  );
  return { checked, wrong };
}

/** Waits until the page is what a person sees: hydrated (the nav bar sets <html lang>) and its charts drawn. */
async function settle(page: Page, language: PageLanguage): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 15_000 })
    .toBe(language === 'en' ? 'en' : 'zh-CN');
  if ((await chartContainers(page).count()) > 0) await expectChartsDrawn(page, 1);
}

const withLang = (path: string, language: PageLanguage) =>
  language === 'zh' ? path : `${path}${path.includes('?') ? '&' : '?'}lang=en`;

describe('every word in the page language', () => {
  const paths: string[] = [
    '/',
    '/compare',
    '/region',
    '/quality',
    '/quality/coverage',
    '/quality/score',
    '/metrics',
    '/import',
    MISSING,
  ];
  afterAll(closeBrowser);

  beforeAll(async () => {
    // An agency from the compare table, and a province with data from the region page's sub-regions.
    const compare = await openPage('/compare');
    const agency = await compare.page.locator('table.data tbody a[href^="/agency/"]').first().getAttribute('href');
    const region = await openPage('/region');
    const province = await region.page.locator('table.data tbody a[href^="/region?"]').first().getAttribute('href');
    expect(agency).toMatch(/^\/agency\/\d+/);
    expect(province).toMatch(/region=\d{6}/);
    const code = /region=(\d{6})/.exec(province!)![1];
    paths.splice(3, 0, `/region?region=${code}`, new URL(agency!, 'http://x').pathname);
  });

  for (const language of ['zh', 'en'] as const) {
    it(`${language}: every page`, async () => {
      const failures: string[] = [];
      for (const path of paths) {
        const url = withLang(path, language);
        const { page, response } = await openPage(url);
        expect(response?.status(), url).toBe(path === MISSING ? 404 : 200);
        // <html lang> is set from the query only after hydration (the root layout cannot read it), so the
        // server's HTML says the page's language on the page's own container, first thing inside <main>.
        const lang = language === 'en' ? 'en' : 'zh-CN';
        const served = (await response?.text()) ?? '';
        const wrong: string[] = [];
        if (path !== MISSING && !new RegExp(`<main[^>]*><div lang="${lang}"`).test(served))
          wrong.push(`the server's HTML has no <div lang="${lang}"> first inside <main>`);
        await settle(page, language);
        const found = await page.evaluate(collect);
        const checked = check(found, language, path === MISSING);
        wrong.push(...checked.wrong);
        console.log(`[language] ${url}: ${checked.checked} strings checked, ${wrong.length} in the wrong language`);
        for (const w of wrong) console.log(`  ${w}`);
        if (wrong.length > 0) {
          await screenshot(page, `language-purity-${language}${path.replace(/[^a-z0-9]+/gi, '-')}`);
          failures.push(...wrong.map((w) => `${url} ${w}`));
        }
        await page.context().close();
      }
      expect(failures).toEqual([]);
      // Every page in turn: ~19 s on a quiet machine, past the 60 s default once when imports loaded both cores.
    }, 180_000);
  }
});
