/** Demo mode: the embedded database (set by `npm start`) or `DEMO=1`. */
export function isDemoMode(): boolean {
  return process.env.DEMO === "1";
}
