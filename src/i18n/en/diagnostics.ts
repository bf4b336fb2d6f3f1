// English messages for every diagnostic code.
import type { Args, DiagnosticCatalogue } from "../types";
import { periodName } from "../period";
import { PlaceName, placeName, typeWords } from "../place";

const s = (a: Args, k: string) => String(a[k] ?? "");
const props = (a: Args, or: string) =>
  s(a, "property")
    .split(" | ")
    .map((x) => `"${x}"`)
    .join(or);
const at = (a: Args) => placeName(a, "en");
const At = (a: Args) => PlaceName(a, "en");
const forms = (a: Args) => (a.forms === "iso" ? "YYYY-MM-DD" : "dd/mm/yyyy or YYYY-MM-DD");
const didYouMean = (a: Args) => (a.suggestion ? ` Did you mean "${s(a, "suggestion")}"?` : "");

export const diagnosticsEn: DiagnosticCatalogue = {
  "io/not-found": { message: (a) => `No such file or folder: ${s(a, "path")}.`, hint: () => "Check the path, or run par from the folder that holds data/." },
  "io/unreadable": { message: (a) => `Cannot read this file (${s(a, "reason")}).`, hint: () => "Check that the file exists and that you may read it." },
  "io/too-large": {
    message: (a) => `The file is ${s(a, "size")} bytes, over the limit of ${s(a, "limit")} bytes.`,
    hint: () => "A plan file is a few kilobytes; split it, or check that this is the file you meant.",
  },
  "io/loop": {
    message: () => "This folder links back to a folder already read (a symlink loop); it was skipped.",
    hint: () => "Remove the symbolic link or point it elsewhere.",
  },
  "encoding/binary": { message: () => "This is a binary file, not YAML text.", hint: () => "Remove it from the plan folder, or save it as UTF-8 text." },
  "encoding/utf16": {
    message: () => "The file is encoded as UTF-16; par reads UTF-8.",
    hint: () => "Save it again as UTF-8 (in Notepad: Save As → Encoding: UTF-8).",
  },
  "encoding/not-utf8": {
    message: (a) => `The file is not valid UTF-8 (byte ${s(a, "byte")} here); it may be in a legacy encoding such as Windows-1258 or TCVN3.`,
    hint: () => "Convert it to UTF-8 (iconv -f WINDOWS-1258 -t UTF-8, or Save As → UTF-8 in your editor).",
  },
  "yaml/empty": { message: () => "The file is empty.", hint: () => "Write the file's content, starting with its `format:` line, or delete the file." },
  "yaml/syntax": {
    message: (a) => `YAML syntax error: ${s(a, "detail")}.`,
    hint: () => "Check indentation (spaces, not tabs), colons after keys, and quotes around text that contains ': ' or starts with a special character.",
  },
  "yaml/duplicate-key": {
    message: (a) => `The key "${s(a, "key")}" appears twice in the same mapping.`,
    hint: () => "Keep one of them: YAML keeps only one value per key.",
  },
  "yaml/multiple-documents": {
    message: () => "The file holds more than one YAML document (a second '---').",
    hint: () => "Keep one document per file: one task per file.",
  },
  "yaml/alias-limit": {
    message: (a) => `The file expands more than ${s(a, "limit")} aliases (*name); it is refused as a possible alias bomb.`,
    hint: () => "Write the values out instead of using anchors and aliases.",
  },
  "yaml/alias-cycle": {
    message: (a) => `The alias *${s(a, "name")} stands inside the value anchored as &${s(a, "name")}: that value would contain itself, without end.`,
    hint: () => "Write the value out here instead of the alias, or anchor another value.",
  },
  "yaml/too-deep": {
    message: (a) => `The file nests collections deeper than ${s(a, "limit")} levels.`,
    hint: () => "Plan files need only a few levels; check the indentation or brackets.",
  },
  "yaml/not-a-mapping": {
    message: () => "The file's top level is not a mapping of keys to values.",
    hint: (a) => `Start the file with \`format: ${s(a, "expected")}\` and the keys its schema lists.`,
  },
  "format/missing": {
    message: () => "The file does not say which format it is written in.",
    hint: (a) => `Add \`format: ${s(a, "expected")}\` as the first key.`,
  },
  "format/unknown": {
    message: (a) => `Unknown format ${s(a, "actual")}.`,
    hint: (a) => `Use one of par-plan/1, par-agencies/1, par-task/1, par-progress/1 (for this file probably \`${s(a, "expected")}\`).`,
  },
  "format/unsupported-version": {
    message: (a) => `This file is written in ${s(a, "actual")}, which this version of par does not read.`,
    hint: (a) => `This par reads ${s(a, "expected")}: upgrade par, or write the file in ${s(a, "expected")}.`,
  },
  "schema/required": {
    message: (a) => `Missing required property ${props(a, " or ")} in ${at(a)}.`,
    hint: (a) => `Add \`${s(a, "property").split(" | ")[0]}:\` here; the schema's description in your editor says what it holds.`,
  },
  "schema/additional-property": {
    message: (a) => `Unknown property "${s(a, "property")}" in ${at(a)}.${didYouMean(a)}`,
    hint: () => "Remove it or correct its spelling; see the schema for the properties allowed here.",
  },
  "schema/type": {
    message: (a) => `${At(a)} must be ${typeWords(s(a, "expected"), "en")}, not ${typeWords(s(a, "actual"), "en")}.`,
    hint: () => "Quote text that YAML reads as a number, date or boolean; write lists with '- '.",
  },
  "schema/enum": { message: (a) => `${At(a)} is ${s(a, "actual")}, which is not allowed.${didYouMean(a)}`, hint: (a) => `Use one of: ${s(a, "allowed")}.` },
  "schema/const": { message: (a) => `${At(a)} must be ${s(a, "expected")}, not ${s(a, "actual")}.`, hint: (a) => `Write ${s(a, "expected")}.` },
  "schema/pattern": {
    message: (a) => `${At(a)} is ${s(a, "actual")}, which is not in the expected form.`,
    hint: (a) =>
      a.form === "id"
        ? "Write an id: lowercase ASCII letters, digits and dashes (snv, ubnd-cap-huyen)."
        : a.form === "task-id"
          ? 'Write a task id: the area number, a dot and the letter ("1.đ"), in quotes.'
          : a.form === "quarter"
            ? 'Write the quarter as YYYY-Qn ("2024-Q3").'
            : a.form === "month"
              ? 'Write the month as YYYY-MM ("2024-12").'
              : `It must match ${s(a, "pattern")}.`,
  },
  "schema/min-items": {
    message: (a) => `${At(a)} needs at least ${s(a, "limit")} item(s).`,
    hint: () => "Add the missing items, or remove the key if it may be absent.",
  },
  "schema/min-length": { message: (a) => `${At(a)} must not be empty.`, hint: () => "Write the text, or remove the key if it may be absent." },
  "schema/minimum": { message: (a) => `${At(a)} is ${s(a, "actual")}, below the minimum ${s(a, "limit")}.`, hint: () => "Correct the number." },
  "schema/maximum": { message: (a) => `${At(a)} is ${s(a, "actual")}, above the maximum ${s(a, "limit")}.`, hint: () => "Correct the number." },
  "schema/unique-items": { message: (a) => `${At(a)} lists the same item twice.`, hint: () => "Remove the repeated item." },
  "schema/invalid": { message: (a) => `${At(a)} does not match the schema: ${s(a, "detail")}.`, hint: () => "See the schema's description for this field." },
  "schema/date": {
    message: (a) => `${At(a)} is ${s(a, "actual")}, not a date in a form par reads (${forms(a)}).`,
    hint: (a) =>
      (a.suggestion
        ? `Write ${s(a, "suggestion")}`
        : `Write the date as ${a.forms === "iso" ? "YYYY-MM-DD (2024-09-15)" : "dd/mm/yyyy (15/09/2024) or YYYY-MM-DD (2024-09-15)"}`) +
      (a.nullable ? ", or leave it empty while it is not known." : "."),
  },
  "schema/number-text": {
    message: (a) => `${At(a)} is the text ${s(a, "actual")}, not a number.`,
    hint: (a) =>
      a.reason === "percent"
        ? `Write the number without %: ${s(a, "number")}.`
        : a.reason === "comma"
          ? `Write the number with a decimal point: ${s(a, "number")}.`
          : `Write the number without quotes: ${s(a, "number")}.`,
  },
  "schema/not-finite": {
    message: (a) => `${At(a)} is ${s(a, "actual")}, which is not a finite number.`,
    hint: () => "Write an ordinary number, such as 95 or 96.2.",
  },
  "plan/missing": {
    message: (a) => `The plan folder ${s(a, "dir")} has no plan.yaml.`,
    hint: () => "Add plan.yaml (format: par-plan/1) with the plan's province, year, title, decision and areas.",
  },
  "plan/duplicate": {
    message: (a) => `A second plan file in one plan folder (the plan is ${s(a, "other")}).`,
    hint: () => "Keep one par-plan file per plan folder; put another plan in a folder of its own.",
  },
  "plan/agencies-missing": {
    message: (a) => `The plan folder ${s(a, "dir")} has no agency registry.`,
    hint: () => "Add agencies.yaml (format: par-agencies/1) listing every agency the tasks name.",
  },
  "plan/area-sequence": {
    message: (a) => `Area number ${s(a, "actual")} is out of sequence; expected ${s(a, "expected")}.`,
    hint: () => "Number the areas 1, 2, 3, … in the order the plan lists them.",
  },
  "plan/invalid-date": {
    message: (a) => `${s(a, "actual")} is not a real date.`,
    hint: () => "Write the date as YYYY-MM-DD, or null while the source leaves it blank.",
  },
  "task/duplicate-id": {
    message: (a) => `Task ${s(a, "id")} is defined twice (also in ${s(a, "other")}).`,
    hint: () => "Each task has one file: remove one, or correct its area and letter.",
  },
  "task/id-mismatch": {
    message: (a) => `The id "${s(a, "id")}" does not match area and letter (${s(a, "expected")}).`,
    hint: (a) => `Write \`id: "${s(a, "expected")}"\`, or correct area or letter.`,
  },
  "task/file-name": {
    message: (a) => `Task ${s(a, "id")} is in ${s(a, "name")}; its file should be named ${s(a, "expected")}.`,
    hint: (a) => `Rename the file to ${s(a, "expected")} (đ is spelled dd).`,
  },
  "task/unknown-area": {
    message: (a) => `Area ${s(a, "area")} is not one of the plan's areas (${s(a, "areas")}).`,
    hint: () => "Correct the area, or add the area to plan.yaml.",
  },
  "task/letter-gap": {
    message: (a) => `In area ${s(a, "area")}, letter ${s(a, "letter")} follows a gap: ${s(a, "missing")} missing.`,
    hint: () => "Letters run a, b, c, d, đ, e, g, h, i, k, … with no gap; re-letter the tasks or add the missing one.",
  },
  "task/letter-repeat": {
    message: (a) => `In area ${s(a, "area")}, letter ${s(a, "letter")} is used twice (also in ${s(a, "other")}).`,
    hint: () => "Give each task of an area its own letter.",
  },
  "task/empty-area": { message: (a) => `Area ${s(a, "area")} has no tasks.`, hint: () => "Add its tasks, or remove the area from plan.yaml." },
  "task/duplicate-agency": {
    message: (a) => `Agency ${s(a, "id")} is named twice in this task (already as ${s(a, "other")}).`,
    hint: () => "Name each agency once per task.",
  },
  "agency/unknown": {
    message: (a) => `Unknown agency "${s(a, "id")}".${didYouMean(a)}`,
    hint: () => "Use an id from agencies.yaml (`par agencies` lists them), or add the agency there.",
  },
  "agency/duplicate-id": { message: (a) => `Agency id "${s(a, "id")}" is defined twice.`, hint: () => "Give each agency its own id." },
  "agency/duplicate-alias": {
    message: (a) => `The name "${s(a, "name")}" also stands for agency ${s(a, "other")}.`,
    hint: () => "A name or alias may belong to one agency only, or queries become ambiguous.",
  },
  "agency/unknown-member": {
    message: (a) => `Group member "${s(a, "id")}" is not in the registry.${didYouMean(a)}`,
    hint: () => "Use an id defined in agencies.yaml.",
  },
  "agency/member-not-allowed": {
    message: (a) => `Agency ${s(a, "id")} is a ${s(a, "kind")}, not a group, but lists members.`,
    hint: () => "Set kind: group, or remove members.",
  },
  "lineage/unknown-agency": {
    message: (a) => `The lineage event names agency "${s(a, "id")}", which is not in the registry.${didYouMean(a)}`,
    hint: () => "Add the agency to agencies.yaml (with origin: editorial and its source when the decision does not name it), or use its id.",
  },
  "lineage/date-order": {
    message: (a) =>
      a.why === "ended"
        ? `This event of ${s(a, "date")} names ${s(a, "id")}, which had already ended on ${s(a, "other")}.`
        : `This event of ${s(a, "date")} names ${s(a, "id")}, which only comes into being on ${s(a, "other")}.`,
    hint: () => "Check the events' dates: an agency takes part in events between the day it starts and the day it ends.",
  },
  "lineage/cycle": {
    message: (a) => `The lineage goes round in a loop: ${s(a, "cycle")}.`,
    hint: () => "An agency cannot succeed itself: check the `from` and `to` of these events.",
  },
  "deadline/unparsed": {
    message: (a) => `par does not understand the deadline "${s(a, "text")}"; it uses the stated kind ${s(a, "kind")}.`,
    hint: () =>
      "Write it in a form par reads (Quý IV/2024, Tháng 12/2024, Năm 2024, Trước ngày 31 tháng 12 năm 2024, Thường xuyên, …), or keep it and check kind and dates by hand.",
  },
  "deadline/mismatch": {
    message: (a) => `The deadline says "${s(a, "text")}", which means ${s(a, "field")} ${s(a, "written")}, but the file states ${s(a, "stated")}.`,
    hint: (a) => `Make the wording and \`${s(a, "field")}\` agree: the wording is what the decision says.`,
  },
  "deadline/invalid-date": { message: (a) => `${s(a, "actual")} is not a real date.`, hint: () => "Write the date as YYYY-MM-DD (2024-12-31)." },
  "deadline/outside-plan-year": {
    message: (a) => `The deadline falls in ${s(a, "year")}, outside the plan's year ${s(a, "planYear")}.`,
    hint: () => "Correct the date, or add `outside_plan_year: true` to the deadline when the plan really sets it.",
  },
  "deadline/milestone-order": { message: (a) => `Milestone ${s(a, "label")} is not after ${s(a, "previous")}.`, hint: () => "List milestones in date order." },
  "target/duplicate-id": { message: (a) => `Target id "${s(a, "id")}" is used twice in this task.`, hint: () => "Give each target of a task its own id." },
  "target/value-missing": {
    message: (a) => `A target compared with "${s(a, "comparison")}" needs a value.`,
    hint: () => "Add `value:` (95 for 95%), or use comparison: increase.",
  },
  "target/percent-range": { message: (a) => `A percentage of ${s(a, "value")} is outside 0–100.`, hint: () => "Check the value and its unit." },
  "progress/unknown-task": {
    message: (a) => `Task ${s(a, "task")} is not in the plan.${didYouMean(a)}`,
    hint: () => 'Use a task id from the plan (`par list` shows them), as "1.đ".',
  },
  "progress/not-assigned": {
    message: (a) => `Agency ${s(a, "agency")} reports on task ${s(a, "task")}, which the plan does not assign to it.`,
    hint: () => "Report only on tasks your agency leads or supports (directly or through a group it belongs to).",
  },
  "progress/done-without-date": {
    message: (a) => `Task ${s(a, "task")} is marked done without a completion date.`,
    hint: () => "Add `completed:` with the date it was done (dd/mm/yyyy or YYYY-MM-DD).",
  },
  "progress/date-after-cutoff": {
    message: (a) => `The date ${s(a, "date")} is after the cut-off of ${periodName(s(a, "period"), "en")} (${s(a, "cutoff")}).`,
    hint: () => "Report it in the next period's file, or correct the date.",
  },
  "progress/duplicate-entry": {
    message: (a) => `Task ${s(a, "task")} is reported twice by ${s(a, "agency")} in this period (also in ${s(a, "other")}).`,
    hint: () => "Keep one entry per task and agency per period.",
  },
  "progress/conflict": {
    message: (a) =>
      a.kind === "same-period"
        ? `${s(a, "agency")} reports task ${s(a, "task")} twice in this period, and the reports disagree: ${s(a, "was")} (in ${s(a, "other")}) against ${s(a, "now")}.`
        : a.kind === "undone"
          ? `${s(a, "agency")} reported task ${s(a, "task")} as ${s(a, "was")} in ${periodName(s(a, "other"), "en")}, and now as ${s(a, "now")}.`
          : `${s(a, "agency")} reported task ${s(a, "task")} as ${s(a, "was")} in ${periodName(s(a, "other"), "en")}, and now as ${s(a, "now")}: the completion date changed.`,
    hint: (a) =>
      a.kind === "same-period"
        ? "Keep one entry per task and agency per period, with one state and completion date."
        : "A completed task stays completed on the day it was done: carry the same state and date forward, or correct the earlier report.",
  },
  "progress/unknown-target": {
    message: (a) => `Task ${s(a, "task")} has no target "${s(a, "target")}".${didYouMean(a)}`,
    hint: (a) => (a.targets ? `Use one of the task's target ids: ${s(a, "targets")}.` : "This task states no numeric target: remove `targets:`."),
  },
  "progress/period-mismatch": {
    message: (a) => `The file is in ${s(a, "location")} but says period ${s(a, "period")}.`,
    hint: () => "Make the file's place and its `period:` agree.",
  },
  "progress/outside-plan": {
    message: (a) => `Period ${s(a, "period")} is outside the plan of ${s(a, "planYear")}, whose reports run from ${s(a, "first")} to ${s(a, "last")}.`,
    hint: () => "Correct the year in `period:` and in the file's name, or move the file to the plan it belongs to.",
  },
  "progress/invalid-date": { message: (a) => `${s(a, "actual")} is not a real date.`, hint: () => "Write dates as dd/mm/yyyy or YYYY-MM-DD." },
  "progress/unknown-agency": {
    message: (a) => `Unknown reporting agency "${s(a, "agency")}".${didYouMean(a)}`,
    hint: () => "Use an id from agencies.yaml (`par agencies` lists them).",
  },
  "progress/unknown-milestone": {
    message: (a) =>
      `Task ${s(a, "task")} has no milestone "${s(a, "milestone")}"${a.milestones ? ` (its milestones: ${s(a, "milestones")})` : " (it has a single deadline)"}.`,
    hint: () => 'Name a milestone by its label as the plan writes it ("Lần 1") or its number (1); leave `milestones` out for a task with one deadline.',
  },
  "progress/no-evidence": {
    message: (a) => `Task ${s(a, "task")} is reported done without evidence documents.`,
    hint: () => "Add `evidence:` with each document's number and date (số, ngày văn bản): the PAR Index only scores evidenced work.",
  },
  "progress/completed-not-done": {
    message: (a) => `Task ${s(a, "task")} has a completion date but its state is ${s(a, "state")}.`,
    hint: () => "Set `state: done`, or remove `completed:`.",
  },
  "progress/misplaced": {
    message: (a) => `This progress file (period ${s(a, "period")}) is not where progress files go.`,
    hint: (a) => `Move it to progress/${s(a, "period")}.yaml, or to progress/${s(a, "period")}/AGENCY.yaml for one agency's report.`,
  },
  "progress/unfilled": {
    message: (a) => `The entry for ${s(a, "task")} is not filled in (no state): it is not read as a report.`,
    hint: () => "Write `state:` (not-started, in-progress or done) with what was done this quarter, or delete the entry.",
  },
  "progress/agency-file-name": {
    message: (a) => `The file is named ${s(a, "name")} but reports for agency ${s(a, "agency")}.`,
    hint: (a) => `Name the file ${s(a, "agency")}.yaml, or correct \`agency:\`.`,
  },
};
