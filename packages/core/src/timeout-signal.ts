/**
 * An AbortSignal that fires after `ms`, with a way to stop the timer. Used instead of
 * AbortSignal.timeout(): combined through AbortSignal.any(), a timeout signal nothing else references
 * can be garbage-collected before it fires (seen on Node 20), leaving a hung request hanging.
 */
export function timeoutSignal(ms: number): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException("timed out", "TimeoutError")),
    ms,
  );
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}
