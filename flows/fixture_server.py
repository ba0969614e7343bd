"""A local HTTP server for recorded pages (fixtures/http), used by `minerwire demo` and the tests.

Serves files under its root on 127.0.0.1, with two test hooks: /status/<code> answers that status, and
/binary.png answers non-HTML bytes. Never contacts another host.
"""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from flows.settings import PROJECT_DIR

FIXTURE_ROOT = PROJECT_DIR / "fixtures" / "http"
_TYPES = {".xml": "application/xml", ".rss": "application/rss+xml", ".atom": "application/atom+xml",
          ".html": "text/html; charset=utf-8", ".png": "image/png"}


class _Handler(SimpleHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        if self.path.startswith("/status/"):
            code = int(self.path.split("/")[2])
            self.send_response(code)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        super().do_GET()

    def guess_type(self, path) -> str:  # noqa: ANN001
        return next((t for ext, t in _TYPES.items() if str(path).endswith(ext)), super().guess_type(path))

    def log_message(self, format: str, *args) -> None:  # noqa: A002, ANN002
        pass


class FixtureServer:
    """Context manager: `with FixtureServer() as base: ...` gives 'http://127.0.0.1:PORT'."""

    def __init__(self, root: Path = FIXTURE_ROOT, port: int = 0) -> None:
        handler = functools.partial(_Handler, directory=str(root))
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> str:
        self._thread.start()
        return self.base

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
