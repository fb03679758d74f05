/**
 * The words for dates and for where a week stands, shared by the pages at build time and by
 * the browser script, which gets its page's language's words as data (src/i18n/context.ts
 * builds them). Every date of the week falls in February, so a handful of templates covers
 * them; tests check the output against date-fns' own formatting in every language.
 */
import { yearOf, type IsoDate, type Week, type WeekStanding } from "./dates";
import { fill } from "./template";

/**
 * A sentence with a `{count}` in each of the plural forms a language needs, keyed by the
 * category `Intl.PluralRules` gives a count in that language (English: `one`, `other`; Polish
 * adds `few` and `many`). Only `other` is needed everywhere.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The words of one language for dates and statuses. */
export interface DateWords {
  /** The language's BCP 47 tag, for its plural rules. */
  locale: string;
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
  /**
   * How the language writes the day number of a month's first day, in place of "1" wherever a
   * template has a day: French "1er", Italian and Brazilian Portuguese "1º", "1" elsewhere.
   */
  firstOfMonth: string;
  /** The names the week's days take: its Monday, its Friday and its Sunday. */
  weekdays: { start: string; businessEnd: string; end: string };
  upcomingTomorrow: string;
  upcoming: PluralForms;
  ongoing: string;
  endedYesterday: string;
  ended: PluralForms;
  endedLongAgo: string;
  startsLater: string;
  /** The dates table's badge on the nearest week's row, as it is upcoming or under way. */
  nextWeekBadge: { upcoming: string; ongoing: string };
}

/** How far ahead or back a count of days is still worth saying. */
export const DAYS_WORTH_COUNTING = 366;

const pluralRulesByLocale = new Map<string, Intl.PluralRules>();

/**
 * A count in the language's plural form for it.
 *
 * @example pluralize({ one: "{count} day", other: "{count} days" }, 3, "en") // "3 days"
 */
export function pluralize(forms: PluralForms, count: number, locale: string): string {
  let rules = pluralRulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRulesByLocale.set(locale, rules);
  }
  const category = rules.select(count);
  const form = forms[category];
  if (form === undefined) {
    throw new Error(
      `No "${category}" plural form for ${count} in ${locale}: ${JSON.stringify(forms)} needs one.`,
    );
  }
  return fill(form, { count });
}

/**
 * A day number as the language writes it: the first of the month as its `firstOfMonth`
 * ("1er" in French), any other day as a plain number.
 *
 * @example writeDayNumber(1, "1er") // "1er"
 * @example writeDayNumber(7, "1er") // "7"
 */
export function writeDayNumber(day: number, firstOfMonth: string): string {
  return day === 1 ? firstOfMonth : String(day);
}

function dayOf(date: IsoDate, words: DateWords): string {
  return writeDayNumber(Number(date.slice(8, 10)), words.firstOfMonth);
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
    day: dayOf(date, words),
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
    firstDay: dayOf(week.start, words),
    lastDay: dayOf(last, words),
    year: week.year,
  });
}

/**
 * The week's Monday in a table, without the year.
 *
 * @example formatShortStart(weekOfYear(2027), dateWordsOf("en")) // "1 Feb"
 */
export function formatShortStart(week: Week, words: DateWords): string {
  return fill(words.shortDate, { day: dayOf(week.start, words) });
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
      if (count === 1) return words.upcomingTomorrow;
      return pluralize(words.upcoming, count, words.locale);
    }
    case "ongoing":
      return fill(words.ongoing, { day: standing.dayOfWeek });
    case "past": {
      const count = standing.daysSinceEnd;
      if (count >= DAYS_WORTH_COUNTING) {
        return words.endedLongAgo;
      }
      if (count === 1) return words.endedYesterday;
      return pluralize(words.ended, count, words.locale);
    }
  }
}
