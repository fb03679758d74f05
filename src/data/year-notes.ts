/**
 * What is known about particular editions, each with its sources. Years without an entry have
 * nothing known beyond their dates. Every statement comes from ../shared/facts/README.md.
 */
import type { SourceKey } from "./sources";

export interface YearNote {
  paragraphs: string[];
  sources: SourceKey[];
}

export const YEAR_NOTES: Partial<Record<number, YearNote>> = {
  2007: {
    paragraphs: [
      "The first edition ran from Monday 5 to Friday 9 February 2007, with Tuesday 6 February as the official networking day.",
      "BNI had announced the idea at its international directors' conference in November 2006. A BNI director wrote that the week would be held in the first full week of February from then on, and credited Geoff Kirkwood, BNI's national director for Australia, with sparking the idea.",
      "In London, BNI marked the week with a “BNI Big Breakfast”.",
    ],
    sources: ["irisCollections", "networkingAndReferrals2010"],
  },
  2009: {
    paragraphs: [
      "BNI Israel held an International Networking Week conference in Petah Tikva on 4 February 2009, with more than 300 people attending.",
    ],
    sources: ["ruthLudlam2009"],
  },
  2010: {
    paragraphs: [
      "An official website listed the week's events, and the London breakfast expected about 400 people.",
    ],
    sources: ["networkingAndReferrals2010"],
  },
  2020: {
    paragraphs: [
      "In Australia the week was tied to BNI Foundation Australia's bushfire fundraising.",
      "Italian events began early, on Saturday 1 February 2020 in Abruzzo, followed by seminars across Italy that week, with proceeds going to school projects.",
    ],
    sources: ["misnerInw2020", "abruzzoNews2020"],
  },
  2021: {
    paragraphs: [
      "The 2021 week fell in the period when BNI's meetings were held online: chapters moved online in March 2020, and hybrid meetings began in late 2021.",
    ],
    sources: ["bniHeartlandOnline", "businessMondaysHybrid"],
  },
  2025: {
    paragraphs: ["National Today gave the 2025 week as 3–9 February."],
    sources: ["nationalToday"],
  },
};

/** Years some calendars are known to get wrong: 1 February a Monday (2021, 2027, 2038) or a Sunday (2026). */
export const YEARS_SOME_CALENDARS_GET_WRONG: readonly number[] = [2021, 2026, 2027, 2038];
