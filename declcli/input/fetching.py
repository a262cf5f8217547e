"""Stage 1 for URLs: fetch an article over http(s) as a Source.

- only http and https, redirects included (at most MAX_REDIRECTS), followed
  here hop by hop: a redirect's body is never read, each hop's URL is checked
  (scheme, host name, added user info, and with `private_redirects=False` the
  address) before it is requested;
- one deadline per attempt (`timeout`) for every hop's connect, TLS, status
  line and headers and for the body, not only a per-read timeout, so a server
  that drips bytes (headers included) cannot hold the run;
- at most `max_bytes` of decoded body, counted while streaming (a gzip bomb
  stops at the limit);
- retries with exponential backoff on 429, 5xx and connection errors,
  honouring Retry-After (capped);
- proxies from the environment (HTTP_PROXY, HTTPS_PROXY, NO_PROXY);
- an optional cache folder keyed by URL, so reruns are offline and identical.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import socket
import sys
import threading
import time
from datetime import UTC, datetime

from .. import __version__
from ..defaults import FETCH_RETRIES, FETCH_TIMEOUT, MAX_BYTES, MAX_REDIRECTS, MAX_RETRY_AFTER
from ..errors import DeclError, HostNotFound, HttpError, NotText, TemporaryFailure, Unavailable, UsageProblem
from ..files import atomic_write
from ..model import Source
from .items import redact_userinfo, without_userinfo
from .source import classify, content_type, page_media_type

USER_AGENT = f"declcli/{__version__}"
ACCEPT_ENCODING = "gzip, deflate"
_ASKED_ENCODINGS = {"gzip", "x-gzip", "deflate", "identity"}
_REFUSED_TYPES = {
    "application/pdf": "a PDF document",
    "application/json": "JSON",
    "application/zip": "a ZIP archive",
    "application/octet-stream": "binary data",
}


class _Retryable(Exception):
    def __init__(self, error: DeclError, retry_after: float | None = None):
        super().__init__(str(error))
        self.error = error
        self.retry_after = retry_after


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    import email.utils

    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _cache_paths(cache_dir: str, url: str) -> tuple[str, str]:
    key = hashlib.sha256(url.encode("utf-8")).hexdigest()
    return os.path.join(cache_dir, key + ".json"), os.path.join(cache_dir, key + ".body")


def _cache_load(cache_dir: str, url: str, max_bytes: int) -> Source | None:
    meta_path, body_path = _cache_paths(cache_dir, url)
    try:
        with open(meta_path, encoding="utf-8") as fh:
            meta = json.load(fh)
        if not isinstance(meta, dict) or meta.get("url") != url:
            return None
        with open(body_path, "rb") as fh:
            # --max-bytes holds for a cached body as for a fetched one (stored
            # by a run with a higher limit, or written by hand).
            data = fh.read(max_bytes + 1)
    except (OSError, ValueError):
        return None
    if len(data) > max_bytes:
        raise NotText(url, f"response larger than --max-bytes ({max_bytes} bytes), in the cache {cache_dir}")
    return Source(
        kind="url",
        location=url,
        data=data,
        media_type=meta.get("media_type"),
        charset=meta.get("charset"),
        final_url=meta.get("final_url"),
        fetched_at=meta.get("fetched_at"),
    )


def _cache_store(cache_dir: str, src: Source) -> None:
    os.makedirs(cache_dir, exist_ok=True)
    meta_path, body_path = _cache_paths(cache_dir, src.location)
    meta = {
        "url": src.location,
        "final_url": src.final_url,
        "media_type": src.media_type,
        "charset": src.charset,
        "fetched_at": src.fetched_at,
    }
    atomic_write(body_path, src.data)
    atomic_write(meta_path, json.dumps(meta, sort_keys=True).encode("utf-8"))


def _check_scheme(url: str, original: str) -> None:
    if not re.match(r"^https?://", url, re.I):
        if url == original:
            raise HttpError(original, "only http and https URLs can be fetched")
        raise HttpError(original, f"redirected to a refused URL: {url}")


def _refuse_added_userinfo(url: str):
    """A response hook that refuses a redirect whose Location carries a user
    name or password the user did not give: a server must not make declcli
    send (or write) credentials of its choosing."""
    import httpx

    m = _USERINFO_GIVEN.match(url)
    given = m.group(1).encode("utf-8") if m else b""

    def hook(response) -> None:
        location = response.headers.get("location") if response.has_redirect_location else None
        if not location:
            return
        try:
            added = httpx.URL(location).userinfo
        except (httpx.InvalidURL, ValueError):
            return  # httpx reports a malformed Location itself
        if added and added != given:
            raise HttpError(without_userinfo(url), "refused a redirect that adds a user name or password to the URL")

    return hook


_USERINFO_GIVEN = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://([^/?#]*)@")


def _compressed_body_cut_short(resp) -> bool:
    """A gzip or deflate body whose stream never reached its end: a body
    delimited by the connection's close, cut short (httpx flushes what it
    has and says nothing). Unknown to older or newer httpx internals: False."""
    decompressor = getattr(getattr(resp, "_decoder", None), "decompressor", None)
    return decompressor is not None and getattr(decompressor, "eof", True) is False


class _Deadline:
    """One deadline for a whole attempt: every hop's connect, TLS handshake,
    status line and headers, and the body.

    httpx's timeouts bound each read (and each hop's connect, which is given
    what is left), so a server that drips its status line and headers a byte
    at a time is never cut off by them. The sockets the client opens are seen
    through httpcore's `trace` extension; when the deadline passes, a timer
    thread shuts them down, which ends a read blocked in one of them. The
    caller then checks `expired` (a body cut by that shutdown is never taken
    as complete)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._timer: threading.Timer | None = None
        self._end = 0.0
        self._attempt = 0  # a timer that fires late never ends a later attempt
        self.expired = False

    def trace(self, event: str, info: dict) -> None:
        # connect_tcp, and start_tls (whose socket replaces the plain one), of
        # direct, proxied and tunnelled connections alike.
        if not event.endswith(("connect_tcp.complete", "start_tls.complete")):
            return
        stream = info.get("return_value")
        sock = stream.get_extra_info("socket") if stream is not None else None
        if not isinstance(sock, socket.socket):
            return
        with self._lock:
            self._sockets.append(sock)
            late = self.expired
        if late:
            _shut(sock)

    def start(self, seconds: float) -> None:
        with self._lock:
            self._attempt += 1
            self.expired = False
        self._end = time.monotonic() + seconds
        self._timer = threading.Timer(seconds, self._expire, args=(self._attempt,))
        self._timer.daemon = True
        self._timer.start()

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        # The sockets stay listed: the client's pool may hand one to the next
        # attempt without a new connect. (Closed ones cannot be shut: no harm.)

    def remaining(self) -> float:
        return self._end - time.monotonic()

    def _expire(self, attempt: int) -> None:
        with self._lock:
            if attempt != self._attempt:
                return
            self.expired = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)


def _shut(sock: socket.socket) -> None:
    # socket.socket's own shutdown, also for an SSLSocket (whose method would
    # drop its SSL object under the reading thread): the reader gets end of file.
    try:
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
    except OSError:
        pass  # closed already


# Addresses that `--no-private-redirects` refuses, in the order they are named.
_ADDRESS_KINDS = ("loopback", "unspecified", "link_local", "multicast", "reserved", "private")


def address_kind(address) -> str | None:
    """What makes an IP address non-public ("loopback", "private", ...), or None."""
    if address.version == 6:
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is not None:
            address = embedded
    for kind in _ADDRESS_KINDS:
        if getattr(address, "is_" + kind):
            return kind.replace("_", "-")
    if not address.is_global:
        return "non-public"  # shared address space 100.64/10 and the like
    return None


def host_addresses(host: str, port: int | None) -> list:
    """The IP addresses a connection to `host` would use: the host itself in
    any numeric form the C library accepts (`2130706433`, `0x7f000001`,
    `0177.0.0.1`, `127.1`, IPv6, IPv4-mapped IPv6), else what the resolver
    answers. A name that does not resolve gives []."""
    import ipaddress

    bare = host[1:-1] if host.startswith("[") and host.endswith("]") else host
    try:
        return [ipaddress.ip_address(bare.split("%", 1)[0])]
    except ValueError:
        pass
    try:
        return [ipaddress.IPv4Address(socket.inet_aton(bare))]
    except (OSError, ValueError):
        pass
    try:
        answers = socket.getaddrinfo(bare, port or 80, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return []
    return [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in answers]


def _refuse_private(url, shown: str) -> None:
    host = url.host
    for address in host_addresses(host, url.port):
        kind = address_kind(address)
        if kind:
            target = without_userinfo(str(url))
            raise HttpError(shown, f"refused a redirect to a {kind} address ({address}): {target} (--no-private-redirects)")


def _check_host(url, shown: str, redirected: bool) -> None:
    """A host name the resolver would choke on (an empty label as in
    `ex..ample`, a label over 63 characters) is an invalid URL, not a crash."""
    host = url.raw_host.decode("ascii", errors="replace")
    if not host or ":" in host:  # IPv6 literals are not names
        return
    try:
        host.encode("idna")
    except UnicodeError:
        what = "an empty label or one longer than 63 characters"
        if redirected:
            raise HttpError(
                shown, f"redirected to a URL whose host name is invalid ({what}): {without_userinfo(str(url))}"
            ) from None
        raise HttpError(shown, f"invalid host name ({what}): {host}") from None


def _attempt(client, url: str, timeout: float, max_bytes: int, deadline: _Deadline, private_redirects: bool = True) -> Source:
    # Messages and the Source name the URL without its user name and password.
    shown = without_userinfo(url)
    import httpx

    timed_out = TemporaryFailure(shown, f"timed out after {timeout:g} s")
    deadline.start(timeout)
    resp = None
    try:
        request = client.build_request("GET", url)
        hops = 0
        while True:
            _check_host(request.url, shown, redirected=hops > 0)
            left = deadline.remaining()
            if left <= 0:
                raise _Retryable(timed_out)
            request.extensions = {**request.extensions, "timeout": httpx.Timeout(left).as_dict(), "trace": deadline.trace}
            resp = client.send(request, stream=True)
            following = resp.next_request
            if following is None:
                break
            # A redirect's body is never read: closing the response drops its connection.
            resp.close()
            resp = None
            hops += 1
            if hops > MAX_REDIRECTS:
                raise HttpError(shown, f"more than {MAX_REDIRECTS} redirects")
            _check_scheme(without_userinfo(str(following.url)), shown)
            if not private_redirects:
                _refuse_private(following.url, shown)
            request = following
        final = str(resp.url)
        status = resp.status_code
        if status == 429 or status >= 500:
            err = TemporaryFailure(shown, f"HTTP {status} {resp.reason_phrase}".strip())
            raise _Retryable(err, _retry_after(resp.headers.get("retry-after")))
        if status >= 400:
            raise HttpError(shown, f"HTTP {status} {resp.reason_phrase}".strip())
        if 300 <= status < 400:
            raise HttpError(shown, f"HTTP {status} redirect without a usable Location")
        ctype = resp.headers.get("content-type", "")
        mtype, charset = content_type(ctype)
        if mtype and page_media_type(mtype) is None:
            what = _REFUSED_TYPES.get(mtype, mtype)
            raise NotText(shown, f"not HTML or text: the server sent {mtype}" + (f" ({what})" if what != mtype else ""))
        encodings = [e.strip().lower() for e in resp.headers.get("content-encoding", "").split(",") if e.strip()]
        unasked = [e for e in encodings if e not in _ASKED_ENCODINGS]
        if unasked:
            # Never decoded by httpx without its optional modules: the bytes would look like binary data.
            raise NotText(
                shown,
                f"the server sent a body compressed with {', '.join(unasked)}, which declcli "
                f"did not ask for (it accepts {ACCEPT_ENCODING})",
            )
        declared = resp.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > max_bytes and "content-encoding" not in resp.headers:
            raise NotText(shown, f"response larger than --max-bytes ({declared} > {max_bytes} bytes)")
        chunks: list[bytes] = []
        size = 0
        for chunk in resp.iter_bytes():
            size += len(chunk)
            if size > max_bytes:
                raise NotText(shown, f"response larger than --max-bytes ({max_bytes} bytes)")
            if deadline.expired or deadline.remaining() <= 0:
                raise _Retryable(timed_out)
            chunks.append(chunk)
        if deadline.expired:
            raise _Retryable(timed_out)  # the body ended because the deadline shut the connection
        if resp.num_bytes_downloaded and _compressed_body_cut_short(resp):
            raise _Retryable(TemporaryFailure(shown, "the server broke the connection: the compressed body ends before its end"))
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        if deadline.expired:
            raise _Retryable(timed_out) from None
        raise _http_failure(exc, shown, timed_out) from None
    finally:
        if resp is not None:
            resp.close()
        deadline.stop()
    return Source(
        kind="url",
        location=shown,
        data=b"".join(chunks),
        media_type=page_media_type(mtype),
        charset=charset,
        final_url=without_userinfo(final),
    )


def _http_failure(exc, shown: str, timed_out: DeclError) -> Exception:
    """httpx's exception as declcli's: a DeclError, or a _Retryable one."""
    import httpx

    if isinstance(exc, httpx.TimeoutException):
        return _Retryable(timed_out)
    if isinstance(exc, httpx.ConnectError):
        text = str(exc)
        if re.search(
            r"Name or service not known|nodename nor servname|getaddrinfo|No address associated|"
            r"Temporary failure in name resolution|Name does not resolve",
            text,
        ):
            return HostNotFound(shown, "host name not found")
        if "CERTIFICATE" in text.upper() or "SSL" in text.upper():
            return Unavailable(shown, redact_userinfo(f"TLS failure: {text} (--insecure skips verification)"))
        cause = "connection refused" if "refused" in text.lower() else redact_userinfo(f"cannot connect: {text}")
        return _Retryable(Unavailable(shown, cause))
    if isinstance(exc, httpx.UnsupportedProtocol):
        return HttpError(shown, "only http and https URLs can be fetched")
    if isinstance(exc, httpx.InvalidURL):
        return HttpError(shown, redact_userinfo(f"invalid URL: {exc}"))
    bad_location = "Invalid URL in location header:"
    if isinstance(exc, httpx.RemoteProtocolError) and str(exc).startswith(bad_location):
        # httpx could not parse the Location: the redirect cannot be followed, now or later.
        why = str(exc).removeprefix(bad_location).strip().rstrip(".")
        return HttpError(shown, redact_userinfo(f"redirected to an invalid URL: {why}"))
    if isinstance(exc, (httpx.RemoteProtocolError, httpx.ReadError)):
        return _Retryable(TemporaryFailure(shown, redact_userinfo(f"the server broke the connection: {exc}")))
    if isinstance(exc, httpx.DecodingError):
        return NotText(shown, redact_userinfo(f"the body could not be decompressed: {exc}"))
    return Unavailable(shown, redact_userinfo(f"network error: {exc}"))


_PROXY_VARIABLES = ("all_proxy", "ALL_PROXY", "https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY")


def _proxy_variable(bad) -> str:
    """The name of the first proxy variable whose value `bad(value)` is true."""
    for name in _PROXY_VARIABLES:
        value = os.environ.get(name)
        if value and bad(value):
            return name
    return "a proxy variable"


def _client(url: str, timeout: float, verify: bool):
    """The httpx client, with proxies from the environment; a proxy setting
    it cannot use is the user's to fix: one line, not a crash."""
    import httpx

    shown = without_userinfo(url)
    try:
        return httpx.Client(
            follow_redirects=False,  # followed in _attempt, hop by hop
            timeout=timeout,
            verify=verify,
            trust_env=True,
            headers={
                "User-Agent": USER_AGENT,
                "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
                "Accept-Encoding": ACCEPT_ENCODING,
            },
            event_hooks={"response": [_refuse_added_userinfo(url)]},
        )
    except ImportError as exc:
        if "socks" not in str(exc).lower():
            raise
        name = _proxy_variable(lambda v: v.strip().lower().startswith("socks"))
        raise Unavailable(
            shown, f"{name} names a SOCKS proxy, which needs the socksio package (pip install 'httpx[socks]')"
        ) from None
    except (httpx.InvalidURL, ValueError) as exc:

        def unusable(value: str) -> bool:
            try:
                httpx.Proxy(value if "://" in value else "http://" + value)
            except (httpx.InvalidURL, ValueError, ImportError):
                return True
            return False

        raise UsageProblem(shown, f"{_proxy_variable(unusable)} is not a usable proxy URL: {redact_userinfo(str(exc))}") from None


def fetch_url(
    url: str,
    *,
    timeout: float = FETCH_TIMEOUT,
    max_bytes: int = MAX_BYTES,
    input_format: str | None = None,
    retries: int = FETCH_RETRIES,
    cache_dir: str | None = None,
    verify: bool = True,
    backoff: float = 0.5,
    private_redirects: bool = True,
    note=None,
) -> Source:
    """GET an http(s) URL; see the module's notes for the limits.

    `private_redirects=False` refuses a redirect to a loopback, link-local,
    private, unspecified, reserved or multicast address (the CLI's
    --no-private-redirects); the URL given is always fetched.

    `note`, when given, is called with a line for a person on what happened
    on the way: a cache hit, a retry and why (the CLI's -v)."""
    shown = without_userinfo(url)  # what is written: output, messages, notes, the cache
    _check_scheme(shown, shown)
    if cache_dir:
        cached = _cache_load(cache_dir, shown, max_bytes)
        if cached is not None:
            if note:
                note(f"{shown}: from the cache ({cache_dir}, fetched {cached.fetched_at})")
            return classify(cached, input_format)
    deadline = _Deadline()
    with _client(url, timeout, verify) as client:
        attempt = 0
        while True:
            try:
                src = _attempt(client, url, timeout, max_bytes, deadline, private_redirects)
                break
            except _Retryable as exc:
                if attempt >= retries:
                    raise exc.error from None
                wait = backoff * (2**attempt)
                if exc.retry_after is not None:
                    wait = max(wait, min(exc.retry_after, MAX_RETRY_AFTER))
                if note:
                    note(f"{shown}: {exc.error.cause}; retry {attempt + 1} of {retries} in {wait:.1f} s")
                time.sleep(wait)
                attempt += 1
    src.fetched_at = datetime.now(UTC).replace(microsecond=0).isoformat()
    src = classify(src, input_format)
    if cache_dir:
        try:
            _cache_store(cache_dir, src)
        except (OSError, DeclError) as exc:
            # The page was fetched: a cache that cannot be written must not
            # lose it. Said once per cache folder, not once per URL.
            _warn_cache_once(cache_dir, exc)
        else:
            if note:
                note(f"{shown}: stored in the cache ({cache_dir})")
    return src


_CACHE_WARNED: set[str] = set()


def _warn_cache_once(cache_dir: str, exc: BaseException) -> None:
    if cache_dir in _CACHE_WARNED:
        return
    _CACHE_WARNED.add(cache_dir)
    from ..terminal import safe

    cause = exc.cause if isinstance(exc, DeclError) else f"cannot write: {getattr(exc, 'strerror', None) or exc}"
    print(safe(f"declcli: warning: --cache {cache_dir}: {cause}; going on without the cache"), file=sys.stderr)
