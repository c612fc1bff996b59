/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The parser reads files only through the CLI and the import; the app never bundles sample data.
  outputFileTracingExcludes: { '*': ['test/**', 'docs/**'] },
};

module.exports = nextConfig;
