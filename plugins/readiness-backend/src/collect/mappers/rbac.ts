import { KubeObject } from '../../kube/types';
import { BindingFact, RoleFact } from '../facts';
import { array, meta, record, str } from './util';

export function toRoleFact(object: KubeObject): RoleFact | undefined {
  const m = meta(object);
  if (!m) return undefined;
  const wildcard = array(object.rules).some(rule => {
    const r = record(rule);
    return array(r.verbs).includes('*') && array(r.resources).includes('*');
  });
  return { name: m.name, wildcard };
}

export function toBindingFact(object: KubeObject): BindingFact | undefined {
  const m = meta(object);
  const roleRef = record(object.roleRef);
  const roleName = str(roleRef.name);
  if (!m || !roleName) return undefined;
  return {
    namespace: m.namespace || null,
    name: m.name,
    roleKind: str(roleRef.kind) ?? 'ClusterRole',
    roleName,
    subjects: array(object.subjects).map(s => ({
      kind: str(record(s).kind) ?? '',
      name: str(record(s).name) ?? '',
      namespace: str(record(s).namespace),
    })),
  };
}
