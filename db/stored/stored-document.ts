/**
 * The parsed report as the database keeps it (reports.document): JSON, compressed (stored-bytes.ts), with the
 * provenance packed into three parallel arrays instead of one object per cell.
 *
 * Why: the provenance is four fifths of the JSON (about 220 cells, each with its path spelled out and four
 * named fields), and writing it out was the largest cost of preparing a report after parsing. Packed, the
 * JSON of a generated text report is 13.0 KB instead of 19.7 and the stored blob 2,813 B instead of 3,145
 * (ADR 0003), and it is written and compressed faster (measured: BENCHMARKS.md, 'Figures from code comments').
 * Format 3 names the paths by number (provenance-paths.ts): the blob 3,184 → 2,334 B a generated report.
 *
 * Documents stored before this format (the plain report JSON, no `format` field) are read as they are.
 * The database knows of a report only what it packs: a provenance of traced cells. The caller names the
 * report's type (lib/report's ParsedReport), which is what it stored.
 */
import { type CodedPaths, decodePaths, encodePaths } from './provenance-paths';
import { packBytes, unpackBytes } from './stored-bytes';

/** Where a traced cell was read: as lib/report's Provenance. */
export interface StoredSpan {
  offset: number;
  length: number;
  line: number;
  text: string;
}

/** A document as stored: any JSON object with its provenance by cell path. */
export interface StoredReport {
  provenance: Record<string, StoredSpan>;
}

/** 3: paths by their place in a catalogue (provenance-paths.ts); 2: paths spelled out, still read. */
const FORMAT = 3;

interface PackedDocument {
  format: typeof FORMAT | 2;
  report: Omit<StoredReport, 'provenance'>;
  provenance: {
    /** Each traced cell's path, in the order the parser traced them: coded in format 3, spelled out in 2. */
    paths: CodedPaths;
    /** offset, length, line of each path in turn. */
    spans: number[];
    texts: string[];
  };
}

export function encodeStoredDocument(report: StoredReport): Buffer {
  const { provenance, ...rest } = report;
  const paths: string[] = [];
  const spans: number[] = [];
  const texts: string[] = [];
  for (const path in provenance) {
    const p = provenance[path];
    paths.push(path);
    spans.push(p.offset, p.length, p.line);
    texts.push(p.text);
  }
  const packed: PackedDocument = {
    format: FORMAT,
    report: rest,
    provenance: { paths: encodePaths(paths), spans, texts },
  };
  return packBytes(Buffer.from(JSON.stringify(packed)));
}

/** The document as encodeStoredDocument was given it; `R` is the caller's word for what it stored. */
export function decodeStoredDocument<R extends StoredReport = StoredReport>(blob: Uint8Array): R {
  const stored = JSON.parse(unpackBytes(blob).toString('utf8')) as PackedDocument | R;
  if (!('format' in stored)) return stored;
  if (stored.format !== FORMAT && stored.format !== 2)
    throw new Error(`stored document format ${String(stored.format)} is not one this version reads (2, ${FORMAT})`);
  const { spans, texts } = stored.provenance;
  const paths = stored.format === 2 ? (stored.provenance.paths as string[]) : decodePaths(stored.provenance.paths);
  const provenance: Record<string, StoredSpan> = {};
  paths.forEach((path, i) => {
    provenance[path] = { offset: spans[3 * i], length: spans[3 * i + 1], line: spans[3 * i + 2], text: texts[i] };
  });
  return { ...stored.report, provenance } as R;
}
