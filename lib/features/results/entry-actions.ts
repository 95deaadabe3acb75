"use server";
/**
 * The coordinator enters or corrects one exam result by hand (issue 5): the
 * per-exam rules of the form (`validateResultEntry`), the school through the
 * `exam_result:write` scope, optimistic locking, an audit row per change and
 * a confirmed delete. Imports (decision 032) remain the way to load many.
 * The same applies to one school year's contingent, which is corrected here
 * and loaded by the import «Контингент» (decision 035).
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { returnValidationErrors } from "next-safe-action";
import { expectOneRow, mutate } from "@/lib/actions/mutate";
import { actionClient } from "@/lib/actions/safe-action";
import type { Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { outOfScope } from "@/lib/errors";
import { EXAM_KIND_LABELS } from "@/lib/i18n/labels";
import { createExamResultSchema, deleteExamResultSchema, updateContingentSchema, updateExamResultSchema } from "./entry-schemas";

const WRITE = "exam_result:write" as const;
type Fields = {
  schoolId: string;
  year: number;
  exam: keyof typeof EXAM_KIND_LABELS;
  subjectId: string;
  grade: number;
  participants: number;
  avgScore: number | null;
  failShare: number | null;
  qualityShare: number | null;
  successShare: number | null;
};

const num = (v: { toNumber(): number } | null) => (v === null ? null : v.toNumber());

/** What the audit log keeps of a result. */
function snapshot(r: { schoolId: string; year: number; exam: string; subjectId: string; grade: number; participants: number; avgScore: unknown; failShare: unknown; qualityShare: unknown; successShare: unknown }) {
  const plain = (v: unknown) => (v === null || v === undefined ? null : typeof v === "number" ? v : num(v as { toNumber(): number }));
  return {
    schoolId: r.schoolId,
    year: r.year,
    exam: r.exam,
    subjectId: r.subjectId,
    grade: r.grade,
    participants: r.participants,
    avgScore: plain(r.avgScore),
    failShare: plain(r.failShare),
    qualityShare: plain(r.qualityShare),
    successShare: plain(r.successShare),
  };
}

/** The school (in scope) and the subject of the input; 404 / field error otherwise. */
async function checkRefs(tx: Tx, actor: Actor, input: Fields, schema: typeof createExamResultSchema | typeof updateExamResultSchema) {
  const [school, subject] = await Promise.all([
    tx.school.findFirst({ where: { AND: [scope.school(actor, WRITE), { id: input.schoolId }] }, select: { id: true, code: true, shortName: true } }),
    tx.subject.findUnique({ where: { id: input.subjectId }, select: { id: true, name: true } }),
  ]);
  if (!school) throw outOfScope("School", input.schoolId);
  if (!subject) returnValidationErrors(schema, { subjectId: { _errors: ["Выберите предмет из справочника"] } });
  return { school, subject: subject! };
}

const data = (input: Fields) => ({
  schoolId: input.schoolId,
  year: input.year,
  exam: input.exam,
  subjectId: input.subjectId,
  grade: input.grade,
  participants: input.participants,
  avgScore: input.avgScore,
  failShare: input.failShare,
  qualityShare: input.qualityShare,
  successShare: input.successShare,
});

const duplicate = (input: Fields, subject: string) =>
  `Результат ${EXAM_KIND_LABELS[input.exam]} по предмету «${subject}»${input.grade ? ` (${input.grade} класс)` : ""} за ${input.year} год у этой школы уже есть: исправьте его.`;

const isUnique = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

function revalidate(code: string) {
  revalidatePath("/results");
  revalidatePath(`/schools/${code}/results`);
}

export const createExamResultAction = actionClient
  .metadata({ name: "exam_result.create", permission: WRITE })
  .inputSchema(createExamResultSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    let subjectName = "";
    const saved = await mutate(actor, { name: "exam_result.create", permission: WRITE }, async (tx, audit) => {
      const { school, subject } = await checkRefs(tx, actor, input, createExamResultSchema);
      subjectName = subject.name;
      const existing = await tx.examResult.findUnique({
        where: { schoolId_year_exam_subjectId_grade: { schoolId: school.id, year: input.year, exam: input.exam, subjectId: subject.id, grade: input.grade } },
        select: { id: true },
      });
      if (existing) returnValidationErrors(createExamResultSchema, { _errors: [duplicate(input, subject.name)] });
      const row = await tx.examResult.create({ data: data(input), select: { id: true } });
      await audit({ entityType: "ExamResult", entityId: row.id, after: snapshot(data(input)) });
      return { id: row.id, code: school.code, year: input.year, exam: input.exam, subjectId: subject.id, grade: input.grade };
    }).catch((e: unknown) => {
      if (isUnique(e)) returnValidationErrors(createExamResultSchema, { _errors: [duplicate(input, subjectName)] });
      throw e;
    });
    revalidate(saved.code);
    return saved;
  });

export const updateExamResultAction = actionClient
  .metadata({ name: "exam_result.update", permission: WRITE })
  .inputSchema(updateExamResultSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    let subjectName = "";
    const saved = await mutate(actor, { name: "exam_result.update", permission: WRITE }, async (tx, audit) => {
      const before = await tx.examResult.findFirst({ where: { AND: [scope.examResult(actor, WRITE), { id: input.id }] } });
      if (!before) throw outOfScope("ExamResult", input.id);
      const { school, subject } = await checkRefs(tx, actor, input, updateExamResultSchema);
      subjectName = subject.name;
      expectOneRow(await tx.examResult.updateMany({ where: { id: before.id, version: input.version }, data: { ...data(input), version: { increment: 1 } } }));
      await audit({ entityType: "ExamResult", entityId: before.id, before: snapshot(before), after: snapshot(data(input)) });
      return { id: before.id, code: school.code, year: input.year, exam: input.exam, subjectId: subject.id, grade: input.grade };
    }).catch((e: unknown) => {
      if (isUnique(e)) returnValidationErrors(updateExamResultSchema, { _errors: [duplicate(input, subjectName)] });
      throw e;
    });
    revalidate(saved.code);
    return saved;
  });

export const deleteExamResultAction = actionClient
  .metadata({ name: "exam_result.delete", permission: WRITE })
  .inputSchema(deleteExamResultSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    const deleted = await mutate(actor, { name: "exam_result.delete", permission: WRITE }, async (tx, audit) => {
      const before = await tx.examResult.findFirst({
        where: { AND: [scope.examResult(actor, WRITE), { id: input.id }] },
        include: { school: { select: { code: true } }, subject: { select: { code: true } } },
      });
      if (!before) throw outOfScope("ExamResult", input.id);
      expectOneRow(await tx.examResult.deleteMany({ where: { id: before.id, version: input.version } }));
      await audit({ entityType: "ExamResult", entityId: before.id, before: snapshot(before) });
      return before;
    });
    revalidate(deleted.school.code);
    // Navigate on the server: the page the form is on (this result's edit page) must not be rendered again for a record that is gone.
    const search = new URLSearchParams({ year: String(deleted.year), exam: deleted.exam, subject: deleted.subject.code });
    if (deleted.grade) search.set("grade", String(deleted.grade));
    redirect(`/results?${search}`);
  });

/** What the audit log keeps of a contingent row. */
const contingentSnapshot = (c: { schoolId: string; year: number; students: number; ovzStudents: number; lowIncomeStudents: number; singleParentStudents: number }) => ({
  schoolId: c.schoolId,
  year: c.year,
  students: c.students,
  ovzStudents: c.ovzStudents,
  lowIncomeStudents: c.lowIncomeStudents,
  singleParentStudents: c.singleParentStudents,
});

/** Corrects the counts of one school year (school and year stay): the school through the `exam_result:write` scope, with the version. */
export const updateContingentAction = actionClient
  .metadata({ name: "contingent.update", permission: WRITE })
  .inputSchema(updateContingentSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    const saved = await mutate(actor, { name: "contingent.update", permission: WRITE }, async (tx, audit) => {
      const before = await tx.schoolContingent.findFirst({
        where: { id: input.id, school: scope.school(actor, WRITE) },
        include: { school: { select: { code: true } } },
      });
      if (!before) throw outOfScope("SchoolContingent", input.id);
      const counts = { students: input.students, ovzStudents: input.ovzStudents, lowIncomeStudents: input.lowIncomeStudents, singleParentStudents: input.singleParentStudents };
      expectOneRow(await tx.schoolContingent.updateMany({ where: { id: before.id, version: input.version }, data: { ...counts, version: { increment: 1 } } }));
      await audit({ entityType: "SchoolContingent", entityId: before.id, before: contingentSnapshot(before), after: contingentSnapshot({ ...before, ...counts }) });
      return { id: before.id, code: before.school.code, year: before.year };
    });
    revalidatePath(`/schools/${saved.code}/results`);
    revalidatePath(`/schools/${saved.code}`);
    return saved;
  });
