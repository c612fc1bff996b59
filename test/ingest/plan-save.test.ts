/**
 * The save's decisions (lib/ingest/plan-save.ts) without a database: prepared reports and the facts a save
 * reads in, the rows and marks it would write out. The same decisions through a real database are in
 * import.test.ts, weak-identity.test.ts, reparse.test.ts and settled-region.test.ts; reparses and the checks
 * across years in plan-save-years.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { pinyinSortKey } from '../../lib/format/pinyin-key';
import { planSave } from '../../lib/ingest/plan-save';
import { AGENCY, facts, NOW, prepared, stored2020 } from './plan-save-fixture';

describe('a new report', () => {
  test('into an empty database: a new agency, and every row of the report, its rates computed beside its counts', () => {
    const plan = planSave([prepared({ hash: 'a', year: 2021 })], facts(), {}, NOW);
    expect(plan.outcomes).toEqual([{ status: 'imported', reportId: 100 }]);
    expect(plan.agencies).toEqual([
      expect.objectContaining({
        id: 10,
        name: AGENCY,
        sortKey: pinyinSortKey(AGENCY),
        synthetic: false,
        createdAt: NOW,
      }),
    ]);
    expect(plan.sourceFiles).toEqual([
      { hash: 'a', fileName: 'a.txt', byteLength: 100, content: Buffer.from('source'), storedAt: NOW },
    ]);
    expect(plan.reports).toEqual([
      expect.objectContaining({
        id: 100,
        agencyId: 10,
        year: 2021,
        status: 'current',
        sourceHash: 'a',
        importedAt: NOW,
      }),
    ]);
    expect(plan.metrics).toHaveLength(1);
    expect(plan.metrics[0]).toMatchObject({
      reportId: 100,
      agencyId: 10,
      provinceCode: '330000',
      cityCode: '330400',
      handled: 8,
      disclosureRate: 0.5,
      denialRate: null,
    });
    expect(plan.findings).toEqual([
      { reportId: 100, rule: 'table3.sum', severity: 'error', path: 'table3.total', message: 'off by one', line: 12 },
    ]);
    expect(plan.narrative).toEqual([
      {
        reportId: 100,
        metric: 'itemsPublished',
        channel: 'website',
        value: 464,
        unit: '条',
        evidence: '发布信息464条',
        sourceOffset: 40,
      },
    ]);
    expect(plan.replaced).toEqual([]);
    expect(plan.redoneFindings.reportIds).toEqual([]);
  });

  test('an ambiguous agency keeps its candidates; real and synthetic agencies of one name are two', () => {
    const ambiguous = prepared({ hash: 'a', year: 2021, agency: '鼓楼区教育局' });
    ambiguous.agency.candidates = ['320106', '350102'];
    const plan = planSave(
      [ambiguous, prepared({ hash: 'b', year: 2021, agency: '鼓楼区教育局', synthetic: true })],
      facts(),
      {},
      NOW,
    );
    expect(plan.agencies.map((a) => [a.id, a.synthetic])).toEqual([
      [10, false],
      [11, true],
    ]);
    expect(plan.regionCandidates).toEqual([
      { agencyId: 10, regionCode: '320106' },
      { agencyId: 10, regionCode: '350102' },
    ]);
    expect(plan.outcomes.map((o) => o.status)).toEqual(['imported', 'imported']);
  });

  test('bytes seen before are unchanged and write nothing; the same bytes twice in a group are saved once', () => {
    const seen = planSave([prepared({ hash: 'a', year: 2021 })], facts({ seenByHash: new Map([['a', 42]]) }), {}, NOW);
    expect(seen.outcomes).toEqual([{ status: 'unchanged', reportId: 42 }]);
    expect([seen.agencies, seen.reports, seen.sourceFiles, seen.findings]).toEqual([[], [], [], []]);
    const twice = planSave(
      [prepared({ hash: 'a', year: 2021 }), prepared({ hash: 'a', year: 2021 })],
      facts(),
      {},
      NOW,
    );
    expect(twice.outcomes).toEqual([
      { status: 'imported', reportId: 100 },
      { status: 'unchanged', reportId: 100 },
    ]);
    expect(twice.reports).toHaveLength(1);
  });
});

test('a report that keeps its source text (DOCX, PDF) writes it beside the report, held or filed; a text report and bytes seen before write none', () => {
  const docx = (hash: string, year: number, identity?: 'weak') => ({
    ...prepared({ hash, year, identity }),
    sourceText: Buffer.from(`text of ${hash}`),
  });
  const plan = planSave([docx('a', 2021), prepared({ hash: 'b', year: 2022 })], facts(), {}, NOW);
  expect(plan.reportTexts).toEqual([{ reportId: 100, text: Buffer.from('text of a') }]);
  expect(planSave([docx('a', 2020, 'weak')], stored2020(), {}, NOW).reportTexts).toEqual([
    { reportId: 100, text: Buffer.from('text of a') },
  ]);
  expect(planSave([docx('a', 2021)], facts({ seenByHash: new Map([['a', 42]]) }), {}, NOW).reportTexts).toEqual([]);
});

describe('a report for a slot already taken', () => {
  test('replaces the current report, which becomes history', () => {
    const plan = planSave([prepared({ hash: 'a', year: 2020 })], stored2020(), {}, NOW);
    expect(plan.outcomes).toEqual([{ status: 'replaced', reportId: 100 }]);
    expect(plan.replaced).toEqual([{ id: 50, by: 100 }]);
    expect(plan.agencies).toEqual([]);
    expect(plan.metrics.map((m) => m.agencyId)).toEqual([7]);
  });

  test('with a weak identity it is held: stored, with a finding, but not counted and nothing replaced', () => {
    const plan = planSave([prepared({ hash: 'a', year: 2020, identity: 'weak' })], stored2020(), {}, NOW);
    expect(plan.outcomes).toEqual([{ status: 'held', reportId: 100 }]);
    expect(plan.replaced).toEqual([]);
    expect(plan.metrics).toEqual([]);
    expect(plan.narrative).toEqual([]);
    expect(plan.reports).toEqual([expect.objectContaining({ id: 100, status: 'held' })]);
    expect(plan.sourceFiles).toHaveLength(1);
    const held = plan.findings.find((f) => f.rule === 'import.held')!;
    expect(held).toMatchObject({ reportId: 100, severity: 'warning', path: 'agency', line: null });
    expect(held.message).toContain(`report #50 is in force for ${AGENCY} 2020`);
    expect(held.message).toContain('file-held 100');
  });

  test('a weak identity into an empty slot is imported', () => {
    const plan = planSave([prepared({ hash: 'a', year: 2021, identity: 'weak' })], stored2020(), {}, NOW);
    expect(plan.outcomes).toEqual([{ status: 'imported', reportId: 100 }]);
  });

  test('settled by a person: filed over the current report, and the held reports of its bytes become history', () => {
    const f = { ...stored2020(), heldByHash: new Map([['a', [60, 61]]]) };
    const plan = planSave([prepared({ hash: 'a', year: 2020, identity: 'weak' })], f, { settle: true }, NOW);
    expect(plan.outcomes).toEqual([{ status: 'replaced', reportId: 100 }]);
    expect(plan.replaced).toEqual([
      { id: 50, by: 100 },
      { id: 60, by: 100 },
      { id: 61, by: 100 },
    ]);
  });
});

test('a region the user settled for the agency wins over the one read from the report', () => {
  const f = {
    ...stored2020(),
    settledRegions: new Map([[7, { provinceCode: '320000', cityCode: '320100', countyCode: '320106' }]]),
  };
  const plan = planSave([prepared({ hash: 'a', year: 2021 })], f, {}, NOW);
  expect(plan.metrics[0]).toMatchObject({ provinceCode: '320000', cityCode: '320100', countyCode: '320106' });
});
