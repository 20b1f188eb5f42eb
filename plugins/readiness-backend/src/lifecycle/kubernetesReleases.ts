/**
 * Upstream Kubernetes minor releases and the end of their patch support (about 14 months after
 * release). Shipped with the plugin so scans need no network; dates after the last update are
 * the project's published schedule and are revised with each release of this plugin.
 * Last reviewed: 2026-11-25.
 */
export const KUBERNETES_RELEASES: ReadonlyArray<{
  minor: number;
  released: string;
  endOfSupport: string;
}> = [
  { minor: 24, released: '2022-05-03', endOfSupport: '2023-07-28' },
  { minor: 25, released: '2022-08-23', endOfSupport: '2023-10-28' },
  { minor: 26, released: '2022-12-09', endOfSupport: '2024-02-28' },
  { minor: 27, released: '2023-04-11', endOfSupport: '2024-06-28' },
  { minor: 28, released: '2023-08-15', endOfSupport: '2024-10-28' },
  { minor: 29, released: '2023-12-13', endOfSupport: '2025-02-28' },
  { minor: 30, released: '2024-04-17', endOfSupport: '2025-06-28' },
  { minor: 31, released: '2024-08-13', endOfSupport: '2025-10-28' },
  { minor: 32, released: '2024-12-11', endOfSupport: '2026-02-28' },
  { minor: 33, released: '2025-04-23', endOfSupport: '2026-06-28' },
  { minor: 34, released: '2025-08-27', endOfSupport: '2026-10-27' },
  { minor: 35, released: '2025-12-17', endOfSupport: '2027-02-28' },
  { minor: 36, released: '2026-04-22', endOfSupport: '2027-06-28' },
  { minor: 37, released: '2026-08-19', endOfSupport: '2027-10-28' },
];

/** The minor version of a `v1.31.4`-style version string (also `v1.31.4-eks-1234`), or null. */
export function minorOf(version: string | null | undefined): number | null {
  const match = /^v?1\.(\d+)/.exec(version ?? '');
  return match ? Number(match[1]) : null;
}

/** Where a minor version stands on `now`. */
export function releaseStatus(minor: number, now: Date) {
  const released = KUBERNETES_RELEASES.filter(
    r => Date.parse(r.released) <= now.getTime(),
  );
  const newest = released[released.length - 1]?.minor ?? minor;
  const entry = KUBERNETES_RELEASES.find(r => r.minor === minor);
  const endOfSupport = entry?.endOfSupport ?? null;
  const daysToEndOfSupport =
    endOfSupport === null
      ? null
      : Math.floor((Date.parse(endOfSupport) - now.getTime()) / 86_400_000);
  return {
    newestMinor: newest,
    minorsBehind: Math.max(0, newest - minor),
    endOfSupport,
    // Unknown old minors are out of support; unknown newer ones are newer than this calendar.
    supported: entry ? daysToEndOfSupport! >= 0 : minor > newest,
    daysToEndOfSupport,
  };
}
