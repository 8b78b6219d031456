import fs from 'node:fs';
import { AppError } from '../../errors';

/** Prints HTML to an A4 PDF with the page's own print stylesheet. */
export type PdfPrinter = (html: string) => Promise<Buffer>;

export function missingChromiumError(chromiumPath: string): AppError {
  return new AppError(
    'unavailable',
    `PDF export needs Chromium, and there is none at ${chromiumPath}. Install it (Debian/Ubuntu: apt install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary. The HTML (printable from the browser) and Markdown exports work without it.`,
    { chromiumPath },
  );
}

/** A printer that starts a headless Chromium per document: exports are rare, and nothing stays running. */
export function createChromiumPrinter(chromiumPath: string): PdfPrinter {
  return async (html) => {
    if (!fs.existsSync(chromiumPath)) throw missingChromiumError(chromiumPath);
    // Loaded on first use: it takes about 0.4 s, which every other command and the server's start would pay.
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = await browser.newPage();
      // The document is self-contained: no network is needed, and none is allowed.
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    } finally {
      await browser.close();
    }
  };
}
