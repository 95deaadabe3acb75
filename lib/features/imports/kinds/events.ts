import "server-only";
import { scope } from "@/lib/auth/scope";
import { normalizeKey } from "@/lib/domain/imports/cells";
import { duplicateKeyErrors, type ImportRowError } from "@/lib/domain/imports/table";
import { bulkUpdate, bulkInsert, newId } from "../bulk";
import { requireMunicipality, schoolNotFound, schoolsByCode, titleLookup, toDate, type Planner } from "../context";
import type { EventRow } from "../schemas";

const keyOf = (date: string, type: string, topic: string) => `${date}|${type}|${normalizeKey(topic)}`;

/**
 * МНЦ events of the municipality. Natural key: (date, type, topic — case-
 * and space-insensitive); an «ID» column instead names an existing event, so
 * its date, type or topic can change. Module and project by title from the
 * municipality's catalogues; the cycle is the municipality's cycle of the
 * date's year (as the register's form does). «Коды школ» replaces the
 * event's schools; left blank it keeps them.
 */
const COLUMNS = {
  type: `"EventType"`,
  date: "date",
  topic: "text",
  format: `"EventFormat"`,
  audience: `"EventAudience"`,
  participants: "int",
  moduleId: "text",
  projectId: "text",
  notes: "text",
  cycleId: "text",
};

export const planEvents: Planner<EventRow> = async (ctx, rows) => {
  const municipalityId = requireMunicipality(ctx);
  const errors: ImportRowError[] = duplicateKeyErrors(
    rows,
    (r) => r.id ?? keyOf(r.date, r.type, r.topic),
    "Тема",
    (first) => `Это мероприятие (дата, вид и тема) уже указано в строке ${first}`,
  );
  const ids = rows.flatMap((r) => (r.data.id ? [r.data.id] : []));
  const dates = [...new Set(rows.filter((r) => !r.data.id).map((r) => r.data.date))];
  const [byId, byDate, modules, projects, cycles, schools] = await Promise.all([
    ids.length ? ctx.db.supportEvent.findMany({ where: { AND: [scope.event(ctx.actor, "import:run"), { municipalityId, id: { in: ids } }] }, select: { id: true } }) : [],
    dates.length
      ? ctx.db.supportEvent.findMany({ where: { municipalityId, date: { in: dates.map(toDate) } }, select: { id: true, date: true, type: true, topic: true } })
      : [],
    ctx.db.planModule.findMany({ where: { municipalityId }, select: { id: true, title: true } }),
    ctx.db.municipalProject.findMany({ where: { municipalityId }, select: { id: true, title: true } }),
    ctx.db.cycle.findMany({ where: { municipalityId }, select: { id: true, year: true } }),
    schoolsByCode(ctx, rows.flatMap((r) => r.data.schoolCodes)),
  ]);
  const knownIds = new Set(byId.map((e) => e.id));
  const existingByKey = new Map(byDate.map((e) => [keyOf(e.date.toISOString().slice(0, 10), e.type, e.topic), e.id]));
  const moduleOf = titleLookup(modules);
  const projectOf = titleLookup(projects);
  const cycleOfYear = new Map(cycles.map((c) => [c.year, c.id]));

  type Target = { id: string; isNew: boolean; data: EventRow; moduleId: string | null; projectId: string | null; schoolIds: string[] };
  const targets: Target[] = [];
  for (const { row, data } of rows) {
    const before = errors.length;
    if (data.id && !knownIds.has(data.id)) errors.push({ row, column: "ID", message: "Мероприятие с таким ID не найдено в муниципалитете" });
    const moduleId = data.module ? moduleOf(data.module) : null;
    if (data.module && !moduleId) errors.push({ row, column: "Модуль", message: `Модуль «${data.module}» не найден в каталоге муниципалитета` });
    const projectId = data.project ? projectOf(data.project) : null;
    if (data.project && !projectId) errors.push({ row, column: "Проект", message: `Проект «${data.project}» не найден в каталоге муниципалитета` });
    const missing = data.schoolCodes.filter((c) => !schools.has(c));
    if (missing.length) errors.push({ row, column: "Коды школ", message: missing.map(schoolNotFound).join("; ") });
    if (errors.length > before) continue;
    const existing = data.id ?? existingByKey.get(keyOf(data.date, data.type, data.topic));
    targets.push({
      id: existing ?? newId(),
      isNew: !existing,
      data,
      moduleId: moduleId ?? null,
      projectId: projectId ?? null,
      schoolIds: data.schoolCodes.map((c) => schools.get(c)!.id),
    });
  }
  const scalars = (t: Target) => ({
    type: t.data.type,
    date: t.data.date,
    topic: t.data.topic,
    format: t.data.format,
    audience: t.data.audience,
    participants: t.data.participants ?? 0,
    moduleId: t.moduleId,
    projectId: t.projectId,
    notes: t.data.notes,
    cycleId: cycleOfYear.get(Number(t.data.date.slice(0, 4))) ?? null,
  });

  return {
    errors,
    created: targets.filter((t) => t.isNew).length,
    updated: targets.filter((t) => !t.isNew).length,
    async write(tx) {
      await bulkInsert(
        tx,
        "SupportEvent",
        { id: "text", municipalityId: "text", ...COLUMNS },
        targets.filter((t) => t.isNew).map((t) => ({ id: t.id, municipalityId, ...scalars(t) })),
        { updatedAt: true },
      );
      await bulkUpdate(
        tx,
        "SupportEvent",
        COLUMNS,
        targets.filter((t) => !t.isNew).map((t) => ({ id: t.id, ...scalars(t) })),
        { version: true, updatedAt: true },
      );
      const withSchools = targets.filter((t) => t.schoolIds.length);
      const replaced = withSchools.filter((t) => !t.isNew).map((t) => t.id);
      // The implicit m2m table of School ↔ SupportEvent: A = school, B = event.
      if (replaced.length) await tx.$executeRawUnsafe(`DELETE FROM "_SchoolToSupportEvent" WHERE "B" = ANY($1::text[])`, replaced);
      const links = withSchools.flatMap((t) => t.schoolIds.map((s) => [s, t.id] as const));
      if (links.length) {
        await tx.$executeRawUnsafe(
          `INSERT INTO "_SchoolToSupportEvent" ("A", "B") SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
          links.map((l) => l[0]),
          links.map((l) => l[1]),
        );
      }
    },
  };
};
