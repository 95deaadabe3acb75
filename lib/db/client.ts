/**
 * The one Prisma client of the app, over the `pg` driver adapter.
 *
 * `DATABASE_URL` names the database (embedded PGlite or PostgreSQL);
 * `DB_POOL_MAX` caps the pool: PGlite has a single backend, so the start
 * script sets it to 1; PostgreSQL defaults to 10 per app instance.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

function createClient() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  const max = Number(process.env.DB_POOL_MAX ?? 10);
  const adapter = new PrismaPg({
    connectionString,
    max,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}

export type Db = ReturnType<typeof createClient>;
/** A transaction client or the base client: domain functions accept either. */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForDb = globalThis as unknown as { oporaDb?: Db };

/** Created lazily so that importing this module never needs a database. */
export function getDb(): Db {
  globalForDb.oporaDb ??= createClient();
  return globalForDb.oporaDb;
}

export { Prisma } from "./generated/client";
