/**
 * The web console in a real browser: Debian's Chromium, headless, driven by Playwright, against
 * the real server on a real PostgreSQL with the 2022 data set. Every page visited is checked with
 * axe-core (no serious or critical violation) and photographed into test-artifacts/screenshots/,
 * and no request may go to any host but 127.0.0.1.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seedIfEmpty } from '../../seeds/seed';
import { Role } from '../../src/modules/auth/auth.types';
import { TestApp } from '../helpers/app';
import { ARTIFACTS, ensureConsoleBuilt, isolatedContext, launch, requireChromium, screenshot, seriousViolations, sidewaysOverflow, watch, type PageErrors } from './browser';

jest.setTimeout(120_000);

let app: TestApp;
let browser: Browser;
let base: string;
let firm: { id: string; name: string; username: string; password: string };
const outside: string[] = [];
const visited = new Set<string>();

async function api<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

beforeAll(async () => {
  requireChromium();
  ensureConsoleBuilt();
  app = await TestApp.start();
  await seedIfEmpty(app.orm);
  const [row] = await app.orm.em.getConnection().execute<{ id: string; name: string }[]>(`SELECT id, name FROM firm WHERE name LIKE '%大度新材%'`);
  const account = await app.signIn(Role.FIRM, { firmId: row.id });
  firm = { ...row, username: account.username, password: account.password };
  base = new URL('/', app.url).toString().replace(/\/$/, '');
  browser = await launch();
  fs.rmSync(ARTIFACTS, { recursive: true, force: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Opens a path, waits for its heading, then checks accessibility and takes the screenshot. */
async function visit(page: Page, pathname: string, shot: string, heading: RegExp | string): Promise<void> {
  await page.goto(base + pathname);
  await page.getByRole('heading', { name: heading }).first().waitFor();
  await checkPage(page, shot);
}

async function checkPage(page: Page, shot: string, axeExclude: string[] = []): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect(await seriousViolations(page, axeExclude)).toEqual([]);
  await screenshot(page, shot);
  visited.add(new URL(page.url()).pathname);
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: /^登\s*录$|^Sign in$/ }).last().click();
}

describe('the public catalogue', () => {
  let context: BrowserContext;
  let page: Page;
  let seen: PageErrors;
  beforeAll(async () => {
    context = await isolatedContext(browser, outside, { viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    seen = watch(page);
  });
  afterAll(() => context.close());

  it('lists every published product with its bank, ranges, rate and who qualifies, and filters by category, bank, amount and name', async () => {
    const { products, ip } = await api<{ products: { totalCount: number }; ip: { totalCount: number; edges: { node: { name: string } }[] } }>(
      `{ products { totalCount } ip: products(filter: { categories: [IP_PLEDGE] }, first: 100) { totalCount edges { node { name } } } }`,
    );
    await visit(page, '/', 'catalogue', '信贷产品目录');
    await expect(page.getByTestId('result-count').textContent()).resolves.toContain(`共 ${products.totalCount} 个产品`);
    await expect(page.locator('.pc-product-card').count()).resolves.toBe(products.totalCount);
    const first = page.locator('.pc-product-card').first();
    for (const label of ['额度', '期限', '年利率', '担保方式', '申请条件']) await expect(first.getByText(label, { exact: true }).count()).resolves.toBe(1);
    // LPR-priced products show today's LPR beside the spread.
    await expect(page.getByText(/按今日LPR/).count()).resolves.toBeGreaterThan(0);

    await page.locator('#f-category').click();
    await page.locator('.ant-select-item-option[title="知识产权质押贷款"]').click();
    await page.getByTestId('result-count').filter({ hasText: `符合条件 ${ip.totalCount} 个` }).waitFor();
    expect(new URL(page.url()).searchParams.get('category')).toBe('IP_PLEDGE');
    const names = await page.locator('.pc-product-title').allTextContents();
    expect(names.sort()).toEqual(ip.edges.map((e) => e.node.name).sort());

    // An amount no IP-pledge product lends (1 亿 = 10000 万) leaves none; the address keeps the filters.
    await page.locator('#f-amount').fill('100000');
    await page.getByText('没有符合条件的产品').waitFor();
    await page.goto(base + '/?q=' + encodeURIComponent('知识产权'));
    await page.locator('.pc-product-card').first().waitFor();
    for (const name of await page.locator('.pc-product-title').allTextContents()) expect(name).toContain('知识产权');
    expect(seen.errors).toEqual([]);
  });

  it('shows a product with all its terms, eligibility in plain Chinese, its pool and who to call', async () => {
    const { products } = await api<{ products: { edges: { node: { id: string; name: string; riskPool: { name: string } | null; contacts: { name: string }[] } }[] } }>(
      `{ products(filter: { categories: [TECH_GUARANTEE] }, first: 1) { edges { node { id name riskPool { name } contacts { name } } } } }`,
    );
    const p = products.edges[0].node;
    await page.goto(base + '/');
    await page.getByRole('link', { name: p.name }).first().click();
    await page.waitForURL(`**/products/${p.id}`);
    await page.getByRole('heading', { name: p.name }).waitFor();
    await checkPage(page, 'product');
    for (const section of ['产品要素', '申请条件', '风险补偿资金池', '联系人']) await page.getByText(section, { exact: true }).first().waitFor();
    await page.getByText(p.riskPool!.name).waitFor();
    for (const c of p.contacts) await page.getByText(c.name, { exact: false }).first().waitFor();
    await page.getByText(/天内答复/).first().waitFor();
    expect(seen.errors).toEqual([]);
  });

  it('lays out the handbook for A4: the zone, the date, a table of contents, one section per bank; it prints to PDF', async () => {
    const { products } = await api<{ products: { edges: { node: { bank: { name: string } } }[] } }>(`{ products(first: 100) { edges { node { bank { name } } } } }`);
    const banks = [...new Set(products.edges.map((e) => e.node.bank.name))];
    await visit(page, '/handbook', 'handbook', '目录');
    await page.getByText('常德经济技术开发区', { exact: true }).waitFor();
    await page.getByText(/编印日期:\d{4}年\d+月\d+日/).waitFor();
    await expect(page.locator('.pc-hb-bank').count()).resolves.toBe(banks.length);
    for (const bank of banks) await expect(page.locator('.pc-hb-toc').getByRole('link', { name: bank, exact: true }).count()).resolves.toBe(1);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.pc-header').isVisible()).resolves.toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    fs.writeFileSync(path.join(ARTIFACTS, 'handbook.pdf'), pdf);
    await page.emulateMedia({ media: 'screen' });
  });

  it('switches to English and remembers it; the API\'s own messages follow the language', async () => {
    await page.goto(base + '/');
    await page.getByRole('heading', { name: '信贷产品目录' }).waitFor();
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Loan product catalogue' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Loan product catalogue' }).waitFor();
    await expect(page.evaluate('document.documentElement.lang')).resolves.toBe('en');
    await checkPage(page, 'catalogue-en');
    // An API error in English: a product that does not exist.
    await page.goto(base + '/products/00000000-0000-4000-8000-000000000000');
    await page.getByText(/not found|does not exist/i).first().waitFor();
    await page.getByText('中文', { exact: true }).click();
    await page.getByText(/不存在|未找到/).first().waitFor();
  });
});

describe('a firm owner', () => {
  let context: BrowserContext;
  let page: Page;
  let seen: PageErrors;
  beforeAll(async () => {
    context = await isolatedContext(browser, outside, { viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    seen = watch(page);
  });
  afterAll(() => context.close());

  it('signs in at /login and lands on the firm\'s home', async () => {
    await visit(page, '/login', 'login', '登录');
    await signIn(page, firm.username, 'wrong-password');
    await page.getByRole('alert').first().waitFor();
    await signIn(page, firm.username, firm.password);
    await page.waitForURL('**/firm');
    await page.getByRole('heading', { name: firm.name }).waitFor();
    await checkPage(page, 'firm-home');
    // The token is this tab's only: not in localStorage, not in a cookie.
    await expect(page.evaluate('Object.keys(localStorage).filter((k) => /session|token/.test(k))')).resolves.toEqual([]);
    await expect(context.cookies()).resolves.toEqual([]);
  });

  it('sees its matches: eligible products ranked with the most it could borrow and why, the others with what fails, and what it lacks split into what it can and cannot change', async () => {
    await page.getByRole('link', { name: '产品匹配' }).first().click();
    await page.getByRole('heading', { name: /符合条件的产品/ }).waitFor();
    await checkPage(page, 'firm-matches');
    await page.getByText('第1名').first().waitFor();
    await page.getByText(/最多可贷 [\d,]+\.\d\d 元/).first().waitFor();
    await page.getByText('为什么符合').first().click();
    await page.locator('.anticon-check-circle').first().waitFor();
    // 大度新材 is a medium firm: size class is what it cannot change; a missing qualification and pledgeable IP it can.
    const canChange = page.locator('.ant-card', { has: page.getByText('可以补上的', { exact: true }) });
    const cannot = page.locator('.ant-card', { has: page.getByText('暂时无法改变的', { exact: true }) });
    await canChange.getByText(/科技型中小企业/).first().waitFor();
    await canChange.getByText(/可质押/).first().waitFor();
    await cannot.getByText(/企业为中型/).first().waitFor();
    await cannot.getByText(/补上即可申请\d+个产品,最高/).first().waitFor();
    await page.getByRole('heading', { name: /暂不符合的产品/ }).waitFor();
    await page.locator('.anticon-close-circle').first().waitFor();
    expect(seen.errors).toEqual([]);
  });

  it('applies from an eligible product: an amount outside the product\'s range is refused beside the amount field, then the demand appears under that bank', async () => {
    const eligible = page.locator('.pc-match').first();
    const productName = (await eligible.locator('.pc-product-title').textContent())!;
    const bankName = (await eligible.locator('.pc-card-tags .ant-tag').first().textContent())!;
    await eligible.getByRole('button', { name: `申请${productName}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`申请:${productName}`).waitFor();
    await dialog.locator('#apply_amount').fill('9999999');
    await dialog.locator('#apply_purpose').fill('采购原材料,扩大生产');
    await dialog.getByRole('button', { name: '提交申请' }).click();
    const amountItem = dialog.locator('.ant-form-item', { has: page.locator('#apply_amount') });
    await amountItem.getByText(/金额须在该产品额度范围内/).waitFor();
    await checkPage(page, 'firm-apply-field-error');
    await dialog.locator('#apply_amount').fill('100');
    await dialog.getByRole('button', { name: '提交申请' }).click();
    await page.waitForURL('**/firm/demands?new=*');
    const card = page.locator('.pc-new');
    await card.getByText(bankName, { exact: true }).waitFor();
    await card.getByText(productName).waitFor();
    await card.getByText('已推送银行').waitFor();
    await card.getByText('1,000,000.00 元').waitFor();
    await card.getByText(/推送,.*前答复/).waitFor();
    await checkPage(page, 'firm-demands');
    const { financingDemands } = await api<{ financingDemands: { edges: { node: { status: string; addressees: { bank: { shortName: string }; product: { name: string } }[] } }[] } }>(
      `query($firmId: ID!) { financingDemands(filter: { firmId: $firmId }, first: 100) { edges { node { status addressees { bank { shortName } product { name } } } } } }`,
      { firmId: firm.id },
      (await app.signIn(Role.FIRM, { firmId: firm.id })).client.token!,
    );
    expect(financingDemands.edges.map((e) => e.node)).toContainEqual({ status: 'RECOMMENDED', addressees: [{ bank: { shortName: bankName }, product: { name: productName } }] });
    expect(seen.errors).toEqual([]);
  });

  it('reads its profile: qualifications with their validity marked, IP with fee status, appraisal and pledges', async () => {
    await page.getByRole('link', { name: '企业信息' }).first().click();
    await page.getByRole('heading', { name: '企业信息' }).waitFor();
    await page.getByText('统一社会信用代码').waitFor();
    await page.getByText(/年费(已|未)缴/).first().waitFor();
    await page.getByText('已质押').first().waitFor();
    await page.getByText(/有效|已过期|天后到期/).first().waitFor();
    await checkPage(page, 'firm-profile');
    expect(seen.errors).toEqual([]);
  });

  it('after its session expires, is sent to /login with a message, and comes back to the page after signing in again', async () => {
    // A token the server no longer accepts (as after expiry or a password change).
    await page.evaluate(`(() => {
      const s = JSON.parse(sessionStorage.getItem('parkcredit.session'));
      sessionStorage.setItem('parkcredit.session', JSON.stringify({ ...s, token: s.token.slice(0, -4) + 'AAAA' }));
    })()`);
    await page.goto(base + '/firm/demands');
    await page.waitForURL(/\/login\?next=%2Ffirm%2Fdemands&expired=1/);
    await page.getByText('登录已过期').waitFor();
    await signIn(page, firm.username, firm.password);
    await page.waitForURL('**/firm/demands');
    await page.getByRole('heading', { name: '融资需求' }).waitFor();
    // Sign-out forgets the token.
    await page.getByRole('button', { name: /退出登录/ }).click();
    await page.waitForURL('**/login?signedOut=1');
    await expect(page.evaluate("sessionStorage.getItem('parkcredit.session')")).resolves.toBeNull();
  });
});

describe('on a phone (375 pixels wide)', () => {
  it('the catalogue, a product, sign-in and the firm\'s pages fit the screen: nothing cut off, nothing scrolling sideways', async () => {
    const context = await isolatedContext(browser, outside, { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const seen = watch(page);
    const fits = async (shot: string) => {
      await checkPage(page, shot);
      expect({ page: shot, overflow: await sidewaysOverflow(page) }).toEqual({ page: shot, overflow: [] });
    };
    await visit(page, '/', 'phone-catalogue', '信贷产品目录');
    expect(await sidewaysOverflow(page)).toEqual([]);
    await page.locator('.pc-product-title').first().click();
    await page.getByText('产品要素').waitFor();
    await fits('phone-product');
    await page.goto(base + '/login?next=%2Ffirm');
    await page.locator('input[name="username"]').waitFor();
    await fits('phone-login');
    await signIn(page, firm.username, firm.password);
    await page.waitForURL('**/firm');
    await page.getByRole('heading', { name: firm.name }).waitFor();
    await fits('phone-firm-home');
    for (const [pathname, heading] of [
      ['/firm/matches', /符合条件的产品/],
      ['/firm/demands', '融资需求'],
      ['/firm/profile', '企业信息'],
    ] as const) {
      await page.goto(base + pathname);
      await page.getByRole('heading', { name: heading }).first().waitFor();
      await fits('phone' + pathname.replace(/\//g, '-'));
    }
    expect(seen.errors).toEqual([]);
    await context.close();
  });
});

describe('the API explorer', () => {
  it('serves GraphiQL from the build at /explorer and for a browser\'s GET of /graphql, with the README\'s examples, and runs a query', async () => {
    const context = await isolatedContext(browser, outside, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(base + '/graphql');
    await page.locator('.graphiql-container').waitFor();
    await page.goto(base + '/explorer');
    await page.locator('.graphiql-container').waitFor();
    await page.getByLabel('访问令牌 / Access token').waitFor();
    await page.locator('.graphiql-query-editor', { hasText: 'IpPledgeProducts' }).waitFor();
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response', { hasText: 'totalCount' }).waitFor();
    await page.locator('.graphiql-response', { hasText: '知识产权质押' }).waitFor();
    // GraphiQL's own tab bar puts a close button inside each tab (axe: nested-interactive); it is
    // GraphiQL's markup, not ours, so that bar alone is left out of the check.
    await checkPage(page, 'explorer', ['.graphiql-tabs']);
    await context.close();
  });
});

afterAll(() => {
  // Checked last, over every page every test opened.
  expect(visited.size).toBeGreaterThan(8);
  expect(outside).toEqual([]);
});
