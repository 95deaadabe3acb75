/**
 * User-entered text reaches pages through React, which escapes it: the
 * measure page's header (a measure title and its document's title, both
 * typed by a school) rendered with hostile text never yields markup.
 */
import fc from "fast-check";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PageHeader } from "@/components/ui/page-header";
import { documentHeading } from "@/lib/domain/documents/fields";
import { FUZZ_RUNS, hostileString } from "./hostile";

const render = (title: string, documentTitle: string) =>
  renderToString(createElement(PageHeader, { title, description: documentHeading("Антирисковая программа", documentTitle) }));

function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&");
}

describe("user text on a page is escaped", () => {
  it("a measure title with <script> is shown as text", () => {
    const html = render("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>");
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("any hostile title: no element comes from it, and the text reads back as typed", () => {
    const tags = (html: string) => (html.match(/<[a-z/][^>]*>/gi) ?? []).length;
    const baseline = tags(render("x", "y"));
    fc.assert(
      fc.property(hostileString, hostileString, (title, documentTitle) => {
        const html = render(title, documentTitle);
        expect(tags(html)).toBe(baseline);
        if (!title.includes("\u0000")) expect(textOf(html)).toContain(title);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
