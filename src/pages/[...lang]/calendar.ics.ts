import type { APIRoute } from "astro";
import { BUILD_TODAY } from "@/consts";
import { subscriptionCalendar } from "@/lib/calendar";
import { absoluteUrl } from "@/lib/site-config";
import { languageParams, localizedPath, parseLanguage } from "@/i18n/languages";

export const getStaticPaths = () => languageParams().map((params) => ({ params }));

// The language's home page with the base path, so links honour BASE_PATH: https://x.github.io/inw/de/.
export const GET: APIRoute = ({ site, currentLocale }) => {
  const language = parseLanguage(currentLocale);
  return new Response(
    subscriptionCalendar({
      siteUrl: absoluteUrl(site!.origin, import.meta.env.BASE_URL, localizedPath(language, "/")),
      today: BUILD_TODAY,
      language,
    }),
    { headers: { "Content-Type": "text/calendar; charset=utf-8" } },
  );
};
