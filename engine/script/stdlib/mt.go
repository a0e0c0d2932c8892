package stdlib

import (
	"math/big"
)

// mersenne is the MT19937 generator with CPython's seeding (init_by_array
// over the seed's 32-bit words), so that a script that calls
// random.seed(n) draws the numbers CPython draws.
// See https://docs.python.org/3/library/random.html#notes-on-reproducibility.
type mersenne struct {
	mt  [624]uint32
	idx int
}

func (m *mersenne) initGenrand(s uint32) {
	m.mt[0] = s
	for i := 1; i < 624; i++ {
		m.mt[i] = 1812433253*(m.mt[i-1]^(m.mt[i-1]>>30)) + uint32(i)
	}
	m.idx = 624
}

// seedWords seeds from key, the seed's 32-bit words, least significant
// first.
func (m *mersenne) seedWords(key []uint32) {
	m.initGenrand(19650218)
	i, j := 1, 0
	for k := max(624, len(key)); k > 0; k-- {
		m.mt[i] = (m.mt[i] ^ ((m.mt[i-1] ^ (m.mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= 624 {
			m.mt[0] = m.mt[623]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k := 623; k > 0; k-- {
		m.mt[i] = (m.mt[i] ^ ((m.mt[i-1] ^ (m.mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= 624 {
			m.mt[0] = m.mt[623]
			i = 1
		}
	}
	m.mt[0] = 0x80000000
	m.idx = 624
}

// seedInt seeds from abs(n), as random.seed(n) does.
func (m *mersenne) seedInt(n *big.Int) {
	abs := new(big.Int).Abs(n)
	var key []uint32
	mask := big.NewInt(0xffffffff)
	for abs.Sign() > 0 {
		key = append(key, uint32(new(big.Int).And(abs, mask).Uint64()))
		abs.Rsh(abs, 32)
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	m.seedWords(key)
}

// seedText seeds from a str or bytes as random.seed does by default:
// the int of its bytes followed by their SHA-512.
func (m *mersenne) seedText(b []byte) {
	sum := sha512Sum(b)
	m.seedInt(new(big.Int).SetBytes(append(append([]byte{}, b...), sum[:]...)))
}

func (m *mersenne) uint32() uint32 {
	if m.idx >= 624 {
		m.twist()
	}
	y := m.mt[m.idx]
	m.idx++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	return y ^ (y >> 18)
}

func (m *mersenne) twist() {
	const upper, lower, matrix = 0x80000000, 0x7fffffff, 0x9908b0df
	for i := 0; i < 624; i++ {
		y := (m.mt[i] & upper) | (m.mt[(i+1)%624] & lower)
		v := m.mt[(i+397)%624] ^ (y >> 1)
		if y&1 != 0 {
			v ^= matrix
		}
		m.mt[i] = v
	}
	m.idx = 0
}

// random is a float in [0, 1) with 53 random bits.
func (m *mersenne) random() float64 {
	a, b := m.uint32()>>5, m.uint32()>>6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// bits is getrandbits(k): 32-bit words, least significant first, the
// last one cut to what is left of k.
func (m *mersenne) bits(k int) *big.Int {
	if k <= 32 {
		return big.NewInt(int64(m.uint32() >> (32 - k)))
	}
	out := new(big.Int)
	for shift := 0; k > 0; shift += 32 {
		r := m.uint32()
		if k < 32 {
			r >>= 32 - k
		}
		out.Or(out, new(big.Int).Lsh(big.NewInt(int64(r)), uint(shift)))
		k -= 32
	}
	return out
}

// below is _randbelow(n): bits of n's length, retried until below n.
func (m *mersenne) below(n *big.Int) *big.Int {
	k := n.BitLen()
	r := m.bits(k)
	for r.Cmp(n) >= 0 {
		r = m.bits(k)
	}
	return r
}
