/**
 * Every HTML page of the site with its title and description: one list that the pages, the
 * preview images and the tests share.
 */
import { formatWeekRange } from "./format";
import { weekOfYear } from "./dates";

/** The observance's name: the site's title, the calendar event's and the preview images'. */
export const OBSERVANCE_NAME = "International Networking Week";

/** The size of every link-preview image, as the pages declare it and the images are drawn. */
export const PREVIEW_IMAGE_WIDTH = 1200;
export const PREVIEW_IMAGE_HEIGHT = 630;

export interface PageInfo {
  /** The route, relative to the site's base, with a trailing slash: "/", "/dates/", "/2027/". */
  path: string;
  /** The `<title>` and the preview image's heading. */
  title: string;
  description: string;
  /** Extra lines for the preview image (a year page's dates). */
  imageLines?: string[];
  /** The preview image's file name under /og/, without ".png". */
  imageSlug: string;
}

export const SECTION_PAGES = {
  home: {
    path: "/",
    title: "International Networking Week: dates, history and ways to observe",
    description:
      "When International Networking Week is this year and every year, with its history, themes and ways to observe it, all sourced.",
    imageSlug: "home",
  },
  dates: {
    path: "/dates/",
    title: "International Networking Week dates for every year",
    description:
      "The dates of International Networking Week for every year since 2007: the first Monday of February, business days and whole week.",
    imageSlug: "dates",
  },
  history: {
    path: "/history/",
    title: "History of International Networking Week",
    description:
      "How BNI launched International Networking Week in 2007 and how it has been marked since, from London breakfasts to the 2020 week of thank-yous.",
    imageSlug: "history",
  },
  themes: {
    path: "/themes/",
    title: "International Networking Week themes by year",
    description:
      "The known yearly themes of International Networking Week, each with its source and status, and the 2020 mix-up explained.",
    imageSlug: "themes",
  },
  observe: {
    path: "/observe/",
    title: "How to observe International Networking Week",
    description:
      "Ways to observe International Networking Week as a person, a group or a company, from visitors' days to thank-you calls.",
    imageSlug: "observe",
  },
} as const satisfies Record<string, PageInfo>;

export type SectionKey = keyof typeof SECTION_PAGES;

/**
 * The page of one year.
 *
 * @example yearPage(2027).title // "International Networking Week 2027: 1–7 February"
 */
export function yearPage(year: number): PageInfo {
  const week = weekOfYear(year);
  const whole = formatWeekRange(week, "whole");
  return {
    path: `/${year}/`,
    title: `International Networking Week ${year}: ${whole.replace(` ${year}`, "")}`,
    description: `International Networking Week ${year}: Monday to Sunday, ${whole}; business days ${formatWeekRange(week, "business")}. Its status, theme and calendar links.`,
    imageLines: [`Monday to Friday: ${formatWeekRange(week, "business")}`, `Whole week: ${whole}`],
    imageSlug: String(year),
  };
}
