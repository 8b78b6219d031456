import fs from 'node:fs';
import { once } from 'node:events';
import readline from 'node:readline';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { type TextAnalyzer, createTextAnalyzer } from '../../core/analysis';
import { loadAnalysisResources } from '../../server/features/analysis';
import { CliError } from '../cli-error';

/** Lines written per chunk: large enough that writes are cheap, small enough that memory stays flat. */
const CHUNK_LINES = 500;

/** One input line's answer: the input with the analysis added, or where and why the line was refused. */
export function analyzeLine(analyzer: TextAnalyzer, line: string, lineNumber: number): Record<string, unknown> {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (error) {
    return { line: lineNumber, error: `not valid JSON: ${(error as Error).message}` };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { line: lineNumber, error: 'expected a JSON object' };
  const text = (input as Record<string, unknown>).text;
  if (typeof text !== 'string') return { line: lineNumber, error: 'the field "text" is missing or not a string' };
  const { language, sentiment, sentimentScores, categories, toxicity, spam, clusterKey, keyPhrases } = analyzer.analyze(text);
  return { ...input, language, sentiment, sentimentScores, categories, toxicity, spam, clusterKey, keyPhrases };
}

/** Streams JSON Lines through the analysis in input order, in bounded memory. */
export async function analyzeStream(
  analyzer: TextAnalyzer,
  input: NodeJS.ReadableStream,
  output: Writable,
): Promise<{ lines: number; errors: number }> {
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  let errors = 0;
  let chunk: string[] = [];
  const flush = async () => {
    if (chunk.length === 0) return;
    const ready = output.write(`${chunk.join('\n')}\n`);
    chunk = [];
    if (!ready) await once(output, 'drain');
  };
  for await (const raw of lines) {
    lineNumber++;
    // A UTF-8 byte order mark may lead the first line.
    const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    const result = analyzeLine(analyzer, line, lineNumber);
    if ('error' in result && 'line' in result && Object.keys(result).length === 2) errors++;
    chunk.push(JSON.stringify(result));
    if (chunk.length >= CHUNK_LINES) await flush();
  }
  await flush();
  return { lines: lineNumber, errors };
}

export function registerAnalyzeCommand(program: Command): void {
  program
    .command('analyze')
    .description('Analyse JSON Lines with a string field "text": language, sentiment, categories, toxicity, spam, cluster key, key phrases')
    .option('-i, --input <file>', 'JSON Lines to read (default: standard input)')
    .option('-o, --output <file>', 'where to write one JSON object per input line (default: standard output)')
    .action(async (options: { input?: string; output?: string }) => {
      if (options.input && !fs.existsSync(options.input)) throw new CliError(`File not found: ${options.input}`, 2);
      const analyzer = createTextAnalyzer({ sentimentModel: loadAnalysisResources().sentimentModel });
      const input = options.input ? fs.createReadStream(options.input) : process.stdin;
      const output = options.output ? fs.createWriteStream(options.output) : process.stdout;
      const { lines, errors } = await analyzeStream(analyzer, input, output);
      if (options.output) {
        output.end();
        await once(output, 'finish');
      }
      if (errors > 0) process.stderr.write(`${errors} of ${lines} lines could not be analysed; see their "error" field\n`);
    });
}
