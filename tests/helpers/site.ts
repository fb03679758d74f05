import { readdirSync } from "node:fs";
import { join } from "node:path";
import { load, type CheerioAPI } from "cheerio";
import { readBuilt } from "./build";

/** The HTML pages of a built site, as paths such as "/", "/dates/", "/2027/" and "/404.html". */
export function builtPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => {
      const relative = join(entry.parentPath, entry.name).slice(dir.length).replaceAll("\\", "/");
      return relative.endsWith("/index.html") ? relative.slice(0, -"index.html".length) : relative;
    })
    .sort();
}

/** A built page, parsed. */
export function loadPage(dir: string, path: string): CheerioAPI {
  return load(readBuilt(dir, path.endsWith("/") ? `${path}index.html` : path));
}

/** The page locations in the built sitemap (sitemap-index.xml and the files it lists). */
export function sitemapLocations(dir: string): string[] {
  const index = load(readBuilt(dir, "sitemap-index.xml"), { xml: true });
  return index("sitemap > loc")
    .map((_, element) => index(element).text())
    .get()
    .flatMap((location) => {
      const sitemap = load(readBuilt(dir, new URL(location).pathname.split("/").pop()!), {
        xml: true,
      });
      return sitemap("url > loc")
        .map((_, element) => sitemap(element).text())
        .get();
    });
}
