// Words of the command line's help (commander's descriptions of every command, option and argument) and of its usage
// errors, per language. The language is chosen before commander builds the help, by the same rule as every command.
import type { Lang } from "./types";

const en = {
  program: "Keep a provincial PAR Index plan (Chỉ số CCHC) as YAML in git: lint it, list tasks, report status.",
  version: "print par's version",
  help: "display help for command",
  helpCommand: "display help for a command",
  data: "folder holding the plan (plan.yaml) or a folder per plan",
  plan: "which plan, when the data folder holds several (default: the only or latest)",
  lang: "language of messages (default: PAR_LANG, else the locale when it is vi or en, else the plan's language)",
  noColor: "never colour the output (also: NO_COLOR=1)",
  verbose: "show stack traces of internal errors",
  lint: {
    description: "check plan and progress files; every problem with file:line:col and a fix",
    paths: "files or folders to check (default: the data folder)",
    format: "output format (default: stylish; github when GITHUB_ACTIONS=true)",
    maxWarnings: "exit 1 when there are more than n warnings",
    quiet: "report errors only",
    cache: "reuse results for plans whose files did not change since the last --cache run",
    cacheLocation: "where the cache is kept",
    after: "\nExit codes: 0 no errors (warnings allowed), 1 problems found, 2 usage or I/O failure.",
  },
  list: {
    description: "list tasks by agency, due date, area or words; as a table, JSON, CSV, TSV, Markdown or an iCalendar file",
    agency: 'an agency\'s id, name or alias, with or without diacritics ("so noi vu", snv)',
    role: "with --agency: only where it leads, or only where it supports",
    direct: "with --agency: only tasks that name it, not a group it belongs to",
    dueBefore: "due on or before the date (dd/mm/yyyy or yyyy-mm-dd)",
    dueAfter: "due on or after the date (dd/mm/yyyy or yyyy-mm-dd)",
    due: "due in a period of the plan's year: Q3, 2024-Q3, Quý III, 2024-10, 10/2024, 2024",
    includeOngoing: "keep ongoing tasks (no due date) when filtering by due date",
    area: "only tasks of area n",
    search: "only tasks whose text has every word (case and diacritics ignored)",
    state: "only tasks in this state at the cut-off, judged as par status does (due-soon: a due date within --within days)",
    asOf: "with --state: judge at this date (dd/mm/yyyy or YYYY-MM-DD) instead of the latest quarter's cut-off",
    within: "with --state due-soon: days after the cut-off (default 30)",
    sort: "order of the rows (default: deadline)",
    format: "output format (default: table)",
    after: "\nExit codes: 0 listed (even nothing), 2 usage error (ambiguous or unknown agency, bad date or period).",
  },
  show: {
    description: "one task in full: text, agencies, deadline and due dates, targets",
    id: "task id: 1.đ, 1.dd or 1đ",
    format: "output format (default: text)",
  },
  agencies: {
    description: "the agency registry, with each agency's task counts as lead and as supporter",
    format: "output format (default: table)",
  },
  diff: {
    description: "what changed in the plan between git revisions: tasks, deadlines, agencies, targets (default: HEAD and the working tree)",
    revisions: "REV_A [REV_B], or REV_A..REV_B, or REV_A...REV_B (from their merge base)",
    staged: "compare REV_A (default HEAD) with the index: what git commit would record",
    cached: "the same as --staged",
    format: "output format (default: text)",
    exitCode: "exit 1 when the plan differs, as git diff --exit-code does",
    after: "\nExit codes: 0 compared (1 with --exit-code when the plan differs), 2 not a git repository, unknown revision, or a plan that does not load.",
  },
  status: {
    description: "where the plan stands at a reporting period's cut-off: done on time or late, not yet due, overdue, ongoing, unreported",
    quarter: 'the quarter: Q3, 2024-Q3, III, "Quý III/2024" (default: the latest quarter reported)',
    period: "a quarter, or h1 (half-year), 9m (nine months), year",
    asOf: "judge at this date (dd/mm/yyyy or YYYY-MM-DD) instead of the period's cut-off",
    format: "output format (default: table)",
    tasks: "list every task, not only those that need attention (table format)",
    agency: "only tasks this agency leads or supports, directly or through a group (id or name)",
    area: "only tasks of area n",
    after: "\nExit codes: 0 report printed, 1 plan or progress files with errors, 2 usage.",
  },
  export: {
    description: "the report annex for the quarterly PAR report: tasks and results by area, as Word, HTML, CSV/TSV (Excel), Markdown or JSON",
    quarter: 'the quarter: Q3, 2024-Q3, III, "Quý III/2024" (default: the latest quarter reported)',
    period: "a quarter, or h1 (half-year), 9m (nine months), year",
    asOf: "judge at this date (dd/mm/yyyy or YYYY-MM-DD) instead of the period's cut-off",
    agency: "only tasks this agency leads or supports, directly or through a group (id or name)",
    area: "only tasks of area n",
    format: "output format (default: from the --output file's extension)",
    output: "write to this file, atomically (default: standard output; docx never to a terminal)",
    force: "overwrite an existing --output file",
    columns: "columns in order, comma-separated: tt,task,lead,support,deadline,result,status,note (default: all)",
    noBom: "CSV/TSV: leave out the UTF-8 byte order mark (Excel needs it to read Vietnamese)",
    after: "\nExit codes: 0 written, 1 plan or progress files with errors, 2 usage, file exists (without --force) or I/O failure.",
  },
  progress: {
    description: "quarterly progress files: write a quarter's template",
    init: "write the quarter's progress template: every task (of one agency), last quarter's state carried forward",
    quarter: 'the quarter: Q4, 2024-Q4, IV, "Quý IV/2024"',
    agency: "only the tasks of this agency (id or name, with or without diacritics); writes progress/YYYY-Qn/<agency>.yaml",
    output: "write here instead (- for standard output)",
    force: "overwrite an existing file",
    after: "\nExit codes: 0 written, 1 plan or progress files with errors, 2 usage, file exists (without --force) or I/O failure.",
  },
  /** Commander's own words in the help: section titles and the notes after an option. */
  titles: {} as Record<string, string>,
  extra: { choices: "choices", default: "default", preset: "preset", env: "env" },
  /** A commander error message in this language (English: as commander writes it). */
  commanderError: (message: string) => message,
};

export type CliWords = typeof en;

/** Commander's error messages, as patterns, and their Vietnamese. */
const VI_ERRORS: [RegExp, (...m: string[]) => string][] = [
  [/^error: unknown option '([^']*)'/, (_, o) => `lỗi: không có tuỳ chọn '${o}'`],
  [/^error: unknown command '([^']*)'/, (_, c) => `lỗi: không có lệnh '${c}'`],
  [/^error: missing required argument '([^']*)'/, (_, a) => `lỗi: thiếu đối số bắt buộc '${a}'`],
  [/^error: option '([^']*)' argument missing/, (_, o) => `lỗi: tuỳ chọn '${o}' cần một giá trị`],
  [/^error: required option '([^']*)' not specified/, (_, o) => `lỗi: chưa có tuỳ chọn bắt buộc '${o}'`],
  [
    /^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are ([^\n]*)\./,
    (_, o, v, c) => `lỗi: giá trị '${v}' của tuỳ chọn '${o}' không hợp lệ. Các giá trị được chọn: ${c}.`,
  ],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\./, (_, o, v) => `lỗi: giá trị '${v}' của tuỳ chọn '${o}' không hợp lệ.`],
  [
    /^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./,
    (_, c, e, g) => `lỗi: thừa đối số${c ? ` cho '${c}'` : ""}: cần ${e}, nhận được ${g}.`,
  ],
  [/^error: (.*) cannot be used with (.*)$/, (_, a, b) => `lỗi: ${a} không dùng cùng ${b}`],
  [/\(Did you mean one of (.*)\?\)/, (_, l) => `(Có phải ý bạn là một trong ${l}?)`],
  [/\(Did you mean (.*)\?\)/, (_, l) => `(Có phải ý bạn là ${l}?)`],
];

const vi: CliWords = {
  program: "Quản lý kế hoạch nâng cao Chỉ số CCHC của tỉnh dưới dạng YAML trong git: kiểm tra, liệt kê nhiệm vụ, báo cáo tiến độ.",
  version: "in phiên bản của par",
  help: "hiện trợ giúp của lệnh",
  helpCommand: "hiện trợ giúp của một lệnh",
  data: "thư mục chứa kế hoạch (plan.yaml) hoặc mỗi kế hoạch một thư mục con",
  plan: "chọn kế hoạch, khi thư mục dữ liệu có nhiều kế hoạch (mặc định: kế hoạch duy nhất hoặc mới nhất)",
  lang: "ngôn ngữ của thông báo (mặc định: PAR_LANG, rồi locale nếu là vi hoặc en, rồi ngôn ngữ của kế hoạch)",
  noColor: "không tô màu kết quả (hoặc: NO_COLOR=1)",
  verbose: "hiện chi tiết (stack trace) khi có lỗi nội bộ",
  lint: {
    description: "kiểm tra tệp kế hoạch và tệp tiến độ; mỗi lỗi kèm tệp:dòng:cột và cách sửa",
    paths: "các tệp hoặc thư mục cần kiểm tra (mặc định: thư mục dữ liệu)",
    format: "định dạng kết quả (mặc định: stylish; github khi GITHUB_ACTIONS=true)",
    maxWarnings: "trả mã 1 khi có hơn n cảnh báo",
    quiet: "chỉ báo lỗi, không báo cảnh báo",
    cache: "dùng lại kết quả cho các kế hoạch không có tệp nào thay đổi từ lần chạy --cache trước",
    cacheLocation: "nơi lưu bộ nhớ đệm",
    after: "\nMã thoát: 0 không có lỗi (có thể có cảnh báo), 1 có lỗi, 2 sai cách dùng hoặc lỗi đọc/ghi.",
  },
  list: {
    description: "liệt kê nhiệm vụ theo cơ quan, hạn, lĩnh vực hoặc từ khoá; dạng bảng, JSON, CSV, TSV, Markdown hoặc tệp lịch iCalendar",
    agency: 'mã, tên hoặc tên khác của cơ quan, có dấu hoặc không dấu ("so noi vu", snv)',
    role: "cùng --agency: chỉ nhiệm vụ cơ quan chủ trì, hoặc chỉ nhiệm vụ cơ quan phối hợp",
    direct: "cùng --agency: chỉ nhiệm vụ nêu tên cơ quan, không tính qua nhóm có cơ quan đó",
    dueBefore: "hạn vào hoặc trước ngày này (dd/mm/yyyy hoặc yyyy-mm-dd)",
    dueAfter: "hạn vào hoặc sau ngày này (dd/mm/yyyy hoặc yyyy-mm-dd)",
    due: "hạn trong một kỳ của năm kế hoạch: Q3, 2024-Q3, Quý III, 2024-10, 10/2024, 2024",
    includeOngoing: "giữ nhiệm vụ thường xuyên (không có hạn) khi lọc theo hạn",
    area: "chỉ nhiệm vụ của lĩnh vực n",
    search: "chỉ nhiệm vụ có đủ mọi từ đã gõ (không phân biệt hoa thường, có dấu hay không)",
    state: "chỉ nhiệm vụ ở tình trạng này tại ngày chốt, đánh giá như par status (due-soon: có hạn trong --within ngày tới)",
    asOf: "với --state: đánh giá tại ngày này (dd/mm/yyyy hoặc YYYY-MM-DD) thay cho ngày chốt của quý mới nhất",
    within: "với --state due-soon: số ngày sau ngày chốt (mặc định 30)",
    sort: "thứ tự các dòng (mặc định: deadline, theo hạn)",
    format: "định dạng kết quả (mặc định: table, bảng)",
    after: "\nMã thoát: 0 đã liệt kê (kể cả khi không có gì), 2 sai cách dùng (cơ quan không rõ hoặc không có, ngày hoặc kỳ sai).",
  },
  show: {
    description: "đầy đủ một nhiệm vụ: nội dung, cơ quan, thời gian và hạn, chỉ tiêu",
    id: "mã nhiệm vụ: 1.đ, 1.dd hoặc 1đ",
    format: "định dạng kết quả (mặc định: text, văn bản)",
  },
  agencies: {
    description: "danh mục cơ quan, kèm số nhiệm vụ mỗi cơ quan chủ trì và phối hợp",
    format: "định dạng kết quả (mặc định: table, bảng)",
  },
  diff: {
    description: "kế hoạch thay đổi gì giữa các phiên bản git: nhiệm vụ, thời hạn, cơ quan, chỉ tiêu (mặc định: HEAD và thư mục làm việc)",
    revisions: "REV_A [REV_B], hoặc REV_A..REV_B, hoặc REV_A...REV_B (từ điểm rẽ nhánh chung)",
    staged: "so REV_A (mặc định HEAD) với vùng chỉ mục (index): những gì git commit sẽ ghi",
    cached: "giống --staged",
    format: "định dạng kết quả (mặc định: text, văn bản)",
    exitCode: "trả mã 1 khi kế hoạch có thay đổi, như git diff --exit-code",
    after: "\nMã thoát: 0 đã so sánh (1 với --exit-code khi kế hoạch có thay đổi), 2 không phải kho git, không có phiên bản đó, hoặc kế hoạch không đọc được.",
  },
  status: {
    description:
      "tình hình thực hiện kế hoạch tại ngày chốt số liệu của kỳ báo cáo: hoàn thành đúng hạn hoặc trễ hạn, chưa đến hạn, quá hạn, thường xuyên, chưa báo cáo",
    quarter: 'quý: Q3, 2024-Q3, III, "Quý III/2024" (mặc định: quý mới nhất đã có báo cáo)',
    period: "một quý, hoặc h1 (6 tháng), 9m (9 tháng), year (cả năm)",
    asOf: "đánh giá tại ngày này (dd/mm/yyyy hoặc YYYY-MM-DD) thay cho ngày chốt số liệu của kỳ",
    format: "định dạng kết quả (mặc định: table, bảng)",
    tasks: "liệt kê mọi nhiệm vụ, không chỉ các nhiệm vụ cần chú ý (định dạng bảng)",
    agency: "chỉ nhiệm vụ cơ quan này chủ trì hoặc phối hợp, trực tiếp hoặc qua nhóm (mã hoặc tên)",
    area: "chỉ nhiệm vụ của lĩnh vực n",
    after: "\nMã thoát: 0 đã in báo cáo, 1 tệp kế hoạch hoặc tệp tiến độ có lỗi, 2 sai cách dùng.",
  },
  export: {
    description: "phụ lục của báo cáo CCHC hằng quý: nhiệm vụ và kết quả theo lĩnh vực, dạng Word, HTML, CSV/TSV (Excel), Markdown hoặc JSON",
    quarter: 'quý: Q3, 2024-Q3, III, "Quý III/2024" (mặc định: quý mới nhất đã có báo cáo)',
    period: "một quý, hoặc h1 (6 tháng), 9m (9 tháng), year (cả năm)",
    asOf: "đánh giá tại ngày này (dd/mm/yyyy hoặc YYYY-MM-DD) thay cho ngày chốt số liệu của kỳ",
    agency: "chỉ nhiệm vụ cơ quan này chủ trì hoặc phối hợp, trực tiếp hoặc qua nhóm (mã hoặc tên)",
    area: "chỉ nhiệm vụ của lĩnh vực n",
    format: "định dạng kết quả (mặc định: theo phần mở rộng của tệp --output)",
    output: "ghi vào tệp này, trọn vẹn một lần (mặc định: đầu ra chuẩn; docx không bao giờ ra màn hình)",
    force: "ghi đè tệp --output đã có",
    columns: "các cột theo thứ tự, cách nhau bằng dấu phẩy: tt,task,lead,support,deadline,result,status,note (mặc định: tất cả)",
    noBom: "CSV/TSV: bỏ dấu BOM UTF-8 ở đầu tệp (Excel cần dấu này để đọc đúng tiếng Việt)",
    after: "\nMã thoát: 0 đã ghi, 1 tệp kế hoạch hoặc tệp tiến độ có lỗi, 2 sai cách dùng, tệp đã có (khi không có --force) hoặc lỗi đọc/ghi.",
  },
  progress: {
    description: "tệp tiến độ hằng quý: tạo mẫu báo cáo của một quý",
    init: "tạo mẫu báo cáo tiến độ của quý: mọi nhiệm vụ (của một cơ quan), chuyển tiếp trạng thái của quý trước",
    quarter: 'quý: Q4, 2024-Q4, IV, "Quý IV/2024"',
    agency: "chỉ các nhiệm vụ của cơ quan này (mã hoặc tên, có dấu hoặc không dấu); ghi vào progress/YYYY-Qn/<cơ-quan>.yaml",
    output: "ghi vào đây (- để ra đầu ra chuẩn)",
    force: "ghi đè tệp đã có",
    after: "\nMã thoát: 0 đã ghi, 1 tệp kế hoạch hoặc tệp tiến độ có lỗi, 2 sai cách dùng, tệp đã có (khi không có --force) hoặc lỗi đọc/ghi.",
  },
  titles: {
    "Usage:": "Cách dùng:",
    "Options:": "Tuỳ chọn:",
    "Commands:": "Lệnh:",
    "Arguments:": "Đối số:",
    "Global Options:": "Tuỳ chọn chung:",
  },
  extra: { choices: "chọn một trong", default: "mặc định", preset: "giá trị sẵn", env: "biến môi trường" },
  commanderError: (message: string) => {
    let out = message;
    for (const [re, tr] of VI_ERRORS)
      out = out.replace(re, (...m: unknown[]) => tr(...(m.filter((x) => typeof x === "string" || x === undefined) as string[])));
    return out;
  },
};

/** The help's and usage errors' words in a language. */
export function cliWords(lang: Lang): CliWords {
  return lang === "vi" ? vi : en;
}
