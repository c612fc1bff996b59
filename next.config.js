/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Native libSQL bindings stay outside the bundle.
  serverExternalPackages: ['@libsql/client', 'libsql'],
  // The parser reads files only through the CLI and the import; the app never bundles sample data.
  outputFileTracingExcludes: { '*': ['test/**', 'docs/**'] },
};

module.exports = nextConfig;
