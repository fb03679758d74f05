import ICAL from "ical.js";
import { describe, expect, test, vi } from "vitest";
import {
  googleCalendarUrl,
  RECURRENCE_RULE,
  subscriptionCalendar,
  yearCalendar,
} from "../../src/lib/calendar";
import { weekOfYear } from "../../src/lib/dates";

const options = {
  siteUrl: "https://example.org/inw/",
  today: "2026-11-25",
  language: "en",
} as const;

/** Parses iCalendar text with ical.js, an independent parser, and returns its single event. */
function onlyEvent(text: string): ICAL.Event {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent");
  expect(events).toHaveLength(1);
  return new ICAL.Event(events[0]);
}

/** The calendar date after a `YYYY-MM-DD` date, computed with plain UTC arithmetic. */
function dayAfter(date: string): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

describe("subscriptionCalendar", () => {
  const text = subscriptionCalendar(options);
  const event = onlyEvent(text);

  test("writes one all-day Monday-to-Friday event starting on 5 February 2007", () => {
    expect(text).toContain("\r\nDTSTART;VALUE=DATE:20070205\r\n");
    expect(text).toContain("\r\nDTEND;VALUE=DATE:20070210\r\n");
    expect(text).toContain(`\r\nRRULE:${RECURRENCE_RULE}\r\n`);
    expect(RECURRENCE_RULE).toBe("FREQ=YEARLY;BYMONTH=2;BYDAY=1MO");
    expect(event.startDate.isDate).toBe(true);
    expect(event.endDate.isDate).toBe(true);
    expect(event.isRecurring()).toBe(true);
  });

  test("repeats on exactly the week of every year from 2007 through 2100, Monday to Friday", () => {
    const iterator = event.iterator();
    const occurrences: { start: string; end: string }[] = [];
    for (let next = iterator.next(); next && next.year <= 2100; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      occurrences.push({
        start: details.startDate.toString(),
        end: details.endDate.toString(),
      });
    }
    const expected = [];
    for (let year = 2007; year <= 2100; year++) {
      const week = weekOfYear(year);
      expected.push({ start: week.start, end: dayAfter(week.businessEnd) });
    }
    expect(occurrences).toHaveLength(94);
    expect(occurrences).toEqual(expected);
  });

  test("names the event and the calendar, and describes the rule with a link to the site", () => {
    expect(event.summary).toBe("International Networking Week");
    // The week runs to the Sunday; the event covers its business days.
    expect(event.description).toMatch(
      /starts on the first Monday of February and runs to the Sunday/,
    );
    expect(event.description).toMatch(/This event covers its business days, Monday to Friday/);
    expect(event.description).toContain("https://example.org/inw/");
    expect(event.component.getFirstPropertyValue("url")).toBe("https://example.org/inw/");
    expect(event.component.getFirstPropertyValue("transp")).toBe("TRANSPARENT");
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("International Networking Week");
    expect(calendar.getFirstPropertyValue("name")).toBe("International Networking Week");
    expect(calendar.getFirstPropertyValue("prodid")).toMatch(/example\.org/);
  });

  test("uses a UID that names the site's host and a DTSTAMP at midnight UTC of the build day", () => {
    expect(event.uid).toBe("international-networking-week@example.org");
    expect(text).toContain("\r\nDTSTAMP:20261125T000000Z\r\n");
  });
});

describe("yearCalendar", () => {
  test.each([
    [2021, "20210201", "20210206"],
    [2026, "20260202", "20260207"],
    [2027, "20270201", "20270206"],
    [2038, "20380201", "20380206"],
  ])("writes %i as one all-day event from %s to %s (exclusive)", (year, start, end) => {
    const text = yearCalendar(year, options);
    const event = onlyEvent(text);
    expect(text).toContain(`\r\nDTSTART;VALUE=DATE:${start}\r\n`);
    expect(text).toContain(`\r\nDTEND;VALUE=DATE:${end}\r\n`);
    expect(text).not.toContain("RRULE");
    expect(event.isRecurring()).toBe(false);
    expect(event.startDate.toString()).toBe(weekOfYear(year).start);
    expect(event.endDate.toString()).toBe(dayAfter(weekOfYear(year).businessEnd));
    expect(event.summary).toBe(`International Networking Week ${year}`);
    expect(event.uid).toBe(`international-networking-week-${year}@example.org`);
    expect(event.component.getFirstPropertyValue("url")).toBe(`https://example.org/inw/${year}/`);
  });

  test("links to the year page under the base path even without a trailing slash", () => {
    const event = onlyEvent(yearCalendar(2027, { ...options, siteUrl: "https://example.org/inw" }));
    expect(event.component.getFirstPropertyValue("url")).toBe("https://example.org/inw/2027/");
  });

  test.each([2006, 10000, 2027.5, Number.NaN])("rejects the year %s with a RangeError", (year) => {
    expect(() => yearCalendar(year, options)).toThrow(RangeError);
    expect(() => yearCalendar(year, options)).toThrow(/Invalid year/);
  });
});

describe("both calendars", () => {
  const texts = {
    subscription: () => subscriptionCalendar(options),
    year: () => yearCalendar(2027, options),
  };

  test.each(Object.entries(texts))("%s: ends every line with CRLF and nothing else", (_, make) => {
    const text = make();
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
  });

  test.each(Object.entries(texts))("%s: folds lines at 75 octets", (_, make) => {
    const lines = make().split("\r\n");
    const longest = Math.max(...lines.map((line) => Buffer.byteLength(line, "utf8")));
    expect(longest).toBeLessThanOrEqual(75);
    // The descriptions are long enough that folding must actually have happened.
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
  });

  test.each(Object.entries(texts))("%s: has a PRODID, a DTSTAMP and a VERSION", (_, make) => {
    const text = make();
    expect(text).toMatch(/\r\nPRODID:[^\r\n]+\r\n/);
    expect(text).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
    expect(text).toContain("\r\nVERSION:2.0\r\n");
  });

  test.each(Object.entries(texts))(
    "%s: is byte-identical across two calls at different times",
    (_, make) => {
      // Hours apart on the machine's clock: nothing in the file may come from the clock.
      vi.useFakeTimers();
      try {
        vi.setSystemTime(new Date("2026-11-25T00:00:01Z"));
        const early = make();
        vi.setSystemTime(new Date("2026-11-25T23:59:59Z"));
        expect(make()).toBe(early);
      } finally {
        vi.useRealTimers();
      }
    },
  );

  test("rejects a site URL that is not absolute http(s), naming it", () => {
    expect(() => subscriptionCalendar({ ...options, siteUrl: "/inw/" })).toThrow(RangeError);
    expect(() => subscriptionCalendar({ ...options, siteUrl: "ftp://example.org/" })).toThrow(
      /"ftp:\/\/example\.org\/"/,
    );
  });

  test("rejects a today that is not a real YYYY-MM-DD date", () => {
    expect(() => subscriptionCalendar({ ...options, today: "2026-02-30" })).toThrow(RangeError);
    expect(() => yearCalendar(2027, { ...options, today: "today" })).toThrow(/"today"/);
  });
});

describe("googleCalendarUrl", () => {
  const href = googleCalendarUrl(2027, {
    pageUrl: "https://example.org/inw/2027/",
    language: "en",
  });
  const url = new URL(href);

  test("opens Google Calendar's event template", () => {
    expect(`${url.origin}${url.pathname}`).toBe("https://calendar.google.com/calendar/render");
    expect(url.searchParams.get("action")).toBe("TEMPLATE");
  });

  test("gives 2027 as an all-day event from Monday 1 to Friday 5 February (end exclusive)", () => {
    expect(url.searchParams.get("dates")).toBe("20270201/20270206");
  });

  test("names the year and links to its page, all encoded", () => {
    expect(url.searchParams.get("text")).toBe("International Networking Week 2027");
    expect(url.searchParams.get("details")).toContain("https://example.org/inw/2027/");
    expect(href).not.toMatch(/ /);
  });

  test("rejects a bad year and a relative page URL", () => {
    expect(() =>
      googleCalendarUrl(2006, { pageUrl: "https://example.org/", language: "en" }),
    ).toThrow(RangeError);
    expect(() => googleCalendarUrl(2027, { pageUrl: "/2027/", language: "en" })).toThrow(
      /"\/2027\/"/,
    );
  });
});

describe("the calendars in another language", () => {
  const german = { ...options, siteUrl: "https://example.org/inw/de/", language: "de" } as const;

  test("describe the week in that language and link to that language's pages", () => {
    const event = onlyEvent(yearCalendar(2027, german));
    expect(event.summary).toBe("International Networking Week 2027");
    expect(event.description).toContain("1.–5. Februar 2027");
    expect(event.component.getFirstPropertyValue("url")).toBe("https://example.org/inw/de/2027/");
    const feed = onlyEvent(subscriptionCalendar(german));
    expect(feed.description).toContain("https://example.org/inw/de/");
    expect(feed.description).not.toContain("Monday");
  });

  test("give Google Calendar the language's details", () => {
    const url = new URL(
      googleCalendarUrl(2027, { pageUrl: "https://example.org/es/2027/", language: "es" }),
    );
    expect(url.searchParams.get("text")).toBe("International Networking Week 2027");
    expect(url.searchParams.get("details")).toContain("https://example.org/es/2027/");
    expect(url.searchParams.get("details")).not.toContain("Monday");
  });
});
