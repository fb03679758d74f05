import type { APIRoute } from "astro";
import { BUILD_TODAY } from "../consts";
import { subscriptionCalendar } from "../lib/calendar";

// The site's home page with its base path, so links honour BASE_PATH: https://x.github.io/inw/.
export const GET: APIRoute = ({ site }) =>
  new Response(
    subscriptionCalendar({
      siteUrl: new URL(import.meta.env.BASE_URL, site).href,
      today: BUILD_TODAY,
    }),
    { headers: { "Content-Type": "text/calendar; charset=utf-8" } },
  );
