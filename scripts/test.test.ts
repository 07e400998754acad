// `npm test`'s closing line must never say "0 failed" when something did not pass.
import { describe, expect, it } from 'vitest';

interface TestModule {
  countUnit(report: unknown, status: number | null): [number, number];
  countE2e(report: unknown, status: number | null): [number, number];
  findChromium(env: NodeJS.ProcessEnv, exists: (p: string) => boolean): string | null;
}
const t = (await import('./test.mjs' as string)) as TestModule;

const file = (status: string, results: string[]) => ({ status, assertionResults: results.map((s) => ({ status: s })) });

describe('counting test results', () => {
  it('counts passed and failed tests', () => {
    const report = { numPassedTests: 9, numFailedTests: 1, numPendingTests: 0, success: false, testResults: [file('failed', ['passed', 'failed'])] };
    expect(t.countUnit(report, 1)).toEqual([9, 1]);
  });

  it('a file that fails to load, or whose beforeAll throws, fails even with no failed test', () => {
    const broken = { numPassedTests: 5, numFailedTests: 0, numPendingTests: 0, success: false, testResults: [file('passed', ['passed']), file('failed', [])] };
    expect(t.countUnit(broken, 1)).toEqual([5, 1]);
    const skippedByBeforeAll = { numPassedTests: 5, numFailedTests: 0, numPendingTests: 3, success: false, testResults: [file('failed', ['skipped', 'skipped', 'skipped'])] };
    expect(t.countUnit(skippedByBeforeAll, 1)).toEqual([5, 4]);
  });

  it('a non-zero exit with a clean-looking report, or no report at all, is a failure', () => {
    expect(t.countUnit({ numPassedTests: 5, numFailedTests: 0, success: true, testResults: [] }, 1)).toEqual([5, 1]);
    expect(t.countUnit(null, 0)).toEqual([0, 1]);
    expect(t.countUnit({ numPassedTests: 5, numFailedTests: 0, numPendingTests: 0, success: true, testResults: [] }, 0)).toEqual([5, 0]);
  });

  it('Playwright: skipped tests and errors outside tests fail', () => {
    expect(t.countE2e({ stats: { expected: 14, unexpected: 0, flaky: 0, skipped: 1 }, errors: [] }, 0)).toEqual([14, 1]);
    expect(t.countE2e({ stats: { expected: 14, unexpected: 0, flaky: 1, skipped: 0 }, errors: [{ message: 'globalSetup' }] }, 1)).toEqual([15, 1]);
    expect(t.countE2e({ stats: { expected: 15, unexpected: 0, flaky: 0, skipped: 0 }, errors: [] }, 1)).toEqual([15, 1]);
    expect(t.countE2e({ stats: { expected: 15, unexpected: 0, flaky: 0, skipped: 0 }, errors: [] }, 0)).toEqual([15, 0]);
  });

  it('finds a Chromium: CHROMIUM_PATH first, then the usual places', () => {
    expect(t.findChromium({ CHROMIUM_PATH: '/opt/c' }, (p) => p === '/opt/c')).toBe('/opt/c');
    expect(t.findChromium({ CHROMIUM_PATH: '/opt/missing' }, () => false)).toBeNull();
    expect(t.findChromium({}, (p) => p === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
  });
});
