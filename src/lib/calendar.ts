/**
 * iCalendar files (RFC 5545) and "Add to Google Calendar" links for the week, written with
 * ical-generator so escaping, CRLF line ends and 75-octet line folding are never done by hand.
 *
 * Every date comes from `weekOfYear` in ./dates, and every value that could change between two
 * builds of the same day (UIDs, DTSTAMP) is derived from the inputs, so the files are
 * byte-identical whatever the machine's clock or time zone.
 */
import ical, { ICalEventTransparency, type ICalCalendar } from "ical-generator";
import { addDays } from "date-fns";
import { FIRST_YEAR, parseIsoDate, weekOfYear, type IsoDate, type Week } from "./dates";
import { formatWeekRange } from "./format";
import { parseHttpUrl } from "./share";
import { OBSERVANCE_NAME } from "../consts";
import { languageTag, stringsOf, type Language } from "../i18n/languages";
import { dateWordsOf } from "../i18n/context";
import { fill } from "./template";

export interface CalendarOptions {
  /**
   * The absolute URL of the home page in the calendar's language, base path included:
   * "https://example.org/inw/", "https://example.org/inw/de/".
   */
  siteUrl: string;
  /** The day the build describes, `YYYY-MM-DD`; it becomes every event's DTSTAMP. */
  today: IsoDate;
  /** The language of the events' descriptions. */
  language: Language;
}

/**
 * The rule as an RRULE: every year, the first Monday of February. Passed to ical-generator as a
 * string because its structured options only take plain weekdays for BYDAY, not the ordinal
 * "1MO"; the equivalent BYDAY=MO;BYSETPOS=1 is less widely understood by calendar apps.
 */
export const RECURRENCE_RULE = "FREQ=YEARLY;BYMONTH=2;BYDAY=1MO";

// Subscribed calendars are asked to check back daily (REFRESH-INTERVAL, X-PUBLISHED-TTL).
const ONE_DAY_IN_SECONDS = 24 * 60 * 60;

// A UTC midnight Date: ical-generator writes an all-day Date with its UTC fields when no time
// zone is set, so the written day never depends on the machine's time zone.
function utcMidnight(date: IsoDate): Date {
  return new Date(parseIsoDate(date).getTime());
}

// DTEND of an all-day event is exclusive (RFC 5545, 3.6.1), so Monday to Friday ends on Saturday.
function businessDays(week: Week): { start: Date; end: Date } {
  const saturday = addDays(parseIsoDate(week.businessEnd), 1);
  return { start: utcMidnight(week.start), end: new Date(saturday.getTime()) };
}

// The site URL with a trailing slash, so relative paths such as "2027/" resolve under the base.
function siteRoot(siteUrl: string): URL {
  const url = parseHttpUrl(siteUrl, "site URL");
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url;
}

function newCalendar(site: URL, language: Language): ICalCalendar {
  return ical({
    name: OBSERVANCE_NAME,
    prodId: {
      company: site.hostname,
      product: OBSERVANCE_NAME,
      language: languageTag(language).toUpperCase(),
    },
    url: site.href,
    ttl: ONE_DAY_IN_SECONDS,
  });
}

// ical-generator ends the text with "END:VCALENDAR" and no line break, but RFC 5545 (3.1) ends
// every content line, the last one included, with CRLF; some strict parsers reject the file
// otherwise.
function serialize(calendar: ICalCalendar): string {
  return `${calendar.toString()}\r\n`;
}

/**
 * The calendar to subscribe to: one all-day event, Monday to Friday, that repeats every year on
 * the first Monday of February from the first edition (5-9 February 2007) on.
 *
 * @example
 * subscriptionCalendar({ siteUrl: "https://example.org/", today: "2026-11-25", language: "en" })
 * // "BEGIN:VCALENDAR\r\n...DTSTART;VALUE=DATE:20070205\r\nDTEND;VALUE=DATE:20070210\r\n...
 * //  RRULE:FREQ=YEARLY;BYMONTH=2;BYDAY=1MO\r\n...END:VCALENDAR\r\n"
 */
export function subscriptionCalendar({ siteUrl, today, language }: CalendarOptions): string {
  const site = siteRoot(siteUrl);
  const calendar = newCalendar(site, language);
  // DTSTART is itself the first occurrence of the RRULE (2007's first Monday of February), as
  // RFC 5545 (3.8.5.3) expects; starting elsewhere would add a stray first occurrence.
  calendar.createEvent({
    id: `international-networking-week@${site.hostname}`,
    stamp: utcMidnight(today),
    allDay: true,
    ...businessDays(weekOfYear(FIRST_YEAR)),
    repeating: RECURRENCE_RULE,
    summary: OBSERVANCE_NAME,
    description: fill(stringsOf(language).calendar.feedDescription, { siteUrl: site.href }),
    url: site.href,
    transparency: ICalEventTransparency.TRANSPARENT,
  });
  return serialize(calendar);
}

/**
 * The calendar of one year's week: one all-day event from its Monday to its Friday, linking to
 * the year's page.
 *
 * @example
 * yearCalendar(2027, { siteUrl: "https://example.org/", today: "2026-11-25", language: "en" })
 * // "...DTSTART;VALUE=DATE:20270201\r\nDTEND;VALUE=DATE:20270206\r\n...
 * //  SUMMARY:International Networking Week 2027\r\n...URL;VALUE=URI:https://example.org/2027/\r\n..."
 */
export function yearCalendar(year: number, { siteUrl, today, language }: CalendarOptions): string {
  const week = weekOfYear(year);
  const site = siteRoot(siteUrl);
  const yearPage = new URL(`${year}/`, site).href;
  const calendar = newCalendar(site, language);
  calendar.createEvent({
    id: `international-networking-week-${year}@${site.hostname}`,
    stamp: utcMidnight(today),
    allDay: true,
    ...businessDays(week),
    summary: `${OBSERVANCE_NAME} ${year}`,
    description: fill(stringsOf(language).calendar.yearDescription, {
      year,
      business: formatWeekRange(week, "business", dateWordsOf(language)),
      pageUrl: yearPage,
    }),
    url: yearPage,
    transparency: ICalEventTransparency.TRANSPARENT,
  });
  return serialize(calendar);
}

function compactDate(date: Date): string {
  return date.toISOString().slice(0, 10).replaceAll("-", "");
}

/**
 * An "Add to Google Calendar" link for one year's week, as an all-day event from Monday to
 * Friday (Google's end date is exclusive, like DTEND).
 *
 * @example
 * googleCalendarUrl(2027, { pageUrl: "https://example.org/2027/", language: "en" })
 * // "https://calendar.google.com/calendar/render?action=TEMPLATE&text=International+Networking+Week+2027&dates=20270201%2F20270206&details=..."
 */
export function googleCalendarUrl(
  year: number,
  { pageUrl, language }: { pageUrl: string; language: Language },
): string {
  const week = weekOfYear(year);
  const page = parseHttpUrl(pageUrl, "page URL");
  const { start, end } = businessDays(week);
  const parameters = new URLSearchParams({
    action: "TEMPLATE",
    text: `${OBSERVANCE_NAME} ${year}`,
    dates: `${compactDate(start)}/${compactDate(end)}`,
    details: fill(stringsOf(language).calendar.googleDetails, { pageUrl: page.href }),
  });
  return `https://calendar.google.com/calendar/render?${parameters}`;
}
