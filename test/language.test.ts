// One rule for the language of every command: --lang, else PAR_LANG, else the locale when it names vi or en, else the
// plan's language (plan.yaml `language`, vi for the shipped plan), else Vietnamese. Help and usage errors included.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { selectLang } from "../src/i18n";
import { cleanEnv, copyOfData, runBin, runCli, tempDir } from "./helpers";

// This file states no language: every run goes by par's own rule.
const EN_LIST = /\d+ tasks\./;
const VI_LIST = /\d+ nhiệm vụ\./;

describe("selectLang", () => {
  it("--lang, then PAR_LANG, then the locale, then the plan, then vi", () => {
    expect(selectLang(undefined, { LANG: "C" })).toBe("vi");
    expect(selectLang(undefined, { LANG: "C" }, () => "en")).toBe("en");
    expect(selectLang(undefined, { LANG: "en_US.UTF-8" }, () => "vi")).toBe("en");
    expect(selectLang(undefined, { LANG: "vi_VN.UTF-8" }, () => "en")).toBe("vi");
    expect(selectLang(undefined, { LANG: "fr_FR.UTF-8" }, () => undefined)).toBe("vi");
    expect(selectLang(undefined, { LC_ALL: "en_GB.UTF-8", LANG: "vi_VN.UTF-8" })).toBe("en");
    expect(selectLang(undefined, { LC_MESSAGES: "vi_VN", LANG: "en_US" })).toBe("vi");
    expect(selectLang(undefined, { PAR_LANG: "en", LANG: "vi_VN.UTF-8" })).toBe("en");
    expect(selectLang("vi", { PAR_LANG: "en", LC_ALL: "en_US.UTF-8" }, () => "en")).toBe("vi");
    let asked = false;
    selectLang(undefined, { LANG: "en_US" }, () => ((asked = true), "vi"));
    expect(asked).toBe(false); // the plan is read only when nothing else decides
  });
});

describe("every command by the same rule", () => {
  it("no --lang, no PAR_LANG, LANG=C: Vietnamese (the plan's language) for lint, list, show, agencies, status", async () => {
    const env = cleanEnv({ PAR_LANG: undefined, LANG: "C" });
    expect((await runCli(["lint"], { env })).stdout).toMatch(/Không có vấn đề nào/);
    expect((await runCli(["list"], { env })).stdout).toMatch(VI_LIST);
    expect((await runCli(["show", "1.a"], { env })).stdout).toContain("Lĩnh vực");
    expect((await runCli(["agencies"], { env })).stdout).toContain("cơ quan và nhóm.");
    expect((await runCli(["status", "-q", "Q3"], { env })).stdout).toContain("Quý III/2024: kỳ báo cáo");
    const bad = await runCli(["show", "9.z"], { env });
    expect(bad.stderr).toContain("kế hoạch không có nhiệm vụ");
  });

  it("LANG=en_US.UTF-8: English, for status, export and progress too", async () => {
    const env = cleanEnv({ PAR_LANG: undefined, LANG: "en_US.UTF-8" });
    expect((await runCli(["list"], { env })).stdout).toMatch(EN_LIST);
    expect((await runCli(["lint"], { env })).stdout).toMatch(/No problems in/);
    expect((await runCli(["status", "-q", "Q3"], { env })).stdout).toContain("Q3 2024: reporting period");
    expect((await runCli(["export", "-q", "Q3", "-f", "md"], { env })).stdout).toContain("Q3 2024");
    expect((await runCli(["progress", "init", "-q", "Q4", "-o", "-"], { env })).stdout).toContain("# Progress report for Q4 2024");
  });

  it("LC_ALL beats LANG; PAR_LANG beats the locale; --lang beats all", async () => {
    expect((await runCli(["list"], { env: cleanEnv({ LC_ALL: "vi_VN.UTF-8", LANG: "en_US.UTF-8" }) })).stdout).toMatch(VI_LIST);
    expect((await runCli(["list"], { env: cleanEnv({ PAR_LANG: "en", LANG: "vi_VN.UTF-8" }) })).stdout).toMatch(EN_LIST);
    expect((await runCli(["status", "-q", "Q3"], { env: cleanEnv({ PAR_LANG: "en" }) })).stdout).toContain("Completed");
    expect((await runCli(["list", "--lang", "vi"], { env: cleanEnv({ PAR_LANG: "en", LC_ALL: "en_US.UTF-8" }) })).stdout).toMatch(VI_LIST);
    expect((await runCli(["--lang", "en", "status", "-q", "Q3"], { env: cleanEnv({ PAR_LANG: "vi" }) })).stdout).toContain("Completed");
  });

  it("a plan that says `language: en` speaks English when nothing else says, help included", async () => {
    const data = copyOfData();
    const planFile = join(data, "son-la-2024", "plan.yaml");
    writeFileSync(planFile, readFileSync(planFile, "utf8").replace(/^language: vi$/m, "language: en"));
    const env = cleanEnv({ PAR_LANG: undefined, LANG: "C" });
    expect((await runCli(["--data", data, "lint"], { env })).stdout).toMatch(/No problems in/);
    expect((await runCli(["--data", data, "status", "-q", "Q3"], { env })).stdout).toContain("Completed");
    expect((await runCli(["--data", data, "list", "--help"], { env })).stdout).toMatch(/^Usage: par list/);
    expect((await runCli(["--data", data, "list"], { env: cleanEnv({ LANG: "vi_VN.UTF-8" }) })).stdout).toMatch(VI_LIST);
  });

  it("plan.yaml's language must be vi or en", async () => {
    const data = copyOfData();
    const planFile = join(data, "son-la-2024", "plan.yaml");
    writeFileSync(planFile, readFileSync(planFile, "utf8").replace(/^language: vi$/m, "language: fr"));
    const r = await runCli(["--lang", "en", "--data", data, "lint"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("plan.yaml");
    expect(r.stdout).toContain("language");
  });
});

describe("help and usage errors by the same rule", () => {
  it("--help in Vietnamese by default, in English with an English locale; the built bin too", () => {
    const vi = runBin(["--help"], { env: cleanEnv({ LANG: "C" }) });
    expect(vi.code).toBe(0);
    expect(vi.stdout).toMatch(/^Cách dùng: par/);
    expect(vi.stdout).toContain("Tuỳ chọn:");
    expect(vi.stdout).toContain("Lệnh:");
    expect(vi.stdout).toContain("hiện trợ giúp của lệnh");
    const sub = runBin(["status", "--help"], { env: cleanEnv({ LANG: "C" }) });
    expect(sub.stdout).toContain("tình hình thực hiện kế hoạch");
    expect(sub.stdout).toContain("Mã thoát:");
    expect(sub.stdout).toMatch(/chọn một\s+trong/);
    const en = runBin(["status", "--help"], { env: cleanEnv({ LANG: "en_US.UTF-8" }) });
    expect(en.stdout).toMatch(/^Usage: par status/);
    expect(en.stdout).toContain("Exit codes:");
    expect(runBin(["--lang", "en", "--help"], { env: cleanEnv({ LANG: "vi_VN.UTF-8" }) }).stdout).toMatch(/^Usage: par/);
  });

  it("help when the plan cannot be read: the rule without the plan, then Vietnamese", () => {
    const nowhere = tempDir();
    expect(runBin(["--data", join(nowhere, "missing"), "list", "--help"], { env: cleanEnv({ LANG: "C" }) }).stdout).toMatch(/^Cách dùng: par list/);
    expect(runBin(["list", "--help"], { cwd: nowhere, env: cleanEnv({ LANG: "en_US.UTF-8" }) }).stdout).toMatch(/^Usage: par list/);
  });

  it("usage errors in the same language", async () => {
    const vi = await runCli(["status", "--quater", "Q3"], { env: cleanEnv({ LANG: "C" }) });
    expect(vi.code).toBe(2);
    expect(vi.stderr).toMatch(/^lỗi: không có tuỳ chọn '--quater'\n\(Có phải ý bạn là --quarter\?\)/);
    const cmd = await runCli(["lis"], { env: cleanEnv({ LANG: "C" }) });
    expect(cmd.stderr).toContain("lỗi: không có lệnh 'lis'");
    const en = await runCli(["status", "--quater", "Q3"], { env: cleanEnv({ PAR_LANG: "en" }) });
    expect(en.stderr).toMatch(/^error: unknown option '--quater'\n\(Did you mean --quarter\?\)/);
    const missing = await runCli(["show"], { env: cleanEnv({ LANG: "C" }) });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("lỗi: thiếu đối số bắt buộc 'id'");
  });
});

describe("the schemas speak Vietnamese too (editors show the descriptions on hover)", () => {
  it("every description is bilingual, Vietnamese — English, and ajv's strict mode accepts the schemas", async () => {
    const { readdirSync } = await import("node:fs");
    const { ROOT } = await import("./helpers");
    const Ajv2020 = (await import("ajv/dist/2020")).default;
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
    const dir = join(ROOT, "schemas");
    const descriptions: string[] = [];
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === "object")
        for (const [k, v] of Object.entries(x)) {
          if (k === "description" && typeof v === "string") descriptions.push(v);
          else walk(v);
        }
    };
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".schema.json"))) {
      const schema = JSON.parse(readFileSync(join(dir, f), "utf8"));
      walk(schema);
      ajv.addSchema(schema);
    }
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".schema.json")))
      expect(ajv.getSchema(JSON.parse(readFileSync(join(dir, f), "utf8")).$id)).toBeTruthy();
    expect(descriptions.length).toBeGreaterThan(90);
    for (const d of descriptions) {
      const [vi, en] = d.split(" — ");
      expect(en, d).toBeTruthy();
      expect(vi, d).not.toBe(en);
    }
    expect(descriptions).toContain("Tên đầy đủ bằng tiếng Việt. — Full Vietnamese name.");
  });
});
