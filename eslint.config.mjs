// ESLint: the recommended JavaScript and typescript-eslint rules, with the type-aware ones that catch real bugs
// (promises left floating, a switch that misses a member of its union, unused code). Run by `npm run lint`.
import { defineConfig } from "eslint/config";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default defineConfig(
  { ignores: ["node_modules/", "dist/", "coverage/", "src/generated/", "test/fixtures/", "data/"] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ["vitest.config.mts"] }, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // Type-aware rules that catch real bugs.
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/require-await": "off",
      "@typescript-eslint/only-throw-error": "error",
      "@typescript-eslint/prefer-promise-reject-errors": "error",
      "@typescript-eslint/no-unnecessary-type-assertion": "error",
      // A switch over a union names every member: a default branch does not stand in for a member that was forgotten,
      // so adding a member (a deadline kind, a format) makes every switch that misses it fail here.
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      // Modules that are slow to load or rarely used are required where they are first needed (see the comments there).
      "@typescript-eslint/no-require-imports": [
        "error",
        {
          allow: [
            "^docx$",
            "^exceljs$",
            "^@resvg/resvg-js$",
            "^cli-table3$",
            "^string-width$",
            "^yaml$",
            "^nodemailer/lib/mail-composer$",
            "^fflate$",
            "^node:crypto$",
            "^node:child_process$",
            "^node:worker_threads$",
            "^node:v8$",
          ],
        },
      ],
      eqeqeq: ["error", "smart"],
      // Parsed YAML and commander's options come in as `any` and are checked by the schema validators (or commander)
      // before use; the no-unsafe-* family would ask for a cast at every read of them without catching a bug.
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      // Escaping terminal and markup output is about control characters: the patterns name them on purpose.
      "no-control-regex": "off",
      // Tests match YAML and tables laid out with spaces; "  - id:" reads better than " {2}- id:".
      "no-regex-spaces": "off",
    },
  },
  {
    // Tests read JSON output and poke at values: `any` there is the point.
    files: ["test/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // Plain JavaScript (the build script, the bench, the entry bin/par): no type information.
    files: ["**/*.mjs", "**/*.cjs", "**/*.js", "bin/par"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // bin/par is CommonJS and returns early at its top level.
    files: ["bin/par"],
    languageOptions: { sourceType: "commonjs", parserOptions: { ecmaFeatures: { globalReturn: true } } },
  },
);
