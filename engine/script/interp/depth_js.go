//go:build js

package interp

// maxDepth bounds the Python call stack. Under js/wasm each Python call
// nests Go calls on the browser's stack, about 1 MB in a worker, which a
// thousand frames of this interpreter can exhaust (the worker dies); the
// lab stops recursion at 400 frames there, with the same RecursionError.
const maxDepth = 400
