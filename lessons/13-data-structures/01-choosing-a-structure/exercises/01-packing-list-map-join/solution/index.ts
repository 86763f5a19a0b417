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

export function buildPackingList(orders: Order[], customers: Customer[]): PackingList {
  // Index the customers once: O(m). Every lookup below is then O(1) instead of a scan.
  const customersById = new Map<number, Customer>();
  for (const customer of customers) customersById.set(customer.id, customer);

  // The export can repeat an order; a Set answers "seen it?" in O(1).
  const seenOrderIds = new Set<number>();
  const lines: PackingLine[] = [];
  const missingCustomer: number[] = [];

  for (const order of orders) {
    if (seenOrderIds.has(order.id)) continue; // keep the first occurrence only
    seenOrderIds.add(order.id);

    const customer = customersById.get(order.customerId);
    if (customer === undefined) {
      // Reported, not dropped silently: someone has to find out where this parcel goes.
      missingCustomer.push(order.id);
      continue;
    }
    lines.push({
      orderId: order.id,
      sku: order.sku,
      customerName: customer.name,
      city: customer.city,
    });
  }
  return { lines, missingCustomer };
}
