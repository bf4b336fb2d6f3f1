// What a rule module is: a diagnostic code and the check that finds it. The code's default severity and stage are in
// the registry (model/diagnostic.ts); its words (description, message, hint) in the catalogues (i18n/{en,vi}/
// diagnostics.ts). The words stay there rather than here: validate/ gives diagnostics as codes and holds no words
// (the layer rules forbid it to import i18n/), and the SARIF formatter, which describes each rule, may not import
// validate/. One catalogue per language also keeps a translator's work in one file.
import { DIAGNOSTICS, type CodeOfStage, type Diagnostic, type DiagnosticCode, type DiagnosticStage, type Severity } from "../../model/diagnostic";
import { diagnosticAtPath, type ParsedYaml, type PathSegment } from "../../load/yaml";

/**
 * How a rule reports a problem: the parsed file, the path of the value (or its key, with which: "key") for the
 * 1-based line and column, the values the message needs; the severity is the code's default unless the rule gives a
 * milder one for a milder case.
 */
export type Report = (
  p: ParsedYaml,
  path: readonly PathSegment[],
  args?: Record<string, string | number>,
  options?: { severity?: Severity; which?: "value" | "key" },
) => void;

/** A rule module: the code it reports and its check over what a stage can read (the plan's files, or its progress files). */
export interface Rule<C extends DiagnosticCode, Context> {
  code: C;
  check(ctx: Context, report: Report): void;
}

/** One rule for each code of a stage, keyed by its code: a code of the stage without a rule module does not compile. */
export type RuleSet<S extends DiagnosticStage, Context> = { [C in CodeOfStage<S>]: Rule<C, Context> };

/** Run every rule of a set over a context; diagnostics in no particular order (commands sort them). */
export function runRules<Context>(rules: Record<string, Rule<DiagnosticCode, Context>>, ctx: Context): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of Object.values(rules)) {
    const code = rule.code;
    const report: Report = (p, path, args = {}, options = {}) =>
      out.push(diagnosticAtPath(p, path, code, args, options.severity ?? DIAGNOSTICS[code].severity, options.which ?? "value"));
    rule.check(ctx, report);
  }
  return out;
}
