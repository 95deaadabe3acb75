import "server-only";
import ExcelJS from "exceljs";
import { MONITOR_COLUMNS } from "./columns";
import type { MonitorCycle, MonitorRow } from "./queries";

/** The monitor as an .xlsx workbook with the page's Russian headers. */
export async function monitorWorkbook(cycle: MonitorCycle, rows: MonitorRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Опора";
  workbook.created = new Date();
  const sheet = workbook.addWorksheet("Мониторинг");
  sheet.columns = MONITOR_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  for (const row of rows) sheet.addRow(Object.fromEntries(MONITOR_COLUMNS.map((c) => [c.key, c.value(row)])));
  sheet.addRow([]);
  sheet.addRow([`${cycle.title}. Выгружено ${new Date().toLocaleString("ru-RU", { timeZone: process.env.OPORA_TIME_ZONE ?? "Europe/Moscow" })}`]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
