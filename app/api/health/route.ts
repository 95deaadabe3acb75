import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for load balancers and monitoring. */
export async function GET() {
  try {
    await Promise.race([
      getDb().$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 3_000)),
    ]);
    return Response.json({ status: "ok", db: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ status: "error", db: "down" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
