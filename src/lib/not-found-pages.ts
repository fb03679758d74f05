/**
 * Astro writes a `[...lang]/404.astro` page as `404/index.html` in each language's folder, but
 * static hosts serve a folder's `404.html` for a missing page (Cloudflare Pages the nearest one,
 * GitHub Pages and Netlify the root one). After the build, each moves to its `404.html`.
 */
import { existsSync } from "node:fs";
import { rename, rmdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";

/** Moves `<lang>/404/index.html` to `<lang>/404.html` for every language, the default at the root. */
export async function moveNotFoundPages(
  outDir: URL,
  languages: readonly string[],
  defaultLanguage: string,
): Promise<void> {
  for (const language of languages) {
    const folder = new URL(language === defaultLanguage ? "./" : `./${language}/`, outDir);
    const built = fileURLToPath(new URL("404/index.html", folder));
    if (!existsSync(built)) {
      throw new Error(`No 404 page was built for "${language}" at ${built}.`);
    }
    await rename(built, fileURLToPath(new URL("404.html", folder)));
    await rmdir(fileURLToPath(new URL("404/", folder)));
  }
}
