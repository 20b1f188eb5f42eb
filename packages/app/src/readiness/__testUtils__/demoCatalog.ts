import type { Entity } from '@backstage/catalog-model';
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

const DEMO_CATALOG = path.resolve(__dirname, '../../../../../demo/catalog');

/**
 * The demo catalog the dev portal loads (`demo/catalog/*.yaml`), so the app tests check the
 * Readiness extensions against the entities people actually open, not a copy of them.
 */
export function loadDemoCatalog(): Entity[] {
  return fs
    .readdirSync(DEMO_CATALOG)
    .filter(file => file.endsWith('.yaml'))
    .flatMap(file =>
      parseAllDocuments(fs.readFileSync(path.join(DEMO_CATALOG, file), 'utf8')),
    )
    .map(document => document.toJS() as Entity)
    .filter(entity => entity && entity.kind !== 'Location')
    .map(entity => ({
      ...entity,
      metadata: { namespace: 'default', ...entity.metadata },
    }));
}
