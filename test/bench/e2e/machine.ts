/**
 * Where and how a benchmark ran: the machine (CPU, cores, RAM, Node, free disk), the date, the code
 * (git commit, "-dirty" with uncommitted changes) and the exact command.
 */
import { execFileSync } from 'node:child_process';
import { statfsSync } from 'node:fs';
import os from 'node:os';
import { cpuDetail } from '../cpu-detail';

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  node: string;
  os: string;
  /** The 1-minute load average when the run started: other work on the machine skews every figure. */
  load: number;
  /** Free space on the file system holding the bench's files. */
  diskFreeGiB: number;
  date: string;
  code: string;
  command: string;
}

export function describeMachine(workDir: string): Machine {
  const fs = statfsSync(workDir);
  return {
    cpu: `${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}${cpuDetail()}`,
    cores: os.availableParallelism(),
    ramGiB: os.totalmem() / 2 ** 30,
    node: process.version,
    os: `${os.platform()} ${os.release()}`,
    load: os.loadavg()[0],
    diskFreeGiB: (fs.bavail * fs.bsize) / 2 ** 30,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    code: gitVersion(),
    command: benchCommand(),
  };
}

function gitVersion(): string {
  try {
    return execFileSync('git', ['describe', '--always', '--dirty'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown (not a git checkout)';
  }
}

/** The command as typed, so the numbers can be reproduced: through npm, or tsx directly. */
export function benchCommand(): string {
  const args = process.argv
    .slice(2)
    .filter((a) => a !== '--')
    .join(' ');
  if (process.env.npm_lifecycle_event === 'bench') return `npm run bench${args ? ` -- ${args}` : ''}`;
  return `npx tsx test/bench/e2e-bench.ts${args ? ` ${args}` : ''}`;
}

export function machineLine(m: Machine): string {
  return `${m.cpu} × ${m.cores} cores, ${m.ramGiB.toFixed(1)} GiB RAM, node ${m.node}, ${m.os}, ${m.diskFreeGiB.toFixed(0)} GiB disk free, load average ${m.load.toFixed(1)} at start`;
}
