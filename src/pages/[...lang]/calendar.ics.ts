import type { APIRoute } from "astro";
import { BUILD_TODAY } from "../../consts";
import { subscriptionCalendar } from "../../lib/calendar";
import { languageParams, localizedPath, parseLanguage } from "../../i18n/languages";

export const getStaticPaths = () => languageParams().map((params) => ({ params }));

// The language's home page with the base path, so links honour BASE_PATH: https://x.github.io/inw/de/.
export const GET: APIRoute = ({ site, currentLocale }) => {
  const language = parseLanguage(currentLocale);
  return new Response(
    subscriptionCalendar({
      siteUrl: new URL(`.${localizedPath(language, "/")}`, new URL(import.meta.env.BASE_URL, site))
        .href,
      today: BUILD_TODAY,
      language,
    }),
    { headers: { "Content-Type": "text/calendar; charset=utf-8" } },
  );
};
