/** Opening a cycle, school lists, curator pairings, read-only views, the bell. */
import { expect, storageStateOf, test } from "./fixtures";

const DEADLINES: [string, string][] = [
  ["Стартовая диагностика и рисковый профиль", "2026-02-27"],
  ["Разработка концепции и программ", "2026-03-31"],
  ["Экспертиза программ куратором", "2026-04-30"],
  ["Взаимоэкспертиза: обмен программами", "2026-10-07"],
  ["Взаимоэкспертиза: встреча команд", "2026-10-21"],
  ["Взаимоэкспертиза: загрузка заключений", "2026-11-02"],
  ["Окончание реализации мер", "2026-12-15"],
  ["Аналитическая справка", "2026-12-25"],
];

test.describe.serial("coordinator opens the 2026 cycle", () => {
  test.use({ storageState: storageStateOf("coordinator") });

  test("creates the cycle, adds a school with categories, pairs a curator and sees coverage", async ({ page }) => {
    test.setTimeout(180_000); // a long walk through five pages on a busy 2-core box
    await page.goto("/");
    await page.getByRole("navigation", { name: "Основная навигация" }).getByRole("link", { name: "Циклы" }).click();
    await expect(page.getByRole("heading", { name: "Циклы дорожной карты", level: 1 })).toBeVisible();
    await page.getByRole("link", { name: "Открыть цикл" }).click();

    await page.getByLabel("Год").fill("2026");
    await expect(page.getByLabel("Название")).toHaveValue(/на 2026 год$/);
    await page.getByLabel("Номер приказа").fill("5");
    await page.getByLabel("Дата приказа").fill("2026-01-12");
    for (const [label, value] of DEADLINES) await page.getByLabel(label, { exact: true }).fill(value);
    // A deadline out of order is explained next to its field.
    await page.getByLabel("Экспертиза программ куратором").fill("2026-03-01");
    await page.getByRole("button", { name: "Открыть цикл" }).click();
    await expect(page.getByText("Срок не может быть раньше срока разработки программ (31.03.2026)")).toBeVisible();
    await expect(page.getByLabel("Экспертиза программ куратором")).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel("Экспертиза программ куратором").fill("2026-04-30");
    await page.getByRole("button", { name: "Открыть цикл" }).click();

    await expect(page.getByRole("heading", { name: "Цикл 2026 года", level: 1 })).toBeVisible();
    await expect(page.getByRole("table", { name: "Сроки этапов" })).toContainText("30.04.2026");
    await expect(page.getByRole("button", { name: "Перейти к этапу «Стартовая диагностика»" })).toBeVisible();
    // The new cycle's mutual pairs and monitor are one click away, not only through the current cycle's home.
    const sections = page.getByRole("navigation", { name: "Разделы цикла" });
    await expect(sections.getByRole("link", { name: "Взаимоэкспертиза" })).toBeVisible();
    await expect(sections.getByRole("link", { name: "Мониторинг" })).toBeVisible();

    await page.getByRole("link", { name: "Списки школ" }).click();
    await page.getByLabel("Школа").selectOption({ label: "МБОУ-ООШ № 21 (edu230101)" });
    await page.getByRole("button", { name: "Добавить в списки" }).click();
    await expect(page.getByText("Отметьте хотя бы одну категорию")).toBeVisible();
    const addForm = page.locator("form").filter({ has: page.getByRole("button", { name: "Добавить в списки" }) });
    await addForm.getByLabel("ШНОР").check();
    await addForm.getByLabel("500+").check();
    await page.getByRole("button", { name: "Добавить в списки" }).click();
    const row = page.getByRole("table", { name: "Школы в списках цикла" }).getByRole("row").filter({ hasText: "МБОУ-ООШ № 21" });
    await expect(row).toBeVisible();
    await expect(row.getByLabel("ШНОР")).toBeChecked();
    await expect(row.getByLabel("500+")).toBeChecked();

    await page.getByRole("link", { name: "Кураторы" }).click();
    await expect(page.getByText("Охват кураторами")).toBeVisible();
    const form = page.getByRole("form", { name: "Назначение куратора: МБОУ-ООШ № 21" });
    await form.getByLabel("Куратор").selectOption({ label: "Лобанова Елена Николаевна" });
    await form.getByLabel("Дата закрепления").fill("2026-01-20");
    await form.getByLabel("№ сетевого договора").fill("СД-1/2026");
    await form.getByRole("button", { name: "Назначить" }).click();
    const pairings = page.getByRole("table", { name: "Закрепление кураторов за школами" });
    await expect(pairings.getByRole("row").filter({ hasText: "МБОУ-ООШ № 21" })).toContainText("Лобанова Елена Николаевна");
    await expect(pairings).toContainText("Сетевой договор № СД-1/2026");
    await expect(page.getByText("100 %")).toBeVisible();
    await page.screenshot({ path: ".data/test-results/h1-pairings.png", fullPage: true });
  });
});

test.describe("a curator", () => {
  test.use({ storageState: storageStateOf("curator") });

  test("reads a cycle without any editing controls", async ({ page }) => {
    await page.goto("/cycles");
    await page.getByRole("link", { name: "2025", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Цикл 2025 года", level: 1 })).toBeVisible();
    await expect(page.getByRole("table", { name: "Сроки этапов" })).toContainText("27.12.2025");
    await expect(page.getByRole("button", { name: /Перейти к этапу|Закрыть цикл|Сохранить/ })).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Разделы цикла" }).getByRole("link", { name: "Взаимоэкспертиза" })).toHaveCount(0);
    await page.getByRole("link", { name: "Кураторы" }).click();
    await expect(page.getByRole("table", { name: "Закрепление кураторов за школами" })).toBeVisible();
    await expect(page.getByRole("button", { name: /Назначить|Заменить|Завершить закрепление/ })).toHaveCount(0);
  });

  test("gets 404 for a cycle outside their municipality", async ({ page }) => {
    const response = await page.goto("/cycles/cm0therMunicipalityCycle0");
    expect(response?.status()).toBe(404);
  });

  test("sees the bell with the unread count and the pairing notification", async ({ page }) => {
    await page.goto("/");
    const bell = page.getByRole("link", { name: /^Уведомления, непрочитанных: \d+$/ });
    await expect(bell).toBeVisible();
    const label = await bell.getAttribute("aria-label");
    expect(Number(label?.match(/\d+/)?.[0])).toBeGreaterThan(0);
    await bell.click();
    await expect(page.getByRole("heading", { name: "Уведомления", level: 1 })).toBeVisible();
    await expect(page.getByRole("list", { name: "Список уведомлений" })).toContainText("Вы назначены куратором школы МБОУ-ООШ № 21 (цикл 2026 года)");
    await page.screenshot({ path: ".data/test-results/h1-notifications.png", fullPage: true });
    await page.getByRole("button", { name: "Отметить все прочитанными" }).click();
    await expect(page.getByRole("link", { name: "Уведомления, непрочитанных: 0" })).toBeVisible();
  });
});
