// One `intentionallyNotExported` list for every package. In packages mode each package is validated on
// its own, and TypeDoc warns about every entry the package did not use: an entry naming @cxkit/core's
// files (`@cxkit/core/src/types.ts:PathMethod`) would warn in every other package. Before a package is
// converted, its list keeps only the entries under its own package name (and entries without a file).
import { readFileSync } from "node:fs";
import path from "node:path";
import { type Application, Converter } from "typedoc";

function packageName(dir: string): string | undefined {
  const manifest: unknown = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
  return typeof manifest === "object" && manifest !== null && "name" in manifest
    ? String(manifest.name)
    : undefined;
}

/** Registers the narrowing: it runs as each package's conversion begins. */
export function scopeNotExported(app: Application): void {
  app.converter.on(Converter.EVENT_BEGIN, () => {
    const dir = app.options.packageDir;
    const name = dir === undefined ? undefined : packageName(dir);
    if (name === undefined) return;
    const entries = app.options.getValue("intentionallyNotExported");
    const own = entries.filter((e) => !e.includes(":") || e.startsWith(`${name}/`));
    if (own.length !== entries.length) app.options.setValue("intentionallyNotExported", own);
  });
}
