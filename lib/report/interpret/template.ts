/** Which national template a report follows, told by its table labels (the year only as a fallback). */
import { TEMPLATE_CUES } from '../glossary';
import type { ReportSink } from '../findings';
import type { TemplateVersion } from '../types';

export function detectTemplate(tableWords: string[], year: number | null, sink: ReportSink): TemplateVersion | null {
  const text = tableWords.join('|');
  const votes = { '2019': 0, '2021': 0 };
  for (const version of ['2019', '2021'] as const) {
    for (const cue of TEMPLATE_CUES[version]) if (text.includes(cue)) votes[version]++;
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
