import { load, type CheerioAPI } from "cheerio";
import { readBuilt } from "./build";
import { htmlFiles, readBuiltSitemap } from "./static-server";

/** The HTML pages of a built site, as paths such as "/", "/dates/", "/2027/" and "/404.html". */
export function builtPages(dir: string): string[] {
  return htmlFiles(dir)
    .map((file) => `/${file.endsWith("index.html") ? file.slice(0, -"index.html".length) : file}`)
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
