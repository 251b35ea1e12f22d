#!/usr/bin/env node
// Benchmarks (npm run bench, after npm run build). Prints numbers; asserts nothing.
// 1. Per-request overhead of a cxkit client over plain fetch, against a local HTTP server.
// 2. Time to generate the Dixa client from its spec.
// 3. Size of each published package's built output (what users install).
import { createServer } from "node:http";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const N = Number(process.env.BENCH_REQUESTS ?? 3000);

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const mean = samples.reduce((s, x) => s + x, 0) / samples.length;
  return { mean, p50: at(0.5), p99: at(0.99) };
}

/** Time the cases interleaved request by request, so drift (JIT, GC, the other core) hits all alike. */
async function timeInterleaved(cases) {
  for (let i = 0; i < 300; i++) for (const c of cases) await c.send(i); // warm-up
  const samples = cases.map(() => []);
  const totals = cases.map(() => 0);
  for (let i = 0; i < N; i++) {
    for (let k = 0; k < cases.length; k++) {
      const t = performance.now();
      await cases[k].send(i);
      const took = performance.now() - t;
      samples[k].push(took * 1000);
      totals[k] += took;
    }
  }
  return cases.map((c, k) => ({
    label: c.label,
    rps: Math.round((N / totals[k]) * 1000),
    ...stats(samples[k]),
  }));
}

async function requestOverhead() {
  const body = JSON.stringify({ data: { id: 42, _type: "EmailConversation", status: "Open" } });
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(body),
      });
      res.end(body);
    });
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${server.address().port}`;
  const { createDixaClient } = await import("@cxkit/dixa");
  const dixa = createDixaClient({ apiKey: "bench-key", baseUrl: base, rateLimit: false });
  const rows = await timeInterleaved([
    {
      label: "plain fetch + json()",
      send: async (i) => {
        const res = await fetch(`${base}/v1/conversations/${i}`, {
          headers: { authorization: "bench-key" },
        });
        await res.json();
      },
    },
    {
      label: "@cxkit/dixa GET (retries on, no limiter)",
      send: (i) =>
        dixa.GET("/v1/conversations/{conversationId}", { params: { path: { conversationId: i } } }),
    },
  ]);
  server.close();
  console.log(
    `\n1. Sequential GETs against a local server, interleaved (${N} requests each, Node ${process.version})`,
  );
  console.log("   case                                         req/s   mean µs   p50 µs   p99 µs");
  for (const r of rows) {
    console.log(
      `   ${r.label.padEnd(44)} ${String(r.rps).padStart(6)} ${r.mean.toFixed(0).padStart(9)} ${r.p50.toFixed(0).padStart(8)} ${r.p99.toFixed(0).padStart(8)}`,
    );
  }
  console.log(
    `   overhead per request: ${(rows[1].p50 - rows[0].p50).toFixed(0)} µs at p50, ${(rows[1].mean - rows[0].mean).toFixed(0)} µs mean`,
  );
}

async function generatorTime() {
  const { generateVendor } = await import("./generate.mjs");
  await generateVendor("klaus"); // load openapi-typescript and prettier once
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await generateVendor("dixa");
    runs.push(performance.now() - t);
  }
  console.log(
    `\n2. Generating the Dixa client (31 operations): ${runs.map((r) => r.toFixed(0)).join(", ")} ms (3 runs)`,
  );
}

function packageSizes() {
  console.log("\n3. Built package size (dist/, what npm installs besides package.json and README)");
  console.log("   package            files    bytes   gzip bytes");
  for (const name of readdirSync(path.join(root, "packages")).sort()) {
    const manifest = JSON.parse(
      readFileSync(path.join(root, "packages", name, "package.json"), "utf8"),
    );
    if (manifest.private) continue;
    const dist = path.join(root, "packages", name, "dist");
    let files = 0;
    let bytes = 0;
    let gzip = 0;
    const walk = (dir) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else {
          files++;
          bytes += statSync(full).size;
          gzip += gzipSync(readFileSync(full)).length;
        }
      }
    };
    walk(dist);
    console.log(
      `   ${manifest.name.padEnd(18)} ${String(files).padStart(5)} ${String(bytes).padStart(8)} ${String(gzip).padStart(12)}`,
    );
  }
}

await requestOverhead();
await generatorTime();
packageSizes();
