/**
 * The embedded database must behave like PostgreSQL on the wire: a failed
 * statement (constraint violation) leaves the client usable, inside and
 * outside a transaction, and `pg`'s replacement connection after an error is
 * accepted. (Prisma inside a transaction, which needs the ReadyForQuery fix
 * of electric-sql/pglite#958, is covered by db-invariants.test.ts.)
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEphemeralPglite, type EmbeddedDb } from "@/scripts/lib/pglite-server";

let db: EmbeddedDb;
let pool: pg.Pool;

beforeAll(async () => {
  db = await startEphemeralPglite();
  pool = new pg.Pool({ connectionString: db.url, max: 1 });
  await pool.query("CREATE TABLE t (x int NOT NULL CHECK (x > 0), y text)");
});

afterAll(async () => {
  await pool.end();
  await db.stop();
});

describe("embedded PostgreSQL (PGlite over the wire protocol)", () => {
  it("recovers from a failed parameterised statement", async () => {
    await expect(pool.query("INSERT INTO t (y) VALUES ($1)", ["a"])).rejects.toThrow(/not-null/);
    expect((await pool.query("SELECT $1::int AS a", [5])).rows).toEqual([{ a: 5 }]);
  });

  it("keeps a transaction usable after a failure rolled back to a savepoint", async () => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("INSERT INTO t (x) VALUES ($1)", [1]);
      await client.query("SAVEPOINT s");
      await expect(client.query("INSERT INTO t (x) VALUES ($1)", [-1])).rejects.toThrow(/check constraint/);
      await client.query("ROLLBACK TO SAVEPOINT s");
      await client.query("INSERT INTO t (x) VALUES ($1)", [2]);
      await client.query("COMMIT");
    } finally {
      client.release();
    }
    expect((await pool.query("SELECT x FROM t ORDER BY x")).rows).toEqual([{ x: 1 }, { x: 2 }]);
  });

  it("rolls back a failed transaction and goes on", async () => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("INSERT INTO t (x) VALUES ($1)", [3]);
      await expect(client.query("INSERT INTO t (x) VALUES ($1)", [-3])).rejects.toThrow();
      await expect(client.query("SELECT 1")).rejects.toThrow(/aborted/);
      await client.query("ROLLBACK");
    } finally {
      client.release();
    }
    expect((await pool.query("SELECT count(*)::int AS n FROM t WHERE x = 3")).rows).toEqual([{ n: 0 }]);
  });
});
