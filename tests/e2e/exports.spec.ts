/**
 * «Скачать .xlsx» in a real browser: the coordinator filters the events
 * register, downloads it, and the workbook has the page's Russian headers and
 * only the filtered rows.
 */
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { EVENT_COLUMNS } from "@/lib/features/events/columns";
import { expect, storageStateOf, test } from "./fixtures";

test.use({ storageState: storageStateOf("coordinator") });

test("the coordinator downloads the filtered events register as .xlsx", async ({ page }) => {
  await page.goto("/events?from=2025-01-01&to=2025-12-31");
  const filters = page.getByRole("search");
  await filters.getByLabel("Вид").selectOption({ label: "Вебинар" });
  await filters.getByRole("button", { name: "Показать" }).click();
  await expect(page).toHaveURL(/type=webinar/);
  const found = page.getByText(/^Найдено: \d+/);
  await expect(found).toBeVisible();
  const count = Number(/(\d+)/.exec((await found.textContent()) ?? "")?.[1]);
  expect(count).toBeGreaterThan(0);
  await expect(page.getByRole("table", { name: "Реестр мероприятий МНЦ" }).getByRole("columnheader")).toHaveText(EVENT_COLUMNS.map((c) => c.header));

  const link = page.getByRole("link", { name: "Скачать .xlsx — реестр мероприятий с выбранными фильтрами" });
  await expect(link).toHaveAttribute("href", /\/events\/export\?.*type=webinar/);
  const download = page.waitForEvent("download");
  await link.click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("Мероприятия МНЦ 2025.xlsx");

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await file.path())!)) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Мероприятия")!;
  expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(EVENT_COLUMNS.map((c) => c.header));
  expect(sheet.actualRowCount - 1).toBe(count);
  const typeColumn = EVENT_COLUMNS.findIndex((c) => c.key === "type") + 1;
  for (let row = 2; row <= sheet.actualRowCount; row++) expect(sheet.getRow(row).getCell(typeColumn).value).toBe("Вебинар");
});
