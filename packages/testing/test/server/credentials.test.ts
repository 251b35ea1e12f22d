import { describe, expect, it } from "vitest";
import { loadOperations } from "../../src/operations.js";
import { createCredentials, optionOf } from "../../src/server/credentials.js";
import type { VendorConfig } from "../../src/source.js";
import { specOf } from "../helpers.js";

// Two schemes on the same header, as Dixa's spec has them once its Exports API is in: the raw key
// everywhere, `Bearer <key>` on the export operations. One client option (`apiKey`) feeds both.
const twoSchemes = {
  openapi: "3.1.0",
  info: { title: "two schemes", version: "1" },
  security: [{ apiKey: [] }],
  components: {
    securitySchemes: {
      apiKey: { type: "apiKey", in: "header", name: "Authorization" },
      bearer: { type: "http", scheme: "bearer" },
      partner: { type: "apiKey", in: "header", name: "x-partner" },
    },
  },
  paths: {},
};
const dixaConfig: VendorConfig = {
  auth: { apiKey: { option: "apiKey" }, bearer: { option: "apiKey" } },
};

describe("optionOf", () => {
  it.each<[string, VendorConfig["auth"], string | undefined]>([
    ["apiKey", dixaConfig.auth, "apiKey"],
    ["bearer", dixaConfig.auth, "apiKey"],
    ["partner", dixaConfig.auth, undefined],
    ["bearer", { bearer: { option: "token" } }, "token"],
    ["partner", { bearer: { option: "token" }, partner: { option: "partnerId" } }, "partnerId"],
    ["bearer", undefined, undefined],
  ])("%s with %j -> %s", (name, auth, option) => {
    expect(optionOf(name, auth)).toBe(option);
  });
});

describe("createCredentials", () => {
  it("feeds every scheme on the main header from the main option", () => {
    const { accepted } = createCredentials(twoSchemes, dixaConfig, { apiKey: "k", partner: "p" });
    expect(accepted).toEqual(
      new Map([
        ["apiKey", new Set(["k"])],
        ["bearer", new Set(["k"])],
        ["partner", new Set(["p"])], // no option in the config: the scheme's own name
      ]),
    );
  });

  it("accepts anything of the right form for schemes without a given value", () => {
    expect(createCredentials(twoSchemes, dixaConfig, {}).accepted.size).toBe(0);
  });

  it("a token endpoint checks the client credentials and its issued tokens become the valid ones", () => {
    const spec = specOf("creovai");
    const getToken = loadOperations(spec).find((o) => o.operationId === "getToken")!;
    const config: VendorConfig = {
      auth: {
        bearer: {
          option: "token",
          clientCredentials: {
            operationId: "getToken",
            clientIdOption: "clientId",
            clientSecretOption: "clientSecret",
          },
        },
      },
    };
    const credentials = createCredentials(spec, config, { clientId: "id", clientSecret: "s" });
    expect(credentials.accepted.get("bearer")).toEqual(new Set());
    expect(
      credentials.tokenRequestProblem(getToken, { client_id: "id", client_secret: "s" }),
    ).toBeUndefined();
    expect(
      credentials.tokenRequestProblem(getToken, { client_id: "id", client_secret: "x" }),
    ).toEqual({
      kind: "rule",
      status: 401,
      message: "invalid_client",
    });
    credentials.noteAnswer(getToken, { access_token: "t-1", expires_in: 1800 });
    expect(credentials.accepted.get("bearer")).toEqual(new Set(["t-1"]));
  });
});
