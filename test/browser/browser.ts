import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (apt-get install -y chromium); Playwright's own download needs the internet. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Where CI keeps the screenshots (and the handbook's PDF): gitignored. */
export const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts');
export const SCREENSHOTS = path.join(ARTIFACTS, 'screenshots');

export function requireChromium(): void {
  if (!fs.existsSync(CHROMIUM)) {
    const message =
      `\n\n  Chromium is missing: the browser tests need it at ${CHROMIUM}.\n` +
      `  Install it with:  apt-get update && apt-get install -y chromium   (.ci/run does this)\n` +
      `  or point CHROMIUM_PATH at another Chromium.\n`;
    console.error(message);
    throw new Error(message);
  }
}

/** Builds web/dist unless it is current (the same check `npm start` makes). */
export function ensureConsoleBuilt(): void {
  execFileSync(process.execPath, [path.join(__dirname, '..', '..', 'web', 'scripts', 'ensure-build.mjs')], { stdio: 'inherit' });
}

export async function launch(): Promise<Browser> {
  requireChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/**
 * A browser context that records every request to a host other than 127.0.0.1 (and refuses it,
 * so nothing waits on a network that a closed government network does not have).
 */
export async function isolatedContext(browser: Browser, outside: string[], options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...options });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
    outside.push(route.request().url());
    return route.abort();
  });
  return context;
}

export interface PageErrors {
  errors: string[];
}

/** Collects uncaught errors and console errors of a page. */
export function watch(page: Page): PageErrors {
  const seen: PageErrors = { errors: [] };
  page.on('pageerror', (e) => seen.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    const text = m.text();
    // antd 6.6 announces that List will be replaced (by Listy) in its next major: a notice, not a fault.
    if (/\[antd: List\] The `List` component is deprecated/.test(text)) return;
    // The browser reports the 401 of a refused sign-in or an expired token: the page handles it.
    if (/status of 401/.test(text)) return;
    if (m.type() === 'error') seen.errors.push(`console: ${text}`);
  });
  return seen;
}

/** axe-core's serious and critical violations (WCAG 2.1 A and AA) on the page as it is now. */
export async function seriousViolations(page: Page, exclude: string[] = []): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const selector of exclude) builder = builder.exclude(selector);
  const result = await builder.analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Whether anything sticks out sideways: the page scrolls horizontally, or an element ends past the right edge. */
/**
 * Whether anything sticks out sideways: the page scrolls horizontally, or an element ends past the
 * right edge without sitting in a box that scrolls on purpose. (Run in the page; a string, because
 * the server's type check has no DOM types.)
 */
const OVERFLOW_SCRIPT = `(() => {
  const width = document.documentElement.clientWidth;
  const out = [];
  if (document.documentElement.scrollWidth > width) out.push('page is ' + document.documentElement.scrollWidth + 'px wide in a ' + width + 'px window');
  const scrollsItself = (el) => {
    for (let e = el; e && e !== document.body; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (['auto', 'scroll', 'hidden', 'clip'].includes(s.overflowX) && e.scrollWidth > e.clientWidth) return true;
    }
    return false;
  };
  for (const el of Array.from(document.querySelectorAll('body *'))) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.right > width + 1 && !scrollsItself(el.parentElement)) {
      const cls = typeof el.className === 'string' && el.className ? '.' + el.className.split(' ').slice(0, 2).join('.') : '';
      out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + cls + ' ends at ' + Math.round(r.right) + 'px');
      if (out.length > 5) break;
    }
  }
  return out;
})()`;

export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return (await page.evaluate(OVERFLOW_SCRIPT)) as string[];
}
