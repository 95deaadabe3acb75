/**
 * Embedded PostgreSQL: PGlite (Postgres 17 in wasm) served on the Postgres
 * wire protocol on 127.0.0.1, so the app, `prisma migrate deploy` and the
 * tests talk to it exactly as to PostgreSQL.
 *
 * PGlite has one backend: clients must use a single connection (pool max 1).
 * The process that hosts it must never block its event loop (spawn children
 * asynchronously), or it stops answering.
 */
import fs from "node:fs";
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedDb = {
  /** A `postgresql://` URL for clients (single connection). */
  url: string;
  port: number;
  stop(): Promise<void>;
};

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function serve(db: PGlite): Promise<EmbeddedDb> {
  await db.waitReady;
  const port = await freePort();
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port });
  await server.start();
  let stopped = false;
  return {
    port,
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}

/** Opens (or creates) the database in `dataDir` and serves it. */
export async function startPersistentPglite(dataDir: string): Promise<EmbeddedDb> {
  fs.mkdirSync(dataDir, { recursive: true });
  return serve(new PGlite(dataDir));
}

/** An in-memory database that disappears when stopped (tests, shadow DB). */
export async function startEphemeralPglite(): Promise<EmbeddedDb> {
  return serve(new PGlite());
}
