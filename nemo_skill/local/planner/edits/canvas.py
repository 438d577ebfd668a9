"""The canvas: format (size and aspect), frame rate and how pictures fit the frame."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..anchors import compile_led
from ..messages import msg
from ..parse import (
    Q,
    Scan,
)
from ..registry import DocRow, Edit, Phrase, Template, register, rule
from ..text import NUM
from ..work import CannotApply, Work

ASPECTS = {"16:9": (16, 9), "9:16": (9, 16), "1:1": (1, 1), "4:5": (4, 5)}


def _even(v: float) -> int:
    return max(64, int(round(v / 2.0)) * 2)


@dataclass(frozen=True)
class FormatArgs:
    aspect: str | None = None
    short: int | None = None
    width: int | None = None
    height: int | None = None


def apply_format(work: Work, args: FormatArgs) -> None:
    aspect, short, width, height = args.aspect, args.short, args.width, args.height
    m = work.draft["m"]
    w: float
    h: float
    if width and height:
        w, h = _even(width), _even(height)
        if max(w, h) > 3840 or min(w, h) < 64:
            raise CannotApply(msg("format.range", width=width, height=height))
        match = next((a for a, (x, y) in ASPECTS.items() if abs(w / h - x / y) < 0.01), None)
    else:
        cur_w, cur_h = int(m["width"]), int(m["height"])
        cur_aspect = m.get("aspect") or next(
            (a for a, (x, y) in ASPECTS.items() if abs(cur_w / cur_h - x / y) < 0.01), None)
        match = aspect or cur_aspect
        side = short or min(cur_w, cur_h)
        if match:
            x, y = ASPECTS[match]
            w, h = (side * x / y, side) if x >= y else (side, side * y / x)
        else:
            scale = side / min(cur_w, cur_h)
            w, h = cur_w * scale, cur_h * scale
        big = max(w, h)
        if big > 3840:
            w, h = w * 3840 / big, h * 3840 / big
    wi, hi = _even(w), _even(h)
    m["width"], m["height"] = wi, hi
    if match:
        m["aspect"] = match
    else:
        m.pop("aspect", None)
    work.done(msg("format.set_aspect", w=wi, h=hi, aspect=match) if match else msg("format.set", w=wi, h=hi),
              "set_format", width=wi, height=hi, aspect=match)


@dataclass(frozen=True)
class FpsArgs:
    fps: float


def apply_fps(work: Work, args: FpsArgs) -> None:
    fps, = args.fps,
    if fps not in (24, 25, 30, 60):
        raise CannotApply(msg("fps.bad", fps=f"{fps:g}"))
    work.draft["m"]["fps"] = int(fps)
    work.done(msg("fps.set", fps=int(fps)), "set_fps", fps=int(fps))


@dataclass(frozen=True)
class FitArgs:
    mode: str


def apply_fit(work: Work, args: FitArgs) -> None:
    mode, = args.mode,
    work.draft["m"]["fit"] = mode
    for seg in work.visual_segments():
        seg["fit"] = mode
    work.done(msg("fit.cover" if mode == "cover" else "fit.contain"), "set_fit", fit=mode)


# --- phrase rules (read before the last clause-free words; order 70) --------------------

def r_style(s: Scan) -> None:
    for m in s.take(r"\bletterbox(?:ed|ing)?|don'?t\s+crop|do\s+not\s+crop|no\s+crop(?:ping)?|without\s+cropping|show\s+the\s+(?:whole|full|entire)\s+(?:image|picture|photo|pic)s?"
                    r"|fit\s+(?:the\s+)?(?:images|pictures|photos|everything)(?:\s+(?:in|into|inside)\s+the\s+frame)?|(?<![a-z])contain(?![a-z])"
                    # ("show the whole pic" beside a format was left unread, set CO co201; "show each image in full": the
                    # whole picture, set AQ aq93)
                    r"|show\s+(?:each|every|all|the)?\s*(?:of\s+the\s+)?(?:image|picture|photo|pic)s?\s+in\s+full"
                    r"|不要裁剪|不裁剪|完整显示|留黑边|保留黑边"):
        s.add("fit", m, mode="contain")
    for m in s.take(r"\b(?:crop\s+to\s+)?fill\s+the\s+(?:frame|screen)|crop\s+to\s+fill|(?<![a-z])cover(?:\s+the\s+frame)?(?![a-z\s]*transition)|铺满|填满|裁剪填充"):
        s.add("fit", m, mode="cover")
    for m in s.take(rf"(?:fps|frame\s*rate|帧率|帧速率)\s*(?:from\s+|从|由)?\s*{NUM}\s*(?:fps|帧)?\s*(?:to\b|至|到)\s*(?P<n3>{NUM})(?:\s*(?:fps|帧))?"
                    # ("fps 30→60", "frame rate from 30 to 60": the rate it has, then the one wished; the arrow is a space by
                    # then, set AR ar222)
                    rf"|{NUM}\s*(?:fps|frame\s*rate|帧)\s*(?:to\b|至|到)?\s*(?P<n4>{NUM})(?:\s*(?:fps|帧))?(?=\s*(?:$|[,;.!?，。；]|and\b|和))"
                    rf"|(?P<n>{NUM})\s*(?:fps|frames?\s+(?:per|a)\s+second|帧每秒|帧/秒|帧)"
                    # ("帧率30改成60": the rate it has is said first, set AI ai227)
                    rf"|(?:帧率|帧速率)\s*(?:(?:从|由)?\s*{NUM}\s*(?:帧|fps)?\s*)?(?:改成|改为|改到|设为|设成|调到|调成|调整为|调整到|变成|换成|为|是|:)\s*(?P<n2>{NUM})"):
        s.add("fps", m, fps=float(m.group("n") or m.group("n2") or m.group("n3") or m.group("n4")))
    # a frame rate quoted as asked ('asks for "60 fps"'): the quote holds only the value
    fps_q = r"\s*(\d+(?:\.\d+)?)\s*(?:fps|帧|帧每秒)\s*"
    for m in s.take(Q, when=lambda m: bool(re.fullmatch(fps_q, s.msg.quote(m.group(0)) or ""))):
        s.add("fps", m, fps=float(re.fullmatch(fps_q, s.msg.quote(m.group(0)) or "").group(1)))  # type: ignore[union-attr]


def r_size(s: Scan) -> None:
    """Width by height, read first: "make the video 1080x1350" is its size, never the clip played 1080 times as fast (the
    speed's rule read "1080x" and the clause was refused; set BX bx266)."""
    for m in s.take(r"(?P<w>\d{3,4})\s*[x×*]\s*(?P<h>\d{3,4})(?!\s*(?:s|sec|秒))"):
        s.add("format", m, width=int(m.group("w")), height=int(m.group("h")))


# a picture said right before a sharpness word: "把戒指的图片换成高清的", "make the watch photo hd" wish for a sharper
# picture, which no edit makes; never the video's format (set CW cw259 set 720p). "视频改成高清" stays the format
_PICTURE_SHARPER = compile_led(r"(?:图片|照片|相片|图|\b(?:pics?|photos?|pictures?|images?|shots?|stills?))\s*(?:都|也|全部|全都)?\s*"
                               r"(?:(?:换成|换为|替换成|替换为|改成|改为|变成|弄成|调成|用|要)\s*(?:更)?\s*"
                               r"|(?:in|to|into|with|for)\s+(?:an?\s+|the\s+)?(?:higher\s+|more\s+)?)?$")


def _of_picture(m: re.Match[str]) -> bool:
    """Whether the sharpness word ``m`` is said of a picture (``_PICTURE_SHARPER``), not of the video."""
    return bool(_PICTURE_SHARPER.search(m.string, max(0, m.start() - 30), m.start()))


# a shape one picture is cropped to: "crop the watch photo to 9:16", "把第二张图片裁剪为正方形" (no edit crops one picture:
# not understood), never the video's format (both set it: session 33's note)
_PICTURE_CROPPED = compile_led(
    r"(?:(?:第\s*[\d一二三四五六七八九十]+\s*张|这张|那张|(?:[\u4e00-\u9fff]{1,4}|[a-z][a-z0-9\-_.]{1,30})\s*的)\s*(?:图片|照片|相片|图)?"
    r"|[a-z0-9\-_]+\.(?:jpe?g|png|webp|gif)"
    r"|\b(?:pic|photo|picture|image|shot|still)(?:\s+\d+)?)\s*"
    r"(?:\b(?:cropped|crop)\s+|裁剪|裁切|裁)\s*(?:it\s+)?(?:to|into|as|为|成|到)?\s*(?:an?\s+|the\s+)?$"
    r"|\bcrop\s+(?:the\s+|this\s+|that\s+)?(?:[a-z\-]+\s+){0,2}(?:pic|photo|picture|image|shot|still)(?:\s+\d+)?\s+"
    r"(?:to\s+|into\s+|as\s+)?(?:an?\s+)?$")


def _picture_cropped(m: re.Match[str]) -> bool:
    return bool(_PICTURE_CROPPED.search(m.string, max(0, m.start() - 40), m.start()))


def r_format(s: Scan) -> None:
    for m in s.take(r"(?P<p>480|540|720|1080|1440|2160)\s*p\b|(?P<k>4k|uhd|2k|qhd|full\s*hd|fhd|(?<![a-z])hd(?![a-z])|高清|超清|全高清)",
                    when=lambda m: not (m.group("k") and _of_picture(m))):
        p = m.group("p")
        short = int(p) if p else {"4k": 2160, "uhd": 2160, "2k": 1440, "qhd": 1440, "hd": 720, "高清": 720,
                                  "超清": 1080, "全高清": 1080}.get(m.group("k"), 1080)
        s.add("format", m, short=short)
    explicit = [
        ("9:16", r"9\s*[:x/：]\s*16|vertical(?!ly)|portrait(?!\s+post)"
                 # ("cluttered on a phone screen": where it is watched, not its shape)
                 r"|(?<!\bon\s)(?<!\bon\sa\s)(?<!\bon\sthe\s)(?<!\bon\smy\s)(?<!\bon\sour\s)(?<!\bon\sany\s)phone\s+screen|竖屏|竖版|竖向|竖的"),
        ("4:5", r"4\s*[:x/：]\s*5|portrait\s+post"),
        # (the shape said as what it is made, "做成方的", "改成横的": set CD cd238 left 做成方的 unread; 方的 alone is also in
        # 上方的 / 大方的, so only after the verb)
        ("16:9", r"16\s*[:x/：]\s*9|horizontal(?!ly)|landscape|widescreen|wide\s+screen|横屏|横版|横向|宽屏|(?<=[成为要])\s*横的"),
        ("1:1", r"1\s*[:x/：]\s*1(?!\d)|square|方形|正方形|方屏|(?<=[成为要])\s*(?:正)?方的"),
    ]
    platforms = [
        # ("tells the story better" is no format, nor "the shorts picture" of a shop selling shorts)
        ("9:16", r"(?:instagram|ig|insta)\s+(?:stories|story|reels?)|tiktok|tik\s*tok|douyin|reels?\b|youtube\s+shorts\b"
                 # ("it's for a story ad": an ad that tells a story, no shape asked, sets AH ah001, AI ai011)
                 # ("set it to Stories at 30fps": the frame rate was set and the shape dropped without a word)
                 r"|(?:(?<=\bfor\s)|(?<=\bto\s)|(?<=\binto\s))(?:(?:an?|the|our|my)\s+)?(?:stories|story|shorts)\b(?!\s+ads?\b)"
                 r"|(?:stories|story|shorts|reels?)\s+(?=format|version|size|ratio)|(?:stories|story)-sized?\b"
                 # ("make it Snapchat at 60 fps", "YT shorts": the frame rate was set and the shape dropped without a word)
                 r"|snapchat|snap\s+stor(?:y|ies)|yt\s+shorts?\b|youtube\s+short\b|igtv\b|(?:fb|facebook)\s+stor(?:y|ies)|whatsapp\s+status"
                 r"|抖音|快手|视频号"),
        # ("insta" is instagram: "set it to Insta at 60fps" set the frame rate and dropped the shape)
        ("4:5", r"(?:insta(?:gram)?|ig)\s+(?:feed|post)"),
        ("16:9", r"youtube(?!\s+shorts)"),
        ("1:1", r"insta(?:gram)?\b(?!\s+(?:stories|story|reels?|feed|post))"),
    ]
    said = False
    # "4:5 portrait", "竖屏4:5": the word says the 4:5 is upright, not another shape (it made the video 9:16, set AO ao96)
    upright_45 = re.search(r"4\s*[:x/：]\s*5", s.text) is not None
    for aspect, pattern in explicit:
        for m in s.take(pattern, when=lambda m: not _picture_cropped(m) and not _in_passing(m, s.msg.low, s.at)):
            if upright_45 and aspect == "9:16" and not re.match(r"9\s*[:x/：]\s*16", m.group(0)):
                continue
            s.add("format", m, aspect=aspect)
            said = True
    for aspect, pattern in platforms:
        for m in s.take(pattern, when=lambda m: _platform_format(m, s.msg.low, s.at) and not _text_for(s.msg.low, s.at(m.start()))):
            if not said:  # "a square version for the Instagram feed": the shape said wins over the platform's
                s.add("format", m, aspect=aspect)


# ("post this straight to my tiktok": the posting said with how, set CL cl038 made the video vertical)
_POSTED = compile_led(r"(?:\b(?:post(?:ed|ing)?|upload(?:ed|ing)?|share[ds]?|sharing|put)\s+(?:it\s+|this\s+|the\s+video\s+)?"
                     r"(?:(?:straight|directly|right|immediately|now|later|online|live)\s+)?(?:on|to|onto)\s+(?:my\s+|our\s+|the\s+)?"
                     # ("这个video可以直接发到我的抖音账号吗？": the person's own account between; set FQ fq097 made it vertical)
                     # (or a company's: "直接发到我们公司的抖音账号上吧", dev set DA da114)
                     r"|(?:发到|发布到|上传到|发在|发|投放到|投放在|投放|投到|投在|投)\s*(?:我们公司的|公司的|我的|我们的|我|我们|店铺的?)?"
                     # (two platforms: "明天上午发布到公众号和视频号", dev set IH ih128)
                     r"(?:[\u4e00-\u9fffa-z]{1,4}\s*(?:和|跟|、|与)\s*)?)\s*$")
# ("too long" read by the frames is a ';' in the phrase rules' text)
# ("30 seconds feels long for Instagram": a length judged, made the video square; dev set HO ho025)
_COMPLAINT = compile_led(r"(?:\btoo\s+\w+|\b(?:feels?|is|seems?|looks?)\s+(?:way\s+|a\s+bit\s+|kinda\s+|kind\s+of\s+|really\s+|pretty\s+)?"
                         r"(?:long|short|slow|fast|boring)|;)\s*for\s+(?:an?\s+|the\s+|my\s+|our\s+)?(?:instagram\s+|ig\s+)?$")
# the platform as the shop's account, no shape: "she helps me with the shop's Instagram", "帮我妈弄店铺的视频号" (each made the video
# a new shape; dev sets HO ho052, HM hm140); "for our Instagram", "发我们的抖音" stay a purpose
_ACCOUNT = compile_led(r"(?<!\bfor\s)(?<!\bon\s)(?<!\bto\s)(?<!\binto\s)(?:\b[a-z]+'s|\b(?:her|his|their))\s+$|(?:店铺|店|小店|我妈|我爸|她|他)的\s*$")
# the platform's shop ("这个是给抖音小店用的", "our TikTok Shop listing": where the shop sells, no shape; dev set IC ic128 made it 9:16)
# (and selling there: "用户在抖音带货", dev set ID id129)
_SHOP_AFTER = compile_led(r"\s*(?:小店|店铺|商城|橱窗|带货|卖货|开店|直播|封面|shop\b|store\b|cover\b)")
# the platform doing something itself ("字幕去掉吧，抖音会自动生成": the platform makes captions; ic128 made it 9:16)
_DOES_ITSELF = compile_led(r"\s*(?:会|自己|自动|本身|也会|都会|will\b|auto)")
# a claim of how things go there, a why: "抖音上卡点视频数据好很多", "抖音上短一点好" (dev sets HM hm104, HQ hq082 made it 9:16)
# (";" is a part the frames read: "抖音上;好")
_THERE_CLAIM = compile_led(r"\s*上(?![^，,。.!！?？；]*(?:发|投|放|用|播|传))[^，,。.!！?？；]*(?:好|多|火|流行|吃香)")
# the platform as a simile of the wish before it: "can the shots cut on the beat? like a proper reel", "like a real tiktok"
# (how it is edited, not its shape; set CK ck026 made the video vertical)
# (after a comma any one word may say what kind: "make it more energetic, like a hype reel", set CM cm104)
_SIMILE = compile_led(r"(?:^|[.;!?,]\s*)(?:(?:just|kinda|kind\s+of|sort\s+of)\s+)?like\s+(?:an?\s+)?(?:[a-z\-]+\s+)?$"
                      r"|\blike\s+(?:an?\s+)?(?:proper|real|typical|classic|normal|actual|true|viral)\s+$"
                      # (what something looks like: "they hate anything that looks like a TikTok", dev set DA da081)
                      r"|\b(?:looks|looking|looked)\s+like\s+(?:an?\s+)?(?:cheap\s+|typical\s+)?$")
# a platform's videos of someone else's: "I watched a bunch of other shops' reels and theirs all cut on the beat" (made
# the video vertical; set FN fn084)
_OTHERS_OWN = compile_led(r"(?:\b(?:their|his|her|other|others'|competitors?'?s?|people'?s)|\b[a-z]+s')\s+$")
# a platform said as a quality or as a look matched: "pop is very TikTok", "it has to match our Instagram grid" (each made the
# video a new shape; set FU fu139 fu096)
_AS_QUALITY = compile_led(r"\b(?:very|too|so|really|super|kinda|pretty|quite|overly|a\s+bit|a\s+little|not)\s+$"
                          r"|\bmatch(?:es|ing)?\s+(?:with\s+)?(?:our|my|the|their)\s+$")
_STYLE_NOUN = compile_led(r"\s*(?:-\s*)?(?:vibes?|style|feel|look|energy|aesthetic|type|kind|trend|pace|edit|风|风格)")


# words written for a platform, outside the video: "write an Instagram post caption", "帮我写个抖音文案" (set AC ac266, AF af208
# made the video 4:5 / 9:16)
_WRITTEN_BEFORE = compile_led(r"(?:\b(?:write|draft|compose|come\s+up\s+with|suggest|give\s+me)\b[^.;!?]{0,30}|写[^。；！？.;!?]{0,6})$")
# (after 的 too: "能帮我写个抖音的标题文案吗" made it 9:16; dev set DE de143)
_WRITTEN_AFTER = compile_led(r"\s*(?:的\s*)?(?:post\s+|feed\s+)?(?:captions?|copy|description|hashtags?|bio|文案|描述|标题文案|话题)")
# the written words said first: "write me a caption for my Instagram post" (set AH ah268 made the video 4:5)
_WRITTEN_FOR = compile_led(r"\b(?:captions?|copy|description|hashtags?|bio)\s+(?:for|on)\s+(?:an?\s+|the\s+|my\s+|our\s+)?$")
_TOO_FOR = compile_led(r"\btoo\s+\w+\s+for\s|太\S{0,3}")


# the platform named as the reason for a length, its rule stated: "抖音广告要15秒以内，帮我剪到15秒", "TikTok ads must be under
# 15 seconds" (the video was made 9:16 as well, set BC bc003); "for TikTok", "做成抖音竖屏", "发抖音用" still ask its shape
_LIMIT_AFTER = compile_led(r"\s*(?:ads?|videos?|广告|视频|短视频|上的?视频|的视频|的广告)?\s*(?:的)?\s*"
                          r"(?:要求?|必须|得|需要|只能|规定|限制|最多|最长|不能超过|不超过|不得超过|must|have\s+to|has\s+to|need\s+to|needs\s+to"
                          r"|can\s+only|only\s+allows?|allows?\s+only|are\s+capped|is\s+capped|can'?t\s+be|cannot\s+be|should\s+be)\s*"
                          r"(?:be\s+)?(?:in\s+|at\s+most\s+|under\s+|less\s+than\s+|no\s+(?:more|longer)\s+than\s+|up\s+to\s+|在\s*|控制在\s*)?"
                          r"\d+(?:\.\d+)?\s*(?:秒|s\b|secs?\b|seconds?\b)")

# a length judged there: "抖音上30秒有点拖", "on tiktok 30 seconds is way too long" (a length's reason; made 9:16, set GP gp012)
_LENGTH_JUDGED = compile_led(r"\s*(?:上|里)?\s*,?\s*\d+(?:\.\d+)?\s*(?:秒|s\b|secs?\b|seconds?\b)\s*(?:的视频)?\s*"
                             r"(?:(?:有点|太|还是|真的|都|is|are|feels?|seems?|way|much|a\s+bit|kind\s+of|kinda)\s*)*"
                             r"(?:拖|长|久|太长|too\s+long|long|slow|drags?|boring)")


def _limit_stated(m: re.Match, low: str) -> bool:
    """(read on the message's text: the phrase rules' text has the length read by the frames blanked to ';')"""
    at = low.find(m.group(0))
    if at < 0:
        return False
    end = at + len(m.group(0))
    return _LIMIT_AFTER.match(low, end) is not None or _LENGTH_JUDGED.match(low, end) is not None


def _posted_only(before: str) -> bool:
    """Where the video is posted, said of the platform: the setting of the wishes, never its shape. "要发抖音", "这条要投抖音",
    "要发到视频号" were read as the shape wished (posting said as what the video is for) until the blind writers of the fresh
    dev sets IH (seven rows: ih059 ih062 ih070 ih083 ih138 …), IC and HR each counted the changed shape a wrong edit; a shape
    said ("竖屏") or "for TikTok", "做成抖音的" still sets it."""
    return _POSTED.search(before) is not None


# the platform named as what a text's place or look is for: "captions at the top for tiktok", "为了抖音，把字幕放到顶部"
# (hand-found wave 31 row 4 made the video vertical too); "make it for tiktok", "turn it into a tiktok" stay its shape
_TEXT_WORD = compile_led(r"\b(?:title|headline|heading|captions?|subtitles?|supers|text|lettering|words)\b|字幕|标题|文字")
_FOR_BEFORE = compile_led(r"(?:\bfor\s+(?:the\s+|a\s+|my\s+|our\s+)?|(?:适合|为了|为|方便|照顾)\s*(?:在\s*)?)$")
_VIDEO_SAID = compile_led(r"\b(?:it|video|this|whole|everything|version|format|shape|export|render|clip|reel)\b"
                          r"|视频|它|成片|版本|做成|画面|竖|横|尺寸|比例")
_SENTENCE = compile_led(r"[.;!?。；！？\n]")


def _after_last(text: str, stops: str, end: int | None = None) -> int:
    """Where the part of ``text[:end]`` after its last stop (one of ``stops``) begins: a search back from the platform, never
    a pass over everything before it (a long message names a platform many times)."""
    return max(text.rfind(c, 0, len(text) if end is None else end) for c in stops) + 1


def _text_for(low: str, at: int) -> bool:
    """Whether the platform at ``at`` of ``low`` is said as the reason for a text's place or look in its sentence, which
    names nothing of the video itself (its shape is not asked; "say 'make it vertical'" is the wish for that)."""
    start = _after_last(low, ".;!?。；！？\n", at)
    end = next((m.start() for m in _SENTENCE.finditer(low, at)), len(low))
    sentence = low[start:end]
    return bool(_FOR_BEFORE.search(low, start, at) and _TEXT_WORD.search(sentence) and not _VIDEO_SAID.search(sentence))


# a platform or a shape named in passing: where the person saw an effect ("I saw it on another shop's reel"), what covers
# the text ("the Instagram like and comment buttons"), where a fault shows ("bumping into it on the vertical version"), or
# where the video goes as the reason for another wish ("this is going on Instagram, so the title should say …"); each of
# these changed the shape as well (set ES: four wrong edits of 13)
_SEEN_ON = compile_led(r"\b(?:seen|saw|see|watched|noticed|spotted)\b[^.;!?]{0,40}?\s(?:on|in)\s+(?:[a-z'\-]+\s+){0,4}$")
_ON_THE = compile_led(r"\b(?:on|in)\s+the\s+$")
# ("I'm posting this on my shop's Instagram tomorrow and …": dev set HB hb001 made it square)
_WHERE_WE_ARE = compile_led(r"\b(?:i|we|i'm|we're|i've|we've|my|our|customers?|followers?|buyers|audience|fans|shop|store|brand|people"
                            r"|users|viewers|everyone|everybody)\b[^.;!?]{0,50}?\b(?:on|through|via|from|at)\s+(?:my\s+|our\s+|the\s+)?(?:[a-z]+'s\s+)?"
                            r"(?:[a-z]+\s+(?:and|&|or)\s+)?$"
                            # ("I usually post reels": what they do, no shape wished)
                            r"|\b(?:i|we)\s+(?:usually|often|mostly|always|normally|also|mainly|sometimes)\s+(?:post|make|do|upload|film|watch)\s+$"
                            # ("我主要在抖音卖货", "我们店在淘宝和抖音都有")
                            r"|(?:我|我们|我家|咱们|店|店铺|粉丝|客户|顾客|买家)[^，,。；;！!？?]{0,10}?在\s*(?:[\u4e00-\u9fff]{1,4}\s*(?:和|跟|、)\s*)?$")
# what is common on a platform, or a thing of its named as the look wished: "everything on tiktok is beat synced these
# days", "抖音上都流行卡点视频", "word by word, like the auto-captions on Reels" (each made the video vertical; set GG)
# a shape that describes the uploads as they are, not the video wished
_DESCRIBED = compile_led(r"\b(?:clips?|photos?|pictures?|images?|pics?|shots?|footage|video|videos)\s+(?:is|are|was|were)\s+"
                         r"(?:all\s+|mostly\s+|kind\s+of\s+|a\s+bit\s+)?(?:[a-z]+\s+or\s+)?$")
# a shape judged as it is now, right after its word
# (the place with a word between: "16:9 在手机 feed 里显得太窄了" kept 16:9 beside the 1:1 asked; dev set DA da011)
_JUDGED_AFTER = compile_led(r"\s*(?:的)?\s*(?:视频|版本|画面)?\s*(?:在\s*(?:手机|电脑)\s*(?:[a-z]+\s*)?(?:上|里)?)?\s*(?:看起来|看着|显得)?\s*(?:太小|太窄|太宽|有点小|很小|太扁)"
                            r"|\s+(?:one|version)\s+looks\s+(?:really\s+|so\s+|too\s+|kind\s+of\s+)?(?:small|tiny)")
_COMMON_ON = compile_led(r"\b(?:everything|everyone|everybody|all|videos|people|stuff|most\s+\w+|every\s+\w+)\s+(?:on|in)\s+(?:the\s+)?$"
                         r"|\blike\s+(?:the|an?|those|these)\s+[a-z\-]+(?:\s+[a-z\-]+){0,3}\s+(?:on|in|from)\s+(?:the\s+)?$")
# (and who watches there, said as why: "15秒就够了 抖音上没人看那么久", set GI)
# (or the kind seen there: "就是抖音上那种卡点视频", dev set HA ha030 made it vertical)
_COMMON_AFTER_ZH = compile_led(r"\s*(?:上|里)?\s*(?:都|现在|最近|很|特别|全)*\s*(?:流行|火|很火|都是|常见|爱用|在用|没人|没有人|大家都|用户都|人都)"
                               r"|\s*(?:上|里)\s*(?:的)?\s*(?:那种|这种|那样)")
# the person's own account named ("my insta is mostly jewellery"): theirs, no shape wished
_OWN_ACCOUNT = compile_led(r"\b(?:my|our)\s+$")
_ACCOUNT_AFTER = compile_led(r"\s*(?:is|are|has|have|was|'s|account|page|profile|followers|audience|fans|shop|store|feed\s+is)\b")
_SHAPE_VERB = compile_led(r"\b(?:make|turn|change|switch|convert|export|render|set|resize|crop|reformat|format|fit|need|want|version)\b"
                          r"|\b(?:for|to|into)\s+(?:my\s+|our\s+|the\s+)?$|竖|横|方|做成|改成|弄成|适配|转成|给|用于|用在")
_SUITS = compile_led(r"\b(?:will|would|does|do|is|can|could)\s+(?:this|it|that|the\s+video)\s+(?:\w+\s+){0,2}?(?:look|be\s+(?:ok|okay|fine|good|right|alright|enough)"
                     r"|work|fit|suit|ok|okay|good)\b[^.;!?]{0,20}$")
_ASKED_AFTER = compile_led(r"[^.;!\n]{0,30}\?")
_VERSION_AFTER = compile_led(r"\s*(?:version|cut|edit)\b(?!\s*(?:please|pls|too|as\s+well|instead))")
_COVERS_AFTER = compile_led(r"\s*(?:like\s+(?:and|&)\s+comment|like\s+buttons?|buttons?|icons?|ui\b|interface|comments?\s+section)"
                            r"|\s*,?\s*so\s+(?=(?:the|can|could|please|i|we|my|our)\b)(?![^.;!?]*\b(?:vertical|portrait|square|landscape|shape|format|ratio|size)\b)")


def _in_passing(m: re.Match, low: str, at: Callable[[int], int]) -> bool:
    """A platform or shape named in passing (``_SEEN_ON``, ``_COVERS_AFTER``), no shape wished. Read on the message's text
    (``low``; ``at`` maps the phrase rules' offsets to it): the phrase rules' text has the wish after it blanked by then."""
    start, end = at(m.start()), at(m.end() - 1) + 1
    before = low[:start]
    if _DESCRIBED.search(before):  # "the clip is widescreen but the photos are square or tall" (dev set HB hb062)
        return True
    if _JUDGED_AFTER.match(low, end):  # "…改成竖屏的，我要发抖音，横屏的在手机上看起来太小了" (dev set HD hd003 kept 16:9)
        return True
    if _SEEN_ON.search(before) and not re.search(r"\b(?:make|turn|change|switch|export|render|set|put)\b[^.;!?]{0,20}$", before):
        return True
    if _ON_THE.search(before) and _VERSION_AFTER.match(low, end):
        return True
    if _COMMON_AFTER_ZH.match(low, end):
        return True
    # where the person or their shop is, or a question whether it suits: "I sell mostly through Instagram", "my customers
    # find me on TikTok", "Will this look good on Instagram?" (each made a new shape; held-out shapes IL)
    # (only the sentence the platform is in: a split of the whole text before it cost a pass per platform named)
    sentence = before[_after_last(before, ".!?。！？\n"):]
    if _COMMON_ON.search(sentence):
        return True
    # (a shape's verb in its own clause: "make it 20 seconds, people on reels scroll past anything longer" is a length and
    # its reason, and was made 9:16 as well)
    clause = sentence[_after_last(sentence, ",;，；"):]
    said_about = _WHERE_WE_ARE.search(sentence) or (_OWN_ACCOUNT.search(sentence) and _ACCOUNT_AFTER.match(low, end))
    if said_about and not _SHAPE_VERB.search(clause):
        return True
    if _SUITS.search(sentence) and _ASKED_AFTER.match(low, end):
        return True
    return _COVERS_AFTER.match(low, end) is not None


# where the video will be posted, told as a plan ("这个视频准备投放在抖音", "准备在微信视频号投放", "这个视频要发朋友圈和视频号", "I'm
# going to post it on TikTok"): the setting of the wishes that follow, never a wish for the platform's shape. Three blind
# writers of dev set HR (hr045, hr131, hr140) and HM hm119 counted the shape changed as a wrong edit; a shape said ("竖屏",
# "vertical") or "for TikTok" is still the wish
_POSTING_PLAN = compile_led(r"(?:准备|打算|计划|这个视频\s*要|这条视频\s*要|视频\s*要)\s*(?:在|到)?\s*(?:微信)?\s*(?:投放|投|发布|上传|发)?\s*(?:在|到)?\s*(?:微信)?\s*"
                            r"(?:[\u4e00-\u9fff]{1,4}\s*(?:和|、|跟)\s*)?$"
                            r"|\b(?:i'?m|we'?re|i\s+am|we\s+are|they'?re|the\s+user\s+is|she'?s|he'?s)\s+(?:going\s+to|gonna|planning\s+to)\s+"
                            r"(?:post|upload|run|share)\s+(?:it|this|the\s+video)\s+(?:on|to)\s+(?:my\s+|our\s+|their\s+|the\s+)?$"
                            # ("is cutting this promo for Instagram", "This is going out as a Reels ad": what they are doing,
                            # where it goes; dev set ID id001 id092 changed the shape)
                            r"|\b(?:is|are|am|'s|'re|'m)\s+(?:cutting|making|editing|preparing|creating|building|putting\s+together)\s+"
                            r"(?:this|the|a|their|our|my)\s+(?:promo|video|ad|clip)\s+for\s+(?:the\s+|their\s+|our\s+|my\s+)?$"
                            r"|\b(?:going|goes)\s+(?:out|up|live)\s+(?:as|on)\s+(?:an?\s+|the\s+|their\s+|our\s+|my\s+)?$")


def _platform_format(m: re.Match, low: str, at: Callable[[int], int]) -> bool:
    """A platform named for its shape, not "too long for a story" (a length) or "a TikTok vibe" (a style)."""
    complaint = _COMPLAINT.search(m.string[:m.start()])
    # (a ';' before "for" is a complaint the frames read only when the message says one: "make it 20s for tiktok" read
    # its 20s, and the platform was dropped, set AD ad237)
    if complaint and complaint.group(0).lstrip().startswith(";") and not _TOO_FOR.search(low):
        complaint = None
    return not (complaint or _STYLE_NOUN.match(m.string, m.end()) or _limit_stated(m, low) or _SIMILE.search(m.string[:m.start()])
                or _AS_QUALITY.search(m.string[:m.start()])
                or _in_passing(m, low, at)
                or _posted_only(m.string[:m.start()])  # "可以发到抖音吗": where it goes, not its shape
                or _POSTING_PLAN.search(m.string, max(0, m.start() - 60), m.start()) is not None  # "准备投放在抖音": a plan
                or _OTHERS_OWN.search(m.string[:m.start()])  # "I watched other shops' reels": theirs, not this video's shape
                or _ACCOUNT.search(m.string[:m.start()]) is not None or _THERE_CLAIM.match(m.string, m.end()) is not None
                or _SHOP_AFTER.match(m.string, m.end()) is not None
                or _DOES_ITSELF.match(m.string, m.end()) is not None
                or (_WRITTEN_BEFORE.search(m.string[:m.start()])
                    and (_WRITTEN_AFTER.match(m.string, m.end()) or _WRITTEN_FOR.search(m.string[:m.start()]))))


S_FORMAT: dict[str, tuple[Template, Template]] = {
    "format.range": (
        "{width}x{height} is out of range: each side must be 64 to 3840 pixels.",
        "{width}x{height} 超出范围：每边须在 64 到 3840 像素之间。",
    ),
    "format.set": (
        "Format set to {w}x{h}.",
        "画面尺寸已设为 {w}x{h}。",
    ),
    "format.set_aspect": (
        "Format set to {w}x{h} ({aspect}).",
        "画面尺寸已设为 {w}x{h}（{aspect}）。",
    ),
}


S_FPS: dict[str, tuple[Template, Template]] = {
    "fps.bad": (
        "{fps} fps is not available: choose 24, 25, 30 or 60.",
        "不支持 {fps} fps：请选择 24、25、30 或 60。",
    ),
    "fps.set": (
        "Frame rate set to {fps} fps.",
        "帧率已设为 {fps} fps。",
    ),
}


S_FIT: dict[str, tuple[Template, Template]] = {
    "fit.cover": (
        "Pictures and clips now fill the frame (cropped).",
        "图片和视频现在铺满画面（会裁剪）。",
    ),
    "fit.contain": (
        "Pictures and clips now fit inside the frame (no cropping).",
        "图片和视频现在完整显示在画面内（不裁剪）。",
    ),
}


FORMAT = register(Edit(
    kind="format",
    args=FormatArgs,
    apply=apply_format,
    calls=('set_format',),
    sentences=S_FORMAT,
    examples=('make it vertical', 'make it square', '改成竖屏'),
    topics=('format',),
    doc=DocRow('format',
               '`m.width`/`m.height`/`m.aspect`: 16:9 1920x1080, 9:16 1080x1920, 1:1 1080x1080, 4:5 1080x1350; `720p` keeps the aspect (1280x720, or 720x1280 vertical); aspect and resolution in one message combine',
               '画面尺寸'),
    phrases=(Phrase(1, r_size, ('format',)), Phrase(70, r_style, ('fit', 'fps')), Phrase(80, r_format, ('format',))),
))


FPS = register(Edit(
    kind="fps",
    args=FpsArgs,
    apply=apply_fps,
    calls=('set_fps',),
    sentences=S_FPS,
    examples=('60 fps', 'set the frame rate to 24 fps', '帧率改成25帧'),
    topics=('fps',),
    doc=DocRow('frame rate',
               '`m.fps` (24, 25, 30, 60)',
               '帧率'),
))


FIT = register(Edit(
    kind="fit",
    args=FitArgs,
    apply=apply_fit,
    calls=('set_fit',),
    sentences=S_FIT,
    examples=('make sure nothing gets cropped', 'fill the frame', '不要裁剪'),
    topics=('fit',),
    doc=DocRow('fit',
               '`fit` of every visual and `m.fit`',
               '画面填充方式'),
    frames=(
        rule("fit", "*", lambda f, t: FitArgs(mode=f.values["fit"]), needs="fit"),
    ),
))
