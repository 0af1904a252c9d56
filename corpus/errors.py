"""The project's exceptions, all in one place.

Every error the project raises on purpose derives from :class:`QABotError`, so adapters
(CLI, console, Telegram) can catch one base and print a one-line message.

- :class:`ConfigError` -- a bad or missing configuration file, key or value (names the key).
- :class:`CorpusError` -- a corpus folder or document that cannot be used (names the file).
- :class:`IndexBuildError` -- an index that cannot be built, loaded or saved.
- :class:`DocumentRejected` -- an uploaded document refused (too large, bad name, not UTF-8 ...).
"""

from __future__ import annotations


class QABotError(Exception):
    """Base of every error this project raises on purpose."""


class ConfigError(QABotError):
    """The configuration is missing, malformed, or has a wrong key or value."""


class CorpusError(QABotError):
    """A corpus folder or document cannot be read or holds nothing usable."""


class IndexBuildError(QABotError):
    """An index could not be built, loaded or saved."""


class DocumentRejected(QABotError):
    """An uploaded or added document was refused; the message says why."""
