/**
 * Runs one of the OCR tools with bytes on stdin and collects stdout, within a time limit. The tools
 * read stdin and write stdout, so no temporary files are made. OMP_THREAD_LIMIT=1: tesseract's
 * OpenMP threads spin for a core each, and on a shared two-core machine that made a page far slower
 * (measured: ADR 0008, decision 2).
 */
import { execFile } from 'node:child_process';
import { basename } from 'node:path';

export interface RunOptions {
  input?: Uint8Array;
  timeoutMs: number;
  /** Refuse more output than this (a page image at 300 dpi is ~9 MB). */
  maxBytes?: number;
}

export function runTool(file: string, args: string[], options: RunOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      file,
      args,
      {
        encoding: 'buffer',
        timeout: options.timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: options.maxBytes ?? 64 * 1024 * 1024,
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const why = error.killed
          ? `took longer than ${options.timeoutMs / 1000} s`
          : `${error.message.split('\n')[0]} ${stderr.toString().trim().slice(0, 200)}`;
        reject(new Error(`${basename(file)} ${why}`));
      },
    );
    // A tool that exits before reading all of stdin closes the pipe: the exit callback reports that.
    child.stdin?.on('error', () => {});
    child.stdin?.end(options.input ?? new Uint8Array(0));
  });
}
