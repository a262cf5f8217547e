"""Stage 1, input: the bytes of an article and what they are.

- `items`: the inputs a command names (paths, folders, `--from` lists, URLs);
- `source`: a file's or stdin's bytes, bounded, and their media type;
- `decode`: the text of those bytes, by the charset a BOM, the transport or the page names;
- `fetching`: a URL's bytes over HTTP (httpx, imported only when fetching);
- `warc`: the response records of a WARC file.

Nothing is imported here, so naming the package costs nothing at start-up.
"""
