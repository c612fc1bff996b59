/**
 * One home for presentation (issue 20, step 3; ADR 0014). App pages and components import only what shows
 * a view: lib/dashboard (the loaders, tables, chart catalog, the form's layout), lib/view-state (the URL),
 * lib/format (numbers and dates), lib/i18n (the words), db/app-database (the handle they pass to the
 * loaders), other app files and the UI packages. Route handlers may also use lib/export (the files),
 * lib/charts (pictures rendered on the server) and lib/refusal (how a refusal is answered); the upload
 * routes and page (ADR 0013) lib/ingest. Type-only imports count: a type from db/queries in a component is
 * a page knowing the storage. And the words: lib/i18n imports nothing, and no code in app/ or lib/dashboard
 * writes Chinese but the national form's own words (lib/dashboard/report-view).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { importsOf, modulesNamed, resolveInRepo, ROOT, tsFiles, withoutComments } from './module-graph';

const rel = (file: string) => path.relative(ROOT, file);
const isUnder = (file: string, dirs: readonly string[]) => dirs.some((d) => rel(file) === d || rel(file).startsWith(d));

const PAGE = ['app/', 'lib/dashboard/', 'lib/view-state/', 'lib/format/', 'lib/i18n/', 'db/app-database.ts'];
const ROUTE = [...PAGE, 'lib/export/', 'lib/charts/', 'lib/refusal/'];
const UPLOAD = ['app/api/import/', 'app/import/'];
const PACKAGE = /^(react|react-dom|next|echarts|@tanstack\/[^/]+)(\/.*)?$/;

/** Single arrows allowed by name, each for a reason. */
const NAMED: Record<string, string[]> = {
  // The one chart component draws with ECharts as registered once for the builders and the image route (ADR 0004).
  'app/ui/echart.tsx': ['lib/charts/echarts-registry.ts'],
  // The export's worker thread opens its own connection with the app database's configuration.
  'app/api/export/route.ts': ['db/client.ts'],
};

/** Why `file` may not import `spec`, or null when it may. */
function refusal(file: string, spec: string): string | null {
  const target = resolveInRepo(file, spec);
  if (target === null) return PACKAGE.test(spec) ? null : 'a package the UI does not use';
  if ((NAMED[rel(file)] ?? []).includes(rel(target))) return null;
  const allowed = [...(isUnder(file, ['app/api/']) ? ROUTE : PAGE), ...(isUnder(file, UPLOAD) ? ['lib/ingest/'] : [])];
  return isUnder(target, allowed) ? null : `${rel(target)} is not presentation`;
}

test('app files import only lib/dashboard, lib/view-state, lib/format, lib/i18n, db/app-database (routes and uploads a little more)', () => {
  const files = tsFiles(path.join(ROOT, 'app'));
  expect(files.length).toBeGreaterThan(30);
  const found = files.flatMap((file) =>
    importsOf(file)
      .map((spec) => [spec, refusal(file, spec)] as const)
      .filter(([, why]) => why !== null)
      .map(([spec, why]) => `${rel(file)}: ${spec} (${why})`),
  );
  expect(found).toEqual([]);
});

test('the check sees what it must refuse', () => {
  const at = (p: string) => path.join(ROOT, p);
  const page = at('app/quality/page.tsx');
  const component = at('app/ui/metric-picker.tsx');
  const route = at('app/api/chart/route.ts');
  const upload = at('app/api/import/route.ts');
  expect(refusal(page, '@/db/queries/list-findings')).not.toBeNull();
  expect(refusal(page, '@/db/client')).not.toBeNull();
  expect(refusal(page, '@/lib/metrics/dictionary')).not.toBeNull();
  expect(refusal(page, '@/lib/report/version')).not.toBeNull();
  expect(refusal(page, '@/lib/regions/tree')).not.toBeNull();
  expect(refusal(page, '@/lib/charts/render-image')).not.toBeNull();
  expect(refusal(page, '@/lib/export/csv')).not.toBeNull();
  expect(refusal(page, '@/lib/ingest/admin-token')).not.toBeNull();
  expect(refusal(component, '../../lib/agencies/agency-type')).not.toBeNull();
  expect(refusal(component, 'lodash')).not.toBeNull();
  expect(refusal(route, '../../../lib/ingest/import-uploads')).not.toBeNull();
  expect(refusal(route, '../../../db/queries/get-agency')).not.toBeNull();
  expect(refusal(route, '../../../db/client')).not.toBeNull();
  expect(refusal(page, '@/lib/dashboard/quality-page')).toBeNull();
  expect(refusal(page, '@/db/app-database')).toBeNull();
  expect(refusal(page, '@/lib/i18n/quality-text')).toBeNull();
  expect(refusal(component, '@/lib/view-state/view-state')).toBeNull();
  expect(refusal(component, 'next/navigation')).toBeNull();
  expect(refusal(component, '@tanstack/react-table')).toBeNull();
  expect(refusal(route, '@/lib/charts/render-image')).toBeNull();
  expect(refusal(route, '../../../lib/export/export-thread')).toBeNull();
  expect(refusal(upload, '../../../lib/ingest/import-uploads')).toBeNull();
  // Words that are no keyword name no module.
  expect(
    modulesNamed(`fetch('/api/import', { body }); <select name="from" value={a ?? ''}>; const k = { key: 'import' };`),
  ).toEqual([]);
});

test('lib/i18n is words only: it imports nothing', () => {
  const files = tsFiles(path.join(ROOT, 'lib', 'i18n'));
  expect(files.length).toBeGreaterThan(8);
  expect(files.flatMap((file) => importsOf(file).map((spec) => `${rel(file)}: ${spec}`))).toEqual([]);
});

/** Han characters in code, comments left out (they may quote the form, as in '表三 · …'). */
const HAN = /[\u3400-\u9fff]/;
/** The national form's own words, with their English, are the layout of its tables. */
const FORM_WORDS = 'lib/dashboard/report-view/';

test("no Chinese in the code of app/ or lib/dashboard but the form's own words: the UI's words are in lib/i18n", () => {
  const files = [...tsFiles(path.join(ROOT, 'app')), ...tsFiles(path.join(ROOT, 'lib', 'dashboard'))].filter(
    (f) => !isUnder(f, [FORM_WORDS]),
  );
  const found = files.flatMap((file) =>
    withoutComments(readFileSync(file, 'utf8'))
      .split('\n')
      .filter((line) => HAN.test(line))
      .map((line) => `${rel(file)}: ${line.trim()}`),
  );
  expect(found).toEqual([]);
  expect(HAN.test(withoutComments("const a = '总览'; // 总览"))).toBe(true);
  expect(HAN.test(withoutComments("const a = 'Overview'; // 总览"))).toBe(false);
});
