package db

import "testing"

// TestDateFunctions checks the truncation and date arithmetic functions
// against what Django's Python implementations return for the same
// arguments (values worked out with CPython).
func TestDateFunctions(t *testing.T) {
	d := mustOpen(t)
	tests := []struct {
		expr string
		want any
	}{
		{"django_date_trunc('month', '2023-06-03', NULL, NULL)", "2023-06-01"},
		{"django_date_trunc('quarter', '2023-08-15', NULL, NULL)", "2023-07-01"},
		{"django_date_trunc('week', '2024-01-03', NULL, NULL)", "2024-01-01"},
		{"django_date_trunc('year', '2024-05-30 04:49:39', NULL, NULL)", "2024-01-01"},
		{"django_datetime_trunc('hour', '2024-05-30 04:49:39', NULL, NULL)", "2024-05-30 04:00:00"},
		{"django_datetime_trunc('month', '2024-05-30', NULL, NULL)", "2024-05-01 00:00:00"},
		{"django_timestamp_diff('2024-02-01', '2023-06-03')", int64(20995200000000)},
		{"django_timestamp_diff('2024-05-30 04:49:39', '2024-05-30 02:19:39.5')", int64(8999500000)},
		{"django_timestamp_diff(NULL, '2023-06-03')", nil},
		{"django_format_dtdelta('+', '2023-06-03', 259200000000)", "2023-06-06"},
		{"django_format_dtdelta('-', '2024-05-30 04:49:39', 9000000000)", "2024-05-30 02:19:39"},
		{"django_format_dtdelta('+', 86400000000, '2024-02-28 12:00:00.5')", "2024-02-29 12:00:00.500000"},
		{"django_format_dtdelta('-', '2024-03-01', 3600000000)", "2024-03-01"},
		{"django_format_dtdelta('-', '2024-03-01', -3600000000)", "2024-03-02"},
		{"django_format_dtdelta('+', '2024-03-01', 3600000000)", "2024-03-01"},
		{"django_format_dtdelta('*', '2024-03-01', 2)", nil},
	}
	for _, tt := range tests {
		res := mustExecute(t, d, "SELECT "+tt.expr)
		if got := res.Rows[0][0]; got != tt.want {
			t.Errorf("%s = %#v, want %#v", tt.expr, got, tt.want)
		}
	}
}

// TestRaisingFunctions checks that a function Django's Python version
// raises in fails the statement as Python's sqlite3 module reports it.
func TestRaisingFunctions(t *testing.T) {
	d := mustOpen(t)
	for _, expr := range []string{
		"django_datetime_cast_date('2024-01-05', NULL, NULL)",
		"django_date_extract('decade', '2024-01-05')",
		"django_datetime_extract('hour', '2024-01-05', NULL, NULL)",
		"django_date_trunc('hour', '2024-01-05 10:00:00', NULL, NULL)",
		"django_datetime_trunc('decade', '2024-01-05 10:00:00', NULL, NULL)",
	} {
		_, err := d.Execute("SELECT "+expr, nil, Cause{Origin: NoOrigin})
		if err == nil || err.Error() != "OperationalError: user-defined function raised exception" {
			t.Errorf("%s: got %v, want OperationalError: user-defined function raised exception", expr, err)
		}
	}
}
