/**
 * Prisma CLI configuration: Prisma 6.19 with the JavaScript (wasm) schema
 * engine over the `pg` driver adapter, so `generate` and `migrate` never
 * download native engines (see docs/decisions/001-prisma-js-engine.md).
 *
 * Everything below runs in the CLI process only, never in the app.
 */
import path from "node:path";
import { defineConfig } from "prisma/config";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

// `generate` reads the datasource url but never connects; without a value the
// CLI falls back to downloading a native query engine.
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/opora_placeholder";
process.env.CHECKPOINT_DISABLE ??= "1";

// 1. prisma/orm#27403: introspection returns pg_catalog columns of type
//    "char" (18), name (19) and their arrays (1002, 1003) that the adapter
//    cannot map. Present them as text / text[] before the result is built.
const TEXT_OID = 25;
const TEXT_ARRAY_OID = 1009;
const remap: Record<number, number> = { 18: TEXT_OID, 19: TEXT_OID, 1002: TEXT_ARRAY_OID, 1003: TEXT_ARRAY_OID };
type Field = { dataTypeID: number };
const resultProto = (pg as unknown as { Result: { prototype: { addFields(fields: Field[]): void } } }).Result.prototype;
const addFields = resultProto.addFields;
resultProto.addFields = function patchedAddFields(fields: Field[]) {
  for (const field of fields) {
    const mapped = remap[field.dataTypeID];
    if (mapped) field.dataTypeID = mapped;
  }
  return addFields.call(this, fields);
};

// 2. The wasm engine leaves 10 s and 60 s timers pending, so the CLI would
//    hang for a minute after finishing: long timers must not keep it alive.
for (const name of ["setTimeout", "setInterval"] as const) {
  const original = globalThis[name] as (...args: unknown[]) => { unref?: () => void };
  (globalThis as Record<string, unknown>)[name] = (handler: unknown, ms?: number, ...rest: unknown[]) => {
    const timer = original(handler, ms, ...rest);
    if (typeof ms === "number" && ms >= 10_000) timer?.unref?.();
    return timer;
  };
}

/**
 * 3. Discrete connection fields, not a connection string: with a string the
 *    adapter's "shadow" database would be the main database.
 */
function poolConfig(url: string): pg.PoolConfig {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username || "postgres"),
    password: decodeURIComponent(u.password || ""),
    database: decodeURIComponent(u.pathname.replace(/^\//, "") || "postgres"),
    max: 1,
  };
}

/**
 * 5. The adapter's `executeScript` splits a migration on every ";", which
 *    breaks comments and function bodies. Send each migration script whole
 *    (the simple query protocol runs several statements), as psql would.
 */
type ScriptRunner = { executeScript(script: string): Promise<void>; underlyingDriver(): pg.Pool };
function runScriptsWhole<T extends ScriptRunner>(adapter: T): T {
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      (adapter as unknown as { onError(e: unknown): never }).onError(error);
    }
  };
  return adapter;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const main = poolConfig(process.env.DATABASE_URL!);
    const adapter = new PrismaPg(main);
    const connect = adapter.connect.bind(adapter);
    adapter.connect = async () => runScriptsWhole(await connect());
    // 4. PGlite serves a single database, so `migrate dev` against the
    //    embedded database gets a throw-away in-memory PGlite as its shadow.
    if (process.env.OPORA_EMBEDDED_DB === "1") {
      adapter.connectToShadowDb = async () => {
        const { startEphemeralPglite } = await import("./scripts/lib/pglite-server");
        const shadow = await startEphemeralPglite();
        const shadowAdapter = runScriptsWhole(await new PrismaPg(poolConfig(shadow.url)).connect());
        const dispose = shadowAdapter.dispose.bind(shadowAdapter);
        shadowAdapter.dispose = async () => {
          await dispose();
          await shadow.stop();
        };
        return shadowAdapter;
      };
    }
    else {
      const connectShadow = adapter.connectToShadowDb.bind(adapter);
      adapter.connectToShadowDb = async () => runScriptsWhole(await connectShadow());
    }
    return adapter;
  },
});
