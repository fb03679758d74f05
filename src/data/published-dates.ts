/**
 * The years whose dates a source gave at the time (../shared/facts/README.md, section 1). Every
 * other year's dates are computed from the rule, and its page says so. Sources from the time
 * (2007, 2010) gave the dates independently; observance calendars apply the rule themselves, so
 * they agree with it without proving it.
 */
import type { IsoDate } from "../lib/dates";
import type { SourceKey } from "./sources";

interface PublishedDates {
  sources: readonly SourceKey[];
  independent: boolean;
  /** A report on the week aired within it: evidence of the dates from outside any calendar. */
  reportAired?: { date: IsoDate; source: SourceKey };
}

const PUBLISHED_DATES: Readonly<Record<number, PublishedDates>> = {
  2007: { sources: ["irisCollections"], independent: true },
  2010: { sources: ["networkingAndReferrals2010"], independent: true },
  2018: { sources: ["celebrateEveryday2018"], independent: false },
  2022: { sources: ["holidaysCalendar"], independent: false },
  2023: {
    sources: ["holidaysCalendar"],
    independent: false,
    reportAired: { date: "2023-02-08", source: "wdtn2023" },
  },
  2024: { sources: ["holidaysCalendar"], independent: false },
  2025: { sources: ["nationalToday"], independent: false },
};

export function publishedDatesOf(year: number): PublishedDates | undefined {
  return Object.hasOwn(PUBLISHED_DATES, year) ? PUBLISHED_DATES[year] : undefined;
}
