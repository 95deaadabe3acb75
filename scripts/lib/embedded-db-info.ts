/**
 * While `npm start` serves the embedded database, it records where in
 * `$OPORA_DATA_DIR/embedded-db.json` (URL and its process id), so that
 * command-line tools (`npm run token:create`) reach the same database
 * instead of opening its files a second time. Removed when it stops.
 */
import fs from "node:fs";
import path from "node:path";

export type EmbeddedDbInfo = { url: string; pid: number };

const fileOf = (dataDir: string) => path.join(dataDir, "embedded-db.json");

export function writeEmbeddedDbInfo(dataDir: string, url: string): void {
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(fileOf(dataDir), JSON.stringify({ url, pid: process.pid } satisfies EmbeddedDbInfo), { mode: 0o600 });
}

export function clearEmbeddedDbInfo(dataDir: string): void {
  fs.rmSync(fileOf(dataDir), { force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The running embedded database of `dataDir`, or null when none is running. */
export function readEmbeddedDbInfo(dataDir: string): EmbeddedDbInfo | null {
  try {
    const info = JSON.parse(fs.readFileSync(fileOf(dataDir), "utf8")) as EmbeddedDbInfo;
    return typeof info.url === "string" && Number.isInteger(info.pid) && alive(info.pid) ? info : null;
  } catch {
    return null;
  }
}
