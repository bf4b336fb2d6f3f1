// Từ ngữ tiếng Việt của `par export`: tên cột của phụ lục, nhãn trong ô, và thông báo của lệnh.
import type { exportEn } from "../en/export";

export const exportVi: typeof exportEn = {
  col: {
    tt: "TT",
    task: "Nhiệm vụ, giải pháp",
    lead: "Cơ quan chủ trì",
    support: "Cơ quan phối hợp",
    deadline: "Thời hạn",
    result: "Kết quả thực hiện",
    status: "Đánh giá",
    note: "Ghi chú",
  },
  areaHeading: (n: number, name: string) => `${n}. Lĩnh vực “${name}”`,
  title: (plan: string) => `Kết quả thực hiện ${plan}`,
  periodLine: (label: string, start: string, end: string, cutoff: string, asOf: boolean) =>
    `${label.charAt(0).toUpperCase()}${label.slice(1)} (kỳ báo cáo từ ${start} đến ${end}; ${asOf ? `số liệu tính đến ngày ${cutoff}` : `số liệu tính đến ngày chốt ${cutoff}`})`,
  agencyLine: (name: string) => `Nhiệm vụ của: ${name} (chủ trì hoặc phối hợp)`,
  /** After a text reported in a quarter before the period. */
  reportedIn: (period: string) => `(báo cáo ${period})`,
  evidence: "Tài liệu kiểm chứng",
  obstacles: "Khó khăn, vướng mắc",
  proposals: "Đề xuất, kiến nghị",
  chartTitle: "Số nhiệm vụ hoàn thành theo lĩnh vực",
  details: "Chi tiết",
  total: "Tổng cộng",
  summarySheet: "Tổng hợp",
  targetsSheet: "Chỉ tiêu",
  summary: { item: "Nội dung", value: "Giá trị", share: "Tỷ lệ", start: "Kỳ báo cáo từ ngày", end: "Đến ngày", cutoff: "Số liệu tính đến ngày" },
  issuer: (province: string) => `ỦY BAN NHÂN DÂN TỈNH ${province.toUpperCase()}`,
  nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  motto: "Độc lập - Tự do - Hạnh phúc",
  appendix: "Phụ lục",
  attached: (number: string | null, date: { day: string; month: string; year: string } | null) =>
    `(Kèm theo Báo cáo số ${number ?? "…/BC-…"} ngày ${date?.day ?? "…"} tháng ${date?.month ?? "…"} năm ${date?.year ?? "…"})`,
  badReportDate: (text: string) => `par export: --report-date "${text}" không phải là ngày. Viết dd/mm/yyyy hoặc YYYY-MM-DD.`,
  chartValue: (completed: number, total: number, percent: string) => `${completed}/${total} (${percent})`,
  badQuarter: (text: string) => `par export: "${text}" không phải là một quý. Viết Q3, 2024-Q3, III hoặc "Quý III/2024".`,
  badPeriod: (text: string) => `par export: "${text}" không phải là kỳ báo cáo. Dùng một quý (Q3, 2024-Q3, III, "Quý III/2024"), h1, 9m hoặc year.`,
  bothPeriods: "par export: chỉ dùng --quarter hoặc --period, không dùng cả hai.",
  badDate: (text: string) => `par export: "${text}" không phải là ngày. Viết dd/mm/yyyy hoặc YYYY-MM-DD.`,
  noProgress: (dir: string) => `par export: chưa có báo cáo tiến độ nào trong ${dir}/progress. Dùng --quarter (ví dụ --quarter Q3).`,
  noFormat: (formats: readonly string[]) =>
    `par export: xuất theo định dạng nào? Dùng --format (${formats.join(", ")}), hoặc --output với tên tệp có đuôi là một trong các định dạng đó.`,
  badColumns: (value: string, keys: readonly string[]) =>
    `par export: --columns nhận các khoá trong ${keys.join(",")} (cách nhau bằng dấu phẩy, theo thứ tự muốn hiển thị), không nhận "${value}".`,
  unknownColumns: (unknown: readonly string[], keys: readonly string[]) =>
    `par export: --columns: không có cột ${unknown.map((k) => `"${k}"`).join(", ")}. Các cột là ${keys.join(",")} (cách nhau bằng dấu phẩy, theo thứ tự muốn hiển thị).`,
  duplicateColumn: (key: string) => `par export: --columns có "${key}" hai lần.`,
  binaryToTerminal: (format: string) =>
    `par export: tệp ${format} là tệp nhị phân, không in ra màn hình. Dùng --output TỆP (ví dụ --output phu-luc.${format}), hoặc chuyển hướng đầu ra vào một tệp.`,
  noBinaryOutput: (format: string) => `par export: đầu ra này không nhận được nội dung tệp ${format}. Dùng --output TỆP.`,
  exists: (file: string, cmd = "export") => `par ${cmd}: ${file} đã có; tệp được giữ nguyên. Dùng --force để ghi đè.`,
  wrote: (file: string, tasks: number) => `Đã ghi ${file} (${tasks} nhiệm vụ).`,
  wroteFile: (file: string) => `Đã ghi ${file}.`,
  writeFailed: (file: string, reason: string, cmd = "export") => `par ${cmd}: không ghi được ${file} (${reason}).`,
  noTasks: "par export: không có nhiệm vụ nào khớp với --agency và --area; phụ lục trống.",
};
