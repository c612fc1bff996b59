/**
 * A report's tables 2, 3 and 4 rebuilt in the national form's own layout. Every number links to the same
 * page with `cell=<path>#source`, where the source view marks the text it was read from; blank or unreadable
 * cells show '—' (never 0); cells, rows and tables that a finding is about carry a warning marker.
 */
import type { CSSProperties, ReactNode } from 'react';
import type { Finding, ParsedReport } from '../../../lib/dashboard/agency-page';
import { findingMeaning } from '../../../lib/dashboard/finding-words';
import {
  layoutValuePaths,
  templateLayout,
  type LabelCell,
  type LayoutRow,
  type TableLayout,
  type ValueCell,
} from '../../../lib/dashboard/report-view/template-layout';
import { rowPathOf, tableValuePaths, valueAt } from '../../../lib/dashboard/report-view/value-at';
import { formatCount, NO_VALUE } from '../../../lib/format/number';
import { pick, type Locale } from '../../../lib/format/locale';
import { AGENCY_SOURCE_TEXT, type AgencySourceText } from '../../../lib/i18n/agency-source-text';

export interface TemplateTablesProps {
  report: ParsedReport;
  locale: Locale;
  /** The link that selects a cell: the same page with `cell=<path>` and the `#source` anchor. */
  cellHref: (path: string) => string;
  /** The path of the cell currently marked in the source, if any. */
  highlighted?: string;
}

interface Context {
  report: ParsedReport;
  locale: Locale;
  cellHref: (path: string) => string;
  highlighted?: string;
  t: AgencySourceText['tables'];
  /** Findings by the place they point at: a cell, a row or a whole table. */
  findings: Map<string, Finding[]>;
}

const HIGHLIGHT: CSSProperties = { outline: '2px solid #f59e0b', outlineOffset: -2, background: '#fef3c7' };
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function TemplateTables({ report, locale, cellHref, highlighted }: TemplateTablesProps) {
  const layout = templateLayout(report.template);
  const findings = new Map<string, Finding[]>();
  for (const f of report.findings) findings.set(f.where, [...(findings.get(f.where) ?? []), f]);
  const ctx: Context = { report, locale, cellHref, highlighted, t: pick(locale, AGENCY_SOURCE_TEXT).tables, findings };
  const shown = new Set(layoutValuePaths(layout));
  // A report read against another form (or with its version unknown) may hold numbers the layout has no
  // place for; they are listed below the tables rather than left out.
  const extra = tableValuePaths(report).filter((p) => !shown.has(p));
  return (
    <div>
      <p className={layout.assumed ? 'sev-warning' : 'muted'} style={{ marginTop: 0 }}>
        {pick(locale, layout.label)}
      </p>
      {layout.tables.map((table) => (
        <TemplateTable key={table.id} table={table} ctx={ctx} />
      ))}
      {extra.length > 0 && (
        <>
          <h3>{ctx.t.extraTitle}</h3>
          <p className="muted">
            {ctx.t.extraIntro}
            {extra.map((path, i) => (
              <span key={path}>
                {i > 0 ? '; ' : ''}
                <code>{path}</code> {numberOrBlank(path, ctx)}
              </span>
            ))}
          </p>
        </>
      )}
    </div>
  );
}

function TemplateTable({ table, ctx }: { table: TableLayout; ctx: Context }) {
  return (
    <div style={{ overflowX: 'auto', marginBottom: 16 }}>
      <h3>
        {pick(ctx.locale, table.title)}
        {marker(ctx.findings.get(table.id), ctx.locale)}
      </h3>
      <table className="template-table">
        {table.head.length > 0 && (
          <thead>
            {table.head.map((row, i) => (
              <tr key={i}>
                {row.cells.map((c, j) => (
                  <Heading key={j} cell={c as LabelCell} ctx={ctx} />
                ))}
              </tr>
            ))}
          </thead>
        )}
        <tbody>
          {table.body.map((row, i) => (
            <BodyRow key={i} row={row} ctx={ctx} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Heading({ cell, ctx }: { cell: LabelCell; ctx: Context }) {
  return (
    <th colSpan={span(cell.colSpan)} rowSpan={span(cell.rowSpan)} scope="col">
      {pick(ctx.locale, cell.text)}
    </th>
  );
}

function BodyRow({ row, ctx }: { row: LayoutRow; ctx: Context }) {
  if (row.heading) {
    return (
      <tr>
        {row.cells.map((c, j) => (
          <Heading key={j} cell={c as LabelCell} ctx={ctx} />
        ))}
      </tr>
    );
  }
  const labels = row.cells.filter((c): c is LabelCell => c.kind === 'label');
  // A finding about a whole row goes on the row's own label (the last one; those before it span several
  // rows); a row without labels (table 4) marks each of its cells instead.
  const rowFindings = row.path ? ctx.findings.get(row.path) : undefined;
  return (
    <tr>
      {row.cells.map((c, j) =>
        c.kind === 'label' ? (
          <th key={j} colSpan={span(c.colSpan)} rowSpan={span(c.rowSpan)} scope="row" style={{ textAlign: 'left' }}>
            {pick(ctx.locale, c.text)}
            {c === labels[labels.length - 1] ? marker(rowFindings, ctx.locale) : null}
          </th>
        ) : (
          <ValueTd key={j} cell={c} ctx={ctx} markRow={labels.length === 0} />
        ),
      )}
    </tr>
  );
}

function ValueTd({ cell, ctx, markRow }: { cell: ValueCell; ctx: Context; markRow: boolean }) {
  const found = [
    ...(ctx.findings.get(cell.path) ?? []),
    ...(markRow ? (ctx.findings.get(rowPathOf(cell.path)) ?? []) : []),
  ];
  const style = ctx.highlighted === cell.path ? HIGHLIGHT : undefined;
  const v = valueAt(ctx.report, cell.path);
  const blank = v === null || v === undefined;
  return (
    <td
      className={blank ? 'null' : 'num'}
      colSpan={span(cell.colSpan)}
      style={style}
      title={blank ? (v === null ? ctx.t.nullCell : ctx.t.missingCell) : undefined}
      aria-current={style ? 'location' : undefined}
      data-path={cell.path}
    >
      {numberOrBlank(cell.path, ctx)}
      {marker(found, ctx.locale)}
    </td>
  );
}

/** The number as a link to its place in the source, or '—' titled with why there is no number. */
function numberOrBlank(path: string, ctx: Context): ReactNode {
  const v = valueAt(ctx.report, path);
  if (v === null || v === undefined)
    return <span title={v === null ? ctx.t.nullCell : ctx.t.missingCell}>{NO_VALUE}</span>;
  const text = formatCount(v, ctx.locale);
  const provenance = ctx.report.provenance ?? {};
  const source = Object.hasOwn(provenance, path) ? provenance[path] : undefined;
  // Without a recorded position a link would mark nothing, so the number stays plain text.
  if (!source) return <span title={ctx.t.noSource}>{text}</span>;
  return (
    <a href={ctx.cellHref(path)} title={ctx.t.showInSource(source.line, source.text.trim())}>
      {text}
    </a>
  );
}

/**
 * A small warning sign titled with what the findings mean in the page's language (the parser's own English
 * lines are in the findings list's details), coloured by the most serious of them.
 */
function marker(findings: Finding[] | undefined, locale: Locale): ReactNode {
  if (!findings || findings.length === 0) return null;
  const worst = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])[0];
  const title = [...new Set(findings.map((f) => findingMeaning(f.rule, locale) || f.message))].join('\n');
  return (
    <span
      className={`sev-${worst.severity}`}
      title={title}
      role="img"
      aria-label={title}
      style={{ marginLeft: 3, fontSize: 11 }}
    >
      ⚠
    </span>
  );
}

/** React writes colSpan/rowSpan="1" otherwise; leaving them out keeps the markup as the form's. */
const span = (n: number) => (n > 1 ? n : undefined);
