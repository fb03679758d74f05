/** Site-wide constants: one place for each, read by pages, endpoints, images and tests. */
import { resolveBuildToday } from "./lib/dates";

/**
 * The day this build describes. astro.config.mjs resolves it once and sets SITE_TODAY, so every
 * module of the build reads the same day; tests that import this without the config get today.
 */
export const BUILD_TODAY = resolveBuildToday(process.env.SITE_TODAY, new Date());

/** The observance's name, in every language: the site's title, the calendar's and the images'. */
export const OBSERVANCE_NAME = "International Networking Week";

/** The week's hashtag on social networks, the same in every language. */
export const HASHTAG = "#InternationalNetworkingWeek";

/** The size of every link-preview image, as the pages declare it and the images are drawn. */
export const PREVIEW_IMAGE_WIDTH = 1200;
export const PREVIEW_IMAGE_HEIGHT = 630;
