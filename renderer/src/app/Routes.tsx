import { Button } from '@mantine/core';
import { Link, Route, Switch } from 'wouter';
import { Home } from '../modules/dashboard/Home';
import { OrdersList } from '../modules/orders/OrdersList';
import { OrderDetailScreen } from '../modules/orders/OrderDetail';
import { CustomersList } from '../modules/customers/CustomersList';
import { CustomerDetailScreen } from '../modules/customers/CustomerDetail';
import { ProductsList } from '../modules/products/ProductsList';
import { SellersList } from '../modules/sellers/SellersList';
import { ImportScreen } from '../modules/imports/ImportScreen';
import { EmptyState } from '../shared/EmptyState';

function NotFound() {
  return (
    <EmptyState title="There is no such screen" description="The address does not match any screen of Counting House.">
      <Button component={Link} href="/">
        Go to the overview
      </Button>
    </EmptyState>
  );
}

export function Routes() {
  return (
    <Switch>
      <Route path="/" component={Home} />
      <Route path="/orders" component={OrdersList} />
      <Route path="/orders/:id">{(p) => <OrderDetailScreen id={Number(p.id)} />}</Route>
      <Route path="/customers" component={CustomersList} />
      <Route path="/customers/:id">{(p) => <CustomerDetailScreen id={Number(p.id)} />}</Route>
      <Route path="/products" component={ProductsList} />
      <Route path="/sellers" component={SellersList} />
      <Route path="/import" component={ImportScreen} />
      <Route component={NotFound} />
    </Switch>
  );
}
