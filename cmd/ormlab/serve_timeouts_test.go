package main

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestServeTimeouts checks that every timeout of `ormlab serve` is set:
// a zero one would let a client hold a connection for ever.
func TestServeTimeouts(t *testing.T) {
	srv := newServer(http.NotFoundHandler(), serveTimeouts)
	for name, d := range map[string]time.Duration{
		"ReadHeaderTimeout": srv.ReadHeaderTimeout, "ReadTimeout": srv.ReadTimeout,
		"WriteTimeout": srv.WriteTimeout, "IdleTimeout": srv.IdleTimeout,
	} {
		if d <= 0 || d > 10*time.Minute {
			t.Errorf("%s = %v, want a bound of at most 10 minutes", name, d)
		}
	}
}

// TestServeCutsOffSlowClients checks, with short timeouts, that a client
// trickling its headers and a kept-alive client that sends nothing more
// both lose their connection once their timeout has passed.
func TestServeCutsOffSlowClients(t *testing.T) {
	short := timeouts{ReadHeader: 200 * time.Millisecond, Read: 400 * time.Millisecond, Write: time.Second, Idle: 300 * time.Millisecond}
	addr := startTestServer(t, short)

	conn := dial(t, addr)
	io.WriteString(conn, "GET / HTTP/1.1\r\nHost: x\r\n") // never ends its headers
	if waited := closedAfter(t, conn); waited > 2*time.Second {
		t.Errorf("a client trickling its headers held the connection %v", waited)
	}

	conn = dial(t, addr)
	io.WriteString(conn, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	if waited := closedAfter(t, conn); waited > 2*time.Second {
		t.Errorf("an idle kept-alive connection stayed open %v", waited)
	}
}

// startTestServer serves a small handler with t's timeouts on a free port.
func startTestServer(t *testing.T, to timeouts) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := newServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") }), to)
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String()
}

func dial(t *testing.T, addr string) net.Conn {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return conn
}

// closedAfter waits (at most 5 s) until the server closes conn, reading
// whatever it sends, and says how long that took.
func closedAfter(t *testing.T, conn net.Conn) time.Duration {
	start := time.Now()
	conn.SetReadDeadline(start.Add(5 * time.Second))
	_, err := io.Copy(io.Discard, conn)
	if err != nil && strings.Contains(err.Error(), "timeout") {
		t.Fatalf("the server kept the connection open for 5 s")
	}
	return time.Since(start)
}
