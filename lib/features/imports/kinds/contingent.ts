import "server-only";
import { scope } from "@/lib/auth/scope";
import { duplicateKeyErrors, type ImportRowError } from "@/lib/domain/imports/table";
import { bulkInsert, bulkUpdate, newId } from "../bulk";
import { schoolNotFound, type Planner } from "../context";
import type { ContingentRow } from "../schemas";

/**
 * A school's contingent by the model's unique key (school, year): a known
 * pair is updated (its version goes up, so an open correction form is
 * refused), a new one created. The school is looked up in the importer's
 * scope and municipality: another municipality's code is «not found».
 */
const COLUMNS = { students: "int", ovzStudents: "int", lowIncomeStudents: "int", singleParentStudents: "int" };

export const planContingent: Planner<ContingentRow> = async (ctx, rows) => {
  const errors: ImportRowError[] = [];
  const schools = await ctx.db.school.findMany({
    where: {
      AND: [scope.school(ctx.actor, "import:run"), ctx.municipalityId ? { municipalityId: ctx.municipalityId } : {}, { code: { in: [...new Set(rows.map((r) => r.data.schoolCode))] } }],
    },
    select: { id: true, code: true },
  });
  const schoolId = new Map(schools.map((s) => [s.code, s.id]));
  type Target = { row: number; key: string; schoolId: string; data: ContingentRow };
  const targets: Target[] = [];
  for (const { row, data } of rows) {
    const sid = schoolId.get(data.schoolCode);
    if (!sid) errors.push({ row, column: "Код школы", message: schoolNotFound(data.schoolCode) });
    else targets.push({ row, key: `${sid}|${data.year}`, schoolId: sid, data });
  }
  errors.push(
    ...duplicateKeyErrors(
      targets.map((t) => ({ row: t.row, data: t })),
      (t) => t.key,
      "Год",
      (first) => `Контингент этой школы за этот год уже указан в строке ${first}`,
    ),
  );
  const existing = targets.length
    ? await ctx.db.schoolContingent.findMany({
        where: { schoolId: { in: [...new Set(targets.map((t) => t.schoolId))] }, year: { in: [...new Set(targets.map((t) => t.data.year))] } },
        select: { id: true, schoolId: true, year: true },
      })
    : [];
  const existingId = new Map(existing.map((e) => [`${e.schoolId}|${e.year}`, e.id]));
  const counts = ({ data }: Target) => ({
    students: data.students,
    ovzStudents: data.ovzStudents,
    lowIncomeStudents: data.lowIncomeStudents,
    singleParentStudents: data.singleParentStudents,
  });
  const creates = targets.filter((t) => !existingId.has(t.key)).map((t) => ({ id: newId(), schoolId: t.schoolId, year: t.data.year, ...counts(t) }));
  const updates = targets.flatMap((t) => (existingId.has(t.key) ? [{ id: existingId.get(t.key)!, ...counts(t) }] : []));

  return {
    errors,
    created: creates.length,
    updated: updates.length,
    async write(tx) {
      await bulkInsert(tx, "SchoolContingent", { id: "text", schoolId: "text", year: "int", ...COLUMNS }, creates);
      await bulkUpdate(tx, "SchoolContingent", COLUMNS, updates, { version: true });
    },
  };
};
