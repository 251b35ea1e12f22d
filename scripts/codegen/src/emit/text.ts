import prettier from "prettier";

/** First line of every generated file. */
export function header(source: string): string {
  return `// generated from ${source} by @cxkit-tools/codegen, do not edit\n`;
}

/** A JSDoc block from paragraphs (empty ones dropped), safe for any text. */
export function jsdoc(paragraphs: readonly (string | undefined)[], indent = ""): string {
  const lines = paragraphs
    .filter((p): p is string => typeof p === "string" && p.trim() !== "")
    .map((p) => p.trim().replace(/\*\//g, "*\\/"))
    .flatMap((p, i) => (i === 0 ? p.split("\n") : ["", ...p.split("\n")]));
  if (lines.length === 0) return "";
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} *${l === "" ? "" : ` ${l}`}`).join("\n")}\n${indent} */\n`;
}

/** A string literal. */
export const str = (value: string): string => JSON.stringify(value);

/** A property key: bare when it is an identifier, quoted otherwise. */
export const key = (name: string): string =>
  /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : str(name);

/** Format generated source with the repo's prettier config for its path. */
export async function format(source: string, filepath: string): Promise<string> {
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(source, { ...options, filepath });
}
