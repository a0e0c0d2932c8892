package py

import (
	"reflect"
	"testing"
)

// TestCloseMatches checks get_close_matches against CPython's answers.
func TestCloseMatches(t *testing.T) {
	lookups := []string{"exact", "iexact", "gt", "gte", "lt", "lte", "in", "contains", "icontains",
		"startswith", "istartswith", "endswith", "iendswith", "range", "isnull", "regex", "iregex",
		"year", "month", "day", "week", "week_day", "iso_week_day", "iso_year", "quarter"}
	tests := []struct {
		word string
		want []string
	}{
		{"gtt", []string{"gt", "gte"}},
		{"mnth", []string{"month"}},
		{"yaer", []string{"year"}},
		{"contain", []string{"contains", "icontains"}},
		{"xyz", []string{}},
		{"weekday", []string{"week_day", "iso_week_day", "week"}},
	}
	for _, tt := range tests {
		if got := CloseMatches(tt.word, lookups, 3, 0.6); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("CloseMatches(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}
