// Basic
export * from "./source/primitive";
export * from "./source/typed-array";
export * from "./source/basic";
export * from "./source/observable-like";

// Utilities
export type { KeysOfUnion } from "./source/keys-of-union";
export type { DistributedOmit } from "./source/distributed-omit";
export type { DistributedPick } from "./source/distributed-pick";
export type { EmptyObject, IsEmptyObject } from "./source/empty-object";
export type { IfEmptyObject } from "./source/if-empty-object";
export type { NonEmptyObject } from "./source/non-empty-object";
export type { NonEmptyString } from "./source/non-empty-string";
export type { UnknownRecord } from "./source/unknown-record";
export type { UnknownArray } from "./source/unknown-array";
export type { UnknownSet } from "./source/unknown-set";
export type { UnknownMap } from "./source/unknown-map";
export type { Except } from "./source/except";
export type { TaggedUnion } from "./source/tagged-union";
export type { Writable } from "./source/writable";
export type { WritableDeep } from "./source/writable-deep";
export type { Merge } from "./source/merge";
export type { MergeDeep, MergeDeepOptions } from "./source/merge-deep";
export type { MergeExclusive } from "./source/merge-exclusive";
export type { RequireAtLeastOne } from "./source/require-at-least-one";
export type { RequireExactlyOne } from "./source/require-exactly-one";
export type { RequireAllOrNone } from "./source/require-all-or-none";
export type { RequireOneOrNone } from "./source/require-one-or-none";
export type { SingleKeyObject } from "./source/single-key-object";
export type { OmitIndexSignature } from "./source/omit-index-signature";
export type { PickIndexSignature } from "./source/pick-index-signature";
export type { PartialDeep, PartialDeepOptions } from "./source/partial-deep";
export type { RequiredDeep } from "./source/required-deep";
export type { PickDeep } from "./source/pick-deep";
export type { OmitDeep } from "./source/omit-deep";
export type {
  PartialOnUndefinedDeep,
  PartialOnUndefinedDeepOptions,
} from "./source/partial-on-undefined-deep";
export type { UndefinedOnPartialDeep } from "./source/undefined-on-partial-deep";
export type { ReadonlyDeep } from "./source/readonly-deep";
export type { LiteralUnion } from "./source/literal-union";
export type { Promisable } from "./source/promisable";
export type { Arrayable } from "./source/arrayable";
export type { GetTagMetadata, Opaque, Tagged, UnwrapOpaque, UnwrapTagged } from "./source/tagged";
export type { InvariantOf } from "./source/invariant-of";
export type { SetOptional } from "./source/set-optional";
export type { SetReadonly } from "./source/set-readonly";
export type { SetRequired } from "./source/set-required";
export type { SetRequiredDeep } from "./source/set-required-deep";
export type { SetNonNullable } from "./source/set-non-nullable";
export type { SetNonNullableDeep } from "./source/set-non-nullable-deep";
export type { ValueOf } from "./source/value-of";
export type { AsyncReturnType } from "./source/async-return-type";
export type { ConditionalExcept } from "./source/conditional-except";
export type { ConditionalKeys } from "./source/conditional-keys";
export type { ConditionalPick } from "./source/conditional-pick";
export type {
  ConditionalPickDeep,
  ConditionalPickDeepOptions,
} from "./source/conditional-pick-deep";
export type { UnionToIntersection } from "./source/union-to-intersection";
export type { Stringified } from "./source/stringified";
export type { StringSlice } from "./source/string-slice";
export type { FixedLengthArray } from "./source/fixed-length-array";
export type { MultidimensionalArray } from "./source/multidimensional-array";
export type { MultidimensionalReadonlyArray } from "./source/multidimensional-readonly-array";
export type { IterableElement } from "./source/iterable-element";
export type { Entry } from "./source/entry";
export type { Entries } from "./source/entries";
export type { SetReturnType } from "./source/set-return-type";
export type { SetParameterType } from "./source/set-parameter-type";
export type { Asyncify } from "./source/asyncify";
export type { Simplify } from "./source/simplify";
export type { SimplifyDeep } from "./source/simplify-deep";
export type { Jsonify } from "./source/jsonify";
export type { Jsonifiable } from "./source/jsonifiable";
export type { StructuredCloneable } from "./source/structured-cloneable";
export type { Schema, SchemaOptions } from "./source/schema";
export type { LiteralToPrimitive } from "./source/literal-to-primitive";
export type { LiteralToPrimitiveDeep } from "./source/literal-to-primitive-deep";
export type {
  Finite,
  Float,
  Integer,
  IsNegative,
  Negative,
  NegativeFloat,
  NegativeInfinity,
  NegativeInteger,
  NonNegative,
  NonNegativeInteger,
  PositiveInfinity,
} from "./source/numeric";
export type { GreaterThan } from "./source/greater-than";
export type { GreaterThanOrEqual } from "./source/greater-than-or-equal";
export type { LessThan } from "./source/less-than";
export type { LessThanOrEqual } from "./source/less-than-or-equal";
export type { Sum } from "./source/sum";
export type { Subtract } from "./source/subtract";
export type { StringKeyOf } from "./source/string-key-of";
export type { Exact } from "./source/exact";
export type { ReadonlyTuple } from "./source/readonly-tuple";
export type { OptionalKeysOf } from "./source/optional-keys-of";
export type { OverrideProperties } from "./source/override-properties";
export type { HasOptionalKeys } from "./source/has-optional-keys";
export type { RequiredKeysOf } from "./source/required-keys-of";
export type { HasRequiredKeys } from "./source/has-required-keys";
export type { ReadonlyKeysOf } from "./source/readonly-keys-of";
export type { HasReadonlyKeys } from "./source/has-readonly-keys";
export type { WritableKeysOf } from "./source/writable-keys-of";
export type { HasWritableKeys } from "./source/has-writable-keys";
export type { Spread } from "./source/spread";
export type { IsInteger } from "./source/is-integer";
export type { IsFloat } from "./source/is-float";
export type { TupleToObject } from "./source/tuple-to-object";
export type { TupleToUnion } from "./source/tuple-to-union";
export type { UnionToTuple } from "./source/union-to-tuple";
export type { IntRange } from "./source/int-range";
export type { IntClosedRange } from "./source/int-closed-range";
export type { IsEqual } from "./source/is-equal";
export type {
  IsBooleanLiteral,
  IsLiteral,
  IsNumericLiteral,
  IsStringLiteral,
  IsSymbolLiteral,
} from "./source/is-literal";
export type { IsAny } from "./source/is-any";
export type { IfAny } from "./source/if-any";
export type { IsNever } from "./source/is-never";
export type { IfNever } from "./source/if-never";
export type { IsUnknown } from "./source/is-unknown";
export type { IfUnknown } from "./source/if-unknown";
export type { IsTuple } from "./source/is-tuple";
export type { ArrayIndices } from "./source/array-indices";
export type { ArrayValues } from "./source/array-values";
export type { ArraySlice } from "./source/array-slice";
export type { ArraySplice } from "./source/array-splice";
export type { ArrayTail } from "./source/array-tail";
export type { SetFieldType } from "./source/set-field-type";
export type { Paths } from "./source/paths";
export type { AllUnionFields } from "./source/all-union-fields";
export type { SharedUnionFields } from "./source/shared-union-fields";
export type { SharedUnionFieldsDeep } from "./source/shared-union-fields-deep";
export type { IsNull } from "./source/is-null";
export type { IfNull } from "./source/if-null";
export type { And } from "./source/and";
export type { Or } from "./source/or";
export type { NonEmptyTuple } from "./source/non-empty-tuple";
export type { FindGlobalInstanceType, FindGlobalType } from "./source/find-global-type";

// Template literal types
export type { CamelCase } from "./source/camel-case";
export type { CamelCasedProperties } from "./source/camel-cased-properties";
export type { CamelCasedPropertiesDeep } from "./source/camel-cased-properties-deep";
export type { KebabCase } from "./source/kebab-case";
export type { KebabCasedProperties } from "./source/kebab-cased-properties";
export type { KebabCasedPropertiesDeep } from "./source/kebab-cased-properties-deep";
export type { PascalCase } from "./source/pascal-case";
export type { PascalCasedProperties } from "./source/pascal-cased-properties";
export type { PascalCasedPropertiesDeep } from "./source/pascal-cased-properties-deep";
export type { SnakeCase } from "./source/snake-case";
export type { SnakeCasedProperties } from "./source/snake-cased-properties";
export type { SnakeCasedPropertiesDeep } from "./source/snake-cased-properties-deep";
export type { ScreamingSnakeCase } from "./source/screaming-snake-case";
export type { DelimiterCase } from "./source/delimiter-case";
export type { DelimiterCasedProperties } from "./source/delimiter-cased-properties";
export type { DelimiterCasedPropertiesDeep } from "./source/delimiter-cased-properties-deep";
export type { Join } from "./source/join";
export type { Split } from "./source/split";
export type { Words } from "./source/words";
export type { Trim } from "./source/trim";
export type { Replace } from "./source/replace";
export type { StringRepeat } from "./source/string-repeat";
export type { Includes } from "./source/includes";
export type { Get } from "./source/get";
export type { LastArrayElement } from "./source/last-array-element";

// Miscellaneous
export type { GlobalThis } from "./source/global-this";
export type { PackageJson } from "./source/package-json";
export type { TsConfigJson } from "./source/tsconfig-json";
