/**
 * The default build served by Cloudflare's own local Pages runtime (`wrangler pages dev`), as a
 * host serves it: the `_headers` file applied to each kind of file, the content types, each
 * language's 404 page for a missing address under it, the redirect to a folder's trailing slash,
 * and a page loaded in Chromium under those headers. Runs offline: wrangler's bundled workerd,
 * no metrics, and a compatibility date its runtime supports.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { LANGUAGE_CODES, localizedPath, stringsOf } from "../../src/i18n/languages";
import { describeWithBrowser, keepToOrigin, launchBrowser } from "../helpers/browser";
import { PROJECT_ROOT, builtSite } from "../helpers/build";

const WRANGLER = join(PROJECT_ROOT, "node_modules/wrangler/bin/wrangler.js");

/** Sent with every response (README, "Any other static host"). */
const SECURITY_HEADERS = {
  "strict-transport-security": "max-age=63072000; includeSubDomains",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
  "content-security-policy": "frame-ancestors 'none'",
};

const PAGE_CACHE = "public, max-age=300, must-revalidate";

/** Each kind of file, by one example of it, with the headers the README promises for it. */
const FILES: [path: string, headers: Record<string, string>][] = [
  ["/", { "cache-control": PAGE_CACHE, "content-type": "text/html; charset=utf-8" }],
  ["/de/2027/", { "cache-control": PAGE_CACHE, "content-type": "text/html; charset=utf-8" }],
  [
    "/dates.json",
    { "cache-control": PAGE_CACHE, "content-type": "application/json; charset=utf-8" },
  ],
  [
    "/calendar.ics",
    { "cache-control": "public, max-age=3600", "content-type": "text/calendar; charset=utf-8" },
  ],
  [
    "/fr/calendar/2027.ics",
    { "cache-control": "public, max-age=3600", "content-type": "text/calendar; charset=utf-8" },
  ],
  ["/og/it/2027.png", { "cache-control": "public, max-age=86400", "content-type": "image/png" }],
  ["/badge.svg", { "cache-control": "public, max-age=3600", "content-type": "image/svg+xml" }],
  ["/de/badge.svg", { "cache-control": "public, max-age=3600", "content-type": "image/svg+xml" }],
  [
    "/kit/pt/international-networking-week-2027-story.png",
    { "cache-control": "public, max-age=86400", "content-type": "image/png" },
  ],
  [
    "/kit/international-networking-week-2027-poster-a4.pdf",
    { "cache-control": "public, max-age=86400", "content-type": "application/pdf" },
  ],
];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts `wrangler pages dev` on a build; resolves with its origin once it says it is ready. */
async function startPagesDev(dir: string): Promise<{ origin: string; process: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      WRANGLER,
      "pages",
      "dev",
      dir,
      ...["--ip", "127.0.0.1", "--port", String(port)],
      ...["--compatibility-date", "2025-01-01"],
      "--log-level",
      "info",
    ],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "true", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`wrangler did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      if (/Ready on http/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.on("exit", (code) => reject(new Error(`wrangler exited with ${code}:\n${output}`)));
  });
  return { origin: `http://127.0.0.1:${port}`, process: child };
}

describe("the default build on Cloudflare's local Pages runtime", () => {
  let host: { origin: string; process: ChildProcess };

  beforeAll(async () => {
    host = await startPagesDev(builtSite("default"));
  }, 90_000);

  afterAll(() => {
    host?.process.kill();
  });

  test.each(FILES)(
    "%s has its kind's caching and content type, and the security headers",
    async (path, headers) => {
      const response = await fetch(host.origin + path);
      expect(response.status).toBe(200);
      for (const [name, value] of Object.entries({ ...SECURITY_HEADERS, ...headers })) {
        expect(response.headers.get(name), name).toBe(value);
      }
    },
  );

  test("a script named after its content is cached for a year", async () => {
    const html = await (await fetch(`${host.origin}/2027/`)).text();
    const script = /src="(\/_astro\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const response = await fetch(host.origin + script);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  test.each(LANGUAGE_CODES)(
    "a missing address under %s gets that language's 404 page",
    async (language) => {
      const response = await fetch(host.origin + localizedPath(language, "/no-such-page/"));
      expect(response.status).toBe(404);
      const html = await response.text();
      expect(html).toContain(`<h1>${stringsOf(language).notFound.heading}</h1>`);
    },
  );

  test("a folder asked for without its trailing slash redirects to it", async () => {
    const response = await fetch(`${host.origin}/dates`, { redirect: "manual" });
    expect([301, 308]).toContain(response.status);
    expect(new URL(response.headers.get("location")!, host.origin).pathname).toBe("/dates/");
  });

  describeWithBrowser("in Chromium", () => {
    test("/ and /de/2027/ load under the host's headers with no error or CSP violation", async () => {
      const browser = await launchBrowser();
      try {
        const context = await browser.newContext();
        await keepToOrigin(context, host.origin);
        const page = await context.newPage();
        const problems: string[] = [];
        page.on("console", (message) => {
          if (message.type() === "error") problems.push(message.text());
        });
        page.on("pageerror", (error) => problems.push(error.message));
        for (const path of ["/", "/de/2027/"]) {
          const response = await page.goto(host.origin + path, { waitUntil: "networkidle" });
          expect(response?.status(), path).toBe(200);
          await expect(page.locator("[data-as-of]").first().isHidden(), path).resolves.toBe(true);
        }
        expect(problems).toEqual([]);
      } finally {
        await browser.close();
      }
    });
  });
});
