"use client";

import type { ComponentProps } from "react";
import { cycleDays } from "@/lib/domain/distribution-plan/cycle-days";
import { ActionForm } from "../ui/action-form";

type FormProps = Omit<ComponentProps<typeof ActionForm>, "confirm">;

// Planning a cycle creates many distributions at once: the confirmation counts them from the form's dates, as the
// server will (days already taken are skipped there).
export function CycleForm({
  confirm,
  ...form
}: FormProps & { confirm: { title: string; one: string; other: string; cancelLabel: string } }) {
  const describe = (element: HTMLFormElement) => {
    const data = new FormData(element);
    const value = (name: string) => String(data.get(name) ?? "");
    const frequency = value("frequency") as Parameters<typeof cycleDays>[0];
    const count = cycleDays(frequency, value("startDay"), value("endDay")).length;
    return (count === 1 ? confirm.one : confirm.other).replace("#", String(count));
  };
  return (
    <ActionForm
      {...form}
      confirm={{ title: confirm.title, cancelLabel: confirm.cancelLabel, describe, tone: "primary" }}
    />
  );
}

// A market message goes out by e-mail at once: the confirmation says to whom, worded on the server for each list
// of the form's « Destinataires » (with how many people it reaches), or once when the message goes to a producer.
export function MessageForm({
  confirm,
  ...form
}: FormProps & {
  confirm: { title: string; byAudience?: Record<string, string>; description?: string; cancelLabel: string };
}) {
  const describe = (element: HTMLFormElement) => {
    const audience = new FormData(element).get("audience");
    return (typeof audience === "string" && confirm.byAudience?.[audience]) || confirm.description || "";
  };
  return (
    <ActionForm
      {...form}
      confirm={{ title: confirm.title, cancelLabel: confirm.cancelLabel, describe, tone: "primary" }}
    />
  );
}
