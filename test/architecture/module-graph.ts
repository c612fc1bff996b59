/**
 * The modules a source file names, for the architecture tests: a regex rather than a parser (TypeScript 7
 * has no JavaScript API), run with the comments taken out; a match inside a string only makes a test stricter.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

export function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/**
 * Every module a file names: `import … from`, `export … from`, a bare import, import(), require(). A `from`
 * or `import` inside a string or a path ('/import', name="from") is not a keyword, so not one after a quote,
 * a slash, a dot or a word character.
 */
const MODULE =
  /(?<![\w$"'./-])from\s*['"]([^'"]+)['"]|(?<![\w$"'./-])import\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

const COMMENT = /\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm;

/** The source with its comments taken out (a `//` after a colon, as in a URL, stays). */
export const withoutComments = (source: string) => source.replace(COMMENT, '$1');

/** `import type … from` and `export type … from`: erased when compiled, so they load nothing. */
const TYPE_ONLY = /\b(?:import|export)\s+type\s[^;]*?\bfrom\s*['"][^'"]+['"]/g;

export function modulesNamed(source: string, { withTypes = true } = {}): string[] {
  let code = withoutComments(source);
  if (!withTypes) code = code.replace(TYPE_ONLY, '');
  return [...code.matchAll(MODULE)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
}

export const importsOf = (file: string, options?: { withTypes?: boolean }) =>
  modulesNamed(readFileSync(file, 'utf8'), options);

/** The file a specifier names inside the repository (relative, or `@/` as tsconfig.json maps it); null for a package. */
export function resolveInRepo(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else if (spec.startsWith('@/')) base = path.join(ROOT, spec.slice(2));
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return base;
}
