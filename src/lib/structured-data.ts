/**
 * schema.org JSON-LD for search engines and link previews: the site on the home page, the
 * breadcrumb trail on the others, and the questions page as an FAQPage.
 *
 * The year pages have no Event: an observance held by many groups in many places has no one
 * location, no one organiser this site can speak for, and nothing to book, which schema.org's
 * Event and Google's event rules expect; schema.org has no type for an observance.
 */
import type { BreadcrumbList, FAQPage, WebSite, WithContext } from "schema-dts";

export interface Crumb {
  name: string;
  /** Absolute URL. */
  url: string;
}

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
 * A page of questions and answers, each answer's text exactly as the page shows it.
 *
 * @example faqPageJsonLd([{ question: "What is the hashtag?", answer: "#InternationalNetworkingWeek." }])
 */
export function faqPageJsonLd(
  entries: readonly { question: string; answer: string }[],
): WithContext<FAQPage> {
  return {
    "@context": "https://schema.org",
    "@type": "FAQPage",
    mainEntity: entries.map(({ question, answer }) => ({
      "@type": "Question",
      name: question,
      acceptedAnswer: { "@type": "Answer", text: answer },
    })),
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
