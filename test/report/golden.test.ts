/**
 * Golden tests: every seed report and every form fixture, parsed and compared with its hand-checked
 * expectation (test/fixtures/golden, test/fixtures/forms). One describe block per file.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { ParsedReport } from '../../lib/report/types';
import { APPLICANT_COLUMNS } from '../../lib/report/types';
import {
  type Expectation,
  expectationProblems,
  formExpectations,
  hasFinding,
  narrativeKey,
  normalizeEncoding,
  readBytes,
  seedExpectations,
  violatesForbidden,
  within,
} from '../support/expectations';

const cases: Expectation[] = [...seedExpectations(), ...formExpectations()];

// Imported lazily so the expectation checks below still run while the parser is being written.
const parse = async (e: Expectation): Promise<ParsedReport> => {
  const { parseReport } = await import('../../lib/report');
  return parseReport(readBytes(e), e.fileName);
};

describe('expectations are well-formed', () => {
  test.each(cases.map((e) => [e.id, e] as const))('%s', (_id, e) => {
    expect(expectationProblems(e)).toEqual([]);
  });
});

describe.each(cases.map((e) => [e.id, e] as const))('%s', (_id, e) => {
  let report: ParsedReport;
  beforeAll(async () => {
    report = await parse(e);
  });

  test('agency, year, template', () => {
    const header: Record<string, unknown> = {};
    const want: Record<string, unknown> = {};
    for (const k of ['agency', 'year', 'template'] as const) {
      if (e[k] === undefined) continue;
      header[k] = report[k];
      want[k] = e[k];
    }
    expect(header).toEqual(want);
  });

  if (e.encoding) {
    test('encoding', () => {
      expect(normalizeEncoding(report.source.encoding)).toMatch(new RegExp(`^${normalizeEncoding(e.encoding!)}`));
    });
  }

  for (const key of ['table2', 'table3', 'table4', 'summary'] as const) {
    if (e[key] === undefined) continue;
    test(`${key} exactly (null included)`, () => {
      expect(report[key]).toEqual(e[key]);
    });
  }

  if (e.narrativeValues && e.kind === 'seed') {
    test('narrative items-published figures (multiset)', () => {
      const got = report.narrative
        .filter((n) => n.metric === 'itemsPublished')
        .map((n) => narrativeKey({ channel: n.channel, value: n.value, unit: n.unit }))
        .sort();
      expect(got).toEqual(e.narrativeValues!.map(narrativeKey).sort());
    });
  }

  if (e.requiredFindings.length > 0) {
    test('required findings present', () => {
      const missing = e.requiredFindings.filter((x) => !hasFinding(report.findings, x));
      expect(missing, `findings were:\n${describeFindings(report)}`).toEqual([]);
    });
  }

  if (e.forbiddenFindings.length > 0) {
    test('no false alarms', () => {
      const hits = e.forbiddenFindings.flatMap((x) => violatesForbidden(report.findings, x));
      expect(hits).toEqual([]);
    });
  }

  test('every table 3 number has provenance or a finding that explains it', () => {
    const explained = report.findings
      .filter((f) => f.rule === 'row.decoded' || f.rule === 'value.derived')
      .map((f) => f.where);
    const unexplained: string[] = [];
    for (const [row, cells] of Object.entries(report.table3)) {
      for (const col of APPLICANT_COLUMNS) {
        const path = `table3.${row}.${col}`;
        if (cells?.[col] === null || cells?.[col] === undefined) continue;
        if (report.provenance[path]) continue;
        if (explained.some((w) => within(path, w))) continue;
        unexplained.push(path);
      }
    }
    expect(unexplained).toEqual([]);
  });
});

function describeFindings(r: ParsedReport): string {
  return r.findings.map((f) => `  ${f.rule} @ ${f.where}: ${f.message}`).join('\n');
}
