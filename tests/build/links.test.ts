import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { load, type CheerioAPI } from "cheerio";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildSite } from "../helpers/build";
import { htmlFiles, readBuiltSitemap, siteDir } from "../helpers/static-server";

/** One parsed page of a built site. */
interface Page {
  /** Path of the .html file inside the build, such as `dates/index.html`. */
  file: string;
  /** The URL the page is served at, on the build's own SITE_URL and BASE_PATH. */
  url: URL;
  $: CheerioAPI;
  /** Every fragment the page answers to: its ids and `<a name>`s. */
  anchors: Set<string>;
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
  /** Where it was found, for the report: `a[href]`, `meta[property=og:image]`. */
  where: string;
  /** The attribute's text as written. */
  raw: string;
  url: URL;
}

/** The URL a built file is served at: `index.html` → root, `dates/index.html` → `dates/`. */
function pageUrl(root: URL, file: string): URL {
  return new URL(file === "index.html" ? "" : file.replace(/(^|\/)index\.html$/, "$1"), root);
}

/** Reads and parses every .html file of a build, with the root URL its sitemap gives. */
function loadSite(dir: string): Site {
  const { siteRoot, basePath } = readBuiltSitemap(dir);
  const root = new URL(siteRoot);
  const pages = new Map<string, Page>();
  for (const file of htmlFiles(dir)) {
    const $ = load(readFileSync(join(dir, file), "utf8"));
    const anchors = new Set<string>();
    $("[id]").each((_, element) => void anchors.add($(element).attr("id") ?? ""));
    $("a[name]").each((_, element) => void anchors.add($(element).attr("name") ?? ""));
    pages.set(file, { file, url: pageUrl(root, file), $, anchors });
  }
  return { dir, root, basePath, pages };
}

/** Attributes that hold one URL, by selector. */
const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ["a[href]", "href"],
  ["area[href]", "href"],
  ["link[href]", "href"],
  ["img[src]", "src"],
  ["source[src]", "src"],
  ["script[src]", "src"],
  ["iframe[src]", "src"],
  ["video[poster]", "poster"],
  ["form[action]", "action"],
];

/** Attributes that hold a srcset list of URLs. */
const SRCSET_ATTRIBUTES = ["img[srcset]", "source[srcset]"];

/** Schemes that name no file of the site. */
const NOT_A_FILE = /^(mailto|tel|sms|data|blob|javascript):/i;

/** Every URL a page points at, resolved against the page's own URL. */
function referencesOf(site: Site, page: Page): Reference[] {
  const { $ } = page;
  const found: Reference[] = [];
  const add = (where: string, raw: string) => {
    const text = raw.trim();
    if (text === "" || NOT_A_FILE.test(text)) return;
    let url: URL;
    try {
      url = new URL(text, page.url);
    } catch {
      found.push({ page, where, raw, url: new URL("invalid:") });
      return;
    }
    found.push({ page, where, raw: text, url });
  };
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    $(selector).each((_, element) => {
      const rel = $(element).attr("rel");
      const where = selector === "link[href]" && rel ? `link[rel=${rel}]` : selector;
      add(where, $(element).attr(attribute) ?? "");
    });
  }
  for (const selector of SRCSET_ATTRIBUTES) {
    $(selector).each((_, element) => {
      for (const candidate of ($(element).attr("srcset") ?? "").split(",")) {
        add(selector, candidate.trim().split(/\s+/)[0] ?? "");
      }
    });
  }
  // og:image, og:url, twitter:image and the like: absolute URLs on the site's own origin.
  $("meta[content]").each((_, element) => {
    const content = ($(element).attr("content") ?? "").trim();
    if (!/^https?:\/\//i.test(content)) return;
    const name = $(element).attr("property") ?? $(element).attr("name") ?? "?";
    if (new URL(content).origin === site.root.origin) add(`meta[${name}]`, content);
  });
  return found;
}

function isInternal(site: Site, reference: Reference): boolean {
  return reference.url.origin === site.root.origin;
}

/**
 * The built file an internal URL is served from, or the reason there is none. A folder asked for
 * without its trailing slash counts as broken: the site is built with `trailingSlash: "always"`.
 */
function resolveFile(site: Site, url: URL): { file: string } | { problem: string } {
  if (!url.pathname.startsWith(site.basePath)) {
    return { problem: `is outside the base path ${site.basePath}` };
  }
  let inside: string;
  try {
    inside = decodeURIComponent(url.pathname.slice(site.basePath.length));
  } catch {
    return { problem: "has a malformed %-escape" };
  }
  const file = inside === "" || inside.endsWith("/") ? `${inside}index.html` : inside;
  const path = join(site.dir, file);
  if (existsSync(path) && statSync(path).isFile()) return { file };
  if (existsSync(path)) return { problem: `names a folder: link to ${url.pathname}/` };
  return { problem: `has no built file ${file}` };
}

/** Runs a check over every reference of every page and returns its complaints, each once. */
function complaints(site: Site, check: (reference: Reference) => string | undefined): string[] {
  const found: string[] = [];
  for (const page of site.pages.values()) {
    for (const reference of referencesOf(site, page)) {
      const problem = check(reference);
      if (problem) found.push(`${page.file}: ${reference.where} "${reference.raw}" ${problem}`);
    }
  }
  return [...new Set(found)];
}

/** What a check sees of one element: its attributes and, for reports, its opening tag. */
interface ElementView {
  attributes: Record<string, string>;
  attr(name: string): string | undefined;
  tag: string;
}

/** Runs a check over every element a selector finds on every page. */
function elementComplaints(
  site: Site,
  selector: string,
  check: (element: ElementView) => string | undefined,
): string[] {
  const found: string[] = [];
  for (const page of site.pages.values()) {
    page.$(selector).each((_, element) => {
      const node = page.$(element);
      const attributes = node.attr() ?? {};
      const tag = (page.$.html(element) ?? "").replace(/>[\s\S]*$/, ">").slice(0, 160);
      const problem = check({ attributes, attr: (name) => attributes[name], tag });
      if (problem) found.push(`${page.file}: ${problem}`);
    });
  }
  return found;
}

interface BuildUnderTest {
  name: string;
  /** Returns the folder of the build, building it first when needed. */
  make: () => string;
  /** Removes the build when it is a temporary one. */
  cleanUp: (dir: string) => void;
  basePath: string;
}

const builds: BuildUnderTest[] = [
  { name: `the default build (${siteDir()})`, make: siteDir, cleanUp: () => {}, basePath: "/" },
  {
    name: "a build with BASE_PATH=/inw/ and SITE_URL=https://example.org",
    make: () => {
      const result = buildSite({ BASE_PATH: "/inw/", SITE_URL: "https://example.org" });
      if (result.status !== 0) throw new Error(`the build failed:\n${result.output}`);
      return result.outDir;
    },
    cleanUp: (dir) => rmSync(dir, { recursive: true, force: true }),
    basePath: "/inw/",
  },
];

describe.each(builds)("$name", ({ make, cleanUp, basePath }) => {
  let site: Site;
  beforeAll(() => {
    site = loadSite(make());
  }, 300_000);
  afterAll(() => {
    if (site) cleanUp(site.dir);
  });

  test(`lives under ${basePath}`, () => {
    expect(site.basePath).toBe(basePath);
    expect(site.pages.size).toBeGreaterThan(0);
  });

  test("every internal link resolves to a built file", () => {
    expect(
      complaints(site, (reference) => {
        if (reference.url.protocol === "invalid:") return "is not a valid URL";
        if (!isInternal(site, reference)) return undefined;
        const target = resolveFile(site, reference.url);
        return "problem" in target ? target.problem : undefined;
      }),
    ).toEqual([]);
  });

  test("every #fragment names an element of the page it points at", () => {
    expect(
      complaints(site, (reference) => {
        const fragment = reference.url.hash.slice(1);
        if (!fragment || !isInternal(site, reference)) return undefined;
        const target = resolveFile(site, reference.url);
        if ("problem" in target) return undefined; // reported by the test above
        const page = site.pages.get(target.file);
        if (!page) return undefined; // a fragment of a non-HTML file
        const id = decodeURIComponent(fragment);
        // "#top" scrolls to the top of any page (HTML's "indicated part of the document").
        if (page.anchors.has(id) || id.toLowerCase() === "top") return undefined;
        return `points at #${id}, which ${target.file} does not have`;
      }),
    ).toEqual([]);
  });

  test(`every internal link is written from the root, starting with ${basePath}`, () => {
    expect(
      complaints(site, (reference) => {
        if (!isInternal(site, reference) || reference.raw.startsWith("#")) return undefined;
        const path = reference.raw.startsWith(site.root.origin)
          ? reference.raw.slice(site.root.origin.length)
          : reference.raw;
        return path.startsWith(site.basePath) ? undefined : `does not start with ${basePath}`;
      }),
    ).toEqual([]);
  });

  test("every location in the sitemap is a built page", () => {
    const { pages } = readBuiltSitemap(site.dir);
    const broken = pages.flatMap((path) => {
      const target = resolveFile(site, new URL(path, site.root));
      if ("problem" in target) return [`${path} ${target.problem}`];
      return target.file.endsWith(".html") ? [] : [`${path} is not an HTML page`];
    });
    expect(broken).toEqual([]);
  });

  test("every external link that opens a new tab has rel=noopener", () => {
    expect(
      elementComplaints(site, "a[target], area[target], form[target]", (element) => {
        if ((element.attr("target") ?? "").toLowerCase() !== "_blank") return undefined;
        const raw = element.attr("href") ?? element.attr("action") ?? "";
        if (!/^(https?:)?\/\//i.test(raw.trim())) return undefined;
        if (new URL(raw.trim(), site.root).origin === site.root.origin) return undefined;
        const rel = (element.attr("rel") ?? "").toLowerCase().split(/\s+/);
        return rel.includes("noopener") ? undefined : `${element.tag} lacks rel=noopener`;
      }),
    ).toEqual([]);
  });

  test("no element has an inline event handler or a javascript: URL", () => {
    expect(
      elementComplaints(site, "*", (element) => {
        const bad = Object.entries(element.attributes).filter(
          ([name, value]) => /^on/i.test(name) || /^\s*javascript:/i.test(value),
        );
        if (bad.length === 0) return undefined;
        return `${element.tag} has ${bad.map(([name]) => name).join(", ")}`;
      }),
    ).toEqual([]);
  });

  test("every page has Astro's Content-Security-Policy <meta> before any script or style", () => {
    const missing: string[] = [];
    for (const page of site.pages.values()) {
      const { $ } = page;
      const csp = $("head meta[http-equiv]").filter(
        (_, element) =>
          ($(element).attr("http-equiv") ?? "").toLowerCase() === "content-security-policy",
      );
      if (csp.length !== 1) {
        missing.push(`${page.file}: has ${csp.length} CSP <meta> in <head>, expected 1`);
        continue;
      }
      if (!/(^|;)\s*default-src /.test(csp.attr("content") ?? "")) {
        missing.push(`${page.file}: its CSP has no default-src`);
      }
      // A <meta> CSP governs only what follows it. Data blocks (JSON-LD) are never run, so they
      // may come first; scripts, styles and stylesheets may not.
      const before = csp
        .prevAll("script, style, link[rel~=stylesheet], link[rel~=modulepreload]")
        .filter((_, element) => {
          const type = ($(element).attr("type") ?? "").trim().toLowerCase();
          return (
            !$(element).is("script") ||
            /^(|module|(text|application)\/(java|ecma)script)$/.test(type)
          );
        });
      if (before.length) missing.push(`${page.file}: a script or style comes before the CSP`);
    }
    expect(missing).toEqual([]);
  });

  test("every <img> has a width and a height", () => {
    expect(
      elementComplaints(site, "img", (element) => {
        const ok = ["width", "height"].every((name) => /^[1-9]\d*$/.test(element.attr(name) ?? ""));
        return ok ? undefined : `${element.tag} lacks a numeric width or height`;
      }),
    ).toEqual([]);
  });

  test("no script or stylesheet comes from another origin", () => {
    expect(
      complaints(site, (reference) => {
        const loads = /^script\[|^link\[rel=.*\b(stylesheet|preload|modulepreload|icon)\b/;
        if (!loads.test(reference.where) || isInternal(site, reference)) return undefined;
        return `comes from ${reference.url.origin}`;
      }),
    ).toEqual([]);
  });

  test("every file a page loads is linked by path, not by absolute URL, so it loads on any host", () => {
    expect(
      complaints(site, (reference) => {
        const loads =
          /^(script|img|source|iframe|video)\[|^link\[rel=.*\b(stylesheet|preload|modulepreload|icon|manifest)\b/;
        if (!loads.test(reference.where) || !isInternal(site, reference)) return undefined;
        return /^[a-z][a-z0-9+.-]*:|^\/\//i.test(reference.raw)
          ? `is an absolute URL: the browser would fetch it from ${site.root.origin} even when the site is served elsewhere`
          : undefined;
      }),
    ).toEqual([]);
  });

  test("uses no web fonts", () => {
    const found: string[] = [];
    for (const entry of readdirSync(site.dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      if (/\.(woff2?|ttf|otf|eot)$/i.test(entry.name)) found.push(`font file ${path}`);
      if (entry.name.endsWith(".css") && /@font-face/i.test(readFileSync(path, "utf8"))) {
        found.push(`@font-face in ${path}`);
      }
    }
    for (const page of site.pages.values()) {
      if (/@font-face/i.test(page.$("style").text())) found.push(`@font-face in ${page.file}`);
      if (page.$('link[rel~="preload"][as="font"]').length)
        found.push(`font preload in ${page.file}`);
    }
    expect(found).toEqual([]);
  });
});
