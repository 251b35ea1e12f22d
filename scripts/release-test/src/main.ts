#!/usr/bin/env node
// The release test (npm run test:release): run the real release flow against a Verdaccio registry on
// 127.0.0.1, then install every vendor package from it into fresh projects and use it the way our users
// do. tsc (strict, nodenext and bundler resolution) checks a path-style consumer, the named-method
// consumer (api.ts), the webhook receiver (webhooks.ts), and type tests whose lines must fail to compile
// without their @ts-expect-error. The consumer runs as ESM on Node 20, Node 24, Bun and Deno, as
// CommonJS require() on both Nodes, bundled by esbuild on Cloudflare's workerd and in headless Chromium
// (a cross-origin page), each calling a local HTTP server that checks what it got, and (but for
// CommonJS) verifying webhook deliveries signed here. On Node 20 it also makes the named calls: the 2xx
// body, a 404 as NotFoundError, a per-call timeout on a hung call; Chromium makes them against the
// vendor's @cxkit/testing mock (cors: true), installed from the registry too.
// Nothing here touches the working tree: the release runs in a temporary copy of the repo.
// Prints one line per check and a closing "N passed, N failed"; exits 1 if anything failed.
// `--keep` keeps the temporary directory (the copy, the registry's storage, the consumers).
import { mkdtempSync, rmSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { prepareChromium, type ChromiumResult } from "./chromium.js";
import { scaffoldConsumer } from "./consumer-project.js";
import { outputOf } from "./exec.js";
import { startRegistry, type Registry } from "./registry.js";
import { checkPublished, copyRepo, release, seedThirdParty } from "./release-flow.js";
import { Results, type Check } from "./results.js";
import { allRuntimes, checkRuntime } from "./runtimes/index.js";
import { installTestingKit } from "./testing-kit.js";
import { ensureTools } from "./tools.js";
import { typeCheckConsumer } from "./type-check.js";
import { startVendorServer, type VendorServer } from "./vendor-server.js";
import { VENDORS } from "./vendors.js";

/**
 * Install the test kit and every vendor package, each into its own consumer, type-check each and run it
 * in every runtime. The runtimes run one at a time (each run's requests are told apart by order), tsc
 * alongside them; a vendor's lines are printed in a fixed order once all of its checks are done.
 */
async function runConsumers(
  work: string,
  registry: Registry,
  server: VendorServer,
  chromium: Promise<ChromiumResult>,
  results: Results,
): Promise<void> {
  const parent = path.join(work, "consumers");
  const runtimes = allRuntimes(chromium, await installTestingKit(parent, registry, results));
  try {
    for (const [vendor, spec] of Object.entries(VENDORS)) {
      const consumer = await scaffoldConsumer(parent, vendor, spec, registry, results);
      if (!consumer) continue;
      const typeChecks = typeCheckConsumer(consumer);
      const ran: Check[] = [];
      for (const runtime of runtimes) ran.push(...(await checkRuntime(runtime, consumer, server)));
      for (const check of [...(await typeChecks), ...ran]) results.add(check);
    }
  } finally {
    for (const runtime of runtimes) await runtime.close?.();
  }
}

/** The release flow, then the consumers; every failure is recorded, none is thrown. */
async function releaseTest(work: string, keep: boolean, results: Results): Promise<void> {
  const started = Date.now();
  // Started first: an apt-get install of Chromium overlaps the release flow instead of adding to it.
  const chromium: Promise<ChromiumResult> = prepareChromium(path.join(work, "apt-get.log"));
  const repo = path.join(work, "repo");
  let registry: Registry | undefined;
  let server: VendorServer | undefined;
  let removed: Promise<void> | undefined;
  try {
    const installed = copyRepo(repo);
    installed.catch(() => undefined); // awaited below, after the registry has started meanwhile
    registry = await startRegistry(path.join(work, "verdaccio"));
    seedThirdParty(path.join(work, "seed"), registry, results);
    await installed;
    release(repo, registry, results);
    await checkPublished(repo, registry, results);
    // The copy is done with: deleting its node_modules takes seconds of disk time, so overlap it.
    if (!keep) removed = rm(repo, { recursive: true, force: true });
    server = await startVendorServer();
    console.log(`release flow done after ${seconds(started)} s`);
    await runConsumers(work, registry, server, chromium, results);
  } catch (error) {
    const cause = error instanceof Error && error.cause ? ` (${String(error.cause)})` : "";
    const detail = error instanceof Error ? error.stack : String(error);
    results.record("release test", false, `${detail}${cause}`);
  } finally {
    registry?.close();
    server?.close();
    await removed?.catch(() => undefined);
    // Never leave an apt-get running (killing it could break dpkg): wait for it to finish.
    await chromium;
  }
}

/** Whole seconds since `started`. */
function seconds(started: number): number {
  return Math.round((Date.now() - started) / 1000);
}

async function main(): Promise<number> {
  const started = Date.now();
  const keep = process.argv.includes("--keep");
  const results = new Results();
  try {
    ensureTools();
  } catch (error) {
    results.record("release-test tools installed", false, outputOf(error));
    return results.finish();
  }
  const work = mkdtempSync(path.join(tmpdir(), "cxkit-release-"));
  await releaseTest(work, keep, results);
  if (!keep) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
  console.log(`release test took ${seconds(started)} s`);
  return results.finish();
}

process.exit(await main());
