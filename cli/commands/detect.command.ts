import fs from 'node:fs';
import { once } from 'node:events';
import readline from 'node:readline';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { SENSITIVITIES, type Sensitivity, SeriesInputError, createSeriesRunner } from '../../core/detection';
import { CliError } from '../cli-error';

const CHUNK_LINES = 1000;

/**
 * Streams `timestamp,value` CSV through the default mention-volume rule, one output row per input row in
 * order; stops at the first bad row with its line number.
 */
export async function detectStream(
  input: NodeJS.ReadableStream,
  output: Writable,
  options: { sensitivity?: Sensitivity } = {},
): Promise<{ rows: number; alerts: number }> {
  const runner = createSeriesRunner(options.sensitivity ? { sensitivity: options.sensitivity } : {});
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  let rows = 0;
  let alerts = 0;
  let chunk: string[] = [];
  const flush = async () => {
    if (chunk.length === 0) return;
    const ready = output.write(`${chunk.join('\n')}\n`);
    chunk = [];
    if (!ready) await once(output, 'drain');
  };
  for await (const line of lines) {
    lineNumber++;
    const out = runner.next(line, lineNumber);
    if (out === null) continue;
    if (lineNumber > 1) {
      rows++;
      if (out.endsWith(',1')) alerts++;
    }
    chunk.push(out);
    if (chunk.length >= CHUNK_LINES) await flush();
  }
  if (lineNumber === 0) throw new SeriesInputError(1, 'the input is empty; expected the header "timestamp,value"');
  await flush();
  return { rows, alerts };
}

export function registerDetectCommand(program: Command): void {
  program
    .command('detect')
    .description(
      'Score a series of counts per interval (CSV "timestamp,value") with the mention-volume rule: adds anomaly_score (0–1) and alert (0/1), each row from the rows up to it only',
    )
    .option('-i, --input <file>', 'CSV to read (default: standard input)')
    .option('-o, --output <file>', 'CSV to write (default: standard output); written only when every row is valid')
    .option('--sensitivity <level>', `the rule's sensitivity: ${SENSITIVITIES.join(', ')}`, 'medium')
    .action(async (options: { input?: string; output?: string; sensitivity: string }) => {
      if (!SENSITIVITIES.includes(options.sensitivity as Sensitivity))
        throw new CliError(`--sensitivity: one of ${SENSITIVITIES.join(', ')}, got "${options.sensitivity}"`, 2);
      if (options.input && !fs.existsSync(options.input)) throw new CliError(`File not found: ${options.input}`, 2);
      const input = options.input ? fs.createReadStream(options.input) : process.stdin;
      // Write beside the target and rename at the end, so a bad row leaves no half-written file behind.
      const temporary = options.output ? `${options.output}.${process.pid}.partial` : null;
      const output = temporary ? fs.createWriteStream(temporary) : process.stdout;
      try {
        await detectStream(input, output, { sensitivity: options.sensitivity as Sensitivity });
        if (temporary && options.output) {
          output.end();
          await once(output, 'finish');
          fs.renameSync(temporary, options.output);
        }
      } catch (error) {
        if (temporary) {
          output.destroy();
          fs.rmSync(temporary, { force: true });
        }
        if (error instanceof SeriesInputError) throw new CliError(`${options.input ?? 'input'}: ${error.message}`, 1);
        throw error;
      }
    });
}
