/**
 * The import core: one file of one kind → validated rows → (unless a dry run
 * and only when every row is valid) one transaction that writes them all
 * with one audit row. All-or-nothing: any error anywhere → nothing written,
 * created/updated 0, every error with its row, column and Russian message.
 * Called by the /imports page's route handler and by the REST API.
 */
import "server-only";
import { createHash } from "node:crypto";
import { mutate } from "@/lib/actions/mutate";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db/client";
import { matchHeader, sortErrors, validateRows, type ImportRowError } from "@/lib/domain/imports/table";
import { AppError, outOfScope } from "@/lib/errors";
import { sanitizeFileName } from "@/lib/files/policy";
import type { ImportCycle, PlanContext, Planner } from "./context";
import { KIND_SPECS } from "./kinds";
import { planConsultations } from "./kinds/consultations";
import { planContingent } from "./kinds/contingent";
import { planDiagnostics } from "./kinds/diagnostics";
import { planEvents } from "./kinds/events";
import { planExamResults } from "./kinds/exam-results";
import { planPairings } from "./kinds/pairings";
import { planRiskIndicators } from "./kinds/risk-indicators";
import { planSchools } from "./kinds/schools";
import { planUsers } from "./kinds/users";
import { readTable } from "./read";
import type { ImportKind } from "./schemas";

export { IMPORT_KINDS, isImportKind, type ImportKind } from "./schemas";
export type { ImportRowError } from "@/lib/domain/imports/table";
export type ImportResult = { kind: ImportKind; rows: number; created: number; updated: number; errors: ImportRowError[] };
export type ImportInput = { kind: ImportKind; cycleId?: string; file: { name: string; bytes: Uint8Array }; dryRun: boolean };

const PERMISSION = "import:run" as const;
/** Errors returned at most (the first ones by row); the count is stated. */
export const MAX_ERRORS = 1000;
/** 10 000 rows commit in a few seconds; the limit only guards against a stuck transaction. */
const TRANSACTION = { timeout: 120_000, maxWait: 10_000 };

const PLANNERS: Record<ImportKind, Planner<never>> = {
  schools: planSchools,
  users: planUsers,
  pairings: planPairings,
  "risk-indicators": planRiskIndicators,
  diagnostics: planDiagnostics,
  "exam-results": planExamResults,
  events: planEvents,
  consultations: planConsultations,
  contingent: planContingent,
};

/** Thrown inside the transaction when the re-validation there finds errors: rolls everything back. */
class Rejected extends Error {
  constructor(readonly errors: ImportRowError[]) {
    super("import rejected");
  }
}

/** A unique index hit by a row someone else wrote between our check and our insert (P2002, or 23505 from a raw statement). */
function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; meta?: { code?: string }; message?: string } | null;
  return !!e && (e.code === "P2002" || e.meta?.code === "23505" || /23505|unique constraint/i.test(e.message ?? ""));
}

function capped(errors: ImportRowError[]): ImportRowError[] {
  const sorted = sortErrors(errors);
  if (sorted.length <= MAX_ERRORS) return sorted;
  return [{ row: 1, column: null, message: `Показаны первые ${MAX_ERRORS} ошибок из ${sorted.length}: исправьте их и проверьте файл снова` }, ...sorted.slice(0, MAX_ERRORS)];
}

async function resolveCycle(actor: Actor, cycleId: string | undefined): Promise<ImportCycle | null> {
  if (!cycleId) return null;
  const cycle = await getDb().cycle.findFirst({
    where: { AND: [scope.cycle(actor, PERMISSION), { id: cycleId }] },
    select: { id: true, year: true, status: true, municipalityId: true, title: true },
  });
  if (!cycle) throw outOfScope("Cycle", cycleId);
  return cycle;
}

/** The actor's one municipality (a coordinator's); null for an administrator, who must pick a cycle. */
async function ownMunicipality(actor: Actor): Promise<string | null> {
  const list = await getDb().municipality.findMany({ where: scope.municipality(actor, PERMISSION), select: { id: true }, take: 2 });
  return list.length === 1 ? list[0]!.id : null;
}

export async function runImport(actor: Actor, input: ImportInput): Promise<ImportResult> {
  assertCan(actor, PERMISSION);
  const { kind } = input;
  const spec = KIND_SPECS[kind];
  let rows = 0;
  const reject = (errors: ImportRowError[]): ImportResult => ({ kind, rows, created: 0, updated: 0, errors: capped(errors) });
  const fileLevel = (message: string, column: string | null = null) => reject([{ row: 1, column, message }]);

  const cycle = await resolveCycle(actor, input.cycleId);
  if (spec.cycle === "required" && !cycle) return fileLevel(`Выберите цикл: загрузка «${spec.title}» относится к циклу`);
  if (cycle && spec.cycle !== "none" && cycle.status === "closed") return fileLevel("Цикл закрыт: изменения в нём невозможны");
  const municipalityId = cycle?.municipalityId ?? (await ownMunicipality(actor));
  if (!municipalityId && spec.cycle !== "none") return fileLevel("Выберите цикл: по нему определяется муниципалитет");

  const table = await readTable(input.file.bytes);
  if (!table.ok) return fileLevel(table.message);
  const [header, ...data] = table.rows;
  if (!header) return fileLevel("В файле нет строки заголовков");
  const match = matchHeader(header.cells, spec.columns);
  if (match.errors.length) return reject(match.errors);
  const validated = validateRows(data, spec.columns, match.index, spec.schema);
  rows = validated.count;
  if (rows === 0) return reject([{ row: 2, column: null, message: "В файле нет строк с данными" }]);

  const planner = PLANNERS[kind] as Planner<unknown>;
  const context = (db: PlanContext["db"]): PlanContext => ({ db, actor, municipalityId, cycle, today: new Date().toISOString().slice(0, 10) });

  if (input.dryRun || validated.errors.length) {
    const plan = await planner(context(getDb()), validated.valid);
    const errors = [...validated.errors, ...plan.errors];
    if (errors.length) return reject(errors);
    return { kind, rows, created: plan.created, updated: plan.updated, errors: [] };
  }

  const sha256 = createHash("sha256").update(input.file.bytes).digest("hex");
  try {
    return await mutate(
      actor,
      { name: `import.${kind}`, permission: PERMISSION },
      async (tx, audit) => {
        // Validated again inside the transaction: what is written is what was checked.
        const plan = await planner(context(tx), validated.valid);
        if (plan.errors.length) throw new Rejected(plan.errors);
        await plan.write(tx);
        const result = { kind, rows, created: plan.created, updated: plan.updated, errors: [] };
        await audit({
          entityType: "Import",
          entityId: null,
          after: { rows, created: plan.created, updated: plan.updated },
          meta: { kind, file: sanitizeFileName(input.file.name), sha256, size: input.file.bytes.byteLength, format: table.format, cycleId: cycle?.id ?? null, municipalityId },
        });
        return result;
      },
      TRANSACTION,
    );
  } catch (error) {
    if (error instanceof Rejected) return reject(error.errors);
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "Данные изменились во время загрузки. Проверьте файл ещё раз.");
    throw error;
  }
}
