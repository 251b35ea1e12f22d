import { bounded } from "./bounded.js";
import { redisKeys } from "./key.js";
import type { ResolvedOptions } from "./options.js";
import { isNoScript, type RedisCommand } from "./redis-client.js";
import { SCRIPT, SCRIPT_SHA } from "./script.js";

/** Redis's answer to a reservation. */
export interface Reservation {
  /** False when the slot would come after the caller's deadline: nothing was reserved. */
  reserved: boolean;
  /** Ms from now (Redis's now) to the slot. */
  waitMs: number;
  /** Starts left today (undefined without `perDay`). */
  remaining: number | undefined;
  /** Limiters that used the key recently, this one included. */
  processes: number;
}

/** Redis's answer to a status read. */
export interface Status {
  remaining: number | undefined;
  pausedMs: number;
  processes: number;
}

/** Local starts to write into the shared state after an outage. */
export interface Credits {
  /** Ms since each recent local start (those still inside a window). */
  ages: number[];
  /** Local starts since the outage began, for the daily count. */
  count: number;
}

function numbers(reply: unknown, length: number): number[] {
  if (!Array.isArray(reply) || reply.length < length) {
    throw new Error(
      `[@cxkit/redis-limits] unexpected reply from the limit script: ${String(reply)}`,
    );
  }
  return reply.slice(0, length).map((value) => Number(value));
}

const remainingOf = (value: number) => (value < 0 ? undefined : value);

/** The shared state of one key in Redis: every read and write is one bounded run of the script. */
export class RedisState {
  readonly #send: RedisCommand;
  readonly #keys: string[];
  readonly #limits: string[];
  readonly #timeoutMs: number;
  /** How recent a limiter's last reservation must be for it to count as one of the sharers. */
  readonly activeMs: number;

  constructor(options: ResolvedOptions) {
    this.#send = options.send;
    this.#keys = redisKeys(options.prefix, options.name);
    this.#timeoutMs = options.commandTimeoutMs;
    this.activeMs = Math.max(2 * options.perMs, 10_000);
    const { requests, perMs, burst, perDay, marginMs } = options;
    const window = perMs + marginMs;
    const rate = requests / perMs;
    // The bucket is smaller by the refill of one margin: a request that arrives `marginMs` late no
    // longer leaves room for an early one in the vendor's own bucket.
    const capacity = burst === undefined ? 0 : Math.max(1, burst - rate * marginMs);
    this.#limits = [requests, window, capacity, rate, perDay ?? 0].map(String);
  }

  /** Reserve the next slot, unless it comes later than `maxWaitMs` (-1: no limit). */
  async reserve(
    maxWaitMs: number,
    instance: string,
    credits: Credits | undefined,
  ): Promise<Reservation> {
    const args = [
      String(Math.floor(maxWaitMs)),
      instance,
      String(this.activeMs),
      String(credits?.count ?? 0),
      ...(credits?.ages ?? []).map((age) => String(Math.round(age))),
    ];
    const [reserved, waitMs, remaining, processes] = numbers(await this.#run("reserve", args), 4);
    return {
      reserved: reserved === 1,
      waitMs: waitMs!,
      remaining: remainingOf(remaining!),
      processes: processes!,
    };
  }

  /** Hold every limiter on the key for `ms`. */
  async pause(ms: number): Promise<void> {
    await this.#run("pause", [String(Math.ceil(ms))]);
  }

  /** Read the daily quota, the pause and the sharers without reserving anything. */
  async status(): Promise<Status> {
    const [remaining, pausedMs, processes] = numbers(
      await this.#run("status", [String(this.activeMs)]),
      3,
    );
    return { remaining: remainingOf(remaining!), pausedMs: pausedMs!, processes: processes! };
  }

  /**
   * EVALSHA, and EVAL when Redis does not know the script (it was restarted or flushed): EVAL caches
   * it again, so the next call is an EVALSHA hit. Each command is bounded on its own.
   */
  async #run(op: string, args: string[]): Promise<unknown> {
    const tail = [String(this.#keys.length), ...this.#keys, op, ...this.#limits, ...args];
    const first = this.#keys[0]!;
    try {
      return await bounded(
        () => this.#send(["EVALSHA", SCRIPT_SHA, ...tail], first),
        this.#timeoutMs,
        "EVALSHA",
      );
    } catch (error) {
      if (!isNoScript(error)) throw error;
      return bounded(() => this.#send(["EVAL", SCRIPT, ...tail], first), this.#timeoutMs, "EVAL");
    }
  }
}
