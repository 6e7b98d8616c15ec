/** Regions grouped under their province for the `/daerah/` directory. */
import type { SiteModel, RegionInfo } from './site-model.ts';

export interface ProvinceGroup {
  province: RegionInfo;
  members: { region: RegionInfo; count: number }[];
}

/** `regions`: the regions listed (by default every known one; pages pass those with content). */
export function decideRegionDirectory<T>(site: SiteModel<T>, regions: Iterable<RegionInfo> = site.regions.values()): ProvinceGroup[] {
  const listed = [...regions];
  const groups = new Map<string, ProvinceGroup>();
  for (const region of listed) {
    if (region.type === 'provinsi' && !groups.has(region.id)) groups.set(region.id, { province: region, members: [] });
  }
  for (const region of listed) {
    if (region.type === 'provinsi' || !region.province) continue;
    groups.get(region.province)?.members.push({ region, count: site.byRegion.get(region.id)?.length ?? 0 });
  }
  for (const group of groups.values()) group.members.sort((a, b) => a.region.name.localeCompare(b.region.name, 'id'));
  return [...groups.values()].sort((a, b) => a.province.name.localeCompare(b.province.name, 'id'));
}
