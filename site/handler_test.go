package site

import (
	"bytes"
	"compress/gzip"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

var testFS = fstest.MapFS{
	"index.html":                     {Data: []byte("<!doctype html><title>index</title>")},
	"playground.html":                {Data: []byte("<!doctype html><title>playground</title>")},
	"assets/engine.ABCD1234.wasm":    {Data: []byte("\x00asm")},
	"assets/engine.ABCD1234.wasm.br": {Data: []byte("brotli")},
	"assets/engine.ABCD1234.wasm.gz": {Data: []byte("gzip")},
	"assets/app.ABCD1234.js":         {Data: []byte("console.log(1)")},
}

func get(t *testing.T, h http.Handler, target, acceptEncoding string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest("GET", target, nil)
	if acceptEncoding != "" {
		req.Header.Set("Accept-Encoding", acceptEncoding)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestHandlerHeaders(t *testing.T) {
	h := NewHandler(testFS)
	cases := []struct {
		target, acceptEncoding string
		status                 int
		contentType, cache     string
		encoding, body         string
	}{
		{"/", "", 200, "text/html; charset=utf-8", "no-cache", "", "<!doctype html><title>index</title>"},
		{"/playground.html", "gzip", 200, "text/html; charset=utf-8", "no-cache", "", "<!doctype html><title>playground</title>"},
		{"/assets/engine.ABCD1234.wasm", "", 200, "application/wasm", "public, max-age=31536000, immutable", "", "\x00asm"},
		{"/assets/engine.ABCD1234.wasm", "gzip, deflate, br", 200, "application/wasm", "public, max-age=31536000, immutable", "br", "brotli"},
		{"/assets/engine.ABCD1234.wasm", "gzip, br;q=0", 200, "application/wasm", "public, max-age=31536000, immutable", "gzip", "gzip"},
		{"/assets/app.ABCD1234.js", "br", 200, "text/javascript; charset=utf-8", "public, max-age=31536000, immutable", "", "console.log(1)"},
		{"/nope.html", "", 404, "text/plain; charset=utf-8", "no-cache", "", ""},
		{"/../../etc/passwd", "", 404, "text/plain; charset=utf-8", "no-cache", "", ""},
	}
	for _, c := range cases {
		rec := get(t, h, c.target, c.acceptEncoding)
		hdr := rec.Result().Header
		if rec.Code != c.status || hdr.Get("Content-Type") != c.contentType || hdr.Get("Cache-Control") != c.cache ||
			hdr.Get("Content-Encoding") != c.encoding || (c.body != "" && rec.Body.String() != c.body) {
			t.Errorf("GET %s (Accept-Encoding %q) = %d %q %q %q %q", c.target, c.acceptEncoding,
				rec.Code, hdr.Get("Content-Type"), hdr.Get("Cache-Control"), hdr.Get("Content-Encoding"), rec.Body.String())
		}
	}
}

// TestHandlerCrossOrigin checks what lets the widget run in other sites'
// pages: every answer, a 404 included, may be read from any origin.
func TestHandlerCrossOrigin(t *testing.T) {
	h := NewHandler(testFS)
	for _, target := range []string{"/assets/engine.ABCD1234.wasm", "/", "/missing.json"} {
		hdr := get(t, h, target, "").Header()
		if hdr.Get("Access-Control-Allow-Origin") != "*" || hdr.Get("Cross-Origin-Resource-Policy") != "cross-origin" {
			t.Errorf("GET %s: CORS %q, CORP %q", target, hdr.Get("Access-Control-Allow-Origin"), hdr.Get("Cross-Origin-Resource-Policy"))
		}
	}
}

// TestHandlerCleanURLs checks that /playground serves playground.html.
func TestHandlerCleanURLs(t *testing.T) {
	h := NewHandler(testFS)
	if rec := get(t, h, "/playground", ""); rec.Code != 200 || rec.Body.String() != "<!doctype html><title>playground</title>" {
		t.Errorf("GET /playground = %d %q", rec.Code, rec.Body.String())
	}
	if rec := get(t, h, "/assets", ""); rec.Code != 404 {
		t.Errorf("GET /assets = %d, want 404", rec.Code)
	}
}

// TestHandlerCompressedOnly checks a file the build keeps only as its
// gzip copy: sent as it is to clients that accept gzip, decompressed for
// the others.
func TestHandlerCompressedOnly(t *testing.T) {
	h := NewHandler(fstest.MapFS{"assets/big.wasm.gz": {Data: gzipBytes(t, "\x00asm big")}})
	if rec := get(t, h, "/assets/big.wasm", "gzip"); rec.Code != 200 || rec.Header().Get("Content-Encoding") != "gzip" {
		t.Errorf("gzip: %d %q", rec.Code, rec.Header().Get("Content-Encoding"))
	}
	rec := get(t, h, "/assets/big.wasm", "")
	if rec.Code != 200 || rec.Header().Get("Content-Encoding") != "" || rec.Body.String() != "\x00asm big" ||
		rec.Header().Get("Content-Type") != "application/wasm" {
		t.Errorf("identity: %d %q %q", rec.Code, rec.Header(), rec.Body.String())
	}
}

func gzipBytes(t *testing.T, s string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(s))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestHandlerVaryAndETag(t *testing.T) {
	h := NewHandler(testFS)
	rec := get(t, h, "/assets/engine.ABCD1234.wasm", "")
	if rec.Header().Get("Vary") != "Accept-Encoding" {
		t.Errorf("uncompressed answer of a file with variants lacks Vary: %v", rec.Header())
	}
	tag := get(t, h, "/", "").Header().Get("ETag")
	req := httptest.NewRequest("GET", "/", nil)
	req.Header.Set("If-None-Match", tag)
	again := httptest.NewRecorder()
	h.ServeHTTP(again, req)
	if tag == "" || again.Code != http.StatusNotModified {
		t.Errorf("revalidation with ETag %q gave %d", tag, again.Code)
	}
}

func TestHandlerNotBuilt(t *testing.T) {
	rec := get(t, NewHandler(fstest.MapFS{"README.md": {Data: []byte("x")}}), "/", "")
	if rec.Code != http.StatusServiceUnavailable {
		t.Errorf("unbuilt site: status %d, body %q", rec.Code, rec.Body.String())
	}
}

func TestHandlerRejectsWrites(t *testing.T) {
	req := httptest.NewRequest("POST", "/", nil)
	rec := httptest.NewRecorder()
	NewHandler(testFS).ServeHTTP(rec, req)
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d", rec.Code)
	}
}

func TestEmbeddedAssets(t *testing.T) {
	if _, err := Assets().Open("README.md"); err != nil && !Built() {
		t.Errorf("the embedded dist/ has neither README.md nor built assets: %v", err)
	}
}

// TestHandlerSecurityHeaders checks the headers that keep the lab's pages
// from being framed by other sites, sniffed or leaking their URL (a shared
// link holds the learner's code) through Referer, on every kind of answer.
func TestHandlerSecurityHeaders(t *testing.T) {
	h := NewHandler(testFS)
	for _, target := range []string{"/", "/playground", "/assets/app.ABCD1234.js", "/assets/engine.ABCD1234.wasm", "/missing.json"} {
		hdr := get(t, h, target, "br").Header()
		if hdr.Get("X-Content-Type-Options") != "nosniff" || hdr.Get("Referrer-Policy") != "no-referrer" {
			t.Errorf("GET %s: X-Content-Type-Options %q, Referrer-Policy %q", target, hdr.Get("X-Content-Type-Options"), hdr.Get("Referrer-Policy"))
		}
	}
	req := httptest.NewRequest("POST", "/", nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Header().Get("Referrer-Policy") != "no-referrer" {
		t.Errorf("POST /: Referrer-Policy %q", rec.Header().Get("Referrer-Policy"))
	}
	for _, target := range []string{"/", "/playground"} {
		hdr := get(t, h, target, "").Header()
		if csp := hdr.Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors 'self'") || !strings.Contains(csp, "default-src 'self'") ||
			hdr.Get("X-Frame-Options") != "SAMEORIGIN" {
			t.Errorf("GET %s: CSP %q, X-Frame-Options %q", target, csp, hdr.Get("X-Frame-Options"))
		}
	}
	if csp := get(t, h, "/assets/app.ABCD1234.js", "").Header().Get("Content-Security-Policy"); csp != "" {
		t.Errorf("a script carries a page's policy: %q", csp)
	}
}
