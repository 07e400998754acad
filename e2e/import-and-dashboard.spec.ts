// A fresh workspace: first-run screen, import the 8 Olist sample files through the Import screen,
// then check the Overview's figures against values computed here from the CSV files, and one
// order's lines and payments on its detail screen. Then, on that data: the overview of one month
// and the orders behind one of its statuses; a product's and a seller's orders; a discarded batch.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { repoRoot } from './host';
import {
  OLIST_FILES,
  displayedCentavos,
  expectedMonth,
  expectedOverview,
  olistSampleDir,
  ordersWith,
  paymentsCentavos,
  pickOrderWithItemsAndPayments,
  sellerCount,
} from './olist-csv';

const openUrl = () => {
  const url = process.env.CH_E2E_OPEN_URL;
  if (!url) throw new Error('CH_E2E_OPEN_URL is not set: globalSetup did not start the host');
  return url;
};

/** "credit_card" as the screen writes it: "Credit card". */
const methodLabel = (m: string) => {
  const s = m.replace(/[_-]+/g, ' ').trim();
  return s[0].toUpperCase() + s.slice(1);
};

async function kpiCentavos(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).textContent()) ?? '';
  return displayedCentavos(text);
}

test.describe.configure({ mode: 'serial' });

test('import the Olist sample, check the overview and an order', async ({ page }) => {
  const dir = olistSampleDir();
  const expected = expectedOverview(dir);
  const picked = pickOrderWithItemsAndPayments(dir);

  // the figures the brief states, as the CSV files give them
  expect(expected.orders).toBe(15_000);
  expect(expected.delivered).toBe(14_552);
  expect(expected.deliveredOnTime).toBe(13_595);
  expect(expected.reviewRows).toBe(14_944);
  expect(expected.reviewAverage2).toBe('4.08');

  await page.goto(openUrl());
  // the token left the address bar
  await expect(page).not.toHaveURL(/token=/);
  await expect(page.getByTestId('first-run')).toBeVisible();
  await expect(page.getByTestId('first-run-connect')).toContainText('Coming soon');
  await expect(page.getByTestId('first-run-connect').getByRole('button')).toHaveCount(0);

  await page.getByTestId('first-run-import').click();
  await expect(page.getByTestId('import-screen')).toBeVisible();
  await expect(page.getByTestId('workspace-orders')).toHaveText('0');

  await page.getByTestId('import-file-input').setInputFiles(OLIST_FILES.map((f) => path.join(dir, f)));
  const staged = page.getByTestId('staged-file');
  await expect(staged).toHaveCount(8);
  await expect(page.locator('[data-testid="staged-file"][data-state="staged"]')).toHaveCount(8, { timeout: 60_000 });
  await expect(page.getByTestId('detected-kind')).toHaveAttribute('data-kind', 'olist');

  await page.getByTestId('import-start').click();
  const job = page.getByTestId('import-job');
  await expect(job).toBeVisible();
  await expect(job).toHaveAttribute('data-state', 'succeeded', { timeout: 120_000 });
  const report = page.getByTestId('import-report');
  await expect(report).toBeVisible();
  await expect(report.getByTestId('written-orders').getByTestId('written-new')).toHaveText('15,000');
  await expect(page.getByTestId('import-notes')).toContainText('15,000 orders');
  // the report's amounts are money in its currency, never bare minor units
  const paid = report.getByTestId('import-total-paymentsMinor');
  await expect(paid).toContainText('Payments');
  await expect(paid).toContainText('R$');
  expect(displayedCentavos((await paid.textContent()) ?? '')).toBe(paymentsCentavos(dir));
  await expect(report.getByTestId('import-total-itemsAndFreightMinor')).toContainText('Items and freight');
  await expect(report.getByTestId('import-total-deliveredLate')).toContainText('Delivered late');
  await expect(page.getByTestId('workspace-orders')).toHaveText('15,000');

  // the overview, figure by figure
  await page.getByTestId('import-open-overview').click();
  await expect(page.getByTestId('overview')).toBeVisible();
  await expect(page.getByTestId('kpi-orders-BRL')).toHaveText('15,000');
  expect(await kpiCentavos(page, 'kpi-revenue-BRL')).toBe(expected.revenueCentavos);
  expect(await kpiCentavos(page, 'kpi-aov-BRL')).toBe(expected.aovCentavos);
  await expect(page.getByTestId('kpi-on-time')).toHaveText('93.4%');
  await expect(page.getByTestId('kpi-on-time-counts')).toContainText('13,595 of 14,552');
  await expect(page.getByTestId('kpi-review')).toHaveText('4.08');
  await expect(page.getByTestId('kpi-review-count')).toContainText('14,944 order reviews');

  // the chart has drawn its bars before the picture is taken
  await expect(page.getByTestId('monthly-chart-BRL').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  const shot = await page.screenshot({ fullPage: true });
  // the test's artifact every time; the README's picture (tracked) only when asked for
  const targets = [path.join(repoRoot, '.artifacts', 'dashboard.png')];
  if (process.env.UPDATE_README_SCREENSHOT === '1') targets.push(path.join(repoRoot, 'docs', 'screenshot-dashboard.png'));
  for (const target of targets) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, shot);
  }

  // find one order by its id and open it from the keyboard
  await page.getByTestId('nav-orders').click();
  await page.getByTestId('orders-search').fill(picked.orderId);
  const rows = page.getByTestId('order-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(picked.orderId);
  await rows.first().focus();
  await page.keyboard.press('Enter');

  const detail = page.getByTestId('order-detail');
  await expect(detail).toBeVisible();
  await expect(page.getByTestId('order-id')).toHaveText(picked.orderId);

  const lines = page.getByTestId('order-line');
  await expect(lines).toHaveCount(picked.items.length);
  for (const [i, item] of picked.items.entries()) {
    const line = lines.nth(i);
    await expect(line.locator('td').first()).toHaveText(String(item.itemNo));
    expect(displayedCentavos((await line.getByTestId('line-unit-price').textContent()) ?? '')).toBe(item.priceCentavos);
    expect(displayedCentavos((await line.getByTestId('line-shipping').textContent()) ?? '')).toBe(item.freightCentavos);
  }

  const payments = page.getByTestId('payment-row');
  await expect(payments).toHaveCount(picked.payments.length);
  for (const [i, p] of picked.payments.entries()) {
    const row = payments.nth(i);
    await expect(row.locator('td').first()).toHaveText(String(p.sequence));
    await expect(row.getByTestId('payment-method')).toHaveText(methodLabel(p.type));
    await expect(row.getByTestId('payment-installments')).toHaveText(String(p.installments));
    expect(displayedCentavos((await row.getByTestId('payment-amount').textContent()) ?? '')).toBe(p.valueCentavos);
  }

  // back to the list: the search is still there
  await page.getByTestId('back-to-orders').click();
  await expect(page.getByTestId('orders-search')).toHaveValue(picked.orderId);
  await expect(rows).toHaveCount(1);
});

const count = (n: number) => n.toLocaleString('en-US');

async function choosePeriod(page: Page, label: string) {
  await page.getByTestId('overview-period').click();
  await page.getByRole('option', { name: label, exact: true }).click();
}

test('the overview of one month, and the orders behind one of its statuses', async ({ page }) => {
  const dir = olistSampleDir();
  const march = expectedMonth(dir, '2018-03');
  const delivered = march.byStatus.get('delivered') ?? 0;
  expect(march.orders).toBeGreaterThan(0);
  expect(delivered).toBeGreaterThan(0);

  await page.goto(openUrl());
  await expect(page.getByTestId('overview')).toBeVisible();
  await expect(page.getByTestId('overview-period-label')).toHaveText('All time');

  await choosePeriod(page, 'A month…');
  await page.getByTestId('overview-period-month').fill('2018-03');
  await expect(page.getByTestId('overview-period-label')).toHaveText('March 2018');
  await expect(page.getByTestId('overview')).toHaveAttribute('data-period-from', '2018-03-01');
  await expect(page.getByTestId('overview')).toHaveAttribute('data-period-to', '2018-03-31');
  await expect(page.getByTestId('kpi-orders-BRL')).toHaveText(count(march.orders));
  await expect(page.getByTestId('overview-subtitle')).toContainText(`${count(march.orders)} orders placed, of 15,000`);
  expect(await kpiCentavos(page, 'kpi-revenue-BRL')).toBe(march.revenueCentavos);

  // a status row opens the orders of that status in that month
  await page.locator('[data-testid="status-row"][data-status="delivered"]').click();
  await expect(page.getByTestId('orders-count')).toHaveText(`${count(delivered)} orders match`);
  await expect(page.getByLabel('Placed from')).toHaveValue('2018-03-01');
  await expect(page.getByLabel('Placed to')).toHaveValue('2018-03-31');
  await expect(page.locator('.mantine-Pill-label')).toHaveText([/^Delivered \(/]);
  await expect(page.getByTestId('order-row').first()).toContainText('Delivered');

  // back: the overview is still on March 2018
  await page.goBack();
  await expect(page.getByTestId('overview-period-label')).toHaveText('March 2018');
  await expect(page.getByTestId('kpi-orders-BRL')).toHaveText(count(march.orders));

  // a custom range starts from the month on screen
  await choosePeriod(page, 'Custom range');
  await expect(page.getByTestId('overview-period-from')).toHaveValue('2018-03-01');
  await expect(page.getByTestId('overview-period-to')).toHaveValue('2018-03-31');
  await expect(page.getByTestId('kpi-orders-BRL')).toHaveText(count(march.orders));
  // the first day after the last: said, not sent
  await page.getByTestId('overview-period-from').fill('2018-04-01');
  await expect(page.getByTestId('overview-period-problem')).toBeVisible();
  await choosePeriod(page, 'All time');
  await expect(page.getByTestId('kpi-orders-BRL')).toHaveText('15,000');
});

test("a product's and a seller's orders; sellers by kind; categories", async ({ page }) => {
  const dir = olistSampleDir();
  await page.goto(openUrl());
  await expect(page.getByTestId('overview')).toBeVisible();

  // products of one category, from the category list
  await page.getByTestId('nav-products').click();
  const category = page.getByTestId('products-category-filter');
  await category.click();
  await category.fill('telephony');
  const option = page.getByRole('option', { name: /^telephony \(/ });
  const inCategory = Number(/\(([\d,]+)\)/.exec((await option.textContent()) ?? '')![1].replace(/,/g, ''));
  await option.click();
  await expect(page.getByText(`${count(inCategory)} products match`)).toBeVisible();
  await expect(page.getByTestId('product-row').first()).toContainText('telephony');

  // a product's orders
  await page.getByTestId('product-row').first().click();
  const productDrawer = page.getByTestId('product-drawer');
  const productId = (await productDrawer.getAttribute('data-external-id'))!;
  await productDrawer.getByTestId('product-show-orders').click();
  const productChip = page.getByTestId('orders-product-filter');
  await expect(productChip).toContainText(productId);
  const forProduct = ordersWith(dir, { productId });
  await expect(page.getByTestId('orders-count')).toHaveText(`${count(forProduct)} orders match`);
  await productChip.getByRole('button', { name: 'Remove the product filter' }).click();
  await expect(productChip).toHaveCount(0);
  await expect(page.getByTestId('orders-count')).toHaveText('15,000 orders');

  // sellers by kind: the Olist sample has marketplace sellers only
  await page.getByTestId('nav-sellers').click();
  const kind = page.getByTestId('sellers-kind');
  await kind.getByText('Suppliers', { exact: true }).click();
  await expect(page.getByText('No suppliers yet')).toBeVisible();
  await kind.getByText('Marketplace sellers', { exact: true }).click();
  await expect(page.getByTestId('sellers-count')).toHaveText(`${count(sellerCount(dir))} marketplace sellers`);

  // a seller's orders
  await page.getByTestId('seller-row').first().click();
  const sellerDrawer = page.getByTestId('seller-drawer');
  const sellerId = (await sellerDrawer.getAttribute('data-external-id'))!;
  await sellerDrawer.getByTestId('seller-show-orders').click();
  await expect(page.getByTestId('orders-seller-filter')).toContainText(sellerId);
  await expect(page.getByTestId('orders-count')).toHaveText(`${count(ordersWith(dir, { sellerId }))} orders match`);
});

test('Discard deletes the uploaded copies of a staged batch', async ({ page }) => {
  const dir = olistSampleDir();
  const dataDir = process.env.CH_E2E_DATA_DIR;
  if (!dataDir) throw new Error('CH_E2E_DATA_DIR is not set: globalSetup did not start the host');
  const staging = path.join(dataDir, 'staging');
  const batches = () => (fs.existsSync(staging) ? fs.readdirSync(staging) : []);
  const before = batches();

  await page.goto(openUrl());
  await page.getByTestId('nav-import').click();
  await page.getByTestId('import-file-input').setInputFiles(OLIST_FILES.slice(0, 2).map((f) => path.join(dir, f)));
  await expect(page.locator('[data-testid="staged-file"][data-state="staged"]')).toHaveCount(2, { timeout: 60_000 });
  const added = batches().filter((b) => !before.includes(b));
  expect(added).toHaveLength(1);
  expect(fs.readdirSync(path.join(staging, added[0]))).toHaveLength(2);

  await page.getByTestId('import-discard').click();
  await expect(page.getByTestId('staged-files')).toHaveCount(0);
  await expect.poll(() => batches().filter((b) => !before.includes(b))).toEqual([]);
});
