/** Programme documents: the school writes an anti-risk programme and submits it; the curator reads it; other schools get 404. */
import { expect, storageStateOf, test } from "./fixtures";

test.describe("a school admin", () => {
  test.use({ storageState: storageStateOf("school") });

  test("writes an anti-risk programme for a «высокая» factor, sees what is missing, completes and submits it", async ({ page, browser }) => {
    await page.goto("/schools/edu230101/documents");
    await expect(page.getByRole("heading", { name: "Программные документы", level: 1 })).toBeVisible();
    // Factor 1 is «высокая» on the demo profile and has no programme yet.
    const row = page.getByRole("row").filter({ hasText: "1. Низкий уровень оснащения школы" });
    await expect(row.getByText("Не создан")).toBeVisible();
    await row.getByRole("button", { name: "Создать" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Антирисковая программа «Низкий уровень оснащения школы/ })).toBeVisible();

    const general = page.getByRole("form", { name: "Общие сведения документа" });
    // An empty title is explained next to the field in Russian, not by the browser's bubble.
    const title = general.getByLabel("Название");
    const defaultTitle = await title.inputValue();
    await title.fill("");
    await general.getByRole("button", { name: "Сохранить общие сведения" }).click();
    await expect(general.getByText("Укажите название документа")).toBeVisible();
    await title.fill(defaultTitle);
    await general.getByLabel("Цель").fill("Повысить уровень оснащения школы к концу 2025 года");
    await general.getByRole("button", { name: "Сохранить общие сведения" }).click();
    await expect(general.getByText("Сохранено")).toBeVisible();

    const newTask = page.getByRole("form", { name: "Новая задача" });
    await newTask.getByLabel("Формулировка задачи").fill("Обновить цифровое оборудование кабинетов");
    await newTask.getByRole("button", { name: "Добавить задачу" }).click();
    await expect(page.getByRole("heading", { name: "Задача 1", exact: true })).toBeVisible();

    await page.getByRole("button", { name: "Отправить на экспертизу" }).click();
    const missing = page.getByRole("list", { name: "Чего не хватает" });
    await expect(missing).toContainText("Задача 1: нет ни одного мероприятия");

    await page.getByText("Новое мероприятие задачи 1").click();
    const measure = page.getByRole("form", { name: "Новое мероприятие задачи 1" });
    await measure.getByLabel("Мероприятие").fill("Закупка интерактивных панелей");
    // A deadline outside the cycle reaches the server and comes back as a Russian message by the field.
    await measure.getByLabel("Срок").fill("2031-01-15");
    await measure.getByRole("button", { name: "Добавить мероприятие" }).click();
    await expect(measure.getByLabel("Срок")).toHaveAttribute("aria-invalid", "true");
    await measure.getByLabel("Срок").fill("2025-11-30");
    await measure.getByLabel("Ответственный").fill("Пияева С.М., директор");
    await measure.getByLabel("Показатель", { exact: true }).fill("Доля кабинетов с интерактивными панелями");
    await measure.getByLabel("Единица измерения").fill("%");
    await measure.getByLabel("Базовое значение").fill("12,5");
    await measure.getByLabel("Целевое значение").fill("60");
    await measure.getByRole("button", { name: "Добавить мероприятие" }).click();
    await expect(page.getByText("Мероприятие 1.1: Закупка интерактивных панелей")).toBeVisible();
    await expect(missing, "the list of what was missing is stale once a block is saved").toHaveCount(0);

    await page.getByRole("button", { name: "Отправить на экспертизу" }).click();
    await expect(page.getByText("На экспертизе").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Сохранить общие сведения" })).toHaveCount(0);
    const url = page.url();

    // The curator of the school reads it, without editing controls.
    const curatorContext = await browser.newContext({ storageState: storageStateOf("curator") });
    const curator = await curatorContext.newPage();
    const response = await curator.goto(url);
    expect(response?.status()).toBe(200);
    await expect(curator.getByRole("heading", { name: "Задача 1. Обновить цифровое оборудование кабинетов" })).toBeVisible();
    await expect(curator.getByRole("cell", { name: "Закупка интерактивных панелей" })).toBeVisible();
    await expect(curator.getByText("12,5 → 60 %")).toBeVisible();
    await expect(curator.getByRole("link", { name: "Провести экспертизу" })).toBeVisible();
    await expect(curator.getByRole("button", { name: /Сохранить/ })).toHaveCount(0);
    await curator.screenshot({ path: ".data/test-results/documents-curator.png", fullPage: true });
    await curatorContext.close();
  });

  test("gets 404 for a document through another school's address", async ({ page }) => {
    const response = await page.goto("/schools/edu230102/documents/demo-doc-concept-edu230101");
    expect(response?.status()).toBe(404);
    const list = await page.goto("/schools/edu230102/documents");
    expect(list?.status()).toBe(404);
  });
});

test.describe("a curator of other schools", () => {
  test.use({ storageState: storageStateOf("curator2") });
  test("gets 404 for the demo school's document and its revisions", async ({ page }) => {
    expect((await page.goto("/schools/edu230101/documents/demo-doc-concept-edu230101"))?.status()).toBe(404);
    expect((await page.goto("/schools/edu230101/documents/demo-doc-concept-edu230101/revisions"))?.status()).toBe(404);
    await expect(page.getByText("Концепция развития МБОУ-ООШ № 21")).toHaveCount(0);
  });
});
