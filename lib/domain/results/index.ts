export * from "./metrics";
export * from "./series";
export * from "./warnings";
export * from "./contingent";
