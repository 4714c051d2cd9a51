import type { TaskProperty } from "@acme/integration-kit";
import type { ConnectParams } from "./stripe-call.js";

/** The Connect account a call acts for, shown when there is one. */
export const connectProperty = (params: ConnectParams | undefined): TaskProperty => [
  "Stripe Account",
  params?.stripeAccount,
];

/** Properties of a call on one object: its id under `label`, and the Connect account. */
export const objectProperties =
  (label: string) =>
  (params: { id: string } & ConnectParams): readonly TaskProperty[] => [[label, params.id], connectProperty(params)];

/** Properties of a charge or payment: amount and currency, as `@trigger.dev/stripe` showed them. */
export const amountProperties = (params: { amount?: number; currency?: string } & ConnectParams): TaskProperty[] => [
  ["Amount", params.amount],
  ["Currency", params.currency],
  connectProperty(params),
];
