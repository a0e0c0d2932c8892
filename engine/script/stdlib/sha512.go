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
		k[i] = fraction64(root(p, 3))
		if i < 8 {
			h[i] = fraction64(root(p, 2))
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

// root is the n-th root of p to 256 bits, by Newton's method.
func root(p int64, n int) *big.Float {
	const prec = 256
	x := new(big.Float).SetPrec(prec).SetInt64(p)
	r := new(big.Float).SetPrec(prec).SetInt64(2)
	nf := new(big.Float).SetPrec(prec).SetInt64(int64(n))
	for i := 0; i < 200; i++ {
		pow := new(big.Float).SetPrec(prec).SetInt64(1)
		for j := 0; j < n-1; j++ {
			pow.Mul(pow, r)
		}
		// r = r - (r^n - x) / (n r^(n-1))
		num := new(big.Float).SetPrec(prec).Mul(pow, r)
		num.Sub(num, x)
		den := new(big.Float).SetPrec(prec).Mul(nf, pow)
		r.Sub(r, num.Quo(num, den))
	}
	return r
}

// fraction64 is the first 64 bits of x's fractional part.
func fraction64(x *big.Float) uint64 {
	whole, _ := x.Int(nil)
	frac := new(big.Float).SetPrec(256).Sub(x, new(big.Float).SetPrec(256).SetInt(whole))
	frac.Mul(frac, new(big.Float).SetPrec(256).SetMantExp(big.NewFloat(1), 64))
	n, _ := frac.Int(nil)
	return n.Uint64()
}
