// 0002: Online Retail lines and credit-note lines get the identity the importer now gives them,
// made of their content instead of their row position (see online-retail.ts), so the first
// re-import after this version finds every unchanged line unchanged instead of removing and
// re-adding them all.
// - an order line: invoice|stock code|unit price|n-th row of that invoice with that code and price
//   (the importer numbered lines by row, so line_no orders them as the file did)
// - a credit note's line: its row's own key the same way, then ">" and the order line it returns
//   (or "unlinked"); a row split over several purchases ("C536506-3.1", "-3.2") is one row
// Unit prices are GBP (two decimals), never negative.
export const sql = /* sql */ `
UPDATE order_lines SET external_id = k.id
  FROM (SELECT l.id AS line,
               o.external_id || '|' || COALESCE(l.sku, '') || '|' || printf('%d.%02d', l.unit_price_minor / 100, l.unit_price_minor % 100) || '|' ||
               ROW_NUMBER() OVER (PARTITION BY l.order_id, l.sku, l.unit_price_minor ORDER BY l.line_no, l.id) AS id
          FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN sources s ON s.id = l.source_id
         WHERE s.kind = 'online_retail' AND l.external_id NOT LIKE '%|%') AS k
 WHERE order_lines.id = k.line;

UPDATE refund_lines SET external_id = k.id
  FROM (SELECT rl.id AS line,
               r.external_id || '|' || COALESCE(rl.sku, '') || '|' ||
               printf('%d.%02d', (rl.amount_minor / rl.quantity) / 100, (rl.amount_minor / rl.quantity) % 100) || '|' ||
               DENSE_RANK() OVER (PARTITION BY rl.refund_id, rl.sku, rl.amount_minor / rl.quantity
                                  ORDER BY CAST(substr(rl.external_id, length(r.external_id) + 2) AS INTEGER)) ||
               '>' || COALESCE(l.external_id, 'unlinked') AS id
          FROM refund_lines rl JOIN refunds r ON r.id = rl.refund_id JOIN sources s ON s.id = r.source_id
          LEFT JOIN order_lines l ON l.id = rl.order_line_id
         WHERE s.kind = 'online_retail' AND rl.quantity > 0 AND rl.external_id NOT LIKE '%>%') AS k
 WHERE refund_lines.id = k.line;
`;
