import { afterEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { freePort } from "@/scripts/lib/pglite-server";

const holder = globalThis as { oporaDb?: unknown };

describe("GET /api/health", () => {
  const saved = { url: process.env.DATABASE_URL, db: holder.oporaDb };
  afterEach(() => {
    process.env.DATABASE_URL = saved.url;
    holder.oporaDb = saved.db;
  });

  it("answers 200 with the database up", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers 503 with db down when the database is unreachable", async () => {
    saved.db = holder.oporaDb;
    holder.oporaDb = undefined;
    process.env.DATABASE_URL = `postgresql://postgres@127.0.0.1:${await freePort()}/none?connect_timeout=1`;
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "error", db: "down" });
  });
});
