import { OBSERVANCE_NAME } from "./lib/site-pages";
import { resolveBuildToday } from "./lib/dates";

export const SITE_TITLE = OBSERVANCE_NAME;
export const SITE_DESCRIPTION =
  "When International Networking Week is, every year: its dates, history, themes and ways to observe it, with sources.";

/**
 * The day this build describes. astro.config.mjs resolves it once and sets SITE_TODAY, so every
 * module of the build reads the same day; tests that import this without the config get today.
 */
export const BUILD_TODAY = resolveBuildToday(process.env.SITE_TODAY, new Date());

/** The hashtag the week uses on social networks. */
export const HASHTAG = "#InternationalNetworkingWeek";
