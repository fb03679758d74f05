import type { APIRoute } from "astro";
import { BUILD_TODAY } from "../consts";
import { DATE_RULE, weeksListedOn } from "../lib/dates";

export const GET: APIRoute = () =>
  Response.json({ rule: DATE_RULE, today: BUILD_TODAY, years: weeksListedOn(BUILD_TODAY) });
