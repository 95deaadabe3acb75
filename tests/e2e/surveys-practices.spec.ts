/**
 * Satisfaction surveys and the bank of practices in a real browser: the
 * coordinator creates and opens a teachers' survey, a teacher answers, the
 * coordinator sees 100 %; a practice with a PDF is submitted, recommended to
 * the conference and found by search. Plus the 404s for what is not yours.
 */
import { expect, storageStateOf, test } from "./fixtures";

// This 2-core box is slow under load: these are multi-step flows.
test.describe.configure({ timeout: 180_000 });

const suffix = Date.now().toString(36);
const surveyTitle = `Удовлетворённость методической помощью ${suffix}`;
const practiceTitle = `Лаборатория читательской грамотности ${suffix}`;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

test.describe.serial("surveys", () => {
  let surveyUrl = "";

  test("the coordinator creates a survey for teachers and opens it", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateOf("coordinator") });
    const page = await context.newPage();
    await page.goto("/surveys/new");
    await page.getByRole("button", { name: "Сохранить анкету" }).click();
    await expect(page.getByText("Название не короче 3 символов")).toBeVisible();
    await expect(page.getByText("Выберите, кому адресована анкета")).toBeVisible();

    await page.getByLabel("Название анкеты").fill(surveyTitle);
    await page.getByLabel("Кому адресована").selectOption({ label: "Педагоги" });
    const q1 = page.getByRole("group", { name: "Вопрос 1" });
    await q1.getByLabel("Текст вопроса").fill("Методическая помощь была адресной и регулярной?");
    await q1.getByLabel("Формулировка для отчёта").fill("отметили адресность и регулярность методической помощи");
    await page.getByRole("button", { name: "Добавить вопрос" }).click();
    const q2 = page.getByRole("group", { name: "Вопрос 2" });
    await q2.getByLabel("Тип вопроса").selectOption("text");
    await q2.getByLabel("Текст вопроса").fill("Ваши предложения");
    await page.getByRole("button", { name: "Сохранить анкету" }).click();

    await expect(page.getByRole("heading", { name: surveyTitle, level: 1 })).toBeVisible();
    surveyUrl = new URL(page.url()).pathname;
    await page.getByRole("button", { name: "Открыть анкету" }).click();
    await expect(page.getByText("Открыта", { exact: true })).toBeVisible();
    await expect(page.getByText("Ответов пока нет")).toBeVisible();
    await context.close();
  });

  test("a teacher answers once; a second visit shows the answer is taken", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateOf("teacher") });
    const page = await context.newPage();
    await page.goto("/surveys");
    await page.getByRole("link", { name: surveyTitle }).click();
    await page.getByRole("button", { name: "Отправить ответы" }).click();
    await expect(page.getByText("Ответьте на этот вопрос")).toBeVisible();
    await page.getByRole("group", { name: /Методическая помощь была адресной/ }).getByLabel("Да").check();
    await page.getByLabel("Ваши предложения").fill("Больше открытых уроков");
    await page.getByRole("button", { name: "Отправить ответы" }).click();
    await expect(page.getByText(/Вы уже ответили на эту анкету/)).toBeVisible();
    await page.reload();
    await expect(page.getByRole("button", { name: "Отправить ответы" })).toHaveCount(0);
    await context.close();
  });

  test("the coordinator sees 100 % for «да» and the free text, without names", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateOf("coordinator") });
    const page = await context.newPage();
    await page.goto(surveyUrl);
    await expect(page.getByText("1 ответ", { exact: false }).first()).toBeVisible();
    const table = page.getByRole("table", { name: /Методическая помощь была адресной/ });
    await expect(table.getByRole("row").filter({ hasText: "Да" })).toContainText("100 %");
    await expect(page.getByText("отметили адресность и регулярность методической помощи — 100 %").first()).toBeVisible();
    await expect(page.getByText("Больше открытых уроков")).toBeVisible();
    await expect(page.getByText("Светлана")).toHaveCount(0);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: /^Скачать \.xlsx/ }).click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
    await context.close();
  });

  test("a school admin gets 404 for the teachers' survey", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateOf("school") });
    const page = await context.newPage();
    const response = await page.goto(surveyUrl);
    expect(response?.status()).toBe(404);
    await expect(page.getByText(surveyTitle)).toHaveCount(0);
    await context.close();
  });
});

test.describe.serial("bank of practices", () => {
  let practiceUrl = "";

  test("a school admin submits a practice with a PDF", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateOf("school") });
    const page = await context.newPage();
    await page.goto("/practices/new");
    await page.getByLabel("Название практики").fill(practiceTitle);
    await page.getByLabel("Авторы").fill("Пияева С.М., директор");
    await page.getByLabel("Организация").fill("МБОУ-ООШ № 21 г. Армавира");
    await page.getByLabel("Уровень практики").selectOption({ label: "Школьная" });
    await page.getByLabel("Тема").fill("Функциональная грамотность");
    await page.getByLabel("Описание").fill("Еженедельные занятия лаборатории: смысловое чтение, работа с текстами разных типов.");
    await page.getByLabel("Файлы практики").setInputFiles({ name: "praktika.pdf", mimeType: "application/pdf", buffer: PDF });
    await expect(page.getByText("praktika.pdf")).toBeVisible();
    await page.getByRole("button", { name: "Подать практику" }).click();
    await expect(page.getByRole("heading", { name: practiceTitle, level: 1 })).toBeVisible();
    await expect(page.getByText("Подана", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "praktika.pdf" })).toHaveAttribute("href", /\/api\/files\//);
    practiceUrl = new URL(page.url()).pathname;
    await context.close();
  });

  test("the coordinator recommends it to the conference; search finds it", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateOf("coordinator") });
    const page = await context.newPage();
    await page.goto(practiceUrl);
    await page.getByRole("button", { name: "Рекомендовать на конференцию" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Рекомендовать на конференцию" }).click();
    await expect(page.getByText("Рекомендована на муниципальную конференцию")).toBeVisible();
    const file = await page.request.get(await page.getByRole("link", { name: "praktika.pdf" }).getAttribute("href").then((h) => h!));
    expect(file.status()).toBe(200);

    await page.goto("/practices");
    await page.getByLabel("Поиск").fill(`читательской грамотности ${suffix}`);
    await page.getByRole("button", { name: "Найти" }).click();
    const table = page.getByRole("table", { name: "Банк практик" });
    await expect(table.getByRole("row")).toHaveCount(2);
    await expect(table).toContainText(practiceTitle);
    await expect(table).toContainText("Рекомендована на муниципальную конференцию");
    await context.close();
  });

  test("an unknown practice is a 404", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateOf("teacher") });
    const page = await context.newPage();
    expect((await page.goto("/practices/no-such-practice"))?.status()).toBe(404);
    await context.close();
  });
});
