/** Practice levels, kept free of zod so client components can import them (page budget, decision 070). */
export const PRACTICE_LEVELS = ["school", "curator", "municipal", "regional"] as const;
