// THIS FILE IS GENERATED from openapi.yaml by scripts/generate-openapi.mjs: do not edit it.
// Run `yarn workspace @readiness/plugin-readiness-backend openapi:generate` after changing the spec.
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';

export const spec = {
  openapi: '3.1.0',
  info: {
    title: 'readiness',
    version: '1',
    description:
      "The Readiness plugin's API: production-readiness scorecards of the Kubernetes clusters behind catalog entities. Types are defined in @readiness/plugin-readiness-common (report.ts, api.ts); every route except /health needs Backstage user or service credentials, and creating or revoking attestations and exemptions needs user credentials: their author is that user.\n",
    license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
  },
  servers: [{ url: '/' }],
  components: {
    securitySchemes: {
      JWT: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
    },
  },
  security: [{ JWT: [] }],
  paths: {
    '/health': {
      get: {
        operationId: 'GetHealth',
        security: [],
        responses: {
          '200': {
            description: 'The plugin is up.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['status'],
                  properties: { status: { type: 'string', enum: ['ok'] } },
                },
              },
            },
          },
        },
      },
    },
    '/clusters': {
      get: {
        operationId: 'ListClusters',
        description:
          'Every cluster the caller may read, with its scores and freshness.',
        responses: {
          '200': {
            description: 'The clusters.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['items'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: false,
                        required: [
                          'name',
                          'total',
                          'max',
                          'assessedPillars',
                          'pillars',
                          'scan',
                        ],
                        properties: {
                          name: { type: 'string' },
                          total: { type: ['integer', 'null'] },
                          max: { type: 'integer' },
                          assessedPillars: { type: 'integer' },
                          pillars: {
                            type: 'array',
                            items: {
                              type: 'object',
                              additionalProperties: false,
                              required: ['id', 'title', 'score', 'coverage'],
                              properties: {
                                id: {
                                  type: 'string',
                                  enum: [
                                    'identity',
                                    'backup',
                                    'monitoring',
                                    'upgrades',
                                    'tenancy',
                                    'cost',
                                    'scaling',
                                    'security',
                                    'incidents',
                                  ],
                                },
                                title: { type: 'string' },
                                score: {
                                  type: ['integer', 'null'],
                                  minimum: 0,
                                  maximum: 3,
                                  description:
                                    'Null when this version has no checks for the pillar (never a silent 0).',
                                },
                                coverage: {
                                  type: 'number',
                                  minimum: 0,
                                  maximum: 1,
                                },
                              },
                            },
                          },
                          scan: {
                            type: 'object',
                            additionalProperties: false,
                            required: [
                              'lastSuccessAt',
                              'lastAttemptAt',
                              'lastError',
                              'stale',
                            ],
                            properties: {
                              lastSuccessAt: {
                                type: ['string', 'null'],
                                description:
                                  'When the report shown was produced; null if no scan has succeeded yet.',
                              },
                              lastAttemptAt: { type: ['string', 'null'] },
                              lastError: {
                                type: ['string', 'null'],
                                description:
                                  'Why the latest attempt failed; the previous good report stays shown.',
                              },
                              stale: {
                                type: 'boolean',
                                description:
                                  'The shown report is older than the staleness threshold or the last attempt failed.',
                              },
                            },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          '401': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '403': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    '/clusters/{name}': {
      get: {
        operationId: 'GetCluster',
        description:
          'The full latest report of one cluster. Needs readiness.cluster.read on it.',
        parameters: [
          {
            name: 'name',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              pattern: '^[a-zA-Z0-9][a-zA-Z0-9._-]{0,252}$',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The report and how fresh it is.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['name', 'report', 'scan'],
                  properties: {
                    name: { type: 'string' },
                    report: {
                      anyOf: [
                        {
                          type: 'object',
                          additionalProperties: false,
                          description:
                            'The readiness/v1 report (ClusterReport in report.ts).',
                          required: [
                            'apiVersion',
                            'cluster',
                            'scannedAt',
                            'server',
                            'total',
                            'max',
                            'assessedPillars',
                            'pillars',
                            'namespaces',
                            'coverageGaps',
                            'risks',
                            'teams',
                          ],
                          properties: {
                            apiVersion: {
                              type: 'string',
                              enum: ['readiness/v1'],
                            },
                            cluster: { type: 'string' },
                            scannedAt: { type: 'string' },
                            observedAt: {
                              type: 'string',
                              description:
                                'The moment the facts describe (the scan, or when a snapshot was captured).',
                            },
                            server: {
                              type: 'object',
                              additionalProperties: false,
                              required: ['version', 'provider', 'region'],
                              properties: {
                                version: { type: ['string', 'null'] },
                                provider: { type: ['string', 'null'] },
                                region: { type: ['string', 'null'] },
                              },
                            },
                            total: { type: 'integer' },
                            max: { type: 'integer' },
                            assessedPillars: { type: 'integer' },
                            pillars: {
                              type: 'array',
                              items: {
                                type: 'object',
                                additionalProperties: false,
                                required: [
                                  'id',
                                  'title',
                                  'score',
                                  'coverage',
                                  'checks',
                                ],
                                properties: {
                                  id: {
                                    type: 'string',
                                    enum: [
                                      'identity',
                                      'backup',
                                      'monitoring',
                                      'upgrades',
                                      'tenancy',
                                      'cost',
                                      'scaling',
                                      'security',
                                      'incidents',
                                    ],
                                  },
                                  title: { type: 'string' },
                                  score: {
                                    type: ['integer', 'null'],
                                    minimum: 0,
                                    maximum: 3,
                                  },
                                  coverage: {
                                    type: 'number',
                                    minimum: 0,
                                    maximum: 1,
                                  },
                                  checks: {
                                    type: 'array',
                                    items: {
                                      type: 'object',
                                      additionalProperties: false,
                                      required: [
                                        'id',
                                        'pillar',
                                        'title',
                                        'level',
                                        'status',
                                        'source',
                                        'evidence',
                                        'objects',
                                        'runbook',
                                      ],
                                      properties: {
                                        id: { type: 'string' },
                                        pillar: {
                                          type: 'string',
                                          enum: [
                                            'identity',
                                            'backup',
                                            'monitoring',
                                            'upgrades',
                                            'tenancy',
                                            'cost',
                                            'scaling',
                                            'security',
                                            'incidents',
                                          ],
                                        },
                                        title: { type: 'string' },
                                        level: {
                                          type: 'integer',
                                          enum: [1, 2, 3],
                                        },
                                        status: {
                                          type: 'string',
                                          enum: [
                                            'pass',
                                            'fail',
                                            'warn',
                                            'unknown',
                                            'not-applicable',
                                            'exempted',
                                          ],
                                          description:
                                            '`unknown` means the evidence could not be read and never counts as a pass; `warn` counts as a pass but is shown; `not-applicable` and `exempted` are skipped when scoring.\n',
                                        },
                                        source: {
                                          type: 'string',
                                          enum: ['observed', 'attested'],
                                        },
                                        evidence: { type: 'string' },
                                        objects: {
                                          type: 'array',
                                          items: {
                                            type: 'object',
                                            additionalProperties: false,
                                            required: ['kind', 'name'],
                                            properties: {
                                              kind: { type: 'string' },
                                              namespace: { type: 'string' },
                                              name: { type: 'string' },
                                            },
                                          },
                                        },
                                        runbook: { type: 'string' },
                                        attestation: {
                                          type: 'object',
                                          additionalProperties: false,
                                          required: [
                                            'by',
                                            'date',
                                            'evidence',
                                            'expires',
                                          ],
                                          properties: {
                                            by: { type: 'string' },
                                            date: { type: 'string' },
                                            evidence: { type: 'string' },
                                            expires: { type: 'string' },
                                          },
                                        },
                                        exemption: {
                                          type: 'object',
                                          additionalProperties: false,
                                          required: [
                                            'reason',
                                            'by',
                                            'expires',
                                            'scope',
                                          ],
                                          properties: {
                                            reason: { type: 'string' },
                                            by: { type: ['string', 'null'] },
                                            expires: { type: 'string' },
                                            scope: { type: 'string' },
                                          },
                                        },
                                      },
                                    },
                                  },
                                },
                              },
                            },
                            namespaces: {
                              type: 'array',
                              items: {
                                type: 'object',
                                additionalProperties: false,
                                required: [
                                  'name',
                                  'owner',
                                  'ownerSource',
                                  'workload',
                                  'kubernetesIds',
                                  'isolation',
                                  'gaps',
                                ],
                                properties: {
                                  name: { type: 'string' },
                                  owner: { type: ['string', 'null'] },
                                  ownerSource: { type: ['string', 'null'] },
                                  workload: { type: 'boolean' },
                                  kubernetesIds: {
                                    type: 'array',
                                    items: { type: 'string' },
                                  },
                                  components: {
                                    type: 'array',
                                    items: { type: 'string' },
                                  },
                                  isolation: {
                                    type: 'object',
                                    additionalProperties: false,
                                    required: [
                                      'resourceQuota',
                                      'limitRange',
                                      'defaultDenyNetworkPolicy',
                                      'podSecurity',
                                      'dedicatedServiceAccounts',
                                    ],
                                    properties: {
                                      resourceQuota: {
                                        type: ['boolean', 'null'],
                                      },
                                      limitRange: { type: ['boolean', 'null'] },
                                      defaultDenyNetworkPolicy: {
                                        type: ['boolean', 'null'],
                                      },
                                      podSecurity: {
                                        type: ['string', 'null'],
                                        enum: [
                                          'privileged',
                                          'baseline',
                                          'restricted',
                                          null,
                                        ],
                                      },
                                      dedicatedServiceAccounts: {
                                        type: ['boolean', 'null'],
                                      },
                                    },
                                  },
                                  gaps: {
                                    type: 'array',
                                    items: { type: 'string' },
                                  },
                                  conflicts: {
                                    type: 'array',
                                    items: {
                                      type: 'object',
                                      additionalProperties: false,
                                      required: ['owner', 'source'],
                                      properties: {
                                        owner: { type: 'string' },
                                        source: { type: 'string' },
                                      },
                                    },
                                  },
                                  cost: {
                                    type: 'object',
                                    additionalProperties: false,
                                    required: [
                                      'monthly',
                                      'currency',
                                      'source',
                                      'breakdown',
                                      'unpricedContainers',
                                    ],
                                    properties: {
                                      monthly: { type: 'number' },
                                      currency: { type: 'string' },
                                      source: {
                                        type: 'string',
                                        enum: ['requests', 'opencost'],
                                      },
                                      breakdown: {
                                        type: 'object',
                                        additionalProperties: false,
                                        required: [
                                          'cpu',
                                          'memory',
                                          'gpu',
                                          'storage',
                                          'loadBalancers',
                                        ],
                                        properties: {
                                          cpu: { type: 'number' },
                                          memory: { type: 'number' },
                                          gpu: { type: 'number' },
                                          storage: { type: 'number' },
                                          loadBalancers: { type: 'number' },
                                        },
                                      },
                                      unpricedContainers: { type: 'integer' },
                                      shares: {
                                        type: 'array',
                                        items: {
                                          type: 'object',
                                          additionalProperties: false,
                                          required: ['owner', 'monthly'],
                                          properties: {
                                            owner: { type: 'string' },
                                            monthly: { type: 'number' },
                                          },
                                        },
                                      },
                                      note: { type: 'string' },
                                    },
                                  },
                                  usage: {
                                    type: 'object',
                                    additionalProperties: false,
                                    required: [
                                      'cpuCores',
                                      'memoryBytes',
                                      'requestedCpuCores',
                                      'requestedMemoryBytes',
                                    ],
                                    properties: {
                                      cpuCores: { type: 'number' },
                                      memoryBytes: { type: 'number' },
                                      requestedCpuCores: { type: 'number' },
                                      requestedMemoryBytes: { type: 'number' },
                                    },
                                  },
                                },
                              },
                            },
                            coverageGaps: {
                              type: 'array',
                              items: {
                                type: 'object',
                                additionalProperties: false,
                                required: ['resource', 'reason', 'statusCode'],
                                properties: {
                                  resource: { type: 'string' },
                                  reason: { type: 'string' },
                                  statusCode: { type: ['integer', 'null'] },
                                },
                              },
                            },
                            risks: {
                              type: 'array',
                              items: {
                                type: 'object',
                                additionalProperties: false,
                                required: [
                                  'kind',
                                  'title',
                                  'daysToImpact',
                                  'objects',
                                ],
                                properties: {
                                  kind: {
                                    type: 'string',
                                    enum: [
                                      'certificate-expiry',
                                      'node-pressure',
                                      'runaway-workload',
                                      'upgrade-debt',
                                      'data-loss',
                                    ],
                                  },
                                  title: { type: 'string' },
                                  daysToImpact: { type: ['number', 'null'] },
                                  objects: {
                                    type: 'array',
                                    items: {
                                      type: 'object',
                                      additionalProperties: false,
                                      required: ['kind', 'name'],
                                      properties: {
                                        kind: { type: 'string' },
                                        namespace: { type: 'string' },
                                        name: { type: 'string' },
                                      },
                                    },
                                  },
                                },
                              },
                            },
                            teams: {
                              type: 'array',
                              items: {
                                type: 'object',
                                additionalProperties: false,
                                required: [
                                  'name',
                                  'namespaces',
                                  'monthlyCost',
                                  'currency',
                                ],
                                properties: {
                                  name: { type: 'string' },
                                  namespaces: {
                                    type: 'array',
                                    items: { type: 'string' },
                                  },
                                  monthlyCost: { type: 'number' },
                                  currency: { type: 'string' },
                                },
                              },
                            },
                            cost: {
                              type: 'object',
                              additionalProperties: false,
                              required: [
                                'currency',
                                'idleMonthly',
                                'listPrices',
                                'pricing',
                              ],
                              properties: {
                                currency: { type: 'string' },
                                idleMonthly: { type: 'number' },
                                listPrices: { type: 'boolean' },
                                pricing: {
                                  type: 'object',
                                  additionalProperties: false,
                                  required: [
                                    'cpuCoreHour',
                                    'memoryGiBHour',
                                    'gpuHour',
                                    'storageGiBMonth',
                                    'loadBalancerMonth',
                                    'currency',
                                  ],
                                  properties: {
                                    cpuCoreHour: { type: 'number' },
                                    memoryGiBHour: { type: 'number' },
                                    gpuHour: { type: 'number' },
                                    storageGiBMonth: { type: 'number' },
                                    loadBalancerMonth: { type: 'number' },
                                    currency: { type: 'string' },
                                  },
                                },
                              },
                            },
                            rightSizing: {
                              type: 'array',
                              items: {
                                type: 'object',
                                additionalProperties: false,
                                required: [
                                  'namespace',
                                  'workload',
                                  'pods',
                                  'cpu',
                                  'memory',
                                  'suggestion',
                                ],
                                properties: {
                                  namespace: { type: 'string' },
                                  workload: {
                                    type: 'object',
                                    additionalProperties: false,
                                    required: ['kind', 'name'],
                                    properties: {
                                      kind: { type: 'string' },
                                      name: { type: 'string' },
                                    },
                                  },
                                  pods: { type: 'integer' },
                                  cpu: {
                                    type: 'object',
                                    additionalProperties: false,
                                    required: ['requestedCores', 'usedCores'],
                                    properties: {
                                      requestedCores: { type: 'number' },
                                      usedCores: { type: 'number' },
                                    },
                                  },
                                  memory: {
                                    type: 'object',
                                    additionalProperties: false,
                                    required: ['requestedBytes', 'usedBytes'],
                                    properties: {
                                      requestedBytes: { type: 'number' },
                                      usedBytes: { type: 'number' },
                                    },
                                  },
                                  suggestion: { type: 'string' },
                                },
                              },
                            },
                            ignoredDeclarations: {
                              type: 'array',
                              description:
                                'Exemption and attestation annotations that are not applied; absent when there are none.',
                              items: {
                                type: 'object',
                                additionalProperties: false,
                                description:
                                  'An exemption or attestation annotation that is not applied, and why.',
                                required: ['object', 'annotation', 'reason'],
                                properties: {
                                  object: { type: 'string' },
                                  annotation: { type: 'string' },
                                  reason: { type: 'string' },
                                },
                              },
                            },
                          },
                        },
                        { type: 'null' },
                      ],
                    },
                    scan: {
                      type: 'object',
                      additionalProperties: false,
                      required: [
                        'lastSuccessAt',
                        'lastAttemptAt',
                        'lastError',
                        'stale',
                      ],
                      properties: {
                        lastSuccessAt: {
                          type: ['string', 'null'],
                          description:
                            'When the report shown was produced; null if no scan has succeeded yet.',
                        },
                        lastAttemptAt: { type: ['string', 'null'] },
                        lastError: {
                          type: ['string', 'null'],
                          description:
                            'Why the latest attempt failed; the previous good report stays shown.',
                        },
                        stale: {
                          type: 'boolean',
                          description:
                            'The shown report is older than the staleness threshold or the last attempt failed.',
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          '400': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '401': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '403': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '404': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    '/clusters/{name}/history': {
      get: {
        operationId: 'GetClusterHistory',
        description:
          'Daily total and pillar scores. Needs readiness.cluster.read on the cluster.',
        parameters: [
          {
            name: 'name',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              pattern: '^[a-zA-Z0-9][a-zA-Z0-9._-]{0,252}$',
            },
          },
        ],
        responses: {
          '200': {
            description: 'One row per day, oldest first.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['name', 'items'],
                  properties: {
                    name: { type: 'string' },
                    items: {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['day', 'total', 'pillars'],
                        properties: {
                          day: {
                            type: 'string',
                            pattern: '^\\d{4}-\\d{2}-\\d{2}$',
                            description: 'A calendar day, YYYY-MM-DD (UTC).',
                          },
                          total: { type: 'integer' },
                          pillars: {
                            type: 'object',
                            additionalProperties: { type: ['integer', 'null'] },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          '400': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '401': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '403': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '404': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    '/clusters/{name}/refresh': {
      post: {
        operationId: 'RefreshCluster',
        description: 'Scans one cluster now. Needs readiness.cluster.refresh.',
        parameters: [
          {
            name: 'name',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              pattern: '^[a-zA-Z0-9][a-zA-Z0-9._-]{0,252}$',
            },
          },
        ],
        responses: {
          '200': {
            description: 'Scanned.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['cluster', 'ok', 'error', 'total', 'durationMs'],
                  properties: {
                    cluster: { type: 'string' },
                    ok: { type: 'boolean' },
                    error: {
                      type: ['string', 'null'],
                      description:
                        'Why the cluster could not be read; the last good report is kept.',
                    },
                    total: { type: 'integer' },
                    durationMs: { type: 'number' },
                  },
                },
              },
            },
          },
          '400': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '401': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '403': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '404': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '502': {
            description:
              'The cluster could not be read; the last good report is kept.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['cluster', 'ok', 'error', 'total', 'durationMs'],
                  properties: {
                    cluster: { type: 'string' },
                    ok: { type: 'boolean' },
                    error: {
                      type: ['string', 'null'],
                      description:
                        'Why the cluster could not be read; the last good report is kept.',
                    },
                    total: { type: 'integer' },
                    durationMs: { type: 'number' },
                  },
                },
              },
            },
          },
        },
      },
    },
    '/entity/{kind}/{namespace}/{name}': {
      get: {
        operationId: 'GetEntityReadiness',
        description:
          "What the service card needs: the clusters the entity's workloads run on (of those the caller may read), with scorecards, the entity's namespaces' isolation gaps and the failing checks.\n",
        parameters: [
          {
            name: 'kind',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              pattern: '^[a-zA-Z0-9][a-zA-Z0-9._-]{0,252}$',
            },
          },
          {
            name: 'namespace',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              pattern: '^[a-zA-Z0-9][a-zA-Z0-9._-]{0,252}$',
            },
          },
          {
            name: 'name',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              pattern: '^[a-zA-Z0-9][a-zA-Z0-9._-]{0,252}$',
            },
          },
        ],
        responses: {
          '200': {
            description: "The entity's readiness.",
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['entityRef', 'matchedBy', 'clusters'],
                  properties: {
                    entityRef: { type: 'string' },
                    matchedBy: {
                      type: ['string', 'null'],
                      description:
                        "How the entity's workloads were matched, e.g. backstage.io/kubernetes-id=payments.",
                    },
                    clusters: {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: false,
                        required: [
                          'cluster',
                          'total',
                          'max',
                          'assessedPillars',
                          'scannedAt',
                          'pillars',
                          'namespaces',
                          'failingChecks',
                          'risks',
                          'scan',
                        ],
                        properties: {
                          cluster: { type: 'string' },
                          total: { type: 'integer' },
                          max: { type: 'integer' },
                          assessedPillars: { type: 'integer' },
                          scannedAt: { type: 'string' },
                          pillars: {
                            type: 'array',
                            items: {
                              type: 'object',
                              additionalProperties: false,
                              required: ['id', 'title', 'score', 'coverage'],
                              properties: {
                                id: {
                                  type: 'string',
                                  enum: [
                                    'identity',
                                    'backup',
                                    'monitoring',
                                    'upgrades',
                                    'tenancy',
                                    'cost',
                                    'scaling',
                                    'security',
                                    'incidents',
                                  ],
                                },
                                title: { type: 'string' },
                                score: {
                                  type: ['integer', 'null'],
                                  minimum: 0,
                                  maximum: 3,
                                  description:
                                    'Null when this version has no checks for the pillar (never a silent 0).',
                                },
                                coverage: {
                                  type: 'number',
                                  minimum: 0,
                                  maximum: 1,
                                },
                              },
                            },
                          },
                          namespaces: {
                            type: 'array',
                            description:
                              "The entity's own namespaces on this cluster, with their isolation gaps.",
                            items: {
                              type: 'object',
                              additionalProperties: false,
                              required: [
                                'name',
                                'owner',
                                'ownerSource',
                                'workload',
                                'kubernetesIds',
                                'isolation',
                                'gaps',
                              ],
                              properties: {
                                name: { type: 'string' },
                                owner: { type: ['string', 'null'] },
                                ownerSource: { type: ['string', 'null'] },
                                workload: { type: 'boolean' },
                                kubernetesIds: {
                                  type: 'array',
                                  items: { type: 'string' },
                                },
                                components: {
                                  type: 'array',
                                  items: { type: 'string' },
                                },
                                isolation: {
                                  type: 'object',
                                  additionalProperties: false,
                                  required: [
                                    'resourceQuota',
                                    'limitRange',
                                    'defaultDenyNetworkPolicy',
                                    'podSecurity',
                                    'dedicatedServiceAccounts',
                                  ],
                                  properties: {
                                    resourceQuota: {
                                      type: ['boolean', 'null'],
                                    },
                                    limitRange: { type: ['boolean', 'null'] },
                                    defaultDenyNetworkPolicy: {
                                      type: ['boolean', 'null'],
                                    },
                                    podSecurity: {
                                      type: ['string', 'null'],
                                      enum: [
                                        'privileged',
                                        'baseline',
                                        'restricted',
                                        null,
                                      ],
                                    },
                                    dedicatedServiceAccounts: {
                                      type: ['boolean', 'null'],
                                    },
                                  },
                                },
                                gaps: {
                                  type: 'array',
                                  items: { type: 'string' },
                                },
                                conflicts: {
                                  type: 'array',
                                  items: {
                                    type: 'object',
                                    additionalProperties: false,
                                    required: ['owner', 'source'],
                                    properties: {
                                      owner: { type: 'string' },
                                      source: { type: 'string' },
                                    },
                                  },
                                },
                                cost: {
                                  type: 'object',
                                  additionalProperties: false,
                                  required: [
                                    'monthly',
                                    'currency',
                                    'source',
                                    'breakdown',
                                    'unpricedContainers',
                                  ],
                                  properties: {
                                    monthly: { type: 'number' },
                                    currency: { type: 'string' },
                                    source: {
                                      type: 'string',
                                      enum: ['requests', 'opencost'],
                                    },
                                    breakdown: {
                                      type: 'object',
                                      additionalProperties: false,
                                      required: [
                                        'cpu',
                                        'memory',
                                        'gpu',
                                        'storage',
                                        'loadBalancers',
                                      ],
                                      properties: {
                                        cpu: { type: 'number' },
                                        memory: { type: 'number' },
                                        gpu: { type: 'number' },
                                        storage: { type: 'number' },
                                        loadBalancers: { type: 'number' },
                                      },
                                    },
                                    unpricedContainers: { type: 'integer' },
                                    shares: {
                                      type: 'array',
                                      items: {
                                        type: 'object',
                                        additionalProperties: false,
                                        required: ['owner', 'monthly'],
                                        properties: {
                                          owner: { type: 'string' },
                                          monthly: { type: 'number' },
                                        },
                                      },
                                    },
                                    note: { type: 'string' },
                                  },
                                },
                                usage: {
                                  type: 'object',
                                  additionalProperties: false,
                                  required: [
                                    'cpuCores',
                                    'memoryBytes',
                                    'requestedCpuCores',
                                    'requestedMemoryBytes',
                                  ],
                                  properties: {
                                    cpuCores: { type: 'number' },
                                    memoryBytes: { type: 'number' },
                                    requestedCpuCores: { type: 'number' },
                                    requestedMemoryBytes: { type: 'number' },
                                  },
                                },
                              },
                            },
                          },
                          failingChecks: {
                            type: 'array',
                            description:
                              "Failing, unknown and exempted checks, most severe (lowest level) first; their objects narrowed to the entity's namespaces (the cluster report lists them all).",
                            items: {
                              type: 'object',
                              additionalProperties: false,
                              required: [
                                'id',
                                'pillar',
                                'title',
                                'level',
                                'status',
                                'source',
                                'evidence',
                                'objects',
                                'runbook',
                              ],
                              properties: {
                                id: { type: 'string' },
                                pillar: {
                                  type: 'string',
                                  enum: [
                                    'identity',
                                    'backup',
                                    'monitoring',
                                    'upgrades',
                                    'tenancy',
                                    'cost',
                                    'scaling',
                                    'security',
                                    'incidents',
                                  ],
                                },
                                title: { type: 'string' },
                                level: { type: 'integer', enum: [1, 2, 3] },
                                status: {
                                  type: 'string',
                                  enum: [
                                    'pass',
                                    'fail',
                                    'warn',
                                    'unknown',
                                    'not-applicable',
                                    'exempted',
                                  ],
                                  description:
                                    '`unknown` means the evidence could not be read and never counts as a pass; `warn` counts as a pass but is shown; `not-applicable` and `exempted` are skipped when scoring.\n',
                                },
                                source: {
                                  type: 'string',
                                  enum: ['observed', 'attested'],
                                },
                                evidence: { type: 'string' },
                                objects: {
                                  type: 'array',
                                  items: {
                                    type: 'object',
                                    additionalProperties: false,
                                    required: ['kind', 'name'],
                                    properties: {
                                      kind: { type: 'string' },
                                      namespace: { type: 'string' },
                                      name: { type: 'string' },
                                    },
                                  },
                                },
                                runbook: { type: 'string' },
                                attestation: {
                                  type: 'object',
                                  additionalProperties: false,
                                  required: [
                                    'by',
                                    'date',
                                    'evidence',
                                    'expires',
                                  ],
                                  properties: {
                                    by: { type: 'string' },
                                    date: { type: 'string' },
                                    evidence: { type: 'string' },
                                    expires: { type: 'string' },
                                  },
                                },
                                exemption: {
                                  type: 'object',
                                  additionalProperties: false,
                                  required: [
                                    'reason',
                                    'by',
                                    'expires',
                                    'scope',
                                  ],
                                  properties: {
                                    reason: { type: 'string' },
                                    by: { type: ['string', 'null'] },
                                    expires: { type: 'string' },
                                    scope: { type: 'string' },
                                  },
                                },
                              },
                            },
                          },
                          risks: {
                            type: 'array',
                            description:
                              "What will fail first on this cluster, most urgent first; each risk's objects narrowed to the entity's namespaces like the checks'.",
                            items: {
                              type: 'object',
                              additionalProperties: false,
                              required: [
                                'kind',
                                'title',
                                'daysToImpact',
                                'objects',
                              ],
                              properties: {
                                kind: {
                                  type: 'string',
                                  enum: [
                                    'certificate-expiry',
                                    'node-pressure',
                                    'runaway-workload',
                                    'upgrade-debt',
                                    'data-loss',
                                  ],
                                },
                                title: { type: 'string' },
                                daysToImpact: { type: ['number', 'null'] },
                                objects: {
                                  type: 'array',
                                  items: {
                                    type: 'object',
                                    additionalProperties: false,
                                    required: ['kind', 'name'],
                                    properties: {
                                      kind: { type: 'string' },
                                      namespace: { type: 'string' },
                                      name: { type: 'string' },
                                    },
                                  },
                                },
                              },
                            },
                          },
                          scan: {
                            type: 'object',
                            additionalProperties: false,
                            required: [
                              'lastSuccessAt',
                              'lastAttemptAt',
                              'lastError',
                              'stale',
                            ],
                            properties: {
                              lastSuccessAt: {
                                type: ['string', 'null'],
                                description:
                                  'When the report shown was produced; null if no scan has succeeded yet.',
                              },
                              lastAttemptAt: { type: ['string', 'null'] },
                              lastError: {
                                type: ['string', 'null'],
                                description:
                                  'Why the latest attempt failed; the previous good report stays shown.',
                              },
                              stale: {
                                type: 'boolean',
                                description:
                                  'The shown report is older than the staleness threshold or the last attempt failed.',
                              },
                            },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          '400': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '401': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '403': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '404': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    '/team/{namespace}/{name}': {
      get: {
        operationId: 'GetTeamReadiness',
        description:
          'What the team card needs: namespaces owned with cost and growth, conflicts and orphans touching the team, and the readiness of the clusters it runs on.\n',
        parameters: [
          {
            name: 'namespace',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              pattern: '^[a-zA-Z0-9][a-zA-Z0-9._-]{0,252}$',
            },
          },
          {
            name: 'name',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              pattern: '^[a-zA-Z0-9][a-zA-Z0-9._-]{0,252}$',
            },
          },
        ],
        responses: {
          '200': {
            description: "The team's readiness.",
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: [
                    'teamRef',
                    'namespaces',
                    'conflicts',
                    'orphans',
                    'clusters',
                    'monthlyCost',
                    'currency',
                    'spendBelowBar',
                  ],
                  properties: {
                    teamRef: { type: 'string' },
                    namespaces: {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: false,
                        required: [
                          'cluster',
                          'namespace',
                          'ownerSource',
                          'monthlyCost',
                          'currency',
                          'growth',
                          'growthFlag',
                          'unpricedContainers',
                          'gaps',
                        ],
                        properties: {
                          cluster: { type: 'string' },
                          namespace: { type: 'string' },
                          ownerSource: { type: ['string', 'null'] },
                          monthlyCost: { type: ['number', 'null'] },
                          currency: { type: ['string', 'null'] },
                          growth: {
                            type: ['number', 'null'],
                            description:
                              'Month-over-month change as a fraction (0.25 = +25%); null without last month.',
                          },
                          growthFlag: { type: 'boolean' },
                          unpricedContainers: { type: 'integer' },
                          gaps: { type: 'array', items: { type: 'string' } },
                        },
                      },
                    },
                    conflicts: {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['cluster', 'namespace', 'owners'],
                        properties: {
                          cluster: { type: 'string' },
                          namespace: { type: 'string' },
                          owners: {
                            type: 'array',
                            items: {
                              type: 'object',
                              additionalProperties: false,
                              required: ['owner', 'source'],
                              properties: {
                                owner: { type: 'string' },
                                source: { type: 'string' },
                              },
                            },
                          },
                        },
                      },
                    },
                    orphans: {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['cluster', 'namespace', 'monthlyCost'],
                        properties: {
                          cluster: { type: 'string' },
                          namespace: { type: 'string' },
                          monthlyCost: { type: ['number', 'null'] },
                        },
                      },
                    },
                    clusters: {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: false,
                        required: [
                          'cluster',
                          'total',
                          'max',
                          'assessedPillars',
                          'scan',
                        ],
                        properties: {
                          cluster: { type: 'string' },
                          total: { type: 'integer' },
                          max: { type: 'integer' },
                          assessedPillars: { type: 'integer' },
                          scan: {
                            type: 'object',
                            additionalProperties: false,
                            required: [
                              'lastSuccessAt',
                              'lastAttemptAt',
                              'lastError',
                              'stale',
                            ],
                            properties: {
                              lastSuccessAt: {
                                type: ['string', 'null'],
                                description:
                                  'When the report shown was produced; null if no scan has succeeded yet.',
                              },
                              lastAttemptAt: { type: ['string', 'null'] },
                              lastError: {
                                type: ['string', 'null'],
                                description:
                                  'Why the latest attempt failed; the previous good report stays shown.',
                              },
                              stale: {
                                type: 'boolean',
                                description:
                                  'The shown report is older than the staleness threshold or the last attempt failed.',
                              },
                            },
                          },
                        },
                      },
                    },
                    monthlyCost: { type: 'number' },
                    currency: { type: ['string', 'null'] },
                    spendBelowBar: {
                      type: 'object',
                      additionalProperties: false,
                      required: ['threshold', 'monthlyCost'],
                      properties: {
                        threshold: { type: 'integer' },
                        monthlyCost: { type: 'number' },
                      },
                    },
                    growth: { type: ['number', 'null'] },
                    growthFlag: { type: 'boolean' },
                  },
                },
              },
            },
          },
          '400': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '401': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '403': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    '/report': {
      get: {
        operationId: 'GetReport',
        description:
          'The portal-wide report of the clusters the caller may read.',
        parameters: [
          {
            name: 'format',
            in: 'query',
            required: false,
            schema: { type: 'string', enum: ['json', 'csv'], default: 'json' },
          },
        ],
        responses: {
          '200': {
            description:
              'The portal-wide report; as CSV, cells starting with = + - @ are escaped.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['generatedAt', 'items'],
                  properties: {
                    generatedAt: { type: 'string' },
                    items: {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: false,
                        required: [
                          'cluster',
                          'total',
                          'max',
                          'assessedPillars',
                          'pillars',
                          'owners',
                          'stale',
                          'lastSuccessAt',
                          'lastError',
                        ],
                        properties: {
                          cluster: { type: 'string' },
                          total: { type: ['integer', 'null'] },
                          max: { type: 'integer' },
                          assessedPillars: { type: 'integer' },
                          pillars: {
                            type: 'object',
                            description:
                              'Score per pillar id; null when unassessed.',
                            additionalProperties: { type: ['integer', 'null'] },
                          },
                          owners: { type: 'array', items: { type: 'string' } },
                          stale: { type: 'boolean' },
                          lastSuccessAt: { type: ['string', 'null'] },
                          lastError: { type: ['string', 'null'] },
                        },
                      },
                    },
                  },
                },
              },
              'text/csv': { schema: { type: 'string' } },
            },
          },
          '400': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '401': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '403': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    '/runbooks/{id}': {
      get: {
        operationId: 'GetRunbook',
        description: "A check's runbook as Markdown (`readme` for the index).",
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
          },
        ],
        responses: {
          '200': {
            description: 'The runbook.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['id', 'title', 'markdown'],
                  properties: {
                    id: { type: 'string' },
                    title: { type: 'string' },
                    markdown: { type: 'string' },
                  },
                },
              },
            },
          },
          '400': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '401': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '403': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '404': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    '/attestations': {
      get: {
        operationId: 'ListAttestations',
        description:
          'Attestations made through the API, revoked and expired ones included, newest first. Needs readiness.cluster.read on the cluster asked for; without `cluster`, lists those about clusters the caller may read.\n',
        parameters: [
          {
            name: 'cluster',
            in: 'query',
            required: false,
            description:
              'Only declarations that apply to this cluster (its own and those for every cluster).',
            schema: {
              type: 'string',
              pattern: '^[a-zA-Z0-9][a-zA-Z0-9._-]{0,252}$',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The attestations.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['items'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: false,
                        required: [
                          'id',
                          'cluster',
                          'check',
                          'date',
                          'evidence',
                          'by',
                          'expires',
                          'createdAt',
                          'revokedAt',
                          'revokedBy',
                          'status',
                        ],
                        properties: {
                          id: { type: 'string' },
                          cluster: { type: 'string' },
                          check: { type: 'string' },
                          date: {
                            type: 'string',
                            pattern: '^\\d{4}-\\d{2}-\\d{2}$',
                            description: 'A calendar day, YYYY-MM-DD (UTC).',
                          },
                          evidence: { type: 'string' },
                          by: {
                            type: 'string',
                            description: 'User entity ref of the author.',
                          },
                          expires: {
                            type: 'string',
                            pattern: '^\\d{4}-\\d{2}-\\d{2}$',
                            description: 'A calendar day, YYYY-MM-DD (UTC).',
                          },
                          createdAt: { type: 'string', format: 'date-time' },
                          revokedAt: {
                            type: ['string', 'null'],
                            format: 'date-time',
                          },
                          revokedBy: { type: ['string', 'null'] },
                          status: {
                            type: 'string',
                            enum: ['live', 'expired', 'revoked'],
                            description:
                              'Revoked and expired declarations stay on record but no longer apply.',
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          '400': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '401': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '403': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
        },
      },
      post: {
        operationId: 'CreateAttestation',
        description:
          'Attests a fact the Kubernetes API cannot show. Needs user credentials and readiness.attestation.create. The next scan of the cluster (or a refresh) applies it.\n',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: false,
                required: ['cluster', 'check', 'date', 'evidence'],
                description:
                  "The author is taken from the caller's user credentials, never from the body.",
                properties: {
                  cluster: {
                    type: 'string',
                    description: "A scanned cluster, or '*' for every cluster.",
                  },
                  check: {
                    type: 'string',
                    description:
                      'The id of a check with `attested: true` in CHECKS.',
                  },
                  date: {
                    type: 'string',
                    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
                    description:
                      'When the fact was established; not in the future.',
                  },
                  evidence: {
                    type: 'string',
                    format: 'uri',
                    pattern: '^https://',
                  },
                  expires: {
                    type: 'string',
                    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
                    description:
                      'After `date` and at most `readiness.attestationMaxAgeDays` after it (the default), and not already past.\n',
                  },
                },
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Created.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: [
                    'id',
                    'cluster',
                    'check',
                    'date',
                    'evidence',
                    'by',
                    'expires',
                    'createdAt',
                    'revokedAt',
                    'revokedBy',
                    'status',
                  ],
                  properties: {
                    id: { type: 'string' },
                    cluster: { type: 'string' },
                    check: { type: 'string' },
                    date: {
                      type: 'string',
                      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
                      description: 'A calendar day, YYYY-MM-DD (UTC).',
                    },
                    evidence: { type: 'string' },
                    by: {
                      type: 'string',
                      description: 'User entity ref of the author.',
                    },
                    expires: {
                      type: 'string',
                      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
                      description: 'A calendar day, YYYY-MM-DD (UTC).',
                    },
                    createdAt: { type: 'string', format: 'date-time' },
                    revokedAt: {
                      type: ['string', 'null'],
                      format: 'date-time',
                    },
                    revokedBy: { type: ['string', 'null'] },
                    status: {
                      type: 'string',
                      enum: ['live', 'expired', 'revoked'],
                      description:
                        'Revoked and expired declarations stay on record but no longer apply.',
                    },
                  },
                },
              },
            },
          },
          '400': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '401': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '403': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    '/attestations/{id}/revoke': {
      post: {
        operationId: 'RevokeAttestation',
        description:
          "Revokes an attestation; it stays on record. Needs readiness.attestation.create and read access to the cluster it is about (every cluster for '*').",
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: { type: 'string' },
          },
        ],
        responses: {
          '200': {
            description: 'Revoked.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: [
                    'id',
                    'cluster',
                    'check',
                    'date',
                    'evidence',
                    'by',
                    'expires',
                    'createdAt',
                    'revokedAt',
                    'revokedBy',
                    'status',
                  ],
                  properties: {
                    id: { type: 'string' },
                    cluster: { type: 'string' },
                    check: { type: 'string' },
                    date: {
                      type: 'string',
                      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
                      description: 'A calendar day, YYYY-MM-DD (UTC).',
                    },
                    evidence: { type: 'string' },
                    by: {
                      type: 'string',
                      description: 'User entity ref of the author.',
                    },
                    expires: {
                      type: 'string',
                      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
                      description: 'A calendar day, YYYY-MM-DD (UTC).',
                    },
                    createdAt: { type: 'string', format: 'date-time' },
                    revokedAt: {
                      type: ['string', 'null'],
                      format: 'date-time',
                    },
                    revokedBy: { type: ['string', 'null'] },
                    status: {
                      type: 'string',
                      enum: ['live', 'expired', 'revoked'],
                      description:
                        'Revoked and expired declarations stay on record but no longer apply.',
                    },
                  },
                },
              },
            },
          },
          '401': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '403': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '404': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '409': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    '/exemptions': {
      get: {
        operationId: 'ListExemptions',
        description:
          'Exemptions made through the API, revoked and expired ones included, newest first. Needs readiness.cluster.read on the cluster asked for; without `cluster`, lists those about clusters the caller may read.\n',
        parameters: [
          {
            name: 'cluster',
            in: 'query',
            required: false,
            description:
              'Only declarations that apply to this cluster (its own and those for every cluster).',
            schema: {
              type: 'string',
              pattern: '^[a-zA-Z0-9][a-zA-Z0-9._-]{0,252}$',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The exemptions.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['items'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: false,
                        required: [
                          'id',
                          'cluster',
                          'check',
                          'namespace',
                          'object',
                          'reason',
                          'by',
                          'expires',
                          'createdAt',
                          'revokedAt',
                          'revokedBy',
                          'status',
                        ],
                        properties: {
                          id: { type: 'string' },
                          cluster: { type: ['string', 'null'] },
                          check: { type: 'string' },
                          namespace: { type: ['string', 'null'] },
                          object: {
                            type: ['object', 'null'],
                            additionalProperties: false,
                            required: ['kind', 'name'],
                            properties: {
                              kind: { type: 'string' },
                              name: { type: 'string' },
                            },
                          },
                          reason: { type: 'string' },
                          by: {
                            type: 'string',
                            description: 'User entity ref of the author.',
                          },
                          expires: {
                            type: 'string',
                            pattern: '^\\d{4}-\\d{2}-\\d{2}$',
                            description: 'A calendar day, YYYY-MM-DD (UTC).',
                          },
                          createdAt: { type: 'string', format: 'date-time' },
                          revokedAt: {
                            type: ['string', 'null'],
                            format: 'date-time',
                          },
                          revokedBy: { type: ['string', 'null'] },
                          status: {
                            type: 'string',
                            enum: ['live', 'expired', 'revoked'],
                            description:
                              'Revoked and expired declarations stay on record but no longer apply.',
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          '400': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '401': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '403': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
        },
      },
      post: {
        operationId: 'CreateExemption',
        description:
          'Accepts a failure until a date. Needs user credentials and readiness.exemption.create. The next scan of the cluster (or a refresh) applies it.\n',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: false,
                required: ['check', 'reason', 'expires'],
                description:
                  "The author is taken from the caller's user credentials, never from the body.",
                properties: {
                  cluster: {
                    type: 'string',
                    description:
                      'A scanned cluster; every cluster when absent.',
                  },
                  check: { type: 'string', description: 'Any check id.' },
                  namespace: { type: 'string' },
                  object: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['kind', 'name'],
                    properties: {
                      kind: { type: 'string' },
                      name: { type: 'string' },
                    },
                  },
                  reason: { type: 'string', minLength: 1, maxLength: 2000 },
                  expires: {
                    type: 'string',
                    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
                    description: 'In the future and at most 365 days away.',
                  },
                },
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Created.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: [
                    'id',
                    'cluster',
                    'check',
                    'namespace',
                    'object',
                    'reason',
                    'by',
                    'expires',
                    'createdAt',
                    'revokedAt',
                    'revokedBy',
                    'status',
                  ],
                  properties: {
                    id: { type: 'string' },
                    cluster: { type: ['string', 'null'] },
                    check: { type: 'string' },
                    namespace: { type: ['string', 'null'] },
                    object: {
                      type: ['object', 'null'],
                      additionalProperties: false,
                      required: ['kind', 'name'],
                      properties: {
                        kind: { type: 'string' },
                        name: { type: 'string' },
                      },
                    },
                    reason: { type: 'string' },
                    by: {
                      type: 'string',
                      description: 'User entity ref of the author.',
                    },
                    expires: {
                      type: 'string',
                      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
                      description: 'A calendar day, YYYY-MM-DD (UTC).',
                    },
                    createdAt: { type: 'string', format: 'date-time' },
                    revokedAt: {
                      type: ['string', 'null'],
                      format: 'date-time',
                    },
                    revokedBy: { type: ['string', 'null'] },
                    status: {
                      type: 'string',
                      enum: ['live', 'expired', 'revoked'],
                      description:
                        'Revoked and expired declarations stay on record but no longer apply.',
                    },
                  },
                },
              },
            },
          },
          '400': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '401': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '403': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    '/exemptions/{id}/revoke': {
      post: {
        operationId: 'RevokeExemption',
        description:
          'Revokes an exemption; it stays on record. Needs readiness.exemption.create and read access to the cluster it is about (every cluster for an exemption without one).',
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: { type: 'string' },
          },
        ],
        responses: {
          '200': {
            description: 'Revoked.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: [
                    'id',
                    'cluster',
                    'check',
                    'namespace',
                    'object',
                    'reason',
                    'by',
                    'expires',
                    'createdAt',
                    'revokedAt',
                    'revokedBy',
                    'status',
                  ],
                  properties: {
                    id: { type: 'string' },
                    cluster: { type: ['string', 'null'] },
                    check: { type: 'string' },
                    namespace: { type: ['string', 'null'] },
                    object: {
                      type: ['object', 'null'],
                      additionalProperties: false,
                      required: ['kind', 'name'],
                      properties: {
                        kind: { type: 'string' },
                        name: { type: 'string' },
                      },
                    },
                    reason: { type: 'string' },
                    by: {
                      type: 'string',
                      description: 'User entity ref of the author.',
                    },
                    expires: {
                      type: 'string',
                      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
                      description: 'A calendar day, YYYY-MM-DD (UTC).',
                    },
                    createdAt: { type: 'string', format: 'date-time' },
                    revokedAt: {
                      type: ['string', 'null'],
                      format: 'date-time',
                    },
                    revokedBy: { type: ['string', 'null'] },
                    status: {
                      type: 'string',
                      enum: ['live', 'expired', 'revoked'],
                      description:
                        'Revoked and expired declarations stay on record but no longer apply.',
                    },
                  },
                },
              },
            },
          },
          '401': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '403': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '404': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '409': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    '/audit': {
      get: {
        operationId: 'GetAudit',
        description:
          'Creations and revocations of attestations and exemptions, newest first, about clusters the caller may read.\n',
        parameters: [
          {
            name: 'limit',
            in: 'query',
            required: false,
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 1000,
              default: 100,
            },
          },
        ],
        responses: {
          '200': {
            description: 'The audit entries.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['items'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: false,
                        required: [
                          'id',
                          'at',
                          'actor',
                          'action',
                          'kind',
                          'itemId',
                          'details',
                        ],
                        properties: {
                          id: { type: 'integer' },
                          at: { type: 'string', format: 'date-time' },
                          actor: {
                            type: 'string',
                            description: 'User entity ref.',
                          },
                          action: {
                            type: 'string',
                            enum: ['create', 'revoke'],
                          },
                          kind: {
                            type: 'string',
                            enum: ['attestation', 'exemption'],
                          },
                          itemId: { type: 'string' },
                          details: {
                            type: 'object',
                            additionalProperties: true,
                            description:
                              'The declaration as it stood then (for a revocation, its cluster and check).',
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          '400': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '401': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
          '403': {
            description:
              'A Backstage serialized error: { error: { name, message }, response: { statusCode } }',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['error', 'response'],
                  properties: {
                    error: {
                      type: 'object',
                      required: ['name', 'message'],
                      properties: {
                        name: { type: 'string' },
                        message: { type: 'string' },
                      },
                    },
                    request: {
                      type: 'object',
                      properties: {
                        method: { type: 'string' },
                        url: { type: 'string' },
                      },
                    },
                    response: {
                      type: 'object',
                      required: ['statusCode'],
                      properties: { statusCode: { type: 'integer' } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
} as const;

/** The typed, validating router for {@link spec}. */
export const createOpenApiRouter = (
  options?: Parameters<typeof createValidatedOpenApiRouter>[1],
) => createValidatedOpenApiRouter<typeof spec>(spec, options);
