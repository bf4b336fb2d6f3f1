// Words of the command line itself (not of diagnostics), per language.
import type { Lang } from "./types";

type Reason = "missing" | "not-a-folder" | "no-plan" | "unknown-plan" | "ambiguous-plan";

const en = {
  dataDir: (reason: Reason, dir: string, _detail: string) =>
    ({
      missing: `par: no data folder at ${dir}. Run par from the plan repository's root, or pass --data DIR.`,
      "not-a-folder": `par: ${dir} is not a folder. Pass --data DIR with the folder that holds the plan.`,
      "no-plan": `par: no plan in ${dir} (no plan.yaml in it or its subfolders). Pass --data DIR with the folder that holds the plan.`,
      "unknown-plan": `par: no such plan in ${dir}.`,
      "ambiguous-plan": `par: several plans in ${dir}.`,
    })[reason],
  unknownPlan: (wanted: string, have: string[]) => `par: no plan "${wanted}". Plans: ${have.join(", ")}.`,
  ambiguousPlan: (have: string[]) => `par: several plans of the same year: ${have.join(", ")}. Choose one with --plan.`,
  fixFirst: "par: the plan has errors; fix them first (par lint shows them all).",
  pathNotFound: (p: string) => `par: no such file or folder: ${p}`,
  usageHint: (cmd: string) => `(run \`par ${cmd} --help\` for usage)`,
  internalError: (msg: string) => `par: internal error: ${msg}\nPlease report it with the command you ran; --verbose shows the stack trace.`,
  /** Why a file could not be written: its folder cannot be made, the file system there holds no files. */
  cannotCreateFolder: (folder: string) => `the folder ${folder} cannot be created: the file system there does not hold files`,
  cacheNotWritable: (file: string, reason: string) => `par lint: cannot write the cache ${file} (${reason}). Choose another --cache-location.`,
  /** A period or date outside the years the plan covers (`what`: the option and what was typed, as `--quarter 2204-Q4`). */
  outsidePlan: (cmd: string, what: string, y: PlanYearsWords) =>
    `par ${cmd}: ${what} is outside the plan of ${y.planYear}, whose reports run from ${y.firstReport} to ${y.lastReport} (its dates: ${y.start}–${y.end}). Check the year.`,
};

/** The plan's year, its dates (dd/mm/yyyy) and its first and last reports, as outsidePlan names them. */
interface PlanYearsWords {
  planYear: number;
  start: string;
  end: string;
  /** "Q1 2024", "Quý I/2024". */
  firstReport: string;
  lastReport: string;
}

const vi: typeof en = {
  dataDir: (reason: Reason, dir: string, _detail: string) =>
    ({
      missing: `par: không có thư mục dữ liệu ${dir}. Hãy chạy par từ thư mục gốc của kho kế hoạch, hoặc dùng --data THƯ_MỤC.`,
      "not-a-folder": `par: ${dir} không phải thư mục. Dùng --data THƯ_MỤC chỉ tới thư mục chứa kế hoạch.`,
      "no-plan": `par: không có kế hoạch nào trong ${dir} (không có plan.yaml ở đó hay trong thư mục con). Dùng --data THƯ_MỤC chỉ tới thư mục chứa kế hoạch.`,
      "unknown-plan": `par: không có kế hoạch này trong ${dir}.`,
      "ambiguous-plan": `par: có nhiều kế hoạch trong ${dir}.`,
    })[reason],
  unknownPlan: (wanted: string, have: string[]) => `par: không có kế hoạch "${wanted}". Các kế hoạch: ${have.join(", ")}.`,
  ambiguousPlan: (have: string[]) => `par: có nhiều kế hoạch cùng năm: ${have.join(", ")}. Chọn một bằng --plan.`,
  fixFirst: "par: kế hoạch còn lỗi; hãy sửa trước (par lint liệt kê đầy đủ).",
  pathNotFound: (p: string) => `par: không có tệp hoặc thư mục: ${p}`,
  usageHint: (cmd: string) => `(chạy \`par ${cmd} --help\` để xem cách dùng)`,
  internalError: (msg: string) => `par: lỗi nội bộ: ${msg}\nVui lòng báo lỗi kèm lệnh đã chạy; --verbose hiện chi tiết.`,
  cannotCreateFolder: (folder: string) => `không tạo được thư mục ${folder}: hệ thống tệp ở đó không chứa được tệp`,
  cacheNotWritable: (file: string, reason: string) => `par lint: không ghi được bộ nhớ đệm ${file} (${reason}). Hãy chọn --cache-location khác.`,
  outsidePlan: (cmd: string, what: string, y: PlanYearsWords) =>
    `par ${cmd}: ${what} nằm ngoài kế hoạch năm ${y.planYear}; các kỳ báo cáo của kế hoạch từ ${y.firstReport} đến ${y.lastReport} (thời gian: ${y.start}–${y.end}). Hãy kiểm tra lại năm.`,
};

/** The command line's words in a language. */
export function messages(lang: Lang): typeof en {
  return lang === "vi" ? vi : en;
}
