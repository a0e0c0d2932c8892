package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/exec"
	"syscall"
	"time"

	"ormlab/lessons"
	"ormlab/site"
)

func init() {
	commands["serve"] = command{summary: "serve the lab in a browser at http://localhost:8080 (--addr, --open, --lessons)", run: runServe}
}

// runServe serves the embedded site until the process is stopped. It prints
// the URL once the port is open, so scripts can wait for that line; with
// port 0 it picks a free port and prints it. Everything it serves is inside
// the binary (or in the --lessons folder): it never touches the network
// beyond its own port, so it runs a workshop with no connection at all.
func runServe(args []string, stdout, stderr io.Writer) int {
	flags := newFlags("serve", stderr)
	addr := flags.String("addr", "localhost:8080", "`host:port` to listen on; port 0 picks a free port")
	open := flags.Bool("open", false, "open the lab in the default browser ($BROWSER when set) once it runs")
	lessonDir := flags.String("lessons", "", "serve the lessons in `DIR` instead of the built-in ones; they must pass `ormlab check DIR`")
	if !parse(flags, args, 0, "[--addr HOST:PORT] [--open] [--lessons DIR]", stderr) {
		return 2
	}
	if !site.Built() {
		fmt.Fprintln(stderr, "ormlab serve: this binary has no web assets; run `make serve`, which builds them first")
	}
	content, status := siteContent("serve", *lessonDir, stderr)
	if content == nil {
		return status
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "ormlab serve: %v%s\n", err, listenHint(err))
		return 1
	}
	url := serveURL(*addr, ln.Addr())
	fmt.Fprintf(stdout, "ORM Lab is running at %s\n", url)
	if *open {
		openBrowser(url, stderr)
	}
	srv := newServer(site.NewHandler(content), serveTimeouts)
	if err := srv.Serve(ln); err != nil {
		fmt.Fprintf(stderr, "ormlab serve: %v\n", err)
		return 1
	}
	return 0
}

// timeouts bound how long one connection may hold the server.
type timeouts struct {
	// ReadHeader and Read bound reading a request's headers and all of it:
	// a client that trickles them (slowloris) is cut off.
	ReadHeader, Read time.Duration
	// Write bounds sending an answer, the uncompressed engine (32 MB) to a
	// client without brotli or gzip on slow workshop Wi-Fi included.
	Write time.Duration
	// Idle bounds how long a kept-alive connection waits for a request.
	Idle time.Duration
}

// serveTimeouts are the timeouts of `ormlab serve`.
var serveTimeouts = timeouts{ReadHeader: 10 * time.Second, Read: 30 * time.Second, Write: 5 * time.Minute, Idle: 2 * time.Minute}

// newServer is the HTTP server of `ormlab serve`: h with the timeouts t.
func newServer(h http.Handler, t timeouts) *http.Server {
	return &http.Server{Handler: h, ReadHeaderTimeout: t.ReadHeader, ReadTimeout: t.Read, WriteTimeout: t.Write, IdleTimeout: t.Idle}
}

// siteContent is the site to serve or export: the built assets with the
// built-in lessons, or with the lessons in dir once they pass every rule
// of `ormlab check` (its report goes to stderr, naming file and line). A
// nil result comes with the exit status.
func siteContent(cmd, dir string, stderr io.Writer) (fs.FS, int) {
	lessonFS := fs.FS(lessons.FS)
	if dir != "" {
		if status := checkDir(dir, false, stderr, stderr); status != 0 {
			fmt.Fprintf(stderr, "ormlab %s: the lessons in %s do not pass `ormlab check` (problems above); fix them and start again\n", cmd, dir)
			return nil, status
		}
		lessonFS = os.DirFS(dir)
	}
	content, err := site.Content(lessonFS)
	if err != nil {
		fmt.Fprintf(stderr, "ormlab %s: the lessons cannot be served: %v\n", cmd, err)
		return nil, 1
	}
	return content, 0
}

// listenHint says what to do when the port is taken.
func listenHint(err error) string {
	if errors.Is(err, syscall.EADDRINUSE) {
		return "\nanother program uses this port; pick another with --addr localhost:8081, or --addr localhost:0 for any free port"
	}
	return ""
}

// serveURL is the address to open in a browser: the host asked for
// (localhost when none or a wildcard) with the port actually bound.
func serveURL(asked string, bound net.Addr) string {
	host, _, _ := net.SplitHostPort(asked)
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "localhost"
	}
	_, port, _ := net.SplitHostPort(bound.String())
	return "http://" + net.JoinHostPort(host, port) + "/"
}

// openBrowser opens url in the user's browser without waiting for it:
// the program named by $BROWSER when set (as xdg-open and Python's
// webbrowser honour it), else the platform's opener (open_*.go). Failing
// to open one is not fatal; the URL is on the screen.
func openBrowser(url string, stderr io.Writer) {
	cmd := browserCommand(url)
	if program := os.Getenv("BROWSER"); program != "" {
		cmd = exec.Command(program, url)
	}
	if err := cmd.Start(); err != nil {
		fmt.Fprintf(stderr, "ormlab serve: could not open a browser (%v); open %s yourself\n", err, url)
		return
	}
	go cmd.Wait() // reap it whenever it exits
}
