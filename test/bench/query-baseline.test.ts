/** The bench's comparison with an earlier run (test/bench/e2e/query-baseline.ts). */
import { expect, test } from 'vitest';
import type { QueryResult } from './e2e/bench-results';
import { readQueryMedians, slowerThanBaseline } from './e2e/query-baseline';

const EARLIER = `# Benchmarks

## 100k reports

### Queries (same functions as the pages; 1 warm-up + 30 runs each, ms)

#### compare

| filter / sort | call | p50 | p95 | max | target p95 |  |
| --- | --- | ---: | ---: | ---: | ---: | ---: |
| default sort (appsNew desc) | loadCompareTable (first page) | 6.6 | 7.6 | 7.9 | < 150 | ✓ |
| sort agency (pinyin) | buildChart(top) | 2.9 | 5.3 | 5.4 | < 100 | ✓ |
| sort agency (pinyin) | page calls | 13.0 | 15.6 | 15.9 | — |  |

## 1m reports

#### compare

| filter / sort | call | p50 | p95 | max | target p95 |  |
| --- | --- | ---: | ---: | ---: | ---: | ---: |
| default sort (appsNew desc) | loadCompareTable (first page) | 9.9 | 12.0 | 13.0 | < 150 | ✓ |
`;

const result = (filter: string, call: string, p50: number): QueryResult => ({
  view: 'compare',
  filter,
  call,
  kind: 'query',
  p50,
  p95: p50,
  max: p50,
  runs: 30,
});

test("the earlier run's medians are read from the section of the same size only", () => {
  const hundred = readQueryMedians(EARLIER, '100k');
  expect([...hundred]).toEqual([
    ['compare / default sort (appsNew desc) / loadCompareTable (first page)', 6.6],
    ['compare / sort agency (pinyin) / buildChart(top)', 2.9],
    ['compare / sort agency (pinyin) / page calls', 13.0],
  ]);
  expect(
    readQueryMedians(EARLIER, '1m').get('compare / default sort (appsNew desc) / loadCompareTable (first page)'),
  ).toBe(9.9);
  expect(readQueryMedians(EARLIER, '10k').size).toBe(0);
});

test('a case 3× slower and 5 ms more is named, however far under its target; noise and new cases are not', () => {
  const slower = slowerThanBaseline(
    [
      result('default sort (appsNew desc)', 'loadCompareTable (first page)', 79.0),
      result('sort agency (pinyin)', 'buildChart(top)', 8.0),
      result('sort agency (pinyin)', 'page calls', 14.1),
      result('a case the earlier run had not', 'page calls', 500),
    ],
    readQueryMedians(EARLIER, '100k'),
  );
  expect(slower).toEqual([
    { name: 'compare / default sort (appsNew desc) / loadCompareTable (first page)', before: 6.6, now: 79.0 },
  ]);
});
