var getTag = require("./_getTag"),
  isObjectLike = require("./isObjectLike");

/** `Object#toString` result references. */
var setTag = "[object Set]";

/**
 * The base implementation of `_.isSet` without Node.js optimizations.
 *
 * @private
 * @param {*} value The value to check.
 * @returns {boolean} Returns `true` if `value` is a set, else `false`.
 */
function baseIsSet(value) {
  return isObjectLike(value) && getTag(value) == setTag;
}

module.exports = baseIsSet;
