// Lighthouse (mobile preset) on the built site: /, /dates/ and a year page, served from dist/ on
// 127.0.0.1. Prints the four category scores per page and fails when accessibility, best practices
// or SEO is below 100; performance is reported, not gated (a shared CI machine's timings vary).
//
// Usage: npm run audit  (after a build; reads SITE_DIST, else dist/; CHROME_PATH, else Chromium)
// Builds nothing. Chromium gets flags that keep it off the network: everything but loopback goes
// to a closed local proxy port and no host name resolves, so nothing leaves the machine.
import { existsSync } from "node:fs";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
// Node runs these TypeScript helpers itself (type stripping); they import only node: modules.
import { siteDir } from "../tests/helpers/build.ts";
import { CHROMIUM_FLAGS, findChromium, missingBrowser } from "../tests/helpers/chromium.ts";
import { readBuiltSitemap, serveStatic } from "../tests/helpers/static-server.ts";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const GATED = new Set(["accessibility", "best-practices", "seo"]);

const dir = siteDir();

/** The pages to audit, relative to the site root: home, dates, next year's page (or another), and two translated. */
function pagesToAudit(pages) {
  const nextYear = `${new Date().getUTCFullYear() + 1}/`;
  const year = pages.find((page) => page === nextYear) ?? pages.find((p) => /^\d{4}\/$/.test(p));
  // The German home page and the Portuguese year page stand for the Latin-script translations:
  // same markup, longer words. The Hebrew home page is laid out right to left, and the Chinese
  // toolkit, the longest page, in another script.
  return [
    "",
    "dates/",
    year ?? "(no year page)",
    "de/",
    `pt/${year ?? "(no year page)"}`,
    "he/",
    "zh-hant/toolkit/",
  ];
}

/** Failing audits of a gated category, one line each, to say what to fix. */
function failingAudits(lhr, categoryId) {
  return lhr.categories[categoryId].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .flatMap((audit) => [
      `    ${categoryId} › ${audit.id}: ${audit.title}`,
      ...(audit.details?.items ?? []).slice(0, 5).map((item) => `      - ${describeItem(item)}`),
    ]);
}

/** One line for an item of an audit's details table, whatever its shape. */
function describeItem(item) {
  const text =
    item.description ??
    item.issueType ??
    item.node?.snippet ??
    item.url ??
    item.source?.url ??
    JSON.stringify(item);
  return String(typeof text === "object" ? JSON.stringify(text) : text).slice(0, 240);
}

async function main() {
  if (!existsSync(join(dir, "index.html"))) {
    console.error(`audit: ${dir} has no index.html. Build the site first (npm run build).`);
    return 1;
  }
  const chromePath = findChromium();
  if (!chromePath) {
    console.error(`audit: ${missingBrowser()}`);
    return 1;
  }

  const sitemap = readBuiltSitemap(dir);
  const pages = pagesToAudit(sitemap.pages);
  const missing = pages.filter((page) => !existsSync(join(dir, page, "index.html")));
  if (missing.length > 0) {
    console.error(`audit: ${dir} lacks ${missing.map((page) => `/${page}`).join(", ")}`);
    return 1;
  }

  const server = await serveStatic(dir);
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS],
  });
  let status = 0;
  const rows = [];
  try {
    for (const page of pages) {
      const url = server.url(page);
      // The default config is Lighthouse's mobile preset: a phone screen and simulated slow 4G.
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: CATEGORIES,
      });
      const lhr = result?.lhr;
      if (!lhr || lhr.runtimeError) {
        console.error(`audit: Lighthouse failed on ${url}: ${lhr?.runtimeError?.message ?? "?"}`);
        status = 1;
        continue;
      }
      const scores = Object.fromEntries(
        CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
      );
      const problems = CATEGORIES.filter((id) => GATED.has(id) && scores[id] < 100).flatMap((id) =>
        failingAudits(lhr, id),
      );
      if (problems.length > 0 || CATEGORIES.some((id) => GATED.has(id) && scores[id] < 100)) {
        status = 1;
      }
      rows.push({ page: `/${page}`, scores, problems, warnings: lhr.runWarnings });
    }
  } finally {
    chrome.kill();
    await server.close();
  }

  const width = Math.max(4, ...rows.map((row) => row.page.length));
  const header = `${"page".padEnd(width)}  ${CATEGORIES.map((id) => id.padStart(16)).join("")}`;
  console.log("\nLighthouse, mobile preset (performance is reported, not gated)");
  console.log(header);
  console.log("-".repeat(header.length));
  for (const row of rows) {
    console.log(
      `${row.page.padEnd(width)}  ${CATEGORIES.map((id) => String(row.scores[id]).padStart(16)).join("")}`,
    );
    for (const problem of row.problems) console.log(problem);
    for (const warning of row.warnings) console.log(`    warning: ${warning}`);
  }
  console.log(
    status === 0
      ? "\naudit: accessibility, best practices and SEO are 100 on every page."
      : "\naudit: FAILED: accessibility, best practices and SEO must be 100 on every page.",
  );
  return status;
}

process.exitCode = await main();
