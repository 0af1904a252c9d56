"""An answer as the ``ask --json`` contract (README, "Command line")."""

from __future__ import annotations

from typing import Any

from bot.answer import Answer


def answer_to_json(answer: Answer, limit: int = 10) -> dict[str, Any]:
    """``{"question", "answer", "confident", "passages": [{"text", "score", "doc", "paragraph", "figures"}]}``.

    ``confident`` is false only when passages are shown that are possibly related.
    """
    return {
        "question": answer.question,
        "answer": answer.text,
        "confident": not answer.hedged,
        "passages": [
            {
                "text": r.text,
                "score": round(float(r.score), 6),
                "doc": r.passage.doc,
                "paragraph": r.passage.paragraph,
                "figures": [f.text for f in r.figures],
            }
            for r in answer.results[:limit]
        ],
    }
