import { resolveBuildToday } from "./lib/dates";

export const SITE_TITLE = "International Networking Week";
export const SITE_DESCRIPTION =
  "When International Networking Week is, every year: its dates, history, themes and ways to observe it, with sources.";

/** The day this build describes (see astro.config.mjs). */
export const BUILD_TODAY = resolveBuildToday(process.env.SITE_TODAY, new Date());
