/**
 * Fault injection: rules that make chosen requests fail, stall or break the
 * way real clusters do (RBAC denials, throttling, compaction, dropped
 * connections).
 */

/** One fault; the first rule that matches a request and is not used up applies. */
export interface FaultRule {
  /**
   * Plural resource name (`pods`), optionally group-qualified
   * (`apps/deployments`, `/pods` or `core/pods` for the core group), or `*`
   * for every request including `/version` and discovery.
   */
  resource: string;
  /** Only requests in this namespace. */
  namespace?: string;
  /** Only this verb; `/version` and discovery requests are `get`. */
  verb?: 'list' | 'get' | 'watch';
  /** Answer with this HTTP status and the Status body a real server sends for it. */
  status?: number;
  /** Replaces the default Status message. */
  message?: string;
  /** For 429: the `Retry-After` header (default 1). */
  retryAfterSeconds?: number;
  /**
   * For 429: `text` (default) is priority-and-fairness's plain-text
   * rejection; `status` is a `TooManyRequests` Status body as the storage
   * layer sends it.
   */
  body?: 'text' | 'status';
  /** Wait this long before answering. */
  delayMs?: number;
  /** Answer 200, send half of the JSON body, then drop the connection. */
  truncate?: boolean;
  /** A request carrying a continue token gets 410 Expired. */
  expireContinue?: boolean;
  /** Apply only this many times (default: once for expireContinue, else always). */
  times?: number;
}

/** What a fault rule is matched against. */
export interface FaultRequest {
  verb: string;
  /** Absent for /version and discovery. */
  group?: string;
  plural?: string;
  namespace?: string;
  hasContinue: boolean;
}

/** Holds the active rules and how often each has fired. */
export interface FaultInjector {
  /** Replaces all rules and resets their counters. */
  set(rules: FaultRule[]): void;
  /** The rule to apply to this request, counting it as used. */
  take(request: FaultRequest): FaultRule | undefined;
}

function matchesResource(rule: FaultRule, request: FaultRequest): boolean {
  if (rule.resource === '*') return true;
  if (request.plural === undefined) return false;
  const slash = rule.resource.indexOf('/');
  if (slash < 0) return rule.resource === request.plural;
  const group = rule.resource.slice(0, slash);
  return (
    (group === 'core' ? '' : group) === request.group &&
    rule.resource.slice(slash + 1) === request.plural
  );
}

/** Creates an injector with initial rules. */
export function createFaultInjector(initial: FaultRule[] = []): FaultInjector {
  let rules: Array<{ rule: FaultRule; used: number }> = [];
  const set = (next: FaultRule[]) => {
    rules = next.map(rule => ({ rule, used: 0 }));
  };
  set(initial);
  return {
    set,
    take(request) {
      const hit = rules.find(({ rule, used }) => {
        const limit = rule.times ?? (rule.expireContinue ? 1 : Infinity);
        return (
          used < limit &&
          matchesResource(rule, request) &&
          (rule.namespace === undefined ||
            rule.namespace === request.namespace) &&
          (rule.verb === undefined || rule.verb === request.verb) &&
          (!rule.expireContinue || request.hasContinue)
        );
      });
      if (!hit) return undefined;
      hit.used++;
      return hit.rule;
    },
  };
}
