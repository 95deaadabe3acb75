export * from "./machine";
export * from "./tables";
