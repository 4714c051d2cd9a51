/** The part of OpenAPI 3.0's schema object that Stripe's description uses. */
export interface Schema {
  readonly type?: "string" | "integer" | "number" | "boolean" | "object" | "array";
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly additionalProperties?: boolean | Schema;
  readonly items?: Schema;
  readonly anyOf?: readonly Schema[];
  readonly enum?: readonly unknown[];
  readonly required?: readonly string[];
  readonly maxLength?: number;
  readonly format?: string;
  readonly nullable?: boolean;
  readonly $ref?: string;
  /** Stripe's mark on enums it may extend without notice: any string is accepted. */
  readonly "x-stripeBypassValidation"?: boolean;
  /** The object type a component schema describes (`"customer"`, `"checkout.session"`). */
  readonly "x-resourceId"?: string;
}
