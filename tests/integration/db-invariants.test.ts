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
      const rows = await tx.$queryRawUnsafe<{ action: string }[]>(`SELECT "action" FROM "AuditLog" WHERE "id" = $1`, id);
      expect(rows).toEqual([{ action: "test.invariants" }]);
    });
  });
});
