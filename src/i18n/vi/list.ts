// Vietnamese words of `par list`, `par show` and `par agencies`: headers, roles, labels and messages.
import type { ListCatalogue } from "../en/list";

export const listVi: ListCatalogue = {
  header: {
    id: "TT",
    /** An agency's id (Vietnamese "TT" is a row's ordinal number, not an id). */
    agencyId: "Mã",
    area: "Lĩnh vực",
    letter: "Mục",
    task: "Nhiệm vụ, giải pháp",
    lead: "Cơ quan chủ trì",
    support: "Cơ quan phối hợp",
    deadline: "Thời gian hoàn thành",
    due: "Hạn",
    milestone: "Mốc",
    role: "Vai trò",
    via: "Qua nhóm",
    targets: "Chỉ tiêu",
    agency: "Cơ quan",
    name: "Tên",
    short: "Tên ngắn",
    kind: "Loại",
    leadDirect: "Chủ trì (được nêu tên)",
    leadTotal: "Chủ trì (kể cả qua nhóm)",
    supportDirect: "Phối hợp (được nêu tên)",
    supportTotal: "Phối hợp (kể cả qua nhóm)",
    groups: "Thuộc nhóm",
  },
  role: { lead: "chủ trì", support: "phối hợp" },
  via: (group: string) => `qua ${group}`,
  ongoing: "thường xuyên (không có hạn)",
  milestoneOf: (label: string | undefined, index: number, of: number) => `${label ?? `Lần ${index}`}/${of}`,
  count: (rows: number, tasks: number) => (rows === tasks ? `${tasks} nhiệm vụ.` : `${rows} mốc hạn của ${tasks} nhiệm vụ.`),
  noRows: "Không có nhiệm vụ nào phù hợp.",
  forAgency: (name: string, id: string) => `Nhiệm vụ của ${name} (${id})`,
  filters: {
    role: (r: string) => `vai trò ${r}`,
    direct: "được nêu tên trực tiếp",
    due: (from: string | undefined, to: string | undefined) => (from && to ? `hạn từ ${from} đến ${to}` : from ? `hạn từ ${from}` : `hạn đến ${to}`),
    includeOngoing: "kể cả nhiệm vụ thường xuyên",
    area: (n: number) => `lĩnh vực ${n}`,
    search: (t: string) => `nội dung có "${t}"`,
  },
  show: {
    bucket: "Tình trạng",
    reports: "Báo cáo",
    asAt: (period: string, cutoff: string) => `${period}, tính đến ${cutoff}`,
    area: "Lĩnh vực",
    task: "Nhiệm vụ",
    items: "Nội dung",
    lead: "Chủ trì",
    support: "Phối hợp",
    deadline: "Thời gian",
    due: "Hạn",
    amendments: "Điều chỉnh",
    inForce: (date: string) => `đang áp dụng tính đến ${date}`,
    targets: "Chỉ tiêu",
    note: "Ghi chú",
    transcription: "Ghi chú chép lại",
    file: "Tệp",
    members: (n: number) => `nhóm gồm ${n} cơ quan`,
    group: "nhóm",
    noDue: "không có: đánh giá theo từng kỳ báo cáo",
    recurring: (periods: string, day: number) => `báo cáo trước ngày ${day} của ${periods}`,
    periods: { quarter: "quý", "half-year": "6 tháng", "nine-months": "9 tháng", year: "năm" },
  },
  ics: {
    lead: "Cơ quan chủ trì",
    support: "Cơ quan phối hợp",
    deadline: "Thời gian hoàn thành",
    calendarName: (title: string) => title,
    alarm: (id: string, days: number, lead: string) => `Nhiệm vụ ${id} đến hạn sau ${days} ngày (chủ trì: ${lead})`,
  },
  kinds: {
    department: "sở",
    office: "văn phòng",
    centre: "trung tâm",
    association: "hiệp hội",
    "tax-office": "cơ quan thuế",
    district: "cấp huyện",
    commune: "cấp xã",
    organisation: "tổ chức",
    group: "nhóm",
  },
  agencies: {
    lead: "Chủ trì",
    support: "Phối hợp",
    legend: "Chủ trì, Phối hợp: số nhiệm vụ nêu tên cơ quan, + số nhiệm vụ nêu tên một nhóm có cơ quan đó.",
    count: (n: number) => `${n} cơ quan và nhóm.`,
  },
  lineage: {
    kinds: { renamed: "đổi tên", merged: "hợp nhất", split: "chia tách", transferred: "chuyển giao chức năng", dissolved: "chấm dứt hoạt động" },
    inherited: (from: string, kind: string, year: string) => `kế thừa từ ${from}, ${kind} ${year}`,
    unconfirmed: "ngày chưa được xác nhận",
    ended: (cmd: string, name: string, id: string, kind: string, date: string, unconfirmed: boolean, successors: string[]) =>
      `par ${cmd}: ${name} (${id}) ${kind} từ ngày ${date}${unconfirmed ? " (ngày chưa được xác nhận)" : ""}; ` +
      (successors.length ? `cơ quan kế thừa: ${successors.join("; ")}.` : "không có cơ quan kế thừa.") +
      " Dưới đây là các nhiệm vụ kế hoạch giao cho cơ quan này.",
    notYet: (cmd: string, name: string, id: string, asOf: string, date: string, unconfirmed: boolean) =>
      `par ${cmd}: ngày ${asOf} chưa có ${name} (${id}): cơ quan này có từ ngày ${date}${unconfirmed ? " (ngày chưa được xác nhận)" : ""}.`,
    heading: "Lịch sử tổ chức (ngoài quyết định)",
    event: (date: string, unconfirmed: boolean, kind: string, from: string, to: string) =>
      `${date}${unconfirmed ? " (ngày chưa được xác nhận)" : ""}, ${kind}: ${from}${to ? ` → ${to}` : ""}`,
    source: (text: string) => `nguồn: ${text}`,
    isNew: "mới",
    column: "Lịch sử",
    endedShort: (kind: string, year: string) => `${kind} ${year}`,
    startedShort: (year: string) => `từ ${year}`,
  },
  decision: {
    heading: "Nhiệm vụ theo phần lời của quyết định (ngoài phụ lục; xem một phần: par show III.1)",
    assigned: "được giao",
    consolidates: "tổng hợp báo cáo",
    report: (what: string, periods: string, to: string, through: string | undefined) =>
      `báo cáo ${periods} về ${to}${through ? ` (qua ${through})` : ""}: ${what}`,
    periods: { quarter: "hàng quý", "half-year": "6 tháng", "nine-months": "9 tháng", year: "năm" },
    part: "Phần",
    agencies: "Giao cho (biên tập)",
    section: "Mục",
  },
  error: {
    binaryToTerminal: (cmd: string, format: string) =>
      `par ${cmd}: tệp ${format} là tệp nhị phân, không in ra màn hình. Hãy chuyển đầu ra chuẩn vào một tệp (par ${cmd} --format ${format} > tep.${format}).`,
    noBinaryOutput: (cmd: string, format: string) => `par ${cmd}: đầu ra này không nhận được nội dung tệp ${format}.`,
    ambiguousAgency: (cmd: string, q: string, candidates: string[]) =>
      `par ${cmd}: "${q}" khớp với nhiều cơ quan:\n${candidates.map((c) => `  ${c}`).join("\n")}\nHãy gõ thêm tên, hoặc dùng mã.`,
    unknownAgency: (cmd: string, q: string, suggestions: string[]) =>
      `par ${cmd}: không có cơ quan "${q}".` +
      (suggestions.length ? ` Có phải là:\n${suggestions.map((c) => `  ${c}`).join("\n")}\n` : "\n") +
      "`par agencies` liệt kê mọi cơ quan và nhóm.",
    departmentNote: (cmd: string, q: string, group: string, id: string) =>
      `par ${cmd}: kế hoạch không nêu tên "${q}"; kế hoạch giao nhiệm vụ cho các sở qua nhóm "${group}" (${id}). Dưới đây là nhiệm vụ của nhóm này, cũng là nhiệm vụ của sở.`,
    badDate: (cmd: string, option: string, value: string) =>
      `par ${cmd}: ${option} cần một ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd (ví dụ 31/10/2024), không phải "${value}".`,
    badPeriod: (cmd: string, value: string) =>
      `par ${cmd}: không đọc được kỳ "${value}". Hãy viết quý (Q3, 2024-Q3, Quý III), tháng (2024-10, 10/2024) hoặc năm (2024).`,
    emptyRange: (cmd: string, from: string, to: string) => `par ${cmd}: khoảng ngày đã chọn không còn ngày nào: từ ${from} đến ${to}.`,
    badArea: (cmd: string, value: string, areas: number[]) =>
      `par ${cmd}: --area cần số thứ tự một lĩnh vực của kế hoạch (${areas.join(", ")}), không phải "${value}".`,
    needsAgency: (cmd: string, option: string) => `par ${cmd}: ${option} chỉ dùng cùng --agency.`,
    unknownTask: (cmd: string, id: string, near: string[]) =>
      `par ${cmd}: kế hoạch không có nhiệm vụ "${id}".` +
      (near.length ? ` Các nhiệm vụ gần đó: ${near.join(", ")}.` : "") +
      " `par list --sort id` liệt kê tất cả.",
    badFormat: (cmd: string, value: string, formats: readonly string[]) => `par ${cmd}: không có định dạng "${value}"; dùng một trong ${formats.join(", ")}.`,
    unknownPart: (cmd: string, id: string, parts: string[]) => `par ${cmd}: phần lời của quyết định không có phần "${id}". Các phần: ${parts.join(", ")}.`,
  },
};
