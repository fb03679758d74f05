import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HtmlValidate, type Message } from "html-validate";
import { describe, expect, test } from "vitest";
import { builtSite } from "../helpers/build";
import { htmlFiles } from "../helpers/static-server";

const dir = builtSite("default");
const files = htmlFiles(dir);

const validator = new HtmlValidate({
  root: true,
  extends: ["html-validate:recommended", "html-validate:document"],
  rules: {
    // Not disabled, narrowed: Subresource Integrity guards files fetched from another origin. Every
    // script and stylesheet here comes from the page's own origin (the CSP and the link checks hold
    // it to that), so an integrity hash would add nothing; any cross-origin one still needs it.
    "require-sri": ["error", { target: "crossorigin" }],
  },
});

/** One line per message: `file:line:column rule message`. */
function describeMessage(file: string, message: Message): string {
  return `${file}:${message.line}:${message.column} ${message.ruleId} ${message.message}`;
}

describe("html-validate (recommended + document) on every page of the default build", () => {
  test.each(files)("%s has no errors", async (file) => {
    const report = await validator.validateString(readFileSync(join(dir, file), "utf8"), file);
    const errors = report.results.flatMap((result) =>
      result.messages.filter((message) => message.severity === 2),
    );
    expect(errors.map((message) => describeMessage(file, message))).toEqual([]);
  });
});
