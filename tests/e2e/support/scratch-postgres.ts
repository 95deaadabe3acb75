/**
 * A scratch PostgreSQL cluster of a test's own (initdb into a temp
 * directory, its own port), for fault tests that stop and start the server.
 * Never touches the machine's main cluster. Run as the `postgres` OS user
 * when the tests run as root (initdb refuses root).
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/** The bin directory of the newest installed PostgreSQL, or null. */
export function postgresBinDir(): string | null {
  const base = "/usr/lib/postgresql";
  if (!fs.existsSync(base)) return null;
  const versions = fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, "bin", "initdb"))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(base, versions[0], "bin") : null;
}

function osUser(name: string): { uid: number; gid: number } | null {
  const r = spawnSync("id", ["-u", name], { encoding: "utf8" });
  const g = spawnSync("id", ["-g", name], { encoding: "utf8" });
  return r.status === 0 && g.status === 0 ? { uid: Number(r.stdout.trim()), gid: Number(g.stdout.trim()) } : null;
}

/** Why a scratch cluster cannot be made here, or null when it can. */
export function scratchPostgresUnavailable(): string | null {
  if (!postgresBinDir()) return "PostgreSQL binaries (/usr/lib/postgresql/*/bin) are not installed";
  if (process.getuid?.() === 0 && (!osUser("postgres") || spawnSync("runuser", ["--help"]).status !== 0)) return "running as root without a `postgres` OS user and runuser";
  return null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export class ScratchPostgres {
  readonly dir: string;
  readonly port: number;
  private readonly bin: string;
  private readonly asPostgres: string[];

  private constructor(dir: string, port: number) {
    this.dir = dir;
    this.port = port;
    this.bin = postgresBinDir()!;
    this.asPostgres = process.getuid?.() === 0 ? ["runuser", "-u", "postgres", "--"] : [];
  }

  /** initdb (trust auth, user `postgres`) and start. */
  static async create(): Promise<ScratchPostgres> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "opora-scratch-pg-"));
    if (process.getuid?.() === 0) {
      const pgUser = osUser("postgres")!;
      fs.chownSync(dir, pgUser.uid, pgUser.gid);
    }
    const cluster = new ScratchPostgres(dir, await freePort());
    cluster.run("initdb", ["-D", path.join(dir, "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"]);
    cluster.start();
    return cluster;
  }

  get serverUrl(): string {
    return `postgresql://postgres@127.0.0.1:${this.port}/postgres`;
  }

  private run(tool: string, args: string[]): string {
    const [command, ...prefix] = [...this.asPostgres, path.join(this.bin, tool)];
    return execFileSync(command, [...prefix, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  }

  start(): void {
    const options = `-p ${this.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${this.dir} -c max_connections=50`;
    this.run("pg_ctl", ["-D", path.join(this.dir, "data"), "-l", path.join(this.dir, "server.log"), "-o", options, "-w", "-t", "60", "start"]);
  }

  /** A crash stop: the server processes end at once, uncommitted work is lost, committed work is in the WAL. */
  stopImmediate(): void {
    this.run("pg_ctl", ["-D", path.join(this.dir, "data"), "-m", "immediate", "-w", "stop"]);
  }

  /** Stops (if running) and removes the directory. */
  destroy(): void {
    try {
      this.run("pg_ctl", ["-D", path.join(this.dir, "data"), "-m", "immediate", "-w", "stop"]);
    } catch {
      // already stopped
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
