/** How a vendor package receives webhooks: its verifier, its handler, and how an event names its type. */
interface Receiver {
  readonly verify: string;
  readonly handler: string;
  readonly optionsType: string;
  readonly eventType: string;
  /** The event's type as a string, with `event` in scope (an unknown type is opaque: `String()` it). */
  readonly typeOf: string;
  /** The handler's own options (`record` is the function that notes each event handled). */
  readonly handlerOptions: string;
}

/** The vendors that receive webhooks (Klaus sends none), by the package name after `@cxkit/`. */
const RECEIVERS: Readonly<Record<string, Receiver>> = {
  dixa: {
    verify: "verifyDixaWebhook",
    handler: "createDixaWebhookHandler",
    optionsType: "VerifyDixaWebhookOptions",
    eventType: "DixaWebhookEvent",
    typeOf: "String(event.event_fqn)",
    handlerOptions: "on: { CONVERSATION_CREATED: record }, unknown: record",
  },
  haptik: {
    verify: "verifyHaptikWebhook",
    handler: "createHaptikWebhookHandler",
    optionsType: "VerifyHaptikWebhookOptions",
    eventType: "HaptikWebhookEvent",
    typeOf: "String(event.event_name)",
    handlerOptions: "on: { message: record }, unknown: record",
  },
  creovai: {
    verify: "verifyCreovaiWebhook",
    handler: "createCreovaiWebhookHandler",
    optionsType: "VerifyCreovaiWebhookOptions",
    eventType: "CreovaiWebhookEvent",
    typeOf: "String(event.callId)",
    handlerOptions: "onCallSummary: record",
  },
};

/**
 * `webhooks.ts`: the strict TypeScript receiver of `vendor`'s webhooks, type-checked by tsc and run
 * (transpiled by esbuild) in every runtime. It verifies each delivery the release test signed, or posts
 * it to the vendor's handler, with nothing but Web `Request` and Web Crypto, and reports the outcome of
 * each; the release test judges them. Undefined for a vendor without webhooks.
 */
export function webhooksSource(vendor: string): string | undefined {
  const r = RECEIVERS[vendor];
  if (!r) return undefined;
  return `import {
  ${r.verify},
  ${r.handler},
  WebhookVerificationError,
  type ${r.eventType},
  type ${r.optionsType},
} from "@cxkit/${vendor}";

/** A delivery as the release test signed it. */
export interface Delivery {
  readonly name: string;
  readonly via: "verify" | "handler";
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly options: ${r.optionsType};
}

/** What became of a delivery: the event's type, the refusal's reason, or the handler's answer. */
export interface Outcome {
  readonly name: string;
  readonly accepted?: string;
  readonly reason?: string;
  readonly status?: number;
  readonly handled?: readonly string[];
  readonly error?: string;
}

function typeOf(event: ${r.eventType}): string {
  return ${r.typeOf};
}

function requestOf(delivery: Delivery): Request {
  const headers = new Headers(delivery.headers);
  return new Request("https://receiver.example/webhooks/${vendor}", { method: "POST", headers, body: delivery.body });
}

async function verified(delivery: Delivery): Promise<Outcome> {
  try {
    const event = await ${r.verify}(requestOf(delivery), delivery.options);
    return { name: delivery.name, accepted: typeOf(event) };
  } catch (error) {
    if (error instanceof WebhookVerificationError) return { name: delivery.name, reason: error.reason };
    return { name: delivery.name, error: String(error) };
  }
}

async function handled(delivery: Delivery): Promise<Outcome> {
  const seen: string[] = [];
  const record = (event: ${r.eventType}): void => void seen.push(typeOf(event));
  const handler = ${r.handler}({ ...delivery.options, store: false, ${r.handlerOptions} });
  const response = await handler(requestOf(delivery));
  return { name: delivery.name, status: response.status, handled: seen };
}

/** Verify (or handle) every delivery, in order. */
export async function receiveAll(deliveries: readonly Delivery[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const delivery of deliveries) {
    outcomes.push(await (delivery.via === "verify" ? verified(delivery) : handled(delivery)));
  }
  return outcomes;
}
`;
}
