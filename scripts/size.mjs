// Performance budget: for every HTML page of the built site, the bytes of the page plus every CSS
// and JavaScript file it loads (stylesheets, scripts, module preloads, and what those import),
// raw, gzip (level 9) and brotli. Fails when a page is over 14 KiB gzip in all, or loads over
// 3 KiB of JavaScript brotli.
//
// Usage: npm run size [-- DIR]   (DIR, else SITE_DIST, else dist/)
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
// Node runs these TypeScript helpers itself (type stripping); they import only node: modules.
import { PROJECT_ROOT as root, siteDir } from "../tests/helpers/build.ts";
import { htmlFiles, readBuiltSitemap, servedPath } from "../tests/helpers/static-server.ts";

const PAGE_BUDGET_GZIP = 14 * 1024;
const JS_BUDGET_BROTLI = 3 * 1024;

const dir = process.argv[2] ? resolve(process.argv[2]) : siteDir();

/** The attributes of one start tag, names lowercased: `<link rel=x href="y">` → { rel, href }. */
function attributes(tag) {
  const found = {};
  const pattern = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const match of tag.replace(/^<\w+|\/?>$/g, "").matchAll(pattern)) {
    found[match[1].toLowerCase()] = (match[2] ?? match[3] ?? match[4] ?? "").replace(/&amp;/g, "&");
  }
  return found;
}

/** The CSS and JS a page loads by URL, and the text of its inline scripts. */
function assetsOf(html) {
  const urls = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const { rel = "", href } = attributes(tag);
    const rels = rel.toLowerCase().split(/\s+/);
    if (href && (rels.includes("stylesheet") || rels.includes("modulepreload"))) urls.push(href);
  }
  let inline = "";
  for (const [, tag, body] of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/gi)) {
    const { src, type = "" } = attributes(tag);
    if (src) urls.push(src);
    else if (/^(|module|(text|application)\/(java|ecma)script)$/i.test(type.trim())) inline += body;
  }
  return { urls, inline };
}

/** What a CSS or JS file itself pulls in: `@import` in CSS, static `import` in JS. */
function importsOf(file, text) {
  if (file.endsWith(".css")) {
    return [...text.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)].map((m) => m[1]);
  }
  return [
    ...text.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g),
    ...text.matchAll(/\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g),
  ].map((m) => m[1]);
}

/** Maps a URL to a built file, or explains why it cannot be measured. */
function fileFor(url) {
  if (url.origin !== site.origin) return { problem: `comes from another origin: ${url.href}` };
  if (!url.pathname.startsWith(site.pathname))
    return { problem: `is outside the site: ${url.href}` };
  const file = decodeURIComponent(url.pathname.slice(site.pathname.length));
  const path = join(dir, file);
  if (!existsSync(path) || !statSync(path).isFile())
    return { problem: `is not built: ${url.href}` };
  return { file };
}

/** Sizes of one piece of text or file content: raw, gzip -9 and brotli at its best. */
function sizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

/** Measures one page: its HTML and every CSS and JS file it loads, each file counted once. */
function measurePage(page) {
  const html = readFileSync(join(dir, page));
  const { urls, inline } = assetsOf(html.toString("utf8"));
  const total = sizes(html);
  const js = { ...sizes(Buffer.from(inline)), files: 0 };
  if (!inline) Object.assign(js, { raw: 0, gzip: 0, brotli: 0 });
  const problems = [];
  const seen = new Set();
  const queue = urls.map((href) => new URL(href, new URL(servedPath(page), site)));
  while (queue.length > 0) {
    const url = queue.shift();
    const found = fileFor(url);
    if (found.problem) {
      problems.push(`${page}: ${found.problem}`);
      continue;
    }
    if (seen.has(found.file)) continue;
    seen.add(found.file);
    const content = readFileSync(join(dir, found.file));
    const size = sizes(content);
    for (const key of ["raw", "gzip", "brotli"]) total[key] += size[key];
    if (/\.m?js$/.test(found.file)) {
      for (const key of ["raw", "gzip", "brotli"]) js[key] += size[key];
      js.files += 1;
    }
    for (const specifier of importsOf(found.file, content.toString("utf8"))) {
      if (/^(\.|\/|https?:)/.test(specifier)) queue.push(new URL(specifier, url));
    }
  }
  return { page, files: 1 + seen.size, ...total, js, problems };
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const pad = (text, width, left = false) =>
  left ? String(text).padEnd(width) : String(text).padStart(width);

if (!existsSync(dir)) {
  console.error(`size: ${dir} does not exist. Build the site first (npm run build).`);
  process.exit(1);
}
const site = new URL(readBuiltSitemap(dir).siteRoot);
const pages = htmlFiles(dir);
if (pages.length === 0) {
  console.error(`size: no HTML page in ${dir}.`);
  process.exit(1);
}

const results = pages.map(measurePage);
const width = Math.max(4, ...pages.map((page) => page.length));
const header = `${pad("page", width, true)}  files  ${pad("raw", 10)}  ${pad("gzip", 10)}  ${pad("brotli", 10)}  ${pad("JS brotli", 10)}`;
const shown = dir.startsWith(root + sep) ? relative(root, dir) : dir;
console.log(`Bytes per page (HTML + the CSS and JS it loads) in ${shown}`);
console.log(header);
console.log("-".repeat(header.length));
for (const r of results) {
  const over = r.gzip > PAGE_BUDGET_GZIP || r.js.brotli > JS_BUDGET_BROTLI ? "  OVER BUDGET" : "";
  console.log(
    `${pad(r.page, width, true)}  ${pad(r.files, 5)}  ${pad(kib(r.raw), 10)}  ${pad(kib(r.gzip), 10)}  ${pad(kib(r.brotli), 10)}  ${pad(kib(r.js.brotli), 10)}${over}`,
  );
}

const largest = results.reduce((a, b) => (b.gzip > a.gzip ? b : a));
const mostJs = results.reduce((a, b) => (b.js.brotli > a.js.brotli ? b : a));
console.log("");
console.log(
  `Largest page: ${largest.page}, ${largest.raw} B raw, ${largest.gzip} B gzip (${kib(largest.gzip)} of ${kib(PAGE_BUDGET_GZIP)}), ${largest.brotli} B brotli.`,
);
console.log(
  `Most JavaScript: ${mostJs.page}, ${mostJs.js.brotli} B brotli in ${mostJs.js.files} file(s) plus inline scripts (budget ${kib(JS_BUDGET_BROTLI)}).`,
);

const failures = [
  ...results
    .filter((r) => r.gzip > PAGE_BUDGET_GZIP)
    .map((r) => `${r.page} is ${r.gzip} B gzip, over the ${PAGE_BUDGET_GZIP} B (14 KiB) budget`),
  ...results
    .filter((r) => r.js.brotli > JS_BUDGET_BROTLI)
    .map(
      (r) => `${r.page} loads ${r.js.brotli} B of JavaScript brotli, over ${JS_BUDGET_BROTLI} B`,
    ),
  ...results.flatMap((r) => r.problems.map((problem) => `${problem} (cannot be measured)`)),
];
if (failures.length > 0) {
  console.error(`\nsize: ${failures.length} problem(s):`);
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(1);
}
console.log(`\nsize: all ${results.length} pages are within budget.`);
