/**
 * The schema of the yearly themes (src/data/themes.json), in a plain module so that tests
 * import it directly. Adding a year's theme is one entry with its source; the build rejects
 * an entry without one.
 */
import { z } from "astro/zod";
import { FIRST_YEAR, lastListedYear, type IsoDate } from "./dates";

/**
 * The address of a source: https only, with no user name or password in it, for the themes and
 * for src/data/sources.ts (tests/unit/themes.test.ts checks those with it).
 *
 * @example sourceUrlSchema.parse("https://example.org/article") // "https://example.org/article"
 */
export const sourceUrlSchema = z
  .url({ protocol: /^https$/, error: "must be an https URL of the source" })
  .refine((url) => !/^https:\/\/[^/]*@/.test(url), {
    error: "must not carry a user name or password",
  });

/** How certain a theme is; each language words them (src/i18n, `themes.statuses`). */
const THEME_STATUSES = ["confirmed", "reported"] as const;

/** The schema of one theme, for a build made on `today` (years run to today's + 10). */
export function themeSchema(today: IsoDate) {
  const lastYear = lastListedYear(today);
  return z.strictObject({
    year: z
      .number({ error: "year must be a number" })
      .int({ error: "year must be a whole number" })
      .min(FIRST_YEAR, { error: `year must be from ${FIRST_YEAR} to ${lastYear}` })
      .max(lastYear, { error: `year must be from ${FIRST_YEAR} to ${lastYear}` }),
    theme: z.string({ error: "theme is required" }).trim().min(1, { error: "theme is required" }),
    sourceUrl: sourceUrlSchema,
    sourceTitle: z
      .string({ error: "sourceTitle is required" })
      .trim()
      .min(1, { error: "sourceTitle is required" }),
    status: z.enum(THEME_STATUSES, {
      error: `status must be one of: ${THEME_STATUSES.join(", ")}`,
    }),
  });
}

export type Theme = z.infer<ReturnType<typeof themeSchema>>;

function describeEntry(entry: unknown, index: number): string {
  const year = (entry as { year?: unknown } | null)?.year;
  return `themes entry ${index + 1}${year === undefined ? "" : ` (year ${JSON.stringify(year)})`}`;
}

/**
 * Checks the raw themes data and returns the themes by year, or throws an Error naming each bad
 * entry and field: a missing source, a year out of range, an unknown status, a duplicate year.
 */
export function parseThemes(raw: unknown, today: IsoDate): Theme[] {
  if (!Array.isArray(raw)) throw new Error("themes data must be a JSON array of theme entries");
  const schema = themeSchema(today);
  const problems: string[] = [];
  const themes: Theme[] = [];
  const seenYears = new Map<number, number>();
  raw.forEach((entry, index) => {
    const result = schema.safeParse(entry);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path.join(".") || "entry";
        problems.push(`${describeEntry(entry, index)}: ${field}: ${issue.message}`);
      }
      return;
    }
    const earlier = seenYears.get(result.data.year);
    if (earlier !== undefined) {
      problems.push(
        `${describeEntry(entry, index)}: year: duplicate year ${result.data.year}, already given by themes entry ${earlier + 1}`,
      );
      return;
    }
    seenYears.set(result.data.year, index);
    themes.push(result.data);
  });
  if (problems.length > 0) throw new Error(`Invalid themes data:\n- ${problems.join("\n- ")}`);
  return themes.sort((a, b) => a.year - b.year);
}
