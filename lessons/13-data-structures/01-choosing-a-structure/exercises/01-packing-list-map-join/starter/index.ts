export interface Order {
  id: number;
  customerId: number;
  sku: string;
}

export interface Customer {
  id: number;
  name: string;
  city: string;
}

export interface PackingLine {
  orderId: number;
  sku: string;
  customerName: string;
  city: string;
}

export interface PackingList {
  lines: PackingLine[];
  /** Ids of orders whose customer is not in the customer list, in order of appearance. */
  missingCustomer: number[];
}

// Today's version: correct for the 30 orders of a quiet day, but `includes` and `find`
// each scan an array inside the loop over orders.
export function buildPackingList(orders: Order[], customers: Customer[]): PackingList {
  // TODO: index the customers by id before the loop, so each lookup is O(1).
  // TODO: remember the order ids already handled in a structure with an O(1) "seen it?".
  const handled: number[] = [];
  const lines: PackingLine[] = [];
  const missingCustomer: number[] = [];

  for (const order of orders) {
    if (handled.includes(order.id)) continue;
    handled.push(order.id);

    const customer = customers.find((c) => c.id === order.customerId);
    // TODO: an order whose customer is missing must be listed in `missingCustomer`,
    // not packed with an empty name.
    lines.push({
      orderId: order.id,
      sku: order.sku,
      customerName: customer?.name ?? "",
      city: customer?.city ?? "",
    });
  }
  return { lines, missingCustomer };
}
