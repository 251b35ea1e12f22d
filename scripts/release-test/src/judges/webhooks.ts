import type { Delivery, Expected } from "../webhook-deliveries.js";

/** What the consumer's `receiveAll` reported for one delivery. */
interface Outcome {
  readonly name?: unknown;
  readonly accepted?: unknown;
  readonly reason?: unknown;
  readonly status?: unknown;
  readonly handled?: unknown;
  readonly error?: unknown;
}

function matches(outcome: Outcome, expected: Expected): boolean {
  if ("accepted" in expected) return outcome.accepted === expected.accepted;
  if ("reason" in expected) return outcome.reason === expected.reason;
  return (
    outcome.status === expected.status &&
    JSON.stringify(outcome.handled) === JSON.stringify(expected.handled)
  );
}

/** What `expected` means, for a FAIL line. */
function wanted(expected: Expected): string {
  if ("accepted" in expected) return `accepted as ${expected.accepted}`;
  if ("reason" in expected) return `refused with reason ${expected.reason}`;
  return `answered ${expected.status}, handling [${expected.handled.join(", ")}]`;
}

/**
 * What is wrong with the outcomes a consumer reported for `deliveries`, if anything: one outcome per
 * delivery, in order, each what the delivery expects. Names every delivery that went wrong.
 */
export function webhooksProblem(
  value: unknown,
  deliveries: readonly Delivery[],
): string | undefined {
  const outcomes = Array.isArray(value) ? (value as Outcome[]) : [];
  const wrong = deliveries.flatMap((delivery, i) => {
    const outcome = outcomes[i];
    if (outcome && outcome.name === delivery.name && matches(outcome, delivery.expect)) return [];
    return [
      `${delivery.name}: expected ${wanted(delivery.expect)}, got ${JSON.stringify(outcome)}`,
    ];
  });
  if (outcomes.length !== deliveries.length) {
    wrong.push(`${outcomes.length} outcomes for ${deliveries.length} deliveries`);
  }
  return wrong.length === 0 ? undefined : wrong.join("; ");
}
