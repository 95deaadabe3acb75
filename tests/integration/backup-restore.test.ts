/**
 * scripts/backup.sh and scripts/restore.sh against PostgreSQL (the
 * TEST_DATABASE_URL pass of CI; skipped on the embedded PGlite, which
 * pg_dump cannot read over its single-connection socket).
 *
 * The source is the integration test database (migrated, seeded, plus what
 * earlier files wrote); it is backed up, restored into a scratch database
 * `opora_restore_*`, and compared table by table: row counts and an md5 of
 * every table's rows, sequence positions, the audit table's append-only
 * trigger. The evidence files go through the same round trip.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { adminQuery, withClient, withDatabase } from "@/scripts/lib/pg-admin";

const serverUrl = process.env.TEST_DATABASE_URL;
const root = path.resolve(__dirname, "../..");

type Run = { code: number; stdout: string; stderr: string };

function sh(script: string, args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    execFile("bash", [path.join(root, "scripts", script), ...args], { cwd: root, env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Per table: row count and an md5 of all its rows in a stable order. */
async function fingerprint(url: string): Promise<Record<string, { rows: number; md5: string }>> {
  return withClient(url, async (client) => {
    const tables = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const result: Record<string, { rows: number; md5: string }> = {};
    for (const { name } of tables.rows) {
      const q = `"${name.replace(/"/g, '""')}"`;
      const row = await client.query<{ rows: string; md5: string | null }>(
        `SELECT count(*)::text AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM ${q} t`,
      );
      result[name] = { rows: Number(row.rows[0].rows), md5: row.rows[0].md5 ?? "" };
    }
    return result;
  });
}

async function sequences(url: string): Promise<Record<string, string>> {
  return withClient(url, async (client) => {
    const rows = await client.query<{ name: string; last: string | null }>(
      `SELECT sequencename AS name, last_value::text AS last FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
    );
    return Object.fromEntries(rows.rows.map((r) => [r.name, r.last ?? "null"]));
  });
}

function listFiles(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = fs.readFileSync(full).toString("base64");
    }
  };
  walk(dir);
  return out;
}

describe.skipIf(!serverUrl)("backup.sh and restore.sh on PostgreSQL", () => {
  const stamp = `${Date.now()}_${randomBytes(3).toString("hex")}`;
  const target = `opora_restore_${stamp}`;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "opora-backup-"));
  const filesDir = path.join(work, "files");
  const restoredFilesDir = path.join(work, "restored-files");
  const outDir = path.join(work, "out");
  let source: string;
  let targetUrl: string;
  let dump: string;
  let archive: string;

  beforeAll(async () => {
    source = inject("databaseUrl");
    targetUrl = withDatabase(serverUrl!, target);
    await adminQuery(serverUrl!, `CREATE DATABASE "${target}"`);
    for (const [key, bytes] of [
      ["2026/11/" + "a1".repeat(16), randomBytes(5000)],
      ["2026/12/" + "b2".repeat(16), Buffer.from("%PDF-1.7 Приказ")],
    ] as const) {
      fs.mkdirSync(path.join(filesDir, path.dirname(key)), { recursive: true });
      fs.writeFileSync(path.join(filesDir, key), bytes);
    }
    fs.writeFileSync(path.join(filesDir, "2026/12/unfinished.123.tmp"), "half");
  });

  afterAll(async () => {
    await adminQuery(serverUrl!, `DROP DATABASE IF EXISTS "${target}" WITH (FORCE)`);
    fs.rmSync(work, { recursive: true, force: true });
  });

  it("backup.sh writes a timestamped dump, a files archive and their checksums", async () => {
    const run = await sh("backup.sh", [outDir], { DATABASE_URL: `${source}?schema=public&connection_limit=5`, OPORA_FILES_DIR: filesDir, OPORA_STORAGE: "local" });
    expect(run.stderr + run.stdout).toContain("backup: done");
    expect(run.code).toBe(0);
    const names = fs.readdirSync(outDir).sort();
    expect(names).toHaveLength(3);
    dump = path.join(outDir, names.find((n) => /^opora-db-\d{8}T\d{6}Z\.dump$/.test(n))!);
    archive = path.join(outDir, names.find((n) => /^opora-files-\d{8}T\d{6}Z\.tar\.gz$/.test(n))!);
    expect(fs.readFileSync(dump).subarray(0, 5).toString()).toBe("PGDMP"); // custom format
    expect(names.some((n) => /^opora-\d{8}T\d{6}Z\.sha256$/.test(n))).toBe(true);
  });

  it("restore.sh rebuilds the database exactly: every table's rows, sequences, the audit trigger", async () => {
    const run = await sh("restore.sh", ["--files", archive, dump, targetUrl], { OPORA_FILES_DIR: restoredFilesDir });
    expect(run.stderr + run.stdout).toContain("restore: done");
    expect(run.code).toBe(0);

    const [before, after] = await Promise.all([fingerprint(source), fingerprint(targetUrl)]);
    expect(Object.keys(before).length).toBeGreaterThan(20);
    expect(before.User.rows).toBeGreaterThan(0);
    expect(before.AuditLog.rows).toBeGreaterThan(0);
    expect(after).toEqual(before);
    expect(await sequences(targetUrl)).toEqual(await sequences(source));

    await withClient(targetUrl, async (client) => {
      await expect(client.query(`UPDATE "AuditLog" SET action = 'tampered'`)).rejects.toThrow();
      const migrations = await client.query(`SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`);
      expect(migrations.rows[0].n).toBeGreaterThan(0);
    });
  });

  it("the evidence files come back byte for byte (unfinished uploads left out)", () => {
    const original = listFiles(filesDir);
    delete original["2026/12/unfinished.123.tmp"];
    expect(listFiles(restoredFilesDir)).toEqual(original);
  });

  it("refuses a non-empty target without --force, and replaces it with --force", async () => {
    const refused = await sh("restore.sh", [dump, targetUrl], {});
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain("not empty");

    await withClient(targetUrl, (client) => client.query(`DELETE FROM "Notification"`));
    const forced = await sh("restore.sh", ["--force", dump, targetUrl], {});
    expect(forced.stderr + forced.stdout).toContain("restore: done");
    expect(forced.code).toBe(0);
    expect(await fingerprint(targetUrl)).toEqual(await fingerprint(source));
  });

  it("refuses a dump that does not match its checksum", async () => {
    const copyDir = path.join(work, "corrupt");
    fs.cpSync(outDir, copyDir, { recursive: true });
    const copy = path.join(copyDir, path.basename(dump));
    const bytes = fs.readFileSync(copy);
    bytes[bytes.length - 10] ^= 0xff;
    fs.writeFileSync(copy, bytes);
    const run = await sh("restore.sh", ["--force", copy, targetUrl], {});
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("checksum mismatch");
  });
});
