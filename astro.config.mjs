// @ts-check
import { defineConfig } from "astro/config";
import sitemap from "@astrojs/sitemap";
import { resolveBuildToday } from "./src/lib/dates.ts";
import { resolveBasePath, resolveSiteUrl } from "./src/lib/site-config.ts";

// Resolve "today" once and hand it to every page through the environment, so a build that
// crosses midnight UTC still describes one day, and a bad SITE_TODAY stops the build here.
process.env.SITE_TODAY = resolveBuildToday(process.env.SITE_TODAY, new Date());

export default defineConfig({
  site: resolveSiteUrl(process.env.SITE_URL),
  base: resolveBasePath(process.env.BASE_PATH),
  trailingSlash: "always",
  integrations: [sitemap()],
});
