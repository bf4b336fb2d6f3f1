// English words of the lint report.
export const lintEn = {
  error: "error",
  warning: "warning",
  hint: "hint",
  problems: (n: number) => (n === 1 ? "1 problem" : `${n} problems`),
  errors: (n: number) => (n === 1 ? "1 error" : `${n} errors`),
  warnings: (n: number) => (n === 1 ? "1 warning" : `${n} warnings`),
  files: (n: number) => (n === 1 ? "1 file" : `${n} files`),
  clean: (files: string) => `No problems in ${files}.`,
  tooMany: (n: number, max: number) => `Too many warnings (${n}, --max-warnings ${max}).`,
};
