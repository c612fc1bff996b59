/**
 * The real documents in test/fixtures/corpus with the values a person read off them (see the README
 * there). Only what the person listed is expected; `_` keys are their notes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TemplateVersion } from '../../lib/report/types';
import { ROOT, TEMPLATE_T3_ROWS } from './expectations';
import type { Golden } from './wild-score';

export const CORPUS_DIR = join(ROOT, 'test/fixtures/corpus');

export interface CorpusCase {
  id: string;
  fileName: string;
  bytes: Uint8Array;
  agency: string;
  year: number;
  template: TemplateVersion;
  golden: Golden;
}

type RawCorpus = Golden & {
  file: string;
  agency: string;
  year: number;
  template: TemplateVersion;
  table3?: Record<string, unknown>;
};

/** One case per `<name>.expected.json`, its document named by the JSON's `file`. */
export function corpusCases(): CorpusCase[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const raw = JSON.parse(readFileSync(join(CORPUS_DIR, f), 'utf8')) as RawCorpus;
      return {
        id: f.replace('.expected.json', ''),
        fileName: raw.file,
        bytes: new Uint8Array(readFileSync(join(CORPUS_DIR, raw.file))),
        agency: raw.agency,
        year: raw.year,
        template: raw.template,
        golden: {
          template: raw.template,
          table2: raw.table2,
          table3: withNotedZeroRows(raw),
          table4: raw.table4,
          summary: raw.summary,
        },
      };
    });
}

/**
 * The person wrote the non-zero table 3 rows and noted "every other row of table 3 is all zeros"
 * (pingtan): those rows are part of what they read, so they are expected as zeros.
 */
function withNotedZeroRows(raw: RawCorpus): Golden['table3'] {
  const t3 = raw.table3 as Golden['table3'];
  if (!t3 || !/every other row of table 3 is all zeros/.test(String(raw.table3?._note ?? ''))) return t3;
  const zeros = { natural: 0, commercial: 0, research: 0, social: 0, legal: 0, other: 0, total: 0 };
  return Object.fromEntries(TEMPLATE_T3_ROWS[raw.template].map((k) => [k, t3[k] ?? { ...zeros }]));
}
