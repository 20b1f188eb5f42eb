export {
  resolveOwners,
  componentsByNamespace,
  DEFAULT_OWNER_KEYS,
} from './resolveOwners';
export type {
  NamespaceOwnership,
  OwnerClaim,
  OwnerOverride,
  OwnershipFacts,
  OwnershipOptions,
} from './resolveOwners';
export { catalogOwnershipInput } from './catalogComponents';
export type { CatalogComponent } from './catalogComponents';
export {
  normalizeOwner,
  ownerFromLabels,
  ownerKey,
  groupSet,
} from './ownerRefs';
