import type { RecordedMethod } from "./record-payment";

// What a distribution's referent records (record-payment.ts): the money that goes into the till on the day. A
// transfer reaches the market's bank and a payment from the balance reads the member's account: the admins'.
// Apart from the use case so that forms drawn in the browser can list them.
export const TILL_RECORDED_METHODS = ["CASH", "CHEQUE", "CARD_TERMINAL"] as const satisfies readonly RecordedMethod[];
