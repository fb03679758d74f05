/**
 * The toolkit page in Chromium: each copy button puts its text on the clipboard and says so; a
 * clipboard that refuses gets the text shown to copy by hand; and without JavaScript the buttons
 * stay hidden while every text can still be selected and copied.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { describeWithBrowser, keepToOrigin, launchBrowser } from "../helpers/browser";
import { builtSite } from "../helpers/build";
import { serveStatic, type StaticServer } from "../helpers/static-server";
import { stringsOf } from "../../src/i18n/languages";

const { share } = stringsOf("en");
/** Each text of the page and the button that copies it. */
const TEXTS = [
  "post-linkedin",
  "post-x",
  "post-short",
  "image-alt",
  "invitation-subject",
  "invitation-body",
  "badge-code",
];

describeWithBrowser("the toolkit page in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveStatic(builtSite("default"));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open({ javaScriptEnabled = true, setUp = "" } = {}) {
    const context = await browser.newContext({ javaScriptEnabled });
    await keepToOrigin(context, server.origin);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: server.origin,
    });
    if (setUp) await context.addInitScript({ content: setUp });
    const page = await context.newPage();
    const uncaught: string[] = [];
    page.on("pageerror", (error) => uncaught.push(error.message));
    await page.goto(server.url("toolkit/"), { waitUntil: "load" });
    return { context, page, uncaught };
  }

  test.each(TEXTS)("the button for #%s copies its text whole and says so", async (id) => {
    const { context, page, uncaught } = await open();
    try {
      const expected = await page.locator(`#${id}`).textContent();
      expect(expected?.length).toBeGreaterThan(20);
      const button = page.locator(`button[data-copy-from="${id}"]`);
      await button.click();
      const status = page.locator(`#${id} ~ [data-copy-status]`);
      await expect.poll(() => status.innerText()).toBe(share.copied);
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(expected);
      expect(uncaught).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("a clipboard that refuses: the status says so and shows the text to copy by hand", async () => {
    const { context, page, uncaught } = await open({
      setUp:
        "navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));",
    });
    try {
      await page.locator('button[data-copy-from="post-x"]').click();
      const status = page.locator("#post-x ~ [data-copy-status]");
      await expect.poll(() => status.innerText()).toMatch(new RegExp(`^${share.copyFailed}`));
      await expect(status.locator(".copy-by-hand").textContent()).resolves.toBe(
        await page.locator("#post-x").textContent(),
      );
      expect(uncaught).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("without JavaScript, no copy button shows and every text can be selected whole", async () => {
    const { context, page } = await open({ javaScriptEnabled: false });
    try {
      await expect(page.locator("button[data-copy-from]").first().isVisible()).resolves.toBe(false);
      for (const id of TEXTS) {
        const text = page.locator(`#${id}`);
        await expect(text.isVisible(), id).resolves.toBe(true);
        // A triple click selects the paragraph under the pointer; selectText selects it all.
        await text.selectText();
        const selected = await page.evaluate(() => getSelection()?.toString() ?? "");
        expect(selected.replace(/\s+/g, " ").trim(), id).toBe(
          ((await text.textContent()) ?? "").replace(/\s+/g, " ").trim(),
        );
      }
    } finally {
      await context.close();
    }
  });

  test("the images, the badge and the posters load from the site itself", async () => {
    const { context, page } = await open();
    try {
      for (const image of await page.locator("main img").all()) {
        await image.scrollIntoViewIfNeeded();
        await expect
          .poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth))
          .toBeGreaterThan(0);
      }
      for (const link of await page.locator("a[download]").all()) {
        const href = await link.getAttribute("href");
        const response = await page.request.get(new URL(href!, server.origin).href);
        expect(response.status(), href!).toBe(200);
      }
    } finally {
      await context.close();
    }
  });
});
