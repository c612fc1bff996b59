/**
 * The save's decisions for a reparse and the checks across consecutive years (lib/ingest/plan-save.ts), without a
 * database; the rest in plan-save.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { planSave, saveLookup } from '../../lib/ingest/plan-save';
import { AGENCY, facts, NOW, prepared, stored2020, yearLink } from './plan-save-fixture';

describe('a reparse', () => {
  test('read as the same slot: the report its bytes made is superseded', () => {
    const f = { ...stored2020(), supersededByHash: new Map([['a', { id: 50, agencyId: 7, year: 2020 }]]) };
    const plan = planSave([prepared({ hash: 'a', year: 2020, identity: 'weak' })], f, { reparse: true }, NOW);
    // A weak identity does not hold back the report that supersedes its own bytes' report.
    expect(plan.outcomes).toEqual([{ status: 'replaced', reportId: 100 }]);
    expect(plan.replaced).toEqual([{ id: 50, by: 100 }]);
    expect(plan.presenceDirty).toEqual([]);
  });

  test('read as another year: the old slot is left, its agency marked, and the year after it checked again', () => {
    const f = facts({
      agencyIds: new Map([[`0:${AGENCY}`, 7]]),
      supersededByHash: new Map([['a', { id: 50, agencyId: 7, year: 2020 }]]),
      currentReports: [
        { id: 50, agencyId: 7, year: 2020, yearLink: yearLink(2020, undefined, 5) },
        { id: 51, agencyId: 7, year: 2021, yearLink: yearLink(2021, 4) },
      ],
    });
    const plan = planSave([prepared({ hash: 'a', year: 2019 })], f, { reparse: true }, NOW);
    expect(plan.outcomes).toEqual([{ status: 'replaced', reportId: 100 }]);
    expect(plan.replaced).toEqual([{ id: 50, by: 100 }]);
    expect(plan.presenceDirty).toEqual([7]);
    // 2021 lost the 2020 it was checked against: its findings across years are made again (none now).
    expect(plan.redoneFindings).toEqual({ reportIds: [51], rulePrefix: 'crossYear.' });
    expect(plan.findings.filter((x) => x.rule.startsWith('crossYear.'))).toEqual([]);
  });

  test('saveLookup asks for the facts each kind of save needs', () => {
    const group = [prepared({ hash: 'a', year: 2020 })];
    expect(saveLookup(group)).toEqual({
      reports: [{ hash: 'a', agency: AGENCY, synthetic: false }],
      seen: true,
      held: false,
      superseded: false,
    });
    expect(saveLookup(group, { reparse: true })).toMatchObject({ seen: false, held: false, superseded: true });
    expect(saveLookup(group, { settle: true })).toMatchObject({ seen: false, held: true, superseded: false });
  });
});

describe('checks across years', () => {
  test('a new report is checked against the year before: the finding is on the new report', () => {
    const plan = planSave([prepared({ hash: 'a', year: 2021, carriedOver: 2 })], stored2020(3), {}, NOW);
    const crossYear = plan.findings.filter((f) => f.rule.startsWith('crossYear.'));
    expect(crossYear).toEqual([
      expect.objectContaining({ reportId: 100, rule: 'crossYear.carryOver', path: 'table3.carriedOver.total' }),
    ]);
    expect(plan.redoneFindings.reportIds).toEqual([]);
  });

  test('a new report before a stored one: the stored later report is checked again against it', () => {
    const f = facts({
      agencyIds: new Map([[`0:${AGENCY}`, 7]]),
      currentReports: [{ id: 51, agencyId: 7, year: 2021, yearLink: yearLink(2021, 4) }],
    });
    const plan = planSave([prepared({ hash: 'a', year: 2020, carriedForward: 5 })], f, {}, NOW);
    expect(plan.redoneFindings).toEqual({ reportIds: [51], rulePrefix: 'crossYear.' });
    expect(plan.findings.filter((x) => x.rule.startsWith('crossYear.'))).toEqual([
      expect.objectContaining({
        reportId: 51,
        rule: 'crossYear.carryOver',
        message: expect.stringContaining('2021 上年结转 4 ≠ 2020 结转下年度继续办理 5'),
      }),
    ]);
  });

  test('consecutive years in one group are checked against each other', () => {
    const plan = planSave(
      [
        prepared({ hash: 'a', year: 2020, carriedForward: 1 }),
        prepared({ hash: 'b', year: 2021, carriedOver: 1, carriedForward: 3 }),
        prepared({ hash: 'c', year: 2022, carriedOver: 9 }),
      ],
      facts(),
      {},
      NOW,
    );
    expect(plan.findings.filter((x) => x.rule.startsWith('crossYear.')).map((x) => x.reportId)).toEqual([102]);
  });
});
