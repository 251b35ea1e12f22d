/** One diagnostic of `tsc --pretty false`: where it is (absent for a global one) and its whole text. */
export interface Diagnostic {
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly text: string;
}

const LOCATED = /^(.+?)\((\d+),\d+\): error (TS\d+: .*)$/;

/**
 * The diagnostics in tsc's plain output: `file(line,col): error TSnnnn: message`, followed by indented
 * lines that elaborate it (which overload failed, which property is unknown) and belong to its text.
 */
export function parseDiagnostics(output: string): Diagnostic[] {
  const found: { file: string | undefined; line: number | undefined; text: string }[] = [];
  for (const raw of output.split("\n")) {
    if (raw.trim() === "") continue;
    const last = found.at(-1);
    if (/^\s/.test(raw) && last) {
      last.text += `\n${raw.trim()}`;
      continue;
    }
    const match = LOCATED.exec(raw.trim());
    if (match) found.push({ file: match[1], line: Number(match[2]), text: match[3] ?? "" });
    else found.push({ file: undefined, line: undefined, text: raw.trim() });
  }
  return found;
}
