"""flows.fetch.Fetcher against the fault-injecting server on 127.0.0.1 (tests/fault_server.py).

Waits go through an injected `sleep` that records and returns at once (unless a test needs real time), and
backoff jitter comes from a seeded RNG, so the file is fast and deterministic.
"""

from __future__ import annotations

import random
import threading
import time
from pathlib import Path

import pytest

from flows.fetch import Fetcher, FetchError, parse_retry_after
from flows.settings import Settings, compose_user_agent, parse_host_intervals
from tests.fault_server import RELEASE_TEXT, Response, fault_server  # noqa: F401 - fault_server is a fixture

CONTACT = "tests@minerwire.example"


def make_settings(**overrides: object) -> Settings:
    values: dict = dict(db_path=Path("/nonexistent/mw.duckdb"), user_agent="minerwire-test/1 (contact: {contact})",
                        timeout_s=5.0, host_delay_s=0.0, max_bytes=1_000_000, cron="* * * * *",
                        contact=CONTACT, connect_timeout_s=1.0, read_timeout_s=0.5, retries=2, backoff_base_s=0.01,
                        backoff_max_s=1.0, retry_after_max_s=5.0)
    return Settings(**(values | overrides))


class Sleeps(list):
    """A `sleep` that records the delays asked for and returns at once."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


class MaxJitter:
    """An RNG whose uniform(a, b) is b: the backoff's upper bound."""

    def uniform(self, a: float, b: float) -> float:
        return b


@pytest.fixture
def make():
    """make(**settings) -> a Fetcher with recorded sleeps (fetcher.sleep) and a seeded RNG; closed afterwards."""
    made = []

    def build(real_sleep: bool = False, **overrides: object) -> Fetcher:
        f = Fetcher(make_settings(**overrides), sleep=time.sleep if real_sleep else Sleeps(), rng=random.Random(7))
        made.append(f)
        return f

    yield build
    for f in made:
        f.close()


def fetch_error(f: Fetcher, url: str, **kw: object) -> FetchError:
    with pytest.raises(FetchError) as info:
        f.get(url, **kw)
    return info.value


# -- identity and pacing -----------------------------------------------------------------------------------------

def test_user_agent_carries_the_contact(make, fault_server):
    make().get(fault_server.url("/page"))
    assert fault_server.requests[-1].headers["user-agent"] == f"minerwire-test/1 (contact: {CONTACT})"


def test_contact_is_embedded_or_appended():
    assert compose_user_agent("acme-bot/2.0", "data@acme.com") == "acme-bot/2.0 (contact: data@acme.com)"


def test_sec_hosts_get_a_tenth_of_a_second_and_others_host_delay(make):
    f = make(host_delay_s=1.5)
    intervals = [f.host_interval(h) for h in ("www.sec.gov", "efts.sec.gov", "sec.gov", "notsec.gov", "x.com")]
    assert intervals == [0.1, 0.1, 0.1, 1.5, 1.5]


def test_host_intervals_env_format():
    assert parse_host_intervals("sec.gov=0.1, Example.com=2") == {"sec.gov": 0.1, "example.com": 2.0}


def test_host_interval_spaces_requests_to_one_host(make, fault_server):
    f = make(host_intervals_s={"127.0.0.1": 0.1})
    f.get(fault_server.url("/page"))  # robots.txt, then the page 0.1 s later
    f.get(fault_server.url("/page"))
    assert len(f.sleep) == 2 and all(0.08 < s <= 0.1 for s in f.sleep)


def get_in_parallel(f: Fetcher, urls: list[str]) -> list:
    """f.get on each URL in its own thread, all at once: the Fetched or FetchError of each."""
    results: list = [None] * len(urls)
    start = threading.Barrier(len(urls))

    def run(i: int) -> None:
        start.wait()
        try:
            results[i] = f.get(urls[i])
        except FetchError as e:
            results[i] = e

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(urls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def test_same_host_requests_never_overlap(make, fault_server):
    got = get_in_parallel(make(), [fault_server.url(f"/slow?s=0.2&i={i}") for i in range(3)])
    assert [g.status for g in got] == [200] * 3 and fault_server.max_in_flight["/slow"] == 1


def test_different_hosts_proceed_in_parallel(make, fault_server):
    got = get_in_parallel(make(), [fault_server.url("/slow?s=0.3", host=h) for h in ("127.0.0.1", "localhost")])
    assert [g.status for g in got] == [200] * 2 and fault_server.max_in_flight["/slow"] == 2


# -- robots.txt -------------------------------------------------------------------------------------------------

def test_robots_disallow_is_final_and_nothing_is_requested(make, fault_server):
    e = fetch_error(make(), fault_server.url("/private/page"))
    assert (e.retryable, e.reason.startswith("robots.txt disallows"), fault_server.hits["/private/page"]) == \
        (False, True, 0)


def test_robots_is_fetched_once_per_fetcher(make, fault_server):
    f = make()
    for _ in range(3):
        f.get(fault_server.url("/page"))
    assert fault_server.hits["/robots.txt"] == 1


def test_robots_redirect_target_is_checked(make, fault_server):
    e = fetch_error(make(), fault_server.url("/redirect/private"))
    assert e.reason.startswith("robots.txt disallows") and fault_server.hits["/private/page"] == 0


def test_robots_404_allows_everything(make, fault_server):
    fault_server.route("/robots.txt", lambda req: Response(404, b"no", "text/plain"))
    assert make().get(fault_server.url("/private/page")).status == 200


def test_robots_5xx_disallows_for_now(make, fault_server):
    fault_server.route("/robots.txt", lambda req: Response(503, b"down", "text/plain"))
    e = fetch_error(make(), fault_server.url("/page"))
    assert e.reason.startswith("robots.txt unreachable (HTTP 503)") and e.retryable and fault_server.hits["/page"] == 0


def test_crawl_delay_is_honoured_when_longer_than_the_host_interval(make, fault_server):
    fault_server.route("/robots.txt", lambda req: Response(body=b"User-agent: *\nCrawl-delay: 2\n",
                                                           content_type="text/plain"))
    f = make(host_delay_s=0.5)
    f.get(fault_server.url("/page"))
    f.get(fault_server.url("/page"))
    assert len(f.sleep) == 2 and all(1.9 < s <= 2.0 for s in f.sleep)


# -- retries ----------------------------------------------------------------------------------------------------

def test_500_gives_up_after_all_attempts(make, fault_server):
    e = fetch_error(make(retries=2), fault_server.url("/fail/500"))
    assert (e.reason, e.retryable, e.attempts, fault_server.hits["/fail/500"]) == ("HTTP 500", True, 3, 3)


def test_500_then_200_succeeds(make, fault_server):
    got = make().get(fault_server.url("/flaky/500-then-200"))
    assert got.status == 200 and fault_server.hits["/flaky/500-then-200"] == 2


def test_retry_after_seconds_is_the_wait(make, fault_server):
    f = make()
    assert f.get(fault_server.url("/retry-after/seconds")).status == 200 and f.sleep == [1.0]


def test_retry_after_http_date_is_the_wait(make, fault_server):
    f = make()
    assert f.get(fault_server.url("/retry-after/date?after=2")).status == 200
    assert len(f.sleep) == 1 and 0.5 < f.sleep[0] <= 2.0


def test_retry_after_over_the_cap_gives_up_retryable(make, fault_server):
    e = fetch_error(make(retry_after_max_s=0.5), fault_server.url("/retry-after/seconds"))
    assert e.retryable and "exceeds the 0.5 s cap" in e.reason and fault_server.hits["/retry-after/seconds"] == 1


def test_retry_after_parsing():
    assert (parse_retry_after("7"), parse_retry_after("Thu, 01 Jan 2015 00:00:00 GMT"), parse_retry_after("x")) == \
        (7.0, 0.0, None)


def test_backoff_grows_exponentially(make, fault_server):
    f = make(retries=3, backoff_base_s=0.01)
    f.rng = MaxJitter()
    fetch_error(f, fault_server.url("/fail/500"))
    assert f.sleep == [0.01, 0.02, 0.04]


def test_backoff_jitter_stays_within_bounds(make):
    f = make(backoff_base_s=1.0, backoff_max_s=6.0)
    delays = [[f.backoff_delay(n) for n in range(1, 6)] for _ in range(200)]
    assert all(0 <= d[n] <= min(6.0, 2 ** n) for d in delays for n in range(5)) and len({d[0] for d in delays}) > 100


def test_stall_hits_the_read_timeout_and_is_retryable(make, fault_server):
    t0 = time.monotonic()
    e = fetch_error(make(retries=0, read_timeout_s=0.3), fault_server.url("/stall?s=3"))
    assert e.retryable and "ReadTimeout" in e.reason and time.monotonic() - t0 < 2


def test_stall_inside_the_body_is_retryable(make, fault_server):
    e = fetch_error(make(retries=0, read_timeout_s=0.3), fault_server.url("/stall/body?s=3"))
    assert e.retryable and "ReadTimeout" in e.reason


def test_trickling_response_hits_the_whole_response_deadline(make, fault_server):
    e = fetch_error(make(retries=0, timeout_s=0.4, read_timeout_s=0.3), fault_server.url("/trickle?every=0.05"))
    assert e.retryable and e.reason == "response not complete after 0.4 s"


def test_connection_reset_is_retried(make, fault_server):
    e = fetch_error(make(retries=1), fault_server.url("/reset"))
    assert e.retryable and e.attempts == 2 and fault_server.hits["/reset"] == 2


def test_truncated_body_is_retryable(make, fault_server):
    e = fetch_error(make(retries=0), fault_server.url("/truncated"))
    assert e.retryable and "RemoteProtocolError" in e.reason


def test_404_is_not_retried(make, fault_server):
    e = fetch_error(make(), fault_server.url("/nowhere"))
    assert (e.reason, e.retryable, fault_server.hits["/nowhere"]) == ("HTTP 404", False, 1)


# -- content -------------------------------------------------------------------------------------------------------

def test_wrong_content_type_is_refused_before_the_body(make, fault_server):
    # the server holds the body back 3 s: reading it would end in a read timeout, not this error
    t0 = time.monotonic()
    e = fetch_error(make(), fault_server.url("/wrong-type?stall=3"), expect="html")
    assert e.reason == "unexpected content-type 'image/png' for html" and not e.retryable
    assert time.monotonic() - t0 < 0.4


def test_expect_any_keeps_the_old_behaviour(make, fault_server):
    assert make().get(fault_server.url("/wrong-type")).content_type == "image/png"


def test_feed_accepts_rss_and_xml_served_as_html_but_not_an_html_page(make, fault_server):
    f = make()
    assert f.get(fault_server.url("/feed/ok"), expect="feed").content.startswith(b"<?xml")
    assert f.get(fault_server.url("/feed/as-html"), expect="feed").content_type == "text/html"
    assert "the body is not XML" in fetch_error(f, fault_server.url("/page"), expect="feed").reason


def test_malformed_feed_is_fetched_for_the_parser_to_judge(make, fault_server):
    assert b"broken" in make().get(fault_server.url("/feed/malformed"), expect="feed").content


def test_streamed_12_mb_body_is_refused_with_a_size_error(make, fault_server):
    e = fetch_error(make(max_bytes=1_000_000), fault_server.url("/big?mb=12&nolength=1"))
    assert e.reason == "body larger than 1000000 bytes" and not e.retryable


def test_declared_12_mb_body_is_refused_before_reading(make, fault_server):
    e = fetch_error(make(max_bytes=1_000_000), fault_server.url("/big?mb=12"))
    assert e.reason == "body larger than 1000000 bytes (Content-Length 12582912)"


def test_cp1252_bytes_arrive_untouched(make, fault_server):
    got = make().get(fault_server.url("/cp1252"), expect="html")
    assert b"\x93we mined 412 bitcoin\x94" in got.content and b"Caf\xe9" in got.content
    assert got.content_type == "text/html"


# -- redirects ---------------------------------------------------------------------------------------------------

def test_redirect_is_followed_and_recorded(make, fault_server):
    got = make().get(fault_server.url("/redirect/page"))
    assert (got.requested_url, got.url) == (fault_server.url("/redirect/page"), fault_server.url("/page"))


def test_redirect_loop_is_a_clear_final_error(make, fault_server):
    e = fetch_error(make(), fault_server.url("/loop/a"))
    assert e.reason == "redirect loop: {0}/loop/a -> {0}/loop/b -> {0}/loop/a".format(fault_server.base)
    assert not e.retryable and fault_server.hits["/loop/a"] == 1


def test_redirect_limit(make, fault_server):
    f = make(max_redirects=5)
    assert f.get(fault_server.url("/chain/5")).status == 200
    assert fetch_error(f, fault_server.url("/chain/6")).reason.startswith("too many redirects (more than 5)")


@pytest.mark.parametrize("path,scheme", [("/redirect/ftp", "ftp"), ("/redirect/file", "file")])
def test_redirect_to_another_scheme_is_refused(make, fault_server, path, scheme):
    e = fetch_error(make(), fault_server.url(path))
    assert e.reason.startswith(f"redirect to unsupported scheme '{scheme}'") and not e.retryable


def test_non_http_url_is_refused(make):
    assert fetch_error(make(), "file:///etc/passwd").reason.startswith("unsupported scheme 'file'")


# -- conditional GET and the server's ingest routes ------------------------------------------------------------------

def test_conditional_get_answers_none_when_not_modified(make, fault_server):
    f = make()
    first = f.get(fault_server.url("/conditional"))
    assert f.get(fault_server.url("/conditional"), etag=first.etag) is None
    assert f.get(fault_server.url("/conditional"), last_modified=first.last_modified) is None


def test_changing_page_changes_the_digest(make, fault_server):
    f = make()
    assert f.get(fault_server.url("/counter")).sha256 != f.get(fault_server.url("/counter")).sha256


def test_tracking_parameters_and_syndication(make, fault_server):
    f = make()
    plain, tracked, copy = (f.get(fault_server.url(p)) for p in
                            ("/release?id=1", "/release?id=1&utm_source=x", "/syndicated/release"))
    assert plain.sha256 == tracked.sha256 != copy.sha256 and RELEASE_TEXT.encode() in copy.content
