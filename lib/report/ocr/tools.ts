/**
 * Finds the OCR tools, Debian's tesseract (with Simplified Chinese data, tesseract-ocr-chi-sim) and
 * poppler's pdftoppm, on PATH at run time; once per process for each PATH value. Nothing is required:
 * without them a scanned PDF is refused or flagged as needing OCR, as it was before this adapter.
 * NIANBAO_OCR=off turns OCR off where the tools are installed (OCR costs seconds of CPU per page).
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { runTool } from './run-tool';

export interface OcrTools {
  tesseract: string;
  pdftoppm: string;
  /** tesseract's language for cut-out value cells: eng when installed (it reads isolated digits far better), else chi_sim. */
  digits: 'eng' | 'chi_sim';
}

/** Where an executable of this name is, or null. */
export type ToolLookup = (name: string) => string | null;

export function lookupOnPath(pathValue: string): ToolLookup {
  return (name) => {
    for (const dir of pathValue.split(delimiter)) {
      if (!dir) continue;
      const file = join(dir, name);
      try {
        accessSync(file, constants.X_OK);
        return file;
      } catch {
        // not in this directory
      }
    }
    return null;
  };
}

const found = new Map<string, Promise<OcrTools | null>>();

/** The tools on PATH (cached), or on whatever `lookup` finds (not cached: tests hide or fake tools). */
export function findOcrTools(lookup?: ToolLookup): Promise<OcrTools | null> {
  if (lookup) return detect(lookup);
  if (process.env.NIANBAO_OCR === 'off') return Promise.resolve(null);
  const path = process.env.PATH ?? '';
  let tools = found.get(path);
  if (!tools) found.set(path, (tools = detect(lookupOnPath(path))));
  return tools;
}

async function detect(lookup: ToolLookup): Promise<OcrTools | null> {
  const tesseract = lookup('tesseract');
  const pdftoppm = lookup('pdftoppm');
  if (!tesseract || !pdftoppm) return null;
  let listed: string;
  try {
    listed = (await runTool(tesseract, ['--list-langs'], { timeoutMs: 10_000 })).toString();
  } catch {
    return null;
  }
  const langs = new Set(listed.split(/\s+/));
  if (!langs.has('chi_sim')) return null;
  return { tesseract, pdftoppm, digits: langs.has('eng') ? 'eng' : 'chi_sim' };
}
