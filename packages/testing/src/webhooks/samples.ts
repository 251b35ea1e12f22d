import { vendorSpecs, type VendorName } from "../generated/index.js";

type Json = Record<string, unknown>;

interface WebhookItem {
  post?: {
    requestBody?: { content?: Record<string, { examples?: Record<string, { value?: unknown }> }> };
  };
}

/** The event types a vendor's spec describes, by their type name (Dixa `CONVERSATION_CREATED`), and their subscription names. */
export function webhookEventTypes(
  vendor: VendorName,
): { type: string; name: string; sample: Json }[] {
  const spec = vendorSpecs[vendor].spec as {
    webhooks?: Record<string, WebhookItem>;
    ["x-cxkit-webhooks"]?: Json;
  };
  const discriminator = spec["x-cxkit-webhooks"]?.discriminator;
  const out: { type: string; name: string; sample: Json }[] = [];
  for (const [name, item] of Object.entries(spec.webhooks ?? {})) {
    const examples = item.post?.requestBody?.content?.["application/json"]?.examples ?? {};
    const first = Object.values(examples)[0]?.value;
    if (first === null || typeof first !== "object") continue;
    const sample = first as Json;
    const type =
      typeof discriminator === "string" && typeof sample[discriminator] === "string"
        ? (sample[discriminator] as string)
        : name;
    out.push({ type, name, sample });
  }
  return out;
}

/**
 * A sample event of a vendor, from the examples of its spec's `webhooks`: by type (`CONVERSATION_CREATED`,
 * `message`) or subscription name (`ConversationCreated`), or the first one. A fresh copy; Dixa's
 * `event_id` is a new UUID each time unless `keepId` (so two samples are two events).
 */
export function sampleWebhookEvent(
  vendor: VendorName,
  type?: string,
  options: { keepId?: boolean } = {},
): Json {
  const events = webhookEventTypes(vendor);
  const found =
    type === undefined ? events[0] : events.find((e) => e.type === type || e.name === type);
  if (!found) {
    throw new TypeError(
      `[@cxkit/testing] ${vendor} has no webhook event "${type}"; known: ${events.map((e) => e.type).join(", ")}`,
    );
  }
  const event = structuredClone(found.sample);
  if (vendor === "dixa" && !options.keepId) event.event_id = crypto.randomUUID();
  return event;
}
