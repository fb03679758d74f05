/**
 * What a page needs to speak its language, made once per language: its strings, its date words
 * (templates with the month and weekday names of its date-fns locale) and links in it.
 * src/middleware.ts hands it to every page and component as `Astro.locals`.
 */
import type { Day, Month } from "date-fns";
import { parseIsoDate, type IsoDate } from "../lib/dates";
import { writeDayNumber, type DateWords } from "../lib/format";
import { fill } from "../lib/template";
import { absoluteUrl, withBase } from "../lib/site-config";
import { LANGUAGES, localizedPath, parseLanguage, type Language } from "./languages";

const FEBRUARY: Month = 1;

function monthNames(language: Language, monthIndex: Month): { month: string; monthShort: string } {
  const { localize } = LANGUAGES[language].dateLocale;
  return {
    month: localize.month(monthIndex, { width: "wide", context: "formatting" }),
    monthShort: localize.month(monthIndex, { width: "abbreviated", context: "formatting" }),
  };
}

/** Puts February's names into a date template, leaving its day and year for the formatters. */
function withFebruary(template: string, names: { month: string; monthShort: string }): string {
  return template.replaceAll("{month}", names.month).replaceAll("{monthShort}", names.monthShort);
}

const dateWordsByLanguage = new Map<Language, DateWords>();

/**
 * The date words of a language as the formatters and the browser script take them: the
 * language's templates with February's name and the week's weekday names from its date-fns locale.
 *
 * @example formatWeekDay(weekOfYear(2027), "start", dateWordsOf("de")) // "Montag, 1. Februar 2027"
 */
export function dateWordsOf(language: Language): DateWords {
  let words = dateWordsByLanguage.get(language);
  if (!words) {
    words = makeDateWords(language);
    dateWordsByLanguage.set(language, words);
  }
  return words;
}

function makeDateWords(language: Language): DateWords {
  const { strings, dateLocale } = LANGUAGES[language];
  const { dates } = strings;
  const names = monthNames(language, FEBRUARY);
  const weekday = (day: Day) => dateLocale.localize.day(day, { width: "wide" });
  return {
    locale: LANGUAGES[language].tag,
    longDate: withFebruary(dates.longDate, names),
    dayRange: withFebruary(dates.dayRange, names),
    dayRangeWithoutYear: withFebruary(dates.dayRangeWithoutYear, names),
    shortDayRange: withFebruary(dates.shortDayRange, names),
    shortDate: withFebruary(dates.shortDate, names),
    firstOfMonth: dates.firstOfMonth,
    weekdays: { start: weekday(1), businessEnd: weekday(5), end: weekday(0) },
    upcomingTomorrow: dates.upcomingTomorrow,
    upcoming: dates.upcoming,
    ongoing: dates.ongoing,
    endedYesterday: dates.endedYesterday,
    ended: dates.ended,
    endedLongAgo: dates.endedLongAgo,
    startsLater: dates.startsLater,
    nextWeekBadge: dates.nextWeekBadge,
  };
}

/**
 * A day of any month, written out: the "as of" note's build day.
 *
 * @example formatDayOfYear("es", "2026-11-25") // "25 de noviembre de 2026"
 * @example formatDayOfYear("fr", "2026-12-01") // "1er décembre 2026"
 */
export function formatDayOfYear(language: Language, date: IsoDate): string {
  const day = parseIsoDate(date);
  const { dates } = LANGUAGES[language].strings;
  return fill(dates.dayOfYear, {
    ...monthNames(language, day.getMonth() as Month),
    day: writeDayNumber(day.getDate(), dates.firstOfMonth),
    year: day.getFullYear(),
  });
}

/**
 * A month of a year, written out: when a source was published.
 *
 * @example formatMonthOfYear("de", "2006-11") // "November 2006"
 */
export function formatMonthOfYear(language: Language, yearMonth: string): string {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(yearMonth);
  if (!match) {
    throw new RangeError(`Invalid month ${JSON.stringify(yearMonth)}: expected YYYY-MM.`);
  }
  return fill(LANGUAGES[language].strings.dates.monthOfYear, {
    ...monthNames(language, (Number(match[2]) - 1) as Month),
    year: match[1]!,
  });
}

/**
 * What a page or component needs to speak its page's language: the language (from Astro's
 * `currentLocale`), its strings and date words, and links to other pages in the same language,
 * relative to the site (`link`) or absolute (`url`); `absolute` is for paths that are the same
 * in every language, such as a preview image's, which already names its language.
 *
 * @example pageContext("de", "https://example.org", "/inw/").link("/2027/") // "/inw/de/2027/"
 */
export function pageContext(currentLocale: string | undefined, site: string, base: string) {
  const language = parseLanguage(currentLocale);
  return {
    language,
    /** The BCP 47 tag the page is written in, for `lang` attributes and `Intl`. */
    tag: LANGUAGES[language].tag,
    /** How the language joins sentences and notes (Chinese: no spaces, full-width brackets). */
    punctuation: LANGUAGES[language].punctuation,
    t: LANGUAGES[language].strings,
    words: dateWordsOf(language),
    link: (path: string, inLanguage: Language = language) =>
      withBase(base, localizedPath(inLanguage, path)),
    url: (path: string, inLanguage: Language = language) =>
      absoluteUrl(site, base, localizedPath(inLanguage, path)),
    absolute: (path: string) => absoluteUrl(site, base, path),
  };
}

export type PageContext = ReturnType<typeof pageContext>;
