/**
 * Page budgets from the build the e2e server just made (decision 070):
 * first-load JS, gzipped, ≤ 200 KB for every page and ≤ 120 KB for /login,
 * which is plain HTML without any script. The table is printed either way.
 */
import { formatPageWeights, measurePageWeights, SIGN_IN_ROUTE } from "../../scripts/page-weight";
import { expect, test } from "./fixtures";

test("every page's first-load JS is within its budget", async () => {
  const rows = measurePageWeights();
  const table = formatPageWeights(rows);
  console.log(table);
  await test.info().attach("page-weight.txt", { body: table, contentType: "text/plain" });
  expect(rows.length, "pages measured").toBeGreaterThan(40);
  const over = rows.filter((r) => r.over).map((r) => `${r.route}: ${r.kb.toFixed(1)} KB > ${r.budgetKb} KB`);
  expect(over, `over budget:\n${table}`).toEqual([]);
});

test("the sign-in page is HTML with no script, styled by the app's stylesheet", async ({ request }) => {
  const response = await request.get(SIGN_IN_ROUTE);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/html");
  const html = await response.text();
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/\sstyle=/i);
  const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
  expect(stylesheets.length).toBeGreaterThan(0);
  for (const href of stylesheets) {
    const css = await request.get(href);
    expect(css.status(), href).toBe(200);
    expect(await css.text()).toContain(".md\\:py-24");
  }
});
