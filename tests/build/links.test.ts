/**
 * Every URL a built page points at, in the default build and in one under a sub-path of another
 * origin: internal links resolve to built files and fragments to elements, links are written from
 * the base path, and files the page loads are linked by path, so the site works on any host.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { load, type CheerioAPI } from "cheerio";
import { describe, expect, test } from "vitest";
import { builtSite } from "../helpers/build";
import { htmlFiles, readBuiltSitemap, servedPath } from "../helpers/static-server";

/** One parsed page of a built site. */
interface Page {
  /** Path of the .html file inside the build, such as `dates/index.html`. */
  file: string;
  /** The URL the page is served at, on the build's own SITE_URL and BASE_PATH. */
  url: URL;
  $: CheerioAPI;
  /** Every fragment the page answers to: the ids of its elements. */
  ids: Set<string>;
}

/** A built site: its folder, its root URL (SITE_URL + BASE_PATH) and its parsed pages. */
interface Site {
  dir: string;
  root: URL;
  basePath: string;
  pages: Map<string, Page>;
}

/** A URL some attribute of a page points at. */
interface Reference {
  page: Page;
  /** Where it was found, for the report: `a[href]`, `link[rel=icon]`, `meta[og:image]`. */
  where: string;
  /** The attribute's text as written. */
  raw: string;
  url: URL;
}

/** Reads and parses every .html file of a build, with the root URL its sitemap gives. */
function loadSite(dir: string): Site {
  const { siteRoot, basePath } = readBuiltSitemap(dir);
  const root = new URL(siteRoot);
  const pages = new Map<string, Page>();
  for (const file of htmlFiles(dir)) {
    const $ = load(readFileSync(join(dir, file), "utf8"));
    const ids = new Set(
      $("[id]")
        .map((_, element) => $(element).attr("id"))
        .get(),
    );
    pages.set(file, { file, url: new URL(servedPath(file), root), $, ids });
  }
  return { dir, root, basePath, pages };
}

/**
 * Every URL a page points at, resolved against the page's own URL: links, `<link>`s, scripts,
 * and the absolute URLs on the site's origin in `<meta>` (og:image, og:url and the like). The
 * site has no images, frames, media or forms in its HTML (the link checks would need them here).
 */
function referencesOf(site: Site, page: Page): Reference[] {
  const { $ } = page;
  const found: Reference[] = [];
  const add = (where: string, raw: string) => {
    const text = raw.trim();
    if (text === "" || /^(mailto|webcal):/i.test(text)) return;
    found.push({ page, where, raw: text, url: new URL(text, page.url) });
  };
  $("a[href]").each((_, element) => add("a[href]", $(element).attr("href") ?? ""));
  $("link[href]").each((_, element) =>
    add(`link[rel=${$(element).attr("rel")}]`, $(element).attr("href") ?? ""),
  );
  $("script[src]").each((_, element) => add("script[src]", $(element).attr("src") ?? ""));
  $("meta[content]").each((_, element) => {
    const content = ($(element).attr("content") ?? "").trim();
    if (!/^https?:\/\//i.test(content) || new URL(content).origin !== site.root.origin) return;
    add(`meta[${$(element).attr("property") ?? $(element).attr("name")}]`, content);
  });
  return found;
}

/**
 * The built file an internal URL is served from, or the reason there is none. A folder asked for
 * without its trailing slash counts as broken: the site is built with `trailingSlash: "always"`.
 */
function resolveFile(site: Site, url: URL): { file: string } | { problem: string } {
  if (!url.pathname.startsWith(site.basePath)) {
    return { problem: `is outside the base path ${site.basePath}` };
  }
  const inside = decodeURIComponent(url.pathname.slice(site.basePath.length));
  const file = inside === "" || inside.endsWith("/") ? `${inside}index.html` : inside;
  const path = join(site.dir, file);
  if (existsSync(path) && statSync(path).isFile()) return { file };
  if (existsSync(path)) return { problem: `names a folder: link to ${url.pathname}/` };
  return { problem: `has no built file ${file}` };
}

/** Runs a check over every internal reference of every page and returns its complaints, each once. */
function complaints(site: Site, check: (reference: Reference) => string | undefined): string[] {
  const found: string[] = [];
  for (const page of site.pages.values()) {
    for (const reference of referencesOf(site, page)) {
      if (reference.url.origin !== site.root.origin) continue;
      const problem = check(reference);
      if (problem) found.push(`${page.file}: ${reference.where} "${reference.raw}" ${problem}`);
    }
  }
  return [...new Set(found)];
}

describe.each([
  ["the default build", "default", "/"],
  ["a build with SITE_URL=https://example.org and BASE_PATH=/inw/", "inw", "/inw/"],
])("%s", (_, name, basePath) => {
  const site = loadSite(builtSite(name));

  test(`lives under ${basePath}`, () => {
    expect(site.basePath).toBe(basePath);
    expect(site.pages.size).toBeGreaterThan(200);
  });

  test("every internal link resolves to a built file", () => {
    expect(
      complaints(site, (reference) => {
        const target = resolveFile(site, reference.url);
        return "problem" in target ? target.problem : undefined;
      }),
    ).toEqual([]);
  });

  test("every #fragment names an element of the page it points at", () => {
    expect(
      complaints(site, (reference) => {
        const id = decodeURIComponent(reference.url.hash.slice(1));
        const target = resolveFile(site, reference.url);
        if (!id || "problem" in target) return undefined; // a broken link is reported above
        const page = site.pages.get(target.file);
        // "#top" scrolls to the top of any page (HTML's "indicated part of the document").
        if (!page || page.ids.has(id) || id.toLowerCase() === "top") return undefined;
        return `points at #${id}, which ${target.file} does not have`;
      }),
    ).toEqual([]);
  });

  test(`every internal link is written from the root, starting with ${basePath}`, () => {
    expect(
      complaints(site, ({ raw }) => {
        if (raw.startsWith("#")) return undefined;
        const path = raw.startsWith(site.root.origin) ? raw.slice(site.root.origin.length) : raw;
        return path.startsWith(site.basePath) ? undefined : `does not start with ${basePath}`;
      }),
    ).toEqual([]);
  });

  test("every file a page loads is linked by path, not by absolute URL, so it loads on any host", () => {
    expect(
      complaints(site, ({ where, raw }) => {
        if (!/^script\[|^link\[rel=.*\b(stylesheet|preload|modulepreload|icon)\b/.test(where)) {
          return undefined;
        }
        return /^[a-z][a-z0-9+.-]*:|^\/\//i.test(raw)
          ? `is an absolute URL: the browser would fetch it from ${site.root.origin} even when the site is served elsewhere`
          : undefined;
      }),
    ).toEqual([]);
  });
});

describe("the default build's markup", () => {
  const site = loadSite(builtSite("default"));

  test("every link that opens a new tab has rel=noopener", () => {
    const found: string[] = [];
    for (const { file, $ } of site.pages.values()) {
      $('a[target="_blank"]').each((_, element) => {
        const rel = ($(element).attr("rel") ?? "").split(/\s+/);
        if (!rel.includes("noopener")) found.push(`${file}: ${$(element).attr("href")}`);
      });
    }
    expect(site.pages.size).toBeGreaterThan(200);
    expect(found).toEqual([]);
  });

  // The CSP would stop them too, but only when they run: a click away from any test.
  test("no element has an inline event handler or a javascript: URL", () => {
    const found: string[] = [];
    for (const { file, $ } of site.pages.values()) {
      $("*").each((_, element) => {
        for (const [name, value] of Object.entries($(element).attr() ?? {})) {
          if (/^on/i.test(name) || /^\s*javascript:/i.test(value)) found.push(`${file}: ${name}`);
        }
      });
    }
    expect(found).toEqual([]);
  });

  test("uses no web fonts", () => {
    const found: string[] = [];
    for (const entry of readdirSync(site.dir, { recursive: true, withFileTypes: true })) {
      const path = join(entry.parentPath, entry.name);
      if (/\.(woff2?|ttf|otf|eot)$/i.test(entry.name)) found.push(`font file ${path}`);
      if (
        /\.(css|html)$/.test(entry.name) &&
        /@font-face|as="font"/i.test(readFileSync(path, "utf8"))
      ) {
        found.push(`a font in ${path}`);
      }
    }
    expect(found).toEqual([]);
  });
});
