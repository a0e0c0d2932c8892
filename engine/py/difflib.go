package py

import "sort"

// CloseMatches is Python's difflib.get_close_matches(word,
// possibilities, n, cutoff): the best-scoring possibilities whose
// SequenceMatcher ratio against word reaches cutoff, best first (ties by
// the larger string), at most n. Django suggests lookups with it.
func CloseMatches(word string, possibilities []string, n int, cutoff float64) []string {
	type scored struct {
		score float64
		x     string
	}
	var result []scored
	for _, x := range possibilities {
		if r := matchRatio([]rune(x), []rune(word)); r >= cutoff {
			result = append(result, scored{r, x})
		}
	}
	sort.Slice(result, func(i, j int) bool {
		if result[i].score != result[j].score {
			return result[i].score > result[j].score
		}
		return result[i].x > result[j].x
	})
	out := make([]string, 0, n)
	for i := 0; i < len(result) && i < n; i++ {
		out = append(out, result[i].x)
	}
	return out
}

// matchRatio is SequenceMatcher(None, a, b).ratio() for strings short
// enough that no element is junk (autojunk starts at 200).
func matchRatio(a, b []rune) float64 {
	if len(a)+len(b) == 0 {
		return 1
	}
	b2j := map[rune][]int{}
	for j, r := range b {
		b2j[r] = append(b2j[r], j)
	}
	matches := 0
	queue := [][4]int{{0, len(a), 0, len(b)}}
	for len(queue) > 0 {
		q := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		i, j, k := longestMatch(a, b, b2j, q[0], q[1], q[2], q[3])
		if k == 0 {
			continue
		}
		matches += k
		if q[0] < i && q[2] < j {
			queue = append(queue, [4]int{q[0], i, q[2], j})
		}
		if i+k < q[1] && j+k < q[3] {
			queue = append(queue, [4]int{i + k, q[1], j + k, q[3]})
		}
	}
	return 2 * float64(matches) / float64(len(a)+len(b))
}

// longestMatch is SequenceMatcher.find_longest_match without junk: the
// longest common block of a[alo:ahi] and b[blo:bhi], earliest in a.
func longestMatch(a, b []rune, b2j map[rune][]int, alo, ahi, blo, bhi int) (int, int, int) {
	besti, bestj, best := alo, blo, 0
	j2len := map[int]int{}
	for i := alo; i < ahi; i++ {
		next := map[int]int{}
		for _, j := range b2j[a[i]] {
			if j < blo {
				continue
			}
			if j >= bhi {
				break
			}
			k := j2len[j-1] + 1
			next[j] = k
			if k > best {
				besti, bestj, best = i-k+1, j-k+1, k
			}
		}
		j2len = next
	}
	return besti, bestj, best
}
