import { ClusterReport, isFailing } from '@readiness/plugin-readiness-common';

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function scoreText(score: number | null): string {
  return score === null ? 'not assessed' : `${score}/3`;
}

function header(report: ClusterReport): string[] {
  const server = [
    report.server.version,
    report.server.provider,
    report.server.region,
  ]
    .filter(Boolean)
    .join(', ');
  return [
    `Cluster ${report.cluster}${server ? ` (${server})` : ''}, scanned ${
      report.scannedAt
    }${
      report.observedAt ? ` from a snapshot captured ${report.observedAt}` : ''
    }`,
    `Total ${report.total}/${report.max} (${report.assessedPillars} of ${report.pillars.length} pillars assessed)`,
  ];
}

/** Annotations that exempt or attest nothing, so a pipeline's author sees why. */
function ignoredLines(report: ClusterReport): string[] {
  const ignored = report.ignoredDeclarations ?? [];
  if (ignored.length === 0) return [];
  return [
    '',
    'Annotations not applied:',
    ...ignored.map(d => `  ${d.annotation} on ${d.object}: ${d.reason}`),
  ];
}

/** A terminal-friendly scorecard. */
export function formatTable(report: ClusterReport): string {
  const lines = [...header(report), ...riskLines(report), ''];
  lines.push(`${pad('PILLAR', 28)}${pad('SCORE', 14)}COVERAGE`);
  for (const p of report.pillars) {
    const coverage =
      p.score === null ? '-' : `${Math.round(p.coverage * 100)}%`;
    lines.push(`${pad(p.title, 28)}${pad(scoreText(p.score), 14)}${coverage}`);
  }
  const failing = report.pillars.flatMap(p => p.checks).filter(isFailing);
  if (failing.length > 0) {
    lines.push('', 'Failing and unknown checks:');
    for (const c of failing.sort((a, b) => a.level - b.level)) {
      lines.push(`  L${c.level} ${pad(c.status, 8)} ${c.id}: ${c.evidence}`);
    }
  }
  lines.push(...costLines(report));
  if (report.coverageGaps.length > 0) {
    lines.push('', 'Could not read:');
    for (const gap of report.coverageGaps)
      lines.push(`  ${gap.resource}: ${gap.reason}`);
  }
  lines.push(...ignoredLines(report));
  return lines.join('\n');
}

/** A Markdown scorecard for pull requests and wikis. */
export function formatMarkdown(report: ClusterReport): string {
  const lines = header(report).map(l => `${l}  `);
  lines.push('', '| Pillar | Score | Coverage |', '| --- | --- | --- |');
  for (const p of report.pillars) {
    const coverage =
      p.score === null ? '–' : `${Math.round(p.coverage * 100)}%`;
    lines.push(`| ${p.title} | ${scoreText(p.score)} | ${coverage} |`);
  }
  const failing = report.pillars.flatMap(p => p.checks).filter(isFailing);
  if (failing.length > 0) {
    lines.push(
      '',
      '| Level | Status | Check | Evidence |',
      '| --- | --- | --- | --- |',
    );
    for (const c of failing) {
      lines.push(
        `| ${c.level} | ${c.status} | [${c.id}](${
          c.runbook
        }) | ${c.evidence.replace(/\|/g, '\\|')} |`,
      );
    }
  }
  const ignored = report.ignoredDeclarations ?? [];
  if (ignored.length > 0) {
    lines.push('', '**Annotations not applied:**', '');
    for (const d of ignored)
      lines.push(`- \`${d.annotation}\` on ${d.object}: ${d.reason}`);
  }
  return lines.join('\n');
}

function money(value: number | null | undefined, currency: string): string {
  return value === null || value === undefined
    ? 'not priced'
    : `${value.toFixed(2)} ${currency}`;
}

/** The seed's "order things fail": what an operator must see before anything else. */
function riskLines(report: ClusterReport): string[] {
  if (report.risks.length === 0) return [];
  const lines = ['', 'What will fail first:'];
  for (const risk of report.risks) {
    const when =
      risk.daysToImpact === null ? '' : ` (in ${risk.daysToImpact} day(s))`;
    lines.push(`  ${risk.kind}${when}: ${risk.title}`);
  }
  return lines;
}

/** Who owns what and what it costs: conflicts and orphans are the point. */
function costLines(report: ClusterReport): string[] {
  const lines: string[] = [];
  const workload = report.namespaces.filter(ns => ns.workload);
  if (workload.length === 0) return lines;
  const currency = report.cost?.currency ?? 'USD';
  lines.push(
    '',
    `${pad('NAMESPACE', 24)}${pad('OWNER', 28)}${pad('SOURCE', 34)}MONTHLY`,
  );
  for (const ns of workload) {
    lines.push(
      `${pad(ns.name, 24)}${pad(ns.owner ?? '(orphan)', 28)}${pad(
        ns.ownerSource ?? '-',
        34,
      )}${money(ns.cost?.monthly, currency)}${
        ns.cost?.unpricedContainers
          ? `, ${ns.cost.unpricedContainers} unpriced container(s)`
          : ''
      }`,
    );
  }
  const conflicts = workload.filter(ns => ns.conflicts?.length);
  if (conflicts.length > 0) {
    lines.push('', 'Ownership conflicts:');
    for (const ns of conflicts) {
      const others = ns
        .conflicts!.map(c => `${c.owner} (${c.source})`)
        .join(', ');
      lines.push(`  ${ns.name}: ${ns.owner} (${ns.ownerSource}) vs ${others}`);
    }
  }
  const orphans = workload.filter(ns => !ns.owner);
  if (orphans.length > 0) {
    lines.push(
      '',
      `Orphans (no owner): ${orphans.map(ns => ns.name).join(', ')}`,
    );
  }
  if (report.teams.length > 0) {
    lines.push('', 'Teams:');
    for (const team of report.teams) {
      lines.push(
        `  ${pad(team.name, 26)}${money(
          team.monthlyCost,
          team.currency,
        )} over ${team.namespaces.join(', ')}`,
      );
    }
  }
  if (report.cost) {
    lines.push(
      `  ${pad('idle capacity', 26)}${money(
        report.cost.idleMonthly,
        currency,
      )}${report.cost.listPrices ? ' (list prices)' : ''}`,
    );
  }
  return lines;
}
