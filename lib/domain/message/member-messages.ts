import type { MessageAudience } from "@/generated/prisma/client";
import type { Actor } from "../access/actor";
import { listReceived } from "./list-messages";

// What a member receives from their markets: the lists' messages and the admins' answers to them.
const MEMBER_AUDIENCES: MessageAudience[] = ["ALL_MEMBERS", "NOT_ORDERED_NEXT", "ORDERED_NEXT", "ADMINS", "MEMBER"];

// « Mon compte » › messages: those sent to this person only, newest first, with their read state.
export async function listMemberMessages({ actor }: { actor: Actor }) {
  return listReceived(actor, { audience: { in: MEMBER_AUDIENCES }, marketId: { not: null } }, 50);
}
