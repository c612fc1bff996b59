/**
 * Sets of partial-sum vectors for the column rules' search (`columns.ts`): each vector kept once, in
 * flat typed arrays with an open-addressing table of hashes, so that following thousands of
 * combinations on a damaged page makes no array or key string per candidate.
 */

/** A vector of sums with its hash (always a Float64Array: one kind of array keeps the loops fast). */
export interface Vector {
  values: Float64Array;
  hash: number;
}

export function vector(values: readonly number[]): Vector {
  return { values: Float64Array.from(values), hash: hashOf(values) };
}

/**
 * Multipliers of the hash, one per dimension: odd and unrelated to each other (xorshift), so that small
 * whole-number vectors do not collide (multiples of one constant would: 2·M₁ = M₂).
 */
const MULTIPLIERS = (() => {
  const m = new Int32Array(64);
  let x = 0x2545f491;
  for (let k = 0; k < m.length; k++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    m[k] = x | 1;
  }
  return m;
})();

/** Σ (v[k] | 0) · M[k], wrapping at 32 bits: for whole numbers, hash(a + b) = hash(a) + hash(b). */
function hashOf(v: ArrayLike<number>): number {
  let h = 0;
  for (let k = 0; k < v.length; k++) h = (h + Math.imul(v[k] | 0, MULTIPLIERS[k % 64])) | 0;
  return h;
}

/** Whole numbers whose every sum (and difference) along the search stays exact in a double. */
export function isSmallIntegers(offset: number[], step: number[][][]): boolean {
  let bound = 0;
  for (const x of offset) {
    if (!Number.isInteger(x)) return false;
    bound = Math.max(bound, Math.abs(x));
  }
  let most = bound;
  for (const readings of step) {
    let largest = 0;
    for (const d of readings)
      for (const x of d) {
        if (!Number.isInteger(x)) return false;
        largest = Math.max(largest, Math.abs(x));
      }
    most += largest;
  }
  return most < 2 ** 48;
}

/**
 * A set of partial-sum vectors of one width, each kept once. For speed (thousands of states on a
 * damaged page) the vectors stand side by side in one Float64Array, found by an open-addressing table
 * of their hashes, then compared in full: no array or key is made per candidate. With `linear` sums
 * (whole numbers, see `isSmallIntegers`) a candidate's hash is its parent's plus its step's, one
 * addition; otherwise it is computed from the numbers. A sum is `a + by * b` element by element on
 * doubles, as it was on arrays, so equality is unchanged.
 */
export class SumSet {
  size = 0;
  private data: Float64Array;
  private hashes: Int32Array;
  /** Slots hold a state's index + 1 (0: empty); the table is kept at most half full. */
  private slots: Int32Array;
  private readonly view: { values: Float64Array; hash: number };

  /**
   * `expected`: how many states the set will likely hold (at most what the caller can bound it by). Room for
   * them is made at once, so a search of thousands of states does not grow and rehash its way there
   * (up to ~18 % of a damaged page's search went to growing; issue 21). The states and their order are the same.
   * Large arrays come from the spare ones below and go back with `release`.
   */
  constructor(
    private readonly width: number,
    private readonly linear: boolean,
    expected = 16,
  ) {
    let room = 16;
    while (room < expected) room *= 2;
    this.data = takeFloats(Math.max(width, 1) * room);
    this.hashes = takeInts(room);
    this.slots = takeInts(room * 2).fill(0);
    this.view = { values: new Float64Array(width), hash: 0 };
  }

  /**
   * Gives the set's large arrays back for the next search; the set is empty after, and holds none of them
   * (a second call gives nothing back twice: two sets must never share an array).
   */
  release(): void {
    giveBack(this.data);
    giveBack(this.hashes);
    giveBack(this.slots);
    this.data = new Float64Array(0);
    this.hashes = new Int32Array(0);
    this.slots = new Int32Array(0);
    this.size = 0;
  }

  /** State s with its hash: a view that the next call overwrites. */
  state(s: number): Vector {
    const v = this.view;
    const base = s * this.width;
    for (let k = 0; k < this.width; k++) v.values[k] = this.data[base + k];
    v.hash = this.hashes[s];
    return v;
  }

  /** Whether a + by·d is in the set. */
  hasSum(a: Vector, d: Vector, by: number): boolean {
    return this.find(a, d, by, this.sumHash(a, d, by)) < 0;
  }

  /** Adds a + by·d unless it is there. */
  addSum(a: Vector, d: Vector, by: number): void {
    const h = this.sumHash(a, d, by);
    const slot = this.find(a, d, by, h);
    if (slot < 0) return;
    const s = this.size;
    if (this.hashes.length === s) this.grow();
    const base = s * this.width;
    for (let k = 0; k < this.width; k++) this.data[base + k] = a.values[k] + by * d.values[k];
    this.hashes[s] = h;
    this.slots[slot] = ++this.size;
    if (this.size * 2 > this.slots.length) this.rehash();
  }

  private sumHash(a: Vector, d: Vector, by: number): number {
    if (this.linear) return (a.hash + Math.imul(by, d.hash)) | 0;
    let h = 0;
    for (let k = 0; k < this.width; k++)
      h = (h + Math.imul((a.values[k] + by * d.values[k]) | 0, MULTIPLIERS[k % 64])) | 0;
    return h;
  }

  /** The empty slot where a + by·d would go (>= 0), or -1 when it is in the set. */
  private find(a: Vector, d: Vector, by: number, h: number): number {
    const mask = this.slots.length - 1;
    for (let i = mix(h) & mask; ; i = (i + 1) & mask) {
      const at = this.slots[i];
      if (at === 0) return i;
      if (this.hashes[at - 1] === h && this.equalAt(at - 1, a, d, by)) return -1;
    }
  }

  private equalAt(s: number, a: Vector, d: Vector, by: number): boolean {
    const base = s * this.width;
    for (let k = 0; k < this.width; k++) if (this.data[base + k] !== a.values[k] + by * d.values[k]) return false;
    return true;
  }

  private grow(): void {
    const n = this.hashes.length * 2;
    const data = takeFloats(Math.max(this.width, 1) * n);
    data.set(this.data);
    giveBack(this.data);
    this.data = data;
    const hashes = takeInts(n);
    hashes.set(this.hashes);
    giveBack(this.hashes);
    this.hashes = hashes;
  }

  private rehash(): void {
    const slots = takeInts(this.slots.length * 2).fill(0);
    giveBack(this.slots);
    const mask = slots.length - 1;
    for (let s = 0; s < this.size; s++) {
      let i = mix(this.hashes[s]) & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = s + 1;
    }
    this.slots = slots;
  }
}

/** Spreads a hash's high bits into the low ones the table uses. */
function mix(h: number): number {
  const x = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return x ^ (x >>> 16);
}

/**
 * Large arrays of finished searches, by kind and length, for the next: a search of thousands of states
 * allocated megabytes of typed arrays outside V8's heap, and the allocations themselves (with the
 * collections that external memory prompts) were a fifth of a damaged page's parse (issue 21). Arrays of
 * fewer than SMALL elements are left to V8; at most SPARE_BYTES are kept. A taken array holds old values:
 * the sets read only what they wrote (the slot table, read before it is written, is zeroed when taken).
 */
const SPARE_FLOATS = new Map<number, Float64Array[]>();
const SPARE_INTS = new Map<number, Int32Array[]>();
const SMALL = 1024;
const SPARE_BYTES = 16 << 20;
let spareBytes = 0;

function takeFloats(length: number): Float64Array {
  const spare = length >= SMALL ? SPARE_FLOATS.get(length)?.pop() : undefined;
  if (!spare) return new Float64Array(length);
  spareBytes -= spare.byteLength;
  return spare;
}

function takeInts(length: number): Int32Array {
  const spare = length >= SMALL ? SPARE_INTS.get(length)?.pop() : undefined;
  if (!spare) return new Int32Array(length);
  spareBytes -= spare.byteLength;
  return spare;
}

function giveBack(a: Float64Array | Int32Array): void {
  if (a.length < SMALL || spareBytes + a.byteLength > SPARE_BYTES) return;
  spareBytes += a.byteLength;
  if (a instanceof Float64Array) {
    const list = SPARE_FLOATS.get(a.length) ?? SPARE_FLOATS.set(a.length, []).get(a.length)!;
    list.push(a);
  } else {
    const list = SPARE_INTS.get(a.length) ?? SPARE_INTS.set(a.length, []).get(a.length)!;
    list.push(a);
  }
}
