import type { Command } from 'commander';
import { BENCHMARKS } from '../../bench';
import { CliError } from '../cli-error';

export function registerBenchCommand(program: Command): void {
  program
    .command('bench')
    .description(`Run a benchmark: ${Object.keys(BENCHMARKS).join(', ')}`)
    .argument('<name>', 'which benchmark')
    .option('--json', 'print one JSON object with the results on the last line')
    .allowUnknownOption(true)
    .allowExcessArguments(true)
    .action(async (name: string, options: { json?: boolean }, command: Command) => {
      const bench = BENCHMARKS[name];
      if (!bench) throw new CliError(`Unknown benchmark "${name}"; available: ${Object.keys(BENCHMARKS).join(', ')}`, 2);
      await bench.run({ json: Boolean(options.json), args: command.args.slice(1) });
    });
}
