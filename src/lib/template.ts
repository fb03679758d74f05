/**
 * Sentences with `{placeholders}`, the one placeholder syntax of every language file: filled
 * with text (`fill`), or split so that pages can put markup in them (`templateSegments`, used by
 * Fill.astro), wherever a translation's word order puts each placeholder.
 */

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Fills every `{placeholder}` of a sentence with its value; a placeholder without a value stops
 * the build (or the script), naming the sentence, rather than reaching a reader as "{year}".
 *
 * @example fill("Starts in {count} days", { count: 3 }) // "Starts in 3 days"
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(PLACEHOLDER, (_, key: string) => {
    const value = values[key];
    if (value === undefined) {
      throw new Error(
        `The sentence ${JSON.stringify(template)} has the placeholder {${key}}, but no value was given for it (given: ${Object.keys(values).join(", ") || "none"}).`,
      );
    }
    return String(value);
  });
}

export type TemplateSegment = { text: string } | { placeholder: string };

/**
 * Splits a sentence into its text and its placeholders, checking it has exactly the expected
 * placeholders, each once.
 *
 * @example templateSegments("Starts {date}.", ["date"])
 * // [{ text: "Starts " }, { placeholder: "date" }, { text: "." }]
 */
export function templateSegments(template: string, expected: readonly string[]): TemplateSegment[] {
  const segments: TemplateSegment[] = [];
  const found: string[] = [];
  let rest = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const placeholder = match[1]!;
    if (match.index > rest) segments.push({ text: template.slice(rest, match.index) });
    segments.push({ placeholder });
    found.push(placeholder);
    rest = match.index + match[0].length;
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
