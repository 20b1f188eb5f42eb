import { ConfigReader } from '@backstage/config';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { readReadinessConfig, scoringOptions } from '../config';
import { collectFacts } from '../collect/collectFacts';
import { scoreCluster } from '../engine/scoreCluster';
import { SnapshotReader } from '../kube/SnapshotReader';
import { ClusterReader } from '../kube/types';
import { createReader } from '../sources/createReader';
import { formatJunit } from './formats/junit';
import { formatSarif } from './formats/sarif';
import { formatMarkdown, formatTable } from './formats/text';
import { captureSnapshot } from './snapshotCommand';

const USAGE = `usage:
  readiness score (--snapshot PATH | --kubeconfig FILE [--context NAME]) [--name NAME]
                  [--config app-config.yaml] [--format table|json|markdown|sarif|junit] [--fail-under N]
  readiness snapshot --kubeconfig FILE [--context NAME] [--name NAME] > cluster.yaml`;

const FORMATTERS = {
  table: formatTable,
  json: (report: unknown) => JSON.stringify(report, null, 2),
  markdown: formatMarkdown,
  sarif: formatSarif,
  junit: formatJunit,
} as const;

/** Bad input: one line on stderr and a non-zero exit, never a stack trace. */
class UsageError extends Error {}

/** The `readiness` command. Returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    return await run(argv);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`readiness: ${message}\n`);
    if (error instanceof UsageError) process.stderr.write(`${USAGE}\n`);
    return 2;
  }
}

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        snapshot: { type: 'string' },
        kubeconfig: { type: 'string' },
        context: { type: 'string' },
        name: { type: 'string' },
        config: { type: 'string' },
        format: { type: 'string', default: 'table' },
        'fail-under': { type: 'string' },
      },
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'score' && command !== 'snapshot') {
    throw new UsageError(
      command ? `unknown command "${command}"` : 'no command given',
    );
  }
  const values = parse(rest);
  const config = readReadinessConfig(
    new ConfigReader(readConfigFile(values.config)),
  );

  if (command === 'snapshot') {
    if (!values.kubeconfig) throw new UsageError('snapshot needs --kubeconfig');
    const reader = await createReader(
      {
        name:
          values.name ?? values.context ?? currentContext(values.kubeconfig),
        kubeconfig: { path: values.kubeconfig, context: values.context },
      },
      config.kubernetes,
    );
    process.stdout.write(await captureSnapshot(reader, new Date()));
    return 0;
  }

  const format = values.format as keyof typeof FORMATTERS;
  if (!(format in FORMATTERS))
    throw new UsageError(`unknown format "${values.format}"`);
  if (Boolean(values.snapshot) === Boolean(values.kubeconfig)) {
    throw new UsageError('give exactly one of --snapshot or --kubeconfig');
  }
  const failUnder =
    values['fail-under'] === undefined
      ? undefined
      : Number(values['fail-under']);
  if (failUnder !== undefined && !Number.isInteger(failUnder)) {
    throw new UsageError(
      `--fail-under must be a whole number, got "${values['fail-under']}"`,
    );
  }

  const reader: ClusterReader = values.snapshot
    ? new SnapshotReader(values.name, values.snapshot)
    : await createReader(
        {
          name:
            values.name ?? values.context ?? currentContext(values.kubeconfig!),
          kubeconfig: { path: values.kubeconfig!, context: values.context },
        },
        config.kubernetes,
      );
  const { facts, reachable } = await collectFacts(reader, new Date());
  if (!reachable) {
    throw new Error(
      `cannot read ${reader.name}: ${facts.coverageGaps[0]?.reason}`,
    );
  }
  const report = scoreCluster(facts, scoringOptions(config));
  process.stdout.write(`${FORMATTERS[format](report as any)}\n`);
  if (failUnder !== undefined && report.total < failUnder) {
    process.stderr.write(
      `readiness: total ${report.total} is below --fail-under ${failUnder}\n`,
    );
    return 1;
  }
  return 0;
}

/** Names a cluster read through a kubeconfig after its current context, as kubectl shows it. */
function currentContext(kubeconfig: string): string {
  try {
    const context = parseYaml(fs.readFileSync(kubeconfig, 'utf8'))?.[
      'current-context'
    ];
    return typeof context === 'string' && context ? context : 'cluster';
  } catch {
    // The connection reports an unreadable kubeconfig with the real reason.
    return 'cluster';
  }
}

function readConfigFile(file: string | undefined): object {
  if (!file) return {};
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new Error(`cannot read config file ${file}`);
  }
  try {
    return parseYaml(text) ?? {};
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message.split('\n')[0]}`);
  }
}
