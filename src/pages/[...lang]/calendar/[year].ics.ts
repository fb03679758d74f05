import type { APIRoute, GetStaticPaths } from "astro";
import { BUILD_TODAY } from "../../../consts";
import { yearCalendar } from "../../../lib/calendar";
import { weeksListedOn } from "../../../lib/dates";
import { languageParams, localizedPath, parseLanguage } from "../../../i18n/languages";

interface Props {
  year: number;
}

export const getStaticPaths = (() =>
  languageParams().flatMap(({ lang }) =>
    weeksListedOn(BUILD_TODAY).map(({ year }) => ({
      params: { lang, year: String(year) },
      props: { year },
    })),
  )) satisfies GetStaticPaths;

// The language's home page with the base path, so links honour BASE_PATH: https://x.github.io/inw/de/2027/.
export const GET: APIRoute<Props> = ({ props, site, currentLocale }) => {
  const language = parseLanguage(currentLocale);
  return new Response(
    yearCalendar(props.year, {
      siteUrl: new URL(`.${localizedPath(language, "/")}`, new URL(import.meta.env.BASE_URL, site))
        .href,
      today: BUILD_TODAY,
      language,
    }),
    { headers: { "Content-Type": "text/calendar; charset=utf-8" } },
  );
};
