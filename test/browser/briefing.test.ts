/**
 * The 简报 (Word) button (issue 17): on a filtered region view it downloads a DOCX whose title says the filters in
 * words, whose figures are the page's cards, whose pictures are drawn charts, whose table rows are the page's first
 * table rows and whose sentences carry the page's numbers — in Chinese and in English. The briefing is then printed
 * to PDF by LibreOffice and its first page kept as a picture (test/output/screenshots/briefing-page1.png), and the
 * page itself printed by Chromium to check the print stylesheet.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { paragraphs, readDocx, tables } from '../support/docx-text';
import { ROOT } from './app-server';
import { closeBrowser, openPage, SCREENSHOT_DIR, screenshot } from './browser';
import { expectChartsDrawn } from './page-ready';
import { readTable } from './table-reader';

const run = promisify(execFile);

interface Card {
  label: string;
  value: string;
  sub: string;
}

const cards = (page: Page): Promise<Card[]> =>
  page.locator('.cards .card').evaluateAll((els) =>
    els.map((el) => ({
      label: el.querySelector('.label span')?.textContent?.trim() ?? '',
      value: el.querySelector('.value')?.textContent?.trim() ?? '',
      sub: el.querySelector('.sub')?.textContent?.trim() ?? '',
    })),
  );

async function download(page: Page): Promise<{ bytes: Buffer; name: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('a[data-export="docx"]').click()]);
  const failure = await file.failure();
  if (failure) throw new Error(`download failed: ${failure}`);
  return { bytes: readFileSync((await file.path())!), name: file.suggestedFilename() };
}

const number = (text: string) => Number(text.replace(/[,%]/g, ''));

/** The words each language's sentences put around the page's numbers. */
const WORDS = {
  zh: {
    filters: '当前筛选：',
    kind: '政府信息公开工作年度报告简报',
    agencies: '本地区机构（按所选指标排序）',
    requests: (v: string) => `共新收政府信息公开申请 ${v} 件`,
    rate: (rate: string, n: string) => `公开率为 ${rate}（基于 ${n} 件已办结申请`,
    noReviews: '本期没有行政复议案件。',
  },
  en: {
    filters: 'Showing: ',
    kind: 'Briefing on the open-government-information annual reports',
    agencies: 'Agencies here (by the chosen metric)',
    requests: (v: string) => `received ${v} new information requests`,
    rate: (rate: string, n: string) => `Disclosure rate: ${rate} (of ${n} requests handled`,
    noReviews: 'No administrative reviews in this period.',
  },
};

/** LibreOffice's soffice, installed by the `office` group when it can be (npm test's pretest does so). */
async function soffice(): Promise<string | null> {
  const found = async () => (await run('sh', ['-c', 'command -v soffice']).catch(() => ({ stdout: '' }))).stdout.trim();
  if (await found()) return found();
  await run('bash', [path.join(ROOT, 'test/support/install-system-packages.sh'), 'office']).catch(() => null);
  return (await found()) || null;
}

/** The PDF's first page as a PNG in the screenshots folder; its path. */
async function firstPage(pdf: string, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const prefix = path.join(SCREENSHOT_DIR, name);
  await run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
  return `${prefix}.png`;
}

/** A picture that is not blank: some ink on white, and more than one colour. */
async function expectDrawn(png: Buffer, where: string): Promise<void> {
  const stats = await sharp(png).stats();
  expect(
    stats.channels.some((c) => c.min !== c.max),
    `${where}: one colour`,
  ).toBe(true);
  expect(
    stats.channels.some((c) => c.min < 128),
    `${where}: no dark ink`,
  ).toBe(true);
}

describe('the Word briefing', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'nianbao-briefing-'));
  afterAll(async () => {
    await closeBrowser();
    rmSync(work, { recursive: true, force: true });
  });

  it.each([
    ['zh', '/region?region=330000&from=2020&to=2020'],
    ['en', '/region?from=2020&to=2020&lang=en'],
  ] as const)(
    '%s: %s — the DOCX says what the page shows',
    async (lang, url) => {
      const w = WORDS[lang];
      const { page, problems } = await openPage(url);
      await expectChartsDrawn(page, 2);
      const shownCards = await cards(page);
      const filterWords = (await page.locator('[data-filter-words]').innerText()).replace(w.filters, '').trim();
      const agencies = await readTable(page.locator('section.panel', { hasText: w.agencies }).locator('table.data'));
      expect(agencies.rows.length).toBeGreaterThan(0);

      const { bytes, name } = await download(page);
      expect(name).toMatch(/\.docx$/);
      const doc = await readDocx(bytes);
      const text = paragraphs(doc.document);
      const [figures, table] = [tables(doc.document)[0], tables(doc.document).at(-1)!];

      // The title: the filters in words, then what the document is.
      expect(text[0]).toBe(`${filterWords}${w.kind}`);
      // The figures are the cards, label by label.
      expect(figures.slice(1)).toEqual(shownCards.map((c) => [c.label, c.value, c.sub]));
      // The table: the page's columns and its first rows, cell by cell.
      expect(table[0]).toEqual(agencies.headers);
      expect(table.slice(1)).toEqual(agencies.rows.slice(0, 10));
      // The charts: drawn pictures at twice their size.
      expect(doc.media.size).toBeGreaterThanOrEqual(3);
      for (const [picture, png] of doc.media) {
        expect((await sharp(png).metadata()).width, picture).toBe(1440);
        await expectDrawn(png, picture);
      }

      // The sentences carry the cards' numbers.
      const card = (i: number) => shownCards[i];
      const sentences = text.filter((p) => p.endsWith('。') || p.endsWith('.'));
      expect(
        sentences.some((s) => s.includes(w.requests(card(2).value))),
        'new requests',
      ).toBe(true);
      const base = card(3).sub.match(/[\d,]+/)?.[0] ?? '';
      expect(
        sentences.some((s) => s.includes(w.rate(card(3).value, base))),
        'disclosure rate and its base',
      ).toBe(true);
      if (/无案件|no cases/.test(card(4).sub)) expect(sentences).toContain(w.noReviews);

      if (lang === 'en') {
        // The nation's 2020 against its 2019, as the page shows 2019: the change, or why there is none, and the
        // reports each year counts when they differ.
        const before = await cards((await openPage('/region?from=2019&to=2019&lang=en')).page);
        const [then, thenReports] = [before[2].value, before[0].value];
        const pct = `${((Math.abs(number(card(2).value) - number(then)) / number(then)) * 100).toFixed(1)}%`;
        const change = number(then) === 0 ? '; 2019 had none, so no percentage change' : `${pct} on 2019 (${then})`;
        const yearly = sentences.find((s) => s.includes(w.requests(card(2).value))) ?? '';
        expect(yearly).toContain(change);
        if (card(0).value !== thenReports)
          expect(yearly).toContain(`(${card(0).value} reports in 2020, ${thenReports} in 2019`);
      }

      // Printed by LibreOffice, the first page looks like a briefing.
      const office = await soffice();
      if (!office) {
        console.warn(
          '[briefing] skipping the PDF step: soffice is not installed and `install-system-packages.sh office` could not install it',
        );
      } else {
        const docx = path.join(work, `briefing-${lang}.docx`);
        writeFileSync(docx, bytes);
        await run(
          office,
          [
            `-env:UserInstallation=file://${work}/lo-${lang}`,
            '--headless',
            '--convert-to',
            'pdf',
            '--outdir',
            work,
            docx,
          ],
          { timeout: 120_000 },
        );
        const pdf = docx.replace(/\.docx$/, '.pdf');
        expect(existsSync(pdf)).toBe(true);
        const pdfText = (await run('pdftotext', ['-layout', pdf, '-'])).stdout;
        expect(pdfText).toContain(figures[1][0]);
        const png = await firstPage(pdf, lang === 'zh' ? 'briefing-page1' : 'briefing-page1-en');
        await expectDrawn(readFileSync(png), png);
      }
      await screenshot(page, `briefing-${lang}-page`);
      expect(problems).toEqual([]);
    },
    180_000,
  );

  it('the compare and agency pages have the button, and an agency gets its own briefing', async () => {
    const compare = await openPage('/compare?from=2020&to=2020');
    await expect(compare.page.locator('a[data-export="docx"]').innerText()).resolves.toBe('简报（Word）');
    const agency = await openPage('/compare?region=330000');
    const href = await agency.page.locator('table.data a[href^="/agency/"]').first().getAttribute('href');
    const { page, problems } = await openPage(href!);
    const heading = await page.locator('h1').innerText();
    const doc = await readDocx((await download(page)).bytes);
    expect(paragraphs(doc.document)[0]).toMatch(new RegExp(`^${heading.trim()} · \\d{4}年`));
    expect(doc.media.size).toBeGreaterThanOrEqual(3);
    expect(compare.problems).toEqual([]);
    expect(problems).toEqual([]);
  }, 120_000);

  it('printing a page gives a clean A4 document: no bar, boxes or buttons', async () => {
    const { page } = await openPage('/region?region=330000&from=2020&to=2020');
    await expectChartsDrawn(page, 2);
    const pdf = path.join(work, 'print-region.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const printed = (await run('pdftotext', ['-layout', pdf, '-'])).stdout;
    // The page's numbers and the filters in words are there; the navigation, the boxes and the buttons are not.
    expect(printed).toContain('浙江省 · 2020年');
    expect(printed).toContain('新收申请');
    for (const gone of ['简报（Word）', '导出 PNG', '清除筛选', '数据质量', '图表指标'])
      expect(printed).not.toContain(gone);
    const pngPath = await firstPage(pdf, 'print-region-page1');
    const meta = await sharp(pngPath).metadata();
    // A4 at 80 dpi: 661 × 935.
    expect(meta.width).toBeCloseTo(661, -1);
    expect(meta.height).toBeCloseTo(935, -1);
  }, 120_000);
});
