import { KubeObject } from '../../kube/types';
import { BindingFact, RoleFact } from '../facts';
import { FactInterner } from '../intern';
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

export function toBindingFact(
  object: KubeObject,
  intern: FactInterner = new FactInterner(),
): BindingFact | undefined {
  const m = meta(object, intern);
  const roleRef = record(object.roleRef);
  const roleName = str(roleRef.name);
  if (!m || !roleName) return undefined;
  return {
    namespace: m.namespace || null,
    name: m.name,
    roleKind: intern.string(str(roleRef.kind) ?? 'ClusterRole'),
    roleName: intern.string(roleName),
    subjects: array(object.subjects).map(s => ({
      kind: intern.string(str(record(s).kind) ?? ''),
      name: intern.string(str(record(s).name) ?? ''),
      namespace: intern.optional(str(record(s).namespace)),
    })),
  };
}
