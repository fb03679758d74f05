import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { oracleWeek } from "../helpers/oracle";
import { SOURCES } from "../../src/data/sources";
import { BUILD_DAY, builtSite, readBuilt } from "../helpers/build";
import { builtPages, loadPage, sitemapLocations } from "../helpers/site";
import { LANGUAGE_CODES, localizedPath } from "../../src/i18n/languages";

const DIST = builtSite("default");
// Built on 2026-11-25: every year from the first edition to ten years ahead.
const expectedYears = Array.from({ length: 2036 - 2007 + 1 }, (_, index) => 2007 + index);
const sectionPaths = ["/", "/dates/", "/history/", "/themes/", "/observe/", "/faq/", "/toolkit/"];
// English at the root, every other language under its code, each with every page.
const expectedPages = LANGUAGE_CODES.flatMap((language) =>
  [...sectionPaths, ...expectedYears.map((year) => `/${year}/`)].map((path) =>
    localizedPath(language, path),
  ),
);
const notFoundPages = LANGUAGE_CODES.map((language) => localizedPath(language, "/404.html"));
const pages = builtPages(DIST);
const sourceUrls = new Set(Object.values(SOURCES).map(({ url }) => url));

describe("routes", () => {
  test("every section page, every year page from 2007 to 2036 and the 404 page exist in every language, and nothing else", () => {
    expect(pages).toEqual([...expectedPages, ...notFoundPages].sort());
  });

  test("the sitemap lists every HTML page but the 404 pages, and nothing else", () => {
    const listed = sitemapLocations(DIST).map((location) => new URL(location).pathname);
    expect(listed.sort()).toEqual([...expectedPages].sort());
  });
});

describe("titles and descriptions", () => {
  const heads = pages.map((path) => {
    const $ = loadPage(DIST, path);
    return {
      path,
      title: $("title").text(),
      description: $('meta[name="description"]').attr("content"),
    };
  });

  /** A text's length in Latin letters: a Chinese character, or full-width punctuation, counts as two. */
  const latinLength = (text = "") =>
    [...text].reduce(
      (length, character) =>
        length + (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(character) ? 2 : 1),
      0,
    );

  test("every page has a title and a description", () => {
    for (const { path, title, description } of heads) {
      expect(latinLength(title), path).toBeGreaterThan(10);
      expect(latinLength(description), path).toBeGreaterThan(50);
    }
  });

  test("titles and descriptions are unique per page", () => {
    const titles = heads.map(({ title }) => title);
    const descriptions = heads.map(({ description }) => description);
    expect(new Set(titles).size).toBe(titles.length);
    expect(new Set(descriptions).size).toBe(descriptions.length);
  });
});

describe("sources", () => {
  test.each(sectionPaths)("%s lists its sources as links to known sources", (path) => {
    const $ = loadPage(DIST, path);
    const links = $("section.sources a[href]")
      .map((_, element) => $(element).attr("href"))
      .get();
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(sourceUrls, href).toContain(href);
  });

  test.each([
    [
      "/themes/",
      [
        "https://ivanmisner.com/tag/bniinw20/",
        "https://dirk-eckart.de/2019-12/die-erste-bni-global-convention-in-europa",
      ],
    ],
    ["/2007/", ["https://iris-collections.blogspot.com/2006/11/international-networking-day.html"]],
    ["/2020/", ["https://ivanmisner.com/tag/bniinw20/"]],
    [
      "/dates/",
      [
        "https://networkingandreferrals.blogspot.com/2010/01/international-networking-week-2010-lets.html",
      ],
    ],
  ])("%s cites the sources of the facts it states", (path, expected) => {
    const $ = loadPage(DIST, path);
    const links = $("a[href]")
      .map((_, element) => $(element).attr("href"))
      .get();
    for (const href of expected) expect(links).toContain(href);
  });
});

describe("themes", () => {
  const themes = JSON.parse(readFileSync("src/data/themes.json", "utf8")) as {
    year: number;
    theme: string;
    sourceUrl: string;
  }[];

  test("the themes page shows each theme with its status and source link", () => {
    const $ = loadPage(DIST, "/themes/");
    for (const theme of themes) {
      const card = $(`#theme-${theme.year}`);
      expect(card.text()).toContain(theme.theme);
      expect(card.find(".status").text().trim()).toMatch(
        /Confirmed by BNI|One observance calendar only; not confirmed by BNI/,
      );
      expect(card.find(`a[href="${theme.sourceUrl}"]`).length).toBe(1);
    }
    expect($("#mix-up").parent().text()).toContain("Dreaming Big");
    expect($("#other-years").parent().text()).toContain("No theme is known");
  });

  test("dates.json and the year pages carry each known theme with its source", () => {
    const dates = JSON.parse(readBuilt(DIST, "dates.json")) as {
      years: { year: number; theme?: { name: string; sourceUrl: string } }[];
    };
    for (const theme of themes) {
      expect(dates.years.find(({ year }) => year === theme.year)?.theme).toMatchObject({
        name: theme.theme,
        sourceUrl: theme.sourceUrl,
      });
      expect(loadPage(DIST, `/${theme.year}/`)("#theme").parent().text()).toContain(theme.theme);
    }
    expect(dates.years.filter(({ theme }) => theme).length).toBe(themes.length);
    expect(loadPage(DIST, "/2020/")("#theme").parent().text()).toContain("confirmed by BNI");
  });
});

describe("year pages", () => {
  test.each([2007, 2010, 2026, 2027])("/%i/ names its year and links to its neighbours", (year) => {
    const $ = loadPage(DIST, `/${year}/`);
    expect($("h1").text()).toContain(String(year));
    if (year > 2007) expect($('a[rel="prev"]').attr("href")).toBe(`/${year - 1}/`);
    else expect($('a[rel="prev"]').length).toBe(0);
    expect($('a[rel="next"]').attr("href")).toBe(`/${year + 1}/`);
    expect(
      $('nav[aria-label="Breadcrumb"] a')
        .map((_, element) => $(element).text())
        .get(),
    ).toEqual(["Home", "Dates", String(year)]);
  });
});

describe("the navigation", () => {
  test.each([
    ["/dates/", "Dates"],
    ["/history/", "History"],
    ["/themes/", "Themes"],
    ["/observe/", "Observe"],
    ["/toolkit/", "Toolkit"],
  ])("marks %s as the current page", (path, label) => {
    const $ = loadPage(DIST, path);
    expect($('nav[aria-label="Main"] [aria-current="page"]').text().trim()).toBe(label);
  });
});

// The day a build describes decides the home page's rows and the dates table's marks: the default
// build's day and days around the edges of a week and a year, each with what a reader should see,
// written out by hand: the featured week's status and dates, the year the "this year" row is for,
// and the year whose row is marked as the next week.
const BUILD_DAYS = [
  [BUILD_DAY, "Starts in 68 days", "1–7 February 2027", 2026, 2027],
  ["2026-12-31", "Starts in 32 days", "1–7 February 2027", 2026, 2027],
  ["2027-01-01", "Starts in 31 days", "1–7 February 2027", 2027, 2027],
  ["2027-01-31", "Starts tomorrow", "1–7 February 2027", 2027, 2027],
  ["2027-02-01", "On now: day 1 of 7", "1–7 February 2027", 2027, 2027],
  ["2027-02-07", "On now: day 7 of 7", "1–7 February 2027", 2027, 2027],
  ["2027-02-08", "Starts in 364 days", "7–13 February 2028", 2027, 2028],
] as const;

describe.each(BUILD_DAYS)(
  "a build for SITE_TODAY=%s",
  (day, featuredStatus, featuredWeek, thisYear, nextWeekYear) => {
    const dir = builtSite(day === BUILD_DAY ? "default" : day);

    test("shows last, this and next year's weeks on the home page", () => {
      const $ = loadPage(dir, "/");
      const years = { last: thisYear - 1, this: thisYear, next: thisYear + 1 };
      for (const occurrence of ["last", "this", "next"] as const) {
        const row = $(`[data-occurrence="${occurrence}"]`);
        const expected = oracleWeek(years[occurrence]);
        expect(row.length, occurrence).toBe(1);
        expect(row.find("time").attr("datetime"), occurrence).toBe(expected.start);
        expect(row.find('[data-field="year"]').first().text(), occurrence).toBe(
          String(expected.year),
        );
      }
    });

    test(`features the nearest week: ${featuredWeek}, "${featuredStatus}"`, () => {
      const $ = loadPage(dir, "/");
      const featured = $('[data-week="featured"]');
      expect(featured.find('[data-field="status"]').text()).toBe(featuredStatus);
      expect(featured.find('[data-field="whole"]').text()).toBe(featuredWeek);
      expect($("[data-as-of] time").attr("datetime")).toBe(day);
    });

    test("the questions page answers when the nearest week and the one after it are", () => {
      const $ = loadPage(dir, "/faq/");
      const featured = $('[data-week="featured"]').first();
      const after = oracleWeek(oracleWeek(nextWeekYear).year + 1);
      expect(featured.find("h2").text()).toBe(
        `When is International Networking Week ${nextWeekYear}?`,
      );
      expect(featured.find('[data-field="whole"]').text()).toBe(featuredWeek);
      const next = $('[data-week="afterFeatured"]');
      expect(next.find("h2").text()).toBe(`When is International Networking Week ${after.year}?`);
      expect(next.find('[data-field="whole"]').text()).toMatch(
        new RegExp(
          `^${Number(after.start.slice(8))}–${Number(after.end.slice(8))} February ${after.year}$`,
        ),
      );
    });

    test("marks this year's and the next week's rows in the dates table", () => {
      const $ = loadPage(dir, "/dates/");
      expect($("tr[data-this-year]").attr("data-year")).toBe(String(thisYear));
      expect($("tr[data-next-week]").attr("data-year")).toBe(String(nextWeekYear));
      expect($("tr[data-this-year]").length).toBe(1);
      expect($("tr[data-next-week]").length).toBe(1);
      expect($('[data-badge="next-week"]').text().trim()).toBe(
        featuredStatus.startsWith("On now") ? "On now" : "Next",
      );
    });
  },
);
