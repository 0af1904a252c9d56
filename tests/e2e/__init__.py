"""End-to-end tests: the real bot against local fakes (see :mod:`.fakebotapi`)."""
