import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { SOURCES } from "../../src/data/sources";
import { parseThemes, sourceUrlSchema } from "../../src/lib/themes";

const TODAY = "2026-11-25";
const valid = {
  year: 2020,
  theme: "One Million Thank You's",
  sourceUrl: "https://ivanmisner.com/tag/bniinw20/",
  sourceTitle: "Ivan Misner",
  status: "confirmed",
};

describe("parseThemes", () => {
  test("accepts the site's own themes data, sorted by year", () => {
    const raw: unknown = JSON.parse(readFileSync("src/data/themes.json", "utf8"));
    const themes = parseThemes(raw, TODAY);
    expect(themes.map((theme) => theme.year)).toEqual([2019, 2020]);
    expect(themes.find((theme) => theme.year === 2020)?.status).toBe("confirmed");
  });

  test("accepts a year up to today's + 10", () => {
    expect(parseThemes([{ ...valid, year: 2036 }], TODAY)).toHaveLength(1);
  });

  test.each([
    [
      "no source URL",
      { ...valid, sourceUrl: undefined },
      /entry 1 \(year 2020\): sourceUrl: must be an https URL of the source/,
    ],
    ["an empty source URL", { ...valid, sourceUrl: "" }, /sourceUrl: must be an https URL/],
    [
      "an ftp: source URL",
      { ...valid, sourceUrl: "ftp://example.org" },
      /sourceUrl: must be an https URL/,
    ],
    [
      "an http: source URL",
      { ...valid, sourceUrl: "http://example.org/a" },
      /sourceUrl: must be an https URL/,
    ],
    [
      "a source URL with a password",
      { ...valid, sourceUrl: "https://user:secret@example.org/a" },
      /sourceUrl: must not carry a user name or password/,
    ],
    [
      "no source title",
      { ...valid, sourceTitle: undefined },
      /entry 1 \(year 2020\): sourceTitle: sourceTitle is required/,
    ],
    [
      "a year before the first edition",
      { ...valid, year: 2006 },
      /year 2006\): year: year must be from 2007 to 2036/,
    ],
    [
      "a year after today's + 10",
      { ...valid, year: 2037 },
      /year 2037\): year: year must be from 2007 to 2036/,
    ],
    ["a year that is not whole", { ...valid, year: 2020.5 }, /year: year must be a whole number/],
    ["a year written as text", { ...valid, year: "2020" }, /year: year must be a number/],
    [
      "an unknown status",
      { ...valid, status: "rumoured" },
      /status: status must be one of: confirmed, reported/,
    ],
    ["an empty theme", { ...valid, theme: " " }, /theme: theme is required/],
    ["an unknown field", { ...valid, colour: "red" }, /entry 1 \(year 2020\): entry: .*colour/],
  ])("rejects an entry with %s, naming the entry and the field", (_, entry, message) => {
    expect(() => parseThemes([entry], TODAY)).toThrow(message);
  });

  test("rejects a duplicate year, naming both entries", () => {
    expect(() => parseThemes([valid, { ...valid, theme: "Dreaming Big" }], TODAY)).toThrow(
      "themes entry 2 (year 2020): year: duplicate year 2020, already given by themes entry 1",
    );
  });

  test("rejects data that is not a list", () => {
    expect(() => parseThemes({ 2020: valid }, TODAY)).toThrow("themes data must be a JSON array");
  });
});

test.each(Object.entries(SOURCES))(
  "the source %s has an https URL without a user name",
  (_, { url }) => {
    expect(sourceUrlSchema.safeParse(url).error?.issues).toBeUndefined();
  },
);
