import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { RunningSiaga } from './server';

/** How long a single step may wait for the UI; a whole journey stays far below the test timeout. */
export const STEP_TIMEOUT = 10_000;

const RESULTS_DIR = new URL('../../test-results/', import.meta.url).pathname;

export const OWNER = {
  workspaceName: 'Tim Krisis Nusantara',
  name: 'Dewi Lestari',
  email: 'dewi@example.co.id',
  password: 'kopi-tubruk-pagi-2026',
};

/** A browser context as an Indonesian user in Jakarta would have it. */
export async function newIndonesianContext(browser: Browser, options: { width?: number; height?: number } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
  });
  context.setDefaultTimeout(STEP_TIMEOUT);
  context.setDefaultNavigationTimeout(STEP_TIMEOUT);
  return context;
}

/**
 * Runs `journey` in a fresh page. When it fails, the page as it was, the browser console and the
 * server's output are saved under `test-results/` before the error goes on.
 */
export async function withPage(browser: Browser, siaga: RunningSiaga, name: string, journey: (page: Page) => Promise<void>): Promise<void> {
  const context = await newIndonesianContext(browser);
  const page = await context.newPage();
  const console: string[] = [];
  page.on('console', (message) => console.push(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => console.push(`[pageerror] ${error.stack ?? error.message}`));
  try {
    await journey(page);
  } catch (error) {
    const base = path.join(RESULTS_DIR, `e2e-${name.replace(/[^\w-]+/g, '-')}`);
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: `${base}.png`, fullPage: true }).catch(() => undefined);
    fs.writeFileSync(
      `${base}.log`,
      [`URL: ${page.url()}`, '', '--- browser console ---', ...console, '', '--- server output ---', siaga.output()].join('\n'),
    );
    if (error instanceof Error) error.message += `\n(screenshot and logs: ${base}.png, ${base}.log)`;
    throw error;
  } finally {
    await context.close();
  }
}

/** Waits until `locator` is visible. */
export async function shows(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
}

/**
 * Polls `read` until `check` accepts its value, or fails after STEP_TIMEOUT saying what was expected
 * and what was last seen. Plain code, so the screenshot script can use it outside Vitest.
 */
export async function eventually<T>(what: string, read: () => T | Promise<T>, check: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + STEP_TIMEOUT;
  let last: T | undefined;
  for (;;) {
    last = await read();
    if (check(last)) return last;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${STEP_TIMEOUT} ms waiting for ${what}; last seen: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until nothing matching `locator` is visible. */
export async function hides(locator: Locator): Promise<void> {
  await eventually(
    `${String(locator)} to be hidden`,
    () => locator.filter({ visible: true }).count(),
    (n) => n === 0,
  );
}

/** Waits until exactly `count` visible elements match `locator`. */
export async function hasCount(locator: Locator, count: number): Promise<void> {
  await eventually(
    `${count} visible of ${String(locator)}`,
    () => locator.filter({ visible: true }).count(),
    (n) => n === count,
  );
}

/** Waits until the path of the page's URL is `pathname` (a string or pattern). */
export async function atPath(page: Page, pathname: string | RegExp): Promise<void> {
  const pattern = typeof pathname === 'string' ? new RegExp(`^${pathname}$`) : pathname;
  await eventually(
    `the URL path to match ${String(pattern)}`,
    () => new URL(page.url()).pathname,
    (p) => pattern.test(p),
  );
}

/** The page's one `h1`. */
export function pageHeading(page: Page, name: string): Locator {
  return page.getByRole('heading', { level: 1, name, exact: true });
}

/** A text field by its label; Mantine adds ` *` to the labels of required fields. */
export function field(scope: Page | Locator, label: string): Locator {
  return scope.getByRole('textbox', { name: label, exact: false });
}

/** A password field by its label (password inputs have no ARIA role). */
export function passwordField(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(label, { exact: false }).and(scope.locator('input[type="password"]'));
}

/** Fills in the setup page (which must be open) and submits it. */
export async function submitSetup(page: Page, token: string, owner = OWNER): Promise<void> {
  await field(page, 'Token penyiapan').fill(token);
  await field(page, 'Nama ruang kerja').fill(owner.workspaceName);
  await field(page, 'Nama Anda').fill(owner.name);
  await field(page, 'Email').fill(owner.email);
  await passwordField(page, 'Kata sandi').fill(owner.password);
  await page.getByRole('button', { name: 'Siapkan dan masuk' }).click();
}

/** The main navigation's link to `label`. */
export function navLink(page: Page, label: string): Locator {
  return page.getByRole('navigation', { name: /Navigasi utama|Main navigation/ }).getByRole('link', { name: label, exact: true });
}

/** Creates a brand from the Brands page and waits for its own page. */
export async function createBrand(page: Page, name: string, kind: 'Milik sendiri' | 'Pesaing', description = ''): Promise<void> {
  await navLink(page, 'Merek').click();
  await shows(pageHeading(page, 'Merek'));
  await page.getByRole('button', { name: 'Merek baru', exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Merek baru' });
  await field(dialog, 'Nama merek').fill(name);
  await dialog.getByRole('radio', { name: kind }).check();
  if (description) await dialog.getByRole('textbox', { name: 'Deskripsi' }).fill(description);
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await shows(pageHeading(page, name));
  await hides(dialog);
}

/** On a brand's page: opens the editor for a new watch query and returns the dialog. */
export async function openNewQuery(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Kueri baru', exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Kueri pantauan baru' });
  await shows(dialog);
  return dialog;
}

/** Saves the watch query dialog and waits for the query to be listed. */
export async function saveQuery(page: Page, dialog: Locator, name: string): Promise<void> {
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await hides(dialog);
  await shows(page.getByRole('switch', { name: `Aktifkan kueri ${name}` }));
}

/** The API as the signed-in page calls it, with the session's CSRF token for changes. */
export async function apiOf(page: Page, siaga: RunningSiaga, workspaceId: string) {
  const me = (await (await page.request.get(`${siaga.url}/api/auth/me`)).json()) as { csrfToken: string };
  const base = `${siaga.url}/api/workspaces/${workspaceId}`;
  const change = async (method: 'post' | 'put', path: string, data: unknown) => {
    const response = await page.request[method](`${base}${path}`, { data, headers: { 'X-CSRF-Token': me.csrfToken } });
    expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
    return (await response.json()) as Record<string, unknown>;
  };
  return {
    post: (path: string, data: unknown) => change('post', path, data),
    put: (path: string, data: unknown) => change('put', path, data),
    get: (path: string) => page.request.get(`${base}${path}`),
  };
}
export type PageApi = Awaited<ReturnType<typeof apiOf>>;

/** A picture of the page for the README and reviews, in `test-results/`. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${RESULTS_DIR}${name}.png`, fullPage: options.fullPage ?? false, animations: 'disabled', caret: 'hide' });
}
