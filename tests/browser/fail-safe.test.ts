/**
 * The browser scripts never break the page: copying where the clipboard is missing or refuses,
 * sharing that fails or is cancelled, and live dates whose words are missing or whose update
 * throws. Each case runs in a fresh page of the default build, with the API replaced before the
 * page's scripts run.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { describeWithBrowser, keepToOrigin, launchBrowser } from "../helpers/browser";
import { builtSite } from "../helpers/build";
import { serveStatic, type StaticServer } from "../helpers/static-server";

/** The English status lines, as the pages carry them. */
const COPY_FAILED = "Could not copy: select the text and copy it instead.";
const SHARE_FAILED = "Could not share: use one of the links above instead.";

describeWithBrowser("the browser scripts fail safe", () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    server = await serveStatic(builtSite("default"));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page with `setUp` run before its own scripts; collects console and page errors. */
  async function open(path: string, setUp: string) {
    context = await browser.newContext();
    await keepToOrigin(context, server.origin);
    await context.addInitScript({ content: setUp });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    const uncaught: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => uncaught.push(error.message));
    await page.goto(server.url(path), { waitUntil: "load" });
    return { page, consoleErrors, uncaught };
  }

  const statusText = (page: Page, scope: string) =>
    page.locator(`${scope} [data-copy-status]`).innerText();

  describe.each([
    ["missing", "Object.defineProperty(navigator, 'clipboard', { value: undefined });"],
    ["without writeText", "Object.defineProperty(navigator, 'clipboard', { value: {} });"],
  ])("a clipboard that is %s", (_, setUp) => {
    test("leaves the copy buttons hidden and the plain link and hashtag to copy by hand", async () => {
      const { page, uncaught } = await open("2027/", setUp);
      await expect(page.locator(".share button[data-copy]").isVisible()).resolves.toBe(false);
      await expect(page.locator(".share [data-copy-fallback]").isVisible()).resolves.toBe(true);
      expect(uncaught).toEqual([]);
      await context.close();
    });
  });

  test("a clipboard that refuses: the status says so and shows the text to copy by hand", async () => {
    const { page, uncaught } = await open(
      "observe/",
      "navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));",
    );
    await page.locator(".hashtag button[data-copy]").click();
    await expect
      .poll(() => statusText(page, ".hashtag"))
      .toBe(`${COPY_FAILED} #InternationalNetworkingWeek`);
    await expect(page.locator(".copy-by-hand").innerText()).resolves.toBe(
      "#InternationalNetworkingWeek",
    );
    expect(uncaught).toEqual([]);
    await context.close();
  });

  test("a clipboard that throws at once is caught the same way", async () => {
    const { page, uncaught } = await open(
      "2027/",
      "navigator.clipboard.writeText = () => { throw new Error('no'); };",
    );
    await page.locator(".share button[data-copy]").click();
    await expect.poll(() => statusText(page, ".share")).toMatch(new RegExp(`^${COPY_FAILED} http`));
    expect(uncaught).toEqual([]);
    await context.close();
  });

  test.each([
    ["the reader cancels", "", "AbortError"],
    ["sharing fails", SHARE_FAILED, "NotAllowedError"],
  ])("share: when %s, the status line reads %j", async (_, expected, errorName) => {
    const { page, uncaught } = await open(
      "2027/",
      `navigator.share = () => Promise.reject(new DOMException('x', '${errorName}'));`,
    );
    await page.locator(".share button[data-share-url]").click();
    // The rejection is handled in a microtask: wait for it before reading the line.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    await expect(statusText(page, ".share")).resolves.toBe(expected);
    expect(uncaught).toEqual([]);
    await context.close();
  });

  test("live dates without their words keep the build's dates, and say so once in the console", async () => {
    const { page, consoleErrors, uncaught } = await open(
      "2027/",
      // Removed as the parser adds it, before the page's module scripts run.
      `new MutationObserver(() => document.getElementById("date-words")?.remove())
         .observe(document, { childList: true, subtree: true });`,
    );
    await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
    await expect(page.locator("[data-as-of]").isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-field="status"]').innerText()).resolves.toBe(
      "Starts in 68 days",
    );
    expect(consoleErrors).toHaveLength(1);
    expect(consoleErrors[0]).toContain("Live dates");
    expect(uncaught).toEqual([]);
    await context.close();
  });

  test("live dates whose update throws leave the page readable and still catch up later", async () => {
    // The first update finds no weeks to fill and throws; the next one, once the tab is shown
    // again, succeeds, which shows the script kept going.
    const { page, consoleErrors, uncaught } = await open(
      "2027/",
      `const realQuery = Document.prototype.querySelectorAll;
       let calls = 0;
       Document.prototype.querySelectorAll = function (selector) {
         if (selector === "[data-week]" && calls++ === 0) throw new Error("broken");
         return realQuery.call(this, selector);
       };`,
    );
    await expect(page.locator("[data-as-of]").isVisible()).resolves.toBe(true);
    await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
    await expect.poll(() => page.locator("[data-as-of]").isVisible()).toBe(false);
    expect(consoleErrors).toHaveLength(1);
    expect(uncaught).toEqual([]);
    await context.close();
  });
});
