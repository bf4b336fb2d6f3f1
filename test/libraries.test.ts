// Issue 13, item 7: libraries where they do the job. Edit distance is fastest-levenshtein's, with the guards that keep
// a huge value from being measured against every candidate; calendar arithmetic is dayjs's.
import { describe, expect, it } from "vitest";
import { matchAgency } from "../src/model/agencies";
import { nearTaskIds } from "../src/model/task-ids";
import { nearest } from "../src/validate/schema";
import { addDays, daysBetween, endOfMonth, endOfQuarter, formatViDate, isoOf, startOfQuarter } from "../src/model/dates";
import { calendarRange, reportingWindow, type Period } from "../src/model/period";
import { copyFileSync, mkdirSync, readdirSync, realpathSync, symlinkSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import * as nodeFs from "node:fs";
import { writeFileAtomic, type WriteFs } from "../src/load/write";
import { BIN, PLAN_DIR, ROOT, copyOfData, runCli, tempDir } from "./helpers";
import { diskSource, openPlan } from "../src/workspace";

const plan = openPlan(diskSource(PLAN_DIR), PLAN_DIR).plan!;
const ids = plan.tasks.map((t) => t.id);
const huge = "Sở Nội vụ" + "ệ".repeat(1_400_000); // about 4 MiB, one word matching no name

describe("edit distance (fastest-levenshtein)", () => {
  it("suggests as before: a typo of an agency, a task id, a schema key", () => {
    const typo = matchAgency("so tu phapp", plan.agencies);
    expect(typo.kind).toBe("unknown");
    if (typo.kind === "unknown") expect(typo.suggestions[0]?.id).toBe("stp");
    expect(nearTaskIds("2.g", ids)[0]).toMatch(/^2\./);
    expect(nearest("dealine", ["deadline", "lead", "support"])).toBe("deadline");
    expect(nearest("xyz", ["deadline", "lead"])).toBeUndefined();
  });

  it("a 4 MiB --agency is not measured against every agency name (it took over 30 s): unknown, the name sharing its words suggested", () => {
    const m = matchAgency(huge, plan.agencies);
    expect(m.kind).toBe("unknown");
    if (m.kind === "unknown") {
      expect(m.suggestions.map((a) => a.id)).toEqual(["snv"]);
      expect(m.typo).toBeUndefined();
    }
    expect(
      nearest(
        huge,
        plan.agencies.map((a) => a.id),
      ),
    ).toBeUndefined();
    expect(nearTaskIds(huge, ids)).toEqual([]);
  });
});

describe("calendar arithmetic (dayjs)", () => {
  const utcDays = (iso: string) => Date.UTC(2000, Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
  it("month and quarter ends, as the calendar has them, leap years included", () => {
    expect(endOfMonth(2024, 2)).toBe("2024-02-29");
    expect(endOfMonth(2023, 2)).toBe("2023-02-28");
    expect(endOfMonth(1900, 2)).toBe("1900-02-28");
    expect(endOfMonth(2000, 2)).toBe("2000-02-29");
    expect(endOfMonth(2024, 12)).toBe("2024-12-31");
    expect([1, 2, 3, 4].map((q) => [startOfQuarter(2024, q), endOfQuarter(2024, q)])).toEqual([
      ["2024-01-01", "2024-03-31"],
      ["2024-04-01", "2024-06-30"],
      ["2024-07-01", "2024-09-30"],
      ["2024-10-01", "2024-12-31"],
    ]);
    for (let y = 1999; y <= 2030; y++) for (let m = 1; m <= 12; m++) expect(endOfMonth(y, m)).toBe(isoOf(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate()));
  });

  it("reporting windows (Decree 09): the 15th of the month before to the 14th of the last month", () => {
    const w = (p: Period) => reportingWindow(p, "decree-09");
    expect(w({ kind: "quarter", year: 2024, quarter: 3 })).toEqual({ start: "2024-06-15", end: "2024-09-14" });
    expect(w({ kind: "quarter", year: 2024, quarter: 1 })).toEqual({ start: "2023-12-15", end: "2024-03-14" });
    expect(w({ kind: "half-year", year: 2024 })).toEqual({ start: "2023-12-15", end: "2024-06-14" });
    expect(w({ kind: "nine-months", year: 2024 })).toEqual({ start: "2023-12-15", end: "2024-09-14" });
    expect(w({ kind: "year", year: 2024 })).toEqual({ start: "2023-12-15", end: "2024-12-14" });
    expect(w({ kind: "month", year: 2024, month: 1 })).toEqual({ start: "2023-12-15", end: "2024-01-14" });
    expect(w({ kind: "month", year: 2024, month: 10 })).toEqual({ start: "2024-09-15", end: "2024-10-14" });
    expect(reportingWindow({ kind: "quarter", year: 2024, quarter: 3 }, "calendar")).toEqual({ start: "2024-07-01", end: "2024-09-30" });
    expect(calendarRange({ kind: "half-year", year: 2024 })).toEqual({ start: "2024-01-01", end: "2024-06-30" });
  });

  it("days between and days after, dd/mm/yyyy", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2024-03-01", "2024-02-28")).toBe(-2);
    expect(daysBetween("2023-12-31", "2024-12-31")).toBe(366);
    expect(daysBetween("2024-03-30", "2024-03-31")).toBe(1); // no daylight saving moves a day: UTC
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(formatViDate("2024-03-05")).toBe("05/03/2024");
    expect(formatViDate("2024-02-30")).toBe("30/02/2024"); // quoted as written in a message about it
    expect(formatViDate("Quý III")).toBe("Quý III");
    expect(utcDays("2000-03-01") - utcDays("2000-02-28")).toBe(daysBetween("2000-02-28", "2000-03-01"));
  });

  it("years before 100 are not read as 19xx (Date.UTC and dayjs do): the old days-between and days-after did", () => {
    expect(addDays("0004-02-28", 1)).toBe("0004-02-29");
    expect(addDays("0050-12-31", 1)).toBe("0051-01-01");
    expect(daysBetween("0099-12-31", "0100-01-01")).toBe(1);
    expect(daysBetween("0001-01-01", "2001-01-01")).toBe(730_485);
    expect(endOfMonth(50, 2)).toBe("0050-02-28");
    expect(endOfQuarter(4, 1)).toBe("0004-03-31");
    expect(formatViDate("0050-02-28")).toBe("28/02/0050");
  });
});

/** bin/par and the built bundle in a folder of their own, without a code cache yet. */
function binCopy(): string {
  const d = tempDir();
  mkdirSync(join(d, "bin"));
  mkdirSync(join(d, "dist"));
  copyFileSync(BIN, join(d, "bin", "par"));
  copyFileSync(join(ROOT, "package.json"), join(d, "package.json"));
  copyFileSync(join(ROOT, "dist", "cli.cjs"), join(d, "dist", "cli.cjs"));
  symlinkSync(join(ROOT, "node_modules"), join(d, "node_modules"));
  return d;
}

describe("every write through writeFileAtomic", () => {
  it("par lint --cache: a cache that cannot be put in place (its name is a folder) leaves no temporary file beside it", async () => {
    const d = join(copyOfData(), "..");
    mkdirSync(join(d, ".par-cache", "lint.json"), { recursive: true });
    const r = await runCli(["lint", "--cache"], { cwd: d });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(readdirSync(join(d, ".par-cache"))).toEqual(["lint.json"]);
  });

  it("bin/par: a code cache that cannot be put in place leaves no temporary file in dist/", () => {
    const d = binCopy();
    mkdirSync(join(d, "dist", "cli.cjs.cache")); // a folder where the cache file goes
    const r = spawnSync(process.execPath, [join(d, "bin", "par"), "agencies", "-f", "json"], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(readdirSync(join(d, "dist")).sort()).toEqual(["cli.cjs", "cli.cjs.cache"]);
  });

  it("bin/par writes its code cache whole on the first run and reads it on the next", () => {
    const d = binCopy();
    const run = () => spawnSync(process.execPath, [join(d, "bin", "par"), "agencies", "-f", "json"], { cwd: ROOT, encoding: "utf8" });
    const first = run();
    expect(first.status).toBe(0);
    expect(readdirSync(join(d, "dist")).sort()).toEqual(["cli.cjs", "cli.cjs.cache"]);
    expect(
      nodeFs
        .readFileSync(join(d, "dist", "cli.cjs.cache"))
        .subarray(0, 14)
        .toString(),
    ).toBe("par-code-cache");
    expect(run().stdout).toBe(first.stdout);
  });

  it("bin/par writes the cache again after the first run of a command it has not seen, and only then", () => {
    const d = binCopy();
    const cache = join(d, "dist", "cli.cjs.cache");
    const run = (...args: string[]) => expect(spawnSync(process.execPath, [join(d, "bin", "par"), ...args], { cwd: ROOT, encoding: "utf8" }).status).toBe(0);
    const seen = () => nodeFs.readFileSync(cache).subarray(64, 128).toString("latin1").trim();
    run("--lang", "en", "--help");
    expect(seen()).toBe("-");
    const small = nodeFs.statSync(cache).size;
    run("--lang", "en", "agencies", "-f", "json");
    expect(seen()).toBe("-,agencies");
    // The functions `agencies` compiled are in it now, beside those of the help.
    expect(nodeFs.statSync(cache).size).toBeGreaterThan(small);
    const written = nodeFs.readFileSync(cache);
    run("agencies", "--lang", "en");
    expect(nodeFs.readFileSync(cache).equals(written)).toBe(true);
  });

  it("durable: false skips the flush (temporary and cache files); the default flushes", () => {
    const d = realpathSync(tempDir());
    let flushes = 0;
    const fs: WriteFs = {
      ...nodeFs,
      fsyncSync: (fd: number) => {
        flushes++;
        nodeFs.fsyncSync(fd);
      },
    };
    expect(writeFileAtomic(join(d, "a.txt"), "a", { fs })).toBe("written");
    expect(flushes).toBe(1);
    expect(writeFileAtomic(join(d, "b.txt"), "b", { fs, durable: false })).toBe("written");
    expect(flushes).toBe(1);
    expect(readdirSync(d).sort()).toEqual(["a.txt", "b.txt"]);
  });
});
