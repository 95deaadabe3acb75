import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";
import { MAX_IMPORT_BYTES } from "@/lib/features/imports/read";
import { IMPORT_KINDS, runImport } from "@/lib/features/imports/run";
import { idSchema } from "../schemas";

const count = z.number().int().min(0);

const resultSchema = z.object({
  kind: z.enum(IMPORT_KINDS),
  rows: count.describe("Строк данных в файле (без заголовка)"),
  created: count,
  updated: count,
  errors: z
    .array(
      z.object({
        row: z.number().int().min(1).describe("Строка файла, заголовок — строка 1"),
        column: z.string().nullable().describe("Столбец, как в шаблоне; null — ошибка всей строки или файла"),
        message: z.string().describe("Сообщение на русском языке"),
      }),
    )
    .describe("Ошибки по строкам; пусто при успехе"),
});

/** The same `runImport` as the /imports page (decision 032): all or nothing, re-import updates. */
export const importEndpoint = defineEndpoint({
  method: "POST",
  path: "/imports/{kind}",
  name: "api.import",
  permission: "import:run",
  tag: "Загрузка данных",
  summary: "Загрузка файла .xlsx или .csv: проверка (dryRun) или запись всех строк одной транзакцией",
  description:
    "Шаблоны столбцов — на странице «Загрузка данных». При любой ошибке в строках ничего не записывается (422 со списком ошибок). " +
    "Повторная загрузка того же файла обновляет записи по естественным ключам. По умолчанию dryRun=true: записывает только dryRun=false.",
  params: z.object({ kind: z.enum(IMPORT_KINDS).describe("Вид данных") }),
  query: z.object({
    cycleId: idSchema.optional().describe("Цикл: обязателен для школ с категориями, пар, показателей рисков, диагностики"),
    dryRun: z.enum(["true", "false"]).default("true").describe("true — только проверить; false — записать"),
  }),
  body: {
    contentType: "multipart/form-data",
    schema: z.object({ file: z.file({ error: "Приложите файл .xlsx или .csv в поле file" }).describe("Файл .xlsx или .csv (UTF-8 или Windows-1251)") }),
  },
  maxBodyBytes: MAX_IMPORT_BYTES + 64 * 1024,
  response: { description: "Файл проверен (dryRun) или записан целиком", schema: resultSchema },
  rejected: { status: 422, description: "В строках файла есть ошибки: ничего не записано", schema: resultSchema },
  extraStatuses: [409],
  handler: async ({ actor, params, query, body }) => {
    const result = await runImport(actor, {
      kind: params.kind,
      cycleId: query.cycleId,
      dryRun: query.dryRun !== "false",
      file: { name: body.file.name, bytes: new Uint8Array(await body.file.arrayBuffer()) },
    });
    return result.errors.length ? Response.json(result, { status: 422, headers: { "Cache-Control": "no-store" } }) : result;
  },
});
