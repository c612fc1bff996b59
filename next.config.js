// A build into another folder (the browser tests' .next-e2e) must not collide with a developer's
// `npm run dev` or `demo`, which use .next.
const distDir = process.env.NEXT_DIST_DIR || '.next';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  distDir,
  // Native libSQL bindings stay outside the bundle.
  serverExternalPackages: ['@libsql/client', 'libsql'],
  // The parser reads files only through the CLI and the import; the app never bundles sample data.
  outputFileTracingExcludes: { '*': ['test/**', 'docs/**'] },
  // Next adds `<distDir>/types/**` to tsconfig.json's include on every build. A build into another
  // folder names a tsconfig that extends the main one (test/browser/tsconfig.next-e2e.json), so Next
  // leaves tsconfig.json, which everyone shares, untouched.
  ...(process.env.NEXT_TSCONFIG_PATH ? { typescript: { tsconfigPath: process.env.NEXT_TSCONFIG_PATH } } : {}),
};

module.exports = nextConfig;
