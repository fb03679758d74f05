import { describe, expect, test } from "vitest";
import {
  DATE_RULE,
  daysBetween,
  featuredOn,
  lastListedYear,
  weekdayOfFirstFebruary,
  yearOf,
  FIRST_YEAR,
  LAST_YEAR,
  occurrencesOn,
  parseIsoDate,
  resolveBuildToday,
  standingOn,
  statusOn,
  weekOfYear,
  weeksBetween,
  weeksListedOn,
} from "../../src/lib/dates";
import { oracleWeek } from "../helpers/oracle";

describe("weekOfYear", () => {
  test.each([
    [2022, "2022-02-07"],
    [2023, "2023-02-06"],
    [2024, "2024-02-05"],
  ])("matches the source page for %i (Monday %s)", (year, start) => {
    expect(weekOfYear(year).start).toBe(start);
  });

  test.each([
    [2007, "2007-02-05", "2007-02-09", "2007-02-11"],
    [2010, "2010-02-01", "2010-02-05", "2010-02-07"],
    [2025, "2025-02-03", "2025-02-07", "2025-02-09"],
  ])("matches the published evidence for %i", (year, start, businessEnd, end) => {
    expect(weekOfYear(year)).toEqual({ year, start, businessEnd, end });
  });

  test.each([
    [2021, "2021-02-01"],
    [2026, "2026-02-02"],
    [2027, "2027-02-01"],
    [2038, "2038-02-01"],
  ])("gets %i right, a year calendars often get wrong (Monday %s)", (year, start) => {
    expect(weekOfYear(year).start).toBe(start);
  });

  test("agrees with an independent oracle for every year from 2007 to 9999", () => {
    const mismatches: number[] = [];
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const expected = oracleWeek(year);
      const actual = weekOfYear(year);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) mismatches.push(year);
    }
    expect(mismatches).toEqual([]);
  });

  test("always starts on a Monday and ends on the following Sunday", () => {
    for (const week of weeksBetween(2007, 2200)) {
      expect(new Date(`${week.start}T00:00:00Z`).getUTCDay()).toBe(1);
      expect(new Date(`${week.businessEnd}T00:00:00Z`).getUTCDay()).toBe(5);
      expect(new Date(`${week.end}T00:00:00Z`).getUTCDay()).toBe(0);
    }
  });

  test.each([2006, 10000, 2026.5, Number.NaN, Number.POSITIVE_INFINITY, -2026])(
    "rejects the year %s with a RangeError naming it and the range",
    (year) => {
      expect(() => weekOfYear(year)).toThrow(RangeError);
      expect(() => weekOfYear(year)).toThrow(
        new RegExp(`Invalid year ${String(JSON.stringify(year))}.*2007.*9999`),
      );
    },
  );
});

describe("occurrencesOn", () => {
  test("gives the source page's last, this and next year for a day in 2023", () => {
    const { last, this: current, next } = occurrencesOn("2023-03-15");
    expect([last.start, current.start, next.start]).toEqual([
      "2022-02-07",
      "2023-02-06",
      "2024-02-05",
    ]);
  });

  test.each([
    ["2026-12-31", 2025, 2026, 2027],
    ["2027-01-01", 2026, 2027, 2028],
    ["2027-01-31", 2026, 2027, 2028],
    ["2027-02-01", 2026, 2027, 2028],
    ["2027-02-07", 2026, 2027, 2028],
    ["2027-02-08", 2026, 2027, 2028],
    ["2008-01-01", 2007, 2008, 2009],
    ["9998-12-31", 9997, 9998, 9999],
  ])("on %s names the years %i, %i and %i", (today, last, current, next) => {
    const occurrences = occurrencesOn(today);
    expect([occurrences.last.year, occurrences.this.year, occurrences.next.year]).toEqual([
      last,
      current,
      next,
    ]);
    expect(occurrences.this).toEqual(oracleWeek(current));
  });
});

describe("statusOn", () => {
  test.each([
    ["2027-01-01", { status: "upcoming", daysUntilStart: 31 }],
    ["2027-01-31", { status: "upcoming", daysUntilStart: 1 }],
    ["2027-02-01", { status: "ongoing", dayOfWeek: 1 }],
    ["2027-02-03", { status: "ongoing", dayOfWeek: 3 }],
    ["2027-02-07", { status: "ongoing", dayOfWeek: 7 }],
    ["2027-02-08", { status: "past", daysSinceEnd: 1, next: { daysUntilStart: 364 } }],
    ["2026-11-25", { status: "past", daysSinceEnd: 290, next: { daysUntilStart: 68 } }],
    ["2026-12-31", { status: "past", daysSinceEnd: 326, next: { daysUntilStart: 32 } }],
    ["2024-02-29", { status: "past", daysSinceEnd: 18, next: { daysUntilStart: 340 } }],
  ])("on %s is %o", (today, expected) => {
    expect(statusOn(today)).toMatchObject(expected);
  });

  test("names this year's week, and next year's once it has ended", () => {
    const status = statusOn("2027-02-08");
    expect(status.week.start).toBe("2027-02-01");
    expect(status.status === "past" && status.next.week.start).toBe("2028-02-07");
  });
});

describe("standingOn", () => {
  const week2027 = weekOfYear(2027);
  test.each([
    ["2026-02-01", { status: "upcoming", daysUntilStart: 365 }],
    ["2027-01-31", { status: "upcoming", daysUntilStart: 1 }],
    ["2027-02-01", { status: "ongoing", dayOfWeek: 1 }],
    ["2027-02-07", { status: "ongoing", dayOfWeek: 7 }],
    ["2027-02-08", { status: "past", daysSinceEnd: 1 }],
    ["2030-02-07", { status: "past", daysSinceEnd: 1096 }],
  ])("places the 2027 week on %s as %o", (today, expected) => {
    expect(standingOn(week2027, today)).toEqual({ week: week2027, ...expected });
  });
});

describe("daysBetween", () => {
  test.each([
    ["2026-11-25", "2026-12-03", 8],
    ["2026-12-03", "2026-11-25", -8],
    ["2027-02-28", "2027-03-01", 1],
    ["2028-02-28", "2028-03-01", 2],
    ["2026-12-31", "2027-12-31", 365],
    ["2027-03-28", "2027-03-29", 1],
  ])(
    "counts the calendar days from %s to %s as %i, whatever the machine's zone",
    (from, to, days) => {
      expect(daysBetween(from, to)).toBe(days);
    },
  );
});

describe("featuredOn", () => {
  test.each([
    ["2026-11-25", "upcoming", 2027],
    ["2027-01-31", "upcoming", 2027],
    ["2027-02-01", "ongoing", 2027],
    ["2027-02-07", "ongoing", 2027],
    ["2027-02-08", "upcoming", 2028],
  ])("on %s shows the %s week of %i", (today, status, year) => {
    const featured = featuredOn(today);
    expect([featured.status, featured.week.year]).toEqual([status, year]);
  });
});

describe("weekdayOfFirstFebruary and yearOf", () => {
  test.each([
    [2007, 4],
    [2010, 1],
    [2025, 6],
    [2026, 0],
    [2027, 1],
  ])("1 February %i falls on weekday %i (0 is Sunday)", (year, weekday) => {
    expect(weekdayOfFirstFebruary(year)).toBe(weekday);
  });

  test("yearOf reads the year of a date, and rejects a date that does not exist", () => {
    expect(yearOf("2026-11-25")).toBe(2026);
    expect(() => yearOf("2026-02-30")).toThrow(RangeError);
  });
});

describe("bad input", () => {
  test.each([
    "2026-02-30",
    "2026-13-01",
    "2026-2-1",
    "tomorrow",
    "",
    "2026-02-01T00:00",
    " 2026-02-01",
  ])("parseIsoDate rejects %j, naming it and the expected format", (value) => {
    expect(() => parseIsoDate(value)).toThrow(RangeError);
    expect(() => parseIsoDate(value)).toThrow(`Invalid date ${JSON.stringify(value)}`);
    expect(() => parseIsoDate(value)).toThrow("YYYY-MM-DD");
  });

  test.each(["2007-12-31", "9999-01-01", "1999-06-01"])(
    "occurrencesOn and statusOn reject %s, a day without a last or next year's week",
    (today) => {
      expect(() => occurrencesOn(today)).toThrow(`Invalid today "${today}"`);
      expect(() => statusOn(today)).toThrow("2008-01-01 to 9998-12-31");
    },
  );

  test("occurrencesOn rejects a date that does not exist", () => {
    expect(() => occurrencesOn("2027-02-29")).toThrow(RangeError);
  });
});

describe("resolveBuildToday", () => {
  test("uses SITE_TODAY when it is a valid date", () => {
    expect(resolveBuildToday("2027-02-01", new Date("2030-01-01T00:00:00Z"))).toBe("2027-02-01");
  });

  test("uses the current date in UTC, not the machine's local date, when SITE_TODAY is unset", () => {
    // 23:30 UTC on 31 December is already 1 January in Kiritimati (UTC+14).
    expect(resolveBuildToday(undefined, new Date("2026-12-31T23:30:00Z"))).toBe("2026-12-31");
    expect(resolveBuildToday(undefined, new Date("2027-01-01T00:30:00Z"))).toBe("2027-01-01");
  });

  test.each(["2026-02-30", "2026-2-1", "tomorrow", "", "2007-06-01"])(
    "stops on SITE_TODAY=%j with a message naming SITE_TODAY and the format",
    (value) => {
      expect(() => resolveBuildToday(value, new Date())).toThrow(
        `SITE_TODAY=${JSON.stringify(value)} is not valid`,
      );
      expect(() => resolveBuildToday(value, new Date())).toThrow("YYYY-MM-DD");
    },
  );
});

describe("weeksListedOn and the rule", () => {
  test("lists every year from 2007 through ten years after today's", () => {
    const weeks = weeksListedOn("2026-11-25");
    expect(weeks.map((week) => week.year)).toEqual(
      Array.from({ length: 2036 - 2007 + 1 }, (_, index) => 2007 + index),
    );
  });

  test("stops at 9999", () => {
    expect(weeksListedOn("9995-06-01").at(-1)?.year).toBe(9999);
    expect(lastListedYear("9995-06-01")).toBe(9999);
    expect(lastListedYear("2026-11-25")).toBe(2036);
  });

  test("states the rule in one sentence", () => {
    expect(DATE_RULE).toMatch(/first Monday of February/);
    expect(DATE_RULE.split(/[.!?](\s|$)/).filter((part) => part.trim()).length).toBe(1);
  });
});
