import { Entity, stringifyEntityRef } from '@backstage/catalog-model';

/** The annotations Backstage's Kubernetes plugin ties a Component to its workloads with. */
export const KUBERNETES_ID_ANNOTATION = 'backstage.io/kubernetes-id';
export const KUBERNETES_NAMESPACE_ANNOTATION =
  'backstage.io/kubernetes-namespace';
export const KUBERNETES_LABEL_SELECTOR_ANNOTATION =
  'backstage.io/kubernetes-label-selector';

/**
 * A catalog Component that runs on Kubernetes, reduced to what ownership needs.
 * @public
 */
export interface CatalogComponent {
  /** e.g. `component:default/checkout` */
  entityRef: string;
  /** `spec.owner` as written in the catalog. */
  owner: string;
  /** `backstage.io/kubernetes-id`; matched against the workloads' label of the same name. */
  kubernetesId: string | null;
  /** `backstage.io/kubernetes-namespace`: the component only claims workloads there. */
  namespace?: string;
  /** `backstage.io/kubernetes-label-selector`; when set it replaces the kubernetes-id match. */
  labelSelector?: string;
}

/**
 * The ownership input the catalog provides: Components tied to Kubernetes and every Group ref.
 * Components without an owner or without either annotation cannot claim a namespace and are left
 * out.
 * @public
 */
export function catalogOwnershipInput(entities: readonly Entity[]): {
  components: CatalogComponent[];
  groups: string[];
} {
  const components: CatalogComponent[] = [];
  const groups: string[] = [];
  for (const entity of entities) {
    const kind = entity.kind.toLocaleLowerCase('en-US');
    if (kind === 'group') {
      groups.push(stringifyEntityRef(entity));
      continue;
    }
    if (kind !== 'component') continue;
    const annotations = entity.metadata.annotations ?? {};
    const owner = entity.spec?.owner;
    const kubernetesId = annotations[KUBERNETES_ID_ANNOTATION]?.trim() || null;
    const labelSelector =
      annotations[KUBERNETES_LABEL_SELECTOR_ANNOTATION]?.trim() || undefined;
    if (
      typeof owner !== 'string' ||
      !owner.trim() ||
      (!kubernetesId && !labelSelector)
    )
      continue;
    const namespace =
      annotations[KUBERNETES_NAMESPACE_ANNOTATION]?.trim() || undefined;
    components.push({
      entityRef: stringifyEntityRef(entity),
      owner,
      kubernetesId,
      ...(namespace ? { namespace } : {}),
      ...(labelSelector ? { labelSelector } : {}),
    });
  }
  return { components, groups };
}
