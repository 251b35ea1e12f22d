import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { BenchRunner } from "../section.js";

function walk(dir: string): { files: number; bytes: number; gzip: number } {
  const total = { files: 0, bytes: 0, gzip: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = walk(full);
      total.files += sub.files;
      total.bytes += sub.bytes;
      total.gzip += sub.gzip;
    } else {
      total.files++;
      total.bytes += statSync(full).size;
      total.gzip += gzipSync(readFileSync(full)).length;
    }
  }
  return total;
}

/** Built size of every published package (dist/: what npm installs besides package.json and README). */
export const packageSizes: BenchRunner = async ({ root }) => {
  const rows = [];
  for (const name of readdirSync(path.join(root, "packages")).sort()) {
    const manifestFile = path.join(root, "packages", name, "package.json");
    let manifest: { name: string; private?: boolean };
    try {
      manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as typeof manifest;
    } catch {
      continue;
    }
    if (manifest.private) continue;
    rows.push({ label: manifest.name, values: walk(path.join(root, "packages", name, "dist")) });
  }
  return {
    id: "package-sizes",
    title: "Built package size (dist/)",
    columns: ["files", "bytes", "gzip"],
    rows,
    notes: [
      "Most of a vendor package's bytes are schema.d.ts (types); see the bundle section for what an app ships.",
    ],
  };
};
