import type { APIRoute, GetStaticPaths } from "astro";
import { BUILD_TODAY } from "../../consts";
import { yearCalendar } from "../../lib/calendar";
import { weeksListedOn } from "../../lib/dates";

interface Props {
  year: number;
}

export const getStaticPaths = (() =>
  weeksListedOn(BUILD_TODAY).map(({ year }) => ({
    params: { year: String(year) },
    props: { year },
  }))) satisfies GetStaticPaths;

// The site's home page with its base path, so links honour BASE_PATH: https://x.github.io/inw/2027/.
export const GET: APIRoute<Props> = ({ props, site }) =>
  new Response(
    yearCalendar(props.year, {
      siteUrl: new URL(import.meta.env.BASE_URL, site).href,
      today: BUILD_TODAY,
    }),
    { headers: { "Content-Type": "text/calendar; charset=utf-8" } },
  );
