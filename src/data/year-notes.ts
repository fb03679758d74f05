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
      "BNI had announced the idea at its international directors' conference in November 2006, saying the week would be held in the first full week of February from then on. A BNI director credited Geoff Kirkwood, BNI's national director for Australia, as the spark behind it.",
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
      "1 February 2010 was a Monday, so the week ran from 1 to 5 February: the first Monday of February starts the week even when it is the 1st.",
      "An official website listed the week's events, and the London breakfast expected about 400 people.",
    ],
    sources: ["networkingAndReferrals2010"],
  },
  2020: {
    paragraphs: [
      "BNI's theme was “One Million Thank You's”: a week of one million thank-yous. In Australia it was tied to BNI Foundation Australia's bushfire fundraising.",
      "In Italy the week opened in Abruzzo on 1 February 2020, followed by seminars across the country, with proceeds going to school projects.",
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
    paragraphs: ["Published calendars gave the 2025 week as 3 to 9 February."],
    sources: ["nationalToday"],
  },
};
