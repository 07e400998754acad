import type { DB } from '../../db/connection';
import type { ReviewDetail } from '../../contract/api';

export function reviewsForOrder(db: DB, orderId: number): ReviewDetail[] {
  const reviews = db
    .prepare(
      `SELECT r.id, r.external_id AS externalId, r.score, r.title, r.message, r.created_at AS createdAt, r.answered_at AS answeredAt,
              (SELECT COUNT(*) FROM order_reviews x WHERE x.review_id = r.id) AS sharedWithOrders
         FROM order_reviews orv JOIN reviews r ON r.id = orv.review_id
        WHERE orv.order_id = ? ORDER BY r.created_at, r.id`,
    )
    .all(orderId) as Omit<ReviewDetail, 'otherOrders'>[];
  const others = db.prepare(
    `SELECT o.id, o.external_id AS externalId FROM order_reviews x JOIN orders o ON o.id = x.order_id
      WHERE x.review_id = ? AND x.order_id != ? ORDER BY o.placed_at, o.id LIMIT 50`,
  );
  return reviews.map((r) => ({ ...r, otherOrders: others.all(r.id, orderId) as ReviewDetail['otherOrders'] }));
}

/**
 * Order reviews: a review covering two orders counts for each, as the status counts do. With a
 * period, the reviews of orders placed in it.
 */
export function reviewStats(db: DB, period: { placedFrom?: string; placedTo?: string } = {}): { count: number; averageScore: number | null; distribution: number[] } {
  const bounded = period.placedFrom !== undefined || period.placedTo !== undefined;
  const rows = db
    .prepare(
      bounded
        ? `SELECT r.score, COUNT(*) AS n FROM order_reviews orv JOIN reviews r ON r.id = orv.review_id JOIN orders o ON o.id = orv.order_id
            WHERE (@from IS NULL OR o.placed_on >= @from) AND (@to IS NULL OR o.placed_on <= @to) GROUP BY r.score`
        : 'SELECT r.score, COUNT(*) AS n FROM order_reviews orv JOIN reviews r ON r.id = orv.review_id GROUP BY r.score',
    )
    .all(bounded ? { from: period.placedFrom ?? null, to: period.placedTo ?? null } : {}) as { score: number; n: number }[];
  const distribution = [0, 0, 0, 0, 0];
  let count = 0;
  let sum = 0;
  for (const r of rows) {
    distribution[r.score - 1] = r.n;
    count += r.n;
    sum += r.score * r.n;
  }
  return { count, averageScore: count ? Math.round((sum / count) * 1000) / 1000 : null, distribution };
}
