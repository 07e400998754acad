// Two fresh data folders, each with its own host: a malformed Olist folder is refused with the
// file, line and field named and nothing written; the bundled sample workspace opens from the
// first-run screen and fills the overview.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { freshDataDir, removeDir, repoRoot, startHost, stopHost, type RunningHost } from './host';
import { OLIST_FILES, olistSampleDir } from './olist-csv';

test.describe.configure({ mode: 'serial' });

let host: RunningHost | null = null;
test.afterEach(async () => {
  if (host) {
    await stopHost(host.pid);
    removeDir(host.dataDir);
    host = null;
  }
});

/** The 8 sample files with one price in the items file turned into "12,3x" on a known line. */
function brokenOlistFolder(): { dir: string; line: number } {
  const src = olistSampleDir();
  const dir = fs.mkdtempSync(path.join(fs.realpathSync(freshDataDir('broken')), 'olist-'));
  for (const f of OLIST_FILES) fs.copyFileSync(path.join(src, f), path.join(dir, f));
  const itemsFile = path.join(dir, 'olist_order_items_dataset.csv');
  const lines = fs.readFileSync(itemsFile, 'utf8').split('\n');
  const header = lines[0].replace(/\r$/, '').split(',');
  const priceAt = header.indexOf('price');
  const line = 7; // physical line 7 of the file (line 1 is the header)
  const cells = lines[line - 1].replace(/\r$/, '').split(',');
  cells[priceAt] = '"12,3x"';
  lines[line - 1] = cells.join(',');
  fs.writeFileSync(itemsFile, lines.join('\n'));
  return { dir, line };
}

test('a malformed file is refused: file, line and field shown, nothing written', async ({ page }) => {
  host = await startHost(freshDataDir('errors'));
  const broken = brokenOlistFolder();
  try {
    await page.goto(host.openUrl);
    await expect(page.getByTestId('first-run')).toBeVisible();
    await page.getByTestId('first-run-import').click();
    await expect(page.getByTestId('workspace-orders')).toHaveText('0');

    await page.getByTestId('import-file-input').setInputFiles(OLIST_FILES.map((f) => path.join(broken.dir, f)));
    await expect(page.locator('[data-testid="staged-file"][data-state="staged"]')).toHaveCount(8, { timeout: 60_000 });
    await expect(page.getByTestId('detected-kind')).toHaveAttribute('data-kind', 'olist');
    await page.getByTestId('import-start').click();

    const job = page.getByTestId('import-job');
    await expect(job).toHaveAttribute('data-state', 'failed', { timeout: 120_000 });
    const error = page.getByTestId('import-error');
    await expect(error).toHaveAttribute('data-error-code', 'bad_input');
    await expect(error.getByTestId('error-code')).toHaveText('bad_input');
    const problem = error.getByTestId('problem').filter({ hasText: `olist_order_items_dataset.csv:${broken.line}` });
    await expect(problem).toHaveCount(1);
    await expect(problem).toContainText('price');
    await expect(problem).toContainText('—');

    // nothing was written: the workspace still has no orders, and the first-run screen is back
    await expect(page.getByTestId('workspace-orders')).toHaveText('0');
    await page.getByTestId('nav-overview').click();
    await expect(page.getByTestId('first-run')).toBeVisible();
  } finally {
    removeDir(path.dirname(broken.dir));
  }
});

test('the sample workspace opens from the first-run screen and fills the overview', async ({ page }) => {
  const sample = path.join(repoRoot, 'resources', 'sample', 'olist');
  expect(fs.existsSync(path.join(sample, 'olist_orders_dataset.csv')), `the bundled sample at ${sample}`).toBe(true);
  host = await startHost(freshDataDir('sample'));
  await page.goto(host.openUrl);
  await expect(page.getByTestId('first-run')).toBeVisible();
  await expect(page.getByTestId('sample-licence')).toContainText('Olist data, CC BY-NC-SA 4.0, for evaluation');

  await page.getByTestId('first-run-sample').click();
  // progress while it imports, then the overview with orders
  await expect(page.getByTestId('overview')).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('kpi-orders-BRL')).toHaveText(/^[1-9][\d,]*$/);
  await expect(page.getByTestId('workspace-switcher').getByRole('radio', { name: /Sample/ })).toBeChecked();
  await expect(page.getByTestId('app-info')).toContainText('sample');
});
