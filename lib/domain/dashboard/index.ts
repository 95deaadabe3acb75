export * from "./coverage";
export * from "./documents";
export * from "./months";
export * from "./overdue";
export * from "./results";
export * from "./share";
export * from "./stages";
