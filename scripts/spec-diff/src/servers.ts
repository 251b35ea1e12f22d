import { locOf, type DiffContext } from "./diff-context.js";
import { list, obj, same, show, union } from "./json.js";

/** The root `servers`: the generated client defaults to the first and takes its variables as options. */
export function compareRootServers(d: DiffContext): void {
  const bList = list(d.base.servers);
  const hList = list(d.head.servers);
  const loc = locOf("servers");
  const b0 = obj(bList[0]);
  const h0 = obj(hList[0]);
  if (b0.url !== h0.url)
    d.emit("changed-server", loc, `default server ${show(b0.url)} -> ${show(h0.url)}`);
  const bv = obj(b0.variables);
  const hv = obj(h0.variables);
  for (const name of union(Object.keys(bv), Object.keys(hv))) {
    if (!(name in hv)) d.emit("removed-server-variable", loc, `server variable "${name}" removed`);
    else if (!(name in bv)) d.emit("new-server-variable", loc, `new server variable "${name}"`);
    else if (!same(bv[name], hv[name]))
      d.emit("changed-server", loc, `server variable "${name}" changed`);
  }
  const { url: _bu, variables: _bv, ...bRest } = b0;
  const { url: _hu, variables: _hv, ...hRest } = h0;
  if (!same(bRest, hRest) || !same(bList.slice(1), hList.slice(1)))
    d.emit("changed-description", loc, "servers described differently or other servers changed");
}
