// catalog: products and their variants (SKUs). Owns `products`, `variants`.
import type { DB } from '../../db/connection';
import { Upserter } from '../../db/upsert';
import type { ProductIn, VariantIn } from '../imports/import-set';

export class CatalogWriter {
  readonly products: Upserter;
  readonly variants: Upserter;
  constructor(db: DB) {
    this.products = new Upserter(db, 'products', ['source_id', 'external_id'], [
      'title', 'category', 'category_label', 'vendor', 'status', 'description_length', 'photos',
      'weight_grams', 'length_cm', 'height_cm', 'width_cm', 'created_at', 'updated_at',
    ]);
    this.variants = new Upserter(db, 'variants', ['source_id', 'external_id'], [
      'product_id', 'sku', 'title', 'price_minor', 'currency', 'barcode', 'inventory_quantity', 'weight_grams',
    ]);
  }

  product(sourceId: number, p: ProductIn) {
    return this.products.upsert(sourceId, p.externalId, {
      title: p.title,
      category: p.category,
      category_label: p.categoryLabel,
      vendor: p.vendor,
      status: p.status,
      description_length: p.descriptionLength,
      photos: p.photos,
      weight_grams: p.weightGrams,
      length_cm: p.lengthCm,
      height_cm: p.heightCm,
      width_cm: p.widthCm,
      created_at: p.createdAt,
      updated_at: p.updatedAt,
    });
  }

  variant(sourceId: number, productId: number, v: VariantIn) {
    return this.variants.upsert(sourceId, v.externalId, {
      product_id: productId,
      sku: v.sku,
      title: v.title,
      price_minor: v.priceMinor,
      currency: v.currency,
      barcode: v.barcode,
      inventory_quantity: v.inventoryQuantity,
      weight_grams: v.weightGrams,
    });
  }
}
