import { stringify } from 'yaml';
import { RESOURCES } from '../kube/resources';
import { ClusterReader, KubeObject, groupVersion } from '../kube/types';

/**
 * Drops server bookkeeping that only makes a snapshot bigger: of `managedFields` it keeps each
 * manager, operation and API version (what the removed-API-versions check reads), not the
 * field sets that are most of their size.
 */
function trim(object: KubeObject): KubeObject {
  if (!object.metadata) return object;
  const { managedFields, ...metadata } = object.metadata as Record<
    string,
    unknown
  >;
  if (Array.isArray(managedFields)) {
    metadata.managedFields = managedFields.map(entry => {
      const { manager, operation, apiVersion } = (entry ?? {}) as Record<
        string,
        unknown
      >;
      return { manager, operation, apiVersion };
    });
  }
  return { ...object, metadata } as KubeObject;
}

/**
 * Captures what the scan reads as multi-document YAML: a ClusterSnapshotInfo document, then one
 * `kind: List` per resource. Secrets are captured as metadata only; unreadable kinds are listed
 * in a comment so the audit knows what is missing.
 */
export async function captureSnapshot(
  reader: ClusterReader,
  now: Date,
): Promise<string> {
  const info = await reader.serverInfo();
  if (!info.ok) throw new Error(`cannot read ${reader.name}: ${info.reason}`);
  const served = info.info.groupVersions;
  const documents: string[] = [
    stringify({
      apiVersion: 'readiness.dev/v1alpha1',
      kind: 'ClusterSnapshotInfo',
      metadata: { name: reader.name },
      spec: {
        serverVersion: info.info.version,
        provider: reader.declared.provider,
        region: reader.declared.region,
        capturedAt: now.toISOString(),
        ...(info.info.servingCertificate
          ? { apiServerCertificate: info.info.servingCertificate }
          : {}),
      },
    }),
  ];
  const skipped: string[] = [];
  for (const resource of Object.values(RESOURCES)) {
    if (resource.crd && served && !served.has(groupVersion(resource))) continue;
    const listed = await reader.list(resource, {
      metadataOnly: resource.plural === 'secrets',
    });
    if (!listed.ok) {
      skipped.push(`${resource.plural}: ${listed.reason}`);
      continue;
    }
    if (listed.items.length === 0) continue;
    documents.push(
      stringify({
        apiVersion: 'v1',
        kind: 'List',
        // LIST responses leave kind and apiVersion off built-in items; a snapshot needs them.
        items: listed.items.map(item =>
          trim({
            ...item,
            apiVersion: groupVersion(resource),
            kind: resource.kind,
          }),
        ),
      }),
    );
  }
  const header = skipped.length
    ? `# Not captured:\n${skipped.map(s => `#   ${s}`).join('\n')}\n`
    : '';
  return header + documents.join('---\n');
}
