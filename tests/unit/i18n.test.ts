import { describe, expect, test } from "vitest";
import themesData from "../../src/data/themes.json";
import { YEAR_NOTE_SOURCES } from "../../src/data/year-notes";
import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  LANGUAGE_CODES,
  langParam,
  localizedPath,
  pageContext,
  parseLanguage,
  type Language,
} from "../../src/i18n/languages";
import en from "../../src/i18n/en";
import { templateSegments } from "../../src/lib/template";
import { previewImagePath } from "../../src/lib/site-pages";

type Leaf = { path: string; value: unknown };

/** Every leaf of a strings object with its dotted path; arrays count as objects. */
function leaves(value: unknown, path = ""): Leaf[] {
  if (typeof value === "object" && value !== null && !isDateLocale(path)) {
    return Object.entries(value).flatMap(([key, child]) =>
      leaves(child, path ? `${path}.${key}` : key),
    );
  }
  return [{ path, value }];
}

function isDateLocale(path: string): boolean {
  return path === "language.dateLocale";
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
}

/** Sample arguments for each sentence function; a new function fails the test until it has some. */
const SAMPLE_ARGUMENTS: Record<string, unknown[][]> = {
  "pages.year.title": [[2027, "DAYS-1"]],
  "pages.year.description": [[2027, "WHOLE-1", "BUSINESS-1"]],
  "pages.year.imageBusinessDays": [["BUSINESS-1"]],
  "pages.year.imageWholeWeek": [["WHOLE-1"]],
  "calendar.feedDescription": [["https://example.org/x/"]],
  "calendar.yearDescription": [[2027, "BUSINESS-1", "https://example.org/x/2027/"]],
  "calendar.googleDetails": [["https://example.org/x/2027/"]],
  "datesPage.themeRow": [[2020, "THEME-1", "STATUS-1"]],
  "yearPage.heading": [[2027]],
  "yearPage.imageAlt": [[2027, "WHOLE-1"]],
  "yearPage.shareText": [[2027, "WHOLE-1"]],
  "yearPage.theme": [[2020, "STATUS-1"]],
  "yearPage.noTheme": [[2031]],
  "yearPage.aboutHeading": [[2027]],
  "yearPage.mondayFirst": [
    [2027, false],
    [2021, true],
  ],
  "yearPage.sundayFirst": [
    [2026, true, "MONDAY-1"],
    [2037, false, "MONDAY-1"],
  ],
  "history.yearLink": [[2007]],
  "themes.otherYears": [[2007, "YEARS-1"]],
};

const englishLeaves = leaves(en).filter(({ path }) => !path.startsWith("themes.translations"));

describe.each(LANGUAGE_CODES)("the %s strings", (language) => {
  const strings = LANGUAGES[language];
  const byPath = new Map(leaves(strings).map(({ path, value }) => [path, value]));

  test("have every English string, list item and sentence, and nothing else", () => {
    const own = [...byPath.keys()].filter((path) => !path.startsWith("themes.translations"));
    expect(own.sort()).toEqual(englishLeaves.map(({ path }) => path).sort());
  });

  test("fill every template with the same placeholders as English, and leave none empty", () => {
    for (const { path, value } of englishLeaves) {
      const translated = byPath.get(path);
      if (typeof value === "string") {
        expect(typeof translated, path).toBe("string");
        expect((translated as string).trim(), path).not.toBe("");
        expect(placeholders(translated as string), path).toEqual(placeholders(value));
      }
    }
  });

  test("write every sentence with the values it is given, and the same placeholders", () => {
    for (const { path, value } of englishLeaves) {
      if (typeof value !== "function") continue;
      const samples = SAMPLE_ARGUMENTS[path];
      expect(samples, `sample arguments for ${path}`).toBeDefined();
      const translated = byPath.get(path) as (...args: unknown[]) => string;
      for (const args of samples!) {
        const text = translated(...args);
        const english = (value as (...args: unknown[]) => string)(...args);
        expect(text.trim(), path).not.toBe("");
        expect(text, path).not.toMatch(/undefined|NaN|\[object/);
        for (const arg of args) {
          if (typeof arg !== "boolean") expect(text, path).toContain(String(arg));
        }
        expect(placeholders(text), path).toEqual(placeholders(english));
      }
    }
  });

  test("name the language, its Open Graph locale and its date-fns locale consistently", () => {
    expect(strings.language.ogLocale).toMatch(new RegExp(`^${language}_[A-Z]{2}$`));
    expect(strings.language.dateLocale.code).toMatch(new RegExp(`^${language}(-|$)`));
  });

  test("give the notes of exactly the years that have sources", () => {
    expect(Object.keys(strings.yearNotes)).toEqual(Object.keys(YEAR_NOTE_SOURCES));
    for (const [year, paragraphs] of Object.entries(strings.yearNotes)) {
      expect(paragraphs.length, year).toBe(en.yearNotes[Number(year) as 2007].length);
    }
  });
});

test.each(LANGUAGE_CODES.filter((code) => code !== DEFAULT_LANGUAGE))(
  "%s translates every theme title, shown beside its original wording",
  (language) => {
    expect(Object.keys(LANGUAGES[language].themes.translations).sort()).toEqual(
      themesData.map(({ theme }) => theme).sort(),
    );
  },
);

/**
 * The strings a translation may leave as English has them: names, and words the language uses
 * as they are. Any other string equal to the English one is an untranslated string.
 */
const SHARED_WITH_ENGLISH = new Set([
  "International Networking Week",
  "BNI",
  "JSON",
  "Israel",
  "blog",
  "2007:",
  "2010:",
  "Dates", // French
  "Sources", // French
  "Home", // Italian, as Italian sites say it
  "November 2006", // German
]);

test.each(LANGUAGE_CODES.filter((code) => code !== DEFAULT_LANGUAGE))(
  "%s leaves no English string untranslated",
  (language) => {
    const english = new Map(englishLeaves.map(({ path, value }) => [path, value]));
    const untranslated = leaves(LANGUAGES[language])
      .filter(({ path, value }) => typeof value === "string" && english.get(path) === value)
      .map(({ value }) => value as string)
      // Templates of placeholders alone ("{day} {monthShort}") have no words to translate.
      .filter((value) => /\p{L}/u.test(value.replace(/\{\w+\}/g, "")))
      .filter((value) => !SHARED_WITH_ENGLISH.has(value));
    expect(untranslated).toEqual([]);
  },
);

test("every language has its own name in the switcher", () => {
  const names = LANGUAGE_CODES.map((code) => LANGUAGES[code].language.name);
  expect(new Set(names).size).toBe(names.length);
});

describe("routes by language", () => {
  test.each([
    ["en", "/", "/"],
    ["en", "/2027/", "/2027/"],
    ["de", "/", "/de/"],
    ["pt", "/2027/", "/pt/2027/"],
    ["fr", "/og/home.png", "/fr/og/home.png"],
  ] as const)("localizedPath(%j, %j) is %j", (language, path, expected) => {
    expect(localizedPath(language, path)).toBe(expected);
  });

  test("puts every language's preview images under /og/", () => {
    expect(previewImagePath("en", "2027")).toBe("/og/2027.png");
    expect(previewImagePath("de", "home")).toBe("/og/de/home.png");
  });

  test("rejects a path without its leading slash, naming it", () => {
    expect(() => localizedPath("de", "2027/")).toThrow(/"2027\/"/);
  });

  test("puts English at the root and the others under their code", () => {
    expect(LANGUAGE_CODES[0]).toBe(DEFAULT_LANGUAGE);
    expect(LANGUAGE_CODES.map(langParam)).toEqual([undefined, ...LANGUAGE_CODES.slice(1)]);
  });

  test("pageContext links within the page's language, under the base path", () => {
    expect(pageContext("de", "/inw/").link("/2027/")).toBe("/inw/de/2027/");
    expect(pageContext("en", "/").link("/dates/")).toBe("/dates/");
  });

  test.each([undefined, "", "EN", "nl", "es-ES"])(
    "parseLanguage rejects %j, listing the languages there are",
    (value) => {
      expect(() => parseLanguage(value)).toThrow(
        `Unknown language ${JSON.stringify(value)}: expected one of ${LANGUAGE_CODES.join(", ")}.`,
      );
    },
  );

  test("parseLanguage accepts each code", () => {
    for (const code of LANGUAGE_CODES) expect(parseLanguage(code)).toBe(code satisfies Language);
  });
});

describe("templateSegments", () => {
  test("splits a sentence around its placeholders, wherever they are", () => {
    expect(templateSegments("du {start} au {end}", ["start", "end"])).toEqual([
      { text: "du " },
      { placeholder: "start" },
      { text: " au " },
      { placeholder: "end" },
    ]);
    expect(templateSegments("{year}", ["year"])).toEqual([{ placeholder: "year" }]);
  });

  test.each([
    ["Starts {date}", ["date", "days"]],
    ["Starts {date} {date}", ["date"]],
    ["Starts {when}", ["date"]],
    ["Starts", ["date"]],
  ])("rejects %j when {%s} are expected, naming both", (template, expected) => {
    expect(() => templateSegments(template, expected)).toThrow(/has the placeholders .* expected/);
  });
});
