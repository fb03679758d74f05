import { load, type CheerioAPI } from "cheerio";
import { readBuilt } from "./build";
import { htmlFiles, readBuiltSitemap, servedPath } from "./static-server";
import { DEFAULT_LANGUAGE, LANGUAGE_CODES, type Language } from "../../src/i18n/languages";

/** The HTML pages of a built site, as paths such as "/", "/dates/", "/2027/" and "/404.html". */
export function builtPages(dir: string): string[] {
  return htmlFiles(dir)
    .map((file) => `/${servedPath(file)}`)
    .sort();
}

/** A built page, parsed. */
export function loadPage(dir: string, path: string): CheerioAPI {
  return load(readBuilt(dir, path.endsWith("/") ? `${path}index.html` : path));
}

/** The absolute page URLs in the built sitemap. */
export function sitemapLocations(dir: string): string[] {
  const { siteRoot, pages } = readBuiltSitemap(dir);
  return pages.map((page) => siteRoot + page);
}

/** Every page path is in exactly one language: "/de/2027/" in "de", "/2027/" in "en". */
export function languageOfPage(path: string): Language {
  return (
    LANGUAGE_CODES.find((code) => code !== DEFAULT_LANGUAGE && path.startsWith(`/${code}/`)) ??
    DEFAULT_LANGUAGE
  );
}

/** The page's route in every language: "/de/2027/" → "/2027/". */
export function routeOfPage(path: string): string {
  const language = languageOfPage(path);
  return language === DEFAULT_LANGUAGE ? path : path.slice(language.length + 1);
}

/** The 404 pages, one per language. */
export function isNotFoundPage(path: string): boolean {
  return path.endsWith("/404.html");
}
