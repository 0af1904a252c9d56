"""The bot's adapters (Telegram, console, CLI) over the answering engine."""

import os

# NumPy's BLAS starts a worker thread at import that does not block signals: a Ctrl-C the kernel
# hands to it instead of the main thread is lost while the console waits at its prompt. The
# engine does no linear algebra, so BLAS keeps to the calling thread (unless the user says otherwise).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
