// Module resolution hooks of bench/embedded-package.mjs (they run on Node's
// hooks thread): either embedded engine package → the one being measured.
const engines = new Set(['kuzu', '@ladybugdb/core']);
let target;

export function initialize(data) {
  target = data.target;
}

export async function resolve(specifier, context, next) {
  return next(target && engines.has(specifier) ? target : specifier, context);
}
