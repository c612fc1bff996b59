/**
 * The direct DOCX reader writes mammoth's HTML byte for byte: on small documents, one per feature of
 * WordprocessingML that changes that HTML, on the fixtures, and on generated reports; and it leaves to
 * mammoth what it does not reproduce (footnotes, symbols, checkboxes, XML it does not vouch for).
 */
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { describe, expect, test } from 'vitest';
import { readDocx } from '../../../lib/report/readers/docx';
import { docxToHtml } from '../../../lib/report/readers/docx-direct';
import { NotPlainDocx } from '../../../lib/report/readers/docx-xml-names';
import { readZipDirectory, readZipEntry } from '../../../lib/report/readers/zip';
import { renderDocx } from '../../../lib/synth/docx';
import { mulberry32, randomContent } from '../../../lib/synth/render';
import { FALLBACK_BODIES, FEATURE_BODIES, featureDocument } from '../../support/docx-features';

async function mammothHtml(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
  );
  return result.value;
}

/** The direct reader alone, on the archive's parts (it throws NotPlainDocx where it would hand over). */
function direct(bytes: Uint8Array): string {
  const entries = new Map(readZipDirectory(bytes).map((e) => [e.name, e]));
  const utf8 = new TextDecoder('utf-8');
  return docxToHtml({
    exists: (name) => entries.has(name),
    text: (name) => utf8.decode(readZipEntry(bytes, entries.get(name)!)),
  });
}

const fixture = (dir: string, name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/${dir}/${name}`, import.meta.url)));

describe('the direct reader writes what mammoth writes', () => {
  test.each(Object.keys(FEATURE_BODIES))('%s', async (name) => {
    const bytes = featureDocument(FEATURE_BODIES[name]);
    expect(direct(bytes)).toBe(await mammothHtml(bytes));
  });

  test('all features in one document', async () => {
    const bytes = featureDocument(Object.values(FEATURE_BODIES).join(''));
    const html = direct(bytes);
    expect(html).toBe(await mammothHtml(bytes));
    // What the features are for, seen in the HTML: merges, lists, headings, links, text boxes after their paragraph.
    expect(html).toContain('<td rowspan="3"><p>A</p></td>');
    expect(html).toContain(
      '<ol><li>第一项 12</li><li>第二项 34<ul><li>子项 5<ol><li>子子项 6</li></ol></li></ul></li></ol>',
    );
    expect(html).toContain('<h1>一、总体情况</h1>');
    expect(html).toContain('<p>before box after box</p><p>文本框 12</p>');
    expect(html).not.toContain('deleted 8');
  });

  test.each([
    ['docx', '003-jiaxing.docx'],
    ['docx', '002-wuzhong.docx'],
    ['docx', 'budget.docx'],
    ['repro', 'docx-two-paragraphs.docx'],
  ])('fixture %s/%s', async (dir, name) => {
    const bytes = fixture(dir, name);
    expect(direct(bytes)).toBe(await mammothHtml(bytes));
    expect((await readDocx(bytes)).text).toBe(await mammothHtml(bytes));
  });

  test.each([0, 1, 2, 3])('generated report %i', async (i) => {
    const bytes = renderDocx(randomContent(mulberry32(500 + i), { blanks: 0.2 }), { splitTable2: i % 2 === 1 });
    expect(direct(bytes)).toBe(await mammothHtml(bytes));
  });
});

describe('what the direct reader leaves to mammoth', () => {
  test.each(Object.keys(FALLBACK_BODIES))('%s: handed over, and read as mammoth reads it', async (name) => {
    const bytes = featureDocument(FALLBACK_BODIES[name]);
    expect(() => direct(bytes)).toThrow(NotPlainDocx);
    const viaMammoth = await mammothHtml(bytes).catch((e: Error) => `refused: ${e.message}`);
    const ours = await readDocx(bytes).then(
      (r) => r.text,
      (e: Error) => `refused: ${e.message}`,
    );
    if (viaMammoth.startsWith('refused')) expect(ours).toMatch(/^refused: the DOCX file is truncated or damaged/);
    else expect(ours).toBe(viaMammoth);
  });
});
