import { NAMED_CALLS } from "./vendor-calls.js";
import { VENDORS } from "./vendors.js";

/**
 * One line of a consumer's type tests that must not compile: it is written under `// @ts-expect-error`,
 * and the release test also compiles it without the directive to see it fail for the right reason.
 */
export interface TypeCase {
  /** What the line gets wrong, for the directive's comment and the check's output. */
  readonly why: string;
  /** One statement (on one line), with `client` in scope, inside an async function. */
  readonly code: string;
  /** Text the compiler's error on that line must contain, so that another mistake cannot pass for it. */
  readonly expect: string;
}

/** A consumer's type tests: valid statements, then the statements that must not compile. */
export interface TypeTests {
  /** Statements that compile: the broken ones are variations of them. */
  readonly valid: readonly string[];
  readonly cases: readonly TypeCase[];
}

/**
 * Each vendor's paginated listing, for the paginate() cases. Haptik and Creovai have none, and their
 * packages do not export `paginate` at all: there is nothing to call it wrongly on.
 */
const LISTINGS: Readonly<Record<string, { path: string; query: string } | undefined>> = {
  dixa: { path: "/v1/agents", query: `{ email: "a@b.c" }` },
  klaus: { path: "/api/export/reviews", query: `{ fromDate: "2024-05-01T00:00:00Z" }` },
};

/** Options a vendor's client needs besides its credentials to be created without `baseUrl`. */
const EXTRA_OPTIONS: Readonly<Record<string, Record<string, string>>> = {
  creovai: { instance: "acme" },
};

/** The type tests of `vendor`'s consumer (the client is created from `factory` with `options`). */
export function typeTestsFor(vendor: string): TypeTests {
  const spec = VENDORS[vendor];
  const named = NAMED_CALLS[vendor];
  if (!spec || !named) throw new Error(`no release-test spec for ${vendor}`);
  const options = JSON.stringify({ ...spec.options, ...EXTRA_OPTIONS[vendor] }).slice(1, -1);
  const call = `client.${named.operationId}`;
  const misspeltParams = named.params.ok.replace(/^\{ path:/, "{ paht:");
  const valid = [
    `${spec.factory}({ ${options}, baseUrl: "http://127.0.0.1:1" });`,
    `await ${call}(${named.params.ok}, { timeoutMs: 200, retry: false });`,
  ];
  const cases: TypeCase[] = [
    {
      why: "a misspelt client option",
      code: `${spec.factory}({ ${options}, baseURL: "http://127.0.0.1:1" });`,
      expect: "baseURL",
    },
    {
      why: "a misspelt key in a named method's params",
      code: `await ${call}(${misspeltParams});`,
      expect: "paht",
    },
    {
      why: "a misspelt per-call option",
      code: `await ${call}(${named.params.ok}, { timeOutMs: 200 });`,
      expect: "timeOutMs",
    },
    {
      why: "the named method's body is typed, not any",
      code: `const wrong: number = await ${call}(${named.params.ok});`,
      expect: "not assignable to type 'number'",
    },
  ];
  const listing = LISTINGS[vendor];
  if (listing) {
    valid.push(`paginate(client, "${listing.path}", { params: { query: ${listing.query} } });`);
    cases.push({
      why: "paginate() takes only paginated paths",
      // With the init that path takes: the path must be the only thing wrong.
      code: `paginate(client, "${named.path}", { params: ${named.params.ok} });`,
      expect: named.path,
    });
    cases.push({
      why: "a misspelt init key of paginate()",
      code: `paginate(client, "${listing.path}", { params: { qeury: ${listing.query} } });`,
      expect: "qeury",
    });
  }
  return { valid, cases };
}
