/**
 * Accessibility: axe-core with the WCAG 2.2 AA rule set on every role's main
 * pages, with confirmation dialogs open and forms showing their Russian
 * field errors. Zero violations. Read-only: dialogs are cancelled and the
 * invalid forms never reach the database, so later specs see the demo data
 * as it was.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, expectHydrated, storageStateOf, test, type DemoRole } from "./fixtures";

const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const SCHOOL = "edu230101";

// Each page is loaded, settled and scanned: ~5 s a page on a busy 2-core machine.
test.describe.configure({ timeout: 300_000 });

/** axe on the page as it is now; every violation is listed with its nodes, softly, so one run shows them all. */
async function checkPage(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  const violations = results.violations.map(
    (v) => `${v.id} [${v.impact}] ${v.help}\n${v.nodes
      .slice(0, 6)
      .map((n) => `    ${n.target.join(" ")}: ${n.failureSummary?.replace(/\s+/g, " ")}`)
      .join("\n")}`,
  );
  expect.soft(violations, `axe violations on ${label}`).toEqual([]);
}

async function visit(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), `GET ${url}`).toBeLessThan(400);
  await checkPage(page, url);
}

/** The first link on the page whose address matches, as a path. */
async function firstHref(page: Page, pattern: RegExp): Promise<string> {
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => pattern.test(h));
  expect(href, `a link matching ${pattern} on ${page.url()}`).toBeTruthy();
  return href!;
}

function asRole(role: DemoRole) {
  test.use({ storageState: storageStateOf(role) });
}

test.describe("signed out", () => {
  test("the sign-in page, empty and with errors", async ({ page }) => {
    await visit(page, "/login");
    await page.getByRole("button", { name: "Войти" }).click();
    await expect(page.getByText("Введите адрес электронной почты")).toBeVisible();
    await checkPage(page, "/login with field errors");
    await page.getByLabel("Электронная почта").fill("nobody@opora.demo");
    await page.getByLabel("Пароль").fill("не-тот-пароль");
    await page.getByRole("button", { name: "Войти" }).click();
    await expect(page.locator("form").getByRole("alert")).toBeVisible();
    await checkPage(page, "/login with a wrong password");
  });
});

test.describe("coordinator", () => {
  asRole("coordinator");
  test("home and the cycle's pages: lists, pairings, monitor, report", async ({ page }) => {
    await visit(page, "/");
    await visit(page, "/cycles");
    const cycle = await firstHref(page, /^\/cycles\/(?!new)[^/?]+$/);
    for (const suffix of ["", "/lists", "/pairings", "/mutual", "/monitor", "/report", "/report/order"]) await visit(page, `${cycle}${suffix}`);
  });

  test("dashboard, results and the registers", async ({ page }) => {
    for (const url of ["/dashboard", "/results", "/events", "/consultations", "/imports", "/surveys", "/practices", "/notifications", "/diagnostics", "/profile", "/admin/municipalities/armavir-demo"]) {
      await visit(page, url);
    }
    await visit(page, "/events");
    await visit(page, await firstHref(page, /^\/events\/(?!new$|export)[^/?]+$/));
  });

  test("a school's pages", async ({ page }) => {
    for (const suffix of ["", "/roadmap", "/documents", "/diagnosis", "/results", "/mutual"]) await visit(page, `/schools/${SCHOOL}${suffix}`);
    await visit(page, `/schools/${SCHOOL}/roadmap`);
    await visit(page, await firstHref(page, /\/measures\/[^/?]+$/));
  });

  test("forms with Russian field errors", async ({ page }) => {
    await visit(page, "/events/new");
    await page.getByRole("button", { name: /Сохранить|Создать|Добавить/ }).first().click();
    await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
    await checkPage(page, "/events/new with field errors");

    await visit(page, "/results/new");
    await page.getByRole("button", { name: /Сохранить|Добавить/ }).first().click();
    await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
    await checkPage(page, "/results/new with field errors");

    await visit(page, "/cycles/new");

    // The letterhead with an empty centre name: refused by the server's schema, nothing saved.
    await visit(page, "/admin/municipalities/armavir-demo");
    const centre = page.getByLabel("Наименование методического центра", { exact: true });
    await centre.fill("");
    const save = page.getByRole("button", { name: "Сохранить реквизиты" });
    await expectHydrated(save);
    await save.click();
    await expect(centre).toHaveAttribute("aria-invalid", "true");
    await checkPage(page, "/admin/municipalities/armavir-demo with field errors");
  });

  test("a confirmation dialog of the cycle's stages", async ({ page }) => {
    await visit(page, "/cycles");
    await page.goto(await firstHref(page, /^\/cycles\/(?!new)[^/?]+$/));
    const trigger = page.locator("main").getByRole("button").filter({ hasText: /^(Перейти|Завершить|Вернуть|Закрыть)/ }).first();
    if ((await trigger.count()) > 0) {
      await trigger.click();
      await expect(page.getByRole("alertdialog")).toBeVisible();
      await checkPage(page, "cycle stage confirmation");
      await page.keyboard.press("Escape");
      await expect(page.getByRole("alertdialog")).toHaveCount(0);
    }
  });
});

test.describe("curator", () => {
  asRole("curator");
  test("home, school, documents, expertise, dashboard, results", async ({ page }) => {
    await visit(page, "/");
    for (const suffix of ["", "/roadmap", "/documents", "/diagnosis", "/results"]) await visit(page, `/schools/${SCHOOL}${suffix}`);
    await visit(page, `/schools/${SCHOOL}/documents/demo-doc-concept-${SCHOOL}`);
    await visit(page, `/schools/${SCHOOL}/documents/demo-doc-arp-6-${SCHOOL}/review`);
    await visit(page, `/schools/${SCHOOL}/documents/demo-doc-concept-${SCHOOL}/revisions`);
    await visit(page, "/dashboard");
    await visit(page, "/results");
  });
});

test.describe("school admin", () => {
  asRole("school");
  test("home, card, roadmap, diagnosis, documents, mutual expertise, results, ИОМ", async ({ page }) => {
    await visit(page, "/");
    for (const suffix of ["", "/roadmap", "/documents", "/diagnosis", "/results", "/mutual"]) await visit(page, `/schools/${SCHOOL}${suffix}`);
    await visit(page, `/schools/${SCHOOL}/documents/demo-doc-concept-${SCHOOL}`);
    await visit(page, "/dashboard");
    await visit(page, "/iom");
    await visit(page, `/schools/${SCHOOL}/roadmap`);
    await visit(page, await firstHref(page, /\/measures\/[^/?]+$/));
  });
});

test.describe("teacher", () => {
  asRole("teacher");
  test("home, ИОМ, surveys, practices, profile", async ({ page }) => {
    await visit(page, "/");
    await visit(page, "/iom");
    await visit(page, await firstHref(page, /^\/iom\/[^/?]+$/));
    await visit(page, "/surveys");
    await visit(page, "/practices");
    await visit(page, "/practices/new");
    await page.getByRole("button", { name: "Подать практику" }).first().click();
    await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
    await checkPage(page, "/practices/new with field errors");
    await visit(page, "/profile");
  });
});

test.describe("tutor", () => {
  asRole("tutor");
  test("home, consultations with a form's errors, ИОМ", async ({ page }) => {
    await visit(page, "/");
    await visit(page, "/consultations");
    await visit(page, await firstHref(page, /^\/consultations\/(?!new$|export)[^/?]+$/));
    await visit(page, "/consultations/new");
    await page.getByRole("button", { name: "Записать консультацию" }).click();
    await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
    await checkPage(page, "/consultations/new with field errors");
    await visit(page, "/iom");
  });
});

test.describe("administrator", () => {
  asRole("admin");
  test("users with the deactivation dialog open, criteria", async ({ page }) => {
    await visit(page, "/admin/users?q=teacher8");
    const row = page.getByRole("row").filter({ hasText: "teacher8@opora.demo" });
    await row.getByRole("button", { name: "Отключить" }).click();
    const dialog = page.getByRole("alertdialog");
    await expect(dialog).toBeVisible();
    await checkPage(page, "/admin/users with the confirmation open");
    await dialog.getByRole("button", { name: "Отмена" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(row).toContainText("Активен");
    await visit(page, "/admin/criteria");
    await visit(page, "/admin/municipalities");
    await visit(page, "/");
  });
});
