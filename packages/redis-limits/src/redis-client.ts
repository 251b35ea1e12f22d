import { ConfigError } from "@cxkit/core";

/**
 * Send one Redis command (`["EVALSHA", sha, "3", ...]`) and resolve with its reply. `firstKey` is the
 * first key the command touches, for clients that route by key (a cluster).
 */
export type RedisCommand = (args: string[], firstKey: string) => Promise<unknown>;

/** An ioredis client (`new Redis()` or `new Cluster()`, ioredis 5 or 6): what this package uses of it. */
export interface IoRedisLike {
  call(command: string, ...args: string[]): Promise<unknown>;
  /** ioredis' connection state; its presence tells an ioredis client from a node-redis one. */
  readonly status: string;
}

/** A node-redis client (`createClient()` of `redis` 4, 5 or 6): what this package uses of it. */
export interface NodeRedisLike {
  sendCommand(args: string[]): Promise<unknown>;
}

/** A node-redis cluster (`createCluster()` of `redis` 4, 5 or 6): what this package uses of it. */
export interface NodeRedisClusterLike {
  sendCommand(
    firstKey: string | undefined,
    isReadonly: boolean | undefined,
    args: string[],
  ): Promise<unknown>;
  /** Present on a cluster only: tells it from a single-node client. */
  readonly masters: unknown;
}

/**
 * A Redis connection the limiter sends its commands over: an ioredis or node-redis client (or cluster)
 * that you created and connected, or a function that sends one command. The limiter never opens,
 * closes or reconfigures it.
 */
export type RedisClientLike = IoRedisLike | NodeRedisLike | NodeRedisClusterLike | RedisCommand;

function has(value: object, name: string, type: "function" | "string"): boolean {
  return typeof (value as Record<string, unknown>)[name] === type;
}

/**
 * One command function for whichever client was passed. ioredis is recognised first, because it also
 * has a `sendCommand` (that takes its own Command objects, not an argument list).
 */
export function toRedisCommand(client: RedisClientLike): RedisCommand {
  if (typeof client === "function") return client;
  if (typeof client === "object" && client !== null) {
    if (has(client, "call", "function") && has(client, "status", "string")) {
      const io = client as IoRedisLike;
      return (args) => io.call(args[0]!, ...args.slice(1));
    }
    if (has(client, "sendCommand", "function") && "masters" in client) {
      const cluster = client as NodeRedisClusterLike;
      return (args, firstKey) => cluster.sendCommand(firstKey, false, args);
    }
    if (has(client, "sendCommand", "function")) {
      const node = client as NodeRedisLike;
      return (args) => node.sendCommand(args);
    }
  }
  throw new ConfigError(
    "[@cxkit/redis-limits] redis must be an ioredis or node-redis client (or a function that sends one command)",
    "redis",
  );
}

/** True when Redis answered that it does not have the script cached (after a restart or SCRIPT FLUSH). */
export function isNoScript(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return message.includes("NOSCRIPT");
}
