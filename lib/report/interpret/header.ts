/**
 * The agency and the statistics year, from the report's title: "吴忠市科学技术局 / 2021 年政府信息公开工作
 * 年度报告", "2021年XX局政府信息公开工作年度报告", … The title nearest before the report body wins, so
 * links to other years' reports in a page's navigation do not.
 */
import type { ReportSink } from '../findings';
import { compact } from '../normalize';
import type { Paragraph } from './walk';

export interface Header {
  agency: string | null;
  year: number | null;
}

const AGENCY_FIRST = /^(.{3,40}?)(?:关于)?(20\d{2})年度?(?:的)?(?:本单位|本机关)?(?:政府信息公开|政务公开|信息公开|政府信息)(?:工作)?(?:年度)?(?:工作)?报告/;
const YEAR_FIRST = /^(20\d{2})年度?(.{3,40}?)(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:工作)?报告/;
const PERIOD = /(20\d{2})年1月1日(?:起)?至\1年12月31日/;

export function readHeader(paragraphs: Paragraph[], firstBodyOffset: number, sink: ReportSink): Header {
  const before = paragraphs.filter((p) => p.offset < firstBodyOffset && p.section === 0);
  const hits: Header[] = [];
  for (let i = 0; i < before.length; i++) {
    const one = compact(before[i].text);
    if (one.length > 80) continue;
    const two = i + 1 < before.length ? one + compact(before[i + 1].text) : one;
    const hit = matchTitle(one) ?? (two.length <= 80 ? matchTitle(two) : null);
    if (hit) hits.push(hit);
  }
  // A title split over lines matches once whole and once as its second half without the agency.
  let found: Header | null = hits.filter((h) => h.agency).pop() ?? hits.pop() ?? null;
  if (!found) {
    for (const p of paragraphs.slice(0, 40)) {
      const hit = compact(p.text).length <= 80 ? matchTitle(compact(p.text)) : null;
      if (hit) {
        found = hit;
        break;
      }
    }
  }
  const header: Header = found ?? { agency: null, year: null };
  if (header.year === null) {
    const period = paragraphs.map((p) => PERIOD.exec(compact(p.text))).find((m) => m);
    if (period) {
      header.year = Number(period[1]);
      sink.add('header.yearFromPeriod', 'info', 'year', `no year in the title; ${header.year} taken from the statistics period "${period[0]}"`);
    }
  }
  if (!header.agency) sink.add('header.agency', 'warning', 'agency', 'the report title naming the agency was not found');
  if (header.year === null) sink.add('header.year', 'warning', 'year', 'the statistics year was not found in the title');
  else if (header.year < 2019) sink.add('header.yearEarly', 'warning', 'year', `year ${header.year} is before the 2019 template took effect`);
  return header;
}

function matchTitle(text: string): Header | null {
  const a = AGENCY_FIRST.exec(text);
  if (a) return { agency: cleanAgency(a[1]), year: Number(a[2]) };
  const b = YEAR_FIRST.exec(text);
  if (b) return { agency: cleanAgency(b[2]), year: Number(b[1]) };
  return null;
}

function cleanAgency(raw: string): string | null {
  const name = raw
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}）)]+$/gu, '')
    .replace(/关于$/, '')
    .replace(/^关于/, '');
  return name.length >= 3 && !name.startsWith('政府信息') ? name : null;
}
