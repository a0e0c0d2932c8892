package stdlib

import (
	endian "encoding/binary"
	"math/big"
	"math/bits"
	"sync"
)

// sha512Sum is SHA-512 (FIPS 180-4), which random.seed applies to a str
// seed. It is written here rather than imported because crypto/sha512
// links Go's whole FIPS module into the engine's wasm.
func sha512Sum(msg []byte) [64]byte {
	k, h0 := sha512Constants()
	h := h0
	padded := append(append([]byte{}, msg...), 0x80)
	for len(padded)%128 != 112 {
		padded = append(padded, 0)
	}
	padded = endian.BigEndian.AppendUint64(padded, 0)
	padded = endian.BigEndian.AppendUint64(padded, uint64(len(msg))*8)
	for off := 0; off < len(padded); off += 128 {
		sha512Block(&h, padded[off:off+128], &k)
	}
	var out [64]byte
	for i, v := range h {
		endian.BigEndian.PutUint64(out[i*8:], v)
	}
	return out
}

func sha512Block(h *[8]uint64, block []byte, k *[80]uint64) {
	var w [80]uint64
	for t := 0; t < 16; t++ {
		w[t] = endian.BigEndian.Uint64(block[t*8:])
	}
	for t := 16; t < 80; t++ {
		s0 := bits.RotateLeft64(w[t-15], -1) ^ bits.RotateLeft64(w[t-15], -8) ^ (w[t-15] >> 7)
		s1 := bits.RotateLeft64(w[t-2], -19) ^ bits.RotateLeft64(w[t-2], -61) ^ (w[t-2] >> 6)
		w[t] = s1 + w[t-7] + s0 + w[t-16]
	}
	a, b, c, d, e, f, g, hh := h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7]
	for t := 0; t < 80; t++ {
		sum1 := bits.RotateLeft64(e, -14) ^ bits.RotateLeft64(e, -18) ^ bits.RotateLeft64(e, -41)
		choose := (e & f) ^ (^e & g)
		t1 := hh + sum1 + choose + k[t] + w[t]
		sum0 := bits.RotateLeft64(a, -28) ^ bits.RotateLeft64(a, -34) ^ bits.RotateLeft64(a, -39)
		majority := (a & b) ^ (a & c) ^ (b & c)
		t2 := sum0 + majority
		hh, g, f, e, d, c, b, a = g, f, e, d+t1, c, b, a, t1+t2
	}
	for i, v := range [8]uint64{a, b, c, d, e, f, g, hh} {
		h[i] += v
	}
}

// sha512Constants are the standard's round constants (the first 64 bits
// of the fractional parts of the cube roots of the first 80 primes) and
// initial hash (of the square roots of the first 8), computed once.
var sha512Constants = sync.OnceValues(func() ([80]uint64, [8]uint64) {
	var k [80]uint64
	var h [8]uint64
	for i, p := range firstPrimes(80) {
		k[i] = fracRoot(p, 3)
		if i < 8 {
			h[i] = fracRoot(p, 2)
		}
	}
	return k, h
})

func firstPrimes(n int) []int64 {
	var primes []int64
	for c := int64(2); len(primes) < n; c++ {
		prime := true
		for _, p := range primes {
			if p*p > c {
				break
			}
			if c%p == 0 {
				prime = false
				break
			}
		}
		if prime {
			primes = append(primes, c)
		}
	}
	return primes
}

// fracRoot is the first 64 bits of the fractional part of p's n-th
// root (n is 2 or 3): the low 64 bits of floor(root(p * 2**(64n))),
// found with integers alone.
func fracRoot(p int64, n uint) uint64 {
	x := new(big.Int).Lsh(big.NewInt(p), 64*n)
	if n == 2 {
		return low64(new(big.Int).Sqrt(x))
	}
	// Newton's method from above converges to floor(cbrt(x)).
	r := new(big.Int).Lsh(big.NewInt(1), uint(x.BitLen()/3+1))
	for {
		// next = (2r + x / r**2) / 3
		next := new(big.Int).Quo(x, new(big.Int).Mul(r, r))
		next.Add(next, new(big.Int).Lsh(r, 1))
		next.Quo(next, big.NewInt(3))
		if next.Cmp(r) >= 0 {
			return low64(r)
		}
		r = next
	}
}

// low64 is the low 64 bits of n.
func low64(n *big.Int) uint64 {
	return new(big.Int).And(n, new(big.Int).SetUint64(^uint64(0))).Uint64()
}
