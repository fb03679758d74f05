// Prints "N passed, N failed" from every vitest JSON report in a folder, for CI to read.
// A non-zero exit status passed as the second argument counts as one failure when no report
// recorded one (a format or type check that failed before any test ran).
// Runs on any Node (CI calls it even when the install failed), so it uses nothing but node:fs.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const folder = process.argv[2] ?? "test-results";
let passed = 0;
let failed = 0;
if (existsSync(folder)) {
  for (const name of readdirSync(folder).filter((file) => file.endsWith(".json"))) {
    const report = JSON.parse(readFileSync(join(folder, name), "utf8"));
    passed += report.numPassedTests ?? 0;
    failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTests ?? 0);
    if (report.success === false && !report.numFailedTests) failed += 1;
  }
}
if (Number(process.argv[3] ?? 0) !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
