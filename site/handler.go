package site

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"
)

// contentTypes fixes the types the lab depends on (browsers compile wasm
// only when it is served as application/wasm) instead of trusting the
// system's MIME table. Setting a type also stops http.ServeContent from
// sniffing, which would misread compressed bytes.
var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".wasm": "application/wasm",
	".svg":  "image/svg+xml",
	".json": "application/json",
	".md":   "text/markdown; charset=utf-8",
	".txt":  "text/plain; charset=utf-8",
}

// encodings are the precompressed variants the build writes beside each
// file, in order of preference: name suffix and Content-Encoding token.
var encodings = []struct{ suffix, token string }{
	{".br", "br"},
	{".gz", "gzip"},
}

// securityPolicy keeps every request on the lab's own origin. Inline styles
// are allowed because CodeMirror injects its theme as style elements;
// 'wasm-unsafe-eval' lets the worker compile the engine. No other site may
// frame a page (frame-ancestors 'self'): documentation embeds the lab with
// the widget, a script and a custom element in its own page, which loads
// scripts, the engine and lesson files from here but never a page.
const securityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; " +
	"frame-ancestors 'self'"

// NewHandler serves the static files in fsys:
//   - "/" and directories serve their index.html;
//   - each file goes out precompressed (name.br, name.gz) when the client
//     accepts it, with Vary: Accept-Encoding; a file that exists only as
//     name.gz is decompressed for a client that accepts neither;
//   - files under assets/ have content hashes in their names and are cached
//     for a year as immutable; everything else (HTML) is revalidated on
//     every load (no-cache, with an ETag);
//   - pages are cross-origin isolated (COOP and COEP on every answer, as
//     workers need them too), which gives the engine's timers the
//     browser's full resolution instead of 100µs steps; nothing depends
//     on it, so a static host without these headers works too;
//   - every answer may be read from any origin (CORS and CORP headers):
//     the widget runs in other sites' pages and loads widget.js, the
//     worker, the engine and the lesson files from here;
//   - every answer, an error included, is never sniffed for another type
//     and sends no Referer onwards (a shared link's code lives in the
//     URL's hash, and a lesson may link to other sites); pages may be
//     framed only by the lab's own pages (securityPolicy);
//   - a path without an extension serves its .html page when there is
//     one, so /playground is /playground.html.
func NewHandler(fsys fs.FS) http.Handler {
	return &handler{fsys: fsys}
}

type handler struct {
	fsys  fs.FS
	etags sync.Map // file name → quoted ETag
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	guarded(w.Header())
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "405 method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name := fileName(r.URL.Path)
	if !h.has(name) && path.Ext(name) == "" && h.has(name+".html") {
		name += ".html"
	}
	shareable(w.Header())
	if !h.has(name) {
		h.notFound(w, name)
		return
	}
	setHeaders(w.Header(), name)
	file, token, compressed := h.variant(name, r.Header.Get("Accept-Encoding"))
	if compressed {
		w.Header().Set("Vary", "Accept-Encoding")
	}
	switch {
	case token != "":
		w.Header().Set("Content-Encoding", token)
	case !exists(h.fsys, name):
		h.serveGunzipped(w, r, name)
		return
	}
	h.serveFile(w, r, file)
}

// has reports whether the site has the file name, either as it is or
// only as its gzip copy (the build keeps the largest files that way).
func (h *handler) has(name string) bool {
	return exists(h.fsys, name) || exists(h.fsys, name+".gz")
}

// fileName maps a URL path to a file name in the FS.
func fileName(urlPath string) string {
	name := strings.TrimPrefix(path.Clean("/"+urlPath), "/")
	if name == "" || strings.HasSuffix(urlPath, "/") {
		name = path.Join(name, "index.html")
	}
	return name
}

func exists(fsys fs.FS, name string) bool {
	info, err := fs.Stat(fsys, name)
	return err == nil && !info.IsDir()
}

// notFound answers a missing file; a missing index.html means the assets
// were never built, which deserves its own explanation.
func (h *handler) notFound(w http.ResponseWriter, name string) {
	w.Header().Set("Cache-Control", "no-cache")
	if name == "index.html" && !exists(h.fsys, "playground.html") {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(http.StatusServiceUnavailable)
		io.WriteString(w, "ORM Lab's web assets were not built into this binary.\n"+
			"Run `make serve` (it builds them), or `make site` before `make build`.\n")
		return
	}
	http.Error(w, "404 page not found: /"+name, http.StatusNotFound)
}

// shareable lets pages on any origin read the answer: a fetch with CORS
// (the widget's module script, the engine, the lesson files) needs
// Access-Control-Allow-Origin, and a page that is itself cross-origin
// isolated may only load resources that allow it with
// Cross-Origin-Resource-Policy. Everything here is public and static.
func shareable(hdr http.Header) {
	hdr.Set("Access-Control-Allow-Origin", "*")
	hdr.Set("Cross-Origin-Resource-Policy", "cross-origin")
}

// guarded sets the security headers every answer carries: no type
// sniffing, no Referer sent from the lab's pages.
func guarded(hdr http.Header) {
	hdr.Set("X-Content-Type-Options", "nosniff")
	hdr.Set("Referrer-Policy", "no-referrer")
}

// setHeaders sets the type, caching and page security headers for name.
func setHeaders(hdr http.Header, name string) {
	hdr.Set("Content-Type", contentType(name))
	if strings.HasPrefix(name, "assets/") {
		hdr.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		hdr.Set("Cache-Control", "no-cache")
	}
	hdr.Set("Cross-Origin-Opener-Policy", "same-origin")
	hdr.Set("Cross-Origin-Embedder-Policy", "require-corp")
	if path.Ext(name) == ".html" {
		hdr.Set("Content-Security-Policy", securityPolicy)
		hdr.Set("X-Frame-Options", "SAMEORIGIN") // frame-ancestors for browsers without it
	}
}

func contentType(name string) string {
	ext := path.Ext(name)
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

// variant picks the file to send for name: its best precompressed variant
// the client accepts, with the Content-Encoding token, or name itself.
// compressed reports whether any variant exists, in which case the answer
// must carry Vary: Accept-Encoding even when it is not compressed.
func (h *handler) variant(name, acceptEncoding string) (file, token string, compressed bool) {
	file = name
	for _, enc := range encodings {
		if !exists(h.fsys, name+enc.suffix) {
			continue
		}
		if token == "" && accepts(acceptEncoding, enc.token) {
			file, token = name+enc.suffix, enc.token
		}
		compressed = true
	}
	return file, token, compressed
}

// accepts reports whether an Accept-Encoding header allows token with a
// non-zero quality.
func accepts(header, token string) bool {
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(coding), token) {
			continue
		}
		q := strings.ReplaceAll(params, " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}

// serveFile sends one file with an ETag; http.ServeContent answers
// conditional and range requests.
func (h *handler) serveFile(w http.ResponseWriter, r *http.Request, name string) {
	f, err := h.fsys.Open(name)
	if err != nil {
		http.Error(w, "500 cannot open /"+name, http.StatusInternalServerError)
		return
	}
	defer f.Close()
	content, ok := f.(io.ReadSeeker)
	if !ok {
		data, err := io.ReadAll(f)
		if err != nil {
			http.Error(w, "500 cannot read /"+name, http.StatusInternalServerError)
			return
		}
		content = bytes.NewReader(data)
	}
	w.Header().Set("ETag", h.etag(name, content))
	http.ServeContent(w, r, "", time.Time{}, content)
}

// serveGunzipped sends a file kept only compressed to a client that
// accepts no compression, decompressing as it goes. Browsers all accept
// gzip, so this is for tools like curl: no ranges and no validators.
func (h *handler) serveGunzipped(w http.ResponseWriter, r *http.Request, name string) {
	f, err := h.fsys.Open(name + ".gz")
	if err != nil {
		http.Error(w, "500 cannot open /"+name, http.StatusInternalServerError)
		return
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		http.Error(w, "500 cannot decompress /"+name, http.StatusInternalServerError)
		return
	}
	if r.Method != http.MethodHead {
		io.Copy(w, zr)
	}
}

// etag returns a strong validator for name, hashing the file once.
func (h *handler) etag(name string, content io.ReadSeeker) string {
	if tag, ok := h.etags.Load(name); ok {
		return tag.(string)
	}
	sum := sha256.New()
	io.Copy(sum, content)
	content.Seek(0, io.SeekStart)
	tag := `"` + hex.EncodeToString(sum.Sum(nil)[:12]) + `"`
	h.etags.Store(name, tag)
	return tag
}
