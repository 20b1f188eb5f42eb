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

/** A terminal-friendly scorecard. */
export function formatTable(report: ClusterReport): string {
  const lines = [...header(report), ''];
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
  if (report.coverageGaps.length > 0) {
    lines.push('', 'Could not read:');
    for (const gap of report.coverageGaps)
      lines.push(`  ${gap.resource}: ${gap.reason}`);
  }
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
  return lines.join('\n');
}
