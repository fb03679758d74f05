// Makes every build the tests read (tests/helpers/build.ts lists them), one at a time: the ones
// missing or out of date, or all of them with --fresh (as npm test does).
// Usage: npm run build:tests [-- --fresh]
import { makeBuilds } from "../tests/helpers/build.ts";

makeBuilds({ fresh: process.argv.includes("--fresh") });
