// Words of `par init`: its messages, and the comments and placeholders of the files it writes, per language.
import type { Lang } from "./types";

/** An area of a new plan made without --from: its number, Vietnamese name and English name. */
interface AreaWords {
  number: number;
  name: string;
  name_en: string;
}

/**
 * The eight areas of the provincial PAR Index, for a new plan that does not carry its areas from an earlier one:
 * editorial short names (as Sơn La's 2024 plan names its areas 1–7), to be replaced by the plan's own wording.
 */
const AREAS: AreaWords[] = [
  { number: 1, name: "Công tác chỉ đạo, điều hành CCHC", name_en: "Direction and management of public administration reform" },
  { number: 2, name: "Cải cách thể chế", name_en: "Institutional reform" },
  { number: 3, name: "Cải cách thủ tục hành chính", name_en: "Administrative procedure reform" },
  { number: 4, name: "Cải cách tổ chức bộ máy", name_en: "Reform of the state apparatus organisation" },
  { number: 5, name: "Cải cách chế độ công vụ", name_en: "Civil service reform" },
  { number: 6, name: "Cải cách tài chính công", name_en: "Public finance reform" },
  { number: 7, name: "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", name_en: "Building and developing e-government and digital government" },
  {
    number: 8,
    name: "Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH của tỉnh",
    name_en: "Impact of public administration reform on people, organisations and the province's socio-economic development",
  },
];

const en = {
  // Messages.
  notEmpty: (dir: string) =>
    `par init: ${dir} is not empty. Run par init in an empty folder, add --force to write par's repository files there anyway, or add a plan to a plan repository with --plan ID --province NAME --year YYYY.`,
  notARepository: (dir: string) =>
    `par init: no data folder at ${dir} to add the plan to. Run par init in the plan repository (or pass --data DIR), or in an empty folder to make one.`,
  planOptions: "par init: --plan needs --province and --year (and --from, --province and --year need --plan).",
  badPlanId: (id: string) => `par init: "${id}" cannot be a plan id: lowercase ASCII letters and digits in words joined by dashes ("son-la-2025").`,
  badYear: (year: string) => `par init: --year takes a year from 1900 to 2999, not "${year}".`,
  badRepository: (value: string) => `par init: --repository takes GitHub's OWNER/NAME of par's repository, not "${value}".`,
  planExists: (dir: string) => `par init: the plan folder ${dir} already exists and is not empty. Choose another --plan, or add --force to replace its files.`,
  unknownFrom: (wanted: string, have: string[]) =>
    `par init: no plan "${wanted}" to carry forward${have.length ? `; plans: ${have.join(", ")}` : ""}. Name a plan of the data folder, or a plan's folder.`,
  fileExists: (file: string) =>
    `par init: ${file} exists (it appeared while par was writing); nothing after it was written. Run again with --force to replace it.`,
  writeFailed: (file: string, reason: string) => `par init: cannot write ${file}: ${reason}.`,
  noSchemas: "par init: par's own schemas/ cannot be found beside its program; reinstall par.",
  written: (n: number, where: string) => `par init: ${n} file${n === 1 ? "" : "s"} written in ${where}:`,
  repositoryUnknown:
    "par init: par's package names no GitHub repository, so the CI workflow and the pre-commit config name OWNER/par: replace OWNER (or run par init --force --repository OWNER/NAME).",
  nextSteps: (plan: string | undefined) =>
    plan
      ? `Next: write the plan's tasks in data/${plan}/tasks/ (one file per task; the editor completes them from the schemas), then run par lint.`
      : "Next: add the first plan with par init --plan ID --province NAME --year YYYY [--from PLAN], then par lint.",

  noPlanYet: "par lint: no plan in the data folder yet; add one with par init --plan ID --province NAME --year YYYY.",

  // Comments and placeholders in the files par init writes.
  gitignore: "# par's lint cache, npm's folders and logs: not part of the plan.",
  workflow: [
    "# par: lint the plan on every push and pull request (problems become annotations on the changed lines), and on a",
    "# pull request write what it changes in the plan (par diff) into the job summary. Written by par init.",
  ],
  checkout: "Full history: par diff reads the pull request's base revision",
  preCommit: [
    "# pre-commit (https://pre-commit.com): par lint checks the staged plan files before each commit.",
    "# pre-commit install, once per clone. Written by par init.",
  ],
  planTitle: (province: string, year: number) => `Kế hoạch cải cách hành chính tỉnh ${province} năm ${year}`,
  planHeader: (from: string | undefined) =>
    from
      ? `# Written by par init from the plan ${from}: its areas, language and reporting carried forward. Replace the title and the decision with the new plan's own.`
      : "# Written by par init. Replace the title, the decision and the areas with the plan's own wording.",
  areasNote: "# Editorial: the eight areas of the PAR Index in short names, as a start. Use the plan's own wording.",
  agenciesHeader: "# Written by par init: add every agency and group of agencies the plan names (par agencies lists them).",
  agencyNote: "Biên tập (par init): cơ quan đầu mối CCHC; thêm các cơ quan kế hoạch nêu tên.",
  carried: (from: string) => `# Carried forward by par init from the plan ${from}.`,
  readme: (plans: string) => [
    "# Plan repository",
    "",
    "A provincial plan for the PAR Index (Chỉ số CCHC) kept as YAML under `data/`, checked and reported by par",
    "(the npm package par-cchc, command `par`).",
    "",
    "```sh",
    "par lint                      # every problem, with file:line:col",
    'par list --agency "so noi vu"  # one agency\'s tasks',
    "par status --quarter Q1       # where the plan stands",
    "par export --quarter Q1 --output annex.docx",
    "```",
    "",
    `Plans: ${plans}. The CI workflow lints every push and pull request; \`pre-commit install\` lints before each commit.`,
    "`schemas/` holds par's schemas for the editor (the first line of each data file names its schema): after",
    "upgrading par, `par init --force` writes them again.",
  ],
};

const vi: typeof en = {
  notEmpty: (dir: string) =>
    `par init: ${dir} không trống. Hãy chạy par init trong một thư mục trống, thêm --force để vẫn ghi các tệp của kho vào đó, hoặc thêm một kế hoạch vào kho kế hoạch bằng --plan MÃ --province TÊN --year NĂM.`,
  notARepository: (dir: string) =>
    `par init: không có thư mục dữ liệu ${dir} để thêm kế hoạch. Hãy chạy par init trong kho kế hoạch (hoặc dùng --data THƯ_MỤC), hoặc trong một thư mục trống để tạo kho.`,
  planOptions: "par init: --plan cần có --province và --year (còn --from, --province và --year cần có --plan).",
  badPlanId: (id: string) => `par init: "${id}" không dùng được làm mã kế hoạch: chữ ASCII thường và chữ số, các từ nối bằng dấu gạch ngang ("son-la-2025").`,
  badYear: (year: string) => `par init: --year nhận một năm từ 1900 đến 2999, không phải "${year}".`,
  badRepository: (value: string) => `par init: --repository nhận CHỦ/TÊN kho của par trên GitHub, không phải "${value}".`,
  planExists: (dir: string) => `par init: thư mục kế hoạch ${dir} đã có và không trống. Hãy chọn --plan khác, hoặc thêm --force để ghi đè các tệp của nó.`,
  unknownFrom: (wanted: string, have: string[]) =>
    `par init: không có kế hoạch "${wanted}" để kế thừa${have.length ? `; các kế hoạch: ${have.join(", ")}` : ""}. Hãy nêu một kế hoạch trong thư mục dữ liệu, hoặc thư mục của một kế hoạch.`,
  fileExists: (file: string) => `par init: ${file} đã có (xuất hiện trong lúc par đang ghi); các tệp sau nó chưa được ghi. Chạy lại với --force để ghi đè.`,
  writeFailed: (file: string, reason: string) => `par init: không ghi được ${file}: ${reason}.`,
  noSchemas: "par init: không tìm thấy thư mục schemas/ đi kèm chương trình par; hãy cài lại par.",
  written: (n: number, where: string) => `par init: đã ghi ${n} tệp vào ${where}:`,
  repositoryUnknown:
    "par init: gói của par không ghi kho GitHub nào, nên quy trình CI và cấu hình pre-commit ghi OWNER/par: hãy thay OWNER (hoặc chạy par init --force --repository CHỦ/TÊN).",
  nextSteps: (plan: string | undefined) =>
    plan
      ? `Tiếp theo: viết các nhiệm vụ của kế hoạch trong data/${plan}/tasks/ (mỗi nhiệm vụ một tệp; trình soạn thảo gợi ý theo schema), rồi chạy par lint.`
      : "Tiếp theo: thêm kế hoạch đầu tiên bằng par init --plan MÃ --province TÊN --year NĂM [--from KẾ_HOẠCH], rồi chạy par lint.",

  noPlanYet: "par lint: thư mục dữ liệu chưa có kế hoạch nào; thêm một kế hoạch bằng par init --plan MÃ --province TÊN --year NĂM.",

  gitignore: "# Bộ nhớ đệm của par lint, thư mục của npm và tệp nhật ký: không thuộc kế hoạch.",
  workflow: [
    "# par: kiểm tra kế hoạch mỗi lần đẩy mã và mỗi yêu cầu hợp nhất (lỗi hiện ngay trên các dòng đã sửa), và với yêu cầu",
    "# hợp nhất thì ghi những gì thay đổi trong kế hoạch (par diff) vào phần tóm tắt. Do par init tạo.",
  ],
  checkout: "Toàn bộ lịch sử: par diff đọc phiên bản gốc của yêu cầu hợp nhất",
  preCommit: [
    "# pre-commit (https://pre-commit.com): par lint kiểm tra các tệp kế hoạch trước mỗi lần commit.",
    "# Chạy pre-commit install một lần cho mỗi bản sao. Do par init tạo.",
  ],
  planTitle: en.planTitle,
  planHeader: (from: string | undefined) =>
    from
      ? `# Do par init tạo từ kế hoạch ${from}: kế thừa các lĩnh vực, ngôn ngữ và cách báo cáo. Hãy thay tên kế hoạch và quyết định bằng của kế hoạch mới.`
      : "# Do par init tạo. Hãy thay tên kế hoạch, quyết định và các lĩnh vực bằng lời văn của kế hoạch.",
  areasNote: "# Biên tập: tám lĩnh vực của Chỉ số CCHC, tên ngắn, để bắt đầu. Hãy dùng lời văn của kế hoạch.",
  agenciesHeader: "# Do par init tạo: thêm mọi cơ quan và nhóm cơ quan mà kế hoạch nêu tên (par agencies liệt kê chúng).",
  agencyNote: en.agencyNote,
  carried: (from: string) => `# Do par init kế thừa từ kế hoạch ${from}.`,
  readme: (plans: string) => [
    "# Kho kế hoạch",
    "",
    "Kế hoạch cải thiện Chỉ số CCHC của tỉnh, lưu bằng YAML trong `data/`, được kiểm tra và báo cáo bằng par",
    "(gói npm par-cchc, lệnh `par`).",
    "",
    "```sh",
    "par lint                      # mọi lỗi, kèm tệp:dòng:cột",
    'par list --agency "so noi vu"  # nhiệm vụ của một cơ quan',
    "par status --quarter Q1       # tình hình thực hiện kế hoạch",
    "par export --quarter Q1 --output phu-luc.docx",
    "```",
    "",
    `Kế hoạch: ${plans}. Quy trình CI kiểm tra mỗi lần đẩy mã và mỗi yêu cầu hợp nhất; \`pre-commit install\` để kiểm tra trước mỗi lần commit.`,
    "`schemas/` chứa các schema của par cho trình soạn thảo (dòng đầu mỗi tệp dữ liệu ghi schema của nó): sau khi",
    "nâng cấp par, chạy `par init --force` để ghi lại.",
  ],
};

/** par init's words in a language. */
export function initWords(lang: Lang): typeof en {
  return lang === "vi" ? vi : en;
}

/** The areas a new plan starts with when it carries none forward (editorial; see AREAS). */
export function defaultAreas(): readonly AreaWords[] {
  return AREAS;
}
