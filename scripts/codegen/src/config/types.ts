/** specs/<vendor>/cxkit.json, as specs/cxkit.schema.json describes it. */
export interface VendorConfig {
  name: string;
  packageName: string;
  displayName: string;
  description: string;
  /** Security scheme name -> where its credential comes from. */
  auth: Record<string, SchemeOptions>;
  /** Server URL template -> the client option that gives its whole base URL. */
  servers?: Record<string, { option: string; required?: boolean }>;
  rateLimit?: { requests: number; perMs: number; burst?: number; perDay?: number };
}

/** One scheme's entry in `auth`. */
export interface SchemeOptions {
  option: string;
  prefix?: string;
  clientCredentials?: {
    operationId: string;
    clientIdOption: string;
    clientSecretOption: string;
    refreshSkewMs?: number;
  };
}
