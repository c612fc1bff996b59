import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ruleMeaning } from '../../lib/dashboard/finding-words';
import { CROSS_YEAR_RULES } from '../../lib/metrics/cross-year';

const ROOT = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/**
 * Every rule id the code can put in a finding: the parser's `sink.add('…'`, a finding written as `rule: '…'`
 * (the parser's readings by order, the import, the region settling), the three missing tables (named from a
 * variable) and the checks across years.
 */
function emittedRules(): string[] {
  const found = new Set<string>([
    'table2.missing',
    'table3.missing',
    'table4.missing',
    ...Object.keys(CROSS_YEAR_RULES),
  ]);
  for (const dir of ['lib/report', 'lib/ingest', 'lib/metrics'])
    for (const file of sources(path.join(ROOT, dir))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/sink\.add\(\s*'([\w.]+)'|\brule: '([\w.]+)'/g)) found.add(m[1] ?? m[2]);
    }
  return [...found].sort();
}

describe('ruleMeaning', () => {
  test.each([
    ['table3.balance', 'zh', '表三勾稽关系不成立'],
    ['crossYear.carryOver', 'zh', '上年结转'],
    ['crossYear.carryOver', 'en', 'Carried over'],
    ['import.held', 'zh', '待人工核实'],
    ['import.held', 'en', 'kept for review'],
  ] as const)('%s (%s) is explained', (rule, locale, words) => {
    expect(ruleMeaning(rule, locale)).toContain(words);
  });
  test('an unknown or inherited name explains nothing', () => {
    expect(ruleMeaning('no.such.rule', 'zh')).toBe('');
    expect(ruleMeaning('constructor', 'zh')).toBe('');
  });

  // /quality links each rule by its words (issue 18): a rule without them would show its bare id.
  test('every rule the parser, the import and the cross-year checks can emit has words in both languages', () => {
    const rules = emittedRules();
    expect(rules.length).toBeGreaterThan(40);
    expect(rules).toContain('import.held');
    expect(rules).toContain('row.decodeWithdrawn');
    const wordless = rules.flatMap((rule) =>
      (['zh', 'en'] as const).filter((l) => ruleMeaning(rule, l).trim() === '').map((l) => `${rule} (${l})`),
    );
    expect(wordless).toEqual([]);
  });
});
