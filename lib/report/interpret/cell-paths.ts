/**
 * The paths of a row's cells ("table3.granted.natural", "table2.regulations[0]"), each string made once.
 *
 * The provenance record is keyed by these paths; a key the engine has seen before is found at once,
 * while a freshly built string is hashed and looked up first. Tracing ~220 cells a report was markedly
 * slower with fresh strings (measured: ADR 0007, 'Preparing a report, and the whole million again').
 */
const byRow = new Map<string, Map<readonly string[], readonly string[]>>();

/** `rowPath` followed by each suffix; the same array for the same row and suffix list. */
export function cellPaths(rowPath: string, suffixes: readonly string[]): readonly string[] {
  let bySuffixes = byRow.get(rowPath);
  if (!bySuffixes) byRow.set(rowPath, (bySuffixes = new Map()));
  let paths = bySuffixes.get(suffixes);
  if (!paths) bySuffixes.set(suffixes, (paths = suffixes.map((s) => rowPath + s)));
  return paths;
}

const rowPaths = new Map<string, Map<string, string>>();

/** "table3.granted" for ("table3", "granted"): the same string each time, so cellPaths finds its row at once. */
export function rowPathOf(table: string, key: string): string {
  let byKey = rowPaths.get(table);
  if (!byKey) rowPaths.set(table, (byKey = new Map()));
  let path = byKey.get(key);
  if (path === undefined) byKey.set(key, (path = `${table}.${key}`));
  return path;
}

const indexSuffixes: string[][] = [];

/** "[0]", "[1]", … "[k-1]": the suffixes of table 2's numbered columns. */
export function indexed(k: number): readonly string[] {
  return (indexSuffixes[k] ??= Array.from({ length: k }, (_, i) => `[${i}]`));
}

const namedSuffixes = new Map<readonly string[], readonly string[]>();

/** ".natural", ".commercial", …: the suffixes of named columns. */
export function named(columns: readonly string[]): readonly string[] {
  let suffixes = namedSuffixes.get(columns);
  if (!suffixes) namedSuffixes.set(columns, (suffixes = columns.map((c) => `.${c}`)));
  return suffixes;
}
