import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  COPIES_FILE,
  corpusReportPaths,
  readProseCopies,
  syntheticCorpusOf,
  type CorpusManifest,
} from '../../lib/synth/corpus-manifest';
import { DEFAULT_RATES } from '../../lib/synth/corpus-rates';
import { writeCorpus } from '../../lib/synth/write-corpus';

const root = mkdtempSync(path.join(os.tmpdir(), 'nianbao-generate-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every file under `dir` (relative path → bytes). */
function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile())
      out.set(path.relative(dir, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name)));
  }
  return out;
}

/** The files beside the reports: the manifest and the list of copied prose. */
const isReport = (f: string) => f !== 'manifest.json' && f !== COPIES_FILE;
const sum = (t?: Record<string, number>) => Object.values(t ?? {}).reduce((a, b) => a + b, 0);

describe('writeCorpus', () => {
  const dir = path.join(root, 'a');
  const progress: number[] = [];
  let manifest: CorpusManifest;
  let files: Map<string, Buffer>;
  beforeAll(async () => {
    ({ manifest } = await writeCorpus({
      dir,
      seed: 9,
      reports: 130,
      shardSize: 50,
      onProgress: (n) => progress.push(n),
    }));
    files = snapshot(dir);
  });

  test('writes shards of at most shardSize files, named by the positions they hold', () => {
    const shards = readdirSync(dir).filter(isReport).sort();
    expect(shards).toEqual(['0000000-0000049', '0000050-0000099', '0000100-0000129']);
    expect(shards.map((s) => readdirSync(path.join(dir, s)).length)).toEqual([50, 50, 30]);
    expect(progress.at(-1)).toBe(130);
  });

  test('file names say position, agency and year; every file says it is synthetic', () => {
    const reports = [...files.keys()].filter(isReport);
    expect(reports).toHaveLength(130);
    for (const f of reports) {
      expect(path.basename(f)).toMatch(/^\d{7}-\p{Script=Han}.*-20(19|2[0-5])\.(txt|html|md)$/u);
      expect(files.get(f)!.toString('utf8')).toContain('合成数据');
    }
  });

  test('the manifest marks the corpus synthetic and counts it', () => {
    const m = JSON.parse(files.get('manifest.json')!.toString('utf8')) as CorpusManifest;
    expect(m).toEqual(manifest);
    expect(m).toMatchObject({ synthetic: true, complete: true, seed: 9, reports: 130, shardSize: 50 });
    for (const tally of [m.years, m.templates, m.levels, m.forms, m.defects, m.published]) expect(sum(tally)).toBe(130);
    expect(m.bytes).toBe([...files].filter(([f]) => isReport(f)).reduce((a, [, b]) => a + b.length, 0));
  });

  test('the manifest records the rates and exactly what they gave: dates, skipped years, copied tables', () => {
    expect(manifest.rates).toEqual(DEFAULT_RATES);
    expect(sum(manifest.dateSources)).toBe(130 - (manifest.published?.undated ?? 0));
    expect(manifest.published?.late).toBeGreaterThan(0);
    expect(manifest.published?.undated).toBeGreaterThan(0);
    // Skipped years, counted again from the file names: an agency's years with one missing between two.
    const years = new Map<string, number[]>();
    for (const f of files.keys()) {
      const m = /^\d+-(.+)-(\d{4})\.\w+$/.exec(path.basename(f));
      if (m) years.set(m[1], [...(years.get(m[1]) ?? []), Number(m[2])]);
    }
    const gaps = [...years.values()].reduce((a, ys) => a + Math.max(...ys) - Math.min(...ys) + 1 - ys.length, 0);
    expect(manifest.missingYears).toBe(gaps);
    expect(Object.keys(manifest.repeated ?? {}).sort()).toEqual(['table3', 'table4']);
    expect(manifest.unchanged?.table3).toBeGreaterThanOrEqual(0);
  });

  test('the copies of prose the manifest counts are listed beside it: which report, from which, at what share', () => {
    const copies = readProseCopies(dir)!;
    expect(manifest.copiedProse?.prev).toBeGreaterThan(0);
    expect(copies.filter((c) => c.kind === 'prev')).toHaveLength(manifest.copiedProse!.prev);
    expect(copies.filter((c) => c.kind === 'peer')).toHaveLength(manifest.copiedProse!.peer);
    const names = new Map(
      [...files.keys()].filter(isReport).map((f) => [Number(path.basename(f).split('-')[0]), path.basename(f)]),
    );
    const agency = (f: string) => /^\d+-(.+)-\d{4}\./.exec(f)![1];
    const year = (f: string) => Number(/-(\d{4})\.\w+$/.exec(f)![1]);
    for (const c of copies) {
      const [copy, from] = [names.get(c.index)!, names.get(c.from)!];
      expect(c.share, copy).toBeGreaterThanOrEqual(0.63);
      if (c.kind === 'prev') {
        expect(agency(copy)).toBe(agency(from));
        expect(year(copy)).toBe(year(from) + 1);
      } else {
        expect(agency(copy)).not.toBe(agency(from));
        expect(year(copy)).toBe(year(from));
      }
    }
  });

  test('a late report says its date where the parser reads it: a crawler header, a 发布时间 line or a signature', () => {
    const texts = [...files].filter(([f]) => isReport(f)).map(([, b]) => b.toString('utf8'));
    expect(texts.some((t) => t.startsWith('标题: ') && /\n发布时间: \d{4}-\d{2}-\d{2}/.test(t))).toBe(true);
    expect(texts.some((t) => /发布时间：\d{4}-\d{2}-\d{2}/.test(t))).toBe(true);
    expect(
      texts.some((t) =>
        /\n(?:\d{4}年\d{1,2}月\d{1,2}日|[〇一二三四五六七八九]{4}年[一二三四五六七八九十]+月[一二三四五六七八九十]+日)\n/.test(
          t,
        ),
      ),
    ).toBe(true);
  });

  test('the same seed writes the same bytes', async () => {
    const again = path.join(root, 'b');
    await writeCorpus({ dir: again, seed: 9, reports: 130, shardSize: 50 });
    const second = snapshot(again);
    expect([...second.keys()]).toEqual([...files.keys()]);
    // Buffer.equals: a deep toEqual walks the bytes one by one.
    expect([...second].filter(([f, b]) => !b.equals(files.get(f)!)).map(([f]) => f)).toEqual([]);
  });

  test('refuses a folder that is not empty', async () => {
    await expect(writeCorpus({ dir, seed: 1, reports: 5 })).rejects.toThrow(/not empty/);
  });

  test('the corpus is recognised from its folder, a shard or a file; imported as its shards', () => {
    const shard = path.join(dir, '0000050-0000099');
    const file = path.join(shard, readdirSync(shard)[0]);
    for (const p of [dir, shard, file]) expect(syntheticCorpusOf(p)?.dir, p).toBe(path.resolve(dir));
    expect(corpusReportPaths(dir).map((p) => path.basename(p))).toEqual([
      '0000000-0000049',
      '0000050-0000099',
      '0000100-0000129',
    ]);
  });

  test('a folder with some other manifest.json is not a corpus', () => {
    const other = path.join(root, 'other');
    mkdirSync(other);
    writeFileSync(path.join(other, 'manifest.json'), JSON.stringify({ synthetic: true }));
    expect(syntheticCorpusOf(other)).toBeNull();
    expect(syntheticCorpusOf(root)).toBeNull();
  });
});
