/** The division tree for the region filter's cascade (province → city → county) and breadcrumbs. */
import { BY_CODE, ownName, parentCode, pathOf, REGIONS, type RegionRef } from './data';

const childrenByParent = new Map<string | null, RegionRef[]>();
for (const r of REGIONS) {
  const parent = parentCode(r);
  const list = childrenByParent.get(parent);
  if (list) list.push(r);
  else childrenByParent.set(parent, [r]);
}
for (const list of childrenByParent.values()) list.sort((a, b) => a.code.localeCompare(b.code));

export interface RegionOption {
  code: string;
  name: string;
  level: RegionRef['level'];
}

const option = (r: RegionRef): RegionOption => ({ code: r.code, name: ownName(r), level: r.level });

/** The regions directly under `code` (provinces for null): a municipality's districts sit under it directly. */
export function regionChildren(code: string | null): RegionOption[] {
  return (childrenByParent.get(code) ?? []).map(option);
}

/** From the province down to the region itself; empty for an unknown code. */
export function regionTrail(code: string): RegionOption[] {
  return BY_CODE.has(code) ? pathOf(BY_CODE.get(code)!).map((c) => option(BY_CODE.get(c)!)) : [];
}
