/**
 * The built site in every language: each page's language markup and alternates, the switcher,
 * the sitemap's alternates, no strings of another language, and the dates of the weeks an
 * independent calculation gives, written in the language's words by the format module (whose
 * unit tests hold it to date-fns' own formatting in every language).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { load, type CheerioAPI } from "cheerio";
import { describe, expect, test } from "vitest";
import { builtSite, readBuilt } from "../helpers/build";
import { oracleWeek } from "../helpers/oracle";
import { builtPages, isNotFoundPage, languageOfPage, loadPage, routeOfPage } from "../helpers/site";
import { formatShortStart, formatWeekDay, formatWeekRange } from "../../src/lib/format";
import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  LANGUAGE_CODES,
  hreflangOf,
  localizedPath,
  stringsOf,
  type Language,
} from "../../src/i18n/languages";
import { dateWordsOf } from "../../src/i18n/context";
import { OBSERVANCE_NAME } from "../../src/consts";

const DIST = builtSite("default");
const ORIGIN = "http://localhost:4321";
const pages = builtPages(DIST);

/** The path of a built file for an absolute URL of the site. */
function builtFileOf(url: string): string {
  const { pathname } = new URL(url);
  return pathname.endsWith("/") ? `${pathname}index.html` : pathname;
}

function hreflangs($: CheerioAPI): Record<string, string> {
  return Object.fromEntries(
    $('link[rel="alternate"][hreflang]')
      .map((_, element) => [[$(element).attr("hreflang"), $(element).attr("href")]])
      .get(),
  );
}

describe.each(pages)("%s", (path) => {
  const $ = loadPage(DIST, path);
  const language = languageOfPage(path);
  const route = routeOfPage(path);

  test("declares its language and direction and links to itself in every language, English as x-default", () => {
    expect($("html").attr("lang")).toBe(LANGUAGES[language].tag);
    expect($("html").attr("dir")).toBe(LANGUAGES[language].dir);
    const expected: Record<string, string> = Object.fromEntries([
      ...LANGUAGE_CODES.map((code) => [hreflangOf(code), `${ORIGIN}${localizedPath(code, route)}`]),
      ["x-default", `${ORIGIN}${route}`],
    ]);
    expect(hreflangs($)).toEqual(expected);
    for (const href of Object.values(expected)) {
      expect(pages, href).toContain(new URL(href).pathname);
    }
  });

  test("switches to the same page in each other language (a 404 page to the home page), the current one marked", () => {
    const links = $("nav.languages a")
      .map((_, element) => ({
        hreflang: $(element).attr("hreflang"),
        lang: $(element).attr("lang"),
        href: $(element).attr("href"),
        current: $(element).attr("aria-current"),
        name: $(element).find(".name").text(),
      }))
      .get();
    expect(links).toEqual(
      LANGUAGE_CODES.map((code) => ({
        hreflang: LANGUAGES[code].tag,
        lang: LANGUAGES[code].tag,
        href: localizedPath(code, isNotFoundPage(path) ? "/" : route),
        current: code === language ? "true" : undefined,
        name: LANGUAGES[code].name,
      })),
    );
  });
});

describe("the sitemap", () => {
  const sitemap = load(readBuilt(DIST, "sitemap-0.xml"), { xml: true });
  const entries = sitemap("url")
    .map((_, url) => ({
      loc: sitemap(url).children("loc").text(),
      alternates: Object.fromEntries(
        sitemap(url)
          .find("xhtml\\:link")
          .map((__, link) => [[sitemap(link).attr("hreflang"), sitemap(link).attr("href")]])
          .get(),
      ),
    }))
    .get();

  test("lists each page's alternates in every language", () => {
    for (const { loc, alternates } of entries) {
      const route = routeOfPage(new URL(loc).pathname);
      expect(alternates, loc).toEqual(
        Object.fromEntries(
          LANGUAGE_CODES.map((code) => [
            hreflangOf(code),
            `${ORIGIN}${localizedPath(code, route)}`,
          ]),
        ),
      );
    }
  });
});

/**
 * The strings one language's pages may contain: every plain string of its strings file. Another
 * language's strings that are not also this language's must not appear (names such as "LinkedIn"
 * and words such as "Dates" that two languages share are, by this rule, allowed).
 */
function plainStrings(language: Language): string[] {
  const strings: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (path === "language") return;
    if (typeof value === "string") strings.push(value);
    else if (typeof value === "object" && value !== null) {
      for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(LANGUAGES[language], "");
  return strings;
}

/**
 * Names and phrases some languages write alike and others not ("Israel", "Israël"; Spanish and
 * Portuguese "como tema de"): never a telltale. Nor is the week's name, which every language
 * keeps, with only punctuation around it ("International Networking Week:").
 */
const SHARED = new Set(["Israel", "como tema de"]);

/**
 * The fixed words of a string, around its placeholders, that tell a language apart: several
 * words, or one word of five letters or more (shorter ones, such as "site", two languages share).
 */
function telltales(text: string): string[] {
  return text
    .split(/\{\w+\}/)
    .map((part) => part.trim())
    .filter((part) => (/\s/.test(part) ? /\p{L}{3}/u : /^\p{L}{5,}/u).test(part))
    .filter((part) => !SHARED.has(part))
    .filter((part) => /\p{L}/u.test(part.replace(OBSERVANCE_NAME, "")));
}

/** The page as a reader meets it: its text and the attributes read aloud or shown. */
function readerText($: CheerioAPI): string {
  $("script, style").remove();
  const attributes = $(
    "[alt], [aria-label], [title], meta[name='description'], meta[property^='og:title'], meta[property^='og:description'], meta[property='og:image:alt']",
  )
    .map((_, element) =>
      ["alt", "aria-label", "title", "content"].map((name) => $(element).attr(name) ?? ""),
    )
    .get()
    .join("\n");
  // The switcher names every language in itself, on purpose.
  $("nav.languages").remove();
  return `${$("title").text()}\n${$("body").text().replace(/\s+/g, " ")}\n${attributes}`;
}

function containsWords(text: string, words: string): boolean {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").test(text);
}

describe.each(LANGUAGE_CODES)("the %s pages", (language) => {
  const own = new Set(plainStrings(language).flatMap(telltales));
  const foreign = LANGUAGE_CODES.filter((code) => code !== language).flatMap((code) =>
    [...new Set(plainStrings(code).flatMap(telltales))]
      .filter((words) => !own.has(words))
      .map((words) => ({ code, words })),
  );
  const ownPages = pages.filter((path) => languageOfPage(path) === language);
  const words = dateWordsOf(language);

  test("contain no words of another language's strings", () => {
    const found: string[] = [];
    for (const path of ownPages) {
      const text = readerText(loadPage(DIST, path));
      for (const { code, words } of foreign) {
        if (containsWords(text, words)) found.push(`${path}: ${code} "${words}"`);
      }
    }
    expect(found).toEqual([]);
  });

  test("write each year's week in the dates table in the language's words", () => {
    const $ = loadPage(DIST, localizedPath(language, "/dates/"));
    const rows = $("tr[data-year]");
    expect(rows.length).toBe(2036 - 2007 + 1);
    rows.each((_, row) => {
      const week = oracleWeek(Number($(row).attr("data-year")));
      const time = $(row).find("time");
      expect(time.attr("datetime")).toBe(week.start);
      expect(time.text()).toBe(formatShortStart(week, words));
      expect($(row).find("td").last().text()).toBe(formatWeekRange(week, "whole", words, "short"));
    });
  });

  test.each([2007, 2010, 2021, 2026, 2027])(
    "write the %i week's days on its page in the language's words",
    (year) => {
      const $ = loadPage(DIST, localizedPath(language, `/${year}/`));
      const week = oracleWeek(year);
      for (const which of ["start", "businessEnd", "end"] as const) {
        const times = $(`time[datetime="${week[which]}"]`);
        expect(times.length, which).toBeGreaterThan(0);
        times.each((_, time) => {
          expect($(time).text().trim()).toBe(formatWeekDay(week, which, words));
        });
      }
      expect($(".whole").text()).toBe(formatWeekRange(week, "whole", words));
    },
  );

  test("offer their own calendar feed and preview images", () => {
    const root = localizedPath(language, "/");
    const home = loadPage(DIST, root);
    const feed = `${ORIGIN}${root}calendar.ics`;
    expect(home(`a[href="${feed.replace(/^https?:/, "webcal:")}"]`).length).toBe(1);
    const image = home('meta[property="og:image"]').attr("content") ?? "";
    expect(image).toBe(`${ORIGIN}/og${root}home.png`);
    if (language !== DEFAULT_LANGUAGE) {
      const english = readFileSync(join(DIST, "og/home.png"));
      expect(readFileSync(join(DIST, builtFileOf(image))).equals(english)).toBe(false);
    }
  });
});

test("the 404 page of each language says so in its words and links within it", () => {
  for (const language of LANGUAGE_CODES) {
    const $ = loadPage(DIST, localizedPath(language, "/404.html"));
    expect($("h1").text()).toBe(stringsOf(language).notFound.heading);
    expect($('meta[name="robots"]').attr("content")).toBe("noindex");
    expect($("main a[href]").first().attr("href")).toBe(localizedPath(language, "/dates/"));
  }
});
