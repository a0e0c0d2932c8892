package stdlib

import (
	"crypto/sha512"
	"strings"
	"testing"
)

// TestSHA512 checks the engine's own SHA-512 against Go's, which the
// engine does not link.
func TestSHA512(t *testing.T) {
	for _, s := range []string{"", "abc", "hello", strings.Repeat("x", 111), strings.Repeat("y", 112), strings.Repeat("z", 1000)} {
		if got, want := sha512Sum([]byte(s)), sha512.Sum512([]byte(s)); got != want {
			t.Errorf("sha512(%q) = %x, want %x", s, got, want)
		}
	}
}
