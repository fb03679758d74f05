import { UTCDate } from "@date-fns/utc";
import { format, type Locale } from "date-fns";
import { describe, expect, test } from "vitest";
import { standingOn, weekOfYear, weeksBetween } from "../../src/lib/dates";
import {
  formatShortStart,
  formatStatus,
  formatWeekDay,
  formatWeekRange,
  pluralize,
} from "../../src/lib/format";
import { LANGUAGES, LANGUAGE_CODES, type Language } from "../../src/i18n/languages";
import { dateWordsOf, formatDayOfYear, formatMonthOfYear } from "../../src/i18n/context";

/**
 * How date-fns writes each language's dates, as the oracle: its full date ("PPPP") and long
 * date ("PPP") formats in the language's own date-fns locale, the day number and the day with its
 * month. A language whose written convention differs from those on purpose says so here, in
 * `patterns` for every day or in `onTheFirst` for the first of the month.
 */
interface DatePatterns {
  longDate: string;
  date: string;
  day: string;
  dayMonth: string;
  monthShort: string;
}

const DATE_FNS_PATTERNS: DatePatterns = {
  longDate: "PPPP",
  date: "PPP",
  day: "d",
  dayMonth: "d MMMM",
  monthShort: "MMM",
};

/** The forms of a range of days in one February: long, without the year, short (a table's). */
type RangeForm = "long" | "withoutYear" | "short";

/**
 * How a language writes a range of February days: its first day in one pattern, its last day in
 * another, and what stands between them. By default "1–5 February 2027": the first day's number,
 * an en dash and the last day as a full date (or a day and month, or a day and short month).
 */
interface RangePatterns {
  first: (patterns: DatePatterns, form: RangeForm) => string;
  last: (patterns: DatePatterns, form: RangeForm) => string;
  between: string;
}

const DEFAULT_RANGE: RangePatterns = {
  first: (p) => p.day,
  last: (p, form) =>
    ({ long: p.date, withoutYear: p.dayMonth, short: `${p.day} ${p.monthShort}` })[form],
  between: "–",
};

interface Convention {
  patterns?: Partial<DatePatterns>;
  onTheFirst?: Partial<DatePatterns>;
  range?: RangePatterns;
  /** A day in the dates table, such as "1 Feb": by default the day number and the short month. */
  shortDate?: (patterns: DatePatterns) => string;
}

const CONVENTIONS: Partial<Record<Language, Convention>> = {
  // The site's own long date, without the comma date-fns' en-GB puts after the weekday.
  en: { patterns: { longDate: "EEEE d MMMM yyyy" } },
  // Spanish runs the weekday into the date without date-fns' comma ("el lunes 1 de febrero"),
  // and abbreviates the month with a full stop ("feb."), as do Portuguese and Italian.
  es: {
    patterns: {
      longDate: "EEEE d 'de' MMMM 'de' yyyy",
      dayMonth: "d 'de' MMMM",
      monthShort: "MMM'.'",
    },
  },
  // Brazilian Portuguese writes the first as an ordinal, "1º de fevereiro" (date-fns' pt-BR
  // "do"); date-fns' own long formats write "1 de fevereiro".
  pt: {
    patterns: { dayMonth: "d 'de' MMMM", monthShort: "MMM'.'" },
    onTheFirst: {
      longDate: "EEEE, do 'de' MMMM 'de' yyyy",
      date: "do 'de' MMMM 'de' yyyy",
      day: "do",
      dayMonth: "do 'de' MMMM",
    },
  },
  // French writes the first as an ordinal, "lundi 1er février" (date-fns' French "do", whose
  // "2ème" for other days French dates never use); date-fns' own long formats write "1 février".
  fr: {
    onTheFirst: {
      longDate: "EEEE do MMMM yyyy",
      date: "do MMMM yyyy",
      day: "do",
      dayMonth: "do MMMM",
    },
  },
  // German writes every day as an ordinal: "1. Februar".
  de: { patterns: { day: "do", dayMonth: "do MMMM" } },
  // Italian edited text writes the first as "1º febbraio"; date-fns' Italian has no ordinal
  // ("do" gives "1"), so the oracle writes it as a literal.
  it: {
    patterns: { monthShort: "MMM'.'" },
    onTheFirst: {
      longDate: "EEEE '1º' MMMM yyyy",
      date: "'1º' MMMM yyyy",
      day: "'1º'",
      dayMonth: "'1º' MMMM",
    },
  },
  // Hebrew puts "ב" (in) before the month in every date, as date-fns' own long date does
  // ("1 בפברואר 2027"), and so in the day with its month and the short month too.
  he: { patterns: { dayMonth: "d בMMMM", monthShort: "בMMM" } },
  // Taiwan writes a range from its first full date to its last day, "2027年2月1日至7日", and a
  // day in a table as "2月1日": date-fns' zh-TW "M月" with "d日".
  "zh-hant": {
    range: {
      first: (p, form) => (form === "long" ? p.date : "M月d日"),
      last: () => "d日",
      between: "至",
    },
    shortDate: () => "M月d日",
  },
};

/** How a language writes a range of days. */
function rangeFor(language: Language): RangePatterns {
  return CONVENTIONS[language]?.range ?? DEFAULT_RANGE;
}

/** The pattern of a day in the dates table. */
function shortDateFor(language: Language): (patterns: DatePatterns) => string {
  return CONVENTIONS[language]?.shortDate ?? ((p) => `${p.day} ${p.monthShort}`);
}

/** The patterns a language writes a given date with. */
function patternsFor(language: Language, date: string): DatePatterns {
  const { patterns, onTheFirst } = CONVENTIONS[language] ?? {};
  const isFirst = date.endsWith("-01");
  return { ...DATE_FNS_PATTERNS, ...patterns, ...(isFirst ? onTheFirst : undefined) };
}

/** date-fns' own formatting of a YYYY-MM-DD date, in UTC. */
function dateFnsFormat(date: string, pattern: string, locale: Locale): string {
  return format(new UTCDate(`${date}T00:00:00Z`), pattern, { locale });
}

describe.each(LANGUAGE_CODES)(
  "the %s date templates agree with date-fns for every year from 2007 to 2200",
  (language) => {
    const weeks = weeksBetween(2007, 2200);
    const words = dateWordsOf(language);
    /** A date written with one of the language's patterns for that date. */
    const write = (date: string, pattern: (patterns: DatePatterns) => string) =>
      dateFnsFormat(date, pattern(patternsFor(language, date)), LANGUAGES[language].dateLocale);

    test("the oracle covers weeks that start on the first of February", () => {
      expect(weeks.filter((week) => week.start.endsWith("-01")).length).toBeGreaterThan(20);
    });

    test("formatWeekDay writes the week's Monday, Friday and Sunday", () => {
      for (const week of weeks) {
        for (const which of ["start", "businessEnd", "end"] as const) {
          expect(formatWeekDay(week, which, words)).toBe(write(week[which], (p) => p.longDate));
        }
      }
    });

    test("formatWeekRange writes Monday to Friday and Monday to Sunday, long, without the year and short", () => {
      const { first, last, between } = rangeFor(language);
      const range = (start: string, end: string, form: RangeForm) =>
        `${write(start, (p) => first(p, form))}${between}${write(end, (p) => last(p, form))}`;
      for (const week of weeks) {
        expect(formatWeekRange(week, "business", words)).toBe(
          range(week.start, week.businessEnd, "long"),
        );
        expect(formatWeekRange(week, "whole", words, "withoutYear")).toBe(
          range(week.start, week.end, "withoutYear"),
        );
        expect(formatWeekRange(week, "whole", words, "short")).toBe(
          range(week.start, week.end, "short"),
        );
        expect(formatShortStart(week, words)).toBe(write(week.start, shortDateFor(language)));
      }
    });

    test("formatDayOfYear writes any day as date-fns' long date", () => {
      for (const date of ["2026-11-25", "2026-12-01", "2027-01-01", "2030-12-31", "2031-06-09"]) {
        expect(formatDayOfYear(language, date)).toBe(write(date, (p) => p.date));
      }
    });
  },
);

test.each([
  [
    "en",
    "2026-11-25",
    "Monday 1 February 2027",
    "1–7 February 2027",
    "1–5 Feb",
    "25 November 2026",
  ],
  [
    "es",
    "2026-11-25",
    "lunes 1 de febrero de 2027",
    "1–7 de febrero de 2027",
    "1–5 feb.",
    "25 de noviembre de 2026",
  ],
  [
    "pt",
    "2026-12-01",
    "segunda-feira, 1º de fevereiro de 2027",
    "1º–7 de fevereiro de 2027",
    "1º–5 fev.",
    "1º de dezembro de 2026",
  ],
  [
    "fr",
    "2026-12-01",
    "lundi 1er février 2027",
    "1er–7 février 2027",
    "1er–5 févr.",
    "1er décembre 2026",
  ],
  [
    "de",
    "2026-11-25",
    "Montag, 1. Februar 2027",
    "1.–7. Februar 2027",
    "1.–5. Feb.",
    "25. November 2026",
  ],
  [
    "it",
    "2026-12-01",
    "lunedì 1º febbraio 2027",
    "1º–7 febbraio 2027",
    "1º–5 feb.",
    "1º dicembre 2026",
  ],
  [
    "he",
    "2026-11-25",
    "יום שני, 1 בפברואר 2027",
    "1–7 בפברואר 2027",
    "1–5 בפבר׳",
    "25 בנובמבר 2026",
  ],
  [
    "zh-hant",
    "2026-11-25",
    "2027年2月1日 星期一",
    "2027年2月1日至7日",
    "2月1日至5日",
    "2026年11月25日",
  ],
] as const)(
  "%s writes the 2027 week by hand as expected",
  (language, today, monday, whole, businessShort, asOf) => {
    const week = weekOfYear(2027);
    const words = dateWordsOf(language);
    expect(formatWeekDay(week, "start", words)).toBe(monday);
    expect(formatWeekRange(week, "whole", words)).toBe(whole);
    expect(formatWeekRange(week, "business", words, "short")).toBe(businessShort);
    expect(formatDayOfYear(language, today)).toBe(asOf);
  },
);

test.each([
  ["en", "November 2006"],
  ["es", "noviembre de 2006"],
  ["pt", "novembro de 2006"],
  ["fr", "novembre 2006"],
  ["de", "November 2006"],
  ["it", "novembre 2006"],
  ["he", "נובמבר 2006"],
  ["zh-hant", "2006年11月"],
] as const)("formatMonthOfYear writes a source's month in %s: %s", (language, expected) => {
  expect(formatMonthOfYear(language, "2006-11")).toBe(expected);
});

test.each(["2006-13", "2006-1", "November 2006", ""])(
  "formatMonthOfYear rejects %j, naming the form it expects",
  (value) => {
    expect(() => formatMonthOfYear("en", value)).toThrow(/Invalid month .*YYYY-MM/);
  },
);

describe("formatStatus", () => {
  const week2027 = weekOfYear(2027);
  const english = dateWordsOf("en");
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
    expect(formatStatus(standingOn(week2027, today), english)).toBe(expected);
  });

  test.each([
    ["es", "2026-11-25", "68"],
    ["de", "2027-02-03", "3"],
    ["fr", "2027-02-17", "10"],
    ["pt", "2027-01-30", "2"],
    ["it", "2026-01-31", "lunedì 1º febbraio 2027"],
    ["he", "2027-02-17", "10"],
    // Hebrew's dual: two days are "יומיים", without the number.
    ["he", "2027-01-30", "יומיים"],
    ["zh-hant", "2027-02-03", "3"],
  ] as const)("in %s on %s, says %j in the language's own words", (language, today, value) => {
    const status = formatStatus(standingOn(week2027, today), dateWordsOf(language));
    const englishStatus = formatStatus(standingOn(week2027, today), english);
    expect(status).toContain(value);
    expect(status).not.toBe(englishStatus);
    expect(status).not.toMatch(/[{}]/);
  });
});

describe("pluralize", () => {
  // Polish, as a language with more plural forms than the site's: "dni" after 2–4, 22–24...
  const polish = { one: "za {count} dzień", few: "za {count} dni", many: "za {count} dni." };

  test.each([
    [1, "za 1 dzień"],
    [3, "za 3 dni"],
    [5, "za 5 dni."],
    [22, "za 22 dni"],
    [112, "za 112 dni."],
  ] as const)("picks Polish's own form for %i", (count, expected) => {
    expect(pluralize({ ...polish, other: "-" }, count, "pl")).toBe(expected);
  });

  test("stops on a missing form, naming the category, the count and the language", () => {
    expect(() => pluralize({ other: "{count} dni" }, 3, "pl")).toThrow(
      'No "few" plural form for 3 in pl',
    );
  });
});
