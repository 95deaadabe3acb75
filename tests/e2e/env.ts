/**
 * What the e2e specs share with tests/e2e/server.ts: the AUTH_SECRET the
 * server signs session cookies with (so that a spec can forge an expired
 * one), and the file the server's stdout and stderr are copied to (so that a
 * spec can check what was logged).
 */
import path from "node:path";

export const E2E_PORT = process.env.E2E_PORT || "3100";
export const E2E_AUTH_SECRET = process.env.AUTH_SECRET || "e2e-only-auth-secret-not-for-production-0123456789";
export const E2E_SERVER_LOG = path.resolve(__dirname, "../..", ".data", `e2e-server-${E2E_PORT}.log`);
