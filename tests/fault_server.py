"""A fault-injecting HTTP server on 127.0.0.1 for tests of fetching and ingestion. Never contacts another host.

    from tests.fault_server import FaultServer, Response, fault_server  # noqa: F401  (fault_server: a fixture)

    def test_something(fault_server):               # a fresh server per test, default routes installed
        url = fault_server.url("/flaky/500-then-200")          # 'http://127.0.0.1:PORT/flaky/500-then-200'
        fault_server.url("/page", host="localhost")            # same server, another host name
        ...
        assert fault_server.hits["/flaky/500-then-200"] == 2   # requests per path (query ignored)
        assert fault_server.max_in_flight["/slow"] == 1        # most concurrent requests seen per path
        assert fault_server.requests[-1].headers["user-agent"].startswith("minerwire")

    with FaultServer() as server: ...               # outside pytest; FaultServer(routes=False) starts empty

API:
- `server.route(path, handler, prefix=False)` adds or replaces a route (also usable as a decorator:
  `@server.route("/x")`). A handler takes a `Request` and returns a `Response`, or None after writing to
  `req.raw` (the http.server handler) itself. With prefix=True the route answers every path under `path`; the
  exact path wins, then the longest prefix; unknown paths answer 404.
- `Request`: method, path, query (dict, first values), target (path and query as sent), headers (lower-case
  names), hit (1-based count for this path, so handlers can fail the first n times), host (Host header),
  server; `req.wait(seconds)` sleeps but wakes when the server stops.
- `Response(status=200, body=b"", content_type="text/html; charset=utf-8", headers={}, length=True)`:
  body is bytes or an iterable of byte chunks; length True sends Content-Length for bytes, an int declares that
  length (a lie truncates), False sends none (HTTP/1.0: the body ends when the connection closes).
- `server.hits` (Counter by path), `server.max_in_flight` (Counter by path), `server.requests` (list of
  Request, in arrival order), `server.errors` (exceptions raised by handlers), `server.reset_counters()`.
- helpers for handlers: `fail_then(n, status, headers)`, `redirect(location)`, `reset_connection(req)`.

Default routes (`install_default_routes`; RELEASE_TEXT is a Riot September 2022 production update):
  /robots.txt            "User-agent: *", "Disallow: /private/"
  /private/...           a page robots.txt disallows
  /page                  a small HTML page
  /fail/500              always 500
  /flaky/...             first hit 500, then 200 (any path under /flaky/, counted per path)
  /retry-after/seconds   503 with Retry-After: 1, then 200
  /retry-after/date      429 with Retry-After as an HTTP-date ?after=2 seconds ahead, then 200
  /stall?s=5             sends nothing for s seconds (before the status line)
  /stall/body?s=5        headers and 100 bytes of a 1000-byte body, then nothing for s seconds
  /trickle?every=0.1&n=100   one byte every `every` seconds, n bytes (never silent long enough for a read timeout)
  /slow?s=0.3            waits s seconds, then a page (for concurrency checks)
  /reset                 closes the socket with RST before answering
  /truncated             Content-Length: 10000, 100 bytes, then close
  /wrong-type?stall=0    image/png with a PNG signature; stall=s holds the body back s seconds after the headers
  /big?mb=12&nolength=0  application/octet-stream, streamed in 64 KiB chunks (nolength=1: no Content-Length)
  /loop/a, /loop/b       redirect to each other
  /redirect/ftp, /redirect/file   redirect to ftp://... and file:///etc/passwd
  /redirect/page         302 to /page;  /redirect/private: 302 to /private/page
  /chain/N               N redirects (/chain/N -> /chain/N-1 ... -> /chain/0, a page)
  /cp1252                text/html without charset, bytes in windows-1252 (0x93 0x94 quotes, 0xe9 é)
  /feed/ok               a valid RSS 2.0 feed with one item linking to /release?id=1
  /feed/as-html          the same feed served as text/html
  /feed/malformed        application/rss+xml that is not well-formed XML
  /conditional           ETag "v1" and Last-Modified; 304 when If-None-Match or If-Modified-Since match
  /counter               a page whose body changes on every request ("visit N")
  /release?id=1          the release (other ids: other pages); utm_* parameters are ignored (same bytes)
  /syndicated/release    the same release text inside another site's chrome
"""

from __future__ import annotations

import email.utils
import io
import socket
import struct
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

Handler = Callable[["Request"], "Response | None"]


@dataclass
class Response:
    status: int = 200
    body: bytes | Iterable[bytes] = b""
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    length: bool | int = True


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    target: str
    headers: dict[str, str]
    hit: int
    server: FaultServer
    raw: BaseHTTPRequestHandler

    @property
    def host(self) -> str:
        return self.headers.get("host", "")

    def wait(self, seconds: float) -> None:
        """Sleep, waking early when the server stops."""
        self.server.stopping.wait(seconds)

    def arg(self, name: str, default: float) -> float:
        return float(self.query.get(name, default))


class _HTTPHandler(BaseHTTPRequestHandler):
    server_version = "fault-server/1"

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self.server.owner._dispatch(self)  # type: ignore[attr-defined]

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        error = sys.exc_info()[1]
        if not isinstance(error, OSError):  # clients hanging up on purpose are the point of this server
            self.owner.errors.append(error)  # type: ignore[attr-defined]


class FaultServer:
    """See the module docstring."""

    def __init__(self, routes: bool = True) -> None:
        self.httpd = _HTTPServer(("127.0.0.1", 0), _HTTPHandler)
        self.httpd.owner = self  # type: ignore[attr-defined]
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.stopping = threading.Event()
        self.hits: Counter[str] = Counter()
        self.max_in_flight: Counter[str] = Counter()
        self.requests: list[Request] = []
        self.errors: list[BaseException] = []  # exceptions raised by handlers (bugs in a test's route)
        self._in_flight: Counter[str] = Counter()
        self._exact: dict[str, Handler] = {}
        self._prefix: dict[str, Handler] = {}
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)
        if routes:
            install_default_routes(self)

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def route(self, path: str, handler: Handler | None = None, prefix: bool = False):  # noqa: ANN201
        """Add or replace a route; without a handler, a decorator."""
        def add(h: Handler) -> Handler:
            (self._prefix if prefix else self._exact)[path] = h
            return h
        return add(handler) if handler else add

    def reset_counters(self) -> None:
        with self._lock:
            self.hits.clear()
            self.max_in_flight.clear()
            self.requests.clear()

    def start(self) -> FaultServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _handler_for(self, path: str) -> Handler | None:
        if path in self._exact:
            return self._exact[path]
        for p in sorted(self._prefix, key=len, reverse=True):
            if path.startswith(p):
                return self._prefix[p]
        return None

    def _dispatch(self, raw: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(raw.path)
        path = parts.path
        with self._lock:
            self.hits[path] += 1
            self._in_flight[path] += 1
            self.max_in_flight[path] = max(self.max_in_flight[path], self._in_flight[path])
            req = Request(raw.command, path, {k: v[0] for k, v in parse_qs(parts.query).items()}, raw.path,
                          {k.lower(): v for k, v in raw.headers.items()}, self.hits[path], self, raw)
            self.requests.append(req)
        done = False
        try:
            handler = self._handler_for(path)
            resp = handler(req) if handler else Response(404, b"not found", "text/plain")
            if resp is not None and isinstance(resp.body, bytes):
                # a complete body is in the client's hands once written, and it may send its next request before
                # this thread runs on: the request stops counting as in flight before its last bytes go out
                self._leave(path)
                done = True
            if resp is not None:
                _write(raw, resp)
        except (OSError, ValueError):
            pass  # the client went away (ValueError: writing to a closed file)
        finally:
            if not done:
                self._leave(path)

    def _leave(self, path: str) -> None:
        with self._lock:
            self._in_flight[path] -= 1


def _write(raw: BaseHTTPRequestHandler, resp: Response) -> None:
    raw.send_response(resp.status)
    if resp.content_type:
        raw.send_header("Content-Type", resp.content_type)
    for name, value in resp.headers.items():
        raw.send_header(name, value)
    body = resp.body
    if isinstance(body, bytes) and resp.length is True:
        raw.send_header("Content-Length", str(len(body)))
    elif resp.length is not True and resp.length is not False:
        raw.send_header("Content-Length", str(resp.length))
    raw.end_headers()
    for chunk in [body] if isinstance(body, bytes) else body:
        raw.wfile.write(chunk)
    raw.wfile.flush()


# -- helpers for handlers ---------------------------------------------------------------------------------------

def fail_then(n: int, status: int = 500, headers: dict[str, str] | None = None,
              ok: Callable[[Request], Response] | None = None) -> Handler:
    """A handler answering `status` (with `headers`) to the first n hits of each path, then `ok` (a page)."""
    def handler(req: Request) -> Response:
        if req.hit <= n:
            return Response(status, f"failure {req.hit}".encode(), "text/plain", dict(headers or {}))
        return ok(req) if ok else Response(body=page(f"ok after {n} failures"))
    return handler


def redirect(location: str, status: int = 302) -> Handler:
    return lambda req: Response(status, b"", None, {"Location": location})


def reset_connection(req: Request) -> None:
    """Close the socket with a TCP RST (SO_LINGER 0), nothing sent."""
    sock = req.raw.connection
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    req.raw.rfile.close()
    req.raw.wfile.close()
    sock.close()
    req.raw.wfile = io.BytesIO()  # http.server flushes it after the handler returns


def page(text: str, title: str = "Test page") -> bytes:
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><main><h1>{title}</h1><p>{text}</p></main></body></html>").encode()


RELEASE_TEXT = ("CASTLE ROCK, Colo., Oct. 4, 2022 -- Riot Platforms, Inc. (NASDAQ: RIOT) announced unaudited "
                "production and operations updates for September 2022. Riot produced 395 bitcoin in September "
                "2022, an increase of 222% compared to September 2021. As of September 30, 2022, Riot held "
                "6,766 bitcoin.")


def release_page(chrome: str = "Riot Platforms Newsroom") -> bytes:
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>Riot Announces September 2022 Production"
            f"</title><meta property='article:published_time' content='2022-10-04'></head><body>"
            f"<header><nav>{chrome} | Home | Investors | Contact</nav></header><article>"
            f"<h1>Riot Announces September 2022 Production and Operations Updates</h1><p>{RELEASE_TEXT}</p>"
            f"</article><footer>&copy; {chrome}</footer></body></html>").encode()


def feed(base: str) -> bytes:
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Test feed</title>"
            f"<link>{base}/</link><description>fault server</description><item>"
            f"<title>Riot Announces September 2022 Production</title><link>{base}/release?id=1</link>"
            f"<guid>release-1</guid><pubDate>Tue, 04 Oct 2022 12:00:00 GMT</pubDate>"
            f"<description>Riot Platforms production update</description></item></channel></rss>").encode()


LAST_MODIFIED = "Tue, 04 Oct 2022 12:00:00 GMT"
CP1252_PAGE = ("<html><head><title>Caf\u00e9 update</title></head><body><p>The company said \u201cwe mined "
               "412 bitcoin\u201d at its caf\u00e9-side site.</p></body></html>").encode("cp1252")


def _stall(req: Request) -> None:
    req.wait(req.arg("s", 5))


def _stall_body(req: Request) -> None:
    raw = req.raw
    raw.send_response(200)
    raw.send_header("Content-Type", "text/html; charset=utf-8")
    raw.send_header("Content-Length", "1000")
    raw.end_headers()
    raw.wfile.write(b"<html>" + b" " * 94)
    raw.wfile.flush()
    req.wait(req.arg("s", 5))


def _trickle(req: Request) -> Response:
    def body() -> Iterable[bytes]:
        for _ in range(int(req.arg("n", 100))):
            yield b"."
            req.wait(req.arg("every", 0.1))
    return Response(body=body(), length=False)


def _slow(req: Request) -> Response:
    req.wait(req.arg("s", 0.3))
    return Response(body=page("slow"))


def _release(req: Request) -> Response:
    """id=1 is RELEASE_TEXT; utm_* and other parameters do not change the bytes."""
    rid = req.query.get("id", "1")
    return Response(body=release_page() if rid == "1" else page(f"release {rid}", f"Release {rid}"))


def _truncated(req: Request) -> Response:
    return Response(body=b"x" * 100, length=10000)


def _wrong_type(req: Request) -> Response:
    def body() -> Iterable[bytes]:
        yield b"\x89PNG\r\n\x1a\n"
        req.wait(req.arg("stall", 0))
        yield b"\x00" * 1000
    return Response(body=body(), content_type="image/png", length=False)


def _big(req: Request) -> Response:
    size = int(req.arg("mb", 12) * 1024 * 1024)
    chunk = b"\x00" * 65536

    def body() -> Iterable[bytes]:
        for _ in range(size // len(chunk)):
            yield chunk
    return Response(body=body(), content_type="application/octet-stream",
                    length=False if req.query.get("nolength") == "1" else size)


def _conditional(req: Request) -> Response:
    if req.headers.get("if-none-match") == '"v1"' or req.headers.get("if-modified-since") == LAST_MODIFIED:
        return Response(304, b"", None, length=False)
    return Response(body=page("a page that has not changed"),
                    headers={"ETag": '"v1"', "Last-Modified": LAST_MODIFIED})


def _chain(req: Request) -> Response:
    n = int(req.path.rsplit("/", 1)[1])
    return Response(body=page("end of chain")) if n <= 0 else redirect(f"/chain/{n - 1}")(req)


def install_default_routes(server: FaultServer) -> None:
    r = server.route
    r("/robots.txt", lambda req: Response(body=b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"))
    r("/private/", lambda req: Response(body=page("private")), prefix=True)
    r("/page", lambda req: Response(body=page("hello")))
    r("/fail/500", lambda req: Response(500, b"boom", "text/plain"))
    r("/flaky/", fail_then(1, 500), prefix=True)
    r("/retry-after/seconds", fail_then(1, 503, {"Retry-After": "1"}))
    r("/retry-after/date", lambda req: fail_then(1, 429, {
        "Retry-After": email.utils.formatdate(time.time() + req.arg("after", 2), usegmt=True)})(req))
    r("/stall", _stall)
    r("/stall/body", _stall_body)
    r("/slow", _slow)
    r("/trickle", _trickle)
    r("/reset", reset_connection)
    r("/truncated", _truncated)
    r("/wrong-type", _wrong_type)
    r("/big", _big)
    r("/loop/a", redirect("/loop/b"))
    r("/loop/b", redirect("/loop/a"))
    r("/redirect/ftp", redirect("ftp://127.0.0.1/pub/file.html"))
    r("/redirect/file", redirect("file:///etc/passwd"))
    r("/redirect/page", redirect("/page"))
    r("/redirect/private", redirect("/private/page"))
    r("/chain/", _chain, prefix=True)
    r("/cp1252", lambda req: Response(body=CP1252_PAGE, content_type="text/html"))
    r("/feed/ok", lambda req: Response(body=feed(f"http://{req.host}"), content_type="application/rss+xml"))
    r("/feed/as-html", lambda req: Response(body=feed(f"http://{req.host}"), content_type="text/html"))
    r("/feed/malformed", lambda req: Response(body=b"<?xml version='1.0'?><rss><channel><item><title>broken",
                                              content_type="application/rss+xml"))
    r("/conditional", _conditional)
    r("/counter", lambda req: Response(body=page(f"visit {req.hit}")))
    r("/release", _release)
    r("/syndicated/release", lambda req: Response(body=release_page("Crypto Wire Syndication")))


@pytest.fixture
def fault_server() -> Iterable[FaultServer]:
    """A fresh FaultServer with the default routes, stopped after the test."""
    with FaultServer() as server:
        yield server
