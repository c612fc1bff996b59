/** Collects findings and provenance while a report is interpreted; knows lines, not meanings. */
import type { Cell, SourceSpan } from './model';
import type { Finding, Provenance, Severity } from './types';

export class SourceIndex {
  private lineStarts: ArrayLike<number> | null;
  /** Index in `lineStarts` of the line `lineOf` found last. */
  private lastLine = 0;
  /**
   * `lineStarts`, when given, are where the source's lines start (0, then after each "\n"), as a reader
   * that split the text into lines already found them; otherwise they are found when first needed.
   */
  constructor(
    readonly source: string,
    lineStarts?: ArrayLike<number>,
  ) {
    this.lineStarts = lineStarts ?? null;
  }

  private starts(): ArrayLike<number> {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    for (let i = this.source.indexOf('\n'); i >= 0; i = this.source.indexOf('\n', i + 1)) starts.push(i + 1);
    return (this.lineStarts = starts);
  }

  /** 1-based line of an offset. */
  lineOf(offset: number): number {
    const lineStarts = this.starts();
    // Cells are traced in reading order: the line is most often the one found last, or one just after it.
    for (let line = this.lastLine, near = line + 3; line < near && line < lineStarts.length; line++) {
      if (offset < lineStarts[line]) break;
      if (line + 1 === lineStarts.length || offset < lineStarts[line + 1]) {
        this.lastLine = line;
        return line + 1;
      }
    }
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.lastLine = lo;
    return lo + 1;
  }
}

export class ReportSink {
  readonly findings: Finding[] = [];
  readonly provenance: Record<string, Provenance> = {};
  constructor(private readonly index: SourceIndex) {}

  add(rule: string, severity: Severity, where: string, message: string, offset?: number): void {
    const finding: Finding = { rule, severity, where, message };
    if (offset !== undefined) finding.line = this.index.lineOf(offset);
    this.findings.push(finding);
  }

  /** `trace` of a cell: its span and its text as the reader gave it. */
  traceCell(path: string, cell: Cell): void {
    const span = cell.span;
    this.provenance[path] = {
      offset: span.offset,
      length: span.length,
      line: this.index.lineOf(span.offset),
      text: cell.text,
    };
  }

  trace(path: string, cell: Cell | (SourceSpan & { text?: string })): void {
    const span = 'span' in cell ? cell.span : cell;
    const text = 'span' in cell ? cell.text : this.index.source.slice(span.offset, span.offset + span.length);
    this.provenance[path] = { offset: span.offset, length: span.length, line: this.index.lineOf(span.offset), text };
  }

  /** Takes back a finding that later evidence answered (e.g. an ambiguity the column sums settled). */
  retract(rule: string, where: string): void {
    const i = this.findings.findIndex((f) => f.rule === rule && f.where === where);
    if (i >= 0) this.findings.splice(i, 1);
  }

  /** Takes back every finding the predicate picks (a null another reading has since filled). */
  retractAll(picks: (finding: Finding) => boolean): void {
    for (let i = this.findings.length - 1; i >= 0; i--) if (picks(this.findings[i])) this.findings.splice(i, 1);
  }

  /** Says a finding again where later reading gave it more to tell, so one number tells one story. */
  reword(rule: string, where: string, message: (old: string) => string): void {
    const finding = this.findings.find((f) => f.rule === rule && f.where === where);
    if (finding) finding.message = message(finding.message);
  }

  forget(path: string): void {
    delete this.provenance[path];
  }
}
