"""BM25 parameters, with ``rank_bm25``'s defaults and names."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from types import MappingProxyType
from typing import Any, Literal, get_args

Variant = Literal["okapi", "plus", "l"]
VARIANTS: tuple[str, ...] = get_args(Variant)
_DEFAULT_DELTA: Mapping[str, float] = MappingProxyType({"okapi": 0.0, "plus": 1.0, "l": 0.5})


@dataclass(frozen=True)
class BM25Params:
    """Scoring parameters, with ``rank_bm25``'s defaults.

    ``variant`` picks the formula: ``"okapi"`` (``BM25Okapi``), ``"plus"`` (``BM25Plus``) or
    ``"l"`` (``BM25L``). ``epsilon`` is used by Okapi only, ``delta`` by plus and l only;
    ``delta=None`` means the variant's ``rank_bm25`` default (plus 1.0, l 0.5; 0.0 for Okapi,
    where it is unused). Raises :class:`ValueError` for an unknown variant or a value out of
    range (``k1 >= 0``, ``0 <= b <= 1``, ``delta >= 0``, all finite).
    """

    variant: Variant = "okapi"
    k1: float = 1.5
    b: float = 0.75
    epsilon: float = 0.25
    delta: float | None = None

    def __post_init__(self) -> None:
        if self.variant not in VARIANTS:
            raise ValueError(f"unknown BM25 variant {self.variant!r}; expected one of {VARIANTS}")
        delta = _DEFAULT_DELTA[self.variant] if self.delta is None else self.delta
        values = {"k1": self.k1, "b": self.b, "epsilon": self.epsilon, "delta": delta}
        for name, value in values.items():
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ValueError(f"BM25 parameter {name} must be a number, got {value!r}")
            if not math.isfinite(value):
                raise ValueError(f"BM25 parameter {name} must be finite, got {value!r}")
            object.__setattr__(self, name, float(value))
        if self.k1 < 0:
            raise ValueError(f"BM25 parameter k1 must be >= 0, got {self.k1}")
        if not 0.0 <= self.b <= 1.0:
            raise ValueError(f"BM25 parameter b must be within [0, 1], got {self.b}")
        if delta < 0:
            raise ValueError(f"BM25 parameter delta must be >= 0, got {delta}")

    def to_dict(self) -> dict[str, Any]:
        """The parameters as a JSON-serialisable dict."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BM25Params:
        """Inverse of :meth:`to_dict`; raises :class:`ValueError` on unknown keys or values."""
        unknown = set(data) - {"variant", "k1", "b", "epsilon", "delta"}
        if unknown:
            raise ValueError(f"unknown BM25 parameter(s): {sorted(unknown)}")
        return cls(**data)
