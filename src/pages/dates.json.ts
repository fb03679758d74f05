import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { BUILD_TODAY } from "@/consts";
import { publishedDatesOf } from "@/data/published-dates";
import { SOURCES } from "@/data/sources";
import { DATE_RULE, weeksListedOn } from "@/lib/dates";

export const GET: APIRoute = async () => {
  const themes = new Map((await getCollection("themes")).map(({ data }) => [data.year, data]));
  const years = weeksListedOn(BUILD_TODAY).map((week) => {
    const theme = themes.get(week.year);
    const published = publishedDatesOf(week.year);
    // Whether a source gave the year's dates (its URLs), or they follow from the rule alone.
    const dates = published
      ? { dates: "published", datesSources: published.sources.map((key) => SOURCES[key].url) }
      : { dates: "computed" };
    return theme
      ? {
          ...week,
          ...dates,
          theme: {
            name: theme.theme,
            status: theme.status,
            sourceUrl: theme.sourceUrl,
            sourceTitle: theme.sourceTitle,
          },
        }
      : { ...week, ...dates };
  });
  return Response.json({ rule: DATE_RULE, today: BUILD_TODAY, years });
};
