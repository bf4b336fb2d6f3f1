// Từ ngữ tiếng Việt của `par remind`.
import type { RemindWords } from "../en/remind";

export const remindVi: RemindWords = {
  subject: (agency: string, period: string) => `Nhắc việc: nhiệm vụ cải cách hành chính của ${agency} (${period})`,
  greeting: (agency: string) => `Kính gửi: ${agency}`,
  intro: (title: string, cutoff: string) => `Thực hiện ${title}, tính đến ngày ${cutoff}:`,
  overdue: "Nhiệm vụ quá hạn",
  dueSoon: (n: number) => `Nhiệm vụ đến hạn trong ${n} ngày tới`,
  noReport: (period: string) => `Nhiệm vụ chưa có báo cáo tiến độ ${period}`,
  daysOverdue: (n: number) => `quá hạn ${n} ngày`,
  daysLeft: (n: number) => `còn ${n} ngày`,
  deadline: "thời hạn",
  closing: "Đề nghị cơ quan, đơn vị báo cáo tiến độ thực hiện các nhiệm vụ trên về Sở Nội vụ (cơ quan thường trực cải cách hành chính).",
  nothing: "Không có cơ quan nào cần nhắc việc.",
  wrote: (n: number, dir: string) => `đã ghi ${n} thư nhắc việc vào ${dir}`,
  exists: (file: string) => `par remind: ${file} đã có; thêm --force để ghi đè.`,
  emlNeedsOutput: "par remind: --format eml ghi một thư cho mỗi cơ quan: thêm --output THƯ_MỤC, hoặc chỉ một --agency.",
  badWithin: (v: string) => `par remind: --within cần một số ngày nguyên (từ 1 trở lên), không phải "${v}".`,
};
