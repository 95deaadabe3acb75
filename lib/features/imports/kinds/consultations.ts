import "server-only";
import { duplicateKeyErrors, type ImportRowError } from "@/lib/domain/imports/table";
import { bulkUpdate, bulkInsert, newId } from "../bulk";
import { requireMunicipality, subjectLookup, titleLookup, toDate, type Planner } from "../context";
import type { ConsultationRow } from "../schemas";

/**
 * МТКП consultations by (tutor, teacher, date, subject). The tutor must hold
 * the tutor role in the municipality, the teacher the teacher role at one of
 * its schools (the consultation's school and cycle follow from them, as in
 * the consultations log).
 */
const COLUMNS = {
  schoolId: "text",
  module: `"ConsultationModule"`,
  form: `"ConsultationForm"`,
  functions: `"TutorFunction"[]`,
  projectId: "text",
  notes: "text",
  nextSteps: "text",
  cycleId: "text",
};

export const planConsultations: Planner<ConsultationRow> = async (ctx, rows) => {
  const municipalityId = requireMunicipality(ctx);
  const errors: ImportRowError[] = [];
  const emails = (pick: (r: ConsultationRow) => string) => [...new Set(rows.map((r) => pick(r.data)))];
  const [tutors, teachers, subjectOf, projects, cycles] = await Promise.all([
    ctx.db.user.findMany({
      where: { email: { in: emails((r) => r.tutorEmail) }, active: true, roles: { some: { role: "tutor", municipalityId } } },
      select: { id: true, email: true },
    }),
    ctx.db.roleAssignment.findMany({
      where: { role: "teacher", municipalityId, schoolId: { not: null }, user: { email: { in: emails((r) => r.teacherEmail) }, active: true } },
      select: { userId: true, schoolId: true, user: { select: { email: true } } },
    }),
    subjectLookup(ctx.db),
    ctx.db.municipalProject.findMany({ where: { municipalityId }, select: { id: true, title: true } }),
    ctx.db.cycle.findMany({ where: { municipalityId }, select: { id: true, year: true } }),
  ]);
  const tutorId = new Map(tutors.map((t) => [t.email, t.id]));
  const teacher = new Map(teachers.map((t) => [t.user.email, { id: t.userId, schoolId: t.schoolId! }]));
  const projectOf = titleLookup(projects);
  const cycleOfYear = new Map(cycles.map((c) => [c.year, c.id]));

  type Target = { row: number; key: string; tutorId: string; teacherId: string; schoolId: string; subjectId: string; projectId: string | null; data: ConsultationRow };
  const targets: Target[] = [];
  for (const { row, data } of rows) {
    const before = errors.length;
    const tid = tutorId.get(data.tutorEmail);
    const t = teacher.get(data.teacherEmail);
    const subjectId = subjectOf(data.subject);
    const projectId = data.project ? projectOf(data.project) : null;
    if (!tid) errors.push({ row, column: "Email тьютора", message: `Пользователь ${data.tutorEmail} не является тьютором муниципалитета` });
    if (!t) errors.push({ row, column: "Email педагога", message: `Пользователь ${data.teacherEmail} не является педагогом школы муниципалитета` });
    if (!subjectId) errors.push({ row, column: "Предмет", message: `Предмет «${data.subject}» не найден в справочнике` });
    if (data.project && !projectId) errors.push({ row, column: "Проект", message: `Проект «${data.project}» не найден в каталоге муниципалитета` });
    if (errors.length > before) continue;
    targets.push({ row, key: `${tid}|${t!.id}|${data.date}|${subjectId}`, tutorId: tid!, teacherId: t!.id, schoolId: t!.schoolId, subjectId: subjectId!, projectId: projectId ?? null, data });
  }
  errors.push(
    ...duplicateKeyErrors(
      targets.map((t) => ({ row: t.row, data: t })),
      (t) => t.key,
      "Дата",
      (first) => `Консультация этого тьютора с этим педагогом по этому предмету в этот день уже указана в строке ${first}`,
    ),
  );
  const existing = targets.length
    ? await ctx.db.consultation.findMany({
        where: { municipalityId, tutorId: { in: [...new Set(targets.map((t) => t.tutorId))] }, date: { in: [...new Set(targets.map((t) => t.data.date))].map(toDate) } },
        select: { id: true, tutorId: true, teacherId: true, date: true, subjectId: true },
      })
    : [];
  const existingId = new Map(existing.map((c) => [`${c.tutorId}|${c.teacherId}|${c.date.toISOString().slice(0, 10)}|${c.subjectId}`, c.id]));
  const fields = (t: Target) => ({
    schoolId: t.schoolId,
    module: t.data.module,
    form: t.data.form,
    functions: t.data.functions,
    projectId: t.projectId,
    notes: t.data.notes,
    nextSteps: t.data.nextSteps,
    cycleId: cycleOfYear.get(Number(t.data.date.slice(0, 4))) ?? null,
  });
  const creates = targets
    .filter((t) => !existingId.has(t.key))
    .map((t) => ({ id: newId(), municipalityId, tutorId: t.tutorId, teacherId: t.teacherId, subjectId: t.subjectId, date: t.data.date, ...fields(t) }));
  const updates = targets.flatMap((t) => (existingId.has(t.key) ? [{ id: existingId.get(t.key)!, ...fields(t) }] : []));

  return {
    errors,
    created: creates.length,
    updated: updates.length,
    async write(tx) {
      await bulkInsert(tx, "Consultation", { id: "text", municipalityId: "text", tutorId: "text", teacherId: "text", subjectId: "text", date: "date", ...COLUMNS }, creates, { updatedAt: true });
      await bulkUpdate(
        tx,
        "Consultation",
        COLUMNS,
        updates,
        { version: true, updatedAt: true },
      );
    },
  };
};
