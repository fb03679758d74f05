import { expect, test } from "vitest";
import { weekOfYear } from "../../src/lib/dates";
import { yearPageText } from "../../src/lib/year-page";

test.each([
  [
    2026,
    "2026-01-31",
    "1 February 2026 is a Sunday, so the first full Monday-to-Sunday week starts",
  ],
  [2026, "2026-02-01", "1 February 2026 is a Sunday"],
  [
    2026,
    "2026-02-02",
    "1 February 2026 was a Sunday, so the first full Monday-to-Sunday week started",
  ],
  [2026, "2026-11-25", "1 February 2026 was a Sunday"],
  [2027, "2026-11-25", "1 February 2027 is a Monday, so the week starts that very day."],
  [2027, "2027-02-03", "1 February 2027 was a Monday, so the week started that very day."],
  [2021, "2026-11-25", "1 February 2021 was a Monday"],
] as const)(
  "the note on %i's 1 February, built on %s, speaks of it in its tense: %j",
  (year, today, expected) => {
    const note = yearPageText(weekOfYear(year), "en", today).firstOfFebruaryNote!;
    expect(note.isPast ? note.past : note.future).toContain(expected);
    expect(note.pastAfter).toBe(`${year}-02-01`);
  },
);

test.each([
  [2007, "2026-12-03", { kind: "publishedIndependently", sources: ["irisCollections"] }],
  [2010, "2026-12-03", { kind: "publishedIndependently", sources: ["networkingAndReferrals2010"] }],
  [2018, "2026-12-03", { kind: "publishedByCalendars", sources: ["celebrateEveryday2018"] }],
  [2025, "2026-12-03", { kind: "publishedByCalendars", sources: ["nationalToday"] }],
  [2019, "2026-12-03", { kind: "computedPast" }],
  [2026, "2026-12-03", { kind: "computedPast" }],
  [2027, "2026-12-03", { kind: "computedFuture" }],
  [2027, "2027-02-07", { kind: "computedFuture" }],
  [2027, "2027-02-08", { kind: "computedPast" }],
] as const)("%i's dates, on %s, are %j", (year, today, expected) => {
  expect(yearPageText(weekOfYear(year), "en", today).datesBasis).toEqual(expected);
});

test("2023's page adds the TV report that aired within the week, and cites it", () => {
  const text = yearPageText(weekOfYear(2023), "en", "2026-12-03");
  expect(text.reportAired).toBe(
    "A TV report on the week by WDTN aired on 8 February 2023, within these dates.",
  );
  expect(text.sources).toContain("wdtn2023");
  expect(yearPageText(weekOfYear(2024), "en", "2026-12-03").reportAired).toBeUndefined();
});
