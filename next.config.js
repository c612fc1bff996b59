// A build into another folder (the browser tests' .next-e2e) must not collide with a developer's
// `npm run dev` or `demo`, which use .next.
const distDir = process.env.NEXT_DIST_DIR || '.next';

/**
 * The Content-Security-Policy of every answer (docs/security.md, ADR 0010). Scripts: the app's own, and
 * Next's inline bootstrap scripts ('unsafe-inline'): a per-request nonce would need a proxy.ts at the
 * repository's top level, which its fixed layout does not have. What the policy still stops: scripts,
 * images, fonts and fetches from any other origin (nothing injected can load code or send data away),
 * plugins, <base> hijacking, forms posting elsewhere, and framing.
 */
function contentSecurityPolicy(script) {
  return [
    "default-src 'self'",
    `script-src ${script}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const SECURITY_HEADERS = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Says nothing a visitor needs.
  poweredByHeader: false,
  // Every answer: pages, route handlers, Next's static files, the icon. Later entries win for the same
  // header: what is not a page (JSON, CSV, XLSX, PNG, SVG, JS) runs no inline script at all.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: contentSecurityPolicy("'self' 'unsafe-inline'") },
          ...SECURITY_HEADERS,
        ],
      },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy("'self'") }] },
      {
        source: '/_next/:path*',
        headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy("'self'") }],
      },
    ];
  },
  // An agency id is digits (lib/view-state/agency-id.ts). A path segment Next cannot percent-decode
  // (`/agency/%zz`, `/agency/%E4`) makes its router answer a bare 500: it means a 400, for which an
  // App-Router-only build has no page. A segment with a `%` is no agency either way, so it goes to the
  // agency page's 404 before the router tries to decode it (test/app/agency-rewrite.test.ts).
  async rewrites() {
    return { beforeFiles: [{ source: '/agency/:id(.*%.*)', destination: '/agency/not-an-id' }] };
  },
  distDir,
  // Native libSQL bindings stay outside the bundle.
  serverExternalPackages: ['@libsql/client', 'libsql', 'esbuild'],
  // The parser reads files only through the CLI and the import; the app never bundles sample data.
  outputFileTracingExcludes: { '*': ['test/**', 'docs/**'] },
  // Next adds `<distDir>/types/**` to tsconfig.json's include on every build. A build into another
  // folder names a tsconfig that extends the main one (test/browser/tsconfig.next-e2e.json), so Next
  // leaves tsconfig.json, which everyone shares, untouched.
  ...(process.env.NEXT_TSCONFIG_PATH ? { typescript: { tsconfigPath: process.env.NEXT_TSCONFIG_PATH } } : {}),
};

module.exports = nextConfig;
