/**
 * The agency and year come from a title, never from a sentence: the document's title line first, then
 * the page's meta titles and <title>, the PDF's Title; and the full name the text gives an abbreviation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { interpretBlocks, parseReport } from '../../lib/report';
import { matchMetadataTitle, matchTitle } from '../../lib/report/interpret/title-match';
import { readHtmlTitles } from '../../lib/report/readers/html-head';
import { readPdf } from '../../lib/report/readers/pdf';
import { readText } from '../../lib/report/readers/text';
import type { ParsedReport } from '../../lib/report/types';

const enc = (s: string) => new TextEncoder().encode(s);
const rules = (r: ParsedReport) => r.findings.map((f) => f.rule);

/** Enough of a report to be read as one (its six sections), with no title line. */
const BODY = [
  '一、总体情况',
  '2021年，本机关通过门户网站公开政府信息12条。',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
  '无。',
].join('\n');

function page(head: string, body: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body><div class="nav"><a href="/">首页</a></div>${body
    .split('\n')
    .map((l) => `<p>${l}</p>`)
    .join('')}</body></html>`;
}

describe('matchTitle: a title names an agency and a year; a sentence is no title', () => {
  test.each([
    ['吴忠市科学技术局2021年政府信息公开工作年度报告', '吴忠市科学技术局', 2021],
    ['2021年度上高县科技局政府信息公开工作年度报告', '上高县科技局', 2021],
    ['标题：平潭综合实验区2021年度政府信息公开工作年度报告', '平潭综合实验区', 2021],
    ['市科委2021年度政府信息公开工作年度报告', '市科委', 2021],
    ['本溪市明山区民族宗教事务局2019年政府信息公开工作年度报告', '本溪市明山区民族宗教事务局', 2019],
    ['中共某某市委机构编制委员会办公室2021年政府信息公开工作年度报告', '中共某某市委机构编制委员会办公室', 2021],
  ])('%s', (text, agency, year) => {
    expect(matchTitle(text)).toEqual({ agency, year });
  });

  test.each([
    '信息公开规定》的要求,市科委编制了2021年度政府信息公开工作年度报告',
    '根据条例要求,市科委编制了2021年度政府信息公开工作年度报告',
    '现将我局2021年政府信息公开工作年度报告',
    '按照市政府办公厅的部署编制2021年度政府信息公开工作年度报告',
    '特此公布2021年政府信息公开工作年度报告',
    '我局2021年政府信息公开工作年度报告',
    '本局2021年政府信息公开工作年度报告',
  ])('not a title: %s', (text) => {
    expect(matchTitle(text)).toBeNull();
  });

  test.each([
    ['某某县科学技术局2021年政府信息公开工作年度报告_某某县人民政府', '某某县科学技术局'],
    ['某某县人民政府 | 某某县科学技术局2021年政府信息公开工作年度报告', '某某县科学技术局'],
    ['某某县人民政府-某某县科学技术局2021年政府信息公开工作年度报告', '某某县科学技术局'],
    ['Microsoft Word - 某某县科学技术局2021年政府信息公开工作年度报告.docx', '某某县科学技术局'],
  ])('a site name around a page title is no part of the agency: %s', (title, agency) => {
    expect(matchMetadataTitle(title)).toEqual({ agency, year: 2021 });
  });
});

describe('a report whose only "title" is a sentence', () => {
  // The Markdown that gave agency "信息公开规定》的要求,市科委编制了": no title line, the report named in a sentence.
  const md = [
    '# 上海市科学技术委员会',
    '',
    '根据《中华人民共和国政府信息公开条例》和《上海市政府',
    '信息公开规定》的要求，市科委编制了2021年度政府信息公开工作年度报告。',
    '',
    ...BODY.split('\n').map((l) => (/^[一二三四五六]、/.test(l) ? `## ${l}` : l)),
  ].join('\n');

  test.each([
    ['report.md', md],
    ['report.txt', md.replace(/^#+ /gm, '')],
  ])('%s: agency null with header.agency, never the fragment', (name, text) => {
    const report = parseReport(enc(text), name);
    expect(report.agency).toBeNull();
    expect(report.findings.find((f) => f.rule === 'header.agency')?.severity).toBe('warning');
    expect(JSON.stringify(report)).not.toContain('编制了');
  });
});

describe('an HTML page whose only title is in its head', () => {
  test('<title> with the site name after "_": the site name is stripped; an info finding says where it came from', () => {
    const html = page('<title>某某县科学技术局2021年政府信息公开工作年度报告_某某县人民政府门户网站</title>', BODY);
    const report = parseReport(enc(html), 'page.html');
    expect(report).toMatchObject({ agency: '某某县科学技术局', year: 2021 });
    expect(rules(report)).toContain('header.titleFromMetadata');
    expect(rules(report)).not.toContain('header.agency');
    expect(report.findings.find((f) => f.rule === 'header.titleFromMetadata')?.message).toContain('<title>');
  });

  test('the ArticleTitle meta, when <title> is only the site name', () => {
    const head =
      '<title>某某县人民政府门户网站</title><meta name="ArticleTitle" content="2021年度某某县教育局政府信息公开工作年度报告">';
    const report = parseReport(enc(page(head, BODY)), 'page.html');
    expect(report).toMatchObject({ agency: '某某县教育局', year: 2021 });
    expect(report.findings.find((f) => f.rule === 'header.titleFromMetadata')?.message).toContain('ArticleTitle');
  });

  test('og:title, entities decoded', () => {
    const head = '<meta property="og:title" content="某某县&#25945;育局2021年政府信息公开工作年度报告">';
    expect(readHtmlTitles(page(head, BODY)).ogTitle).toBe('某某县教育局2021年政府信息公开工作年度报告');
    expect(parseReport(enc(page(head, BODY)), 'page.html').agency).toBe('某某县教育局');
  });

  test("the page's own title line wins over a <title> that says another year, with an info finding naming it", () => {
    const html = page(
      '<title>某某县教育局2020年政府信息公开工作年度报告_某某县人民政府</title>',
      `某某县教育局2021年政府信息公开工作年度报告\n${BODY}`,
    );
    const report = parseReport(enc(html), 'page.html');
    expect(report).toMatchObject({ agency: '某某县教育局', year: 2021 });
    const note = report.findings.find((f) => f.rule === 'header.titleSourcesDisagree');
    expect(note?.severity).toBe('info');
    expect(note?.message).toContain("the page's <title>");
  });
});

describe("a PDF's Title property", () => {
  test('is read from the document information', async () => {
    const pdf = new Uint8Array(readFileSync(new URL('../fixtures/pdf/003-jiaxing.pdf', import.meta.url)));
    expect((await readPdf(pdf)).title).toBe('嘉兴市科学技术局2020年政府信息公开工作年度报告');
  });

  test('names the agency of a document without a title line', () => {
    const meta = {
      format: 'pdf',
      encoding: 'pdf',
      bytes: BODY.length,
      metadataTitle: 'Microsoft Word - 某某县教育局2021年政府信息公开工作年度报告.docx',
    };
    const report = interpretBlocks(readText(BODY), BODY, meta);
    expect(report).toMatchObject({ agency: '某某县教育局', year: 2021 });
    expect(report.findings.find((f) => f.rule === 'header.titleFromMetadata')?.message).toContain('Title property');
  });
});

describe('agencyFullName: the full name the text states beside an abbreviation', () => {
  const TITLE = '市科委2021年度政府信息公开工作年度报告';
  test.each([
    ['（以下简称“…”）', '上海市科学技术委员会（以下简称“市科委”）根据条例编制本报告。', '上海市科学技术委员会'],
    ['after a sentence word', '本报告由上海市科学技术委员会（以下简称"市科委"）编制。', '上海市科学技术委员会'],
    [
      'short name then the full one in brackets',
      '2021年，市科委（上海市科学技术委员会）坚持公开为常态。',
      '上海市科学技术委员会',
    ],
    ['a bracketed joint name is no full name', '2021年，市科委（市知识产权局）坚持公开为常态。', null],
    ['no full name stated', '2021年，市科委坚持公开为常态。', null],
  ])('%s', (_name, sentence, full) => {
    const report = parseReport(enc(`${TITLE}\n${sentence}\n${BODY}`), 'r.txt');
    expect(report.agency).toBe('市科委');
    expect(report.agencyFullName).toBe(full);
  });
});
