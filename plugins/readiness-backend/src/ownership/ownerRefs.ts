import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';

/** How catalog owners are read: `spec.owner` defaults to kind Group (Backstage's own rule). */
const GROUP_DEFAULTS = { defaultKind: 'group', defaultNamespace: 'default' };

/** The full entity ref an owner value stands for, or null when it cannot be one. */
function asEntityRef(
  value: string,
  defaultNamespace = 'default',
): string | null {
  try {
    return stringifyEntityRef(
      parseEntityRef(value, { ...GROUP_DEFAULTS, defaultNamespace }),
    );
  } catch {
    return null;
  }
}

/**
 * An owner written by a person (a label, an annotation, a config override): a value that names a
 * catalog Group the catalog knows (`payments`, `group:payments`) becomes that Group's full ref, so
 * team pages and roll-ups meet on one spelling; anything else stays as written, because guessing a
 * ref for a team the catalog does not know would hide the typo.
 *
 * @param knownGroups - full refs of the catalog's Groups, lower-cased (see {@link groupSet}).
 * @public
 */
export function normalizeOwner(
  value: string,
  knownGroups: ReadonlySet<string>,
): string {
  const trimmed = value.trim();
  const ref = asEntityRef(trimmed);
  return ref && knownGroups.has(ref) ? ref : trimmed;
}

/**
 * A catalog Component's `spec.owner` as a full ref. Unlike a label it is a ref by definition, so
 * it is expanded even when the Group is not (yet) in the catalog.
 * @public
 */
export function catalogOwnerRef(owner: string, componentRef: string): string {
  let namespace = 'default';
  try {
    namespace = parseEntityRef(componentRef, GROUP_DEFAULTS).namespace;
  } catch {
    // A malformed component ref cannot say its namespace; Backstage's default applies.
  }
  return asEntityRef(owner.trim(), namespace) ?? owner.trim();
}

/**
 * What two owner spellings are compared by: `payments`, `group:payments` and
 * `group:default/payments` are one owner, so they never count as a conflict.
 * @public
 */
export function ownerKey(value: string): string {
  return asEntityRef(value.trim()) ?? value.trim().toLocaleLowerCase('en-US');
}

/** Known Group refs in the form {@link normalizeOwner} looks them up by. @public */
export function groupSet(groups: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const group of groups) {
    const ref = asEntityRef(group);
    if (ref) set.add(ref);
  }
  return set;
}

/**
 * The owner a set of labels names under the first of `keys` present, normalized; null when none
 * is set. Used for namespaces and, for shared namespaces, for the pods themselves.
 * @public
 */
export function ownerFromLabels(
  labels: Record<string, string>,
  keys: readonly string[],
  knownGroups: ReadonlySet<string>,
): { owner: string; key: string } | null {
  for (const key of keys) {
    const value = labels[key]?.trim();
    if (value) return { owner: normalizeOwner(value, knownGroups), key };
  }
  return null;
}

/**
 * {@link ownerFromLabels}'s owner for many label sets: each distinct label value is normalized
 * once. Normalizing parses an entity ref, which allocates, and a cluster's hundred thousand pods
 * name a few dozen teams.
 * @public
 */
export function labelOwnerReader(
  keys: readonly string[],
  knownGroups: ReadonlySet<string>,
): (labels: Record<string, string>) => string | null {
  const normalized = new Map<string, string>();
  return labels => {
    for (const key of keys) {
      const value = labels[key]?.trim();
      if (value) {
        let owner = normalized.get(value);
        if (owner === undefined) {
          owner = normalizeOwner(value, knownGroups);
          normalized.set(value, owner);
        }
        return owner;
      }
    }
    return null;
  };
}
