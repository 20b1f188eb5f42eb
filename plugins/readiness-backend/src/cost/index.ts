export { attributeCosts } from './attributeCosts';
export type {
  AttributeCostsOptions,
  AttributedNamespaceCost,
  CostAttribution,
} from './attributeCosts';
export { computeCosts } from './computeCosts';
export type {
  CostBreakdown,
  CostFacts,
  CostModel,
  CostOptions,
  NamespaceCostModel,
} from './computeCosts';
export { OpenCostClient, parseAllocationResponse } from './opencost';
export type { OpenCostNamespace, OpenCostResult } from './opencost';
export { monthOverMonthGrowth } from './growth';
export type { CostGrowth, DailyCost, GrowthOptions } from './growth';
export {
  HOURS_PER_MONTH,
  OPENCOST_DEFAULT_PRICING,
  resolvePricing,
  toCents,
} from './pricing';
export type { PricingConfig } from './pricing';
export { UNOWNED_SHARE } from './shares';
