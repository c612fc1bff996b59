/** The files an import is given, walked: order, hidden entries, links, missing paths, batches across folders. */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { countFiles, listFiles, walkFiles } from '../../lib/ingest/walk-files';
import { tempDir } from '../support/temp-db';

function tree(): string {
  const root = tempDir();
  const file = (p: string) => {
    mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
    writeFileSync(path.join(root, p), p);
  };
  ['b.txt', 'a/2.txt', 'a/1.txt', 'a/z/deep.html', 'c.docx', '.hidden.txt', '.git/config', 'a/.DS_Store'].forEach(file);
  symlinkSync(path.join(root, 'c.docx'), path.join(root, 'link.docx'));
  symlinkSync(path.join(root, 'gone.txt'), path.join(root, 'broken.txt'));
  return root;
}

test('folders in name order, depth first; hidden entries inside folders skipped; links followed; a link to nothing reported', async () => {
  const root = tree();
  const { files, missing } = await listFiles([root]);
  expect(files.map((f) => path.relative(root, f))).toEqual([
    'a/1.txt',
    'a/2.txt',
    'a/z/deep.html',
    'b.txt',
    'c.docx',
    'link.docx',
  ]);
  expect(missing).toEqual([
    { file: path.join(root, 'broken.txt'), error: `${path.join(root, 'broken.txt')}: a link to nothing` },
  ]);
});

test('paths given are taken as given (a hidden file too), a missing one reported, in the order given', async () => {
  const root = tree();
  const given = [
    path.join(root, 'b.txt'),
    path.join(root, 'nope'),
    path.join(root, '.hidden.txt'),
    path.join(root, 'a', 'z'),
  ];
  const { files, missing } = await listFiles(given);
  expect(files.map((f) => path.relative(root, f))).toEqual(['b.txt', '.hidden.txt', 'a/z/deep.html']);
  expect(missing.map((m) => m.error)).toEqual([`${path.join(root, 'nope')}: no such file or folder`]);
  expect(await countFiles(given)).toEqual({ count: 3, missing });
});

test('batches of at most 256 that run across folders, and together are the whole list in order', async () => {
  const root = tempDir();
  for (const folder of ['f1', 'f2', 'f3']) {
    mkdirSync(path.join(root, folder));
    for (let i = 0; i < 200; i++) writeFileSync(path.join(root, folder, `${String(i).padStart(3, '0')}.txt`), '');
  }
  const batches: string[][] = [];
  for await (const batch of walkFiles([root])) batches.push(batch);
  expect(batches.map((b) => b.length)).toEqual([256, 256, 88]);
  const all = batches.flat().map((f) => path.relative(root, f));
  expect(all).toEqual([...all].sort());
  expect(new Set(all).size).toBe(600);
});
