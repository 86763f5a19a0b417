import { test, expect } from "@pillars/test";
import { buildPackingList } from "@pillars/learner";

const customers = [
  { id: 1, name: "Ada Byrne", city: "Cork" },
  { id: 2, name: "Li Wei", city: "Leeds" },
  { id: 3, name: "Sam Okafor", city: "Lagos" },
];

test("lines follow the order of the orders, not of the customers", () => {
  const orders = [
    { id: 10, customerId: 3, sku: "A" },
    { id: 11, customerId: 1, sku: "B" },
    { id: 12, customerId: 2, sku: "C" },
  ];
  const { lines } = buildPackingList(orders, customers);
  expect(
    lines.map((line: { orderId: number }) => line.orderId),
    "order ids of the packing lines",
  ).toEqual([10, 11, 12]);
  expect(lines[0], "the line for order 10").toEqual({
    orderId: 10,
    sku: "A",
    customerName: "Sam Okafor",
    city: "Lagos",
  });
});

test("a repeated order id is packed once, from its first occurrence", () => {
  const orders = [
    { id: 20, customerId: 1, sku: "FIRST" },
    { id: 21, customerId: 2, sku: "OTHER" },
    { id: 20, customerId: 1, sku: "REPEAT" },
    { id: 20, customerId: 1, sku: "REPEAT" },
  ];
  const { lines } = buildPackingList(orders, customers);
  expect(lines.length, "lines for 4 rows holding 2 distinct orders").toBe(2);
  expect(lines[0].sku, "sku packed for order 20").toBe("FIRST");
});

test("orders whose customer is missing are reported, not packed", () => {
  const orders = [
    { id: 30, customerId: 1, sku: "A" },
    { id: 31, customerId: 99, sku: "B" },
    { id: 32, customerId: 98, sku: "C" },
    { id: 31, customerId: 99, sku: "B" },
  ];
  const result = buildPackingList(orders, customers);
  expect(
    result.lines.map((line: { orderId: number }) => line.orderId),
    "orders packed",
  ).toEqual([30]);
  expect(result.missingCustomer, "orders reported with a missing customer").toEqual([31, 32]);
});

test("empty inputs give an empty packing list", () => {
  expect(buildPackingList([], customers), "no orders").toEqual({
    lines: [],
    missingCustomer: [],
  });
  expect(
    buildPackingList([{ id: 1, customerId: 1, sku: "A" }], []),
    "one order, no customers",
  ).toEqual({ lines: [], missingCustomer: [1] });
});
