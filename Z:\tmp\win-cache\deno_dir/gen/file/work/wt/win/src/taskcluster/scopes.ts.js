/**
 * Taskcluster scope matching (spec section 13): a given scope satisfies a
 * required scope when it is equal to it, or ends in `*` and the required
 * scope starts with everything before the `*`.
 *
 * ```ts
 * scopeMatch("queue:*", "queue:claim-work:a/b"); // true
 * ```
 */ export function scopeMatch(given, required) {
  if (given === required) return true;
  return given.endsWith("*") && required.startsWith(given.slice(0, -1));
}
/** True when some scope in `given` satisfies `required`. */ export function satisfiesScope(
  given,
  required,
) {
  return given.some((g) => scopeMatch(g, required));
}
/**
 * True when `given` satisfies the OR-of-AND scope sets `required`
 * (`[["a","b"],["c"]]` means a AND b, OR c). An empty outer list is satisfied.
 */ export function satisfiesExpression(given, required) {
  if (required.length === 0) return true;
  return required.some((set) => set.every((r) => satisfiesScope(given, r)));
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay93dC93aW4vc3JjL3Rhc2tjbHVzdGVyL3Njb3Blcy50cyJdLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIFRhc2tjbHVzdGVyIHNjb3BlIG1hdGNoaW5nIChzcGVjIHNlY3Rpb24gMTMpOiBhIGdpdmVuIHNjb3BlIHNhdGlzZmllcyBhXG4gKiByZXF1aXJlZCBzY29wZSB3aGVuIGl0IGlzIGVxdWFsIHRvIGl0LCBvciBlbmRzIGluIGAqYCBhbmQgdGhlIHJlcXVpcmVkXG4gKiBzY29wZSBzdGFydHMgd2l0aCBldmVyeXRoaW5nIGJlZm9yZSB0aGUgYCpgLlxuICpcbiAqIGBgYHRzXG4gKiBzY29wZU1hdGNoKFwicXVldWU6KlwiLCBcInF1ZXVlOmNsYWltLXdvcms6YS9iXCIpOyAvLyB0cnVlXG4gKiBgYGBcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNjb3BlTWF0Y2goZ2l2ZW46IHN0cmluZywgcmVxdWlyZWQ6IHN0cmluZyk6IGJvb2xlYW4ge1xuICBpZiAoZ2l2ZW4gPT09IHJlcXVpcmVkKSByZXR1cm4gdHJ1ZTtcbiAgcmV0dXJuIGdpdmVuLmVuZHNXaXRoKFwiKlwiKSAmJiByZXF1aXJlZC5zdGFydHNXaXRoKGdpdmVuLnNsaWNlKDAsIC0xKSk7XG59XG5cbi8qKiBUcnVlIHdoZW4gc29tZSBzY29wZSBpbiBgZ2l2ZW5gIHNhdGlzZmllcyBgcmVxdWlyZWRgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNhdGlzZmllc1Njb3BlKGdpdmVuOiByZWFkb25seSBzdHJpbmdbXSwgcmVxdWlyZWQ6IHN0cmluZyk6IGJvb2xlYW4ge1xuICByZXR1cm4gZ2l2ZW4uc29tZSgoZykgPT4gc2NvcGVNYXRjaChnLCByZXF1aXJlZCkpO1xufVxuXG4vKipcbiAqIFRydWUgd2hlbiBgZ2l2ZW5gIHNhdGlzZmllcyB0aGUgT1Itb2YtQU5EIHNjb3BlIHNldHMgYHJlcXVpcmVkYFxuICogKGBbW1wiYVwiLFwiYlwiXSxbXCJjXCJdXWAgbWVhbnMgYSBBTkQgYiwgT1IgYykuIEFuIGVtcHR5IG91dGVyIGxpc3QgaXMgc2F0aXNmaWVkLlxuICovXG5leHBvcnQgZnVuY3Rpb24gc2F0aXNmaWVzRXhwcmVzc2lvbihcbiAgZ2l2ZW46IHJlYWRvbmx5IHN0cmluZ1tdLFxuICByZXF1aXJlZDogcmVhZG9ubHkgKHJlYWRvbmx5IHN0cmluZ1tdKVtdLFxuKTogYm9vbGVhbiB7XG4gIGlmIChyZXF1aXJlZC5sZW5ndGggPT09IDApIHJldHVybiB0cnVlO1xuICByZXR1cm4gcmVxdWlyZWQuc29tZSgoc2V0KSA9PiBzZXQuZXZlcnkoKHIpID0+IHNhdGlzZmllc1Njb3BlKGdpdmVuLCByKSkpO1xufVxuIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUFBOzs7Ozs7OztDQVFDLEdBQ0QsT0FBTyxTQUFTLFdBQVcsS0FBYSxFQUFFLFFBQWdCO0VBQ3hELElBQUksVUFBVSxVQUFVLE9BQU87RUFDL0IsT0FBTyxNQUFNLFFBQVEsQ0FBQyxRQUFRLFNBQVMsVUFBVSxDQUFDLE1BQU0sS0FBSyxDQUFDLEdBQUcsQ0FBQztBQUNwRTtBQUVBLDBEQUEwRCxHQUMxRCxPQUFPLFNBQVMsZUFBZSxLQUF3QixFQUFFLFFBQWdCO0VBQ3ZFLE9BQU8sTUFBTSxJQUFJLENBQUMsQ0FBQyxJQUFNLFdBQVcsR0FBRztBQUN6QztBQUVBOzs7Q0FHQyxHQUNELE9BQU8sU0FBUyxvQkFDZCxLQUF3QixFQUN4QixRQUF3QztFQUV4QyxJQUFJLFNBQVMsTUFBTSxLQUFLLEdBQUcsT0FBTztFQUNsQyxPQUFPLFNBQVMsSUFBSSxDQUFDLENBQUMsTUFBUSxJQUFJLEtBQUssQ0FBQyxDQUFDLElBQU0sZUFBZSxPQUFPO0FBQ3ZFIn0=
// denoCacheMetadata=11562599560096208816,13099357299328095671
