import { describe, expect, it } from "vitest";
import { runCli } from "./helpers";

describe("par lint on the shipped plan", () => {
  it("finds no errors", async () => {
    const r = await runCli(["lint"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/No problems in \d+ files\./);
    expect(r.code).toBe(0);
  });
});
