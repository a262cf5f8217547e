"""Stage 1 for URLs: fetch an article over http(s) as a Source.

- only http and https, redirects included (at most MAX_REDIRECTS);
- a total deadline per attempt (`timeout`), not only a per-read timeout, so a
  server that drips bytes cannot hold the run;
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
import sys
import time
from datetime import datetime, timezone

from . import __version__
from .errors import DeclError, HostNotFound, HttpError, NotText, TemporaryFailure, Unavailable
from .model import Source
from .files import atomic_write
from .runner import redact_userinfo, without_userinfo
from .source import HTML_TYPES, TEXT_TYPES, classify

USER_AGENT = f"declcli/{__version__}"
DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_RETRIES = 2
MAX_REDIRECTS = 10
MAX_RETRY_AFTER = 30.0
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
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def _cache_paths(cache_dir: str, url: str) -> tuple[str, str]:
    key = hashlib.sha256(url.encode("utf-8")).hexdigest()
    return os.path.join(cache_dir, key + ".json"), os.path.join(cache_dir, key + ".body")


def _cache_load(cache_dir: str, url: str) -> Source | None:
    meta_path, body_path = _cache_paths(cache_dir, url)
    try:
        with open(meta_path, encoding="utf-8") as fh:
            meta = json.load(fh)
        with open(body_path, "rb") as fh:
            data = fh.read()
    except (OSError, ValueError):
        return None
    if meta.get("url") != url:
        return None
    return Source(kind="url", location=url, data=data, media_type=meta.get("media_type"),
                  charset=meta.get("charset"), final_url=meta.get("final_url"), fetched_at=meta.get("fetched_at"))


def _cache_store(cache_dir: str, src: Source) -> None:
    os.makedirs(cache_dir, exist_ok=True)
    meta_path, body_path = _cache_paths(cache_dir, src.location)
    meta = {"url": src.location, "final_url": src.final_url, "media_type": src.media_type,
            "charset": src.charset, "fetched_at": src.fetched_at}
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


def _attempt(client, url: str, timeout: float, max_bytes: int) -> Source:
    # Messages and the Source name the URL without its user name and password.
    shown = without_userinfo(url)
    import httpx

    deadline = time.monotonic() + timeout
    try:
        with client.stream("GET", url) as resp:
            final = str(resp.url)
            _check_scheme(without_userinfo(final), shown)
            status = resp.status_code
            if status == 429 or status >= 500:
                err = TemporaryFailure(shown, f"HTTP {status} {resp.reason_phrase}".strip())
                raise _Retryable(err, _retry_after(resp.headers.get("retry-after")))
            if status >= 400:
                raise HttpError(shown, f"HTTP {status} {resp.reason_phrase}".strip())
            if 300 <= status < 400:
                raise HttpError(shown, f"HTTP {status} redirect without a usable Location")
            ctype = resp.headers.get("content-type", "")
            mtype = ctype.split(";")[0].strip().lower()
            m = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", ctype, re.I)
            charset = m.group(1) if m else None
            if mtype and mtype not in HTML_TYPES | TEXT_TYPES:
                what = _REFUSED_TYPES.get(mtype, mtype)
                raise NotText(shown, f"not HTML or text: the server sent {mtype}" + (f" ({what})" if what != mtype else ""))
            encodings = [e.strip().lower() for e in resp.headers.get("content-encoding", "").split(",") if e.strip()]
            unasked = [e for e in encodings if e not in _ASKED_ENCODINGS]
            if unasked:
                # Never decoded by httpx without its optional modules: the bytes would look like binary data.
                raise NotText(shown, f"the server sent a body compressed with {', '.join(unasked)}, which declcli "
                                     f"did not ask for (it accepts {ACCEPT_ENCODING})")
            declared = resp.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes and "content-encoding" not in resp.headers:
                raise NotText(shown, f"response larger than --max-bytes ({declared} > {max_bytes} bytes)")
            chunks: list[bytes] = []
            size = 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise NotText(shown, f"response larger than --max-bytes ({max_bytes} bytes)")
                if time.monotonic() > deadline:
                    raise _Retryable(TemporaryFailure(shown, f"timed out after {timeout:g} s"))
                chunks.append(chunk)
            if resp.num_bytes_downloaded and _compressed_body_cut_short(resp):
                raise _Retryable(TemporaryFailure(
                    shown, "the server broke the connection: the compressed body ends before its end"))
    except httpx.TooManyRedirects:
        raise HttpError(shown, f"more than {MAX_REDIRECTS} redirects") from None
    except httpx.TimeoutException:
        raise _Retryable(TemporaryFailure(shown, f"timed out after {timeout:g} s")) from None
    except httpx.ConnectError as exc:
        text = str(exc)
        if re.search(r"Name or service not known|nodename nor servname|getaddrinfo|No address associated|"
                     r"Temporary failure in name resolution|Name does not resolve", text):
            raise HostNotFound(shown, "host name not found") from None
        if "CERTIFICATE" in text.upper() or "SSL" in text.upper():
            raise Unavailable(shown, redact_userinfo(f"TLS failure: {text} (--insecure skips verification)")) from None
        cause = "connection refused" if "refused" in text.lower() else redact_userinfo(f"cannot connect: {text}")
        raise _Retryable(Unavailable(shown, cause)) from None
    except httpx.UnsupportedProtocol:
        raise HttpError(shown, "only http and https URLs can be fetched") from None
    except httpx.InvalidURL as exc:
        raise HttpError(shown, redact_userinfo(f"invalid URL: {exc}")) from None
    except (httpx.RemoteProtocolError, httpx.ReadError) as exc:
        raise _Retryable(TemporaryFailure(shown, redact_userinfo(f"the server broke the connection: {exc}"))) from None
    except httpx.DecodingError as exc:
        raise NotText(shown, redact_userinfo(f"the body could not be decompressed: {exc}")) from None
    except httpx.HTTPError as exc:
        raise Unavailable(shown, redact_userinfo(f"network error: {exc}")) from None
    src = Source(kind="url", location=shown, data=b"".join(chunks), charset=charset, final_url=without_userinfo(final))
    if mtype in HTML_TYPES:
        src.media_type = "text/html"
    elif mtype in TEXT_TYPES:
        src.media_type = "text/plain"
    return src


def fetch_url(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    input_format: str | None = None,
    retries: int = DEFAULT_RETRIES,
    cache_dir: str | None = None,
    verify: bool = True,
    backoff: float = 0.5,
    note=None,
) -> Source:
    """GET an http(s) URL; see the module's notes for the limits.

    `note`, when given, is called with a line for a person on what happened
    on the way: a cache hit, a retry and why (the CLI's -v)."""
    shown = without_userinfo(url)  # what is written: output, messages, notes, the cache
    _check_scheme(shown, shown)
    if cache_dir:
        cached = _cache_load(cache_dir, shown)
        if cached is not None:
            if note:
                note(f"{shown}: from the cache ({cache_dir}, fetched {cached.fetched_at})")
            return classify(cached, input_format)
    import httpx

    with httpx.Client(
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        timeout=timeout,
        verify=verify,
        trust_env=True,
        headers={"User-Agent": USER_AGENT,
                 "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
                 "Accept-Encoding": ACCEPT_ENCODING},
        event_hooks={"response": [_refuse_added_userinfo(url)]},
    ) as client:
        attempt = 0
        while True:
            try:
                src = _attempt(client, url, timeout, max_bytes)
                break
            except _Retryable as exc:
                if attempt >= retries:
                    raise exc.error from None
                wait = backoff * (2 ** attempt)
                if exc.retry_after is not None:
                    wait = max(wait, min(exc.retry_after, MAX_RETRY_AFTER))
                if note:
                    note(f"{shown}: {exc.error.cause}; retry {attempt + 1} of {retries} in {wait:.1f} s")
                time.sleep(wait)
                attempt += 1
    src.fetched_at = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
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
    from .terminal import safe

    cause = exc.cause if isinstance(exc, DeclError) else f"cannot write: {getattr(exc, 'strerror', None) or exc}"
    print(safe(f"declcli: warning: --cache {cache_dir}: {cause}; going on without the cache"),
          file=sys.stderr)
