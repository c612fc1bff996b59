/**
 * Resident memory of the server's process tree (the `next start` process and any process under it; its
 * worker threads are in its own VmRSS), read from /proc every second while the load runs.
 */
import { readdirSync, readFileSync } from 'node:fs';

function rssMiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0; // the process ended meanwhile
  }
}

/** The pid and all its descendants, found through each process's parent in /proc/<pid>/stat. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the parenthesised command name: state, ppid, …
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // ended meanwhile
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  return tree;
}

export function treeRssMiB(root: number): number {
  return processTree(root).reduce((sum, pid) => sum + rssMiB(pid), 0);
}

export interface RssSampler {
  /** [seconds since start, MiB] every second. */
  readonly samples: [number, number][];
  stop(): void;
}

export function sampleRss(root: number, everyMs = 1000): RssSampler {
  const started = performance.now();
  const samples: [number, number][] = [];
  const take = () => samples.push([(performance.now() - started) / 1000, treeRssMiB(root)]);
  take();
  const timer = setInterval(take, everyMs);
  return { samples, stop: () => (clearInterval(timer), take()) };
}
