/**
 * Vitest global setup: every temporary folder of a test run (test databases, generated files, the browser's
 * profile) is made under one folder of its own, removed when the run ends. Tests make them with mkdtemp
 * under os.tmpdir(), which reads TMPDIR; without this, each `npm test` left ~320 folders in /tmp.
 * Each project inherits the setup: the first call makes the folder, the others find it (nesting them made
 * Chromium's socket path longer than Unix allows).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const MARK = 'NIANBAO_TEST_TMPDIR';

export default function setup(): () => void {
  if (process.env[MARK]) return () => {};
  const before = process.env.TMPDIR;
  const root = mkdtempSync(path.join(tmpdir(), 'nianbao-run-'));
  process.env.TMPDIR = root;
  process.env[MARK] = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    delete process.env[MARK];
    rmSync(root, { recursive: true, force: true });
  };
}
