/** Issue 6: the coordinator imports schools from an .xlsx — template, preview with errors, fix, commit, monitor export. */
import fs from "node:fs";
import ExcelJS from "exceljs";
import { expect, storageStateOf, test } from "./fixtures";

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
});
