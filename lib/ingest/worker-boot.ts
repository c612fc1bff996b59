/**
 * How a worker thread of the CLI (the import's preparing threads, `npm run parse`'s parsing threads) loads its
 * TypeScript: as one JavaScript file that esbuild bundles from the worker's script and keeps in
 * node_modules/.cache/nianbao-workers/, made again whenever any file it was made from changes (their contents
 * are hashed at every start, ~10 ms). Packages stay outside the bundle and load as they do anywhere. When the
 * bundle cannot be made, the worker loads through tsx's loader as before.
 *
 * Why: through tsx each worker resolved, read, looked up and compiled some two hundred modules one by one:
 * 0.65–0.7 s of CPU a worker before its first file, 1.3–1.4 s for two, against 0.2 s a worker from the bundle.
 * `npm run parse` over 10,000 reports has ~8 s of CPU in all at the issue's 2,500 reports/s (issue 21).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

interface BundleManifest {
  /** The files the bundle was made from, absolute. */
  inputs: string[];
  digest: string;
}

function digestOf(inputs: readonly string[]): string | null {
  const hash = createHash('sha256');
  for (const file of inputs) {
    if (!existsSync(file)) return null;
    hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function cacheDir(): string {
  const esbuild = createRequire(import.meta.url).resolve('esbuild/package.json');
  // …/node_modules/esbuild/package.json → …/node_modules/.cache/nianbao-workers
  return path.join(path.dirname(path.dirname(esbuild)), '.cache', 'nianbao-workers');
}

/** Writes `data` so that a reader sees the old file or the new one, never half of one (two CLIs may race). */
function writeWhole(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/** The bundle of `script`, made now unless the one cached was made from the same files. */
export function bundledWorker(script: string): string {
  const dir = cacheDir();
  // Named by the script's path too: two checkouts sharing one node_modules must not load each other's bundle.
  const name = `${path.basename(script).replace(/\.[cm]?tsx?$/, '')}-${createHash('sha256').update(script).digest('hex').slice(0, 12)}`;
  const bundle = path.join(dir, `${name}.cjs`);
  const manifestFile = path.join(dir, `${name}.json`);
  if (existsSync(bundle) && existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as BundleManifest;
    if (digestOf(manifest.inputs) === manifest.digest) return bundle;
  }
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  // dir is <project>/node_modules/.cache/nianbao-workers
  const project = path.dirname(path.dirname(path.dirname(dir)));
  const result = esbuild.buildSync({
    entryPoints: [script],
    absWorkingDir: project,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    // A module that finds its packages from where it stands (createRequire(import.meta.url)) finds them from the bundle.
    banner: { js: 'var __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
    define: { 'import.meta.url': '__bundleUrl' },
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs).map((f) => path.resolve(project, f));
  const digest = digestOf(inputs);
  if (digest === null) throw new Error(`an input of ${script} vanished while it was bundled`);
  mkdirSync(dir, { recursive: true });
  writeWhole(bundle, result.outputFiles[0].contents);
  writeWhole(manifestFile, JSON.stringify({ inputs, digest } satisfies BundleManifest));
  return bundle;
}

/** The code a `new Worker(code, { eval: true })` runs to load `script` (a .ts file): the bundle, else through tsx. */
export function workerBoot(script: string): string {
  try {
    return `require(${JSON.stringify(bundledWorker(script))});`;
  } catch {
    return `require('tsx/cjs/api').register(); require(${JSON.stringify(script)});`;
  }
}
