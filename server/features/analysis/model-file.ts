import fs from 'node:fs';
import path from 'node:path';
import { parseSentimentModel } from '../../../core/analysis';
import { projectPath } from '../../project-root';
import type { AnalysisResources } from './analysis.service';

const MODELS_DIR = projectPath('models', 'sentiment');

/** The shipped sentiment model: the one versioned `sentiment-<version>.json` that `npm run train:sentiment` wrote. */
export function findSentimentModelFile(dir = MODELS_DIR): string {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^sentiment-.+\.json$/.test(f)) : [];
  if (files.length !== 1)
    throw new Error(`Expected one sentiment-<version>.json in ${dir}, found ${files.length}: ${files.join(', ') || 'none'}`);
  return path.join(dir, files[0] as string);
}

let loaded: AnalysisResources | null = null;

/**
 * Reads the shipped models once per process: they are immutable files, and parsing them for every
 * app context (tests make many) would cost more than everything else the context does.
 */
export function loadAnalysisResources(file?: string): AnalysisResources {
  if (loaded && file === undefined) return loaded;
  const modelFile = file ?? findSentimentModelFile();
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(modelFile, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the sentiment model at ${modelFile}: ${(error as Error).message}`);
  }
  const resources = { sentimentModel: parseSentimentModel(json) };
  if (file === undefined) loaded = resources;
  return resources;
}
