/**
 * Next.js 16 proxy (the former middleware): a fresh CSP nonce for every
 * request (decision 055). The policy goes on the request, where Next.js reads
 * the nonce and puts it on its scripts, and on the response. The static
 * headers (HSTS, nosniff, Referrer-Policy, …) come from next.config.js.
 *
 * Not matched: static assets, and the endpoints that receive file bodies —
 * with a proxy Next.js buffers the request body (up to 10 MB, then
 * truncates) and waits for all of it before the handler runs, which would
 * break 20 MB uploads and the 413 answered from Content-Length before the
 * body is read. Those endpoints answer JSON and get NO_DOCUMENT_POLICY from
 * next.config.js.
 */
import { NextResponse, type NextRequest } from "next/server";
import { documentPolicy, newNonce, NO_DOCUMENT_POLICY, NONCE_HEADER } from "@/lib/http/csp";

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const policy = documentPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  // A stored file is never a document: it may load, run and frame nothing
  // (the proxy's header would replace the one the download route sets).
  response.headers.set("Content-Security-Policy", request.nextUrl.pathname.startsWith("/api/files/") ? NO_DOCUMENT_POLICY : policy);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|api/uploads|api/v1/imports/|imports/[^/]+/upload).*)"],
};
