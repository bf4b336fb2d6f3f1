// The rule modules, one per code of the `plan` and `progress` stages (model/diagnostic.ts), registered here by code:
// a code of those stages without its module here does not compile. A new rule: its code in the registry, its words in
// both catalogues, a module in this folder exporting a Rule, and its line below (docs/architecture.md, "A new lint rule").
import type { Diagnostic } from "../../model/diagnostic";
import type { ProgressFileRead } from "../../load/progress";
import type { Plan } from "../../model/types";
import type { PlanFacts } from "../facts";
import { runRules, type RuleSet } from "./rule";
import { planContext, type PlanContext } from "./plan-context";
import { progressContext, type ProgressContext } from "./progress-context";
import { planAreaSequence } from "./plan-area-sequence";
import { planInvalidDate } from "./plan-invalid-date";
import { taskDuplicateId } from "./task-duplicate-id";
import { taskIdMismatch } from "./task-id-mismatch";
import { taskFileName } from "./task-file-name";
import { taskUnknownArea } from "./task-unknown-area";
import { taskLetterGap } from "./task-letter-gap";
import { taskLetterRepeat } from "./task-letter-repeat";
import { taskEmptyArea } from "./task-empty-area";
import { taskDuplicateAgency } from "./task-duplicate-agency";
import { agencyUnknown } from "./agency-unknown";
import { agencyDuplicateId } from "./agency-duplicate-id";
import { agencyDuplicateAlias } from "./agency-duplicate-alias";
import { agencyUnknownMember } from "./agency-unknown-member";
import { agencyMemberNotAllowed } from "./agency-member-not-allowed";
import { lineageUnknownAgency } from "./lineage-unknown-agency";
import { lineageDateOrder } from "./lineage-date-order";
import { lineageCycleRule } from "./lineage-cycle";
import { deadlineUnparsed } from "./deadline-unparsed";
import { deadlineMismatch } from "./deadline-mismatch";
import { deadlineInvalidDate } from "./deadline-invalid-date";
import { deadlineOutsidePlanYear } from "./deadline-outside-plan-year";
import { deadlineMilestoneOrder } from "./deadline-milestone-order";
import { deadlineAmendmentOrder } from "./deadline-amendment-order";
import { deadlineAmendmentNoDecision } from "./deadline-amendment-no-decision";
import { deadlineAmendmentOutsidePlan } from "./deadline-amendment-outside-plan";
import { targetDuplicateId } from "./target-duplicate-id";
import { targetValueMissing } from "./target-value-missing";
import { targetPercentRange } from "./target-percent-range";
import { progressUnknownTask } from "./progress-unknown-task";
import { progressNotAssigned } from "./progress-not-assigned";
import { progressDoneWithoutDate } from "./progress-done-without-date";
import { progressDateAfterCutoff } from "./progress-date-after-cutoff";
import { progressDuplicateEntry } from "./progress-duplicate-entry";
import { progressConflict } from "./progress-conflict";
import { progressUnknownTarget } from "./progress-unknown-target";
import { progressPeriodMismatch } from "./progress-period-mismatch";
import { progressOutsidePlan } from "./progress-outside-plan";
import { progressInvalidDate } from "./progress-invalid-date";
import { progressUnknownAgency } from "./progress-unknown-agency";
import { progressUnknownMilestone } from "./progress-unknown-milestone";
import { progressNoEvidence } from "./progress-no-evidence";
import { progressCompletedNotDone } from "./progress-completed-not-done";
import { progressMisplaced } from "./progress-misplaced";
import { progressAgencyFileName } from "./progress-agency-file-name";
import { progressUnfilled } from "./progress-unfilled";

/** Rules across a plan's files: what a schema cannot see (references, sequences, deadlines, duplicates). */
const PLAN_RULES: RuleSet<"plan", PlanContext> = {
  "plan/area-sequence": planAreaSequence,
  "plan/invalid-date": planInvalidDate,
  "task/duplicate-id": taskDuplicateId,
  "task/id-mismatch": taskIdMismatch,
  "task/file-name": taskFileName,
  "task/unknown-area": taskUnknownArea,
  "task/letter-gap": taskLetterGap,
  "task/letter-repeat": taskLetterRepeat,
  "task/empty-area": taskEmptyArea,
  "task/duplicate-agency": taskDuplicateAgency,
  "agency/unknown": agencyUnknown,
  "agency/duplicate-id": agencyDuplicateId,
  "agency/duplicate-alias": agencyDuplicateAlias,
  "agency/unknown-member": agencyUnknownMember,
  "agency/member-not-allowed": agencyMemberNotAllowed,
  "lineage/unknown-agency": lineageUnknownAgency,
  "lineage/date-order": lineageDateOrder,
  "lineage/cycle": lineageCycleRule,
  "deadline/unparsed": deadlineUnparsed,
  "deadline/mismatch": deadlineMismatch,
  "deadline/invalid-date": deadlineInvalidDate,
  "deadline/outside-plan-year": deadlineOutsidePlanYear,
  "deadline/milestone-order": deadlineMilestoneOrder,
  "deadline/amendment-order": deadlineAmendmentOrder,
  "deadline/amendment-no-decision": deadlineAmendmentNoDecision,
  "deadline/amendment-outside-plan": deadlineAmendmentOutsidePlan,
  "target/duplicate-id": targetDuplicateId,
  "target/value-missing": targetValueMissing,
  "target/percent-range": targetPercentRange,
};

/** Rules over the progress files: against their place, the plan, the reporting period's cut-off, and each other. */
const PROGRESS_RULES: RuleSet<"progress", ProgressContext> = {
  "progress/unknown-task": progressUnknownTask,
  "progress/not-assigned": progressNotAssigned,
  "progress/done-without-date": progressDoneWithoutDate,
  "progress/date-after-cutoff": progressDateAfterCutoff,
  "progress/duplicate-entry": progressDuplicateEntry,
  "progress/conflict": progressConflict,
  "progress/unknown-target": progressUnknownTarget,
  "progress/period-mismatch": progressPeriodMismatch,
  "progress/outside-plan": progressOutsidePlan,
  "progress/invalid-date": progressInvalidDate,
  "progress/unknown-agency": progressUnknownAgency,
  "progress/unknown-milestone": progressUnknownMilestone,
  "progress/no-evidence": progressNoEvidence,
  "progress/completed-not-done": progressCompletedNotDone,
  "progress/misplaced": progressMisplaced,
  "progress/agency-file-name": progressAgencyFileName,
  "progress/unfilled": progressUnfilled,
};

/** Run every plan rule over what can be read of a plan folder; diagnostics in no particular order. */
export function checkPlanRules(facts: PlanFacts): Diagnostic[] {
  return runRules(PLAN_RULES, planContext(facts));
}

/** Run every progress rule over a plan's progress files as read (with schema errors too); diagnostics in no particular order. */
export function checkProgressRules(facts: PlanFacts, plan: Plan | undefined, reads: readonly ProgressFileRead[]): Diagnostic[] {
  return runRules(PROGRESS_RULES, progressContext(facts, plan, reads));
}
