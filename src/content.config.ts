import { readFile } from "node:fs/promises";
import { defineCollection } from "astro:content";
import { z } from "astro/zod";
import { BUILD_TODAY } from "@/consts";
import { parseThemes, themeSchema } from "./lib/themes";

const themes = defineCollection({
  // A loader of our own rather than file(): it names the bad entry and field, and rejects
  // duplicate years, which file() would silently merge.
  loader: async () => {
    const raw: unknown = JSON.parse(
      await readFile(new URL("./data/themes.json", import.meta.url), "utf8"),
    );
    return parseThemes(raw, BUILD_TODAY).map((theme) => ({ id: String(theme.year), ...theme }));
  },
  // The loader returns each theme with the id Astro needs beside its fields.
  schema: themeSchema(BUILD_TODAY).extend({ id: z.string() }),
});

export const collections = { themes };
