/**
 * What the CPU's model name leaves out: "AMD EPYC" names several generations. On Linux the family, model
 * and clock from /proc/cpuinfo tell two machines apart whose names match (issue 21: on an "AMD EPYC × 2
 * cores" a session measured the same code ~1.5–1.9× faster than the session before it on a machine of
 * that name, and nothing in the figures said which machine was which). Empty elsewhere.
 */
import { readFileSync } from 'node:fs';

export function cpuDetail(): string {
  let info: string;
  try {
    info = readFileSync('/proc/cpuinfo', 'utf8');
  } catch {
    return '';
  }
  const field = (name: string) => new RegExp(`^${name}\\s*:\\s*(.+)$`, 'm').exec(info)?.[1]?.trim();
  const family = field('cpu family');
  const model = field('model');
  const mhz = field('cpu MHz');
  const parts = [family && `family ${family}`, model && `model ${model}`, mhz && `${Math.round(Number(mhz))} MHz`];
  const known = parts.filter(Boolean);
  return known.length ? ` (${known.join(', ')})` : '';
}
