import { ClusterReport } from '@readiness/plugin-readiness-common';

function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * JUnit XML, so CI systems show each check as a test case: one suite per pillar; fail is a
 * failure, unknown an error, not-applicable and exempted are skipped.
 */
export function formatJunit(report: ClusterReport): string {
  const suites = report.pillars.map(pillar => {
    const cases = pillar.checks.map(c => {
      const name = `${xml(c.id)}: ${xml(c.title)}`;
      const open = `    <testcase classname="${xml(report.cluster)}.${
        pillar.id
      }" name="${name}">`;
      if (c.status === 'fail') {
        return `${open}\n      <failure message="${xml(c.evidence)}">${xml(
          c.runbook,
        )}</failure>\n    </testcase>`;
      }
      if (c.status === 'unknown') {
        return `${open}\n      <error message="${xml(
          c.evidence,
        )}"/>\n    </testcase>`;
      }
      if (c.status === 'not-applicable' || c.status === 'exempted') {
        return `${open}\n      <skipped message="${xml(
          c.evidence,
        )}"/>\n    </testcase>`;
      }
      return `${open}</testcase>`;
    });
    const count = (s: string) =>
      pillar.checks.filter(c => c.status === s).length;
    return [
      `  <testsuite name="${xml(pillar.title)}" tests="${
        pillar.checks.length
      }" failures="${count('fail')}" errors="${count('unknown')}" skipped="${
        count('not-applicable') + count('exempted')
      }">`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="readiness ${xml(report.cluster)}: ${report.total}/${
      report.max
    }">`,
    ...suites,
    '</testsuites>',
  ].join('\n');
}
