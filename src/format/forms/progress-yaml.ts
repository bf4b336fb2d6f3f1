// The progress file an import writes (par-progress/1): the agency's entries of the quarter in the plan's task order,
// with an `imported:` record naming the workbook and a hash of the file, so that a later import can tell whether
// the file was edited by hand since. The same entries always give the same text (importing twice changes nothing).
import { formatViDate } from "../../model/dates";
import { FORM_VERSION } from "../../model/form";
import type { ImportedEntry } from "../../model/form";

/** The line holding the hash; the hash covers the file without this line. */
export const HASH_LINE = /^ {2}sha256: "?([0-9a-f]{64})"?\r?\n/m;
/** Where the hash goes in the text renderProgressImport gives. */
export const HASH_PLACEHOLDER = "  sha256: @@HASH@@\n";

const str = (s: string): string => JSON.stringify(s);

/** The file's text, with HASH_PLACEHOLDER where the hash of the rest goes. */
export function renderProgressImport(data: {
  period: string;
  agency: string;
  from: string;
  schema: string;
  entries: readonly ImportedEntry[];
  note: string;
}): string {
  const out: string[] = [
    `# yaml-language-server: $schema=${data.schema}`,
    `# ${data.note.replace(/[\r\n]+/g, " ")}`,
    "format: par-progress/1",
    `period: ${data.period}`,
    `agency: ${data.agency}`,
    "imported:",
    `  from: ${str(data.from)}`,
    `  form: ${FORM_VERSION}`,
  ];
  let text = out.join("\n") + "\n" + HASH_PLACEHOLDER;
  const lines: string[] = [data.entries.length ? "entries:" : "entries: []"];
  for (const e of data.entries) {
    lines.push(`  - task: ${str(e.task)}`, `    state: ${e.state}`);
    if (e.completed) lines.push(`    completed: ${formatViDate(e.completed)}`);
    if (e.milestones?.length) {
      lines.push("    milestones:");
      for (const m of e.milestones)
        lines.push(`      - milestone: ${m.label !== undefined ? str(m.label) : m.index + 1}`, `        completed: ${formatViDate(m.completed)}`);
    }
    if (e.result !== undefined) lines.push(`    result: ${str(e.result)}`);
    const ids = Object.keys(e.targets);
    if (ids.length) {
      lines.push("    targets:");
      for (const id of ids) lines.push(`      ${id}: ${e.targets[id]}`);
    }
    if (e.evidence.length) {
      lines.push("    evidence:");
      for (const ev of e.evidence) lines.push(`      - number: ${str(ev.number)}`, `        date: ${formatViDate(ev.date)}`);
    }
    if (e.obstacles !== undefined) lines.push(`    obstacles: ${str(e.obstacles)}`);
    if (e.proposals !== undefined) lines.push(`    proposals: ${str(e.proposals)}`);
  }
  text += lines.join("\n") + "\n";
  return text;
}
