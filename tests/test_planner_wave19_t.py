"""Reply language when a Chinese request names a title by its English words (wave 19, fixer T)."""

from nemo_skill.local.planner.messages import reply_language


def test_title_case_name_is_not_an_english_request() -> None:
    # "drop" is a request word, but "Autumn Drop" is the title's name: the request is Chinese
    assert reply_language("把 Autumn Drop 标题改成黄色") == "zh"
    assert reply_language("标题 Summer Big Sale 换成红色") == "zh"


def test_english_requests_stay_english() -> None:
    assert reply_language("Drop The Music") == "en"
    assert reply_language("make the 标题 red") == "en"
