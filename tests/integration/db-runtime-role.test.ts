/**
 * The runtime database role (scripts/sql/runtime-role.sql, decision 079)
 * against PostgreSQL (the TEST_DATABASE_URL pass; skipped on the embedded
 * PGlite, which has a single user).
 *
 * A scratch database `opora_role_*` is migrated as the server URL's user (the
 * owner), the script creates a unique role `opora_app_*` in it, and then,
 * connected as that role: the audit log takes INSERT but refuses UPDATE,
 * DELETE and TRUNCATE by privilege, its triggers and the table itself cannot
 * be disabled or dropped (not the owner), ordinary tables are writable, and
 * the app itself — the demo seed, a sign-in, a server action through
 * `mutate` — runs with it. The database and the role are dropped at the end.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizeCredentials } from "@/lib/auth/credentials";
import { getDb } from "@/lib/db/client";
import { setUserActiveAction } from "@/lib/features/users/actions";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-data";
import { adminQuery, withClient, withDatabase } from "@/scripts/lib/pg-admin";
import { signInAs } from "../support/session";

const serverUrl = process.env.TEST_DATABASE_URL;
const root = path.resolve(__dirname, "../..");

type Run = { code: number; output: string };

/** Runs a command asynchronously (never blocks the worker); output kept for the assertion messages. */
function run(command: string, args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: root, env: { ...process.env, CHECKPOINT_DISABLE: "1", ...env }, maxBuffer: 16 << 20 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

/** The error message of `sql`, or null when it succeeds. */
async function failure(client: pg.Client, sql: string): Promise<string | null> {
  try {
    await client.query(sql);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe.skipIf(!serverUrl)("the runtime database role on PostgreSQL", () => {
  const stamp = `${Date.now()}_${randomBytes(3).toString("hex")}`;
  const database = `opora_role_${stamp}`;
  const role = `opora_app_${stamp}`;
  const password = `pw'${randomBytes(6).toString("hex")}\\x`; // a quote and a backslash: the wrapper's quoting
  let ownerUrl: string;
  let runtimeUrl: string;
  const savedDatabaseUrl = process.env.DATABASE_URL;

  /** scripts/db-runtime-role.sh as the owner; the owner's URL with Prisma's parameters, as the app has it. */
  const roleScript = (name = role) =>
    run("bash", [path.join(root, "scripts", "db-runtime-role.sh"), name], {
      MIGRATE_DATABASE_URL: `${ownerUrl}?schema=public&connection_limit=5`,
      DATABASE_URL: "",
      OPORA_DB_RUNTIME_PASSWORD: password,
    });

  /** Every privilege of the role in the scratch database: tables, sequences, defaults, the database. */
  const acl = () =>
    withClient(ownerUrl, async (client) => {
      const rows = await client.query<{ what: string; acl: string }>(
        `SELECT c.relkind::text || ' ' || c.relname::text AS what, coalesce(array_to_string(array(
            SELECT a::text FROM unnest(c.relacl) a WHERE a::text LIKE $1 || '=%' ORDER BY 1), ','), '') AS acl
           FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'S')
         UNION ALL
         SELECT 'default ' || d.defaclobjtype::text, array_to_string(d.defaclacl, ',') FROM pg_default_acl d
         UNION ALL
         SELECT 'database', array_to_string(datacl, ',') FROM pg_database WHERE datname = current_database()
         ORDER BY 1`,
        [role],
      );
      return Object.fromEntries(rows.rows.map((r) => [r.what, r.acl]));
    });

  beforeAll(async () => {
    ownerUrl = withDatabase(serverUrl!, database);
    const u = new URL(ownerUrl);
    u.username = role;
    u.password = password;
    runtimeUrl = u.toString();
    await adminQuery(serverUrl!, `CREATE DATABASE "${database}"`);
    const migrate = await run(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { DATABASE_URL: ownerUrl });
    expect(migrate.code, migrate.output).toBe(0);
  });

  afterAll(async () => {
    const holder = globalThis as { oporaDb?: { $disconnect(): Promise<void> } };
    await holder.oporaDb?.$disconnect().catch(() => undefined);
    holder.oporaDb = undefined;
    process.env.DATABASE_URL = savedDatabaseUrl;
    await adminQuery(serverUrl!, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await adminQuery(serverUrl!, `DROP ROLE IF EXISTS "${role}"`);
    await adminQuery(serverUrl!, `DROP ROLE IF EXISTS "${role}_member"`);
  });

  it("the script creates the role; run again it changes nothing, and it narrows a widened audit grant back", async () => {
    const first = await roleScript();
    expect(first.output).toContain(`created role ${role}`);
    expect(first.code, first.output).toBe(0);
    const granted = await acl();
    expect(granted["r AuditLog"]).toMatch(new RegExp(`^${role}=ar/`)); // SELECT, INSERT
    expect(granted["r _prisma_migrations"]).toMatch(new RegExp(`^${role}=r/`)); // SELECT
    expect(granted["r User"]).toMatch(new RegExp(`^${role}=arwd/`)); // SELECT, INSERT, UPDATE, DELETE
    expect(granted["S AuditLog_id_seq"]).toMatch(new RegExp(`^${role}=rU/`)); // SELECT, USAGE
    expect(granted["default r"]).toMatch(new RegExp(`${role}=arwd/`));
    expect(granted["default S"]).toMatch(new RegExp(`${role}=rU/`));
    expect(granted.database).toMatch(new RegExp(`${role}=c/`)); // CONNECT

    const again = await roleScript();
    expect(again.code, again.output).toBe(0);
    expect(again.output).not.toContain("created role");
    expect(await acl()).toEqual(granted);

    // Someone widened the audit grant (or a migration recreated the table): the next run narrows it.
    await adminQuery(ownerUrl, `GRANT UPDATE, DELETE, TRUNCATE, TRIGGER ON "AuditLog" TO "${role}"`);
    const narrowed = await roleScript();
    expect(narrowed.code, narrowed.output).toBe(0);
    expect(await acl()).toEqual(granted);

    // The password reached the role intact (quote and backslash): it is SCRAM-hashed.
    const [stored] = await withClient(ownerUrl, async (c) => (await c.query(`SELECT rolpassword FROM pg_authid WHERE rolname = $1`, [role])).rows);
    expect(stored.rolpassword).toMatch(/^SCRAM-SHA-256\$/);
  });

  it("refuses a role that belongs to the owner of the tables, and changes nothing", async () => {
    const before = await acl();
    const owner = await withClient(ownerUrl, async (c) => (await c.query<{ u: string }>(`SELECT current_user AS u`)).rows[0].u);
    await adminQuery(ownerUrl, `CREATE ROLE "${role}_member" LOGIN; GRANT "${owner}" TO "${role}_member"`);
    const refused = await roleScript(`${role}_member`);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain("is, or is a member of, the owner");
    const missing = await run("bash", [path.join(root, "scripts", "db-runtime-role.sh")], { MIGRATE_DATABASE_URL: ownerUrl, OPORA_DB_RUNTIME_ROLE: "" });
    expect(missing.code).toBe(2);
    expect(await acl()).toEqual(before);
  });

  it("as the runtime role the audit log is append-only by privilege, and owner-only statements are refused", async () => {
    await withClient(runtimeUrl, async (client) => {
      expect((await client.query<{ u: string }>(`SELECT current_user AS u`)).rows[0].u).toBe(role);
      const inserted = await client.query<{ id: string }>(`INSERT INTO "AuditLog" ("action") VALUES ('runtime_role.test') RETURNING "id"`);
      expect(inserted.rows).toHaveLength(1);

      expect(await failure(client, `UPDATE "AuditLog" SET "action" = 'tampered'`)).toMatch(/permission denied for table AuditLog/);
      expect(await failure(client, `DELETE FROM "AuditLog"`)).toMatch(/permission denied for table AuditLog/);
      expect(await failure(client, `TRUNCATE "AuditLog"`)).toMatch(/permission denied for table AuditLog/);
      expect(await failure(client, `ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_append_only"`)).toMatch(/must be owner of table AuditLog/);
      expect(await failure(client, `ALTER TABLE "AuditLog" DISABLE TRIGGER ALL`)).toMatch(/must be owner of table AuditLog/);
      expect(await failure(client, `DROP TRIGGER "AuditLog_no_truncate" ON "AuditLog"`)).toMatch(/must be owner of (table|relation) AuditLog/);
      expect(await failure(client, `DROP TABLE "AuditLog"`)).toMatch(/must be owner of table AuditLog/);
      expect(await failure(client, `DROP FUNCTION "audit_log_append_only"() CASCADE`)).toMatch(/must be owner of function audit_log_append_only/);
      expect(await failure(client, `CREATE TABLE "Scratch" ("id" int)`)).toMatch(/permission denied for schema public/);
      expect(await failure(client, `TRUNCATE "Notification"`)).toMatch(/permission denied for table Notification/);
      expect(await failure(client, `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name") VALUES ('x', 'x', 'x')`)).toMatch(/permission denied/);
      expect((await client.query(`SELECT count(*)::int AS n FROM "_prisma_migrations"`)).rows[0].n).toBeGreaterThan(0);

      // The row is still there, unchanged.
      const row = await client.query(`SELECT "action" FROM "AuditLog" WHERE "id" = $1`, [inserted.rows[0].id]);
      expect(row.rows[0].action).toBe("runtime_role.test");

      // Ordinary tables: read and write.
      expect(await failure(client, `INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES ('runtime_role.test', '1', now())`)).toBeNull();
      expect(await failure(client, `UPDATE "Setting" SET "value" = '2' WHERE "key" = 'runtime_role.test'`)).toBeNull();
      expect(await failure(client, `DELETE FROM "Setting" WHERE "key" = 'runtime_role.test'`)).toBeNull();
    });
  });

  it("a table a later migration creates is writable at once (default privileges); the audit log stays narrowed", async () => {
    await adminQuery(ownerUrl, `CREATE TABLE "LaterTable" ("id" serial PRIMARY KEY, "note" text)`);
    await withClient(runtimeUrl, async (client) => {
      expect(await failure(client, `INSERT INTO "LaterTable" ("note") VALUES ('a')`)).toBeNull();
      expect(await failure(client, `UPDATE "LaterTable" SET "note" = 'b'`)).toBeNull();
      expect(await failure(client, `DELETE FROM "LaterTable"`)).toBeNull();
      expect(await failure(client, `UPDATE "AuditLog" SET "action" = 'tampered'`)).toMatch(/permission denied/);
    });
    await adminQuery(ownerUrl, `DROP TABLE "LaterTable"`);
  });

  it("the app runs as the runtime role: the demo seed, a sign-in, a server action with its audit row", async () => {
    // The seed writes every kind of row through the app's Prisma client.
    const seed = await run(path.join(root, "node_modules", ".bin", "tsx"), ["prisma/seed/index.ts"], { DATABASE_URL: runtimeUrl });
    expect(seed.code, seed.output).toBe(0);
    // `prisma migrate deploy` with nothing pending only reads: an instance migrating on start as this role still starts.
    const deploy = await run(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { DATABASE_URL: runtimeUrl });
    expect(deploy.code, deploy.output).toBe(0);
    expect(deploy.output).toContain("No pending migrations");

    // From here on the app's own client (lib/db/client) connects as the runtime role.
    const holder = globalThis as { oporaDb?: { $disconnect(): Promise<void> } };
    await holder.oporaDb?.$disconnect();
    holder.oporaDb = undefined;
    process.env.DATABASE_URL = runtimeUrl;
    const db = getDb();
    const [who] = await db.$queryRaw<{ u: string }[]>`SELECT current_user::text AS u`;
    expect(who.u).toBe(role);

    // Sign-in: advisory locks, the attempt rows, an audit row.
    const user = await authorizeCredentials({ email: "admin@opora.demo", password: DEMO_PASSWORD }, new Headers({ "x-forwarded-for": "198.51.100.7" }));
    expect(await db.auditLog.count({ where: { action: "auth.sign_in", actorId: user.id } })).toBe(1);

    // A server action: permission, scope, optimistic lock, the change and its audit row in one transaction.
    const teacher = await db.user.findUniqueOrThrow({ where: { email: "teacher@opora.demo" } });
    await signInAs("admin@opora.demo");
    const result = await setUserActiveAction({ userId: teacher.id, active: false, version: teacher.version });
    expect(result.data).toEqual({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: teacher.id } })).active).toBe(false);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.deactivate", entityId: teacher.id } });
    expect(audit.actorRole).toBe("admin");

    // And the app's client cannot rewrite what it wrote.
    await expect(db.auditLog.deleteMany({ where: { id: audit.id } })).rejects.toThrow(/permission denied/);
    await expect(db.auditLog.updateMany({ where: { id: audit.id }, data: { action: "tampered" } })).rejects.toThrow(/permission denied/);
  }, 180_000);
});
