// One way to print a target, an agency list, evidence and a task's shortened text (src/i18n/phrases.ts), and the
// two places that printed them wrongly before it: the plan diff's "≥ 1sáng kiến" and status listing a document twice.
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers";
import { diffEn } from "../src/i18n/en/diff";
import { diffVi } from "../src/i18n/vi/diff";
import { targetText } from "../src/format/build/diff";
import { agencyListPhrase, evidencePhrase, shortTaskText, targetLinePhrase, targetPhrase, taskTextPhrase } from "../src/i18n/phrases";
import type { Target } from "../src/model/types";

const initiatives: Target = {
  id: "initiatives-per-agency",
  metric: "sáng kiến/giải pháp của mỗi sở, ban, ngành, UBND các huyện, thành phố",
  comparison: ">=",
  value: 1,
  unit: "sáng kiến/giải pháp",
};

describe("targetPhrase", () => {
  it("writes a unit other than % after a space (the plan diff wrote '≥ 1sáng kiến/giải pháp')", () => {
    expect(targetText(initiatives, diffVi, "vi")).toBe(`${initiatives.metric} ≥ 1 sáng kiến/giải pháp`);
    expect(targetText(initiatives, diffEn, "en")).toBe(`${initiatives.metric} ≥ 1 sáng kiến/giải pháp`);
  });
  it("one goal for status, the progress template and show: %, a unit once, '=' left out only by show", () => {
    const pct = { metric: "tỷ lệ", comparison: "=", value: 62.5, unit: "%" } as const;
    expect(targetPhrase(pct, "vi")).toBe("= 62,5%");
    expect(targetPhrase(pct, "en")).toBe("= 62.5%");
    expect(targetPhrase(initiatives, "vi")).toBe("≥ 1");
    expect(targetPhrase(initiatives, "vi", { unit: "unless-in-metric" })).toBe("≥ 1");
    expect(targetPhrase({ ...initiatives, metric: "số" }, "vi", { unit: "unless-in-metric" })).toBe("≥ 1 sáng kiến/giải pháp");
    expect(targetPhrase({ metric: "x", comparison: "increase" }, "vi")).toBe("tăng");
    expect(targetPhrase({ metric: "x", comparison: "<=", value: null }, "en")).toBe("≤ ?");
    expect(targetLinePhrase({ ...pct, baseline: "2023" }, "vi")).toBe("tỷ lệ: 62,5% (so với 2023)");
    expect(targetLinePhrase({ ...pct, baseline: "2023" }, "en")).toBe("tỷ lệ: 62.5% (against 2023)");
  });
});

describe("evidencePhrase", () => {
  it("lists a document once, keeping the title either report gives", () => {
    const list = [
      { number: "1905/QĐ-UBND", date: "2024-08-30" },
      { number: "1905/QĐ-UBND", date: "2024-08-30", title: "Quyết định" },
      { number: "612/BC-UBND", date: "2024-08-28" },
    ];
    expect(evidencePhrase(list, "vi")).toBe("1905/QĐ-UBND ngày 30/08/2024 (Quyết định); 612/BC-UBND ngày 28/08/2024");
    expect(evidencePhrase(list, "en")).toBe("1905/QĐ-UBND of 30/08/2024 (Quyết định); 612/BC-UBND of 28/08/2024");
  });

  for (const format of ["md", "csv", "html"]) {
    it(`par status -q Q3 --format ${format} names each evidence document once per task (1905/QĐ-UBND was listed twice)`, async () => {
      const r = await runCli(["status", "-q", "Q3", "--format", format]);
      expect(r.code).toBe(0);
      const rows = r.stdout.split("\n").filter((l) => l.includes("1905/QĐ-UBND") || l.includes("388/BC-STP"));
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        for (const doc of ["1905/QĐ-UBND", "388/BC-STP"]) expect(row.split(doc).length - 1).toBeLessThanOrEqual(1);
      }
    });
  }
});

describe("agencyListPhrase and shortTaskText", () => {
  const a = [
    { name: "Sở Kế hoạch và Đầu tư", short: "Sở KH&ĐT", nameEn: "Department of Planning and Investment", qualifier: "chủ trì" },
    { name: "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch", short: "TT XTĐT" },
  ];
  it("short names with ', ', full names with '; ', English names in English", () => {
    expect(agencyListPhrase(a, "vi")).toBe("Sở KH&ĐT (chủ trì), TT XTĐT");
    expect(agencyListPhrase(a, "vi", { full: true })).toBe("Sở Kế hoạch và Đầu tư (chủ trì); Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch");
    expect(agencyListPhrase(a, "en", { full: true })).toBe("Department of Planning and Investment (chủ trì); Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch");
  });
  it("a task's words in full: text, then each item after the bullet", () => {
    expect(taskTextPhrase({ text: "Rà soát:", items: ["một", "hai"] }, "\u2013")).toBe("Rà soát:\n\u2013 một\n\u2013 hai");
    expect(taskTextPhrase({ items: ["một"] }, "+")).toBe("+ một");
  });
  it("a task's text, or its first item, cut at a space", () => {
    expect(shortTaskText({ text: null, items: ["Rà soát văn bản;", "Khác"] }, 70)).toBe("Rà soát văn bản");
    expect(shortTaskText({ text: "một hai ba bốn năm", items: [] }, 10)).toBe("một hai…");
  });
});
