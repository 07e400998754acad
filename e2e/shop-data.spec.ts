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
  const search = page.getByPlaceholder('Screen name, order id, customer or city…');
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
