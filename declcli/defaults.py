"""The limits and thresholds of declcli, each defined once.

The command line's option defaults (and their help texts), the library's
keyword defaults (declcli.read, declcli.fetch), the run Options and the
stages all import them from here. Plain numbers only: this module is
imported at start-up and must stay free of imports.
"""

# ------------------------------------------------------------ input

# --max-bytes: the largest input accepted (a gzipped page counts unzipped;
# a fetched body counts after decompression). Also the library's max_bytes.
MAX_BYTES = 10 * 1024 * 1024

# A --from list: at most LIST_BYTES, and lines of at most LIST_LINE bytes
# (longer than any URL a server takes or any path a file system has), so that
# a list that never ends (`--from /dev/zero`, an endless pipe) is refused
# instead of filling memory.
LIST_BYTES = 64 * 1024 * 1024
LIST_LINE = 8 * 1024

# The largest declcli output `validate` and `diff` read.
MAX_OUTPUT_BYTES = 64 * 1024 * 1024

# ------------------------------------------------------------ fetch

# --timeout: seconds for each attempt, redirects and body included.
FETCH_TIMEOUT = 20.0
# --retries: retries on 429, 5xx, timeouts and connection errors.
FETCH_RETRIES = 2
# Redirects followed at the most (each hop's address checked again).
MAX_REDIRECTS = 10
# The longest Retry-After (seconds) honoured between two attempts.
MAX_RETRY_AFTER = 30.0

# ------------------------------------------------------------ runs

# --jobs of read and fetch (worker processes; 1 runs in this process).
JOBS = 1
# --jobs of batch: the worker processes of its local cluster.
BATCH_JOBS = 2
# --partition-size of batch: inputs per partition (one output file each).
PARTITION_SIZE = 100

# ------------------------------------------------------------ claims

# A paragraph longer than this is parsed in pieces of whole sentences (spaCy's
# parser holds a whole Doc; its own limit is 1,000,000 characters).
MAX_PIECE = 20_000
# Claims are read from the first MAX_TEXT characters of the body (spaCy's own
# limit for one text): a news article is far shorter, and a hostile page of
# megabytes must not cost minutes of parsing. The body itself is kept whole.
MAX_TEXT = 1_000_000
# A name keeps one entity label across this many characters of paragraphs at
# a time (declcli.claims.consistency): a news article is one window; a text of
# megabytes is read window by window, its parsed Docs never all held at once.
NAME_WINDOW = 100_000
# The language model parses paragraphs in batches of at most this many Docs
# and PARSE_BATCH_TOKENS tokens.
PARSE_BATCH_SIZE = 64
PARSE_BATCH_TOKENS = 20_000
# A string without white space longer than LONG_RUN characters (no word, URL
# or hashtag of a page is) is tokenized in pieces of RUN_PIECE characters:
# spaCy's tokenizer is quadratic in such a string's length.
LONG_RUN = 1_000
RUN_PIECE = 100
# Claims are read from the text up to its CLAIM_TOKENS-th word or mark of
# punctuation (declcli.pipeline.claims_extent): the language model costs
# about 0.3 ms a token here, so a 10 MB page would take most of an hour; a
# news article holds far fewer (the longest of the extraction benchmark's
# 181: about 10,000). The body itself is kept whole, and the CLI says where
# claims stopped.
CLAIM_TOKENS = 15_000
