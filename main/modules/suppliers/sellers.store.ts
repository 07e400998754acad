// suppliers: marketplace sellers and the suppliers purchase orders go to. Owns `sellers`.
import type { DB } from '../../db/connection';
import { Upserter } from '../../db/upsert';
import type { SellerIn } from '../imports/import-set';

export class SellerWriter {
  readonly sellers: Upserter;
  constructor(db: DB) {
    this.sellers = new Upserter(db, 'sellers', ['source_id', 'external_id'], [
      'kind', 'name', 'email', 'city', 'region', 'postal_code', 'country',
    ]);
  }

  seller(sourceId: number, s: SellerIn) {
    return this.sellers.upsert(sourceId, s.externalId, {
      kind: s.kind,
      name: s.name,
      email: s.email,
      city: s.city,
      region: s.region,
      postal_code: s.postalCode,
      country: s.country,
    });
  }
}
