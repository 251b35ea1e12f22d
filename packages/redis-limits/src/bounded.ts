/** A Redis command did not answer in time (the server hangs, the network drops packets, a client queues). */
export class RedisTimeoutError extends Error {
  override name = "RedisTimeoutError";
}

/**
 * Settle with `work`, or reject after `ms`. Clients queue commands while reconnecting and a stalled
 * server never answers, so every command is bounded here rather than trusting the client's own
 * timeouts. A late answer is ignored (and its rejection swallowed, so it is never unhandled).
 */
export function bounded<T>(work: () => Promise<T>, ms: number, what: string): Promise<T> {
  let promise: Promise<T>;
  try {
    promise = work();
  } catch (error) {
    // Some clients throw synchronously when closed; that is an answer like any other.
    return Promise.reject(error);
  }
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(
        new RedisTimeoutError(`[@cxkit/redis-limits] Redis did not answer ${what} in ${ms} ms`),
      );
    }, ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
