// A workspace with all three kinds of shop (Olist in São Paulo, the UK wholesaler in London, a
// Shopify store in New York), imported with the CLI, seen from a computer in Tokyo: times are the
// shops' own, and the filters' days agree with them. Then the order totals, the Ctrl+K search and
// the Import screen's handling of a failed start and of files it cannot read.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { freshDataDir, importWithCli, removeDir, repoRoot, startHost, stopHost, type RunningHost } from './host';
import { olistSampleDir } from './olist-csv';

const shared = process.env.COUNTING_HOUSE_SHARED_DATA ?? path.resolve(repoRoot, '../shared/data');
const ONLINE_RETAIL = path.join(shared, 'online_retail', 'online_retail_2010-12_to_2011-02_all_rows.csv');
const SHOPIFY = path.join(shared, 'shopify', 'admin_rest_2024-04');

/** Olist: placed 2018-08-02 23:15:49 in São Paulo (02:15 UTC on the 3rd, 11:15 on the 3rd in Tokyo). */
const LATE_EVENING_ORDER = '826781a83e7fab9989e0882180d2adc2';
/** Online Retail: invoice 536365, 2010-12-01 08:26 in London; the source records no payments. */
const INVOICE = '536365';
/** Shopify: 3 × $199.00, a $10.00 discount spread over the lines, $11.94 tax. */
const SHOPIFY_ORDER = '450789469';

test.describe.configure({ mode: 'serial' });
// a computer far from every shop
test.use({ timezoneId: 'Asia/Tokyo' });

let host: RunningHost | null = null;

test.beforeAll(async () => {
  // the data sets are part of the test bed: without them the tests fail, naming what is missing
  for (const need of [ONLINE_RETAIL, SHOPIFY]) if (!fs.existsSync(need)) throw new Error(`missing test data: ${need} (set COUNTING_HOUSE_SHARED_DATA)`);
  const dataDir = freshDataDir('shops');
  importWithCli(dataDir, 'olist', olistSampleDir());
  importWithCli(dataDir, 'online-retail', ONLINE_RETAIL);
  importWithCli(dataDir, 'shopify', SHOPIFY);
  host = await startHost(dataDir);
});

test.afterAll(async () => {
  if (host) {
    await stopHost(host.pid);
    removeDir(host.dataDir);
    host = null;
  }
});

async function openOrder(page: Page, externalId: string) {
  await page.getByTestId('nav-orders').click();
  await page.getByTestId('orders-search').fill(externalId);
  // the list may still show the previous search's row until the new one answers
  const row = page.getByTestId('order-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(externalId);
  await row.click();
  await expect(page.getByTestId('order-id')).toHaveText(externalId);
}

test("times are the shop's own, on the same days the filters count", async ({ page }) => {
  await page.goto(host!.openUrl);
  await expect(page.getByTestId('overview')).toBeVisible();
  await page.getByTestId('nav-orders').click();

  // the São Paulo evening order is on Aug 2 in the list, and within "placed Aug 2 to Aug 2"
  await page.getByLabel('Placed from').fill('2018-08-02');
  await page.getByLabel('Placed to').fill('2018-08-02');
  await page.getByTestId('orders-search').fill(LATE_EVENING_ORDER);
  const row = page.getByTestId('order-row');
  await expect(row).toHaveCount(1);
  const placed = row.getByTestId('order-placed');
  await expect(placed).toContainText('Aug 2, 2018');
  await expect(placed).toContainText('11:15 PM');
  await expect(placed).toHaveAttribute('title', /São Paulo time/);

  // opened from the keyboard, focus lands on the order's heading
  await row.focus();
  await page.keyboard.press('Enter');
  const heading = page.getByTestId('order-id');
  await expect(heading).toHaveText(LATE_EVENING_ORDER);
  await expect(heading).toBeFocused();
  await expect(page.getByTestId('order-subtitle')).toContainText('placed Aug 2, 2018, 11:15 PM');
  await expect(page.getByTestId('order-zone')).toHaveText('São Paulo time (GMT-3)');
  // the review was written on a day (midnight in São Paulo): a date, not noon in Tokyo
  await expect(page.getByTestId('review')).toContainText('Aug 11, 2018 · answered Aug 11, 2018, 8:11 AM');
  // the promised day is a day: Aug 7 as the data says, not the next day where that day ends in UTC
  const timeline = page.getByTestId('order-timeline');
  await expect(timeline).toContainText('Promised delivery date 2018-08-07');
  await expect(timeline).toContainText('Aug 7, 2018');
  await expect(timeline).not.toContainText('Aug 8, 2018');

  // the wholesaler's invoice, in London time
  await page.getByTestId('back-to-orders').click();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await openOrder(page, INVOICE);
  await expect(page.getByTestId('order-subtitle')).toContainText('placed Dec 1, 2010, 8:26 AM');
  await expect(page.getByTestId('order-zone')).toHaveText('London time (GMT)');
});

test('order totals: discounts, taxes and line discounts add up; a source without payments says so', async ({ page }) => {
  await page.goto(host!.openUrl);
  await openOrder(page, SHOPIFY_ORDER);
  await expect(page.getByTestId('order-goods')).toHaveText('$597.00');
  await expect(page.getByTestId('order-shipping')).toHaveText('$0.00');
  await expect(page.getByTestId('order-discounts')).toHaveText('-$10.00');
  await expect(page.getByTestId('order-taxes')).toHaveText('$11.94');
  await expect(page.getByTestId('order-total')).toHaveText('$598.94');
  await expect(page.getByTestId('order-paid')).toHaveText('$260.94');
  await expect(page.getByTestId('order-refunded')).toHaveText('$209.00');
  await expect(page.getByTestId('order-payment-difference')).toHaveText('-$338.00');
  await expect(page.getByTestId('order-totals')).toContainText('payments minus the order total');
  // each line: $199.00 − its share of the discount = its total
  await expect(page.getByTestId('line-discount')).toHaveText(['-$3.34', '-$3.33', '-$3.33']);
  await expect(page.getByTestId('line-total')).toHaveText(['$195.66', '$195.67', '$195.67']);

  await openOrder(page, INVOICE);
  await expect(page.getByTestId('order-payment-difference')).toHaveText('no payments recorded by this source');
  await expect(page.getByTestId('order-paid')).toHaveText('not recorded');
  await expect(page.getByTestId('order-discounts')).toHaveCount(0);
  await expect(page.getByTestId('order-taxes')).toHaveCount(0);
  // nothing to subtract on the wholesaler's lines: no discount column
  await expect(page.getByTestId('line-discount')).toHaveCount(0);

  // the list says the same in words
  await page.getByTestId('back-to-orders').click();
  await expect(page.getByTestId('order-row').getByTestId('payment-difference')).toHaveText('no payments');
});

test('Ctrl+K: Enter opens the one order a full id finds', async ({ page }) => {
  await page.goto(host!.openUrl);
  await expect(page.getByTestId('overview')).toBeVisible();
  await page.keyboard.press('Control+K');
  const search = page.getByPlaceholder('Screen name, order id, customer, city or SKU…');
  await expect(search).toBeFocused();
  await search.fill(LATE_EVENING_ORDER);
  await expect(page.locator('[data-action]')).toHaveCount(1);
  await expect(page.locator('[data-action]')).toContainText(LATE_EVENING_ORDER);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('order-id')).toHaveText(LATE_EVENING_ORDER);
});

test('Import: files it cannot read are refused by name; after a failed start, new files take their own kind', async ({ page }, info) => {
  const dir = info.outputPath('files');
  fs.mkdirSync(dir, { recursive: true });
  const notes = path.join(dir, 'notes.csv');
  fs.writeFileSync(notes, 'when,what\n2024-01-01,stock count\n');
  const photo = path.join(dir, 'shelf.PNG');
  fs.writeFileSync(photo, Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  const readme = path.join(dir, 'README.md');
  fs.writeFileSync(readme, '# notes\n');

  await page.goto(host!.openUrl);
  await page.getByTestId('nav-import').click();
  await page.getByTestId('import-file-input').setInputFiles([notes, photo, readme]);
  await expect(page.getByTestId('refused-file')).toHaveText([/shelf\.PNG.*a \.png file/, /README\.md.*a \.md file/]);
  await expect(page.getByTestId('import-refused')).toContainText('only .csv, .json and .txt files can be imported');
  await expect(page.getByTestId('staged-file')).toHaveText([/notes\.csv/]);
  await expect(page.locator('[data-testid="staged-file"][data-state="staged"]')).toHaveCount(1);

  // not recognised: the user says what it is, and the start fails (the back office was busy)
  await page.getByTestId('import-kind').click();
  await page.getByRole('option', { name: 'Olist marketplace (CSV folder)' }).click();
  await page.route(
    '**/rpc/imports.start',
    (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'busy', message: 'another import is starting' } }) }),
    { times: 1 },
  );
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-start-error')).toContainText('another import is starting');

  // other files: a new batch, its detected kind, the old error and refusals gone
  await page.getByTestId('import-file-input').setInputFiles(path.join(SHOPIFY, 'order.json'));
  await expect(page.getByTestId('import-start-error')).toHaveCount(0);
  await expect(page.getByTestId('import-refused')).toHaveCount(0);
  await expect(page.getByTestId('staged-file')).toHaveText([/order\.json/]);
  await expect(page.getByTestId('detected-kind')).toHaveAttribute('data-kind', 'shopify');
  await expect(page.getByTestId('import-kind')).toHaveValue('Shopify orders (JSON)');

  // and the import is started as what was detected, not as the earlier pick
  const started = page.waitForRequest('**/rpc/imports.start');
  await page.getByTestId('import-start').click();
  expect((await started).postDataJSON()).toMatchObject({ kind: 'shopify' });
  await expect(page.getByTestId('import-job')).toHaveAttribute('data-state', 'succeeded', { timeout: 60_000 });
  await expect(page.getByTestId('job-took').first()).toHaveText(/^\d+ ms$|^\d+\.\d s$/);
});

/** Whether an element's text is shown whole (not cut with an ellipsis or clipped by its box). */
async function shownWhole(page: Page, testId: string): Promise<boolean> {
  return page.getByTestId(testId).first().evaluate((el) => {
    const inner = [el, ...Array.from(el.querySelectorAll('*'))] as HTMLElement[];
    return inner.every((e) => e.scrollWidth <= e.clientWidth + 1 || getComputedStyle(e).overflow === 'visible');
  });
}

test('money and dates are never cut short on a laptop screen', async ({ page }) => {
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await page.goto(host!.openUrl);
    await openOrder(page, SHOPIFY_ORDER);
    const badge = page.getByTestId('order-payment-difference').getByTestId('payment-difference');
    await expect(badge).toHaveText('-$338.00');
    const box = await badge.evaluate((el) => {
      const label = el.querySelector('span') ?? el;
      const r = el.getBoundingClientRect();
      const card = el.closest('[data-testid="order-totals"]')!.getBoundingClientRect();
      return { whole: label.scrollWidth <= label.clientWidth + 1, inside: r.right <= card.right + 0.5 };
    });
    expect(box).toEqual({ whole: true, inside: true });

    // a customer's summary: the dates side by side or stacked, never on top of each other
    await page.getByTestId('order-customer-link').click();
    await expect(page.getByTestId('customer-detail')).toBeVisible();
    const first = (await page.getByTestId('customer-first-order').boundingBox())!;
    const last = (await page.getByTestId('customer-last-order').boundingBox())!;
    const overlap = first.x < last.x + last.width && last.x < first.x + first.width && first.y < last.y + last.height && last.y < first.y + first.height;
    expect(overlap).toBe(false);
    expect(await shownWhole(page, 'customer-last-order')).toBe(true);
    await expect(page.getByTestId('zone-label')).toContainText('New York time');

    // the overview's figures fit their cards
    await page.getByTestId('nav-overview').click();
    await expect(page.getByTestId('kpi-payments-BRL')).toHaveText('R$2,397,904.56');
    for (const id of ['kpi-revenue-BRL', 'kpi-payments-BRL', 'kpi-revenue-GBP']) expect(await shownWhole(page, `${id}-card`)).toBe(true);
  }
  // no payments recorded by the wholesaler: no payment figures for GBP
  await expect(page.getByTestId('kpi-payments-GBP')).toHaveCount(0);
});

test('search finds what a merchant types; a search too long is stopped at the box, and said in words', async ({ page }) => {
  await page.goto(host!.openUrl);
  await page.getByTestId('nav-orders').click();
  await expect(page.getByTestId('orders-count')).toHaveText('19,091 orders');
  const search = page.getByTestId('orders-search');
  const countFor = async (text: string) => {
    await search.fill(text);
    await search.press('Enter');
    await expect(page.getByTestId('orders-count')).toHaveText(/orders? match/);
    return page.getByTestId('orders-count').innerText();
  };
  const plain = await countFor('sao paulo');
  expect(plain).toMatch(/^[\d,]+ orders match$/);
  expect(await countFor('São Paulo')).toBe(plain);
  expect(await countFor('United Kingdom')).not.toBe('0 orders match');
  expect(await countFor('85123A')).not.toBe('0 orders match');
  await expect(page.getByTestId('order-row').first()).toContainText('United Kingdom');
  // pages counted as people read them
  await search.fill('');
  await search.press('Enter');
  await expect(page.getByText('1–50 of 19,091')).toBeVisible();

  // the box takes no more than the list does
  await expect(search).toHaveAttribute('maxlength', '200');
  await search.fill('x'.repeat(250));
  await expect(search).toHaveValue('x'.repeat(200));

  // a search saved before the limit: the refusal is said in words, the table's empty state does not show
  await page.evaluate(() => sessionStorage.setItem('list:orders', JSON.stringify({ search: 'y'.repeat(230) })));
  await page.reload();
  const error = page.getByTestId('orders-table-error');
  await expect(error).toContainText('The search is too long: it can be at most 200 characters.');
  await expect(error.getByTestId('error-code')).toHaveCount(0);
  await expect(page.getByText('No order matches these filters')).toHaveCount(0);
  await expect(page.getByTestId('orders-count')).toHaveText('Not counted: the list could not be read');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByTestId('orders-count')).toHaveText('19,091 orders');
});

test('sorting by total keeps each currency together, and says so', async ({ page }) => {
  await page.goto(host!.openUrl);
  await page.getByTestId('nav-orders').click();
  await page.getByTestId('orders-table').locator('th[data-accessor="total"]').click();
  await expect(page.getByTestId('order-row').first()).toContainText('R$');
  await page.getByTestId('orders-table').locator('th[data-accessor="total"]').hover();
  await expect(page.getByRole('tooltip')).toContainText('Sorted by currency first');
  // the first page (largest first) is all in reais; the last page ends with the dollars
  const totals = await page.getByTestId('order-row').locator('td:nth-child(6)').allInnerTexts();
  expect(totals.every((t) => t.startsWith('R$'))).toBe(true);
});

test('the timeline says "Invoiced" where the order has no payment; Back closes a drawer and stays on the screen', async ({ page }) => {
  await page.goto(host!.openUrl);
  await openOrder(page, INVOICE);
  const timeline = page.getByTestId('order-timeline');
  await expect(timeline).toContainText('Invoiced');
  await expect(timeline).not.toContainText('Payment approved');

  await page.getByTestId('nav-products').click();
  await page.getByTestId('product-row').first().click();
  await expect(page.getByTestId('product-drawer')).toBeVisible();
  await page.goBack();
  await expect(page.getByTestId('product-drawer')).toHaveCount(0);
  await expect(page.getByTestId('products-table')).toBeVisible();
  expect(new URL(page.url()).hash).toBe('#/products');
  // closed with Escape, then Back leaves the screen as usual
  await page.getByTestId('product-row').first().click();
  await expect(page.getByTestId('product-drawer')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('product-drawer')).toHaveCount(0);
  await page.goBack();
  await expect(page.getByTestId('products-table')).toHaveCount(0);
});

test('Import: files of several kinds each say what they are; one kind per import; a file can be taken out; a fast failure shows its end', async ({ page }, info) => {
  const dir = info.outputPath('mixed');
  fs.mkdirSync(dir, { recursive: true });
  const retail = path.join(dir, 'retail_small.csv');
  fs.writeFileSync(retail, fs.readFileSync(ONLINE_RETAIL, 'utf8').split('\n').slice(0, 30).join('\n') + '\n');
  const olist = ['olist_orders_dataset.csv', 'olist_customers_dataset.csv'].map((f) => path.join(olistSampleDir(), f));

  await page.goto(host!.openUrl);
  await page.getByTestId('nav-import').click();
  await page.getByTestId('import-file-input').setInputFiles([...olist, retail, path.join(SHOPIFY, 'order.json')]);
  await expect(page.locator('[data-testid="staged-file"][data-state="staged"]')).toHaveCount(4);
  await expect(page.getByTestId('staged-file-kind')).toHaveText(['Olist CSV', 'Olist CSV', 'Online Retail CSV', 'Shopify JSON']);
  await expect(page.getByTestId('mixed-kinds')).toContainText('One import takes one kind of files');
  await expect(page.getByTestId('import-start')).toBeDisabled();
  // the same file again is still one file
  await page.getByTestId('import-file-input').setInputFiles(retail);
  await expect(page.locator('[data-testid="staged-file"][data-state="staged"]')).toHaveCount(4);
  await expect(page.getByTestId('staged-file').filter({ hasText: 'retail_small.csv' })).toHaveCount(1);

  // take out the Olist and Shopify files: the retail file is what is left, and it can start
  for (const name of ['olist_orders_dataset.csv', 'olist_customers_dataset.csv', 'order.json']) {
    await page.getByTestId('staged-file').filter({ hasText: name }).getByTestId('staged-file-remove').click();
    await expect(page.getByTestId('staged-file').filter({ hasText: name })).toHaveCount(0);
  }
  await expect(page.getByTestId('mixed-kinds')).toHaveCount(0);
  await expect(page.getByTestId('detected-kind')).toHaveAttribute('data-kind', 'online-retail');
  await expect(page.getByTestId('import-start')).toBeEnabled();
  await page.getByTestId('import-discard').click();
  await expect(page.getByTestId('staged-files')).toHaveCount(0);

  // a header-only file fails at once: the card shows the failure and its reason, no running bar
  const headerOnly = path.join(dir, 'retail_headeronly.csv');
  fs.writeFileSync(headerOnly, 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n');
  await page.getByTestId('import-file-input').setInputFiles(headerOnly);
  await expect(page.getByTestId('detected-kind')).toHaveAttribute('data-kind', 'online-retail');
  await page.getByTestId('import-start').click();
  const card = page.getByTestId('import-job');
  await expect(card).toHaveAttribute('data-state', 'failed');
  await expect(card.getByTestId('import-error')).toContainText('has a header but no rows');
  await expect(card.getByTestId('job-progress')).toHaveCount(0);
  await expect(page.getByTestId('jobs-shown')).toContainText('jobs of this workspace');
});
