/** «Показатели»: each role opens its dashboard from the navigation and reads real numbers in the figures' tables. */
import type { Page } from "@playwright/test";
import { expect, storageStateOf, test } from "./fixtures";

async function openFromNavigation(page: Page) {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Основная навигация" }).getByRole("link", { name: "Показатели" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "Показатели" })).toBeVisible();
}

/** The figure's table cell of the row that has `rowText`, in column `column` (0-based). */
const cell = (page: Page, table: string, rowText: string | RegExp, column: number) =>
  page.getByRole("table", { name: table }).getByRole("row").filter({ hasText: rowText }).getByRole("cell").nth(column);

test.describe("coordinator", () => {
  test.use({ storageState: storageStateOf("coordinator") });

  test("sees the municipality's figures of the 2025 cycle", async ({ page }) => {
    await openFromNavigation(page);
    await expect(page.getByRole("heading", { name: "Муниципалитет: г. Армавир (демо), цикл 2025 года" })).toBeVisible();

    // (1) stages: the current one is named, each has its ratio
    await expect(page.getByText("Текущий этап: Реализация")).toBeVisible();
    await expect(cell(page, "Ход цикла по этапам", "Реализация", 0)).toContainText("текущий этап");
    await expect(cell(page, "Ход цикла по этапам", "Подведение итогов", 1)).toHaveText("справка: не начата");
    // (2) documents and (3) measure statuses
    await expect(cell(page, "Подтверждённые документы", "Все документы", 1)).toHaveText("3 из 4");
    await expect(cell(page, "Подтверждённые документы", "Все документы", 2)).toHaveText("75 %");
    await expect(cell(page, "Статусы мероприятий", /^Всего/, 1)).toHaveText("15");
    await expect(cell(page, "Статусы мероприятий", /^Выполнено/, 1)).toHaveText("4");
    // (4) the most overdue measures link to the measure
    const overdue = page.getByRole("table", { name: "Самые просроченные мероприятия" });
    await expect(overdue.getByRole("link").first()).toHaveAttribute("href", /^\/schools\/edu230101\/measures\//);
    // (5) curator coverage: 6 of 7 schools
    await expect(page.getByText("Охват кураторами: 85,7 % (6 из 7)")).toBeVisible();
    await expect(cell(page, "Школ на куратора", "Лобанова Елена Николаевна", 1)).toHaveText("3");
    await expect(cell(page, "Школ на куратора", "Без куратора", 1)).toHaveText("1");
    // (6) МНЦ events by type: 8 / 6 / 3
    await expect(cell(page, "Мероприятия МНЦ по видам", "Практико-ориентированный семинар", 1)).toHaveText("8");
    await expect(cell(page, "Мероприятия МНЦ по видам", "Вебинар", 1)).toHaveText("6");
    await expect(cell(page, "Мероприятия МНЦ по видам", "Видеоконференция", 1)).toHaveText("3");
    // (7) consultations, (8) ИОМ coverage and diagnostics
    await expect(cell(page, "Консультации МТКП по модулям", /^Всего/, 1)).toHaveText("8");
    await expect(cell(page, "Охват ИОМ", /^Всего/, 1)).toHaveText("1 из 7");
    await expect(cell(page, "Диагностика компетенций: входная и повторная", "Методическая", 1)).toHaveText("54,8 %");
    await expect(cell(page, "Диагностика компетенций: входная и повторная", "Методическая", 2)).toContainText("78,9 %");

    // the figures link to their details
    await page.getByRole("link", { name: "Реестр мероприятий МНЦ" }).click();
    await expect(page).toHaveURL(/\/events\?from=2025-01-01&to=2025-12-31$/);
  });

  test("reaches the cycle picker by keyboard and shows the chosen cycle", async ({ page }) => {
    await page.goto("/dashboard");
    const picker = page.getByLabel("Цикл дорожной карты");
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await picker.evaluate((el) => el === document.activeElement);
    }
    expect(reached, "the cycle picker is reachable with Tab").toBe(true);
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Показать" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/dashboard\?cycle=/);
    await expect(page.getByText("Охват кураторами: 85,7 %")).toBeVisible();
  });
});

test.describe("curator", () => {
  test.use({ storageState: storageStateOf("curator") });

  test("sees their three schools side by side, and only them", async ({ page }) => {
    await openFromNavigation(page);
    const table = page.getByRole("table", { name: "Мои школы рядом" });
    await expect(table.getByRole("row")).toHaveCount(1 + 3);
    for (const name of ["МБОУ-ООШ № 21", "МБОУ-СОШ № 9", "МБОУ-ООШ № 18"]) await expect(table).toContainText(name);
    await expect(cell(page, "Мои школы рядом", "МБОУ-ООШ № 21", 1)).toHaveText("Подтверждён");
    await expect(cell(page, "Мои школы рядом", "МБОУ-ООШ № 21", 2)).toHaveText("4 из 15 (26,7 %)");
    await expect(cell(page, "Мои школы рядом", "МБОУ-ООШ № 21", 4)).toHaveText("3 из 4");
    await expect(page.getByText("МБОУ-СОШ № 15")).toHaveCount(0);
    await expect(page.getByRole("heading", { name: /^Муниципалитет/ })).toHaveCount(0);
  });
});

test.describe("school admin", () => {
  test.use({ storageState: storageStateOf("school") });

  test("sees the school's roadmap by section and its results against the municipality", async ({ page }) => {
    await openFromNavigation(page);
    await expect(page.getByRole("heading", { name: "Школа: МБОУ-ООШ № 21" })).toBeVisible();
    const roadmap = "Дорожная карта по разделам — МБОУ-ООШ № 21";
    await expect(cell(page, roadmap, "Программа развития", 1)).toHaveText("Подтверждено");
    await expect(cell(page, roadmap, "Программа развития", 7)).toHaveText("4");
    await expect(cell(page, roadmap, "Фактор 3", 7)).toHaveText("7");
    const results = "Результаты и среднее по муниципалитету — МБОУ-ООШ № 21";
    await expect(cell(page, results, "ОГЭ, математика", 1)).toHaveText("3,12");
    await expect(cell(page, results, "ОГЭ, математика", 2)).toHaveText("3,80");
    await expect(cell(page, results, "ОГЭ, математика", 4)).toHaveText("хуже среднего");
    await expect(page.getByRole("link", { name: "Результаты школы по годам" })).toHaveAttribute("href", "/schools/edu230101/results");
    // wide tables scroll by keyboard: their scroll area takes focus
    await page.getByRole("region", { name: roadmap }).focus();
    await expect(page.getByRole("region", { name: roadmap })).toBeFocused();
    await expect(page.getByRole("heading", { name: /^Куратор/ })).toHaveCount(0);
  });
});

test.describe("teacher", () => {
  test.use({ storageState: storageStateOf("teacher") });

  test("has no «Показатели» (403)", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("navigation", { name: "Основная навигация" }).getByRole("link", { name: "Показатели" })).toHaveCount(0);
    const response = await page.goto("/dashboard");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Недостаточно прав" })).toBeVisible();
  });
});
