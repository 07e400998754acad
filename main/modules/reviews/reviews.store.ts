// reviews: what customers said about an order. Owns `reviews`, `order_reviews`.
import type { DB } from '../../db/connection';
import { Upserter } from '../../db/upsert';
import type { ReviewIn } from '../imports/import-set';

export class ReviewWriter {
  readonly reviews: Upserter;
  private readonly link;
  constructor(db: DB) {
    this.reviews = new Upserter(db, 'reviews', ['source_id', 'external_id'], ['score', 'title', 'message', 'created_at', 'answered_at']);
    this.link = db.prepare('INSERT OR IGNORE INTO order_reviews (review_id, order_id) VALUES (?, ?)');
  }

  review(sourceId: number, r: ReviewIn) {
    return this.reviews.upsert(sourceId, r.externalId, {
      score: r.score,
      title: r.title,
      message: r.message,
      created_at: r.createdAt,
      answered_at: r.answeredAt,
    });
  }

  /** Links a review to an order it covers; true when the link is new. */
  linkOrder(reviewId: number, orderId: number): boolean {
    return this.link.run(reviewId, orderId).changes > 0;
  }
}
