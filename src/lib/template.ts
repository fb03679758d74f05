/**
 * Sentences with `{placeholders}` that pages fill with markup (a link, a date in a <time>), so a
 * translation can put them wherever its word order wants.
 */

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
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
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
