"""Which figure of a passage answers a question: where the question's words stand in its
sentences, what it quotes, and what kind of figure it asks for."""

from __future__ import annotations

import pytest

from bot.answer import answer_question
from bot.answer.figure import choose_figure
from bot.answer.figure.clauses import level_asked, year_given
from bot.answer.figure.parts import PART_ASKED, part_of
from bot.answer.figure.fitness import YEARLESS
from bot.answer.query import read_question
from bot.question import analyse
from index.fields import HEADING
from index.figures import Figure, passage_figures
from index.normalize import normalize
from index.search import Index
from tests.conftest import index_of

TEXTS = {
    "economy": (
        "據浙江省統計局發布的數據，前三季度全省地區生產總值為59,342億元，按不變價格計算，同比增長6.3%，"
        "高於全國1.1個百分點。全省居民人均可支配收入49,312元，比上年同期名義增長5.6%。"
        "截至9月末，全省常住人口達6,627萬人，比去年末增加50萬人；秸稈焚燒火點比上年下降了12.5%。"
    ),
    "zones": "全省共有國家級開發區21個，排名全國第三。",
    "cave": "芙蓉洞於1993年對外開放，洞內有70多種鐘乳石，門票旺季時每人120元。",
    "cave_free": "芙蓉洞於1993年對外開放，洞內有70多種鐘乳石。",
    "founders": "阿里巴巴成立於1999年，創始人為馬雲等18人。經過訓練的人最快可騎到每小時45公里每小時。",
    "treaties": "5月，英法聯軍北上，26日到達天津城。清政府分別於6月13日和18日簽訂了《中俄條約》和《中美條約》。",
    "typhoon": (
        "今年第12號颱風「梅花」於14日20時30分前後登陸，登陸時中心附近最大風力14級（42米/秒），"
        "中心最低氣壓955百帕。省防指已於13日將防颱風應急響應提升至Ⅰ級。"
    ),
    "railway": "1854年，該市的第一座火車站建成。1878年，周邊地區併入該市，人口增至五萬。",
    "cup": "1955年，歐洲足球總會成立。同年，獎盃的設計者逝世，獎盃以他的名字命名。1960年舉行了第一屆賽事。",
    "emirate": "1852年，他成為酋長。從此，該城作為獨立的酋長國，與鄰國分離。1892年，該城與英國簽訂協議。",
    "works": "第二期工程自2019年3月至2021年12月進行，全長12公里，沿線設有8座車站。",
    "provinces": "沿海的有十二個，全國共有二十個省份。",
    "census": "據統計，全市外來人口約1.2萬人，全市人口為49,736人。",
    "holiday": "2010年12月17日，該市宣布將1月14日訂定為開拓日，以紀念1895年1月14日的編入。",
    "survey": "在年度考核中，學員對第一期課程滿意的佔91%，對第二期課程滿意的佔97%。",
    "aspects": (
        "學員對第一期總體評價“好”的佔99.67%，對第二期評價“好”的佔99.96%，"
        "加強理論學習、深入調查研究、運用“四下基層”經驗開展走訪等9個方面評價為“好”的均達到99.8%以上。"
    ),
    "stadium": "該球場可以容納6,476名觀眾，其中主看台有2,173個坐席，對面是可容606名觀眾的階梯看台。",
    "lake": "該湖面積12.5平方公里，最深處達30米，湖邊有3個村莊和兩座寺廟。",
    "rank": "該市人口居全國第5位，面積居全國第12位，共轄10個區。",
    "ratings": "該劇於2005年首播，共20集，首集收視率為7.07，創下同時段紀錄。",
    "population": "多倫多是加拿大最大的城市。根據2012年七月的人口普查，多倫多市人口達2,790,060，為最大城市。多倫多的城市區有5,132,794名居民。",
            "school": "該校創立於民國38年，首任校長在任8年，現有學生1200名。",
    "decree": "1684年，朝廷公布了這項法令。1875年，這項法令被廢止。",
    "trade": "1948年，兩國關係惡化；2月，兩國中斷貿易；6月，雙方斷交。",
    "patrol": "當天志願者共排查糾紛2700起，又走訪了村民。",
    "canteens": "全省2900多名縣級領導、7800多個機關部門、2.5萬名鎮街幹部包村聯社，用心辦好老年食堂、海島群眾吃水等實事。",
    "canteens_counted": "去年各地建成老年食堂300家，惠及長者4萬名。",
    "students": "該校現有3萬名本科生，教師2000名。",
    "employment": "在該市的工業就業人口中，以製造業和營造業為大宗，各佔總就業人口27.82%和8.90%；服務業則以批發業為多。",
    "quarters": "據統計，一季度、二季度全市GDP同比分別增長5.3%和4.7%，高於全國水平。",
    "subsidy": "學校為留校學生發放每人500元的生活補貼，共計發放66.3萬元。",
    "lifespan": "2023年我國居民人均預期壽命由2022年的77.9歲提高到78.6歲，嬰兒死亡率為4.5‰。",
    "forecast": "北京市氣象台預報，29日白天晴間多雲，陣風七級左右，最高氣溫2℃；夜間晴，最低氣溫零下9℃。30日白天最高氣溫零下1℃，為今冬以來首個冰天。",
    "injuries": "消防署統計，這起地震共造成12人受傷，其中2人傷勢較重，無人死亡。暫時安置住戶23人，另有一棟五層樓外牆剝落。",
    "casualties": "事故共造成3人死亡、15人受傷。",
    "repairs": "無法遠程升級的車輛將免費更換模組，每輛車維修時間約為1.5小時，可撥打熱線400-820-1234諮詢。",
    "recall": "該公司決定自2025年1月10日起，召回2021年3月18日至2023年6月30日期間生產的部分電動汽車。",
    "budget": "2025年度總預算案歲出規模為1,822億元，較上年度增加56億元，增幅3.2%。其中社會福利支出為412億元，占歲出總額的22.6%。",
    "files": "開展五大重點領域專項整治，“三類文件”數量同比減少14.6%。",
    "aftershocks": "共發生37次餘震，其中最大一次為規模5.1。",
    "rents": "差餉物業估價署數字顯示，今年第一季私人住宅租金按季上升1.9%，按年上升4.6%；樓價則按季下跌0.8%。",
    "power": "2026年全省發電量2,186億千瓦時，同比增長7.4%；全社會用電量2,043億千瓦時，同比增長8.1%。",
    "monthly_trade": "單月來看，5月份全省進出口1043.8億元，同比增長8.4%，環比增長5.7%，單月規模首次突破千億元。",
    "faculty": "學校現有教職工6,870人，其中專任教師3,420人，教授1,180人、副教授1,396人；兩院院士27人。",
    "revenue": "2023年該公司實現營業收入9.6億元，同比增長72%；今年前三季度營收達到8.3億元，同比增長65%。",
    "rounds": "公司此前已完成多輪融資：2020年3月完成1.2億元A輪融資，2022年6月完成3.5億元B輪融資，B輪由禾岳資本領投。加上本輪，公司累計融資金額已超過13億元。",
    "grouper": "石斑魚113年產量達12870公噸，較前一年增加14.6%，其中外銷7635公噸，外銷比率為59.3%，外銷產值21.4億元。",
    "court_cases": "市中級人民法院全年受理案件21,364件，審結19,887件，其中一審案件6,218件、二審案件12,705件、再審及其他案件964件。",
    "ipo": "本次發行價為32.60元，發行市盈率為41.35倍，低於行業平均水平。",
    "vaccines": "廣東省自2019年起連續第七年開展重點人群流感疫苗免費接種。",
    "tower": "大樓地上85層，高347.5公尺，從1樓到74樓觀景台的高速電梯只需43秒。",
    "admission": "台大醫學系最低錄取分數為385.6分，較去年提高2.3分，錄取率為14.6%。",
    "routes": "去年新增集裝箱航線21條，航線總數達到305條。",
    "fair": "共有6015家機構參展，較上屆增加約880家；站廳容納人數擴大到1萬人。",
    "housing": "香港房屋委員會昨日（8月15日）公布截至今年6月底的公營房屋統計數字。",
    "pilot": "機長現年56歲，累計飛行時數約1萬8千小時。",
    "hospital": "灣仔有一間擁有140年歷史的律敦治醫院，距離港島東約10公里。",
    "ageing": (
        "60歲及以上人口為940716人，佔5.36%，其中65歲及以上人口佔3.22%。"
        "與2010年相比，60歲及以上人口的比重上升2.38個百分點。"
    ),
    "buyback": "第三季騰訊斥資258億港元回購1.04億股股份。",
    "outage": "地震共造成12人受傷，花蓮、台東地區約3,200戶停電。",
    "park": "台灣於2009年成立台江國家公園，面積約393平方公里，其中陸域面積49平方公里。",
    "birds": "全球黑面琵鷺數量達到6,988隻，其中台灣記錄到4,135隻。",
    "battles": "1894年7月25日，日本海軍在豐島海面襲擊清朝運兵船，戰爭爆發。同年9月17日，雙方艦隊在黃海交戰。",
    "quake": "4月3日上午7時58分，花蓮縣政府南南東方25.0公里處發生芮氏規模7.2地震，震源深度15.5公里。",
    "survey_cadres": "2.46萬名幹部圍繞1.8萬個課題深入基層開展調研。",
    "city_gdp": (
        "2014年，該市地區生產總值為2823億元，同比增長8.0%；人均生產總值88953元，城鎮登記失業率為2.16%，"
        "在2012年發表的中國新興城市五十強中，該市入圍其中。"
    ),
    "batches": "該省分兩批在全省黨員中開展主題教育。全省4.5萬名幹部、433.6萬名黨員在學習中受到教育。",
    "university": (
        "1922年7月，學校增設工學、新聞兩學部，同時在上海、北京、廣州等七處招收新生152人，其中女生2人，"
        "是為廈大男女同校之始。1923年冬，因廈門大學教師教學質量不好，學生要求教學改革。"
    ),
    "members": "全省將65.7萬名流動黨員納入有效管理，433.6萬名黨員在學習中增強了思想自覺。",
    "stores": (
        "便利商店的開始應是在1930年，美國南方公司於達拉斯開設了27家商店，並於1946年延長營業時間。"
        "日本的便利商店於1969年開始發展，至今已有相當的規模。"
    ),
    "golf": "一般的，許多球場為18洞，標準桿72桿。",
    "golf_long": "一般的，許多球場為18洞，標準桿72桿，全長約7,000碼。",
    "holes": "一般高爾夫球場設4個3桿洞，4個5桿洞和10個4桿洞。一般的，許多球場為18洞，標準桿72桿。",
    "altitude": "錦地羅生長於海拔50米至1,520米的地區，全長通常只有2cm（0.79英尺）。",
    "donkey": "牠們是印度跑得最快的動物之一，最高每小時可達70-80公里。",
    "marathon": "東吳大學自1999年開辦超級馬拉松24小時賽。2012年東吳超馬賽事中，已有6名選手達到門檻。",
    "harbour": "日軍已抵達戰機預定升空地點，為歐胡島正北230浬，築摩號和利根號皆各派出1架偵察機。",
    "anniversary": "聯合國將2008年定為麻赫穆德·喀什噶里年，以紀念他誕生1000年。",
    "poem": "玉素甫寫成了6000多行的勸誡性長詩《福樂智慧》。",
    "premier": "俾斯麥曾兩任首相。",
    "premier_years": "俾斯麥曾兩任首相，在任共二十八年。",
}


@pytest.fixture(scope="module")
def index() -> Index:
    return index_of(TEXTS)


def choice(index: Index, text: str, question: str, topic: str = "") -> tuple[str | None, float]:
    """The figure chosen in ``TEXTS[text]`` for ``question``, and its fit."""
    query = read_question(index, question)
    words = {t.term: t.weight for t in query.terms if not t.term.startswith(HEADING)}
    figure, fit = choose_figure(TEXTS[text], words, index, query.info, topic)
    assert 0.0 <= fit <= 1.0
    return (None if figure is None else figure.text), fit


def only_figure(text: str, written: str) -> Figure:
    """The figure of ``TEXTS[text]`` written so."""
    return next(f for f in passage_figures(TEXTS[text]) if f.text == written)


def pick(index: Index, text: str, question: str) -> str | None:
    return choice(index, text, question)[0]


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        # a date heading its sentence says when for the whole sentence
        ("railway", "該市的第一座火車站在哪一年建成？", "1854年"),
        # 同年 stands for the last year named
        ("cup", "獎盃的設計者在哪一年逝世？", "1955年"),
        # a sentence without a date of its own continues the time of the one before
        ("emirate", "該城在哪一年與鄰國分離？", "1852年"),
        # "until when": a range's end; "since when": its start
        ("works", "第二期工程何時結束？", "2021年12月"),
        ("works", "第二期工程何時開始進行？", "2019年3月至2021年12月"),
        ("works", "第二期工程在哪年哪月收尾？", "2021年12月"),
        # a month asked for: the date naming it, not another year
        ("trade", "兩國是在1948年的幾月中斷貿易？", "2月"),
        # a word the text writes otherwise: 頒布 for 公布
        ("decree", "這項法令是在哪一年頒布的？", "1684年"),
        # a day asked for: a date without a year is its own answer, not the dated one before it
        ("holiday", "開拓日是幾月幾日？", "1月14日"),
        # a month and a day asked: the date naming the month, not the bare day beside it
        ("treaties", "中俄條約在幾月幾日簽訂？", "6月13日"),
        # a bare day of the month answers when
        ("treaties", "英法聯軍在哪一天到達天津城？", "26日"),
        # 民國 years
        ("school", "該校創立於民國幾年？", "民國38年"),
        # a semicolon joins the clauses of one sentence: the date heading it governs them all
        ("city_gdp", "該市何時的人均生產總值為88953元？", "2014年"),
    ],
)
def test_dates(index: Index, text: str, question: str, answer: str) -> None:
    assert pick(index, text, question) == answer


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        # never the figure the question quotes, however written (20 = 二十)
        ("provinces", "20個省份中沿海的有幾個？", "十二個"),
        # nor one it quotes roughly ("將近5萬" is the 49,736)
        ("census", "全市將近5萬人中，外來人口有多少人？", "1.2萬人"),
        # a figure beside another batch than the one asked about is not its answer
        ("survey", "學員對第二期課程滿意的比例是多少？", "97%"),
        # what a figure says is said of what comes before it: 加強理論學習 belongs to 99.8%,
        # not to the 99.96% ending the clause before it
        ("aspects", "加強理論學習等方面評價為好的比例是多少？", "99.8%"),
        # a thousands comma does not end a clause: 觀眾 right after 6,476名 is what it counts
        ("stadium", "該球場能容納多少名觀眾？", "6,476名"),
        # what the figure measures: an area, a depth
        ("lake", "該湖的面積有多大？", "12.5平方公里"),
        ("lake", "該湖最深處有多深？", "30米"),
        # a rank: 第幾
        ("rank", "該市人口在全國排第幾？", "第5位"),
        # a rate written as a bare number, when nothing is written as a share
        ("ratings", "該劇首集收視率是多少？", "7.07"),
        # a bare number described as what is asked (人口達…) counts people as 名 does
        ("population", "加拿大最大的城市在2012年7月時有多少人？", "2,790,060"),
        # people are counted with 名 (or 位): 多少人 is not the 個 of the topics they studied
        ("survey_cadres", "帶著課題深入基層調研的幹部是幾萬人？", "2.46萬名"),
        # a level written in Roman numerals; a pressure; a speed; a number in a row
        ("typhoon", "應急響應提升到幾級？", "Ⅰ級"),
        ("typhoon", "中心最低氣壓是多少？", "955百帕"),
        ("typhoon", "登陸時風速是多少？", "42米/秒"),
        ("typhoon", "梅花是今年第幾號颱風？", "第12號"),
        ("typhoon", "梅花幾點登陸？", "20時30分"),
        # a preposition between a count and a word: the word is not what it counts (兩批*在*…黨員)
        ("batches", "有多少黨員參加了主題教育？", "433.6萬名"),
        # an item of a list: its figure is said of the words before it in the item, not the next item's
        ("court_cases", "市中院審結的二審案件有多少件？", "12,705件"),
        # 教授1,180人、副教授: the 副 of the next item modifies no 教授 that 1,180人 counts
        # a time asked without a date (今年前三季度): not the figure of a clause dated another year
        ("revenue", "該公司今年前三季度的營業收入是多少億元？", "8.3億元"),
        ("revenue", "该公司2023年的营业收入是多少？", "9.6億元"),
        ("faculty", "该校有多少名教授？", "1,180人"),
        ("faculty", "该校有多少名副教授？", "1,396人"),
        # a clause that begins with a change says it of the clause before's subject (…租金按季上升1.9%，按年上升4.6%)
        ("rents", "私人住宅租金按年升幅有幾多？", "4.6%"),
        ("rents", "私人住宅租金按季升幅有幾多？", "1.9%"),
        ("power", "全社會用電量同比增長了多少？", "8.1%"),
        ("power", "全省發電量同比增長了多少？", "7.4%"),
        ("monthly_trade", "5月份進出口環比增長多少？", "5.7%"),  # both changes go on with 进出口's clause
        ("monthly_trade", "5月份進出口同比增長多少？", "8.4%"),
    ],
)
def test_counts_proportions_and_ranks(index: Index, text: str, question: str, answer: str) -> None:
    assert pick(index, text, question) == answer


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # by how much something changed: the figure after the verb of that change, not the level
        ("前三季度全省地區生產總值增長了多少？", "6.3%"),
        ("居民人均可支配收入增長了多少？", "5.6%"),  # though 收入 asks money: a change is written as a share
        ("常住人口增加了多少？", "50萬人"),
        ("秸稈焚燒火點降了多少？", "12.5%"),
        # asked in English
        ("by how much did 居民人均可支配收入 grow?", "5.6%"),
        # not a change asked: the level
        ("居民人均可支配收入是多少？", "49,312元"),
    ],
)
def test_a_change_is_answered_by_the_figure_of_that_change(index: Index, question: str, answer: str) -> None:
    assert pick(index, "economy", question) == answer


def test_an_amount_asked_by_its_measure_word_is_never_one_measured_otherwise(index: Index) -> None:
    """多少年 asks years: 18人 is no answer, whatever stands near (no direct answer rather than a
    wrong one); a rate of the asked unit is (每小時多少公里: 45公里每小時)."""
    assert pick(index, "founders", "阿里巴巴成立多少年了？") is None
    assert pick(index, "founders", "阿里巴巴的創始人有幾個人？") == "18人"
    assert pick(index, "founders", "經過訓練的人最快每小時能騎多少公里？") == "45公里每小時"
    # a price asked: only money answers it, with or without a measure word
    assert pick(index, "cave", "芙蓉洞的門票多少錢？") == "120元"
    assert pick(index, "cave_free", "芙蓉洞的門票多少錢？") is None
    # a length asked by its measure word: the 18 of 18洞 is no number of yards
    assert pick(index, "golf_long", "標準桿72桿的球場全長一般有多少碼？") == "7,000碼"
    assert pick(index, "golf", "標準桿72桿的球場全長一般有多少碼？") is None
    # years asked by 年: two terms of office say how many times, not how many years
    assert pick(index, "premier_years", "俾斯麥一共當了幾年首相？") == "二十八年"
    assert pick(index, "premier", "俾斯麥一共當了幾年首相？") is None
    assert pick(index, "premier", "俾斯麥當了幾任首相？") == "兩任"
    # ... and a unit of one name asked in another: 幾公尺 → 米, not the 英尺 beside it
    assert pick(index, "altitude", "錦地羅可以長在海拔幾公尺的地方？") == "50米至1,520米"
    assert pick(index, "harbour", "戰機在歐胡島正北多少浬升空？") == "230浬"


def test_the_most_asked_of_a_range_is_its_end(index: Index) -> None:
    """最高可以長在海拔幾公尺: of 50米至1,520米, 1,520米; but a range the text itself calls the most
    (最高每小時可達70-80公里) is the answer whole."""
    assert pick(index, "altitude", "錦地羅最高可以長在海拔幾公尺？") == "1,520米"
    assert pick(index, "donkey", "印度野驢最高每小時可跑多少公里？") == "70-80公里"


def test_a_count_beside_the_asked_instance_is_no_contrast(index: Index) -> None:
    """幾個5桿洞: 4個 stands right before 5桿洞 -- the 4 of 4桿洞 later in its clause contrasts
    with 10個, not with it; and 18 of 18洞 counts holes, it is no value of 球場 before it."""
    assert pick(index, "holes", "標準球場裡一般有幾個5桿洞？") == "4個"
    assert pick(index, "holes", "一座球場通常有多少個4桿洞？") == "10個"


def test_years_since_a_birth_answer_how_many_years_on(index: Index) -> None:
    """誕生幾週年: 誕生1000年 counts years (the year 1000 it would otherwise read), not 2008年; a
    poem's 6000多行 counts its lines (行 a measure word after a number)."""
    assert pick(index, "anniversary", "是紀念他誕生幾週年？") == "1000年"
    assert pick(index, "poem", "《福樂智慧》這首長詩一共有多少行？") == "6000多行"


def test_a_date_after_zi_answers_since_when(index: Index) -> None:
    """自1999年開辦 writes when it began, as 自…起 does (2012年 dates one of its races)."""
    assert pick(index, "marathon", "東吳超馬是從哪一年開始辦的？") == "1999年"


def test_a_count_naming_another_thing_does_not_answer(index: Index) -> None:
    """多少家老年食堂: 2.5萬名 counts the 鎮街幹部 named after it, in a text that names 老年食堂
    elsewhere -- no direct answer rather than a wrong one; a count of the thing itself answers, and
    so does one in a text that calls the thing otherwise (本科生 for 學生)."""
    assert pick(index, "canteens", "包村聯社以後建了多少家老年食堂？") is None
    assert pick(index, "canteens", "海島群眾吃水問題一共涉及多少個海島？") is None
    assert pick(index, "canteens", "有多少名鎮街幹部包村聯社？") == "2.5萬名"
    assert pick(index, "canteens_counted", "去年建成了多少家老年食堂？") == "300家"
    assert pick(index, "students", "該校有多少名學生？") == "3萬名"


def test_people_counted_by_what_befell_them_are_not_others(index: Index) -> None:
    """多少人死亡 in a text that says 無人死亡: 12人 were hurt and 23人 housed -- counts of people
    whose clause does not say they died -- and 五層 counts floors. No direct answer rather than a
    wrong one; where a clause says it, its count answers."""
    assert pick(index, "injuries", "地震造成多少人死亡？") is None
    assert pick(index, "injuries", "地震造成多少人受傷？") == "12人"
    assert pick(index, "casualties", "事故造成多少人死亡？") == "3人"
    assert pick(index, "casualties", "事故造成多少人受傷？") == "15人"
    # a noun after the measure word names who is counted, not what befell them
    assert pick(index, "injuries", "暫時安置了多少名住戶？") == "23人"


def test_things_asked_by_their_measure_word_are_not_people_or_amounts(index: Index) -> None:
    """多少棟房屋: a count of people (12人受傷) or households (3,200戶停電) counts no buildings, and
    多少輛車 no length of time (1.5小時); 幾個人 may be answered by people, 个 counting anything."""
    assert pick(index, "outage", "地震造成多少棟房屋受損？") is None
    assert pick(index, "outage", "地震造成多少戶停電？") == "3,200戶"
    assert pick(index, "casualties", "事故造成幾棟房屋倒塌？") is None
    assert pick(index, "casualties", "事故造成幾個人死亡？") == "3人"
    assert pick(index, "repairs", "這次召回涉及多少輛車？") is None
    assert pick(index, "repairs", "維修一輛車要多久？") == "1.5小時"


def test_documents_naming_a_thing_but_not_counting_it_give_nothing() -> None:
    """The passage speaks of 老年食堂 but counts only other things: no figure, and as the question
    asks only how many, nothing (``count_not_written``); asked what was done, the passage."""
    small = index_of({"canteens": TEXTS["canteens"], "patrol": TEXTS["patrol"]})
    assert not answer_question(small, "包村聯社以後建了多少家老年食堂？").results
    what = answer_question(small, "包村聯社以後辦了什麼實事？")
    assert what.results and what.results[0].passage.doc == "canteens.txt"
    sure = answer_question(small, "有多少名鎮街幹部包村聯社？")
    assert sure.confident and sure.text == "2.5萬名"


def test_a_bare_number_right_after_the_asked_word_is_its_value(index: Index) -> None:
    """規模多大: 7.2 stands right after 規模 ("芮氏規模7.2地震") -- not the 25.0公里 beside it."""
    assert pick(index, "quake", "地震規模多大？") == "7.2"
    assert pick(index, "quake", "震源深度多少公里？") == "15.5公里"


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        # the things listed before the figures (各佔 ... 和 ...)
        ("employment", "營造業佔就業人口的百分之多少？", "8.90%"),
        ("employment", "製造業佔就業人口的百分之多少？", "27.82%"),
        ("quarters", "二季度GDP增長了多少？", "4.7%"),
        ("quarters", "一季度GDP增長了多少？", "5.3%"),
        # ... or after them (分別於 6月13日和18日 簽訂了 A 和 B)
        ("treaties", "中美條約在幾月幾日簽訂？", "18日"),
        ("treaties", "中俄條約在幾月幾日簽訂？", "6月13日"),
    ],
)
def test_figures_given_respectively(index: Index, text: str, question: str, answer: str) -> None:
    """分別/各: the k-th figure of the list is the k-th listed thing's."""
    assert pick(index, text, question) == answer


def test_an_amount_per_person_answers_per_person_and_a_total_a_total(index: Index) -> None:
    """每人500元 is no answer to 一共发放了多少 (共計發放66.3萬元 is), and the answer to 每人多少."""
    assert pick(index, "subsidy", "一共發放了多少補貼？") == "66.3萬元"
    assert pick(index, "subsidy", "每人的生活補貼是多少錢？") == "500元"


def test_a_change_from_one_figure_to_another_answers_with_the_second(index: Index) -> None:
    """由77.9歲提高到78.6歲: 78.6歲 is what is; 77.9歲 answers what was -- asked by 原來 or by the
    date the text gives it (2022年)."""
    assert pick(index, "lifespan", "人均預期壽命是多少？") == "78.6歲"
    assert pick(index, "lifespan", "2022年人均預期壽命是多少歲？") == "77.9歲"
    assert pick(index, "lifespan", "原來的人均預期壽命是多少？") == "77.9歲"
    assert pick(index, "lifespan", "過去一年人均預期壽命提高到多少？") == "78.6歲"  # "the past year"


def test_a_figure_under_another_day_than_the_question_names_is_no_answer(index: Index) -> None:
    """北京30日最高气温: 2℃ stands under 29日 (the last date before it), 零下1℃ under 30日."""
    assert pick(index, "forecast", "北京30日最高氣溫多少度？") == "零下1℃"
    assert pick(index, "forecast", "北京29日最高氣溫多少度？") == "2℃"
    assert pick(index, "forecast", "29日夜間最低氣溫是多少？") == "零下9℃"


def test_which_place_asks_a_rank(index: Index) -> None:
    """第几 is the question's word, not one the text must hold (it was, and the question found nothing)."""
    answer = answer_question(index, "國家級開發區數量全國排第幾？")
    assert answer.text == "第三" and answer.results[0].passage.doc == "zones.txt"


def test_a_range_answers_since_when_more_surely(index: Index) -> None:
    """從何時起, 何時開始: a range's start answers it, as its end answers 何時結束."""
    since = choice(index, "works", "第二期工程是從何時起進行的？")
    when = choice(index, "works", "第二期工程是何時進行的？")
    assert since[0] == when[0] == "2019年3月至2021年12月"
    assert since[1] > when[1] + 0.05


def test_the_documents_topic_tells_its_figures_apart_less(index: Index) -> None:
    """In an article titled 廈門大學 every figure is the university's: 男女同校之始 says which."""
    assert choice(index, "university", "廈門大學男女同校之始是在哪一年？", normalize("廈門大學\n"))[0] == "1922年7月"


def test_a_count_of_events_does_not_answer_how_many_people(index: Index) -> None:
    """多少人 is not answered by 2700起 (disputes): events are not people (measures_otherwise);
    多少次 is."""
    assert choice(index, "patrol", "志願者排查糾紛有多少人？")[0] is None
    assert choice(index, "patrol", "志願者排查糾紛有多少次？")[0] == "2700起"


def test_a_fronted_date_belongs_most_to_the_clause_after_it() -> None:
    """"2023年9月,總書記考察,對…開展…提出要求": a word two clauses after a date is less its
    date's than the same word, as many characters away, in the clause right after it."""
    from bot.answer.figure.nearness import closeness, layout

    def near(text: str) -> float:
        shape = layout(text)
        word = text.index("開展")
        return closeness(shape, shape.spot(word, word + 2), shape.spot(0, 5), date=True)

    next_clause, later_clause = near("2020年,甲乙丙開展工作。"), near("2020年,甲乙,開展工作。")
    assert 0 < later_clause < next_clause


def test_an_amount_of_something_else_does_not_count_the_thing_an_english_question_counts() -> None:
    from bot.answer.figure import kind_factor
    from bot.question import analyse, with_english
    from index.figures import passage_figures

    tons, visits = passage_figures("該機場處理貨物237萬噸，接待1200萬人次。")
    passengers = with_english(analyse("How many passengers did the airport handle?"), "count", "乘客", frozenset({"乘客"}))
    assert kind_factor(passengers, tons) < kind_factor(passengers, visits)  # a weight counts no passengers
    years = with_english(analyse("How many years did it take?"), "count", "年", frozenset({"年", "个"}))
    (span,) = passage_figures("歷時22年。")
    assert kind_factor(years, span) >= 1.0  # 年 is what it counts
    chinese = analyse("該機場處理了多少")  # no measure words known: the figure's own kind decides
    assert kind_factor(chinese, tons) == kind_factor(chinese, visits)


def test_a_date_whose_year_the_text_gives_is_no_yearless_date() -> None:
    """同年9月17日 has the year just named: it weighs as a full date, not as a date without one."""
    text = TEXTS["battles"]
    info = analyse("黃海交戰發生在什麼時候？")
    figures = {f.text: f for f in passage_figures(text)}
    assert year_given(text, info, figures["9月17日"]) == 1.0 / YEARLESS
    assert year_given(text, info, figures["1894年7月25日"]) == 1.0
    assert year_given(text, analyse("黃海交戰發生在幾月幾日？"), figures["9月17日"]) == 1.0


def test_a_part_answers_only_a_question_naming_it(index: Index) -> None:
    """其中陸域面積49平方公里 is part of the 393平方公里 before it: the whole answers 面積多大, the
    part answers a question that names it (陸域面積)."""
    assert pick(index, "park", "台江國家公園面積多大？") == "393平方公里"
    assert pick(index, "park", "台江國家公園陸域面積是多少？") == "49平方公里"
    assert pick(index, "birds", "全球黑面琵鷺有多少隻？") == "6,988隻"
    # a numeral and its measure word name no other part: 其中最大一次為規模5.1 is the largest asked --
    # named by the question's own words the whole's clause lacks (最大, 规模), it is the part asked
    assert part_of(TEXTS["aftershocks"], only_figure("aftershocks", "5.1"), ["最大", "余震", "规模"]) == PART_ASKED


def test_a_start_the_text_marks_answers_since_when(index: Index) -> None:
    """自2025年1月10日起 召回: the recall's start, not the range of the cars' making dates."""
    assert pick(index, "recall", "召回從哪天開始？") == "2025年1月10日"
    assert pick(index, "recall", "召回的車是什麼時候生產的？") == "2021年3月18日至2023年6月30日"


def test_the_size_of_a_rise_is_the_figure_after_it(index: Index) -> None:
    """歲出增幅是多少: 增幅3.2% -- not the 22.6% written right after 歲出; where the text writes
    the change with its verb (同比減少14.6%), 降幅 is not missed."""
    assert pick(index, "budget", "歲出增幅是多少？") == "3.2%"
    assert pick(index, "files", "三類文件的數量同比降幅是多少？") == "14.6%"


def test_a_rate_written_as_a_multiple_or_a_count_in_a_row(index: Index) -> None:
    """市盈率 is written as a multiple (41.35倍), 連續第七年 counts years in a row: both answer."""
    assert pick(index, "ipo", "發行市盈率是多少？") == "41.35倍"
    assert pick(index, "vaccines", "廣東連續第幾年開展免費接種？") == "第七年"


def test_an_amount_is_not_a_count_and_a_count_not_an_amount(index: Index) -> None:
    """要多久 is not answered by 74樓, 錄取多少人 not by 385.6分 or a share; the same measure word
    as the question's still answers (幾倍 → 七倍 even where 面積 asks an area)."""
    assert pick(index, "tower", "從1樓到觀景台要多久？") == "43秒"
    assert pick(index, "admission", "台大醫學系錄取多少人？") is None
    assert pick(index, "admission", "台大醫學系錄取分數比去年提高多少？") == "2.3分"
    assert pick(index, "admission", "台大醫學系最低錄取分數是多少？") == "385.6分"


def test_a_level_asked_is_not_the_amount_of_a_change(index: Index) -> None:
    """航線總數有多少條: 305條, not the 21條 新增; a question naming the change still gets it; a
    level reached (擴大到1萬人) is no amount of change."""
    assert pick(index, "routes", "航線總數有多少條？") == "305條"
    assert pick(index, "routes", "去年新增多少條航線？") == "21條"
    assert level_asked(TEXTS["fair"], analyse("共有多少家機構參展？"), only_figure("fair", "880家"), ["机构"]) == 0.5
    assert level_asked(TEXTS["fair"], analyse("站廳能容納多少人？"), only_figure("fair", "1萬人"), ["容纳"]) == 1.0


def test_a_date_figures_are_given_as_of_is_not_when_it_happened(index: Index) -> None:
    """公布截至今年6月底的統計數字: published on 8月15日; 6月底 is what they count up to."""
    assert pick(index, "housing", "房委會何時公布統計數字？") == "8月15日"
    assert pick(index, "housing", "統計數字截至什麼時候？") == "6月底"


def test_an_amount_asked_is_not_another_amount(index: Index) -> None:
    """飛行時數 asks a time (1萬8千小時), not an age (56歲); 身高 asks a length, which no age is;
    距離現在多久 asks a time, not a distance (距離 says how far only when it is not from now)."""
    assert pick(index, "pilot", "機長飛行時數多少？") == "1萬8千小時"
    assert pick(index, "pilot", "機長身高多少？") is None
    assert pick(index, "hospital", "律敦治醫院是在距離現在約多久以前蓋的？") == "140年"


def test_a_share_asked_is_not_its_change_in_points(index: Index) -> None:
    """佔比多少 asks the share (5.36%), not the 2.38個百分點 it rose by; asked by how many points, those answer."""
    assert pick(index, "ageing", "60歲及以上人口佔比多少？") == "5.36%"
    assert pick(index, "ageing", "60歲及以上人口比重提升了幾個百分點？") == "2.38個百分點"


def test_a_measure_word_that_begins_another_word_is_no_unit(index: Index) -> None:
    """多少回購股份: 回 begins 回購, it asks no number of times; 斥資 asks money."""
    assert pick(index, "buyback", "騰訊第三季斥資多少回購股份？") == "258億港元"


CHANGES = {
    "mountain": "雪山圈谷直徑約600公尺，雪山主峰海拔3,886公尺，為臺灣第二高峰。",
    "tree": "水杉樹高可達35米至50米，胸徑可達2.5米；其天然分布區沿溪谷長約60公里。",
    "lunch": "每名學生每餐補助標準由現行的68元提高至80元，另每餐加發10元蔬果補助。",
    "pension": "這是養老金連續第20年調整，今年總體上調3%。",
}


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        ("mountain", "雪山有多高？", "3,886公尺"),  # not the cirque's diameter
        ("mountain", "圈谷的直徑有多大？", "600公尺"),
        ("tree", "水杉能長多高？", "35米至50米"),  # 長 here grows; the valley's 長約60公里 is a length
        ("tree", "水杉的分布區有多長？", "60公里"),
    ],
)
def test_a_length_named_as_another_than_the_one_asked_does_not_answer(text: str, question: str, answer: str) -> None:
    assert chosen(CHANGES, text, question) == answer


RESPECTIVE_AFTER = {
    "raids": "大軍在1237年和1241年分別攻陷了梁贊和布達，此後各國年年納貢。",
    "trade": "此後十年，大軍仍多次西征。",
}


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("大軍是哪一年攻陷梁贊的？", "1237年"),  # the mark after the years: the things follow it
        ("大军哪一年攻陷布达？", "1241年"),
    ],
)
def test_figures_given_respectively_with_the_mark_after_them(question: str, answer: str) -> None:
    assert chosen(RESPECTIVE_AFTER, "raids", question) == answer


OWN_MEASURES = {
    "election": "1980年大選，卡特僅贏得6州，雷根則拿下44個州的選舉人票。",
    "league": "聯盟共有12支球隊，分布在8州。",
}


def test_a_number_counting_by_the_noun_asked_counts_it() -> None:
    """6州 for 几个州: the noun is the number's measure word (a bare number otherwise), and it
    counts what is asked, where 44個州 is the other side's."""
    assert chosen(OWN_MEASURES, "election", "卡特只赢了几个州？") == "6"
    assert chosen(OWN_MEASURES, "league", "球队分布在几个州？") == "8"


DISTANCES = {
    "reservoir": "青山水庫位於縣城東北方約12公里，大壩高35米，長約400米。",
    "fort": "古堡在城堡以北約8公里，堡牆高約6公尺。",
}


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        ("reservoir", "青山水庫的大壩有多高？", "35米"),  # not how far it lies from the town
        ("reservoir", "青山水库大坝高度", "35米"),
        ("fort", "古堡的牆有多高？", "6公尺"),
        ("reservoir", "青山水庫離縣城多遠？", "12公里"),
    ],
)
def test_a_length_after_a_direction_is_a_distance(text: str, question: str, answer: str) -> None:
    assert chosen(DISTANCES, text, question) == answer


def chosen(texts: dict[str, str], text: str, question: str) -> str | None:
    """The figure chosen in ``texts[text]`` for ``question``, over an index of ``texts``."""
    index = index_of(texts)
    query = read_question(index, question)
    words = {t.term: t.weight for t in query.terms if not t.term.startswith(HEADING)}
    figure, _ = choose_figure(texts[text], words, index, query.info, "")
    return None if figure is None else figure.text


def test_the_value_in_force_before_a_change_is_the_earlier_one() -> None:
    """現行 and 開通前 ask what was before the change the text reports; 上調 asks a change."""
    assert chosen(CHANGES, "lunch", "現行每餐補助多少錢？") == "68元"
    assert chosen(CHANGES, "pension", "養老金今年上調了多少？") == "3%"


def test_the_level_a_change_reached_is_the_figure_after_its_verb() -> None:
    """提高到多少 asks the level reached (由現行的68元提高至80元), though the question's other
    words stand nearer another amount per meal (另每餐加發10元蔬果補助)."""
    assert chosen(CHANGES, "lunch", "每餐補助提高到多少錢？") == "80元"
    assert analyse("失業率降至多少？").reached and not analyse("養老金上調了多少？").reached
    assert analyse("開通前重慶到昭通要多久？").earlier and not analyse("目前重慶到昭通要多久？").earlier


DATES = {
    "plant": "一期項目於2018年5月開工、2020年9月投產，總投資180億元。",
    "wing": "南院區於2023年3月開工，預計2026年10月投入使用。",
    "battles": "其中最著名的是1041年的好水川之戰，其後宋軍又在1042年的定川寨之戰中戰敗。",
}


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        ("plant", "一期項目什麼時候投產？", "2020年9月"),  # the date its verb follows at once
        ("plant", "一期項目何時開工？", "2018年5月"),
        ("wing", "南院區什麼時候投入使用？", "2026年10月"),
        ("wing", "南院區何時開工？", "2023年3月"),
    ],
)
def test_a_date_says_when_of_the_event_written_right_after_it(text: str, question: str, answer: str) -> None:
    assert chosen(DATES, text, question) == answer


def test_a_date_after_qizhong_is_no_part_of_a_whole() -> None:
    """其中 gives a part of an amount (其中陸域面積49平方公里); a date after it is not one."""
    text = DATES["battles"]
    info = analyse("好水川之戰是哪一年？")
    first = next(f for f in passage_figures(text) if f.text == "1041年")
    assert part_of(text, first, ["好", "水川", "之战"]) == 1.0
    assert info.kind == "date"


def test_the_figure_a_change_starts_from_answers_the_question_naming_its_owner() -> None:
    """由一期的4萬片提升至8萬片: 4萬片 is 一期's, though it is what the change started from."""
    texts = {"fab": "二期項目投產後，月產能由一期的4萬片提升至8萬片，年產值預計達到320億元。"}
    assert chosen(texts, "fab", "一期月產能多少？") == "4萬片"
    assert chosen(texts, "fab", "二期投產後月產能是多少？") == "8萬片"


def test_a_campaign_asked_when_it_started_or_ended_is_answered_by_its_range() -> None:
    """When the campaign started or ended: the range it ran (2023年4月至2024年1月) answers, not
    the date of a visit in a shorter paragraph that names the campaign too (UNTIL_RANGE)."""
    index = index_of({
        "campaign": (
            "根據統一部署，2023年4月至2024年1月，全市分兩批在黨員幹部中開展學習主題教育。\n\n"
            "2023年9月，領導到全市考察，對扎實開展第二批主題教育提出要求。\n\n"
            "全市舉辦讀書班120期。"
        ),
    })
    started = answer_question(index, "全市的主題教育是哪一年啟動的？")
    ended = answer_question(index, "全市的主題教育到何時才全部結束？")
    assert started.text is not None and started.text.startswith("2023年4月")
    assert ended.text is not None and "2024年1月" in ended.text
    visit = answer_question(index, "領導是何時到全市考察的？")
    assert visit.text == "2023年9月"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("各分項的好評比例都在多少以上？", "99.8%"),
        ("各分項好評比例的下限是多少？", "99.8%"),
        ("第一批的好評比例是多少？", "99.67%"),
        ("排隊時間多在多少分鐘以內？", "20分鐘"),
    ],
)
def test_a_bound_asked_is_answered_by_a_figure_written_as_that_bound(question: str, expected: str) -> None:
    """都在多少以上, 下限: 99.8%以上 -- not the first share written after the words; 多少分鐘以內:
    20分鐘以內, not the average written right after 排隊時間."""
    text = (
        "各分項的好評比例，第一批佔99.67%，第二批佔99.96%，九個方面均達到99.8%以上。"
        "窗口排隊時間平均35分鐘，九成在20分鐘以內。"
    )
    small = index_of({"survey": text})
    assert answer_question(small, question).text == expected


def test_a_level_is_no_answer_to_by_how_much_it_changed() -> None:
    """比上一年提高了多少: 覆蓋率達85.7% is where it stands, not by how much it rose -- no figure,
    and the passage only possibly related; the level asked is answered, and a change written
    with its verb answers the change."""
    small = index_of({"report": "全省專業物業服務覆蓋率達85.7%。全省地區生產總值同比增長6.3%。"})
    rise = answer_question(small, "全省專業物業服務覆蓋率比上一年提高了多少？")
    assert rise.text is None and rise.results and not rise.confident
    assert answer_question(small, "全省專業物業服務覆蓋率是多少？").text == "85.7%"
    assert answer_question(small, "全省地區生產總值同比增長了多少？").text == "6.3%"


def test_a_first_time_asked_takes_the_earliest_year(index: Index) -> None:
    """最早的便利商店可以追溯至哪一年: of the years the passage gives, the earliest (1930年), not
    the year Japan's shops began (1969年, written right after 便利商店 and 開始)."""
    assert choice(index, "stores", "最早的便利商店出現在哪一年？")[0] == "1930年"
    assert choice(index, "stores", "日本的便利商店是哪一年開始發展的？")[0] == "1969年"


def test_a_count_of_a_kind_of_the_thing_asked_counts_less(index: Index) -> None:
    """多少黨員: 433.6萬名黨員 counts them, 65.7萬名流動黨員 only a kind of them (流動, which the
    question does not write, stands between); asked 多少流動黨員, that one. Not in a question with
    English words, whose translations do not say which modifiers the reader wrote."""
    assert choice(index, "members", "全省一共有多少黨員？")[0] == "433.6萬名"
    assert choice(index, "members", "全省有多少流動黨員納入管理？")[0] == "65.7萬名"


def test_a_word_said_of_an_earlier_date_is_not_near_the_next_one() -> None:
    """"1962年8月8日發行的…梅蘭芳舞臺藝術和1963年8月5日發行的…熊貓": a word standing after a date
    in its clause is said of that date, though it stands right before the next one -- the Mei
    Lanfang stamp was issued in 1962 (1963年 won by nearness alone), the panda in 1963."""
    small = index_of({"stamps": (
        "有時郵政部門故意發行無齒孔郵票，例如1962年8月8日發行的紀94號郵票梅蘭芳舞臺藝術"
        "和1963年8月5日發行的特59號郵票熊貓。"
    )})
    mei = answer_question(small, "梅蘭芳舞臺藝術郵票是哪一年發行的？")
    panda = answer_question(small, "熊貓郵票是哪一年發行的？")
    assert mei.text is not None and mei.text.startswith("1962年")
    assert panda.text is not None and panda.text.startswith("1963年")


@pytest.mark.parametrize(
    ("question", "answer"), [("公司的B輪融資金額是多少？", "3.5億元"), ("公司A轮融了多少钱？", "1.2億元")]
)
def test_a_latin_letter_is_read_with_the_character_it_is_written_onto(index: Index, question: str, answer: str) -> None:
    """B輪 is one mark, as the text writes it (3.5億元B輪融資): not a B and a 輪 of any round."""
    from bot.answer.figure_words import figure_words

    query = read_question(index, question)
    figure, _ = choose_figure(TEXTS["rounds"], figure_words(query), index, query.info)
    assert figure is not None and figure.text == answer


def test_latin_marks_are_joined_to_the_character_they_are_written_onto() -> None:
    from bot.answer.figure_words import latin_joined

    assert latin_joined("公司的b轮融资金额") == ["b轮"]
    assert latin_joined("a股上市公司") == ["a股"]
    assert latin_joined("维生素c") == ["素c"]  # no character after: the one before
    assert latin_joined("how many 共富工坊") == []  # an English word, apart
    assert latin_joined("gdp增长") == []  # three letters: a word of its own


def test_a_share_the_question_names_is_looked_for_where_the_text_names_it(index: Index) -> None:
    """外销比率是多少: 比率 asks a share (a question word, not searched), and the text writes it beside
    its figure (外銷比率為59.3%) -- after 其中, naming no other part than the one before."""
    from bot.answer.figure_words import figure_words

    query = read_question(index, "石斑鱼外销比率是多少？")
    assert "比率" in figure_words(query)
    figure, _ = choose_figure(TEXTS["grouper"], figure_words(query), index, query.info)
    assert figure is not None and figure.text == "59.3%"
