/**
 * @cxkit/examples: what cxkit users do, runnable offline. The conversion and the main job are
 * exported so that they are tested like any other code.
 * @packageDocumentation
 */
export { haptikTranscriptToChatCall, type HaptikTranscriptOptions } from "./haptik-to-creovai.js";
export {
  resolveConfig,
  runExample,
  type ExampleEnv,
  type ExampleResult,
  type RunExampleOptions,
  type Vendor,
} from "./run-example.js";
export {
  dixaConversationToQaTicket,
  type DixaConversationParts,
  type DixaPerson,
  type DixaToQaOptions,
} from "./dixa-to-zendesk-qa.js";
export {
  resolveDixaToQaConfig,
  runDixaToZendeskQa,
  type DixaToZendeskQaResult,
} from "./run-dixa-to-zendesk-qa.js";
