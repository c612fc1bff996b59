/**
 * Reading a number out of a parsed report by its JSON path, the same path provenance and findings use:
 * 'table2.regulations[0]', 'table3.newReceived.natural', 'table4.review.corrected'.
 * The path may come from a URL, so only the report's own keys are followed (never 'constructor' and the like).
 */
import type { ParsedReport } from '../../report/types';

/** The steps of a path: 'table2.fees[1]' → ['table2', 'fees', 1]; null when the path is malformed. */
export function pathSteps(path: string): (string | number)[] | null {
  const steps: (string | number)[] = [];
  for (const part of path.split('.')) {
    const m = /^([A-Za-z][A-Za-z0-9]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) return null;
    steps.push(m[1]);
    for (const index of m[2].matchAll(/\[(\d+)\]/g)) steps.push(Number(index[1]));
  }
  return steps;
}

/**
 * The value at `path`: a number, null where the report leaves the cell blank or it could not be read,
 * undefined where the report has no such cell at all (another form's row, a malformed path).
 */
export function valueAt(report: ParsedReport, path: string): number | null | undefined {
  const steps = pathSteps(path);
  if (!steps) return undefined;
  let node: unknown = report;
  for (const step of steps) {
    if (typeof step === 'number') {
      if (!Array.isArray(node) || step >= node.length) return undefined;
      node = node[step];
    } else {
      if (node === null || typeof node !== 'object' || Array.isArray(node) || !Object.hasOwn(node, step))
        return undefined;
      node = (node as Record<string, unknown>)[step];
    }
  }
  if (node === null) return null;
  return typeof node === 'number' && Number.isFinite(node) ? node : undefined;
}

/** The row a cell belongs to: 'table3.granted.natural' → 'table3.granted', 'table2.fees[1]' → 'table2.fees'. */
export function rowPathOf(path: string): string {
  return path.replace(/(\[\d+\]|\.[A-Za-z0-9]+)$/, '');
}

const TABLE_KEYS = ['table2', 'table3', 'table4'] as const;

/** Every number or null in tables 2, 3 and 4 of a report, by path, in the report's own key order. */
export function tableValuePaths(report: ParsedReport): string[] {
  const paths: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (node === null || typeof node === 'number') paths.push(path);
    else if (Array.isArray(node)) node.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, `${path}.${k}`);
  };
  for (const table of TABLE_KEYS) walk(report[table], table);
  return paths;
}
