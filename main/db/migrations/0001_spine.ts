// 0001: the data spine. Sections name the module that owns each table: only that module's
// store writes it. Read models for screens (*.queries.ts) may join other modules' tables, read
// only (see docs/ARCHITECTURE.md, "Modules and the tables they own"). Money is INTEGER minor units beside an
// ISO 4217 code; timestamps are UTC ISO 8601 ("2018-06-12T23:07:44Z"); dates a source gave as a
// calendar day (a promised delivery date) stay calendar dates ("2018-07-17").
// Every imported row carries (source_id, external_id) and imports upsert by that pair.
export const sql = /* sql */ `

-- shops: where data comes from (a marketplace export, a shop) -----------------------------------
CREATE TABLE sources (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL,          -- olist | online_retail | shopify | woocommerce
  external_id TEXT NOT NULL,          -- marketplace name or shop domain
  name        TEXT NOT NULL,
  currency    TEXT,                   -- the shop's own currency, where it has one
  timezone    TEXT NOT NULL,          -- IANA zone the source's zone-less timestamps are in
  created_at  TEXT NOT NULL,
  UNIQUE (kind, external_id)
) STRICT;

-- catalog ---------------------------------------------------------------------------------------
CREATE TABLE products (
  id                 INTEGER PRIMARY KEY,
  source_id          INTEGER NOT NULL REFERENCES sources(id),
  external_id        TEXT NOT NULL,
  title              TEXT,
  category           TEXT,            -- as the source names it
  category_label     TEXT,            -- readable (Olist: the English translation)
  vendor             TEXT,
  status             TEXT,
  description_length INTEGER,
  photos             INTEGER,
  weight_grams       INTEGER,
  length_cm          INTEGER,
  height_cm          INTEGER,
  width_cm           INTEGER,
  created_at         TEXT,
  updated_at         TEXT,
  UNIQUE (source_id, external_id)
) STRICT;
CREATE INDEX products_category ON products(category_label);

CREATE TABLE variants (
  id                 INTEGER PRIMARY KEY,
  product_id         INTEGER NOT NULL REFERENCES products(id),
  source_id          INTEGER NOT NULL REFERENCES sources(id),
  external_id        TEXT NOT NULL,
  sku                TEXT,
  title              TEXT,
  price_minor        INTEGER,
  currency           TEXT,
  barcode            TEXT,
  inventory_quantity INTEGER,
  weight_grams       INTEGER,
  UNIQUE (source_id, external_id)
) STRICT;
CREATE INDEX variants_product ON variants(product_id);
CREATE INDEX variants_sku ON variants(sku);

-- suppliers: marketplace sellers and the suppliers we buy from ------------------------------------
CREATE TABLE sellers (
  id          INTEGER PRIMARY KEY,
  source_id   INTEGER REFERENCES sources(id),
  external_id TEXT,
  kind        TEXT NOT NULL,          -- marketplace_seller | supplier
  name        TEXT,
  email       TEXT,
  city        TEXT,
  region      TEXT,
  postal_code TEXT,
  country     TEXT,
  UNIQUE (source_id, external_id)
) STRICT;

-- customers: a person, not an order's copy of one (Olist: customer_unique_id) ---------------------
CREATE TABLE customers (
  id                INTEGER PRIMARY KEY,
  source_id         INTEGER NOT NULL REFERENCES sources(id),
  external_id       TEXT NOT NULL,
  name              TEXT,
  email             TEXT,
  phone             TEXT,
  city              TEXT,
  region            TEXT,
  postal_code       TEXT,
  country           TEXT,
  accepts_marketing INTEGER,
  created_at        TEXT,
  UNIQUE (source_id, external_id)
) STRICT;
CREATE INDEX customers_email ON customers(email);

-- orders: the order, its lines (each with its own lifecycle), reviews -----------------------------
CREATE TABLE orders (
  id                     INTEGER PRIMARY KEY,
  source_id              INTEGER NOT NULL REFERENCES sources(id),
  external_id            TEXT NOT NULL,
  name                   TEXT,            -- the shop's display number ("#1001")
  customer_id            INTEGER REFERENCES customers(id),
  customer_ref           TEXT,            -- the source's per-order customer id (Olist customer_id)
  is_guest               INTEGER NOT NULL DEFAULT 0,
  email                  TEXT,
  status                 TEXT NOT NULL,   -- the source's status word (delivered, canceled, paid, ...)
  financial_status       TEXT,
  fulfillment_status     TEXT,
  currency               TEXT NOT NULL,
  placed_at              TEXT,
  -- calendar day of placed_at in the source's zone: months and days close on local dates
  placed_on              TEXT,
  approved_at            TEXT,
  handed_to_carrier_at   TEXT,
  delivered_at           TEXT,
  cancelled_at           TEXT,
  closed_at              TEXT,
  promised_delivery_date TEXT,
  -- 1 delivered on or before the promised day (local calendar), 0 late, NULL not delivered or no
  -- promise. Kept because SQLite has no time-zone database to recompute it in a query.
  delivered_on_time      INTEGER,
  goods_minor            INTEGER NOT NULL DEFAULT 0,
  shipping_minor         INTEGER NOT NULL DEFAULT 0,
  discount_minor         INTEGER NOT NULL DEFAULT 0,
  tax_minor              INTEGER NOT NULL DEFAULT 0,
  total_minor            INTEGER NOT NULL DEFAULT 0,
  ship_city              TEXT,
  ship_region            TEXT,
  ship_postal_code       TEXT,
  ship_country           TEXT,
  channel                TEXT,
  gateway                TEXT,
  note                   TEXT,
  tags                   TEXT,
  imported_at            TEXT NOT NULL,
  updated_at             TEXT NOT NULL,
  UNIQUE (source_id, external_id)
) STRICT;
CREATE INDEX orders_placed ON orders(placed_at);
CREATE INDEX orders_status_placed ON orders(status, placed_at);
CREATE INDEX orders_customer ON orders(customer_id);
CREATE INDEX orders_total ON orders(total_minor);
CREATE INDEX orders_source_placed ON orders(source_id, placed_at);
-- covers the overview's sums (sales per currency and month, on-time rate) without reading rows
CREATE INDEX orders_sales ON orders(currency, placed_on, status, total_minor, delivered_on_time);

CREATE TABLE order_lines (
  id                     INTEGER PRIMARY KEY,
  order_id               INTEGER NOT NULL REFERENCES orders(id),
  source_id              INTEGER NOT NULL REFERENCES sources(id),
  external_id            TEXT NOT NULL,
  line_no                INTEGER NOT NULL,
  kind                   TEXT NOT NULL DEFAULT 'goods',  -- goods | free_item | stock_adjustment
  product_id             INTEGER REFERENCES products(id),
  variant_id             INTEGER REFERENCES variants(id),
  seller_id              INTEGER REFERENCES sellers(id),
  sku                    TEXT,
  title                  TEXT,
  quantity               INTEGER NOT NULL,
  unit_price_minor       INTEGER NOT NULL,
  shipping_minor         INTEGER NOT NULL DEFAULT 0,
  discount_minor         INTEGER NOT NULL DEFAULT 0,
  tax_minor              INTEGER NOT NULL DEFAULT 0,
  total_minor            INTEGER NOT NULL,
  currency               TEXT NOT NULL,
  state                  TEXT NOT NULL,   -- placed | approved | handed_to_carrier | delivered | cancelled | returned
  placed_at              TEXT,
  approved_at            TEXT,
  handed_to_carrier_at   TEXT,
  delivered_at           TEXT,
  cancelled_at           TEXT,
  returned_at            TEXT,
  ship_by                TEXT,            -- promised hand-over to the carrier (Olist shipping_limit_date)
  promised_delivery_date TEXT,
  UNIQUE (source_id, external_id)
) STRICT;
CREATE INDEX order_lines_order ON order_lines(order_id);
CREATE INDEX order_lines_product ON order_lines(product_id);
CREATE INDEX order_lines_seller ON order_lines(seller_id);
CREATE INDEX order_lines_sku ON order_lines(sku);

CREATE TABLE reviews (
  id          INTEGER PRIMARY KEY,
  source_id   INTEGER NOT NULL REFERENCES sources(id),
  external_id TEXT NOT NULL,
  score       INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
  title       TEXT,
  message     TEXT,
  created_at  TEXT,
  answered_at TEXT,
  UNIQUE (source_id, external_id)
) STRICT;

-- one review may cover several orders (Olist reuses a review id across a customer's orders)
CREATE TABLE order_reviews (
  review_id INTEGER NOT NULL REFERENCES reviews(id),
  order_id  INTEGER NOT NULL REFERENCES orders(id),
  PRIMARY KEY (review_id, order_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX order_reviews_order ON order_reviews(order_id);

-- payments: money in (payments) and back out (refunds); balances are always sums of rows --------
CREATE TABLE payments (
  id           INTEGER PRIMARY KEY,
  order_id     INTEGER NOT NULL REFERENCES orders(id),
  source_id    INTEGER NOT NULL REFERENCES sources(id),
  external_id  TEXT NOT NULL,
  sequence     INTEGER NOT NULL,
  method       TEXT NOT NULL,     -- credit_card, boleto, voucher, debit_card, shopify_payments, ...
  installments INTEGER,
  amount_minor INTEGER NOT NULL,
  currency     TEXT NOT NULL,
  paid_at      TEXT,
  gateway      TEXT,
  status       TEXT,
  UNIQUE (source_id, external_id)
) STRICT;
CREATE INDEX payments_order ON payments(order_id);

CREATE TABLE refunds (
  id           INTEGER PRIMARY KEY,
  -- NULL when the refund's lines belong to several orders or to none we know
  order_id     INTEGER REFERENCES orders(id),
  customer_id  INTEGER REFERENCES customers(id),
  source_id    INTEGER NOT NULL REFERENCES sources(id),
  external_id  TEXT NOT NULL,
  kind         TEXT NOT NULL,     -- refund | credit_note
  created_at   TEXT,
  amount_minor INTEGER NOT NULL,  -- money back to the customer, positive
  currency     TEXT NOT NULL,
  reason       TEXT,
  UNIQUE (source_id, external_id)
) STRICT;
CREATE INDEX refunds_order ON refunds(order_id);

CREATE TABLE refund_lines (
  id            INTEGER PRIMARY KEY,
  refund_id     INTEGER NOT NULL REFERENCES refunds(id),
  external_id   TEXT NOT NULL,
  -- the order line this returns; NULL for a return nothing identifies (kept, not guessed)
  order_line_id INTEGER REFERENCES order_lines(id),
  sku           TEXT,
  title         TEXT,
  quantity      INTEGER NOT NULL,  -- units returned, positive
  amount_minor  INTEGER NOT NULL,  -- positive
  UNIQUE (refund_id, external_id)
) STRICT;
CREATE INDEX refund_lines_order_line ON refund_lines(order_line_id);

-- A line's return is a fact of the refunds that name it, not of the import that brought the line:
-- deriving it here means an older export re-imported later can never undo a return.
CREATE VIEW order_line_returns AS
SELECT l.id AS order_line_id,
       COALESCE(r.units, 0) AS returned_quantity,
       CASE WHEN l.quantity > 0 AND COALESCE(r.units, 0) >= l.quantity THEN 'returned' ELSE l.state END AS state,
       COALESCE(l.returned_at, r.last_at) AS returned_at
  FROM order_lines l
  LEFT JOIN (SELECT rl.order_line_id, SUM(rl.quantity) AS units, MAX(rf.created_at) AS last_at
               FROM refund_lines rl JOIN refunds rf ON rf.id = rl.refund_id
              WHERE rl.order_line_id IS NOT NULL GROUP BY rl.order_line_id) r ON r.order_line_id = l.id;

-- procurement --------------------------------------------------------------------------------------
CREATE TABLE purchase_orders (
  id          INTEGER PRIMARY KEY,
  supplier_id INTEGER NOT NULL REFERENCES sellers(id),
  number      TEXT NOT NULL UNIQUE,
  status      TEXT NOT NULL,      -- draft | sent | confirmed | partially_received | received | cancelled
  currency    TEXT NOT NULL,
  ordered_at  TEXT,
  expected_on TEXT,
  note        TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE purchase_order_lines (
  id                INTEGER PRIMARY KEY,
  purchase_order_id INTEGER NOT NULL REFERENCES purchase_orders(id),
  line_no           INTEGER NOT NULL,
  product_id        INTEGER REFERENCES products(id),
  variant_id        INTEGER REFERENCES variants(id),
  sku               TEXT,
  description       TEXT,
  quantity          INTEGER NOT NULL CHECK (quantity > 0),
  received_quantity INTEGER NOT NULL DEFAULT 0,
  unit_cost_minor   INTEGER NOT NULL,
  currency          TEXT NOT NULL,
  expected_on       TEXT,
  UNIQUE (purchase_order_id, line_no)
) STRICT;

-- audit: append-only, hash-chained; written in the same transaction as the change --------------
CREATE TABLE audit_events (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL,
  entity    TEXT NOT NULL,
  entity_id INTEGER,
  job_id    INTEGER,
  details   TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash      TEXT NOT NULL
) STRICT;
CREATE INDEX audit_events_entity ON audit_events(entity, entity_id);
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;

-- workflow: what each long job committed. The job journal itself is a separate file beside the
-- workspace (workflow/journal.ts); this row is written in the job's own transaction, so it is
-- here exactly when the job's writes are.
CREATE TABLE job_outcomes (
  job_uid      TEXT PRIMARY KEY,   -- the journal's uid for the job
  job_id       INTEGER NOT NULL,   -- the journal's number for it, as audit events name it
  kind         TEXT NOT NULL,
  committed_at TEXT NOT NULL,
  report       TEXT NOT NULL       -- JSON, for people
) STRICT;
`;
