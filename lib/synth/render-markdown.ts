/**
 * Markdown as PDF/OCR converters write it: headings, paragraphs and pipe tables in which a merged
 * cell keeps its text in its first position and leaves the positions it covers empty.
 */
import type { ReportContent } from './content';
import { documentBlocks } from './document';
import { stackGrids, type Grid } from './grid';

function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function tableMarkdown(grid: Grid): string {
  const lines = grid.rows.map(
    (row) => `| ${row.map((s) => (s.kind === 'cell' ? escapeCell(s.cell.text) : '')).join(' | ')} |`,
  );
  const rule = `|${' --- |'.repeat(grid.width)}`;
  return [lines[0], rule, ...lines.slice(1)].join('\n');
}

export function renderMarkdown(c: ReportContent): string {
  const parts = documentBlocks(c).map((b) => {
    switch (b.kind) {
      case 'title':
        return `# ${b.text}`;
      case 'heading':
        return `## ${b.text}`;
      case 'paragraph':
        return b.text;
      case 'table':
        return tableMarkdown(stackGrids(b.grids));
    }
  });
  return `${parts.join('\n\n')}\n`;
}
