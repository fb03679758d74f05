/**
 * The words for dates and for where a week stands, shared by the pages at build time and by
 * the browser script, which gets its page's language's words as data (src/i18n/languages.ts
 * builds them). Every date of the week falls in February, so a handful of templates covers
 * them; tests check the output against date-fns' own formatting in every language.
 */
import { yearOf, type IsoDate, type Week, type WeekStanding } from "./dates";

/** The words of one language for dates and statuses. */
export interface DateWords {
  /** A date such as "Monday 1 February 2027": `{weekday}`, `{day}`, `{year}`. */
  longDate: string;
  /** Days of one February, such as "1–5 February 2027": `{firstDay}`, `{lastDay}`, `{year}`. */
  dayRange: string;
  /** The same without the year, after a heading that gives it: "1–5 February". */
  dayRangeWithoutYear: string;
  /** The same in a table, without the year: "1–5 Feb". */
  shortDayRange: string;
  /** A day of February in a table, without the year: "1 Feb". */
  shortDate: string;
  /** The names the week's days take: its Monday, its Friday and its Sunday. */
  weekdays: { start: string; businessEnd: string; end: string };
  upcoming: { one: string; other: string };
  ongoing: string;
  ended: { one: string; other: string };
  endedLongAgo: string;
  startsLater: string;
  /** The dates table's badge on the nearest week's row, as it is upcoming or under way. */
  nextWeekBadge: { upcoming: string; ongoing: string };
}

/** How far ahead or back a count of days is still worth saying. */
const DAYS_WORTH_COUNTING = 366;

/**
 * Fills a template's `{placeholders}` with the values given; a placeholder without a value stays
 * as it is, for a later fill (the browser fills `{count}` in templates whose month the build filled).
 *
 * @example fill("{day} {month}", { month: "February" }) // "{day} February"
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, key: string) =>
    key in values ? String(values[key]) : placeholder,
  );
}

function dayOf(date: IsoDate): number {
  return Number(date.slice(8, 10));
}

/**
 * One of the week's own days written out.
 *
 * @example formatWeekDay(weekOfYear(2027), "start", dateWordsOf("en")) // "Monday 1 February 2027"
 */
export function formatWeekDay(
  week: Week,
  which: keyof DateWords["weekdays"],
  words: DateWords,
): string {
  const date = week[which];
  return fill(words.longDate, {
    weekday: words.weekdays[which],
    day: dayOf(date),
    year: yearOf(date),
  });
}

/**
 * The days from the week's Monday to its Friday (`business`) or its Sunday (`whole`).
 *
 * @example formatWeekRange(weekOfYear(2027), "whole", dateWordsOf("en")) // "1–7 February 2027"
 */
export function formatWeekRange(
  week: Week,
  span: "business" | "whole",
  words: DateWords,
  form: "long" | "withoutYear" | "short" = "long",
): string {
  const last = span === "business" ? week.businessEnd : week.end;
  const template = {
    long: words.dayRange,
    withoutYear: words.dayRangeWithoutYear,
    short: words.shortDayRange,
  }[form];
  return fill(template, {
    firstDay: dayOf(week.start),
    lastDay: dayOf(last),
    year: week.year,
  });
}

/**
 * The week's Monday in a table, without the year.
 *
 * @example formatShortStart(weekOfYear(2027), dateWordsOf("en")) // "1 Feb"
 */
export function formatShortStart(week: Week, words: DateWords): string {
  return fill(words.shortDate, { day: dayOf(week.start) });
}

/**
 * Where a week stands, in one short sentence.
 *
 * @example formatStatus({ status: "ongoing", week, dayOfWeek: 3 }, dateWordsOf("en")) // "On now: day 3 of 7"
 */
export function formatStatus(standing: WeekStanding, words: DateWords): string {
  const { week } = standing;
  switch (standing.status) {
    case "upcoming": {
      const count = standing.daysUntilStart;
      if (count >= DAYS_WORTH_COUNTING) {
        return fill(words.startsLater, { date: formatWeekDay(week, "start", words) });
      }
      return fill(count === 1 ? words.upcoming.one : words.upcoming.other, { count });
    }
    case "ongoing":
      return fill(words.ongoing, { day: standing.dayOfWeek });
    case "past": {
      const count = standing.daysSinceEnd;
      if (count >= DAYS_WORTH_COUNTING) {
        return words.endedLongAgo;
      }
      return fill(count === 1 ? words.ended.one : words.ended.other, { count });
    }
  }
}
