// Từ ngữ của báo cáo kiểm tra (lint).
import type { lintEn } from "../en/lint";

export const lintVi: typeof lintEn = {
  error: "lỗi",
  warning: "cảnh báo",
  hint: "gợi ý",
  problems: (n: number) => `${n} vấn đề`,
  errors: (n: number) => `${n} lỗi`,
  warnings: (n: number) => `${n} cảnh báo`,
  files: (n: number) => `${n} tệp`,
  clean: (files: string) => `Không có vấn đề nào trong ${files}.`,
  tooMany: (n: number, max: number) => `Quá nhiều cảnh báo (${n}, --max-warnings ${max}).`,
};
