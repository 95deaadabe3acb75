/** List limits of the report forms, kept free of zod so client components can import them (page budget, decision 070). */
export const TASKS_MAX = 40;
export const ORDER_ITEMS_MAX = 60;
