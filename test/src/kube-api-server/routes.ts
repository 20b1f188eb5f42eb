import type { ResourceRegistry } from './resources.ts';
import type { ResourceDefinition } from './types.ts';

/**
 * How a real cluster answers a path nothing serves: inside a built-in group
 * go-restful answers with a NotFound Status; anything that falls through to
 * the end of the delegation chain (unknown groups, missing CRDs) gets Go's
 * plain-text `404 page not found`.
 */
export type NotFoundStyle = 'status' | 'text';

/** A request path, classified. */
export type Route =
  | { type: 'root' }
  | { type: 'health' }
  | { type: 'version' }
  | { type: 'api' }
  | { type: 'apis' }
  | { type: 'group'; group: string }
  | { type: 'groupVersion'; group: string; version: string }
  | {
      type: 'resource';
      def: ResourceDefinition;
      group: string;
      version: string;
      namespace?: string;
      name?: string;
    }
  | { type: 'notFound'; style: NotFoundStyle; group?: string; plural?: string };

function styleFor(registry: ResourceRegistry, group: string): NotFoundStyle {
  const defs = registry.all().filter(d => d.group === group);
  return defs.some(d => d.source !== 'crd') ? 'status' : 'text';
}

/** Classifies a URL path against what this server serves. */
export function parseRoute(path: string, registry: ResourceRegistry): Route {
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [head, ...rest] = segments;
  if (!head) return { type: 'root' };
  if (segments.length === 1 && ['healthz', 'livez', 'readyz'].includes(head)) {
    return { type: 'health' };
  }
  if (head === 'version' && rest.length === 0) return { type: 'version' };
  if (head === 'api') {
    if (rest.length === 0) return { type: 'api' };
    if (rest[0] !== 'v1') return { type: 'notFound', style: 'status' };
    if (rest.length === 1)
      return { type: 'groupVersion', group: '', version: 'v1' };
    return parseResourcePath(registry, '', 'v1', rest.slice(1));
  }
  if (head !== 'apis') return { type: 'notFound', style: 'text' };
  if (rest.length === 0) return { type: 'apis' };
  const group = rest[0];
  if (!registry.groups().includes(group)) {
    return { type: 'notFound', style: 'text', group };
  }
  if (rest.length === 1) return { type: 'group', group };
  const version = rest[1];
  if (!registry.versionsOf(group).includes(version)) {
    return { type: 'notFound', style: styleFor(registry, group), group };
  }
  if (rest.length === 2) return { type: 'groupVersion', group, version };
  return parseResourcePath(registry, group, version, rest.slice(2));
}

function parseResourcePath(
  registry: ResourceRegistry,
  group: string,
  version: string,
  parts: string[],
): Route {
  const notFound = (plural?: string): Route => {
    const def = plural ? registry.find(group, version, plural) : undefined;
    // A CRD's own handler delegates what it cannot serve to the plain 404.
    let style = styleFor(registry, group);
    if (def) style = def.source === 'crd' ? 'text' : 'status';
    return { type: 'notFound', style, group, plural };
  };
  let namespace: string | undefined;
  let rest = parts;
  if (parts[0] === 'namespaces' && parts.length >= 3) {
    namespace = parts[1];
    rest = parts.slice(2);
  } else if (parts[0] === 'namespaces' && parts.length === 2) {
    // GET /api/v1/namespaces/<name> is the Namespace itself.
    if (group !== '') return notFound('namespaces');
    rest = parts;
  }
  const [plural, name, subresource, ...extra] = rest;
  const def = registry.find(group, version, plural);
  if (!def) return notFound(plural);
  if (extra.length > 0 || (subresource && subresource !== 'status')) {
    return notFound(plural);
  }
  if (namespace !== undefined && !def.namespaced) return notFound(plural);
  if (namespace === undefined && def.namespaced && name !== undefined) {
    return notFound(plural);
  }
  return { type: 'resource', def, group, version, namespace, name };
}
