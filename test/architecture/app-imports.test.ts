/**
 * Reads apart from writes (issue 20, step 2): the dashboard's pages read the database and never load the
 * import or the parser (mammoth, unpdf, OCR). Only the upload routes and page (app/api/import/, app/import/)
 * import lib/ingest; no app file imports the parser's entries (lib/report's front door, parse*, its readers,
 * OCR or interpretation), and no other app file reaches the parser through what it imports (a small helper
 * of lib/ingest that loads nothing of it, such as admin-token.ts, may be reached).
 */
import path from 'node:path';
import { expect, test } from 'vitest';
import { importsOf, resolveInRepo, ROOT, tsFiles } from './module-graph';

const APP = path.join(ROOT, 'app');
const UPLOADS = ['app/api/import/', 'app/import/'];

const rel = (file: string) => path.relative(ROOT, file);
const isUpload = (file: string) => UPLOADS.some((dir) => rel(file).startsWith(dir));

/** The parser's entries: what loads mammoth, unpdf and OCR. lib/report's types, version, decoder are not. */
function isParser(target: string): boolean {
  const r = rel(target).replace(/\.tsx?$/, '');
  return (
    r === 'lib/report' ||
    r === 'lib/report/index' ||
    /^lib\/report\/(parse[^/]*|readers\/.*|ocr(\/.*)?|interpret\/.*)$/.test(r)
  );
}
const isIngest = (target: string) => rel(target).startsWith('lib/ingest/');

function refused(file: string, target: string): boolean {
  return isParser(target) || (isIngest(target) && !isUpload(file));
}

test('no app file but the upload routes and page imports lib/ingest, and none imports the parser', () => {
  const files = tsFiles(APP);
  expect(files.length).toBeGreaterThan(30);
  const found = files.flatMap((file) =>
    importsOf(file)
      .map((spec) => [spec, resolveInRepo(file, spec)] as const)
      .filter(([, target]) => target !== null && refused(file, target))
      .map(([spec]) => `${rel(file)}: ${spec}`),
  );
  expect(found).toEqual([]);
});

/** The first chain of value imports (type-only imports load nothing) from `file` to the parser. */
function chainToParser(file: string, seen = new Set<string>()): string[] | null {
  for (const spec of importsOf(file, { withTypes: false })) {
    const target = resolveInRepo(file, spec);
    if (target === null || seen.has(target)) continue;
    seen.add(target);
    if (isParser(target)) return [rel(file), rel(target)];
    if (!/\.tsx?$/.test(target)) continue;
    const rest = chainToParser(target, seen);
    if (rest) return [rel(file), ...rest];
  }
  return null;
}

test('nor does any page reach the parser through what it imports', () => {
  const chains = tsFiles(APP)
    .filter((f) => !isUpload(f))
    .map((f) => chainToParser(f))
    .filter((c) => c !== null);
  expect(chains.map((c) => c.join(' → '))).toEqual([]);
});

test('the check sees what it must refuse', () => {
  const page = path.join(APP, 'agency', '[id]', 'page.tsx');
  const upload = path.join(APP, 'api', 'import', 'route.ts');
  const at = (from: string, spec: string) => resolveInRepo(from, spec)!;
  expect(refused(page, at(page, '@/lib/ingest/seed-samples'))).toBe(true);
  expect(refused(page, at(page, '../../../lib/ingest/import-files'))).toBe(true);
  expect(refused(page, at(page, '@/lib/report'))).toBe(true);
  expect(refused(page, at(page, '@/lib/report/parse-any'))).toBe(true);
  expect(refused(page, at(page, '@/lib/report/readers/pdf'))).toBe(true);
  expect(refused(upload, at(upload, '../../../lib/report/parse'))).toBe(true);
  expect(refused(upload, at(upload, '../../../lib/ingest/import-uploads'))).toBe(false);
  expect(refused(page, at(page, '@/lib/report/source-text'))).toBe(false);
  expect(refused(page, at(page, '@/lib/report/types'))).toBe(false);
  expect(refused(page, at(page, '@/db/app-database'))).toBe(false);
});

test('the walk finds the parser behind the upload route', () => {
  const chain = chainToParser(path.join(APP, 'api', 'import', 'route.ts'));
  expect(chain?.[0]).toBe('app/api/import/route.ts');
  expect(chain?.at(-1)).toMatch(/^lib\/report\//);
});
