import { IconBuildingStore, IconChartBar, IconFileImport, IconPackage, IconReceipt, IconUsers } from '@tabler/icons-react';

export const NAV = [
  { href: '/', label: 'Overview', icon: IconChartBar, description: 'Sales, delivery and reviews at a glance' },
  { href: '/orders', label: 'Orders', icon: IconReceipt, description: 'Every order, its lines, payments and history' },
  { href: '/customers', label: 'Customers', icon: IconUsers, description: 'Who buys, how often, how much' },
  { href: '/products', label: 'Products', icon: IconPackage, description: 'What sells' },
  { href: '/sellers', label: 'Sellers and suppliers', icon: IconBuildingStore, description: 'On-time rate and reviews per seller' },
  { href: '/import', label: 'Import', icon: IconFileImport, description: 'Bring in Olist, Online Retail or Shopify files' },
] as const;
