// The lint formatters by name: a format missing here fails the type check.
import { github } from "./github";
import { json } from "./json";
import { sarif } from "./sarif";
import { stylish } from "./stylish";
import type { LintFormatter } from "./types";

export const LINT_FORMATS = ["stylish", "json", "github", "sarif"] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

export const lintFormatters: Record<LintFormat, LintFormatter> = { stylish, json, github, sarif };
