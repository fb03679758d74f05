import { defineConfig } from "vitest/config";

// The build and browser checks read builds made once, before any test starts
// (tests/helpers/build.ts); no test file builds the site itself.
const globalSetup = ["tests/helpers/global-setup.ts"];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          // Pure modules, no mocks left behind: the files share their imports, which are most of
          // their time.
          isolate: false,
        },
      },
      {
        test: {
          name: "build",
          include: ["tests/build/**/*.test.ts"],
          globalSetup,
          // They only read files, so they share their imports too.
          isolate: false,
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          globalSetup,
          // One file at a time, each with its own Chromium; in every-page.test.ts three pages in
          // flight: two keep both cores busy while the third waits for its network to go quiet.
          fileParallelism: false,
          maxConcurrency: 3,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
