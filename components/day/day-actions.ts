"use client";

import { useMemo } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { DAY_PAYMENT_METHODS, type DayPaymentMethod } from "@/lib/domain/distribution-day/day-operation";
import { MAX_QUANTITY } from "@/lib/domain/order/max-quantity";
import { parseMoney } from "@/lib/money";
import { toThousandths } from "@/lib/offline/quantity";
import type { NewOperation } from "@/lib/offline/offline-day";
import { useOfflineDay } from "../offline/offline-day-provider";
import type { DayMessages } from "./day-messages";

type LocalAction = (state: FormState, formData: FormData) => Promise<FormState>;

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "").trim();
const isDayMethod = (value: string): value is DayPaymentMethod =>
  (DAY_PAYMENT_METHODS as readonly string[]).includes(value);

// The day screen's gestures as the actions of its forms (components/ui/action-form.tsx): instead of calling the
// server, each one is checked on the phone — a field it cannot read is answered next to the field, with what was
// typed kept — and queued (offline-day-provider.tsx), shown at once and sent when the network allows.
export function useDayActions(t: DayMessages): Record<"payment" | "adjust" | "collect" | "validate", LocalAction> {
  const { enqueue } = useOfflineDay();
  return useMemo(() => {
    const queued = async (operation: NewOperation, message?: string): Promise<FormState> => {
      await enqueue(operation);
      return { ok: true, message };
    };
    return {
      async payment(_state, formData) {
        const method = text(formData, "method");
        const amountCents = parseMoney(text(formData, "amount"));
        if (!amountCents || !isDayMethod(method))
          return {
            fieldErrors: { amount: t.invalid.AMOUNT_INVALID },
            values: { amount: text(formData, "amount"), method },
          };
        return queued({ type: "payment", orderId: text(formData, "orderId"), method, amountCents });
      },
      async adjust(_state, formData) {
        const lineId = text(formData, "lineId");
        const field = `line-${lineId}`;
        const quantity = text(formData, field);
        const thousandths = toThousandths(quantity);
        const error =
          thousandths === null
            ? t.invalid.QUANTITY_INVALID
            : thousandths > MAX_QUANTITY * 1000
              ? t.invalid.QUANTITY_TOO_LARGE
              : formData.get("decimal") !== "true" && thousandths % 1000 !== 0
                ? t.invalid.QUANTITY_WHOLE_ONLY
                : null;
        if (error) return { fieldErrors: { [field]: error }, values: { [field]: quantity } };
        return queued({
          type: "adjust",
          orderId: text(formData, "orderId"),
          lineId,
          quantity,
          version: Number(text(formData, "version")),
        });
      },
      async collect(_state, formData) {
        const collected = formData.get("collected") === "true";
        return queued(
          { type: "collect", orderId: text(formData, "orderId"), collected },
          collected ? t.collectedDone : t.uncollectedDone,
        );
      },
      async validate(_state, formData) {
        const method = text(formData, "onSiteMethod");
        if (formData.get("onSite") === "true" && !isDayMethod(method))
          return { fieldErrors: { onSiteMethod: t.invalid.ON_SITE_METHOD_REQUIRED } };
        return queued(
          { type: "validate", orderId: text(formData, "orderId"), onSiteMethod: isDayMethod(method) ? method : null },
          t.validatedDone,
        );
      },
    };
  }, [enqueue, t]);
}
