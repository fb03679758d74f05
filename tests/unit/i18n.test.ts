import { describe, expect, test } from "vitest";
import themesData from "../../src/data/themes.json";
import { YEAR_NOTE_SOURCES } from "../../src/data/year-notes";
import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  LANGUAGE_CODES,
  hreflangOf,
  langParam,
  localizedPath,
  parseLanguage,
  stringsOf,
  type Language,
} from "../../src/i18n/languages";
import { pageContext } from "../../src/i18n/context";
import en from "../../src/i18n/en";
import { DAYS_WORTH_COUNTING } from "../../src/lib/format";
import { fill, templateSegments } from "../../src/lib/template";
import { previewImagePath } from "../../src/lib/site-pages";

type Leaf = { path: string; value: unknown };

const PLURAL_CATEGORIES = new Set(["zero", "one", "two", "few", "many", "other"]);

/** A sentence's plural forms: an object keyed by plural categories, `other` among them. */
function isPluralForms(value: object): boolean {
  const keys = Object.keys(value);
  return keys.includes("other") && keys.every((key) => PLURAL_CATEGORIES.has(key));
}

/** Every leaf of a strings object with its dotted path; arrays count as objects, plural forms as one leaf. */
function leaves(value: unknown, path = ""): Leaf[] {
  if (typeof value === "object" && value !== null && !isPluralForms(value)) {
    return Object.entries(value).flatMap(([key, child]) =>
      leaves(child, path ? `${path}.${key}` : key),
    );
  }
  return [{ path, value }];
}

/**
 * The placeholders of a template. February's name counts as one, long or short: each language's
 * dates take the one it writes ("1–7 February", "2月1日至7日").
 */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)]
    .map((match) => (match[1] === "monthShort" ? "month" : match[1]!))
    .sort();
}

/** The counts of days the site writes out (2 to 365) by the plural category a language puts them in. */
function countsByCategory(language: Language): Map<string, number[]> {
  const rules = new Intl.PluralRules(LANGUAGES[language].tag);
  const counts = new Map<string, number[]>();
  for (let count = 2; count < DAYS_WORTH_COUNTING; count++) {
    const category = rules.select(count);
    counts.set(category, [...(counts.get(category) ?? []), count]);
  }
  return counts;
}

function categoriesOfCounts(language: Language): string[] {
  return [...countsByCategory(language).keys()].sort();
}

const englishLeaves = leaves(en).filter(({ path }) => !path.startsWith("themes.translations"));

describe.each(LANGUAGE_CODES)("the %s strings", (language) => {
  const strings = stringsOf(language);
  const byPath = new Map(leaves(strings).map(({ path, value }) => [path, value]));

  test("have every English string, list item and sentence, and nothing else", () => {
    const own = [...byPath.keys()].filter((path) => !path.startsWith("themes.translations"));
    expect(own.sort()).toEqual(englishLeaves.map(({ path }) => path).sort());
  });

  test("are data: strings and the plural forms of strings, no functions", () => {
    for (const [path, value] of byPath) {
      const texts = typeof value === "object" && value !== null ? Object.values(value) : [value];
      for (const text of texts) expect(typeof text, path).toBe("string");
    }
  });

  test("fill every template with the same placeholders as English, and leave none empty", () => {
    // A plural form that only one count takes may say that count in words, as Hebrew's dual
    // "יומיים" (two days) does: it may leave out {count}, and only it.
    const singleCount = new Set(
      [...countsByCategory(language)].filter(([, counts]) => counts.length === 1).map(([c]) => c),
    );
    for (const { path, value } of englishLeaves) {
      const translated = byPath.get(path);
      const forms = (text: unknown): [string, string][] =>
        typeof text === "string" ? [["", text]] : Object.entries(text as object);
      const expected = placeholders(forms(value)[0]![1]);
      for (const [category, form] of forms(translated)) {
        expect(form.trim(), path).not.toBe("");
        const own = placeholders(form);
        const allowed = singleCount.has(category) ? [expected, []] : [expected];
        expect(allowed, `${path} (${category || "text"}): ${form}`).toContainEqual(own);
      }
    }
  });

  test("give each count sentence exactly the plural forms the language's rules need", () => {
    const plurals = [...byPath].filter(([, value]) => typeof value === "object");
    expect(plurals.map(([path]) => path).sort()).toEqual(["dates.ended", "dates.upcoming"]);
    for (const [path, forms] of plurals) {
      expect(Object.keys(forms as object).sort(), path).toEqual(categoriesOfCounts(language));
    }
  });

  test("name the language, its tag, its Open Graph locale and its date-fns locale consistently", () => {
    const about = LANGUAGES[language];
    const tag = new Intl.Locale(about.tag);
    // The code is the tag's language, with its script where the tag names one (zh-hant).
    const code = new Intl.Locale(language);
    expect(tag.language).toBe(code.language);
    expect(tag.script).toBe(code.script);
    expect(about.ogLocale).toMatch(new RegExp(`^${code.language}_[A-Z]{2}$`));
    expect(about.dateLocale.code).toMatch(new RegExp(`^${code.language}(-|$)`));
    // A tag that names a variety (pt-BR) names it everywhere: og:locale and the date names.
    if (tag.region) {
      expect(about.ogLocale).toBe(`${code.language}_${tag.region}`);
      expect(about.dateLocale.code).toBe(about.tag);
    }
    // Date names of a territory's variety (zh-TW) are that territory's, as is og:locale.
    const dateRegion = new Intl.Locale(about.dateLocale.code!).region;
    if (dateRegion) expect(about.ogLocale).toBe(`${code.language}_${dateRegion}`);
    expect(about.dir).toBe(tag.getTextInfo().direction);
  });

  test("keep no-break spaces where the language's typography wants them", () => {
    for (const [path, value] of byPath) {
      const texts = typeof value === "object" && value !== null ? Object.values(value) : [value];
      for (const text of texts as string[]) {
        // "10 900" split over two lines, or a line that starts with "?", ":" or "»".
        expect(text, path).not.toMatch(/\d \d{3}\b| [:;?!»]|« /);
      }
    }
  });

  test("give the notes of exactly the years that have sources", () => {
    expect(Object.keys(strings.yearNotes)).toEqual(Object.keys(YEAR_NOTE_SOURCES));
    for (const [year, paragraphs] of Object.entries(strings.yearNotes)) {
      expect(paragraphs.length, year).toBe(en.yearNotes[Number(year) as 2007].length);
    }
  });
});

test.each(LANGUAGE_CODES.filter((code) => code !== DEFAULT_LANGUAGE))(
  "%s translates every theme title, shown beside its original wording, on its own and in a sentence",
  (language) => {
    const { translations, translationsInSentence } = stringsOf(language).themes;
    const titles = themesData.map(({ theme }) => theme).sort();
    expect(Object.keys(translations).sort()).toEqual(titles);
    expect(Object.keys(translationsInSentence).sort()).toEqual(titles);
    // The same words, only their case may differ (German keeps its nouns' capitals).
    for (const title of titles) {
      expect(translationsInSentence[title]!.toLowerCase(), title).toBe(
        translations[title]!.toLowerCase(),
      );
    }
  },
);

/**
 * The strings a translation may leave as English has them: names, and words the language uses
 * as they are. Any other string equal to the English one is an untranslated string.
 */
const SHARED_WITH_ENGLISH = new Set([
  "International Networking Week",
  "International Networking Week {year}",
  "International Networking Week {year}: {days}",
  "International Networking Week {year}: {whole}",
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
  "FAQ", // French, German and Italian say it too
  "Toolkit", // German
]);

test.each(LANGUAGE_CODES.filter((code) => code !== DEFAULT_LANGUAGE))(
  "%s leaves no English string untranslated",
  (language) => {
    const english = new Map(englishLeaves.map(({ path, value }) => [path, value]));
    const untranslated = leaves(stringsOf(language))
      .filter(({ path, value }) => typeof value === "string" && english.get(path) === value)
      .map(({ value }) => value as string)
      // Templates of placeholders alone ("{day} {monthShort}") have no words to translate.
      .filter((value) => /\p{L}/u.test(value.replace(/\{\w+\}/g, "")))
      .filter((value) => !SHARED_WITH_ENGLISH.has(value));
    expect(untranslated).toEqual([]);
  },
);

test("every language has its own name in the switcher", () => {
  const names = LANGUAGE_CODES.map((code) => LANGUAGES[code].name);
  expect(new Set(names).size).toBe(names.length);
});

describe("routes by language", () => {
  test.each([
    ["en", "/", "/"],
    ["en", "/2027/", "/2027/"],
    ["de", "/", "/de/"],
    ["pt", "/2027/", "/pt/2027/"],
    ["fr", "/og/home.png", "/fr/og/home.png"],
    ["zh-hant", "/2027/", "/zh-hant/2027/"],
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
    const german = pageContext("de", "https://example.org", "/inw/");
    expect(german.link("/2027/")).toBe("/inw/de/2027/");
    expect(german.url("/2027/")).toBe("https://example.org/inw/de/2027/");
    expect(german.url("/2027/", "en")).toBe("https://example.org/inw/2027/");
    expect(german.absolute("/og/de/2027.png")).toBe("https://example.org/inw/og/de/2027.png");
    expect(pageContext("en", "https://example.org", "/").link("/dates/")).toBe("/dates/");
  });

  test("writes each code as hreflang in its canonical case", () => {
    expect(LANGUAGE_CODES.map(hreflangOf)).toEqual([
      "en",
      "es",
      "pt",
      "fr",
      "de",
      "it",
      "he",
      "zh-Hant",
    ]);
  });

  test.each([undefined, "", "EN", "nl", "es-ES", "zh-Hant"])(
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

describe("words kept in another language", () => {
  test("become their own segment with their language, and plain text when filled", () => {
    expect(
      templateSegments("l'approche « {en:relationship networking} » de {name}", ["name"]),
    ).toEqual([
      { text: "l'approche « " },
      { text: "relationship networking", lang: "en" },
      { text: " » de " },
      { placeholder: "name" },
    ]);
    expect(fill("le « {en:BNI Big Breakfast} » de {year}", { year: 2007 })).toBe(
      "le « BNI Big Breakfast » de 2007",
    );
  });

  test("are never taken for a placeholder", () => {
    expect(() => templateSegments("{en:Dream Big}", ["en"])).toThrow(/has the placeholders \{\}/);
  });
});

describe("fill", () => {
  test("fills every placeholder, wherever the language puts it", () => {
    expect(fill("{year} : {days}", { days: "1–7 février", year: 2027 })).toBe("2027 : 1–7 février");
  });

  test("stops on a placeholder without a value, naming the sentence and the placeholder", () => {
    expect(() => fill("About {year}", { years: 2027 })).toThrow(
      'The sentence "About {year}" has the placeholder {year}, but no value was given for it (given: years).',
    );
  });
});
