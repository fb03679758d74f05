// Screenshots of built pages at phone and desktop width, light and dark, for a person to look at.
// Usage: npm run screenshots -- [path ...]   (after a build; serves dist/ itself; writes to
// screenshots/). FULL=0 takes only the first screenful, after scrolling to a #fragment.
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";
import { CHROMIUM_FLAGS, findChromium, missingBrowser } from "../tests/helpers/chromium.ts";
import { siteDir } from "../tests/helpers/build.ts";
import { serveStatic } from "../tests/helpers/static-server.ts";

const paths =
  process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["/", "/dates/", "/toolkit/"];
const executablePath = findChromium();
if (!executablePath) throw new Error(missingBrowser());

const server = await serveStatic(siteDir());
const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
try {
  mkdirSync("screenshots", { recursive: true });
  for (const path of paths) {
    for (const [device, width] of [
      ["phone", 375],
      ["desktop", 1280],
    ]) {
      for (const colorScheme of ["light", "dark"]) {
        const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme });
        await page.goto(server.url(path.replace(/^\//, "")));
        // Bring every lazy image into view once, so that a full-page shot shows them drawn.
        for (const image of await page.locator("img[loading=lazy]").all()) {
          await image.scrollIntoViewIfNeeded();
          await image.evaluate((element) => element.decode().catch(() => {}));
        }
        await page.evaluate(() => globalThis.scrollTo(0, 0));
        const file = `screenshots/${path.replace(/\W+/g, "_") || "_"}-${device}-${colorScheme}.png`;
        await page.screenshot({ path: file, fullPage: process.env.FULL !== "0" });
        await page.close();
        console.log(file);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
