import type { APIRoute, GetStaticPaths } from "astro";
import { BUILD_TODAY } from "@/consts";
import { yearCalendar } from "@/lib/calendar";
import { weeksListedOn } from "@/lib/dates";
import { languageParams } from "@/i18n/languages";

interface Props {
  year: number;
}

export const getStaticPaths = (() => {
  const weeks = weeksListedOn(BUILD_TODAY);
  return languageParams().flatMap(({ lang }) =>
    weeks.map(({ year }) => ({ params: { lang, year: String(year) }, props: { year } })),
  );
}) satisfies GetStaticPaths;

// The language's home page with the base path, so links honour BASE_PATH: https://x.github.io/inw/de/2027/.
export const GET: APIRoute<Props> = ({ props, locals: { language, url } }) => {
  return new Response(
    yearCalendar(props.year, {
      siteUrl: url("/"),
      today: BUILD_TODAY,
      language,
    }),
    { headers: { "Content-Type": "text/calendar; charset=utf-8" } },
  );
};
