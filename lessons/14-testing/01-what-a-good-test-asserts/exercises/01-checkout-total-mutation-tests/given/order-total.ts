// The contract your tests check. The graders pass in an `orderTotal` that follows it (or one
// with a bug in it); you never call an implementation of your own.

export interface Line {
  sku: string;
  unitCents: number;
  /** A whole number from 1 to 99; anything else is a RangeError. */
  quantity: number;
}

export interface Coupon {
  /** Percent off the subtotal, e.g. 10 for 10%. */
  percentOff: number;
  /** The coupon applies only when the subtotal is at least this many cents. */
  minSubtotalCents: number;
}

export interface Order {
  lines: Line[];
  coupon?: Coupon;
}

export interface Total {
  subtotalCents: number;
  discountCents: number;
  shippingCents: number;
  totalCents: number;
}

export type OrderTotal = (order: Order) => Total;

/** Orders that cost at least this much after the discount ship for free. */
export const FREE_SHIPPING_FROM_CENTS = 5000;
export const SHIPPING_CENTS = 499;

/** One test of your suite: it fails when `run` throws. */
export interface OrderTotalTest {
  name: string;
  run: (orderTotal: OrderTotal) => void | Promise<void>;
}
