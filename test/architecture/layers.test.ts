/**
 * The allowed arrows between the layers (docs/architecture.md), checked on the import graph of every
 * TypeScript file in app/, lib/ and db/: app → lib → db, never back; the parser (lib/report) imports only
 * itself and packages; db only itself (db-is-a-leaf.test.ts says which packages); and no circle of files.
 */
import path from 'node:path';
import { expect, test } from 'vitest';
import { importsOf, resolveInRepo, ROOT, tsFiles } from './module-graph';

const rel = (file: string) => path.relative(ROOT, file);
const under = (file: string, dir: string) => rel(file).startsWith(`${dir}/`);

/** Every file of the three layers with the repository files it imports (packages left out). */
function graph(options: { withTypes: boolean }): Map<string, string[]> {
  const files = ['app', 'lib', 'db'].flatMap((dir) => tsFiles(path.join(ROOT, dir)));
  return new Map(
    files.map((file) => [
      file,
      importsOf(file, options)
        .map((spec) => resolveInRepo(file, spec))
        .filter((t): t is string => t !== null),
    ]),
  );
}

/** An arrow that goes the wrong way, as "from → to", or null. */
function wrongArrow(from: string, to: string): string | null {
  const arrow = `${rel(from)} → ${rel(to)}`;
  if (under(from, 'db') && !under(to, 'db')) return arrow;
  if (under(from, 'lib/report') && !under(to, 'lib/report')) return arrow;
  if (under(from, 'lib') && under(to, 'app')) return arrow;
  return null;
}

test('no arrow goes up: db → lib or app, lib/report → anything but itself, lib → app', () => {
  const g = graph({ withTypes: true });
  expect(g.size).toBeGreaterThan(300);
  const wrong = [...g].flatMap(([from, targets]) =>
    targets.map((to) => wrongArrow(from, to)).filter((a) => a !== null),
  );
  expect(wrong).toEqual([]);
});

test('the check sees an arrow up', () => {
  const at = (p: string) => path.join(ROOT, p);
  expect(wrongArrow(at('db/queries/x.ts'), at('lib/metrics/types.ts'))).not.toBeNull();
  expect(wrongArrow(at('lib/report/parse.ts'), at('lib/format/number.ts'))).not.toBeNull();
  expect(wrongArrow(at('lib/dashboard/x.ts'), at('app/i18n/common-text.ts'))).not.toBeNull();
  expect(wrongArrow(at('lib/dashboard/x.ts'), at('db/app-database.ts'))).toBeNull();
  expect(wrongArrow(at('app/page.tsx'), at('lib/dashboard/x.ts'))).toBeNull();
});

/** The circles of the graph (strongly connected components of two or more files, or a file importing itself). */
function circles(g: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let next = 0;
  // Iterative Tarjan: the graph has hundreds of files, recursion depth is not the concern, clarity is.
  const visit = (start: string) => {
    const work: { node: string; edge: number }[] = [{ node: start, edge: 0 }];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const top = work[work.length - 1];
      const targets = (g.get(top.node) ?? []).filter((t) => g.has(t));
      if (top.edge < targets.length) {
        const t = targets[top.edge++];
        if (!index.has(t)) {
          index.set(t, next);
          low.set(t, next++);
          stack.push(t);
          onStack.add(t);
          work.push({ node: t, edge: 0 });
        } else if (onStack.has(t)) low.set(top.node, Math.min(low.get(top.node)!, index.get(t)!));
        continue;
      }
      work.pop();
      if (work.length > 0)
        low.set(work[work.length - 1].node, Math.min(low.get(work[work.length - 1].node)!, low.get(top.node)!));
      if (low.get(top.node) === index.get(top.node)) {
        const component: string[] = [];
        let n: string;
        do {
          n = stack.pop()!;
          onStack.delete(n);
          component.push(rel(n));
        } while (n !== top.node);
        if (component.length > 1 || (g.get(top.node) ?? []).includes(top.node)) out.push(component.sort());
      }
    }
  };
  for (const node of g.keys()) if (!index.has(node)) visit(node);
  return out;
}

test('no circle of files, type imports included', () => {
  expect(circles(graph({ withTypes: true }))).toEqual([]);
});

test('the check sees a circle', () => {
  const g = new Map([
    ['a', ['b']],
    ['b', ['c']],
    ['c', ['a']],
    ['d', ['a']],
  ]);
  expect(circles(g).map((c) => c.length)).toEqual([3]);
});
