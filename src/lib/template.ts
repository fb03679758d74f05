/**
 * Sentences with `{placeholders}`, the one placeholder syntax of every language file: filled
 * with text (`fill`), or split so that pages can put markup in them (`templateSegments`, used by
 * Fill.astro), wherever a translation's word order puts each placeholder.
 *
 * A sentence may also keep words in another language, marked with that language's tag:
 * "l'approche {en:relationship networking}". Pages wrap them in an element with that `lang`, so
 * screen readers pronounce them in their own language; plain text (titles, feeds, images)
 * keeps the words alone.
 */

const PLACEHOLDER_OR_FOREIGN_WORDS = /\{(\w+)\}|\{([a-z]{2,3}):([^{}]+)\}/g;

/**
 * Fills every `{placeholder}` of a sentence with its value; a placeholder without a value stops
 * the build (or the script), naming the sentence, rather than reaching a reader as "{year}".
 *
 * @example fill("Starts in {count} days", { count: 3 }) // "Starts in 3 days"
 * @example fill("l'approche {en:relationship networking}", {}) // "l'approche relationship networking"
 */
export function fill(
  template: string,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(
    PLACEHOLDER_OR_FOREIGN_WORDS,
    (_, key: string | undefined, _lang: string | undefined, foreignWords: string | undefined) => {
      if (key === undefined) return foreignWords!;
      const value = values[key];
      if (value === undefined) {
        throw new Error(
          `The sentence ${JSON.stringify(template)} has the placeholder {${key}}, but no value was given for it (given: ${Object.keys(values).join(", ") || "none"}).`,
        );
      }
      return String(value);
    },
  );
}

export type TemplateSegment = { text: string; lang?: string } | { placeholder: string };

/**
 * Splits a sentence into its text, its words in another language and its placeholders, checking
 * it has exactly the expected placeholders, each once.
 *
 * @example templateSegments("Starts {date}.", ["date"])
 * // [{ text: "Starts " }, { placeholder: "date" }, { text: "." }]
 * @example templateSegments("le {en:BNI Big Breakfast}", [])
 * // [{ text: "le " }, { text: "BNI Big Breakfast", lang: "en" }]
 */
export function templateSegments(template: string, expected: readonly string[]): TemplateSegment[] {
  const segments: TemplateSegment[] = [];
  const found: string[] = [];
  let rest = 0;
  for (const match of template.matchAll(PLACEHOLDER_OR_FOREIGN_WORDS)) {
    const [whole, placeholder, lang, foreignWords] = match;
    if (match.index > rest) segments.push({ text: template.slice(rest, match.index) });
    if (placeholder === undefined) {
      segments.push({ text: foreignWords!, lang: lang! });
    } else {
      segments.push({ placeholder });
      found.push(placeholder);
    }
    rest = match.index + whole.length;
  }
  if (rest < template.length) segments.push({ text: template.slice(rest) });
  const sorted = (names: readonly string[]) => [...names].sort().join(", ");
  if (sorted(found) !== sorted(expected)) {
    throw new Error(
      `The sentence ${JSON.stringify(template)} has the placeholders {${sorted(found)}}: expected each of {${sorted(expected)}} once.`,
    );
  }
  return segments;
}
