import type { VendorModel } from "../model/types.js";
import { header, jsdoc, str } from "./text.js";

/**
 * webhooks.ts: the events the vendor sends as one union narrowed by their type (Dixa `event_fqn`), a map
 * by type for typed handlers, and a generic variant for types this version does not know yet (vendors
 * add events; they are accepted, never rejected). Undefined when the spec has no webhooks.
 */
export function webhooksSource(
  model: VendorModel,
  envelope: string | undefined,
): string | undefined {
  const { events, discriminator, id } = model.webhooks;
  if (events.length === 0) return undefined;
  const name = model.displayName;
  const schema = (s: string) => `components["schemas"][${str(s)}]`;
  const pascal = (text: string) =>
    text
      .split(/[^A-Za-z0-9]+/)
      .filter(Boolean)
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join("");
  const entries = events.map((e) => {
    const key = discriminator === undefined ? e.name : e.discriminatorValue!;
    const alias = `${name}${pascal(e.name)}Event`;
    const docs = (indent: string, extra?: string) =>
      jsdoc(
        [
          e.summary,
          e.description,
          `Subscription name \`${e.name}\`.`,
          e.deprecated ? "@deprecated The vendor marks this event deprecated." : undefined,
          extra,
        ],
        indent,
      );
    return {
      key,
      line: `${jsdoc([e.summary ?? alias], "  ")}  ${str(key)}: ${alias};`,
      aliasLine: `${docs("", "@useDeclaredType")}export type ${alias} = ${schema(e.schema)};`,
    };
  });
  const unknown =
    discriminator === undefined
      ? undefined
      : envelope
        ? `Omit<${schema(envelope)}, ${str(discriminator)}> & { ${discriminator}: UnknownEventName }`
        : `{ ${discriminator}: UnknownEventName; [field: string]: unknown }`;
  const meta = {
    discriminator: discriminator ?? null,
    id: id ?? null,
    types: entries.map((e) => e.key),
  };
  return `${header(model.specFile)}
${unknown ? 'import type { UnknownEventName } from "@cxkit/core";\n' : ""}import type { components } from "./schema.js";

${entries.map((e) => e.aliasLine).join("\n\n")}

${jsdoc([`Every event type ${name} sends${discriminator ? `, by its \`${discriminator}\`` : ""} (${model.specFile} \`webhooks\`).`])}export interface ${name}WebhookEvents {
${entries.map((e) => e.line).join("\n")}
}
${
  unknown
    ? `
${jsdoc([`An event whose \`${discriminator}\` this version does not know yet: the shared envelope, its type opaque (a string at run time). Delivered to a handler's \`unknown\`, never rejected.`])}export type ${name}UnknownWebhookEvent = ${unknown};

${jsdoc([`Any event ${name} sends: narrow it by \`${discriminator}\` (\`switch (event.${discriminator})\`); an unknown type falls to \`default\`.`])}export type ${name}WebhookEvent = ${name}WebhookEvents[keyof ${name}WebhookEvents] | ${name}UnknownWebhookEvent;
`
    : `
${jsdoc([`The event ${name} sends.`])}export type ${name}WebhookEvent = ${name}WebhookEvents[keyof ${name}WebhookEvents];
`
}
${jsdoc(["Run-time facts of the events: the type property, the id deliveries of one event share, the known types."])}export const webhookEvents = ${JSON.stringify(meta)} as const;
`;
}
