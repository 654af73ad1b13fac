import { describe, expect, it } from "vitest";
import { productState } from "@/lib/domain/product/product-state";

describe("productState", () => {
  it.each([
    [{ active: true, stock: null }, "active"],
    [{ active: true, stock: "0.001" }, "active"],
    [{ active: true, stock: "0" }, "outOfStock"],
    [{ active: true, stock: "-1.5" }, "outOfStock"],
    [{ active: false, stock: null }, "disabled"],
    [{ active: false, stock: "0" }, "disabled"],
  ] as const)("%o is %s", (product, state) => {
    expect(productState(product)).toBe(state);
  });
});
