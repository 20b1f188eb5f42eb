import { toWorkloadFact } from './workloads';

const deployment = (annotations?: Record<string, string>) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'agent', namespace: 'web', annotations },
  spec: { template: { spec: { containers: [{ name: 'a', image: 'a:1' }] } } },
});

describe('toWorkloadFact', () => {
  it('keeps the exemption annotations of a workload and no other', () => {
    const fact = toWorkloadFact(
      deployment({
        'readiness.dev/exempt.security-non-root-containers':
          'reads host logs; expires=2027-02-01',
        'kubectl.kubernetes.io/last-applied-configuration': '{"big":"json"}',
      }),
    );
    expect(fact?.exemptions).toEqual({
      'readiness.dev/exempt.security-non-root-containers':
        'reads host logs; expires=2027-02-01',
    });
  });

  it('adds nothing to a workload without any', () => {
    expect(toWorkloadFact(deployment())).not.toHaveProperty('exemptions');
    expect(toWorkloadFact(deployment({ team: 'web' }))).not.toHaveProperty(
      'exemptions',
    );
  });
});
