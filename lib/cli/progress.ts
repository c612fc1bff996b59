/**
 * A one-line progress bar on stderr: count, rate and failures; plain periodic lines when not a terminal.
 * On a terminal a frame is drawn over the last one (`\r`, clearing the line) and ends in no newline, so the bar owns that line:
 * `line()` clears it before a message and draws it again below, and `end()` finishes it with a newline before
 * the caller prints its summary — which would otherwise land on the frame's line (issue 18). After `end()` a
 * late update draws nothing.
 */

/** What the bar writes to: process.stderr, or a test's fake. */
export interface ProgressStream {
  isTTY?: boolean;
  write(chunk: string): unknown;
}

/** How often the plain (non-terminal) output prints a line, at most. */
const PLAIN_EVERY_MS = 2000;
const WIDTH = 30;
const CLEAR_LINE = '\r\x1b[K';

export function progressBar(stream: ProgressStream = process.stderr) {
  const started = performance.now();
  const tty = Boolean(stream.isTTY);
  let lastPlain = Number.NEGATIVE_INFINITY;
  /** The newest frame, and whether it sits unfinished on the terminal's current line. */
  let frame: string | null = null;
  let onLine = false;
  /** Plain output: the newest frame has not been printed yet (held back by PLAIN_EVERY_MS). */
  let pending = false;
  let ended = false;

  const render = (done: number, total: number, failed: number) => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const filled = total > 0 ? Math.round((Math.min(done, total) / total) * WIDTH) : WIDTH;
    const bar = '█'.repeat(filled) + '░'.repeat(WIDTH - filled);
    return `${bar} ${done}/${total} files  ${rate.toFixed(0)}/s  ${failed} failed`;
  };

  return {
    update(done: number, total: number, failed: number) {
      if (ended) return;
      frame = render(done, total, failed);
      if (tty) {
        // Cleared first: a shorter frame (the rate lost a digit) over a longer one would keep its tail.
        stream.write(`${CLEAR_LINE}${frame}`);
        onLine = true;
      } else if (done === total || performance.now() - lastPlain > PLAIN_EVERY_MS) {
        lastPlain = performance.now();
        stream.write(`${frame}\n`);
        pending = false;
      } else pending = true;
    },
    /** Prints a line (a failed file) above the bar, which is drawn again below it. */
    line(text: string) {
      if (!tty) {
        stream.write(`${text}\n`);
        return;
      }
      stream.write(`${onLine ? CLEAR_LINE : ''}${text}\n`);
      onLine = false;
      if (frame !== null && !ended) {
        stream.write(frame);
        onLine = true;
      }
    },
    /** Finishes the bar: its last frame stays, on a line of its own. Call it before printing anything else. */
    end() {
      if (ended) return;
      ended = true;
      if (onLine) stream.write('\n');
      else if (pending && frame !== null) stream.write(`${frame}\n`);
      onLine = false;
      pending = false;
    },
  };
}
