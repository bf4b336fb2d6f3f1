// The plan-diff formatters by name: a format missing here fails the type check.
import { json } from "./json";
import { md } from "./md";
import { text } from "./text";
import type { DiffFormatter } from "./common";

export const DIFF_FORMATS = ["text", "md", "json"] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export const diffFormatters: Record<DiffFormat, DiffFormatter> = { text, md, json };
export type { DiffFormatter } from "./common";
