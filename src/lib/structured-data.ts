/**
 * schema.org JSON-LD for search engines and link previews: the site on the home page, the
 * breadcrumb trail on the others, and each year's week as an Event.
 */
import type { BreadcrumbList, Event, Organization, WebSite, WithContext } from "schema-dts";
import type { Week } from "./dates";
import { OBSERVANCE_NAME } from "../consts";
import { SOURCES } from "../data/sources";

export interface Crumb {
  name: string;
  /** Absolute URL. */
  url: string;
}

/** BNI, which launched and organises the week. */
const ORGANIZER: Organization = {
  "@type": "Organization",
  name: "BNI (Business Network International)",
  url: SOURCES.bniCom.url,
};

/**
 * @example websiteJsonLd({ name: "International Networking Week", url: "https://example.org/", description: "…", inLanguage: "en" })
 */
export function websiteJsonLd(site: {
  name: string;
  url: string;
  description: string;
  inLanguage: string;
}): WithContext<WebSite> {
  return { "@context": "https://schema.org", "@type": "WebSite", ...site };
}

/**
 * @example breadcrumbJsonLd([{ name: "Home", url: "https://example.org/" }])
 */
export function breadcrumbJsonLd(crumbs: readonly Crumb[]): WithContext<BreadcrumbList> {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map(({ name, url }, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name,
      item: url,
    })),
  };
}

/**
 * The week of one year as an Event: all day, Monday to Sunday, held worldwide in person and online.
 *
 * @example eventJsonLd(weekOfYear(2027), { url, image, description }).startDate // "2027-02-01"
 */
export function eventJsonLd(
  week: Week,
  { url, image, description }: { url: string; image: string; description: string },
): WithContext<Event> {
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: `${OBSERVANCE_NAME} ${week.year}`,
    description,
    startDate: week.start,
    endDate: week.end,
    eventAttendanceMode: "https://schema.org/MixedEventAttendanceMode",
    location: [
      { "@type": "Place", name: "Worldwide", address: "Worldwide" },
      { "@type": "VirtualLocation", url },
    ],
    organizer: ORGANIZER,
    image,
    url,
  };
}

/**
 * JSON for a `<script type="application/ld+json">`, with `<` escaped so no text in it can close
 * the element.
 *
 * @example jsonLdText({ a: "</script>" }) // '{"a":"\\u003c/script>"}'
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
