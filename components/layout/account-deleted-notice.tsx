"use client";

import { useSearchParams } from "next/navigation";
import { Alert } from "../ui/alert";

// After « Supprimer mon compte » the person lands on the home page, /?compte=supprime (lib/actions/auth.ts). That
// page is the same for everybody, served from Next's cache, so the address's query is read in the browser.
export function AccountDeletedNotice({ message }: { message: string }) {
  return useSearchParams().get("compte") === "supprime" ? <Alert>{message}</Alert> : null;
}
