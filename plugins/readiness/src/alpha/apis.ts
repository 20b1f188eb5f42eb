import { ApiBlueprint, coreApis } from '@backstage/frontend-plugin-api';
import { ReadinessClient } from '@readiness/plugin-readiness-common';
import { readinessApiRef, readinessDeclarationsApiRef } from '../api';

/** The readiness backend client, talking to `/api/readiness` with the user's credentials. */
export const readinessApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: readinessApiRef,
      deps: { discoveryApi: coreApis.discovery, fetchApi: coreApis.fetch },
      factory: ({ discoveryApi, fetchApi }) =>
        new ReadinessClient({ discoveryApi, fetchApi }),
    }),
});

/** Attestations, exemptions and the audit trail, through the same client. */
export const readinessDeclarationsApi = ApiBlueprint.make({
  name: 'declarations',
  params: defineParams =>
    defineParams({
      api: readinessDeclarationsApiRef,
      deps: { discoveryApi: coreApis.discovery, fetchApi: coreApis.fetch },
      factory: ({ discoveryApi, fetchApi }) =>
        new ReadinessClient({ discoveryApi, fetchApi }),
    }),
});
