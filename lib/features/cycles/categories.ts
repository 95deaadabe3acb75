/** School categories of a cycle's lists, kept free of zod so client components can import them (page budget, decision 070). */
export const SCHOOL_CATEGORIES = ["shnor", "shnsu", "risk_zone", "p500"] as const;
