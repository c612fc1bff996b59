/**
 * Vitest global setup: every temporary folder of a test run (test databases, generated files, the browser's
 * profile) is made under one folder of its own, removed when the run ends. Tests make them with mkdtemp
 * under os.tmpdir(), which reads TMPDIR; without this, each `npm test` left ~320 folders in /tmp.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const before = process.env.TMPDIR;
  const root = mkdtempSync(path.join(tmpdir(), 'nianbao-test-run-'));
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true });
  };
}
