/**
 * Every HTML page of the site with its title and description, in each language: one list that
 * the pages, the preview images and the tests share.
 */
import { formatWeekRange } from "./format";
import { featuredOn, weekOfYear, weeksListedOn, type IsoDate } from "./dates";
import { localizedPath, stringsOf, type Language } from "../i18n/languages";
import { dateWordsOf } from "../i18n/context";
import { fill } from "./template";
import { TOOLKIT_PATH } from "./toolkit";

export interface PageInfo {
  /** The route in every language, relative to the language's root: "/", "/dates/", "/2027/". */
  path: string;
  /** The `<title>` and the preview image's heading. */
  title: string;
  description: string;
  /** Extra lines for the preview image (a year page's dates). */
  imageLines?: string[];
  /** The preview image's file name, without ".png" (see previewImagePath). */
  imageSlug: string;
  /** The breadcrumb trail from the home page to this page, for the pages below it. */
  crumbs?: Crumb[];
}

export interface Crumb {
  name: string;
  /** The route in every language, as `path` above. */
  path: string;
}

/**
 * Where a page's preview image is, relative to the base: every language's under /og/, so one
 * cache rule (public/_headers) covers them all.
 *
 * @example previewImagePath("de", "2027") // "/og/de/2027.png"
 */
export function previewImagePath(language: Language, imageSlug: string): string {
  return `/og${localizedPath(language, `/${imageSlug}.png`)}`;
}

export const SECTION_PATHS = {
  home: "/",
  dates: "/dates/",
  history: "/history/",
  themes: "/themes/",
  observe: "/observe/",
  faq: "/faq/",
} as const;

export type SectionKey = keyof typeof SECTION_PATHS;

export const SECTION_KEYS = Object.keys(SECTION_PATHS) as SectionKey[];

/** The sections below the home page, in the order the menu and the home page list them. */
export const SUBSECTION_KEYS = SECTION_KEYS.filter(
  (key): key is Exclude<SectionKey, "home"> => key !== "home",
);

/**
 * One of the section pages in one language.
 *
 * @example sectionPage("dates", "en").title // "International Networking Week dates for every year"
 */
export function sectionPage(key: SectionKey, language: Language): PageInfo {
  const { pages, site } = stringsOf(language);
  const { title, description } = pages[key];
  const path = SECTION_PATHS[key];
  const crumbs =
    key === "home"
      ? undefined
      : [
          { name: site.nav.home, path: "/" },
          { name: site.nav[key], path },
        ];
  return { path, title, description, imageSlug: key, crumbs };
}

/**
 * The page of one year in one language.
 *
 * @example yearPage(2027, "en").title // "International Networking Week 2027: 1–7 February"
 */
export function yearPage(year: number, language: Language): PageInfo {
  const week = weekOfYear(year);
  const words = dateWordsOf(language);
  const { pages, site } = stringsOf(language);
  const strings = pages.year;
  const path = `/${year}/`;
  const whole = formatWeekRange(week, "whole", words);
  const business = formatWeekRange(week, "business", words);
  return {
    path,
    title: fill(strings.title, {
      year,
      days: formatWeekRange(week, "whole", words, "withoutYear"),
    }),
    description: fill(strings.description, { year, whole, business }),
    imageLines: [
      fill(strings.imageBusinessDays, { business }),
      fill(strings.imageWholeWeek, { whole }),
    ],
    imageSlug: String(year),
    crumbs: [
      { name: site.nav.home, path: "/" },
      { name: site.nav.dates, path: "/dates/" },
      { name: String(year), path },
    ],
  };
}

/**
 * The toolkit page in one language, for the week featured on `today`.
 *
 * @example toolkitPage("en", "2026-11-25").title // "International Networking Week 2027 toolkit: posts, images, a poster, a badge"
 */
export function toolkitPage(language: Language, today: IsoDate): PageInfo {
  const { toolkit, site } = stringsOf(language);
  const { year } = featuredOn(today).week;
  return {
    path: TOOLKIT_PATH,
    title: fill(toolkit.title, { year }),
    description: fill(toolkit.description, { year }),
    imageSlug: "toolkit",
    crumbs: [
      { name: site.nav.home, path: "/" },
      { name: toolkit.nav, path: TOOLKIT_PATH },
    ],
  };
}

/** Every indexable page of one language on a build made on `today`. */
export function sitePages(language: Language, today: IsoDate): PageInfo[] {
  return [
    ...SECTION_KEYS.map((key) => sectionPage(key, language)),
    toolkitPage(language, today),
    ...weeksListedOn(today).map((week) => yearPage(week.year, language)),
  ];
}
