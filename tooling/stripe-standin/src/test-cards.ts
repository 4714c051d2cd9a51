/**
 * Stripe's test-mode cards that decline, by the token or PaymentMethod id a request names, with
 * the `decline_code` Stripe answers: a charge or payment with one of them fails with 402
 * `card_declined`, as in Stripe's test mode.
 */
export const DECLINING_CARDS: Readonly<Record<string, string>> = {
  tok_chargeDeclined: "generic_decline",
  pm_card_chargeDeclined: "generic_decline",
  tok_chargeDeclinedInsufficientFunds: "insufficient_funds",
  pm_card_chargeDeclinedInsufficientFunds: "insufficient_funds",
  tok_chargeDeclinedLostCard: "lost_card",
  pm_card_chargeDeclinedLostCard: "lost_card",
  tok_chargeDeclinedStolenCard: "stolen_card",
  pm_card_chargeDeclinedStolenCard: "stolen_card",
};

/** The decline code for the card a request pays with (`source` or `payment_method`), if it declines. */
export function declineOf(params: Record<string, unknown>): string | undefined {
  for (const key of ["source", "payment_method"]) {
    const value = params[key];
    if (typeof value === "string" && Object.hasOwn(DECLINING_CARDS, value)) return DECLINING_CARDS[value];
  }
  return undefined;
}
