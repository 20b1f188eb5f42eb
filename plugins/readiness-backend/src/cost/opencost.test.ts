import { AddressInfo } from 'node:net';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import {
  OpenCostClient,
  OpenCostResult,
  parseAllocationResponse,
} from './opencost';
import { toCents } from './pricing';

const FIXTURE = fs.readFileSync(
  path.join(__dirname, '__fixtures__', 'opencost-allocation.json'),
  'utf8',
);

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** A local stand-in for OpenCost; records the request paths it was asked for. */
async function serve(
  handler: Handler,
): Promise<{ url: string; paths: string[]; close(): Promise<void> }> {
  const paths: string[] = [];
  const server = http.createServer((req, res) => {
    paths.push(req.url ?? '');
    handler(req, res);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    paths,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const json =
  (status: number, body: string): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(body);
  };

function monthly(result: OpenCostResult, namespace: string) {
  if (!result.ok) throw new Error(result.reason);
  const ns = result.namespaces.get(namespace)!;
  return {
    monthly: toCents(ns.monthly),
    cpu: toCents(ns.breakdown.cpu),
    memory: toCents(ns.breakdown.memory),
    gpu: toCents(ns.breakdown.gpu),
    storage: toCents(ns.breakdown.storage),
    loadBalancers: toCents(ns.breakdown.loadBalancers),
  };
}

describe('OpenCostClient', () => {
  it('asks for 30 accumulated days by namespace and scales them to a 730-hour month', async () => {
    const server = await serve(json(200, FIXTURE));
    try {
      const result = await OpenCostClient.create({
        baseUrl: server.url,
      }).namespaceCosts();
      expect(server.paths).toEqual([
        '/allocation?window=30d&aggregate=namespace&accumulate=true',
      ]);
      expect(result.ok && result.coverageHours).toBe(720);
      // The fixture covers 43200 minutes = 720 hours, so every cost is × 730 / 720.
      // payments: totalCost 90.31756 × 730/720 = 91.5719706…; cpuCost 45.51984 → 46.15206;
      // ramCost 24.40512 → 24.74408; pvCost 1.9726 → 1.9999972…; loadBalancerCost 18 → 18.25
      // (totalCost also holds networkCost 0.42, which has no column of its own)
      expect(monthly(result, 'payments')).toEqual({
        monthly: 91.57,
        cpu: 46.15,
        memory: 24.74,
        gpu: 0,
        storage: 2,
        loadBalancers: 18.25,
      });
      // ml-training: gpuCost 684 × 730/720 = 693.5; totalCost 823.84992 × 730/720 = 835.29228
      expect(monthly(result, 'ml-training')).toMatchObject({
        gpu: 693.5,
        monthly: 835.29,
      });
      // preview-42 ran 5 of the 30 days: its 5 days' cost 2.4051 is spread over the window,
      // 2.4051 × 730/720 = 2.4385041…
      expect(monthly(result, 'preview-42').monthly).toBe(2.44);
      expect(result.ok && [...result.namespaces.keys()].sort()).toEqual([
        'kube-system',
        'ml-training',
        'opencost',
        'payments',
        'preview-42',
        'search',
      ]);
    } finally {
      await server.close();
    }
  });

  it('returns the error OpenCost gives for a 500, never throws', async () => {
    const server = await serve(
      json(
        500,
        '{"code":500,"message":"Error: error querying prometheus: connection refused"}',
      ),
    );
    try {
      expect(
        await OpenCostClient.create({ baseUrl: server.url }).namespaceCosts(),
      ).toEqual({
        ok: false,
        reason:
          'HTTP 500: Error: error querying prometheus: connection refused',
      });
    } finally {
      await server.close();
    }
  });

  it('returns a failure for a body cut off mid-way', async () => {
    const server = await serve(json(200, FIXTURE.slice(0, 500)));
    try {
      expect(
        await OpenCostClient.create({ baseUrl: server.url }).namespaceCosts(),
      ).toEqual({
        ok: false,
        reason: 'invalid response: body is not JSON',
      });
    } finally {
      await server.close();
    }
  });

  it('gives up after the timeout', async () => {
    const server = await serve(() => {
      // never answers
    });
    try {
      expect(
        await OpenCostClient.create({
          baseUrl: server.url,
          timeoutMs: 100,
        }).namespaceCosts(),
      ).toEqual({
        ok: false,
        reason: 'no answer within 100 ms',
      });
    } finally {
      await server.close();
    }
  });

  it('returns a failure when nothing listens', async () => {
    const server = await serve(json(200, FIXTURE));
    await server.close();
    const result = await OpenCostClient.create({
      baseUrl: server.url,
    }).namespaceCosts();
    expect(result).toEqual({
      ok: false,
      reason: expect.stringContaining('ECONNREFUSED'),
    });
  });
});

describe('parseAllocationResponse', () => {
  const allocation = (minutes: number, totalCost: unknown) => ({
    window: { start: '2026-10-26T00:00:00Z', end: '2026-11-25T00:00:00Z' },
    minutes,
    cpuCost: 1,
    cpuCostAdjustment: null,
    totalCost,
  });

  it.each<[string, unknown, OpenCostResult | string]>([
    ['not an object', [], 'invalid response: not a JSON object'],
    [
      'an error code',
      { code: 400, message: 'Invalid window' },
      'OpenCost answered code 400: Invalid window',
    ],
    ['no data', { code: 200 }, 'invalid response: no data array'],
    [
      'steps, not accumulated',
      { code: 200, data: [{}, {}] },
      'invalid response: expected one accumulated allocation set, got 2',
    ],
    [
      'an empty set',
      { code: 200, data: [{}] },
      'no allocation data in the last 30d',
    ],
    [
      'a set without costs',
      { code: 200, data: [{ web: { name: 'web' } }] },
      'invalid response: allocation "web" has no totalCost',
    ],
  ])('%s → failure', (_name, body, reason) => {
    expect(parseAllocationResponse(body)).toEqual({ ok: false, reason });
  });

  it('scales by the hours OpenCost has data for, not the 30 days asked', () => {
    // OpenCost installed 5 days ago: kube-system's 7200 minutes = 120 hours of data.
    // web 12 over 120 h → 12 × 730/120 = 73
    const result = parseAllocationResponse({
      code: 200,
      data: [
        {
          'kube-system': allocation(7200, 1),
          web: allocation(3600, 12),
          __idle__: allocation(7200, 50),
        },
      ],
    });
    expect(result.ok && result.coverageHours).toBe(120);
    expect(result.ok && toCents(result.namespaces.get('web')!.monthly)).toBe(
      73,
    );
    expect(result.ok && result.namespaces.has('__idle__')).toBe(false);
  });
});
