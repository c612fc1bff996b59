/**
 * A stored document's provenance paths by number (stored-document.ts, format 3).
 *
 * Why: ~220 paths a report ("table3.granted.natural", "table2.regulations[0]", …) were 6.4 KB of a 13.7 KB
 * document — the same strings in every report, stringified, encoded and compressed each time. Named by their
 * place in a fixed catalogue and written as runs of consecutive places, they take a few dozen bytes.
 *
 * The catalogue is the stored format, not the parser's schema: it is spelled out here (not built from
 * lib/report's row lists, which may change) and may only grow at its end. A path it lacks is stored as
 * itself, so a parser that traces a new cell stores correct documents before anyone appends it.
 * test/db-stored/provenance-paths.test.ts holds the catalogue to what was released.
 */
const TABLE2 = [
  'regulations',
  'normativeDocs',
  'licensing',
  'otherServices',
  'penalty',
  'coercion',
  'fees',
  'procurement',
];
const TABLE3 = [
  'newReceived',
  'carriedOver',
  'granted',
  'partial',
  'deniedStateSecret',
  'deniedLawForbidden',
  'deniedSafetyStability',
  'deniedThirdParty',
  'deniedInternalAffairs',
  'deniedProcessInfo',
  'deniedEnforcementFile',
  'deniedInquiry',
  'unableNotHeld',
  'unableNeedsCreation',
  'unableUnclear',
  'rejectedComplaint',
  'rejectedRepeated',
  'rejectedPublication',
  'rejectedExcessive',
  'rejectedConfirmation',
  'other',
  'otherOverdueCorrection',
  'otherUnpaidFee',
  'otherMisc',
  'total',
  'carriedForward',
];
const APPLICANTS = ['natural', 'commercial', 'research', 'social', 'legal', 'other', 'total'];
const TABLE4 = ['review', 'litigationDirect', 'litigationAfterReview'];
const TABLE4_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'];

/** Format 3's catalogue, in the order a report traces its cells (so most documents are a few runs). */
export const STORED_PATHS: readonly string[] = [
  'source.published',
  ...TABLE2.flatMap((row) => [0, 1, 2].map((i) => `table2.${row}[${i}]`)),
  ...TABLE3.flatMap((row) => APPLICANTS.map((column) => `table3.${row}.${column}`)),
  ...TABLE4.flatMap((group) => TABLE4_COLUMNS.map((column) => `table4.${group}.${column}`)),
];

const placeOf = new Map(STORED_PATHS.map((p, i) => [p, i]));

/**
 * The paths as stored: a number n ≥ 0 is STORED_PATHS[n]; −k after a number is the k places after it, in turn;
 * a string is the path itself (one the catalogue lacks).
 */
export type CodedPaths = (number | string)[];

export function encodePaths(paths: readonly string[]): CodedPaths {
  const coded: CodedPaths = [];
  let last = -2;
  for (const path of paths) {
    const place = placeOf.get(path);
    if (place === undefined) {
      coded.push(path);
      last = -2;
    } else if (place === last + 1 && coded.length > 0) {
      const tail = coded[coded.length - 1];
      if (typeof tail === 'number' && tail < 0) coded[coded.length - 1] = tail - 1;
      else coded.push(-1);
      last = place;
    } else {
      coded.push(place);
      last = place;
    }
  }
  return coded;
}

export function decodePaths(coded: CodedPaths): string[] {
  const paths: string[] = [];
  let last = -1;
  for (const entry of coded) {
    if (typeof entry === 'string') {
      paths.push(entry);
      last = -1;
    } else if (entry >= 0) {
      paths.push(known(entry));
      last = entry;
    } else {
      if (last < 0) throw new Error('stored provenance: a run of paths follows no numbered path');
      for (let k = 0; k < -entry; k++) paths.push(known(++last));
    }
  }
  return paths;
}

function known(place: number): string {
  const path = STORED_PATHS[place];
  if (path === undefined) throw new Error(`stored provenance: path ${place} is not in this version's catalogue`);
  return path;
}
