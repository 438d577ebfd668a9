"""The frame reader: a message -> clauses -> frames (targets, operation, values) -> registered edits.

Words are tagged from the ``vocab`` tables (the longest phrase wins where two overlap); a sentence is
cut into clauses at "and", "then", commas and their Chinese equivalents when the next part has an
operation of its own; each clause is one frame. A frame means an edit when a ``FrameRule`` declared by
that edit (``registry``) accepts its target, operation and values. A clause with an operation but no
target takes the previous clause's target ("the narration is hard to hear, make it louder"). A frame
two edits accept equally is a question, never a guess.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import MISSING, Field, dataclass, field, fields, is_dataclass, replace
from functools import lru_cache
from typing import Any

from ...draft.styles import COLOURS
from . import vocab
from .anchors import compile_led
from .assets import OVERLAY_NAME
from .intents import Intent
from .refs import REF, REF_MANY, nth_in
from .registry import Edit, FrameRule
from .text import DUR, QUOTE_RE, RANGE, Message, dur_ms, looks_only, range_ms

FILE = r"(?:[^\s\ue000\u3000-\u9fff\uff00-\uffef;,!?()\"'「」]+\.(?:jpe?g|png|webp|gif|heic|bmp|tiff?|mp4|mov|m4v|webm|mkv|avi|mp3|wav|m4a|aac|ogg|flac))(?![a-z0-9])"
PCT = r"\d+(?:\.\d+)?\s*(?:%|％|percent\b|per\s+cent\b)"
WEAK = (r"\s*(?:,|，|、)\s*(?:and\s+|then\s+|also\s+|but\s+)?(?:(?:just|only|simply)\s+(?=(?:keep|leave)\s))?|\s+(?:and|then|also|plus|but|and\s+then|and\s+also)\s+"
        r"|然后|并且|而且|同时|另外|还有|以及|但是|但|并|再|和|跟|及"
        # ("竖屏 9:16 帮我改一下 顺便关掉字幕": the captions were dropped without a word; set DH dh122)
        r"|顺便|顺带|还要"
        # run-on, without a comma: "shorten to 20s keep the music vol", "keep the music just make the title bigger"
        # (a joint only after a "keep" clause, or before one: see ``_RUN_ON``)
        r"|\s+(?=(?:keep|leave|just|only)\s)"
        # a filler word blanked ("then", "please"): a joint when a wish whole is before it (``_untagged_wish``)
        r"|\s{4,}(?=[a-z])")
_RUN_ON = compile_led(r"\s+")  # a joint of whitespace alone: the run-on joints above
# "last" as the place, not "lasts": before a comma, the end, or a joint ("move the sneaker last, 25 seconds")
_PLACE_LAST = compile_led(r"\s*(?:[,，;；.!?。！？]|$|(?:and|then|please|pls|too|instead)\b)")
_TO = compile_led(r"(?:\bto|\bat|\blike|\babout|\baround|\broughly|\bjust|\bsay|\bmaybe|\bperhaps|到|成|为|在|至)\s*$")  # (延长至60秒: set AE ae009)
_EACH = compile_led(r"\b(?:each|every|per(?!\s+(?:the|your|our|my|their|client|user|request|feedback))"
                   r"|all\s+(?:the\s+)?(?=images|pictures|photos|slides))\b|每|各(?![种类式样位])"
                   # "把所有图片都显示5秒", "全部照片改成4秒": each picture (set AA wx22 made the video 4 s)
                   r"|(?:所有|全部)(?:的)?(?=\s*(?:图片|照片|图|相片))")
_OBJECT_END = compile_led(r"\s+(?:from|off|out\s+of|in|on)\s+(?:the\s+)?(?:timeline|video|edit|project|sequence)\b.*$"
                         r"|\s+(?:in|from|on)\s+(?:there|here|it)\b.*$|\s+(?:any\s*more|at\s+all)\b.*$"
                         r"|\s+(?:please|entirely|completely|altogether|for\s+good)\b.*$")
_AT = compile_led(r"(?:\bstarts?|\bstarting|\bbegins?|\bbeginning|\bappears?|\bcomes?\s+in)\s+(?:at|from|after)\s*$"
                 # ("标题第2秒再出来": the second 2, a moment; set AV av125 showed the title for 2 s)
                 r"|(?:\bat|\bfrom|\bafter)\s*$|(?:从|在|第)\s*$")
# "make it stay 6s", "remain on screen 4 seconds": how long something shows, like "for"
_FOR = compile_led(r"(?:\bfor|\b(?:stay|stays|remain|remains|linger|lingers)(?:\s+(?:up|on\s+screen|visible|around))?"
                  r"|持续|停留)\s*$")
# "(so that) only its first 4 seconds (are used)", "只用前4秒": the part kept; a reading that knows it reads it
_ONLY_SIDE = compile_led(r"(?:\b(?:only|just)\s+(?:its\s+|the\s+)?(?:very\s+)?|(?:只|仅)\s*(?:用|要|保留|留|播放?)?\s*(?:[a-z0-9\-_.]{1,20}\s*的|它的|其|片段的?)?\s*"
                        # "剪到前5秒", "截成最后3秒": cut down to that part, kept like "only" (set AO ao186 cut away the first 5 s)
                        # ("裁剪为前5秒", "剪辑成前3秒": the same cut said with 为 / 剪辑 / 修剪; set CN cn103 cut away the first 5 s)
                        r"|(?:剪到|剪成|剪为|截到|截成|截为|裁到|裁成|裁为|缩到|缩短到|剪辑到|剪辑成|剪辑为|裁剪到|裁剪成|修剪到|修剪成|修剪为)\s*(?:它的|其)?\s*)"
                        r"(?=(?:first|opening|last|final|前(?:面的?)?|开头的?|最后(?:面的?)?|结尾的?)\s*$)")  # ("前面的": set BV bv147)
# ("make it shorter too - 6 seconds": a dash, set AS as226)
_APART = compile_led(r"(?:一点|一些|点|些|\s|\btoo\b|\bstill\b)*(?:[,，:：]|\s[\-–—]+)\s*")  # ("再短一点，0.3秒": 再短 is the operation)
# between an old length and the new one: "3秒改成6秒", "3 seconds, change it to 6 seconds" (a bare "to" is a range)
_OLD_TO_NEW = compile_led(r"\s*(?:[,，]\s*)?(?:(?:要|请|再)?(?:改成|改为|换成|变成|调成|调为|改到|调到)|->|→|=>"
                         r"|(?:(?:please\s+)?(?:change|make|set|turn)\s+(?:it|that|this)\s+(?:to|into)|changed?\s+to|instead\s+of\s+that,?)"
                         r")\s*")
_RELATIVE = compile_led(r"\s*(?:longer|shorter|more|less)\b")
# a place that says which thing is meant, then the place it goes: "把右上角的logo挪到右下角", "move the logo in the top
# right to the bottom right", "the top-right logo to the bottom left" (set BR br255 kept the first place: nothing moved)
_PLACE_OF = compile_led(r"\s*(?:上|里|处)?的\s*|[\s\-]*")
_OF_PLACE = compile_led(r"\s+(?:(?:that'?s|which\s+is|sitting|now)\s+)?(?:in|at|on|from)(?:\s+the)?\s+")
_TO_PLACE = compile_led(r"(?:到|至|\bto(?:\s+the)?|\binto(?:\s+the)?)\s*$")
_FROM_PLACE = compile_led(r"(?:从|\bfrom(?:\s+the)?)\s*$")  # "把logo从右上角挪到左下角"
# ("make the first picture shorter, 3 seconds is enough": that length, not 3 s less; set AF af117)
_ENOUGH = compile_led(r"\s*(?:就够了|就够|就行了?|就好了?|就可以了?|足够了?|刚好|正好"
                     r"|(?:is|are|will\s+be|would\s+be|should\s+be)\s+(?:(?:more\s+than|plenty|about|just)\s+)?(?:enough|plenty|fine|ok|okay|good|sufficient)\b"
                     r"|(?:will|would|should)\s+do\b)")
# "shorter than 30 seconds", "less than 20 s", "短于20秒": a limit too, never a difference (wave 30 lead row "make it
# shorter than 30 seconds" was read as 30 s shorter: a 40-s video made 10 s); a limit said so is strict (STRICT_BOUND)
MOST_BEFORE = compile_led(r"(?:\bat\s+most|\bno\s+(?:more|longer)\s+than|\bnot\s+(?:more|longer)\s+than|\bunder|\bwithin"
                          r"|\bup\s+to|\b(?:does\s+not|doesn'?t|do\s+not|don'?t|not|never|won'?t)\s+(?:go\s+over|exceed)|\bexceed"
                          r"|\b(?:shorter|less|fewer)\s+than|\bbelow"
                          r"|最多|最长|不超过|不要超过|别超过|不长于|不多于|(?<!不)(?:短于|少于|低于|小于)|不到|不足)\s*$")
# "at least 40 seconds", "最少40秒": a floor, nothing to do when the video is that long already ("longer than 40 s",
# "长于40秒": a floor too, strict)
LEAST_BEFORE = compile_led(r"(?:\bat\s+least|\bno\s+(?:less|shorter)\s+than|\bnot\s+(?:less|shorter)\s+than|\bminimum(?:\s+of)?"
                          r"|\b(?:longer|more)\s+than"
                          r"|最少|至少|不少于|不短于|不低于|不小于|起码|(?<!不)(?:长于|多于))\s*(?:要|得|是|有)?\s*$")
# the bounds said as a comparison: the video must not be the length said ("shorter than 30 s" of a 30-s video: how long
# is asked; "at most 30 s" is met by it; "no more than" is no comparison). "under 25 seconds" is one too: a blind writer's
# "get it under 25 seconds" wants less than 25 (it was made 25 s; set FP fp063)
STRICT_BOUND = compile_led(r"(?<!\bno\s)(?<!\bnot\s)\b(?:shorter|less|fewer|longer|more)\s+than\b|\bunder\b|\bbelow\b"
                           r"|(?<!不)(?:短于|少于|低于|小于|长于|多于)|不到|不足")
LEAST_AFTER = compile_led(r"\s*(?:min(?:imum)?\b|or\s+more\b|or\s+longer\b|at\s+least\b|以上)")
MOST_AFTER = compile_led(r"\s*(?:max(?:imum)?\b|at\s+most\b|or\s+less\b|or\s+shorter\b|tops\b|以内|之内|以下)")
# ("make each one last 1 second": "last" is the verb there, "the last 4 seconds" a part; "前面十秒", "最后面的3秒" are
# "前10秒" said longer: set BV bv147 "视频只留前面十秒" set the video's length to 10 s instead of keeping the clip's)
_FIRST = compile_led(r"(?:\bfirst|\b(?:the|its|their)\s+last|\bopening|\bfinal|前(?:面的?)?|开头的?|最后(?:面的?)?)\s*$")
_BY_BEFORE = compile_led(r"(?:\bby|降低|减少|调低|减小|提高|增加|调高|加大)\s*$")  # "降低50%": by half
_BY_AFTER = compile_led(r"\s*(?:quieter|louder|softer|lower|higher|less|more)\b")
_NAMING = compile_led(r"(?:是|叫|为|:|：)\s*[a-z]|\b(?:titled|called|named|saying|that\s+says|reads?)\s+[a-z]")
_SAID_AS = compile_led(r"\s*(?:[,，:：(（\-–—]|\s(?:i\.?e\.?|aka|or|that\s+is)\b)?\s*(?:[(（]\s*)?")
_NEGATION = compile_led(r"(?:\bdon'?t|\bdo\s+not|\bdoes\s+not|\bdoesn'?t|\bnever|\bno\s+need\s+to|\bnot|\bshouldn'?t|\bmustn'?t|"
                       # (分别 "each in turn", 区别, 特别 are no "don't")
                       r"不要|(?<![分区特告识])别|不用|无需|不必)\s*$")
# a wish said not to be wanted, its operation after the thing: "they don't want it cut", "I don't want the unboxing video
# cut" (removed the clip; dev set HT ht049)
_NOT_WANTED = compile_led(r"\b(?:don'?t|do\s+not|doesn'?t|does\s+not|didn'?t|never)\s+(?:really\s+)?(?:want|need|wanna)\b")
_PARTICIPLE = compile_led(r"(?:cut|[a-z]+ed|[a-z]+en)\b")  # (never "… want the captions bigger": a removal or bigger, asked)
# a dislike leading a clause: "i don't like the yellow title", "not a fan of the serif font on the title", "不喜欢黄色的标题": the
# look it names is what is there or was thought of, never a wish for it (wave 31: the title was made yellow, serif). Its
# kinds with a remedy are said so by vocab's rewrites first ("i don't like the zoom" -> "turn off the zoom")
# (a liking too: "i love the yellow captions" of white captions made them yellow; "i'd love yellow captions" is a wish)
_DISLIKE = compile_led(r"\b(?:i|we)\s+(?:really\s+|just\s+|honestly\s+)?(?:don'?t|dont|do\s+not)\s+(?:really\s+)?(?:like|love|care\s+for)\b"
                       r"|\b(?:i|we)\s+(?:really\s+|just\s+|honestly\s+|kind\s+of\s+|kinda\s+)?(?:like|love|enjoy|adore)\s+(?=the\b|this\b|that\b|these\b|those\b|how\b)"
                       r"|\b(?:i|we)\s+(?:really\s+|kind\s+of\s+|kinda\s+|just\s+)?(?:hate|dislike|can'?t\s+stand|cannot\s+stand)\b"
                       r"|\bnot\s+(?:really\s+|much\s+of\s+|the\s+biggest\s+|a\s+big\s+)?(?:a\s+)?fans?\s+of\b|不喜欢|不太喜欢|讨厌|受不了")
# (a picture disliked is no look: "i dont like the cap photo, remove it" keeps its picture for the "it", set CG cg115)
_NO_LOOK = frozenset({"ref", "file", "quote"})
# what was done already, or might be wanted some day: "I already muted the music", "we might want a shorter version
# later", "我已经把音乐关了": told, not asked (the music was muted, the video shortened)
_DONE_OR_SOMEDAY = (r"\b(?:i|we|they|you|the\s+(?:user|client|customer))\s+(?:have\s+|'ve\s+|had\s+)?(?:already|just)\s+"
                    r"(?!uploaded|added|attached|sent|realised|realized|noticed|checked|watched|looked|remembered|showed)[a-z]+ed\b"
                    r"|\b(?:is|are)\s+already\s+(?!too\b|a\s+bit\b|way\b)[a-z]+ed\b|\b(?:might|may)\s+(?:want|need|like)\b|\blater\s+on\b"
                    r"|\bin\s+the\s+future\b|\bfor\s+later\b|(?:我|我们|客户|他|她)已经|以后再|下次再|回头再|将来"
                    # what the person will do themselves, later: "mute the voiceover for now, I'll redo it later" (set CL cl243
                    # made a new first cut of "redo it")
                    # (leading its clause: "remove the music for now, we'll pick another song tomorrow" read as one clause
                    # keeps its removal)
                    r"|^\s*(?:(?:and|but|so|then)\s+)?(?:i|we)(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to|'m\s+gonna|\s+gonna)\s+"
                    r"(?!want\b|need\b|like\b)[a-z]+\b[^.;!?,]{0,30}?\b(?:later|tomorrow|tonight|next\s+(?:time|week)|myself|afterwards)\b"
                    r"|(?:我|我们)?(?:晚点|稍后|等会儿?|等下|过两天)再")
# a time gone by: "yesterday I made the title bigger", "the music was too loud last time", "我昨天把音乐删了吗": a story
# about an earlier version (set K no14/no21, L non06 made the edit they told of)
_PAST = (r"\b(?:yesterday|last\s+(?:time|week|night|month|year|round|version)|earlier\s+today|the\s+other\s+day"
         r"|(?:a\s+(?:few\s+)?|two\s+|\d+\s+)(?:days?|weeks?|months?)\s+ago)\b"
         r"|\b(?:our|my|their)\s+(?:other|previous|last|old|earlier)\s+(?:video|videos|promo|ad|reel|edit)\b"
         r"|昨天|前天|上次|上回|上周|上星期|上个月|上个版本|上一版|上\s*[一1]\s*(?:支|部)|上\s*[一1]\s*(?:个|条)\s*(?:视频|片子|影片)|上支|之前那支|以前那支|另一支视频")
# what happens outside the video, which the engine does not do: "post it to my instagram", "帮我发到抖音" (set K no20
# made the video square)
# (asked, at the clause's start: "the user plans to post this on TikTok, …vertical" is why a format is wanted)
# ("can u post it to my instagram": texted "u", set AY ay063 made the video square)
_ELSEWHERE = (r"^\s*(?:(?:please|pls|plz|(?:can|could|would)\s+(?:you|u|ya)|now|then|and|just)\s+)*(?:post|share|upload|publish|send|email|mail)\s+(?:it|this|that|the\s+(?:video|final\s+video|edit|result))"
              r"(?:\s+(?:out|over))?\s+(?:on|to|onto|via|through)\b"
              # (asked with 能不能 / 可以, 直接 after the video: "能不能把视频直接发到我的抖音账号" made it 9:16, set CH ch309)
              r"|^\s*(?:(?:你|您)\s*|(?:能不能|能否|可不可以|可以|能)\s*|请\s*|帮我\s*|麻烦\s*|帮忙\s*|直接\s*|给我\s*)*(?:把它|把视频|把这个视频|把成片)?\s*(?:直接|帮我|马上)?\s*(?:发到|发布到|上传到|分享到|发在|发给|转发到|传到)\s*(?:我的|我们的)?\s*(?:抖音|快手|朋友圈|微信|小红书|微博|视频号|b站|淘宝|instagram|ins|tiktok|youtube|群)"
              # new footage made up by a model: "生成一段模特试穿的视频 with AI" (set J neg18 made a first cut)
              r"|\b(?:with|using|via|by)\s+(?:an\s+)?ai\b|\bai[\s-]*(?:generated?|generation|generating)\b|\bgenerate\b[^.;,]{0,40}\bwith\s+ai\b"
              r"|用\s*ai|ai\s*生成|人工智能\s*生成|用人工智能"
              # copy for a post, written outside the video: "write an Instagram caption to go with this", "帮我写个抖音文案"
              # (sets AC/AF ac266/af208 made the video 4:5 and 9:16 from the platform's name)
              r"|\bwrite\s+(?:me\s+|us\s+)?(?:up\s+)?(?:an?\s+|some\s+|the\s+)?(?:short\s+|quick\s+)?(?:instagram|insta|ig|tiktok|facebook|fb|youtube"
              r"|social(?:\s+media)?|linkedin|twitter|pinterest|reels?)\s+(?:post\s+)?(?:captions?|copy|descriptions?|posts?|hashtags?|blurbs?|text)\b"
              # ("write me a caption for my Instagram post": the platform after the copy; set AH ah268 made it 4:5)
              r"|\bwrite\s+(?:me\s+|us\s+)?(?:up\s+)?(?:an?\s+|some\s+|the\s+)?(?:short\s+|quick\s+|catchy\s+)?(?:captions?|copy|descriptions?"
              r"|hashtags?|blurbs?|posts?)\s+(?:for|to\s+go\s+with|to\s+post\s+with|on)\s+(?:my|our|the|an?|this)?\s*(?:instagram|insta|ig"
              r"|tiktok|facebook|fb|youtube|social(?:\s+media)?|linkedin|twitter|pinterest|reels?|story|stories)\b"
              r"|写\s*(?:个|一个|一段|一条|几句|一些|点|下|1\s*[个段条])?\s*(?:发|配)?\s*(?:抖音|小红书|朋友圈|微博|ins|instagram|tiktok|视频号|快手|b站|youtube|淘宝)"
              r"\s*(?:的|上的|用的)?\s*(?:文案|配文|话题|标签|描述|简介|帖子)")
# a plan given up, or a choice not made yet: "I was going to mute the music but actually it's perfect", "I'm asking my
# boss whether to cut the ring picture", "本来想把音乐关掉", "还在考虑要不要删戒指那张" (set M non03/non13 made the edit)
_UNDECIDED = (r"\b(?:i|we|they|he|she|the\s+(?:user|client|customer|boss))\s+(?:was|were)\s+(?:going|about|planning|gonna|thinking\s+of|thinking\s+about)"
              r"\s+(?!to\s+ask\b)|\b(?:i|we)\s+almost\s+[a-z]+ed\b"
              r"|\bwhether\s+(?:or\s+not\s+)?(?:to|we|i|you|they)\b|\bif\s+(?:we|i)\s+should\b"
              r"|\b(?:not\s+sure|unsure|undecided|(?:haven'?t|have\s+not|not\s+yet)\s+decided|still\s+deciding|debating)\b"
              r"|本来(?:想|打算|准备|要)|原本(?:想|打算|准备)|本想|差点"
              r"|(?:考虑|在问|问问|问一下|商量|犹豫|不确定|不知道|还没决定|没想好|纠结|拿不定)[^，,。；;]{0,12}?(?:要不要|是否|该不该|是不是要)")
# told, not asked (the clause is read for nothing)
NOT_NOW = compile_led(f"{_DONE_OR_SOMEDAY}|{_PAST}|{_ELSEWHERE}|{_UNDECIDED}")
_CLIP_NOUN = compile_led(r"(?:video\s+)?clips?|footage|videos?|视频片段|视频|片段")
_ZH_OBJECT = compile_led(r"^\s*(?:(?:然后|另外|还有|接着|随后|顺便|再)\s*)?(?:把|将)\s*|^\s*(?:然后|另外|还有|接着|随后|顺便)\s*|\s*(?:那张|这张|那个|这个|那段|这段|那幅|这幅)?\s*(?:的)?\s*(?:图片|图|照片|视频|片段)?\s*$")
# a thing named before its verb in English, then the word tying it to the state: "Clip on mute", "Clip: mute" (the ref
# was looked for as 'clip on' / 'clip:', the mute said not found beside the speed made; held out HO)
_LINKED_BEFORE = compile_led(r"\s*(?:[:：\-–—]|\b(?:on|is|gets?|goes|go|should\s+be|to\s+be)\b)\s*$")
_IT = compile_led(r"\b(?:it|that\s+one|this\s+one)\b|它|这张|那张")
# a thing pointed at, never the video itself ("make that one 5 seconds" made the video 5 s long)
_POINTED = compile_led(r"\b(?:that|this|the\s+other)\s+one\b|\b(?:them|those|these)\b|它"
                      r"|(?:^|(?<=[把将给\s,，]))(?:这张|那张|这个|那个|这段|那段|这些|那些)")
# "it" is the video for a length, a format or a look ("make it 20 seconds", "make it vertical"), and a sound for
# loudness (the volume edit asks which); for these, a thing
# ("mute it" with nothing named: the music, the voice, a clip's sound or all of it is asked; set AC ac203 muted all)
_IT_THING_OPS = frozenset({"remove", "move", "reorder", "animate", "restyle",
                           "increase", "decrease", "mute", "unmute"})
GENERIC_OPS = frozenset({"set", "keep"})
# "标题改成X，然后时长改成20秒", "set the title to 'Sale', then the length to 20 s": a next step, so the length is the
# video's (set M mix10 timed the title); "转场改成溶解，时长0.8秒" (a comma alone) stays the transitions'
_NEXT_STEP = compile_led(r"\b(?:then|after\s+that|afterwards|also|next)\b|然后|接着|之后|随后|另外|同时|再把|。")


def _next_step(msg: Message, a: int, b: int) -> bool:
    """Whether the words between two clauses say "then" (read in the original too: "then" is filler, blanked)."""
    gap = msg.low[a:b + 4]
    return bool(_NEXT_STEP.search(gap) or (len(msg.orig) == len(msg.low) and _NEXT_STEP.search(msg.orig[a:b + 4].lower())))
LENGTH_NEED = frozenset({"shorten_need", "lengthen_need"})  # "make the music louder": the specific operation decides
# sentence ends, and the connectives after a reason ("our buyers are in China, so change the title…")
# ("vertical + 15 sec + no captions": a plus between wishes ends one)
STRONG = compile_led(r"[;!?。！？；\n]+|\.(?![a-z0-9])|[,，]\s*(?:so|therefore|hence|所以|因此)(?![a-z])\s*|\s\+\s")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    slot: str  # "target", "op", "value"
    keys: frozenset[str]  # target or op keys; for a value, its kind ("dur", "pct", "pos", "fit", "quote", "file", "ref")
    value: Any = None


class Values(dict[str, Any]):
    """A frame's values; remembers which keys were looked at (a rule's ``build`` reading "each" has read
    the word "each", so the guard does not count it as left unread)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: set[str] = set()

    def __getitem__(self, key: str) -> Any:
        self.seen.add(key)
        return super().__getitem__(key)

    def get(self, key: str, default: Any = None) -> Any:
        self.seen.add(key)
        return super().get(key, default)

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str):
            self.seen.add(key)
        return super().__contains__(key)


@dataclass
class Frame:
    start: int
    end: int
    targets: list[Mention] = field(default_factory=list)
    ops: list[Mention] = field(default_factory=list)
    values: Values = field(default_factory=Values)
    flags: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # where "each", "for", "first"… were said
    attached: list[tuple[int, int]] = field(default_factory=list)  # "every" of "every caption", "只" of "只显示"
    text: str = ""
    used: list[Mention] = field(default_factory=list)  # the value mentions in ``values``
    quotes: list[str] = field(default_factory=list)  # the message's quoted texts
    negated: bool = False  # "don't remove the music": an operation said not to be done
    object_span: tuple[int, int] | None = None  # where ``object_text`` read its words
    # the words of the clause before, when this clause took its target from it and no reading took that clause ("make the
    # logo bounce in from the side, and put it top right": the logo is what "it" is, and is not on the video yet)
    unread_before: str = ""
    took_unread: bool = False  # a reading took its thing from those words: that clause stays a wish not understood
    # the words of the clause before that named the captions, when this clause took them from it ("the last caption
    # says Clip, change it to yellow": the caption it names by its place is the one meant; ``captions.nth_said``)
    captions_before: str = ""
    # a second value of a kind the clause already holds ("make the title last 4 seconds and start at 1s": the 1 s), for
    # the few readings that take two ("seconds" of a length and of a moment); read only when a reading puts it in ``used``
    others: list[tuple[Mention, Any]] = field(default_factory=list)  # (its words, its value)

    def target_keys(self) -> list[str]:
        out: list[str] = []
        for t in self.targets:
            for k in sorted(t.keys):
                if k not in out:
                    out.append(k)
        return out

    def visual_noun(self) -> str:
        """The words naming a picture or clip ("the video clip"), for ``find_visual``."""
        return next((self.text[t.start - self.start:t.end - self.start] for t in self.targets if "visual" in t.keys), "")

    def object_text(self) -> str:
        """What the operation acts on: the words after its verb ("the black cap photo"), without a trailing
        "from the timeline" or "please"."""
        if "file" in self.values:
            return str(self.values["file"])
        if "ref" in self.values:
            return str(self.values["ref"])
        end = max((o.end for o in self.ops), default=self.start)
        words = self.text[end - self.start:]
        words = QUOTE_RE.sub(lambda q: self.quotes[int(q.group(1))], words).strip(" .,!?;:，。！？")
        words = _OBJECT_END.sub("", words).strip()
        self.values.seen.add("object")  # the words after the verb are read (the guard need not look at them)
        self.object_span = (end, self.end)
        if not words:
            # "把blue-backpack那张删了": in Chinese the object may come before the verb
            start = min((o.start for o in self.ops), default=self.end)
            self.object_span = (self.start, start)
            before = QUOTE_RE.sub(lambda q: self.quotes[int(q.group(1))], self.text[:start - self.start])
            words = _LINKED_BEFORE.sub("", _ZH_OBJECT.sub("", before)).strip(" ，,。")
        return words or self.visual_noun()

    def op_keys(self) -> set[str]:
        return {k for o in self.ops for k in o.keys}


@dataclass(frozen=True)
class Reading:
    """One way to read a frame: the edit and its arguments."""

    edit: Edit[Any]
    args: Any
    read: frozenset[str] = frozenset()  # the frame's values its rule needed or looked at


@dataclass
class FrameResult:
    intents: list[Intent] = field(default_factory=list)
    questions: list[list[str]] = field(default_factory=list)  # per ambiguous frame, the edits it could be
    spans: list[tuple[int, int]] = field(default_factory=list)  # text the frames used (blanked for the phrase rules)
    clauses: list[tuple[int, int]] = field(default_factory=list)  # every clause of the message
    context: list[tuple[int, int]] = field(default_factory=list)  # clauses a later clause took its target from
    mentions: list[Mention] = field(default_factory=list)  # every clause's operation and thing words, as its frame holds them
    unclear: list[str] = field(default_factory=list)  # "it", "that one" said of nothing named before
    unclear_clauses: list[tuple[int, int]] = field(default_factory=list)  # the clauses they were said in
    chatter: list[tuple[int, int]] = field(default_factory=list)  # clauses without a word the planner knows
    complaints: list[tuple[int, int]] = field(default_factory=list)  # "the clip drags": a length complained of
    needs: list[tuple[int, int]] = field(default_factory=list)  # "it's too loud": a loudness complained of
    bare: list[tuple[int, int]] = field(default_factory=list)  # "change the title": a thing to change, but not how
    # clauses left to the phrase rules that took a picture or clip from the clause before ("片段太长了，剪成4秒"): the
    # phrase rules do not see that thing, so a length they read there is not the video's (core asks)
    borrowed_visual: list[tuple[int, int, str]] = field(default_factory=list)  # (clause, the words naming the thing)
    # (clause, the picture or clip its "it" means): for the phrase rules' reading of that clause ("把它放到最前面")
    its: list[tuple[int, int, str]] = field(default_factory=list)
    # "make it 15 seconds and the ring too": the readings asked between (the video's length, the ring's)
    also: list[list[str]] = field(default_factory=list)
    # the words naming a picture or clip in a clause a later clause took it from and read ("the clip is too long, keep only
    # its first 6 seconds"): that reading's thing, read (for the guard; the phrase rules still see them)
    thing_words: list[tuple[int, int]] = field(default_factory=list)
    # a length said of a thing no table knows ("give it a 2 second fade"), where no reading took it: never the phrase
    # rules' to read as the video's length, and not read either (the clause is said not understood)
    hidden: list[tuple[int, int]] = field(default_factory=list)
    # clauses left to the phrase rules that took another thing than a picture from the clause before ("字幕停得太短，让它多停两秒":
    # the captions): a length the phrase rules read there is that thing's, never the video's (core)
    borrowed_other: list[tuple[int, int]] = field(default_factory=list)


# --- the lexicon -------------------------------------------------------------------------------------------

NONE = "none"  # the slot of vocab.NOT_EDIT_WORDS in the lexicon
_TOKEN = compile_led(r"[a-z0-9]+(?:['\-][a-z0-9]+)*")
_CJK_CHAR = compile_led(r"[\u3400-\u9fff]")
_NEXT = compile_led(r"(?<![a-z0-9'\-])[a-z0-9]|[\u3400-\u9fff]")


_KEEP_S = frozenset({"let's", "it's", "that's", "what's", "there's", "here's", "who's"})


def _plain(word: str) -> str:
    """A possessive read as its noun: "music's" -> "music"."""
    return word[:-2] if word.endswith("'s") and word not in _KEEP_S else word


def _inflections(word: str) -> set[str]:
    """'remove' -> remove, removes, removed, removing; 'clip' -> clips, clipped..."""
    out = {word}
    if not re.fullmatch(r"[a-z]{3,}", word) or word in ("the", "off", "out", "for", "up", "on", "down", "in"):
        return out
    out |= {word + "s", word + "es", word + "ed", word + "ing", word + "d"}
    if word.endswith("e"):
        out |= {word[:-1] + "ing", word[:-1] + "ed"}
    if word.endswith("y"):
        out |= {word[:-1] + "ies", word[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][bdgmnpt]$", word):  # clip -> clipped, clipping
        out |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return out


Meaning = tuple[str, frozenset[str], Any]


@dataclass(frozen=True)
class Lexicon:
    """Phrases -> meanings: English by word sequence (the last word inflected), Chinese by characters."""

    en: dict[tuple[str, ...], Meaning]
    en_max: int  # the longest English phrase, in words
    en_lengths: dict[str, tuple[int, ...]]  # first word -> the lengths (in words) of the phrases it starts, longest first
    zh: dict[str, Meaning]
    zh_lengths: dict[str, tuple[int, ...]]  # first character -> the lengths of the phrases it starts, longest first
    zh_firsts: frozenset[str]  # the Chinese characters that start a phrase (tag() looks only there)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Every vocabulary phrase and what it means; a phrase listed twice for one slot and value merges its keys."""
    en: dict[tuple[str, ...], tuple[str, set[str], Any]] = {}
    zh: dict[str, tuple[str, set[str], Any]] = {}

    def put(table: dict, key: Any, slot: str, name: str, value: Any) -> None:
        if key in table and table[key][0] == slot and table[key][2] == value:
            table[key][1].add(name)
        elif key not in table:
            table[key] = (slot, {name}, value)

    def add(phrase: str, slot: str, name: str, value: Any = None) -> None:
        phrase = phrase.lower()
        if _CJK_CHAR.search(phrase):
            put(zh, phrase, slot, name, value)
            return
        words = [_plain(w) for w in _TOKEN.findall(phrase)]
        if not words:
            return
        for last in sorted(_inflections(words[-1])):
            put(en, (*words[:-1], last), slot, name, value)

    for slot, table in (("target", vocab.TARGETS), ("op", vocab.OPS)):
        for key, (en_words, zh_words) in table.items():
            for p in (*en_words, *zh_words):
                add(p, slot, key)
    for kind, mode, (en_words, zh_words) in (("fit", "contain", vocab.FIT_CONTAIN), ("fit", "cover", vocab.FIT_COVER),
                                             ("still", "off", vocab.STILL)):
        for p in (*en_words, *zh_words):
            add(p, "value", kind, mode)
    for pos, (en_words, zh_words) in vocab.POSITIONS.items():
        for p in (*en_words, *zh_words):
            add(p, "value", "pos", pos)
    for word in vocab.NOT_EDIT_WORDS:  # taken whole by tag(), never a mention
        add(word, NONE, NONE)
    for name in COLOURS:  # "title at the top, in yellow" (a lone 黑 or 红 is part of other words: 黑边)
        if name.isascii() or len(name) > 1:
            add(name, "value", "colour", name)
    freeze = {k: (v[0], frozenset(v[1]), v[2]) for k, v in en.items()}
    freeze_zh = {k: (v[0], frozenset(v[1]), v[2]) for k, v in zh.items()}
    en_lengths: dict[str, set[int]] = {}
    for words in freeze:
        en_lengths.setdefault(words[0], set()).add(len(words))
    lengths: dict[str, set[int]] = {}
    for phrase in freeze_zh:
        lengths.setdefault(phrase[0], set()).add(len(phrase))
    # a character that starts no phrase costs one lookup (every length was tried: 10 ms of a 4000-character
    # Chinese message)
    return Lexicon(freeze, max(map(len, freeze), default=1),
                   {w: tuple(sorted(n, reverse=True)) for w, n in en_lengths.items()}, freeze_zh,
                   {c: tuple(sorted(n, reverse=True)) for c, n in lengths.items()},
                   frozenset(c for c in lengths if _CJK_CHAR.match(c)))


_RANGE = compile_led(RANGE)
FILE_RX = compile_led(FILE)
_REF_RX = compile_led(REF)
_VALUE_RX: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("quote", QUOTE_RE),
    ("file", FILE_RX),
    ("ref", _REF_RX),
    ("range", _RANGE),
    ("dur", compile_led(DUR)),
    ("pct", compile_led(PCT)),
    ("colour", compile_led(r"#(?:[0-9a-f]{6}|[0-9a-f]{3})(?![0-9a-z])")),
)


_NOUN_NUMBER = compile_led(r"(?:images?|photos?|pictures?|pics?|shots?|slides?)(?=\s*\d)")


# a length said before a noun, as what kind of thing it is: "a 2 second fade", "a 5-second intro", "one 3 second pause"
_ARTICLE_BEFORE = compile_led(r"\b(?:a|an|one|another)\s+$")
_NOUN_AFTER = compile_led(r"[\s\-]*(?:long\s+)?([a-z]{3,})\b")
_WORDS_AFTER = compile_led(r"(?:[\s\-]*[a-z0-9']+){0,4}")
# the words a length may be said before that are the video itself, or no thing at all ("a 20 second promo", "a 15 second
# version", "a 30 second long video"; "a 5 second gap between" is no thing either: a length of nothing named is refused)
_WHOLE_NOUNS = frozenset((
    "long", "longer", "shorter", "more", "less", "each", "per", "total", "max", "maximum", "min", "minimum", "and",
    "then", "for", "from", "into", "instead", "please", "plus", "tops", "limit", "mark", "or", "but", "with", "without",
    "promo", "promotional", "ad", "advert", "advertisement", "commercial", "reel", "spot", "teaser", "version", "cut",
    "edit", "story", "stories", "short", "tiktok", "film", "movie", "slideshow", "trailer", "montage", "piece", "thing",
    "one", "loop", "gif", "post", "runtime", "duration", "length", "video", "vid", "clip", "advertising", "preview",
    "intro", "outro", "sequence", "segment", "part", "section", "bit", "chunk", "window", "slot", "stretch", "run",
    "take", "shot", "slide", "photo", "picture", "image", "pic", "still", "frame", "display", "hold", "showing", "view",
))


def _attributive(text: str, m: Mention, starts: list[int], mentions: list[Mention], end: int) -> tuple[int, int] | None:
    """Where the noun a length is said before is ("add a 2 second fade": "fade"), when that noun is a thing no table
    knows and not the video ("a 20 second promo"); None otherwise (the length is said of what the clause names)."""
    if not (_ARTICLE_BEFORE.search(text, max(0, m.start - 9), m.start) or "-" in str(m.value)):
        return None
    noun = _NOUN_AFTER.match(text, m.end, end)
    if noun is None:
        return None
    # (a word for the video among the next few: "a 15 second vertical video for tiktok" is a first cut of 15 s; the table
    # test of fc-tiktok-15s made it 24 s when only the word right after was looked at)
    after = _WORDS_AFTER.match(text, m.end, end)
    if any(w in _WHOLE_NOUNS or w.rstrip("s") in _WHOLE_NOUNS for w in (after.group(0).split() if after else [])):
        return None
    k = bisect.bisect_left(starts, noun.start(1))
    if k < len(mentions) and mentions[k].start == noun.start(1):
        return None  # a word of the tables: the clause's own target or operation ("a 1 second transition")
    return noun.span(1)


def _named_before(text: str, m: re.Match[str], names: re.Pattern[str]) -> bool:
    """"the sneaker pic should be 2 secs and the ring pic 10": a picture named by what it shows right before "pic 10"
    is that picture, and the number after it is no picture's number (set BR br112 looked for picture 10 and dropped the
    ring's length; the bare number is read by _bare_lengths, or left unread)."""
    noun = _NOUN_NUMBER.match(text, m.start())
    if noun is None:
        return False
    lo = max(0, m.start() - 40)
    return any(n.start() < m.start() and n.end() == noun.end() for n in names.finditer(text, lo, noun.end()))


def _spaced(text: str, tokens: list[tuple[int, int, str]]) -> bool:
    """The words of a phrase follow each other with only spaces between them."""
    return all(not text[a[1]:b[0]].strip() for a, b in zip(tokens, tokens[1:], strict=False))


def tag(text: str, names: re.Pattern[str] | None = None) -> list[Mention]:
    """Mentions in ``text`` (a normalised message), left to right, never overlapping; ``names`` (``refs.name_rx``)
    reads a picture named by what it shows as a reference."""
    found: list[Mention] = []
    taken = [False] * (len(text) + 1)

    def free(a: int, b: int) -> bool:
        return not any(taken[a:b])

    def claim(m: Mention) -> None:
        for i in range(m.start, m.end):
            taken[i] = True
        found.append(m)

    for kind, rx in (_VALUE_RX[:3] + (("ref", names),) + _VALUE_RX[3:]) if names else _VALUE_RX:
        for m in rx.finditer(text):
            if m.end() > m.start() and free(m.start(), m.end()) and not (names and rx is _REF_RX and _named_before(text, m, names)):
                claim(Mention(m.start(), m.end(), "value", frozenset({kind}), m.group(0)))
    lex = lexicon()
    tokens = [(m.start(), m.end(), _plain(m.group(0))) for m in _TOKEN.finditer(text)]
    starts = {st: k for k, (st, _, _) in enumerate(tokens)}
    # the places a phrase can start: a word, or a character that starts a Chinese phrase (stepping over every
    # character with a regex each was 15 of 21 ms of tag() on a 4000-character Chinese message; now 8.6)
    firsts = lex.zh_firsts
    places = [p for p in (m.start() for m in _NEXT.finditer(text)) if p in starts or text[p] in firsts]
    pos = 0
    for here in places:
        if here < pos:
            continue
        pos = here
        k = starts.get(pos)
        hit: tuple[int, Meaning] | None = None
        if k is not None:  # an English word starts here: the longest phrase from it (only the lengths of the phrases
            # this word starts: trying every length up to the longest phrase built 27 000 tuples on 4000 characters)
            for n in lex.en_lengths.get(tokens[k][2], ()):
                if n > len(tokens) - k:
                    continue
                words = tuple(t[2] for t in tokens[k:k + n])
                meaning = lex.en.get(words)
                if meaning is not None and _spaced(text, tokens[k:k + n]):
                    hit = (tokens[k + n - 1][1], meaning)
                    break
        else:  # a character that starts a Chinese phrase: the longest one
            for n in lex.zh_lengths[text[pos]]:
                meaning = lex.zh.get(text[pos:pos + n]) if pos + n <= len(text) else None
                if meaning is not None:
                    hit = (pos + n, meaning)
                    break
        if hit is not None and hit[1][0] == NONE:
            pos = hit[0]  # a word that means no edit ("关于"): its characters start nothing
        elif hit is not None and free(pos, hit[0]):
            slot, keys, value = hit[1]
            claim(Mention(pos, hit[0], slot, keys, value))
            pos = hit[0]
        elif k is not None:
            pos = tokens[k][1]
        else:
            pos += 1
    return sorted(found, key=lambda x: x.start)


def untagged(text: str, mentions: Iterable[Mention]) -> str:
    """The characters of ``text`` that no mention of it covers (whether the vocabulary reads all of some words)."""
    spans = [(m.start, m.end) for m in mentions]
    return "".join(c for i, c in enumerate(text) if not any(a <= i < b for a, b in spans))


# --- clauses -----------------------------------------------------------------------------------------------

def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in STRONG.finditer(text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def _between(mentions: list[Mention], starts: list[int], a: int, b: int) -> list[Mention]:
    """The mentions starting in [a, b) (``mentions`` sorted by start, ``starts`` their starts)."""
    return mentions[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]


# the most mentions of the clause so far that a joint's tests look at: a clause of people's words has a few dozen at
# most; a 4000-character paste of one wish over and over ("图片之间，用黑场过渡，" x 360) is one clause to its end, and its
# every joint testing all the mentions before it was quadratic: 126 ms a plan, 85 % of it here; with the window, 53 ms
# (bench/planner.py "one wish over and over")
_LEFT_MAX = 32


def _left_of(mentions: list[Mention], starts: list[int], a: int, b: int) -> list[Mention]:
    """The mentions starting in [a, b), the last ``_LEFT_MAX`` of them (``_between``: the left side of a joint)."""
    hi = bisect.bisect_left(starts, b)
    return mentions[max(bisect.bisect_left(starts, a), hi - _LEFT_MAX):hi]


_SELF_NAMED = frozenset({"still", "fit"})  # values that name their own thing (see _resolved_targets)


# ", and", "，并且", "并且": a joint as strong as "and" for a value that names its own thing beside a length
_COMMA_AND = compile_led(r"\s*[,，]\s*and\s+|\s*[,，]?\s*(?:并且|而且|同时)\s*")


def _self_named_apart(left: list[Mention], right: list[Mention]) -> bool:
    """One side says only a length, the other a value that names its own thing ("no zoom", "fill the frame"); or the
    right side a length of each picture, the left something else."""
    def self_named(ms: list[Mention]) -> bool:
        return any(m.slot == "value" and m.keys & _SELF_NAMED for m in ms)
    def timed(ms: list[Mention]) -> bool:
        return any(m.slot == "value" and "dur" in m.keys for m in ms)
    def each_length(ms: list[Mention]) -> bool:  # "5 seconds per image": a length that names its own pictures
        return timed(ms) and any(m.slot == "value" and "each" in m.keys for m in ms)
    def something(ms: list[Mention]) -> bool:
        return any(m.slot in ("target", "op") for m in ms) or self_named(ms)
    return (self_named(right) and not timed(right) and timed(left) and not self_named(left)) or (
        self_named(left) and not timed(left) and timed(right) and not self_named(right)) or (
        # ("no ken burns and 5 seconds per image": set BV bv277's kind, the length made the video's)
        each_length(right) and not timed(left) and something(left))


def _within_mention(mentions: list[Mention], starts: list[int], a: int, p: int, q: int) -> bool:
    """Whether ``p``..``q`` lies within a mention starting in [a, p) (``mentions`` in order and never overlapping, as
    tag() gives them): the one starting last before ``p`` is the only one that can hold it (testing each mention of the
    sentence for each joint was quadratic: 15 ms of a 4000-character message without punctuation, one sentence)."""
    k = bisect.bisect_right(starts, p) - 1
    if k >= 0 and mentions[k].start == p:
        # a joint that begins a longer mention is that mention's: 再 of 再短 ("字幕改成红色，再短一点" had the comma's part
        # end before 再 and 再's start after it, so neither saw the shortening; it was dropped without a word)
        if q < mentions[k].end:
            return True
        k -= 1
    return k >= 0 and mentions[k].start >= a and q <= mentions[k].end


def clauses(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Sentences, cut again at weak joints ("and", ",", "然后") where the part after has an operation."""
    out: list[tuple[int, int]] = []
    starts = [m.start for m in mentions]
    for a, b in _joined_things(text, _sentences(text), mentions, starts):
        # a joint inside a phrase is no joint ("标题和字幕都改成白色": the title and the captions)
        cuts = _bare_thing_joints(text, a, b, [m for m in re.finditer(WEAK, text[a:b]) if m.start() > 0
                                                and not _within_mention(mentions, starts, a, a + m.start(), a + m.end())],
                                  mentions, starts)
        bounds = [a]
        for k, cut in enumerate(cuts):
            left_end = a + cut.start()
            right_start = a + cut.end()
            right_end = a + cuts[k + 1].start() if k + 1 < len(cuts) else b
            right = _between(mentions, starts, right_start, right_end)
            # "…to 4 seconds and no transitions", "shorter, like 20s, and no voiceover": "no" before a thing is its
            # removal, an operation of its own (sets AC/AE ac215/ae111 read one clause, and dropped a wish)
            no_thing = _NO_THING.match(text, right_start) is not None and any(m.slot == "target" for m in right)
            own = no_thing or any(m.slot == "op" for m in right) or (
                any(m.slot == "target" for m in right) and any(m.slot == "value" for m in right)) or (
                # "…a bit shorter and the fourth one 5 seconds": a picture and its own length ("image 1 and image 2
                # for 5 seconds" is one length for both)
                any("ref" in m.keys for m in right) and any("dur" in m.keys for m in right)
                and not re.search(r"各|都", text[right_start:right_end]) and (
                    # ("the sneaker for 8 seconds and the ring for 4": a length of its own on the left too; set AQ aq183)
                    not re.search(r"\bfor\b", text[right_start:right_end]) or any(
                        "dur" in m.keys for m in _left_of(mentions, starts, bounds[-1], left_end)))) or (
                # 'caption image 2 "Carry More" and image 3 "On Time"': a picture and its own words
                any("ref" in m.keys for m in right) and any("quote" in m.keys for m in right))
            # "视频再短一点": 再 ("more") after a bare target is no joint; after an operation it is "then"
            # (also after a picture: "第一张图再长一点")
            more = cut.group(0).strip() == "再"
            left_slots = ("op",) if more else ("op", "target")
            # (a picture named on the left is a clause of its own too: "耳机已经下架了，请把耳机那张删除")
            # (and a length or a share with a thing of its own after it: "it 20 seconds, the music to 20 %")
            # (or an operation of its own: "under 15 seconds, and end with 'Link in bio'")
            valued = (any(m.slot == "target" for m in right) and any(m.slot == "value" for m in right)) or any(
                m.slot == "op" for m in right) or no_thing
            comma = cut.group(0).strip() in (",", "，", "、")
            # (", and" too: "title in green at the top left, and format square" read the format as the thing coloured)
            if not own and (comma or _AND.fullmatch(cut.group(0)) or _COMMA_AND.fullmatch(cut.group(0))):
                # "每张图3秒，转场用slide": a thing and its value, then another thing (its value a word the frames do
                # not tag) after a comma (set X mix15 gave the 3 s to the transitions); after "and" too, and after a
                # wish of "it" ("music down to 25% and voice up a bit", "make it 20 secs and faster transitions": sets
                # AV av046/av274 set the voice to 25 %, the transitions to 20 s)
                left_ms = _left_of(mentions, starts, bounds[-1], left_end)
                left_things = {k for m in left_ms if m.slot == "target" for k in m.keys}
                # ("put the title at the bottom, captions too please": the same wish of one more thing)
                rest = text[right_start:right_end]
                for m in reversed(right):
                    rest = rest[:m.start - right_start] + " " + rest[m.end - right_start:]
                own = (bool(left_things) or any(m.slot == "op" for m in left_ms)) and (any(
                    m.slot == "value" and (comma or not m.keys & {"ref", "file"}) for m in left_ms) or (
                    # ("music louder, and the voice maybe down a touch": the voice was made louder too; set FN fn084)
                    (comma or bool(_COMMA_AND.fullmatch(cut.group(0)))) and bool(left_things)
                    and any(m.slot == "op" for m in left_ms))) and any(
                    m.slot == "target" and not m.keys & left_things for m in right) and not any(
                    m.slot == "value" for m in right) and not _TOO.search(rest) and bool(_MORE_WORDS.search(rest))
            if not own and (comma or _AND.fullmatch(cut.group(0)) or _COMMA_AND.fullmatch(cut.group(0))) and _self_named_apart(
                    _left_of(mentions, starts, bounds[-1], left_end), right):
                # "square, 4 seconds per picture, no zoom", "no zoom and 4 seconds each": a value that names its own thing
                # (still pictures, the fit) beside a length is a wish of its own (set BV bv277 read one clause: the zoom
                # was stopped and the 4 s made the video's length; ", and" too: "every picture 4 seconds, and keep the
                # pictures still" made the video 4 s long, wave 27 lead)
                own = True
            if not own and (comma or _AND.fullmatch(cut.group(0)) or _COMMA_AND.fullmatch(cut.group(0))) and any(
                    m.keys & {"ref", "file"} for m in right) and any("pct" in m.keys for m in right) and any(
                    "pct" in m.keys for m in _left_of(mentions, starts, bounds[-1], left_end)):
                # "turn the unboxing clip down to 40% and clip.mp4 to 60%": a clip and its own share after one, the same
                # wish of another clip (read as one clause, nothing was done; dev set DQ dq200). (A speed is no value the
                # frames tag: "… to 1.5x and the unboxing one to 2x" is a rewrite's, vocab's session 64 block)
                own = True
            if not own and (comma or _AND.fullmatch(cut.group(0))) and right and all(
                    m.slot == "value" and m.keys & _SELF_NAMED for m in right) and any(
                    "format" in m.keys for m in _left_of(mentions, starts, bounds[-1], left_end)):
                # "square format, the whole image visible": a shape (its words the phrase rules' alone), then the pictures'
                # fit, is two wishes (read as one, the clause went to the phrase rules whole and the fit was dropped; dev
                # set DF df269)
                own = True
            if not own and _AND.fullmatch(cut.group(0)) and len(right) == 1 and right[0].slot == "target" and not (
                    right[0].keys & {"visual", "video", "length"}) and not (  # ("the ring and the caption": its own)
                    "captions" in right[0].keys and not text[right[0].start:right[0].end].endswith("s")) and (left_ms := _left_of(
                    mentions, starts, bounds[-1], left_end)) and any(m.keys & {"ref", "file"} for m in left_ms) and all(
                    m.slot != "target" for m in left_ms) and all(
                    m.keys <= {"remove"} for m in left_ms if m.slot == "op") and any(m.slot == "op" for m in left_ms):
                # "remove the sneaker and the title": a picture removed, then one more thing of another kind, is a removal
                # of its own (set CA ca297 read one clause about the title: the sneaker was dropped)
                own = True
            if not own and _parallel(text, _left_of(mentions, starts, bounds[-1], left_end), right):
                # "set the title size to xxl and the caption size to l": one more thing with the same word of its own
                # after it is the same kind of wish, its own value (set AW aw175 gave the captions xxl too)
                own = True
            if not own and cut.group(0).strip() in (",", "，") and right and all(
                    m.slot == "value" and m.keys & {"dur"} for m in right) and (left_ops := [
                    m for m in _left_of(mentions, starts, bounds[-1], left_end) if m.slot == "op"]) and all(
                    m.keys <= {"remove"} for m in left_ops) and any(
                    m.keys & {"ref", "file"} for m in _left_of(mentions, starts, bounds[-1], left_end)):
                # "drop the cap and the ring, 20 seconds total": a length after a removal is a wish of its own, never the
                # removal's (set AR ar224 read the clause to the phrase rules, which removed the cap only; an adding may
                # take its length: "add a fade at the end, 2 seconds"; a sound removed keeps a part: "视频原声去掉，只用前6秒")
                own = True
            if not own and _LIST_END.fullmatch(cut.group(0)) and not _TOO.search(text[right_start:right_end]) and any(
                    m.slot == "target" and not m.keys & {"visual", "video"} for m in right) and any(
                    m.slot == "op" and m.keys & {"add", "remove"} for m in _left_of(mentions, starts, bounds[-1], left_end)):
                # "30 seconds, add the ring, and captions please": ", and" before a thing of its own after an adding (or
                # removing) is one more thing added (set AD ad244 read "add the ring, and captions" as one; a picture may
                # be one of a list)
                own = True
            if not own and _STEP_JOINT.search(cut.group(0)) and not _TOO.search(text[right_start:right_end]) and (any(
                    m.slot == "target" or m.keys & {"ref", "file"} for m in right) or (
                    # "把背景音乐删了，然后做成20秒": a next step of a value alone (its verb one the frames do not know) is a
                    # wish of its own, never the removal's value (set AQ aq239 kept the music)
                    right and all(m.slot == "value" and m.keys & {"dur", "pct"} for m in right)
                    and any(m.slot == "op" for m in _left_of(mentions, starts, bounds[-1], left_end)))):
                # "字幕删掉，另外帮我把旁白翻译成日语": a next step with a thing of its own, even with a verb the frames do not
                # know, never the removal before it (set AA pu05 removed the voiceover)
                own = True
            if not own and _untagged_wish(text, right_start, right_end, right, _left_of(mentions, starts, bounds[-1], left_end)):
                # "make it 15 seconds and use the ring", "做成15秒，再用上戒指那张": a wish whole on the left, then a verb the
                # frames do not know before a thing: a wish of its own (read as one clause, the ring was made 15 s long, or
                # "use the ring" dropped without a word; wave 22 lead rows)
                own = True
            if not own and right and right[0].slot == "target" and _verb_before_thing(
                    text, right_start, right, _left_of(mentions, starts, bounds[-1], left_end)):
                # "delete the captions and record a new voiceover", "remove the music, then re-record the voiceover": a
                # verb no table knows before the second thing is a wish of its own (read as one clause, the voiceover
                # was removed too; session 22's list of wrong edits)
                own = True
            if _AND.fullmatch(cut.group(0)) and right and right[0].slot == "target" and _THING_WORDS.fullmatch(
                    text[right_start:right[0].start]) and _bare_things(text, bounds[-1], left_end, _left_of(
                    mentions, starts, bounds[-1], left_end)):
                # "把背景音乐和旁白都删掉", "视频原声和背景音乐都小一点": two things, one wish (set AG ag211 removed only the
                # voice, AI ai270 lowered only the music)
                continue
            if _AND.fullmatch(cut.group(0)) and right and "file" in right[0].keys and _THING_WORDS.fullmatch(
                    text[right_start:right[0].start]) and _bare_files(text, bounds[-1], left_end, _left_of(
                    mentions, starts, bounds[-1], left_end)):
                # "把gold-ring.jpg和black-cap.jpg删掉": two files, one wish (set BF bf006 removed only the second)
                continue
            if _AND.fullmatch(cut.group(0)) and right and right[0].keys == {"logo"} and _OVERLAY_THEN.fullmatch(
                    text[right_start:right[0].start]) and _overlay_named_last(text, left_end, _left_of(
                    mentions, starts, bounds[-1], left_end)):
                # "put the logo and the sticker in the top left", "把水印和促销贴纸都加上": two overlays, one wish (the
                # place, or the adding, said after the second is both's; found by the wave 22 lead: the sticker alone
                # was placed, the logo dropped)
                continue
            if not own and (comma or _COMMA_AND.fullmatch(cut.group(0))) and right and (
                    (fade := next((m for m in right if m.keys & _ACTION_TARGETS), None)) is not None) and (
                    not text[right_start:fade.start].strip() or (
                        right[0].keys == {"video"} and right[1] is fade and _THE_VIDEO.fullmatch(text, right_start, fade.start))):
                # ("…, and the video fades in from black": the video named before the verb; set HY hy121 read the fade
                # into the captions' clause)
                # "remove the title and all captions, then fade out at the end" ("then" blanked as filler): a fade said
                # as a verb after a comma is a wish of its own (set BO bo118 dropped the captions without a word)
                own = True
            if not own and comma and right and right[0].slot == "target" and _STATED.match(text, right[0].end) \
                    and any(m.slot == "op" for m in _left_of(mentions, starts, bounds[-1], left_end)):
                # "remove the captions, the voiceover already says the product names": a thing with a verb of its own
                # after a comma says what it is or does, never one more thing for the wish before (the voiceover was
                # removed; set EV ev035)
                own = True
            if not own and right and right[0].slot == "target" and _ALL_OF.fullmatch(text, right_start, right[0].start) and any(
                    m.slot == "value" for m in _left_of(mentions, starts, bounds[-1], left_end)):
                # "caption 2 to 'Carry More', and all captions in the serif font": every one of a kind after one of them is
                # a wish of its own (the font went to caption 2 alone; set FN fn140)
                own = True
            if not own and right and right[0].slot == "target" and _LOOK.search(text, right[0].end, right_end) and any(
                    m.slot == "value" for m in _left_of(mentions, starts, bounds[-1], left_end)):
                # "the sneaker for 8 seconds and the title in a handwriting font": a thing and its look, said in words the
                # frames do not tag, after a value of another thing is a wish of its own (the 8 s became the title's
                # timing; dev set IJ ij066)
                own = True
            if not own and comma and _FIRST_PERSON.match(text, right_start) and any(
                    m.slot == "op" for m in _left_of(mentions, starts, bounds[-1], left_end)):
                # "字幕全都删掉，我打算配音里自己讲": a clause the person begins with themselves says what they will do or
                # why, never one more thing for the wish before it (the voiceover was removed; set FN fn079)
                own = True
            if own and _span_goes_on(text, _left_of(mentions, starts, bounds[-1], left_end), right):
                # "add the sticker starting at 2s, lasting 5 seconds", "贴纸从第2秒开始，显示5秒": how long, after when it
                # starts, is the same span (wave 13: the length was left unread)
                own = False
            if own and comma and right and "dur" in right[-1].keys and not any(m.slot == "target" for m in right) \
                    and (left_ms := _left_of(mentions, starts, bounds[-1], left_end)) and "dur" in left_ms[-1].keys \
                    and _OLD_TO_NEW.fullmatch(text, left_ms[-1].end, right[-1].start):
                # "标题停留3秒，改成5秒", "the title stays 3 seconds, change it to 5": the new length of the same thing,
                # never the video's (set BK bk105)
                own = False
            if _RUN_ON.fullmatch(cut.group(0)) and not _run_on_joint(text[right_start:right_end], _left_of(
                    mentions, starts, bounds[-1], left_end), right) and not (
                    # ("set it to 20 seconds then highlight the cap": "then" blanked as filler; the cap was made 20 s)
                    len(cut.group(0)) >= 4 and _untagged_wish(text, right_start, right_end, right, _left_of(
                        mentions, starts, bounds[-1], left_end))):
                continue
            # (", keep the logo where it is" after a wish the frames do not tag is a clause of its own, nothing to do:
            # "vertical for reels, keep the logo where it is" was one clause, the whole refused; set BI bi249)
            kept = comma and own and any(m.slot == "target" for m in right) and {
                k for m in right if m.slot == "op" for k in m.keys} == {"keep"}
            # (a value that names its own thing is one: "no ken burns, 5 seconds per image", set BV bv277's kind)
            left_ms = _left_of(mentions, starts, bounds[-1], left_end)
            # (a part the vocabulary tags nothing of before a comma, then a wish with its thing: "竖屏，禁用标题" read the
            # format alone and dropped the title without a word; set DH)
            if own and (kept or any(m.slot in left_slots or (not more and m.keys & {"fit", "still", "ref", "file"})
                                    or (valued and m.keys & {"dur", "pct"}) for m in left_ms)
                        or (comma and not left_ms and any(m.slot == "op" for m in right)
                            and any(m.slot == "target" for m in right))
                        # ("I'm selling these on Shopee, make it vertical": what the person does, then a wish opening with
                        # its verb; read as one, "these" was asked about and the wish dropped; dev set DE de259)
                        or (comma and not left_ms and right[0].slot == "op" and not text[right_start:right[0].start].strip()
                            and _TELLING.match(text, bounds[-1]) is not None)):
                bounds.append(left_end)
                bounds.append(right_start)
        bounds.append(b)
        out.extend((bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2))
    return out


def _untagged_wish(text: str, a: int, b: int, right: list[Mention], left: list[Mention]) -> bool:
    """Whether the part a..b after a joint is a wish of its own with a verb the frames do not know: the part before is
    a whole wish (an operation or a thing, and a value of its own), the part after names at most a picture or file (no operation,
    no other value, no "too"), and a word no table knows comes before that thing (in Chinese after 把 also after it),
    or, naming nothing, is two words or more ("use the ring" of an upload no segment shows). The thing's place may follow
    it: "title 'Flash Sale' in gold, and use the sale sticker top right" (read as one clause, the gold and the sticker were
    both dropped; set CC cc240)."""
    if not any(m.slot in ("op", "target") for m in left) or not any(
            m.slot == "value" and not m.keys <= {"ref", "file"} for m in left):
        return False
    named = any(m.keys & {"ref", "file"} for m in right)
    if any(m.slot != "value" or not (m.keys <= {"ref", "file"} or (named and m.keys <= {"pos"})) for m in right) \
            or _TOO.search(text, a, b):
        return False
    if not right:
        return len(leftover(text[a:b], a, []).split()) >= 2 and not _CJK_CHAR.search(text, a, b)
    if leftover(text[a:right[0].start], a, []):
        return True
    return bool(_CJK_CHAR.search(text, a, b)) and bool(leftover(text[right[-1].end:b], right[-1].end, []))


# the words after a joint that are no verb: "and maybe the captions", "and all the text"
_NOT_VERBS = frozenset({"also", "both", "all", "then", "please", "pls", "just", "only", "maybe", "perhaps", "even",
                        "especially", "not", "any", "every", "each", "same", "other", "of", "in", "on", "at", "for",
                        "with", "from", "to", "by", "into", "so", "or", "too", "the", "a", "an", "my", "our"})
_VERB_THEN_ARTICLE = compile_led(r"\s*([a-z][a-z'\-]+)\s+(?:a|an|the|my|our|this|that|some|another|its|their)\s")


def _verb_before_thing(text: str, a: int, right: list[Mention], left: list[Mention]) -> bool:
    """Whether the part after a joint opens with a verb no table knows and an article before its thing ("record a new
    voiceover", "re-record the voiceover"), after a whole wish (an operation and a thing); the part after has no
    operation or value of its own."""
    if not any(m.slot == "op" for m in left) or not any(m.slot == "target" for m in left):
        return False
    if any(m.slot == "op" or (m.slot == "value" and not m.keys <= {"ref", "file"}) for m in right):
        return False
    verb = _VERB_THEN_ARTICLE.match(text[a:right[0].start] + " ")
    return verb is not None and verb.group(1) not in _NOT_VERBS


def _joined_things(text: str, sentences: list[tuple[int, int]], mentions: list[Mention], starts: list[int]
                   ) -> list[tuple[int, int]]:
    """A " + " after things named bare joins them ("title + captions both in orange": set AV av282 coloured the captions
    only), as it does pictures named after a verb of theirs (``_plus_names``); after a wish ("title red + music off") it
    parts two."""
    out: list[tuple[int, int]] = []
    for a, b in sentences:
        if out and _PLUS.fullmatch(text, out[-1][1], a) and (_bare_things(
                text, out[-1][0], out[-1][1], _between(mentions, starts, out[-1][0], out[-1][1]))
                or _plus_names(text, out[-1], (a, b), mentions, starts)):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


_PLUS = compile_led(r"\s\+\s")
# the operations that take pictures by their names, and names said bare (a word or three each, joined by a plus, a comma
# or "and"; no mention of their own)
_NAMES_OPS = frozenset({"remove", "keep", "move", "add", "swap", "reorder"})
_BARE_ONE = r"(?:the\s+|my\s+|our\s+)?[a-z0-9\u4e00-\u9fff][a-z0-9\-_.\u4e00-\u9fff]*(?:\s+[a-z0-9\-_.]+){0,2}"
_NEXT_COMMA = compile_led(r"[,，]")
_BARE_NAMES = compile_led(rf"\s*{_BARE_ONE}(?:\s*(?:\+|,|&|\band\b)\s*{_BARE_ONE})*\s*")


def _plus_names(text: str, left: tuple[int, int], right: tuple[int, int], mentions: list[Mention], starts: list[int]) -> bool:
    """"remove backpack + watch", "delete image 2 + image 3": a " + " between pictures named after a verb that takes
    pictures is a list's joint, never two wishes (set CD cd235 removed the backpack alone and dropped the watch): the
    joint lies inside a list of names read as one reference, or the words before it end with a verb of pictures and
    names (or a picture named), and the words after it are only names."""
    if _within_mention(mentions, starts, left[0], left[1], right[0]):
        return True
    before = _between(mentions, starts, left[0], left[1])
    # (to the next comma: "删掉背包+手表，只保留鞋子、帽子和戒指" goes on with a wish of its own after it)
    comma = _NEXT_COMMA.search(text, right[0], right[1])
    end = comma.start() if comma else right[1]
    after = _between(mentions, starts, right[0], end)
    if not before or any(m.slot != "value" or not m.keys <= {"ref", "file"} for m in after):
        return False
    if after and not _THING_WORDS.fullmatch(_without(text, right[0], end, after)):
        return False
    if not after and not _BARE_NAMES.fullmatch(text, right[0], end):
        return False
    last = before[-1]
    if last.slot == "value" and last.keys <= {"ref", "file"}:
        return not text[last.end:left[1]].strip()
    return last.slot == "op" and bool(last.keys & _NAMES_OPS) and _BARE_NAMES.fullmatch(text, last.end, left[1]) is not None


def _bare_thing_joints(text: str, a: int, b: int, cuts: list[re.Match[str]], mentions: list[Mention],
                       starts: list[int]) -> list[re.Match[str]]:
    """The joints less those between a thing named bare and its verb, after a wish of its own: "删掉cap那张，还有音乐再小一点"
    (再 after 音乐), "title 放 bottom，字幕 去掉" (a space typed before the verb): the thing is the verb's, never the wish's
    before (sets AW aw025 removed the music, AV av265 removed the title). ("标题，字幕，都删掉", nothing asked before
    the list, stays a list of things for the verb after it.)"""
    out: list[re.Match[str]] = []
    for k, cut in enumerate(cuts):
        prev = a + cuts[k - 1].end() if k else a
        left = _between(mentions, starts, prev, a + cut.start())
        right_end = a + cuts[k + 1].start() if k + 1 < len(cuts) else b
        right = _between(mentions, starts, a + cut.end(), right_end)
        if (k and left and all(m.slot == "target" or (m.slot == "value" and m.keys <= {"ref", "file"}) for m in left)
                and any(m.slot == "target" for m in left)
                and right and any(m.slot == "op" for m in right) and not any(m.slot == "target" or m.keys & {"ref", "file"}
                                                                            for m in right)
                and _THING_WORDS.fullmatch(_without(text, prev, a + cut.start(), left))
                and any(m.slot == "op" for m in _between(mentions, starts, a, prev))):
            continue
        out.append(cut)
    return out


def _without(text: str, a: int, b: int, mentions: list[Mention]) -> str:
    rest = text[a:b]
    for m in reversed(mentions):
        rest = rest[:m.start - a] + " " + rest[m.end - a:]
    return rest


_ATTRIBUTE = compile_led(r"\s*(?:'s\s+)?([a-z]{3,}|[\u4e00-\u9fff]{2})")
_NOT_ATTRIBUTE = frozenset({"and", "the", "too", "also", "both", "all", "are", "for", "with", "都要", "也要", "一起", "都改", "也改"})


def _parallel(text: str, left: list[Mention], right: list[Mention]) -> bool:
    """"the title size to xxl and the caption size to l", "标题字号特大，字幕字号小": each thing followed by the same word."""
    lt = next((m for m in left if m.slot == "target"), None)
    rt = next((m for m in right if m.slot == "target"), None)
    if lt is None or rt is None or lt.keys & rt.keys or any(m.slot == "target" and m is not rt for m in right):
        return False
    la, ra = _ATTRIBUTE.match(text, lt.end), _ATTRIBUTE.match(text, rt.end)
    return bool(la and ra and la.group(1) == ra.group(1) and la.group(1) not in _NOT_ATTRIBUTE
                and not any(m.start < la.end() and m.end > la.start(1) for m in left if m is not lt))


def _span_goes_on(text: str, left: list[Mention], right: list[Mention]) -> bool:
    """Whether the part after a joint is only how long something lasts ("lasting 5 seconds", "显示5秒") and the part
    before says when an overlay starts ("starting at 2s", "从第2秒开始")."""
    ops = [m for m in right if m.slot == "op"]
    if not ops or any(m.keys != {"show_for"} for m in ops) or any(m.slot == "target" or m.keys & {"ref", "file"} for m in right) \
            or not any("dur" in m.keys for m in right) or any(m.keys == {"show_for"} for m in left):
        return False
    return any("dur" in m.keys and (_AT.search(text, max(0, m.start - 14), m.start) or _STARTS.match(text, m.end))
               for m in left) and any(m.slot == "target" and "logo" in m.keys for m in left)  # (a title's span is read apart)


_TIME_REFERENCE = compile_led(r"(?:等到?|直到|(?<![a-z])(?:after|until|till|once)\s+(?:the\s+)?)$")
_BESIDE = compile_led(r"\b(?:close|near|next)\s+to\b|\bnear\b|\boverlap|\bcover|\bblock|\bon\s+top\s+of\b|\bover\b"
                     r"|离|挡|盖住|压住|遮住|重叠|靠得?太近")
_STARTS = compile_led(r"\s*(?:开始|起|后)")
_RESPECTIVELY = compile_led(r"分别|\brespectively\b")
_KEEP_FROM = compile_led(r"\bfrom\s+$")
_NOT_THIS = compile_led(r"(?:\bnot|不是|不要)\s*(?:the\s+|那个|这个)?$")
# a thing's end as a moment: "once the title is gone", "after the intro ends", "标题消失以后" (frames above)
_GONE_BEFORE = compile_led(r"(?:\b(?:once|after|when|as\s+soon\s+as)\s+(?:the\s+|our\s+|my\s+)?|等)$")
_GONE_AFTER = compile_led(r"\s*(?:(?:is|has)\s+(?:gone|over|finished|done|ended|disappeared|faded(?:\s+out)?)|(?:ends|disappears"
                         r"|goes\s+away|fades\s+out|finishes)\b|(?:消失|结束|没了|淡出)(?:了)?\s*(?:以后|之后|后))")


# things a bare "change the X" is said of: which change is asked (set AD ad223 "改一下标题")
# ("change the text": which text, and how; set AK ak208)
_BARE_THINGS = frozenset({"title", "captions", "music", "voice", "transitions", "endcard", "logo", "text_all", "text_some"})
# the operations a change of a bare thing is said with ("change the title", "move the captions", "字幕换个位置" read 交换)
_BARE_OPS = ({"set"}, {"move", "reorder"}, {"move"}, {"reorder"}, {"set", "move"})
# "the video", "the whole thing", "it" before a fade said as a verb
_THE_VIDEO = compile_led(r"\s*(?:and\s+)?(?:the\s+)?(?:whole\s+|entire\s+)?(?:video|promo|thing)\s+")
_ACTION_TARGETS = frozenset({"wholefade"})  # targets said as a verb: "fade out to black"
_LIST_END = compile_led(r"\s*[,，]\s*and\s+")
_NO_THING = compile_led(r"(?:no|without)\s+(?!(?:more|less|longer|shorter|bigger|smaller|louder|quieter|need|changes?|way|problem)\b)")
_STEP_JOINT = compile_led(r"\b(?:then|after\s+that|next)\b|然后|另外|顺便|接着|随后")
_TOO = compile_led(r"\b(?:too|also|as\s+well|either|same)\b|也|都|同样|一样|还有")
_MORE_WORDS = compile_led(r"(?!(?:please|pls|plz|the|and)\b)[a-z]{3,}|[\u4e00-\u9fff]")


_AND = compile_led(r"\s+and\s+|和|跟|及|以及")
_THING_WORDS = compile_led(r"(?:\s|把|将|给|the|both|all|our|my|之)*")


def _bare_things(text: str, a: int, b: int, left: list[Mention]) -> bool:
    """Whether the words before a joint are only things named ("the music and the voiceover…"): the first of a list
    (when the words after it name a thing first: "crossfades please and make the duration 18 seconds" is two)."""
    if not left or any(m.slot != "target" for m in left):
        return False
    rest = text[a:b]
    for m in reversed(left):
        rest = rest[:m.start - a] + " " + rest[m.end - a:]
    return _THING_WORDS.fullmatch(rest) is not None


# the words between "and" and a second overlay's noun: an article, a name ("the sale sticker", "促销贴纸")
_OVERLAY_THEN = compile_led(r"(?:\s|把|将|给|the|both|our|my|a|an)*(?:[a-z0-9\-]+\s+|[\u4e00-\u9fff]{1,4})?")


def _overlay_named_last(text: str, b: int, left: list[Mention]) -> bool:
    """Whether the words before a joint end with an overlay named, no value said ("put the logo and…", "把水印和…")."""
    return bool(left) and left[-1].keys == {"logo"} and not text[left[-1].end:b].strip() and not any(
        m.slot == "value" for m in left)


def _bare_files(text: str, a: int, b: int, left: list[Mention]) -> bool:
    """Whether the words before a joint are only files named ("把a.jpg和b.jpg删掉"): the first of a list."""
    if not left or any(m.slot != "value" or not m.keys <= {"file"} for m in left):
        return False
    rest = text[a:b]
    for m in reversed(left):
        rest = rest[:m.start - a] + " " + rest[m.end - a:]
    return _THING_WORDS.fullmatch(rest) is not None


def _run_on_joint(right_text: str, left: list[Mention], right: list[Mention]) -> bool:
    """A joint without a comma or "and": before "keep"/"leave" with a thing of its own after an operation ("shorten to
    20s keep the music vol"), or before "just"/"only" after a "keep" ("keep the music just make the title bigger")."""
    if right_text.startswith(("keep", "leave")):
        return any(m.slot == "op" for m in left) and any(m.slot == "target" for m in right)
    return any(m.slot == "op" and "keep" in m.keys for m in left) and any(m.slot == "op" for m in right)


# (a plus too, and nothing but spaces: "image 2 + image 3", "keep only the sneaker the cap the ring" kept the sneaker
# alone, the others read no more; set CD cd235)
_REF_JOIN = compile_led(r"\s*(?:,\s*(?:and\s+)?|and|&|\+|和|、|跟|与|及|以及)\s*|\s+")


_IT_VIDEO = compile_led(r"\b(?:it|this|the\s+(?:whole\s+|entire\s+)?video)\b")
# "… 5 seconds and the ring (too)": a thing said after the value, to the clause's end
_AND_AFTER_VALUE = compile_led(r"\s*,?\s*(?:and|&|plus)\s*")
_TAIL_END = compile_led(r"(?:\s*,?\s*(?:too|also|as\s+well|the\s+same))?[\s.!]*")


def _tail_ref(text: str, frame: Frame, m: Mention, end: int) -> tuple[int, int] | None:
    """The span of "and the ring (too)" when reference ``m`` is said after the frame's length, joined by "and", to the
    clause's end; else None."""
    last = max(frame.used, key=lambda u: u.end, default=None)
    if last is None or "dur" not in last.keys or last.end > m.start or not _AND_AFTER_VALUE.fullmatch(text, last.end, m.start):
        return None
    tail = _TAIL_END.match(text, m.end, end)
    return (last.end, tail.end()) if tail and tail.end() == end else None


def _joined_ref(text: str, frame: Frame, m: Mention) -> str | None:
    """Two references with only "and" (a comma, 和) between them are one: the text of both."""
    last = max((u for u in frame.used if "ref" in u.keys), key=lambda u: u.end, default=None)
    if last is None or not _REF_JOIN.fullmatch(text[last.end:m.start]):
        return None
    return f"{frame.values['ref']} and {m.value}"


# a clause that goes on with a story told ("last year we muted the music and cut it to 10 s"), unless it turns to now
_NOW = compile_led(r"\b(?:now|please|pls|can\s+you|could\s+you|would\s+you|let'?s|but|instead|this\s+(?:one|time|video))\b"
                  r"|现在|请|帮我|麻烦|这次|这支|这个视频|但是|不过")


_GOES_ON = compile_led(r"\b(?:and|where|which|who|then|so)\b|和|并且|然后|还|又")
_TOLD_VERB = compile_led(r"\s*(?:(?:we|they|i|he|she|it)\s+)?(?:had|was|were|did|got|went|looked|[a-z]+ed)\b")


def story(low: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clauses that tell what was done, or might be wanted some day, with the clauses of the same sentence that go on
    with that story ("our other video had the title at the bottom and it looked odd": set P non02/non13 made the edit
    told of)."""
    told: list[tuple[int, int]] = []
    sentences = [(a, b) for a, b in sentence_spans(low)]
    for a, b in clauses:
        if m := NOT_NOW.search(low[a:b]):  # (sliced: its "^" is the clause's start)
            told.append((_own_plan(low, a, a + m.start()), b))
            continue
        before = told[-1] if told else None
        if before is not None and not _NOW.search(low[a:b]) and any(
                x <= before[0] and b <= y for x, y in sentences) and (  # the story's sentence goes on
                _GOES_ON.search(low[before[1]:a]) or _TOLD_VERB.match(low, a)):
            told.append((a, b))
    return told


# the person's own plan for later said after a comma, its own part of a clause: "配音先静音，我回头再录" (set CX cx211 read
# the whole clause as a story, and the muting with it)
_OWN_PLAN_ZH = compile_led(r"[,，]\s*(?=(?:我|我们)\s*(?:先|就)?\s*$)")


def _own_plan(low: str, a: int, at: int) -> int:
    """Where the told part of the clause from ``a`` starts: after the comma that opens the person's own later plan right
    before the word of later at ``at`` (what comes before it is asked), else at ``a``."""
    m = _OWN_PLAN_ZH.search(low, max(a, at - 6), at)
    return m.end() if m is not None and m.start() > a else a


def sentence_spans(low: str) -> list[tuple[int, int]]:
    """The message's sentences, each with its stop (a number's point is none: "1.5s")."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(low):
        out.append((start, m.end()))
        start = m.end()
    return out + [(start, len(low))]


_SENTENCE_END = compile_led(r"[.!?。！？;；\n]+(?![a-z0-9])")



def read_frames(msg: Message, cuts: list[tuple[int, int]] | None = None, names: re.Pattern[str] | None = None
                ) -> list[Frame]:
    text = msg.low
    mentions = _bare_lengths(text, _list_split(text, _two_wishes(text, _named_words(msg, tag(text, names)))))
    frames: list[Frame] = []
    found = clauses(text, mentions)
    starts = [m.start for m in mentions]
    if cuts is not None:
        cuts.extend(found)
    told = story(text, found)
    for a, b in found:
        frame = Frame(a, b, text=text[a:b], quotes=msg.quotes)
        for m in _between(mentions, starts, a, b):
            if m.slot == "target":
                frame.targets.append(m)
            elif m.slot == "op":
                frame.ops.append(m)
            else:
                kind = next(iter(m.keys))
                value: Any = m.value
                if kind == "quote":
                    qm = QUOTE_RE.search(str(m.value))
                    value = msg.quotes[int(qm.group(1))] if qm else None
                elif kind == "dur":
                    value = dur_ms(str(m.value))
                    if "dur" in frame.values and (prev := next((u for u in reversed(frame.used) if "dur" in u.keys), None)) \
                            and _OLD_TO_NEW.fullmatch(text, prev.end, m.start):
                        # "标题停留三秒改成六秒", "the title's 3 seconds, change it to 6": the old length, then the new one;
                        # the new one is meant (set BK bk105 kept the title at 3 s and made the video 6 s long)
                        frame.values["dur"] = value
                    _flag(frame, "for", _FOR, text, max(a, m.start - 8), m.start)  # "keep it for 5 seconds"
                    if (noun := _attributive(text, m, starts, mentions, b)) is not None:
                        # "add a 2 second fade", "give it a 5-second intro": the length of the thing it is said of; of a
                        # thing no table knows, never the video's or a picture's (it had made the video 2 s longer)
                        frame.values["of"] = True
                        frame.flags.setdefault("of", []).append(noun)
                    _flag(frame, "first", _FIRST, text, max(a, m.start - 10), m.start)  # "the first 4 seconds"
                    _flag(frame, "only", _ONLY_SIDE, text, max(a, m.start - 26), m.start)  # "only its first 4 s"
                    # "30 seconds max", "一分钟以内", "no longer than 20 s": a limit; "at least 40 s": a floor (of the
                    # length the frame keeps: "make it 12 seconds, no longer than 15 seconds" had read 12 s as a limit)
                    # ("more than 5 seconds longer" is by how much: no bound)
                    if frame.values.get(kind, value) == value and not _RELATIVE.match(text, m.end):
                        _bound(frame, "most", MOST_BEFORE, MOST_AFTER, text, a, m)
                        _bound(frame, "least", LEAST_BEFORE, LEAST_AFTER, text, a, m)
                    # "start the title at 3 s" is a moment, not a length; "shorten it to 18 seconds" a length
                    if _RELATIVE.match(text, m.end):
                        pass  # "like 5 seconds longer": by that much, not to it
                    elif not frame.values.keys() & {"most", "least"} and (apart := next(
                            (j for o in frame.ops if o.keys & {"lengthen", "shorten"}
                             and (j := _APART.fullmatch(text, o.end, m.start))), None)):
                        # "make the transitions longer, 1 second": the value said after the comma is the length wanted
                        # (set AJ aj092 made the video 1 s long; "shorter, 15 seconds max" is a limit)
                        frame.values["to"] = True
                        frame.flags.setdefault("to", []).append(apart.span())
                    elif enough := _ENOUGH.match(text, m.end):  # "10秒就够了": that length
                        frame.values["to"] = True
                        frame.flags.setdefault("to", []).append(enough.span())
                    elif not _flag(frame, "at", _AT, text, max(a, m.start - 14), m.start):
                        _flag(frame, "to", _TO, text, max(a, m.start - 12), m.start)
                elif kind == "range":
                    rm = _RANGE.fullmatch(str(m.value))
                    value = range_ms(rm) if rm else None
                elif kind == "pct":
                    num = re.match(r"\d+(?:\.\d+)?", str(m.value))
                    value = float(num.group(0)) / 100 if num else None
                    # "20% quieter", "lower it by 10%": relative
                    if not _flag(frame, "by", _BY_BEFORE, text, max(a, m.start - 6), m.start):
                        after = _BY_AFTER.match(text, m.end)
                        if after:
                            frame.values["by"] = True
                            frame.flags.setdefault("by", []).append(after.span())
                joined = _joined_ref(text, frame, m) if kind == "ref" and "ref" in frame.values else None
                if kind == "ref" and joined is None and (tail := _tail_ref(text, frame, m, b)) is not None:
                    # "make the sneaker 5 seconds and the ring": a second thing of the same wish, said after its value
                    # (the ring was dropped without a word); "make it 15 seconds and the ring too": which is asked
                    # (only the ring was made 15 s long; wave 23 lead rows)
                    if "ref" in frame.values:
                        frame.values["ref"] = value = f"{frame.values['ref']} and {m.value}"
                    else:
                        frame.flags.setdefault("also", []).append((m.start, m.end))
                        frame.flags["also"].append(tail)
                if joined is not None:  # "the sneaker and the third photo": one reference to both
                    frame.values["ref"] = value = joined
                if kind == "colour" and str(value).startswith("#") and "colour" in frame.values \
                        and not str(frame.values["colour"]).startswith("#") and any(
                        "colour" in u.keys and _SAID_AS.fullmatch(text, u.end, m.start) for u in frame.used):
                    # "our brand blue, #0055ff", "blue (#0055ff)": the hex code said of the colour named is the colour
                    # meant, exactly (set BI bi240 made the captions plain blue)
                    frame.values[kind] = value
                if kind == "pos" and "pos" in frame.values and _TO_PLACE.search(text, max(a, m.start - 10), m.start) \
                        and (prev := next((u for u in reversed(frame.used) if "pos" in u.keys), None)) is not None \
                        and (_FROM_PLACE.search(text, max(a, prev.start - 10), prev.start) or any(
                            t.start >= prev.end and _PLACE_OF.fullmatch(text, prev.end, t.start)
                                or t.end <= prev.start and _OF_PLACE.fullmatch(text, t.end, prev.start)
                                for t in frame.targets)):
                    frame.values[kind] = value  # (the place the thing is at stays read: used)
                if value is not None and kind not in frame.values:
                    frame.values[kind] = value
                if value is not None and frame.values.get(kind) == value:
                    frame.used.append(m)  # "完整显示，不要裁掉": both say the same
                elif value is not None:
                    frame.others.append((m, value))
        # "move the sneaker last, 25 seconds": "last" before a comma or the end is the place, never "lasts" (the move was
        # dropped without a word and the sneaker made 25 s long)
        frame.ops = [o for o in frame.ops if not (o.keys == {"show_for"} and text[o.start:o.end] == "last"
                                                  and _PLACE_LAST.match(text, o.end))]
        if frame.ops and all(o.keys == {"keep"} for o in frame.ops) and any(
                _KEEP_FROM.search(text, max(a, t.start - 12), t.start) for t in frame.targets):
            # "keep it from ducking under the voice", "stop the music from ducking": that thing off, never "keep" (set AU
            # au215 kept the ducking, and said nothing of it)
            frame.ops = [replace(o, keys=frozenset({"off"})) for o in frame.ops]
        if not frame.ops and len(frame.targets) > 1:
            # "not the title, the captions — move those to the top": the thing said "not" of is the one NOT meant (set
            # AW aw166 moved the title too)
            frame.targets = [t for t in frame.targets if not _NOT_THIS.search(text, max(a, t.start - 10), t.start)]
        gone: list[tuple[int, int]] = []
        if len(frame.targets) > 1:
            # "show the logo once the title is gone, from 3 s on": a thing whose end says when is a time, not a target
            # (the title's timing was set too: set BD bd190); its words are read (the time said beside it is the edit's)
            for t in list(frame.targets):
                before = _GONE_BEFORE.search(text, max(a, t.start - 16), t.start)
                after = _GONE_AFTER.match(text, t.end)
                if before and after:
                    frame.targets.remove(t)
                    gone.append((before.start(), after.end()))
        frame.used = _apposition(text, frame.used)
        frame.attached = _attached(text, a, frame) + gone
        # (a target that is an action of its own is negated like an operation: "the title shouldn't fade out at the end"
        # faded the whole video out, set AF af164)
        frame.negated = any(_NEGATION.search(text[max(a, o.start - 12):o.start])
                            or (_PARTICIPLE.match(text, o.start) and _NOT_WANTED.search(text, a, o.start))
                            for o in frame.ops) or any(
            _NEGATION.search(text[max(a, t.start - 12):t.start]) for t in frame.targets if t.keys & _ACTION_TARGETS) \
            or (a, b) in told or _disliked(text, a, frame)
        naming = _NAMING.search(frame.text)
        if naming and frame.targets and frame.targets[0].start - a < naming.start() \
                and not (naming.group(0)[0] in ":：" and looks_only(frame.text[naming.end() - 1:])):
            # ("title: size bigger, at the top": a look after the colon, set BH bh121; never a name)
            # "标题是Autumn Drop", "a video titled Summer Drop": the words after are a name, not operations
            cut = a + naming.end()
            frame.ops = [o for o in frame.ops if o.start < cut]
        for each in _EACH.finditer(frame.text):
            frame.values["each"] = True
            frame.flags.setdefault("each", []).append((a + each.start(), a + each.end()))
        quotes = [msg.quotes[int(q.group(1))] for q in QUOTE_RE.finditer(frame.text)]
        if len(quotes) > 1:  # "change the title from 'A' to 'B'": the new text is the last
            frame.values["quote"] = quotes[-1]
            # both quotes are read: the old text names what changes, the new one is the change
            frame.used += [m for m in _between(mentions, starts, a, b) if m.keys == {"quote"} and m not in frame.used]
        if frame.targets or frame.ops or frame.values:
            frames.append(frame)
    return frames


# a word capitalised mid-sentence right after another: a name said without quotes ("title New Drop, captions off" removed
# the title: set AL al192), never an operation
_TITLE_CASE = compile_led(r"(?<=[a-z0-9'] )[A-Z][a-z0-9'\-]*\s+$")


def _named_words(msg: Message, mentions: list[Mention]) -> list[Mention]:
    if len(msg.orig) != len(msg.low):  # (the offsets of the original differ: nothing to compare)
        return mentions
    return [m for m in mentions if not (m.slot == "op" and msg.orig[m.start:m.start + 1].isupper()
                                        and _TITLE_CASE.search(msg.orig, max(0, m.start - 30), m.start))]


_AND_INSIDE = compile_led(r"\s+and\s+|和|跟")


def _two_wishes(text: str, mentions: list[Mention]) -> list[Mention]:
    """"remove the captions and the title changed to 'X'": two things joined by "and" between two different operations
    are two wishes, one thing each, never "all text" (set AK ak178 read one removal of all text, and left the rest)."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        joint = _AND_INSIDE.search(text, m.start, m.end) if m.slot == "target" else None
        if joint is None or joint.end() > m.end:
            continue
        before = next((o for o in reversed(mentions[:i]) if o.slot == "op"), None)
        after = next((o for o in mentions[i + 1:] if o.slot == "op"), None)
        if before is None or after is None or before.keys & after.keys or STRONG.search(text, before.end, after.start) \
                or re.search(r"[,，、]", text[before.end:m.start]):  # ("字幕和标题都换成黄色，字幕和标题加粗": both, each wish)
            continue
        parts = [x for a, b in ((m.start, joint.start()), (joint.end(), m.end))
                 for x in (replace(t, start=t.start + a, end=t.end + a) for t in tag(text[a:b])) if x.slot == "target"]
        if len(parts) == 2:
            out[out.index(m)] = parts[0]
            out.insert(out.index(parts[0]) + 1, parts[1])
    return out


def _list_split(text: str, mentions: list[Mention]) -> list[Mention]:
    """"删掉第二张，第四张放到最后": a list of pictures after one operation whose last one has an operation of its own right
    after it is two wishes, the last picture the next one's (both were removed)."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.slot != "value" or "ref" not in m.keys:
            continue
        cut = max(text.rfind(",", m.start, m.end), text.rfind("，", m.start, m.end))
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        if cut < 0 or after is None or after.slot != "op" or not _PICTURE_TAIL.fullmatch(text, m.end, after.start) \
                or not any(o.slot == "op" for o in mentions[:i]):
            continue
        right = cut + 1 + len(text[cut + 1:m.end]) - len(text[cut + 1:m.end].lstrip())
        out[out.index(m)] = replace(m, end=cut, value=text[m.start:cut])
        out.append(Mention(right, m.end, "value", m.keys, text[right:m.end]))
    return sorted(out, key=lambda x: x.start)


# the words that end a picture's name in Chinese before its verb: "手表那张放到第一个" ("删除帽子那张图，手表那张放到第一个" removed
# both, set DM dm040)
_PICTURE_TAIL = compile_led(r"\s*(?:(?:那|这)\s*(?:张|个|幅)\s*(?:图片|图|照片)?|的?\s*(?:图片|图|照片))?\s*")


_LENGTH_UNSAID = compile_led(r"\s*(?:for\s+|to\s+)?(\d+(?:\.\d+)?)(?=\s*(?:$|[,.;!，。；！]|and\b|please\b|pls\b))")
_UNIT = compile_led(r"[a-z\u4e00-\u9fff]+$")


def _bare_lengths(text: str, mentions: list[Mention]) -> list[Mention]:
    """"the sneaker picture for 8 seconds and the ring for 4", "make the watch 6 secs and the ring 3": a bare number right
    after a picture named, when a picture before it was given a length, is that picture's length in the same unit (set AQ
    aq183 read one clause and nothing)."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.slot != "value" or not m.keys & {"ref", "file"}:
            continue
        num = _LENGTH_UNSAID.match(text, m.end)
        if num is None or (i + 1 < len(mentions) and mentions[i + 1].start < num.end()):
            continue
        dur = next((d for d in reversed(mentions[:i]) if d.slot == "value" and "dur" in d.keys), None)
        unit = _UNIT.search(str(dur.value)) if dur is not None else None
        if dur is None or unit is None or STRONG.search(text, dur.end, m.start) or not any(
                r.slot == "value" and r.keys & {"ref", "file"} and r.end <= dur.start for r in mentions[:i]):
            continue
        out.append(Mention(num.start(1), num.end(1), "value", frozenset({"dur"}), f"{num.group(1)} {unit.group(0)}"))
    return sorted(out, key=lambda x: x.start)


_QUANTIFIER = compile_led(r"(?:\b(?:each|every|all|per)(?:\s+(?:of\s+)?the)?|每\s*[张个段幅]?|各\s*[张个段幅]?|所有的?|全部的?)\s*$")
ONLY = compile_led(r"(?:\b(?:only|just)|只|仅)\s*$")  # "only" as emphasis before what it stresses (also the guard's)


def _apposition(text: str, used: list[Mention]) -> list[Mention]:
    """"image 3 (green-watch.png)": the number and the file name one picture; a reading of either reads both."""
    out = list(used)
    # (only a mention and the next one can have nothing but brackets and commas between them: every pair was tried, 78 ms
    # on a 4000-character message without punctuation, one clause of 700 mentions)
    order = sorted(range(len(used)), key=lambda k: used[k].start)
    for i, j in zip(order, order[1:], strict=False):
        m, n = used[i], used[j]
        if m.keys | n.keys == {"ref", "file"} and m.end <= n.start \
                and re.fullmatch(r"[\s(（,，:-]*", text[m.end:n.start]):
            out[i] = replace(out[i], keys=out[i].keys | n.keys)
            out[j] = replace(out[j], keys=out[j].keys | m.keys)
    return out


def _attached(text: str, a: int, frame: Frame) -> list[tuple[int, int]]:
    """Words that belong to the mention right after them: "every" in "every caption" (all of the
    captions, which the target means anyway), "only" in "only show the title for 2 s" (emphasis). Said of
    anything else they change the request, and the guard refuses a clause that leaves them unread."""
    out = []
    for m in frame.targets + frame.ops + frame.used:
        rx = _QUANTIFIER if m.slot == "target" else ONLY
        hit = rx.search(text, max(a, m.start - 14), m.start)
        if hit:
            out.append(hit.span())
    return out


_NAMED_VISUAL = compile_led(r"(?:the\s+|our\s+|that\s+|this\s+)?(?:[a-z0-9][a-z0-9\-]*\s+){1,3}$")


def _named_visual(frame: Frame) -> str | None:
    """"The headphones shot drags a little; cut it down to 4 s": the picture named by what it shows (the words
    before its noun), for an "it" that follows."""
    noun = next((t for t in frame.targets if "visual" in t.keys), None)
    if noun is None:
        return None
    # (the words after the clause's verb: "trim the clip to 8 seconds and put it first" named no clip "trim the clip";
    # set BW bw140 asked which)
    lo = max((o.end for o in frame.ops if o.end <= noun.start), default=frame.start) - frame.start
    m = _NAMED_VISUAL.search(frame.text, lo, noun.start - frame.start)
    if not m or not re.search(r"[a-z0-9]", m.group(0).replace("the ", "")):
        return None
    if _SEVERAL_SAID.search(m.group(0)):
        # "use all five photos and make it 25 seconds": several pictures are no one "it" (set BL bl293 looked for a
        # picture called "use all 5 photos" and dropped the length)
        return None
    return frame.text[m.start():noun.end - frame.start].strip()


_SEVERAL_SAID = compile_led(r"\b(?:all|every|each|both|\d+)\s+(?:of\s+)?(?:the\s+|my\s+|our\s+)?(?:[a-z]+\s+)?$")


_BARE_NUMBER = compile_led(r"(?<![\d:x./])\b\d+(?:\.\d+)?\b(?!\s*[:x/×]\s*\d|\s*(?:p|k|fps|%|x)\b)")


# what an edit changes about a thing, said between the verb and the thing ("change the colour of the title"), and
# the particles of phrasal verbs ("strip out every bit of text"), and words that only describe it ("each product shot")
_ATTRIBUTES = frozenset(re.findall(r"\w+", """out off away up down over back colour color size font position place
    length duration volume level speed text order look style animation loudness sound audio timing time opacity width
    height product products item items main hero featured new old other whole entire own original intro opening
    closing final current existing bg"""))


def _object_unread(frame: Frame) -> bool:
    """A word no reading knows between the operation and its target is what the operation acts on: "remove the
    box behind the captions" is about a box, not the captions (they were removed)."""
    ops = sorted(frame.ops, key=lambda m: m.start)
    if not ops:
        return False
    targets = [t for t in frame.targets if t.start >= ops[0].end]
    if not targets:
        return False
    a, b = ops[0].end, min(t.start for t in targets)
    between = frame.text[a - frame.start:b - frame.start]
    # a thing of its own joined to the target by a preposition ("the box behind the captions"); an adjective
    # before the target's noun is no object ("make a 15 second vertical video")
    m = _OWN_OBJECT.search(between)
    if not m:
        return False
    spans = [(x.start, x.end) for x in frame.ops + frame.used + frame.targets] + frame.attached
    words = leftover(between[:m.start("prep")], a, spans).split()
    return any(w not in _ATTRIBUTES and not w.isdigit() and not re.fullmatch(r"[这那个张段些幅第]+", w) for w in words)


_OWN_OBJECT = compile_led(r"[a-z]\s+(?P<prep>behind|to|on|in|under|from|of|at|for|with|over|around|near|beside|next\s+to|onto|into)"
                         r"\s+(?:the\s+|a\s+|an\s+|all\s+(?:the\s+)?|every\s+|each\s+)?$")


def _own_thing(frame: Frame) -> bool:
    """"kill the supers on the products": the operation's object is a thing said with "the" that no table knows, so the
    clause does not take the previous clause's target (set N mix04 removed the music named before)."""
    ops = sorted(frame.ops, key=lambda m: m.start)
    if not ops or frame.values:
        return False
    m = _THING.match(frame.text, ops[0].end - frame.start)
    return m is not None and m.group(1) not in _SMALL and m.group(1) not in _ATTRIBUTES


# a clause that starts by naming a part of the brand kit ("brand colour red", "our brand font is serif", "品牌色用红色")
_KIT_SAID = compile_led(r"\W*(?:and\s+|also\s+|then\s+)?(?:(?:the|our|my)\s+)?brand(?:'s)?\s+(?:kit\b|colou?rs?\b|font\b|logo\b|accent\b)"
                        r"|\W*(?:再|然后|并且|另外|顺便)?\s*(?:我们的?\s*)?品牌\s*(?:的)?\s*(?:色|颜色|主色|字体|logo|标志)")
_BA_NAMED = compile_led(r"(?:把|将)\s*([a-z][a-z\-]*)\b")  # "把 backpack …" (鞋子, 包包 read as names)
_THING = compile_led(r"\s+(?:the|those|these|all\s+(?:the|those)|every|each)\s+([a-z][a-z\-]*)\b")


# "把金戒指那张也加进去" (read "把 gold ring 那张…"): the picture named right before 那张 is the one meant (sets AC-AF ac055,
# ad029, ae060, af238 asked what 那张 was)
_NAMED_BEFORE = compile_led(r"[a-z0-9][a-z0-9\-.]*\s*(?:的)?\s*$")


_ADD_IT = compile_led(r"\badd\s+it\b")  # (not "give it a more premium feel": a look of the video)


# a thing wished gone sooner (OPS shorten_need): said of a text or a picture, which "it" with nothing named before does not say
_GONE_SOONER = re.compile(r"\b(?:go(?:es)?\s+away|disappears?|vanish(?:es)?)\s+(?:sooner|earlier)\b|(?:早点|早一点|早些|提前)\s*(?:消失|没|撤)")
# a thing gone too soon ("it disappears too quickly", "vanishes too fast"): a text or a picture, never the video (the
# video does not disappear; said of "it" alone it set the video to 45 s)
_GONE_TOO_SOON = re.compile(r"\b(?:go(?:es)?\s+away|disappears?|vanish(?:es)?|gone)\s+(?:way\s+|far\s+|much\s+)?too\s+"
                            r"(?:fast|quickly|quick|soon|early)\b")
# a thing shown or staying on screen ("make it stay longer", "show it for 4 seconds"): a text or a picture, never the
# video (set CT ct172 set the video to 45 s, ct177 was not understood): with "it" of nothing named, which is asked
_SHOWN_IT = compile_led(r"\b(?:stay(?:s|ing)?|linger(?:s|ing)?|remain(?:s|ing)?|show(?:s|ing)?\s+it|display(?:s|ing)?\s+it"
                        r"|keep\s+it\s+(?:up|on|there|visible))\b")
# a speed complained of ("it's too fast", "it's too slow"): the pace of the pictures, the clip's own speed or the
# music's; said of "it" with nothing named, which is asked (set CS cs255 set the video to 45 s)
_TOO_FAST = compile_led(r"\btoo\s+(?:fast|quick|quickly|slow|slowly)\b")
_SHOWN_OPS = LENGTH_NEED | {"lengthen", "shorten", "show_for"}


# "this" or "that" alone after a verb is "it": "can you make that bigger", "make this bigger" (not understood; dev set DM
# dm087); not "that one" (``_POINTED``), "that picture" or "make sure that …"
_THIS_FOR_IT = compile_led(r"\b(?:make|turn|move|put|change|set|delete|remove|resize|shrink|enlarge|cut|trim|replace|swap|fix|"
                           r"get|drag|shift|push|bring)\s+(?:this|that)\b(?!\s*(?:one|ones|[a-z]+(?:'s)?\s+(?:picture|photo|"
                           r"image|pic|shot|slide|one)|picture|photo|image|pic|shot|slide|title|caption|captions|music|clip|video|"
                           r"text|song|voice|voiceover|the|a|an|is|was|it|so|way|much|many|too)\b|\s*\ue000)")


def _pointless(frame: Frame) -> bool:
    """"change it to red", "make that one 5 seconds", "把它删掉" with nothing named before: which thing is meant
    is not said (a question, not a guess)."""
    said_it = re.search(r"\bit\b", frame.text) is not None or _THIS_FOR_IT.search(frame.text) is not None
    # ("改成“Big Sale”": Chinese leaves the "it" out; set BL bl136 was not understood)
    if "quote" in frame.values and (said_it or (not frame.targets and _CJK_CHAR.search(frame.text) is not None)) \
            and frame.ops and not frame.op_keys() - GENERIC_OPS \
            and not frame.values.keys() & {"ref", "file"}:
        return True  # "change it to 'Big Sale'": the title's, a caption's or the end card's words (set AN an246)
    if frame.values.keys() & {"ref", "file", "quote", "fit", "still"}:
        return False
    pointed = _POINTED.search(frame.text)
    if pointed and not (pointed.group(0) in ("这张", "那张") and _NAMED_BEFORE.search(frame.text, 0, pointed.start())):
        return True
    if said_it and (frame.op_keys() & _IT_THING_OPS or "colour" in frame.values):
        return True
    if (said_it or "它" in frame.text) and (_GONE_SOONER.search(frame.text) or _GONE_TOO_SOON.search(frame.text)):
        return True  # "make it vanish earlier": a text or a picture gone sooner, never the video (wave35_y, set CR cr017)
    if said_it and not frame.quotes and (frame.op_keys() & _SHOWN_OPS or "dur" in frame.values) and _SHOWN_IT.search(frame.text):
        # "make it stay longer", "show it for 4 seconds": a text or a picture shown (set CT ct172, ct177); a text quoted
        # before is what "it" is ("add 'See you soon' at the end, and make it last 5 seconds": wave15_p)
        return True
    if said_it and frame.op_keys() & LENGTH_NEED and _TOO_FAST.search(frame.text):
        return True  # "it's too fast": the pictures' pace, the clip's speed or the music's (set CS cs255)
    if said_it and "add" in frame.op_keys() and not frame.values.keys() - {"pos"} and _ADD_IT.search(frame.text):
        return True  # "add it to the video", "add it in the corner": which file (set BO bo244 looked for "it in the corner")
    if said_it and not frame.values and _BARE_NUMBER.search(frame.text):
        return True  # "change it to 5": five what, of what
    if not frame.values and frame.op_keys() == {"reorder"} and _SWAP_ALONE.fullmatch(frame.text):
        return True  # "换个位置", "swap" with nothing named: which two (set BC bc037 offered a guess)
    # "移到后面去", "删掉": Chinese leaves the object out
    return bool(_CJK_CHAR.search(frame.text)) and not frame.values.keys() - {"pos"} and bool(
        frame.op_keys() & {"remove", "move"}) and not re.search(r"全部|所有|都|一切|全都|[a-z0-9]", frame.text)


# a swap said of nothing ("换个位置" is read 交换 first); "reverse" / "倒序" is of the whole order, a wish said whole
# ("把模特的脸换一下" swaps a thing the planner does not know: not understood, no question; set AG ag226)
_SWAP_ALONE = compile_led(r"\s*(?:(?:then|and|so)\s+|然后|那就|再)?\s*(?:(?:swap|switch|exchange)(?:\s+(?:places|positions|them\s+around))?"
                         r"|(?:帮我)?(?:交换|互换|对调|调换)(?:一下|下)?(?:位置)?(?:吧|呗)?)\s*")


# a look said without the thing it is of: "change the colour to blue", "change the font", "换个颜色", "换个字体" (sets AC-AF
# ac201/ad216/ad221/ae011/af045 asked for nothing the planner could name; 字 of 字体 is the font, not "the text")
# ("把包的颜色P成红色", "the colour of the bag": a look of a thing the planner does not know, not of nothing; set AF af092)
_LOOK_OF = compile_led(r"\b(?:colou?rs?|fonts?)\s+of\b|的\s*(?:颜色|字体)")
_LOOK = compile_led(r"\b(?:colou?rs?|fonts?|typefaces?|lettering\s+style)\b|颜色|字体|字型|配色")
_LOOK_FIRST = compile_led(r"\s*(?:请|麻烦|帮我|把|将|给)*\s*(?:颜色|配色)")


def _unnamed_look(frame: Frame, targets: list[str], before: _Before) -> str:
    """The look word of a clause that changes a look of nothing named, here or before; "" when it names a thing."""
    if before.targets or before.named or frame.values.keys() - {"colour"} or frame.op_keys() - GENERIC_OPS:
        return ""
    look = _LOOK.search(frame.text)
    if look is None and not targets and frame.ops and set(frame.values) == {"colour"}:
        # "改成红色", "换成蓝色", "switch to blue" with nothing named: a colour of what is asked (set AL al242, AN an243
        # were "not understood" with three guesses)
        said = next((frame.text[m.start - frame.start:m.end - frame.start] for m in frame.used if "colour" in m.keys), "")
        return said or str(frame.values["colour"])
    if look is None or not (frame.ops or "colour" in frame.values) or _LOOK_OF.search(frame.text):
        return ""
    if targets and not (targets == ["text_some"] and _said(frame, "text_some") == "字"
                        and look.group(0) == "字体" and not frame.values):
        return ""
    return look.group(0)


def _bound(frame: Frame, name: str, before: re.Pattern[str], after: re.Pattern[str], text: str, a: int,
           m: Mention) -> None:
    """The flag ``name`` when a limit is said before the length ``m`` ("at most 20 s") or after it ("20 s max")."""
    if _flag(frame, name, before, text, max(a, m.start - 16), m.start):
        return
    said = after.match(text, m.end)
    if said:
        frame.values[name] = True
        frame.flags.setdefault(name, []).append(said.span())


def _flag(frame: Frame, name: str, rx: re.Pattern[str], text: str, a: int, b: int) -> bool:
    """Set the flag ``name`` when ``rx`` matches ``text[a:b]``, remembering where it was said."""
    m = rx.search(text[a:b])
    if m:
        frame.values[name] = True
        frame.flags.setdefault(name, []).append((a + m.start(), a + m.end()))
    return m is not None


# --- frames -> edits ------------------------------------------------------------------------------------------

Rules = dict[str, list[tuple[Edit[Any], FrameRule[Any]]]]


def _rules(all_edits: Iterable[Edit[Any]]) -> Rules:
    """Every frame rule by the targets it reads, in declaration order: a clause's target is looked up, not tested
    against every rule (readings() went over all of them for each clause: a sixth of a 4000-character message)."""
    out: Rules = {}
    for e in all_edits:
        for r in e.frames:
            for target in r.targets:
                out.setdefault(target, []).append((e, r))
    return out


# values a rule may need beside it without reading them: a quote is read by the rule that takes it as words, never by a
# look's rule that only needs it said ("title 'New In' bold red at the bottom" was made bold, red and low, its words
# dropped unsaid: set DC dc071)
_GATES = frozenset({"quote"})


def readings(frame: Frame, target: str, ops: set[str], rules: Rules) -> list[Reading]:
    out: list[Reading] = []
    have = set(frame.values)
    for edit, r in rules.get(target, ()):
        if not (ops & r.ops or "*" in r.ops) or not r.needs <= have or (r.refuses & have):
            continue
        frame.values.seen.clear()
        args = r.build(frame, target)
        if args is None:
            continue
        read = frozenset(frame.values.seen) | (r.needs - _GATES)
        same = next((i for i, x in enumerate(out) if x.edit.kind == edit.kind), None)
        if same is None:
            out.append(Reading(edit, args, read))
        elif (merged := merge_args(out[same].args, args)) is not None:
            out[same] = Reading(edit, merged, out[same].read | read)  # "captions at the top, white": one style
    return out


def merge_args(a: Any, b: Any) -> Any:
    """Two rules of one edit reading different parts of a clause: one set of arguments, when they do not clash."""
    if type(a) is not type(b) or not is_dataclass(a) or isinstance(a, type):
        return None
    # (unset is a field's default: a weight of False said, "title: not bold, colour #00aaff", is no weight left unsaid; read
    # as unset, it was dropped without a word, dev set DD dd253)
    def unset(f: Field[Any], value: Any) -> bool:
        return value in (None, "") or (f.default is not MISSING and value == f.default) or (
            f.default is MISSING and value in (0, False))
    extra = {f.name: getattr(b, f.name) for f in fields(a)
             if not unset(f, getattr(b, f.name)) and getattr(b, f.name) != getattr(a, f.name)}
    if any(not unset(f, getattr(a, f.name)) for f in fields(a) if f.name in extra):
        return None  # both say something different about the same thing: keep the first reading alone
    merged = replace(a, **extra)
    # (an args class may name fields that say one quantity two ways, exact and relative: the exact one wins)
    drop = {rel: None for exact, rel in getattr(type(a), "EXACT_OVER", ())
            if getattr(merged, exact) is not None and getattr(merged, rel) is not None}
    return replace(merged, **drop) if drop else merged


_SMALL = frozenset(["a", "an", "the", "it", "its", "this", "that", "these", "those", "to", "of", "for", "from", "on", "in", "at", "by", "with", "and", "or", "so", "up", "be", "is", "are", "please", "little", "bit", "lot", "more", "much", "very", "really", "just", "some", "any", "all", "my", "our", "your", "me", "us", "them", "long", "also", "then", "now", "again", "too", "one", "ones", "way", "sure", "make", "let", "make's", "whole", "entire"])
_SMALL_ZH = compile_led(r"[把的了都一点些吧呢啊呀下再也还就给将让使]+")


def _only_small_words(frame: Frame, used: list[Mention]) -> bool:
    return not leftover(frame.text, frame.start, [(m.start, m.end) for m in used])


# the side of a thing a bare change names, no value said: "字幕和标题换个颜色", "change the title colour" (which colour is
# asked as "改一下标题" is; set DA da258 was not understood)
# (its place too, and the thing pointed at: "这个字幕换个位置", "change the captions position" were not understood; dev set DE
# de246)
_BARE_ASPECT = compile_led(r"\b(?:colou?rs?|style|look|position|placement|location|spot)\b|颜色|样式|风格|位置|这个|那个|这条|那条")


def _only_aspect_words(frame: Frame, used: list[Mention]) -> bool:
    rest = leftover(frame.text, frame.start, [(m.start, m.end) for m in used])
    return bool(rest) and not _BARE_ASPECT.sub(" ", rest).strip()


def by_clause(clauses: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """For each clause (in order, not overlapping), the spans that overlap it: found by bisection, so that a
    4000-character message's hundreds of clauses and spans cost little (a pairwise check was 40 ms of 110)."""
    ends = [b for _, b in clauses]
    out: list[list[tuple[int, int]]] = [[] for _ in clauses]
    for x, y in spans:
        k = bisect.bisect_right(ends, x)
        while k < len(clauses) and clauses[k][0] < y:
            if x < clauses[k][1]:
                out[k].append((x, y))
            k += 1
    return out


def leftover(text: str, start: int, spans: list[tuple[int, int]]) -> str:
    """The words of ``text`` (found at ``start`` in the message) outside ``spans``, without small words."""
    # (the text between the spans, joined by a space: a list of the clause's characters, blanked span by span, was 6 of
    # 105 ms on the bench's 4000-character Chinese message, a call per clause and more)
    parts: list[str] = []
    pos = 0
    for x, y in sorted((max(a - start, 0), min(b - start, len(text))) for a, b in spans):
        if x < y:
            parts.append(text[pos:x] if x > pos else "")
            pos = max(pos, y)
    parts.append(text[pos:])
    rest = _SMALL_ZH.sub(" ", " ".join(parts))
    return " ".join(w for w in _WORD.findall(rest) if w not in _SMALL)


_WORD = compile_led(r"[a-z0-9']+|[\u4e00-\u9fff]+")


# a joint that starts another wish inside one frame: "，再…", ", then …", "还有…"
_NEXT_WISH_JOINT = compile_led(r"[,;，；]\s*(?:再|然后|还有|另外|顺便|并且|\b(?:then|also|and)\b)")


def _complementary(rs: list[Reading], frame: Frame, target: str, ops: set[str],
                   rules: Rules) -> bool:
    """Readings that each need values the others do not use are parts of one request, not rival readings."""
    needs = []
    have = set(frame.values)
    kinds = sorted(r.edit.kind for r in rs)
    if "add" in ops and kinds == ["captions_add", "text_style"]:
        return True  # "add captions in white at the bottom": the captions, and their look (set BI bi262)
    if "animate" in ops and kinds == ["text_anim", "text_style"]:
        return True  # "captions: typewriter animation, size large": how it comes in, and its look (set BR br161)
    # (and its place too: "title 'NEW IN' at the top, in white", set CX cx; the look's rule leaves the place to it)
    # (and its size, weight or length: "title 'New In' bold and at the top", "标题“新品上市”大一点", "title 'New In' for 5
    # seconds"; set DC dc071 dropped the words, the others were not understood)
    if (target == "title" and "quote" in have and "title_text" in kinds
            and set(kinds) - {"title_text"} and set(kinds) <= {"title_text", "text_style", "title_position", "title_timing"}
            and not _NEXT_WISH_JOINT.search(frame.text)):
        # "title 'Accessories Week' in serif": its words, and their look (set BT bt263); not when other words are
        # there ("标题改成“限时五折”，再帮我把鞋子P成白色的": the white is the shoe's, set BO bo061 coloured the title)
        return True
    for reading in rs:
        rule_needs = [r.needs for e, r in rules.get(target, ()) if e.kind == reading.edit.kind
                      and (ops & r.ops or "*" in r.ops) and r.needs <= have and not (r.refuses & have)]
        if not rule_needs or not rule_needs[0] - {"to", "by", "at", "for", "first", "each"}:
            return False
        needs.append(rule_needs[0] - {"to", "by", "at", "for", "first", "each"})
    return all(not (a & b) for i, a in enumerate(needs) for b in needs[i + 1:])


@dataclass
class _Before:
    """What the earlier clauses of the message said, that a later clause may lean on."""
    targets: list[str] = field(default_factory=list)  # what the last clause naming something was about
    span: tuple[int, int] | None = None  # that clause
    removed: bool = False  # it removed what it named ("人声不要了，静音")
    vague: bool = False  # the previous clause only said "longer" or "shorter", without a number
    unread_ref: Any = None  # a picture the previous clause named without saying what to do with it
    ref_span: tuple[int, int] | None = None  # that clause
    named: bool = False  # an earlier clause named a picture or a file: "把lifestyle.jpg加进去，放在最后" puts that one
    op_only: list[tuple[int, int]] = field(default_factory=list)  # "再长一点": an operation said without its value
    # the edits read so far, each with its place in the result's intents (one edit said twice is one)
    seen: dict[tuple[str, str], int] = field(default_factory=dict)
    reasons: list[tuple[int, int]] = field(default_factory=list)  # clauses that say why ("because…")
    needs: list[tuple[int, int]] = field(default_factory=list)  # complaints about loudness ("the voice is hard to hear")
    verb: set[str] = field(default_factory=set)  # the last clause's adding or removing, for a bare thing after it
    ref: tuple[str, Any] | None = None  # the picture or clip the last clause naming something named ("ref" or "file")
    noun: str = ""  # the words it was named by ("片段", "the clip")
    too_long: bool = False  # the last clause said it was too long or too short ("片段太长了")
    topic: tuple[str, Any] | None = None  # the picture or clip the last clause talked of as "it" (``_topic``)
    text_needs: list[tuple[int, int]] = field(default_factory=list)  # complaints about all the text ("字太小了看不清")
    read_needs: list[tuple[int, int]] = field(default_factory=list)  # of them, "hard to read" with no size said
    cut: bool = False  # the last clause naming something cut it ("trim the clip: start at 3s")
    starts: bool = False  # it said where the video or clip starts ("the video should start 1 second in")
    # the last clause only told of a picture or clip it named first ("the unboxing clip hums"): (its name, the clause,
    # the name's words)
    told_of: tuple[Any, tuple[int, int], tuple[int, int], bool] | None = None
    unread: str = ""  # the last clause naming something, when no reading took it (``Frame.unread_before``)
    captions_said: str = ""  # the words of the last clause naming the captions itself (``Frame.captions_before``)
    captions_at: int = 0  # where that clause starts
    thing: tuple[int, int] | None = None  # the words the last clause naming a picture or clip named it by
    placed: bool = False  # that clause said a place in the order for it, which no reading of the frames read
    timed: bool = False  # that clause spoke of its time on screen or its length ("标题显示3秒", "the title for longer")
    pointer: str = ""  # a clause before pointed at one thing and named none ("this one is too long"): its words


def understand(msg: Message, all_edits: Iterable[Edit[Any]], names: re.Pattern[str] | None = None) -> FrameResult:
    """Intents for the clauses the frames understand; clauses they do not are left to the phrase rules.
    ``names``: the timeline's pictures by what they show (``refs.name_rx``).

    Each clause goes through named stages (`_clause`): skipped (negated, or chatter), "them" tied to the pictures named
    before (`_pronoun_ref`), its targets resolved from what it
    says (`_resolved_targets`), its operations (`_operations`), a target borrowed from the clauses before when
    it names none (`_borrowed`), its readings (`_read`), what it leaves for the next clause (`_remember`), and
    then either left to the phrase rules (`_left`) or taken (`_take`)."""
    rules = _rules(all_edits)
    result = FrameResult()
    found_frames = read_frames(msg, result.clauses, names)
    known = {(f.start, f.end) for f in found_frames}
    result.chatter = [c for c in result.clauses if c not in known]  # "our customers watch on their phones"
    result.mentions = sorted((m for f in found_frames for m in f.ops + f.targets), key=lambda m: m.start)
    before = _Before()
    for frame in found_frames:
        _clause(frame, msg, rules, before, result)
    # ("the clip's sound is distracting; mute it": the mute is the remedy)
    asked = [i for i in result.intents if i.kind in ("volume", "mute") and not any(a <= i.pos < b for a, b in before.needs)]
    if asked:
        # "the voice is hard to hear, lower the music": the complaint is why. Not when what is asked cannot answer it:
        # "音乐大声一点，配音也有点小" (the music up does not make the voice louder) is two wishes (set BI bi055 dropped the voice)
        before.reasons += [(a, b) for a, b in before.needs
                           if not _unanswered((a, b), result.intents, asked, msg.low, result.clauses)]
    result.needs = before.needs
    result.intents = _specific_anim(_specific_text(_specific_sound(_asked(result, before.reasons)), before.text_needs,
                                                   before.read_needs))
    return result


_THEM = compile_led(r"\b(?:them|those|these)\b|它们|这些|那些")
_AT_END = compile_led(r"\s*(?:再|然后|还有|另外)?\s*(?:结尾|片尾|最后|末尾)")
_CARD_NOUN = compile_led(r"卡片|卡|页|画面|\b(?:card|screen|slide|outro|page)\b")


def _pronoun_ref(frame: Frame, before: _Before) -> bool:
    """"the last two pictures aren't approved yet, please take them out": "them" is the pictures the clause before named
    without saying what to do with them (set AA em21 looked for a picture called "them")."""
    ref = before.unread_ref
    if ref is None or frame.values.keys() & {"ref", "file"} or not frame.op_keys() & {"remove", "move", "swap"}:
        return False
    many = bool(_MANY.fullmatch(str(ref)) or _SEVERAL.search(str(ref)))  # ("the backpack and the watch": two, wave 31 C)
    if (_THEM.search(frame.text) and many) or (_SINGULAR_IT.search(frame.text) and not many):
        frame.values["ref"] = ref
        return True
    return False


def _named_again(frame: Frame, before: _Before) -> bool:
    """"the watch and the ring, move them to the front": the pictures named, then "them" (read as their names by
    ``tidy.resolve_it``): the clause before only named them (it was said not understood; wave 31 fixer C)."""
    ref = before.unread_ref
    return ref is not None and bool(_SEVERAL.search(str(ref))) and dict.get(frame.values, "ref") == ref


# a word before the thing of a clause that is not a joining word ("also record a new voiceover"): the clause has a
# verb of its own the planner does not know, so the verb before is not borrowed (set BO bo064 removed the voiceover)
_JOINING_ONLY = compile_led(r"[\s,]*(?:(?:and|also|plus|then|too|please|oh|as\s+well|with|the|a|an|its|their|some|"
                            r"both|all|any|same|for)(?![a-z'\-])[\s,]*)*")


# the verbs a thing is said with when the words tell what it is or does ("the voiceover already says the product names"):
# one list for the two readings below (set EV ev035 removed the voiceover after "remove the captions, …")
_STATE_VERBS = r"says|said|is|are|was|were|has|had|sounds|looks|does|covers|mentions|explains|talks|reads|shows|names|tells|gives"
# a verb of its own anywhere after the thing: never one more thing for the verb of the clause before
_OWN_VERB_AFTER = compile_led(rf"\b(?:{_STATE_VERBS}|say|have|already|sound|look|cover|mention|explain|talk|read|show|name|tell|give)\b"
                              r"|已经|说了|讲了|有了")
# every one of a kind said after a joint, and a clause the person begins with themselves (``clauses``)
_ALL_OF = compile_led(r"\s*(?:and\s+)?(?:all|every|each\s+of)\s+(?:the\s+|of\s+the\s+|our\s+)?|\s*(?:所有|全部)\s*(?:的)?\s*")
_FIRST_PERSON = compile_led(r"(?:我们|咱们|我|i\s+(?:will|plan|want|think|guess|am|'m|'ll)|we\s+(?:will|plan|want|think|are|'re|'ll))(?![a-z])")
# a part that opens with the person telling what they do ("I'm selling these on Shopee", "we sell these at markets")
_TELLING = compile_led(r"\s*(?:so\s+|well\s+|ok\s+|okay\s+)?(?:i|we)(?:'m|'re|\s+am|\s+are)?\s+(?!(?:want|need|like|love|hate|mean|don'?t|do|did)\b)[a-z]+\s+(?:these|them|those|this|it|our|my)\b")
# right after the thing named past a comma: the clause's own statement (``clauses``)
_STATED = compile_led(rf"\s+(?:already\s+|just\s+|really\s+|also\s+|basically\s+|clearly\s+)?(?:{_STATE_VERBS})\b")


def _disliked(text: str, a: int, frame: Frame) -> bool:
    """A clause that says what is disliked, with no verb of change: "i don't like the yellow title" (``_DISLIKE``). Only a
    look or a part of the video, never a picture ("i dont like the cap photo, remove it": the picture the "it" is)."""
    first = min([m.start for m in frame.used] + [t.start for t in frame.targets], default=frame.end)
    if frame.ops or not _DISLIKE.search(text, a, first):
        return False
    return bool(frame.targets) or any(k not in _NO_LOOK for k in frame.values)


def _clause(frame: Frame, msg: Message, rules: Rules, before: _Before, result: FrameResult) -> None:
    """One clause through the stages, in message order: what it adds to ``result`` and leaves in ``before``."""
    if _RESPECTIVELY.search(frame.text):
        # "标题和字幕分别改成红色和白色", "第一张和第二张分别3秒和5秒": a value each, in turn; a frame holds one value of a kind,
        # so the clause is the phrase rules' (the captions' list), or reported as not understood, never one value for
        # both (its 别 was read as "don't": the clause was dropped without a word)
        _left(frame, before, result)
        return
    if _skipped(frame, result):
        if frame.negated and frame.target_keys():
            # "the title shouldn't pop, just fade in gently": the next clause's thing is the one said not to pop (set AC
            # ac085)
            before.targets, before.span = frame.target_keys(), (frame.start, frame.end)
        return
    if _clashing(frame):
        # "the logo in the top right is clashing with the title on some frames": where one thing is and what it covers is
        # why, no place for either (the title was moved to the top right), and the first is the "it" after (set FN fn017)
        result.chatter.append((frame.start, frame.end))
        before.targets, before.span = sorted(frame.targets[0].keys), (frame.start, frame.end)
        return
    if (_pronoun_ref(frame, before) or _named_again(frame, before)) and before.ref_span is not None:
        result.context.append(before.ref_span)  # (its words are read: the picture is what "them" means)
    targets = _its_length(frame, _resolved_targets(frame, msg, before), before, result)
    ops = _operations(frame)
    if ops == {"implied"} and targets and not frame.values and before.verb and (not _CJK_CHAR.search(frame.text) or (
            # "删掉球鞋和标题": a bare thing after 和 is removed too (set CA ca297's kind; it was left unread)
            before.verb == {"remove"} and len(frame.targets) == 1 and "captions" not in frame.targets[0].keys
            and not frame.text[frame.targets[0].end - frame.start:].strip()
            and msg.low[:frame.start].rstrip().endswith(("和", "跟", "以及")))) \
            and _JOINING_ONLY.fullmatch(frame.text[:frame.targets[0].start - frame.start]) \
            and not _OWN_VERB_AFTER.search(frame.text, frame.targets[0].end - frame.start):
        ops = set(before.verb)  # "30 seconds, add the ring, and captions please": captions added too (set AD ad244)
    if frame.ops:
        before.verb = frame.op_keys() & {"add", "remove"} if frame.op_keys() <= {"add", "remove"} else set()
    if "also" in frame.flags:  # (read_frames: a thing said after the length of another, "and the ring too")
        (x, y), (p, q) = frame.flags["also"][:2]
        head = frame.text[:p - frame.start].strip(" ,")
        other = _IT_VIDEO.sub(lambda m: frame.text[x - frame.start:y - frame.start], head, count=1)
        result.also.append([head, other] if other != head else [head, frame.text.strip(" ,.!")])
        result.spans.append((frame.start, frame.end))
        return
    look = _unnamed_look(frame, targets, before)
    if look:  # "change the colour to blue", "换个字体": of what is asked (when nothing else of the message is read)
        result.unclear.append(look)
        result.unclear_clauses.append((frame.start, frame.end))
        if _LOOK_FIRST.match(frame.text) and "colour" in frame.values:
            # "请把颜色改成红色": the look said first, of nothing; no phrase rule may read 颜色 as a picture to replace
            # (set BG bg114 looked for a file named 红色)
            result.spans.append((frame.start, frame.end))
    if _which_picture(frame, targets, before):  # "make that picture longer", "把这张换掉" with none named: which is asked
        pointer = _THIS_PICTURE.search(frame.text) or _THE_PICTURE.search(frame.text)
        result.unclear.append(pointer.group(0) if pointer else "it")
        result.unclear_clauses.append((frame.start, frame.end))
        result.spans.append((frame.start, frame.end))  # (nor may the phrase rules guess)
        # (only a thing told of, "that one's too long": "delete this one and make it 20 seconds" is the video's 20 s)
        before.pointer = result.unclear[-1] if frame.op_keys() <= LENGTH_NEED else ""
        return
    if before.pointer and not frame.targets and not frame.values.keys() & {"ref", "file"} and _SINGULAR_IT.search(frame.text):
        # "that one's too long, cut it down a bit": "it" is the one pointed at before, which is asked (the video was cut)
        result.unclear.append(before.pointer)
        result.unclear_clauses.append((frame.start, frame.end))
        result.spans.append((frame.start, frame.end))
        return
    borrowed = _borrowed(frame, targets, before, result)
    if borrowed is None:
        return
    targets, inherited = borrowed
    if inherited:
        frame.unread_before = before.unread
    if inherited and "visual" in targets and before.ref is not None and not frame.values.keys() & {"ref", "file"} \
            and not _one_of_several(frame, before.ref) \
            and not _own_words(before.ref, leftover(frame.text, frame.start, [(m.start, m.end) for m in frame.targets + frame.ops + frame.used]
                             + [span for spans in frame.flags.values() for span in spans] + frame.attached
                             # ("把开箱视频放到最前面，再把它静音": 它 is that clip; set AS as239 muted every sound)
                             + [(frame.start + i.start(), frame.start + i.end()) for i in _IT_ONE.finditer(frame.text)]
                             # ("把sale-sticker.png加到视频里，最后5秒出现就行": 就行 is no thing of its own; set BP bp254)
                             + [(frame.start + i.start(), frame.start + i.end()) for i in _ENOUGH.finditer(frame.text)])):
        # "开箱视频静音，只保留前5秒": the next clause's clip is the one named, not any clip (set AM am291, AO ao186); not
        # when it names its own ("把手表放第一，删掉戒指": the ring)
        frame.values[before.ref[0]] = before.ref[1]
        result.its.append((frame.start, frame.end, str(before.ref[1])))  # (pinned to that picture: core)
    elif inherited and targets == ["captions"] and before.ref is not None and not frame.values.keys() & {"ref", "file"}:
        # "手表那张的字幕，把它删掉": the caption of the picture named before, never every caption (a wrong edit)
        frame.values[before.ref[0]] = before.ref[1]
    place = nth_in(before.captions_said) if inherited and targets == ["captions"] else None
    if place is not None:
        frame.captions_before = before.captions_said  # ("the last caption says Clip, change it to yellow": that caption)
    found, ambiguous, unread = _read(frame, targets, ops, rules)
    if place is not None and any(getattr(r.args, "nth", None) is None for r in found):
        # a reading that cannot take one caption is never made of every caption ("the last caption, make it yellow"
        # coloured every caption; wave 31 fixer C row 2)
        unread, found = unread + targets, []
    elif place is not None and found:
        result.thing_words.append((before.captions_at + place[1].start(), before.captions_at + place[1].end()))
    if inherited and "visual" in targets and found and not ambiguous and not unread and before.thing is not None:
        # ("the clip is too long, keep only the first 6 seconds of it": the clip's name, in the clause before, is the thing
        # read; it was said not understood, as a name no reading used)
        result.thing_words.append(before.thing)
    if inherited and before.span is not None and frame.took_unread:
        # ("logo要有弹跳进场的动画，放右上角": 要 is "keep", and the clause was taken as nothing to do; its bounce was dropped unsaid)
        result.context = [c for c in result.context if c != before.span]
        before.op_only = [c for c in before.op_only if c != before.span]
    elif inherited and before.span is not None and (not before.placed or place is not None):
        # (a place said for the thing, "unboxing to the front, and speed it up", is a move of its own: left to the phrase
        # rules, or said not understood, never taken as the next clause's context and dropped unsaid; set CC cc196)
        result.context.append(before.span)
    told, before.told_of = before.told_of, _told_of(frame)
    if told is not None and found and not ambiguous and any(
            dict.get(frame.values, k) == told[0] for k in ("ref", "file")) \
            and not (told[3] and all(r.edit.kind in _UNTIMED for r in found)):
        # (a length complained of is no reason for a change of its sound or look: "开箱视频太长了，而且把它静音" dropped the
        # trim without a word; set GD gd093)
        # "the unboxing clip hums, turn its audio down": a clause that only tells of the thing the next clause's edit is
        # made of is why, not a wish left undone (the hum was said not understood; wave 22 lead row)
        result.context.append(told[1])
        result.spans.append(told[2])
    _remember(frame, targets, found, ambiguous, inherited, before, result)
    if frame.targets:
        before.unread = frame.text if not found and not ambiguous else ""
    if ambiguous:
        result.questions.extend(ambiguous)
    elif found and _object_unread(frame):
        pass  # "remove the box behind the captions", "add a drop shadow to the title": not the captions' removal
    # (every target needs a reading of its own: "put the title 'Summer' top, logo on it" read the title twice and the
    # logo not at all, and was taken whole; a target with rivals asked above, so fewer readings than targets is one unread)
    elif not found or unread:
        if not found and not inherited and len(targets) == 1 and targets[0] in _BARE_THINGS and frame.op_keys() in _BARE_OPS \
                and not frame.values and (_only_small_words(frame, frame.targets + frame.ops)
                                          or _only_aspect_words(frame, frame.targets + frame.ops)):
            # (nothing else said: "what song is playing?", "换一个女声来配音" are no change left unsaid)
            result.bare.append((frame.start, frame.end))  # "change the title", "改一下标题": which change is asked
        if inherited and "visual" in targets:
            result.borrowed_visual.append((frame.start, frame.end, before.noun))
        elif inherited and before.too_long and targets and not set(targets) & {"length", "video", "none"}:
            # (only after its length was complained of: "remove the zoom, no transitions, and cut it to 10 seconds" is the
            # video's 10 s, set CF cf046)
            result.borrowed_other.append((frame.start, frame.end))
        _left(frame, before, result)  # a target no rule reads: the whole clause is left to the phrase rules
    else:
        _take(frame, found, before, result)


# the words of an overlay's size or look ("，放在右下角，大小20%", ", width 20%"): said of the logo or sticker file the clause
# before named, they name no thing of their own (set CA ca224 placed the sticker and left "右下角，大小20%" unread)
_OVERLAY_LOOK = frozenset(("大小", "尺寸", "宽度", "宽", "不透明度", "透明度", "size", "width", "wide", "opacity", "opaque"))


# pictures named together ("背包和手表", "the backpack and the watch", "images 2 and 4")
_SEVERAL = compile_led(r"和|与|跟|及|、|[,，]|\band\b|&")


def _one_of_several(frame: Frame, ref: tuple[str, Any]) -> bool:
    """"背包和手表，把它删掉": a singular "it" after several pictures named together is one of them, which is asked (both
    were removed; wave 31 fixer C row 5); "把它们删掉" is all of them."""
    return bool(_IT_ONE.search(frame.text) and (_SEVERAL.search(str(ref[1])) or _MANY.fullmatch(str(ref[1]))))


def _own_words(ref: tuple[str, Any], words: str) -> bool:
    """Whether the words left unread in a clause after a picture or clip named (``leftover``) may name a thing of their
    own; words of an overlay's size or look after a logo or sticker file do not."""
    if not words:
        return False
    return not (ref[0] == "file" and OVERLAY_NAME.search(str(ref[1]).lower()) and set(words.split()) <= _OVERLAY_LOOK)


# "its" before a length: "并把它的时长设为5秒", "and set its duration to 5 seconds"
_ITS = compile_led(r"(?:\bits|它的|其)\s*$")


def _its_length(frame: Frame, targets: list[str], before: _Before, result: FrameResult) -> list[str]:
    """"请把第四张图片移到最前面，并把它的时长设为5秒", "move the fourth picture first and set its duration to 5 seconds": the
    length said as "its", right after a clause naming one picture or clip, is that one's, never the video's (set CD cd251
    made the video 5 s long; "make it 20 seconds" after a picture put in its place stays the video's, set AJ aj137)."""
    named = before.ref or before.topic  # (a clip talked of by its noun: "trim the clip …, and set its length to 4 s")
    if targets != ["length"] or named is None or frame.values.keys() & {"ref", "file"} or _MANY.fullmatch(str(named[1])):
        return targets
    said = next((t for t in frame.targets if "length" in t.keys), None)
    if said is None or not _ITS.search(frame.text, 0, said.start - frame.start):
        return targets
    frame.values[named[0]] = named[1]
    result.its.append((frame.start, frame.end, str(named[1])))  # (pinned to that picture: core)
    return ["visual"]


# one thing said to cover or crowd another (``_clashing``)
# (the one home of these verbs: the clause is skipped before ``_BESIDE``'s reading of a clause naming two things is reached)
_CLASHES = compile_led(r"\s(?:is|are|'s|keeps?)\s+(?:\w+\s+){0,2}?(?:clashing|overlapping|covering|blocking|hiding|crowding|fighting|bumping|running|colliding)\b"
                       r"|\b(?:clashes|overlaps|covers|blocks|hides|crowds|fights|collides|bumps\s+into|runs\s+into)\b|挡住|盖住|压住|遮住|重叠|冲突|撞")


def _clashing(frame: Frame) -> bool:
    """Two things and no verb of change, the first said to cover or crowd the second."""
    return not frame.ops and len(frame.targets) == 2 and not frame.negated and bool(_CLASHES.search(
        frame.text, frame.targets[0].end - frame.start, frame.targets[1].start - frame.start))


def _skipped(frame: Frame, result: FrameResult) -> bool:
    """A clause read as nothing to do: what the person said not to do, or talk about the video alone."""
    if frame.negated:  # neither the frames nor the phrase rules make what the person said not to do
        result.spans.append((frame.start, frame.end))
        result.context.append((frame.start, frame.end))
        return True
    if not frame.ops and not frame.values and set(frame.target_keys()) <= {"video"}:
        result.chatter.append((frame.start, frame.end))  # "the user is reusing this video for a promo"
        return True
    if not frame.ops and frame.targets and _ALREADY_DOES.match(frame.text, frame.targets[0].end - frame.start):
        # "…, the voiceover already says the product names": what a thing does already is why, not a wish (set EV ev035)
        result.chatter.append((frame.start, frame.end))
        return True
    return False


# what it does already: why, not a wish (``_skipped``)
# (a verb of doing only: "the music already sounds too loud" stays a complaint)
_ALREADY_DOES = compile_led(r"\s+(?:already|clearly|basically)\s+(?:says|said|covers|mentions|explains|talks|reads|shows|names|tells"
                            r"|does|has|gives|introduces|lists)\b"
                            # ("…, the product names are already in the voiceover": where they are already; set FC fc032)
                            r"|\s+(?:is|are)\s+already\s+(?:in|on|said\s+in|mentioned\s+in|covered\s+(?:in|by)|shown\s+(?:in|on))\s+(?:the\s+)?")


def _resolved_targets(frame: Frame, msg: Message, before: _Before) -> list[str]:
    """The targets the clause is about: its target words, less those that only qualify another ("the sound of the
    clip"), plus those its values name ("fit", a picture's number)."""
    targets = frame.target_keys()
    if ("ref" in frame.values or "file" in frame.values) and "visual" not in targets:
        targets.append("visual")
    if (targets == ["visual"] and not frame.target_keys() and "quote" in frame.values and "ref" in frame.values
            and not frame.op_keys() - GENERIC_OPS and ("captions" in before.targets
                                                       or (_SAYS.search(frame.text) and set(frame.values) == {"ref", "quote"}))):
        # 'caption image 2 "X" and image 3 "Y"', "第三张写“Y”": the next picture's caption; "the ring one should say
        # '18K Gold'": the words a picture says, and nothing more, are its caption's (set CD cd091 was not read; "the last
        # slide to read 'X' for 4 seconds" may be an end card: left unread)
        targets = ["captions"]
    for value, target in (("fit", "fit"), ("still", "motion")):  # values that name their own target
        if value in frame.values and target not in targets and not (
                # ("logo保持右上角不动": the logo stays where it is; its 不动 is no still pictures: set AY ay269 stopped the zoom)
                value == "still" and (set(targets) - {"visual", "video", "motion"} or _kept_in_place(frame, targets))):
            targets.append(target)
    if "length" in targets and {"transitions", "title", "endcard"} & set(targets):
        targets = [t for t in targets if t != "length"]  # "转场时长1秒": the transitions' length
    if "length" in targets and "visual" in targets and frame.values.keys() & {"ref", "file", "each"}:
        targets = [t for t in targets if t != "length"]  # "金戒指那张的时长改成7秒", "the ring photo's length": its own
    if "text_some" in targets and {"title", "captions"} & set(targets):
        targets = [t for t in targets if t != "text_some"]  # "标题字体大一点": the title's lettering
    elif targets == ["text_some"] and _LETTERING.fullmatch(_said(frame, "text_some")) and \
            {"title", "captions"} & set(before.targets):
        # "标题改成红色的，字再大一些": the lettering of the text just named, not every text
        targets = [t for t in before.targets if t in ("title", "captions")]
    elif targets == ["text_some"] and before.targets == ["title"] and "quote" in frame.values \
            and _TEXT_WORDS.fullmatch(_said(frame, "text_some")) and not frame.op_keys() - GENERIC_OPS:
        # "title in the Chinese font, text '新品首发'": the words of the title just named (set BK bk295 set the font and
        # left the text unread)
        targets = ["title"]
    targets = _sound_targets(frame, targets)
    if len(targets) > 1:
        targets = _unqualified(frame, targets)
    if "logo" in targets and "motion" in targets and any(
            "motion" in m.keys and _ANIMATION.fullmatch(frame.text, m.start - frame.start, m.end - frame.start)
            and not _JOINT.search(frame.text, 0, m.start - frame.start) for m in frame.targets):
        # "logo要有弹跳进场的动画": the logo's own animation (which no edit makes: said not understood), never the pictures'
        # zoom; the next clause's "it" is the logo (set BR br254 was not understood at all)
        targets = [t for t in targets if t != "motion"]
    if len(targets) > 1:
        # "logo要等标题出完再出现，从第3秒开始", "logo等标题结束再出现": the thing after 等 / until is a time reference,
        # never what is changed (set BN bn264 moved the title to 3-6 s)
        timed = {k for m in frame.targets for k in m.keys
                 if _TIME_REFERENCE.search(frame.text[max(0, m.start - frame.start - 12):m.start - frame.start])}
        targets = [t for t in targets if t not in timed] or targets
    if (targets == ["length"] and "dur" in frame.values and not frame.op_keys() - GENERIC_OPS
            and before.span is not None and {"transitions", "title"} & set(before.targets)
            and not frame.text[:8].strip().startswith(("video", "视频", "整个"))
            and not _next_step(msg, before.span[1], frame.start)
            and not STRONG.search(msg.low[before.span[1]:frame.start])):
        # "转场改成溶解，时长0.8秒": the length said right after the transitions (or the title) is theirs; not after a
        # sentence's end ("标题红色；时长15秒"), nor a length no title or transition has ("标题改成X，时长20秒": the
        # video's; set AA zl08/zl17 showed the title for the whole video)
        said = frame.values.get("dur")
        ms = said if isinstance(said, int) else 0
        targets = [t for t in before.targets if t in ("transitions", "title") and ms <= _THEIR_LONGEST[t]] or targets
    return targets


# the longest a title shows, or a transition lasts, said as a bare "length" after it: a longer one is the video's
_THEIR_LONGEST = {"title": 10_000, "transitions": 5_000}  # (edits.transitions refuses a longer transition)


_ANIMATION = compile_led(r"动画(?:效果)?|动效|animations?")
_JOINT = compile_led(r"[和与跟及、,，&]|\band\b|\bor\b|\bplus\b")  # ("去掉logo和动画": two things, each read)


# the targets that are one sound each (music, voiceover, a clip's own sound)
_SOUND_TRACKS = frozenset({"music", "voice", "clip_sound"})


def _sound_targets(frame: Frame, targets: list[str]) -> list[str]:
    """Which sound a clause naming several means."""
    need = {"quieter_need", "louder_need"} & frame.op_keys()
    sounds = [t for t in frame.targets if _SOUND_TRACKS & t.keys]
    if need and len(sounds) > 1:
        # "the music is drowning out the voice": the sound before the words is the one they are about
        first_op = min(o.start for o in frame.ops)
        others = {k for t in sounds if t.start > first_op for k in t.keys}
        if any(t.start < first_op for t in sounds):
            targets = [t for t in targets if t not in others]
    if "duck" in targets:  # "去掉背景音乐的闪避": the music's ducking, not the music
        targets = [t for t in targets if t not in ("music", "voice")]
    if "all_sound" in targets and "visual" in targets and _CLIP_NOUN.fullmatch(_plain(frame.visual_noun())):
        # "the clip's own audio", "视频片段的声音": the clip's sound, not every sound
        targets = [t for t in targets if t not in ("all_sound", "visual")] + ["clip_sound"]
    return targets


def _unqualified(frame: Frame, targets: list[str]) -> list[str]:
    """"the sound of the clip", "all text on the video": the clip and the video only qualify the other target."""
    # a picture named beside the captions or the title says whose ("the captions on image 3")
    named = bool({"ref", "file"} & set(frame.values))
    # ("the zoom effect on the first picture" is the picture's motion, not a picture to remove)
    qualifiers = ["video"] + (["visual"] if not named or {"captions", "title", "text_some", "text_all",
                                                           "clip_sound", "motion", "transitions"} & set(targets)
                              else [])
    if _SOUND_TRACKS & set(targets):
        qualifiers.append("all_sound")  # "音乐声音小一点": the music's sound
    if "visual" in qualifiers and _listed_with(frame, "visual"):
        # "mute the clip and the voice": two things of one wish, joined by "and", never "the clip's voice" (the clip was
        # dropped without a word; set EW ew074)
        qualifiers.remove("visual")
    targets = list(targets)
    for q in qualifiers:
        if len(targets) > 1 and q in targets:
            targets.remove(q)
    return targets


_LIST_JOINT = compile_led(r"\s*(?:,\s*)?(?:and|&|plus|和|跟|与|及|、|,|，)\s*(?:the\s+|my\s+|our\s+|its\s+)?")


def _listed_with(frame: Frame, key: str) -> bool:
    """Whether a mention of ``key`` and a mention of another target stand side by side, joined only by a list's word."""
    ms = sorted(frame.targets, key=lambda m: m.start)
    return any((key in a.keys) != (key in b.keys) and _LIST_JOINT.fullmatch(frame.text, a.end - frame.start, b.start - frame.start)
               for a, b in zip(ms, ms[1:], strict=False))


def _operations(frame: Frame) -> set[str]:
    """The clause's operations: the specific ones over the generic ("make"), a complaint read as its remedy."""
    ops = frame.op_keys() - GENERIC_OPS or frame.op_keys() or {"implied"}
    if ops & LENGTH_NEED and ops & {"shorten", "lengthen"}:
        ops = ops - LENGTH_NEED  # "太长没人看完，整体再短5秒": the explicit "5 s shorter" is the request, not "5 s long"
    if ops & LENGTH_NEED:  # "the title is too short, 5 seconds please": that length; alone, shorter or longer
        ops = (ops - LENGTH_NEED) | ({"set"} if "dur" in frame.values else
                                     {"shorten"} if "shorten_need" in ops else {"lengthen"})
    return ops


def _borrowed(frame: Frame, targets: list[str], before: _Before,
              result: FrameResult) -> tuple[list[str], bool] | None:
    """The targets of a clause that names none, taken from the clauses before ("make it louder" after naming the
    narration), and whether they were: (targets, inherited). None when the clause is done with here."""
    if targets:
        return targets, False
    if (other := _OTHER_ONE.search(frame.text)) and not frame.values.keys() & {"ref", "file"}:
        # "lower the clip and mute the other one": never the thing the clause before named (that clip was muted; wave 31 B
        # row 4); which other thing is not said: asked, or reported not understood beside the rest
        result.unclear.append(other.group(0))
        result.unclear_clauses.append((frame.start, frame.end))
        result.spans.append((frame.start, frame.end))
        return None
    if "animate" in frame.op_keys() and before.targets and set(before.targets) <= _SOUNDS \
            and not frame.values.keys() & {"ref", "file"}:
        # "make the music louder and remove its exit animation": a sound has no entrance or exit; the clause is said not
        # understood, never the sound removed (it removed the music: a wrong edit, session 33's note); the phrase rules
        # still read it ("音乐小一点，结尾也加个淡出" is the whole video's fade)
        result.unclear_clauses.append((frame.start, frame.end))
        return None
    if before.topic is not None and ("dur" in frame.values or frame.op_keys() & _TOPIC_OPS) \
            and _IT_ONE.search(frame.text) and not frame.values.keys() & {"ref", "file"}:
        # "the backpack photo - move it to the end and make it 3 seconds", "mute the clip, and make it shorter too": a
        # thing talked of as "it" (or "too") keeps being "it", never the video (sets AS as35/as226 made the video 3 s)
        frame.values.setdefault(before.topic[0], before.topic[1])
        result.its.append((frame.start, frame.end, str(before.topic[1])))
        return ["visual"], True
    if before.ref is not None and frame.op_keys() & _CLIP_OPS and _IT_ONE.search(frame.text) \
            and not frame.values.keys() & {"ref", "file"} and not _MANY.fullmatch(str(before.ref[1])):
        # "unboxing video first, and speed it up 2x": the one clip (or picture) the clause before named is what is sped
        # up or muted (set BC bc038 asked which); a length stays the video's ("put the watch first and make it 20 s")
        frame.values.setdefault(before.ref[0], before.ref[1])
        result.its.append((frame.start, frame.end, str(before.ref[1])))
        return ["visual"], True
    if before.unread_ref is not None and ("dur" in frame.values or frame.op_keys() & {"lengthen", "shorten"}) \
            and not (_SINGULAR_IT.search(frame.text) and _MANY.fullmatch(str(before.unread_ref))) and (
            _IT.search(frame.text) or (_CJK_CHAR.search(frame.text) and not frame.values.keys() & {"ref", "file"})
            or (before.vague and not frame.values.keys() & {"ref", "file"})):  # "…the red one shorter? Like 3 s"
        # (Chinese leaves "it" out: "第一张图片显示时间太短，希望改成8秒")
        # "the opening picture needs more time, make it 7 seconds": "it" is that picture, not the video
        frame.values.setdefault("ref", before.unread_ref)
        result.its.append((frame.start, frame.end, str(frame.values["ref"])))
        return ["visual"], True
    if (not before.named and before.targets and "visual" not in before.targets
            and _PICTURE_POINTER.search(frame.text) and not frame.values.keys() & {"ref", "file"}):
        return None  # "标题改成夏日特卖，把耳机那张删掉": 那张 is a picture, never the title named before (left unread)
    if before.targets and _own_thing(frame):
        return None
    if before.targets and _KIT_SAID.match(frame.text) and not frame.values.keys() & {"ref", "file"}:
        # "make the title bold, brand colour red": the brand kit's part is the clause's own thing (its rule reads it),
        # never the title named before (the title was made red and no kit set)
        return None
    ba = _BA_NAMED.search(frame.text)
    if before.targets and ba and ba.group(1) not in _SMALL and ba.group(1) not in _ATTRIBUTES \
            and not frame.values.keys() & {"ref", "file"}:
        # "标题改成“周末特惠”，再把包包P成黑色的" (read "把 backpack p成黑色的"): the clause's own thing, named by a word no
        # table knows as a target; never the title named before (its colour was set, a wrong edit: set BO bo061)
        return None
    if frame.op_keys() == {"add"} and ("quote" in frame.values or _AT_END.match(frame.text)) \
            and {"title", "captions"} & set(before.targets) and not _TOO.search(frame.text):
        # (unquoted at the end too: "字幕大一点，最后来个点赞关注" looked for a caption to add, set DN dn019)
        return None  # "标题改成“618狂欢”,最后加个“立即抢购”": a new thing added, never a second title (set AD ad228)  # "don't touch the music, just kill the supers": a thing of its own, never the music named before
    if not before.targets and not before.named and _pointless(frame):
        pointed = _POINTED.search(frame.text)
        result.unclear.append(pointed.group(0) if pointed else "它" if _CJK_CHAR.search(frame.text) else "it")
        result.unclear_clauses.append((frame.start, frame.end))
        result.spans.append((frame.start, frame.end))  # nor may the phrase rules guess ("make that one 5 s")
        before.pointer = result.unclear[-1] if pointed and frame.op_keys() <= LENGTH_NEED else ""
        return None
    if before.removed and _SOUND_TRACKS & set(before.targets) and not frame.values \
            and frame.op_keys() <= {"mute", "remove", "off"}:
        result.spans.append((frame.start, frame.end))  # "人声不要了，静音": the removal said again, not all sound muted
        return None
    if before.starts and {"video", "visual", "length"} & set(before.targets) and "dur" in frame.values \
            and (frame.op_keys() <= {"keep", "show_for"} or (frame.op_keys() == {"set"} and "for" in frame.values)) \
            and not frame.values.keys() & {"ref", "file", "each"}:
        # "the video should start 1 second in and last 4 seconds", "视频从第4秒开始，持续6秒": how long the part started
        # there lasts, which the trim's phrase rules read with its start, never the video's length (set BK bk161 set the
        # video to 4 s)
        return None
    # "make it louder" after naming the narration means the narration; "make it 15 seconds" is the video
    # ("…the title to X and make it appear at 1 second": a moment of the thing named, never a length; set BO bo092)
    plain_length = "dur" in frame.values and not (frame.op_keys() - GENERIC_OPS) and "for" not in frame.values \
        and "at" not in frame.values and not before.vague and not _HOLD.search(frame.text) \
        and not ("each" in frame.values or _THEM.search(frame.text))  # "标题多显示一会儿，6秒": the title's length, said after
    if plain_length and "visual" in before.targets and (dict.keys(frame.values) & {"first", "only"} or before.too_long
                                                         # ("trim the clip: start at 3s and keep 6 seconds": the clip's
                                                         # 6 s, never the video's; set AV av150 made the video 6 s)
                                                         or (before.cut and frame.op_keys() <= {"keep"})):
        # "把unboxing那段静音，只留最后3秒" (a part of it), "片段太长了，改成4秒" (the clip complained of): that clip's, or
        # asked, never the video's length (sets AO ao186, AP ap222)
        plain_length = False
    if plain_length and before.too_long and before.targets == ["transitions"]:
        # "转场太长了，改成0.3秒": the length said after the transitions complained of is theirs, never the video's (set CI
        # ci238 made the video 0.3 s long; "them" said in English was read so already)
        plain_length = False
    # ("use dissolve transitions and make them / each one 1 second long": theirs, never the video's; sets AC/AF ac013/af070)
    lettering = {"title", "captions"} & set(before.targets)  # "标题字太大了，小一点": the title's, not all text
    targets = ([t for t in before.targets if t != "fit" and not (t == "text_some" and lettering)]
               if not plain_length and not before.removed else []) or ["none"]
    if frame.op_keys() & {"lengthen", "shorten"} and "dur" not in frame.values and not _IT_ONE.search(frame.text) and (
            (set(targets) <= {"endcard", "wholefade"} and not _CARD_NOUN.search(before.noun))
            or (set(targets) <= {"title", "captions", "text_some", "logo"} and not before.timed)):
        # "片尾加上“X”，短一点", "结尾淡出，再短一点": shorter said bare after the ending added is the video (the card's or the
        # fade's length is said of them by name; it was said not understood: set DN dn002 dn022); so after a text's words,
        # look or place ("标题改成秋季上新，短一点" made the title's time shorter, "字幕小一点，再短些" was not understood; set
        # DR), where its time was not spoken of ("标题显示3秒，再长一点" stays the title's)
        targets = ["none"]
    if targets == ["visual"] and before.ref is None and _ONE_CLIP_NOUN.fullmatch(before.noun.strip()) \
            and (frame.op_keys() & _LOUDNESS_OPS or ("pct" in frame.values and _LEVEL_WORD.search(frame.text))) \
            and not frame.values.keys() & {"ref", "file"}:
        # "the video clip is too loud, lower it to 30%": that clip's sound, as the clause before said it (the 30 % was
        # left unread; set BH bh125)
        frame.values["ref"] = before.noun.strip()
        return ["clip_sound"], True
    noun = before.noun.strip()
    if before.ref is None and not frame.values.keys() & {"ref", "file"} and (
            (targets == ["visual"] and _ONE_CLIP_NOUN.fullmatch(noun)
             and (frame.op_keys() & _OWN_CLIP_OPS or (frame.op_keys() == {"cut"} and "dur" in frame.values)))
            or (set(targets) <= {"visual", "video", "length"} and "speed" in frame.op_keys() and _VIDEO_NOUN.fullmatch(noun))):
        # "视频片段只用前6秒，并且静音", "the clip runs long, and mute it": the sound of the clip the clause before named by its
        # noun, never every sound asked of (set CB cb224 asked which sound); "the clip is too loud and too long": that
        # clip's length complained of too (set CS cs077 dropped "too long" unsaid); "视频片段太长了，拖节奏，剪到5秒": the
        # length it is cut to is that clip's (set CS cs111 left it unread and cut a step instead); "把视频静音，再加速一点":
        # a speed after the video named is its clip's, as only a clip has one (it was left unread; set DI)
        frame.values["ref"] = noun
        return ["visual"], True
    if targets == ["none"] and frame.op_keys() & LENGTH_NEED and _complained_of_other(frame):
        # "the fade is too long", "it disappears too quickly": a length complained of, said of a thing no table knows
        # here; never the video's (both set its length), and not read at all (the clause is said not understood)
        result.hidden.append((frame.start, frame.end))
        return None
    return targets, targets != ["none"]


# the words a complaint of the video's own length is said with before it ("it's way too long", "honestly this feels
# long"): any other word before the complaint names what is too long, a thing no table knows
_VIDEO_COMPLAINT_WORDS = frozenset((
    "it", "it's", "its", "is", "was", "this", "that", "that's", "feels", "feel", "seems", "looks", "just", "still",
    "really", "honestly", "overall", "kinda", "kind", "of", "now", "way", "all", "a", "bit", "little", "so", "too",
    "much", "the", "video", "vid", "whole", "thing", "ad", "promo", "one", "i", "think", "hmm", "ok", "okay", "but",
    "and", "also", "um", "well", "yeah", "though", "currently", "right", "definitely", "maybe", "sorry", "lol", "tbh",
    "pretty", "quite", "rather", "somewhat", "s"))
_COMPLAINT_WORD = compile_led(r"[a-z]+(?:'[a-z]+)?")


def _complained_of_other(frame: Frame) -> bool:
    """A clause complaining of a length ("... too long", "... drags") whose words before the complaint name something
    other than the video: "the fade is too long" (the fade), "it disappears too quickly" (a text disappears)."""
    first = min((o.start for o in frame.ops if o.keys & LENGTH_NEED), default=None)
    if first is None:
        return False
    said = frame.text[:max(0, first - frame.start)]
    return _GONE_TOO_SOON.search(frame.text) is not None or any(w not in _VIDEO_COMPLAINT_WORDS for w in _COMPLAINT_WORD.findall(said))


# the sounds: they have no entrance or exit animation (``_borrowed``)
_SOUNDS = _SOUND_TRACKS | {"all_sound", "duck"}
_STARTS = compile_led(r"\b(?:start|starts|starting|begin|begins|beginning)\b|开始|起")
# a thing said to be another than the one named before ("the other one", "另一个"): never borrowed from the clause before
_OTHER_ONE = compile_led(r"\bthe\s+other\s+(?:one|1)\b|另\s*(?:外)?\s*(?:一|1)\s*(?:个|段|张)")
_ONE_CLIP_NOUN = compile_led(r"(?:the\s+|that\s+|this\s+)?(?:video\s+)?clip|(?:the\s+)?(?:footage|video\s+(?:part|bit|section|segment))"
                             r"|视频片段|片段|(?:这|那)段视频")
# ("the clip is too long and too loud": the loudness complained of is that clip's too; set CS cs077 left "too loud" unread)
# (a level set said with its word: "把视频片段放到最前面，音量调到70%" left the 70 % unread; set DJ dj088)
_LEVEL_WORD = compile_led(r"\b(?:volume|level|loudness)\b|音量|声音")
_VIDEO_NOUN = compile_led(r"(?:the\s+)?video|视频|原视频")
# (its speed too: only a clip has one, "视频片段静音，速度快一点" dropped it; set DI)
_OWN_CLIP_OPS = frozenset({"mute", "unmute", "speed"}) | LENGTH_NEED
_LOUDNESS_OPS = frozenset({"louder", "quieter", "increase", "decrease", "louder_need", "quieter_need"})


def _read(frame: Frame, targets: list[str], ops: set[str], rules: Rules) -> tuple[list[Reading], list[list[str]], list[str]]:
    """The readings of the clause, target by target, the targets with rival readings (a question), and the targets
    nothing read."""
    found: list[Reading] = []
    ambiguous: list[list[str]] = []
    unread: list[str] = []
    for t in targets:
        rs = readings(frame, t, ops, rules)
        if len(rs) == 1 or (len(rs) > 1 and _complementary(rs, frame, t, ops, rules)):
            found.extend(rs)  # "the title at the top for 5 seconds": a position and a timing
        elif len(rs) > 1:
            ambiguous.append([r.edit.kind for r in rs])
        else:
            unread.append(t)
    return found, ambiguous, unread


def _remember(frame: Frame, targets: list[str], found: list[Reading], ambiguous: list[list[str]], inherited: bool,
              before: _Before, result: FrameResult) -> None:
    """What this clause leaves for the next one to lean on."""
    # (a picture only complained of stays for the next clause's number: "第二张图太短，改成7秒")
    vague = bool(found) and all(getattr(r.args, "vague", False) for r in found)
    before.vague = vague
    if vague and frame.op_keys() & LENGTH_NEED:
        result.complaints.append((frame.start, frame.end))
    # (a picture swapped or removed by a phrase rule had something done with it: "swap the first
    # two and make it 20 seconds" is the video's length, set Q mix04 made both pictures 20 s long)
    before.unread_ref = (_thing_ref(frame) or _named_visual(frame)) \
        if "visual" in targets and (not found or vague) and not ambiguous and not frame.op_keys() & _DONE_TO \
        and not ("move" in frame.op_keys() and _PLACED.search(frame.text)) else None
    before.ref_span = (frame.start, frame.end) if before.unread_ref is not None else None
    before.named = before.named or bool(frame.values.keys() & {"ref", "file"})
    # (a picture or clip named by its name alone is named too: "把unboxing那段静音，只留最后3秒" keeps that clip's end, set
    # AO ao186 made the video 3 s)
    named_keys = frame.target_keys() + (["visual"] if frame.values.keys() & {"ref", "file"} and "visual" in targets
                                        and "visual" not in frame.target_keys() else [])
    before.topic = _topic(frame, targets, inherited, before)
    if not named_keys:
        return
    # (an animation asked and read by nothing is no "why" of the next clause: "give the watermark a spinning animation,
    # and make it smaller" dropped the animation without a word; wave 25 beside set BR br254)
    before.span = (frame.start, frame.end) if found or "animate" not in frame.op_keys() else None
    before.placed = _placed(frame) and not found and not ambiguous
    before.too_long = bool(frame.op_keys() & LENGTH_NEED)
    before.cut = "cut" in frame.op_keys()
    before.timed = bool(frame.values.keys() & {"dur", "at", "for"} or frame.op_keys() & ({"lengthen", "shorten", "show_for"} | LENGTH_NEED))
    before.starts = bool({"at", "dur"} <= frame.values.keys() and _STARTS.search(frame.text))
    # (a file added "as the first picture" is the thing, the place said after it where it goes: "请把戒指图添加为第一张图片，显示5
    # 秒" gave the picture that was first its 5 s; set CI ci250)
    # (a file moved to a place said by its number is the thing too: "把gold-ring.jpg放在第一张，显示5秒" gave the picture that
    # was first its 5 s, found by wave 32 fixer P)
    keys = ("file", "ref") if frame.op_keys() & {"add", "move"} else ("ref", "file")
    before.ref = next(((k, dict.get(frame.values, k)) for k in keys if dict.__contains__(frame.values, k)), None)
    if before.ref is not None and before.ref[0] == "ref" and _moved_to(frame):
        before.ref = ("ref", frame.visual_noun())  # (the thing moved, never the place it went to)
    before.noun = str(before.ref[1]) if before.ref else frame.visual_noun()
    before.thing = next(((m.start, m.end) for m in frame.used if m.keys & {"ref", "file"}),
                        next(((m.start, m.end) for m in frame.targets if "visual" in m.keys), before.thing))
    # what the clause was read as being about: "the narration is hard to hear over the music, make it
    # louder" (the narration), "the clip's own sound is distracting, mute it" (the clip's sound, not all)
    # (not the targets its values brought: "每张图片都不要动" is about the pictures, not their motion)
    before.targets = [t for t in targets if t in named_keys or t not in ("fit", "motion", "visual")] \
        if not inherited else named_keys
    if not inherited and not frame.ops and len(frame.targets) == 2 and _BESIDE.search(
            frame.text, frame.targets[0].end - frame.start, frame.targets[1].start - frame.start):
        # "the logo is too close to the title; move it to the top left": the thing said to be beside another is the
        # "it" (set BR br246 moved the title too)
        before.targets = [t for t in before.targets if t in frame.targets[0].keys] or before.targets
    if frame.visual_noun() in ("视频", "video") and not frame.values.keys() & {"ref", "file"}:
        # "视频太长了，剪到20秒就行": 视频 alone is the whole video
        before.targets = ["length" if t == "visual" else t for t in before.targets]
    # (not with a "set": "retitle it SUMMER DROP and keep it on for 4 seconds" sets the title, set Z tit12 made the video 4 s)
    before.removed = "remove" in frame.op_keys() and "set" not in frame.op_keys()
    if not inherited:
        before.captions_said, before.captions_at = (frame.text if "captions" in before.targets else ""), frame.start


# the edits that change no length: a length complained of is never their reason
_UNTIMED = frozenset({"mute", "volume", "duck", "text_style", "text_anim", "logo", "fit", "ken_burns", "transition"})


def _told_of(frame: Frame) -> tuple[Any, tuple[int, int], tuple[int, int], bool] | None:
    """A clause that names a picture or clip first and says nothing the frames know of it but, at most, a length
    complained of ("the unboxing clip hums", "开箱视频有杂音", "the unboxing clip is too long"): the name, the clause,
    the name's words and whether a length was complained of."""
    # (a length complained of tells of it too: "the unboxing clip is too long, trim it to 3 seconds" said the complaint not
    # understood; beside set CC cc214)
    if (frame.ops and not frame.op_keys() <= LENGTH_NEED) or frame.negated or len(frame.used) != 1 \
            or any(t.keys - {"visual"} for t in frame.targets):
        return None
    if _placed(frame):
        # ("unboxing first, and speed it up 2x": a place said of it is a move the phrase rules read, no telling; its name
        # was taken from them and the move dropped without a word, set CC cc196)
        return None
    m = frame.used[0]
    if not m.keys & {"ref", "file"} or leftover(frame.text[:m.start - frame.start], frame.start, []):
        return None
    return (dict.get(frame.values, "ref") or dict.get(frame.values, "file"), (frame.start, frame.end), (m.start, m.end),
            bool(frame.op_keys() & LENGTH_NEED))


# a place in the order, said in words no mention took ("unboxing.mp4 to the front", "the unboxing clip second")
_ORDER_PLACE = compile_led(r"\b(?:first|last|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|front|start|beginning|end|back"
                           r"|after|before|behind|ahead|position|place|spot|slot)\b|最前|最后|开头|结尾|前面|后面|第\s*\d+\s*(?:个|位)")


# "视频放第一个，去掉前两秒", "把视频挪到第二个，静音": the number after the verb of a move is where the thing named before it
# goes, never the next clause's thing (set CZ cz207 trimmed the picture that was first)
_PUT_AT = compile_led(r"(?:移|放|挪|排)(?:到|在)?\s*$")


def _moved_to(frame: Frame) -> bool:
    """Whether the clause moves a picture or clip it names by its noun to the place its "ref" says."""
    noun = next((t for t in frame.targets if "visual" in t.keys), None)
    ref = next((m for m in frame.used if "ref" in m.keys), None)
    if "move" not in frame.op_keys() or noun is None or ref is None or ref.start < noun.end:
        return False
    # (read with dict.get: looking is no reading of the value, ``Values``)
    return bool(_PUT_AT.search(frame.text, 0, ref.start - frame.start)) and bool(_ORDER_PLACE.search(str(dict.get(frame.values, "ref"))))


def _thing_ref(frame: Frame) -> Any:
    """The clause's "ref": the thing moved, never the place it went to (``_moved_to``)."""
    ref = frame.values.get("ref")
    return frame.visual_noun() if ref is not None and _moved_to(frame) else ref


def _placed(frame: Frame) -> bool:
    """Whether the clause says a place in the order in words none of its mentions took."""
    # (a clause without such words has none left: most clauses, looked at without the leftover's cost)
    return bool(_ORDER_PLACE.search(frame.text)) and bool(_ORDER_PLACE.search(
        leftover(frame.text, frame.start, [(m.start, m.end) for m in frame.targets + frame.ops + frame.used])))


def _topic(frame: Frame, targets: list[str], inherited: bool, before: _Before) -> tuple[str, Any] | None:
    """The picture or clip a clause talks of as "it" (named, then "it": "the backpack photo - move it to the end"), or
    the clip it names when the next clause says "too" of "it" ("mute the clip, and make it shorter too")."""
    ref = next(((k, dict.get(frame.values, k)) for k in ("ref", "file") if dict.__contains__(frame.values, k)), None)
    # (the "it" may be read as the name already: "the backpack photo - move the backpack photo to the end")
    if ref is not None and (_IT_ONE.search(frame.text) or frame.text.count(str(ref[1])) > 1) \
            and not _MANY.fullmatch(str(ref[1])):
        return ref
    if inherited and ref is not None and before.topic == ref:
        return ref  # ("…move it to the end, make it 3 seconds and mute it")
    if ref is not None and frame.op_keys() & _CLIP_OPS and not _MANY.fullmatch(str(ref[1])):
        # a clip named and sped up or muted is the "it" of the next clause ("开箱视频静音，然后把它放到最前面": set AZ
        # az248 asked which; a picture named so is refused by the edit, never another thing changed)
        return ref
    noun = frame.visual_noun()
    # ("mute the clips, then make it 20 seconds": the clips are no "it", the length is the video's; wave 19 notes had
    # looked for a clip named "clips")
    if ref is None and "visual" in targets + frame.target_keys() and _CLIP_NOUN.fullmatch(_plain(noun)) and (
            noun not in ("视频", "video") or "speed" in frame.op_keys()) \
            and not re.fullmatch(r"(?:video\s+)?clips|videos", _plain(noun)):
        # ("trim the clip to the first 6 seconds and mute it": the clip trimmed is the one muted; set AT at236)
        # ("视频加速到1.5倍，然后把它静音": only a clip has a speed, so 视频 is the clip; set AZ az247)
        # ("cut the clip down to 8 seconds and put it first": the clip shortened; set BW bw140 asked which)
        return ("ref", noun) if frame.op_keys() & (_CLIP_OPS | {"cut", "shorten", "lengthen"}) else None
    return None


# what a clip alone has done to it: the clip so named is the "it" after (``_topic``)
_CLIP_OPS = frozenset({"mute", "unmute", "speed"})
# what the next clause does to the "it" (a clip or picture talked of): its length, sound, speed or place
_TOPIC_OPS = frozenset({"lengthen", "shorten", "mute", "unmute", "speed", "move"})


def _left(frame: Frame, before: _Before, result: FrameResult) -> None:
    """A clause the frames do not fully read: left to the phrase rules, remembered when it said only an operation."""
    if "of" in frame.values:  # (the length and the thing it is said of: "a 2 second fade")
        dur = next((m for m in frame.used if "dur" in m.keys), None)
        if dur is not None:
            result.hidden.append((dur.start, max(b for _, b in frame.flags["of"])))
    if frame.ops and not frame.values and "animate" not in frame.op_keys() and not frame.op_keys() <= vocab.BEYOND_OPS and not (
            (frame.op_keys() == {"add"} or _CJK_CHAR.search(frame.text)) and not _only_small_words(frame, frame.targets + frame.ops)):
        # "再长一点，加5秒", "the video is too long, make it 20 seconds": said again with its value next ("加戒指，每张4秒":
        # an addition of a thing no table knows is a wish of its own, never the next clause's "add" said first; set BQ bq298
        # dropped the ring without a word; nor in Chinese, words of its own beside the operation: "片尾放个下期见，整体短些" took the
        # card's clause as the length said first and dropped it unsaid, set DR dr004) (an animation no edit read is no such thing either: "give the watermark a
        # spinning animation, and make it smaller" dropped it unsaid; nor a wish beyond the editor: "remove the background
        # noise and make it 20 seconds" dropped the noise unsaid, wave 30 lead row)
        before.op_only.append((frame.start, frame.end))
    if frame.op_keys() == {"keep"} and not frame.values:
        result.context.append((frame.start, frame.end))  # "..., keep the music": nothing to do
        # (nor for the phrase rules: "不要改动音乐" was read as "不要" the music, removed, set T mul10; a word
        # more is theirs: "keep the video minimal", "keep the headline up the entire time")
        if _only_small_words(frame, frame.targets + frame.ops):
            result.spans.append((frame.start, frame.end))


def _at_complaint(pos: int, before: _Before) -> bool:
    """Whether an intent read at ``pos`` was read from a complaint (of a sound or a text's lettering)."""
    return any(a <= pos < b for a, b in (*before.needs, *before.text_needs))


def _take(frame: Frame, found: list[Reading], before: _Before, result: FrameResult) -> None:
    """A clause read: its intents, and the words they used taken from the phrase rules."""
    if before.op_only and before.op_only[-1][1] <= frame.start and not frame.op_keys() & _DONE_TO - {"add"}:
        # (not by a removal or a move: "the video's kinda long, trim to 24 and drop the cap pic" left the trim unsaid, set
        # AW aw173)
        result.context.append(before.op_only.pop())  # "再长一点，加5秒": the bare "longer" is said again here
    # the words the frame read are taken; the rest of the clause stays for the phrase rules unless it is
    # only small words ("a little", "please")
    # the values a reading used are read; another value in the clause is left for the phrase rules and
    # the guard ("the title at the top in yellow" read as a position did not read the yellow)
    read_keys = {k for r in found for k in r.read}
    used = frame.targets + frame.ops + [m for m in frame.used if m.keys & read_keys]
    flags = [span for r in found for k in r.read for span in frame.flags.get(k, [])] + frame.attached
    if frame.object_span and any("object" in r.read for r in found):
        flags.append(frame.object_span)
    if _only_small_words(frame, used):
        result.spans.append((frame.start, frame.end))
    else:
        result.spans.extend([(m.start, m.end) for m in used] + flags)
    # (the title's or the captions' lettering complained of too: "the captions are hard to read, make them bigger and
    # white" made them bigger twice, set CK ck016)
    complaint = bool(frame.op_keys() & NEED_OPS or _TEXT_NEED.search(frame.text))
    if _TEXTS.intersection(frame.target_keys()) and complaint:
        before.text_needs.append((frame.start, frame.end))
        if _HARD_TO_READ.search(frame.text) and not _SIZE_SAID.search(frame.text):
            before.read_needs.append((frame.start, frame.end))
    if _REASON.match(frame.text):
        before.reasons.append((frame.start, frame.end))
    elif frame.op_keys() and frame.op_keys() <= NEED_OPS and not _TEXTS.intersection(frame.target_keys()):
        # (a text's "太小" is its size, never a loudness the voice turned up answers: "字幕太小，配音声音再大一点" dropped the
        # captions' size as the voice's reason; set FE fe009)
        before.needs.append((frame.start, frame.end))
    for r in found:
        # an edit said again without its target, right after it was said of one ("slow motion on clip.mp4, half
        # speed"): that one's, its values the later ones (the args class says when; set BD bd163)
        after = getattr(r.args, "after", None)
        joined = after(result.intents[-1].args) if after and result.intents and result.intents[-1].kind == r.edit.kind else None
        if joined is not None:
            # (at the words that ask it when the first was a complaint, as an edit said twice below: "the captions are
            # hard to read. Please make them larger and bold" kept "larger" at the complaint, which gave way to the bold;
            # set FV fv002)
            # (a complaint said again stays where the first was: "captions are a bit small and hard to read")
            pos = result.intents[-1].pos
            result.intents[-1] = Intent(r.edit.kind, frame.start if _at_complaint(pos, before) and not complaint else pos, joined)
            continue
        key = (r.edit.kind, repr(r.args))
        if key in before.seen:  # "hard to hear, make it louder" is one edit, said twice
            # (asked in so many words after the complaint, it is asked: "配音听不清，把旁白声音调大一点，背景音乐调到20%" dropped
            # the voice as the reason for the music, set AA wx06). Found by its place, not by comparing every intent's
            # repr: a 4000-character message says the same edits a hundred times (+8 ms).
            k = before.seen[key]
            said = result.intents[k]
            # (a text's lettering complained of too: "the captions are hard to read, make them bold and bigger" kept the
            # step at the complaint, and the complaint then gave way to the bold: "bigger" was dropped without a word)
            if _at_complaint(said.pos, before):
                result.intents[k] = Intent(said.kind, frame.start, said.args)
            continue
        before.seen[key] = len(result.intents)
        result.intents.append(Intent(r.edit.kind, frame.start, r.args))


_PICTURE_POINTER = compile_led(r"这张|那张|这幅|那幅")
# a picture pointed at: "that picture", "this photo", "把这张换掉" (sets AI ai255/ai256 were "not understood", with guesses)
_THIS_PICTURE = compile_led(r"\b(?:that|this)\s+(?:picture|photo|image|pic|shot|slide)\b"
                           r"|(?:^|(?<=[把将给让\s,，]))(?:这张|那张|这幅|那幅)(?:图片|照片|图)?")


# "replace the picture", "make the photo longer": one picture of several, moved, replaced or made longer or shorter, with
# none named (not understood; dev set DQ dq212). "remove the picture" asks so when it is applied; "make the pictures fill
# the frame" is every picture's
_THE_PICTURE = compile_led(r"\bthe\s+(?:picture|photo|image|pic|shot|slide)\b")
_ONE_PICTURE_OPS = frozenset({"reorder", "lengthen", "shorten"})


def _which_picture(frame: Frame, targets: list[str], before: _Before) -> bool:
    """Whether the clause points at a picture ("that picture", "replace the picture") with none named, here or before."""
    return (targets in ([], ["visual"]) and not frame.values.keys() & {"ref", "file"} and not before.named
            and not before.targets and before.unread_ref is None and (_THIS_PICTURE.search(frame.text) is not None or (
                _THE_PICTURE.search(frame.text) is not None and bool(frame.op_keys() & _ONE_PICTURE_OPS)
                and not frame.values)))
# "switch the last two, then make it 25s": "it" is one thing, never the two pictures just named (the video then)
_SINGULAR_IT = compile_led(r"\bit\b")
_IT_ONE = compile_led(r"\bit\b|它(?!们)")
_MANY = compile_led(REF_MANY)
# (a picture added had something done with it too: "add the ring photo and make it 25 seconds" is the video's length; set
# AN an184 made the new picture 25 s long; a cut-out asked of it, which no edit makes, too: wave 29)
_DONE_TO = frozenset({"reorder", "remove", "add", "cutout"})
# a picture put in a place had something done with it: "put the watch first and cut it to 20 seconds" is the video's length
# (set AJ aj137 made the watch 20 s long); "放长一点" is no place
_PLACED = compile_led(r"(?:\b(?:first|last|in\s+front|(?:to|at)\s+the\s+(?:end|front|start|beginning|back))"
                     r"|(?:放|移|挪)(?:到|在)?\s*(?:最前面?|最后面?|开头|结尾|第\s*[一二三四五1-9]\s*(?:张|个|位)?))\W*$")  # what a clause did with a picture it names ("放长一点" is a move too)
# "title at the top and hold it 4 seconds", "closer should hold for 9 seconds": how long a thing shown stays, never the
# video's length (set N mix03/pic06 made the video 4 s and 9 s long)
HOLD = compile_led(r"\b(?:hold|holds|held|holding|linger|lingers|stay|stays|remain|remains)\b")
_HOLD = HOLD
_LETTERING = compile_led(r"字|字体|字号|文字")
# a picture said to say a quoted text: "the ring one should say '18K Gold'", "金戒指那张写着“18K金”"
_SAYS = compile_led(r"(?:\b(?:say|says|saying|read|reads|reading)|写着|写成|写上|写)\s*[:：]?\s*\ue000")
_TEXT_WORDS = compile_led(r"text|wording|words|文字|文案")


# a move negated, said of a place, the rest or "it" ("位置别动", "前面的都别动", "make it yellow. Don't move it."): the thing
# stays where it is; the pictures' zoom is stopped when they are named or nothing is ("图片不要动", "啲相唔好郁", "don't
# move"; set FK fk024 fk047 fk088 turned it off)
_MOVE_NEGATED = compile_led(r"(?:don'?t|do\s+not|not|never)\s+move|别动|不要动|不动")
_KEPT_THING = compile_led(r"位置|前面|后面|其他|其余|其它|别的|剩下|它|\b(?:it|that|this|them|the\s+rest|everything|position|place)\b")


def _kept_in_place(frame: Frame, targets: list[str]) -> bool:
    """The frame's still pictures are a move negated, said of a place, the rest or "it"."""
    still = next((m for m in frame.used if "still" in m.keys), None)
    if targets or still is None:
        return False
    a, b = still.start - frame.start, still.end - frame.start
    return bool(_MOVE_NEGATED.fullmatch(frame.text[a:b])) and bool(_KEPT_THING.search(frame.text[:a] + " " + frame.text[b:]))


def _said(frame: Frame, key: str) -> str:
    """The words of the frame's first mention of target ``key``."""
    return next((frame.text[t.start - frame.start:t.end - frame.start] for t in frame.targets if key in t.keys), "")


_REASON = compile_led(r"\s*(?:because|since|as|given\s+that|due\s+to|因为|由于|既然)\b")
NEED_OPS = frozenset({"louder_need", "quieter_need"})


def _asked(result: FrameResult, reasons: list[tuple[int, int]]) -> list[Intent]:
    """"because the voice is hard to hear, lower the music": a reason or a complaint said beside an edit asked
    in so many words is why, not a second edit (the voice was raised too). Alone, a complaint is the request."""
    said = [i for i in result.intents if not any(a <= i.pos < b for a, b in reasons)]
    if not said or len(said) == len(result.intents):
        return result.intents
    result.context.extend(reasons)
    return said


def _unanswered(span: tuple[int, int], intents: list[Intent], asked: list[Intent], low: str,
                clauses: list[tuple[int, int]]) -> bool:
    """A loudness complaint that none of the sounds asked for answers: another sound turned the same way ("music up, the
    voice is a bit quiet"), or one said as one more, in the complaint or in the wish ("turn the voiceover up, the music is
    a bit loud too", "the voiceover's a little quiet, and the music could come down a touch too"). Anything else (the same
    sound, a mute, "the sound") is taken as its answer."""
    said = [i for i in intents if span[0] <= i.pos < span[1] and i.kind == "volume"]
    more = _ONE_MORE.search(low, *span) or any(_ONE_MORE.search(low, a, b) for e in asked for a, b in clauses if a <= e.pos < b)
    if said and more and not any(e.kind == "volume" and e.args.target == n.args.target
                                                          for e in asked for n in said):
        return True
    def answers(e: Intent, n: Intent) -> bool:
        pair = {e.args.target, n.args.target}
        if e.kind != "volume" or pair & {"any", "all"} or len(pair) == 1 or pair <= {"ref", "clips"}:
            return True  # (one clip's sound and the clips' sound are the same sound to the person)
        return bool(e.args.rel != n.args.rel or e.args.value is not None or e.args.by is not None)
    return bool(said) and all(n.args.rel is not None and not answers(e, n) for n in said for e in asked)


# a complaint said as one more wish: "the music is a bit loud too", "the music is also too loud", "音乐也有点吵"
_ONE_MORE = compile_led(r"\b(?:too|as\s+well)\s*[.!]?\s*$|\balso\b|也")


# "hard to read" says no size: beside a look asked of the same text ("the captions are hard to read, make them bold and
# white") the look is the answer, never a size more (set FE fe053 made them bigger too)
_HARD_TO_READ = compile_led(r"\bhard\s+to\s+read\b|\bnot\s+readable\b|\bunreadable\b|\billegible\b|看不清")
_SIZE_SAID = compile_led(r"\b(?:small|tiny|big|large|huge|bigger|larger|smaller)\b|小|大")
_TEXT_NEED = compile_led(r"\btoo\s+(?:small|tiny|big|large|huge)\b|\bhard\s+to\s+read\b|\bnot\s+readable\b|\bunreadable\b|太小|太大|看不清")


_TEXTS = frozenset({"text_some", "title", "captions"})


def _specific_text(intents: list[Intent], needs: list[tuple[int, int]],
                   read_needs: list[tuple[int, int]]) -> list[Intent]:
    """"字太小了看不清，字幕大一点": the text named is the one complained of; the lettering said first asks nothing more (set
    AW aw002 made every text bigger, then the captions again). A text's own size complained of beside the same size asked
    of it is one wish: "the captions are hard to read, make them bigger and white" (set CK ck016 made them two sizes bigger)."""
    def step_only(i: Intent) -> bool:
        a = i.args
        return i.kind == "text_style" and bool(a.step) and not (a.color or a.size or a.font or a.bold is not None
                                                                or a.align or a.pos or a.nudge)

    def complained(i: Intent) -> bool:
        return any(a <= i.pos < b for a, b in needs)

    def asked(i: Intent, j: Intent) -> bool:  # j asks the size i complains of, in so many words
        return (j is not i and j.kind == "text_style" and bool(j.args.step) and not complained(j)
                and j.args.target == i.args.target and (j.args.step > 0) == (i.args.step > 0))
    def looked(i: Intent, j: Intent) -> bool:  # j asks another look of the text i finds hard to read
        return (j is not i and j.kind == "text_style" and not complained(j) and j.args.target == i.args.target
                and any(a <= i.pos < b for a, b in read_needs))
    named = [i for i in intents if step_only(i) and i.args.target in ("title", "captions")]
    return [i for i in intents if not (step_only(i) and complained(i) and (
        (i.args.target == "all" and any((j.args.step > 0) == (i.args.step > 0) for j in named))
        or any(asked(i, j) or looked(i, j) for j in intents)))]


def _specific_sound(intents: list[Intent]) -> list[Intent]:
    """"声音太小了，听不清旁白": the sound said is the one meant; "the sound" said before it asks nothing more."""
    said = {(i.args.rel, i.args.target) for i in intents if i.kind == "volume" and i.args.target != "any"}
    return [i for i in intents if not (i.kind == "volume" and i.args.target == "any" and i.args.value is None
                                       and any(rel == i.args.rel for rel, _ in said))]


# an animation and a finer one of the same kind ("typewriter" letter by letter, "word by word" its finer form)
_FINER_ANIM = {"typewriter": "typewriter_word"}


def _specific_anim(intents: list[Intent]) -> list[Intent]:
    """"Make the captions appear word by word, typewriter style": the style said again after a comma is the same wish;
    the finer form said is the one meant (set BL bl106 typed the captions word by word, then letter by letter)."""
    def key(i: Intent) -> tuple[Any, ...]:
        a = i.args
        return (a.target, a.when, getattr(a, "nth", None), getattr(a, "of", None))
    finer = {(key(i), i.args.anim) for i in intents if i.kind == "text_anim"}
    return [i for i in intents if not (i.kind == "text_anim" and i.args.anim in _FINER_ANIM
                                       and (key(i), _FINER_ANIM[i.args.anim]) in finer)]
