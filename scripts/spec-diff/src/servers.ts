import { deref, type OpenApiDocument, type SpecOperation } from "@cxkit-tools/openapi";
import { locOf, type DiffContext, type Loc } from "./diff-context.js";
import { keysOf, list, obj, same, show, union } from "./json.js";

/** Every `servers` list of a spec: the root's, each path item's, each operation's. */
function serverLists(doc: OpenApiDocument): unknown[][] {
  const lists = [list(doc.servers)];
  for (const raw of Object.values(doc.paths ?? {})) {
    const item = obj(deref(doc, raw));
    lists.push(list(item.servers));
    for (const node of Object.values(item)) lists.push(list(obj(node).servers));
  }
  return lists;
}

/** The server variables some server of a spec declares: the generated client has an option for each. */
function declaredVariables(doc: OpenApiDocument): Set<string> {
  const names = new Set<string>();
  for (const servers of serverLists(doc))
    for (const server of servers) for (const name of keysOf(obj(server).variables)) names.add(name);
  return names;
}

/**
 * Two `servers` lists. The client calls the first server; its variables are client options (one per
 * name, whichever server declares it), so a variable only goes away with the last server declaring it.
 * `label` names the first server in details (`default server`, `server`).
 */
function compareServerLists(
  d: DiffContext,
  bList: unknown[],
  hList: unknown[],
  loc: Loc,
  label: string,
): void {
  const b0 = obj(bList[0]);
  const h0 = obj(hList[0]);
  if (b0.url !== h0.url)
    d.emit("changed-server", loc, `${label} ${show(b0.url)} -> ${show(h0.url)}`);
  const bv = obj(b0.variables);
  const hv = obj(h0.variables);
  for (const name of union(Object.keys(bv), Object.keys(hv))) {
    if (!(name in hv)) {
      if (!declaredVariables(d.head).has(name))
        d.emit("removed-server-variable", loc, `server variable "${name}" removed`);
      else
        d.emit(
          "changed-server",
          loc,
          `server variable "${name}" removed here (still a client option: another server declares it)`,
        );
    } else if (!(name in bv)) d.emit("new-server-variable", loc, `new server variable "${name}"`);
    else if (!same(bv[name], hv[name]))
      d.emit("changed-server", loc, `server variable "${name}" changed`);
  }
  const { url: _bu, variables: _bv, ...bRest } = b0;
  const { url: _hu, variables: _hv, ...hRest } = h0;
  if (!same(bRest, hRest) || !same(bList.slice(1), hList.slice(1)))
    d.emit("changed-description", loc, "servers described differently or other servers changed");
}

/** The root `servers`: the generated client defaults to the first. */
export function compareRootServers(d: DiffContext): void {
  compareServerLists(
    d,
    list(d.base.servers),
    list(d.head.servers),
    locOf("servers"),
    "default server",
  );
}

/** An operation's own servers: its own `servers`, else its path item's; undefined when it has none. */
function ownServers(o: SpecOperation): unknown[] | undefined {
  const own = o.operation.servers ?? o.pathItem.servers;
  return own === undefined ? undefined : list(own);
}

/**
 * The servers an operation is served from, when either version gives it its own (path-level or
 * operation-level `servers`); one served from the root's in both is covered by the root's comparison.
 */
export function compareOperationServers(
  d: DiffContext,
  b: SpecOperation,
  h: SpecOperation,
  loc: Loc,
): void {
  const bOwn = ownServers(b);
  const hOwn = ownServers(h);
  if (bOwn === undefined && hOwn === undefined) return;
  const bList = bOwn ?? list(d.base.servers);
  const hList = hOwn ?? list(d.head.servers);
  compareServerLists(d, bList, hList, loc, "server");
}
