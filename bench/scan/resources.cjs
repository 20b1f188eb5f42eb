// Prints, as JSON, the LISTs a scan makes (collectFacts' order and de-duplication), so the
// baseline fetches exactly the same pages. Usage: node resources.cjs [backend src dir]
require('@backstage/cli/config/nodeTransform.cjs');
const path = require('node:path');

const src = path.resolve(
  process.argv[2] ??
    path.join(__dirname, '../../plugins/readiness-backend/src'),
);
const { FACT_SOURCES } = require(path.join(src, 'collect/factSources'));
const { groupVersion, resourceName } = require(path.join(src, 'kube/types'));

const resources = new Map();
for (const key of Object.keys(FACT_SOURCES)) {
  for (const source of FACT_SOURCES[key]) {
    const r = source.resource;
    resources.set(resourceName(r), {
      name: resourceName(r),
      path: `/${r.group ? 'apis' : 'api'}/${groupVersion(r)}/${r.plural}`,
      groupVersion: groupVersion(r),
      crd: Boolean(r.crd),
      metadataOnly: Boolean(source.metadataOnly),
    });
  }
}
process.stdout.write(`${JSON.stringify([...resources.values()])}\n`);
