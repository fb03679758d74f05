/**
 * The questions page's entries in one language, on a build made on `today`: each question and
 * answer as rich text (plain text with links, words in another language and the week's dates
 * that the browser script keeps current), so the page and its FAQPage JSON-LD come from the same
 * words and cannot drift apart.
 */
import { featuredOn, weekOfYear, type IsoDate, type Week } from "./dates";
import { formatWeekRange } from "./format";
import { templateSegments } from "./template";
import type { Theme } from "./themes";
import { HASHTAG } from "../consts";
import { stringsOf, type Language } from "../i18n/languages";
import { dateWordsOf } from "../i18n/context";

/** The parts of a week the browser script rewrites (see src/scripts/live-dates.ts). */
type WeekField = "year" | "whole" | "business";

export interface RichSegment {
  text: string;
  /** Words in another language than the page's. */
  lang?: string;
  href?: string;
  field?: WeekField;
}

export interface FaqEntry {
  /** The question's anchor: stable across languages and years. */
  id: string;
  /** The week whose dates the entry shows, kept current by the browser script. */
  week?: "featured" | "afterFeatured";
  question: RichSegment[];
  answer: RichSegment[];
}

/**
 * A sentence with its placeholders filled by rich text.
 *
 * @example richText("Subscribe to {feed}.", { feed: { text: "the feed", href: "/calendar.ics" } })
 * // [{ text: "Subscribe to " }, { text: "the feed", href: "/calendar.ics" }, { text: "." }]
 */
export function richText(
  template: string,
  values: Readonly<Record<string, RichSegment | readonly RichSegment[]>>,
): RichSegment[] {
  return templateSegments(template, Object.keys(values)).flatMap((segment) =>
    "placeholder" in segment ? values[segment.placeholder]! : segment,
  );
}

/** What a screen or a search engine reads of rich text. */
export function plainText(segments: readonly RichSegment[]): string {
  return segments.map(({ text }) => text).join("");
}

interface FaqLinks {
  /** The rule's section on the dates page. */
  rule: string;
  /** The calendar feed. */
  feed: string;
}

/**
 * @example plainText(faqEntries("en", "2026-12-03", { rule: "/dates/#rule", feed: "/calendar.ics" }, [])[0]!.question)
 * // "When is International Networking Week 2027?"
 */
export function faqEntries(
  language: Language,
  today: IsoDate,
  links: FaqLinks,
  themes: readonly Theme[],
): FaqEntry[] {
  const t = stringsOf(language);
  const strings = t.faq;
  const words = dateWordsOf(language);
  const featured = featuredOn(today).week;
  const afterFeatured = weekOfYear(featured.year + 1);
  const weekValues = (week: Week) =>
    ({
      year: { text: String(week.year), field: "year" },
      whole: { text: formatWeekRange(week, "whole", words), field: "whole" },
      business: { text: formatWeekRange(week, "business", words), field: "business" },
    }) satisfies Record<WeekField, RichSegment>;
  const featuredValues = weekValues(featured);
  const afterFeaturedValues = weekValues(afterFeatured);
  const theme = themes.find(({ year }) => year === featured.year);
  const quotedTheme = theme && richText(t.site.quoted, { text: { text: theme.theme, lang: "en" } });
  const sentence = (template: string) => richText(template, {});

  return [
    {
      id: "when",
      week: "featured",
      question: richText(strings.whenQuestion, { year: featuredValues.year }),
      answer: richText(strings.whenAnswer, {
        ...featuredValues,
        rule: { text: strings.ruleLink, href: links.rule },
      }),
    },
    {
      id: "next-year",
      week: "afterFeatured",
      question: richText(strings.nextQuestion, { year: afterFeaturedValues.year }),
      answer: richText(strings.nextAnswer, afterFeaturedValues),
    },
    { id: "what", question: sentence(strings.whatQuestion), answer: sentence(strings.whatAnswer) },
    { id: "day", question: sentence(strings.dayQuestion), answer: sentence(strings.dayAnswer) },
    {
      id: "holiday",
      question: sentence(strings.holidayQuestion),
      answer: sentence(strings.holidayAnswer),
    },
    {
      id: "organiser",
      question: sentence(strings.organiserQuestion),
      answer: sentence(strings.organiserAnswer),
    },
    {
      id: "members",
      question: sentence(strings.memberQuestion),
      answer: sentence(strings.memberAnswer),
    },
    {
      id: "theme",
      week: "featured",
      question: richText(strings.themeQuestion, { year: featuredValues.year }),
      answer:
        theme && quotedTheme
          ? richText(t.themes.statuses[theme.status].sentence, {
              year: { text: String(theme.year) },
              theme: quotedTheme,
            })
          : richText(strings.noThemeAnswer, { year: featuredValues.year }),
    },
    {
      id: "hashtag",
      question: sentence(strings.hashtagQuestion),
      answer: richText(strings.hashtagAnswer, { hashtag: { text: HASHTAG } }),
    },
    {
      id: "different-dates",
      question: sentence(strings.differentDatesQuestion),
      answer: sentence(strings.differentDatesAnswer),
    },
    {
      id: "calendar",
      question: sentence(strings.calendarQuestion),
      answer: richText(strings.calendarAnswer, {
        feed: { text: strings.feedLink, href: links.feed },
      }),
    },
  ];
}

/** The entries as the FAQPage JSON-LD states them: the same text the page shows. */
export function faqPlainText(entries: readonly FaqEntry[]) {
  return entries.map(({ question, answer }) => ({
    question: plainText(question),
    answer: plainText(answer),
  }));
}
