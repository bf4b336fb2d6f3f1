// par list --state (issue 16): tasks by where they stand at the cut-off, judged as par status does, on the invented
// test/fixtures/followup plan (latest quarter reported: Q3, cut-off 14/09/2024).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, runCli, testLanguage } from "./helpers";

testLanguage("en");
const DATA = join(FIXTURES, "followup", "data");
const ids = async (...args: string[]) => {
  const r = await runCli(["list", "--data", DATA, "--format", "json", ...args]);
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { id: string }[]).map((t) => t.id).sort();
};

describe("par list --state", () => {
  it("each state at the latest cut-off", async () => {
    expect(await ids("--state", "overdue")).toEqual(["1.b"]);
    expect(await ids("--state", "done")).toEqual(["2.a", "2.b"]);
    expect(await ids("--state", "in-progress")).toEqual(["1.a", "1.c", "2.c"]);
    expect(await ids("--state", "not-reported")).toEqual(["1.d", "2.d"]);
  });
  it("due-soon at the edges of --within: 1.a falls due 47 days after the cut-off (amended to 31/10/2024)", async () => {
    expect(await ids("--state", "due-soon")).toEqual([]);
    expect(await ids("--state", "due-soon", "--within", "46")).toEqual([]);
    expect(await ids("--state", "due-soon", "--within", "47")).toEqual(["1.a"]);
  });
  it("--as-of moves the cut-off: on 01/11/2024 1.a is overdue by one day", async () => {
    expect(await ids("--state", "overdue", "--as-of", "01/11/2024")).toContain("1.a");
    expect(await ids("--state", "due-soon", "--as-of", "01/10/2024")).toEqual(["1.a"]);
  });
  it("a state par does not know is a usage error", async () => {
    expect((await runCli(["list", "--data", DATA, "--state", "late"])).code).toBe(2);
    expect((await runCli(["list", "--data", DATA, "--state", "due-soon", "--within", "0"])).code).toBe(2);
  });
});
