/**
 * Finding and starting the machine's own Chromium for the browser tests: Playwright cannot download
 * its browsers here, so playwright-core drives Debian's package (or whatever CHROME_PATH names).
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import { describe, test } from "vitest";

/** Where Chromium or Chrome usually lives on Linux, tried in order after CHROME_PATH. */
export const CHROMIUM_CANDIDATES = [
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
function missingBrowser(): string {
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

/** Starts headless Chromium with the flags above; each context it makes has a fresh profile. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(missingBrowser());
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
}

/** Aborts, in a context, every request that is not for `origin` (data: URLs are never routed). */
export async function keepToOrigin(context: BrowserContext, origin: string): Promise<void> {
  await context.route(
    (url) => url.origin !== origin,
    (route) => route.abort("blockedbyclient"),
  );
}

/**
 * Whether the browser tests can run. Without a browser they are skipped locally, with a loud
 * notice; in CI (`CI=true`) a missing browser is a failure, never a silent skip.
 */
export function browserAvailable(): boolean {
  if (findChromium()) return true;
  if (process.env.CI === "true") return false;
  const bar = "!".repeat(72);
  console.warn(`\n${bar}\nSKIPPING THE BROWSER TESTS\n${missingBrowser()}\n${bar}\n`);
  return false;
}

/**
 * `describe` for tests that need Chromium: runs them when a browser is there, skips them locally
 * (with the notice) when not, and in CI replaces them with one failing test naming the fix.
 */
export function describeWithBrowser(name: string, body: () => void): void {
  if (browserAvailable()) {
    describe(name, body);
  } else if (process.env.CI === "true") {
    describe(name, () => {
      test("has a Chromium to run in", () => {
        throw new Error(missingBrowser());
      });
    });
  } else {
    describe.skip(name, body);
  }
}
