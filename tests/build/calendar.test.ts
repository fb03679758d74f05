import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildSite, readBuilt, type BuildResult } from "../helpers/build";
import { oracleWeek } from "../helpers/oracle";

// One build for the whole file: a build takes seconds, and every test reads the same output.
let build: BuildResult;
beforeAll(() => {
  build = buildSite({
    SITE_TODAY: "2026-11-25",
    SITE_URL: "https://example.org",
    BASE_PATH: "/inw/",
  });
  expect(build.status, build.output).toBe(0);
}, 180_000);
afterAll(() => rmSync(build.outDir, { recursive: true, force: true }));

/** Parses a built .ics file with ical.js and returns its calendar and its single event. */
function parseBuilt(path: string) {
  const calendar = new ICAL.Component(ICAL.parse(readBuilt(build.outDir, path)));
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
  test("exists and parses as one recurring event on the first Monday of February", () => {
    expect(existsSync(join(build.outDir, "calendar.ics"))).toBe(true);
    const { event } = parseBuilt("calendar.ics");
    expect(event.isRecurring()).toBe(true);
    expect(event.startDate.toString()).toBe("2007-02-05");
    expect(event.component.getFirstProperty("rrule")?.toICALString()).toBe(
      "RRULE:FREQ=YEARLY;BYMONTH=2;BYDAY=1MO",
    );
  });

  test("links only to the site under its base path", () => {
    const text = readBuilt(build.outDir, "calendar.ics");
    const { event } = parseBuilt("calendar.ics");
    expect(event.component.getFirstPropertyValue("url")).toBe("https://example.org/inw/");
    expect(urlsIn(text).length).toBeGreaterThan(0);
    for (const url of urlsIn(text)) expect(url).toMatch(/^https:\/\/example\.org\/inw\//);
  });

  test("is stamped with the build day", () => {
    expect(readBuilt(build.outDir, "calendar.ics")).toContain("\r\nDTSTAMP:20261125T000000Z\r\n");
  });
});

describe("the built calendar/<year>.ics files", () => {
  test("exist for exactly 2007 through 2036 (the build year + 10)", () => {
    const files = readdirSync(join(build.outDir, "calendar")).sort();
    const expected = [];
    for (let year = 2007; year <= 2036; year++) expected.push(`${year}.ics`);
    expect(files).toEqual(expected);
  });

  test("give 2027 as Monday 1 to Friday 5 February, linking to the 2027 page", () => {
    const text = readBuilt(build.outDir, "calendar/2027.ics");
    const { event } = parseBuilt("calendar/2027.ics");
    const week = oracleWeek(2027);
    expect(event.isRecurring()).toBe(false);
    expect(event.startDate.toString()).toBe(week.start);
    expect(event.endDate.toString()).toBe("2027-02-06");
    expect(event.summary).toBe("International Networking Week 2027");
    expect(event.component.getFirstPropertyValue("url")).toBe("https://example.org/inw/2027/");
    for (const url of urlsIn(text)) expect(url).toMatch(/^https:\/\/example\.org\/inw\//);
  });

  test("each match the oracle's Monday for its year", () => {
    for (let year = 2007; year <= 2036; year++) {
      const { event } = parseBuilt(`calendar/${year}.ics`);
      expect(event.startDate.toString(), String(year)).toBe(oracleWeek(year).start);
    }
  });
});
