/**
 * Finding and starting the machine's own Chromium for the browser tests: Playwright cannot download
 * its browsers here, so playwright-core drives Debian's package (or whatever CHROME_PATH names).
 */
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import { describe, test } from "vitest";
import { CHROMIUM_FLAGS, findChromium, missingBrowser } from "./chromium";

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
function browserAvailable(): boolean {
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
