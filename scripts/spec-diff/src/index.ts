/**
 * @cxkit-tools/spec-diff: compares a vendor spec with an earlier version of itself and says what the
 * change means for the vendor's package under semver (see README.md for the rules).
 * @packageDocumentation
 */
export { diffSpecs } from "./diff-specs.js";
export type { Change, DiffResult } from "./diff-context.js";
export {
  CHANGE_LEVELS,
  LEVELS,
  levelOf,
  maxLevel,
  NO_CHANGE,
  RULES,
  type Direction,
  type Kind,
  type Level,
  type Rule,
} from "./rules.js";
export { RULES_END, RULES_START, rulesTable, withRulesTable } from "./rules-readme.js";
export { pickBaseTag } from "./base-tag.js";
export { baselineFromGit, type Baseline, type BaselineRequest } from "./baseline.js";
export { formatText } from "./report-text.js";
export { changesetFileName, changesetText } from "./changeset.js";
export { runCli, type CliIo } from "./main.js";
export { USAGE, UsageError } from "./args.js";
