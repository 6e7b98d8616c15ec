/**
 * Reads the idn-area-data package once per process and hands its rows to the
 * pure registry (src/model/region-registry.ts). The content check and the
 * build's regions collection both take their package regions from here.
 */
import { getProvinces, getRegencies } from 'idn-area-data';
import { decidePackageRegions, type PackageRegions } from '../model/region-registry.ts';

let packagePromise: Promise<PackageRegions> | undefined;

/** The package's 38 provinces and 514 regencies and cities as region records. */
export function loadPackageRegions(): Promise<PackageRegions> {
  packagePromise ??= (async () => {
    const [provinces, regencies] = await Promise.all([getProvinces(), getRegencies({ transform: true })]);
    return decidePackageRegions(
      provinces.map(({ code, name }) => ({ code, name })),
      regencies.map(({ code, name, provinceCode }) => ({ code, name, provinceCode })),
    );
  })();
  return packagePromise;
}
