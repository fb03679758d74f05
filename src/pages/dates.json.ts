import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { BUILD_TODAY } from "@/consts";
import { DATE_RULE, weeksListedOn } from "@/lib/dates";

export const GET: APIRoute = async () => {
  const themes = new Map((await getCollection("themes")).map(({ data }) => [data.year, data]));
  const years = weeksListedOn(BUILD_TODAY).map((week) => {
    const theme = themes.get(week.year);
    return theme
      ? {
          ...week,
          theme: {
            name: theme.theme,
            status: theme.status,
            sourceUrl: theme.sourceUrl,
            sourceTitle: theme.sourceTitle,
          },
        }
      : week;
  });
  return Response.json({ rule: DATE_RULE, today: BUILD_TODAY, years });
};
