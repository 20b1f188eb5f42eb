import { Pricing } from '@readiness/plugin-readiness-common';

/** Hours in the month every monthly figure uses: 365 × 24 / 12, as cloud price lists do. */
export const HOURS_PER_MONTH = 730;

/**
 * OpenCost's published defaults (`configs/default.json` in opencost/opencost, "based on GCP
 * us-central1"): CPU 0.031611/core-hour, RAM 0.004237/GiB-hour, GPU 0.95/hour, storage
 * 0.00005479452/GiB-hour (= 0.04/GiB-month). OpenCost's custom provider prices a load balancer at
 * 0; its AWS and GCP providers use 0.025/hour for the first forwarding rule, which is the figure
 * kept here (0.025 × 730 = 18.25), because a free load balancer would hide real spend.
 * @public
 */
export const OPENCOST_DEFAULT_PRICING: Pricing = {
  cpuCoreHour: 0.031611,
  memoryGiBHour: 0.004237,
  gpuHour: 0.95,
  storageGiBMonth: 0.04,
  loadBalancerMonth: 0.025 * HOURS_PER_MONTH,
  currency: 'USD',
};

/** List prices: a global default and per-cluster overrides, each field optional. @public */
export interface PricingConfig {
  default?: Partial<Pricing>;
  clusters?: Record<string, Partial<Pricing>>;
}

/** The prices for one cluster: its own, then the global default, then OpenCost's. @public */
export function resolvePricing(
  cluster: string,
  config: PricingConfig = {},
): Pricing {
  return {
    ...OPENCOST_DEFAULT_PRICING,
    ...config.default,
    ...config.clusters?.[cluster],
  };
}

/**
 * Money to cents, done once at output so sums stay exact inside. `toPrecision(12)` strips binary
 * noise first, so 2.675 (stored as 2.67499999…) rounds to 2.68 as a person would.
 * @public
 */
export function toCents(value: number): number {
  return Math.round(Number((value * 100).toPrecision(12))) / 100;
}
