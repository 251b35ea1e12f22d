import { isObject } from "@cxkit-tools/openapi";

/** JSON with sorted keys, so two equal nodes written in another key order are recognised as equal. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isObject(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );
}
