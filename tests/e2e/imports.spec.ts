/**
 * Issue 6: the coordinator imports schools from an .xlsx — template, preview with errors, fix, commit,
 * monitor export; and a new school's contingent from its empty results tab to a corrected row.
 */
import fs from "node:fs";
import ExcelJS from "exceljs";
import { expect, expectHydrated, storageStateOf, test } from "./fixtures";

const HEADER = ["Код", "Наименование", "Краткое наименование", "Вид", "Категории"];

async function workbook(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Данные");
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function readWorkbook(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

test.describe("imports", () => {
  test.use({ storageState: storageStateOf("coordinator") });

  test("imports schools: template, errors in the preview, the fixed file, the monitor export", async ({ page }) => {
    test.setTimeout(120_000);
    const stamp = Date.now().toString(36);
    const [good, fixed] = [`e2e${stamp}a`, `e2e${stamp}b`];

    await page.goto("/");
    await page.getByRole("navigation", { name: "Основная навигация" }).getByRole("link", { name: "Загрузка данных" }).click();
    await expect(page.getByRole("heading", { name: "Загрузка данных из Excel и CSV", level: 1 })).toBeVisible();
    await expect(page.getByRole("radio", { name: /^Школы/ })).toBeChecked();

    // The template: Russian headers, an example row and «Справка».
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Excel (.xlsx)" }).click();
    const template = await readWorkbook(fs.readFileSync(await (await download).path()));
    expect(template.worksheets.map((w) => w.name)).toEqual(["Данные", "Справка"]);
    expect((template.getWorksheet("Данные")!.getRow(1).values as unknown[]).slice(1, 6)).toEqual(HEADER);
    expect(template.getWorksheet("Данные")!.getRow(2).getCell(4).value).toBe("СОШ");

    const cycleSelect = page.getByLabel("Цикл (необязательно)");
    await cycleSelect.selectOption({ label: (await cycleSelect.locator("option", { hasText: "2025" }).first().textContent())! });
    const cycleId = await cycleSelect.inputValue();
    expect(cycleId).not.toBe("");

    const file = page.getByLabel("Файл (.xlsx или .csv, до 10 МБ)");
    await file.setInputFiles({
      name: "школы.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await workbook([HEADER, [good, "Школа e2e А", `E2E А ${stamp}`, "СОШ", "ШНОР, 500+"], [fixed, "Школа e2e Б", `E2E Б ${stamp}`, "Колледж", "зона риска"]]),
    });
    await page.getByRole("button", { name: "Проверить" }).click();
    await expect(page.getByText("В файле 1 ошибка. Ничего не загружено")).toBeVisible();
    const errors = page.getByRole("table", { name: "Ошибки в файле" });
    await expect(errors.getByRole("row").nth(1)).toContainText("3");
    await expect(errors.getByRole("row").nth(1)).toContainText("Вид");
    await expect(errors).toContainText("Неизвестный вид школы «Колледж»");
    await expect(page.getByRole("button", { name: "Загрузить" })).toBeDisabled();

    await file.setInputFiles({
      name: "школы.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await workbook([HEADER, [good, "Школа e2e А", `E2E А ${stamp}`, "СОШ", "ШНОР, 500+"], [fixed, "Школа e2e Б", `E2E Б ${stamp}`, "Гимназия", "зона риска"]]),
    });
    await page.getByRole("button", { name: "Проверить" }).click();
    await expect(page.getByText("Ошибок нет. Нажмите «Загрузить»")).toBeVisible();
    await page.getByRole("button", { name: "Загрузить" }).click();
    await expect(page.getByRole("heading", { name: "3. Результат загрузки" })).toBeVisible();
    await expect(page.getByText("Загружено: 2 записи (создано 2, обновлено 0).")).toBeVisible();

    // The schools are in the cycle's monitor, and in its export.
    await page.goto(`/cycles/${cycleId}/monitor?q=${good}`);
    await expect(page.getByRole("table")).toContainText(`E2E А ${stamp}`);
    const exported = await page.request.get(`/cycles/${cycleId}/monitor/export`);
    expect(exported.status()).toBe(200);
    const sheet = (await readWorkbook(Buffer.from(await exported.body()))).worksheets[0]!;
    const codes: unknown[] = [];
    sheet.eachRow((row) => codes.push(row.getCell(2).value));
    expect(codes).toEqual(expect.arrayContaining([good, fixed]));
  });

  test("loads a school's contingent from the results tab's empty state and corrects one year by hand", async ({ page }) => {
    test.setTimeout(120_000);
    const code = `e2e${Date.now().toString(36)}c`;
    const csv = (lines: (string | number)[][]) => ({ name: "данные.csv", mimeType: "text/csv", buffer: Buffer.from(`\ufeff${lines.map((l) => l.join(";")).join("\r\n")}\r\n`) });

    // A school of its own (no cycle needed), so the demo schools keep their seeded contingent.
    await page.goto("/imports");
    const file = page.getByLabel("Файл (.xlsx или .csv, до 10 МБ)");
    await file.setInputFiles(csv([HEADER.slice(0, 4), [code, "Школа e2e К", `E2E К ${code}`, "СОШ"]]));
    await page.getByRole("button", { name: "Проверить" }).click();
    await expect(page.getByText("Ошибок нет. Нажмите «Загрузить»")).toBeVisible();
    await page.getByRole("button", { name: "Загрузить" }).click();
    await expect(page.getByText("Загружено: 1 запись (создано 1, обновлено 0).")).toBeVisible();

    await page.goto(`/schools/${code}/results`);
    await expect(page.getByText("Данных о контингенте нет")).toBeVisible();
    await page.getByRole("link", { name: "«Загрузка данных» → «Контингент»" }).click();
    await expect(page).toHaveURL(/\/imports\?kind=contingent$/);
    await expect(page.getByRole("radio", { name: /^Контингент/ })).toBeChecked();

    const header = ["Код школы", "Год", "Обучающихся", "С ОВЗ", "Из малоимущих семей", "Из неполных семей"];
    await file.setInputFiles(csv([header, [code, 2024, 300, 301, 10, 10], [code, 2025, 310, 31, 62, 40]]));
    await page.getByRole("button", { name: "Проверить" }).click();
    await expect(page.getByRole("table", { name: "Ошибки в файле" })).toContainText("Обучающихся с ОВЗ не может быть больше, чем всего обучающихся (300)");
    await file.setInputFiles(csv([header, [code, 2024, 300, 30, 10, 10], [code, 2025, 310, 31, 62, 40]]));
    await page.getByRole("button", { name: "Проверить" }).click();
    await page.getByRole("button", { name: "Загрузить" }).click();
    await expect(page.getByText("Загружено: 2 записи (создано 2, обновлено 0).")).toBeVisible();

    await page.goto(`/schools/${code}/results`);
    const table = page.getByRole("table", { name: "Контингент по учебным годам" });
    await expect(table.getByRole("row", { name: /^2025\/26/ })).toContainText("310");
    await page.getByRole("link", { name: "Исправить контингент 2025/26 учебного года" }).click();
    await expect(page.getByRole("heading", { name: "Исправление контингента", level: 1 })).toBeVisible();
    const students = page.getByLabel("Обучающихся", { exact: true });
    await expectHydrated(students);
    await students.fill("30");
    await page.getByRole("button", { name: "Сохранить исправление" }).click();
    await expect(page.getByText("Обучающихся из малоимущих семей не может быть больше, чем всего обучающихся (30)")).toBeVisible();
    await students.fill("320");
    await page.getByRole("button", { name: "Сохранить исправление" }).click();
    await expect(page).toHaveURL(new RegExp(`/schools/${code}/results$`));
    await expect(table.getByRole("row", { name: /^2025\/26/ })).toContainText("320");
  });
});
