"""Figures as real Chinese text writes them: dates and ranges, 民國 years, centuries, Chinese
numerals, thousands separators, units of measure, proportions and ordinals."""

from __future__ import annotations

import pytest

from index.figures import Figure, chinese_number, find_figures


def only(text: str) -> Figure:
    figures = find_figures(text)
    assert len(figures) == 1, figures
    return figures[0]


@pytest.mark.parametrize(
    ("text", "figure", "year", "parts"),
    [
        ("該校創立於1911年10月10日，", "1911年10月10日", 1911, "ymd"),
        ("羅馬帝國於395年分裂為東西兩部分", "395年", 395, "y"),
        ("孔子生於西元前551年", "西元前551年", -551, "y"),
        ("大壩建於公元前598～前591年間", "公元前598～前591年", -598, "y"),  # one range before the era
        ("秦朝在西元前221年至前207年間", "西元前221年至前207年", -221, "y"),
        ("學校在民國38年遷到臺灣", "民國38年", 1949, "y"),
        ("民國三十八年冬天", "民國三十八年", 1949, "y"),
        ("一九四九年十月一日", "一九四九年十月一日", 1949, "ymd"),
        ("這種寫法流行於17世紀末期", "17世紀末期", 1600, "c"),
        ("八十年代以後", "八十年代", 1980, "x"),  # a decade in numerals: of the twentieth century ...
        ("二十世紀六十年代初", "二十世紀六十年代初", 1960, "x"),  # ... unless a century is written
        ("19世紀80年代的工業", "19世紀80年代", 1880, "x"),
        ("用了八十年", None, None, None),  # eighty years: a count, no decade
        ("蒸汽機車在二十世紀中開始被取代", "二十世紀中", 1900, "c"),  # the middle of a century
        ("孝昭帝即位，十一月立為皇后", "十一月", None, "m"),  # a month in numerals opening a clause ...
        ("樂團五月天的演唱會", None, None, None),  # ... not inside a name
        ("至十一月時劉牢之率軍前往", "十一月", None, "m"),  # ... after a preposition or a year's word
        ("翌年二月孫恩就率眾進攻", "二月", None, "m"),
        ("19世紀中國的鐵路", "19世紀", 1800, "c"),  # ... not 中國
        # a reign's year and the common era's in brackets: one date, the bracketed year
        ("明朝正德六年（1511年），霸州民變", "正德六年（1511年）", 1511, "y"),
        ("清同治十二年(1873年)，卒", "同治十二年(1873年)", 1873, "y"),
        ("乾明／皇建元年（560年），孝昭帝即位", "皇建元年（560年）", 560, "y"),
        ("搖滾樂在1950年代興起", "1950年代", 1950, "x"),
        ("恐龍大約在6600萬年前滅絕", "6600萬年前", None, "a"),
        ("稻米在每年9月收割", "9月", None, "m"),
        ("荷花在6至8月開放", "6至8月", None, "m"),
        ("會議於3月5日開幕", "3月5日", None, "md"),
    ],
)
def test_dates(text: str, figure: str | None, year: int | None, parts: str | None) -> None:
    dates = [f for f in find_figures(text) if f.kind == "date"]
    if figure is None:
        assert dates == []
        return
    [date] = dates
    assert (date.text, date.value, date.parts) == (figure, year, parts)
    assert text[date.start : date.end] == figure


def test_a_date_range_and_its_end() -> None:
    date = only("工程自2019年3月至2021年12月進行")
    assert date.text == "2019年3月至2021年12月" and date.kind == "date"
    end = date.upper()
    assert (end.text, end.value, end.parts) == ("2021年12月", 2021, "ym")
    assert "工程自2019年3月至2021年12月進行"[end.start : end.end] == "2021年12月"


def test_a_length_of_time_is_not_a_year() -> None:
    assert (only("這座古城已有近300年歷史").kind, only("任期為4年").kind) == ("count", "count")
    assert only("任期為4年").unit == "年"


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        ("全村共有一百二十戶人家", "一百二十戶", 120, "戶"),
        ("他養了十二隻羊", "十二隻", 12, "隻"),
        ("兩萬三千名觀眾到場", "兩萬三千名", 23000, "名"),
        ("全市人口2,345,678人", "2,345,678人", 2345678, "人"),
        ("吸引了300多萬人次", "300多萬人次", 3000000, "人次"),
        ("水庫面積12.5平方公里", "12.5平方公里", 12.5, "平方公里"),
        ("海拔1,250公尺的山頂", "1,250公尺", 1250, "公尺"),
        ("電廠裝機容量三千兆瓦", "三千兆瓦", 3, "千兆瓦"),
        ("總投資約45億美元", "45億美元", 4.5e9, "美元"),
        ("他去世時享年八十四歲", "八十四歲", 84, "歲"),
        ("每批招收5至8名學員", "5至8名", 5, "名"),
    ],
)
def test_counts_with_units(text: str, figure: str, value: float, unit: str) -> None:
    f = only(text)
    assert (f.text, f.kind, f.unit) == (figure, "count", unit)
    assert f.value == pytest.approx(value)


def test_a_count_range_keeps_its_upper_end() -> None:
    assert only("每批招收5至8名學員").high == 8


@pytest.mark.parametrize(
    ("text", "written", "low", "high"),
    [
        ("是一种落叶乔木，高约4－25米；树冠伞形", "4－25米", 4, 25),
        ("荚果内有种子2－4颗", "2－4颗", 2, 4),
    ],
)
def test_a_range_joined_by_a_full_width_hyphen_is_one_figure(
    text: str, written: str, low: float, high: float
) -> None:
    """The full-width hyphen (－, as texts converted from full-width typesetting write it) joins a
    range as the ASCII one does: not 4 and 25米, as if the question asked only the upper end."""
    figure = only(text)
    assert (figure.text, figure.value, figure.high) == (written, low, high)


def test_a_full_width_hyphen_in_a_score_or_code_is_still_no_range() -> None:
    assert find_figures("F－16戰機") == [] and find_figures("以1－0獲勝") == []


@pytest.mark.parametrize(
    ("text", "written", "low", "high", "unit"),
    [
        ("球果直徑1.8厘米至2.5厘米，", "1.8厘米至2.5厘米", 1.8, 2.5, "厘米"),
        ("罹難者年齡介於29歲至97歲之間", "29歲至97歲", 29, 97, "歲"),
        ("票價由1,400元至4,100元不等", "1,400元至4,100元", 1400, 4100, "元"),
    ],
)
def test_a_range_writing_its_unit_at_both_ends_is_one_figure(
    text: str, written: str, low: float, high: float, unit: str
) -> None:
    figure = only(text)
    assert (figure.text, figure.value, figure.high, figure.unit) == (written, low, high, unit)


def test_a_range_of_two_units_is_two_figures() -> None:
    assert [f.text for f in find_figures("車程由2小時至3天不等")] == ["2小時", "3天"]


@pytest.mark.parametrize(
    ("text", "figure", "seconds"),
    [
        ("她們以3分33秒62刷新世界紀錄", "3分33秒62", 213.62),
        ("全程用時2小時15分，", "2小時15分", 8100.0),
        ("博爾特跑出9秒58的成績", "9秒58", 9.58),
        ("全程1小時20分鐘30秒", "1小時20分鐘30秒", 4830.0),
    ],
)
def test_a_time_in_several_units_is_one_figure(text: str, figure: str, seconds: float) -> None:
    # one figure, not 3 + 33秒 + 62: a record time is answered and shown whole
    found = only(text)
    assert (found.text, found.kind, found.dimension) == (figure, "count", "time")
    assert found.value == pytest.approx(seconds)


@pytest.mark.parametrize(
    ("text", "figure", "value", "high"),
    [
        ("經濟增長約5～8％", "5～8％", 5, 8),
        ("失業率在3%至4%之間", "3%至4%", 3, 4),
        ("約有三成的人贊成", "三成", 30, None),
        ("占總人口的三分之一", "三分之一", 100 / 3, None),
        ("下降了百分之二點五", "百分之二點五", 2.5, None),
        ("德國失去了1/3的人口", "1/3", 100 / 3, None),  # a fraction
        ("男女生比例約為1：7", "1：7", 100 / 7, None),  # a ratio
        ("巴西以1比3輸給西班牙", "1比3", 100 / 3, None),
    ],
)
def test_proportions(text: str, figure: str, value: float, high: float | None) -> None:
    f = only(text)
    assert (f.text, f.kind, f.high) == (figure, "percent", high)
    assert f.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [("她是首屆冠軍", "首屆", 1), ("面積居全國第5大", "第5大", 5), ("排名第十二位", "第十二位", 12)],
)
def test_ordinals(text: str, figure: str, value: int) -> None:
    f = only(text)
    assert (f.text, f.kind, f.value) == (figure, "ordinal", value)


@pytest.mark.parametrize("text", ["每周日上午11:00開播", "於2023/4/5公布"])
def test_clock_times_and_slashed_dates_are_no_proportions(text: str) -> None:
    assert not any(f.kind == "percent" for f in find_figures(text))


@pytest.mark.parametrize("text", ["千家萬戶都知道", "他四處奔走", "百萬富翁", "十分重要", "這是一個問題"])
def test_words_made_of_numerals_are_not_figures(text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("一百二十", 120), ("兩萬三千", 23000), ("三千五百萬", 35_000_000), ("一億二千萬", 120_000_000), ("一九四九", 1949)],
)
def test_chinese_numbers_with_big_units(text: str, value: int) -> None:
    assert chinese_number(text) == value


@pytest.mark.parametrize(
    ("text", "written", "value", "precision"),
    [
        ("全國總人口為2,340萬4,096人，較上月減少", "2,340萬4,096人", 23_404_096, 1),
        ("出生數為1萬1,234人", "1萬1,234人", 11_234, 1),
        ("受害面積約1萬9,000公頃", "1萬9,000公頃", 19_000, 1000),
        ("預算3億2,000萬元", "3億2,000萬元", 320_000_000, 10_000_000),
        ("結婚1萬零234對", "1萬零234對", 10_234, 1),
    ],
)
def test_digits_around_wan_and_yi_are_one_count(text: str, written: str, value: int, precision: int) -> None:
    """Taiwanese news writes a large count with its 萬 inside: 2,340萬4,096人 is 23,404,096 people,
    not 2,340萬 and 4,096人 (the second of which is a wrong answer to 多少人)."""
    figure = only(text)
    assert (figure.text, figure.value, figure.precision) == (written, value, precision)


@pytest.mark.parametrize(("text", "first"), [("約5萬2024年", "5萬"), ("共5萬三千人", "5萬")])
def test_a_year_or_a_chinese_numeral_after_wan_is_another_figure(text: str, first: str) -> None:
    assert find_figures(text)[0].text == first


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        ("中心最低氣壓955百帕", "955百帕", 955, "百帕"),
        ("最大風速42米/秒", "42米/秒", 42, "米/秒"),
        ("時速350公里/小時", "350公里/小時", 350, "公里/小時"),
        ("取消航班超過300架次", "300架次", 300, "架次"),
        ("應急響應提升至Ⅰ級", "Ⅰ級", 1, "級"),  # a Roman numeral as Chinese text writes a level
        ("水質達到Ⅲ類", "Ⅲ類", 3, "類"),
        ("今年第12號颱風", "第12號", 12, "號"),  # 號 after 第: a number in a row, not a count
        ("過火面積達57,800英畝", "57,800英畝", 57800, "英畝"),
        ("全年完成住院手術7.92萬台次", "7.92萬台次", 79200, "台次"),
        ("全線架設3412孔箱梁", "3412孔", 3412, "孔"),
        ("溪中現有5,300尾", "5,300尾", 5300, "尾"),
        ("每年賜絹15萬3千匹", "15萬3千匹", 153000, "匹"),
        ("全年發射30發火箭", "30發", 30, "發"),
        ("原55周歲退休的女職工", "55周歲", 55, "周歲"),  # an age as Taiwan writes it, not 55 weeks
    ],
)
def test_units_of_weather_traffic_and_levels(text: str, written: str, value: float, unit: str) -> None:
    figure = only(text)
    assert (figure.text, figure.value, figure.unit) == (written, value, unit)


def test_a_number_with_hao_alone_is_no_count() -> None:
    """深盛路8號, 801號: a label, not eight or 801 of something."""
    assert [f.kind for f in find_figures("深盛路8號")] == ["number"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("並於27日派兵進入", "date"),  # a day of the month, as news and encyclopedias write it
        ("15日，日本投降", "date"),
        ("2013年元月1日被授予", "date"),
        ("未來9日的天氣", "count"),  # a number of days
        ("為期7日的會議", "count"),
        ("須在3日內完成", "count"),
        ("共14日", "count"),
    ],
)
def test_a_bare_day_is_a_day_of_the_month_unless_it_counts_days(text: str, kind: str) -> None:
    [day] = [f for f in find_figures(text) if f.text.endswith("日") and len(f.text) <= 3]
    assert day.kind == kind
    assert kind == "count" or day.parts == "d"


def test_an_ordinal_in_a_row_is_a_count() -> None:
    """連續第8個月負成長: eight months in a row -- an answer to 連續幾個月, not a rank."""
    figure = only("已連續第8個月負成長")
    assert (figure.text, figure.kind, figure.value) == ("第8個月", "count", 8)
    assert only("排名第8個").kind == "ordinal"


def test_pairs_are_counted_but_a_score_is_not() -> None:
    assert [(f.text, f.unit) for f in find_figures("結婚1萬零234對，離婚4,321對")] == [("1萬零234對", "對"), ("4,321對", "對")]
    assert [f.text for f in find_figures("以2對1獲勝")] == ["2", "1"]


def test_years_and_months_are_one_length_of_time() -> None:
    """有期徒刑5年6個月: five and a half years -- not 5年 and a separate 6個月."""
    figure = only("被判處有期徒刑5年6個月。")
    assert (figure.text, figure.unit, figure.value) == ("5年6個月", "年", 5.5)
    assert [f.text for f in find_figures("2016年6個月")] == ["2016年", "6個月"]  # a year, then months


@pytest.mark.parametrize(
    ("text", "written"), [("上证指数报3452.30点，", "3452.30点"), ("下跌120點", "120點"), ("调升25个基点", "25个基点")]
)
def test_index_points(text: str, written: str) -> None:
    assert only(text).text == written


@pytest.mark.parametrize("text", ["會議於9點開始", "提出5點意見"])
def test_an_hour_or_a_few_points_is_no_index_level(text: str) -> None:
    assert only(text).unit == ""


def test_weeks_after_digits_but_not_all_around() -> None:
    """接種後約2周: two weeks; 四周環繞 is "all around", not four weeks."""
    assert (only("接種後約2周可產生抗體").text, only("接種後約2周可產生抗體").unit) == ("2周", "周")
    assert find_figures("四周環繞著群山") == []


@pytest.mark.parametrize(
    ("text", "written", "dimension"),
    [
        ("PM2.5年均濃度為32微克/立方米，", "32微克/立方米", "concentration"),
        ("新建住宅均價為3.2萬元/平方米", "3.2萬元/平方米", "money"),
        ("水稻畝產達到650公斤/畝", "650公斤/畝", "mass"),
        ("人口密度為520人/平方公里", "520人/平方公里", "people"),
    ],
)
def test_units_per_unit(text: str, written: str, dimension: str) -> None:
    """A unit per another (微克/立方米, 元/平方米) is one unit, measuring what its first part does."""
    figure = only(text)
    assert (figure.text, figure.dimension) == (written, dimension)


@pytest.mark.parametrize("text", ["PM2.5年均濃度", "DC-9客機", "COVID-19疫情", "出席G20峰會", "4×100米接力"])
def test_a_number_in_a_latin_name_or_a_factor_is_no_figure(text: str) -> None:
    """PM2.5 is no 2.5年, DC-9 no minus nine, 4×100米 no count of four: only 100米 is a figure."""
    assert [f.text for f in find_figures(text)] == (["100米"] if "100米" in text else [])


def test_a_year_written_against_a_latin_word_is_a_figure() -> None:
    """Bee Gees1960年代的歌曲: a decade, though a Latin word stands right before it (as a word's
    amount does: 全区GDP4.8亿元); a model's number is still none (iPhone15, PM2.5)."""
    assert [f.text for f in find_figures("與Bee Gees1960年代的歌曲比較相似")] == ["1960年代"]
    assert [f.text for f in find_figures("全区GDP4.8亿元")] == ["4.8亿元"]
    assert find_figures("iPhone15年輕人都愛用") == []


def test_a_score_after_digits() -> None:
    """58分 and 4.5分 are scores; 3分33秒, 5分之1, 8時30分 are other forms and 三分天下 a word."""
    assert [(f.text, f.dimension) for f in find_figures("積分升至58分，評分4.5分")] == [("58分", "points"), ("4.5分", "points")]
    assert [f.text for f in find_figures("成績3分33秒62，8時30分開賽")] == ["3分33秒62", "8時30分"]
    assert find_figures("三分天下") == []


def test_a_range_into_the_next_year_is_one_date() -> None:
    """每年10月至翌年4月: a season across the new year, not 10月 and a separate 4月."""
    assert only("每年10月至翌年4月南下度冬").text == "10月至翌年4月"
    assert only("2023年9月至次年1月").text == "2023年9月至次年1月"


def test_taels_of_silver_after_digits() -> None:
    """白銀2億兩 is an amount of silver; 兩 before 岸 or after a Chinese numeral is no tael."""
    assert [(f.text, f.dimension) for f in find_figures("賠償軍費白銀2億兩，另付3,000萬兩")] == [
        ("2億兩", "money"), ("3,000萬兩", "money"),
    ]
    assert [f.text for f in find_figures("1992年兩岸會談，一兩黃金")] == ["1992年"]


def test_a_telephone_number_is_no_figure() -> None:
    """400-820-1234 counts nothing; a range written with a hyphen (3-5元, 2014-15年) still counts."""
    assert [f.text for f in find_figures("可撥打熱線400-820-1234或0571-8888-6666諮詢，費用3-5元")] == ["3-5元"]
    assert [f.text for f in find_figures("2014-15年球季")] == ["2014-15年"]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [("歷時五年半完成", "五年半", 5.5), ("工期3年半", "3年半", 3.5), ("用了一年半的時間", "一年半", 1.5),
     ("一個半月後", "一個半月", 1.5), ("車程約三個半小時", "三個半小時", 3.5)],
)
def test_and_a_half(text: str, written: str, value: float) -> None:
    """三年半 is three and a half years (not 三年 and a stray 半); 一 before 年半 is a number."""
    figure = only(text)
    assert (figure.text, figure.value, figure.dimension) == (written, value, "time")


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [("公屋申請合共13萬3千宗", "13萬3千宗", 133_000), ("損失達1億2千萬元", "1億2千萬元", 120_000_000),
     ("約8千名志工", "8千名", 8_000), ("3千多人", "3千多人", 3_000), ("全長3千米", "3千米", 3),
     ("共5,000萬3千人", "5,000萬3千人", 50_003_000)],
)
def test_thousands_after_digits(text: str, written: str, value: float) -> None:
    """13萬3千 is 133,000 (not 13萬 and a stray 3), 8千 is 8,000; 3千米 stays three kilometres."""
    figure = only(text)
    assert (figure.text, figure.value) == (written, value)


@pytest.mark.parametrize(
    ("text", "written", "dimension"),
    [("7萬8千坪", "7萬8千坪", "area"), ("小麥產量438.2億斤", "438.2億斤", "mass"), ("接種862.4萬劑次", "862.4萬劑次", "events"),
     ("病床60床", "60床", "things"), ("1,260團", "1,260團", "things"), ("13萬3千宗", "13萬3千宗", "things")],
)
def test_more_measure_words(text: str, written: str, dimension: str) -> None:
    figure = only(text)
    assert (figure.text, figure.dimension) == (written, dimension)


@pytest.mark.parametrize(
    ("text", "written", "low", "high"),
    [("約3成民眾", "3成", 30, None), ("提升至7至8成", "7至8成", 70, 80), ("兩成多", "兩成多", 20, None)],
)
def test_tenths_after_digits(text: str, written: str, low: float, high: float | None) -> None:
    """3成 is 30% as 三成 is; both ends of 7至8成 are tenths; 3成員 is three members."""
    figure = only(text)
    assert (figure.text, figure.kind, figure.value, figure.high) == (written, "percent", low, high)
    assert only("3成員").kind == "number"


def test_years_before_now_are_a_length_of_time() -> None:
    """距今約5000年: five thousand years ago, not the year 5000."""
    figure = only("遺址距今約5000年")
    assert (figure.text, figure.kind, figure.value) == ("5000年", "count", 5000)
    assert only("遺址於1956年發現").kind == "date"


def test_years_and_months_in_chinese_numerals() -> None:
    figure = only("新館工期兩年零三個月")
    assert (figure.text, figure.value) == ("兩年零三個月", 2.25)


def test_a_numeral_in_a_place_name_is_no_figure() -> None:
    """三門峽, 五台山 are places; 三門大砲 counts guns."""
    assert find_figures("河南三門峽廟底溝遺址，鄰近五台山") == []
    assert only("共有三門大砲").text == "三門"


def test_thousands_and_more_before_wan() -> None:
    """8億7千餘萬元 and 3千餘萬元: 餘 between 千 and 萬 is "more than", not the figure's end."""
    assert (only("詐騙金額達8億7千餘萬元").text, only("詐騙金額達8億7千餘萬元").value) == ("8億7千餘萬元", 870_000_000)
    assert (only("獲利3千餘萬元").text, only("獲利3千餘萬元").value) == ("3千餘萬元", 30_000_000)
    assert only("集裝箱吞吐量3930.1萬標準箱").unit == "標準箱"
