import type { APIRoute } from "astro";
import { BUILD_TODAY } from "@/consts";
import { subscriptionCalendar } from "@/lib/calendar";
import { languageParams } from "@/i18n/languages";

export const getStaticPaths = () => languageParams().map((params) => ({ params }));

// The language's home page with the base path, so links honour BASE_PATH: https://x.github.io/inw/de/.
export const GET: APIRoute = ({ locals: { language, url } }) => {
  return new Response(
    subscriptionCalendar({
      siteUrl: url("/"),
      today: BUILD_TODAY,
      language,
    }),
    { headers: { "Content-Type": "text/calendar; charset=utf-8" } },
  );
};
