// A line's arithmetic as the screen shows it: unit price × quantity + shipping − discount = total.
// The contract gives the line total as the source stated it (a Shopify line's total is net of the
// discounts allocated to it); the discount is what closes the gap.
import type { OrderLineDetail } from '../../../../../main/contract/api';

type LineAmounts = Pick<OrderLineDetail, 'unitPriceMinor' | 'quantity' | 'shippingMinor' | 'totalMinor'>;

/** Price × quantity + shipping − total: positive for a discount, negative for a surcharge. */
export function lineDiscountMinor(l: LineAmounts): number {
  return l.unitPriceMinor * l.quantity + l.shippingMinor - l.totalMinor;
}

/** Whether the lines need a discount column to add up on screen. */
export function linesHaveDiscounts(lines: LineAmounts[]): boolean {
  return lines.some((l) => lineDiscountMinor(l) !== 0);
}
