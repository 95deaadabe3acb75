import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { GET as template } from "@/app/(app)/imports/[kind]/template/route";
import { POST as upload } from "@/app/(app)/imports/[kind]/upload/route";
import { loadActor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db/client";
import { handleImportRequest } from "@/lib/features/imports/http";
import { uniqueSuffix } from "../support/db";
import { csvBytes } from "../support/imports";
import { signInAs } from "../support/session";

const HEADER = ["Код", "Наименование", "Краткое наименование", "Вид"];

async function request(kind: string, bytes: Uint8Array, query: string, length?: number) {
  const form = new FormData();
  form.append("file", new File([bytes as Uint8Array<ArrayBuffer>], "школы.csv", { type: "text/csv" }));
  const probe = new Request("http://localhost/", { method: "POST", body: form });
  const body = new Uint8Array(await probe.arrayBuffer());
  const headers = new Headers({ "content-type": probe.headers.get("content-type")!, "content-length": String(length ?? body.byteLength) });
  return new Request(`http://localhost/imports/${kind}/upload?${query}`, { method: "POST", headers, body });
}
const params = (kind: string) => ({ params: Promise.resolve({ kind }) });

describe("import endpoints", () => {
  it("the API contract: 200 with the counts, 422 with the errors and nothing written", async () => {
    const coordinator = (await loadActor(await signInAs("coordinator@opora.demo"), "session"))!;
    const code = `h${uniqueSuffix()}`;
    const good = await handleImportRequest(coordinator, await request("schools", csvBytes([HEADER, [code, "Школа", "Ш", "СОШ"]]), "dryRun=false"), "schools");
    expect(good.status).toBe(200);
    expect(await good.json()).toEqual({ kind: "schools", rows: 1, created: 1, updated: 0, errors: [] });
    const before = await getDb().school.count();
    const bad = await handleImportRequest(coordinator, await request("schools", csvBytes([HEADER, [`h${uniqueSuffix()}`, "Школа", "", "СОШ"]]), "dryRun=false"), "schools");
    expect(bad.status).toBe(422);
    expect(await bad.json()).toEqual({ kind: "schools", rows: 1, created: 0, updated: 0, errors: [{ row: 2, column: "Краткое наименование", message: "Укажите краткое наименование" }] });
    expect(await getDb().school.count()).toBe(before);
  });

  it("the page's endpoint: a dry run by default, errors answered 200, 413 before reading a big body, 403 for a curator", async () => {
    await signInAs("coordinator@opora.demo");
    const code = `h${uniqueSuffix()}`;
    const dry = await upload(await request("schools", csvBytes([HEADER, [code, "Школа", "Ш", "СОШ"]]), ""), params("schools"));
    expect(await dry.json()).toMatchObject({ created: 1, errors: [] });
    expect(await getDb().school.count({ where: { code } })).toBe(0);
    const withErrors = await upload(await request("schools", csvBytes([HEADER, [code, "Школа", "Ш", "ПТУ"]]), "dryRun=true"), params("schools"));
    expect(withErrors.status).toBe(200);
    expect((await withErrors.json()).errors).toHaveLength(1);
    const huge = await upload(await request("schools", csvBytes([HEADER]), "", 11 * 1024 * 1024), params("schools"));
    expect(huge.status).toBe(413);
    expect((await huge.json()).error.message).toBe("Файл больше 10 МБ. Разделите его на несколько файлов.");
    expect((await upload(await request("nothing", csvBytes([HEADER]), ""), params("nothing"))).status).toBe(404);
    await signInAs("curator@opora.demo");
    expect((await upload(await request("schools", csvBytes([HEADER, [code, "Школа", "Ш", "СОШ"]]), ""), params("schools"))).status).toBe(403);
  });

  it("serves the template as .xlsx with «Справка» and as CSV with a BOM", async () => {
    await signInAs("coordinator@opora.demo");
    const xlsx = await template(new Request("http://localhost/imports/diagnostics/template?format=xlsx"), params("diagnostics"));
    expect(xlsx.headers.get("content-disposition")).toContain("opora-import-diagnostics.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect((workbook.getWorksheet("Данные")!.getRow(1).values as unknown[]).slice(1)).toEqual([
      "ФИО", "Email", "Код школы", "Вид диагностики", "Дата", "Предметная", "Методическая", "Цифровая", "Коммуникативная", "Психолого-педагогическая",
    ]);
    expect(workbook.getWorksheet("Справка")!.getRow(2).values).toEqual([undefined, "ФИО", "да", "ФИО педагога."]);
    const csv = new Uint8Array(await (await template(new Request("http://localhost/imports/events/template?format=csv"), params("events"))).arrayBuffer());
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(csv)).toContain("Дата;Вид мероприятия;Тема;Формат;Аудитория");
    await signInAs("teacher@opora.demo");
    expect((await template(new Request("http://localhost/imports/events/template"), params("events"))).status).toBe(403);
  });
});
