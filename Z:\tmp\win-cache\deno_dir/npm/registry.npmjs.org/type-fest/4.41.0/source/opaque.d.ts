export * from "./tagged";
