import { describe, expect, it } from 'vitest';
import { lineDiscountMinor, linesHaveDiscounts } from './lineMath';

describe('line arithmetic', () => {
  it("finds the discount a Shopify line's total is net of", () => {
    // order 450789469: 3 × $199.00, a $10.00 discount spread over the lines
    const green = { unitPriceMinor: 19_900, quantity: 1, shippingMinor: 0, totalMinor: 19_566 };
    const red = { unitPriceMinor: 19_900, quantity: 1, shippingMinor: 0, totalMinor: 19_567 };
    expect(lineDiscountMinor(green)).toBe(334);
    expect(lineDiscountMinor(red)).toBe(333);
    expect(linesHaveDiscounts([green, red])).toBe(true);
  });

  it('needs no discount column where price × quantity + shipping is the total (Olist, Online Retail)', () => {
    const olist = { unitPriceMinor: 1_599, quantity: 1, shippingMinor: 3_415, totalMinor: 5_014 };
    const retail = { unitPriceMinor: 255, quantity: 6, shippingMinor: 0, totalMinor: 1_530 };
    expect(lineDiscountMinor(olist)).toBe(0);
    expect(linesHaveDiscounts([olist, retail])).toBe(false);
  });
});
