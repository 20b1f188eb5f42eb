import { SelectorError } from './labelSelector.ts';
import type { KubeObject, ResourceDefinition } from './types.ts';

// Field labels kube-apiserver accepts beyond metadata.name/namespace, per
// built-in resource (from each registry's GetAttrs / field label conversion).
const EXTRA_FIELDS: Record<string, string[]> = {
  '/pods': [
    'spec.nodeName',
    'spec.restartPolicy',
    'spec.schedulerName',
    'spec.serviceAccountName',
    'spec.hostNetwork',
    'status.phase',
    'status.podIP',
    'status.nominatedNodeName',
  ],
  '/events': [
    'involvedObject.kind',
    'involvedObject.namespace',
    'involvedObject.name',
    'involvedObject.uid',
    'involvedObject.apiVersion',
    'involvedObject.resourceVersion',
    'involvedObject.fieldPath',
    'reason',
    'reportingComponent',
    'source',
    'type',
  ],
  '/secrets': ['type'],
  '/namespaces': ['status.phase'],
  '/nodes': ['spec.unschedulable'],
  '/replicationcontrollers': ['status.replicas'],
  'apps/replicasets': ['status.replicas'],
  'batch/jobs': ['status.successful'],
  'certificates.k8s.io/certificatesigningrequests': ['spec.signerName'],
};

// Fields whose Go zero value is reported when the JSON omits them.
const DEFAULTS: Record<string, string> = {
  'spec.hostNetwork': 'false',
  'spec.unschedulable': 'false',
  'status.replicas': '0',
  'status.successful': '0',
};

function fieldValue(object: KubeObject, field: string): string {
  const path = field === 'source' ? 'source.component' : field;
  let value: unknown = object;
  for (const part of path.split('.')) {
    value =
      value && typeof value === 'object'
        ? (value as Record<string, unknown>)[part]
        : undefined;
  }
  if (value === undefined || value === null) return DEFAULTS[field] ?? '';
  return String(value);
}

/** Splits on commas that are not escaped with a backslash. */
function splitTerms(selector: string): string[] {
  return selector.split(/(?<!\\),/).map(t => t.trim());
}

const unescape = (value: string) => value.replace(/\\([\\,=!])/g, '$1');

/**
 * Parses a field selector (`metadata.name=web,status.phase!=Running`) for a
 * resource into a predicate. Unsupported fields fail as the server fails them.
 */
export function parseFieldSelector(
  selector: string,
  def: ResourceDefinition,
): (object: KubeObject) => boolean {
  if (selector.trim() === '') return () => true;
  const allowed = [
    'metadata.name',
    'metadata.namespace',
    ...(EXTRA_FIELDS[`${def.group}/${def.plural}`] ?? []),
  ];
  const terms = splitTerms(selector).map(term => {
    const match = /^([^=!]+?)\s*(==|=|!=)\s*(.*)$/.exec(term);
    if (!match) {
      throw new SelectorError(
        `invalid selector: '${selector}'; can't understand '${term}'`,
      );
    }
    const [, field, op, raw] = match;
    if (!allowed.includes(field)) {
      throw new SelectorError(
        def.source === 'crd'
          ? `"${field}" is not a known field selector: only "metadata.name", "metadata.namespace"`
          : `field label not supported: ${field}`,
      );
    }
    const value = unescape(raw);
    return (object: KubeObject) =>
      op === '!='
        ? fieldValue(object, field) !== value
        : fieldValue(object, field) === value;
  });
  return object => terms.every(t => t(object));
}
