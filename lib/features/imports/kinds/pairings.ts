import "server-only";
import { duplicateKeyErrors, type ImportRowError } from "@/lib/domain/imports/table";
import { bulkUpdate, bulkInsert, newId } from "../bulk";
import { requireCycle, schoolNotFound, type Planner } from "../context";
import type { PairingRow } from "../schemas";

/**
 * «куратор — школа» by (cycle, school). The school must be in the cycle's
 * lists, the curator an active user with the curator role in the cycle's
 * municipality. Same curator → the pairing's details are updated; another
 * curator → the active pairing ends and a new one starts (as the pairing
 * screen does; its notifications are not sent for imports).
 */
export const planPairings: Planner<PairingRow> = async (ctx, rows) => {
  const cycle = requireCycle(ctx);
  const errors: ImportRowError[] = duplicateKeyErrors(rows, (r) => r.schoolCode, "Код школы", (first) => `Эта школа уже указана в строке ${first}`);
  const [cycleSchools, curators] = await Promise.all([
    ctx.db.cycleSchool.findMany({
      where: { cycleId: cycle.id, school: { code: { in: rows.map((r) => r.data.schoolCode) } } },
      select: { id: true, school: { select: { code: true } }, pairings: { where: { active: true }, select: { id: true, curatorId: true } } },
    }),
    ctx.db.user.findMany({
      where: { email: { in: rows.map((r) => r.data.curatorEmail) }, active: true, roles: { some: { role: "curator", municipalityId: cycle.municipalityId } } },
      select: { id: true, email: true },
    }),
  ]);
  const csByCode = new Map(cycleSchools.map((c) => [c.school.code, c]));
  const curatorByEmail = new Map(curators.map((c) => [c.email, c.id]));
  const plans: { cycleSchoolId: string; curatorId: string; current: { id: string; curatorId: string } | undefined; data: PairingRow }[] = [];
  for (const { row, data } of rows) {
    const cs = csByCode.get(data.schoolCode);
    const curatorId = curatorByEmail.get(data.curatorEmail);
    if (!cs) errors.push({ row, column: "Код школы", message: `${schoolNotFound(data.schoolCode)} или не включена в списки цикла` });
    if (!curatorId) errors.push({ row, column: "Email куратора", message: `Пользователь ${data.curatorEmail} не является куратором муниципалитета` });
    if (cs && curatorId) plans.push({ cycleSchoolId: cs.id, curatorId, current: cs.pairings[0], data });
  }
  const fields = (p: (typeof plans)[number]) => ({
    pairedOn: p.data.pairedOn ?? ctx.today,
    schoolYear: p.data.schoolYear,
    agreementNumber: p.data.agreementNumber,
    agreementDate: p.data.agreementDate,
  });
  const same = plans.filter((p) => p.current?.curatorId === p.curatorId);
  const fresh = plans.filter((p) => p.current?.curatorId !== p.curatorId);

  return {
    errors,
    created: plans.filter((p) => !p.current).length,
    updated: plans.filter((p) => p.current).length,
    async write(tx) {
      await bulkUpdate(
        tx,
        "CuratorPairing",
        { pairedOn: "date", schoolYear: "text", agreementNumber: "text", agreementDate: "date" },
        same.map((p) => ({ id: p.current!.id, ...fields(p) })),
        { version: true },
      );
      const ending = fresh.flatMap((p) => (p.current ? [p.current.id] : []));
      if (ending.length) {
        await tx.curatorPairing.updateMany({ where: { id: { in: ending }, active: true }, data: { active: false, endedAt: new Date(), version: { increment: 1 } } });
      }
      await bulkInsert(
        tx,
        "CuratorPairing",
        { id: "text", cycleSchoolId: "text", curatorId: "text", pairedOn: "date", schoolYear: "text", agreementNumber: "text", agreementDate: "date" },
        fresh.map((p) => ({ id: newId(), cycleSchoolId: p.cycleSchoolId, curatorId: p.curatorId, ...fields(p) })),
      );
    },
  };
};
