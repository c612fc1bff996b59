import { describe, expect, test } from 'vitest';
import { ReportSink, SourceIndex } from '../../../lib/report/findings';
import { emptyApplicantRow } from '../../../lib/report/interpret/table3';
import { emptyTable4 } from '../../../lib/report/interpret/table4';
import type { OrderReading, OrderRow } from '../../../lib/report/order';
import { reconcile, type Tables } from '../../../lib/report/reconcile';
import type { Table3Key } from '../../../lib/report/types';

const row = (values: (number | null)[], how: OrderRow['how'] = 'decoded'): OrderRow => ({
  values,
  spans: values.map((_, i) => ({ offset: 10 + i, length: 1 })),
  how,
});
const order = (rows: Partial<Record<string, OrderRow>>): OrderReading => ({
  table2: null,
  table3: {
    byKey: new Map(Object.entries(rows) as [Table3Key, OrderRow][]),
    rows,
    notes: [],
    written: new Map(),
    end: 0,
  },
  table4: null,
});
const tables = (granted: (number | null)[]): Tables => {
  const g = emptyApplicantRow();
  (['natural', 'commercial', 'research', 'social', 'legal', 'other', 'total'] as const).forEach(
    (c, i) => (g[c] = granted[i]),
  );
  return { table2: {}, table3: { granted: g }, table4: emptyTable4() };
};
const sinkWith = (...findings: [string, string][]) => {
  const sink = new ReportSink(new SourceIndex('x'.repeat(40)));
  for (const [rule, where] of findings) sink.add(rule, 'warning', where, 'layout');
  return sink;
};

describe('two readings, one answer', () => {
  test('equal: the layout reading stands, no finding added', () => {
    const t = tables([5, 0, 0, 0, 0, 0, 5]);
    const sink = sinkWith();
    expect(reconcile(t, order({ granted: row([5, 0, 0, 0, 0, 0, 5]) }), sink)).toBe(false);
    expect(t.table3.granted?.natural).toBe(5);
    expect(sink.findings).toEqual([]);
  });

  test("the layout could not place the row: the order reading fills it, says so, and the null's finding goes", () => {
    const t = tables([null, null, null, null, null, null, null]);
    const sink = sinkWith(['row.short', 'table3.granted']);
    expect(reconcile(t, order({ granted: row([5, 0, 0, 0, 0, 0, 5]) }), sink)).toBe(true);
    expect(t.table3.granted).toEqual({
      natural: 5,
      commercial: 0,
      research: 0,
      social: 0,
      legal: 0,
      other: 0,
      total: 5,
    });
    expect(sink.findings.map((f) => f.rule)).toEqual(['reading.order']);
    expect(sink.provenance['table3.granted.total']).toMatchObject({ offset: 16, length: 1 });
  });

  test('they disagree: null, with a finding that shows both numbers', () => {
    const t = tables([5, 0, 0, 0, 0, 0, 5]);
    const sink = sinkWith();
    expect(reconcile(t, order({ granted: row([4, 0, 0, 0, 0, 1, 5]) }), sink)).toBe(true);
    expect(t.table3.granted?.natural).toBeNull();
    expect(t.table3.granted?.other).toBeNull();
    expect(t.table3.granted?.total).toBe(5);
    const disagree = sink.findings.filter((f) => f.rule === 'reading.disagree');
    expect(disagree.map((f) => f.where)).toEqual(['table3.granted.natural', 'table3.granted.other']);
    expect(disagree[0].message).toMatch(/gives 5.*give 4/);
  });

  test('a cell the report left blank stays null: a blank is a reading, not an absence', () => {
    const t = tables([5, null, 0, 0, 0, 0, 5]);
    const sink = sinkWith(['cell.blank', 'table3.granted.commercial'], ['row.short', 'table3.granted']);
    reconcile(t, order({ granted: row([5, 0, 0, 0, 0, 0, 5]) }), sink);
    expect(t.table3.granted?.commercial).toBeNull();
  });

  test('a row the report gives twice with different numbers is not filled by the other reading', () => {
    const t = tables([null, null, null, null, null, null, null]);
    const sink = sinkWith(['row.conflict', 'table3.granted']);
    // Nothing changed: the caller keeps the consistency findings it has (two-readings.ts).
    expect(reconcile(t, order({ granted: row([5, 0, 0, 0, 0, 0, 5]) }), sink)).toBe(false);
    expect(t.table3.granted?.total).toBeNull();
  });

  test('a table only the order reading found: rows it could not read get a finding each', () => {
    const t: Tables = {
      table2: {},
      table3: { granted: emptyApplicantRow(), partial: emptyApplicantRow() },
      table4: emptyTable4(),
    };
    const sink = sinkWith(['table3.missing', 'table3']);
    reconcile(t, order({ granted: row([5, 0, 0, 0, 0, 0, 5]) }), sink);
    expect(t.table3.granted?.total).toBe(5);
    expect(sink.findings.some((f) => f.rule === 'table3.missing')).toBe(false);
    expect(sink.findings.find((f) => f.where === 'table3.partial')?.rule).toBe('row.missing');
  });
});
