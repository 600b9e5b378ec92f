import type { CodeKeywordDefinition } from "../../types";

const def: CodeKeywordDefinition = {
  keyword: "id",
  code() {
    throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
  },
};

export default def;
