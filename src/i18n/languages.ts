/**
 * The languages of the site. Adding one is one strings file beside en.ts and one line here;
 * astro.config.mjs, the routes, the sitemap and the tests all read this list.
 */
import type { Day, Month } from "date-fns";
import { parseIsoDate, type IsoDate } from "../lib/dates";
import { fill, type DateWords } from "../lib/format";
import { withBase } from "../lib/site-config";
import en, { type SiteStrings } from "./en";
import es from "./es";
import pt from "./pt";
import fr from "./fr";
import de from "./de";
import it from "./it";

export const LANGUAGES = { en, es, pt, fr, de, it } as const satisfies Record<string, SiteStrings>;

export type Language = keyof typeof LANGUAGES;

/** English is served at the site's root; every other language under /<code>/. */
export const DEFAULT_LANGUAGE = "en" satisfies Language;

export const LANGUAGE_CODES = Object.keys(LANGUAGES) as Language[];

export type { SiteStrings };

function isLanguage(value: string): value is Language {
  return Object.hasOwn(LANGUAGES, value);
}

/**
 * The language code of a page, from Astro's `currentLocale`.
 *
 * @example parseLanguage("de") // "de"
 */
export function parseLanguage(value: string | undefined): Language {
  if (value === undefined || !isLanguage(value)) {
    throw new RangeError(
      `Unknown language ${JSON.stringify(value)}: expected one of ${LANGUAGE_CODES.join(", ")}.`,
    );
  }
  return value;
}

/** The strings of one language. */
export function stringsOf(language: Language): SiteStrings {
  return LANGUAGES[language];
}

/**
 * A route of the site in one language, relative to the base: English at the root, the others
 * under their code.
 *
 * @example localizedPath("de", "/2027/") // "/de/2027/"
 * @example localizedPath("en", "/2027/") // "/2027/"
 */
export function localizedPath(language: Language, path: string): string {
  if (!path.startsWith("/")) {
    throw new RangeError(`Invalid path ${JSON.stringify(path)}: expected one starting with "/".`);
  }
  return language === DEFAULT_LANGUAGE ? path : `/${language}${path}`;
}

/**
 * The `[...lang]` route parameter of a language: undefined for English, so it stays at the root.
 *
 * @example langParam("de") // "de"
 */
export function langParam(language: Language): Language | undefined {
  return language === DEFAULT_LANGUAGE ? undefined : language;
}

/**
 * The `[...lang]` route parameters of every language, for a page's getStaticPaths.
 *
 * @example languageParams() // [{ lang: undefined }, { lang: "es" }, ...]
 */
export function languageParams(): { lang: Language | undefined }[] {
  return LANGUAGE_CODES.map((language) => ({ lang: langParam(language) }));
}

function monthNames(language: Language, monthIndex: Month): { month: string; monthShort: string } {
  const { localize } = LANGUAGES[language].language.dateLocale;
  return {
    month: localize.month(monthIndex, { width: "wide", context: "formatting" }),
    monthShort: localize.month(monthIndex, { width: "abbreviated", context: "formatting" }),
  };
}

const FEBRUARY: Month = 1;

// Every component of every page asks for its language's words: make them once per language.
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
  const { dates, language: about } = LANGUAGES[language];
  const names = monthNames(language, FEBRUARY);
  const weekday = (day: Day) => about.dateLocale.localize.day(day, { width: "wide" });
  return {
    longDate: fill(dates.longDate, names),
    dayRange: fill(dates.dayRange, names),
    dayRangeWithoutYear: fill(dates.dayRangeWithoutYear, names),
    shortDayRange: fill(dates.shortDayRange, names),
    shortDate: fill(dates.shortDate, names),
    weekdays: { start: weekday(1), businessEnd: weekday(5), end: weekday(0) },
    upcoming: dates.upcoming,
    ongoing: dates.ongoing,
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
 */
export function formatDayOfYear(language: Language, date: IsoDate): string {
  const day = parseIsoDate(date);
  return fill(LANGUAGES[language].dates.dayOfYear, {
    ...monthNames(language, day.getMonth() as Month),
    day: String(day.getDate()),
    year: String(day.getFullYear()),
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
  return fill(LANGUAGES[language].dates.monthOfYear, {
    ...monthNames(language, (Number(match[2]) - 1) as Month),
    year: match[1]!,
  });
}

/**
 * What a page or component needs to speak its page's language: the language (from Astro's
 * `currentLocale`), its strings and date words, and links to other pages in the same language.
 *
 * @example pageContext("de", "/inw/").link("/2027/") // "/inw/de/2027/"
 */
export function pageContext(currentLocale: string | undefined, base: string) {
  const language = parseLanguage(currentLocale);
  return {
    language,
    t: stringsOf(language),
    words: dateWordsOf(language),
    link: (path: string) => withBase(base, localizedPath(language, path)),
  };
}
