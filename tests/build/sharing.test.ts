import { existsSync } from "node:fs";
import { join } from "node:path";
import type { CheerioAPI } from "cheerio";
import { describe, expect, test } from "vitest";
import { builtSite, readBuilt } from "../helpers/build";
import {
  builtPages,
  isNotFoundPage,
  languageOfPage,
  loadPage,
  routeOfPage,
  sitemapLocations,
} from "../helpers/site";
import { LANGUAGES, LANGUAGE_CODES, localizedPath } from "../../src/i18n/languages";

interface JsonLd {
  "@type": string;
  [key: string]: unknown;
}

function jsonLd($: CheerioAPI): JsonLd[] {
  return $('script[type="application/ld+json"]')
    .map((_, element) => JSON.parse($(element).text()) as JsonLd)
    .get();
}

function meta($: CheerioAPI, key: string): string | undefined {
  return $(`meta[property="${key}"], meta[name="${key}"]`).attr("content");
}

const DIST = builtSite("default");
const ORIGIN = "http://localhost:4321";
const pages = builtPages(DIST).filter((path) => !isNotFoundPage(path));

describe.each(pages)("the head of %s", (path) => {
  const $ = loadPage(DIST, path);

  test("has an absolute canonical URL and matching og:url", () => {
    expect($('link[rel="canonical"]').attr("href")).toBe(`${ORIGIN}${path}`);
    expect(meta($, "og:url")).toBe(`${ORIGIN}${path}`);
  });

  test("has the Open Graph and Twitter card tags, with a built 1200×630 image", () => {
    expect(meta($, "og:title")).toBe($("title").text());
    expect(meta($, "og:description")).toBe(meta($, "description"));
    expect(meta($, "og:type")).toBe("website");
    expect(meta($, "og:site_name")).toBe("International Networking Week");
    const language = languageOfPage(path);
    expect(meta($, "og:locale")).toBe(LANGUAGES[language].ogLocale);
    const alternates = $('meta[property="og:locale:alternate"]')
      .map((_, element) => $(element).attr("content"))
      .get();
    expect(alternates.sort()).toEqual(
      LANGUAGE_CODES.filter((code) => code !== language)
        .map((code) => LANGUAGES[code].ogLocale)
        .sort(),
    );
    expect(meta($, "og:image:width")).toBe("1200");
    expect(meta($, "og:image:height")).toBe("630");
    expect(meta($, "og:image:alt")?.length ?? 0).toBeGreaterThan(10);
    expect(meta($, "twitter:card")).toBe("summary_large_image");
    const image = new URL(meta($, "og:image") ?? "");
    expect(image.origin).toBe(ORIGIN);
    // Each language's own image, drawn in its words.
    expect(image.pathname.startsWith(`/og${localizedPath(language, "/")}`)).toBe(true);
    expect(existsSync(join(DIST, image.pathname))).toBe(true);
  });

  test("has JSON-LD: WebSite on the home page, BreadcrumbList elsewhere", () => {
    const types = jsonLd($).map((data) => data["@type"]);
    expect(types).toContain(routeOfPage(path) === "/" ? "WebSite" : "BreadcrumbList");
  });
});

describe("year pages", () => {
  test.each([2007, 2021, 2026, 2027, 2036])(
    "/%i/ claims no Event (no venue, organiser or booking to back one) and gives its breadcrumbs",
    (year) => {
      const $ = loadPage(DIST, `/${year}/`);
      expect(jsonLd($).map((data) => data["@type"])).toEqual(["BreadcrumbList"]);
      const crumbs = jsonLd($).find((data) => data["@type"] === "BreadcrumbList") as unknown as {
        itemListElement: { position: number; item: string }[];
      };
      expect(crumbs.itemListElement.map(({ item }) => item)).toEqual([
        `${ORIGIN}/`,
        `${ORIGIN}/dates/`,
        `${ORIGIN}/${year}/`,
      ]);
    },
  );

  test("each offers its own calendar file and a Google Calendar link", () => {
    const $ = loadPage(DIST, "/2027/");
    expect($('a[href="/calendar/2027.ics"]').length).toBe(1);
    const google = new URL($('a[href^="https://calendar.google.com/"]').attr("href") ?? "");
    expect(google.searchParams.get("dates")).toBe("20270201/20270206");
  });
});

describe("share links", () => {
  test.each(["/", "/2027/"])("%s has plain LinkedIn, X, Facebook, email and copy links", (path) => {
    const $ = loadPage(DIST, path);
    const hrefs = $(".share a")
      .map((_, element) => $(element).attr("href"))
      .get();
    const pageUrl = `${ORIGIN}${path}`;
    const linkedin = new URL(hrefs.find((href) => href.startsWith("https://www.linkedin.com/"))!);
    expect(linkedin.searchParams.get("url")).toBe(pageUrl);
    const x = new URL(hrefs.find((href) => href.startsWith("https://x.com/"))!);
    expect(x.searchParams.get("url")).toBe(pageUrl);
    expect(x.searchParams.get("hashtags")).toBe("InternationalNetworkingWeek");
    const facebook = new URL(hrefs.find((href) => href.startsWith("https://www.facebook.com/"))!);
    expect(facebook.searchParams.get("u")).toBe(pageUrl);
    const email = hrefs.find((href) => href.startsWith("mailto:"))!;
    expect(decodeURIComponent(email)).toContain(pageUrl);
    expect(decodeURIComponent(email)).toContain("#InternationalNetworkingWeek");
    expect($(".share a[data-copy-fallback]").attr("href")).toBe(pageUrl);
    expect($(`.share button[data-copy="${pageUrl}"]`).attr("hidden")).toBeDefined();
    expect($(".share button[data-share-url]").attr("hidden")).toBeDefined();
  });
});

describe("a build under a sub-path of another origin (SITE_URL=https://example.org, BASE_PATH=/inw/)", () => {
  const site = "https://example.org";
  const dir = builtSite("inw");
  const indexable = builtPages(dir).filter((page) => !isNotFoundPage(page));

  // Links, alternates and preview images are held under the sub-path by the link checks.
  test("gives every page its canonical URL and JSON-LD URLs under the sub-path", () => {
    for (const path of indexable) {
      const $ = loadPage(dir, path);
      expect($('link[rel="canonical"]').attr("href"), path).toBe(`${site}/inw${path}`);
      const urls = JSON.stringify(jsonLd($)).match(/https:\/\/example\.org[^"]*/g) ?? [];
      expect(urls.length, path).toBeGreaterThan(0);
      for (const url of urls) expect(url, path).toMatch(/^https:\/\/example\.org\/inw\//);
    }
  });

  test("lists every page under the sub-path in the sitemap and robots.txt, and the feeds in webcal links", () => {
    expect(sitemapLocations(dir).sort()).toEqual(
      indexable.map((path) => `${site}/inw${path}`).sort(),
    );
    expect(readBuilt(dir, "robots.txt")).toContain(`Sitemap: ${site}/inw/sitemap-index.xml`);
    expect(loadPage(dir, "/dates/")('a[href="webcal://example.org/inw/calendar.ics"]').length).toBe(
      1,
    );
    expect(
      loadPage(dir, "/de/dates/")('a[href="webcal://example.org/inw/de/calendar.ics"]').length,
    ).toBe(1);
  });
});
