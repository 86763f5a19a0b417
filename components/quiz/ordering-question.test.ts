import { describe, expect, test } from "vitest";
import { move } from "./ordering-question.tsx";

describe("reordering quiz items", () => {
  test("moves an item up or down one place", () => {
    expect(move(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(move(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
  });
  test("a move past either end leaves the order as it was", () => {
    const order = ["a", "b"];
    expect(move(order, 0, -1)).toBe(order);
    expect(move(order, 1, 1)).toBe(order);
  });
});
