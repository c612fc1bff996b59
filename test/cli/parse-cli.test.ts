import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

async function parse(...files: string[]) {
  try {
    const { stdout } = await run(TSX, ['lib/cli/parse.ts', ...files], { cwd: ROOT });
    return { code: 0, out: JSON.parse(stdout) };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { code: err.code, out: JSON.parse(err.stdout) };
  }
}

describe('npm run parse', () => {
  test('one object per file, in the order given; a bad file gives an error and the rest still print', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nianbao-cli-'));
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const { code, out } = await parse(
      'db/samples/002_f5ed227d78862500.txt',
      empty,
      'no/such/file.txt',
      'db/samples/003_ce3ce06ef0481c4f.txt',
    );
    expect(code).toBe(0);
    expect(out.map((r: { file: string }) => r.file)).toEqual([
      'db/samples/002_f5ed227d78862500.txt',
      empty,
      'no/such/file.txt',
      'db/samples/003_ce3ce06ef0481c4f.txt',
    ]);
    expect(out[0]).toMatchObject({ agency: '吴忠市科学技术局', year: 2021, template: '2021' });
    expect(out[1].error).toMatch(/empty\.txt: the file is empty/);
    expect(out[2].error).toMatch(/no such file/);
    expect(out[3].summary.newReceived).toBe(3);
  }, 30_000);

  test('region and agency type are filled as the import fills them (docs/report-json.md)', async () => {
    const { code, out } = await parse('db/samples/000_1552932f4d23b490.txt', 'db/samples/001_a164060509a28f52.txt');
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
  }, 30_000);

  test('exit status is non-zero when no file parsed', async () => {
    const { code, out } = await parse('no/such/file.txt');
    expect(code).not.toBe(0);
    expect(out).toHaveLength(1);
    expect(out[0].error).toMatch(/no such file/);
  }, 30_000);
});
