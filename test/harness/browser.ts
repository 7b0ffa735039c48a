/** Debian's Chromium driven by playwright-core (which ships no browser of its own). */
import { chromium, type Browser, type Page } from 'playwright-core';
import { onCleanup } from './cleanup';
import { chromiumPath } from './paths';

const CHROMIUM_ARGS = [
  '--no-sandbox', // we run as root in a container
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
  onCleanup(() => browser.close().catch(() => undefined));
  return browser;
}

/** A page the size of a laptop screen, so screenshots look like a real editor window. */
export async function newWorkbenchPage(browser: Browser): Promise<Page> {
  return browser.newPage({ viewport: { width: 1440, height: 900 } });
}
