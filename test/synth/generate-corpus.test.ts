import { describe, expect, test } from 'vitest';
import { administrativeLevel, agencyTypeOf } from '../../lib/agencies/agency-type';
import { resolveRegion } from '../../lib/regions';
import { parseReport } from '../../lib/report';
import type { ParsedReport } from '../../lib/report/types';
import { planCorpus, renderReport, reportFileName, type PlannedReport } from '../../lib/synth/corpus';
import { AgencyDrawer } from '../../lib/synth/corpus-agencies';
import { mulberry32 } from '../../lib/synth/prng';

const plans = (seed: number, reports: number) => [...planCorpus({ seed, reports })];
const appsNew = (p: PlannedReport) => p.content.table3.newReceived?.total ?? 0;
const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1))];

describe('planCorpus', () => {
  const sample = plans(1, 2000);

  test('is deterministic: the same seed gives the same bytes, another seed other reports', () => {
    const again = plans(1, 300).map(renderReport);
    expect(again).toEqual(sample.slice(0, 300).map(renderReport));
    expect(plans(2, 300).map(renderReport)).not.toEqual(again);
  });

  test('gives exactly the reports asked for, numbered from 0', () => {
    expect(sample).toHaveLength(2000);
    expect(sample.map((p) => p.index)).toEqual(sample.map((_, i) => i));
  });

  test('applications are heavy-tailed: median about 5, a tail in the hundreds to thousands', () => {
    const apps = sample.map(appsNew);
    const median = quantile(apps, 0.5);
    expect(median).toBeGreaterThanOrEqual(3);
    expect(median).toBeLessThanOrEqual(8);
    expect(quantile(apps, 0.99)).toBeGreaterThan(20 * median);
    expect(Math.max(...apps)).toBeGreaterThan(100 * median);
    const zero = apps.filter((n) => n === 0).length / apps.length;
    expect(zero).toBeGreaterThan(0.05);
    expect(zero).toBeLessThan(0.3);
  });

  test('big agencies at province and city level receive far more than townships', () => {
    const big = sample.filter(
      (p) =>
        ['province', 'city'].includes(p.agency.level) &&
        ['natural-resources', 'public-security', 'housing'].includes(p.agency.typeId),
    );
    const townships = sample.filter((p) => p.agency.level === 'township');
    expect(big.length).toBeGreaterThan(5);
    expect(quantile(big.map(appsNew), 0.5)).toBeGreaterThan(10 * Math.max(1, quantile(townships.map(appsNew), 0.5)));
  });

  test('review and litigation are mostly zero', () => {
    const withReview = sample.filter((p) => (p.content.table4.review.total ?? 0) > 0).length;
    expect(withReview / sample.length).toBeLessThan(0.2);
  });

  test('about 3% break a sum and about 3% leave cells blank', () => {
    for (const kind of ['broken-sum', 'blank-cells']) {
      const share = sample.filter((p) => p.defect?.kind === kind).length / sample.length;
      expect(share, kind).toBeGreaterThan(0.015);
      expect(share, kind).toBeLessThan(0.045);
    }
  });

  test('the 2019 form for statistics years 2019–2020, the 2021 form from 2021', () => {
    for (const p of sample) {
      expect(p.year).toBeGreaterThanOrEqual(2019);
      expect(p.year).toBeLessThanOrEqual(2025);
      expect(p.template, `${p.year}`).toBe(p.year <= 2020 ? '2019' : '2021');
      expect(p.content.table3.other !== undefined).toBe(p.template === '2019');
      expect(p.content.table3.otherMisc !== undefined).toBe(p.template === '2021');
    }
  });

  test('each agency reports for consecutive years but for a skipped one, carrying over what it carried forward (mostly)', () => {
    let pairs = 0;
    let consistent = 0;
    let skipped = 0;
    for (let i = 1; i < sample.length; i++) {
      const [prev, next] = [sample[i - 1], sample[i]];
      if (prev.agency.index !== next.agency.index) {
        expect(next.yearsSkipped).toBe(0);
        continue;
      }
      expect(next.year).toBe(prev.year + 1 + next.yearsSkipped);
      skipped += next.yearsSkipped;
      if (next.yearsSkipped > 0) continue;
      pairs++;
      if (JSON.stringify(next.content.table3.carriedOver) === JSON.stringify(prev.content.table3.carriedForward))
        consistent++;
    }
    expect(pairs).toBeGreaterThan(1000);
    expect(consistent / pairs).toBeGreaterThan(0.85);
    expect(consistent / pairs).toBeLessThan(1);
    // 5 % of the agencies with three years or more skip one, and never two.
    const agencies = new Set(sample.map((p) => p.agency.index)).size;
    expect(skipped).toBeGreaterThan(0.01 * agencies);
    expect(skipped).toBeLessThan(0.1 * agencies);
    expect(Math.max(...sample.map((p) => p.yearsSkipped))).toBe(1);
  });

  test('about 12% are published late, 15% state no date, the rest on time; a late date is after 31 January', () => {
    const late = sample.filter((p) => p.publication.date !== null && p.publication.date > `${p.year + 1}-01-31`);
    const undated = sample.filter((p) => p.publication.date === null);
    expect(late.length / sample.length).toBeGreaterThan(0.09);
    expect(late.length / sample.length).toBeLessThan(0.15);
    expect(undated.length / sample.length).toBeGreaterThan(0.12);
    expect(undated.length / sample.length).toBeLessThan(0.18);
    for (const p of sample) {
      if (p.publication.date === null) expect(p.publication.source).toBeNull();
      // Never before the reporting year ended: such a date is not a publication date at all.
      else expect(p.publication.date >= `${p.year + 1}-01-01`, p.publication.date).toBe(true);
    }
    expect(new Set(sample.map((p) => p.publication.source))).toEqual(new Set(['crawler', 'page-line', 'signed', null]));
  });

  test('a copied table equals the year before cell by cell; equal tables are the copies that stayed equal and some by chance', () => {
    let copied = 0;
    for (let i = 1; i < sample.length; i++) {
      const [prev, next] = [sample[i - 1], sample[i]];
      for (const table of next.repeated) {
        copied++;
        expect(prev.agency.index).toBe(next.agency.index);
        expect(next.year).toBe(prev.year + 1);
        expect(prev.defect).toBeNull();
        if (!next.defect) {
          expect(next.content[table]).toEqual(prev.content[table]);
          expect(next.unchanged).toContain(table);
        }
      }
      for (const table of next.unchanged) expect(next.content[table], table).toEqual(prev.content[table]);
    }
    const count = (table: 'table3' | 'table4', key: 'repeated' | 'unchanged') =>
      sample.filter((p) => p[key].includes(table)).length;
    expect(copied).toBeGreaterThan(0);
    expect(count('table3', 'repeated')).toBeGreaterThan(0.01 * sample.length);
    expect(count('table3', 'unchanged')).toBeGreaterThanOrEqual(count('table3', 'repeated') - 5);
    expect(count('table4', 'repeated')).toBeGreaterThan(0);
  });

  test('the rates are options: none late, none undated, no gaps, no copies', () => {
    const none = [
      ...planCorpus({
        seed: 1,
        reports: 500,
        rates: { late: 0, undated: 0, gap: 0, table3Repeat: 0, table4Repeat: 0 },
      }),
    ];
    expect(none.every((p) => p.publication.date !== null && p.publication.date <= `${p.year + 1}-01-31`)).toBe(true);
    expect(none.every((p) => p.yearsSkipped === 0 && p.repeated.length === 0)).toBe(true);
    const allLate = [...planCorpus({ seed: 1, reports: 200, rates: { late: 1, undated: 0 } })];
    expect(allLate.every((p) => p.publication.date! > `${p.year + 1}-01-31`)).toBe(true);
    // The forms, defects and content stay those of the default rates: the rates draw from a stream of their own.
    const base = plans(1, 200);
    expect(allLate.map((p) => [p.form, p.defect?.kind, p.year])).toEqual(
      base.map((p) => [p.form, p.defect?.kind, p.year]),
    );
    expect(() => planCorpus({ seed: 1, reports: 5, rates: { late: 0.7, undated: 0.5 } }).next()).toThrow(/at most 1/);
  });

  test('refuses more reports than the real agencies allow', () => {
    expect(() => planCorpus({ seed: 1, reports: 5_000_000 }).next()).toThrow(/at most/);
  });
});

describe('agency names resolve back to their region, type and level', () => {
  test('500 drawn agencies', () => {
    const drawer = new AgencyDrawer(mulberry32(11));
    const misses: string[] = [];
    for (let i = 0; i < 500; i++) {
      const a = drawer.next();
      const r = resolveRegion(a.name);
      const type = agencyTypeOf(a.name, r.placeName).type?.id;
      const level = administrativeLevel(r, a.name);
      if (r.status !== 'resolved' || r.region?.code !== a.regionCode || type !== a.typeId || level !== a.level) {
        misses.push(
          `${a.name}: ${r.status} ${r.region?.code}/${type}/${level}, meant ${a.regionCode}/${a.typeId}/${a.level}`,
        );
      }
    }
    expect(misses).toEqual([]);
  });
});

describe('the parser reads generated reports back', () => {
  // Every defective report of the first 2,000, and clean ones up to 200 in all.
  const all = plans(3, 2000);
  const defective = all.filter((p) => p.defect);
  const chosen = [...defective, ...all.filter((p) => !p.defect).slice(0, 200 - defective.length)];
  const parsed = chosen.map((p): [PlannedReport, ParsedReport] => [
    p,
    parseReport(new TextEncoder().encode(renderReport(p)), reportFileName(p)),
  ]);

  test('the sample holds every form and both kinds of defect', () => {
    expect(new Set(chosen.map((p) => p.form)).size).toBe(5);
    expect(new Set(defective.map((p) => p.defect!.kind))).toEqual(new Set(['broken-sum', 'blank-cells']));
  });

  test('the publication date of every report, exactly, from where it was written; none where none was', () => {
    for (const [p, r] of parsed) {
      expect({ date: r.source.published ?? null, from: r.source.publishedFrom ?? null }, reportFileName(p)).toEqual({
        date: p.publication.date,
        from: p.publication.source,
      });
    }
    expect(new Set(chosen.map((p) => p.publication.source))).toEqual(new Set(['crawler', 'page-line', 'signed', null]));
    expect(chosen.some((p) => p.publication.numerals)).toBe(true);
  });

  test('agency, year and template of every report', () => {
    for (const [p, r] of parsed) {
      expect({ agency: r.agency, year: r.year, template: r.template }, reportFileName(p)).toEqual({
        agency: p.agency.name,
        year: p.year,
        template: p.template,
      });
    }
  });

  test('clean reports: new applications and granted exactly, and no warnings', () => {
    for (const [p, r] of parsed.filter(([p]) => !p.defect)) {
      const want = { appsNew: p.content.table3.newReceived!.total, granted: p.content.table3.granted!.total };
      expect({ appsNew: r.summary.newReceived, granted: r.summary.granted }, reportFileName(p)).toEqual(want);
      expect(
        r.findings.filter((f) => f.severity !== 'info'),
        reportFileName(p),
      ).toEqual([]);
    }
  });

  test('broken sums carry an error, blank cells a warning where the blank is', () => {
    for (const [p, r] of parsed.filter(([p]) => p.defect)) {
      const { kind, where } = p.defect!;
      const table = where.split('.')[0];
      const row = where.replace(/(\[\d+\]|\.[a-z]+)$/i, '');
      const owned = r.findings.some((f) =>
        kind === 'broken-sum'
          ? f.severity === 'error' && f.where.startsWith(table)
          : f.severity === 'warning' &&
            (where === 'table3.*.total'
              ? f.rule === 'cell.blank' && f.where.startsWith('table3')
              : f.where.startsWith(row)),
      );
      expect(owned, `${reportFileName(p)} ${where}: ${JSON.stringify(r.findings)}`).toBe(true);
    }
  });
});
