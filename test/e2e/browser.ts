import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type RunningSiaga, startSiaga } from './server';

/** Debian's Chromium (or CHROMIUM_PATH), headless, with no network chatter of its own. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * One browser and one Siaga for the test file, started together before its tests and stopped after them;
 * `started` hands them to the file's own variables.
 */
export function useBrowserAndSiaga(started: (running: { browser: Browser; siaga: RunningSiaga }) => void): void {
  let running: { browser: Browser; siaga: RunningSiaga } | undefined;
  beforeAll(async () => {
    const [browser, siaga] = await Promise.all([launchBrowser(), startSiaga()]);
    running = { browser, siaga };
    started(running);
  });
  afterAll(async () => {
    await running?.browser.close();
    await running?.siaga.stop();
  });
}
