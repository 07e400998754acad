// customers: people who buy. Owns `customers`.
import type { DB } from '../../db/connection';
import { Upserter } from '../../db/upsert';
import type { CustomerIn } from '../imports/import-set';

export class CustomerWriter {
  readonly customers: Upserter;
  constructor(db: DB) {
    this.customers = new Upserter(db, 'customers', ['source_id', 'external_id'], [
      'name', 'email', 'phone', 'city', 'region', 'postal_code', 'country', 'accepts_marketing', 'created_at',
    ]);
  }

  customer(sourceId: number, c: CustomerIn) {
    return this.customers.upsert(sourceId, c.externalId, {
      name: c.name,
      email: c.email,
      phone: c.phone,
      city: c.city,
      region: c.region,
      postal_code: c.postalCode,
      country: c.country,
      accepts_marketing: c.acceptsMarketing,
      created_at: c.createdAt,
    });
  }
}
