import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    // Every build dir: .next and the side-by-side ones (PILLARS_DIST_DIR=.next-<name>).
    ".next*/**",
    ".next-*/**",
    ".tools/**",
    "data/**",
    "node_modules/**",
    "next-env.d.ts",
    "test-results/**",
    // Learner-facing exercise files are graded content, not app code.
    "lessons/**/starter/**",
    "lessons/**/solution/**",
    "lessons/**/given/**",
    "lessons/**/tests/**",
  ]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // Server modules and the engine hold no React: a function named use* there is not a hook.
    files: ["lib/**", "sandbox-runtime/**", "scripts/**", "server.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
]);
