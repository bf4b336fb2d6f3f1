// Progress rules (quarterly progress files against the plan). Filled in by the progress work; none yet.
import type { Diagnostic } from "../model/diagnostic";
import type { OpenedPlan } from "./open";

/** Check the progress files of an opened plan against the plan. */
export function checkProgress(_opened: OpenedPlan): Diagnostic[] {
  return [];
}
