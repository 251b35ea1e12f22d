// What a package re-exports from a sibling package. The vendor packages re-export the error classes,
// paginate and friends of @cxkit/core; documenting them again in each package would show every error
// class five times. They are kept out (the repo's config marks sibling packages' build output external)
// and the package page says instead which names it also exports, each linked to its documentation.
import path from "node:path";
import ts from "typescript";
import {
  type Application,
  Comment,
  type CommentDisplayPart,
  type Context,
  Converter,
} from "typedoc";

/** A sibling package's build output: `packages/<name>/dist/...`. */
function isSiblingBuild(fileName: string): boolean {
  const file = fileName.split(path.sep).join("/");
  return !file.includes("/node_modules/") && /\/packages\/[^/]+\/dist\//.test(file);
}

/** A re-exported name: as this package exports it, and as the sibling declares it. */
interface ReExport {
  name: string;
  target: string;
}

/** What the entry point re-exports from sibling packages, by package name. */
function siblingReExports(
  context: Context,
  entryPoints: readonly string[],
): Map<string, ReExport[]> {
  const byPackage = new Map<string, ReExport[]>();
  for (const program of context.programs) {
    const checker = program.getTypeChecker();
    for (const entryPoint of entryPoints) {
      const file = program.getSourceFile(entryPoint);
      const module = file && checker.getSymbolAtLocation(file);
      if (!module) continue;
      for (const exported of checker.getExportsOfModule(module)) {
        const target =
          exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        const declaration = target.declarations?.[0];
        if (!declaration || !isSiblingBuild(declaration.getSourceFile().fileName)) continue;
        const packageName = context.createSymbolId(target, declaration).packageName;
        const names = byPackage.get(packageName) ?? [];
        names.push({ name: exported.name, target: target.name });
        byPackage.set(packageName, names);
      }
    }
  }
  return byPackage;
}

function paragraph(packageName: string, names: ReExport[]): CommentDisplayPart[] {
  const parts: CommentDisplayPart[] = [
    { kind: "text", text: "\n\nAlso exported from here, documented in " },
    { kind: "code", text: `\`${packageName}\`` },
    { kind: "text", text: ": " },
  ];
  const sorted = [...names].sort((a, b) => a.name.localeCompare(b.name));
  sorted.forEach(({ name, target }, i) => {
    if (i > 0) parts.push({ kind: "text", text: ", " });
    parts.push({ kind: "inline-tag", tag: "@link", text: `"${packageName}"!${target} | ${name}` });
  });
  parts.push({ kind: "text", text: "." });
  return parts;
}

/** Registers the pass: it runs once per package, before TypeDoc resolves the links it adds. */
export function listReExports(app: Application): void {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context: Context) => {
    const entryPoints = app.options.getValue("entryPoints").map((p) => path.resolve(p));
    const byPackage = siblingReExports(context, entryPoints);
    if (!byPackage.size) return;
    const project = context.project;
    project.comment ??= new Comment();
    for (const [packageName, names] of [...byPackage].sort(([a], [b]) => a.localeCompare(b))) {
      project.comment.summary.push(...paragraph(packageName, names));
    }
  });
}
