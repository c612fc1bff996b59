/**
 * db/ is a leaf (issue 20): it imports drizzle-orm, @libsql/client, Node's built-ins and its own files,
 * never lib/ or app/, so the storage can be read, tested and changed without the parser or the dashboard.
 * What the database needs from above (a planner, a sort key, a report's type) is handed to it.
 */
import path from 'node:path';
import { expect, test } from 'vitest';
import { importsOf, modulesNamed, ROOT, tsFiles } from './module-graph';

const DB = path.join(ROOT, 'db');

/** drizzle-kit's own config names drizzle-kit; nothing imports that file. */
const TOOL_IMPORTS: Record<string, string[]> = { 'drizzle.config.ts': ['drizzle-kit'] };

function allowed(file: string, spec: string): boolean {
  if (spec.startsWith('.')) {
    const target = path.resolve(path.dirname(file), spec);
    return target === DB || target.startsWith(DB + path.sep);
  }
  if (
    spec === 'drizzle-orm' ||
    spec.startsWith('drizzle-orm/') ||
    spec === '@libsql/client' ||
    spec.startsWith('node:')
  )
    return true;
  return (TOOL_IMPORTS[path.relative(DB, file)] ?? []).includes(spec);
}

test('every import under db/ stays within db/ or names drizzle-orm, @libsql/client or node:', () => {
  const files = tsFiles(DB);
  expect(files.length).toBeGreaterThan(40);
  const outside = files.flatMap((file) =>
    importsOf(file)
      .filter((spec) => !allowed(file, spec))
      .map((spec) => `${path.relative(ROOT, file)}: ${spec}`),
  );
  expect(outside).toEqual([]);
});

test('the check sees what it must refuse', () => {
  const file = path.join(DB, 'queries', 'example.ts');
  expect(allowed(file, '../../lib/ingest/prepare-report')).toBe(false);
  expect(allowed(file, '@/lib/format/pinyin-key')).toBe(false);
  expect(allowed(file, 'react')).toBe(false);
  expect(allowed(file, 'fs')).toBe(false);
  expect(allowed(file, '../sql/metric-sql')).toBe(true);
  expect(allowed(file, 'drizzle-orm/sqlite-core')).toBe(true);
  const source =
    "/** the import's */ import type { A } from '../a';\nexport { b } from \"../b\"; // it's\nimport '../c';\nconst d = await import('../d');\nrequire('../e');";
  expect(modulesNamed(source)).toEqual(['../a', '../b', '../c', '../d', '../e']);
});
