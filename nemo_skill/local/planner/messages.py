"""Reply language and the message catalogue: every sentence the planner says, in English and Chinese.

Edits never build reply text themselves: they record a ``Msg`` (a catalogue key and its parameters),
and ``core`` renders all of them at the end in the language of the request (``reply_language``).

Templates are ``str.format`` strings with two additions:
- ``{label!c}`` upper-cases the first letter (for a sentence that starts with a parameter);
- ``{n:image|images}`` renders an int with the singular or plural word ("1 image", "3 images").

Parameters may be ``Msg`` (rendered in the same language) or lists (items rendered and joined with
", " in English, "、" in Chinese). A catalogue entry may also be a function of the parameters.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from .anchors import compile_led
from .text import QUOTE_RE, Message, fmt_s, normalize

Lang = Literal["en", "zh"]
LANGS: tuple[Lang, ...] = ("en", "zh")


@dataclass(frozen=True)
class Msg:
    """A sentence (or a phrase used inside one) not yet rendered: a catalogue key and its parameters."""

    key: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, lang: Lang) -> str:
        return say(lang, self.key, **self.params)

    def __str__(self) -> str:  # for logs and exceptions: the English text
        return self.render("en")


def msg(key: str, **params: Any) -> Msg:
    if key not in CATALOGUE:
        raise KeyError(f"no message {key!r}")
    return Msg(key, params)


def colour_said(key: str, word: str, code: str) -> Msg:
    """A colour as the person said it, and its code when they said a name: a code said is said once ("on #0b3d91
    (#0b3d91)" read as two things). ``key`` names the sentence with the name; ``key + "_code"`` the one without."""
    return msg(key + "_code", hex=code) if word.lower() == code.lower() else msg(key, word=word, hex=code)


def sec(ms: float) -> str:
    """A time in seconds for a reply: 2500 -> '2.5'."""
    return fmt_s(ms)


# --- reply language -------------------------------------------------------------------------------------

_CJK = compile_led(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# a file name ends at a non-alphanumeric character ("voiceover.mp3作为": \b is no end between "3" and "作")
# (a name starts where its run of characters starts: tried from every character of a 4000-character run without a
# dot, the run was read to its end each time, 120 ms)
_FILE_NAME = compile_led(r"(?<![^\s\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])"
                        r"[^\s\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+\.[a-z0-9]{2,5}(?![a-z0-9])", re.IGNORECASE)
_LATIN_WORD = compile_led(r"[a-z]+", re.IGNORECASE)
# English words of the grammar: one of these next to Chinese text means the request is written in English.
# Units, brands and format names ("s", "fps", "TikTok", "720p", "bgm") are left out: Chinese requests use them.
EN_WORDS = frozenset(re.findall(r"[a-z]+", """
a about add after all also an and as at audio background backwards before begin by can caption captions change
clip clips combine create crop cut delete do does don down drop duration each edit end every extend fade fill first
fit for from front give go help horizontal how images image in into is it its keep ken burns landscape last
length let longer louder lower make me move music mute narration no not of off on one only order over overlay
overlays photo photos picture pictures please portrait position put quieter raise remove replace reverse revert
second seconds set shorter show slide slideshow square start status swap switch text that the then these this
those title to transition transitions trim turn undo unmute up use vertical video videos voice voiceover volume
want what wide wipe with without
"""))

# a name in Title Case ("把 Autumn Drop 标题改成黄色": the title's words, where "drop" is no request word) is not
# counted, as a quote is not (wave 19 row: the Chinese request was answered in English)
_NAME_WORDS = compile_led(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b")


def reply_language(message: object) -> Lang:
    """'zh' when the request's letters are mostly CJK, or when it has CJK and no English word of the grammar.

    Quoted text and file names are not counted: '标题改成"Summer Sale"' and '把第二张图片换成gold-ring.jpg'
    are Chinese requests.
    """
    if not isinstance(message, str) or not message:
        return "en"
    return language_of(normalize(message))


def language_of(read: Message) -> Lang:
    """``reply_language`` of a message normalised already (the planner reads it once: a 4000-character Chinese
    message took 11 ms to normalise, a tenth of its plan)."""
    text = QUOTE_RE.sub(" ", read.orig)
    text = _FILE_NAME.sub(" ", text)
    text = _NAME_WORDS.sub(" ", text)
    cjk = len(_CJK.findall(text))
    if not cjk:
        return "en"
    words = _LATIN_WORD.findall(text)
    if cjk >= sum(len(w) for w in words):
        return "zh"
    return "en" if any(w.lower() in EN_WORDS for w in words) else "zh"


# --- rendering ------------------------------------------------------------------------------------------

class _Formatter(string.Formatter):
    def convert_field(self, value: Any, conversion: str | None) -> Any:
        if conversion == "c":
            text = str(value)
            return text[:1].upper() + text[1:]
        return super().convert_field(value, conversion)

    def format_field(self, value: Any, format_spec: str) -> str:
        if "|" in format_spec and isinstance(value, int):
            one, many = format_spec.split("|", 1)
            return f"{value} {one if value == 1 else many}"
        return super().format_field(value, format_spec)


_FORMATTER = _Formatter()
_SEP = {"en": ", ", "zh": "、"}
JOIN = {"en": " ", "zh": ""}  # between the sentences of one reply


@dataclass(frozen=True)
class Choice:
    """Alternatives for a question: "A, B or C" / "A、B还是C"."""

    items: list[Any]


def _param(value: Any, lang: Lang) -> Any:
    if isinstance(value, Msg):
        return value.render(lang)
    if isinstance(value, Choice):
        items = [str(_param(v, lang)) for v in value.items]
        last = " or " if lang == "en" else "还是"
        return items[0] if len(items) == 1 else _SEP[lang].join(items[:-1]) + last + items[-1]
    if isinstance(value, list | tuple):
        return _SEP[lang].join(str(_param(v, lang)) for v in value)
    return value


def say(lang: Lang, key: str, **params: Any) -> str:
    """The catalogue sentence ``key`` in ``lang`` ('en' or 'zh'; anything else is English)."""
    entry = CATALOGUE[key]
    template = entry.get(lang) or entry["en"]
    values = {k: _param(v, lang if lang in LANGS else "en") for k, v in params.items()}
    if callable(template):
        return template(**values)
    return _FORMATTER.format(template, **values)


Part = Msg | str | list[Msg]


def render(item: Part | Callable[[], Part], lang: Lang) -> str:
    """A reply part: a Msg, a plain string (passed through), a list of them (sentences), or a callable giving
    one (called after the re-layout, so it can read the final timing)."""
    value = item() if callable(item) else item
    if isinstance(value, list):
        return join([render(v, lang) for v in value], lang)
    return value.render(lang) if isinstance(value, Msg) else str(value)


def join(parts: list[str], lang: Lang) -> str:
    return JOIN[lang].join(p for p in parts if p)


# --- help -----------------------------------------------------------------------------------------------

HELP_EN = """I can build and edit the video from your uploads. Things you can say:
- First cut: "combine these images and audio into a 30-second promotional video with text overlays", "make a 15 second vertical video for TikTok from these", "用这些图片合成一个30秒的视频"
- Length: "make it 20 seconds", "5 seconds shorter", "改成15秒"
- Format: "make it vertical" (1080x1920), "square", "4:5", "16:9", "720p", "1080p", "竖屏", "横屏", "方形"
- Title: 'set the title to "Summer Sale"', "show the title for 5 seconds", "title from 2s to 6s", "remove the title", '标题改成"夏日特卖"'
- Captions: "add text overlays", 'caption image 2 "Gold Ring"', "remove captions", "加字幕"
- Sound: "background music at 35%", "voice louder", "mute the music", "mute the video clip", "把音乐音量调到20%", "静音音乐"
- Transitions: "use slide transitions of 0.8 seconds", "wipe transitions", "no transitions", "转场改成淡入淡出"
- Motion: "turn off Ken Burns", "add Ken Burns", "关闭缩放"
- Order: "move the third image first", "reverse the order", "swap image 1 and 2", "把第三张图片移到最前面"
- Pictures: "remove the blue backpack", "replace image 2 with gold-ring.jpg", "add gold-ring.jpg", "删除第二张图片"
- Clips: "trim the clip to 2s-5s", "cut the first 2 seconds of the video", "make the clip 2 seconds shorter", "剪掉视频的前2秒"
- "undo" / "撤销" goes back one step."""

HELP_ZH = """我可以用你上传的素材制作和修改视频。你可以这样说：
- 初剪：「用这些图片和音频合成一个30秒的宣传视频，加上字幕」「生成一个15秒的竖屏视频」
- 时长：「改成20秒」「缩短5秒」「延长3秒」
- 画面：「改成竖屏」（1080x1920）「横屏」「方形」「4:5」「720p」「60帧」
- 标题：「标题改成"夏日特卖"」「标题显示5秒」「标题从2秒到6秒」「删除标题」「标题放在底部」
- 字幕：「加字幕」「第二张图片的字幕改成"金戒指"」「删除字幕」
- 声音：「把背景音乐音量调到20%」「配音大一点」「音乐小一点」「把背景音乐静音」「视频静音」「取消静音」
- 转场：「转场改成淡入淡出」「滑动转场」「擦除转场」「转场时长1秒」「不要转场」
- 动效：「关闭缩放」「开启缩放」
- 顺序：「把第三张图片移到最前面」「把第一张和第二张交换」「倒序」
- 图片：「删除第二张图片」「把第二张图片换成gold-ring.jpg」「添加gold-ring.jpg」「去掉背景音乐」
- 视频片段：「把视频剪到2秒到5秒」「剪掉视频的前2秒」「去掉视频最后3秒」「把视频缩短2秒」
- 说「撤销」可以回到上一步。"""


def help_text(lang: Lang) -> str:
    return HELP_ZH if lang == "zh" else HELP_EN


# --- names used inside sentences ------------------------------------------------------------------------

TR_NAMES_ZH = {
    "fade": "淡入淡出", "dissolve": "溶解", "fadeblack": "闪黑", "fadewhite": "闪白", "zoomin": "缩放",
    "circleopen": "圆形", "pixelize": "像素化", "hblur": "模糊", "radial": "径向", "none": "无",
    "slideleft": "向左滑动", "slideright": "向右滑动", "slideup": "向上滑动", "slidedown": "向下滑动",
    "wipeleft": "向左擦除", "wiperight": "向右擦除", "wipeup": "向上擦除", "wipedown": "向下擦除",
    "smoothleft": "向左平滑", "smoothright": "向右平滑", "smoothup": "向上平滑", "smoothdown": "向下平滑",
    "coverleft": "向左覆盖", "coverright": "向右覆盖", "coverup": "向上覆盖", "coverdown": "向下覆盖",
    "revealleft": "向左揭开", "revealright": "向右揭开", "revealup": "向上揭开", "revealdown": "向下揭开",
}
POS_ZH = {"top": "顶部", "bottom": "底部", "center": "中间", "top_left": "左上角", "top_right": "右上角",
          "bottom_left": "左下角", "bottom_right": "右下角", "left": "左侧", "right": "右侧", "lower_third": "下三分之一处"}
TOPIC_EN = {"length": "length", "format": "format", "fps": "frame rate", "fit": "fit", "title": "title",
            "captions": "captions", "text": "text", "audio": "sound", "transitions": "transitions",
            "motion": "motion", "order": "order", "visuals": "pictures and clips", "trim": "clip trim",
            "segments": "picture lengths", "style": "text style", "overlays": "overlays", "endcard": "end card",
            "fade": "fade from / to colour", "speed": "clip speed", "brand": "brand kit"}
TOPIC_ZH = {"length": "时长", "format": "画面尺寸", "fps": "帧率", "fit": "填充方式", "title": "标题", "captions": "字幕",
            "text": "文字", "audio": "声音", "transitions": "转场", "motion": "动效", "order": "顺序",
            "visuals": "图片和视频", "trim": "视频剪辑", "segments": "图片时长",
            "style": "文字样式", "overlays": "叠加图层", "endcard": "结尾卡片", "fade": "整体淡入淡出", "speed": "片段速度",
            "brand": "品牌设置"}


def _label_en(kind: str, n: int, name: str = "") -> str:
    noun = "clip" if kind == "video" else "image"
    return f"{noun} {n} ({name})" if name else f"{noun} {n}"


def _label_zh(kind: str, n: int, name: str = "") -> str:
    noun = f"第{n}段视频" if kind == "video" else f"第{n}张图片"
    return f"{noun}（{name}）" if name else noun


def _counts_zh(n_img: int, n_vid: int) -> str:
    return "和".join(p for p in (f"{n_img}张图片" if n_img else "", f"{n_vid}段视频" if n_vid else "") if p)


def _counts_en(n_img: int, n_vid: int) -> str:
    parts = [f"{n_img} image{'s' if n_img != 1 else ''}" if n_img else "",
             f"{n_vid} clip{'s' if n_vid != 1 else ''}" if n_vid else ""]
    return " and ".join(p for p in parts if p)


# --- the catalogue: key -> {"en": template, "zh": template} ---------------------------------------------

CATALOGUE: dict[str, dict[str, str | Callable[..., str]]] = {
    # phrases used inside sentences
    "q": {"en": "'{text}'", "zh": "「{text}」"},
    "label": {"en": _label_en, "zh": _label_zh},  # kind, n, name
    "counts": {"en": _counts_en, "zh": _counts_zh},  # n_img, n_vid
    "span": {"en": " ({a}–{b} s)", "zh": "（{a}–{b} 秒）"},
    "more": {"en": " …", "zh": "……"},
    "tr_name": {"en": lambda type: str(type), "zh": lambda type: str(TR_NAMES_ZH.get(type, type))},
    "pos": {"en": lambda pos: str(pos).replace("_", " "), "zh": lambda pos: str(POS_ZH.get(pos, pos))},
    "audio.music": {"en": "Background music", "zh": "背景音乐"},
    "audio.voice": {"en": "Voiceover", "zh": "配音"},
    "audio.clips": {"en": "Video clip sound", "zh": "视频原声"},
    "audio.all": {"en": "All sound", "zh": "所有声音"},
    "the_audio": {"en": "the audio", "zh": "该音频"},
    "audio_track": {"en": "audio", "zh": "音频"},

    # whole-message answers
    "undo": {"en": "Going back to the previous version.", "zh": "已撤销上一步。"},
    "undo.done": {"en": "Undone: {what}.", "zh": "已撤销：{what}。"},
    "undo.one": {"en": "'{request}' (it changed the {changed})", "zh": "「{request}」（修改了{changed}）"},
    "undo.now": {"en": "Now: {line}", "zh": "现在：{line}"},
    "undo.fewer": {"en": "Only {n:edit|edits} could be undone.", "zh": "只能撤销 {n} 步。"},
    "undo.no_topic": {"en": "No edit in this session changed that, so nothing was undone.",
                      "zh": "本次会话中没有修改过这一项，没有撤销任何内容。"},
    "topic": {"en": lambda name: str(TOPIC_EN.get(name, name)), "zh": lambda name: str(TOPIC_ZH.get(name, name))},
    "ask.which": {"en": "Which one do you mean: {readings}? Nothing was changed.",
                  "zh": "你指的是哪一个：{readings}？还没有做任何改动。"},
    "ask.what": {"en": "What do you mean by '{word}': the title, the captions, a picture, the music or the voiceover? "
                       "Say it by name (e.g. 'make the title red', 'remove image 2'). Nothing was changed.",
                 "zh": "「{word}」指的是什么：标题、字幕、某张图片、背景音乐还是配音？请说出名字（例如「标题改成红色」「删除第2张图片」）。"
                       "还没有做任何改动。"},
    "ask.edit": {"en": "Did you mean {readings}? Nothing was changed.", "zh": "你是想{readings}？还没有做任何改动。"},
    "did_you_mean": {"en": "I didn't understand that as an edit. Did you mean {options}? (Say 'help' for everything I can do.)",
                     "zh": "我没有理解这条编辑指令。你是想说{options}吗？（说「帮助」可以看到我能做的所有修改。）"},
    "beyond": {"en": "That is beyond this editor, so nothing changed: it arranges and styles what was uploaded (order, "
                      "lengths, text, sound levels, transitions, format, logo, end card), but it cannot change what is inside "
                      "a picture or a recording, make new media, or post the video. (Say 'help' for everything I can do.)",
               "zh": "这超出了这个剪辑器的能力，所以没有改动：它能编排和美化已上传的素材（顺序、时长、文字、音量、转场、画幅、logo、"
                     "片尾卡），但不能修改图片或录音本身的内容、生成新素材或发布视频。（说「帮助」可以看到我能做的所有修改。）"},
    "repeat": {"en": "I can't show the same picture twice: each upload appears once in the video, so nothing changed. I can "
                      "move it instead (e.g. 'move image 1 to the end'), or add another upload.",
               "zh": "同一张图片不能在视频里出现两次（每个素材只出现一次），所以没有改动。可以改为移动它（例如「把第1张图片移到最后」），或添加别的素材。"},
    "except": {"en": "I can't edit everything but some in one step, so nothing changed: say what to change, one at a "
                      "time (e.g. 'remove the caption of image 2').",
               "zh": "我没法一次修改「除了某些以外的全部」，所以没有改动：请逐个说明要改什么（例如「删除第2张图片的字幕」）。"},
    "partly": {"en": "I did not understand this part, so nothing was done for it: {parts}.",
               "zh": "这部分我没有理解，没有处理：{parts}。"},
    "partly.beyond": {"en": "This part is beyond this editor (it cannot change what is inside a picture or a recording, make "
                            "new media, or post the video), so nothing was done for it: {parts}.",
                      "zh": "这部分超出了这个剪辑器的能力（不能修改图片或录音本身的内容、生成新素材或发布视频），没有处理：{parts}。"},
    "unchanged": {"en": "The {what} was already like that: nothing changed there.", "zh": "{what}本来就是这样，没有改动。"},
    "edit_title": {"en": lambda en, zh: en, "zh": lambda en, zh: zh},
    "undo.unclear": {"en": "I couldn't tell which edit to undo, so nothing was changed. Say 'undo' for the last edit, "
                           "'undo the last 2 edits', or name it: 'undo the title change'.",
                     "zh": "没看懂要撤销哪一步，所以什么都没改。可以说「撤销」撤销上一步、「撤销两步」，或说出是哪一项：「撤销标题的修改」。"},
    "undo.nothing": {"en": "There is nothing to undo.", "zh": "没有可以撤销的修改。"},
    "help": {"en": lambda: HELP_EN, "zh": lambda: HELP_ZH},
    "not_understood": {"en": "I didn't find an edit I know in that message.\n" + HELP_EN,
                       "zh": "这条消息里没有我认识的编辑指令。\n" + HELP_ZH},
    "status": {"en": "{line}", "zh": "当前时间线：{line}"},
    "status.empty": {"en": "The timeline is empty.", "zh": "时间线是空的。"},
    "no_media": {"en": "Upload some pictures or video clips first, then ask e.g. 'combine these into a 30-second "
                       "promotional video' (audio files become the voiceover and background music).",
                 "zh": "请先上传图片或视频片段，再说例如「把这些合成一个30秒的宣传视频」（音频文件会用作配音和背景音乐）。"},
    "has_timeline": {"en": "There is already a timeline. To rebuild it from all uploads say 'start over' or "
                           "'combine these into a video'; to change it, say what to change (e.g. 'make it vertical').",
                     "zh": "已经有时间线了。要用全部上传的素材重新生成，请说「重新生成」或「把这些合成一个视频」；"
                           "要修改，请直接说改什么（例如「改成竖屏」）。"},
    "no_change": {"en": "That is already how the video is: nothing changed.", "zh": "视频已经是这样了，没有任何改动。"},
    "unsafe": {"en": "I couldn't apply that safely ({error}). Nothing was changed.",
               "zh": "这个修改无法安全应用（{error}），没有做任何改动。"},
    "internal": {"en": "Sorry, the planner hit an internal problem ({error}); nothing was changed.",
                 "zh": "抱歉，规划器内部出错（{error}），没有做任何改动。"},
    # for the engine's own replies (nemo_skill/local/chat_stream.py)
    "engine.no_credits": {"en": "I could not make that edit: no credits left.", "zh": "无法完成这个修改：点数已用完。"},
    "engine.invalid_draft": {"en": "I could not apply that edit: {error}", "zh": "无法应用这个修改：{error}"},
    "engine.internal": {"en": "Something went wrong on the engine; nothing was changed.",
                        "zh": "引擎出错了，没有做任何改动。"},

    # first cut
    "fc.summary": {"en": "First cut: {counts} in upload order, {s} s at {fmt}, crossfades of 0.5 s{kb}.",
                   "zh": "初剪完成：{counts}按上传顺序排列，共 {s} 秒，{fmt}，0.5 秒交叉淡化{kb}。"},
    "fc.fmt": {"en": "{w}x{h}", "zh": "{w}x{h}"},
    "fc.fmt_aspect": {"en": "{w}x{h} ({aspect})", "zh": "{w}x{h}（{aspect}）"},
    "fc.kb": {"en": ", Ken Burns on the pictures", "zh": "，图片带缩放动效"},
    "fc.voice": {"en": "Voiceover: {file}.", "zh": "配音：{file}。"},
    "fc.music": {"en": "Background music: {file} at 35%{duck}, looped with fades.",
                 "zh": "背景音乐：{file}，音量 35%{duck}，循环播放并淡入淡出。"},
    "fc.duck": {"en": ", ducked under the voice", "zh": "，有人声时自动压低"},
    "fc.unused": {"en": "Not used: {files}.", "zh": "未使用：{files}。"},
    "fc.title": {"en": "Title {text} ({a}–{b} s).", "zh": "标题{text}（{a}–{b} 秒）。"},

    # lookups
    "no_timeline": {"en": "The timeline has no pictures or clips yet: ask me to make a first cut.",
                    "zh": "时间线上还没有图片或视频片段：请先让我生成初剪。"},
    "which_visual": {"en": "Tell me which picture or clip, e.g. 'image 2' or 'the blue backpack'.",
                     "zh": "请告诉我是哪张图片或哪段视频，例如「第2张图片」或「蓝色背包」。"},
    "not_found": {"en": "I can't find '{text}' on the timeline (it has {n_img:image|images} and {n_vid:clip|clips}).",
                  "zh": "时间线上找不到「{text}」（共有{n_img}张图片和{n_vid}段视频）。"},








}
