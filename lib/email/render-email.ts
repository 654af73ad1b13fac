import { render, toPlainText } from "@react-email/render";
import type { ReactElement } from "react";

export async function renderEmail(element: ReactElement) {
  const html = await render(element);
  return { html, text: toPlainText(html) };
}
