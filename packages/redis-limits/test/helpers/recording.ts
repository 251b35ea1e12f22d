import { startServer, type TestServer } from "@cxkit/test-utils";

/** A recording server that also notes when each counted request arrived (epoch ms). */
export interface TimedServer {
  server: TestServer;
  /** Receive times of the counted calls (warm-up calls, conversation 0, are left out). */
  times: number[];
  /** Receive time by conversation id. */
  byConversation: Map<number, number>;
}

/** Answer every Dixa conversation GET with 200 and note its arrival time. */
export async function startTimedServer(): Promise<TimedServer> {
  const times: number[] = [];
  const byConversation = new Map<number, number>();
  const server = await startServer((req) => {
    const at = Date.now(); // the clock of Redis's TIME and of the workers
    const id = Number(req.path.split("/").at(-1));
    if (id !== 0) {
      times.push(at);
      byConversation.set(id, at);
    }
    return { body: { data: { id: 1, _type: "EmailConversation" } } };
  });
  return { server, times, byConversation };
}

/** The most starts in any window `[t, t + windowMs)`. */
export function maxInWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[j]! >= windowMs) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

/**
 * The lowest level a token bucket of `capacity`, refilled at `ratePerMs`, reaches when each start takes
 * a token: below 0 means more back-to-back starts than the burst allows.
 */
export function lowestBucketLevel(
  times: readonly number[],
  capacity: number,
  ratePerMs: number,
): number {
  const sorted = [...times].sort((a, b) => a - b);
  let level = capacity;
  let lowest = capacity;
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0) level = Math.min(capacity, level + (sorted[i]! - sorted[i - 1]!) * ratePerMs);
    level -= 1;
    lowest = Math.min(lowest, level);
  }
  return lowest;
}
