// Screenshots of built pages at phone and desktop width, light and dark, for a person to look at.
// Usage: npm run screenshots -- [path ...]   (serves dist/ itself; writes to screenshots/)
// FULL=0 takes only the first screenful (after scrolling to a #fragment in the path).
import { mkdirSync } from "node:fs";
import { spawn } from "node:child_process";
import { chromium } from "playwright-core";

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["/", "/dates/"];
const port = 4500 + Math.floor(Math.random() * 400);
const origin = `http://127.0.0.1:${port}`;
const server = spawn("npx", ["astro", "preview", "--host", "127.0.0.1", "--port", String(port)], {
  stdio: "ignore",
  detached: true,
});
const executablePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const browser = await chromium.launch({
  executablePath,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
try {
  for (let attempt = 0; attempt < 50; attempt++) {
    const ok = await fetch(origin).then(
      () => true,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  mkdirSync("screenshots", { recursive: true });
  for (const path of paths) {
    for (const [name, width] of [
      ["phone", 375],
      ["desktop", 1280],
    ]) {
      for (const colorScheme of ["light", "dark"]) {
        const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme });
        await page.goto(origin + path);
        const file = `screenshots/${path.replace(/\W+/g, "_") || "_"}-${name}-${colorScheme}.png`;
        await page.screenshot({ path: file, fullPage: process.env.FULL !== "0" });
        await page.close();
        console.log(file);
      }
    }
  }
} finally {
  await browser.close();
  process.kill(-server.pid);
}
