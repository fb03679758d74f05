// @ts-check
import { defineConfig } from "eslint/config";
import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  { ignores: ["dist/", ".astro/", "test-results/", "screenshots/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  // Build code, tests and scripts run on Node; the browser scripts in src/scripts/ in the page.
  { languageOptions: { globals: globals.node } },
  { files: ["src/scripts/**"], languageOptions: { globals: globals.browser } },
);
