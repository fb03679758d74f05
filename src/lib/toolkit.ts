/**
 * What the toolkit offers for one week in one language, as data: the posts, the invitation, the
 * plan, and the words of its images, poster and badge, filled from the language's strings
 * (`toolkit` in src/i18n) with the week's dates. The page, the image, poster and badge endpoints
 * and the tests all read it here.
 */
import { HASHTAG, OBSERVANCE_NAME } from "../consts";
import type { SourceKey } from "../data/sources";
import { dateWordsOf, formatDayOfYear } from "../i18n/context";
import { LANGUAGES, localizedPath, stringsOf, type Language } from "../i18n/languages";
import type { BadgeContent } from "./badge";
import { addDaysTo, featuredOn, type IsoDate, type Week } from "./dates";
import { formatWeekRange } from "./format";
import type { KitImageContent, KitImageFormat } from "./kit-images";
import type { Paper, PosterContent } from "./poster";
import { parseHttpUrl } from "./share";
import { fill } from "./template";

/** The toolkit page's route in every language. */
export const TOOLKIT_PATH = "/toolkit/";

/** The badge's route in every language: /badge.svg, /de/badge.svg. */
export const BADGE_PATH = "/badge.svg";

/**
 * A file the toolkit offers, relative to the base: every language's under /kit/, so one cache
 * rule (public/_headers) covers them all, named after the week so a download says what it is.
 *
 * @example kitFilePath("de", 2027, "square", "png") // "/kit/de/international-networking-week-2027-square.png"
 */
export function kitFilePath(
  language: Language,
  year: number,
  kind: KitImageFormat | `poster-${Paper}`,
  extension: "png" | "pdf",
): string {
  return `/kit${localizedPath(language, `/${kitFileName(year, kind)}.${extension}`)}`;
}

/**
 * A toolkit file's name without its extension, the `[name]` of its endpoint.
 *
 * @example kitFileName(2027, "poster-a4") // "international-networking-week-2027-poster-a4"
 */
export function kitFileName(year: number, kind: KitImageFormat | `poster-${Paper}`): string {
  return `international-networking-week-${year}-${kind}`;
}

/**
 * The source each step of the plan cites, by step and item, in the order of the strings'
 * `plan.steps`: an item cites one exactly when its text has a `{source}`.
 */
const PLAN_SOURCES: readonly (readonly (SourceKey | undefined)[])[] = [
  [undefined, "bniNewZealandLarnach"],
  ["bniNewZealandBlog", undefined],
  [undefined, undefined],
  [undefined, undefined],
  ["misnerInw2020", undefined],
];

/** Days from the week's Monday to the Monday each step of the plan starts on (the week itself: 0). */
const PLAN_OFFSETS = [-21, -14, -7, 0, 7] as const;

/** The source of the line for BNI members: BNI's social-media guidelines. */
export const BNI_MEMBERS_SOURCE: SourceKey = "bniSocialMediaGuidelines2011";

interface PlanItem {
  /** The text, with a `{source}` where `source` is cited. */
  text: string;
  source?: SourceKey;
}

interface PlanStep {
  /** When, with its day: "Two weeks before, from 18 January 2027". */
  when: string;
  /** The Monday it starts on. */
  date: IsoDate;
  items: PlanItem[];
}

export interface ToolkitText {
  posts: { linkedin: string; x: string; short: string };
  /** The alt text of each image. */
  imageAlt: string;
  invitation: { subject: string; body: string };
  plan: PlanStep[];
  image: KitImageContent;
  badge: BadgeContent;
  poster: PosterContent;
}

function planOf(language: Language, week: Week): PlanStep[] {
  const { steps } = stringsOf(language).toolkit.plan;
  if (steps.length !== PLAN_OFFSETS.length || steps.length !== PLAN_SOURCES.length) {
    throw new Error(
      `The ${language} plan has ${steps.length} steps: expected ${PLAN_OFFSETS.length}, one per entry of PLAN_OFFSETS and PLAN_SOURCES in src/lib/toolkit.ts.`,
    );
  }
  const words = dateWordsOf(language);
  return steps.map((step, index) => {
    const offset = PLAN_OFFSETS[index]!;
    const date = addDaysTo(week.start, offset);
    const sources = PLAN_SOURCES[index]!;
    const when = fill(step.when, {
      date: offset === 0 ? formatWeekRange(week, "whole", words) : formatDayOfYear(language, date),
    });
    if (step.items.length !== sources.length) {
      throw new Error(
        `The ${language} plan's step ${JSON.stringify(step.when)} has ${step.items.length} items: expected ${sources.length}, as PLAN_SOURCES in src/lib/toolkit.ts lists.`,
      );
    }
    const items = step.items.map((text, itemIndex) => {
      const source = sources[itemIndex];
      if (text.includes("{source}") !== (source !== undefined)) {
        throw new Error(
          `The ${language} plan item ${JSON.stringify(text)} ${source ? `cites ${source} but has no {source}` : "has a {source} but PLAN_SOURCES gives it none"}.`,
        );
      }
      return source ? { text, source } : { text };
    });
    return { when, date, items };
  });
}

/**
 * Everything the toolkit says for one week in one language. `weekUrl` is the absolute address of
 * the week's page in the language, which the posts link to; `siteUrl` the language's home page;
 * `today` the build's day, the poster's creation date.
 *
 * @example toolkitText("en", weekOfYear(2027), { weekUrl: "https://example.org/2027/", siteUrl: "https://example.org/", today: "2026-11-25" }).posts.x
 * // "International Networking Week is 1–7 February 2027. A good week to thank ... #InternationalNetworkingWeek https://example.org/2027/"
 */
export function toolkitText(
  language: Language,
  week: Week,
  { weekUrl, siteUrl, today }: { weekUrl: string; siteUrl: string; today: IsoDate },
): ToolkitText {
  const strings = stringsOf(language);
  const { toolkit } = strings;
  const words = dateWordsOf(language);
  const { tag, dir } = LANGUAGES[language];
  const dates = formatWeekRange(week, "whole", words);
  const values = { dates, hashtag: HASHTAG, url: weekUrl, year: week.year };
  return {
    posts: {
      linkedin: fill(toolkit.posts.linkedin.text, values),
      x: fill(toolkit.posts.x.text, values),
      short: fill(toolkit.posts.short.text, values),
    },
    imageAlt: fill(toolkit.images.alt, values),
    invitation: {
      subject: fill(toolkit.invitation.subject, values),
      body: fill(toolkit.invitation.body, values),
    },
    plan: planOf(language, week),
    image: {
      language,
      name: OBSERVANCE_NAME,
      dates,
      tagline: strings.site.imageFooter,
      hashtag: HASHTAG,
    },
    badge: {
      title: fill(strings.yearPage.imageAlt, { year: week.year, whole: dates }),
      name: OBSERVANCE_NAME,
      dates,
      hashtag: HASHTAG,
      lang: tag,
      dir,
    },
    poster: {
      language,
      documentTitle: fill(toolkit.poster.documentTitle, values),
      lang: tag,
      dir,
      eyebrow: strings.home.eyebrow,
      name: OBSERVANCE_NAME,
      dates,
      about: strings.home.lead,
      invitation: toolkit.poster.invitation,
      fields: [toolkit.poster.what, toolkit.poster.where, toolkit.poster.when],
      hashtag: HASHTAG,
      siteUrl: siteUrl.replace(/^https?:\/\//, "").replace(/\/$/, ""),
      createdOn: today,
    },
  };
}

/**
 * Links that open a network with a post ready: X and WhatsApp with the whole text (which has the
 * link in it); LinkedIn and Facebook take only the page's address, so the reader pastes the text.
 *
 * @example postLinks({ x: "Hello https://example.org/", short: "Hi https://example.org/" }, "https://example.org/").x
 * // "https://x.com/intent/post?text=Hello%20https%3A%2F%2Fexample.org%2F"
 */
export function postLinks(
  texts: { x: string; short: string },
  weekUrl: string,
): { linkedin: string; x: string; facebook: string; whatsapp: string } {
  const url = encodeURIComponent(parseHttpUrl(weekUrl, "week page URL").href);
  return {
    linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${url}`,
    x: `https://x.com/intent/post?text=${encodeURIComponent(texts.x)}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${url}`,
    whatsapp: `https://wa.me/?text=${encodeURIComponent(texts.short)}`,
  };
}

/**
 * A file's size in kilobytes (1,000 bytes), rounded, in the language's way of writing it, the
 * number and its unit kept on one line.
 *
 * @example formatFileSize(48_213, "de") // "48 kB" (with a no-break space)
 */
export function formatFileSize(bytes: number, tag: string): string {
  return new Intl.NumberFormat(tag, {
    style: "unit",
    unit: "kilobyte",
    maximumFractionDigits: 0,
  })
    .format(Math.max(1, Math.round(bytes / 1000)))
    .replace(" ", "\u00a0");
}

/**
 * The week featured on `today` (the next or current one, as on the home page) with what the
 * toolkit says for it in a language; `url` makes a page's absolute address in that language.
 *
 * @example featuredToolkit("en", "2026-11-25", (path) => `https://example.org${path}`).week.year // 2027
 */
export function featuredToolkit(
  language: Language,
  today: IsoDate,
  url: (path: string) => string,
): { week: Week; weekUrl: string; text: ToolkitText } {
  const { week } = featuredOn(today);
  const weekUrl = url(`/${week.year}/`);
  return {
    week,
    weekUrl,
    text: toolkitText(language, week, { weekUrl, siteUrl: url("/"), today }),
  };
}
