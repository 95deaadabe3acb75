/** @type {import('next').NextConfig} */
// Every response (decision 055). The Content-Security-Policy of documents is
// per request, with a nonce: see proxy.ts and lib/http/csp.ts.
const securityHeaders = [
  // Browsers honour it over HTTPS only; behind the reverse proxy that is every request.
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

// Deployment (README «Развёртывание»): extra hosts (`host[:port]`, `*` = one
// label, `**` = several) from which server actions may be posted, for a
// reverse proxy that does not pass the public Host on. Comma-separated.
const allowedOrigins = (process.env.OPORA_ALLOWED_ORIGINS || "")
  .split(",")
  .map((host) => host.trim())
  .filter(Boolean);

// Endpoints that receive file bodies are outside the proxy (it would buffer
// the body): their JSON answers may load, run and frame nothing.
// Keep in step with NO_DOCUMENT_POLICY in lib/http/csp.ts and the matcher in proxy.ts.
const NO_DOCUMENT_POLICY = "default-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";
const bodyEndpoints = ["/api/uploads", "/api/v1/imports/:kind", "/imports/:kind/upload"];

const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and wasm packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "@prisma/client", "@prisma/adapter-pg", "pg"],
  experimental: {
    authInterrupts: true,
    serverActions: { allowedOrigins },
    // What the proxy may buffer of a request body (server actions are capped
    // at 1 MB by Next.js; file bodies bypass the proxy): bounds memory per request.
    proxyClientMaxBodySize: "2mb",
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      ...bodyEndpoints.map((source) => ({ source, headers: [{ key: "Content-Security-Policy", value: NO_DOCUMENT_POLICY }] })),
    ];
  },
};

module.exports = nextConfig;
