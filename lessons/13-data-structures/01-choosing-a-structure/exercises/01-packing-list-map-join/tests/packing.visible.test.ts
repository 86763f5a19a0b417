import { test, expect } from "@pillars/test";
import { buildPackingList } from "@pillars/learner";

test("joins each order to its customer and keeps the first of duplicate orders", () => {
  const customers = [
    { id: 7, name: "Ada Byrne", city: "Cork" },
    { id: 9, name: "Li Wei", city: "Leeds" },
  ];
  const orders = [
    { id: 501, customerId: 9, sku: "KETTLE-1" },
    { id: 502, customerId: 7, sku: "GRINDER-2" },
    { id: 501, customerId: 9, sku: "KETTLE-1" }, // the export sent it twice
  ];
  expect(buildPackingList(orders, customers), "packing list for three order rows").toEqual({
    lines: [
      { orderId: 501, sku: "KETTLE-1", customerName: "Li Wei", city: "Leeds" },
      {
        orderId: 502,
        sku: "GRINDER-2",
        customerName: "Ada Byrne",
        city: "Cork",
      },
    ],
    missingCustomer: [],
  });
});
