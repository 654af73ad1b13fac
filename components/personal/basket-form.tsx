"use client";

import type { ComponentProps } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { ActionForm } from "../ui/action-form";

// A basket change sent to app/api/basket as JSON, answered with the form's state (the personal view in it on
// success, a message next to the quantity on a refusal). What the server could not answer as a state (a lost
// network, a server error) fails the form as a server action's failure would.
async function sendBasketChange(mode: "add" | "set", formData: FormData): Promise<FormState> {
  const response = await fetch("/api/basket", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ ...Object.fromEntries(formData), mode }),
  });
  if (!response.headers.get("content-type")?.startsWith("application/json"))
    throw new Error(`The basket change was answered ${response.status}`);
  return (await response.json()) as FormState;
}

const addToBasket = (_state: FormState, formData: FormData) => sendBasketChange("add", formData);
const setBasketLine = (_state: FormState, formData: FormData) => sendBasketChange("set", formData);

// The shop's order forms (a product's « Commander », a basket line's update and removal): mode « add » adds to
// the product's line, « set » sets it.
export function BasketForm({
  mode,
  ...form
}: Omit<ComponentProps<typeof ActionForm>, "action"> & { mode: "add" | "set" }) {
  return <ActionForm action={mode === "add" ? addToBasket : setBasketLine} {...form} />;
}
