/**
 * What the built pages may say, in every language: the 2019 theme always attributed, sources
 * linked to the articles themselves, English words inside other languages marked as English, the
 * questions page's FAQPage data the same as its visible text, and each year's dates said to be
 * published or computed. The expectations are written from ../shared/facts/README.md.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { builtSite } from "../helpers/build";
import { builtPages, languageOfPage, loadPage } from "../helpers/site";
import { SOURCES } from "../../src/data/sources";
import { LANGUAGE_CODES, localizedPath, stringsOf } from "../../src/i18n/languages";

const DIST = builtSite("default");
const pages = builtPages(DIST);
const loaded = new Map(pages.map((path) => [path, loadPage(DIST, path)]));
const themes = JSON.parse(readFileSync("src/data/themes.json", "utf8")) as {
  year: number;
  theme: string;
  status: string;
}[];

/** Blocks of text: the unit a statement and its attribution must share. */
const BLOCKS = "p, li, td, dd, h1, h2, h3";

function textOf(selection: { text(): string }): string {
  // HTML's white space only: a no-break space (French "2027 ?") is part of the text.
  return selection
    .text()
    .replace(/[ \t\n\r\f]+/g, " ")
    .trim();
}

describe("the 2019 theme", () => {
  const reported = themes.filter(({ status }) => status === "reported");

  test.each(LANGUAGE_CODES)(
    "is never stated as fact in %s: wherever it appears, one observance calendar is named as its source",
    (language) => {
      const { observanceCalendar } = stringsOf(language).sources.kinds;
      const unattributed: string[] = [];
      let seen = 0;
      for (const [path, $] of loaded) {
        if (languageOfPage(path) !== language) continue;
        $("body")
          .find(BLOCKS)
          .filter((_, element) => $(element).children(BLOCKS).length === 0)
          .each((_, element) => {
            const text = textOf($(element));
            for (const { theme } of reported) {
              if (!text.includes(theme)) continue;
              seen++;
              // A theme card states it in one block and its status in the next: the card is the unit.
              const card = $(element).closest("li.card");
              const unit = card.length > 0 ? card : $(element);
              if (!textOf(unit).toLowerCase().includes(observanceCalendar.toLowerCase())) {
                unattributed.push(`${path}: ${text}`);
              }
            }
          });
      }
      expect(seen).toBeGreaterThan(0);
      expect(unattributed).toEqual([]);
    },
  );
});

describe("sources", () => {
  test("every link to another site goes to a page of it, never to its home page", () => {
    const bare: string[] = [];
    for (const [path, $] of loaded) {
      $("a[href^='http']").each((_, element) => {
        const href = $(element).attr("href")!;
        const url = new URL(href);
        if (url.hostname === "localhost") return;
        if ((url.pathname === "/" || url.pathname === "") && url.search === "") {
          bare.push(`${path}: ${href}`);
        }
      });
    }
    expect(bare).toEqual([]);
  });
});

describe("words kept in English inside other languages", () => {
  // The titles and phrases the pages quote in English (facts file), and the sources' English titles.
  const englishPhrases = [
    ...themes.map(({ theme }) => theme),
    "A Week of One Million Thank You's",
    "Dreaming Big",
    "BNI Big Breakfast",
    "relationship networking",
    // Titles other than the week's own name, which is a name in every language.
    ...Object.values(SOURCES)
      .map((source) => ("title" in source && !("titleLang" in source) ? source.title : ""))
      .filter((title) => title && !title.startsWith("International Networking")),
  ];

  test.each(LANGUAGE_CODES.filter((code) => code !== "en"))(
    'are marked lang="en" on the %s pages',
    (language) => {
      const unmarked: string[] = [];
      let seen = 0;
      for (const [path, $] of loaded) {
        if (languageOfPage(path) !== language) continue;
        $("body *")
          .contents()
          .filter((_, node) => node.type === "text")
          .each((_, node) => {
            const text = $(node).text();
            for (const phrase of englishPhrases) {
              if (!text.includes(phrase)) continue;
              seen++;
              const lang = $(node).parent().closest("[lang]").attr("lang");
              if (lang !== "en") unmarked.push(`${path}: "${phrase}" in lang=${lang}`);
            }
          });
      }
      expect(seen).toBeGreaterThan(0);
      expect([...new Set(unmarked)]).toEqual([]);
    },
  );

  test("no page shows the marker itself or an unfilled placeholder", () => {
    const leftovers: string[] = [];
    for (const [path, $] of loaded) {
      const copy = $.root().clone();
      copy.find("script, style").remove();
      const text = copy.text();
      const attributes = copy
        .find("[alt], [aria-label], [title], meta[content]")
        .map((_, element) =>
          ["alt", "aria-label", "title", "content"].map((name) => $(element).attr(name) ?? ""),
        )
        .get()
        .join("\n");
      for (const match of `${text}\n${attributes}`.matchAll(/\{[a-z]{2,3}:|\{\w+\}/g)) {
        leftovers.push(`${path}: ${match[0]}`);
      }
    }
    expect(leftovers).toEqual([]);
  });
});

describe.each(LANGUAGE_CODES)("the %s questions page", (language) => {
  const $ = loaded.get(localizedPath(language, "/faq/"))!;
  const data = $('script[type="application/ld+json"]')
    .toArray()
    .map((element) => JSON.parse($(element).text()) as Record<string, unknown>)
    .find((item) => item["@type"] === "FAQPage") as
    { mainEntity: { name: string; acceptedAnswer: { text: string } }[] } | undefined;

  test("has FAQPage data whose every question and answer is the text the page shows", () => {
    expect(data).toBeDefined();
    const visible = $("section.question")
      .map((_, section) => ({
        name: textOf($(section).find("h2")),
        acceptedAnswer: { text: textOf($(section).find("p")) },
      }))
      .get();
    expect(visible.length).toBeGreaterThanOrEqual(10);
    expect(
      data!.mainEntity.map(({ name, acceptedAnswer }) => ({
        name,
        acceptedAnswer: { text: acceptedAnswer.text },
      })),
    ).toEqual(visible);
  });

  test("is linked from the menu of every page of its language", () => {
    const href = localizedPath(language, "/faq/");
    for (const [path, page] of loaded) {
      if (languageOfPage(path) !== language) continue;
      expect(page(`nav.main-nav a[href="${href}"]`).length, path).toBe(1);
    }
  });
});

describe("where each year's dates come from", () => {
  // Years whose dates a source gave at the time (facts file, section 1), with that source.
  const published = new Map([
    [2007, SOURCES.irisCollections.url],
    [2010, SOURCES.networkingAndReferrals2010.url],
    [2018, SOURCES.celebrateEveryday2018.url],
    [2022, SOURCES.holidaysCalendar.url],
    [2023, SOURCES.holidaysCalendar.url],
    [2024, SOURCES.holidaysCalendar.url],
    [2025, SOURCES.nationalToday.url],
  ]);

  test.each(LANGUAGE_CODES)(
    "%s: a year page links to the source that published its dates, or to the rule they are computed from",
    (language) => {
      for (let year = 2007; year <= 2036; year++) {
        const $ = loaded.get(localizedPath(language, `/${year}/`))!;
        const section = $("#dates-source").parent();
        const source = published.get(year);
        if (source) {
          expect(section.find(`a[href="${source}"]`).length, `${year}`).toBe(1);
          expect(section.find(`a[href$="/dates/#rule"]`).length, `${year}`).toBe(0);
        } else {
          expect(section.find(`a[href$="/dates/#rule"]`).length, `${year}`).toBe(1);
        }
      }
    },
  );

  test.each(LANGUAGE_CODES)(
    "%s: the dates table says which years' dates were published",
    (language) => {
      const $ = loaded.get(localizedPath(language, "/dates/"))!;
      const { basis } = stringsOf(language).datesPage;
      $("tr[data-year]").each((_, row) => {
        const year = Number($(row).attr("data-year"));
        const cell = $(row).find("th .basis");
        expect(cell.text().trim(), `${year}`).toBe(
          published.has(year) ? basis.published : basis.computed,
        );
      });
    },
  );

  test("future years say BNI has not published their dates, past ones that no source gives them", () => {
    const section = (year: number) => textOf(loaded.get(`/${year}/`)!("#dates-source").parent());
    expect(section(2027)).toContain("BNI has not published dates for 2027");
    expect(section(2019)).toContain("No source found gives the dates of 2019");
    expect(section(2023)).toContain("8 February 2023");
  });
});
