import { administeredMarketIds, type Actor } from "./actor";
import { referentDistributionIds } from "./distribution-day";

// What the header shows of a signed-in account: the spaces beyond shopping it may open, and its id (the header's
// sign-out first sends and erases the phone's offline copies of that account: components/offline).
export type AccountSpaces = {
  userId: string;
  admin: boolean;
  producer: boolean;
  operator: boolean;
  referent: boolean;
};

export function accountSpaces(actor: Actor): AccountSpaces {
  return {
    userId: actor.userId,
    admin: administeredMarketIds(actor).length > 0,
    producer: actor.producerIds.length > 0,
    operator: actor.isOperator,
    referent: referentDistributionIds(actor).length > 0,
  };
}
