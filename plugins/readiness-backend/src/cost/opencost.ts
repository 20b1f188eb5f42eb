import { CostBreakdown } from './computeCosts';
import { HOURS_PER_MONTH } from './pricing';

/** One namespace as OpenCost allocates it, scaled to a 730-hour month, full precision. @public */
export interface OpenCostNamespace {
  /** OpenCost's `totalCost`: the breakdown plus network, shared and external costs. */
  monthly: number;
  breakdown: CostBreakdown;
}

/** What asking OpenCost gave: namespace costs, or why there are none. Never thrown. @public */
export type OpenCostResult =
  | {
      ok: true;
      namespaces: Map<string, OpenCostNamespace>;
      coverageHours: number;
    }
  | { ok: false; reason: string };

const WINDOW = '30d';
const WINDOW_HOURS = 30 * 24;
const DEFAULT_TIMEOUT_MS = 10_000;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** OpenCost writes NaN and infinities as null; they carry no cost. */
const num = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) ? value : 0;
const fail = (reason: string): OpenCostResult => ({ ok: false, reason });

/** Hours the window really covers, from its RFC 3339 bounds; the asked-for 30 days otherwise. */
function windowHours(allocation: Json): number {
  const window = isObject(allocation.window) ? allocation.window : {};
  const hours =
    (Date.parse(String(window.end)) - Date.parse(String(window.start))) /
    3_600_000;
  return Number.isFinite(hours) && hours > 0 ? hours : WINDOW_HOURS;
}

/**
 * Reads an accumulated `/allocation?aggregate=namespace` answer. Costs are totals over the hours
 * OpenCost has data for, so they are scaled by 730 / those hours. Those hours are the longest any
 * namespace ran (kube-system runs throughout): a five-day-old OpenCost is not averaged over 30
 * days, while a namespace that lived one day of thirty still counts as one day's spend.
 * `__idle__` and `__unallocated__` are not namespaces and are skipped.
 * @public
 */
export function parseAllocationResponse(body: unknown): OpenCostResult {
  if (!isObject(body)) return fail('invalid response: not a JSON object');
  if (body.code !== undefined && body.code !== 200) {
    return fail(
      `OpenCost answered code ${String(body.code)}: ${String(
        body.message ?? '',
      )}`.trim(),
    );
  }
  if (!Array.isArray(body.data)) return fail('invalid response: no data array');
  if (body.data.length !== 1 || !isObject(body.data[0])) {
    return fail(
      `invalid response: expected one accumulated allocation set, got ${body.data.length}`,
    );
  }
  const allocations = Object.entries(body.data[0]);
  let coverageHours = 0;
  let windowLength = WINDOW_HOURS;
  for (const [name, allocation] of allocations) {
    if (!isObject(allocation) || typeof allocation.totalCost !== 'number') {
      return fail(`invalid response: allocation "${name}" has no totalCost`);
    }
    coverageHours = Math.max(coverageHours, num(allocation.minutes) / 60);
    windowLength = windowHours(allocation);
  }
  coverageHours = Math.min(coverageHours, windowLength);
  if (coverageHours <= 0)
    return fail(`no allocation data in the last ${WINDOW}`);

  const scale = HOURS_PER_MONTH / coverageHours;
  const namespaces = new Map<string, OpenCostNamespace>();
  for (const [name, value] of allocations) {
    if (name.startsWith('__')) continue;
    const a = value as Json;
    const part = (cost: string) =>
      (num(a[cost]) + num(a[`${cost}Adjustment`])) * scale;
    namespaces.set(name, {
      monthly: num(a.totalCost) * scale,
      breakdown: {
        cpu: part('cpuCost'),
        memory: part('ramCost'),
        gpu: part('gpuCost'),
        storage: part('pvCost'),
        loadBalancers: part('loadBalancerCost'),
      },
    });
  }
  return { ok: true, namespaces, coverageHours };
}

/**
 * Why a fetch failed, in words: refused connections and timeouts name themselves. Duck-typed,
 * because fetch's errors may come from another realm than this module's `Error`.
 */
function describe(error: unknown, timeoutMs: number): string {
  const e = (isObject(error) ? error : {}) as {
    name?: unknown;
    message?: unknown;
    cause?: unknown;
  };
  if (e.name === 'TimeoutError' || e.name === 'AbortError')
    return `no answer within ${timeoutMs} ms`;
  const cause = (isObject(e.cause) ? e.cause : {}) as {
    code?: unknown;
    message?: unknown;
  };
  const detail = typeof cause.code === 'string' ? cause.code : cause.message;
  const message = typeof e.message === 'string' ? e.message : String(error);
  return typeof detail === 'string' && detail
    ? `${message} (${detail})`
    : message;
}

/**
 * The client for one cluster's OpenCost allocation API. Every failure (refused, timed out, HTTP
 * error, a body that is not the documented shape) comes back as `{ ok: false, reason }`, so the
 * scan falls back to the request model instead of failing.
 * @public
 */
export class OpenCostClient {
  readonly #url: URL;
  readonly #timeoutMs: number;

  static create(options: {
    baseUrl: string;
    timeoutMs?: number;
  }): OpenCostClient {
    return new OpenCostClient(
      options.baseUrl,
      options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    );
  }

  private constructor(baseUrl: string, timeoutMs: number) {
    this.#url = new URL(`${baseUrl.replace(/\/+$/, '')}/allocation`);
    this.#url.search = new URLSearchParams({
      window: WINDOW,
      aggregate: 'namespace',
      accumulate: 'true',
    }).toString();
    this.#timeoutMs = timeoutMs;
  }

  /** Last 30 days of namespace spend, as monthly figures. */
  async namespaceCosts(): Promise<OpenCostResult> {
    let response: Response;
    let text: string;
    try {
      response = await fetch(this.#url, {
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      return fail(describe(error, this.#timeoutMs));
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (!response.ok) {
      const message =
        isObject(body) && typeof body.message === 'string'
          ? body.message
          : text;
      return fail(
        `HTTP ${response.status}${message ? `: ${message.slice(0, 200)}` : ''}`,
      );
    }
    if (body === undefined) return fail('invalid response: body is not JSON');
    return parseAllocationResponse(body);
  }
}
