/**
 * How many exports run at once: at most `running`, and up to `queued` more wait their turn in arrival
 * order. A request past a full queue, or one that waited `maxWaitMs`, is turned away, so exports never pile
 * up in memory, and the route answers 503 with Retry-After instead of keeping the client hanging.
 */
export interface GateLimits {
  running: number;
  queued: number;
  maxWaitMs: number;
}

/** Frees the slot; calling it again does nothing. */
export type Release = () => void;

export interface ExportGate {
  /** A slot, or null when the queue is full, the wait ran out or `signal` aborted (the client went away). */
  enter(signal?: AbortSignal): Promise<Release | null>;
  readonly running: number;
  readonly waiting: number;
}

interface Waiter {
  grant(release: Release): void;
}

export function exportGate(limits: GateLimits): ExportGate {
  let running = 0;
  const waiting: Waiter[] = [];

  const slot = (): Release => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = waiting.shift();
      // The slot passes straight to the next in line, so a newcomer cannot overtake the queue.
      if (next) next.grant(slot());
      else running--;
    };
  };

  return {
    get running() {
      return running;
    },
    get waiting() {
      return waiting.length;
    },
    enter(signal) {
      if (signal?.aborted) return Promise.resolve(null);
      if (running < limits.running) {
        running++;
        return Promise.resolve(slot());
      }
      if (waiting.length >= limits.queued) return Promise.resolve(null);
      return new Promise<Release | null>((resolve) => {
        const leave = () => {
          const at = waiting.indexOf(waiter);
          if (at >= 0) waiting.splice(at, 1);
          clearTimeout(timer);
          signal?.removeEventListener('abort', leave);
          resolve(null);
        };
        const waiter: Waiter = {
          grant(release) {
            clearTimeout(timer);
            signal?.removeEventListener('abort', leave);
            resolve(release);
          },
        };
        const timer = setTimeout(leave, limits.maxWaitMs);
        signal?.addEventListener('abort', leave, { once: true });
        waiting.push(waiter);
      });
    },
  };
}
