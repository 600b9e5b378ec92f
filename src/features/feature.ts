/**
 * The feature plug-in interface, re-exported for the features: it is declared in
 * src/task/feature.ts so that the engine (src/task/) and the features can both import it
 * without a circle.
 */
export type { Feature, TaskFeature } from "../task/feature.ts";
