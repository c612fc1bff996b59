/** The export gate: how many run at once, who waits in what order, and who is turned away. */
import { describe, expect, test } from 'vitest';
import { exportGate } from '../../lib/export/export-gate';

const LIMITS = { running: 1, queued: 2, maxWaitMs: 5_000 };

describe('exportGate', () => {
  test('one runs, two wait, the fourth is turned away at once', async () => {
    const gate = exportGate(LIMITS);
    const first = await gate.enter();
    expect(first).toBeTypeOf('function');
    const second = gate.enter();
    const third = gate.enter();
    expect(await gate.enter()).toBeNull();
    expect([gate.running, gate.waiting]).toEqual([1, 2]);

    first!();
    const next = await second;
    expect(next).toBeTypeOf('function');
    expect([gate.running, gate.waiting]).toEqual([1, 1]);
    next!();
    (await third)!();
    expect([gate.running, gate.waiting]).toEqual([0, 0]);
  });

  test('waiters get the slot in the order they came, and a newcomer does not overtake them', async () => {
    const gate = exportGate({ ...LIMITS, queued: 3 });
    const order: string[] = [];
    const first = await gate.enter();
    const waiting = ['a', 'b', 'c'].map((name) =>
      gate.enter().then((release) => {
        order.push(name);
        release!();
      }),
    );
    first!();
    // Released and entered in the same turn: the slot has already gone to "a".
    expect(gate.running).toBe(1);
    await Promise.all(waiting);
    expect(order).toEqual(['a', 'b', 'c']);
    expect(gate.running).toBe(0);
  });

  test('a release called twice frees one slot', async () => {
    const gate = exportGate({ ...LIMITS, running: 2 });
    const a = await gate.enter();
    await gate.enter();
    a!();
    a!();
    expect(gate.running).toBe(1);
  });

  test('a wait longer than maxWaitMs ends with null and leaves the queue', async () => {
    const gate = exportGate({ ...LIMITS, maxWaitMs: 30 });
    const held = await gate.enter();
    const started = performance.now();
    expect(await gate.enter()).toBeNull();
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
    expect(gate.waiting).toBe(0);
    held!();
    expect(gate.running).toBe(0);
  });

  test('a client that goes away leaves the queue; one already gone never enters', async () => {
    const gate = exportGate(LIMITS);
    const held = await gate.enter();
    const controller = new AbortController();
    const waiting = gate.enter(controller.signal);
    expect(gate.waiting).toBe(1);
    controller.abort();
    expect(await waiting).toBeNull();
    expect(gate.waiting).toBe(0);
    expect(await gate.enter(AbortSignal.abort())).toBeNull();
    held!();
    expect(gate.running).toBe(0);
  });
});
