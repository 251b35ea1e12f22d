import { vendorSpecs, type VendorName } from "./generated/index.js";
import type { OpenApiDocument } from "./operations.js";

/** The vendors whose specs ship with @cxkit/testing. */
export const VENDORS = Object.keys(vendorSpecs).sort() as VendorName[];

/** The parts of a vendor's cxkit.json the mock uses: which client option carries each scheme's credential. */
export interface VendorConfig {
  name?: string;
  /** Security scheme name -> the client option holding its credential (as in the generated client). */
  auth?: Readonly<
    Record<
      string,
      {
        option: string;
        /** A token endpoint that exchanges a client id and secret for this bearer token (Creovai `/Token`). */
        clientCredentials?: {
          operationId: string;
          clientIdOption: string;
          clientSecretOption: string;
        };
      }
    >
  >;
}

/** A spec to serve that does not ship with the kit. */
export interface CustomSpec {
  spec: OpenApiDocument;
  /** Its cxkit.json, to map `credentials` by client option name. */
  config?: VendorConfig;
  /** Whose error shape to answer in (default `generic`: `{ "message": ... }`). */
  errors?: VendorName | "generic";
  /** Name shown in logs. */
  name?: string;
}

/** What a mock serves: a spec, its config and the dialect its errors are in. */
export interface ResolvedSource {
  name: string;
  spec: OpenApiDocument;
  config: VendorConfig | undefined;
  /** A dialect name (see `dialects/`). */
  errors: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** What `startMockServer`'s first argument names. Throws a `[@cxkit/testing]` TypeError otherwise. */
export function resolveSource(source: VendorName | OpenApiDocument | CustomSpec): ResolvedSource {
  if (typeof source === "string") {
    const vendor = (vendorSpecs as Record<string, { spec: OpenApiDocument; config: VendorConfig }>)[
      source
    ];
    if (!vendor) {
      throw new TypeError(
        `[@cxkit/testing] unknown vendor "${source}"; known: ${VENDORS.join(", ")} (or pass an OpenAPI document)`,
      );
    }
    return { name: source, spec: vendor.spec, config: vendor.config, errors: source };
  }
  if (isObject(source) && isObject(source.spec)) {
    const custom = source as unknown as CustomSpec;
    return {
      name: custom.name ?? custom.config?.name ?? "custom",
      spec: custom.spec,
      config: custom.config,
      errors: custom.errors ?? "generic",
    };
  }
  if (isObject(source) && isObject(source.paths)) {
    const info = isObject(source.info) ? source.info : {};
    return {
      name: typeof info.title === "string" ? info.title : "custom",
      spec: source,
      config: undefined,
      errors: "generic",
    };
  }
  throw new TypeError(
    "[@cxkit/testing] startMockServer takes a vendor name, an OpenAPI document or { spec, config }",
  );
}
