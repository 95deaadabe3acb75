import { describe, expect, it } from "vitest";
import { asciiFilename, attachmentDisposition, rfc5987 } from "@/lib/http/content-disposition";
import { documentPolicy, newNonce, NO_DOCUMENT_POLICY } from "@/lib/http/csp";

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("the document policy", () => {
  it("admits scripts only by the nonce and what they load", () => {
    const nonce = newNonce();
    const d = directives(documentPolicy(nonce));
    expect(d.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'none'"]);
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    expect(d.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(documentPolicy(nonce)).not.toMatch(/unsafe-eval|upgrade-insecure-requests/);
  });

  it("adds eval and HMR in development only, and upgrades requests behind HTTPS", () => {
    const dev = directives(documentPolicy("n", { dev: true }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(dev.get("connect-src")).toContain("ws:");
    expect(directives(documentPolicy("n", { https: true })).has("upgrade-insecure-requests")).toBe(true);
  });

  it("makes a fresh 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 200 }, newNonce));
    expect(nonces.size).toBe(200);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });

  it("lets a non-document load, run and frame nothing", () => {
    const d = directives(NO_DOCUMENT_POLICY);
    expect(d.get("default-src")).toEqual(["'none'"]);
    expect(d.has("sandbox")).toBe(true);
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
  });
});

describe("Content-Disposition", () => {
  it("is always an attachment with an ASCII fallback and the RFC 5987 UTF-8 name", () => {
    expect(attachmentDisposition("Протокол №1.pdf")).toBe(
      `attachment; filename="Protokol-1.pdf"; filename*=UTF-8''%D0%9F%D1%80%D0%BE%D1%82%D0%BE%D0%BA%D0%BE%D0%BB%20%E2%84%961.pdf`,
    );
    expect(attachmentDisposition('a"b\r\nContent-Type: text/html.pdf')).not.toMatch(/[\r\n]|"[^"]*"[^;]*"/);
    expect(attachmentDisposition("")).toBe(`attachment; filename="file"; filename*=UTF-8''file`);
  });

  it("escapes what encodeURIComponent keeps that is not an attr-char", () => {
    expect(rfc5987("it's (a)*.pdf")).toBe("it%27s%20%28a%29%2A.pdf");
    expect(asciiFilename("<script>.html")).toBe("script.html");
  });
});
