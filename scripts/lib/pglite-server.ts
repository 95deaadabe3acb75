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

/** Frontend message types of the extended query protocol. */
const EXTENDED = new Set([0x50 /* Parse */, 0x42 /* Bind */, 0x44 /* Describe */, 0x45 /* Execute */, 0x43 /* Close */, 0x48 /* Flush */]);
const ERROR_RESPONSE = 0x45;
const READY_FOR_QUERY = 0x5a;

/** Splits backend bytes into whole messages (type byte + int32 length). */
function backendMessages(bytes: Uint8Array): Uint8Array[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Uint8Array[] = [];
  for (let at = 0; at + 5 <= bytes.length; ) {
    const end = at + 1 + view.getInt32(at + 1);
    out.push(bytes.subarray(at, end));
    at = end;
  }
  return out;
}

/**
 * electric-sql/pglite#958: when an extended-protocol message fails, PGlite
 * answers ErrorResponse + ReadyForQuery at once, before the client's Sync.
 * PostgreSQL instead discards messages until Sync and answers that Sync with
 * the one ReadyForQuery. The premature one desynchronises `pg` ("Connection
 * terminated unexpectedly") on every constraint violation. Restore the
 * PostgreSQL behaviour around `execProtocolRawStream`, which pglite-socket
 * calls once per frontend message.
 */
function restoreExtendedProtocolErrors(db: PGlite): void {
  const original = db.execProtocolRawStream.bind(db);
  let discardUntilSync = false;
  db.execProtocolRawStream = async (message, options) => {
    const type = message[0];
    if (discardUntilSync) {
      if (EXTENDED.has(type)) return;
      // Sync ends the error state; so does anything else (a simple query, or
      // a new connection's startup after the failing one dropped): the flag
      // is shared by the server's connections.
      discardUntilSync = false;
      return original(message, options);
    }
    if (!EXTENDED.has(type)) return original(message, options);
    const chunks: Uint8Array[] = [];
    await original(message, { ...options, onRawData: (chunk: Uint8Array) => void chunks.push(chunk.slice()) });
    const total = chunks.reduce((n, c) => n + c.length, 0);
    const bytes = new Uint8Array(total);
    chunks.reduce((at, c) => (bytes.set(c, at), at + c.length), 0);
    let reply = bytes;
    const messages = backendMessages(bytes);
    if (messages.some((m) => m[0] === ERROR_RESPONSE)) {
      discardUntilSync = true;
      const kept = messages.filter((m) => m[0] !== READY_FOR_QUERY);
      reply = new Uint8Array(kept.reduce((n, m) => n + m.length, 0));
      kept.reduce((at, m) => (reply.set(m, at), at + m.length), 0);
    }
    if (reply.length > 0) options?.onRawData?.(reply);
  };
}

async function serve(db: PGlite): Promise<EmbeddedDb> {
  await db.waitReady;
  restoreExtendedProtocolErrors(db);
  const port = await freePort();
  // Clients use one connection at a time (pool max 1), but `pg` replaces a
  // connection after a query error, and the new one may arrive before the
  // old socket has closed: with the default limit of 1 it would be refused.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 4 });
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
