/**
 * The user's list of agencies expected to publish every year, read from a CSV of three columns: name, region code,
 * type (a header row, a BOM, quotes and blank lines are allowed). The region code is a six-digit division code;
 * left blank, the region is read from the name as an import reads it. The type is an agency type's id, Chinese or
 * English name (docs/agency-types.md); left blank, it is read from the name. Whatever cannot be read is said,
 * line by line, and the entry is kept with what could be read — or dropped, when it has no name or is listed twice.
 */
import { pinyinSortKey } from '../format/pinyin-key';
import { regionByCode, resolveRegion } from '../regions';
import { AGENCY_TYPES, agencyTypeOf } from './agency-type';

export interface ListEntry {
  name: string;
  regionCode: string | null;
  provinceCode: string | null;
  cityCode: string | null;
  countyCode: string | null;
  typeId: string | null;
  sortKey: string;
}

export interface ListProblem {
  line: number;
  message: string;
}

/** RFC 4180 fields: commas inside quotes, doubled quotes, CRLF or LF. */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const HEADER = /^(name|agency|名称|机构|机构名称|单位|单位名称)$/i;

const TYPE_BY_WORD = new Map(AGENCY_TYPES.flatMap((t) => [t.id, t.zh, t.en.toLowerCase()].map((w) => [w, t.id])));

/** A division's columns as report_metrics has them (lib/ingest/prepare-report.ts): a county in its city and province. */
function regionColumns(code: string) {
  const region = regionByCode(code);
  if (!region) return null;
  return {
    regionCode: region.code,
    provinceCode: `${region.code.slice(0, 2)}0000`,
    cityCode: region.level === 'province' ? null : region.city ? `${region.code.slice(0, 4)}00` : null,
    countyCode: region.level === 'county' ? region.code : null,
  };
}

export function readAgencyList(text: string): { entries: ListEntry[]; problems: ListProblem[] } {
  const entries: ListEntry[] = [];
  const problems: ListProblem[] = [];
  const seen = new Set<string>();
  csvRows(text).forEach((cells, i) => {
    const line = i + 1;
    const [name = '', code = '', type = ''] = cells.map((c) => c.trim());
    if (!name && !code && !type) return;
    if (i === 0 && HEADER.test(name)) return;
    if (!name) return void problems.push({ line, message: 'no name: left out' });
    if (seen.has(name)) return void problems.push({ line, message: `"${name}" is listed twice: the second left out` });
    seen.add(name);
    const resolution = resolveRegion(name, '');
    let region = null;
    if (code) {
      region = /^\d{6}$/.test(code) ? regionColumns(code) : null;
      if (!region)
        problems.push({ line, message: `"${code}" is not a division code: the region is read from the name` });
    }
    if (!region && resolution.region) region = regionColumns(resolution.region.code);
    if (!region) problems.push({ line, message: `no region for "${name}": it counts only where no region is chosen` });
    let typeId = type ? (TYPE_BY_WORD.get(type) ?? TYPE_BY_WORD.get(type.toLowerCase()) ?? null) : null;
    if (type && !typeId)
      problems.push({ line, message: `"${type}" is no agency type: the type is read from the name` });
    typeId ??= agencyTypeOf(name, resolution.placeName).type?.id ?? null;
    entries.push({
      name,
      regionCode: region?.regionCode ?? null,
      provinceCode: region?.provinceCode ?? null,
      cityCode: region?.cityCode ?? null,
      countyCode: region?.countyCode ?? null,
      typeId,
      sortKey: pinyinSortKey(name),
    });
  });
  return { entries, problems };
}
