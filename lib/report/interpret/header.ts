/**
 * The agency and the statistics year, from a title, never from a sentence. Sources in order of trust:
 * the document's own title line ("吴忠市科学技术局 / 2021 年政府信息公开工作年度报告"; the one nearest
 * before the report body wins, so links to other years' reports in a page's navigation do not), then
 * the crawler header's 标题, the page's meta titles and <title>, the PDF's Title property. When the
 * document has a title line and another source names a different agency or year, an info finding says so.
 * Also here: the full name the text states for an abbreviated agency, and the crawler header (its URL
 * for `report.source`; its date is read with the others in dates/).
 */
import type { CrawlerHeader } from '../crawler-header';
import type { ReportSink } from '../findings';
import { compact, compactsLongerThan } from '../normalize';
import { statedFullName } from './agency-full-name';
import { matchMetadataTitle, matchTitle, type TitleHit } from './title-match';
import { metadataTitles, type TitleContext } from './title-sources';
import type { Paragraph } from './walk';

export interface Header {
  agency: string | null;
  year: number | null;
  /** The agency's full name where the text gives it beside an abbreviated one; null otherwise. */
  agencyFullName: string | null;
  /** From a crawler header: added to `report.source` (left out when unknown). */
  source: { url?: string };
  /** The crawler's metadata header above the page, when the text has one (its date is a publication date). */
  crawler: CrawlerHeader | null;
  /**
   * 'weak' when the agency and year rest on a source that may name another report: a title line found
   * only after the report body began, or sources that disagree. An import never lets a weak identity
   * replace another report (lib/ingest, plan-save.ts).
   */
  identity: 'confident' | 'weak';
}

const PERIOD = /(20\d{2})年1月1日(?:起)?至\1年12月31日/;

export function readHeader(
  paragraphs: Paragraph[],
  firstBodyOffset: number,
  sink: ReportSink,
  context: TitleContext,
): Header {
  const line = titleLine(paragraphs, firstBodyOffset);
  const { crawler, sources } = metadataTitles(context);
  const others = sources.flatMap((s) => {
    const hit = matchMetadataTitle(s.title);
    return hit ? [{ ...s, hit }] : [];
  });

  // A title line found only after the body began (a list of other reports under the article, say) gives way
  // to the file's own metadata when there is any.
  const own = line && (!line.late || others.length === 0) ? line : null;
  let found: TitleHit | null = own?.hit ?? null;
  const weak: string[] = [];
  if (own?.late) weak.push('the only title line found stands after the report body began');
  if (own) {
    const hit = own.hit;
    const differ = others.filter((o) => !agrees(o.hit, hit));
    if (differ.length > 0) {
      const said = differ.map((o) => `${o.name} says "${o.title}"`).join('; ');
      sink.add(
        'header.titleSourcesDisagree',
        'info',
        'agency',
        `the title line names ${describe(hit)} and is used; ${said}`,
      );
      weak.push(`the title line and ${differ.map((o) => o.name).join(', ')} name different reports`);
    }
    const filler = hit.agency ? null : others.find((o) => o.hit.agency && o.hit.year === hit.year);
    if (filler) {
      found = { agency: filler.hit.agency, year: hit.year };
      sink.add(
        'header.titleFromMetadata',
        'info',
        'agency',
        `the title line names no agency; "${filler.hit.agency}" taken from ${filler.name} "${filler.title}"`,
      );
    }
  } else {
    const first = others.find((o) => o.hit.agency) ?? others[0];
    if (first) {
      found = first.hit;
      sink.add(
        'header.titleFromMetadata',
        'info',
        'agency',
        `the document has no title line; ${describe(first.hit)} taken from ${first.name} "${first.title}"`,
      );
      const differ = others.filter((o) => !agrees(o.hit, first.hit));
      if (differ.length > 0)
        weak.push(`${first.name} and ${differ.map((o) => o.name).join(', ')} name different reports`);
      if (line && !agrees(line.hit, first.hit))
        weak.push(`a line after the report body began names ${describe(line.hit)}`);
    }
  }

  const header: Header = {
    agency: found?.agency ?? null,
    year: found?.year ?? null,
    agencyFullName: statedFullName(found?.agency ?? null, paragraphs),
    source: {},
    crawler,
    identity: weak.length > 0 && found ? 'weak' : 'confident',
  };
  if (header.identity === 'weak') {
    sink.add(
      'header.identityWeak',
      'warning',
      'agency',
      `${describe(found!)} is uncertain: ${weak.join('; ')}. An import files it only where no report of that agency and year exists, and never lets it replace one`,
    );
  }
  if (crawler?.url) header.source.url = crawler.url;
  if (header.year === null) {
    const period = paragraphs.map((p) => PERIOD.exec(compact(p.text))).find((m) => m);
    if (period) {
      header.year = Number(period[1]);
      sink.add(
        'header.yearFromPeriod',
        'info',
        'year',
        `no year in the title; ${header.year} taken from the statistics period "${period[0]}"`,
      );
    }
  }
  if (!header.agency)
    sink.add('header.agency', 'warning', 'agency', 'the report title naming the agency was not found');
  if (header.year === null)
    sink.add('header.year', 'warning', 'year', 'the statistics year was not found in the title');
  else if (header.year < 2019)
    sink.add('header.yearEarly', 'warning', 'year', `year ${header.year} is before the 2019 template took effect`);
  return header;
}

/** Two titles name the same report: the same year, and the same agency where both name one. */
function agrees(a: TitleHit, b: TitleHit): boolean {
  return a.year === b.year && !(a.agency && b.agency && a.agency !== b.agency);
}

/**
 * The document's own title: a short paragraph (or two, a title split over lines) that reads as one,
 * never a link (a page's navigation names other reports). `late` when found only after the body began.
 */
function titleLine(paragraphs: Paragraph[], firstBodyOffset: number): { hit: TitleHit; late: boolean } | null {
  const before = paragraphs.filter((p) => p.offset < firstBodyOffset && p.section === 0 && !p.link);
  const hits: TitleHit[] = [];
  for (let i = 0; i < before.length; i++) {
    if (compactsLongerThan(before[i].text, 80)) continue;
    const one = compact(before[i].text);
    if (one.length > 80) continue;
    const next = i + 1 < before.length ? before[i + 1].text : null;
    const two = next === null ? one : compactsLongerThan(next, 80 - one.length) ? null : one + compact(next);
    const hit = matchTitle(one) ?? (two !== null && two.length <= 80 ? matchTitle(two) : null);
    if (hit) hits.push(hit);
  }
  // A title split over lines matches once whole and once as its second half without the agency.
  const found = hits.filter((h) => h.agency).pop() ?? hits.pop() ?? null;
  if (found) return { hit: found, late: false };
  for (const p of paragraphs.slice(0, 40)) {
    if (p.link || compactsLongerThan(p.text, 80)) continue;
    const text = compact(p.text);
    const hit = text.length <= 80 ? matchTitle(text) : null;
    if (hit) return { hit, late: p.offset >= firstBodyOffset };
  }
  return null;
}

function describe(hit: TitleHit): string {
  return `${hit.agency ?? '(no agency)'} ${hit.year}`;
}
