// Lời tiếng Việt của biểu mẫu báo cáo quý (`par progress form`) và của `par progress import`.
import type { ProgressState } from "../../model/progress";
import { formatViDate } from "../../model/dates";
import { periodName } from "../period";
import type { FormsWords, importEn } from "../en/forms";

const d = (iso: string) => formatViDate(iso);
const q = (key: string) => periodName(key, "vi");

export const formsVi: FormsWords = {
  sheets: { instructions: "Hướng dẫn", report: "Báo cáo" },
  states: { "not-started": "Chưa thực hiện", "in-progress": "Đang thực hiện", done: "Đã hoàn thành" },
  title: (period: string) => `BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH NÂNG CAO CHỈ SỐ CCHC — ${q(period).toUpperCase()}`,
  planLine: (title: string) => `Kế hoạch: ${title}`,
  forAgency: (name: string) => `Cơ quan báo cáo: ${name}`,
  periodLine: (period: string, start: string, end: string, decree: boolean) =>
    `Kỳ báo cáo: ${q(period)}, từ ngày ${d(start)} đến ngày ${d(end)}${decree ? " (Điều 12 Nghị định số 09/2019/NĐ-CP)" : ""}.`,
  cutoffLine: (end: string) => `Ngày chốt số liệu: ${d(end)}. Báo cáo tình hình đến hết ngày này; việc làm sau ngày chốt báo cáo ở kỳ sau.`,
  dueLine: (due: string) => `Gửi lại tệp này về Sở Nội vụ trước ngày ${d(due)}, dạng tệp .xlsx, không đổi tên các trang tính.`,
  howTitle: "Cách điền trang Báo cáo",
  how: [
    "Chỉ điền vào các ô màu vàng nhạt; các ô khác đã được khoá (Xem lại → Bỏ bảo vệ trang tính không cần mật khẩu, nhưng đề nghị không sửa các ô này).",
    "Mỗi dòng là một nhiệm vụ cơ quan phải báo cáo: chủ trì hoặc phối hợp, được giao trực tiếp hoặc qua nhóm cơ quan.",
    "Các cột màu xám lấy từ kế hoạch và từ báo cáo quý trước của cơ quan: chỉ để đọc, không sửa.",
    "Có thể nới rộng cột, sắp xếp lại dòng, chèn dòng trống và lưu bằng Excel hoặc LibreOffice Calc: các cột ẩn cho par biết mỗi dòng là nhiệm vụ nào.",
  ],
  columnsTitle: "Các cột cần điền",
  columns: [
    ["Tình trạng", "Chọn trong danh sách: Chưa thực hiện, Đang thực hiện, Đã hoàn thành. Với nhiệm vụ thường xuyên, Đã hoàn thành là đã thực hiện trong quý."],
    [
      "Ngày hoàn thành",
      "Ngày hoàn thành nhiệm vụ (dd/mm/yyyy), bắt buộc khi Đã hoàn thành (trừ nhiệm vụ thường xuyên); trong các năm của kế hoạch, không sau ngày chốt số liệu.",
    ],
    ["Kết quả thực hiện", "Kết quả đạt được trong quý."],
    ["Giá trị chỉ tiêu", "Một số cho mỗi chỉ tiêu ở cột Chỉ tiêu, theo đúng thứ tự (98,5 hoặc 98.5; với %, chỉ ghi số)."],
    ["Số / ngày văn bản kiểm chứng", "Số, ký hiệu và ngày của từng văn bản kiểm chứng (125/BC-STP và 15/11/2024); nhiều văn bản cách nhau bằng dấu ;."],
    ["Khó khăn / Đề xuất", "Khó khăn, vướng mắc và đề xuất, kiến nghị."],
  ],
  milestoneColumn: [
    "Ngày đạt mốc",
    "Với nhiệm vụ có nhiều mốc (Lần 1, Lần 2…, như cột Thời hạn ghi): ngày đạt từng mốc (dd/mm/yyyy), theo thứ tự của kế hoạch; để trống khi chưa đạt. Mỗi mốc được đánh giá theo hạn của mốc đó.",
  ],
  milestoneMet: (label, date) => `${label}: đạt ngày ${d(date)}`,
  statesTitle: "Các tình trạng được chấp nhận",
  header: {
    task: "Mã NV",
    area: "Lĩnh vực",
    text: "Nội dung nhiệm vụ (theo kế hoạch)",
    deadline: "Thời hạn",
    role: "Vai trò",
    targets: "Chỉ tiêu",
    last: (prev: string) => `Kết quả đã báo cáo quý trước (${q(prev)})`,
    state: "Tình trạng",
    completed: "Ngày hoàn thành (dd/mm/yyyy)",
    result: "Kết quả thực hiện",
    target: (n: number) => `Giá trị chỉ tiêu ${n}`,
    milestone: (n: number) => `Ngày đạt mốc ${n} (dd/mm/yyyy)`,
    evidenceNumber: "Số, ký hiệu văn bản kiểm chứng",
    evidenceDate: "Ngày văn bản kiểm chứng",
    obstacles: "Khó khăn, vướng mắc",
    proposals: "Đề xuất, kiến nghị",
  },
  role: { lead: "Chủ trì", support: "Phối hợp" },
  via: (group: string) => `qua: ${group}`,
  ongoing: "thường xuyên",
  lastText: (state: ProgressState, completed: string | undefined, result: string | undefined, states: Record<ProgressState, string>) =>
    [states[state] + (completed ? ` ngày ${d(completed)}` : ""), result ?? ""].filter(Boolean).join(" — "),
  noLast: "(chưa báo cáo)",
  validation: {
    stateTitle: "Tình trạng",
    state: "Chọn Chưa thực hiện, Đang thực hiện hoặc Đã hoàn thành trong danh sách.",
    dateTitle: "Ngày",
    date: (min: string, max: string) => `Một ngày từ ${d(min)} đến ${d(max)}, viết dd/mm/yyyy.`,
    numberTitle: "Số",
    number: "Chỉ ghi số (98,5 hoặc 98.5).",
    milestone: (label, due) => `${label}, hạn ${d(due)}: ngày đạt mốc (dd/mm/yyyy); để trống khi chưa đạt.`,
  },
  footer: (version: string) => `Biểu mẫu do par tạo (${version}). Giữ nguyên các cột ẩn: par dựa vào đó để biết mỗi dòng là nhiệm vụ nào.`,
};

export const importVi: typeof importEn = {
  accepted: (file, n, target, outcome) =>
    `${file}: chấp nhận, ${n} nhiệm vụ → ${target} (${{ written: "đã ghi", unchanged: "không thay đổi", "would-write": "sẽ ghi (--dry-run)", "would-keep": "không thay đổi (--dry-run)" }[outcome]})`,
  rejected: (file, errors, warnings) => `${file}: không chấp nhận, ${errors} lỗi${warnings ? `, ${warnings} cảnh báo` : ""}; không ghi gì từ tệp này.`,
  nothingFilled: (file) => `${file}: chấp nhận, nhưng chưa dòng nào được điền (không có tình trạng): không có gì để ghi.`,
  change: {
    added: (task, state) => `  + ${task}: ${state}`,
    changed: (task, what) => `  ~ ${task}: ${what}`,
    removed: (task) => `  - ${task}: không còn báo cáo`,
    field: (name, was, now) => `${name} ${was || "—"} → ${now || "—"}`,
  },
  fields: {
    state: "tình trạng",
    completed: "ngày hoàn thành",
    milestones: "mốc đã đạt",
    result: "kết quả",
    targets: "chỉ tiêu",
    evidence: "văn bản kiểm chứng",
    obstacles: "khó khăn",
    proposals: "đề xuất",
  },
  summary: (accepted, rejected) => `${accepted} tệp chấp nhận, ${rejected} tệp không chấp nhận.`,
  formWrote: (file, n) => `Đã ghi ${file} (${n} nhiệm vụ).`,
  formExists: (file) => `par progress form: ${file} đã có; giữ nguyên tệp. Dùng --force để ghi đè.`,
  formWriteFailed: (file, reason) => `par progress form: không ghi được ${file} (${reason}).`,
  formNeedsAgency: "par progress form: ghi cơ quan bằng --agency MÃ (một hoặc nhiều), hoặc --all cho mọi cơ quan được kế hoạch giao nhiệm vụ.",
  formNoTasks: (agency) => `par progress form: kế hoạch không giao nhiệm vụ nào cho ${agency}.`,
  formOneFile: "par progress form: --output TỆP.xlsx chỉ cho một cơ quan; nhiều cơ quan thì ghi một thư mục.",
  badDue: (text) => `par progress form: "${text}" không phải là ngày (dd/mm/yyyy).`,
  fileNote: (from) => `Nhập từ biểu mẫu ${from} bằng \`par progress import\`: sửa biểu mẫu rồi nhập lại, không sửa tay tệp này.`,
  writeFailed: (file, reason) => `par progress import: không ghi được ${file} (${reason}).`,
  progressHeading: "Báo cáo tiến độ",
  awaiting: (period, n, names) => `Chưa gửi lại biểu mẫu báo cáo ${period} (${n} cơ quan): ${names}.`,
  importNoFiles: "par progress import: ghi một hoặc nhiều biểu mẫu đã điền (.xlsx hoặc .csv).",
};
