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
  "io/not-found": {
    description: "A file the plan folder names does not exist: a symbolic link that points to nothing, or a file removed while par read the folder.",
    message: (a) => `No such file or folder: ${s(a, "path")}.`,
    hint: () => "If this is a symbolic link, point it at a file that exists, or remove it.",
  },
  "io/unreadable": {
    description: "A file or folder cannot be read (permissions, or another error from the file system).",
    message: (a) => `Cannot read this file (${s(a, "reason")}).`,
    hint: () => "Check that the file exists and that you may read it.",
  },
  "io/too-large": {
    description: "A file is over the size limit (4 MiB) and is not read.",
    message: (a) => `The file is ${s(a, "size")} bytes, over the limit of ${s(a, "limit")} bytes.`,
    hint: () => "A plan file is a few kilobytes; split it, or check that this is the file you meant.",
  },
  "io/loop": {
    description: "A folder links back to a folder already read (a symbolic link loop); it is skipped.",
    message: () => "This folder links back to a folder already read (a symlink loop); it was skipped.",
    hint: () => "Remove the symbolic link or point it elsewhere.",
  },
  "encoding/binary": {
    description: "A file in the plan folder is binary, not YAML text.",
    message: () => "This is a binary file, not YAML text.",
    hint: () => "Remove it from the plan folder, or save it as UTF-8 text.",
  },
  "encoding/utf16": {
    description: "A file is encoded as UTF-16; par reads UTF-8.",
    message: () => "The file is encoded as UTF-16; par reads UTF-8.",
    hint: () => "Save it again as UTF-8 (in Notepad: Save As → Encoding: UTF-8).",
  },
  "encoding/not-utf8": {
    description: "A file is not valid UTF-8, often text in a legacy Vietnamese encoding (Windows-1258, TCVN3).",
    message: (a) => `The file is not valid UTF-8 (byte ${s(a, "byte")} here); it may be in a legacy encoding such as Windows-1258 or TCVN3.`,
    hint: () => "Convert it to UTF-8 (iconv -f WINDOWS-1258 -t UTF-8, or Save As → UTF-8 in your editor).",
  },
  "yaml/empty": {
    description: "A YAML file is empty.",
    message: () => "The file is empty.",
    hint: () => "Write the file's content, starting with its `format:` line, or delete the file.",
  },
  "yaml/syntax": {
    description: "A file is not valid YAML.",
    message: (a) => `YAML syntax error: ${s(a, "detail")}.`,
    hint: () => "Check indentation (spaces, not tabs), colons after keys, and quotes around text that contains ': ' or starts with a special character.",
  },
  "yaml/duplicate-key": {
    description: "A key appears twice in the same mapping.",
    message: (a) => `The key "${s(a, "key")}" appears twice in the same mapping.`,
    hint: () => "Keep one of them: YAML keeps only one value per key.",
  },
  "yaml/multiple-documents": {
    description: "A file holds more than one YAML document.",
    message: () => "The file holds more than one YAML document (a second '---').",
    hint: () => "Keep one document per file: one task per file.",
  },
  "yaml/alias-limit": {
    description: "A file expands more aliases than par allows (a possible alias bomb).",
    message: (a) => `The file expands more than ${s(a, "limit")} aliases (*name); it is refused as a possible alias bomb.`,
    hint: () => "Write the values out instead of using anchors and aliases.",
  },
  "yaml/alias-cycle": {
    description: "An alias stands inside the value it names, so that value would contain itself.",
    message: (a) => `The alias *${s(a, "name")} stands inside the value anchored as &${s(a, "name")}: that value would contain itself, without end.`,
    hint: () => "Write the value out here instead of the alias, or anchor another value.",
  },
  "yaml/too-deep": {
    description: "A file nests collections deeper than par allows.",
    message: (a) => `The file nests collections deeper than ${s(a, "limit")} levels.`,
    hint: () => "Plan files need only a few levels; check the indentation or brackets.",
  },
  "yaml/not-a-mapping": {
    description: "A file's top level is not a mapping of keys to values.",
    message: () => "The file's top level is not a mapping of keys to values.",
    hint: (a) => `Start the file with \`format: ${s(a, "expected")}\` and the keys its schema lists.`,
  },
  "format/missing": {
    description: "A file has no `format:` line saying what kind of par file it is.",
    message: () => "The file does not say which format it is written in.",
    hint: (a) => `Add \`format: ${s(a, "expected")}\` as the first key.`,
  },
  "format/unknown": {
    description: "A file's `format:` names no kind of par file.",
    message: (a) => `Unknown format ${s(a, "actual")}.`,
    hint: (a) => `Use one of par-plan/1, par-agencies/1, par-task/1, par-progress/1 (for this file probably \`${s(a, "expected")}\`).`,
  },
  "format/unsupported-version": {
    description: "A file's `format:` names a version this par cannot read.",
    message: (a) => `This file is written in ${s(a, "actual")}, which this version of par does not read.`,
    hint: (a) => `This par reads ${s(a, "expected")}: upgrade par, or write the file in ${s(a, "expected")}.`,
  },
  "schema/required": {
    description: "A field the schema requires is missing.",
    message: (a) => `Missing required property ${props(a, " or ")} in ${at(a)}.`,
    hint: (a) => `Add \`${s(a, "property").split(" | ")[0]}:\` here; the schema's description in your editor says what it holds.`,
  },
  "schema/additional-property": {
    description: "A field the schema does not know (often a misspelt key).",
    message: (a) => `Unknown property "${s(a, "property")}" in ${at(a)}.${didYouMean(a)}`,
    hint: () => "Remove it or correct its spelling; see the schema for the properties allowed here.",
  },
  "schema/type": {
    description: "A value is of the wrong type (text for a number, a list for a mapping…).",
    message: (a) => `${At(a)} must be ${typeWords(s(a, "expected"), "en")}, not ${typeWords(s(a, "actual"), "en")}.`,
    hint: () => "Quote text that YAML reads as a number, date or boolean; write lists with '- '.",
  },
  "schema/enum": {
    description: "A value is not one of those the schema allows.",
    message: (a) => `${At(a)} is ${s(a, "actual")}, which is not allowed.${didYouMean(a)}`,
    hint: (a) => `Use one of: ${s(a, "allowed")}.`,
  },
  "schema/const": {
    description: "A value is not the one the schema requires.",
    message: (a) => `${At(a)} must be ${s(a, "expected")}, not ${s(a, "actual")}.`,
    hint: (a) => `Write ${s(a, "expected")}.`,
  },
  "schema/pattern": {
    description: "A text value is not in the form the schema requires (an id, a period, a date).",
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
    description: "A list has fewer items than the schema requires.",
    message: (a) => `${At(a)} needs at least ${s(a, "limit")} item(s).`,
    hint: () => "Add the missing items, or remove the key if it may be absent.",
  },
  "schema/min-length": {
    description: "A text is shorter than the schema allows (often empty).",
    message: (a) => `${At(a)} must not be empty.`,
    hint: () => "Write the text, or remove the key if it may be absent.",
  },
  "schema/minimum": {
    description: "A number is below the smallest the schema allows.",
    message: (a) => `${At(a)} is ${s(a, "actual")}, below the minimum ${s(a, "limit")}.`,
    hint: () => "Correct the number.",
  },
  "schema/maximum": {
    description: "A number is above the largest the schema allows.",
    message: (a) => `${At(a)} is ${s(a, "actual")}, above the maximum ${s(a, "limit")}.`,
    hint: () => "Correct the number.",
  },
  "schema/unique-items": {
    description: "A list holds the same item twice.",
    message: (a) => `${At(a)} lists the same item twice.`,
    hint: () => "Remove the repeated item.",
  },
  "schema/invalid": {
    description: "A value does not match the schema in another way.",
    message: (a) => `${At(a)} does not match the schema: ${s(a, "detail")}.`,
    hint: () => "See the schema's description for this field.",
  },
  "schema/date": {
    description: "A date is not in a form par reads (YYYY-MM-DD, or dd/mm/yyyy where allowed).",
    message: (a) => `${At(a)} is ${s(a, "actual")}, not a date in a form par reads (${forms(a)}).`,
    hint: (a) =>
      (a.suggestion
        ? `Write ${s(a, "suggestion")}`
        : `Write the date as ${a.forms === "iso" ? "YYYY-MM-DD (2024-09-15)" : "dd/mm/yyyy (15/09/2024) or YYYY-MM-DD (2024-09-15)"}`) +
      (a.nullable ? ", or leave it empty while it is not known." : "."),
  },
  "schema/number-text": {
    description: 'A number is written as text ("96,2", "95%").',
    message: (a) => `${At(a)} is the text ${s(a, "actual")}, not a number.`,
    hint: (a) =>
      a.reason === "percent"
        ? `Write the number without %: ${s(a, "number")}.`
        : a.reason === "comma"
          ? `Write the number with a decimal point: ${s(a, "number")}.`
          : `Write the number without quotes: ${s(a, "number")}.`,
  },
  "schema/not-finite": {
    description: "A number is not finite (.inf, .nan, or too large).",
    message: (a) => `${At(a)} is ${s(a, "actual")}, which is not a finite number.`,
    hint: () => "Write an ordinary number, such as 95 or 96.2.",
  },
  "plan/missing": {
    description: "A plan folder has no plan.yaml.",
    message: (a) => `The plan folder ${s(a, "dir")} has no plan.yaml.`,
    hint: () => "Add plan.yaml (format: par-plan/1) with the plan's province, year, title, decision and areas.",
  },
  "plan/duplicate": {
    description: "A plan folder holds a second plan file.",
    message: (a) => `A second plan file in one plan folder (the plan is ${s(a, "other")}).`,
    hint: () => "Keep one par-plan file per plan folder; put another plan in a folder of its own.",
  },
  "plan/agencies-missing": {
    description: "A plan folder has no agencies.yaml.",
    message: (a) => `The plan folder ${s(a, "dir")} has no agency registry.`,
    hint: () => "Add agencies.yaml (format: par-agencies/1) listing every agency the tasks name.",
  },
  "plan/area-sequence": {
    description: "The plan's areas are not numbered 1, 2, 3… in order.",
    message: (a) => `Area number ${s(a, "actual")} is out of sequence; expected ${s(a, "expected")}.`,
    hint: () => "Number the areas 1, 2, 3, … in the order the plan lists them.",
  },
  "plan/invalid-date": {
    description: "The plan's decision date is not a real date.",
    message: (a) => `${s(a, "actual")} is not a real date.`,
    hint: () => "Write the date as YYYY-MM-DD, or null while the source leaves it blank.",
  },
  "task/duplicate-id": {
    description: "Two task files hold the same task id.",
    message: (a) => `Task ${s(a, "id")} is defined twice (also in ${s(a, "other")}).`,
    hint: () => "Each task has one file: remove one, or correct its area and letter.",
  },
  "task/id-mismatch": {
    description: "A task's id does not match its area and letter.",
    message: (a) => `The id "${s(a, "id")}" does not match area and letter (${s(a, "expected")}).`,
    hint: (a) => `Write \`id: "${s(a, "expected")}"\`, or correct area or letter.`,
  },
  "task/file-name": {
    description: "A task file's name does not match its task (tasks/AREA-LETTER.yaml).",
    message: (a) => `Task ${s(a, "id")} is in ${s(a, "name")}; its file should be named ${s(a, "expected")}.`,
    hint: (a) => `Rename the file to ${s(a, "expected")} (đ is spelled dd).`,
  },
  "task/unknown-area": {
    description: "A task names an area the plan does not have.",
    message: (a) => `Area ${s(a, "area")} is not one of the plan's areas (${s(a, "areas")}).`,
    hint: () => "Correct the area, or add the area to plan.yaml.",
  },
  "task/letter-gap": {
    description: "An area's task letters skip a letter (a, b, d with no c).",
    message: (a) => `In area ${s(a, "area")}, letter ${s(a, "letter")} follows a gap: ${s(a, "missing")} missing.`,
    hint: () => "Letters run a, b, c, d, đ, e, g, h, i, k, … with no gap; re-letter the tasks or add the missing one.",
  },
  "task/letter-repeat": {
    description: "Two tasks of an area have the same letter.",
    message: (a) => `In area ${s(a, "area")}, letter ${s(a, "letter")} is used twice (also in ${s(a, "other")}).`,
    hint: () => "Give each task of an area its own letter.",
  },
  "task/empty-area": {
    description: "An area of the plan has no task.",
    message: (a) => `Area ${s(a, "area")} has no tasks.`,
    hint: () => "Add its tasks, or remove the area from plan.yaml.",
  },
  "task/duplicate-agency": {
    description: "A task names the same agency twice (as lead or support).",
    message: (a) => `Agency ${s(a, "id")} is named twice in this task (already as ${s(a, "other")}).`,
    hint: () => "Name each agency once per task.",
  },
  "agency/unknown": {
    description: "A task or an agency names an agency id that agencies.yaml does not have.",
    message: (a) => `Unknown agency "${s(a, "id")}".${didYouMean(a)}`,
    hint: () => "Use an id from agencies.yaml (`par agencies` lists them), or add the agency there.",
  },
  "agency/duplicate-id": {
    description: "Two agencies have the same id.",
    message: (a) => `Agency id "${s(a, "id")}" is defined twice.`,
    hint: () => "Give each agency its own id.",
  },
  "agency/duplicate-alias": {
    description: "Two agencies share a name or an alias, so a search cannot tell them apart.",
    message: (a) => `The name "${s(a, "name")}" also stands for agency ${s(a, "other")}.`,
    hint: () => "A name or alias may belong to one agency only, or queries become ambiguous.",
  },
  "agency/unknown-member": {
    description: "A group lists a member that agencies.yaml does not have.",
    message: (a) => `Group member "${s(a, "id")}" is not in the registry.${didYouMean(a)}`,
    hint: () => "Use an id defined in agencies.yaml.",
  },
  "agency/member-not-allowed": {
    description: "An agency that is not a group lists members.",
    message: (a) => `Agency ${s(a, "id")} is a ${s(a, "kind")}, not a group, but lists members.`,
    hint: () => "Set kind: group, or remove members.",
  },
  "lineage/unknown-agency": {
    description: "A lineage event in agencies.yaml names an agency that is not in the registry.",
    message: (a) => `The lineage event names agency "${s(a, "id")}", which is not in the registry.${didYouMean(a)}`,
    hint: () => "Add the agency to agencies.yaml (with origin: editorial and its source when the decision does not name it), or use its id.",
  },
  "lineage/date-order": {
    description: "A lineage event names an agency that had already ended, or had not yet started, on the event's date.",
    message: (a) =>
      a.why === "ended"
        ? `This event of ${s(a, "date")} names ${s(a, "id")}, which had already ended on ${s(a, "other")}.`
        : `This event of ${s(a, "date")} names ${s(a, "id")}, which only comes into being on ${s(a, "other")}.`,
    hint: () => "Check the events' dates: an agency takes part in events between the day it starts and the day it ends.",
  },
  "lineage/cycle": {
    description: "The lineage events go round in a loop: an agency would succeed itself.",
    message: (a) => `The lineage goes round in a loop: ${s(a, "cycle")}.`,
    hint: () => "An agency cannot succeed itself: check the `from` and `to` of these events.",
  },
  "deadline/unparsed": {
    description: "par cannot read the deadline's wording, so it cannot check it against the fields.",
    message: (a) => `par does not understand the deadline "${s(a, "text")}"; it uses the stated kind ${s(a, "kind")}.`,
    hint: () =>
      "Write it in a form par reads (Quý IV/2024, Tháng 12/2024, Năm 2024, Trước ngày 31 tháng 12 năm 2024, Thường xuyên, …), or keep it and check kind and dates by hand.",
  },
  "deadline/mismatch": {
    description: "The deadline's wording and its fields disagree.",
    message: (a) => `The deadline says "${s(a, "text")}", which means ${s(a, "field")} ${s(a, "written")}, but the file states ${s(a, "stated")}.`,
    hint: (a) => `Make the wording and \`${s(a, "field")}\` agree: the wording is what the decision says.`,
  },
  "deadline/invalid-date": {
    description: "A deadline date is not a real date.",
    message: (a) => `${s(a, "actual")} is not a real date.`,
    hint: () => "Write the date as YYYY-MM-DD (2024-12-31).",
  },
  "deadline/outside-plan-year": {
    description: "A deadline falls outside the plan's year without saying so (outside_plan_year).",
    message: (a) => `The deadline falls in ${s(a, "year")}, outside the plan's year ${s(a, "planYear")}.`,
    hint: () => "Correct the date, or add `outside_plan_year: true` to the deadline when the plan really sets it.",
  },
  "deadline/milestone-order": {
    description: "A deadline's milestones are not in date order.",
    message: (a) => `Milestone ${s(a, "label")} is not after ${s(a, "previous")}.`,
    hint: () => "List milestones in date order.",
  },
  "deadline/amendment-order": {
    description: "A task's deadline amendments are not listed in the order they take effect.",
    message: (a) => `This amendment takes effect on ${s(a, "date")}, not after the one before it (${s(a, "previous")}).`,
    hint: () => "List amendments in the order of their effective days; two amendments on one day are one amendment.",
  },
  "deadline/amendment-no-decision": {
    description: "A deadline amendment names no document that decided it.",
    message: () => "This deadline amendment names no deciding document (decision.number).",
    hint: () => "Add `decision:` with the document's number, date, issuer and title; a deadline moves only by a document.",
  },
  "deadline/amendment-outside-plan": {
    description: "A deadline amendment does not keep to the plan's rules (its year, its document's date, a dated deadline).",
    message: (a) =>
      ({
        effective: `The amendment takes effect on ${s(a, "value")}, outside the plan's year ${s(a, "planYear")}.`,
        "before-decision": `The amendment takes effect on ${s(a, "value")}, before its document was issued (${s(a, "issued")}).`,
        ongoing: `An amendment moves a deadline to a date; "${s(a, "value")}" has none.`,
        deadline: `The new deadline falls in ${s(a, "value")}, outside the plan's year ${s(a, "planYear")}.`,
      })[s(a, "what")] ?? "",
    hint: () => "Correct the amendment, or add `outside_plan_year: true` to its deadline when the document really sets it.",
  },
  "target/duplicate-id": {
    description: "Two targets of a task have the same id.",
    message: (a) => `Target id "${s(a, "id")}" is used twice in this task.`,
    hint: () => "Give each target of a task its own id.",
  },
  "target/value-missing": {
    description: "A target's comparison needs a value and none is given.",
    message: (a) => `A target compared with "${s(a, "comparison")}" needs a value.`,
    hint: () => "Add `value:` (95 for 95%), or use comparison: increase.",
  },
  "target/percent-range": {
    description: "A percentage target is below 0 or above 100.",
    message: (a) => `A percentage of ${s(a, "value")} is outside 0–100.`,
    hint: () => "Check the value and its unit.",
  },
  "progress/unknown-task": {
    description: "A progress entry names a task the plan does not have.",
    message: (a) => `Task ${s(a, "task")} is not in the plan.${didYouMean(a)}`,
    hint: () => 'Use a task id from the plan (`par list` shows them), as "1.đ".',
  },
  "progress/not-assigned": {
    description: "An agency reports on a task it is not assigned to.",
    message: (a) => `Agency ${s(a, "agency")} reports on task ${s(a, "task")}, which the plan does not assign to it.`,
    hint: () => "Report only on tasks your agency leads or supports (directly or through a group it belongs to).",
  },
  "progress/done-without-date": {
    description: "A task reported done has no completion date.",
    message: (a) => `Task ${s(a, "task")} is marked done without a completion date.`,
    hint: () => "Add `completed:` with the date it was done (dd/mm/yyyy or YYYY-MM-DD).",
  },
  "progress/date-after-cutoff": {
    description: "A date lies after the reporting period's cut-off.",
    message: (a) => `The date ${s(a, "date")} is after the cut-off of ${periodName(s(a, "period"), "en")} (${s(a, "cutoff")}).`,
    hint: () => "Report it in the next period's file, or correct the date.",
  },
  "progress/duplicate-entry": {
    description: "An agency reports the same task twice in one period, with the same report.",
    message: (a) => `Task ${s(a, "task")} is reported twice by ${s(a, "agency")} in this period (also in ${s(a, "other")}).`,
    hint: () => "Keep one entry per task and agency per period.",
  },
  "progress/conflict": {
    description: "Reports of an agency on a task disagree: twice in one period, or a completed task later reported otherwise.",
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
    description: "A progress entry reports a target the task does not have.",
    message: (a) => `Task ${s(a, "task")} has no target "${s(a, "target")}".${didYouMean(a)}`,
    hint: (a) => (a.targets ? `Use one of the task's target ids: ${s(a, "targets")}.` : "This task states no numeric target: remove `targets:`."),
  },
  "progress/period-mismatch": {
    description: "A progress file's period is not the one its name or folder says.",
    message: (a) => `The file is in ${s(a, "location")} but says period ${s(a, "period")}.`,
    hint: () => "Make the file's place and its `period:` agree.",
  },
  "progress/outside-plan": {
    description: "A progress file's period is outside the plan's reporting periods.",
    message: (a) => `Period ${s(a, "period")} is outside the plan of ${s(a, "planYear")}, whose reports run from ${s(a, "first")} to ${s(a, "last")}.`,
    hint: () => "Correct the year in `period:` and in the file's name, or move the file to the plan it belongs to.",
  },
  "progress/invalid-date": {
    description: "A date in a progress file is not a real date.",
    message: (a) => `${s(a, "actual")} is not a real date.`,
    hint: () => "Write dates as dd/mm/yyyy or YYYY-MM-DD.",
  },
  "progress/unknown-agency": {
    description: "A progress file or entry names an agency that agencies.yaml does not have.",
    message: (a) => `Unknown reporting agency "${s(a, "agency")}".${didYouMean(a)}`,
    hint: () => "Use an id from agencies.yaml (`par agencies` lists them).",
  },
  "progress/unknown-milestone": {
    description: "A progress entry names a milestone the task's deadline does not have.",
    message: (a) =>
      `Task ${s(a, "task")} has no milestone "${s(a, "milestone")}"${a.milestones ? ` (its milestones: ${s(a, "milestones")})` : " (it has a single deadline)"}.`,
    hint: () => 'Name a milestone by its label as the plan writes it ("Lần 1") or its number (1); leave `milestones` out for a task with one deadline.',
  },
  "progress/no-evidence": {
    description: "A task reported done gives no evidence (document number and date).",
    message: (a) => `Task ${s(a, "task")} is reported done without evidence documents.`,
    hint: () => "Add `evidence:` with each document's number and date (số, ngày văn bản): the PAR Index only scores evidenced work.",
  },
  "progress/completed-not-done": {
    description: "An entry gives a completion date but its state is not done.",
    message: (a) => `Task ${s(a, "task")} has a completion date but its state is ${s(a, "state")}.`,
    hint: () => "Set `state: done`, or remove `completed:`.",
  },
  "progress/misplaced": {
    description: "A progress file is not where progress files go (progress/PERIOD.yaml or progress/PERIOD/AGENCY.yaml).",
    message: (a) => `This progress file (period ${s(a, "period")}) is not where progress files go.`,
    hint: (a) => `Move it to progress/${s(a, "period")}.yaml, or to progress/${s(a, "period")}/AGENCY.yaml for one agency's report.`,
  },
  "progress/unfilled": {
    description: "A progress entry is left as the template wrote it (no state).",
    message: (a) => `The entry for ${s(a, "task")} is not filled in (no state): it is not read as a report.`,
    hint: () => "Write `state:` (not-started, in-progress or done) with what was done this quarter, or delete the entry.",
  },
  "progress/agency-file-name": {
    description: "An agency's progress file is not named after the agency it reports for.",
    message: (a) => `The file is named ${s(a, "name")} but reports for agency ${s(a, "agency")}.`,
    hint: (a) => `Name the file ${s(a, "agency")}.yaml, or correct \`agency:\`.`,
  },
  // par progress import: a filled return form, cell by cell (issue 14).
  "import/not-a-workbook": {
    description: "An imported file is not an .xlsx workbook (an old .xls, or another kind of file).",
    message: (a) => `This file is not an Excel workbook (.xlsx)${a.detail === "xls" ? ": it is an old .xls workbook" : ""}.`,
    hint: () => "Open it in Excel or LibreOffice Calc and save it as .xlsx (Excel Workbook), or send the CSV export of the Report sheet.",
  },
  "import/encrypted": {
    description: "An imported workbook is password-protected, so par cannot read it.",
    message: () => "The workbook is password-protected (encrypted): par cannot read it.",
    hint: () => "Open it, remove the password (File → Info → Protect Workbook → Encrypt with Password, leave empty) and save it again.",
  },
  "import/too-large": {
    description: "An imported workbook inflates beyond the size limit (a zip bomb, or not a return form).",
    message: (a) => `The workbook inflates to more than ${s(a, "limit")} bytes: it is not a return form (or it is a zip bomb).`,
    hint: () => "Send the form par made, filled in; do not paste pictures or other sheets into it.",
  },
  "import/not-a-form": {
    description: "An imported workbook is not a return form made by par progress form: its hidden columns are missing.",
    message: (a) => `This is not a return form made by par progress form: the hidden columns (${s(a, "missing")}) are missing.`,
    hint: () => "Fill in the form par progress form wrote, keeping its hidden columns and rows; do not copy its cells into another workbook.",
  },
  "import/form-version": {
    description: "An imported form was made by another version of the form than this par reads.",
    message: (a) => `This form is of version "${s(a, "found")}"; this par reads ${s(a, "expected")}.`,
    hint: () => "Send the agency a new form (par progress form) and import that one.",
  },
  "import/other-plan": {
    description: "An imported form was made from another plan.",
    message: (a) => `This form is for plan "${s(a, "found")}", not for ${s(a, "expected")}.`,
    hint: () => "Import it with the plan it was made from (--plan), or send the agency this plan's form.",
  },
  "import/other-period": {
    description: "An imported form is for a period that no report of this plan covers.",
    message: (a) =>
      `This form is for period "${s(a, "found")}", which no report of this plan covers (${periodName(s(a, "first"), "en")} to ${periodName(s(a, "last"), "en")}).`,
    hint: () => "Send the agency the form of the quarter being reported (par progress form --quarter …).",
  },
  "import/mixed-form": {
    description: "A row of an imported form comes from another agency's or another quarter's form.",
    message: (a) => `This row is from another form ("${s(a, "found")}", the form's is ${s(a, "expected")}): rows of two forms were pasted together.`,
    hint: () => "Import each agency's and each quarter's form on its own; remove the rows copied from another form.",
  },
  "import/unknown-agency": {
    description: "An imported form is for an agency that agencies.yaml does not list.",
    message: (a) => `The form is for agency "${s(a, "agency")}", which agencies.yaml does not list.`,
    hint: () => "Send the agency a new form made from the current plan (par progress form).",
  },
  "import/unknown-task": {
    description: "A row of an imported form names a task that is not in the plan.",
    message: (a) => `Task ${s(a, "task")} is not in the plan.${didYouMean(a)}`,
    hint: () => "Keep the hidden columns as the form had them; send a new form if the plan's tasks changed.",
  },
  "import/not-assigned": {
    description: "A row of an imported form is for a task the plan does not assign to the form's agency.",
    message: (a) => `The plan does not assign task ${s(a, "task")} to ${s(a, "agency")}: this agency does not report on it.`,
    hint: () => "Remove the row; a row copied from another agency's form belongs in that form.",
  },
  "import/duplicate-row": {
    description: "A task appears in two rows of one imported form.",
    message: (a) => `Task ${s(a, "task")} appears a second time (first in row ${s(a, "other")}).`,
    hint: () => "Keep one row per task: delete the copy.",
  },
  "import/row-without-task": {
    description: "A filled row of an imported form has no task in its hidden columns (a row typed into an inserted line).",
    message: () => "This row is filled in but has no task (its hidden columns are empty): a row typed into an inserted line?",
    hint: () => "Write the report in the task's own row, and leave inserted rows empty.",
  },
  "import/bad-state": {
    description: "A state cell of an imported form holds something that is not one of the three states.",
    message: (a) =>
      `"${s(a, "actual")}" is not a state.${a.suggestion ? ` Did you mean "${({ "not-started": "Not started (Chưa thực hiện)", "in-progress": "In progress (Đang thực hiện)", done: "Done (Đã hoàn thành)" } as Args)[s(a, "suggestion")]}"?` : ""}`,
    hint: () => "Choose from the list: Chưa thực hiện (not started), Đang thực hiện (in progress), Đã hoàn thành (done).",
  },
  "import/no-state": {
    description: "A row of an imported form is filled in but its state is empty.",
    message: (a) => `The row of task ${s(a, "task")} is filled in but its state is empty.`,
    hint: () => "Choose the state (Chưa thực hiện, Đang thực hiện, Đã hoàn thành), or clear the row.",
  },
  "import/invalid-date": {
    description: "A date cell of an imported form holds a date that does not exist or cannot be read.",
    message: (a) => `"${s(a, "actual")}" is not a date that exists.`,
    hint: () => "Write the date as dd/mm/yyyy (15/11/2024), or enter it as a date cell.",
  },
  "import/date-outside-plan": {
    description: "A date in an imported form lies outside the plan's reporting dates.",
    message: (a) => `The date ${s(a, "date")} is outside the plan's reports (${s(a, "start")} to ${s(a, "end")}).`,
    hint: () => "Check the year and the order of day and month (dd/mm/yyyy).",
  },
  "import/date-after-cutoff": {
    description: "A date in an imported form is after the period's cut-off: it belongs to the next report.",
    message: (a) =>
      `The date ${s(a, "date")} is after the cut-off of ${periodName(s(a, "period"), "en")} (${s(a, "cutoff")}): it belongs to the next report${a.leftOut ? "; this row is left out of this import" : ""}.`,
    hint: () => "Report it in the next quarter's form, or correct the date.",
  },
  "import/done-without-date": {
    description: "A task is reported done in an imported form without a completion date.",
    message: (a) => `Task ${s(a, "task")} is reported done without a completion date.`,
    hint: () => "Write the completion date (dd/mm/yyyy) in the row.",
  },
  "import/completed-not-done": {
    description: "A row of an imported form has a completion date but its state is not done.",
    message: (a) => `Task ${s(a, "task")} has a completion date but is not reported done.`,
    hint: () => "Choose Đã hoàn thành (done), or clear the completion date.",
  },
  "import/bad-number": {
    description: "A target cell of an imported form holds something that is not a number.",
    message: (a) => `"${s(a, "actual")}" is not a number.`,
    hint: () => "Write the number only: 98,5 or 98.5 (a % sign may follow).",
  },
  "import/unknown-target": {
    description: "A target column of an imported form names a target the task no longer has.",
    message: (a) => `Task ${s(a, "task")} has no target "${s(a, "target")}" any more.`,
    hint: () => "Send the agency a new form made from the current plan.",
  },
  "import/unknown-milestone": {
    description: "A milestone date column of an imported form has a date for a milestone the task does not have.",
    message: (a) =>
      Number(a.count) === 0
        ? `Task ${s(a, "task")} has no milestones, but milestone ${s(a, "n")} has a date.`
        : `Task ${s(a, "task")} has ${s(a, "count")} milestone${Number(a.count) === 1 ? "" : "s"}, not ${s(a, "n")}.`,
    hint: () => "Leave the cell empty, or send the agency a new form made from the current plan.",
  },
  "import/evidence-mismatch": {
    description: "The evidence cells of an imported form give a different count of document numbers and dates.",
    message: (a) => `${s(a, "numbers")} evidence document number(s) but ${s(a, "dates")} date(s).`,
    hint: () => "Give each document its number and its date, in the same order, separated by ;.",
  },
  "import/duplicate-entry": {
    description: "An imported row reports a task that another progress file of the quarter already reports for the same agency.",
    message: (a) => `${s(a, "agency")} already reports task ${s(a, "task")} for this quarter in ${s(a, "other")}.`,
    hint: () => "Remove that entry from the other file, or leave the row empty here.",
  },
  "import/edited-by-hand": {
    description: "A progress file was edited by hand since its last import, so the import leaves it untouched without --force.",
    message: (a) => `${s(a, "target")} was edited by hand since it was last imported${a.from ? ` from ${s(a, "from")}` : ""}; it was left untouched.`,
    hint: () => "Look at the changes (git diff), then import again with --force to replace them.",
  },
  "import/same-form-twice": {
    description: "Two workbooks of one run are forms of the same agency and quarter and say different things; the second is not imported.",
    message: (a) =>
      `This is ${s(a, "agency")}'s form for ${s(a, "period")} too, already imported from ${s(a, "other")} in this run, and it reports differently; it was not imported.`,
    hint: () => "Ask the agency which of the two files is its report, and import only that one.",
  },
};
