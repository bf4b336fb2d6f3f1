// dependency-cruiser: the layers of src/ and what each may import. Run by `npm run lint` (depcruise src).
//
//   cli.ts → commands/ → report/, format/ → validate/, load/ (and workspace/) → model/
//   i18n/ (the words) is read by cli, commands, report and format; it reads only model/.
//
// A module may import its own layer and the layers below it, never one above. model/ imports no Node module.
// No formatter touches the file system. No cycles, no orphans.
// Violations that exist today and that the redesign removes are listed in .dependency-cruiser-known-violations.json
// (`npm run lint:deps:baseline` rewrites it); `npm run lint` fails on any other.
/** @type {import('dependency-cruiser').IConfiguration} */
const WORKSPACE = "^src/(load|validate|workspace)/";
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Import cycles make the layers meaningless and the load order fragile.",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-orphans",
      severity: "error",
      comment: "A module nothing imports is dead code (or a missing import).",
      from: { orphan: true, pathNot: ["\\.d\\.c?ts$", "^src/cli\\.ts$", "^src/generated/"] },
      to: {},
    },
    { name: "not-to-unresolvable", severity: "error", comment: "An import that resolves to nothing.", from: {}, to: { couldNotResolve: true } },
    {
      name: "not-to-dev-dep",
      severity: "error",
      comment: "src/ is bundled and shipped: it may use only packages listed in dependencies.",
      from: { path: "^src/" },
      to: { dependencyTypes: ["npm-dev"], dependencyTypesNot: ["type-only"] },
    },
    {
      name: "no-non-package-json",
      severity: "error",
      comment: "A package that package.json does not list.",
      from: {},
      to: { dependencyTypes: ["npm-no-pkg", "npm-unknown"] },
    },

    // The layers.
    {
      name: "model-is-pure",
      severity: "error",
      comment: "model/ is plain data and arithmetic: no Node module.",
      from: { path: "^src/model/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "model-imports-model",
      severity: "error",
      comment: "model/ is the bottom layer: it imports nothing else from src/.",
      from: { path: "^src/model/" },
      to: { path: "^src/", pathNot: "^src/model/" },
    },
    {
      name: "i18n-imports-model",
      severity: "error",
      comment: "The catalogues hold words; they may read model/ types and nothing above.",
      from: { path: "^src/i18n/" },
      to: { path: "^src/", pathNot: "^src/(i18n|model)/" },
    },
    {
      name: "workspace-below-reports",
      severity: "error",
      comment: "load/, validate/ (the workspace) read files and give data with diagnostics as codes: no words, no reports, formats or commands.",
      from: { path: WORKSPACE },
      to: { path: "^src/(i18n|report|format|commands)/|^src/cli\\.ts$" },
    },
    {
      name: "report-below-commands",
      severity: "error",
      comment: "report/ turns a plan into data; it does not format, run commands or read files.",
      from: { path: "^src/report/" },
      to: { path: "^src/(format|commands|load)/|^src/cli\\.ts$" },
    },
    {
      name: "report-no-words",
      severity: "error",
      comment: "report/ returns numbers, dates, ids and enums; the words are chosen by format/ from i18n/ (types only here).",
      from: { path: "^src/report/" },
      to: { path: "^src/i18n/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "report-no-fs",
      severity: "error",
      comment: "report/ is given its data: no file system.",
      from: { path: "^src/report/" },
      to: { dependencyTypes: ["core"], path: "^(node:)?(fs|fs/promises|child_process)$" },
    },
    {
      name: "format-below-commands",
      severity: "error",
      comment: "format/ renders a report: it does not read the workspace or run commands.",
      from: { path: "^src/format/" },
      to: { path: "^src/(load|validate|workspace|commands)/|^src/cli\\.ts$" },
    },
    {
      name: "format-no-fs",
      severity: "error",
      comment: "No formatter touches the file system: the command writes what a formatter returns (writeFileAtomic).",
      from: { path: "^src/format/" },
      to: { dependencyTypes: ["core"], path: "^(node:)?(fs|fs/promises|child_process)$" },
    },
    { name: "commands-below-cli", severity: "error", comment: "Only the entry point imports cli.ts.", from: { path: "^src/" }, to: { path: "^src/cli\\.ts$" } },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^src/generated/validators\\.cjs$" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
