import "server-only";
import { COMPETENCIES } from "@/lib/domain/competency";
import { duplicateKeyErrors, type ImportRowError } from "@/lib/domain/imports/table";
import { bulkUpdate, bulkInsert, newId } from "../bulk";
import { requireCycle, requireMunicipality, schoolNotFound, schoolsByCode, type Planner } from "../context";
import type { DiagnosticRow } from "../schemas";

/**
 * Competency diagnostics by (teacher, cycle, kind). A teacher is found by
 * e-mail and must be a teacher of the row's school; an unknown e-mail
 * becomes a new teacher of that school (no password, as every imported
 * account). Values are 0–100 by the diagnostics form's own schema.
 */
const NUMERIC = Object.fromEntries(COMPETENCIES.map((c) => [c, "numeric"]));

export const planDiagnostics: Planner<DiagnosticRow> = async (ctx, rows) => {
  const cycle = requireCycle(ctx);
  const municipalityId = requireMunicipality(ctx);
  const errors: ImportRowError[] = duplicateKeyErrors(
    rows,
    (r) => `${r.email}\u0000${r.kind}`,
    "Вид диагностики",
    (first) => `Эта диагностика педагога уже указана в строке ${first}`,
  );
  const schools = await schoolsByCode(ctx, rows.map((r) => r.data.schoolCode));
  const users = await ctx.db.user.findMany({
    where: { email: { in: [...new Set(rows.map((r) => r.data.email))] } },
    select: { id: true, email: true, roles: { where: { role: "teacher" }, select: { schoolId: true } } },
  });
  const byEmail = new Map(users.map((u) => [u.email, u]));
  const newTeachers = new Map<string, { id: string; email: string; name: string; schoolId: string; row: number }>();

  type Target = { row: number; teacherId: string; schoolId: string; data: DiagnosticRow };
  const targets: Target[] = [];
  for (const { row, data } of rows) {
    const school = schools.get(data.schoolCode);
    if (!school) {
      errors.push({ row, column: "Код школы", message: schoolNotFound(data.schoolCode) });
      continue;
    }
    const user = byEmail.get(data.email);
    if (user) {
      if (!user.roles.some((r) => r.schoolId === school.id)) {
        errors.push({ row, column: "Email", message: `Пользователь ${data.email} не является педагогом школы «${data.schoolCode}»` });
        continue;
      }
      targets.push({ row, teacherId: user.id, schoolId: school.id, data });
      continue;
    }
    const pending = newTeachers.get(data.email);
    if (pending && pending.schoolId !== school.id) {
      errors.push({ row, column: "Код школы", message: `Педагог ${data.email} в строке ${pending.row} указан с другой школой` });
      continue;
    }
    const teacher = pending ?? { id: newId(), email: data.email, name: data.name, schoolId: school.id, row };
    newTeachers.set(data.email, teacher);
    targets.push({ row, teacherId: teacher.id, schoolId: school.id, data });
  }
  const known = targets.filter((t) => !newTeachers.has(t.data.email)).map((t) => t.teacherId);
  const existing = known.length
    ? await ctx.db.competencyDiagnostic.findMany({ where: { cycleId: cycle.id, teacherId: { in: [...new Set(known)] } }, select: { id: true, teacherId: true, kind: true } })
    : [];
  const existingId = new Map(existing.map((d) => [`${d.teacherId}\u0000${d.kind}`, d.id]));
  const values = (d: DiagnosticRow) => Object.fromEntries(COMPETENCIES.map((c) => [c, d[c]])) as Record<(typeof COMPETENCIES)[number], number>;
  const updates = targets.flatMap((t) => {
    const id = existingId.get(`${t.teacherId}\u0000${t.data.kind}`);
    return id ? [{ id, schoolId: t.schoolId, date: t.data.date, ...values(t.data) }] : [];
  });
  const creates = targets
    .filter((t) => !existingId.has(`${t.teacherId}\u0000${t.data.kind}`))
    .map((t) => ({ id: newId(), teacherId: t.teacherId, cycleId: cycle.id, schoolId: t.schoolId, kind: t.data.kind, date: t.data.date, ...values(t.data) }));

  return {
    errors,
    created: creates.length,
    updated: updates.length,
    async write(tx) {
      const teachers = [...newTeachers.values()];
      // No password: the account cannot sign in until the administrator sets one.
      await bulkInsert(tx, "User", { id: "text", email: "text", name: "text" }, teachers, { updatedAt: true });
      await bulkInsert(
        tx,
        "RoleAssignment",
        { id: "text", userId: "text", role: `"Role"`, municipalityId: "text", schoolId: "text" },
        teachers.map((t) => ({ id: newId(), userId: t.id, role: "teacher", municipalityId, schoolId: t.schoolId })),
      );
      await bulkInsert(tx, "CompetencyDiagnostic", { id: "text", teacherId: "text", cycleId: "text", schoolId: "text", kind: `"DiagnosticKind"`, date: "date", ...NUMERIC }, creates);
      await bulkUpdate(
        tx,
        "CompetencyDiagnostic",
        { schoolId: "text", date: "date", ...NUMERIC },
        updates,
        { version: true },
      );
    },
  };
};
