export * from "./completeness";
export * from "./diff";
export * from "./fields";
export * from "./period";
export * from "./required";
export * from "./snapshot";
