"""``make bench``: the engine on the article, start-up, and (when present) scale and burst sections.

The machine is shared and noisy: every figure is a median over repeats, beside a baseline
measured in the same run, as a ratio.
"""

from __future__ import annotations

import argparse
import sys

from tests.bench import article


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench")
    parser.add_argument("--only", default="", help="comma-separated sections: article,scale,burst")
    parser.add_argument("--quick", action="store_true", help="fewer repeats and smaller sizes")
    args = parser.parse_args(argv)
    sections = {s for s in args.only.split(",") if s} or {"article", "scale", "burst"}
    if "article" in sections:
        article.run(quick=args.quick)
    if "scale" in sections:
        try:
            from tests.bench import scale
        except ImportError:
            print("\n(scale section not available)")
        else:
            scale.run(quick=args.quick)
    if "burst" in sections:
        try:
            from tests.bench import burst
        except ImportError:
            print("\n(burst section not available)")
        else:
            burst.run(quick=args.quick)
    return 0


if __name__ == "__main__":
    sys.exit(main())
