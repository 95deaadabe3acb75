/**
 * ИОМ end to end: the teacher drafts a route and is told which deficit has no
 * activity, adds it and submits; the school admin approves; the teacher logs
 * an activity with a certificate. Plus the diagnostics summary and 404s.
 */
import { emailOf, expect, signIn, storageStateOf, test } from "./fixtures";

// teacher5 of МБОУ-ООШ № 21 (seed 002, row 5): entry 70, 40, 57, 62, 63 → deficits методическая, цифровая; no ИОМ in the demo.
const TEACHER = "teacher5@opora.demo";
const TINY_PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

test.describe.serial("ИОМ workflow", () => {
  // Multi-step workflows with sign-ins (argon2) take longer than one page check on a busy 2-core box.
  test.describe.configure({ timeout: 90_000 });
  let iomUrl = "";

  test("the teacher drafts an ИОМ, is told which deficit has no activity, adds it and submits", async ({ page }) => {
    await signIn(page, TEACHER);
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    await page.goto("/iom");
    await page.getByRole("button", { name: "Составить мой ИОМ" }).click();
    await page.waitForURL(/\/iom\/[^/]+$/);
    iomUrl = new URL(page.url()).pathname;

    const add = page.getByRole("region", { name: "Новое мероприятие" });
    await add.getByLabel("Компетенция (дефицит)").selectOption("methodological");
    await add.getByLabel("Вид мероприятия").selectOption("course");
    await add.getByLabel("Название").fill("Курсы «Современный урок по обновлённым ФГОС»");
    await add.getByLabel("Часов (для курсов)").fill("36");
    await add.getByLabel("Организация (для курсов — например, ИРО)").fill("ГБОУ ИРО Краснодарского края");
    await add.getByLabel("Начало").fill("2025-11-10");
    await add.getByLabel("Окончание").fill("2025-12-05");
    await add.getByRole("button", { name: "Добавить мероприятие" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: "Курсы «Современный урок по обновлённым ФГОС»" }).first()).toBeVisible();

    await page.getByRole("button", { name: "Отправить на утверждение" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Для дефицита «Цифровая компетенция» нет мероприятия" })).toBeVisible();

    const add2 = page.getByRole("region", { name: "Новое мероприятие" });
    await add2.getByLabel("Компетенция (дефицит)").selectOption("digital");
    await add2.getByLabel("Вид мероприятия").selectOption("self_education");
    await add2.getByLabel("Название").fill("Самообразование: цифровые инструменты учителя");
    await add2.getByLabel("Начало").fill("2025-11-15");
    await add2.getByLabel("Окончание").fill("2025-12-20");
    await add2.getByRole("button", { name: "Добавить мероприятие" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: "Самообразование: цифровые инструменты учителя" }).first()).toBeVisible();

    await page.getByRole("button", { name: "Отправить на утверждение" }).click();
    await expect(page.getByRole("region", { name: "Состояние маршрута" })).toContainText("На утверждении");
  });

  test.describe("school admin", () => {
    test.use({ storageState: storageStateOf("school") });
    test("approves the route", async ({ page }) => {
      await page.goto(iomUrl);
      // An order dated in the future is a typo: refused next to the field, nothing approved.
      await page.getByLabel("Дата приказа").fill("2099-01-01");
      await page.getByRole("button", { name: "Утвердить" }).click();
      await expect(page.getByText("Укажите номер приказа")).toBeVisible();
      await expect(page.getByText("Дата приказа не может быть в будущем")).toBeVisible();
      await expect(page.getByRole("region", { name: "Состояние маршрута" })).toContainText("На утверждении");
      await page.getByLabel("Дата приказа").fill("");
      await page.getByLabel("Приказ об утверждении ИОМ, №").fill("18-у");
      await page.getByRole("button", { name: "Утвердить" }).click();
      const state = page.getByRole("region", { name: "Состояние маршрута" });
      await expect(state).toContainText("Утверждён");
      await expect(state).toContainText("приказ № 18-у");
    });
  });

  test("the teacher logs an activity as done with a certificate", async ({ page }) => {
    await signIn(page, TEACHER);
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    await page.goto(iomUrl);
    const item = page.getByRole("listitem").filter({ hasText: "Курсы «Современный урок по обновлённым ФГОС»" }).first();
    await item.getByText("Отметить выполнение").click();
    await item.getByLabel("Состояние").selectOption("done");
    await item.getByLabel("Дата выполнения").fill("2025-12-05");
    await item.getByLabel("Фактически часов").fill("36");
    await item.getByLabel("Сертификат или удостоверение").setInputFiles({ name: "udostoverenie.pdf", mimeType: "application/pdf", buffer: TINY_PDF });
    await expect(item.getByText("udostoverenie.pdf")).toBeVisible();
    await item.getByLabel("Рефлексия: что получилось, что применяю").fill("Применяю технологические карты урока.");
    await item.getByRole("button", { name: "Сохранить выполнение" }).click();
    await expect(item.getByRole("link", { name: "udostoverenie.pdf" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Состояние маршрута" })).toContainText("50 %");
  });

  test.describe("another school", () => {
    test.use({ storageState: storageStateOf("curator2") });
    test("gets 404 for the route", async ({ page }) => {
      const response = await page.goto(iomUrl);
      expect(response?.status()).toBe(404);
    });
  });

  test.describe("another teacher", () => {
    test.use({ storageState: storageStateOf("teacher") });
    test("gets 404 for the route", async ({ page }) => {
      const response = await page.goto(iomUrl);
      expect(response?.status()).toBe(404);
    });
  });
});

test.describe("diagnostics summary", () => {
  test.use({ storageState: storageStateOf("school") });
  test("shows the seed 002 averages with the level table", async ({ page }) => {
    await page.goto("/diagnostics");
    const table = page.getByRole("table", { name: /Средние показатели/ });
    await expect(table.getByRole("row").filter({ hasText: "Предметная" })).toContainText("69 %");
    await expect(table.getByRole("row").filter({ hasText: "Предметная" })).toContainText("82,2 %");
    await expect(table.getByRole("row").filter({ hasText: "Цифровая" })).toContainText("85 %");
    await page.screenshot({ path: ".data/test-results/h7-diagnostics.png", fullPage: true });
  });
});

test("a school admin records a diagnostic and is told it is saved", async ({ page }) => {
  await signIn(page, emailOf("school2"));
  await expect(page).toHaveURL("/");
  await page.goto("/diagnostics/record");
  await page.getByRole("combobox", { name: "Педагог", exact: true }).selectOption({ label: "Захарова Елена Викторовна (МБОУ-СОШ № 9)" });
  await expect(page).toHaveURL(/teacher=/);
  await page.getByRole("combobox", { name: "Вид диагностики", exact: true }).selectOption({ label: "Повторная" });
  await expect(page).toHaveURL(/kind=repeat/);
  // The stored values are shown: saving them again changes nothing but is confirmed.
  await expect(page.getByText("Результаты уже внесены")).toBeVisible();
  await page.getByRole("button", { name: "Сохранить" }).click();
  await expect(page).toHaveURL(/\/diagnostics\?saved=1$/);
  await expect(page.getByText("Результаты диагностики сохранены.")).toBeVisible();
});
