/**
 * The Content-Security-Policy of every response (decision 055). Pure: the
 * proxy (proxy.ts) builds the document policy per request with a fresh
 * nonce; responses that carry no document (uploads, downloads) get
 * `NO_DOCUMENT_POLICY`, which allows nothing at all.
 *
 * - scripts: only those carrying the request's nonce, and what they load
 *   ('strict-dynamic'); Next.js puts the nonce on its own scripts when it
 *   finds it in the request's CSP header. Development adds 'unsafe-eval'
 *   (React rebuilds server stacks with eval) and a WebSocket for HMR.
 * - styles: 'self' and inline (`'unsafe-inline'`): React server-renders
 *   recharts' style attributes and Radix dialogs insert a <style> element
 *   without a nonce. CSS cannot run script; images, fonts and connections
 *   stay on our origin, which limits what injected CSS could send out.
 */

export const NONCE_HEADER = "x-nonce";

/** 128 random bits, base64: unguessable and fresh for every request. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export function documentPolicy(nonce: string, options: { dev?: boolean; https?: boolean } = {}): string {
  const { dev = false, https = false } = options;
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Radix dialogs (react-remove-scroll) insert a <style> element without a
    // nonce at run time, and React server-renders style attributes: styles
    // are allowed inline (no nonce here, or 'unsafe-inline' would be ignored).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** For responses that are never a document: nothing may load, run or frame them. */
export const NO_DOCUMENT_POLICY = "default-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";
