// Progress rules: quarterly progress files against their place and the plan (tasks, agencies, targets, milestones,
// the reporting period's cut-off), and against each other (duplicates, conflicts). Each rule is a module in rules/.
import type { Diagnostic } from "../model/diagnostic";
import { readProgressFiles, type ProgressFileRead } from "../load/progress";
import type { OpenedPlan, TaskRead } from "./facts";
import { checkProgressRules } from "./rules";

/**
 * Check the progress files of an opened plan against their place and the plan; diagnostics in no particular order.
 * `given`: the files as readProgressFiles read them, when the caller has them already (status reads them once).
 */
export function checkProgress(opened: OpenedPlan, given?: readonly ProgressFileRead[]): Diagnostic[] {
  // Over what can be read of the plan (opened.facts) and of each progress file, even with schema errors.
  const facts = opened.facts;
  const readTasks = new Map<string, TaskRead>();
  for (const t of facts.tasks) if (!readTasks.has(t.task.id)) readTasks.set(t.task.id, t);
  const reads =
    given ??
    readProgressFiles(
      opened.files,
      opened.dir,
      [...readTasks.values()].map((t) => t.task),
      true,
    );
  return checkProgressRules(facts, opened.plan, reads);
}
