/**
 * The benchmark corpus: the seed reports, plus generated variants rendered in each form the parser
 * reads. Every variant is reproducible from (seed, index) alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  mulberry32,
  randomContent,
  renderHtml,
  renderMarkdown,
  renderRunTogether,
  renderFlattened,
  renderText,
  type ReportContent,
} from '../../lib/synth/render';
import { renderDocx } from '../../lib/synth/docx';

export const GENERATED_FORMS = [
  'cell-per-line',
  'tab-rows',
  'html-page',
  'markdown',
  'run-together',
  'flattened',
  'docx',
] as const;
export type GeneratedForm = (typeof GENERATED_FORMS)[number];
export type Form = 'seeds' | 'pdf' | GeneratedForm;

export interface Doc {
  form: Form;
  fileName: string;
  bytes: Uint8Array;
  /** Generated documents: the variant index and the content it was rendered from. */
  variant?: number;
  content?: ReportContent;
}

export interface Group {
  form: Form;
  docs: Doc[];
  bytes: number;
}

/** Share of variants that leave some cells blank, as real reports do. */
export const BLANKS = 0.1;

export function variantSeed(seed: number, index: number): number {
  return (Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0;
}

/** The content of variant `index` of a corpus built with `seed`. */
export function variantContent(seed: number, index: number): ReportContent {
  return randomContent(mulberry32(variantSeed(seed, index)), { blanks: BLANKS });
}

const EXTENSIONS: Record<GeneratedForm, string> = {
  'cell-per-line': 'txt',
  'tab-rows': 'txt',
  'html-page': 'html',
  markdown: 'md',
  'run-together': 'txt',
  flattened: 'txt',
  docx: 'docx',
};

const encoder = new TextEncoder();

/** The file's bytes: the text forms UTF-8 encoded; DOCX built in-process (lib/synth/docx.ts). */
export function renderBytes(form: GeneratedForm, c: ReportContent, i: number): Uint8Array {
  return form === 'docx' ? renderDocx(c, { splitTable2: i % 2 === 1 }) : encoder.encode(renderForm(form, c, i));
}

/** How variant `i` is written in a text form; odd variants get the seeds' whitespace noise or a split table 2. */
export function renderForm(form: Exclude<GeneratedForm, 'docx'>, c: ReportContent, i: number): string {
  switch (form) {
    case 'cell-per-line':
      return renderText(c, 'cell-per-line', { noise: i % 2 === 1 });
    case 'tab-rows':
      return renderText(c, 'tab-rows', { noise: i % 2 === 1 });
    case 'html-page':
      return renderHtml(c, { page: true, splitTable2: i % 2 === 1 });
    case 'markdown':
      return renderMarkdown(c);
    case 'run-together':
      return renderRunTogether(c);
    case 'flattened':
      return renderFlattened(c);
  }
}

export function variantFileName(form: GeneratedForm, i: number): string {
  return `variant-${String(i).padStart(5, '0')}-${form}.${EXTENSIONS[form]}`;
}

function group(form: Form, docs: Doc[]): Group {
  return { form, docs, bytes: docs.reduce((a, d) => a + d.bytes.length, 0) };
}

export function seedGroup(dir: string): Group {
  const names = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((n) => n.endsWith('.txt'))
        .sort()
    : [];
  return group(
    'seeds',
    names.map((fileName) => ({
      form: 'seeds',
      fileName,
      bytes: new Uint8Array(fs.readFileSync(path.join(dir, fileName))),
    })),
  );
}

/** PDFs printed by Chromium or exported by LibreOffice from the seeds (test/fixtures/pdf): Node cannot print PDFs itself. */
export function pdfGroup(dir: string): Group {
  const names = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((n) => n.endsWith('.pdf') && !/encrypted|scanned/.test(n))
        .sort()
    : [];
  return group(
    'pdf',
    names.map((fileName) => ({
      form: 'pdf',
      fileName,
      bytes: new Uint8Array(fs.readFileSync(path.join(dir, fileName))),
    })),
  );
}

export function generatedGroups(seed: number, variants: number, forms: readonly GeneratedForm[]): Group[] {
  const docs = new Map<GeneratedForm, Doc[]>(forms.map((f) => [f, []]));
  for (let i = 0; i < variants; i++) {
    const content = variantContent(seed, i);
    for (const form of forms) {
      const bytes = renderBytes(form, content, i);
      docs.get(form)!.push({ form, fileName: variantFileName(form, i), bytes, variant: i, content });
    }
  }
  return forms.map((f) => group(f, docs.get(f)!));
}
