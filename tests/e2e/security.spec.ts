/**
 * Security points 7, 8 and 9 of issue 7 against the running production build:
 * - headers on every kind of response (pages, route handlers, downloads, 404s,
 *   error answers): CSP with a per-request nonce, HSTS, nosniff, Referrer-Policy;
 * - every role's main pages load with no CSP violation, and every <script>
 *   of the HTML carries the request's nonce;
 * - an upload announcing a huge body is answered 413 before the body is sent;
 *   hostile file names never matter; downloads are attachments;
 * - next-auth's own POST endpoints refuse a request without its CSRF token;
 * - no secret in the client build, no other user's data, hash or token in a
 *   teacher's pages (HTML and RSC payload).
 */
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { E2E_AUTH_SECRET } from "./env";
import { emailOf, expect, PASSWORD, ROLES, storageStateOf, test, type DemoRole } from "./fixtures";

const PORT = Number(process.env.E2E_PORT || 3100);
const root = path.resolve(__dirname, "../..");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

function cookieHeader(role: DemoRole): string {
  const state = JSON.parse(fs.readFileSync(storageStateOf(role), "utf8")) as { cookies: { name: string; value: string }[] };
  return state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

/** The nonce of a document policy, or undefined. */
const nonceOf = (csp: string | undefined) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp ?? "")?.[1];

/** Headers every response must carry, and the CSP every document must carry. */
async function expectSecurityHeaders(response: APIResponse, what: string) {
  const h = response.headers();
  expect(h["strict-transport-security"], what).toMatch(/max-age=(\d{8,}|[3-9]\d{7}); includeSubDomains/);
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(h["x-frame-options"], what).toBe("DENY");
  const csp = h["content-security-policy"];
  expect(csp, `${what}: Content-Security-Policy`).toBeTruthy();
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp, what).toContain(directive);
  const html = (h["content-type"] ?? "").startsWith("text/html");
  if (html || csp.includes("script-src")) {
    const nonce = nonceOf(csp);
    expect(nonce, `${what}: a nonce in script-src`).toBeTruthy();
    expect(csp, what).toMatch(new RegExp(`script-src 'self' 'nonce-${nonce!.replace(/[+/=]/g, "\\$&")}' 'strict-dynamic'`));
    expect(csp, what).not.toContain("unsafe-eval");
  } else {
    // Not a document (a file, JSON): nothing may load or run at all.
    expect(csp, what).toContain("default-src 'none'");
  }
  if (html) await expectScriptsCarryNonce(await response.text(), nonceOf(csp)!, what);
}

/** Every <script> element of the HTML has the nonce of the response's policy. */
async function expectScriptsCarryNonce(html: string, nonce: string, what: string) {
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  // The sign-in page is plain HTML without any script (decision 070); every other document has Next's.
  if (/^GET \/login\b/.test(what)) expect(scripts, `${what}: no script at all`).toEqual([]);
  else expect(scripts.length, `${what}: scripts in the HTML`).toBeGreaterThan(0);
  const without = scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`));
  expect(without, `${what}: <script> without the nonce`).toEqual([]);
}

async function contextOf(playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } }, baseURL: string, role?: DemoRole) {
  return playwright.request.newContext({ baseURL, ...(role ? { storageState: storageStateOf(role) } : {}) });
}

async function demoCycleId(coordinator: APIRequestContext): Promise<string> {
  const html = await (await coordinator.get("/cycles")).text();
  const id = /href="\/cycles\/([a-z0-9]{20,})"/.exec(html)?.[1];
  expect(id, "a cycle link on /cycles").toBeTruthy();
  return id!;
}

async function uploadAs(ctx: APIRequestContext, name: string, buffer: Buffer, mimeType = "application/pdf") {
  return ctx.post("/api/uploads", { multipart: { file: { name, mimeType, buffer } }, headers: { origin: `http://127.0.0.1:${PORT}` } });
}

test.describe("security headers", () => {
  test("every kind of response carries the headers; documents a fresh nonce on every script", async ({ playwright, baseURL }) => {
    test.setTimeout(120_000);
    const coordinator = await contextOf(playwright, baseURL!, "coordinator");
    const school = await contextOf(playwright, baseURL!, "school");
    const anonymous = await contextOf(playwright, baseURL!);
    const cycleId = await demoCycleId(coordinator);
    const uploaded = await uploadAs(school, "протокол.pdf", PDF);
    expect(uploaded.status()).toBe(201);
    const fileId = ((await uploaded.json()) as { id: string }).id;

    const checks: [APIRequestContext, string, number][] = [
      // pages (a print view, the monitor, the API description page under /api)
      [coordinator, "/", 200],
      [coordinator, "/cycles", 200],
      [coordinator, `/cycles/${cycleId}/monitor`, 200],
      [coordinator, `/cycles/${cycleId}/report/print`, 200],
      [coordinator, "/dashboard", 200],
      [anonymous, "/login", 200],
      [anonymous, "/api/docs", 200],
      // route handlers
      [anonymous, "/api/health", 200],
      [anonymous, "/api/v1/openapi.json", 200],
      [coordinator, `/cycles/${cycleId}/monitor/export`, 200],
      // a file download
      [school, `/api/files/${fileId}`, 200],
      // 404s: a page, a file out of scope, an API path, a static asset
      [coordinator, "/no-such-page", 404],
      [coordinator, "/cycles/no-such-cycle", 404],
      [coordinator, `/api/files/${fileId}`, 404],
      [anonymous, "/api/v1/no-such-endpoint", 404],
      // error answers
      [anonymous, "/api/v1/me", 401],
      [anonymous, "/api/uploads", 405],
    ];
    for (const [ctx, url, status] of checks) {
      const response = await ctx.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBe(status);
      await expectSecurityHeaders(response, `GET ${url}`);
    }
    // A signed-out page is redirected to sign-in, with the headers.
    const redirect = await anonymous.get("/cycles", { maxRedirects: 0 });
    expect(redirect.status()).toBeGreaterThanOrEqual(300);
    expect(redirect.status()).toBeLessThan(400);
    expect(redirect.headers()["strict-transport-security"]).toBeTruthy();
    expect(redirect.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    // POST answers: signed out (401), another site (403).
    const signedOut = await anonymous.post("/api/uploads", { multipart: { file: { name: "a.pdf", mimeType: "application/pdf", buffer: PDF } } });
    expect(signedOut.status()).toBe(401);
    await expectSecurityHeaders(signedOut, "POST /api/uploads signed out");
    const foreign = await school.post("/api/uploads", { multipart: { file: { name: "a.pdf", mimeType: "application/pdf", buffer: PDF } }, headers: { origin: "https://evil.example" } });
    expect(foreign.status()).toBe(403);
    await expectSecurityHeaders(foreign, "POST /api/uploads from another site");

    // The nonce is fresh on every request.
    const nonces = new Set<string | undefined>();
    for (let i = 0; i < 3; i++) nonces.add(nonceOf((await anonymous.get("/login")).headers()["content-security-policy"]));
    expect(nonces.size).toBe(3);

    // Static assets: the static headers (a CSP means nothing on a script file).
    const html = await (await coordinator.get("/")).text();
    const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(chunk).toBeTruthy();
    const asset = await anonymous.get(chunk!);
    expect(asset.status()).toBe(200);
    expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
    expect(asset.headers()["strict-transport-security"]).toBeTruthy();
    for (const ctx of [coordinator, school, anonymous]) await ctx.dispose();
  });
});

/**
 * Lets late requests (lazy chunks, prefetches) run so that their violations are reported. Bounded:
 * Next's link prefetching can keep the network busy on some pages, and "networkidle" is only a
 * best effort here, not what the test checks.
 */
async function settle(page: import("@playwright/test").Page) {
  await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => undefined);
}

test.describe("no CSP violations", () => {
  const collectViolations = () => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  };

  for (const role of ROLES) {
    test(`${role}: the main pages load with no CSP violation and every script carries the nonce`, async ({ browser, baseURL }) => {
      test.setTimeout(300_000);
      const context = await browser.newContext({ storageState: storageStateOf(role), baseURL });
      await context.addInitScript(collectViolations);
      const page = await context.newPage();
      const reported: string[] = [];
      page.on("console", (m) => /Content Security Policy|Refused to/i.test(m.text()) && reported.push(m.text()));
      const visit = async (url: string) => {
        const response = await page.goto(url);
        expect(response?.status(), url).toBe(200);
        const nonce = nonceOf(response!.headers()["content-security-policy"]);
        expect(nonce, url).toBeTruthy();
        await expectScriptsCarryNonce(await response!.text(), nonce!, url);
        await settle(page);
        const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
        expect(violations, `${url}: securitypolicyviolation events`).toEqual([]);
      };
      await visit("/");
      const links = await page.locator('nav[aria-label="Основная навигация"] a').evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
      expect(links.length).toBeGreaterThan(1);
      const extra: string[] = [];
      if (role === "coordinator") {
        const id = /\/cycles\/([a-z0-9]{20,})/.exec(await page.content())?.[1];
        if (id) extra.push(`/cycles/${id}`, `/cycles/${id}/monitor`, `/cycles/${id}/report`, `/cycles/${id}/report/print`, `/cycles/${id}/report/order/print`);
      }
      for (const url of [...new Set([...links, ...extra])]) await visit(url);
      // Client-side navigation (RSC fetches, next/dynamic charts) under the same policy.
      await page.goto("/");
      for (const href of links.slice(1, 4)) {
        await page.locator(`nav[aria-label="Основная навигация"] a[href="${href}"]`).click();
        await page.waitForURL((u) => u.pathname === href);
        await settle(page);
      }
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
      expect(reported, "CSP messages in the console").toEqual([]);
      await context.close();
    });
  }

  test("signing in and out through the forms raises no CSP violation", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL });
    await context.addInitScript(collectViolations);
    const page = await context.newPage();
    await page.goto("/login");
    // Not a role the other specs use: signing out ends every session of the account.
    await page.getByLabel("Электронная почта").fill(emailOf("teacher5"));
    await page.getByLabel("Пароль").fill(PASSWORD);
    await page.getByRole("button", { name: "Войти" }).click();
    await expect(page.getByTestId("current-user")).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    await page.getByRole("button", { name: "Выйти" }).click();
    await expect(page).toHaveURL(/\/login/);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    // The collector does see a violation: an image from another site is refused.
    await page.evaluate(() => {
      const img = new Image();
      img.src = "http://evil.example/pixel.png";
      document.body.append(img);
    });
    await expect.poll(() => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.join("\n"))).toContain("img-src");
    await context.close();
  });
});

/**
 * Sends the head and the first bytes of a request whose Content-Length
 * promises far more (10 GB that are never sent); resolves with the status
 * line. Any answer at all proves the server did not wait for the body.
 */
function rawPartialRequest(head: string[], firstBytes: string): Promise<{ status: number }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(PORT, "127.0.0.1", () => socket.write([...head, "", firstBytes].join("\r\n")));
    let received = "";
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within 10 s (the server waits for the body); got: ${received.slice(0, 200)}`));
    }, 10_000);
    socket.on("data", (chunk) => {
      received += chunk.toString("latin1");
      const status = /^HTTP\/1\.1 (\d{3})/.exec(received);
      if (status && received.includes("\r\n\r\n")) {
        clearTimeout(timer);
        socket.destroy();
        resolve({ status: Number(status[1]) });
      }
    });
    socket.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

test.describe("uploads", () => {
  const TEN_GB = String(10 * 1024 ** 3);
  const head = (url: string, cookie?: string) => [
    `POST ${url} HTTP/1.1`,
    `Host: 127.0.0.1:${PORT}`,
    ...(cookie ? [`Cookie: ${cookie}`] : []),
    "Content-Type: multipart/form-data; boundary=xyz",
    `Content-Length: ${TEN_GB}`,
  ];
  const first = '--xyz\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n\r\n%PDF-1.4';

  test("a body announced over the limit is answered 413 without waiting for it, having sent a few bytes of it", async () => {
    const upload = await rawPartialRequest(head("/api/uploads", cookieHeader("school")), first);
    expect(upload.status).toBe(413);
    const importPage = await rawPartialRequest(head("/imports/schools/upload?dryRun=true", cookieHeader("coordinator")), first);
    expect(importPage.status).toBe(413);
    // Signed out: 401, equally without waiting for the body.
    expect((await rawPartialRequest(head("/api/uploads"), first)).status).toBe(401);
    expect((await rawPartialRequest(head("/api/v1/imports/schools"), first)).status).toBe(401);
  });

  test("hostile names are only display names; HTML and SVG are refused; downloads are attachments", async ({ playwright, baseURL }) => {
    const school = await contextOf(playwright, baseURL!, "school");
    const html = Buffer.from("<!doctype html><html><body><script>alert(1)</script></body></html>");
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>');
    for (const [name, buffer, type] of [["<script>.html", html, "text/html"], ["рисунок.svg", svg, "image/svg+xml"], ["отчёт.pdf", html, "application/pdf"]] as const) {
      const response = await uploadAs(school, name, buffer, type);
      expect(response.status(), name).toBe(422);
    }
    const cases: [string, string, RegExp][] = [
      ["../../etc/passwd", "passwd", /^attachment; filename="passwd"; filename\*=UTF-8''passwd$/],
      ["<script>.html", "<script>.html", /^attachment; filename="script.html"; filename\*=UTF-8''%3Cscript%3E\.html$/],
      ["Протокол заседания №1 (итог).pdf", "Протокол заседания №1 (итог).pdf", /^attachment; filename="Protokol-zasedaniya-1-itog.pdf"; filename\*=UTF-8''%D0%9F%D1%80%D0%BE%D1%82%D0%BE%D0%BA%D0%BE%D0%BB%20.*%E2%84%961%20%28%D0%B8%D1%82%D0%BE%D0%B3%29\.pdf$/],
    ];
    for (const [name, stored, disposition] of cases) {
      const response = await uploadAs(school, name, PDF, "text/html");
      expect(response.status(), name).toBe(201);
      const body = (await response.json()) as { id: string; name: string; mimeType: string };
      expect(body).toMatchObject({ name: stored, mimeType: "application/pdf" });
      const download = await school.get(`/api/files/${body.id}`);
      expect(download.status()).toBe(200);
      expect(download.headers()["content-disposition"], name).toMatch(disposition);
      expect(download.headers()["content-type"]).toBe("application/pdf");
      expect(download.headers()["x-content-type-options"]).toBe("nosniff");
      expect(download.headers()["content-security-policy"]).toContain("sandbox");
      expect(Buffer.from(await download.body()).equals(PDF)).toBe(true);
    }
    await school.dispose();
  });
});

test.describe("next-auth endpoints", () => {
  test("sign-in and sign-out by POST need next-auth's CSRF token", async ({ playwright, baseURL }) => {
    const anonymous = await contextOf(playwright, baseURL!);
    const form = { email: emailOf("teacher6"), password: PASSWORD, callbackUrl: "/" };
    const sessionCookie = (r: APIResponse) => r.headersArray().some((h) => h.name.toLowerCase() === "set-cookie" && /session-token=[^;]+/.test(h.value));

    const without = await anonymous.post("/api/auth/callback/credentials", { form, maxRedirects: 0 });
    expect(sessionCookie(without), "a session without the CSRF token").toBe(false);
    expect(without.headers()["location"] ?? "").toMatch(/error=MissingCSRF/);
    const forged = await anonymous.post("/api/auth/callback/credentials", { form: { ...form, csrfToken: "forged" }, maxRedirects: 0 });
    expect(sessionCookie(forged), "a session with a forged CSRF token").toBe(false);

    // The same request with the token from /api/auth/csrf (and its cookie) signs in: the refusal above is the token's doing.
    const { csrfToken } = (await (await anonymous.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const signedIn = await anonymous.post("/api/auth/callback/credentials", { form: { ...form, csrfToken }, maxRedirects: 0 });
    expect(sessionCookie(signedIn), "a session with the CSRF token").toBe(true);
    expect((await anonymous.get("/", { maxRedirects: 0 })).status()).toBe(200);

    // Sign-out without the token leaves the session as it was.
    await anonymous.post("/api/auth/signout", { form: { callbackUrl: "/login" }, maxRedirects: 0 });
    expect((await anonymous.get("/", { maxRedirects: 0 })).status()).toBe(200);
    await anonymous.dispose();
  });
});

test.describe("the sign-in form", () => {
  test("refuses a POST from another site's Origin and signs in from our own", async ({ playwright, baseURL }) => {
    const anonymous = await contextOf(playwright, baseURL!);
    const form = { email: emailOf("teacher6"), password: PASSWORD };
    const sessionCookie = (r: APIResponse) => r.headersArray().some((h) => h.name.toLowerCase() === "set-cookie" && /session-token=[^;]+/.test(h.value));

    const foreign = await anonymous.post("/login", { form, headers: { origin: "https://evil.example" }, maxRedirects: 0 });
    expect(foreign.status()).toBe(403);
    expect(sessionCookie(foreign), "a session from a foreign Origin").toBe(false);
    expect(await foreign.text()).toContain("Запрос с другого сайта отклонён.");

    const own = await anonymous.post("/login", { form, headers: { origin: new URL(baseURL!).origin }, maxRedirects: 0 });
    expect(own.status()).toBe(303);
    expect(sessionCookie(own), "a session from our own Origin").toBe(true);
    await anonymous.dispose();
  });
});

test.describe("no secrets or other people's data on the client", () => {
  function filesUnder(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  }

  test("the client build holds no secret and no server-only code", () => {
    const secret = E2E_AUTH_SECRET;
    expect(secret.length).toBeGreaterThan(20);
    const files = filesUnder(path.join(root, ".next", "static")).filter((f) => /\.(js|css|json|txt|html|map)$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    const forbidden: [string, RegExp][] = [
      ["AUTH_SECRET's value", new RegExp(secret.replace(/[-\\^$*+?.()|[\]{}]/g, "\\$&"))],
      ["a database URL", /postgres(ql)?:\/\/[^\s"'`]*@/],
      ["DATABASE_URL", /DATABASE_URL/],
      ["AUTH_SECRET", /AUTH_SECRET/],
      ["passwordHash", /passwordHash/],
      ["an argon2 hash", /\$argon2(id|i|d)\$/],
      ["sessionVersion", /sessionVersion/],
      ["tokenHash", /tokenHash/],
      ["Prisma client", /PrismaClient|@prisma\/client|prisma-client/],
      ["node-postgres", /pg-protocol|pg-pool|new Pool\(/],
      ["argon2", /@node-rs\/argon2/],
      ["server-only code", /This module cannot be imported from a Client Component module/],
      ["the audit writer", /authz_denied/],
    ];
    const found: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8");
      for (const [what, pattern] of forbidden) if (pattern.test(text)) found.push(`${what} in ${path.relative(root, file)}`);
    }
    expect(found).toEqual([]);
  });

  test("a teacher's pages and their RSC payloads hold no other user's e-mail or phone, no hash, no token", async ({ playwright, baseURL }) => {
    test.setTimeout(120_000);
    const secret = E2E_AUTH_SECRET;
    const teacher = await contextOf(playwright, baseURL!, "teacher");
    const sessionValues = cookieHeader("teacher")
      .split("; ")
      .filter((c) => c.includes("session-token"))
      .map((c) => c.slice(c.indexOf("=") + 1));
    expect(sessionValues.length).toBe(1);
    const home = await (await teacher.get("/")).text();
    const links = [...new Set([...home.matchAll(/<a[^>]+href="(\/[^"#?]*)"/g)].map((m) => m[1]))].filter((h) => !h.startsWith("/api/"));
    expect(links.length).toBeGreaterThan(3);
    const own = emailOf("teacher");
    for (const url of links) {
      for (const rsc of [false, true]) {
        const response = await teacher.get(url, { headers: rsc ? { RSC: "1" } : {} });
        expect(response.status(), url).toBe(200);
        if (rsc) expect(response.headers()["content-type"], url).toContain("text/x-component");
        const text = await response.text();
        const what = `${url}${rsc ? " (RSC)" : ""}`;
        const emails = [...new Set(text.match(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g) ?? [])].filter((e) => e.toLowerCase() !== own);
        expect(emails, `${what}: other people's e-mail`).toEqual([]);
        expect(text.match(/\+7[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}/g) ?? [], `${what}: phone numbers`).toEqual([]);
        for (const [name, pattern] of [
          ["an argon2 hash", /\$argon2(id|i|d)\$/],
          ["passwordHash", /passwordHash/],
          ["sessionVersion", /sessionVersion/],
          ["tokenHash", /tokenHash/],
          ["an API token", /opora_[A-Za-z0-9_-]{20,}/],
        ] as const)
          expect(pattern.test(text), `${what}: ${name}`).toBe(false);
        expect(text.includes(secret), `${what}: AUTH_SECRET`).toBe(false);
        for (const value of sessionValues) expect(text.includes(value), `${what}: the session cookie`).toBe(false);
      }
    }
    await teacher.dispose();
  });
});
