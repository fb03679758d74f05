import { resolveBuildToday } from "./lib/dates";

/**
 * The day this build describes. astro.config.mjs resolves it once and sets SITE_TODAY, so every
 * module of the build reads the same day; tests that import this without the config get today.
 */
export const BUILD_TODAY = resolveBuildToday(process.env.SITE_TODAY, new Date());

/** The week's hashtag on social networks, the same in every language. */
export const HASHTAG = "#InternationalNetworkingWeek";
