/**
 * The CLIs' progress bar never shares a line with what is printed after it (issue 18): on a terminal its frames
 * end in no newline, so the bar must be finished before a failure line or the summary. A fake stream records the
 * bytes; a small terminal replays them (\r to the line's start, ESC[K clears to its end, \n a new line).
 */
import { describe, expect, test } from 'vitest';
import { progressBar } from '../../lib/cli/progress';

/** One output both the bar (stderr) and the summary (stdout) write to, as on a terminal. */
function fakeTerminal(isTTY: boolean) {
  let bytes = '';
  return {
    stream: { isTTY, write: (chunk: string) => (bytes += chunk) },
    print: (text: string) => (bytes += text),
    bytes: () => bytes,
    /** The lines a person sees once everything is written. */
    screen(): string[] {
      const lines: string[] = [''];
      let col = 0;
      for (let i = 0; i < bytes.length; i++) {
        const ch = bytes[i];
        const row = lines.length - 1;
        if (ch === '\r') col = 0;
        else if (ch === '\n') {
          lines.push('');
          col = 0;
        } else if (bytes.startsWith('\x1b[K', i)) {
          lines[row] = lines[row].slice(0, col);
          i += 2;
        } else {
          const line = lines[row];
          lines[row] = line.slice(0, col) + ch + line.slice(col + 1);
          col++;
        }
      }
      return lines;
    },
  };
}

const BAR = /[█░]/;
const SUMMARY = '3 files in 0.1 s: 2 imported, 1 failed';

describe.each([true, false])('progressBar, isTTY %s', (isTTY) => {
  test('a failure line and the summary each stand on a line of their own', () => {
    const term = fakeTerminal(isTTY);
    const bar = progressBar(term.stream);
    bar.update(1, 3, 0);
    bar.line('✗ b.pdf: not a report');
    bar.update(2, 3, 1);
    bar.update(3, 3, 1);
    bar.end();
    term.print(`${SUMMARY}\n`);

    const screen = term.screen();
    expect(screen).toContain('✗ b.pdf: not a report');
    expect(screen).toContain(SUMMARY);
    // The last frame is kept, whole, on a line before the summary.
    const frames = screen.filter((l) => BAR.test(l));
    expect(frames.at(-1)).toMatch(/^█+ 3\/3 files {2}\d+\/s {2}1 failed$/);
    expect(screen.indexOf(frames.at(-1)!)).toBeLessThan(screen.indexOf(SUMMARY));
    // In the bytes too, no frame and summary share a line (a terminal's \r would hide that on screen).
    const summaryLine = term
      .bytes()
      .split('\n')
      .find((l) => l.includes(SUMMARY))!;
    expect(summaryLine).toBe(SUMMARY);
    expect(
      term
        .bytes()
        .split('\n')
        .filter((l) => l.includes('✗'))
        .every((l) => !BAR.test(l.split('\x1b[K').at(-1)!)),
    ).toBe(true);
  });

  test('an update after end() draws nothing over the summary; end() twice adds no line', () => {
    const term = fakeTerminal(isTTY);
    const bar = progressBar(term.stream);
    bar.update(1, 1, 0);
    bar.end();
    bar.end();
    term.print(`${SUMMARY}\n`);
    bar.update(1, 1, 0);
    const screen = term.screen();
    expect(screen).toEqual([expect.stringMatching(/^█+ 1\/1 files/), SUMMARY, '']);
  });

  test('with nothing drawn, end() prints nothing', () => {
    const term = fakeTerminal(isTTY);
    progressBar(term.stream).end();
    expect(term.bytes()).toBe('');
  });
});

test('on a terminal, a shorter frame leaves no tail of the longer one it covers', () => {
  const term = fakeTerminal(true);
  const bar = progressBar(term.stream);
  bar.update(1, 1000, 10);
  bar.update(1, 1, 0);
  bar.end();
  expect(term.screen()[0]).toMatch(/^█+ 1\/1 files {2}\d+\/s {2}0 failed$/);
});

test('not on a terminal, every write is a whole line and no \\r is sent', () => {
  const term = fakeTerminal(false);
  const bar = progressBar(term.stream);
  for (let i = 1; i <= 50; i++) bar.update(i, 100, 0);
  bar.line('✗ c.docx: unreadable');
  bar.end();
  expect(term.bytes()).not.toContain('\r');
  expect(term.bytes().endsWith('\n')).toBe(true);
  // The frame held back by the two-second throttle is printed by end(), so the log ends on where it got to.
  expect(
    term
      .screen()
      .filter((l) => BAR.test(l))
      .at(-1),
  ).toMatch(/ 50\/100 files/);
});
