/**
 * Invariants that live in migration SQL, not in schema.prisma
 * (prisma/migrations/*_invariants/migration.sql). A migration generated later
 * by `prisma migrate diff` may silently drop them: these tests notice.
 *
 * Every write happens in a transaction that is rolled back, so the shared
 * test database keeps only the seed (the audit log could not be cleaned up).
 * The refused statements run inside the transaction on purpose: an error in
 * the middle of a transaction, then more queries on the same connection, is
 * what the app does too, and it once desynchronised the embedded database's
 * wire protocol (electric-sql/pglite#958).
 */
import { describe, expect, it } from "vitest";
import { getDb, type Tx } from "@/lib/db/client";
import { uniqueSuffix } from "@/tests/support/db";

class Rollback extends Error {}

/** Runs `fn` in a transaction and always rolls it back. */
async function inRolledBackTransaction(fn: (tx: Tx) => Promise<void>): Promise<void> {
  try {
    await getDb().$transaction(
      async (tx) => {
        await fn(tx);
        throw new Rollback();
      },
      { timeout: 20_000 },
    );
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
}

/** Expects `sql` to fail with a message matching `pattern`; the transaction stays usable. */
async function expectSqlError(tx: Tx, sql: string, pattern: RegExp, ...params: unknown[]): Promise<void> {
  await tx.$executeRawUnsafe("SAVEPOINT expect_error");
  let failure: unknown;
  try {
    await tx.$executeRawUnsafe(sql, ...params);
  } catch (error) {
    failure = error;
  }
  await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT expect_error");
  expect(failure, `expected to fail: ${sql}`).toBeInstanceOf(Error);
  expect((failure as Error).message).toMatch(pattern);
}

async function insertUserAndMunicipality(tx: Tx) {
  const suffix = uniqueSuffix();
  const userId = `test-user-${suffix}`;
  const municipalityId = `test-mun-${suffix}`;
  await tx.$executeRawUnsafe(
    `INSERT INTO "User" ("id", "email", "name", "updatedAt") VALUES ($1, $2, 'Тест', now())`,
    userId,
    `invariants-${suffix}@example.test`,
  );
  await tx.$executeRawUnsafe(
    `INSERT INTO "Municipality" ("id", "code", "name", "region", "centerName", "updatedAt")
     VALUES ($1, $2, 'Тестовый район', 'Тестовая область', 'Тестовый центр', now())`,
    municipalityId,
    `T-${suffix}`,
  );
  return { userId, municipalityId };
}

/** A cycle with a draft report and its order, inserted by SQL (20261204040000_approved_report_immutable). */
async function insertReportWithOrder(tx: Tx) {
  const { userId, municipalityId } = await insertUserAndMunicipality(tx);
  const suffix = uniqueSuffix();
  const ids = { userId, cycleId: `test-cycle-${suffix}`, reportId: `test-report-${suffix}`, orderId: `test-order-${suffix}` };
  await tx.$executeRawUnsafe(
    `INSERT INTO "Cycle" ("id", "municipalityId", "year", "title", "updatedAt") VALUES ($1, $2, 2099, 'Тестовый цикл', now())`,
    ids.cycleId,
    municipalityId,
  );
  await tx.$executeRawUnsafe(`INSERT INTO "AnalyticalReport" ("id", "cycleId", "title", "updatedAt") VALUES ($1, $2, 'Справка', now())`, ids.reportId, ids.cycleId);
  await tx.$executeRawUnsafe(
    `INSERT INTO "ReportOrder" ("id", "reportId", "number", "date", "signatoryName", "signatoryPosition", "updatedAt")
     VALUES ($1, $2, '31', '2099-12-27', 'И.О. Фамилия', 'Директор', now())`,
    ids.orderId,
    ids.reportId,
  );
  return ids;
}

const approveBySql = (tx: Tx, ids: { reportId: string; userId: string }) =>
  tx.$executeRawUnsafe(
    `UPDATE "AnalyticalReport" SET "status" = 'approved', "snapshot" = '{"document": {"format": 1}, "order": {"format": 1}}',
       "contentHash" = 'abc', "approvedAt" = now(), "approvedById" = $2, "version" = "version" + 1 WHERE "id" = $1`,
    ids.reportId,
    ids.userId,
  );

describe("database invariants from migration SQL", () => {
  it("has the partial and expression unique indexes", async () => {
    const rows = await getDb().$queryRaw<{ name: string; definition: string }[]>`
      SELECT indexname::text AS name, indexdef::text AS definition
      FROM pg_indexes
      WHERE schemaname = current_schema()
        AND indexname IN ('CuratorPairing_one_active', 'ProgramDocument_one_per_kind',
                          'ProgramDocument_one_per_factor', 'RoleAssignment_unique_scope')
      ORDER BY indexname`;
    const byName = Object.fromEntries(rows.map((row) => [row.name, row.definition]));
    expect(Object.keys(byName).sort()).toEqual([
      "CuratorPairing_one_active",
      "ProgramDocument_one_per_factor",
      "ProgramDocument_one_per_kind",
      "RoleAssignment_unique_scope",
    ]);
    for (const definition of Object.values(byName)) expect(definition).toMatch(/^CREATE UNIQUE INDEX/);
    expect(byName.CuratorPairing_one_active).toMatch(/WHERE active/);
    expect(byName.ProgramDocument_one_per_kind).toMatch(/WHERE \(kind <> 'anti_risk_program'/);
    expect(byName.ProgramDocument_one_per_factor).toMatch(/WHERE \(kind = 'anti_risk_program'/);
    expect(byName.RoleAssignment_unique_scope).toMatch(/COALESCE\("municipalityId", ''::text\)/);
  });

  it("refuses a role assignment whose scope does not fit the role", async () => {
    await inRolledBackTransaction(async (tx) => {
      const { userId, municipalityId } = await insertUserAndMunicipality(tx);
      const insert = `INSERT INTO "RoleAssignment" ("id", "userId", "role", "municipalityId", "schoolId")
                      VALUES ($1, $2, $3::"Role", $4, NULL)`;
      // A school administrator needs a school.
      await expectSqlError(tx, insert, /RoleAssignment_scope_check/, `ra-${uniqueSuffix()}`, userId, "school_admin", municipalityId);
      // An administrator has no municipality.
      await expectSqlError(tx, insert, /RoleAssignment_scope_check/, `ra-${uniqueSuffix()}`, userId, "admin", municipalityId);
      // A coordinator of a municipality is fine, once.
      expect(await tx.$executeRawUnsafe(insert, `ra-${uniqueSuffix()}`, userId, "coordinator", municipalityId)).toBe(1);
      await expectSqlError(tx, insert, /RoleAssignment_unique_scope/, `ra-${uniqueSuffix()}`, userId, "coordinator", municipalityId);
    });
  });

  it("keeps the audit log append-only", async () => {
    await inRolledBackTransaction(async (tx) => {
      const inserted = await tx.$queryRawUnsafe<{ id: bigint }[]>(
        `INSERT INTO "AuditLog" ("action", "entityType", "meta") VALUES ('test.invariants', 'Test', '{"n": 1}') RETURNING "id"`,
      );
      expect(inserted).toHaveLength(1);
      const id = inserted[0].id;
      await expectSqlError(tx, `UPDATE "AuditLog" SET "action" = 'tampered' WHERE "id" = $1`, /AuditLog is append-only/, id);
      await expectSqlError(tx, `DELETE FROM "AuditLog" WHERE "id" = $1`, /AuditLog is append-only/, id);
      // Row triggers do not see TRUNCATE; a statement trigger does (20261204010000_audit_log_no_truncate).
      await expectSqlError(tx, `TRUNCATE "AuditLog"`, /AuditLog is append-only/);
      const rows = await tx.$queryRawUnsafe<{ action: string }[]>(`SELECT "action" FROM "AuditLog" WHERE "id" = $1`, id);
      expect(rows).toEqual([{ action: "test.invariants" }]);
    });
  });

  it("lets a draft report and its order change, and freezes both once the report is approved", async () => {
    await inRolledBackTransaction(async (tx) => {
      const ids = await insertReportWithOrder(tx);
      const { cycleId, reportId, orderId } = ids;
      // A draft: anything goes, the order too.
      expect(await tx.$executeRawUnsafe(`UPDATE "AnalyticalReport" SET "title" = 'Справка (правка)', "narrative" = '{"tasks": []}' WHERE "id" = $1`, reportId)).toBe(1);
      expect(await tx.$executeRawUnsafe(`UPDATE "ReportOrder" SET "number" = '32', "items" = '[{"text": "Пункт"}]' WHERE "id" = $1`, orderId)).toBe(1);
      // Approval itself is an UPDATE of a draft.
      expect(await approveBySql(tx, ids)).toBe(1);

      const refused = /AnalyticalReport \S+ is approved and immutable/;
      for (const [column, value] of [
        ["snapshot", `'{"document": {"format": 1}, "order": {"format": 2}}'`],
        ["contentHash", `'def'`],
        ["status", `'draft'`],
        ["approvedAt", `now() - interval '1 day'`],
        ["approvedById", `NULL`],
        ["title", `'Другая справка'`],
        ["narrative", `'{"tasks": ["Чужая задача"]}'`],
        ["version", `"version" + 1`],
        ["cycleId", `'${cycleId}-other'`],
      ]) {
        await expectSqlError(tx, `UPDATE "AnalyticalReport" SET "${column}" = ${value} WHERE "id" = $1`, refused, reportId);
      }
      await expectSqlError(tx, `UPDATE "AnalyticalReport" SET "title" = 'Т', "narrative" = '{}' WHERE "id" = $1`, /narrative, title cannot change/, reportId);
      await expectSqlError(tx, `DELETE FROM "AnalyticalReport" WHERE "id" = $1`, /is approved and immutable: it cannot be deleted/, reportId);
      // Not through the cycle's cascade either, nor by removing who approved it (ON DELETE SET NULL).
      await expectSqlError(tx, `DELETE FROM "Cycle" WHERE "id" = $1`, /is approved and immutable: it cannot be deleted/, cycleId);
      await expectSqlError(tx, `DELETE FROM "User" WHERE "id" = $1`, /approvedById cannot change/, ids.userId);
      // The same values again, and Prisma's own bookkeeping, are not changes.
      expect(await tx.$executeRawUnsafe(`UPDATE "AnalyticalReport" SET "title" = "title", "snapshot" = "snapshot", "updatedAt" = now() WHERE "id" = $1`, reportId)).toBe(1);

      // Its order: no change, no removal, no second order.
      await expectSqlError(tx, `UPDATE "ReportOrder" SET "number" = '33' WHERE "id" = $1`, /ReportOrder \S+ of an approved report is immutable: number cannot change/, orderId);
      await expectSqlError(tx, `UPDATE "ReportOrder" SET "items" = '[]' WHERE "id" = $1`, /of an approved report is immutable/, orderId);
      await expectSqlError(tx, `DELETE FROM "ReportOrder" WHERE "id" = $1`, /of an approved report is immutable: it cannot be deleted/, orderId);
      expect(await tx.$executeRawUnsafe(`UPDATE "ReportOrder" SET "updatedAt" = now() WHERE "id" = $1`, orderId)).toBe(1);

      // Row triggers do not see TRUNCATE; statement triggers do.
      await expectSqlError(tx, `TRUNCATE "AnalyticalReport" CASCADE`, /cannot be truncated: an approved AnalyticalReport is immutable/);
      await expectSqlError(tx, `TRUNCATE "ReportOrder"`, /cannot be truncated/);
      await expectSqlError(tx, `TRUNCATE "Cycle" CASCADE`, /cannot be truncated/);

      const [row] = await tx.$queryRawUnsafe<{ status: string; title: string; contentHash: string; number: string }[]>(
        `SELECT r."status"::text AS "status", r."title", r."contentHash", o."number" FROM "AnalyticalReport" r JOIN "ReportOrder" o ON o."reportId" = r."id" WHERE r."id" = $1`,
        reportId,
      );
      expect(row).toEqual({ status: "approved", title: "Справка (правка)", contentHash: "abc", number: "32" });
    });
  });

  it("refuses an order added to, or moved onto, an approved report", async () => {
    await inRolledBackTransaction(async (tx) => {
      const approved = await insertReportWithOrder(tx);
      const draft = await insertReportWithOrder(tx);
      await tx.$executeRawUnsafe(`DELETE FROM "ReportOrder" WHERE "id" = $1`, approved.orderId);
      await approveBySql(tx, approved);
      await expectSqlError(
        tx,
        `INSERT INTO "ReportOrder" ("id", "reportId", "number", "date", "signatoryName", "signatoryPosition", "updatedAt")
         VALUES ($1, $2, '1', '2099-12-27', 'И.О. Фамилия', 'Директор', now())`,
        /is approved and immutable: it cannot get another order/,
        `test-order-${uniqueSuffix()}`,
        approved.reportId,
      );
      await expectSqlError(tx, `UPDATE "ReportOrder" SET "reportId" = $2 WHERE "id" = $1`, /it cannot get another order/, draft.orderId, approved.reportId);
      // A draft report can still lose its order, and go away with it.
      expect(await tx.$executeRawUnsafe(`DELETE FROM "Cycle" WHERE "id" = $1`, draft.cycleId)).toBe(1);
    });
  });

  it("refuses to change an approved report through the app's own Prisma client", async () => {
    await inRolledBackTransaction(async (tx) => {
      const ids = await insertReportWithOrder(tx);
      const { reportId, orderId } = ids;
      await tx.analyticalReport.update({ where: { id: reportId }, data: { title: "Справка (черновик)" } });
      await approveBySql(tx, ids);
      for (const attempt of [
        () => tx.analyticalReport.update({ where: { id: reportId }, data: { narrative: { tasks: [] } } }),
        () => tx.analyticalReport.updateMany({ where: { id: reportId }, data: { status: "draft" } }),
        () => tx.analyticalReport.delete({ where: { id: reportId } }),
        () => tx.reportOrder.update({ where: { id: orderId }, data: { number: "99" } }),
        () => tx.reportOrder.deleteMany({ where: { reportId } }),
      ]) {
        await tx.$executeRawUnsafe("SAVEPOINT prisma_attempt");
        await expect(attempt()).rejects.toThrow(/immutable/);
        await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT prisma_attempt");
      }
      // A write that changes nothing but Prisma's @updatedAt passes.
      await tx.analyticalReport.update({ where: { id: reportId }, data: { title: "Справка (черновик)" } });
    });
  });

  it("refuses to change or remove audit rows through the app's own Prisma client too", async () => {
    const before = await getDb().auditLog.count();
    expect(before).toBeGreaterThan(0);
    // Each in a transaction that is rolled back anyway: a missing trigger must fail this test, not empty the log.
    const attempts: Array<(tx: Tx) => Promise<unknown>> = [
      (tx) => tx.auditLog.updateMany({ data: { action: "tampered" } }),
      (tx) => tx.auditLog.deleteMany({}),
      (tx) => tx.$executeRawUnsafe(`DELETE FROM "AuditLog"`),
    ];
    for (const attempt of attempts) {
      await inRolledBackTransaction(async (tx) => {
        await expect(attempt(tx)).rejects.toThrow(/append-only/);
      });
    }
    expect(await getDb().auditLog.count()).toBe(before);
    expect(await getDb().auditLog.count({ where: { action: "tampered" } })).toBe(0);
  });
});
