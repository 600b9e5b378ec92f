var baseGetTag = require("./_baseGetTag"),
  isObjectLike = require("./isObjectLike");

/** `Object#toString` result references. */
var regexpTag = "[object RegExp]";

/**
 * The base implementation of `_.isRegExp` without Node.js optimizations.
 *
 * @private
 * @param {*} value The value to check.
 * @returns {boolean} Returns `true` if `value` is a regexp, else `false`.
 */
function baseIsRegExp(value) {
  return isObjectLike(value) && baseGetTag(value) == regexpTag;
}

module.exports = baseIsRegExp;
