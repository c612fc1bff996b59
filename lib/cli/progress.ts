/** A one-line progress bar on stderr: count, rate and failures; plain periodic lines when not a terminal. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr) {
  const started = performance.now();
  let lastPlain = 0;
  const render = (done: number, total: number, failed: number) => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const width = 30;
    const filled = total > 0 ? Math.round((done / total) * width) : width;
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    return `${bar} ${done}/${total} files  ${rate.toFixed(0)}/s  ${failed} failed`;
  };
  return {
    update(done: number, total: number, failed: number) {
      if (stream.isTTY) {
        stream.write(`\r${render(done, total, failed)}`);
      } else if (done === total || performance.now() - lastPlain > 2000) {
        lastPlain = performance.now();
        stream.write(`${render(done, total, failed)}\n`);
      }
    },
    /** Prints a line above the bar (a failed file), keeping the bar intact. */
    line(text: string) {
      stream.write(stream.isTTY ? `\r\x1b[K${text}\n` : `${text}\n`);
    },
    end() {
      if (stream.isTTY) stream.write('\n');
    },
  };
}
