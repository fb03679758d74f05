import { UTCDate } from "@date-fns/utc";
import { format } from "date-fns";
import { describe, expect, test } from "vitest";
import { standingOn, weekOfYear, weeksBetween } from "../../src/lib/dates";
import {
  formatShortStart,
  formatStatus,
  formatWeekDay,
  formatWeekRange,
} from "../../src/lib/format";

/** date-fns' own formatting of a YYYY-MM-DD date, in UTC: an oracle the templates must match. */
function dateFnsFormat(date: string, pattern: string): string {
  return format(new UTCDate(`${date}T00:00:00Z`), pattern);
}

describe("the date templates agree with date-fns for every year from 2007 to 2200", () => {
  const weeks = weeksBetween(2007, 2200);

  test("formatWeekDay writes the week's Monday, Friday and Sunday", () => {
    for (const week of weeks) {
      expect(formatWeekDay(week, "start")).toBe(dateFnsFormat(week.start, "EEEE d MMMM yyyy"));
      expect(formatWeekDay(week, "businessEnd")).toBe(
        dateFnsFormat(week.businessEnd, "EEEE d MMMM yyyy"),
      );
      expect(formatWeekDay(week, "end")).toBe(dateFnsFormat(week.end, "EEEE d MMMM yyyy"));
    }
  });

  test("formatWeekRange writes Monday to Friday and Monday to Sunday", () => {
    for (const week of weeks) {
      const from = dateFnsFormat(week.start, "d");
      expect(formatWeekRange(week, "business")).toBe(
        `${from}–${dateFnsFormat(week.businessEnd, "d MMMM yyyy")}`,
      );
      expect(formatWeekRange(week, "whole", undefined, "short")).toBe(
        `${from}–${dateFnsFormat(week.end, "d MMM")}`,
      );
      expect(formatShortStart(week)).toBe(dateFnsFormat(week.start, "d MMM"));
    }
  });
});

describe("formatStatus", () => {
  const week2027 = weekOfYear(2027);
  test.each([
    ["2026-11-25", "Starts in 68 days"],
    ["2027-01-30", "Starts in 2 days"],
    ["2027-01-31", "Starts tomorrow"],
    ["2027-02-01", "On now: day 1 of 7"],
    ["2027-02-03", "On now: day 3 of 7"],
    ["2027-02-07", "On now: day 7 of 7"],
    ["2027-02-08", "Ended yesterday"],
    ["2027-02-17", "Ended 10 days ago"],
    ["2028-02-07", "Ended 365 days ago"],
    ["2028-02-08", "Past edition"],
    ["2026-01-31", "Starts Monday 1 February 2027"],
  ])("puts the 2027 week on %s as %j", (today, expected) => {
    expect(formatStatus(standingOn(week2027, today))).toBe(expected);
  });
});
