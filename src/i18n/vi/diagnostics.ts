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
  "io/not-found": {
    description:
      "Một tệp mà thư mục kế hoạch nêu tên không tồn tại: liên kết tượng trưng trỏ vào chỗ không có gì, hoặc tệp bị xoá trong lúc par đang đọc thư mục.",
    message: (a) => `Không có tệp hoặc thư mục: ${s(a, "path")}.`,
    hint: () => "Nếu đây là liên kết tượng trưng, hãy trỏ nó tới một tệp có thật, hoặc xoá liên kết.",
  },
  "io/unreadable": {
    description: "Không đọc được một tệp hoặc thư mục (do quyền truy cập, hoặc lỗi khác của hệ thống tệp).",
    message: (a) => `Không đọc được tệp này (${s(a, "reason")}).`,
    hint: () => "Kiểm tra tệp có tồn tại và bạn có quyền đọc.",
  },
  "io/too-large": {
    description: "Tệp vượt giới hạn dung lượng (4 MiB) nên không được đọc.",
    message: (a) => `Tệp có ${s(a, "size")} byte, vượt giới hạn ${s(a, "limit")} byte.`,
    hint: () => "Một tệp kế hoạch chỉ vài kilobyte; hãy tách tệp, hoặc kiểm tra lại có đúng tệp không.",
  },
  "io/loop": {
    description: "Một thư mục liên kết ngược về thư mục đã đọc (vòng lặp liên kết tượng trưng); thư mục đó bị bỏ qua.",
    message: () => "Thư mục này liên kết ngược về một thư mục đã đọc (vòng lặp liên kết); đã bỏ qua.",
    hint: () => "Xoá liên kết tượng trưng hoặc trỏ nó sang chỗ khác.",
  },
  "encoding/binary": {
    description: "Một tệp trong thư mục kế hoạch là tệp nhị phân, không phải văn bản YAML.",
    message: () => "Đây là tệp nhị phân, không phải văn bản YAML.",
    hint: () => "Xoá tệp khỏi thư mục kế hoạch, hoặc lưu lại dưới dạng văn bản UTF-8.",
  },
  "encoding/utf16": {
    description: "Tệp được mã hoá UTF-16; par đọc UTF-8.",
    message: () => "Tệp được mã hoá UTF-16; par đọc UTF-8.",
    hint: () => "Lưu lại tệp với mã hoá UTF-8 (Notepad: Save As → Encoding: UTF-8).",
  },
  "encoding/not-utf8": {
    description: "Tệp không phải UTF-8 hợp lệ, thường là văn bản theo bảng mã tiếng Việt cũ (Windows-1258, TCVN3).",
    message: (a) => `Tệp không phải UTF-8 hợp lệ (byte ${s(a, "byte")} tại đây); có thể tệp dùng bảng mã cũ như Windows-1258 hoặc TCVN3.`,
    hint: () => "Chuyển tệp sang UTF-8 (iconv -f WINDOWS-1258 -t UTF-8, hoặc Save As → UTF-8 trong trình soạn thảo).",
  },
  "yaml/empty": {
    description: "Tệp YAML rỗng.",
    message: () => "Tệp rỗng.",
    hint: () => "Viết nội dung tệp, bắt đầu bằng dòng `format:`, hoặc xoá tệp.",
  },
  "yaml/syntax": {
    description: "Tệp không đúng cú pháp YAML.",
    message: (a) => `Lỗi cú pháp YAML: ${s(a, "detail")}.`,
    hint: () =>
      "Kiểm tra thụt lề (dùng dấu cách, không dùng tab), dấu hai chấm sau khoá, và dấu ngoặc kép quanh văn bản có ': ' hoặc bắt đầu bằng ký tự đặc biệt.",
  },
  "yaml/duplicate-key": {
    description: "Một khoá xuất hiện hai lần trong cùng một ánh xạ.",
    message: (a) => `Khoá "${s(a, "key")}" xuất hiện hai lần trong cùng một ánh xạ.`,
    hint: () => "Chỉ giữ một: YAML chỉ giữ một giá trị cho mỗi khoá.",
  },
  "yaml/multiple-documents": {
    description: "Tệp chứa nhiều hơn một tài liệu YAML.",
    message: () => "Tệp chứa nhiều hơn một tài liệu YAML ('---' thứ hai).",
    hint: () => "Mỗi tệp một tài liệu: mỗi nhiệm vụ một tệp.",
  },
  "yaml/alias-limit": {
    description: "Tệp mở rộng nhiều bí danh hơn mức par cho phép (có thể là bom bí danh).",
    message: (a) => `Tệp mở rộng hơn ${s(a, "limit")} bí danh (*tên); bị từ chối vì có thể là tấn công "alias bomb".`,
    hint: () => "Viết đầy đủ giá trị thay vì dùng neo (&) và bí danh (*).",
  },
  "yaml/alias-cycle": {
    description: "Một bí danh nằm bên trong chính giá trị mà nó trỏ tới, nên giá trị đó chứa chính nó.",
    message: (a) => `Bí danh *${s(a, "name")} nằm bên trong chính giá trị được neo &${s(a, "name")}: giá trị đó sẽ chứa chính nó, lặp vô tận.`,
    hint: () => "Viết đầy đủ giá trị tại đây thay cho bí danh, hoặc neo một giá trị khác.",
  },
  "yaml/too-deep": {
    description: "Tệp lồng các tập hợp sâu hơn mức par cho phép.",
    message: (a) => `Tệp lồng nhau sâu hơn ${s(a, "limit")} cấp.`,
    hint: () => "Tệp kế hoạch chỉ cần vài cấp; kiểm tra thụt lề hoặc dấu ngoặc.",
  },
  "yaml/not-a-mapping": {
    description: "Cấp cao nhất của tệp không phải là ánh xạ khoá – giá trị.",
    message: () => "Cấp ngoài cùng của tệp không phải ánh xạ khoá – giá trị.",
    hint: (a) => `Bắt đầu tệp bằng \`format: ${s(a, "expected")}\` và các khoá mà lược đồ quy định.`,
  },
  "format/missing": {
    description: "Tệp không có dòng `format:` cho biết đây là loại tệp par nào.",
    message: () => "Tệp không ghi định dạng (format) được viết theo.",
    hint: (a) => `Thêm \`format: ${s(a, "expected")}\` làm khoá đầu tiên.`,
  },
  "format/unknown": {
    description: "Dòng `format:` của tệp không nêu loại tệp par nào.",
    message: (a) => `Định dạng không xác định: ${s(a, "actual")}.`,
    hint: (a) => `Dùng một trong par-plan/1, par-agencies/1, par-task/1, par-progress/1 (tệp này có lẽ là \`${s(a, "expected")}\`).`,
  },
  "format/unsupported-version": {
    description: "Dòng `format:` của tệp nêu một phiên bản mà bản par này không đọc được.",
    message: (a) => `Tệp viết theo ${s(a, "actual")}, phiên bản par này không đọc được.`,
    hint: (a) => `Phiên bản par này đọc ${s(a, "expected")}: nâng cấp par, hoặc viết tệp theo ${s(a, "expected")}.`,
  },
  "schema/required": {
    description: "Thiếu một trường mà lược đồ bắt buộc.",
    message: (a) => `Thiếu thuộc tính bắt buộc ${props(a, " hoặc ")} trong ${at(a)}.`,
    hint: (a) => `Thêm \`${s(a, "property").split(" | ")[0]}:\` tại đây; mô tả của lược đồ trong trình soạn thảo cho biết nội dung cần ghi.`,
  },
  "schema/additional-property": {
    description: "Một trường mà lược đồ không biết (thường là khoá viết sai).",
    message: (a) => `Thuộc tính không xác định "${s(a, "property")}" trong ${at(a)}.${yMuon(a)}`,
    hint: () => "Xoá hoặc sửa chính tả; xem lược đồ để biết các thuộc tính được phép.",
  },
  "schema/type": {
    description: "Giá trị sai kiểu (văn bản thay cho số, danh sách thay cho ánh xạ…).",
    message: (a) => `${At(a)} phải là ${typeWords(s(a, "expected"), "vi")}, không phải ${typeWords(s(a, "actual"), "vi")}.`,
    hint: () => "Đặt trong ngoặc kép văn bản mà YAML hiểu là số, ngày hoặc true/false; viết danh sách bằng '- '.",
  },
  "schema/enum": {
    description: "Giá trị không thuộc các giá trị mà lược đồ cho phép.",
    message: (a) => `${At(a)} là ${s(a, "actual")}, giá trị không được phép.${yMuon(a)}`,
    hint: (a) => `Dùng một trong: ${s(a, "allowed")}.`,
  },
  "schema/const": {
    description: "Giá trị không phải giá trị mà lược đồ yêu cầu.",
    message: (a) => `${At(a)} phải là ${s(a, "expected")}, không phải ${s(a, "actual")}.`,
    hint: (a) => `Ghi ${s(a, "expected")}.`,
  },
  "schema/pattern": {
    description: "Giá trị văn bản không đúng dạng lược đồ yêu cầu (mã, kỳ, ngày).",
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
    description: "Danh sách có ít phần tử hơn mức lược đồ yêu cầu.",
    message: (a) => `${At(a)} cần ít nhất ${s(a, "limit")} mục.`,
    hint: () => "Thêm các mục còn thiếu, hoặc xoá khoá nếu được phép bỏ trống.",
  },
  "schema/min-length": {
    description: "Văn bản ngắn hơn mức lược đồ cho phép (thường là để trống).",
    message: (a) => `${At(a)} không được để trống.`,
    hint: () => "Ghi nội dung, hoặc xoá khoá nếu được phép bỏ trống.",
  },
  "schema/minimum": {
    description: "Số nhỏ hơn giá trị nhỏ nhất mà lược đồ cho phép.",
    message: (a) => `${At(a)} là ${s(a, "actual")}, nhỏ hơn mức tối thiểu ${s(a, "limit")}.`,
    hint: () => "Sửa lại số.",
  },
  "schema/maximum": {
    description: "Số lớn hơn giá trị lớn nhất mà lược đồ cho phép.",
    message: (a) => `${At(a)} là ${s(a, "actual")}, lớn hơn mức tối đa ${s(a, "limit")}.`,
    hint: () => "Sửa lại số.",
  },
  "schema/unique-items": {
    description: "Danh sách có một phần tử lặp lại.",
    message: (a) => `${At(a)} có mục bị lặp.`,
    hint: () => "Xoá mục lặp.",
  },
  "schema/invalid": {
    description: "Giá trị không khớp với lược đồ theo một cách khác.",
    message: (a) => `${At(a)} không khớp lược đồ: ${s(a, "detail")}.`,
    hint: () => "Xem mô tả của lược đồ cho trường này.",
  },
  "schema/date": {
    description: "Ngày không viết theo dạng par đọc được (YYYY-MM-DD, hoặc dd/mm/yyyy ở nơi được phép).",
    message: (a) => `${At(a)} là ${s(a, "actual")}, không phải ngày viết theo dạng par đọc được (${forms(a)}).`,
    hint: (a) =>
      (a.suggestion
        ? `Ghi ${s(a, "suggestion")}`
        : `Ghi ngày dạng ${a.forms === "iso" ? "YYYY-MM-DD (2024-09-15)" : "dd/mm/yyyy (15/09/2024) hoặc YYYY-MM-DD (2024-09-15)"}`) +
      (a.nullable ? ", hoặc để trống khi chưa có ngày." : "."),
  },
  "schema/number-text": {
    description: 'Số được viết dưới dạng văn bản ("96,2", "95%").',
    message: (a) => `${At(a)} là văn bản ${s(a, "actual")}, không phải một số.`,
    hint: (a) =>
      a.reason === "percent"
        ? `Ghi số không kèm dấu %: ${s(a, "number")}.`
        : a.reason === "comma"
          ? `Ghi số thập phân bằng dấu chấm: ${s(a, "number")}.`
          : `Ghi số không đặt trong ngoặc kép: ${s(a, "number")}.`,
  },
  "schema/not-finite": {
    description: "Số không hữu hạn (.inf, .nan, hoặc quá lớn).",
    message: (a) => `${At(a)} là ${s(a, "actual")}, không phải một số hữu hạn.`,
    hint: () => "Ghi một số thông thường, như 95 hoặc 96.2.",
  },
  "plan/missing": {
    description: "Thư mục kế hoạch không có plan.yaml.",
    message: (a) => `Thư mục kế hoạch ${s(a, "dir")} không có plan.yaml.`,
    hint: () => "Thêm plan.yaml (format: par-plan/1) ghi tỉnh, năm, tên kế hoạch, quyết định và các lĩnh vực.",
  },
  "plan/duplicate": {
    description: "Thư mục kế hoạch có thêm một tệp kế hoạch thứ hai.",
    message: (a) => `Có tệp kế hoạch thứ hai trong cùng thư mục (kế hoạch là ${s(a, "other")}).`,
    hint: () => "Mỗi thư mục kế hoạch chỉ một tệp par-plan; đặt kế hoạch khác vào thư mục riêng.",
  },
  "plan/agencies-missing": {
    description: "Thư mục kế hoạch không có agencies.yaml.",
    message: (a) => `Thư mục kế hoạch ${s(a, "dir")} không có danh mục cơ quan.`,
    hint: () => "Thêm agencies.yaml (format: par-agencies/1) liệt kê mọi cơ quan mà các nhiệm vụ nêu.",
  },
  "plan/area-sequence": {
    description: "Các lĩnh vực của kế hoạch không được đánh số 1, 2, 3… theo thứ tự.",
    message: (a) => `Số lĩnh vực ${s(a, "actual")} không đúng thứ tự; cần là ${s(a, "expected")}.`,
    hint: () => "Đánh số lĩnh vực 1, 2, 3, … theo thứ tự trong kế hoạch.",
  },
  "plan/invalid-date": {
    description: "Ngày ban hành quyết định của kế hoạch không phải là ngày có thật.",
    message: (a) => `${s(a, "actual")} không phải ngày có thật.`,
    hint: () => "Ghi ngày dạng YYYY-MM-DD, hoặc null khi văn bản gốc để trống.",
  },
  "task/duplicate-id": {
    description: "Hai tệp nhiệm vụ có cùng mã nhiệm vụ.",
    message: (a) => `Nhiệm vụ ${s(a, "id")} được khai báo hai lần (cả trong ${s(a, "other")}).`,
    hint: () => "Mỗi nhiệm vụ một tệp: xoá một tệp, hoặc sửa lĩnh vực và chữ cái.",
  },
  "task/id-mismatch": {
    description: "Mã nhiệm vụ không khớp với lĩnh vực và chữ cái của nó.",
    message: (a) => `Mã "${s(a, "id")}" không khớp lĩnh vực và chữ cái (${s(a, "expected")}).`,
    hint: (a) => `Ghi \`id: "${s(a, "expected")}"\`, hoặc sửa area hay letter.`,
  },
  "task/file-name": {
    description: "Tên tệp nhiệm vụ không khớp với nhiệm vụ (tasks/LĨNH-VỰC-CHỮ.yaml).",
    message: (a) => `Nhiệm vụ ${s(a, "id")} nằm trong ${s(a, "name")}; tên tệp phải là ${s(a, "expected")}.`,
    hint: (a) => `Đổi tên tệp thành ${s(a, "expected")} (đ viết là dd).`,
  },
  "task/unknown-area": {
    description: "Nhiệm vụ nêu một lĩnh vực mà kế hoạch không có.",
    message: (a) => `Lĩnh vực ${s(a, "area")} không có trong kế hoạch (${s(a, "areas")}).`,
    hint: () => "Sửa số lĩnh vực, hoặc thêm lĩnh vực vào plan.yaml.",
  },
  "task/letter-gap": {
    description: "Chữ cái các nhiệm vụ của một lĩnh vực bị bỏ sót (a, b, d mà không có c).",
    message: (a) => `Trong lĩnh vực ${s(a, "area")}, chữ ${s(a, "letter")} đứng sau một khoảng trống: thiếu ${s(a, "missing")}.`,
    hint: () => "Các chữ cái theo thứ tự a, b, c, d, đ, e, g, h, i, k, … không bỏ sót; đánh lại chữ cái hoặc thêm nhiệm vụ còn thiếu.",
  },
  "task/letter-repeat": {
    description: "Hai nhiệm vụ của một lĩnh vực có cùng chữ cái.",
    message: (a) => `Trong lĩnh vực ${s(a, "area")}, chữ ${s(a, "letter")} được dùng hai lần (cả trong ${s(a, "other")}).`,
    hint: () => "Mỗi nhiệm vụ trong một lĩnh vực có một chữ cái riêng.",
  },
  "task/empty-area": {
    description: "Một lĩnh vực của kế hoạch không có nhiệm vụ nào.",
    message: (a) => `Lĩnh vực ${s(a, "area")} không có nhiệm vụ nào.`,
    hint: () => "Thêm nhiệm vụ, hoặc xoá lĩnh vực khỏi plan.yaml.",
  },
  "task/duplicate-agency": {
    description: "Nhiệm vụ nêu cùng một cơ quan hai lần (chủ trì hoặc phối hợp).",
    message: (a) => `Cơ quan ${s(a, "id")} được nêu hai lần trong nhiệm vụ này (đã có ở ${s(a, "other")}).`,
    hint: () => "Mỗi cơ quan chỉ nêu một lần trong một nhiệm vụ.",
  },
  "agency/unknown": {
    description: "Nhiệm vụ hoặc cơ quan nêu một mã cơ quan không có trong agencies.yaml.",
    message: (a) => `Cơ quan không xác định "${s(a, "id")}".${yMuon(a)}`,
    hint: () => "Dùng mã trong agencies.yaml (`par agencies` liệt kê), hoặc thêm cơ quan vào đó.",
  },
  "agency/duplicate-id": {
    description: "Hai cơ quan có cùng mã.",
    message: (a) => `Mã cơ quan "${s(a, "id")}" được khai báo hai lần.`,
    hint: () => "Mỗi cơ quan một mã riêng.",
  },
  "agency/duplicate-alias": {
    description: "Hai cơ quan trùng tên hoặc tên gọi khác, nên khi tìm kiếm không phân biệt được.",
    message: (a) => `Tên "${s(a, "name")}" cũng là tên của cơ quan ${s(a, "other")}.`,
    hint: () => "Mỗi tên hoặc tên gọi khác chỉ thuộc một cơ quan, để tra cứu không bị nhập nhằng.",
  },
  "agency/unknown-member": {
    description: "Một nhóm liệt kê thành viên không có trong agencies.yaml.",
    message: (a) => `Thành viên nhóm "${s(a, "id")}" không có trong danh mục.${yMuon(a)}`,
    hint: () => "Dùng mã đã khai báo trong agencies.yaml.",
  },
  "agency/member-not-allowed": {
    description: "Một cơ quan không phải là nhóm nhưng lại liệt kê thành viên.",
    message: (a) => `Cơ quan ${s(a, "id")} thuộc loại ${s(a, "kind")}, không phải nhóm, nhưng lại có danh sách thành viên.`,
    hint: () => "Đặt kind: group, hoặc xoá members.",
  },
  "lineage/unknown-agency": {
    description: "Một sự kiện kế thừa trong agencies.yaml nêu cơ quan không có trong danh mục.",
    message: (a) => `Sự kiện trong lịch sử tổ chức nêu cơ quan "${s(a, "id")}", không có trong danh mục.${yMuon(a)}`,
    hint: () => "Thêm cơ quan vào agencies.yaml (kèm origin: editorial và nguồn khi quyết định không nêu tên), hoặc dùng đúng mã.",
  },
  "lineage/date-order": {
    description: "Một sự kiện kế thừa nêu cơ quan đã chấm dứt hoặc chưa bắt đầu hoạt động vào ngày của sự kiện.",
    message: (a) =>
      a.why === "ended"
        ? `Sự kiện ngày ${s(a, "date")} nêu ${s(a, "id")}, nhưng cơ quan này đã chấm dứt từ ngày ${s(a, "other")}.`
        : `Sự kiện ngày ${s(a, "date")} nêu ${s(a, "id")}, nhưng cơ quan này đến ngày ${s(a, "other")} mới có.`,
    hint: () => "Kiểm tra ngày của các sự kiện: một cơ quan chỉ tham gia các sự kiện từ ngày có đến ngày chấm dứt.",
  },
  "lineage/cycle": {
    description: "Các sự kiện kế thừa tạo thành vòng lặp: một cơ quan trở thành cơ quan kế thừa của chính mình.",
    message: (a) => `Lịch sử tổ chức tạo thành vòng lặp: ${s(a, "cycle")}.`,
    hint: () => "Một cơ quan không thể kế thừa chính nó: kiểm tra `from` và `to` của các sự kiện này.",
  },
  "deadline/unparsed": {
    description: "par không đọc được cách diễn đạt thời hạn, nên không đối chiếu được với các trường.",
    message: (a) => `par không hiểu thời hạn "${s(a, "text")}"; dùng loại đã khai báo: ${s(a, "kind")}.`,
    hint: () =>
      "Viết theo dạng par đọc được (Quý IV/2024, Tháng 12/2024, Năm 2024, Trước ngày 31 tháng 12 năm 2024, Thường xuyên, …), hoặc giữ nguyên và tự kiểm tra loại và ngày.",
  },
  "deadline/mismatch": {
    description: "Cách diễn đạt thời hạn và các trường của nó không khớp nhau.",
    message: (a) => `Thời hạn ghi "${s(a, "text")}", nghĩa là ${s(a, "field")} ${s(a, "written")}, nhưng tệp khai báo ${s(a, "stated")}.`,
    hint: (a) => `Sửa cho lời văn và \`${s(a, "field")}\` khớp nhau: lời văn là điều quyết định ghi.`,
  },
  "deadline/invalid-date": {
    description: "Ngày của thời hạn không phải là ngày có thật.",
    message: (a) => `${s(a, "actual")} không phải ngày có thật.`,
    hint: () => "Ghi ngày dạng YYYY-MM-DD (2024-12-31).",
  },
  "deadline/outside-plan-year": {
    description: "Thời hạn nằm ngoài năm kế hoạch mà không ghi rõ (outside_plan_year).",
    message: (a) => `Thời hạn rơi vào năm ${s(a, "year")}, ngoài năm kế hoạch ${s(a, "planYear")}.`,
    hint: () => "Sửa ngày, hoặc thêm `outside_plan_year: true` vào deadline nếu kế hoạch thực sự quy định như vậy.",
  },
  "deadline/milestone-order": {
    description: "Các mốc của thời hạn không theo thứ tự ngày.",
    message: (a) => `Mốc ${s(a, "label")} không sau mốc ${s(a, "previous")}.`,
    hint: () => "Liệt kê các mốc theo thứ tự thời gian.",
  },
  "deadline/amendment-order": {
    description: "Các lần điều chỉnh thời hạn của nhiệm vụ không theo thứ tự ngày có hiệu lực.",
    message: (a) => `Lần điều chỉnh này có hiệu lực từ ${s(a, "date")}, không sau lần trước (${s(a, "previous")}).`,
    hint: () => "Liệt kê các lần điều chỉnh theo thứ tự ngày có hiệu lực; hai lần cùng một ngày là một lần.",
  },
  "deadline/amendment-no-decision": {
    description: "Lần điều chỉnh thời hạn không ghi văn bản quyết định.",
    message: () => "Lần điều chỉnh thời hạn này không ghi văn bản quyết định (decision.number).",
    hint: () => "Thêm `decision:` với số, ngày, cơ quan ban hành và trích yếu văn bản; thời hạn chỉ thay đổi theo văn bản.",
  },
  "deadline/amendment-outside-plan": {
    description: "Lần điều chỉnh thời hạn không theo quy tắc của kế hoạch (năm kế hoạch, ngày văn bản, thời hạn có ngày).",
    message: (a) =>
      ({
        effective: `Lần điều chỉnh có hiệu lực từ ${s(a, "value")}, ngoài năm kế hoạch ${s(a, "planYear")}.`,
        "before-decision": `Lần điều chỉnh có hiệu lực từ ${s(a, "value")}, trước ngày ban hành văn bản (${s(a, "issued")}).`,
        ongoing: `Điều chỉnh thời hạn phải đưa về một ngày; "${s(a, "value")}" không có ngày.`,
        deadline: `Thời hạn mới rơi vào năm ${s(a, "value")}, ngoài năm kế hoạch ${s(a, "planYear")}.`,
      })[s(a, "what")] ?? "",
    hint: () => "Sửa lần điều chỉnh, hoặc thêm `outside_plan_year: true` vào thời hạn mới nếu văn bản thực sự quy định như vậy.",
  },
  "target/duplicate-id": {
    description: "Hai chỉ tiêu của một nhiệm vụ có cùng mã.",
    message: (a) => `Mã chỉ tiêu "${s(a, "id")}" dùng hai lần trong nhiệm vụ này.`,
    hint: () => "Mỗi chỉ tiêu của một nhiệm vụ một mã riêng.",
  },
  "target/value-missing": {
    description: "Phép so sánh của chỉ tiêu cần một giá trị nhưng không có.",
    message: (a) => `Chỉ tiêu so sánh "${s(a, "comparison")}" cần có giá trị.`,
    hint: () => "Thêm `value:` (95 cho 95%), hoặc dùng comparison: increase.",
  },
  "target/percent-range": {
    description: "Chỉ tiêu phần trăm nhỏ hơn 0 hoặc lớn hơn 100.",
    message: (a) => `Tỷ lệ ${s(a, "value")}% nằm ngoài khoảng 0–100.`,
    hint: () => "Kiểm tra giá trị và đơn vị.",
  },
  "progress/unknown-task": {
    description: "Mục tiến độ nêu một nhiệm vụ mà kế hoạch không có.",
    message: (a) => `Nhiệm vụ ${s(a, "task")} không có trong kế hoạch.${yMuon(a)}`,
    hint: () => 'Dùng mã nhiệm vụ của kế hoạch (`par list` liệt kê), như "1.đ".',
  },
  "progress/not-assigned": {
    description: "Một cơ quan báo cáo về nhiệm vụ không được giao cho mình.",
    message: (a) => `Cơ quan ${s(a, "agency")} báo cáo nhiệm vụ ${s(a, "task")}, nhưng kế hoạch không giao nhiệm vụ này cho cơ quan.`,
    hint: () => "Chỉ báo cáo nhiệm vụ cơ quan chủ trì hoặc phối hợp (trực tiếp hoặc qua nhóm cơ quan thuộc về).",
  },
  "progress/done-without-date": {
    description: "Nhiệm vụ báo cáo đã hoàn thành nhưng không có ngày hoàn thành.",
    message: (a) => `Nhiệm vụ ${s(a, "task")} ghi đã hoàn thành nhưng thiếu ngày hoàn thành.`,
    hint: () => "Thêm `completed:` với ngày hoàn thành (dd/mm/yyyy hoặc YYYY-MM-DD).",
  },
  "progress/date-after-cutoff": {
    description: "Ngày nằm sau ngày chốt số liệu của kỳ báo cáo.",
    message: (a) => `Ngày ${s(a, "date")} sau ngày chốt số liệu của kỳ ${periodName(s(a, "period"), "vi")} (${s(a, "cutoff")}).`,
    hint: () => "Báo cáo trong tệp của kỳ sau, hoặc sửa ngày.",
  },
  "progress/duplicate-entry": {
    description: "Một cơ quan báo cáo cùng một nhiệm vụ hai lần trong một kỳ, với nội dung như nhau.",
    message: (a) => `Nhiệm vụ ${s(a, "task")} được ${s(a, "agency")} báo cáo hai lần trong kỳ (cả trong ${s(a, "other")}).`,
    hint: () => "Mỗi nhiệm vụ, mỗi cơ quan chỉ một mục trong một kỳ.",
  },
  "progress/conflict": {
    description: "Các báo cáo của một cơ quan về một nhiệm vụ mâu thuẫn nhau: hai lần trong một kỳ, hoặc nhiệm vụ đã hoàn thành mà kỳ sau báo cáo khác.",
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
    description: "Mục tiến độ báo cáo một chỉ tiêu mà nhiệm vụ không có.",
    message: (a) => `Nhiệm vụ ${s(a, "task")} không có chỉ tiêu "${s(a, "target")}".${yMuon(a)}`,
    hint: (a) =>
      a.targets ? `Dùng một trong các mã chỉ tiêu của nhiệm vụ: ${s(a, "targets")}.` : "Nhiệm vụ này không có chỉ tiêu định lượng: xoá `targets:`.",
  },
  "progress/period-mismatch": {
    description: "Kỳ của tệp tiến độ không khớp với tên tệp hoặc thư mục chứa nó.",
    message: (a) => `Tệp nằm ở ${s(a, "location")} nhưng ghi kỳ ${s(a, "period")}.`,
    hint: () => "Sửa cho vị trí tệp và `period:` khớp nhau.",
  },
  "progress/outside-plan": {
    description: "Kỳ của tệp tiến độ nằm ngoài các kỳ báo cáo của kế hoạch.",
    message: (a) => `Kỳ ${s(a, "period")} nằm ngoài kế hoạch năm ${s(a, "planYear")}; các kỳ báo cáo của kế hoạch từ ${s(a, "first")} đến ${s(a, "last")}.`,
    hint: () => "Sửa năm trong `period:` và trong tên tệp, hoặc chuyển tệp sang kế hoạch mà nó thuộc về.",
  },
  "progress/invalid-date": {
    description: "Một ngày trong tệp tiến độ không phải là ngày có thật.",
    message: (a) => `${s(a, "actual")} không phải ngày có thật.`,
    hint: () => "Ghi ngày dạng dd/mm/yyyy hoặc YYYY-MM-DD.",
  },
  "progress/unknown-agency": {
    description: "Tệp hoặc mục tiến độ nêu một cơ quan không có trong agencies.yaml.",
    message: (a) => `Cơ quan báo cáo không xác định "${s(a, "agency")}".${yMuon(a)}`,
    hint: () => "Dùng mã trong agencies.yaml (`par agencies` liệt kê).",
  },
  "progress/unknown-milestone": {
    description: "Mục tiến độ nêu một mốc mà thời hạn của nhiệm vụ không có.",
    message: (a) =>
      `Nhiệm vụ ${s(a, "task")} không có mốc "${s(a, "milestone")}"${a.milestones ? ` (các mốc: ${s(a, "milestones")})` : " (nhiệm vụ chỉ có một thời hạn)"}.`,
    hint: () => 'Ghi mốc theo nhãn trong kế hoạch ("Lần 1") hoặc theo số thứ tự (1); bỏ `milestones` với nhiệm vụ chỉ có một thời hạn.',
  },
  "progress/no-evidence": {
    description: "Nhiệm vụ báo cáo đã hoàn thành nhưng không nêu tài liệu kiểm chứng (số và ngày văn bản).",
    message: (a) => `Nhiệm vụ ${s(a, "task")} báo cáo đã hoàn thành nhưng không có tài liệu kiểm chứng.`,
    hint: () => "Thêm `evidence:` với số và ngày của từng văn bản: Chỉ số CCHC chỉ chấm điểm phần việc có tài liệu kiểm chứng.",
  },
  "progress/completed-not-done": {
    description: "Mục tiến độ có ngày hoàn thành nhưng trạng thái không phải là đã hoàn thành.",
    message: (a) => `Nhiệm vụ ${s(a, "task")} có ngày hoàn thành nhưng trạng thái là ${s(a, "state")}.`,
    hint: () => "Ghi `state: done`, hoặc xoá `completed:`.",
  },
  "progress/misplaced": {
    description: "Tệp tiến độ không nằm đúng chỗ (progress/KỲ.yaml hoặc progress/KỲ/CƠ-QUAN.yaml).",
    message: (a) => `Tệp tiến độ này (kỳ ${s(a, "period")}) không nằm đúng chỗ của tệp tiến độ.`,
    hint: (a) => `Chuyển tệp tới progress/${s(a, "period")}.yaml, hoặc progress/${s(a, "period")}/MÃ_CƠ_QUAN.yaml nếu là báo cáo của một cơ quan.`,
  },
  "progress/unfilled": {
    description: "Mục tiến độ còn để nguyên như mẫu (chưa có trạng thái).",
    message: (a) => `Mục của nhiệm vụ ${s(a, "task")} chưa được điền (chưa có state): không được tính là báo cáo.`,
    hint: () => "Ghi `state:` (not-started, in-progress hoặc done) theo kết quả thực hiện trong quý, hoặc xoá mục này.",
  },
  "progress/agency-file-name": {
    description: "Tên tệp tiến độ của một cơ quan không theo mã cơ quan mà tệp báo cáo.",
    message: (a) => `Tệp tên là ${s(a, "name")} nhưng báo cáo cho cơ quan ${s(a, "agency")}.`,
    hint: (a) => `Đặt tên tệp là ${s(a, "agency")}.yaml, hoặc sửa \`agency:\`.`,
  },
  // par progress import: biểu mẫu đã điền, từng ô (issue 14).
  "import/not-a-workbook": {
    description: "Tệp được nhập không phải là sổ tính .xlsx (là tệp .xls cũ hoặc loại tệp khác).",
    message: (a) => `Tệp này không phải là sổ tính Excel (.xlsx)${a.detail === "xls" ? ": đây là sổ tính .xls cũ" : ""}.`,
    hint: () => "Mở bằng Excel hoặc LibreOffice Calc rồi lưu lại dạng .xlsx, hoặc gửi bản CSV của trang Báo cáo.",
  },
  "import/encrypted": {
    description: "Sổ tính được nhập có đặt mật khẩu nên par không đọc được.",
    message: () => "Sổ tính có đặt mật khẩu (đã mã hoá): par không đọc được.",
    hint: () => "Mở tệp, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hoá bằng mật khẩu, để trống) rồi lưu lại.",
  },
  "import/too-large": {
    description: "Sổ tính được nhập khi giải nén vượt quá giới hạn dung lượng (bom zip, hoặc không phải biểu mẫu báo cáo).",
    message: (a) => `Sổ tính giải nén ra hơn ${s(a, "limit")} byte: không phải biểu mẫu báo cáo (hoặc là tệp nén độc hại).`,
    hint: () => "Gửi đúng biểu mẫu par đã tạo, đã điền; không dán hình ảnh hay trang tính khác vào.",
  },
  "import/not-a-form": {
    description: "Sổ tính được nhập không phải biểu mẫu do par progress form tạo: thiếu các cột ẩn.",
    message: (a) => `Đây không phải biểu mẫu do par progress form tạo: thiếu các cột ẩn (${s(a, "missing")}).`,
    hint: () => "Điền vào biểu mẫu par progress form đã tạo, giữ nguyên các cột và dòng ẩn; không chép các ô sang sổ tính khác.",
  },
  "import/form-version": {
    description: "Biểu mẫu được nhập thuộc phiên bản biểu mẫu khác với phiên bản par này đọc.",
    message: (a) => `Biểu mẫu này thuộc phiên bản "${s(a, "found")}"; par này đọc ${s(a, "expected")}.`,
    hint: () => "Gửi cơ quan biểu mẫu mới (par progress form) và nhập biểu mẫu đó.",
  },
  "import/other-plan": {
    description: "Biểu mẫu được nhập được tạo từ kế hoạch khác.",
    message: (a) => `Biểu mẫu này của kế hoạch "${s(a, "found")}", không phải của ${s(a, "expected")}.`,
    hint: () => "Nhập với kế hoạch đã tạo ra biểu mẫu (--plan), hoặc gửi cơ quan biểu mẫu của kế hoạch này.",
  },
  "import/other-period": {
    description: "Biểu mẫu được nhập thuộc kỳ báo cáo không nằm trong các kỳ của kế hoạch này.",
    message: (a) =>
      `Biểu mẫu này của kỳ "${s(a, "found")}", không thuộc các kỳ báo cáo của kế hoạch (${periodName(s(a, "first"), "vi")} đến ${periodName(s(a, "last"), "vi")}).`,
    hint: () => "Gửi cơ quan biểu mẫu của quý đang báo cáo (par progress form --quarter …).",
  },
  "import/mixed-form": {
    description: "Một dòng của biểu mẫu được nhập lấy từ biểu mẫu của cơ quan khác hoặc quý khác.",
    message: (a) => `Dòng này thuộc biểu mẫu khác ("${s(a, "found")}", biểu mẫu này là ${s(a, "expected")}): dòng của hai biểu mẫu bị dán chung.`,
    hint: () => "Nhập riêng biểu mẫu của từng cơ quan, từng quý; xoá các dòng chép từ biểu mẫu khác.",
  },
  "import/unknown-agency": {
    description: "Biểu mẫu được nhập dành cho cơ quan không có trong agencies.yaml.",
    message: (a) => `Biểu mẫu của cơ quan "${s(a, "agency")}", không có trong agencies.yaml.`,
    hint: () => "Gửi cơ quan biểu mẫu mới tạo từ kế hoạch hiện hành (par progress form).",
  },
  "import/unknown-task": {
    description: "Một dòng của biểu mẫu được nhập ghi nhiệm vụ không có trong kế hoạch.",
    message: (a) => `Nhiệm vụ ${s(a, "task")} không có trong kế hoạch.${a.suggestion ? ` Có phải là "${s(a, "suggestion")}"?` : ""}`,
    hint: () => "Giữ nguyên các cột ẩn như biểu mẫu; gửi biểu mẫu mới nếu nhiệm vụ của kế hoạch đã thay đổi.",
  },
  "import/not-assigned": {
    description: "Một dòng của biểu mẫu được nhập thuộc nhiệm vụ mà kế hoạch không giao cho cơ quan của biểu mẫu.",
    message: (a) => `Kế hoạch không giao nhiệm vụ ${s(a, "task")} cho ${s(a, "agency")}: cơ quan này không báo cáo nhiệm vụ đó.`,
    hint: () => "Xoá dòng này; dòng chép từ biểu mẫu của cơ quan khác thuộc về biểu mẫu đó.",
  },
  "import/duplicate-row": {
    description: "Một nhiệm vụ xuất hiện ở hai dòng của cùng một biểu mẫu được nhập.",
    message: (a) => `Nhiệm vụ ${s(a, "task")} xuất hiện lần thứ hai (lần đầu ở dòng ${s(a, "other")}).`,
    hint: () => "Mỗi nhiệm vụ một dòng: xoá dòng trùng.",
  },
  "import/row-without-task": {
    description: "Một dòng đã điền của biểu mẫu được nhập không có nhiệm vụ ở các cột ẩn (dòng được gõ vào chỗ chèn thêm).",
    message: () => "Dòng này có nội dung nhưng không có nhiệm vụ (các cột ẩn trống): có phải điền vào dòng chèn thêm?",
    hint: () => "Điền báo cáo vào đúng dòng của nhiệm vụ, để trống các dòng chèn thêm.",
  },
  "import/bad-state": {
    description: "Ô tình trạng của biểu mẫu được nhập không phải là một trong ba tình trạng.",
    message: (a) =>
      `"${s(a, "actual")}" không phải là tình trạng.${a.suggestion ? ` Có phải là "${({ "not-started": "Chưa thực hiện", "in-progress": "Đang thực hiện", done: "Đã hoàn thành" } as Args)[s(a, "suggestion")]}"?` : ""}`,
    hint: () => "Chọn trong danh sách: Chưa thực hiện, Đang thực hiện, Đã hoàn thành.",
  },
  "import/no-state": {
    description: "Một dòng của biểu mẫu được nhập đã điền nhưng để trống tình trạng.",
    message: (a) => `Dòng của nhiệm vụ ${s(a, "task")} có nội dung nhưng chưa chọn tình trạng.`,
    hint: () => "Chọn tình trạng (Chưa thực hiện, Đang thực hiện, Đã hoàn thành), hoặc xoá nội dung dòng.",
  },
  "import/invalid-date": {
    description: "Ô ngày của biểu mẫu được nhập ghi một ngày không có thật hoặc không đọc được.",
    message: (a) => `"${s(a, "actual")}" không phải là một ngày có thật.`,
    hint: () => "Viết ngày dạng dd/mm/yyyy (15/11/2024), hoặc nhập dạng ô ngày.",
  },
  "import/date-outside-plan": {
    description: "Một ngày trong biểu mẫu được nhập nằm ngoài các ngày báo cáo của kế hoạch.",
    message: (a) => `Ngày ${s(a, "date")} nằm ngoài các kỳ báo cáo của kế hoạch (${s(a, "start")} đến ${s(a, "end")}).`,
    hint: () => "Kiểm tra năm và thứ tự ngày, tháng (dd/mm/yyyy).",
  },
  "import/date-after-cutoff": {
    description: "Một ngày trong biểu mẫu được nhập sau ngày chốt số liệu của kỳ: thuộc kỳ báo cáo sau.",
    message: (a) =>
      `Ngày ${s(a, "date")} sau ngày chốt số liệu của kỳ ${periodName(s(a, "period"), "vi")} (${s(a, "cutoff")}): thuộc báo cáo kỳ sau${a.leftOut ? "; dòng này không được nhập lần này" : ""}.`,
    hint: () => "Báo cáo trong biểu mẫu của quý sau, hoặc sửa ngày.",
  },
  "import/done-without-date": {
    description: "Biểu mẫu được nhập báo nhiệm vụ đã hoàn thành nhưng không có ngày hoàn thành.",
    message: (a) => `Nhiệm vụ ${s(a, "task")} ghi đã hoàn thành nhưng thiếu ngày hoàn thành.`,
    hint: () => "Ghi ngày hoàn thành (dd/mm/yyyy) vào dòng này.",
  },
  "import/completed-not-done": {
    description: "Một dòng của biểu mẫu được nhập có ngày hoàn thành nhưng tình trạng không phải là đã hoàn thành.",
    message: (a) => `Nhiệm vụ ${s(a, "task")} có ngày hoàn thành nhưng không ghi đã hoàn thành.`,
    hint: () => "Chọn Đã hoàn thành, hoặc xoá ngày hoàn thành.",
  },
  "import/bad-number": {
    description: "Ô chỉ tiêu của biểu mẫu được nhập không phải là số.",
    message: (a) => `"${s(a, "actual")}" không phải là số.`,
    hint: () => "Chỉ ghi số: 98,5 hoặc 98.5 (có thể kèm dấu %).",
  },
  "import/unknown-target": {
    description: "Cột chỉ tiêu của biểu mẫu được nhập ghi chỉ tiêu mà nhiệm vụ không còn có.",
    message: (a) => `Nhiệm vụ ${s(a, "task")} không còn chỉ tiêu "${s(a, "target")}".`,
    hint: () => "Gửi cơ quan biểu mẫu mới tạo từ kế hoạch hiện hành.",
  },
  "import/unknown-milestone": {
    description: "Cột ngày đạt mốc của biểu mẫu được nhập ghi ngày cho một mốc mà nhiệm vụ không có.",
    message: (a) =>
      Number(a.count) === 0
        ? `Nhiệm vụ ${s(a, "task")} không có mốc nào, nhưng mốc ${s(a, "n")} lại có ngày.`
        : `Nhiệm vụ ${s(a, "task")} có ${s(a, "count")} mốc, không có mốc ${s(a, "n")}.`,
    hint: () => "Để trống ô này, hoặc gửi cơ quan biểu mẫu mới tạo từ kế hoạch hiện hành.",
  },
  "import/evidence-mismatch": {
    description: "Các ô minh chứng của biểu mẫu được nhập có số lượng số hiệu văn bản và ngày không khớp nhau.",
    message: (a) => `Có ${s(a, "numbers")} số văn bản kiểm chứng nhưng ${s(a, "dates")} ngày văn bản.`,
    hint: () => "Mỗi văn bản ghi số và ngày, theo cùng thứ tự, cách nhau bằng dấu ;.",
  },
  "import/duplicate-entry": {
    description: "Một dòng được nhập báo cáo nhiệm vụ mà tệp tiến độ khác của quý đã báo cáo cho cùng cơ quan.",
    message: (a) => `${s(a, "agency")} đã báo cáo nhiệm vụ ${s(a, "task")} cho quý này trong ${s(a, "other")}.`,
    hint: () => "Xoá mục đó khỏi tệp kia, hoặc để trống dòng này.",
  },
  "import/edited-by-hand": {
    description: "Tệp tiến độ đã được sửa tay từ lần nhập trước, nên lệnh nhập giữ nguyên tệp nếu không có --force.",
    message: (a) => `${s(a, "target")} đã được sửa tay sau lần nhập trước${a.from ? ` từ ${s(a, "from")}` : ""}; giữ nguyên tệp.`,
    hint: () => "Xem các thay đổi (git diff), rồi nhập lại với --force để ghi đè.",
  },
  "import/same-form-twice": {
    description: "Hai sổ tính trong cùng một lần nhập là biểu mẫu của cùng một cơ quan, cùng một quý nhưng báo cáo khác nhau; không nhập sổ thứ hai.",
    message: (a) =>
      `Đây cũng là biểu mẫu của ${s(a, "agency")} cho ${s(a, "period")}, đã nhập từ ${s(a, "other")} trong lần này, nhưng báo cáo khác; không nhập tệp này.`,
    hint: () => "Hỏi lại cơ quan tệp nào là báo cáo của mình, rồi chỉ nhập tệp đó.",
  },
};
