/**
 * The import section of `npm run bench`: a generated 10 000-row diagnostics
 * CSV (5 000 new teachers × entry and repeat, over the demo schools)
 * through `runImport` — dry run, commit (creates 5 000 users, their roles
 * and 10 000 diagnostics) and a re-import of the same file (10 000
 * updates) — on the bench's scratch database. Each is parse + validate
 * (+ write); the target is under 10 s for the commit.
 */
import { performance } from "node:perf_hooks";
import type { Actor } from "../lib/auth/actor";
import type { Db } from "../lib/db/client";

export const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);

function diagnosticsCsv(schoolCodes: string[], rows: number, stamp: string): Uint8Array {
  const header = "ФИО;Email;Код школы;Вид диагностики;Дата;Предметная;Методическая;Цифровая;Коммуникативная;Психолого-педагогическая";
  const lines = [header];
  const score = (i: number, k: number) => `${(i * 7 + k * 13) % 100},${(i + k) % 10}`.replace(/,0$/, "");
  for (let i = 0; i < rows; i += 1) {
    const teacher = Math.floor(i / 2);
    const repeat = i % 2 === 1;
    lines.push(
      [
        `Педагог Номер ${teacher}`,
        `bench-${stamp}-${teacher}@bench.test`,
        schoolCodes[teacher % schoolCodes.length],
        repeat ? "повторная" : "входная",
        repeat ? "20.05.2025" : "15.01.2025",
        ...[0, 1, 2, 3, 4].map((k) => score(teacher + (repeat ? 3 : 0), k)),
      ].join(";"),
    );
  }
  return new TextEncoder().encode(`${lines.join("\r\n")}\r\n`);
}

export type ImportBench = { rows: number; bytes: number; dryRunMs: number; commitMs: number; reimportMs: number; created: number; updated: number };

export async function benchImport(db: Db, actor: Actor): Promise<ImportBench> {
  const { runImport } = await import("../lib/features/imports/run");
  const cycle = await db.cycle.findFirstOrThrow({ where: { municipalityId: actor.roles[0]!.municipalityId!, status: { not: "closed" } }, orderBy: { year: "desc" } });
  const schools = await db.school.findMany({ where: { municipalityId: cycle.municipalityId }, select: { code: true } });
  const bytes = diagnosticsCsv(
    schools.map((s) => s.code),
    IMPORT_ROWS,
    Date.now().toString(36),
  );
  const input = (dryRun: boolean) => ({ kind: "diagnostics" as const, cycleId: cycle.id, dryRun, file: { name: "bench.csv", bytes } });
  const timed = async (dryRun: boolean) => {
    const start = performance.now();
    const result = await runImport(actor, input(dryRun));
    const ms = performance.now() - start;
    if (result.errors.length) throw new Error(`bench import failed: ${JSON.stringify(result.errors.slice(0, 3))}`);
    return { ms, result };
  };
  const dry = await timed(true);
  const commit = await timed(false);
  const again = await timed(false);
  if (commit.result.created !== IMPORT_ROWS || again.result.updated !== IMPORT_ROWS) throw new Error("bench import counted wrong");
  return { rows: IMPORT_ROWS, bytes: bytes.byteLength, dryRunMs: dry.ms, commitMs: commit.ms, reimportMs: again.ms, created: commit.result.created, updated: again.result.updated };
}

export function printImportBench(r: ImportBench): void {
  console.log(`\nImport: ${r.rows} diagnostics rows (${(r.bytes / 1024).toFixed(0)} KB CSV, ${r.rows / 2} new teachers), ms`);
  console.log("dry run (parse + validate)".padEnd(30), r.dryRunMs.toFixed(0).padStart(8));
  console.log("commit (creates)".padEnd(30), r.commitMs.toFixed(0).padStart(8), `${r.commitMs < 10_000 ? "under" : "OVER"} the 10 s target`);
  console.log("re-import (updates)".padEnd(30), r.reimportMs.toFixed(0).padStart(8));
}
