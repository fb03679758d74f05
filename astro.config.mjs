// @ts-check
import { defineConfig } from "astro/config";
import sitemap from "@astrojs/sitemap";
import { resolveBuildToday } from "./src/lib/dates.ts";
import { resolveBasePath, resolveSiteUrl } from "./src/lib/site-config.ts";
import { DEFAULT_LANGUAGE, LANGUAGE_CODES, hreflangOf } from "./src/i18n/languages.ts";
import { moveNotFoundPages } from "./src/lib/not-found-pages.ts";

// Resolve "today" once and hand it to every page through the environment, so a build that
// crosses midnight UTC still describes one day, and a bad SITE_TODAY stops the build here.
process.env.SITE_TODAY = resolveBuildToday(process.env.SITE_TODAY, new Date());

export default defineConfig({
  site: resolveSiteUrl(process.env),
  base: resolveBasePath(process.env.BASE_PATH),
  trailingSlash: "always",
  // English at the root, every other language under /<code>/ (src/pages/[...lang]/).
  i18n: {
    locales: LANGUAGE_CODES,
    defaultLocale: DEFAULT_LANGUAGE,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    sitemap({
      // Each page lists its other languages as xhtml:link alternates.
      i18n: {
        defaultLocale: DEFAULT_LANGUAGE,
        locales: Object.fromEntries(LANGUAGE_CODES.map((code) => [code, hreflangOf(code)])),
      },
      filter: (page) => !/\/404\/$/.test(page),
    }),
    {
      name: "site-address",
      hooks: {
        // Only a build publishes the address: on a CI or host machine it must be a real one.
        "astro:config:setup": ({ command }) => {
          if (command === "build") resolveSiteUrl(process.env, { forBuild: true });
        },
      },
    },
    {
      name: "not-found-pages",
      hooks: {
        "astro:build:done": ({ dir }) => moveNotFoundPages(dir, LANGUAGE_CODES, DEFAULT_LANGUAGE),
      },
    },
  ],
  // A Content-Security-Policy <meta> on every page, with hashes of Astro's own scripts and styles.
  // frame-ancestors is left to the HTTP headers (public/_headers): browsers ignore it in a <meta>.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // No page shows code, and Shiki's inline styles would need CSP exceptions.
  markdown: { syntaxHighlight: false },
  // The stylesheet is small: inlined, each page arrives whole in its first round trip.
  build: { inlineStylesheets: "always" },
  // Scripts stay in their own files, never inlined: the pages have no inline script at all.
  vite: { build: { assetsInlineLimit: 0 } },
});
