/**
 * The metadata header a website crawler writes above a saved page: its fields, and that its lines
 * (a date, a URL full of digits) are never read as report content.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseReport } from '../../lib/report';
import { hideCrawlerHeader, isoDate, readCrawlerHeader } from '../../lib/report/crawler-header';
import { readHtml } from '../../lib/report/readers/html';

const enc = (s: string) => new TextEncoder().encode(s);
const PINGTAN = readFileSync(new URL('../fixtures/corpus/pingtan-2021-flattened.txt', import.meta.url), 'utf8');
const SEED_002 = readFileSync(new URL('../../db/samples/002_f5ed227d78862500.txt', import.meta.url), 'utf8');

/** The real header of the pingtan file, above seed 002's text (a report the line reader reads). */
const PINGTAN_HEADER = PINGTAN.slice(0, PINGTAN.indexOf('当前位置'));
const URL_2022 = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202202/t20220208_80613.htm';

describe('readCrawlerHeader', () => {
  test('the pingtan file: title, date, URL; empty 发布机构 is null; the body starts after the 正文 line', () => {
    const head = readCrawlerHeader(PINGTAN);
    expect(head).toEqual({
      title: '平潭综合实验区2021年度政府信息公开工作年度报告',
      published: '2022-02-08',
      publishedAt: { offset: PINGTAN.indexOf('2022-02-08 16:34'), length: 16, text: '2022-02-08 16:34' },
      url: URL_2022,
      publisher: null,
      bodyOffset: PINGTAN.indexOf('当前位置'),
    });
  });

  test.each([
    [
      'full-width colons, other keys, any order',
      '索引号：FJ00-2022-001\n来源：平潭县人民政府\n作者：办公室\n成文日期：2022-01-30\n发布时间：2022/2/8\n标题：某局2021年度政府信息公开工作年度报告\n==== 正文 ====\n一、总体情况\n',
      {
        title: '某局2021年度政府信息公开工作年度报告',
        published: '2022-02-08',
        url: null,
        publisher: '平潭县人民政府',
      },
    ],
    [
      'no separator: the body starts at the first line that is no key',
      '标题: 某局2021年报告\n发文日期: 2022年1月9日\n原文链接: http://example.gov.cn/a/1.htm\n\n某局2021年报告\n一、总体情况\n',
      { title: '某局2021年报告', published: '2022-01-09', url: 'http://example.gov.cn/a/1.htm', publisher: null },
    ],
    [
      '成文日期 is the signing date, not the publication',
      '标题: 某局2021年报告\n成文日期: 2022-01-30\n\n一、总体情况\n',
      { title: '某局2021年报告', published: null, url: null, publisher: null },
    ],
    [
      'a 链接 that is no URL is left out',
      '标题: 某局2021年报告\n链接: 见附件\n发布机构: 某局\n\n一、总体情况\n',
      { title: '某局2021年报告', published: null, url: null, publisher: '某局' },
    ],
  ])('%s', (_name, text, fields) => {
    const head = readCrawlerHeader(text);
    expect(head).toMatchObject(fields);
    expect(text.slice(head!.bodyOffset).trimStart()).toMatch(/^(某局2021年报告\n)?一、总体情况/);
  });

  test.each([
    ['a report that starts with its title', SEED_002],
    ['one key line only (a body sentence could look like one)', '时间：2021年全年\n一、总体情况\n'],
    ['a key line that is no known key', '说明：本报告由某局编制\n发布时间：2022-01-01\n'],
    ['an HTML page', '<!DOCTYPE html><html><head><title>某局</title></head><body><p>标题：某局</p></body></html>'],
  ])('not a header: %s', (_name, text) => {
    expect(readCrawlerHeader(text)).toBeNull();
    expect(hideCrawlerHeader(text)).toBe(text);
  });

  test('hiding the header keeps every offset: same length, lines kept, nothing to read', () => {
    const hidden = hideCrawlerHeader(PINGTAN);
    expect(hidden).toHaveLength(PINGTAN.length);
    expect(hidden.slice(0, PINGTAN_HEADER.length).trim()).toBe('');
    expect(hidden.split('\n')).toHaveLength(PINGTAN.split('\n').length);
    expect(hidden.slice(PINGTAN_HEADER.length)).toBe(PINGTAN.slice(PINGTAN_HEADER.length));
  });

  test.each([
    ['2022-02-08 16:34', '2022-02-08'],
    ['2022/2/8', '2022-02-08'],
    ['2022年2月8日', '2022-02-08'],
    ['2022.12.31', '2022-12-31'],
    ['2022-02-30', null],
    ['2022-13-01', null],
    ['20220208', null],
    ['', null],
  ])('isoDate(%j) = %j', (value, iso) => {
    expect(isoDate(value)).toBe(iso);
  });
});

describe('a report below a crawler header', () => {
  const plain = parseReport(enc(SEED_002), 'seed.txt');
  const crawled = PINGTAN_HEADER.replace(/平潭综合实验区2021年度/, '吴忠市科学技术局2021年') + SEED_002;
  const report = parseReport(enc(crawled), 'crawled.txt');

  test('source.published and source.url come from the header; a report without one has neither key', () => {
    expect(report.source).toMatchObject({ published: '2022-02-08', url: URL_2022 });
    expect(plain.source).not.toHaveProperty('published');
    expect(plain.source).not.toHaveProperty('url');
  });

  test('the header gives no numbers: tables, summary, narrative and findings as without it, shifted by the header', () => {
    const bodyStart = PINGTAN_HEADER.length;
    const headerLines = PINGTAN_HEADER.split('\n').length - 1;
    const { table2, table3, table4, summary } = report;
    expect({ table2, table3, table4, summary }).toEqual({
      table2: plain.table2,
      table3: plain.table3,
      table4: plain.table4,
      summary: plain.summary,
    });
    expect(report.narrative.map((n) => ({ ...n, offset: n.offset - bodyStart }))).toEqual(plain.narrative);
    expect(report.findings.map((f) => ({ ...f, line: f.line && f.line - headerLines }))).toEqual(
      plain.findings.map((f) => ({ ...f, line: f.line })),
    );
    const { 'source.published': date, ...values } = report.provenance;
    for (const [path, p] of Object.entries(values)) {
      expect(p.offset, path).toBeGreaterThanOrEqual(bodyStart);
      expect(p.offset - bodyStart, path).toBe(plain.provenance[path].offset);
    }
    // The one place the header is pointed at: the publication date, where its 发布时间 value stands.
    expect(crawled.slice(date.offset, date.offset + date.length)).toBe('2022-02-08 16:34');
    expect(report.source.publishedFrom).toBe('crawler');
  });

  test("a header title naming another year is noted; the document's own title line is used", () => {
    const other = parseReport(enc(PINGTAN_HEADER + SEED_002), 'crawled.txt');
    expect(other).toMatchObject({ agency: '吴忠市科学技术局', year: 2021 });
    const note = other.findings.find((f) => f.rule === 'header.titleSourcesDisagree');
    expect(note?.severity).toBe('info');
    expect(note?.message).toContain("the crawler header's 标题");
    expect(note?.message).toContain('平潭综合实验区2021年度');
  });
});

describe('an HTML page below a crawler header', () => {
  test('the header is not page text: no paragraph of it, the page read as HTML', () => {
    const html =
      '<!DOCTYPE html><html><head><title>站点</title></head><body><p>某某县教育局2021年政府信息公开工作年度报告</p><p>一、总体情况</p><p>二、主动公开政府信息情况</p></body></html>';
    const text = `标题: 某某县教育局2021年政府信息公开工作年度报告\n发布时间: 2022-01-20 09:00\n原文链接: http://example.gov.cn/2022/01/t20220120_1.html\n${html}`;
    const report = parseReport(enc(text), 'page.txt');
    expect(report).toMatchObject({
      agency: '某某县教育局',
      year: 2021,
      source: { format: 'html', published: '2022-01-20', url: 'http://example.gov.cn/2022/01/t20220120_1.html' },
    });
    expect(report.findings.map((f) => f.rule)).not.toContain('header.titleSourcesDisagree');
    const words = readHtml(text).map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(words.join('\n')).not.toMatch(/发布时间|example\.gov/);
    expect(words).toContain('某某县教育局2021年政府信息公开工作年度报告');
  });
});

describe('the real crawler file (test/fixtures/corpus)', () => {
  test('parse gives source.published "2022-02-08" and source.url, and the agency from the header 标题', () => {
    const report = parseReport(enc(PINGTAN), 'pingtan-2021-flattened.txt');
    expect(report.source).toMatchObject({ published: '2022-02-08', url: URL_2022 });
    expect(report).toMatchObject({ agency: '平潭综合实验区', year: 2021 });
    expect(report.findings.map((f) => f.rule)).toContain('header.titleFromMetadata');
    // Neither the header's date nor its URL's digits are read as a value.
    expect(Object.keys(report.provenance).length).toBeGreaterThan(100);
    const { 'source.published': date, ...values } = report.provenance;
    for (const [path, p] of Object.entries(values))
      expect(p.offset, path).toBeGreaterThanOrEqual(PINGTAN_HEADER.length);
    expect(date).toMatchObject({ line: 2, text: '2022-02-08 16:34' });
  });
});
