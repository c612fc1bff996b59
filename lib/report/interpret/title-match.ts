/**
 * Does a short text read as a report title ("吴忠市科学技术局2021年政府信息公开工作年度报告", "2021年度XX局
 * 政府信息公开工作年度报告"), and which agency and year does it name? A sentence that mentions the report
 * ("…的要求，市科委编制了2021年度政府信息公开工作年度报告") is no title: taking its start as the agency
 * gave names like "信息公开规定》的要求,市科委编制了", wrong and without a finding.
 */
import { compact } from '../normalize';

export interface TitleHit {
  agency: string | null;
  year: number;
}

const AGENCY_FIRST =
  /^(.{3,40}?)(?:关于)?(20\d{2})年度?(?:的)?(?:本单位|本机关)?(?:政府信息公开|政务公开|信息公开|政府信息)(?:工作)?(?:年度)?(?:工作)?报告/;
const YEAR_FIRST = /^(20\d{2})年度?(?!度)(.{3,40}?)(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:工作)?报告/;
/** A title that names no agency ("2021年度政府信息公开工作年度报告"): the year alone. */
const YEAR_ONLY = /^(20\d{2})年度?(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:工作)?报告/;

/**
 * The marks and words of a sentence, looked for in the matched title (text is compacted: full-width
 * ，：；？！ are ASCII here). A title names an agency and a year; it cites no law in 《》, quotes no
 * abbreviation, and says nothing of who compiled it under which rule (编制了, not 机构编制委员会); it does
 * not start "我局" or "本局" (but may start 本溪市).
 */
const SENTENCE =
  /[,.;:!?。；，：！？《》“”"「」]|根据|依据|按照|要求|编制(?:了|完成|本|的|并)|现将|特此|如下|予以公布|现予|以下简称|本报告|^(?:我|本(?:局|委|办|厅|院|部门|单位|机关|市|区|县))/;

/** A label some pages put before the title line ("标题：…"). */
const TITLE_LABEL = /^(?:标题|文章标题|题目|名称)[:：]/;

/** The agency and year a title names; null when the text is no title or is a sentence. */
export function matchTitle(text: string): TitleHit | null {
  const t = text.replace(TITLE_LABEL, '');
  const a = AGENCY_FIRST.exec(t);
  if (a) return SENTENCE.test(a[0]) ? null : { agency: cleanAgency(a[1]), year: Number(a[2]) };
  const b = YEAR_FIRST.exec(t);
  if (b) return SENTENCE.test(b[0]) ? null : { agency: cleanAgency(b[2]), year: Number(b[1]) };
  const c = YEAR_ONLY.exec(t);
  if (c) return SENTENCE.test(c[0]) ? null : { agency: null, year: Number(c[1]) };
  return null;
}

/** Between a site's name and the page's title in <title> ("…年度报告_XX市人民政府", "XX网 | …"). */
const SITE_SEPARATOR = /[_|｜]|\s+[-–—－]+\s+|[-–—－]{1,2}/;

/**
 * A title from page or file metadata, where a site adds its own name before or after the report's title:
 * each part on its own, then the whole.
 */
export function matchMetadataTitle(title: string): TitleHit | null {
  const whole = compact(title);
  const parts = title
    .split(SITE_SEPARATOR)
    .map(compact)
    .filter((p) => p.length > 0);
  for (const part of parts.length > 1 ? [...parts, whole] : [whole]) {
    const hit = matchTitle(part);
    if (hit) return hit;
  }
  return null;
}

function cleanAgency(raw: string): string | null {
  const name = raw
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}）)]+$/gu, '')
    .replace(/关于$/, '')
    .replace(/^关于/, '');
  return name.length >= 3 && !name.startsWith('政府信息') ? name : null;
}
