"""Faults a test injects: errors, delays and dropped connections, consumed call by call."""

from __future__ import annotations

from dataclasses import dataclass

from .limits import DEFAULT_ERROR_TEXT, MAX_DELAY_SECONDS, MAX_FAULT_TIMES


@dataclass
class Fault:
    kind: str  # "fail" | "delay" | "disconnect"
    remaining: int
    status: int = 500
    description: str = ""
    retry_after: int | None = None
    seconds: float = 0.0


class FaultInjection:
    """Make the next calls of a method fail, answer late or never.

    (A part of :class:`~.server.FakeBotAPI`; its state is set up in ``FakeBotAPI.__init__``.)
    """

    def fail_next(
        self,
        method: str,
        status: int = 500,
        times: int = 1,
        retry_after: int | None = None,
        description: str | None = None,
    ) -> None:
        """Answer the next ``times`` calls of ``method`` with an error, then behave again.

        ``retry_after`` adds ``parameters.retry_after`` (PTB raises ``RetryAfter``; the
        status defaults to 429 then).  PTB maps 400 -> ``BadRequest``, 403 -> ``Forbidden``,
        401/404 -> ``InvalidToken``, 409 -> ``Conflict``, anything else -> ``NetworkError``.
        """
        if retry_after is not None and status == 500:
            status = 429
        if not 400 <= status <= 599:
            raise ValueError("status must be an HTTP error status (400-599)")
        text = description or DEFAULT_ERROR_TEXT.get(status, f"Error {status}")
        self._add_fault(
            method,
            Fault(
                kind="fail",
                remaining=self._check_times(times),
                status=status,
                description=text.format(retry_after=retry_after),
                retry_after=retry_after,
            ),
        )

    def delay_next(self, method: str, seconds: float, times: int = 1) -> None:
        """Hold the next ``times`` calls of ``method`` for ``seconds`` before handling them.

        The call is still carried out afterwards (a client ``TimedOut`` does not mean the
        message was not sent -- just like on Telegram) unless a :meth:`fail_next` or
        :meth:`disconnect_next` for the same method fires too: then the delayed call fails.
        Delays end early on :meth:`stop`.
        """
        if not 0 <= seconds <= MAX_DELAY_SECONDS:
            raise ValueError(f"seconds must be within 0..{MAX_DELAY_SECONDS}")
        self._add_fault(
            method, Fault(kind="delay", remaining=self._check_times(times), seconds=seconds)
        )

    def disconnect_next(self, method: str, times: int = 1) -> None:
        """Close the connection of the next ``times`` calls without answering (the call is
        not carried out).  PTB raises ``NetworkError``."""
        self._add_fault(method, Fault(kind="disconnect", remaining=self._check_times(times)))

    def clear_faults(self) -> None:
        """Forget all injected faults that have not fired yet."""
        self._faults.clear()

    @staticmethod
    def _check_times(times: int) -> int:
        if not 1 <= times <= MAX_FAULT_TIMES:
            raise ValueError(f"times must be within 1..{MAX_FAULT_TIMES}")
        return times

    def _add_fault(self, method: str, fault: Fault) -> None:
        key = method.lower()
        if key != self.DOWNLOAD and key not in self._handlers:
            raise ValueError(f"unknown method {method!r}; known: {sorted(self._handlers)}")
        self._faults.setdefault(key, []).append(fault)

    def _take_fault(self, method: str, kind: str) -> Fault | None:
        faults = self._faults.get(method.lower())
        if not faults:
            return None
        for fault in faults:
            if fault.kind == kind:
                fault.remaining -= 1
                if fault.remaining <= 0:
                    faults.remove(fault)
                return fault
        return None
