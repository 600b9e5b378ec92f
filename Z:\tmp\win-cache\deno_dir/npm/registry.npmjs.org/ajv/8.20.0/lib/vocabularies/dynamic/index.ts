import type { Vocabulary } from "../../types";
import dynamicAnchor from "./dynamicAnchor";
import dynamicRef from "./dynamicRef";
import recursiveAnchor from "./recursiveAnchor";
import recursiveRef from "./recursiveRef";

const dynamic: Vocabulary = [dynamicAnchor, dynamicRef, recursiveAnchor, recursiveRef];

export default dynamic;
