/**
 * When International Networking Week is: the only place the rule lives.
 *
 * The week starts on the first Monday of February (1 February itself when it is a
 * Monday) and runs Monday to Sunday; Monday to Friday are its business days.
 * Evidence: ../shared/facts/README.md, section 1.
 *
 * Every calendar date here is a `YYYY-MM-DD` string computed in a UTC context, so the
 * machine's time zone never changes a result.
 */
import { UTCDateMini } from "@date-fns/utc/date/mini";
import { addDays, differenceInCalendarDays, getDay, isMonday, nextMonday } from "date-fns";

/** The year of the first edition (5-9 February 2007). */
export const FIRST_YEAR = 2007;
/** The last year a four-digit `YYYY-MM-DD` date can name. */
export const LAST_YEAR = 9999;
/** The earliest "today" that has a last year's week (2007's). */
const FIRST_TODAY = `${FIRST_YEAR + 1}-01-01`;
/** The latest "today" that has a next year's week (9999's). */
const LAST_TODAY = `${LAST_YEAR - 1}-12-31`;

/** The rule in one sentence, as the site and `/dates.json` state it. */
export const DATE_RULE =
  "International Networking Week is the first full Monday-to-Sunday week of February: it starts on the first Monday of February (on 1 February itself when that day is a Monday), and its business days are Monday to Friday.";

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string;

export interface Week {
  year: number;
  /** The Monday the week starts on. */
  start: IsoDate;
  /** The Friday, last of the five business days. */
  businessEnd: IsoDate;
  /** The Sunday that closes the seven-day week. */
  end: IsoDate;
}

/** The three weeks a visitor looks for, relative to a "today". */
export interface Occurrences {
  last: Week;
  this: Week;
  next: Week;
}

/** A week that has not started yet: it starts in `daysUntilStart` days (at least 1). */
export interface UpcomingWeek {
  status: "upcoming";
  week: Week;
  daysUntilStart: number;
}

/** A week under way: today is day `dayOfWeek` of it (1 for its Monday to 7 for its Sunday). */
export interface OngoingWeek {
  status: "ongoing";
  week: Week;
  dayOfWeek: number;
}

/** A week that is over: it ended `daysSinceEnd` days ago (at least 1). */
interface PastWeek {
  status: "past";
  week: Week;
  daysSinceEnd: number;
}

/** Where one week stands on a given day. */
export type WeekStanding = UpcomingWeek | OngoingWeek | PastWeek;

/** Where this year's week stands, with next year's once this year's is over. */
export type WeekStatus = UpcomingWeek | OngoingWeek | (PastWeek & { next: UpcomingWeek });

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date's own calendar fields written `YYYY-MM-DD`: UTC for the module's UTC dates, the local
 * day for a plain Date (the reader's own day, in the browser). Written by hand rather than with
 * date-fns' format(), which would add kilobytes to the browser script that reuses this module.
 *
 * @example isoDateOf(new Date(2027, 1, 1)) // "2027-02-01"
 */
export function isoDateOf(date: Pick<Date, "getFullYear" | "getMonth" | "getDate">): IsoDate {
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/**
 * Reads a `YYYY-MM-DD` string as a UTC date, rejecting anything that is not a real
 * calendar date (such as `2026-02-30`).
 *
 * @example parseIsoDate("2027-02-01") // 2027-02-01T00:00:00Z, as a UTC date
 */
export function parseIsoDate(value: string): Date {
  const match = ISO_DATE_PATTERN.exec(value);
  if (match) {
    const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
    const date = new UTCDateMini(year, month - 1, day);
    if (date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day) {
      return date;
    }
  }
  throw new RangeError(
    `Invalid date ${JSON.stringify(value)}: expected a real calendar date written YYYY-MM-DD, such as 2027-02-01.`,
  );
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RangeError(
      `Invalid year ${JSON.stringify(year)}: expected a whole number from ${FIRST_YEAR} (the first edition) to ${LAST_YEAR}.`,
    );
  }
}

/**
 * The date a number of days after another, or before it when `days` is negative.
 *
 * @example addDaysTo("2027-02-01", -21) // "2027-01-11"
 */
export function addDaysTo(date: IsoDate, days: number): IsoDate {
  return isoDateOf(addDays(parseIsoDate(date), days));
}

/**
 * The calendar year of a `YYYY-MM-DD` date.
 *
 * @example yearOf("2026-11-25") // 2026
 */
export function yearOf(date: IsoDate): number {
  return parseIsoDate(date).getFullYear();
}

/**
 * The week of a given year.
 *
 * @example weekOfYear(2027) // { year: 2027, start: "2027-02-01", businessEnd: "2027-02-05", end: "2027-02-07" }
 */
export function weekOfYear(year: number): Week {
  assertYear(year);
  const firstOfFebruary = new UTCDateMini(year, 1, 1);
  const monday = isMonday(firstOfFebruary) ? firstOfFebruary : nextMonday(firstOfFebruary);
  return {
    year,
    start: isoDateOf(monday),
    businessEnd: isoDateOf(addDays(monday, 4)),
    end: isoDateOf(addDays(monday, 6)),
  };
}

/**
 * The weeks of every year from `firstYear` to `lastYear`, both included.
 *
 * @example weeksBetween(2026, 2027).map((week) => week.start) // ["2026-02-02", "2027-02-01"]
 */
export function weeksBetween(firstYear: number, lastYear: number): Week[] {
  assertYear(firstYear);
  assertYear(lastYear);
  const weeks: Week[] = [];
  for (let year = firstYear; year <= lastYear; year++) weeks.push(weekOfYear(year));
  return weeks;
}

function parseToday(today: IsoDate): Date {
  const date = parseIsoDate(today);
  if (today < FIRST_TODAY || today > LAST_TODAY) {
    throw new RangeError(
      `Invalid today ${JSON.stringify(today)}: expected a date from ${FIRST_TODAY} to ${LAST_TODAY}, so that last year's and next year's weeks exist.`,
    );
  }
  return date;
}

/**
 * Last year's, this year's and next year's weeks for a given day, by calendar year.
 *
 * @example occurrencesOn("2023-06-01").this.start // "2023-02-06"
 */
export function occurrencesOn(today: IsoDate): Occurrences {
  const year = parseToday(today).getFullYear();
  return { last: weekOfYear(year - 1), this: weekOfYear(year), next: weekOfYear(year + 1) };
}

/**
 * Calendar days from one date to another, negative when `to` comes first.
 *
 * @example daysBetween("2026-11-25", "2026-12-03") // 8
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(parseIsoDate(to), parseIsoDate(from));
}

/**
 * Where a given week stands on a given day.
 *
 * @example standingOn(weekOfYear(2027), "2027-02-03") // { status: "ongoing", dayOfWeek: 3, ... }
 */
export function standingOn(week: Week, today: IsoDate): WeekStanding {
  const daysUntilStart = daysBetween(today, week.start);
  if (daysUntilStart > 0) return { status: "upcoming", week, daysUntilStart };
  const daysSinceEnd = daysBetween(week.end, today);
  if (daysSinceEnd <= 0) return { status: "ongoing", week, dayOfWeek: 1 - daysUntilStart };
  return { status: "past", week, daysSinceEnd };
}

/**
 * Where this year's week stands on a given day, and next year's once this year's has ended.
 *
 * @example statusOn("2026-11-25") // { status: "past", daysSinceEnd: 290, next: { daysUntilStart: 68, ... }, ... }
 */
export function statusOn(today: IsoDate): WeekStatus {
  const { this: current, next } = occurrencesOn(today);
  const standing = standingOn(current, today);
  if (standing.status !== "past") return standing;
  return { ...standing, next: standingOn(next, today) as UpcomingWeek };
}

/**
 * The week worth showing first on a given day: this year's while it is upcoming or under way,
 * next year's once this year's is over.
 *
 * @example featuredOn("2027-02-08").week.start // "2028-02-07"
 */
export function featuredOn(today: IsoDate): UpcomingWeek | OngoingWeek {
  const status = statusOn(today);
  return status.status === "past" ? status.next : status;
}

/**
 * What day of the week 1 February falls on: 0 for Sunday to 6 for Saturday.
 *
 * @example weekdayOfFirstFebruary(2027) // 1 (Monday)
 */
export function weekdayOfFirstFebruary(year: number): number {
  assertYear(year);
  return getDay(new UTCDateMini(year, 1, 1));
}

/**
 * The day a build is made for: `SITE_TODAY` when it is set, otherwise the current date in UTC.
 * A set but invalid `SITE_TODAY` (including an empty one) throws instead of building a wrong site.
 *
 * @example resolveBuildToday("2027-02-01", new Date()) // "2027-02-01"
 */
export function resolveBuildToday(siteToday: string | undefined, now: Date): IsoDate {
  if (siteToday === undefined) {
    const today = isoDateOf(new UTCDateMini(now.getTime()));
    parseToday(today);
    return today;
  }
  try {
    parseToday(siteToday);
  } catch (error) {
    throw new RangeError(
      `SITE_TODAY=${JSON.stringify(siteToday)} is not valid: set it to a real calendar date written YYYY-MM-DD, from ${FIRST_TODAY} to ${LAST_TODAY} (for example SITE_TODAY=2027-02-01), or leave it unset to use the current date in UTC.`,
      { cause: error },
    );
  }
  return siteToday;
}

/** How many years ahead of "today" the site lists. */
const YEARS_AHEAD = 10;

/**
 * The weeks the site lists on a given day: every year from the first edition through
 * `YEARS_AHEAD` years after today's (capped at `LAST_YEAR`).
 *
 * @example weeksListedOn("2026-11-25").at(-1)?.year // 2036
 */
export function weeksListedOn(today: IsoDate): Week[] {
  return weeksBetween(FIRST_YEAR, lastListedYear(today));
}

/**
 * The last year the site lists on a given day: `YEARS_AHEAD` after today's, capped at `LAST_YEAR`.
 *
 * @example lastListedYear("2026-11-25") // 2036
 */
export function lastListedYear(today: IsoDate): number {
  return Math.min(parseToday(today).getFullYear() + YEARS_AHEAD, LAST_YEAR);
}
