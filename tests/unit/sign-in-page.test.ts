/** The sign-in page's HTML: no script, escaped values, errors tied to their fields (decision 070). */
import { describe, expect, it } from "vitest";
import { escapeHtml, renderSignInPage } from "@/lib/features/auth/sign-in-page";

const options = { stylesheets: ["/_next/static/chunks/app.css"] };

describe("renderSignInPage", () => {
  it("has no script and no inline style, and links the stylesheet", () => {
    const html = renderSignInPage({}, { ...options, demo: { password: "p", accounts: [{ email: "a@b.c", description: "роль" }] } });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/app.css">');
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('aria-labelledby="demo-accounts"');
  });

  it("escapes what the user typed", () => {
    const html = renderSignInPage({ email: '"><script>alert(1)</script>', error: "<b>x</b>" }, options);
    expect(html).not.toContain("<script>");
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).toContain("&lt;b&gt;x&lt;/b&gt;");
  });

  it("puts each field's message next to it, tied by aria-describedby, and focuses the first invalid field", () => {
    const html = renderSignInPage({ email: "x", fieldErrors: { email: ["Введите адрес"], password: ["Введите пароль"] } }, options);
    expect(html).toMatch(/<input id="email"[^>]*aria-invalid="true" aria-describedby="email-error"[^>]*autofocus/);
    expect(html).toContain('<p id="email-error" class="text-sm text-red-700">Введите адрес</p>');
    expect(html).toMatch(/<input id="password"[^>]*aria-describedby="password-error"/);
    expect(html.match(/autofocus/g)).toHaveLength(1);
  });

  it("shows the demo accounts only when asked", () => {
    expect(renderSignInPage({}, options)).not.toContain("Демонстрационные учётные записи");
  });

  it("escapes the five HTML characters", () => {
    expect(escapeHtml(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&#39;");
  });
});
