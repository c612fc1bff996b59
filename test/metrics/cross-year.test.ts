import { describe, expect, test } from 'vitest';
import { CROSS_YEAR_RULES, crossYearFindings } from '../../lib/metrics/cross-year';
import type { TemplateVersion } from '../../lib/report/types';
import { buildReport, type ReportSpec } from './build-report';

const year = (y: number | null, template: TemplateVersion | null, spec: Omit<ReportSpec, 'template' | 'year'> = {}) =>
  buildReport({ ...spec, template, year: y });

describe('crossYear.carryOver', () => {
  const prev = year(2020, '2019', { rows: { carriedForward: [2, 0, 0, 0, 0, 1, 3] } });

  test('matching carry-over: no finding', () => {
    const next = year(2021, '2021', { rows: { carriedOver: [2, 0, 0, 0, 0, 1, 3] } });
    expect(crossYearFindings(prev, next)).toEqual([]);
  });

  test('each differing column is reported on the later report, with both numbers and both years', () => {
    const next = year(2021, '2021', { rows: { carriedOver: [1, 0, 0, 0, 0, 1, 2] } });
    const findings = crossYearFindings(prev, next);
    expect(findings.map((f) => f.where)).toEqual(['table3.carriedOver.natural', 'table3.carriedOver.total']);
    expect(findings[0]).toMatchObject({ rule: 'crossYear.carryOver', severity: 'warning' });
    expect(findings[0].message).toBe('自然人: 2021 上年结转 1 ≠ 2020 结转下年度继续办理 2');
    expect(findings[1].message).toContain('2021 上年结转 2 ≠ 2020 结转下年度继续办理 3');
  });

  test('a null on either side skips that column only', () => {
    const next = year(2021, '2021', { rows: { carriedOver: [null, 0, 0, 0, 0, 0, 3] } });
    const prevWithNull = year(2020, '2019', { rows: { carriedForward: [2, 0, 0, 0, 0, null, 3] } });
    expect(crossYearFindings(prevWithNull, next).map((f) => f.where)).toEqual([]);
    expect(crossYearFindings(prev, next).map((f) => f.where)).toEqual(['table3.carriedOver.other']);
  });

  test.each([
    ['a gap year', 2019, 2021],
    ['the same year', 2021, 2021],
    ['reversed', 2021, 2020],
    ['an unknown year', null, 2021],
  ])('not consecutive (%s): nothing', (_name, prevYear, nextYear) => {
    const p = year(prevYear, '2019', { rows: { carriedForward: [2, 0, 0, 0, 0, 1, 3] } });
    const n = year(nextYear, '2021', { rows: { carriedOver: [0, 0, 0, 0, 0, 0, 0] } });
    expect(crossYearFindings(p, n)).toEqual([]);
  });
});

describe('crossYear.docsInForce (2021 form both years)', () => {
  const inForce = (regulations: number | null, normativeDocs: number | null) => ({
    'table2.regulations[2]': regulations,
    'table2.normativeDocs[2]': normativeDocs,
  });
  const changes = (
    row: 'regulations' | 'normativeDocs',
    issued: number | null,
    repealed: number | null,
    now: number | null,
  ) => ({ [`table2.${row}[0]`]: issued, [`table2.${row}[1]`]: repealed, [`table2.${row}[2]`]: now });

  const prev = year(2021, '2021', { cells: inForce(0, 10) });

  test('in force = last year + issued − repealed: no finding', () => {
    const next = year(2022, '2021', {
      cells: { ...changes('regulations', 0, 0, 0), ...changes('normativeDocs', 3, 1, 12) },
    });
    expect(crossYearFindings(prev, next)).toEqual([]);
  });

  test('regulations and normative documents are checked separately', () => {
    const next = year(2022, '2021', {
      cells: { ...changes('regulations', 1, 0, 0), ...changes('normativeDocs', 3, 1, 15) },
    });
    const findings = crossYearFindings(prev, next);
    expect(findings.map((f) => [f.rule, f.where])).toEqual([
      ['crossYear.docsInForce', 'table2.regulations[2]'],
      ['crossYear.docsInForce', 'table2.normativeDocs[2]'],
    ]);
    expect(findings[1].message).toBe(
      '规范性文件: 2022 现行有效件数 15 ≠ 2021 现行有效件数 10 + 2022 制发 3 − 废止 1 = 12',
    );
  });

  test.each([
    ['issued unknown', changes('normativeDocs', null, 1, 15)],
    ['repealed unknown', changes('normativeDocs', 3, null, 15)],
    ['in force unknown', changes('normativeDocs', 3, 1, null)],
  ])('%s: skipped', (_name, cells) => {
    expect(crossYearFindings(prev, year(2022, '2021', { cells }))).toEqual([]);
  });

  test('last year unknown: skipped', () => {
    const next = year(2022, '2021', { cells: changes('normativeDocs', 3, 1, 99) });
    expect(crossYearFindings(year(2021, '2021', { cells: inForce(0, null) }), next).map((f) => f.where)).toEqual([]);
  });

  test.each([
    ['2019 → 2021 forms', '2019', '2021'],
    ['unknown form', '2021', null],
  ] as const)(
    '%s: not checked (the 2019 column is a running total of published documents)',
    (_name, prevForm, nextForm) => {
      const p = year(2020, prevForm, { cells: inForce(0, 10) });
      const n = year(2021, nextForm, { cells: changes('normativeDocs', 3, 1, 99) });
      expect(crossYearFindings(p, n)).toEqual([]);
    },
  );
});

test('every cross-year rule has Chinese and English text', () => {
  for (const info of Object.values(CROSS_YEAR_RULES)) {
    expect(info.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(info.en).toMatch(/[A-Za-z]/);
  }
});
