/**
 * What a limiter reports to `onEvent`. `key` is the budget's name in Redis (a vendor and a hash, never
 * a credential), so events can go to any log.
 */
export type RedisLimiterEvent =
  | {
      /** Redis failed or did not answer in time: this process now limits itself to `share` of the limit. */
      type: "fallback";
      key: string;
      /** `timeout`: no answer within `commandTimeoutMs`; `error`: Redis or the client answered an error. */
      reason: "timeout" | "error";
      /** The error's message. */
      error: string;
      /** The part of the limit this process now takes on its own. */
      share: number;
      /** Limiters that used the key recently, as Redis last said (undefined: Redis was never reached). */
      processes: number | undefined;
    }
  | {
      /** A probe got an answer: limiting is shared through Redis again. */
      type: "recovered";
      key: string;
      /** How long this process limited on its own, in ms. */
      downMs: number;
      /** Starts granted locally meanwhile; written into the shared window and daily count. */
      localStarts: number;
    }
  | {
      /** `pause(ms)` was called (a 429 with Retry-After): every limiter on the key holds. */
      type: "pause";
      key: string;
      ms: number;
      /** False when Redis could not be told: only this process holds. */
      shared: boolean;
    };

/** Give an event to the user's hook; a hook that throws never changes what the limiter does. */
export function emit(
  onEvent: ((event: RedisLimiterEvent) => void) | undefined,
  event: RedisLimiterEvent,
): void {
  if (!onEvent) return;
  try {
    onEvent(event);
  } catch {
    // The hook's failure is the hook's: limiting goes on.
  }
}
