import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { builtSite } from "../helpers/build";
import { describeWithBrowser, keepToOrigin, launchBrowser } from "../helpers/browser";
import { readBuiltSitemap, serveStatic, type StaticServer } from "../helpers/static-server";
import { LANGUAGE_CODES, localizedPath } from "../../src/i18n/languages";

const dir = builtSite("default");
/** Every page of the sitemap and the 404 page of every language, relative to the site root. */
const pages = [
  ...readBuiltSitemap(dir).pages,
  ...LANGUAGE_CODES.map((code) => localizedPath(code, "/404.html").slice(1)),
];

/** What one page did while it loaded. */
interface PageLoad {
  status: number | undefined;
  /** Requests for anything but the local server's origin (they are aborted, never sent). */
  offOrigin: string[];
  /** `securitypolicyviolation` events: the CSP blocked something. */
  cspViolations: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

describeWithBrowser(`security of every page of ${dir} as it loads`, () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    server = await serveStatic(dir);
    browser = await launchBrowser();
    // The site's own CSP stays on: this is what a visitor's browser enforces.
    context = await browser.newContext();
    await keepToOrigin(context, server.origin);
    await context.addInitScript(() => {
      const log: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = log;
      document.addEventListener(
        "securitypolicyviolation",
        (event) => log.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`),
        true,
      );
    });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  test.each(pages)(
    "/%s asks only its own origin, breaks no CSP rule and logs no error",
    async (path) => {
      const page = await context.newPage();
      const load: PageLoad = { status: undefined, offOrigin: [], cspViolations: [], errors: [] };
      page.on("request", (request) => {
        const url = new URL(request.url());
        if (!["data:", "blob:", "about:"].includes(url.protocol) && url.origin !== server.origin) {
          load.offOrigin.push(`${request.resourceType()} ${request.url()}`);
        }
      });
      page.on("console", (message) => {
        if (message.type() === "error") load.errors.push(`console: ${message.text()}`);
      });
      page.on("pageerror", (error) => load.errors.push(`uncaught: ${error.message}`));
      try {
        const response = await page.goto(server.url(path), { waitUntil: "networkidle" });
        load.status = response?.status();
        load.cspViolations = await page.evaluate(
          () => (window as unknown as { cspViolations: string[] }).cspViolations,
        );
      } finally {
        await page.close();
      }
      expect(load).toEqual({ status: 200, offOrigin: [], cspViolations: [], errors: [] });
    },
  );
});
