import type { ParsedInput } from '../../../../main/contract/api';
import { presetList, useListState } from '../../shared/listState';

export type OrderSort = ParsedInput<'orders.list'>['sort'];

export interface OrdersListState {
  page: number;
  pageSize: number;
  search: string;
  status: string[];
  sourceId: string | null;
  placedFrom: string;
  placedTo: string;
  sort: OrderSort;
  dir: 'asc' | 'desc';
}

export const ORDERS_DEFAULTS: OrdersListState = {
  page: 1,
  pageSize: 50,
  search: '',
  status: [],
  sourceId: null,
  placedFrom: '',
  placedTo: '',
  sort: 'placed_at',
  dir: 'desc',
};

export function useOrdersState() {
  return useListState<OrdersListState>('orders', ORDERS_DEFAULTS);
}

export function presetOrders(patch: Partial<OrdersListState>) {
  presetList('orders', ORDERS_DEFAULTS, patch);
}
