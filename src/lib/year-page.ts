/**
 * What a year's page says besides its theme: its dates in words, where the week stands, what is
 * known of that edition, the note on years where 1 February is a Monday or a Sunday, and its
 * sources. The route (src/pages/[...lang]/[year].astro) only lays it out.
 */
import { standingOn, weekdayOfFirstFebruary, type IsoDate, type Week } from "./dates";
import { formatStatus, formatWeekDay, formatWeekRange } from "./format";
import { fill } from "./template";
import { stringsOf, type Language } from "../i18n/languages";
import { dateWordsOf, formatDayOfYear } from "../i18n/context";
import { YEAR_NOTE_SOURCES, YEARS_EASY_TO_MISREAD, hasYearNote } from "../data/year-notes";
import type { SourceKey } from "../data/sources";
import { publishedDatesOf } from "../data/published-dates";

/**
 * Where a year's dates come from: sources from the time, observance calendars, or the rule alone
 * (`computedPast` once the week is over, `computedFuture` before: no BNI source gives dates ahead).
 */
type DatesBasis =
  | { kind: "publishedIndependently" | "publishedByCalendars"; sources: readonly SourceKey[] }
  | { kind: "computedPast" | "computedFuture" };

function datesBasisOf(week: Week, today: IsoDate): DatesBasis {
  const published = publishedDatesOf(week.year);
  if (published) {
    const kind = published.independent ? "publishedIndependently" : "publishedByCalendars";
    return { kind, sources: published.sources };
  }
  return { kind: standingOn(week, today).status === "past" ? "computedPast" : "computedFuture" };
}

/**
 * The words of one year's page in one language, on a build made on `today`.
 *
 * @example yearPageText(weekOfYear(2026), "en", "2026-11-25").firstOfFebruaryNote?.future
 * // "1 February 2026 is a Sunday, so the first full Monday-to-Sunday week starts the next day, Monday 2 February 2026. “The first full week of February” can be misread in such a year as starting on Sunday the 1st; no source uses a Sunday-to-Saturday week."
 */
export function yearPageText(week: Week, language: Language, today: IsoDate) {
  const { year } = week;
  const t = stringsOf(language);
  const words = dateWordsOf(language);
  const whole = formatWeekRange(week, "whole", words);
  const monday = formatWeekDay(week, "start", words);
  // The note on 1 February speaks of it in the past from the next day on, so a page built in
  // November says "1 February 2026 was a Sunday", not "is". The browser script applies the same
  // rule to the reader's day, from `pastAfter`.
  const pastAfter = `${year}-02-01`;
  const firstOfFebruary = weekdayOfFirstFebruary(year);
  const strings = t.yearPage;
  const easyToMisread = YEARS_EASY_TO_MISREAD.includes(year);
  const published = publishedDatesOf(year);
  const noteIn = (tense: "Past" | "Future") =>
    [
      firstOfFebruary === 1 && strings[`mondayFirst${tense}`],
      firstOfFebruary === 1 && easyToMisread && strings.misreadMonday,
      firstOfFebruary === 0 && strings[`sundayFirst${tense}`],
      firstOfFebruary === 0 && easyToMisread && strings.misreadSunday,
    ]
      .filter((sentence) => typeof sentence === "string")
      .map((sentence) => fill(sentence, { year, monday }))
      .join(" ");
  return {
    heading: fill(strings.heading, { year }),
    aboutHeading: fill(strings.aboutHeading, { year }),
    imageAlt: fill(strings.imageAlt, { year, whole }),
    shareText: fill(strings.shareText, { year, whole }),
    whole,
    monday,
    businessEnd: formatWeekDay(week, "businessEnd", words),
    end: formatWeekDay(week, "end", words),
    status: formatStatus(standingOn(week, today), words),
    notes: hasYearNote(year) ? t.yearNotes[year] : [],
    /**
     * What 1 February's weekday did to the week, in the past and the future tense: the build's
     * shows, and the browser script switches to the past once the reader's day is after
     * `pastAfter`.
     */
    firstOfFebruaryNote:
      firstOfFebruary <= 1
        ? { past: noteIn("Past"), future: noteIn("Future"), pastAfter, isPast: today > pastAfter }
        : undefined,
    datesBasis: datesBasisOf(week, today),
    /** A report on the week that aired within it, as a sentence: 2023's. */
    reportAired:
      published?.reportAired &&
      fill(strings.reportAired, { date: formatDayOfYear(language, published.reportAired.date) }),
    // The dates follow the rule, so its evidence is every year page's source.
    sources: [
      ...new Set<SourceKey>([
        ...(published?.sources ?? []),
        ...(published?.reportAired ? [published.reportAired.source] : []),
        "irisCollections",
        "networkingAndReferrals2010",
        ...(hasYearNote(year) ? YEAR_NOTE_SOURCES[year] : []),
      ]),
    ],
  };
}
