import "server-only";
import { duplicateKeyErrors, type ImportRowError } from "@/lib/domain/imports/table";
import { bulkUpdate, bulkInsert, newId } from "../bulk";
import { requireMunicipality, type Planner } from "../context";
import type { SchoolRow } from "../schemas";

/**
 * Schools by code (the register code is unique installation-wide): new codes
 * are created in the municipality, known ones of the municipality updated; a
 * code of another municipality is an error. With a cycle, a row with
 * categories puts the school in the cycle's lists with exactly those
 * categories; a row without categories leaves its participation unchanged.
 */
const COLUMNS = { name: "text", shortName: "text", kind: `"SchoolKind"`, address: "text", directorName: "text" };

export const planSchools: Planner<SchoolRow> = async (ctx, rows) => {
  const municipalityId = requireMunicipality(ctx);
  const errors: ImportRowError[] = duplicateKeyErrors(rows, (r) => r.code.toLowerCase(), "Код", (first) => `Школа с этим кодом уже есть в строке ${first}`);
  if (!ctx.cycle) {
    for (const r of rows) if (r.data.categories.length) errors.push({ row: r.row, column: "Категории", message: "Категории задаются в цикле: выберите цикл перед загрузкой" });
  }
  const existing = await ctx.db.school.findMany({
    where: { code: { in: rows.map((r) => r.data.code) } },
    select: { id: true, code: true, municipalityId: true, address: true, directorName: true },
  });
  const byCode = new Map(existing.map((s) => [s.code, s]));
  for (const r of rows) {
    const s = byCode.get(r.data.code);
    if (s && s.municipalityId !== municipalityId) errors.push({ row: r.row, column: "Код", message: `Код «${r.data.code}» уже занят школой другого муниципалитета` });
  }
  const cycle = ctx.cycle;
  const inCycle = cycle
    ? new Map(
        (
          await ctx.db.cycleSchool.findMany({ where: { cycleId: cycle.id, schoolId: { in: existing.map((s) => s.id) } }, select: { id: true, schoolId: true } })
        ).map((c) => [c.schoolId, c.id]),
      )
    : new Map<string, string>();

  const creates = rows.filter((r) => !byCode.has(r.data.code)).map((r) => ({ id: newId(), ...r.data }));
  const updates = rows.flatMap((r) => {
    const s = byCode.get(r.data.code);
    return s ? [{ ...r.data, id: s.id, address: r.data.address ?? s.address, directorName: r.data.directorName ?? s.directorName }] : [];
  });

  return {
    errors,
    created: creates.length,
    updated: updates.length,
    async write(tx) {
      await bulkInsert(tx, "School", { id: "text", code: "text", municipalityId: "text", ...COLUMNS }, creates.map((s) => ({ ...s, municipalityId })), { updatedAt: true });
      await bulkUpdate(tx, "School", COLUMNS, updates, { version: true, updatedAt: true });
      if (!cycle) return;
      const withCategories = [...creates, ...updates].filter((s) => s.categories.length);
      const newParticipants = withCategories.filter((s) => !inCycle.has(s.id));
      await bulkInsert(
        tx,
        "CycleSchool",
        { id: "text", cycleId: "text", schoolId: "text", categories: `"SchoolCategory"[]` },
        newParticipants.map((s) => ({ id: newId(), cycleId: cycle.id, schoolId: s.id, categories: s.categories })),
      );
      await bulkUpdate(
        tx,
        "CycleSchool",
        { categories: `"SchoolCategory"[]` },
        withCategories.filter((s) => inCycle.has(s.id)).map((s) => ({ id: inCycle.get(s.id)!, categories: s.categories })),
        { version: true },
      );
    },
  };
};
