import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { FINDING_RULES } from '../../lib/report/rules';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

test('every finding the parser emits is in the catalogue, with the severity it is emitted with', () => {
  const emitted = new Map<string, Set<string>>();
  for (const file of sources(path.resolve(__dirname, '../../lib/report'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/sink\.add\(\s*'([\w.]+)',\s*'(\w+)'/g)) {
      if (!emitted.has(m[1])) emitted.set(m[1], new Set());
      emitted.get(m[1])!.add(m[2]);
    }
  }
  for (const kind of ['table2', 'table3', 'table4']) emitted.set(`${kind}.missing`, new Set());
  expect(emitted.size).toBeGreaterThan(25);
  for (const [rule, severities] of emitted) {
    expect(FINDING_RULES[rule], rule).toBeDefined();
    if (rule !== 'value.derived') for (const s of severities) expect(FINDING_RULES[rule].severity, rule).toBe(s);
  }
});
