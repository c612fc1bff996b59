/**
 * db/ is a leaf (issue 20): it imports drizzle-orm, @libsql/client, Node's built-ins and its own files,
 * never lib/ or app/, so the storage can be read, tested and changed without the parser or the dashboard.
 * What the database needs from above (a planner, a sort key, a report's type) is handed to it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const DB = path.join(ROOT, 'db');

/** drizzle-kit's own config names drizzle-kit; nothing imports that file. */
const TOOL_IMPORTS: Record<string, string[]> = { 'drizzle.config.ts': ['drizzle-kit'] };

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/**
 * Every module a file names: `import … from`, `export … from`, a bare import, import(), require(). A regex
 * rather than a parser (TypeScript 7 has no JavaScript API), run with the comments taken out; a match inside
 * a string only makes the test stricter.
 */
const MODULE = /\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

const COMMENT = /\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm;

function modulesNamed(source: string): string[] {
  return [...source.replace(COMMENT, '$1').matchAll(MODULE)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
}

const importsOf = (file: string) => modulesNamed(readFileSync(file, 'utf8'));

function allowed(file: string, spec: string): boolean {
  if (spec.startsWith('.')) {
    const target = path.resolve(path.dirname(file), spec);
    return target === DB || target.startsWith(DB + path.sep);
  }
  if (spec === 'drizzle-orm' || spec.startsWith('drizzle-orm/') || spec === '@libsql/client' || spec.startsWith('node:')) return true;
  return (TOOL_IMPORTS[path.relative(DB, file)] ?? []).includes(spec);
}

test('every import under db/ stays within db/ or names drizzle-orm, @libsql/client or node:', () => {
  const files = tsFiles(DB);
  expect(files.length).toBeGreaterThan(40);
  const outside = files.flatMap((file) => importsOf(file).filter((spec) => !allowed(file, spec)).map((spec) => `${path.relative(ROOT, file)}: ${spec}`));
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
  const source = "/** the import's */ import type { A } from '../a';\nexport { b } from \"../b\"; // it's\nimport '../c';\nconst d = await import('../d');\nrequire('../e');";
  expect(modulesNamed(source)).toEqual(['../a', '../b', '../c', '../d', '../e']);
});
