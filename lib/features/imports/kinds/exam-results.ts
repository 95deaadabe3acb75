import "server-only";
import { scope } from "@/lib/auth/scope";
import { duplicateKeyErrors, type ImportRowError } from "@/lib/domain/imports/table";
import { bulkUpdate, bulkInsert, newId } from "../bulk";
import { schoolNotFound, subjectLookup, type Planner } from "../context";
import type { ExamResultRow } from "../schemas";

/** Exam results by the model's unique key (school, year, exam, subject, grade; grade 0 for ЕГЭ/ОГЭ). */
const COLUMNS = { participants: "int", avgScore: "numeric", failShare: "numeric", qualityShare: "numeric", successShare: "numeric" };

export const planExamResults: Planner<ExamResultRow> = async (ctx, rows) => {
  const errors: ImportRowError[] = [];
  const [schools, subjectOf] = await Promise.all([
    ctx.db.school.findMany({
      where: {
        AND: [scope.school(ctx.actor, "import:run"), ctx.municipalityId ? { municipalityId: ctx.municipalityId } : {}, { code: { in: [...new Set(rows.map((r) => r.data.schoolCode))] } }],
      },
      select: { id: true, code: true },
    }),
    subjectLookup(ctx.db),
  ]);
  const schoolId = new Map(schools.map((s) => [s.code, s.id]));
  type Target = { row: number; key: string; schoolId: string; subjectId: string; data: ExamResultRow; grade: number };
  const targets: Target[] = [];
  for (const { row, data } of rows) {
    const sid = schoolId.get(data.schoolCode);
    const subjectId = subjectOf(data.subject);
    if (!sid) errors.push({ row, column: "Код школы", message: schoolNotFound(data.schoolCode) });
    if (!subjectId) errors.push({ row, column: "Предмет", message: `Предмет «${data.subject}» не найден в справочнике` });
    if (!sid || !subjectId) continue;
    const grade = data.exam === "vpr" ? (data.grade ?? 0) : 0;
    targets.push({ row, key: `${sid}|${data.year}|${data.exam}|${subjectId}|${grade}`, schoolId: sid, subjectId, data, grade });
  }
  errors.push(
    ...duplicateKeyErrors(
      targets.map((t) => ({ row: t.row, data: t })),
      (t) => t.key,
      "Предмет",
      (first) => `Результат этой школы по этому предмету и году уже указан в строке ${first}`,
    ),
  );
  const existing = targets.length
    ? await ctx.db.examResult.findMany({
        where: { schoolId: { in: [...new Set(targets.map((t) => t.schoolId))] }, year: { in: [...new Set(targets.map((t) => t.data.year))] } },
        select: { id: true, schoolId: true, year: true, exam: true, subjectId: true, grade: true },
      })
    : [];
  const existingId = new Map(existing.map((e) => [`${e.schoolId}|${e.year}|${e.exam}|${e.subjectId}|${e.grade}`, e.id]));
  const fields = (t: Target) => ({
    participants: t.data.participants,
    avgScore: t.data.avgScore,
    failShare: t.data.failShare,
    qualityShare: t.data.qualityShare,
    successShare: t.data.successShare,
  });
  const creates = targets
    .filter((t) => !existingId.has(t.key))
    .map((t) => ({ id: newId(), schoolId: t.schoolId, year: t.data.year, exam: t.data.exam, subjectId: t.subjectId, grade: t.grade, ...fields(t) }));
  const updates = targets.flatMap((t) => (existingId.has(t.key) ? [{ id: existingId.get(t.key)!, ...fields(t) }] : []));

  return {
    errors,
    created: creates.length,
    updated: updates.length,
    async write(tx) {
      await bulkInsert(tx, "ExamResult", { id: "text", schoolId: "text", year: "int", exam: `"ExamKind"`, subjectId: "text", grade: "int", ...COLUMNS }, creates);
      await bulkUpdate(
        tx,
        "ExamResult",
        COLUMNS,
        updates,
        { version: true },
      );
    },
  };
};
