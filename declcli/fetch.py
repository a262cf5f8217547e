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
from .source import HTML_TYPES, TEXT_TYPES, classify

USER_AGENT = f"declcli/{__version__}"
DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_RETRIES = 2
MAX_REDIRECTS = 10
MAX_RETRY_AFTER = 30.0
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


def _attempt(client, url: str, timeout: float, max_bytes: int) -> Source:
    import httpx

    deadline = time.monotonic() + timeout
    try:
        with client.stream("GET", url) as resp:
            final = str(resp.url)
            _check_scheme(final, url)
            status = resp.status_code
            if status == 429 or status >= 500:
                err = TemporaryFailure(url, f"HTTP {status} {resp.reason_phrase}".strip())
                raise _Retryable(err, _retry_after(resp.headers.get("retry-after")))
            if status >= 400:
                raise HttpError(url, f"HTTP {status} {resp.reason_phrase}".strip())
            if 300 <= status < 400:
                raise HttpError(url, f"HTTP {status} redirect without a usable Location")
            ctype = resp.headers.get("content-type", "")
            mtype = ctype.split(";")[0].strip().lower()
            m = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", ctype, re.I)
            charset = m.group(1) if m else None
            if mtype and mtype not in HTML_TYPES | TEXT_TYPES:
                what = _REFUSED_TYPES.get(mtype, mtype)
                raise NotText(url, f"not HTML or text: the server sent {mtype}" + (f" ({what})" if what != mtype else ""))
            declared = resp.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes and "content-encoding" not in resp.headers:
                raise NotText(url, f"response larger than --max-bytes ({declared} > {max_bytes} bytes)")
            chunks: list[bytes] = []
            size = 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise NotText(url, f"response larger than --max-bytes ({max_bytes} bytes)")
                if time.monotonic() > deadline:
                    raise _Retryable(TemporaryFailure(url, f"timed out after {timeout:g} s"))
                chunks.append(chunk)
    except httpx.TooManyRedirects:
        raise HttpError(url, f"more than {MAX_REDIRECTS} redirects") from None
    except httpx.TimeoutException:
        raise _Retryable(TemporaryFailure(url, f"timed out after {timeout:g} s")) from None
    except httpx.ConnectError as exc:
        text = str(exc)
        if re.search(r"Name or service not known|nodename nor servname|getaddrinfo|No address associated|"
                     r"Temporary failure in name resolution|Name does not resolve", text):
            raise HostNotFound(url, "host name not found") from None
        if "CERTIFICATE" in text.upper() or "SSL" in text.upper():
            raise Unavailable(url, f"TLS failure: {text} (--insecure skips verification)") from None
        cause = "connection refused" if "refused" in text.lower() else f"cannot connect: {text}"
        raise _Retryable(Unavailable(url, cause)) from None
    except httpx.UnsupportedProtocol:
        raise HttpError(url, "only http and https URLs can be fetched") from None
    except httpx.InvalidURL as exc:
        raise HttpError(url, f"invalid URL: {exc}") from None
    except (httpx.RemoteProtocolError, httpx.ReadError) as exc:
        raise _Retryable(TemporaryFailure(url, f"the server broke the connection: {exc}")) from None
    except httpx.DecodingError as exc:
        raise NotText(url, f"the body could not be decompressed: {exc}") from None
    except httpx.HTTPError as exc:
        raise Unavailable(url, f"network error: {exc}") from None
    src = Source(kind="url", location=url, data=b"".join(chunks), charset=charset, final_url=final)
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
    _check_scheme(url, url)
    if cache_dir:
        cached = _cache_load(cache_dir, url)
        if cached is not None:
            if note:
                note(f"{url}: from the cache ({cache_dir}, fetched {cached.fetched_at})")
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
                 "Accept-Encoding": "gzip, deflate"},
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
                    note(f"{url}: {exc.error.cause}; retry {attempt + 1} of {retries} in {wait:.1f} s")
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
                note(f"{url}: stored in the cache ({cache_dir})")
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
