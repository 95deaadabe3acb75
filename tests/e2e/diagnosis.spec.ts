/**
 * Start diagnostics and the risk profile in a real browser: the school admin
 * team of МБОУ-ООШ № 18 (edu230105, a draft in the demo data) changes a value,
 * saves and submits; the paired curator overrides a significance with a
 * reason and confirms. Cross-school and wrong-role access are refused.
 */
import { emailOf, expect, signIn, storageStateOf, test } from "./fixtures";

const PAGE = "/schools/edu230105/diagnosis";

test("school admin fills and submits, curator overrides a significance with a reason and confirms", async ({ page, browser }) => {
  test.setTimeout(240_000); // two people, a dozen round trips, on a slow 2-core box
  await signIn(page, emailOf("school5"));
  await expect(page).toHaveURL("/");
  const response = await page.goto(PAGE);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Рисковый профиль");
  await expect(page.getByRole("heading", { name: "Как определяется значимость фактора риска" })).toBeVisible();

  // A value over 100 is explained next to its field; a low value gets «*».
  const materials = page.getByLabel("1.1 Учебные материалы");
  await materials.fill("120");
  await expect(page.getByText("Балл — от 0 до 100")).toBeVisible();
  await expect(materials).toHaveAttribute("aria-invalid", "true");
  await materials.fill("30");
  const materialsField = materials.locator("xpath=ancestor::div[2]");
  await expect(materialsField.getByText("ниже порога")).toBeVisible();

  await page.getByRole("button", { name: "Сохранить черновик" }).click();
  await expect(page.getByText("Черновик сохранён.")).toBeVisible();
  await page.screenshot({ path: ".data/test-results/diagnosis-school.png" });

  await page.getByRole("button", { name: "Отправить на проверку куратору" }).click();
  await expect(page.getByText("Профиль на проверке у куратора. Значения изменить нельзя.")).toBeVisible();

  // The curator.
  const curatorContext = await browser.newContext({ storageState: storageStateOf("curator") });
  const curator = await curatorContext.newPage();
  expect((await curator.goto(PAGE))?.status()).toBe(200);
  const form = curator.getByRole("form", { name: "Решение куратора: Дефицит педагогических кадров" });
  const select = form.getByLabel("Значимость");
  const current = await select.inputValue();
  const next = current === "low" ? "medium" : "low";
  await select.selectOption(next);
  await form.getByRole("button", { name: "Сохранить решение по фактору" }).click();
  await expect(form.getByText("Обоснуйте изменение значимости: оно отличается от предложенной по правилу")).toBeVisible();
  const reason = "По итогам собеседования с директором выявлена вакансия учителя математики.";
  await form.getByLabel("Обоснование изменения значимости").fill(reason);
  if (next === "medium") await form.getByLabel("Требуется антирисковая программа").check();
  await form.getByRole("button", { name: "Сохранить решение по фактору" }).click();
  await expect(curator.getByText("Обоснование куратора:")).toBeVisible();

  await curator.screenshot({ path: ".data/test-results/diagnosis-curator.png", fullPage: true });
  await curator.getByRole("button", { name: "Подтвердить рисковый профиль" }).click();
  await expect(curator.getByRole("heading", { name: "Итоги рискового профиля" })).toBeVisible();
  const summary = curator.getByRole("table", { name: "Факторы риска, их значимость и необходимость антирисковой программы" });
  await expect(summary.getByRole("row").filter({ hasText: "Дефицит педагогических кадров" })).toContainText(next === "medium" ? "Средняя" : "Низкая");
  await expect(curator.getByRole("link", { name: "Перейти к документам школы" })).toHaveAttribute("href", /\/schools\/edu230105\/documents/);
  await curatorContext.close();

  // The school sees the confirmed profile, read-only.
  await page.reload();
  await expect(page.getByText("Подтверждён").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Сохранить черновик" })).toHaveCount(0);
});

test.describe("a school admin", () => {
  test.use({ storageState: storageStateOf("school") });
  test("gets 404 for another school's diagnosis", async ({ page }) => {
    const response = await page.goto("/schools/edu230102/diagnosis");
    expect(response?.status()).toBe(404);
    await expect(page.getByText("МБОУ-СОШ № 9")).toHaveCount(0);
  });
});

test.describe("a coordinator", () => {
  test.use({ storageState: storageStateOf("coordinator") });
  test("reads a confirmed profile without any controls", async ({ page }) => {
    expect((await page.goto("/schools/edu230101/diagnosis"))?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "Итоги рискового профиля" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Подтвердить рисковый профиль" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Сохранить черновик" })).toHaveCount(0);
  });
});

test.describe("a teacher", () => {
  test.use({ storageState: storageStateOf("teacher") });
  test("is refused the diagnosis of their own school", async ({ page }) => {
    const response = await page.goto("/schools/edu230101/diagnosis");
    expect(response?.status()).toBe(403);
  });
});
