/**
 * The HTTP part of `npm run bench`: `next start` (production build; `next
 * build` first when the sources changed since the last build, as `npm
 * start` decides) on BENCH_PORT (default 3240) over the bench database, five
 * people of municipality 0 signed in through the real credentials endpoint
 * (each with their own session cookie), then autocannon with mixed traffic:
 * per role nine page views (home, roadmap, monitor, …) and one write — the
 * server action that marks a notification read, posted as the browser posts
 * it (`Next-Action` header, a different notification each time), with its
 * audit row — i.e. one write in ten. Latencies are recorded per response
 * (p50/p95/p99 computed here; autocannon itself reports no p95).
 *
 * The soak runs the same traffic for BENCH_SOAK_MINUTES (default 10) and
 * samples the RSS of the server's process tree every 10 s; growth is the
 * last sample against the first after BENCH_SOAK_WARMUP_S (default 60).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import type { Db } from "../lib/db/client";
import { BENCH_PASSWORD, LOAD_USERS, REGION } from "./bench-region";
import { buildFingerprint } from "./lib/build-fingerprint";

const root = path.resolve(__dirname, "..");
const PORT = Number(process.env.BENCH_PORT ?? 3240);
const BASE = `http://127.0.0.1:${PORT}`;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const SOAK_MINUTES = Number(process.env.BENCH_SOAK_MINUTES ?? 10);
const SOAK_WARMUP_S = Number(process.env.BENCH_SOAK_WARMUP_S ?? 60);
const SOAK_CONNECTIONS = Number(process.env.BENCH_SOAK_CONNECTIONS ?? CONNECTIONS);

type Role = keyof typeof LOAD_USERS;
const ROLES = Object.keys(LOAD_USERS) as Role[];
/** Municipality 0 of the regional set: cycle rc-0, school rs-0 (code rb00000). */
const READS: Record<Role, string[]> = {
  coordinator: ["/", "/cycles/rc-0/monitor", "/schools/rb00000/roadmap", "/dashboard"],
  curator: ["/", "/schools/rb00000/roadmap", "/dashboard"],
  school_admin: ["/", "/schools/rb00000/roadmap", "/schools/rb00000/documents"],
  teacher: ["/", "/iom", "/notifications"],
  tutor: ["/", "/consultations"],
};
const USER_IDS: Record<Role, string> = { coordinator: "ru-co-0", curator: "ru-cu-0", school_admin: "ru-sa-0", teacher: "ru-te-0", tutor: "ru-tu-0" };

const log = (line: string) => console.log(line);

/** RSS in bytes of a process and all its descendants (Linux /proc). */
export function treeRss(pid: number): number {
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      for (const task of fs.readdirSync(`/proc/${p}/task`)) {
        const children = fs.readFileSync(`/proc/${p}/task/${task}/children`, "utf8").trim();
        if (children) stack.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // gone
    }
  }
  return total;
}

function ensureBuild(env: NodeJS.ProcessEnv) {
  const fingerprint = buildFingerprint(root);
  const stamp = path.join(root, ".next", "opora-build-fingerprint");
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === fingerprint) {
    log("next build: up to date");
    return 0;
  }
  log("next build (the sources changed since the last build)…");
  const t0 = Date.now();
  const r = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, env: { ...env, NODE_ENV: "production" }, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error("next build failed");
  fs.writeFileSync(stamp, fingerprint);
  return Date.now() - t0;
}

async function startServer(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  fs.mkdirSync(path.join(root, "bench"), { recursive: true });
  const out = fs.openSync(path.join(root, "bench", "server.log"), "w");
  // BENCH_PROFILE=1: a V8 CPU profile of the server, written to bench/profile/ when it stops
  // (open it in Chrome DevTools → Performance, or summarise it with scripts/cpu-profile-top.ts).
  const args = ["start", "-p", String(PORT), "-H", "127.0.0.1"];
  const profileDir = path.join(root, "bench", "profile");
  const [command, argv] = process.env.BENCH_PROFILE
    ? [process.execPath, ["--cpu-prof", "--cpu-prof-dir", profileDir, path.join(root, "node_modules/next/dist/bin/next"), ...args]]
    : [path.join(root, "node_modules/.bin/next"), args];
  const child = spawn(command, argv, {
    cwd: root,
    env: { ...env, NODE_ENV: "production", AUTH_SECRET: crypto.randomBytes(32).toString("base64url"), AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "warn" },
    stdio: ["ignore", out, out],
  });
  for (let i = 0; i < 120; i += 1) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}); see bench/server.log`);
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return child;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill("SIGTERM");
  throw new Error("next start did not answer /api/health within 60 s");
}

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]);
}

/** Signs in through next-auth's credentials endpoint; returns the session cookie. */
async function signIn(email: string): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookiesOf(csrf).join("; "), Origin: BASE },
    body: new URLSearchParams({ email, password: BENCH_PASSWORD, csrfToken, callbackUrl: `${BASE}/` }),
  });
  const session = cookiesOf(res).find((c) => /session-token=./.test(c));
  if (!session) throw new Error(`bench: sign-in of ${email} failed (${res.status} ${res.headers.get("location")})`);
  return session;
}

/** The id of the notification-read server action, from the client chunks of the build. */
function markReadActionId(): string {
  const dir = path.join(root, ".next", "static", "chunks");
  const pattern = /createServerReference\)\("([0-9a-f]{40,})",[^"]*?"markNotificationReadAction"/;
  const walk = (d: string): string | undefined => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) {
        const found = walk(full);
        if (found) return found;
      } else if (entry.name.endsWith(".js")) {
        const m = pattern.exec(fs.readFileSync(full, "utf8"));
        if (m) return m[1];
      }
    }
  };
  const id = walk(dir);
  if (!id) throw new Error("bench: markNotificationReadAction not found in the build");
  return id;
}

type Traffic = { requests: autocannon.Request[]; describe: string };

function traffic(cookies: Record<Role, string>, actionId: string, writes: Record<Role, number>): Traffic {
  // The mix: 10 slots per role, interleaved (slots 0–8 page views, slot 9 the
  // write), 50 in all. autocannon starts every connection at the top of its
  // `requests` list, so a slow server would see only the first few slots;
  // instead one request entry takes the next slot of a sequence shared by all
  // connections, and the server sees exactly this mix whatever its speed.
  const sequence: { role: Role; path?: string }[] = [];
  for (let slot = 0; slot < 10; slot += 1) {
    for (const role of ROLES) sequence.push(slot < 9 ? { role, path: READS[role][slot % READS[role].length] } : { role });
  }
  let next = 0;
  const request = (): autocannon.Request => {
    const { role, path: p } = sequence[next++ % sequence.length];
    if (p) return { method: "GET", path: p, headers: { Cookie: cookies[role], Accept: "text/html" } };
    const n = writes[role]++ % REGION.notificationsPerLoadUser;
    return {
      method: "POST",
      path: "/notifications",
      headers: { Cookie: cookies[role], Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8", "Next-Action": actionId, Origin: BASE },
      body: JSON.stringify([{ notificationId: `rno-${USER_IDS[role]}-${n}` }]),
    };
  };
  const requests: autocannon.Request[] = [{ setupRequest: (req) => ({ ...req, ...request() }) }];
  return { requests, describe: ROLES.map((r) => `${r}: ${READS[r].join(" ")} + mark read`).join("; ") };
}

type LoadResult = {
  seconds: number;
  connections: number;
  requests: number;
  rps: number;
  latency: { p50: number; p95: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statuses: Record<string, number>;
  met?: boolean;
};

async function cannon(t: Traffic, seconds: number, connections: number, onTick?: () => void): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  // Without a callback autocannon returns its tracker (an EventEmitter) made thenable.
  const instance = autocannon({ url: BASE, connections, duration: seconds, requests: t.requests, timeout: 30 }) as unknown as autocannon.Instance & Promise<autocannon.Result>;
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
  });
  const tick = onTick ? setInterval(onTick, 10_000) : undefined;
  const result = await instance;
  if (tick) clearInterval(tick);
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return {
    seconds,
    connections,
    requests: latencies.length,
    rps: latencies.length / result.duration,
    latency: { p50: at(50), p95: at(95), p99: at(99), max: latencies[latencies.length - 1] ?? 0 },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statuses,
  };
}

export async function benchHttp(db: Db, env: NodeJS.ProcessEnv, which: { load: boolean; soak: boolean }) {
  const buildMs = ensureBuild(env);
  const server = await startServer(env);
  const out: Record<string, unknown> = { http: { port: PORT, buildMs } };
  try {
    const cookies = {} as Record<Role, string>;
    for (const role of ROLES) cookies[role] = await signIn(LOAD_USERS[role]);
    const actionId = markReadActionId();

    // Preflight: every page answers 200 to its role, and the write really writes.
    // A page that does not answer 200 is left out of the mix (and reported), not measured as an error.
    const excluded: string[] = [];
    for (const role of ROLES) {
      for (const p of [...READS[role]]) {
        const res = await fetch(`${BASE}${p}`, { headers: { Cookie: cookies[role] }, redirect: "manual" });
        await res.arrayBuffer();
        if (res.status !== 200) {
          excluded.push(`${role} ${p} → ${res.status}`);
          READS[role] = READS[role].filter((x) => x !== p);
        }
      }
      if (READS[role].length === 0) throw new Error(`bench preflight: no page answers 200 to ${role}`);
    }
    if (excluded.length) log(`preflight: left out of the mix — ${excluded.join("; ")}`);
    (out.http as Record<string, unknown>).excluded = excluded;
    const probe = `rno-${USER_IDS.teacher}-${REGION.notificationsPerLoadUser - 1}`;
    const res = await fetch(`${BASE}/notifications`, {
      method: "POST",
      headers: { Cookie: cookies.teacher, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8", "Next-Action": actionId, Origin: BASE },
      body: JSON.stringify([{ notificationId: probe }]),
    });
    await res.arrayBuffer();
    const marked = await db.notification.findUniqueOrThrow({ where: { id: probe }, select: { readAt: true } });
    if (res.status !== 200 || !marked.readAt) throw new Error(`bench preflight: the mark-read action answered ${res.status}, readAt ${marked.readAt}`);
    const writes = { coordinator: 0, curator: 0, school_admin: 0, teacher: 0, tutor: 0 };
    const t = traffic(cookies, actionId, writes);
    log(`\nHTTP: next start on ${BASE}, pid ${server.pid}; traffic — ${t.describe}`);

    if (which.load) {
      const rssBefore = treeRss(server.pid!);
      await cannon(t, 10, CONNECTIONS); // warm-up
      const load = await cannon(t, LOAD_SECONDS, CONNECTIONS);
      load.met = load.rps >= 200 && load.latency.p95 <= 500 && load.errors === 0 && load.timeouts === 0 && load.non2xx === 0;
      const audit = await db.auditLog.count({ where: { action: "notification.read" } });
      log(`\nLoad test: ${LOAD_SECONDS} s, ${CONNECTIONS} connections, five roles, one write in ten — target ≥ 200 req/s, p95 ≤ 500 ms, 0 errors`);
      log(`${"req/s".padStart(8)}${"p50".padStart(8)}${"p95".padStart(8)}${"p99".padStart(8)}${"max".padStart(8)}${"errors".padStart(8)}${"non2xx".padStart(8)}  target`);
      log(
        `${load.rps.toFixed(1).padStart(8)}${load.latency.p50.toFixed(0).padStart(8)}${load.latency.p95.toFixed(0).padStart(8)}${load.latency.p99.toFixed(0).padStart(8)}${load.latency.max.toFixed(0).padStart(8)}${String(load.errors + load.timeouts).padStart(8)}${String(load.non2xx).padStart(8)}  ${load.met ? "met" : "MISSED"}`,
      );
      log(`statuses ${JSON.stringify(load.statuses)}; ${load.requests} requests; notification.read audit rows so far ${audit}; RSS ${(rssBefore / 2 ** 20).toFixed(0)} → ${(treeRss(server.pid!) / 2 ** 20).toFixed(0)} MB`);
      out.load = { ...load, writes: { ...writes }, auditRows: audit };
    }

    if (which.soak) {
      const samples: { s: number; rssMb: number }[] = [];
      const t0 = Date.now();
      const sample = () => samples.push({ s: Math.round((Date.now() - t0) / 1000), rssMb: treeRss(server.pid!) / 2 ** 20 });
      sample();
      log(`\nSoak: ${SOAK_MINUTES} min, ${SOAK_CONNECTIONS} connections, RSS of the next start process tree every 10 s…`);
      const soak = await cannon(t, SOAK_MINUTES * 60, SOAK_CONNECTIONS, sample);
      sample();
      const warm = samples.find((x) => x.s >= SOAK_WARMUP_S) ?? samples[0];
      const end = samples[samples.length - 1];
      const growth = (end.rssMb - warm.rssMb) / warm.rssMb;
      const peak = Math.max(...samples.map((x) => x.rssMb));
      const met = growth <= 0.1;
      log(`${"start MB".padStart(10)}${"warm MB".padStart(10)}${"end MB".padStart(10)}${"peak MB".padStart(10)}${"growth".padStart(9)}${"req/s".padStart(8)}${"p95".padStart(7)}${"errors".padStart(8)}  target ≤ 10 %`);
      log(
        `${samples[0].rssMb.toFixed(0).padStart(10)}${warm.rssMb.toFixed(0).padStart(10)}${end.rssMb.toFixed(0).padStart(10)}${peak.toFixed(0).padStart(10)}${`${(growth * 100).toFixed(1)} %`.padStart(9)}${soak.rps.toFixed(1).padStart(8)}${soak.latency.p95.toFixed(0).padStart(7)}${String(soak.errors + soak.timeouts + soak.non2xx).padStart(8)}  ${met ? "met" : "MISSED"}`,
      );
      log(`RSS samples (s:MB): ${samples.map((x) => `${x.s}:${x.rssMb.toFixed(0)}`).join(" ")}`);
      out.soak = { minutes: SOAK_MINUTES, warmupS: SOAK_WARMUP_S, samples, warmMb: warm.rssMb, endMb: end.rssMb, peakMb: peak, growth, met, traffic: soak };
    }
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => (server.exitCode !== null ? r(null) : server.once("exit", r)));
  }
  return out;
}
