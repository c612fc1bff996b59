/**
 * The import's helper threads (the prepare workers, the file reader) give way to the writer's thread: on Linux
 * each lowers its own scheduling priority (nice +5) when it starts. The writer's thread is the import's critical
 * path; with two cores and three or four busy threads, an even share of the CPU held it back while the helpers,
 * 2,048 files ahead, had time to spare (ADR 0007, sixth pass). Where threads cannot be told apart (not Linux) or
 * the call is refused, nothing changes.
 */
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** How much lower than the thread that starts the helper: nice +5 gets about a third of the CPU of a thread 5 below it. */
export const HELPER_NICENESS = 5;

export function lowerThisThread(): void {
  if (process.platform !== 'linux') return;
  try {
    // /proc/thread-self → "<pid>/task/<tid>": setpriority on a thread id sets that thread alone on Linux.
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, Math.min(19, getPriority(tid) + HELPER_NICENESS));
  } catch {
    // Not permitted or not available: the thread keeps its priority.
  }
}

/** The same, as source for a worker run with `eval` (file-reader.ts). */
export const LOWER_THIS_THREAD_SOURCE = `
if (process.platform === 'linux') {
  try {
    const tid = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop());
    const os = require('node:os');
    if (Number.isInteger(tid) && tid > 0) os.setPriority(tid, Math.min(19, os.getPriority(tid) + ${HELPER_NICENESS}));
  } catch {}
}
`;
