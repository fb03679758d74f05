import { readdirSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";
import { describe, expect, test } from "vitest";
import { builtSite, readBuilt } from "../helpers/build";
import { oracleWeek } from "../helpers/oracle";
import { LANGUAGE_CODES, localizedPath } from "../../src/i18n/languages";

// Built on 2026-11-25 under https://example.org/inw/, where a wrong URL is easiest to make.
const dir = builtSite("inw");

/** Parses a built .ics file with ical.js and returns its calendar and its single event. */
function parseBuilt(path: string) {
  const calendar = new ICAL.Component(ICAL.parse(readBuilt(dir, path)));
  const events = calendar.getAllSubcomponents("vevent");
  expect(events, path).toHaveLength(1);
  return { calendar, event: new ICAL.Event(events[0]) };
}

/** Every value of every URL-like property (URL, and links inside DESCRIPTION). */
function urlsIn(text: string): string[] {
  const unfolded = text.replaceAll("\r\n ", "");
  return unfolded.match(/https?:\/\/[^\s\\,;]+/g) ?? [];
}

describe("the built calendar.ics", () => {
  test("parses as one recurring event on the first Monday of February", () => {
    const { event } = parseBuilt("calendar.ics");
    expect(event.isRecurring()).toBe(true);
    expect(event.startDate.toString()).toBe("2007-02-05");
    expect(event.component.getFirstProperty("rrule")?.toICALString()).toBe(
      "RRULE:FREQ=YEARLY;BYMONTH=2;BYDAY=1MO",
    );
  });

  test("links only to the site under its base path", () => {
    const text = readBuilt(dir, "calendar.ics");
    const { event } = parseBuilt("calendar.ics");
    expect(event.component.getFirstPropertyValue("url")).toBe("https://example.org/inw/");
    expect(urlsIn(text).length).toBeGreaterThan(0);
    for (const url of urlsIn(text)) expect(url).toMatch(/^https:\/\/example\.org\/inw\//);
  });

  test("is stamped with the build day", () => {
    expect(readBuilt(dir, "calendar.ics")).toContain("\r\nDTSTAMP:20261125T000000Z\r\n");
  });
});

describe("the built calendar/<year>.ics files", () => {
  test("exist for exactly 2007 through 2036 (the build year + 10)", () => {
    const files = readdirSync(join(dir, "calendar")).sort();
    const expected = [];
    for (let year = 2007; year <= 2036; year++) expected.push(`${year}.ics`);
    expect(files).toEqual(expected);
  });

  test.each(LANGUAGE_CODES)("in %s, link 2027 to its page in the language", (language) => {
    const { event } = parseBuilt(localizedPath(language, "/calendar/2027.ics").slice(1));
    expect(event.component.getFirstPropertyValue("url")).toBe(
      `https://example.org/inw${localizedPath(language, "/2027/")}`,
    );
  });

  test("give 2027 as Monday 1 to Friday 5 February, linking only under the base path", () => {
    const text = readBuilt(dir, "calendar/2027.ics");
    const { event } = parseBuilt("calendar/2027.ics");
    const week = oracleWeek(2027);
    expect(event.isRecurring()).toBe(false);
    expect(event.startDate.toString()).toBe(week.start);
    expect(event.endDate.toString()).toBe("2027-02-06");
    expect(event.summary).toBe("International Networking Week 2027");
    for (const url of urlsIn(text)) expect(url).toMatch(/^https:\/\/example\.org\/inw\//);
  });

  test("each match the oracle's Monday for its year", () => {
    for (let year = 2007; year <= 2036; year++) {
      const { event } = parseBuilt(`calendar/${year}.ics`);
      expect(event.startDate.toString(), String(year)).toBe(oracleWeek(year).start);
    }
  });
});
