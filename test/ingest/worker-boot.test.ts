/**
 * Worker threads load their TypeScript bundled (lib/ingest/worker-boot.ts): the bundle runs the script, is
 * reused while its files are unchanged, and is made again as soon as any of them changes — a worker must never
 * run code older than its files.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, test } from 'vitest';
import { bundledWorker, workerBoot } from '../../lib/ingest/worker-boot';

const dir = mkdtempSync(path.join(os.tmpdir(), 'worker-boot-'));
const name = `probe-${process.pid}-${Date.now()}`;
const script = path.join(dir, `${name}.ts`);
const made: string[] = [];

function answer(boot: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const w = new Worker(boot, { eval: true });
    w.once('message', (m) => {
      void w.terminate();
      resolve(m);
    });
    w.once('error', reject);
  });
}

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  for (const f of made) for (const end of ['.cjs', '.json']) rmSync(f.replace(/\.cjs$/, end), { force: true });
});

describe('worker boot', () => {
  test('runs the script bundled, reuses the bundle, and makes it again when a file it came from changes', async () => {
    writeFileSync(path.join(dir, 'word.ts'), `export const word: string = 'one';\n`);
    writeFileSync(
      script,
      `import { parentPort } from 'node:worker_threads';\nimport { word } from './word';\nparentPort!.postMessage(word);\n`,
    );
    const bundle = bundledWorker(script);
    made.push(bundle);
    expect(workerBoot(script)).toBe(`require(${JSON.stringify(bundle)});`);
    expect(await answer(workerBoot(script))).toBe('one');
    const built = statSync(bundle).mtimeMs;
    expect(bundledWorker(script)).toBe(bundle);
    expect(statSync(bundle).mtimeMs).toBe(built);

    writeFileSync(path.join(dir, 'word.ts'), `export const word: string = 'two';\n`);
    expect(await answer(workerBoot(script))).toBe('two');
  });

  test('a script that cannot be bundled loads through tsx', () => {
    const broken = path.join(dir, `${name}-broken.ts`);
    writeFileSync(broken, `import { nothing } from './not-there';\nconsole.log(nothing);\n`);
    expect(workerBoot(broken)).toContain(`require('tsx/cjs/api').register()`);
  });
});
