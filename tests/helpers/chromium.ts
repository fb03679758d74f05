/**
 * Where the machine's Chromium is and how to start it, shared by the browser tests, the
 * Lighthouse audit and the screenshot script. Imports only node: modules and uses only erasable
 * TypeScript, so the scripts import it directly under Node's own type stripping.
 */
import { existsSync } from "node:fs";

/** Where Chromium or Chrome usually lives on Linux, tried in order after CHROME_PATH. */
const CHROMIUM_CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
];

/**
 * Flags for a quiet, sandbox-less headless Chromium that never reaches the network by itself.
 * Everything but loopback (which Chromium never proxies) goes to a proxy on a closed local port,
 * and no name but localhost resolves: a page that asks for another origin fails fast, and the
 * request is still seen and reported, instead of leaving the machine.
 */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--proxy-server=http://127.0.0.1:9",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
];

/** The Chromium to use: CHROME_PATH when it is set, else the first candidate that exists. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path));
}

/** What to say when there is no browser, naming where it looked and how to get one. */
export function missingBrowser(): string {
  const where = process.env.CHROME_PATH
    ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist.`
    : `Looked at ${CHROMIUM_CANDIDATES.join(", ")}.`;
  return [
    "No Chromium found for the browser tests.",
    where,
    "Install it with:  sudo apt-get install -y chromium",
    "or point CHROME_PATH at a Chromium or Chrome binary.",
  ].join("\n");
}
