// The part of js-yaml (4.x) this package uses; js-yaml ships no types of its own.
declare module "js-yaml" {
  /** A YAML 1.2 core schema (JSON plus null, booleans, numbers): no timestamps, no binary, no merge keys. */
  export const CORE_SCHEMA: unknown;
  /** Parse one YAML document; throws a YAMLException naming the line and column. */
  export function load(text: string, options?: { schema?: unknown; filename?: string }): unknown;
  const jsyaml: { CORE_SCHEMA: unknown; load: typeof load };
  export default jsyaml;
}
