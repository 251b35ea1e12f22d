import type { NamedCall } from "./vendor-calls.js";
import { VENDOR_HEADER, type VendorSpec } from "./vendors.js";

/**
 * `api.ts`: the strict TypeScript consumer of the public API, type-checked by tsc and run (transpiled
 * by esbuild, unchanged otherwise) on Node 20 against the vendor server, and in Chromium against a
 * @cxkit/testing mock. It calls the named method where the server answers, where it answers 404, and
 * (when `hang` is set) where it never answers, with a per-call `timeoutMs`; it reports what happened and
 * leaves the judging to the release test.
 */
export function apiSource(vendor: string, spec: VendorSpec, named: NamedCall): string {
  const options = JSON.stringify(spec.options);
  const call = `client.${named.operationId}`;
  return `import { ${spec.factory}, NotFoundError, TimeoutError, type components } from "@cxkit/${vendor}";

/** How a call that should have thrown ended. */
export interface Ending {
  readonly name: string;
  /** Whether it threw the error class the case expects. */
  readonly expectedClass: boolean;
  readonly status?: number;
  readonly timeoutMs?: number;
  readonly kind?: string;
  readonly elapsedMs: number;
  readonly message: string;
}

/** What the named calls did. */
export interface NamedReport {
  /** What \`${named.operationId}\` resolved to. */
  readonly body: unknown;
  /** A field read from it through its type (${named.field}). */
  readonly field: unknown;
  readonly notFound: Ending;
  readonly timeout?: Ending;
}

function otherEnding(error: unknown, started: number): Ending {
  const name = error instanceof Error ? error.name : typeof error;
  return { name, expectedClass: false, elapsedMs: Date.now() - started, message: String(error) };
}

const RESOLVED = (started: number): Ending => ({
  name: "resolved",
  expectedClass: false,
  elapsedMs: Date.now() - started,
  message: "the call resolved",
});

/** Call ${named.operationId} three ways against \`baseUrl\`; the third (a hung call) only when \`hang\`. */
export async function callNamed(baseUrl: string, hang: boolean): Promise<NamedReport> {
  const client = ${spec.factory}({ ...${options}, baseUrl, headers: { "${VENDOR_HEADER}": "${vendor}" } });
  const body: ${named.bodyType} = await ${call}(${named.params.ok});
  const field = ${named.field};

  let started = Date.now();
  let notFound: Ending;
  try {
    await ${call}(${named.params.missing});
    notFound = RESOLVED(started);
  } catch (error) {
    if (error instanceof NotFoundError) {
      const status: number = error.status;
      notFound = { name: error.name, expectedClass: true, status, elapsedMs: Date.now() - started, message: error.message };
    } else notFound = otherEnding(error, started);
  }
  if (!hang) return { body, field, notFound };

  started = Date.now();
  let timeout: Ending;
  try {
    // retry: false, so that the time measured is the one attempt's limit (a GET is retried by default).
    await ${call}(${named.params.hang}, { timeoutMs: 200, retry: false });
    timeout = RESOLVED(started);
  } catch (error) {
    const elapsedMs = Date.now() - started;
    timeout = error instanceof TimeoutError
      ? { name: error.name, expectedClass: true, timeoutMs: error.timeoutMs, kind: error.kind, elapsedMs, message: error.message }
      : otherEnding(error, started);
  }
  return { body, field, notFound, timeout };
}
`;
}
