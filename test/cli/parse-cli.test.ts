import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const SAMPLES = path.join(ROOT, 'db/samples');
const SEEDS = readdirSync(SAMPLES)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => path.join('db/samples', n));

async function parseRaw(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, ['lib/cli/parse.ts', ...args], { cwd: ROOT, maxBuffer: 256 << 20 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

async function parse(...args: string[]) {
  const { code, stdout, stderr } = await parseRaw(...args);
  return { code, out: JSON.parse(stdout), stderr };
}

const lines = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));

/** A folder of reports: two seeds at the top, one in a sub-folder, one hidden, an empty file, a link to nothing. */
function reportFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'nianbao-parse-'));
  mkdirSync(path.join(dir, 'b-sub', '.hidden'), { recursive: true });
  copyFileSync(path.join(ROOT, SEEDS[0]), path.join(dir, 'a.txt'));
  copyFileSync(path.join(ROOT, SEEDS[1]), path.join(dir, 'b-sub', 'one.txt'));
  copyFileSync(path.join(ROOT, SEEDS[2]), path.join(dir, 'b-sub', '.hidden', 'skipped.txt'));
  copyFileSync(path.join(ROOT, SEEDS[3]), path.join(dir, 'c.txt'));
  writeFileSync(path.join(dir, 'b-sub', 'empty.txt'), '');
  symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, 'b-sub', 'link.txt'));
  return dir;
}

describe('npm run parse', () => {
  test('one object per file, in the order given; a bad file in the middle is named on stderr, the rest still parse, exit 1', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nianbao-cli-'));
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const { code, out, stderr } = await parse(SEEDS[2], empty, 'no/such/file.txt', SEEDS[3]);
    expect(code).toBe(1);
    expect(out.map((r: { file: string }) => r.file)).toEqual([SEEDS[2], empty, 'no/such/file.txt', SEEDS[3]]);
    expect(out[0]).toMatchObject({ agency: '吴忠市科学技术局', year: 2021, template: '2021' });
    expect(out[1].error).toMatch(/empty\.txt: the file is empty/);
    expect(out[2].error).toMatch(/no\/such\/file\.txt: no such file/);
    expect(out[3].summary.newReceived).toBe(3);
    expect(stderr.trim().split('\n')).toEqual([out[1].error, out[2].error]);
  }, 60_000);

  test('region and agency type are filled as the import fills them (docs/report-json.md)', async () => {
    const { code, out } = await parse(SEEDS[0], SEEDS[1]);
    expect(code).toBe(0);
    expect(out[0]).toMatchObject({
      agency: '忻州市科学技术局',
      region: { code: '140900', province: '山西省', city: '忻州市', county: null },
      agencyType: '科技局',
    });
    expect(out[1]).toMatchObject({
      agency: '上高县科技局',
      region: { code: '360923', province: '江西省', city: '宜春市', county: '上高县' },
      agencyType: '科技局',
    });
  }, 60_000);

  test('folders are read recursively in name order, hidden entries skipped, links to nothing named in place', async () => {
    const dir = reportFolder();
    const { code, stdout, stderr } = await parseRaw(dir, '--jsonl');
    expect(code).toBe(1);
    const out = lines(stdout);
    expect(out.map((r: { file: string }) => path.relative(dir, r.file))).toEqual([
      'a.txt',
      'b-sub/empty.txt',
      'b-sub/link.txt',
      'b-sub/one.txt',
      'c.txt',
    ]);
    expect(out.map((r: { agency?: string }) => r.agency ?? null)).toEqual([
      '忻州市科学技术局',
      null,
      null,
      '上高县科技局',
      '嘉兴市科学技术局',
    ]);
    expect(out[2].error).toMatch(/link\.txt: a link to nothing/);
    expect(stderr).toMatch(/empty\.txt: the file is empty/);
  }, 60_000);

  test('--jsonl: one JSON object a line, in walk order (streaming itself: parse-stream.test.ts)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nianbao-jsonl-'));
    for (let i = 0; i < 40; i++) copyFileSync(path.join(ROOT, SEEDS[i % SEEDS.length]), path.join(dir, `r${i}.txt`));
    const { code, stdout } = await parseRaw(dir, '--jsonl');
    expect(code).toBe(0);
    const out = lines(stdout);
    expect(out).toHaveLength(40);
    expect(out.map((r: { file: string }) => path.basename(r.file))).toEqual(
      Array.from({ length: 40 }, (_, i) => `r${i}.txt`).sort(),
    );
    expect(out[0]).toMatchObject({ agency: '忻州市科学技术局', year: 2020 });
    expect(out.every((r: { table3?: object }) => typeof r.table3 === 'object')).toBe(true);
  }, 120_000);

  test('--workers 2 prints what --workers 1 and --workers 0 print, byte for byte', async () => {
    const dir = reportFolder();
    const [one, two, inline] = await Promise.all([
      parseRaw(dir, ...SEEDS, '--workers', '1'),
      parseRaw(dir, ...SEEDS, '--workers', '2'),
      parseRaw(dir, ...SEEDS, '--workers', '0'),
    ]);
    expect(JSON.parse(one.stdout)).toHaveLength(5 + SEEDS.length);
    expect(two.stdout).toBe(one.stdout);
    expect(inline.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
  }, 120_000);

  test('usage errors exit 2', async () => {
    expect((await parseRaw()).code).toBe(2);
    expect((await parseRaw(SEEDS[0], '--workers', 'many')).code).toBe(2);
  }, 60_000);
});
