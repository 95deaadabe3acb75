/**
 * Debian's Chromium as every browser run of the project starts it: the e2e
 * suite (playwright.config.ts), the several-instances check and the
 * Lighthouse script. CHROMIUM_PATH overrides /usr/bin/chromium.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/**
 * Without the networking flags Chromium keeps calling home, which on a closed
 * network floods the log with refused connections.
 */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
