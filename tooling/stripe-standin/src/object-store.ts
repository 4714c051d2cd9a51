import { randomBytes } from "node:crypto";

/** A Stripe object as the stand-in keeps it: JSON, with at least `id` and `object`. */
export type StripeObject = Record<string, unknown> & { id: string; object: string };

/** The account objects belong to when a request names none (`Stripe-Account` absent). */
export const PLATFORM = "platform";

/** A new id in Stripe's shape: the type's prefix and 24 random characters (`cus_...`). */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(18).toString("base64url").replace(/[-_]/g, "x").slice(0, 24)}`;
}

/**
 * The objects each account holds, in creation order. Connect accounts are separate spaces, as at
 * Stripe: an object created with `Stripe-Account: acct_1` is invisible to the platform and to
 * other accounts.
 */
export class ObjectStore {
  readonly #accounts = new Map<string, Map<string, StripeObject>>();

  #space(account: string): Map<string, StripeObject> {
    let space = this.#accounts.get(account);
    if (!space) {
      space = new Map();
      this.#accounts.set(account, space);
    }
    return space;
  }

  /** Stores (or replaces) an object. */
  put(account: string, object: StripeObject): StripeObject {
    this.#space(account).set(object.id, object);
    return object;
  }

  get(account: string, id: string): StripeObject | undefined {
    return this.#accounts.get(account)?.get(id);
  }

  remove(account: string, id: string): boolean {
    return this.#accounts.get(account)?.delete(id) ?? false;
  }

  /** The objects of one type, newest first, as Stripe lists them. */
  list(account: string, type: string): StripeObject[] {
    return [...(this.#accounts.get(account)?.values() ?? [])].filter((o) => o.object === type).reverse();
  }

  /** Every object of one type in every account, oldest first (for tests). */
  everywhere(type: string): StripeObject[] {
    return [...this.#accounts.values()].flatMap((space) => [...space.values()].filter((o) => o.object === type));
  }

  clear(): void {
    this.#accounts.clear();
  }
}
