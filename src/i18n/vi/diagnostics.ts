// Thông báo tiếng Việt cho mọi mã lỗi.
import type { Args, DiagnosticCatalogue } from "../types";
import { periodName } from "../period";
import { PlaceName, placeName, typeWords } from "../place";

const s = (a: Args, k: string) => String(a[k] ?? "");
const props = (a: Args, or: string) =>
  s(a, "property")
    .split(" | ")
    .map((x) => `"${x}"`)
    .join(or);
const at = (a: Args) => placeName(a, "vi");
const At = (a: Args) => PlaceName(a, "vi");
const forms = (a: Args) => (a.forms === "iso" ? "YYYY-MM-DD" : "dd/mm/yyyy hoặc YYYY-MM-DD");
const yMuon = (a: Args) => (a.suggestion ? ` Có phải ý bạn là "${s(a, "suggestion")}"?` : "");

export const diagnosticsVi: DiagnosticCatalogue = {
  "io/not-found": { message: (a) => `Không có tệp hoặc thư mục: ${s(a, "path")}.`, hint: () => "Kiểm tra đường dẫn, hoặc chạy par từ thư mục chứa data/." },
  "io/unreadable": { message: (a) => `Không đọc được tệp này (${s(a, "reason")}).`, hint: () => "Kiểm tra tệp có tồn tại và bạn có quyền đọc." },
  "io/too-large": {
    message: (a) => `Tệp có ${s(a, "size")} byte, vượt giới hạn ${s(a, "limit")} byte.`,
    hint: () => "Một tệp kế hoạch chỉ vài kilobyte; hãy tách tệp, hoặc kiểm tra lại có đúng tệp không.",
  },
  "io/loop": {
    message: () => "Thư mục này liên kết ngược về một thư mục đã đọc (vòng lặp liên kết); đã bỏ qua.",
    hint: () => "Xoá liên kết tượng trưng hoặc trỏ nó sang chỗ khác.",
  },
  "encoding/binary": {
    message: () => "Đây là tệp nhị phân, không phải văn bản YAML.",
    hint: () => "Xoá tệp khỏi thư mục kế hoạch, hoặc lưu lại dưới dạng văn bản UTF-8.",
  },
  "encoding/utf16": {
    message: () => "Tệp được mã hoá UTF-16; par đọc UTF-8.",
    hint: () => "Lưu lại tệp với mã hoá UTF-8 (Notepad: Save As → Encoding: UTF-8).",
  },
  "encoding/not-utf8": {
    message: (a) => `Tệp không phải UTF-8 hợp lệ (byte ${s(a, "byte")} tại đây); có thể tệp dùng bảng mã cũ như Windows-1258 hoặc TCVN3.`,
    hint: () => "Chuyển tệp sang UTF-8 (iconv -f WINDOWS-1258 -t UTF-8, hoặc Save As → UTF-8 trong trình soạn thảo).",
  },
  "yaml/empty": { message: () => "Tệp rỗng.", hint: () => "Viết nội dung tệp, bắt đầu bằng dòng `format:`, hoặc xoá tệp." },
  "yaml/syntax": {
    message: (a) => `Lỗi cú pháp YAML: ${s(a, "detail")}.`,
    hint: () =>
      "Kiểm tra thụt lề (dùng dấu cách, không dùng tab), dấu hai chấm sau khoá, và dấu ngoặc kép quanh văn bản có ': ' hoặc bắt đầu bằng ký tự đặc biệt.",
  },
  "yaml/duplicate-key": {
    message: (a) => `Khoá "${s(a, "key")}" xuất hiện hai lần trong cùng một ánh xạ.`,
    hint: () => "Chỉ giữ một: YAML chỉ giữ một giá trị cho mỗi khoá.",
  },
  "yaml/multiple-documents": {
    message: () => "Tệp chứa nhiều hơn một tài liệu YAML ('---' thứ hai).",
    hint: () => "Mỗi tệp một tài liệu: mỗi nhiệm vụ một tệp.",
  },
  "yaml/alias-limit": {
    message: (a) => `Tệp mở rộng hơn ${s(a, "limit")} bí danh (*tên); bị từ chối vì có thể là tấn công "alias bomb".`,
    hint: () => "Viết đầy đủ giá trị thay vì dùng neo (&) và bí danh (*).",
  },
  "yaml/alias-cycle": {
    message: (a) => `Bí danh *${s(a, "name")} nằm bên trong chính giá trị được neo &${s(a, "name")}: giá trị đó sẽ chứa chính nó, lặp vô tận.`,
    hint: () => "Viết đầy đủ giá trị tại đây thay cho bí danh, hoặc neo một giá trị khác.",
  },
  "yaml/too-deep": {
    message: (a) => `Tệp lồng nhau sâu hơn ${s(a, "limit")} cấp.`,
    hint: () => "Tệp kế hoạch chỉ cần vài cấp; kiểm tra thụt lề hoặc dấu ngoặc.",
  },
  "yaml/not-a-mapping": {
    message: () => "Cấp ngoài cùng của tệp không phải ánh xạ khoá – giá trị.",
    hint: (a) => `Bắt đầu tệp bằng \`format: ${s(a, "expected")}\` và các khoá mà lược đồ quy định.`,
  },
  "format/missing": {
    message: () => "Tệp không ghi định dạng (format) được viết theo.",
    hint: (a) => `Thêm \`format: ${s(a, "expected")}\` làm khoá đầu tiên.`,
  },
  "format/unknown": {
    message: (a) => `Định dạng không xác định: ${s(a, "actual")}.`,
    hint: (a) => `Dùng một trong par-plan/1, par-agencies/1, par-task/1, par-progress/1 (tệp này có lẽ là \`${s(a, "expected")}\`).`,
  },
  "format/unsupported-version": {
    message: (a) => `Tệp viết theo ${s(a, "actual")}, phiên bản par này không đọc được.`,
    hint: (a) => `Phiên bản par này đọc ${s(a, "expected")}: nâng cấp par, hoặc viết tệp theo ${s(a, "expected")}.`,
  },
  "schema/required": {
    message: (a) => `Thiếu thuộc tính bắt buộc ${props(a, " hoặc ")} trong ${at(a)}.`,
    hint: (a) => `Thêm \`${s(a, "property").split(" | ")[0]}:\` tại đây; mô tả của lược đồ trong trình soạn thảo cho biết nội dung cần ghi.`,
  },
  "schema/additional-property": {
    message: (a) => `Thuộc tính không xác định "${s(a, "property")}" trong ${at(a)}.${yMuon(a)}`,
    hint: () => "Xoá hoặc sửa chính tả; xem lược đồ để biết các thuộc tính được phép.",
  },
  "schema/type": {
    message: (a) => `${At(a)} phải là ${typeWords(s(a, "expected"), "vi")}, không phải ${typeWords(s(a, "actual"), "vi")}.`,
    hint: () => "Đặt trong ngoặc kép văn bản mà YAML hiểu là số, ngày hoặc true/false; viết danh sách bằng '- '.",
  },
  "schema/enum": { message: (a) => `${At(a)} là ${s(a, "actual")}, giá trị không được phép.${yMuon(a)}`, hint: (a) => `Dùng một trong: ${s(a, "allowed")}.` },
  "schema/const": { message: (a) => `${At(a)} phải là ${s(a, "expected")}, không phải ${s(a, "actual")}.`, hint: (a) => `Ghi ${s(a, "expected")}.` },
  "schema/pattern": {
    message: (a) => `${At(a)} là ${s(a, "actual")}, không đúng dạng.`,
    hint: (a) =>
      a.form === "id"
        ? "Ghi mã: chữ thường không dấu, chữ số và gạch ngang (snv, ubnd-cap-huyen)."
        : a.form === "task-id"
          ? 'Ghi mã nhiệm vụ: số lĩnh vực, dấu chấm và chữ cái ("1.đ"), trong ngoặc kép.'
          : a.form === "quarter"
            ? 'Ghi quý dạng YYYY-Qn ("2024-Q3").'
            : a.form === "month"
              ? 'Ghi tháng dạng YYYY-MM ("2024-12").'
              : `Phải khớp ${s(a, "pattern")}.`,
  },
  "schema/min-items": {
    message: (a) => `${At(a)} cần ít nhất ${s(a, "limit")} mục.`,
    hint: () => "Thêm các mục còn thiếu, hoặc xoá khoá nếu được phép bỏ trống.",
  },
  "schema/min-length": { message: (a) => `${At(a)} không được để trống.`, hint: () => "Ghi nội dung, hoặc xoá khoá nếu được phép bỏ trống." },
  "schema/minimum": { message: (a) => `${At(a)} là ${s(a, "actual")}, nhỏ hơn mức tối thiểu ${s(a, "limit")}.`, hint: () => "Sửa lại số." },
  "schema/maximum": { message: (a) => `${At(a)} là ${s(a, "actual")}, lớn hơn mức tối đa ${s(a, "limit")}.`, hint: () => "Sửa lại số." },
  "schema/unique-items": { message: (a) => `${At(a)} có mục bị lặp.`, hint: () => "Xoá mục lặp." },
  "schema/invalid": { message: (a) => `${At(a)} không khớp lược đồ: ${s(a, "detail")}.`, hint: () => "Xem mô tả của lược đồ cho trường này." },
  "schema/date": {
    message: (a) => `${At(a)} là ${s(a, "actual")}, không phải ngày viết theo dạng par đọc được (${forms(a)}).`,
    hint: (a) =>
      (a.suggestion
        ? `Ghi ${s(a, "suggestion")}`
        : `Ghi ngày dạng ${a.forms === "iso" ? "YYYY-MM-DD (2024-09-15)" : "dd/mm/yyyy (15/09/2024) hoặc YYYY-MM-DD (2024-09-15)"}`) +
      (a.nullable ? ", hoặc để trống khi chưa có ngày." : "."),
  },
  "schema/number-text": {
    message: (a) => `${At(a)} là văn bản ${s(a, "actual")}, không phải một số.`,
    hint: (a) =>
      a.reason === "percent"
        ? `Ghi số không kèm dấu %: ${s(a, "number")}.`
        : a.reason === "comma"
          ? `Ghi số thập phân bằng dấu chấm: ${s(a, "number")}.`
          : `Ghi số không đặt trong ngoặc kép: ${s(a, "number")}.`,
  },
  "schema/not-finite": {
    message: (a) => `${At(a)} là ${s(a, "actual")}, không phải một số hữu hạn.`,
    hint: () => "Ghi một số thông thường, như 95 hoặc 96.2.",
  },
  "plan/missing": {
    message: (a) => `Thư mục kế hoạch ${s(a, "dir")} không có plan.yaml.`,
    hint: () => "Thêm plan.yaml (format: par-plan/1) ghi tỉnh, năm, tên kế hoạch, quyết định và các lĩnh vực.",
  },
  "plan/duplicate": {
    message: (a) => `Có tệp kế hoạch thứ hai trong cùng thư mục (kế hoạch là ${s(a, "other")}).`,
    hint: () => "Mỗi thư mục kế hoạch chỉ một tệp par-plan; đặt kế hoạch khác vào thư mục riêng.",
  },
  "plan/agencies-missing": {
    message: (a) => `Thư mục kế hoạch ${s(a, "dir")} không có danh mục cơ quan.`,
    hint: () => "Thêm agencies.yaml (format: par-agencies/1) liệt kê mọi cơ quan mà các nhiệm vụ nêu.",
  },
  "plan/area-sequence": {
    message: (a) => `Số lĩnh vực ${s(a, "actual")} không đúng thứ tự; cần là ${s(a, "expected")}.`,
    hint: () => "Đánh số lĩnh vực 1, 2, 3, … theo thứ tự trong kế hoạch.",
  },
  "plan/invalid-date": {
    message: (a) => `${s(a, "actual")} không phải ngày có thật.`,
    hint: () => "Ghi ngày dạng YYYY-MM-DD, hoặc null khi văn bản gốc để trống.",
  },
  "task/duplicate-id": {
    message: (a) => `Nhiệm vụ ${s(a, "id")} được khai báo hai lần (cả trong ${s(a, "other")}).`,
    hint: () => "Mỗi nhiệm vụ một tệp: xoá một tệp, hoặc sửa lĩnh vực và chữ cái.",
  },
  "task/id-mismatch": {
    message: (a) => `Mã "${s(a, "id")}" không khớp lĩnh vực và chữ cái (${s(a, "expected")}).`,
    hint: (a) => `Ghi \`id: "${s(a, "expected")}"\`, hoặc sửa area hay letter.`,
  },
  "task/file-name": {
    message: (a) => `Nhiệm vụ ${s(a, "id")} nằm trong ${s(a, "name")}; tên tệp phải là ${s(a, "expected")}.`,
    hint: (a) => `Đổi tên tệp thành ${s(a, "expected")} (đ viết là dd).`,
  },
  "task/unknown-area": {
    message: (a) => `Lĩnh vực ${s(a, "area")} không có trong kế hoạch (${s(a, "areas")}).`,
    hint: () => "Sửa số lĩnh vực, hoặc thêm lĩnh vực vào plan.yaml.",
  },
  "task/letter-gap": {
    message: (a) => `Trong lĩnh vực ${s(a, "area")}, chữ ${s(a, "letter")} đứng sau một khoảng trống: thiếu ${s(a, "missing")}.`,
    hint: () => "Các chữ cái theo thứ tự a, b, c, d, đ, e, g, h, i, k, … không bỏ sót; đánh lại chữ cái hoặc thêm nhiệm vụ còn thiếu.",
  },
  "task/letter-repeat": {
    message: (a) => `Trong lĩnh vực ${s(a, "area")}, chữ ${s(a, "letter")} được dùng hai lần (cả trong ${s(a, "other")}).`,
    hint: () => "Mỗi nhiệm vụ trong một lĩnh vực có một chữ cái riêng.",
  },
  "task/empty-area": { message: (a) => `Lĩnh vực ${s(a, "area")} không có nhiệm vụ nào.`, hint: () => "Thêm nhiệm vụ, hoặc xoá lĩnh vực khỏi plan.yaml." },
  "task/duplicate-agency": {
    message: (a) => `Cơ quan ${s(a, "id")} được nêu hai lần trong nhiệm vụ này (đã có ở ${s(a, "other")}).`,
    hint: () => "Mỗi cơ quan chỉ nêu một lần trong một nhiệm vụ.",
  },
  "agency/unknown": {
    message: (a) => `Cơ quan không xác định "${s(a, "id")}".${yMuon(a)}`,
    hint: () => "Dùng mã trong agencies.yaml (`par agencies` liệt kê), hoặc thêm cơ quan vào đó.",
  },
  "agency/duplicate-id": { message: (a) => `Mã cơ quan "${s(a, "id")}" được khai báo hai lần.`, hint: () => "Mỗi cơ quan một mã riêng." },
  "agency/duplicate-alias": {
    message: (a) => `Tên "${s(a, "name")}" cũng là tên của cơ quan ${s(a, "other")}.`,
    hint: () => "Mỗi tên hoặc tên gọi khác chỉ thuộc một cơ quan, để tra cứu không bị nhập nhằng.",
  },
  "agency/unknown-member": {
    message: (a) => `Thành viên nhóm "${s(a, "id")}" không có trong danh mục.${yMuon(a)}`,
    hint: () => "Dùng mã đã khai báo trong agencies.yaml.",
  },
  "agency/member-not-allowed": {
    message: (a) => `Cơ quan ${s(a, "id")} thuộc loại ${s(a, "kind")}, không phải nhóm, nhưng lại có danh sách thành viên.`,
    hint: () => "Đặt kind: group, hoặc xoá members.",
  },
  "lineage/unknown-agency": {
    message: (a) => `Sự kiện trong lịch sử tổ chức nêu cơ quan "${s(a, "id")}", không có trong danh mục.${yMuon(a)}`,
    hint: () => "Thêm cơ quan vào agencies.yaml (kèm origin: editorial và nguồn khi quyết định không nêu tên), hoặc dùng đúng mã.",
  },
  "lineage/date-order": {
    message: (a) =>
      a.why === "ended"
        ? `Sự kiện ngày ${s(a, "date")} nêu ${s(a, "id")}, nhưng cơ quan này đã chấm dứt từ ngày ${s(a, "other")}.`
        : `Sự kiện ngày ${s(a, "date")} nêu ${s(a, "id")}, nhưng cơ quan này đến ngày ${s(a, "other")} mới có.`,
    hint: () => "Kiểm tra ngày của các sự kiện: một cơ quan chỉ tham gia các sự kiện từ ngày có đến ngày chấm dứt.",
  },
  "lineage/cycle": {
    message: (a) => `Lịch sử tổ chức tạo thành vòng lặp: ${s(a, "cycle")}.`,
    hint: () => "Một cơ quan không thể kế thừa chính nó: kiểm tra `from` và `to` của các sự kiện này.",
  },
  "deadline/unparsed": {
    message: (a) => `par không hiểu thời hạn "${s(a, "text")}"; dùng loại đã khai báo: ${s(a, "kind")}.`,
    hint: () =>
      "Viết theo dạng par đọc được (Quý IV/2024, Tháng 12/2024, Năm 2024, Trước ngày 31 tháng 12 năm 2024, Thường xuyên, …), hoặc giữ nguyên và tự kiểm tra loại và ngày.",
  },
  "deadline/mismatch": {
    message: (a) => `Thời hạn ghi "${s(a, "text")}", nghĩa là ${s(a, "field")} ${s(a, "written")}, nhưng tệp khai báo ${s(a, "stated")}.`,
    hint: (a) => `Sửa cho lời văn và \`${s(a, "field")}\` khớp nhau: lời văn là điều quyết định ghi.`,
  },
  "deadline/invalid-date": { message: (a) => `${s(a, "actual")} không phải ngày có thật.`, hint: () => "Ghi ngày dạng YYYY-MM-DD (2024-12-31)." },
  "deadline/outside-plan-year": {
    message: (a) => `Thời hạn rơi vào năm ${s(a, "year")}, ngoài năm kế hoạch ${s(a, "planYear")}.`,
    hint: () => "Sửa ngày, hoặc thêm `outside_plan_year: true` vào deadline nếu kế hoạch thực sự quy định như vậy.",
  },
  "deadline/milestone-order": {
    message: (a) => `Mốc ${s(a, "label")} không sau mốc ${s(a, "previous")}.`,
    hint: () => "Liệt kê các mốc theo thứ tự thời gian.",
  },
  "target/duplicate-id": {
    message: (a) => `Mã chỉ tiêu "${s(a, "id")}" dùng hai lần trong nhiệm vụ này.`,
    hint: () => "Mỗi chỉ tiêu của một nhiệm vụ một mã riêng.",
  },
  "target/value-missing": {
    message: (a) => `Chỉ tiêu so sánh "${s(a, "comparison")}" cần có giá trị.`,
    hint: () => "Thêm `value:` (95 cho 95%), hoặc dùng comparison: increase.",
  },
  "target/percent-range": { message: (a) => `Tỷ lệ ${s(a, "value")}% nằm ngoài khoảng 0–100.`, hint: () => "Kiểm tra giá trị và đơn vị." },
  "progress/unknown-task": {
    message: (a) => `Nhiệm vụ ${s(a, "task")} không có trong kế hoạch.${yMuon(a)}`,
    hint: () => 'Dùng mã nhiệm vụ của kế hoạch (`par list` liệt kê), như "1.đ".',
  },
  "progress/not-assigned": {
    message: (a) => `Cơ quan ${s(a, "agency")} báo cáo nhiệm vụ ${s(a, "task")}, nhưng kế hoạch không giao nhiệm vụ này cho cơ quan.`,
    hint: () => "Chỉ báo cáo nhiệm vụ cơ quan chủ trì hoặc phối hợp (trực tiếp hoặc qua nhóm cơ quan thuộc về).",
  },
  "progress/done-without-date": {
    message: (a) => `Nhiệm vụ ${s(a, "task")} ghi đã hoàn thành nhưng thiếu ngày hoàn thành.`,
    hint: () => "Thêm `completed:` với ngày hoàn thành (dd/mm/yyyy hoặc YYYY-MM-DD).",
  },
  "progress/date-after-cutoff": {
    message: (a) => `Ngày ${s(a, "date")} sau ngày chốt số liệu của kỳ ${periodName(s(a, "period"), "vi")} (${s(a, "cutoff")}).`,
    hint: () => "Báo cáo trong tệp của kỳ sau, hoặc sửa ngày.",
  },
  "progress/duplicate-entry": {
    message: (a) => `Nhiệm vụ ${s(a, "task")} được ${s(a, "agency")} báo cáo hai lần trong kỳ (cả trong ${s(a, "other")}).`,
    hint: () => "Mỗi nhiệm vụ, mỗi cơ quan chỉ một mục trong một kỳ.",
  },
  "progress/conflict": {
    message: (a) =>
      a.kind === "same-period"
        ? `${s(a, "agency")} báo cáo nhiệm vụ ${s(a, "task")} hai lần trong kỳ, và hai báo cáo mâu thuẫn: ${s(a, "was")} (trong ${s(a, "other")}) và ${s(a, "now")}.`
        : a.kind === "undone"
          ? `${s(a, "agency")} đã báo cáo nhiệm vụ ${s(a, "task")} là ${s(a, "was")} trong kỳ ${periodName(s(a, "other"), "vi")}, nay lại là ${s(a, "now")}.`
          : `${s(a, "agency")} đã báo cáo nhiệm vụ ${s(a, "task")} là ${s(a, "was")} trong kỳ ${periodName(s(a, "other"), "vi")}, nay là ${s(a, "now")}: ngày hoàn thành bị thay đổi.`,
    hint: (a) =>
      a.kind === "same-period"
        ? "Mỗi nhiệm vụ, mỗi cơ quan chỉ một mục trong một kỳ, với một trạng thái và ngày hoàn thành."
        : "Nhiệm vụ đã hoàn thành thì giữ nguyên trạng thái và ngày hoàn thành ở các kỳ sau, hoặc sửa báo cáo kỳ trước.",
  },
  "progress/unknown-target": {
    message: (a) => `Nhiệm vụ ${s(a, "task")} không có chỉ tiêu "${s(a, "target")}".${yMuon(a)}`,
    hint: (a) =>
      a.targets ? `Dùng một trong các mã chỉ tiêu của nhiệm vụ: ${s(a, "targets")}.` : "Nhiệm vụ này không có chỉ tiêu định lượng: xoá `targets:`.",
  },
  "progress/period-mismatch": {
    message: (a) => `Tệp nằm ở ${s(a, "location")} nhưng ghi kỳ ${s(a, "period")}.`,
    hint: () => "Sửa cho vị trí tệp và `period:` khớp nhau.",
  },
  "progress/outside-plan": {
    message: (a) => `Kỳ ${s(a, "period")} nằm ngoài kế hoạch năm ${s(a, "planYear")}; các kỳ báo cáo của kế hoạch từ ${s(a, "first")} đến ${s(a, "last")}.`,
    hint: () => "Sửa năm trong `period:` và trong tên tệp, hoặc chuyển tệp sang kế hoạch mà nó thuộc về.",
  },
  "progress/invalid-date": { message: (a) => `${s(a, "actual")} không phải ngày có thật.`, hint: () => "Ghi ngày dạng dd/mm/yyyy hoặc YYYY-MM-DD." },
  "progress/unknown-agency": {
    message: (a) => `Cơ quan báo cáo không xác định "${s(a, "agency")}".${yMuon(a)}`,
    hint: () => "Dùng mã trong agencies.yaml (`par agencies` liệt kê).",
  },
  "progress/unknown-milestone": {
    message: (a) =>
      `Nhiệm vụ ${s(a, "task")} không có mốc "${s(a, "milestone")}"${a.milestones ? ` (các mốc: ${s(a, "milestones")})` : " (nhiệm vụ chỉ có một thời hạn)"}.`,
    hint: () => 'Ghi mốc theo nhãn trong kế hoạch ("Lần 1") hoặc theo số thứ tự (1); bỏ `milestones` với nhiệm vụ chỉ có một thời hạn.',
  },
  "progress/no-evidence": {
    message: (a) => `Nhiệm vụ ${s(a, "task")} báo cáo đã hoàn thành nhưng không có tài liệu kiểm chứng.`,
    hint: () => "Thêm `evidence:` với số và ngày của từng văn bản: Chỉ số CCHC chỉ chấm điểm phần việc có tài liệu kiểm chứng.",
  },
  "progress/completed-not-done": {
    message: (a) => `Nhiệm vụ ${s(a, "task")} có ngày hoàn thành nhưng trạng thái là ${s(a, "state")}.`,
    hint: () => "Ghi `state: done`, hoặc xoá `completed:`.",
  },
  "progress/misplaced": {
    message: (a) => `Tệp tiến độ này (kỳ ${s(a, "period")}) không nằm đúng chỗ của tệp tiến độ.`,
    hint: (a) => `Chuyển tệp tới progress/${s(a, "period")}.yaml, hoặc progress/${s(a, "period")}/MÃ_CƠ_QUAN.yaml nếu là báo cáo của một cơ quan.`,
  },
  "progress/unfilled": {
    message: (a) => `Mục của nhiệm vụ ${s(a, "task")} chưa được điền (chưa có state): không được tính là báo cáo.`,
    hint: () => "Ghi `state:` (not-started, in-progress hoặc done) theo kết quả thực hiện trong quý, hoặc xoá mục này.",
  },
  "progress/agency-file-name": {
    message: (a) => `Tệp tên là ${s(a, "name")} nhưng báo cáo cho cơ quan ${s(a, "agency")}.`,
    hint: (a) => `Đặt tên tệp là ${s(a, "agency")}.yaml, hoặc sửa \`agency:\`.`,
  },
};
