/**
 * «Реквизиты муниципалитета» (decision 045) in the browser: the coordinator
 * finds the page in the main navigation, is told in Russian beside the field
 * that the centre's name is required, saves a changed director, sees it in
 * the preview and the history — and puts every original value back, so the
 * specs after this one (the report's .docx) see the demo letterhead.
 */
import type { Browser, Page } from "@playwright/test";
import { expect, expectHydrated, storageStateOf, test } from "./fixtures";

const PAGE = "/admin/municipalities/armavir-demo";
const FIELDS = ["Наименование муниципалитета", "Субъект РФ", "Наименование методического центра", "Адрес", "Телефон", "Руководитель"] as const;

const field = (page: Page, label: (typeof FIELDS)[number]) => page.getByLabel(label, { exact: true });

async function save(page: Page) {
  const button = page.getByRole("button", { name: "Сохранить реквизиты" });
  await expectHydrated(button);
  await button.click();
}

/** Every field back to `values`, saved, and checked after a reload. */
async function restore(browser: Browser, values: Record<string, string>) {
  const context = await browser.newContext({ storageState: storageStateOf("coordinator") });
  const page = await context.newPage();
  await page.goto(PAGE);
  for (const label of FIELDS) await field(page, label).fill(values[label]);
  await save(page);
  await expect(page.getByRole("status").filter({ hasText: "Реквизиты сохранены." })).toBeVisible();
  await page.reload();
  for (const label of FIELDS) await expect(field(page, label)).toHaveValue(values[label]);
  await context.close();
}

test.describe.serial("the letterhead of the demo municipality", () => {
  let original: Record<string, string> | null = null;
  let dirty = false;

  test.afterAll(async ({ browser }) => {
    // Only if the test stopped half-way: the demo letterhead must be as seeded for later specs.
    if (dirty && original) await restore(browser, original);
  });

  test("the coordinator edits it: a Russian error beside an empty centre name, a save, the values put back", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateOf("coordinator") });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("navigation", { name: "Основная навигация" }).getByRole("link", { name: "Реквизиты муниципалитета" }).click();
    await expect(page).toHaveURL(PAGE);
    await expect(page.getByRole("heading", { name: "Реквизиты муниципалитета", level: 1 })).toBeVisible();

    original = {};
    for (const label of FIELDS) original[label] = await field(page, label).inputValue();
    expect(original["Руководитель"]).toBe("О.В. Мартынова");
    expect(original["Наименование методического центра"]).toMatch(/^МКУ «Центр развития образования/);

    // An empty centre name: the message beside the field, nothing saved.
    await field(page, "Наименование методического центра").fill("   ");
    await field(page, "Руководитель").fill("А.Б. Проверкина");
    await save(page);
    await expect(page.getByText("Укажите наименование методического центра")).toBeVisible();
    await expect(field(page, "Наименование методического центра")).toHaveAttribute("aria-invalid", "true");

    // Fixed and saved: the success message, the preview and the history follow.
    dirty = true;
    await field(page, "Наименование методического центра").fill(original["Наименование методического центра"]);
    await save(page);
    await expect(page.getByRole("status").filter({ hasText: "Реквизиты сохранены." })).toBeVisible();
    const preview = page.getByRole("region", { name: "Так выглядит шапка документов" });
    await expect(preview).toContainText("А.Б. Проверкина");
    await expect(page.getByTestId("history")).toContainText("Изменены реквизиты муниципалитета");

    // A second save from the same page needs no reload (the form keeps the new version): put everything back.
    for (const label of FIELDS) await field(page, label).fill(original[label]);
    await save(page);
    await expect(preview).toContainText("О.В. Мартынова");
    await page.reload();
    for (const label of FIELDS) await expect(field(page, label)).toHaveValue(original[label]);
    dirty = false;
    await context.close();
  });

  test("a curator gets 403; the administrator finds it next to «Пользователи» and «Критерии экспертизы»", async ({ browser }) => {
    const curator = await browser.newContext({ storageState: storageStateOf("curator") });
    const response = await (await curator.newPage()).goto(PAGE);
    expect(response?.status()).toBe(403);
    await curator.close();

    const admin = await browser.newContext({ storageState: storageStateOf("admin") });
    const page = await admin.newPage();
    await page.goto("/admin/users");
    const nav = page.getByRole("navigation", { name: "Основная навигация" });
    const labels = await nav.getByRole("link").allTextContents();
    expect(labels.slice(labels.indexOf("Пользователи"), labels.indexOf("Пользователи") + 3)).toEqual(["Пользователи", "Критерии экспертизы", "Реквизиты муниципалитета"]);
    await nav.getByRole("link", { name: "Реквизиты муниципалитета" }).click();
    // One municipality in the demo: the list leads straight to it.
    await expect(page).toHaveURL(PAGE);
    await expect(field(page, "Руководитель")).toHaveValue("О.В. Мартынова");
    await admin.close();
  });
});
