/**
 * The built site in every language: each page's language markup and alternates, the switcher,
 * the sitemap's alternates, no strings of another language, and dates written as date-fns writes
 * them in that language for the weeks an independent calculation gives.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { UTCDate } from "@date-fns/utc";
import { load, type CheerioAPI } from "cheerio";
import { format, type Locale } from "date-fns";
import { de, enGB, es, fr, it, pt } from "date-fns/locale";
import { describe, expect, test } from "vitest";
import { DIST, readBuilt } from "../helpers/build";
import { oracleWeek } from "../helpers/oracle";
import { builtPages, isNotFoundPage, languageOfPage, loadPage, routeOfPage } from "../helpers/site";
import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  LANGUAGE_CODES,
  localizedPath,
  type Language,
} from "../../src/i18n/languages";

const ORIGIN = "http://localhost:4321";
const pages = builtPages(DIST);
const DATE_LOCALES: Record<Language, Locale> = { en: enGB, es, pt, fr, de, it };

function dateFns(date: string, pattern: string, language: Language): string {
  return format(new UTCDate(`${date}T00:00:00Z`), pattern, { locale: DATE_LOCALES[language] });
}

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

  test("declares its language and links to itself in every language, English as x-default", () => {
    expect($("html").attr("lang")).toBe(language);
    const expected: Record<string, string> = Object.fromEntries([
      ...LANGUAGE_CODES.map((code) => [code, `${ORIGIN}${localizedPath(code, route)}`]),
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
        hreflang: code,
        lang: code,
        href: localizedPath(code, isNotFoundPage(path) ? "/" : route),
        current: code === language ? "true" : undefined,
        name: LANGUAGES[code].language.name,
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

  test("lists every indexable page of every language", () => {
    const listed = entries.map(({ loc }) => new URL(loc).pathname).sort();
    expect(listed).toEqual(pages.filter((path) => !isNotFoundPage(path)).sort());
  });

  test("lists each page's alternates in every language", () => {
    for (const { loc, alternates } of entries) {
      const route = routeOfPage(new URL(loc).pathname);
      expect(alternates, loc).toEqual(
        Object.fromEntries(
          LANGUAGE_CODES.map((code) => [code, `${ORIGIN}${localizedPath(code, route)}`]),
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

/** Names some languages write alike and others not ("Israel", "Israël"): never a telltale. */
const NAMES = new Set(["Israel"]);

/**
 * The fixed words of a string, around its placeholders, that tell a language apart: several
 * words, or one word of five letters or more (shorter ones, such as "site", two languages share).
 */
function telltales(text: string): string[] {
  return text
    .split(/\{\w+\}/)
    .map((part) => part.trim())
    .filter((part) => (/\s/.test(part) ? /\p{L}{3}/u : /^\p{L}{5,}/u).test(part))
    .filter((part) => !NAMES.has(part));
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

  test("exist for every page of the English site", () => {
    const englishRoutes = pages.filter((path) => languageOfPage(path) === DEFAULT_LANGUAGE);
    expect(ownPages.map(routeOfPage).sort()).toEqual(englishRoutes.sort());
  });

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

  test("write each year's week in the dates table as date-fns writes it in the language", () => {
    const $ = loadPage(DIST, localizedPath(language, "/dates/"));
    const day = language === "de" ? "do" : "d";
    const rows = $("tr[data-year]");
    expect(rows.length).toBeGreaterThan(25);
    rows.each((_, row) => {
      const week = oracleWeek(Number($(row).attr("data-year")));
      const time = $(row).find("time");
      expect(time.attr("datetime")).toBe(week.start);
      expect(time.text()).toBe(dateFns(week.start, `${day} MMM`, language));
      expect($(row).find("td").last().text()).toBe(
        `${dateFns(week.start, day, language)}–${dateFns(week.end, `${day} MMM`, language)}`,
      );
    });
  });

  test.each([2021, 2026, 2027])(
    "write the %i week's days on its page as date-fns writes them in the language",
    (year) => {
      const $ = loadPage(DIST, localizedPath(language, `/${year}/`));
      const week = oracleWeek(year);
      const longDate = language === "en" ? "EEEE d MMMM yyyy" : "PPPP";
      for (const date of [week.start, week.businessEnd, week.end]) {
        const times = $(`time[datetime="${date}"]`);
        expect(times.length, date).toBeGreaterThan(0);
        times.each((_, time) => {
          expect($(time).text().trim()).toBe(dateFns(date, longDate, language));
        });
      }
      expect($(".whole").text()).toBe(
        `${dateFns(week.start, language === "de" ? "do" : "d", language)}–${dateFns(week.end, "PPP", language)}`,
      );
    },
  );

  test("offer their own calendar feeds and preview images", () => {
    const root = localizedPath(language, "/");
    const home = loadPage(DIST, root);
    const feed = `${ORIGIN}${root}calendar.ics`;
    expect(home(`a[href="${feed.replace(/^https?:/, "webcal:")}"]`).length).toBe(1);
    const calendar = readBuilt(DIST, `${root.slice(1)}calendar/2027.ics`);
    expect(calendar).toContain(`URL;VALUE=URI:${ORIGIN}${root}2027/`);
    const image = home('meta[property="og:image"]').attr("content") ?? "";
    expect(image).toBe(`${ORIGIN}/og${root}home.png`);
    if (language !== DEFAULT_LANGUAGE) {
      const english = readFileSync(join(DIST, "og/home.png"));
      expect(readFileSync(join(DIST, builtFileOf(image))).equals(english)).toBe(false);
    }
  });
});

test("the 404 page of each language is in that language and links within it", () => {
  for (const language of LANGUAGE_CODES) {
    const $ = loadPage(DIST, localizedPath(language, "/404.html"));
    expect($("html").attr("lang")).toBe(language);
    expect($("h1").text()).toBe(LANGUAGES[language].notFound.heading);
    expect($('meta[name="robots"]').attr("content")).toBe("noindex");
    expect($("main a[href]").first().attr("href")).toBe(localizedPath(language, "/dates/"));
  }
});
