/** Every demo role lands on a home that shows its real scope from the database. */
import { expect, storageStateOf, test } from "./fixtures";

test.describe("coordinator", () => {
  test.use({ storageState: storageStateOf("coordinator") });
  test("sees every school of the 2025 cycle with categories and curators", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Школы цикла 2025 года" })).toBeVisible();
    const table = page.getByRole("table", { name: "Школы цикла 2025 года" });
    await expect(table.getByRole("row")).toHaveCount(1 + 7);
    const school21 = table.getByRole("row").filter({ hasText: "МБОУ-ООШ № 21" });
    await expect(school21).toContainText("ШНОР");
    await expect(school21).toContainText("500+");
    await expect(school21).toContainText("Лобанова Елена Николаевна");
    await expect(table.getByRole("row").filter({ hasText: "МБОУ-СОШ № 4" })).toContainText("Не назначен");
    await expect(page.getByText("85,7 %")).toBeVisible();
  });
});

test.describe("curator", () => {
  test.use({ storageState: storageStateOf("curator") });
  test("sees only the schools paired with them", async ({ page }) => {
    await page.goto("/");
    const table = page.getByRole("table", { name: "Школы, закреплённые за куратором" });
    await expect(table.getByRole("row")).toHaveCount(1 + 3);
    for (const name of ["МБОУ-ООШ № 21", "МБОУ-СОШ № 9", "МБОУ-ООШ № 18"]) await expect(table).toContainText(name);
    await expect(page.getByText("МБОУ-СОШ № 15")).toHaveCount(0);
  });
});

test.describe("second curator", () => {
  test.use({ storageState: storageStateOf("curator2") });
  test("sees their own, different schools", async ({ page }) => {
    await page.goto("/");
    const table = page.getByRole("table", { name: "Школы, закреплённые за куратором" });
    for (const name of ["МБОУ-СОШ № 15", "МБОУ-СОШ № 7", "МАОУ-СОШ № 1 «Казачья»"]) await expect(table).toContainText(name);
    await expect(page.getByText("МБОУ-ООШ № 21")).toHaveCount(0);
  });
});

test.describe("school admin", () => {
  test.use({ storageState: storageStateOf("school") });
  test("sees their school's card", async ({ page }) => {
    await page.goto("/");
    const card = page.getByRole("region", { name: "МБОУ-ООШ № 21" });
    await expect(card).toContainText("edu230101");
    await expect(card).toContainText("ШНОР");
    await expect(card).toContainText("Лобанова Елена Николаевна");
    await expect(card).toContainText("Подтверждён");
  });
});

test.describe("teacher", () => {
  test.use({ storageState: storageStateOf("teacher") });
  test("sees their diagnostics and ИОМ", async ({ page }) => {
    await page.goto("/");
    const diagnostics = page.getByRole("table", { name: /Уровень сформированности/ });
    await expect(diagnostics.getByRole("row").filter({ hasText: "Предметная" })).toContainText("90 %");
    await expect(diagnostics.getByRole("row").filter({ hasText: "Предметная" })).toContainText("100 %");
    await expect(diagnostics.getByRole("row").filter({ hasText: "Методическая" })).toContainText("53 %");
    await expect(page.getByRole("region", { name: "Мой индивидуальный образовательный маршрут" })).toContainText("Утверждён");
  });

  test("cannot open a school card (403)", async ({ page }) => {
    const response = await page.goto("/schools/edu230101");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Недостаточно прав" })).toBeVisible();
  });
});

test.describe("tutor", () => {
  test.use({ storageState: storageStateOf("tutor") });
  test("sees the teachers assigned to them", async ({ page }) => {
    await page.goto("/");
    const table = page.getByRole("table", { name: "Педагоги, закреплённые за тьютором" });
    await expect(table.getByRole("row")).toHaveCount(1 + 4);
    await expect(table).toContainText("МБОУ-ООШ № 21");
  });
});

test.describe("administrator", () => {
  test.use({ storageState: storageStateOf("admin") });
  test("sees the installation and manages users with search and filters", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Установка" })).toBeVisible();
    await page.getByRole("link", { name: "Пользователи" }).first().click();
    await expect(page.getByRole("heading", { name: "Пользователи" })).toBeVisible();
    await page.getByLabel("Поиск").fill("Лобанова");
    await page.getByRole("button", { name: "Найти" }).click();
    await expect(page.getByRole("table", { name: "Пользователи" }).getByRole("row")).toHaveCount(2);
    await expect(page.getByText("curator@opora.demo")).toBeVisible();
  });
});
