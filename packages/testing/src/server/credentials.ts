import type { AcceptedCredentials } from "../auth.js";
import { type OpenApiDocument, type OperationSpec, securitySchemes } from "../operations.js";
import type { Problem } from "../problem.js";
import type { VendorConfig } from "../source.js";

type Auth = NonNullable<VendorConfig["auth"]>;

/** Which credentials a mock accepts, and what its token endpoint (if any) has issued. */
export interface Credentials {
  /** Accepted values per security scheme; a scheme absent here accepts any value of its form. */
  readonly accepted: AcceptedCredentials;
  /** At the token endpoint, given client credentials: refuse any other client id or secret. */
  tokenRequestProblem(operation: OperationSpec, body: unknown): Problem | undefined;
  /** After the token endpoint answered: the token in its answer is accepted from now on. */
  noteAnswer(operation: OperationSpec, body: unknown): void;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The client option that feeds a scheme, from cxkit.json's `auth` (scheme name -> option), as in the
 * generated client: when a spec uses two schemes on the same header (Dixa's raw `apiKey` and its Exports
 * API's `bearer`), cxkit.json names the same option for both. Undefined when cxkit.json says nothing
 * about the scheme.
 */
export function optionOf(name: string, auth: Auth | undefined): string | undefined {
  return auth?.[name]?.option;
}

/**
 * The credentials a mock accepts: per security scheme, the value `given` has for the client option
 * that feeds it (or for the scheme's own name). With a token endpoint and its client id given, the
 * main credential's schemes accept the tokens that endpoint issued (and `given`'s token, if any).
 */
export function createCredentials(
  spec: OpenApiDocument,
  config: VendorConfig | undefined,
  given: Record<string, string | undefined>,
): Credentials {
  const auth = config?.auth;
  // The token endpoint, when the client credentials it checks were given.
  const tokenScheme = Object.values(auth ?? {}).find((s) => s.clientCredentials);
  const cc = tokenScheme?.clientCredentials;
  const issuing = cc && given[cc.clientIdOption] !== undefined ? cc : undefined;
  const mainValue = tokenScheme ? given[tokenScheme.option] : undefined;
  // One set for every scheme fed by the main option: a token issued once is good for all of them.
  const issued = new Set<string>(mainValue === undefined ? [] : [mainValue]);
  const accepted: AcceptedCredentials = new Map();
  for (const [name] of securitySchemes(spec)) {
    const option = optionOf(name, auth);
    if (issuing && option === tokenScheme?.option) {
      accepted.set(name, issued);
      continue;
    }
    const value = (option !== undefined ? given[option] : undefined) ?? given[name];
    if (value !== undefined) accepted.set(name, new Set([value]));
  }
  return {
    accepted,
    tokenRequestProblem(operation, body) {
      if (operation.operationId !== issuing?.operationId) return undefined;
      const fields = isObject(body) ? body : {};
      const ok =
        fields.client_id === given[issuing.clientIdOption] &&
        fields.client_secret === given[issuing.clientSecretOption];
      return ok ? undefined : { kind: "rule", status: 401, message: "invalid_client" };
    },
    noteAnswer(operation, body) {
      if (operation.operationId !== issuing?.operationId) return;
      if (isObject(body) && typeof body.access_token === "string") issued.add(body.access_token);
    },
  };
}
