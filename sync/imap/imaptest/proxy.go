package imaptest

import (
	"errors"
	"io"
	"net"
	"sync"
	"testing"
	"time"
)

// Proxy is a loopback TCP proxy that forwards every connection to a target
// address and can break connections on demand, to test how a client copes
// with a server that disappears mid-command.
type Proxy struct {
	ln     net.Listener
	target string

	mu     sync.Mutex
	cut    int64
	total  int
	live   map[*proxyConn]struct{}
	closed bool
	wg     sync.WaitGroup
}

// proxyConn is one client connection and its upstream connection.
type proxyConn struct {
	client, server net.Conn
	once           sync.Once
}

// close closes both sides; the peers see the connection end at once.
func (pc *proxyConn) close() {
	pc.once.Do(func() {
		_ = pc.client.Close()
		_ = pc.server.Close()
	})
}

// NewProxy starts a proxy on 127.0.0.1 to target (host:port) and stops it,
// closing every connection, when the test ends.
func NewProxy(t testing.TB, target string) *Proxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("imaptest: proxy: %v", err)
	}
	p := &Proxy{ln: ln, target: target, live: make(map[*proxyConn]struct{})}
	p.wg.Add(1)
	go p.accept()
	t.Cleanup(p.Close)
	return p
}

// Addr returns the address clients should dial, "127.0.0.1:PORT".
func (p *Proxy) Addr() string { return p.ln.Addr().String() }

// CutAfter makes every connection opened from now on close, on both sides,
// as soon as n bytes have gone from the server to the client: the client
// receives exactly the first n bytes and then end of file, and the server
// sees its client vanish. n <= 0 turns cutting off again for later
// connections. Connections already open keep the limit they started with.
func (p *Proxy) CutAfter(n int64) {
	p.mu.Lock()
	p.cut = n
	p.mu.Unlock()
}

// CutAll closes every open connection now, on both sides.
func (p *Proxy) CutAll() {
	p.mu.Lock()
	conns := make([]*proxyConn, 0, len(p.live))
	for pc := range p.live {
		conns = append(conns, pc)
	}
	p.mu.Unlock()
	for _, pc := range conns {
		pc.close()
	}
}

// Connections returns how many client connections the proxy has accepted
// so far, closed ones and ones the target refused included.
func (p *Proxy) Connections() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.total
}

// Active returns how many connections are open now.
func (p *Proxy) Active() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.live)
}

// Close stops accepting, closes every connection and waits for the
// proxy's goroutines. It is called when the test ends.
func (p *Proxy) Close() {
	p.mu.Lock()
	p.closed = true
	p.mu.Unlock()
	_ = p.ln.Close()
	p.CutAll()
	p.wg.Wait()
}

func (p *Proxy) accept() {
	defer p.wg.Done()
	for {
		c, err := p.ln.Accept()
		if err != nil {
			if errors.Is(err, net.ErrClosed) {
				return
			}
			time.Sleep(10 * time.Millisecond) // say, out of descriptors
			continue
		}
		p.wg.Add(1)
		go p.serve(c)
	}
}

func (p *Proxy) serve(client net.Conn) {
	defer p.wg.Done()
	p.mu.Lock()
	p.total++
	p.mu.Unlock()
	server, err := net.Dial("tcp", p.target)
	if err != nil {
		_ = client.Close() // as if the server refused
		return
	}
	pc := &proxyConn{client: client, server: server}
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		pc.close()
		return
	}
	p.live[pc] = struct{}{}
	limit := p.cut
	p.mu.Unlock()

	done := make(chan struct{})
	go func() {
		// client → server, never cut by size.
		_, _ = io.Copy(server, client)
		pc.close()
		close(done)
	}()
	// server → client, cut after limit bytes.
	if limit > 0 {
		_, _ = io.CopyN(client, server, limit)
	} else {
		_, _ = io.Copy(client, server)
	}
	pc.close()
	<-done

	p.mu.Lock()
	delete(p.live, pc)
	p.mu.Unlock()
}
