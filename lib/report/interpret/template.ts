/** Which national template a report follows, told by its table labels (the year only as a fallback). */
import { TEMPLATE_CUES } from '../glossary';
import type { ReportSink } from '../findings';
import type { TemplateVersion } from '../types';
import { ownString } from '../own-string';

export function detectTemplate(tableWords: string[], year: number | null, sink: ReportSink): TemplateVersion | null {
  // Each cue counts once, however many words hold it. No cue holds "|", so one found in the words joined
  // by "|" stands inside one word: the words are looked at one by one (each known word once, see cuesIn).
  const found = new Set<string>();
  for (const word of tableWords) for (const cue of cuesIn(word)) found.add(cue);
  const votes = { '2019': 0, '2021': 0 };
  for (const version of ['2019', '2021'] as const) {
    for (const cue of TEMPLATE_CUES[version]) if (found.has(cue)) votes[version]++;
  }
  if (votes['2019'] === 0 && votes['2021'] === 0) {
    if (year === null) {
      sink.add(
        'template.undetected',
        'warning',
        'template',
        'no table label tells the template version, and no year is known',
      );
      return null;
    }
    const guess: TemplateVersion = year >= 2021 ? '2021' : '2019';
    sink.add(
      'template.fromYear',
      'warning',
      'template',
      `no table label tells the template version; assumed the ${guess} form from the year ${year}`,
    );
    return guess;
  }
  const chosen: TemplateVersion = votes['2021'] > votes['2019'] ? '2021' : '2019';
  if (votes['2019'] > 0 && votes['2021'] > 0) {
    sink.add(
      'template.mixed',
      'warning',
      'template',
      `labels of both forms appear (2019: ${votes['2019']}, 2021: ${votes['2021']}); read as the ${chosen} form`,
    );
  }
  if (year !== null && year >= 2021 !== (chosen === '2021')) {
    sink.add('template.yearMismatch', 'info', 'template', `the ${chosen} form is used for the ${year} report`);
  }
  return chosen;
}

const ALL_CUES = [...new Set([...TEMPLATE_CUES['2019'], ...TEMPLATE_CUES['2021']])];
const NONE: readonly string[] = [];
/** The cues a table word holds; the form's words recur in every report, so each is looked at once. */
const cueMemo = new Map<string, readonly string[]>();

function cuesIn(word: string): readonly string[] {
  let cues = cueMemo.get(word);
  if (cues) return cues;
  const held = ALL_CUES.filter((cue) => word.includes(cue));
  cues = held.length > 0 ? held : NONE;
  if (word.length <= 64) {
    if (cueMemo.size >= 20_000) cueMemo.clear();
    cueMemo.set(ownString(word), cues);
  }
  return cues;
}
