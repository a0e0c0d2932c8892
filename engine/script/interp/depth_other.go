//go:build !js

package interp

// maxDepth bounds the Python call stack as CPython's default recursion
// limit does.
const maxDepth = 1000
