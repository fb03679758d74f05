/**
 * The sources of what is known about particular editions; the words are each language's
 * `yearNotes` (src/i18n). Years without an entry have nothing known beyond their dates. Every
 * statement comes from ../shared/facts/README.md.
 */
import type { SiteStrings } from "../i18n/en";
import type { SourceKey } from "./sources";

export type YearWithNote = keyof SiteStrings["yearNotes"];

export const YEAR_NOTE_SOURCES: Record<YearWithNote, SourceKey[]> = {
  2007: ["irisCollections", "networkingAndReferrals2010"],
  2009: ["ruthLudlam2009"],
  2010: ["networkingAndReferrals2010"],
  2020: ["misnerInw2020", "abruzzoNews2020"],
  2021: ["bniHeartlandOnline", "businessMondaysHybrid"],
  2025: ["nationalToday"],
};

export function hasYearNote(year: number): year is YearWithNote {
  return Object.hasOwn(YEAR_NOTE_SOURCES, year);
}

/** Years some calendars are known to get wrong: 1 February a Monday (2021, 2027, 2038) or a Sunday (2026). */
export const YEARS_SOME_CALENDARS_GET_WRONG: readonly number[] = [2021, 2026, 2027, 2038];
