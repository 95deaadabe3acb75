/** МНЦ events and МТКП consultations in a real browser. */
import type { Browser, Page } from "@playwright/test";
import { expect, storageStateOf, test, type DemoRole } from "./fixtures";

async function as<T>(browser: Browser, role: DemoRole, body: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  try {
    return await body(await context.newPage());
  } finally {
    await context.close();
  }
}

const YEAR_2025 = "from=2025-01-01&to=2025-12-31";
// The two flows below load 8–10 pages as two users: more than the default 30 s on a busy 2-core box.
const FLOW_TIMEOUT = 180_000;

async function consultationCount(page: Page): Promise<number> {
  await page.goto(`/consultations?${YEAR_2025}`);
  const heading = page.getByRole("heading", { name: /^Итоги за период/ });
  await expect(heading).toBeVisible();
  return Number(/:\s*(\d+)$/.exec((await heading.textContent()) ?? "")?.[1]);
}

async function trainingCount(page: Page): Promise<number> {
  await page.goto(`/events?${YEAR_2025}`);
  const table = page.getByRole("table", { name: "Мероприятия по видам" });
  await expect(table).toBeVisible();
  const row = table.getByRole("row").filter({ hasText: /^Тренинг/ });
  if ((await row.count()) === 0) return 0;
  return Number(await row.getByRole("cell").nth(1).textContent());
}

test("the tutor logs a consultation for a tutee and the coordinator's count changes", async ({ browser }) => {
  test.setTimeout(FLOW_TIMEOUT);
  const before = await as(browser, "coordinator", consultationCount);
  expect(before).toBeGreaterThan(0);

  await as(browser, "tutor", async (page) => {
    await page.goto("/consultations");
    await page.getByRole("link", { name: "Записать консультацию" }).click();
    await expect(page.getByRole("heading", { name: "Новая консультация МТКП" })).toBeVisible();
    // Submitting an empty form shows the errors next to the fields.
    await page.getByRole("button", { name: "Записать консультацию" }).click();
    await expect(page.getByText("Отметьте хотя бы одну функцию тьютора")).toBeVisible();
    await expect(page.getByLabel("Педагог (тьюторант)")).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel("Педагог (тьюторант)").selectOption({ index: 1 });
    await page.getByLabel("Дата").fill("2025-10-21");
    await page.getByLabel("Предмет").selectOption({ label: "Математика" });
    await page.getByLabel("Тематический модуль").selectOption({ label: "Оценочная деятельность педагога" });
    await page.getByLabel("Форма").selectOption({ label: "Супервизия" });
    await page.getByLabel("Диагностическая").check();
    await page.getByLabel("Поддерживающая").check();
    await page.getByLabel("Содержание консультации").fill("E2E: разбор критериев оценивания ОГЭ");
    await page.getByLabel("Договорённости и следующие шаги").fill("Провести взаимопроверку работ");
    await page.getByRole("button", { name: "Записать консультацию" }).click();
    await expect(page).toHaveURL(/\/consultations\/[^/]+$/);
    await expect(page.getByText("E2E: разбор критериев оценивания ОГЭ")).toBeVisible();
    await expect(page.getByText("Поддерживающая, Диагностическая")).toBeVisible();
  });

  expect(await as(browser, "coordinator", consultationCount)).toBe(before + 1);
});

test("the coordinator registers an event and the count by type changes", async ({ browser }) => {
  test.setTimeout(FLOW_TIMEOUT);
  await as(browser, "coordinator", async (page) => {
    const before = await trainingCount(page);
    await page.getByRole("link", { name: "Добавить мероприятие" }).click();
    await page.getByLabel("Вид мероприятия").selectOption({ label: "Тренинг" });
    await page.getByLabel("Дата").fill("2025-11-05");
    await page.getByLabel("Тема").fill("E2E: тренинг по формирующему оцениванию");
    await page.getByLabel("Формат").selectOption({ label: "Очно" });
    await page.getByLabel("Целевая аудитория").selectOption({ label: "Педагоги" });
    await page.getByLabel("Число участников").fill("-3");
    await page.getByRole("button", { name: "Добавить мероприятие" }).click();
    await expect(page.getByText("Число участников не может быть отрицательным")).toBeVisible();
    await page.getByLabel("Число участников").fill("15");
    await page.getByLabel("МБОУ-ООШ № 21 (edu230101)").check();
    await page.getByRole("button", { name: "Добавить мероприятие" }).click();
    await expect(page.getByRole("heading", { name: "E2E: тренинг по формирующему оцениванию", level: 1 })).toBeVisible();

    expect(await trainingCount(page)).toBe(before + 1);

    // The calendar shows it on its day.
    await page.goto("/events?view=calendar&month=2025-11");
    await expect(page.getByRole("heading", { name: /Ноябрь 2025/ })).toBeVisible();
    const cell = page.getByRole("cell").filter({ has: page.locator('time[datetime="2025-11-05"]') });
    await expect(cell.getByRole("link", { name: /E2E: тренинг по формирующему оцениванию/ })).toBeVisible();
    await page.getByRole("link", { name: /Октябрь 2025/ }).click();
    await expect(page.getByRole("heading", { name: /Октябрь 2025/ })).toBeVisible();
  });
});

test.describe("a teacher", () => {
  test.use({ storageState: storageStateOf("teacher") });
  test("sees their own consultations read-only and gets 404 for another teacher's", async ({ page }) => {
    await page.goto("/consultations");
    await expect(page.getByRole("link", { name: "Записать консультацию" })).toHaveCount(0);
    const own = await page.goto("/consultations/demo-consult-01");
    expect(own?.status()).toBe(200);
    await expect(page.getByRole("link", { name: "Изменить" })).toHaveCount(0);
    const other = await page.goto("/consultations/demo-consult-02");
    expect(other?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Страница не найдена" })).toBeVisible();
  });
});

test.describe("a curator", () => {
  test.use({ storageState: storageStateOf("curator") });
  test("has no consultations (403) but sees the events register", async ({ page }) => {
    expect((await page.goto("/consultations"))?.status()).toBe(403);
    expect((await page.goto("/events"))?.status()).toBe(200);
    await expect(page.getByRole("link", { name: "Добавить мероприятие" })).toHaveCount(0);
    expect((await page.goto("/events/new"))?.status()).toBe(403);
  });
});
