/**
 * The Word briefing's file from plain inputs (lib/export/briefing-docx.ts), read back as Word would: unzipped,
 * its document.xml, styles.xml and footer read for the title, the named fonts, the pictures, the table's rows,
 * the page size and the page numbers.
 */
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { type BriefingDocument, briefingDocx } from '../../lib/export/briefing-docx';
import { type DocxParts, paragraphs, readDocx, tables as wordTables } from '../support/docx-text';

/** A PNG of two colours, so a picture that arrives blank or single-coloured could be told apart. */
async function png(width: number, height: number): Promise<Buffer> {
  const half = await sharp({ create: { width: width / 2, height, channels: 3, background: '#1d4ed8' } })
    .png()
    .toBuffer();
  return sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
    .composite([{ input: half, left: 0, top: 0 }])
    .png()
    .toBuffer();
}

async function input(locale: 'zh' | 'en', columns = 3): Promise<BriefingDocument> {
  const headers = Array.from({ length: columns }, (_, i) => (i === 0 ? '机构' : `指标${i}`));
  return {
    locale,
    title: ['浙江省 · 2020年', '政府信息公开工作年度报告简报'],
    captionLines: ['筛选条件：浙江省 · 2020年', '数据更新于：2024年5月1日', '数据来源：各机构年报'],
    figures: [
      { label: '年报数', value: '5' },
      { label: '公开率', value: '58.2%', note: '基于 1,234 件已办结申请' },
    ],
    sentences: ['2020年浙江省共新收政府信息公开申请 1,234 件。', '公开率为 58.2%（基于 1,234 件已办结申请）。'],
    charts: [
      { title: '新收申请趋势', png: await png(1440, 840), width: 1440, height: 840 },
      { title: '办理结果', png: await png(1440, 1040), width: 1440, height: 1040 },
    ],
    table: {
      title: '本地区机构',
      headers,
      numeric: headers.map((_, i) => i > 0),
      rows: [
        headers.map((_, i) => (i === 0 ? '嘉兴市科学技术局' : `${i * 10}`)),
        headers.map((_, i) => (i === 0 ? '杭州市科学技术局' : '—')),
      ],
      notes: ['共 2 行。'],
    },
  };
}

/** The style element of an id in styles.xml. */
const style = (styles: string, id: string) =>
  styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`))?.[0] ?? '';

describe('a Chinese briefing', () => {
  let doc: DocxParts;
  beforeAll(async () => {
    doc = await readDocx(await briefingDocx(await input('zh')));
  });

  test('opens with the title from the filters and the caption lines', () => {
    const shown = paragraphs(doc.document);
    expect(shown[0]).toBe('浙江省 · 2020年政府信息公开工作年度报告简报');
    expect(doc.document).toMatch(/<w:pStyle w:val="Title"\/>/);
    expect(shown.slice(1, 4)).toEqual([
      '筛选条件：浙江省 · 2020年',
      '数据更新于：2024年5月1日',
      '数据来源：各机构年报',
    ]);
    expect(shown).toEqual(expect.arrayContaining(['一、主要数字', '二、要点', '三、图表', '四、对比表']));
    expect(shown).toEqual(expect.arrayContaining(['2020年浙江省共新收政府信息公开申请 1,234 件。']));
  });

  test('names 黑体 for the title and headings and 仿宋 for the body, embedding no font', async () => {
    for (const id of ['Title', 'Heading1']) expect(style(doc.styles, id)).toMatch(/w:eastAsia="黑体"/);
    const defaults = doc.styles.match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)?.[0] ?? '';
    expect(defaults).toMatch(/w:eastAsia="仿宋"/);
    expect(style(doc.styles, 'BriefingTable')).toMatch(/w:eastAsia="仿宋"/);
    expect(Object.keys(doc.zip.files).filter((n) => /^word\/fonts\//.test(n))).toEqual([]);
  });

  test('holds each chart as a PNG, 16 cm wide in its proportions, with its caption under it', async () => {
    expect(doc.media.size).toBe(2);
    for (const [name, bytes] of doc.media) {
      const meta = await sharp(bytes).metadata();
      expect(meta.format).toBe('png');
      const stats = await sharp(bytes).stats();
      expect(
        stats.channels.some((c) => c.min !== c.max),
        `${name} is not one colour`,
      ).toBe(true);
    }
    const extents = [...doc.document.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(extents).toHaveLength(2);
    // EMU: 360,000 per centimetre.
    for (const [cx] of extents) expect(cx / 360_000).toBeCloseTo(16, 1);
    expect(extents[1][1] / extents[1][0]).toBeCloseTo(1040 / 1440, 2);
    const shown = paragraphs(doc.document);
    expect(shown[shown.indexOf('图1　新收申请趋势') - 1]).toBe('');
    expect(shown).toContain('图2　办理结果');
  });

  test('the table is a Word table: a repeated header row, then the rows as given', () => {
    const tables = wordTables(doc.document);
    // The figures, then the view's table.
    expect(tables).toHaveLength(2);
    expect(tables[1]).toEqual([
      ['机构', '指标1', '指标2'],
      ['嘉兴市科学技术局', '10', '20'],
      ['杭州市科学技术局', '—', '—'],
    ]);
    expect(doc.document.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    expect(tables[0]).toEqual([
      ['指标', '数值', '说明'],
      ['年报数', '5', ''],
      ['公开率', '58.2%', '基于 1,234 件已办结申请'],
    ]);
  });

  test('A4 portrait, with the page number and the page count in the footer', () => {
    expect(doc.document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(doc.footers.length).toBeGreaterThan(0);
    for (const footer of doc.footers) {
      expect(footer).toMatch(/PAGE/);
      expect(footer).toMatch(/NUMPAGES/);
      expect(paragraphs(footer).join('')).toMatch(/^第 .*页　共 .*页$/);
    }
  });
});

test('an English briefing names Arial and Times New Roman', async () => {
  const doc = await readDocx(await briefingDocx(await input('en')));
  expect(style(doc.styles, 'Heading1')).toMatch(/w:ascii="Arial"/);
  const defaults = doc.styles.match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)?.[0] ?? '';
  expect(defaults).toMatch(/w:ascii="Times New Roman"/);
  expect(doc.styles).not.toMatch(/仿宋|黑体/);
  expect(paragraphs(doc.document)).toEqual(expect.arrayContaining(['1. Key figures', 'Figure 1. 新收申请趋势']));
  expect(paragraphs(doc.footers[0]).join('')).toMatch(/^Page .* of /);
});

test('a table wider than a portrait page gets a landscape page of its own', async () => {
  const doc = await readDocx(await briefingDocx(await input('zh', 14)));
  expect(doc.document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
  expect(doc.document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  expect(style(doc.styles, 'BriefingWideTable')).toMatch(/w:sz w:val="16"/);
});

test('no charts and no rows are said, not left empty', async () => {
  const empty = { ...(await input('zh')), charts: [], table: { ...(await input('zh')).table!, rows: [] } };
  const doc = await readDocx(await briefingDocx(empty));
  expect(paragraphs(doc.document)).toEqual(
    expect.arrayContaining(['当前筛选下没有可画的图表。', '当前筛选下没有可列出的行。']),
  );
  expect(doc.media.size).toBe(0);
});
