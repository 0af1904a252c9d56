"""English round eng72w (answerable English who questions given the wrong passage first):
small invented texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

WORKS = """柘川酱园

柘川酱园，又称柘口酱园，是位于旧柘川府柘口镇的一处私营酱园，以晒制酱油闻名，是当地保存最完整的清代酱园建筑群。

酱园现存晒场与账房，晒场上仍存清代陶缸120余口。

清乾隆三十年，酱园由本地商人卞守谦集资创办，在镇东购地建园，雇工20余人。

1956年，酱园并入柘口供销合作社，1983年停止生产，旧址今为酱园博物馆。

2010年，柘川酱园被列为市级文物保护单位，每年春季举办晒酱节。

柘川酱园的酱油以黄豆和小麦为原料，日晒夜露，发酵期长达一年，旧时远销柘川府各县。

2018年，柘川酱园修缮账房和晒场，并开设酱园工作坊，供游客体验。
"""

def test_a_who_founded_question_reads_further_for_the_doer_by_you_writing_the_deed(tmp_path) -> None:
    """"Who founded the Zhechuan sauce works?": the lead and the later paragraphs name the works
    as often as the founding paragraph, which ranks below the first four; it names the founder
    by 由 and writes the deed's translation (由本地商人卞守谦集资创办): it comes first."""
    engine = engine_with(tmp_path, {"works.txt": WORKS})
    answer = engine.ask("Who founded the Zhechuan sauce works?", count=False)
    assert answer.results and "卞守谦" in answer.results[0].text, answer.results[0].text if answer.results else answer
