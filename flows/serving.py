"""Serve Prefect deployments until SIGTERM or Ctrl-C, and stop them in order.

Cron schedules need a Prefect server whose scheduler runs. The temporary server Prefect starts on its own runs
no scheduler (Prefect 3.8 starts only the services marked for ephemeral mode), so deployments served against it
are registered and then never run. Unless PREFECT_API_URL names a server, `prefect_server` starts a full one for
as long as serving lasts, with its UI, and stops it afterwards.

`prefect.serve` stops on SIGTERM by calling `sys.exit` from inside its event loop, and a Ctrl-C or SIGTERM that
arrives while it registers deployments lands as an exception wherever the main thread happens to be, while
Prefect's own threads carry on. The process then
finalizes with those threads still writing, which can end it with SIGABRT instead of exit code 0. Here a signal
only asks for a stop; the runner is then stopped by its own `astop` and the process exits normally.

    serve_until_signalled([ingest.to_deployment(name="ingest-wires", cron="*/15 * * * *")], say=print)
"""
from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import httpx

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)
SERVER_START_TIMEOUT_S = 120
RUNNER_STOP_TIMEOUT_S = 30


class ServerStartError(RuntimeError):
    """The Prefect server `prefect_server` started did not answer in time; the message names its log."""


def serve_until_signalled(deployments: Sequence[Any], say: Callable[[str], None]) -> None:
    """Register `deployments` with Prefect (see `prefect_server`), poll for their scheduled runs, and return once
    SIGTERM or SIGINT arrives, at any stage. Must run in the main thread, where Python delivers signals."""
    stop = StopRequest(say)
    previous = {sig: signal.signal(sig, stop) for sig in STOP_SIGNALS}
    try:
        with prefect_server(say, stop):
            if not stop.requested:
                asyncio.run(_serve(deployments, say, stop))
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


class StopRequest:
    """A signal handler that only records the request (and wakes an event loop waiting in `wait`)."""

    def __init__(self, say: Callable[[str], None]) -> None:
        self.requested = False
        self._say = say
        self._wake: Callable[[], None] | None = None

    def __call__(self, signum: int, frame: object = None) -> None:  # noqa: ARG002 - signal handler signature
        if not self.requested:
            self._say(f"{signal.Signals(signum).name} received; stopping")
        self.requested = True
        if self._wake is not None:
            self._wake()

    async def wait(self) -> None:
        loop, event = asyncio.get_running_loop(), asyncio.Event()
        self._wake = lambda: loop.call_soon_threadsafe(event.set)
        if not self.requested:
            await event.wait()


async def _serve(deployments: Sequence[Any], say: Callable[[str], None], stop: StopRequest) -> None:
    from prefect.runner import Runner

    runner = Runner(pause_on_shutdown=True)
    runner.handle_sigterm = stop  # Runner.start installs this one for SIGTERM: keep it ours
    for deployment in deployments:
        await runner.aadd_deployment(deployment)
        if stop.requested:
            return
    say("serving; Ctrl-C or SIGTERM to stop")
    polling = asyncio.create_task(runner.start())
    stopping = asyncio.create_task(stop.wait())
    await asyncio.wait({polling, stopping}, return_when=asyncio.FIRST_COMPLETED)
    if not polling.done():
        # a server that died first would keep astop retrying: give the stop a bound
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(runner.astop(), RUNNER_STOP_TIMEOUT_S)
        with contextlib.suppress(TimeoutError, asyncio.CancelledError):
            await asyncio.wait_for(polling, RUNNER_STOP_TIMEOUT_S)
    stopping.cancel()
    if not polling.cancelled():
        polling.result()  # a runner that ended on its own error reports it


@contextlib.contextmanager
def prefect_server(say: Callable[[str], None], stop: StopRequest, port: int = 4200) -> Iterator[str]:
    """Yield the Prefect API URL to serve against: $PREFECT_API_URL if set, else a server started here on
    127.0.0.1 (`port`, or a free one if taken) and stopped on exit. Its output goes to $PREFECT_HOME/server.log. A
    stop requested while the server starts ends the wait for it (the caller checks `stop.requested`).

    >>> with prefect_server(print, StopRequest(print)) as api:      # doctest: +SKIP
    ...     print(api)
    http://127.0.0.1:4200/api
    """
    from prefect.settings import PREFECT_API_URL, PREFECT_HOME, temporary_settings

    if PREFECT_API_URL.value():
        yield PREFECT_API_URL.value()
        return
    port = port if _port_free(port) else _free_port()
    log_path = Path(PREFECT_HOME.value()) / "server.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    say(f"starting a Prefect server on 127.0.0.1:{port} for the schedules (PREFECT_API_URL is not set)")
    with log_path.open("ab") as log:
        # a session of its own: a Ctrl-C at the terminal reaches this process, which stops the server itself last
        server = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                                   "--port", str(port)], stdout=log, stderr=subprocess.STDOUT,
                                  env=os.environ | {"PREFECT_API_URL": ""}, start_new_session=True)
    try:
        url = f"http://127.0.0.1:{port}"
        _wait_healthy(server, f"{url}/api/health", log_path, stop)
        if not stop.requested:
            say(f"Prefect server with its UI at {url} (log: {log_path})")
        with temporary_settings(updates={PREFECT_API_URL: f"{url}/api"}):
            yield f"{url}/api"
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _wait_healthy(server: subprocess.Popen[bytes], health_url: str, log_path: Path, stop: StopRequest) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    with httpx.Client(timeout=2) as client:
        while time.monotonic() < deadline:
            if stop.requested:
                return
            if server.poll() is not None:
                raise ServerStartError(f"the Prefect server exited with code {server.returncode}; see {log_path}")
            with contextlib.suppress(httpx.HTTPError):
                if client.get(health_url).status_code == 200:
                    return
            time.sleep(0.2)
    raise ServerStartError(f"the Prefect server did not answer within {SERVER_START_TIMEOUT_S} s; see {log_path}")


def _port_free(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) != 0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
