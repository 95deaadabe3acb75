/** Curator expertise in a real browser: scoring, the comment rule, returning a document, the print sheet, cross-school 404. */
import { expect, storageStateOf, test } from "./fixtures";

const REVIEW = "/schools/edu230101/documents/demo-doc-arp-6-edu230101/review";
// A full scoring pass is ~30 interactions and two server round trips: give it room on a busy 2-core box.
test.describe.configure({ timeout: 120_000 });

const COMMENT_REQUIRED = "Укажите комментарий: при оценке ниже «Да» он обязателен";

test.describe.serial("curator expertise of the anti-risk programme «Мотивация — путь к успеху»", () => {
  test("the curator scores, is stopped by a missing comment, fixes it and returns the document", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateOf("curator") });
    const page = await context.newPage();
    const response = await page.goto(REVIEW);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Экспертиза: Мотивация — путь к успеху" })).toBeVisible();

    const form = page.getByRole("form", { name: "Экспертиза документа" });
    const groups = form.getByRole("group").filter({ has: page.getByRole("radiogroup") });
    const count = await groups.count();
    expect(count).toBeGreaterThanOrEqual(6);
    await groups.nth(0).getByLabel("1 — Скорее нет").check();
    for (let i = 1; i < count; i++) await groups.nth(i).getByLabel("3 — Да").check();
    await form.getByLabel("Сильные стороны").fill("Задачи связаны с причинами низкой мотивации");
    await form.getByLabel("Рекомендации").fill("Связать меры задачи 1 с банком данных группы риска");
    await form.getByLabel("Требуется доработка").check();
    await form.getByRole("button", { name: "Завершить экспертизу" }).click();

    const comment = form.getByLabel("Комментарий к критерию 1 (обязателен)");
    await expect(form.getByText(COMMENT_REQUIRED)).toBeVisible();
    await expect(comment).toHaveAttribute("aria-invalid", "true");

    await comment.fill("Меры не образуют комплекс по задаче 2");
    await form.getByRole("button", { name: "Завершить экспертизу" }).click();
    await expect(page.getByText("Экспертиза завершена", { exact: true })).toBeVisible();
    await page.reload();
    await expect(page.getByText("Меры не образуют комплекс по задаче 2")).toBeVisible();
    await expect(page.getByRole("form", { name: "Экспертиза документа" })).toHaveCount(0);
    await context.close();
  });

  test("the school admin sees the returned document with the curator's comments", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateOf("school") });
    const page = await context.newPage();
    expect((await page.goto(REVIEW))?.status()).toBe(200);
    await expect(page.getByText("Требуется доработка").first()).toBeVisible();
    await expect(page.getByText("Меры не образуют комплекс по задаче 2")).toBeVisible();
    await expect(page.getByText("Связать меры задачи 1 с банком данных группы риска")).toBeVisible();
    await context.close();
  });

  test("the printable sheet lists the scores, comments and verdict", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateOf("curator") });
    const page = await context.newPage();
    expect((await page.goto(`${REVIEW}/print`))?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "Лист экспертизы" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Печать" })).toBeVisible();
    await expect(page.getByText("Меры не образуют комплекс по задаче 2")).toBeVisible();
    await expect(page.getByText("Итог экспертизы:")).toBeVisible();
    await page.screenshot({ path: ".data/test-results/expertise-print.png", fullPage: true });
    await context.close();
  });
});

test.describe("another curator", () => {
  test.use({ storageState: storageStateOf("curator2") });
  test("gets 404 for the review of a school paired with someone else", async ({ page }) => {
    const response = await page.goto(REVIEW);
    expect(response?.status()).toBe(404);
    await expect(page.getByText("Мотивация — путь к успеху")).toHaveCount(0);
    expect((await page.goto(`${REVIEW}/print`))?.status()).toBe(404);
  });
});

test.describe("the administrator", () => {
  test.use({ storageState: storageStateOf("admin") });
  test("sees the criteria catalogue per document kind", async ({ page }) => {
    expect((await page.goto("/admin/criteria"))?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "Антирисковая программа" })).toBeVisible();
    await expect(page.getByText("Показатели можно измерить")).toBeVisible();
  });
});

test.describe("a school admin", () => {
  test.use({ storageState: storageStateOf("school") });
  test("gets 404 for another school's mutual expertise page", async ({ page }) => {
    expect((await page.goto("/schools/edu230102/mutual"))?.status()).toBe(404);
  });
});
