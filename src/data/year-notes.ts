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

/**
 * Years in which "the first full week of February" can be misread, as the facts name them:
 * 1 February a Monday (2021, 2027, 2038) or a Sunday (2026, 2032). Their pages say which
 * reading the evidence supports; no source shows a particular calendar getting one wrong.
 */
export const YEARS_EASY_TO_MISREAD: readonly number[] = [2021, 2026, 2027, 2032, 2038];
