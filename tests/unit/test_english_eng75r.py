"""English round eng75r (the right passage ranked 2nd or 3rd below another): small invented
texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

PILOT = """澄溪縣屋頂光伏試點運行一年

本報訊 11月20日，記者從澄溪縣發展改革局獲悉，澄溪縣屋頂光伏試點已運行滿一年。一年來，全縣屋頂光伏試點共建成光伏電站126座，屋頂光伏試點累計發電1.8億千瓦時。

試點於去年11月3日在縣能源中心啟動，首批覆蓋9個鄉鎮、86個行政村。

縣發展改革局局長表示，明年將把屋頂光伏試點擴大到全縣所有鄉鎮。
"""

BRIDGE = """澄溪大橋工程

澄溪大橋全長約1.2公里，工程於2022年4月動工，2024年9月建成通車。
"""


def test_a_dateline_dates_the_report_not_the_start_asked(tmp_path) -> None:
    """"When did Chengxi county's rooftop solar pilot get under way?": the lead paragraph holds
    the pilot's words three times and its only date is the dateline's (本報訊 11月20日, when the
    news was given); 試點於去年11月3日…啟動 tells when it began."""
    engine = engine_with(tmp_path, {"pilot.txt": PILOT, "bridge.txt": BRIDGE})
    answer = engine.ask("When did Chengxi county's rooftop solar pilot get under way?", count=False)
    assert answer.results and "11月3日" in answer.results[0].text, answer


def test_dateline_first_reads_the_lead_only() -> None:
    """The dateline's clause and the next one are read for the question's verbs (局發布消息)."""
    from bot.answer.english.dateline import _says_verb

    text = "本报讯 12月2日，柘川市住房和城乡建设局发布消息，截至11月底全市加装电梯1386部。"
    end = text.index("日") + 1
    assert _says_verb(text, end, ("发布",))
    assert not _says_verb(text, end, ("启动",))
    lead = "本报讯 12月16日，菰塘县林业局通报全县湿地鸟类监测网络运行一年来的情况。"
    end = lead.index("日") + 1
    assert not _says_verb(lead, end, ("监测",), ("网络", "鸟类"))  # "monitoring network": a name
    assert _says_verb(lead, end, ("通报",), ("网络", "鸟类"))
