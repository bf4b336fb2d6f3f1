// par agencies through the CLI: the registry with task counts as lead and as supporter, checked against the task files.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { PLAN_DIR, runCli, testLanguage } from "./helpers";

// These tests read English output unless they say otherwise.
testLanguage("en");
import { displayWidth } from "../src/format/tabular";

type Ref = string | { agency: string };
const tasks = readdirSync(join(PLAN_DIR, "tasks"))
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => parse(readFileSync(join(PLAN_DIR, "tasks", f), "utf8")) as { id: string; lead: Ref[]; support: Ref[] });
const named = (refs: Ref[]) => refs.map((r) => (typeof r === "string" ? r : r.agency));
const count = (role: "lead" | "support", id: string) => tasks.filter((t) => named(t[role]).includes(id)).length;

describe("par agencies", () => {
  it("json: every agency of agencies.yaml, in its order, with counts that match the task files", async () => {
    const r = await runCli(["agencies", "--format", "json"]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as any[];
    const registry = parse(readFileSync(join(PLAN_DIR, "agencies.yaml"), "utf8")).agencies as { id: string }[];
    expect(rows.map((x) => x.id)).toEqual(registry.map((a) => a.id));
    for (const row of rows) {
      expect(row.lead.direct, `${row.id} lead`).toBe(count("lead", row.id));
      expect(row.support.direct, `${row.id} support`).toBe(count("support", row.id));
      expect(row.lead.total).toBe(row.lead.direct + row.lead.viaGroup);
      expect(row.support.total).toBe(row.support.direct + row.support.viaGroup);
    }
    const snv = rows.find((x) => x.id === "snv");
    expect(snv).toMatchObject({ name: "Sở Nội vụ", kind: "department", groups: ["so-ban-nganh"], lead: { direct: 7 } });
    // Through "Các sở, ban, ngành": the tasks it leads; as supporter, those it supports less those Sở Nội vụ leads.
    expect(snv.lead.viaGroup).toBe(
      count("lead", "so-ban-nganh") - tasks.filter((t) => named(t.lead).includes("so-ban-nganh") && named(t.lead).includes("snv")).length,
    );
    const groupSupportsSnvLeads = tasks.filter(
      (t) => named(t.support).includes("so-ban-nganh") && named(t.lead).includes("snv") && !named(t.support).includes("snv"),
    ).length;
    expect(groupSupportsSnvLeads).toBeGreaterThan(0);
    expect(snv.support.viaGroup).toBe(
      tasks.filter((t) => named(t.support).includes("so-ban-nganh") && !named(t.support).includes("snv") && !named(t.lead).includes("snv")).length,
    );
    const district = rows.find((x) => x.id === "moc-chau");
    expect(district.lead).toEqual({ direct: 0, viaGroup: count("lead", "ubnd-cap-huyen"), total: count("lead", "ubnd-cap-huyen") });
    expect(rows.find((x) => x.id === "ubnd-cap-huyen").members).toHaveLength(12);
  });

  it("table: names, kinds and counts within the width; plain when not a terminal", async () => {
    const r = await runCli(["agencies"]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    const lines = r.stdout.trimEnd().split("\n");
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(100);
    const snv = lines.find((l) => l.startsWith("│ snv "))!;
    // Then the lineage column (issue 17): Sở Nội vụ took in Sở LĐ-TB&XH and gave religious affairs to Sở DT&TG.
    expect(snv).toMatch(/│ Sở Nội vụ +│ department +│ +7 \+ \d+ │ +6 \+ \d+ │ ← Sở LĐ-TB&XH +│$/);
    expect(r.stdout).toContain("Lead, Support: tasks that name the agency, + tasks that name a group it belongs to.");
    // The table ends with the count; the lineage and the duties under the decision's text follow.
    expect(lines).toContain("48 agencies and groups.");
    expect(lines.indexOf("48 agencies and groups.")).toBeLessThan(lines.indexOf("Lineage (outside the decision)"));
  });

  it("csv, tsv and md in Vietnamese", async () => {
    const csv = await runCli(["agencies", "--format", "csv", "--lang", "vi"]);
    expect(
      csv.stdout.startsWith(
        "\uFEFFMã,Tên,Tên ngắn,Loại,Thuộc nhóm,Chủ trì (được nêu tên),Chủ trì (kể cả qua nhóm),Phối hợp (được nêu tên),Phối hợp (kể cả qua nhóm),Lịch sử\r\n",
      ),
    ).toBe(true);
    expect(csv.stdout).toContain('\r\nsnv,Sở Nội vụ,Sở Nội vụ,sở,"Các sở, ban, ngành",7,');
    const tsv = await runCli(["agencies", "--format", "tsv"]);
    expect(tsv.stdout.split("\r\n")[1]!.split("\t").slice(0, 4)).toEqual(["snv", "Sở Nội vụ", "Sở Nội vụ", "department"]);
    const md = await runCli(["agencies", "--format", "md"]);
    expect(md.stdout.split("\n")[0]).toBe(
      "| ID | Name | Short name | Kind | Member of | Lead (named) | Lead (with groups) | Support (named) | Support (with groups) | Lineage |",
    );
    expect(md.stdout).toContain("| skhdt | Sở Kế hoạch và Đầu tư | Sở KH&ĐT | department |");
  });
});
