"""Vocabulary tables: the words (English and Chinese) that name targets, operations and values.

Data only, read by ``frames`` (the frame reader) and ``text`` (filler and typo handling). An English
entry is a word or phrase; its inflections are added when the table is compiled ("remove" also reads
"removes", "removed", "removing"), and a space matches any run of spaces. A Chinese entry is matched as
written. To teach the planner a new word, add a row here; to teach it a new edit, declare the edit in
``planner.edits`` with frames naming these keys.
"""

from __future__ import annotations

from ...draft.promo import PRESETS

# --- targets: what an edit changes ---------------------------------------------------------------------
TARGETS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # key: (English, Chinese)
    "length": (("length", "duration", "runtime", "run time", "total time", "total length", "overall length",
                "video length", "running time", "whole video", "whole thing", "entire video",
                "full video", "final video", "whole video", "entire video", "final video", "edit",
                "movie", "slideshow"),
               ("时长", "长度", "总长", "总时长", "视频长度", "片长", "视频时长", "整个视频", "整体时长", "总长度")),
    "video": (("video", "this video", "my video", "it all", "vid", "the vid"), ("这个视频",)),  # 视频 alone is also "clip"
    "title": (("title", "headline", "heading", "title text", "title card", "intro title", "opening title"),
              ("标题", "大标题", "片名")),
    "captions": (("captions", "caption", "subtitles", "subtitle", "text overlays", "text overlay", "overlays",
                  "overlay text", "on-screen text", "onscreen text", "labels", "text labels", "lower thirds",
                  "product names"),
                 ("字幕", "文案", "说明文字", "图片文字", "标签", "所有字幕", "所有的字幕", "全部字幕", "全部的字幕")),
    "text_all": (("every piece of text", "every bit of text", "all text", "all the text", "all of the text",
                  "all texts", "any text", "all words", "all the words", "all of the words", "all writing",
                  "all the writing", "everything written", "all on-screen text", "all the on-screen text",
                  "all text overlays", "every text", "all text elements", "all the text elements",
                  "text and captions", "title and captions", "words on screen", "text on screen", "on-screen words",
                  "writing on screen", "words on the screen", "text on the screen", "title and the captions",
                  "captions and the title", "captions and title", "title and the captions"),
                 ("所有的字", "所有字", "全部的字", "所有文字", "所有的文字", "全部文字", "全部的文字", "所有文本",
                  "所有的文本", "所有的文案", "全部文案", "屏幕上的字", "画面上的字", "屏幕上的文字", "字都", "字全部", "文字全部", "字全都", "字全", "文字全", "字统统", "文字全都", "文字都", "文字统统", "文字都", "标题和字幕", "字幕和标题", "所有字幕和标题")),
    "text_some": (("text", "text", "words", "words", "writing", "writing"), ("文字", "字")),
    "music": (("background music", "music", "bgm", "bg music", "soundtrack", "backing track", "song", "tune", "background track",
               "background audio", "beat"),
              ("背景音乐", "音乐", "配乐", "歌曲", "背景乐", "bgm", "歌")),
    "voice": (("voice over", "voice-over", "voiceover", "voice", "narration", "narrator", "speech", "vo",
               "commentary", "speaker", "talking", "person talking", "spoken audio"),
              ("旁白", "配音", "人声", "解说", "口播", "说话声", "讲解")),
    "clip_sound": (("clip sound", "clip audio", "clip's sound", "clip's audio", "original sound", "original audio",
                    "video sound", "video audio", "video's sound", "video's audio", "sound of the clip",
                    "audio of the clip", "sound of the video", "audio of the video",
                    # the clips' own sound said of them in the plural ("the sound from the videos", "the videos' own
                    # sound", "kill the sound on both videos": sets CH ch033, ch163, CE ce253 muted or lowered every sound,
                    # the music too); "the sound on the video" (singular) may be the whole video's: not listed
                    "videos sound", "videos audio", "videos own sound", "videos own audio", "clips own sound", "clips own audio",
                    "clips sound", "clips audio",
                    "sound of the videos", "audio of the videos", "sound of the clips", "audio of the clips",
                    "sound from the videos", "audio from the videos", "sound from the clips", "audio from the clips",
                    "sound on the videos", "audio on the videos", "sound on the clips", "audio on the clips",
                    "sound of both videos", "sound on both videos", "sound from both videos", "audio of both videos",
                    "audio on both videos", "sound of both clips", "sound on both clips", "audio of both clips",
                    "sound from the clip", "audio from the clip", "sound on the clip", "audio on the clip"),
                   ("视频原声", "原声", "视频声音", "视频的声音", "片段声音", "片段的声音")),
    "all_sound": (("all sound", "all the sound", "all audio", "all the audio", "everything audio", "sound",
                   "audio", "sound", "audio"),
                  ("所有声音", "全部声音", "所有的声音", "声音", "音频")),
    # the end card: read by the end card edit's phrase rules ("make the end card 5 seconds" is not the length)
    "endcard": (("end card", "outro", "outro card", "closing card", "call to action", "cta", "final card", "end screen",
                 "final screen", "closing screen", "end slide", "outro screen"),
                ("结尾卡片", "片尾", "片尾卡片")),
    "logo": (("logo", "watermark", "brand logo", "sticker", "picture in picture", "picture-in-picture"),
             ("标志", "水印", "贴纸", "画中画")),
    "transitions": (("transitions", "transition", "crossfades", "crossfade", "fades between", "zoom transition",
                     "zoom transitions"), ("转场", "过渡", "转场效果", "过渡效果", "切换效果")),
    "motion": (("ken burns", "kenburns", "ken-burns", "zoom effect", "zoom effects", "slow zoom", "camera motion",
                "camera movement", "pan and zoom", "zooming", "panning", "motion", "zoom", "zooms", "zoom in", "zoom-in"),
               ("缩放效果", "缩放", "推拉", "镜头运动", "运动效果", "动效", "动画效果", "动画")),
    "duck": (("ducking", "auto ducking", "auto-ducking", "duck", "dipping"),
             ("闪避", "自动闪避", "自动压低", "自动变小", "自动降低", "自动调低", "自动减弱")),
    "fps": (("frame rate", "framerate", "frames per second", "fps"), ("帧率", "帧速率")),
    "format": (("aspect ratio", "aspect", "orientation", "resolution", "format", "dimensions"),
               ("画面比例", "比例", "分辨率", "画幅", "尺寸")),
    "visual": (("video clip", "clip", "footage", "picture", "image", "photo", "pic", "slide", "shot", "still",
                "pictures", "images", "photos"),
               ("视频片段", "片段", "图片", "照片", "相片", "镜头", "素材", "视频")),
}

# --- operations ------------------------------------------------------------------------------------------
OPS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "remove": (("remove", "delete", "drop", "get rid of", "take out", "take off", "take away", "lose", "ditch",
                "erase", "clear", "strip", "cut out", "scrap", "kill", "eliminate", "throw out", "do without",
                "no more", "trash", "throw away", "leave out", "don't want", "do not want", "don't need",
                "do not need", "no need for", "without", "hide"),
               ("不要", "取消", "删除", "删掉", "去掉", "移除", "拿掉", "去除", "删了", "去了", "清除", "清空", "不要了", "都删", "删",
                "撤掉", "拿走", "干掉")),
    "set": (("set", "change", "make", "turn", "switch", "adjust", "update", "edit", "put", "go with", "go for", "do",
             "rename", "retitle", "play", "try"),
            ("改成", "改为", "设为", "设置为", "设成", "调到", "调成", "调为", "换成", "变成", "改到", "设置", "调整为",
             "调整到",
             # "换个颜色", "换一种字体": another one of (sets AC-AF ac204/ad221 were not read as a change at all)
             "换个", "换一个", "换1个", "换种", "换一种", "换1种", "改")),  # (改: "改一下标题", 一下 read as filler)
    "keep": (("keep", "hold", "leave", "stay", "should be", "needs to be", "must be", "keep only", "leave only"),
             ("保持", "保留", "控制在", "要", "只留", "只保留", "留着", "留下")),
    "increase": (("increase", "raise", "boost", "bump up", "crank up", "pump up", "higher", "amplify", "bigger", "larger",
                  "too small", "too tiny", "hard to read", "not readable", "unreadable"),
                 ("大一点", "大一些", "大点", "调大", "提高", "加大", "增大", "调高", "看不清", "看不清楚",
                  # "然后把它放大", "字幕变大": bigger (放 alone was read as "move": set AZ az044)
                  "放大", "变大")),
    "decrease": (("lower", "reduce", "decrease", "bring down", "tone down", "dial down", "smaller", "too big", "too large",
                  "too huge"),
                 ("小一点", "小一些", "小点", "调小", "降低", "减小", "调低", "压低", "低一点", "缩小", "变小")),
    # words that are about loudness whatever they refer to
    # (调大声 / 调小声: louder / quieter, never 调大 "bigger" and a 声 left over; set CI ci148)
    "louder": (("louder", "turn up", "more audible", "more volume", "loud enough"),
               ("响一点", "响一些", "大声", "放大声", "大声点", "调大声", "开大声")),
    "quieter": (("quieter", "softer", "less loud", "turn down", "quieten", "soften", "less volume"),
                ("轻一点", "小声", "小声点", "安静一点", "轻一些", "调小声", "关小声")),
    "louder_need": (("hard to hear", "difficult to hear", "can't hear", "barely hear", "hardly hear", "can barely hear",
                     "can hardly hear", "can't really hear", "struggle to hear", "not audible", "too faint", "too low", "cannot hear", "can not hear", "too quiet",
                     "too soft", "too low", "barely audible", "inaudible", "drowned out", "gets lost",
                     "not loud enough"),
                    # ("字幕太小，标题又太大": 太小 / 太大 without 了 are the same complaint; the clause had no operation of its
                    # own, and the title was made bigger with the captions: set CS cs123)
                    ("听不清", "听不见", "听不到", "太小声", "太小了", "太小", "声音太小", "太轻", "不够大")),
    "quieter_need": (("too loud", "too much", "overpowering", "drowns out", "drowning out", "way too loud",
                      "distracting", "annoying"),
                     ("太吵", "太大声", "太响", "太大了", "太大", "声音太大", "盖过", "压过")),
    "move": (("move", "put", "place", "position", "shift", "bring", "relocate"),
             ("移到", "放到", "放在", "挪到", "移动到", "移至", "放")),
    "show_for": (("show", "display", "show for", "display for", "on screen for", "onscreen for", "up for", "stay up for",
                  "stay for", "stays for", "visible for", "appear for", "last", "run for"),
                 ("显示", "停留", "持续", "展示", "出现")),
    # "captions off", "music off": a thing switched off (kept apart from "turn off", which mutes sound)
    "off": (("off", "switched off", "turned off", "disabled"), ("关",)),
    "mute": (("mute", "silence", "turn off", "switch off", "disable"), ("静音", "关掉", "关闭", "禁用")),
    "unmute": (("unmute", "turn back on", "bring back", "turn on", "switch on", "enable"), ("取消静音", "打开", "恢复", "开启", "启用")),
    "add": (("add", "include", "insert", "put in", "give it", "throw in"), ("添加", "加上", "加入", "加个", "加")),
    # operations only the phrase rules read; known here so that "remove the clip, then reverse the order" is two clauses
    # a length complained of: with a value it is that length, alone shorter or longer
    "shorten_need": (("too long", "way too long", "drags", "drags on", "too slow"), ("太长", "太长了", "有点长", "拖沓")),
    "lengthen_need": (("too short", "too quick", "way too short", "too brief", "too fast", "goes by too fast",
                       "flies by", "flashes by", "flashes past", "rushed"), ("太短", "太短了", "有点短", "一闪而过", "太快", "太快了")),
    "reorder": (("reverse", "swap", "exchange", "replace", "swap out", "move"), ("倒序", "反转", "倒过来", "交换", "互换", "对调", "调换", "替换")),
    # cutting part of a clip away: no frame rule reads it, the phrase rules for trims do
    "cut": (("cut", "trim", "chop", "crop", "snip"), ("剪掉", "裁掉", "剪去", "切掉", "截取", "剪到", "裁剪", "剪成", "截成", "截到")),
    # text entrances and exits ("make the title pop", "字幕逐字出现"): the text animation edit reads which
    "animate": (("animate", "pop", "pop in", "pops in", "pop up", "pops up", "slide up", "slides up", "slide down",
                 "slides down", "slide in",
                 "slides in", "typewriter", "type on", "type out", "letter by letter", "word by word", "fade in",
                 "fades in", "fading in", "fade it in", "animation", "no animation"),
                ("打字机", "逐字", "逐词", "弹出", "弹入", "上滑", "滑入", "滑进来", "滑进", "从下往上滑", "从下往上", "往上滑",
                 "从上往下", "从左往右", "一个字一个字", "打出来", "地打出来",
                 # "fade in" is one above: "标题用打字机效果，字幕淡入" is two wishes (set AI ai280 typed both)
                 "淡入",
                 # "淡出，2秒": the length said after it is the fade's, never the video's (it made the video 2 s long)
                 "淡出")),
    # words of a text's look read by the text style edit's phrase rules ("字幕加粗" is not "add captions")
    "restyle": (("bold", "bolder"), ("加粗", "粗体", "对齐")),
    "shorten": (("shorter", "shorten", "trim down", "cut down", "shave", "shave off", "knock off"), ("缩短", "减少", "剪短", "短一点", "短一些", "短些", "短点", "短很多", "短得多")),
    "lengthen": (("longer", "lengthen", "extend", "stretch"), ("延长", "加长", "增加", "长一点", "长一些", "长些", "长点", "长很多", "长得多")),
}

# --- references and places (refs.py): words added to the tables above, kept apart from them ----------------------
# (table, key, English, Chinese)
REF_WORDS: tuple[tuple[dict[str, tuple[tuple[str, ...], tuple[str, ...]]], str, tuple[str, ...], tuple[str, ...]], ...] = (
    # "每张图 3 秒": each picture, not the video
    (TARGETS, "visual", (), ("每张图", "每张图片", "每张照片", "每幅图", "每张", "每1张", "每1张图", "每1张图片", "每1张照片",
                             "每个画面", "每1幅图")),
    # "green-watch那张放6秒": shown for 6 s ("放到", "放在" stay a move)
    (OPS, "show_for", (), ("放",)),
    # "第2张和第4张图片都删除": "都删" must not leave the 除 of 删除 behind (除 alone is "except")
    (OPS, "remove", (), ("都删除", "都删掉", "都去掉", "都拿掉", "都移除")),
    # "把视频片段删了，只留图片": what stays is no second removal
    (OPS, "keep", (), ("只留", "留下", "只剩", "留着")),
)
for _table, _key, _en, _zh in REF_WORDS:
    _table[_key] = (_table[_key][0] + _en, _table[_key][1] + _zh)
# --- end of references and places


# --- values that carry their own target and operation ------------------------------------------------------
# (English, Chinese) -> (target, op, value)
# Words that hold a shorter word of the tables above but mean no edit: the reader takes them whole, so their
# characters start nothing ("关于字幕，我想改成白色" and "请关注字幕的颜色" read 关 as "off" and removed the captions;
# "音乐有点关系" muted the music).
NOT_EDIT_WORDS: tuple[str, ...] = ("关于", "关注", "关键", "关系", "关心", "有关", "相关", "无关", "加油", "更加", "参加",
                                   "放心",
                                   # "logo不要一直在": not all the time, never "remove" (set AW aw189 removed the logo)
                                   "不要一直", "别一直", "不用一直", "不要全程", "别全程", "不用全程", "不要总是", "别总是", "不要从头到尾",
                                   "别从头到尾",
                                   # "字幕出现时改成红色": when the captions show, never "show them for" (wave 13)
                                   "出现的时候", "显示的时候", "出来的时候")


FIT_CONTAIN: tuple[tuple[str, ...], tuple[str, ...]] = (("nothing gets cropped", "nothing is cropped", "nothing cropped", "nothing gets cut off",
                "nothing is cut off", "nothing cut off", "don't crop", "do not crop", "dont crop", "no cropping",
                "without cropping", "not cropped", "not be cropped", "no crop", "isn't cropped", "aren't cropped",
                "don't cut off", "do not cut off", "show the whole picture", "show the whole image",
                "show the full picture", "show the full image", "show the entire picture", "show whole pictures",
                "fit inside the frame", "fit in the frame", "fit the frame", "letterbox", "keep the whole picture",
                "whole picture visible", "entire picture visible", "no parts cut off", "fit to frame", "fit contain",
                "is cropped", "are cropped", "gets cropped", "get cropped", "be cropped", "being cropped",
                "is cut off", "are cut off", "gets cut off", "get cut off", "be cut off", "fit completely",
                "fit the frame completely", "fit entirely", "not crop", "never crop", "avoid cropping", "avoid crop", "prevent cropping",
                "without any cropping", "no crops"),
               ("不要裁掉", "别裁掉", "不要裁剪", "不裁剪", "不被裁剪", "不要被裁剪", "不要被裁切", "不被裁切", "别被裁", "别裁", "避免裁剪", "别裁剪", "不要裁切", "不被裁切", "完整显示", "留黑边", "保留黑边",
                "不要被裁掉", "不要切掉", "不要剪裁", "完整地显示"))
FIT_COVER: tuple[tuple[str, ...], tuple[str, ...]] = (("fill the frame", "fill the screen", "fill the whole frame", "no black bars", "without black bars",
              "crop to fill", "get rid of the black bars", "remove the black bars", "full screen", "fullscreen"),
             ("铺满", "填满", "铺满画面", "不要黑边", "去掉黑边", "全屏"))

STILL: tuple[tuple[str, ...], tuple[str, ...]] = (("keep the pictures still", "keep the images still", "keep the photos still", "static images",
          "static pictures", "static photos", "no movement", "no motion", "stop moving", "don't move",
          "do not move", "not move", "not moving", "never move", "no zooming", "no zoom", "no panning", "still pictures", "still images", "without movement"),
         ("不要动", "别动", "静止", "保持静止", "不动", "静态"))

POSITIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # the corners and the lower third (longer phrases win over "top" / "bottom")
    "top_left": (("top left", "top-left", "upper left", "top left corner", "upper left corner"), ("左上角", "左上方", "左上")),
    "top_right": (("top right", "top-right", "upper right", "top right corner", "upper right corner", "corner"),
                  ("右上角", "右上方", "右上", "角落")),
    "bottom_left": (("bottom left", "bottom-left", "lower left", "bottom left corner", "lower left corner"),
                    ("左下角", "左下方", "左下")),
    "bottom_right": (("bottom right", "bottom-right", "lower right", "bottom right corner", "lower right corner"),
                     ("右下角", "右下方", "右下")),
    "lower_third": (("lower third", "lower-third", "bottom third"), ("下三分之一",)),
    "top": (("top", "top", "upper part", "upper edge", "top edge", "up top", "upper"), ("顶部", "上方", "上面", "最上面", "顶端", "上边", "往上", "上移", "最上", "上头", "最上方")),
    "bottom": (("bottom", "bottom", "lower part", "bottom edge", "lower edge", "down low"), ("底部", "下方", "下面", "最下面", "底端", "下边", "最底下", "底下", "往下", "下移", "最下", "最下方")),
    "center": (("center", "centre", "middle", "middle", "centered", "centred"), ("中间", "居中", "中央", "正中间", "中心")),
}

# phrasal verbs split by their object: "take the title off" reads as "remove the title"
PHRASAL: dict[tuple[str, str], str] = {
    ("take", "off"): "remove", ("take", "out"): "remove", ("take", "away"): "remove", ("get", "out"): "remove",
    ("turn", "up"): "turn up", ("turn", "down"): "turn down", ("turn", "off"): "turn off", ("switch", "off"): "turn off",
    ("turn", "on"): "turn on", ("switch", "on"): "turn on", ("bring", "up"): "raise", ("bring", "down"): "lower",
    ("cut", "out"): "remove", ("leave", "out"): "remove", ("throw", "out"): "remove", ("bring", "back"): "bring back",
}

# who talks over the music, said plainly ("when the guy talks": set CD cd104), and the music wished level after its
# dipping was said ("…, keep it steady", "i want it to stay the same": sets CC cc090, CD cd104): the ducking's words below
_TALKER_EN = (r"(?:the\s+|a\s+|our\s+)?(?:voice\s*-?\s*over|voiceover|narration|narrator|voice|speaker|person|presenter|host|guy"
              r"|man|woman|girl|lady|someone|somebody|people|talking|speech|he|she)")
_LEVEL_WISH_EN = (r"(?:(?:so\s+|please\s+|just\s+|and\s+)*(?:(?:i|we)\s+(?:want|need|would\s+like|'d\s+like)\s+it\s+(?:to\s+)?"
                  r"|it\s+should\s+|(?:can|could)\s+it\s+|keep\s+it\s+|let\s+it\s+|leave\s+it\s+)(?:just\s+)?(?:stay|remain|be)?\s*"
                  r"(?:at\s+)?(?:the\s+same(?:\s+(?:level|volume))?|(?:one|a|a\s+single)\s+(?:steady\s+|constant\s+|even\s+|consistent\s+)?(?:level|volume)"
                  r"|steady|constant|level|even|flat|as\s+it\s+is)\b)")

# rewrites before reading: word orders the tables cannot see (regex over the lower-case text -> replacement)
# what is no picture or clip of the order: "the title should open the video" is no move of a picture
_NOT_ORDERED = (r"(?:the|a|an|this|that|it|title|headline|captions?|subtitles?|music|song|track|voice\w*|narration|sound|audio|logo|text|end|fade"
                r"|transitions?|zoom|intro|outro|card|sticker|watermark)")
# the whole video, said as what a picture opens: "the video", "the whole thing", "the entire promo"
_WHOLE_VIDEO = r"(?:the\s+|our\s+|this\s+)?(?:(?:whole|entire|full)\s+)?(?:video|promo|ad|slideshow|reel|thing)"
_NOT_ORDERED_ZH = r"(?:标题|字幕|文字|音乐|配乐|配音|旁白|声音|logo|水印|贴纸|转场|黑场|淡入|淡出|片尾|结尾卡片)"
# the people who watch: "people", "ppl", "viewers", "they", "you"
_VIEWERS = r"(?:people|ppl|viewers|folks|everyone|everybody|customers|buyers|they|you|we|the\s+viewers?|the\s+audience)"

REWRITES: tuple[tuple[str, str], ...] = (
    # "可以把视频放到最前面吗", "能把戒指挪到第二个吗": a 把 clause asked with 可以 / 能 … 吗 is the request itself, as
    # "can you put …" is (set CX cx252 was not read: "最前面吗" was no place, "可以把视频" no picture). Only a 把/将
    # clause, and never one said done (了吗 / 过吗: "把音乐关掉了吗" asks whether it was)
    (r"((?:^|(?<=[,，。;；]))\s*)(?:可以|可不可以|能不能|能否|能|是否可以)?\s*([把将][^,，。;；?？!！吗]{1,40}?)(?<![了过])\s*吗(?=\s*(?:[?？。!！,，;；]|$))",
     r"\1\2"),
    # (said without 吗: "可以把视频放到最前面" is the request too)
    (r"((?:^|(?<=[,，。;；]))\s*)(?:可以|是否可以|能否)\s*(?=[把将])", r"\1"),
    # "put the ring first maybe?": a hedge said after the wish ends its clause, as "maybe put the ring first" starts one;
    # the wish is the same (set CX cx184 was not read: "first maybe" was no place). Only at a clause's end: "maybe not",
    # "maybe the watch second" keep their words
    (r"(?<=[a-z0-9])\s*,?\s+(?:maybe|perhaps|possibly)(?=\s*(?:[?.!;]|$))", ""),
    # "裁剪为8秒", "裁成8秒", "剪为8秒", "修剪成8秒": the cut to a length said with another verb of cutting, the one
    # "剪到8秒" is (set CW cw116 "视频片段裁剪为8秒" was not read; "裁剪成8秒" set the whole video's length). Only before
    # a length: "裁剪为前5秒", "裁剪为从第1秒开始" are parts, read by their own rules
    (r"(?:裁剪|剪辑|修剪|剪切)\s*(?:为|成)(?=\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*秒)|(?:剪为|裁成|裁为)(?=\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*秒)", "剪到"),
    # --- references and places (refs.py): "move the last picture so it comes second" is a place, not a purpose
    (r"\bso\s+(?:that\s+)?(?:it|they|this\s+one|that\s+one)\s+(?:comes?|is|goes|sits|plays|ends\s+up|lands|shows?\s+up)\s+"
     r"(?=(?:right\s+|just\s+|directly\s+|immediately\s+)?(?:first|second|third|fourth|fifth|sixth|last|\d+(?:st|nd|rd|th)|after|before"
     r"|between|in\s+front|at\s+the\s+(?:start|end|beginning|front|back)|the\s+(?:first|second|third|fourth|fifth|last)))", "to "),
    # --- end of references and places
    # "trim the clip so it starts at 2 seconds" (before the purpose clause below is dropped)
    (r"\b(?:trim|cut|change|set)\s+((?:the\s+)?(?:video\s+)?clip(?:\s+\d+)?)\s+so\s+(?:that\s+)?it\s+(?:starts?|begins?)\s+(?:at|from)\s+",
     r"start \1 at "),
    # "标题和字幕都改成白色加粗": the colour, then the weight, of the same text
    (r"(标题和字幕|字幕和标题|标题|字幕|文字)\s*(都|全部)?\s*(改成|换成|变成|改为)\s*([\u4e00-\u9fff]{1,3}色)\s*(?:并且|并|而且|且|、|，)?\s*(?:再)?\s*加粗",
     r"\1\2\3\4，\1加粗"),
    # "把 gold-ring 放第一个": a place in the order, not a picture
    (r"(?:放|排|挪|移)(?:到|在)?\s*第\s*(\d+)\s*(?:个|位)(?:的?位置)?(?!\s*(?:图|照片|图片|视频|片段))", r"移到第\1个位置"),
    # "the ring should be the first thing people see", "make the watch the last thing viewers see": what is seen first (or
    # last) is the order's first (last) place (set CK ck030 was not read)
    (rf"(?:^|(?<=[,;.!?:]))\s*(?:make\s+)?((?:the\s+)?+(?!{_NOT_ORDERED}\b)[a-z0-9\-]+(?:\s+[a-z0-9\-]+){{0,2}}?)\s+(?:(?:should|must|needs\s+to|has\s+to)\s+be\s+|is\s+)?"
     rf"the\s+(?:very\s+)?(first|last)\s+(?:thing|image|picture|shot)\s+{_VIEWERS}\s+(?:will\s+|should\s+|gets?\s+to\s+)?(?:see|sees|notice|notices)\b",
     r"move \1 \2"),
    # an order's change said with what it is for: "swap the first two pictures so the backpack opens the video", "move the
    # watch up so it comes first": what should open (or close) the video is said too, and made sure of after the change
    # (set CK ck043 was not read: the "so …" was no purpose the purpose rule drops, nor a wish)
    (rf"(\b(?:swap|switch|move|put|reorder|rearrange|flip|bring|shift)\b[^.;!?]*?)\s*,?\s+so\s+(?:that\s+)?"
     rf"((?:the\s+)?+(?!{_NOT_ORDERED}\b)[a-z0-9][a-z0-9\-_.]*(?:\s+[a-z0-9\-]+){{0,2}}?)\s+"
     rf"(?:opens|leads|starts|begins|kicks\s+off|comes\s+first|is\s+first|is\s+the\s+first\s+(?:thing|image|picture|shot|one))"
     rf"(?:\s+{_WHOLE_VIDEO})?(?:\s+{_VIEWERS}\s+sees?)?(?=\s*(?:$|[,;.!?]))", r"\1, then move \2 first"),
    (rf"(\b(?:swap|switch|move|put|reorder|rearrange|flip|bring|shift)\b[^.;!?]*?)\s*,?\s+so\s+(?:that\s+)?"
     rf"((?:the\s+)?+(?!{_NOT_ORDERED}\b)[a-z0-9][a-z0-9\-_.]*(?:\s+[a-z0-9\-]+){{0,2}}?)\s+"
     rf"(?:ends|closes|finishes|wraps\s+up|comes\s+last|is\s+last|is\s+the\s+last\s+(?:thing|image|picture|shot|one))"
     rf"(?:\s+{_WHOLE_VIDEO})?(?:\s+{_VIEWERS}\s+sees?)?(?=\s*(?:$|[,;.!?]))", r"\1, then move \2 last"),
    # the same said the other way round: "the first thing people see should be the ring"
    (rf"(?:^|(?<=[,;.!?:]))\s*the\s+(?:very\s+)?(first|last)\s+thing\s+{_VIEWERS}\s+(?:will\s+|should\s+)?(?:see|sees|notice|notices)\s+"
     rf"(?:should|must|has\s+to|needs\s+to)\s+be\s+((?:the\s+)?+(?!{_NOT_ORDERED}\b)[a-z0-9\-]+(?:\s+[a-z0-9\-]+){{0,2}}?)(?=\s*(?:$|[,;.!?]))",
     r"move \2 \1"),
    # in Chinese: "让人第一眼就看到戒指", "用手表开场", "背包打头": that picture first (set CK ck030's cause in Chinese)
    (rf"(?:(?:要|就|得)?让)?(?:大家|人|观众|别人|用户|顾客|客户)?(?:第(?:一|1)眼|一上来|一打开)\s*(?:就)?\s*(?:能)?(?:看到|看见)\s*(?!{_NOT_ORDERED_ZH})"
     r"([^\s，,。；;！!？?的]{1,12}?)(?=$|[，,。；;！!？?])", r"\1移到第1个位置"),
    (rf"(?:^|(?<=[，,。；;！!？?]))\s*(?:先)?用\s*(?!{_NOT_ORDERED_ZH})([^\s，,。；;！!？?]{{1,12}}?)\s*(?:来)?(?:开场|打头|开头)(?=$|[，,。；;！!？?吧])",
     r"\1移到第1个位置"),
    # (开场 is read as 开头 by now: "让背包开场" is 让背包开头, "视频开头" stays the video's start)
    (rf"(?:^|(?<=[，,。；;！!？?]))\s*(?:(?:让|把)\s*(?!{_NOT_ORDERED_ZH})([^\s，,。；;！!？?]{{1,12}}?)\s*(?:来)?(?:打头|开场|开头)"
     rf"|(?!{_NOT_ORDERED_ZH})([^\s，,。；;！!？?让把]{{1,12}}?)\s*(?:来)?打头)(?=$|[，,。；;！!？?吧])",
     r"\1\2移到第1个位置"),
    # "the gold ring picture to open the video": first
    (r"\b((?:the\s+)?[a-z0-9\-]+(?:\s+[a-z0-9\-]+){0,2}\s+(?:picture|image|photo|shot|pic|clip))\s+(?:to|should|must|will|can)\s+(?:open|start|begin|lead)\s+"
     r"(?:the\s+|our\s+)?(?:video|promo|ad|slideshow)\b", r"move \1 first"),
    # "people drop off after the first seconds": what viewers do, no edit
    (r"\b(?:people|viewers|they|users|customers|audiences?|folks)\s+(?:drop|drift|tune|click|swipe|scroll)\s+(?:off|away|out)\b[^,.;!?]*", ""),
    # "cut the total length in half", "halve the video": half as long
    (r"\b(?:cut|reduce|shorten|trim)\s+(?:the\s+)?(?:total\s+|whole\s+|overall\s+)?(?:length|duration|runtime|video|it)\s+(?:in|by)\s+half\b"
     r"|\bhalve\s+(?:the\s+)?(?:total\s+)?(?:length|duration|runtime|video)\b", "halve the length"),
    # "reverse the pics order", "flip the order of the photos"
    (r"\b(?:reverse|flip|invert)\s+(?:the\s+)?(?:pics?|pictures?|images?|photos?|slides?|shots?)(?:'s?)?\s+order\b", "reverse the order"),
    # "the second-to-last photo"
    (r"\bsecond[\s-]+(?:to|from)[\s-]+(?:the[\s-]+)?last\b", "next-to-last"),
    # "ring should be first, then the watch, then everything else": the first of a list said after it ("move the ring first"
    # left "then the watch" unread without a word, set DA da021); the list's rules read "ring first, then …"
    (r"^\s*(?:the\s+)?+(?!title|headline|captions?|music|voice|narration|logo|video\b)([a-z0-9][a-z0-9\-]*(?:\s+[a-z0-9\-]+)?)\s+"
     r"(?:should|must|needs\s+to|has\s+to)\s+(?:be|come|go)\s+(?:the\s+)?(?:1st|first)(?=\s*,\s*(?:and\s+)?then\s)", r"\1 first"),
    # "backpack should be 1st": a place in the order ("the" taken whole: "the title should be the first thing people see"
    # was "move the the title first" with the lookahead tried after no "the")
    # (after another wish too: "make it 4:5, and the watch pic should be the last one"; set EW ew094 was not read)
    (r"(?:^|(?<=[,;]\s)|(?<=\band\s)|(?<=\bthen\s)|(?<=\balso\s))\s*(?:the\s+)?+"
     r"(?!title|headline|captions?|music|voice|narration|logo|video\b|it\b|they\b|that\b|this\b|everything\b|all\b)"
     r"([a-z0-9][a-z0-9\-]*(?:\s+[a-z0-9\-]+)?)\s+"
     r"(?:should|must|needs\s+to|has\s+to)\s+(?:be|come|go)\s+(?:the\s+)?(1st|first|last|2nd|second|3rd|third)\b",
     r"move the \1 \2"),
    # "vid 2 long" (too long), "a full minute", "30s is too long. 20" (seconds)
    (r"\b2\s+(long|short|loud|quiet|big|small|fast|slow)\b", r"too \1"),
    (r"\b(?:1|one|a)\s+full\s+(minute|second)\b", r"1 \1"),
    (r"(too\s+(?:long|short)\s*[.!,;]\s*)(\d+(?:\.\d+)?)\s*[.!]?\s*$", r"\1make it \2 seconds"),
    # "人声说话的时候别把音乐压低": the ducking, off
    (r"(?:人声|配音|旁白|有人)?\s*(?:说话|讲话|出现|响起)?\s*(?:的时候|时)\s*(?:别|不要|不用)\s*(?:把|将)?\s*(?:背景)?音乐\s*(?:压低|降低|调小|变小|关小|减弱)",
     "关闭自动闪避"),
    # "多放2秒", "再多停留1秒": longer by that much
    (r"(?<![最很太更得许差至])(?:再)?多\s*(?:放|显示|停留|展示|留|给|停|加|待)?\s*(\d+(?:\.\d+)?)\s*秒", r"延长\1秒"),
    # "第四张图少放一秒", "少停留2秒": shorter by that much, the mirror of 多放 (set CT ct013 set the picture to 1 s); a verb of
    # showing is needed ("至少5秒" is at least, "减少1秒" is read already)
    (r"(?<![最很太更得许至减缺不多])(?:再)?少\s*(?:放|显示|停留|展示|留|停|待)\s*(\d+(?:\.\d+)?)\s*秒", r"缩短\1秒"),
    # "30 seconds is too long for stories, let's do 18": the length it has now is no value asked for
    (r"\b\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|minutes?|mins?)\s+(?:is|are|feels?|seems?)\s+(?:way\s+|a\s+bit\s+|much\s+|far\s+)?too\s+(long|short)\b",
     r"it is too \1"),  # (short stays short: "30 seconds is too short, make it 45" was cut to 20 s; set FE fe104)
    # the same in Chinese: "弄短一点吧，30秒太长了", "15秒有点短": the length it has, complained of (set CP cp001 read 30 s as
    # the length asked for: "already so"); a part's seconds ("前5秒", "第3秒") are no length it has
    (r"(?<![\d.前后第末尾头])\d+(?:\.\d+)?\s*(?:秒钟?|分钟)\s*(?:的(?:视频|广告|片子))?\s*(?:还是|实在|也)?\s*(太长|太短|有点长|有点短|太久)",
     r"\1"),
    # "too long, nobody watches 30 seconds of this", "没人会看30秒的": the length nobody sits through is the one it has, too
    # long, never a length asked for (set CB cb011 set it to the 30 s it had: "already so"). Said of what nobody watches
    # only ("people watch 15 seconds" may be the length wanted)
    (r"\b(?:nobody|no\s*-?\s*one|noone)(?:'s|'ll|\s+is|\s+will|\s+would|\s+wants?\s+to|\s+is\s+going\s+to|\s+gonna|\s+has\s+time\s+to"
     r"|\s+can|\s+ever)?\s+(?:watch(?:es|ing)?|sits?\s+through|sitting\s+through|finish(?:es|ing)?|stick(?:s|ing)?\s+around\s+for"
     r"|stay(?:s|ing)?\s+for|waits?\s+for|waiting\s+for)\s+(?:a\s+(?:whole\s+|full\s+)?|the\s+(?:whole\s+|full\s+)?|all\s+)?"
     r"\d+(?:\.\d+)?[\s-]*(?:s|secs?|seconds?|minutes?|mins?)\b(?:[\s-]+long)?(?:\s+(?:video|ad|clip|promo|reel|thing|slideshow))?"
     r"(?:\s+of\s+(?:this|that|it|these|those|them|an?\s+[a-z]+(?:\s+ad)?))?", "it is too long"),
    (r"(?:没(?:有)?人|谁)\s*(?:会|愿意|能|想|有耐心)?\s*(?:看完?|看得完|坚持看完?|耐心看完?)\s*(?:整整)?\s*\d+(?:\.\d+)?\s*(?:秒钟?|分钟)\s*(?:的)?"
     r"(?:视频|广告|片子)?\s*(?:的|啊|吧|呢|呀)?", "太长了"),
    # "like 5 more seconds", "another 3 seconds": longer by that much
    (r"\b(?:another\s+)?(\d+(?:\.\d+)?)\s+(?:more|extra|additional)\s+(s|secs?|seconds?|minutes?|mins?)\b", r"\1 \2 longer"),
    (r"\banother\s+(\d+(?:\.\d+)?)\s+(s|secs?|seconds?|minutes?|mins?)\b", r"\1 \2 longer"),
    (r"\b(?:(?:one|a|an)\s+(?:more|extra|additional)|another)\s+(second|sec|minute)\b(?!\s+(?:image|picture|photo|clip|slide|shot|one))",
     r"1 \1 longer"),
    # "the video needs 5 seconds more": the amount then "more" is longer by it (it set the video to 5 s)
    # (not an amount said after a wish of another thing: "the title could hang around a bit longer, maybe 1.5 seconds more"
    # is the title's, set CT ct056)
    (r"(?<!maybe\s)(?<!add\s)(?<!like\s)(?<!say\s)(?<!about\s)(?<![,;]\s)(?<![\d.])\b(\d+(?:\.\d+)?)\s*(s|secs?|seconds?|minutes?|mins?)\s+(?:more|extra)\b"
     r"(?!\s+(?:than|of)\b)", r"\1 \2 longer"),
    (r"\b(\d+(?:\.\d+)?)\s*(s|secs?|seconds?)\s+(?:less)\b", r"\1 \2 shorter"),
    # "set the music to half", "half the volume": 50 %
    # (with a hedge between: "turn down the clip sound to like half", set EW ew064 lowered it a step)
    (r"\b(?:to|at)\s+(?:about\s+|like\s+|roughly\s+|around\s+|maybe\s+|approximately\s+)?half\b(?!\s+(?:a|an|the|speed|time|pace|tempo|length)\b)", "to 50%"),
    (r"\bhalf\s+(?:the\s+)?(volume|level|loudness)\b", r"50% \1"),
    # ("背景音乐降到一半": half as loud as it is, never set to 50 %, which raised the music from 35 %)
    (r"(?:降到|减到|降低到|减小到)\s*一半", "降低50%"),
    (r"(?:调到|调成|改成|设为)\s*一半", "调到50%"),
    # "no longer than 20 seconds": a limit (not "longer")
    (r"\b(?:no|not|never)\s+(?:longer|more)\s+than\b", "at most"),
    # "not shorter than 20 seconds": a floor (not "shorter"; read before "shorter than" is a limit in frames.MOST_BEFORE)
    (r"\b(?:no|not|never)\s+(?:shorter|less)\s+than\b", "at least"),
    (r"(?:不要|不能|不可以|不得|别)(?=短于|少于|低于|小于|长于|多于)", "不"),  # ("视频不要短于40秒": 不短于, a floor)
    # "don't lower the music when the voice plays": the music's ducking off, not the music left alone; "under the voice"
    # is the same when (it was blanked as a time below and "don't dip the music" left unread, set CC cc090), and the music
    # wished level after it is this wish said twice ("…, keep it steady")
    (r"\b(?:don'?t|do\s+not|never|stop)\s+(?:lower|duck|dip|reduce|turn\s+down|quieten|soften)(?:ing)?\s+the\s+(?:background\s+)?"
     rf"(?:music|bgm|soundtrack)\s+(?:(?:when|while|whenever|as)\b|(?:under|beneath|behind|during)\s+{_TALKER_EN}\b)[^,.;!?]*"
     rf"(?:\s*[,;]\s*{_LEVEL_WISH_EN})?", "turn off ducking"),
    # the music's dipping told or asked about ("why does the music go quiet when the guy talks?"), then the music wished
    # level: the ducking off (set CD cd104 was not understood; the dipping alone, with no wish after it, stays a question).
    # Read before "under the voice" is blanked as a time below
    (r"\b(?:why\s+(?:does|do|did|is)\s+)?(?:the\s+)?(?:background\s+)?(?:music|bgm|soundtrack|song)\s+(?:keeps\s+|always\s+)?"
     r"(?:dips?|dipping|ducks?|ducking|drops?|dropping|fades?\s+down|(?:go|goes|going|get|gets|getting)\s+(?:so\s+|really\s+|all\s+)?"
     r"(?:quiet(?:er)?|soft(?:er)?|low(?:er)?|down))\s+"
     rf"(?:every\s+time|each\s+time|whenever|when|while|as|under)\s+{_TALKER_EN}\b[^.;!?,]{{0,40}}?\s*[?.!,;]+\s*{_LEVEL_WISH_EN}",
     "turn off ducking"),
    # "lower the music automatically while the voiceover plays": the ducking, on
    (r"\b(?:lower|duck|dip|reduce|turn\s+down|quieten)\s+the\s+(?:background\s+)?(?:music|bgm|soundtrack)\s+automatically\b[^,.;!?]*"
     r"|\bautomatically\s+(?:lower|duck|dip|reduce|turn\s+down)\s+the\s+(?:background\s+)?(?:music|bgm|soundtrack)\b[^,.;!?]*",
     "turn on ducking"),
    # "the voice at full volume": 100 %
    (r"\b(?:at\s+)?(?:full|max(?:imum)?)\s+(?:volume|blast|loudness|level)\b", "at 100%"),
    # "降低一半", "减半": by half
    (r"(降低|减少|调低|减小|减)\s*一半", r"\g<1>50%"),
    (r"(音量|音乐|声音|配音|旁白|人声)\s*减半", r"\1降低50%"),
    # "keep the total at 30 seconds but …": the length, kept
    (r"\b(?:keep|leave|hold)\s+(?:the\s+)?(?:total|overall|whole\s+video|length|duration|runtime)(?:\s+(?:length|duration|time))?\s+(?:at|to)\s+(?=\d)",
     "make the total length "),
    # "lower the music during the voiceover": when, not a second sound to lower
    # (and "to 20% once/when the voice starts": the voiceover was set to 20 % too, brief of wave 13; without a level
    # it is the ducking, block P)
    (r"\s+(?:during|under|behind|beneath|while)\s+(?:the\s+)?(?:voice\s*-?\s*over|voiceover|narration|voice|talking|speech)\b"
     r"|(?<=%)\s+(?:when|once|as\s+soon\s+as|after)\s+(?:the\s+)?(?:voice\s*-?\s*over|voiceover|narration|narrator|voice)\s+"
     r"(?:starts|begins|comes\s+in|kicks\s+in|plays)\b", ""),
    # "no text at all, just pictures and music": what is kept, not more to remove
    (r"[,;]\s*(?:just|only)\s+(?=(?:the\s+)?(?:pictures|images|photos|music|voice|voiceover|narration|clips?|video|title|captions)\b)",
     ", keep only "),
    # "don't cut anything off the pictures": nothing cropped
    (r"\b(?:don'?t|do\s+not|never)\s+(?:cut|crop|chop|trim)\s+(?:anything|any\s+(?:part|parts|bit)\s+of|any\s+of)\s+(?:off\s+)?"
     r"(?:of\s+)?(?:the\s+)?(?:pictures|images|photos|products|shots)\b", "don't crop"),
    # "40 seconds, say 42": the number said last is the one meant
    (r"(\d+(?:\.\d+)?)\s*(s|secs?|seconds?)\s*,?\s*(?:say|like|maybe|i\s+mean|or\s+rather|actually)\s+(\d+(?:\.\d+)?)\b(?!\s*(?:%|x\b))",
     r"\3 \2"),
    # "no sound from the unboxing clip": that clip muted
    (r"\bno\s+(?:sound|audio)\s+(?:from|on|for|in|of)\s+", "mute "),
    # "fade from black at the beginning and to black at the end"
    (r"\bfade\s+from\s+(black|white)\s+at\s+the\s+(?:start|beginning)\b", r"fade in from \1"),
    (r"\b(?:and\s+)?(?:fade\s+)?(?:out\s+)?to\s+(black|white)\s+at\s+the\s+end\b", r"and fade out to \1"),
    # "3 and a half seconds" (the half is already 0.5 here)
    (r"(\d+)\s+and\s+0\.5\s+(s|secs?|seconds?|minutes?|mins?)\b", r"\1.5 \2"),
    (r"(\d+)\s*(秒|分钟)半", r"\1.5\2"),
    # "a second and a half", "2 seconds and a half": the half said after the unit (set CI ci017 read 1 s, the half lost)
    (r"\b(?:a|one)\s+(?:sec|second)\s+and\s+0\.5\b", "1.5 seconds"),
    (r"\b(\d+)\s+(?:secs?|seconds?)\s+and\s+0\.5\b", r"\1.5 seconds"),
    # "add 5 more seconds to the video": longer by that much, not a file called "5 more seconds"
    (r"\badd\s+(?:another\s+)?(\d+(?:\.\d+)?)\s+(?:more\s+|extra\s+)?(s|secs?|seconds?)\b(?:\s+(?:more|extra))?"
     r"(?:\s+to\s+(?:the\s+)?(?:whole\s+)?(?:video|length|runtime|it))?", r"make the video \1 \2 longer"),
    # "crossfade between shots for 1.5 seconds": the kind and length of the transitions
    (r"\b((?:cross-?)?fade|dissolve|wipe|slide)s?\s+between\s+(?:the\s+)?(?:shots|pictures|images|photos|slides|clips|scenes)"
     r"\s+(?:for|of|lasting)\s+(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))", r"use \1 transitions of \2"),
    # "bring the headline down to the bottom" (read "lower" by the phrasal verbs): a move
    (r"\blower\s+((?:the\s+)?(?:title|headline|heading|captions?)(?:\s+text)?)\s+(?:down\s+)?(?:to|into)\s+(?=(?:the\s+)?(?:very\s+)?(?:bottom|base|foot))",
     r"move \1 to "),
    # "drop the title text down to the bottom": a move, not a removal
    (r"\b(?:drop|bring|push|move)\s+((?:the\s+)?(?:title|headline|heading|captions?)(?:\s+text)?)\s+down\s+(?:to|at|into)\b", r"move \1 to"),
    # "remove the second and third images" -> two removals, the later picture first (indices stay valid)
    (r"\b(remove|delete|drop|cut)\s+(?:the\s+)?(first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+and\s+(?:the\s+)?"
     r"(second|third|fourth|fifth|sixth|seventh|last|\d+(?:st|nd|rd|th))\s+(image|picture|photo|clip|slide|pic)s?\b",
     r"\1 the \3 \4, \1 the \2 \4"),
    (r"\b(remove|delete|drop)\s+(image|picture|photo|clip|slide)s?\s+(\d+)\s+and\s+(\d+)\b", r"\1 \2 \4, \1 \2 \3"),
    (r"\bcut\s+(image|picture|photo|slide)s\s+(\d+)\s+and\s+(\d+)\b", r"remove \1 \3, remove \1 \2"),
    (r"\b(remove|delete|drop|cut)\s+pics?\s+(\d+)\s+and\s+(\d+)\b", r"remove image \3, remove image \2"),  # "remove pics 1 and 2"  # "cut images 2 and 3"
    # "the last two photos": the one before the last first, then the last (each counted when it is removed)
    # "the first and last photos": the last first (the first's index stays valid)
    (r"\b(remove|delete|drop|cut|get\s+rid\s+of|lose)\s+(?:the\s+)?first\s+and\s+(?:the\s+)?last\s+(image|picture|photo|clip|slide|pic)s?\b",
     r"\1 the last \2, \1 the first \2"),
    (r"\b(remove|delete|drop|cut)\s+(?:the\s+)?last\s+(?:2|two)\s+(image|picture|photo|clip|slide|pic)s?\b",
     r"\1 the second last \2, \1 the last \2"),
    (r"\b(remove|delete|drop|cut)\s+(?:the\s+)?first\s+(?:2|two)\s+(image|picture|photo|clip|slide|pic)s?\b",
     r"\1 \2 2, \1 \2 1"),
    (r"(删除|删掉|去掉)\s*第\s*(\d+)\s*(?:张|个)?\s*(?:和|跟|、)\s*第\s*(\d+)\s*(张|个)\s*(图片|照片|图)?", r"\1第\3\4\5，\1第\2\4\5"),
    (r"\b(swap|switch|exchange)\s+(?:the\s+)?(?:positions?|places?|spots?|order)\s+of\s+", r"\1 "),
    (r"取消\s*(\S{1,6}?)\s*的?静音", r"\1取消静音"),
    (r"\bbut\s+keep\b", ", keep"),
    # "slow the clip down", "speed the video clip up": the particle goes back to its verb
    (r"\b(slow|speed)\s+((?:the\s+)?(?:video\s+clip|clip|footage|video)(?:\s+\d+)?)\s+(down|up)\b", r"\1 \3 \2"),
    # the clip's pace complained of right before it is sped up is why, as "too slow" is ("the clip runs kinda slow, speed it
    # up to double" said the complaint not understood; set EW ew65)
    (r"\b((?:the\s+)?(?:video\s+clip|clip|footage)|[a-z0-9_\-]+\.(?:mp4|mov|webm|m4v|mkv))\s+(?:is|runs|plays|feels|seems|moves|goes)"
     r"(?:\s+(?:kinda|kind\s+of|a\s+bit|a\s+little|really|pretty|way|so|quite|very))*\s+slow\b"
     r"(?=\s*[,;.]?\s*(?:and\s+|so\s+|please\s+|pls\s+)?(?:speed|make\s+it\s+(?:play\s+|go\s+)?faster))", r"\1 is too slow"),
    # "make the transitions dissolves": the kind of transition
    (r"\b(?:make|set|change|turn|switch)\s+(?:all\s+)?(?:the\s+)?transitions?\s+(?:in)?(?:to\s+)?(?:be\s+)?(?:an?\s+)?"
     r"((?:cross-?)?fade|dissolve|wipe|slide|zoom)s?\b", r"use \1 transitions"),
    # "fade in instead of popping": what it does now is not asked for
    (r"\s*,?\s*(?:instead\s+of|rather\s+than)\s+(?:the\s+|a\s+)?(?:pop|popping|slide|sliding|type|typing|fade|fading|zoom|zooming|bounce|bouncing)(?:\s+(?:in|up|out))?\b", ""),
    # "use Playfair for the title font"
    (r"\buse\s+(?:the\s+)?([a-z]+)\s+(?:font\s+)?for\s+the\s+(title|captions?|headline|heading)(?:'s)?\s+(?:font|typeface)\b",
     r"use a \1 font for the \2"),
    # "fade out at the end", "fade in at the start": the whole video's fades (to and from black)
    (r"\bfade\s+(?:it\s+|everything\s+|the\s+(?:whole\s+)?video\s+)?out\s+(?:at|towards?)\s+the\s+end\b", "fade out to black"),
    (r"\bfade\s+(?:it\s+|everything\s+|the\s+(?:whole\s+)?video\s+)?in\s+(?:at|from)\s+the\s+(?:start|beginning)\b", "fade in from black"),
    (r"\b(?:add|put|use)\s+(?:a\s+)?fade\s+from\s+(black|white)\s+(?:at|to)\s+the\s+(?:start|beginning)\b", r"fade in from \1"),
    (r"\b(?:add|put|use)\s+(?:a\s+)?fade\s+(?:out\s+)?to\s+(black|white)\s+at\s+the\s+end\b", r"fade out to \1"),
    # "remove the captions from images 2 and 3": two captions, one at a time
    (r"\b(remove|delete|drop)\s+(?:the\s+)?captions?\s+(?:from|on|of|under)\s+(?:the\s+)?(image|picture|photo|clip|slide)s?\s+(\d+)\s+and\s+(\d+)\b",
     r"\1 the caption of \2 \3, \1 the caption of \2 \4"),
    # "too quiet compared to the music": the music is the measure, not a target
    # ("vs the music", "versus the music": the same measure; set CU cu080 lowered the music)
    (r"\s*,?\s*\b(?:compared\s+(?:to|with)|relative\s+to|against|next\s+to|vs\.?|versus)\s+the\s+(?:background\s+)?(?:music|voice\s*-?\s*over|narration|voice)\b", ""),
    # "shave 3 seconds off the video": shorter by that much
    (r"\b(?:shave|knock|take)\s+(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\s+off(?:\s+(?:the\s+(?:whole\s+|total\s+)?(?:video|length|runtime|duration)|it))?\b",
     r"make the video \1 shorter"),
    # "stretch it out to 45 seconds": a length
    (r"\b(stretch|drag|draw)\s+(it|the\s+video|everything)\s+out\b", r"lengthen \2"),
    # "put logo.png in the top left, small and semi-transparent": how it looks belongs to the placing
    (r",\s*((?:(?:small|tiny|little|smaller|big|bigger|large|larger)\s+(?:and\s+)?)?(?:semi[\s-]?transparent|see[\s-]through|translucent|faded))\b",
     r" \1"),
    # "show the rest for 5 seconds each": the pictures left after an earlier edit of the same message
    # "let the remaining photos fill the 30 seconds": the video's length, the pictures sharing it (each picture was made
    # 30 s long; set DJ dj106)
    (r"\b(?:(?:let|have|make)\s+)?(?:the\s+)?(?:remaining\s+|other\s+|rest\s+of\s+the\s+|every\s+|each\s+|all\s+(?:the\s+)?)?"
     r"(?:photos?|pictures?|images?|pics?|stills?)\s+"
     r"(?:should\s+|to\s+)?(?:fill|cover|take\s+up|span|stretch\s+(?:over|across|to\s+fill))\s+(?:up\s+)?(?:the\s+(?:whole\s+|full\s+|entire\s+)?|all\s+(?:the\s+)?)?"
     r"(?=\d+(?:\.\d+)?\s*(?:s|secs?|seconds)\b)", "make it "),
    # ("the other three 4 s each": how many is no picture's number; it set image 3, set DJ dj110)
    (r"\b(?:the\s+)?(?:other|remaining)\s+(?:two|three|four|five|six|[2-9])(?:\s+(?:ones|images|pictures|photos|shots|pics|slides))?\b"
     r"(?=[^,.;]{0,30}\d)", "every image"),
    # ("first picture 6 seconds, every other picture 4", "the other photos 4": the rest; set FA fa112/fa132 were not read)
    (r"\b(?:(?:every|each|all(?:\s+the)?)\s+other|the\s+other)\s+(?:ones|images?|pictures?|photos?|pics?|shots?|slides?)\b(?=[^,.;]{0,30}\d)",
     "every image"),
    # (never the other clip or video: "mute the unboxing clip, and turn the other clip down to half"; set FQ)
    (r"\b(?:the\s+)?(?:rest|others?|remaining\s+(?:ones|images|pictures|photos|shots))\b(?!\s+(?:clip|video|footage)\b)(?=[^,.;]{0,30}\d)", "every image"),
    # ("make the first one longer and the rest shorter", "第一张放长点 其他短一点": the rest a step, the one named apart;
    # set EZ ez007 left it unread)
    (r"\b(?:the\s+)?(?:rest|others|other\s+(?:ones|images|pictures|photos|pics|shots|slides)|remaining\s+(?:ones|images|pictures|photos|shots))"
     r"(?:\s+(?:a\s+(?:bit|little|touch)|slightly|somewhat))?\s+(shorter|longer|quicker)\b", r"every image a bit \1"),
    (r"(?:其他|其余|剩下|别)的?(?:几张|图片|照片|图)?\s*(?:都|就)?\s*(短|长)\s*(?:一点|一些|点|些)", r"每张图片都\1一点"),
    # "give the gold ring shot 7 seconds": how long that picture shows
    (r"\bgive\s+((?:the\s+)?[^,.;\ue000]{1,40}?)\s+(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\b(?!\s+(?:longer|shorter|more|less))"
     # ("give the video a 2 second fade at the end": the fade's seconds, never a picture's; it made the video 2 s)
     r"(?!\s*(?:long\s+)?(?:fade|transition|crossfade|dissolve|wipe|slide|zoom)s?\b)",
     r"show \1 for \2"),
    # "the final video" is what is made, not the last clip
    (r"\b(?:the\s+)?final\s+(?:video|cut|edit|result)\b(?!\s+clip)", "the whole video"),
    # "take gold-ring.jpg out of the video": a file between the verb and its particle
    (r"\btake\s+(\S+\.(?:jpe?g|png|webp|gif|mp4|mov|webm|mkv|avi))\s+(?:out|off)\b", r"remove \1"),
    # "no text at all", "without any words": every piece of text
    (r"\b(?:no|without(?:\s+any)?)\s+(?:text|words|writing|on-?screen\s+text)(?:\s+at\s+all|\s+anywhere)?\b", "remove all text"),
    # "stop the music from dipping when the voice talks": the music's ducking
    # (… up to "and": "Stop the music dipping whenever I talk and just keep it at 25%" dropped the level, set ES es129)
    (r"\bstop\s+the\s+(?:background\s+)?music\s+(?:from\s+)?(?:dipping|ducking|getting\s+quieter|going\s+quiet(?:er)?)\b(?:(?!\s+(?:and|then|but)\s)[^,.;!?])*",
     "turn off ducking"),
    # "only use seconds 1 to 3 of the clip": a part of the clip
    (r"\b(?:only\s+)?(?:use|keep|play)\s+(?:only\s+)?seconds?\s+(\d+(?:\.\d+)?)\s*(?:to|-|through|until)\s*(\d+(?:\.\d+)?)\s+of\s+(the\s+(?:video\s+)?clip|clip\s*\d*)",
     r"trim \3 to \1s-\2s"),
    (r"(?:只保留|只要|保留)\s*第\s*(\d+(?:\.\d+)?)\s*秒\s*(?:到|至|-)\s*第?\s*(\d+(?:\.\d+)?)\s*秒", r"只要\1到\2秒"),
    # "cut the first second off the clip": one second
    (r"\b(first|last|opening|final)\s+second\b(?!\s+(?:image|picture|photo|clip|slide|shot|one))", r"\1 1 second"),
    # "finish with an outro", "end on a closing card": an end card
    (r"\b(?:finish|end|close|wrap\s+up)\s+(?:it\s+|the\s+video\s+)?(?:with|on)\s+(?:an?\s+)?(outro|end\s+card|closing\s+card)\b(?!\s*(?:saying|that|reading|with|:|=|\ue000))",
     r"add an \1"),
    # a purpose ("... so the voice is clearer") says why, not what: it is not read
    # "update the outro so it says 'X'": what it should say, not a purpose
    (r"\s+so\s+(?:that\s+)?it\s+(?:says|reads|shows|displays)\s+(?=\ue000)", " saying "),
    # (but "…, so the video should be vertical" is the request itself)
    (r"\s+so\s+(?:that\s+)?(?:the|it|we|i|you|people|viewers|everyone|everything)\b"
     # (nor "…, so I need it square please", "…, so I want the elegant style": set ES es052 es077 were not understood)
     r"(?![^.;!?]*\b(?:should|must|needs?\s+to|has\s+to|have\s+to|can\s+you|could\s+you|let'?s|can\s+be|could\s+be"
     r"|(?:(?<![a-z])(?:need|want)|'d\s+like|would\s+like|'d\s+love|would\s+love)\s+(?:it|the|a|an|this)"
     # (nor "…, so the user would rather see full images with bars": set ET et073)
     r"|would\s+rather|'d\s+rather|would\s+prefer|'d\s+prefer|prefers)\b)"
     # (it ends at ", and" / ", then": "make the logo bigger so it doesn't look lost, and captions at the top" dropped the
     # captions without a word; fixer O's note, wave 28)
     r"(?:(?!,\s*(?:and|then|also|plus)\b)[^.;!?])*",
     ""),
    # a feeling the wish brings, said after it, is why, not a wish ("The user would like wipe-left transitions, she thinks it
    # feels more dynamic" applied the energetic style, which cut the video to 8 s; set ET et087)
    (r"(?:\s*[,;]\s*(?:and\s+)?|\s+(?:since|as|because)\s+)(?:(?:she|he|they|the\s+client|the\s+user|we|i)\s+(?:thinks?|feels?|believes?|says?|reckons?)\s+(?:that\s+)?)?"
     r"(?:it|that|this|they)\s*(?:'s|'ll|'d|\s+(?:feels?|looks?|seems?|is|are|will\s+(?:feel|look|be|seem)|would\s+(?:feel|look|be|seem)))"
     r"\s+(?:a\s+(?:bit|lot|little)\s+|much\s+|way\s+|so\s+much\s+)?(?:more|less)\s+[a-z\-]+(?:\s+that\s+way)?(?=\s*(?:$|[.!?;]))", ""),
    (r"\bmake\s+the\s+title\s+(?:say|read)\s+", "set the title to "),
    (r"(\d+)\s*比\s*(\d+)", r"\1:\2"),
    (r"(?<![交互对调])(换一下位置|换个位置|换一下|换位置)|对换一下|调换一下|交换一下|互换一下", "交换"),
    # ("剪到只剩前六秒", "只剩下前5秒": what is left is what is kept; the cut's verb before it says no more. Set CE ce037 cut
    # the first 6 s away)
    (r"(?:(?:剪到|剪成|裁到|裁成|截到|截成|剪得|删到)\s*)?只剩下?\s*(?=前\s*\d|最后|后面?\s*\d|\d)", "只保留"),
    (r"(?:只要|只保留|保留)\s*前\s*(\d+(?:\.\d+)?)\s*秒", r"只要0到\1秒"),
    (r"\bswap\s+the\s+first\s+(?:2|two)\s+(?:images|pictures|photos|slides|ones)\b", "swap image 1 and 2"),
    # (not "use fade-to-black transitions": set BU bu113 became "use fade transitions-to-black transitions")
    (r"\b(use|add|with|want|prefer)\s+((?:cross-?)?fade|dissolve|wipe|slide)s?\b(?!\s+transitions?)(?!-)", r"\1 \2 transitions"),
    (r"\b(?:fps|frame\s*rate|framerate)\s+(?:to|at|of|=|:|is)?\s*(\d+)(?!\d)(?!\.\d)(?!\s*(?:fps|frames))", r"\1 fps"),
    (r"\bto\s+(?:the|its)\s+first\s+(\d)", r"to \1"),
    (r"\b(?:keep|use|play)\s+(?:only\s+)?(?:the\s+)?first\s+(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\s+of\s+"
     r"(the\s+(?:video\s+)?clip|clip\s*\d*)", r"trim \2 to \1"),
    # "mute the clip and only use its first 4 seconds": "use" said with "only" or "just" before a part of its length is the
    # part kept, an operation of its own (the clause was one, the mute's, and asked which of "the clip and only use…";
    # set CF cf149)
    # (after "and" only: "the video is too long, just use the first 6 seconds" stays one clause, asked of nothing)
    (r"\band\s+(?:only|just)\s+use\s+(?:only\s+|just\s+)?(its|the)\s+(first|last|opening|final)\s+(?=\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b)",
     r"and keep only \1 \2 "),
    # "the logo should appear from second 3", "at second 5": a moment said as "second N" is N seconds (set AP ap273 read
    # no time at all)
    (r"\b(from|at|after|until|till|to)\s+(?:the\s+)?second\s+(\d+(?:\.\d+)?)\b(?!\s*(?:image|picture|photo|pic|clip|slide|shot))",
     r"\1 \2 seconds"),
)

# --- what pictures show, in Chinese: "把耳机那张删掉" of silver-headphones.jpg -------------------------------------
# A Chinese noun is read as the English word only when a file or segment of the session has that word in its
# name (then "耳机" is "headphones"); colours before it come along ("金戒指" -> "gold ring").
PRODUCT_NOUNS: dict[str, tuple[str, ...]] = {
    "耳机": ("headphones", "headphone", "earphones", "earbuds", "headset"), "运动鞋": ("sneaker", "sneakers", "shoe", "shoes"),
    "球鞋": ("sneaker", "sneakers"), "波鞋": ("sneaker", "sneakers"), "鞋子": ("shoe", "shoes", "sneaker", "sneakers"), "鞋": ("shoe", "shoes", "sneaker", "sneakers"),
    "双肩包": ("backpack",), "背包": ("backpack", "bag"), "背囊": ("backpack", "bag"), "书包": ("backpack", "bag"), "包包": ("bag", "handbag"),
    "手提包": ("handbag", "bag"), "钱包": ("wallet", "purse"), "手表": ("watch", "smartwatch"), "腕表": ("watch",),
    "戒指": ("ring",), "项链": ("necklace",), "耳环": ("earrings", "earring"), "手链": ("bracelet",), "帽子": ("cap", "hat"),
    "棒球帽": ("cap",), "鸭舌帽": ("cap",), "眼镜": ("glasses", "sunglasses"), "墨镜": ("sunglasses",), "太阳镜": ("sunglasses",),
    "杯子": ("cup", "mug"), "水杯": ("bottle", "cup"), "水瓶": ("bottle",), "口红": ("lipstick",), "香水": ("perfume",),
    "裙子": ("dress", "skirt"), "连衣裙": ("dress",), "衬衫": ("shirt",), "外套": ("jacket", "coat"), "夹克": ("jacket",),
    "手机": ("phone",), "音箱": ("speaker",), "台灯": ("lamp",), "椅子": ("chair",), "沙发": ("sofa",), "蛋糕": ("cake",),
    "咖啡": ("coffee",), "开箱": ("unboxing",), "生活照": ("lifestyle",), "标志": ("logo",),
}
NAME_COLOURS_ZH: dict[str, str] = {"金": "gold", "银": "silver", "红": "red", "蓝": "blue", "绿": "green", "黑": "black",
                                   "白": "white", "黄": "yellow", "粉": "pink", "紫": "purple", "灰": "grey"}

# --- modifiers: words that change what an edit means --------------------------------------------------------
# A clause whose reading leaves one of these unread asked for something else ("stop lowering the music":
# not "lower the music"; "每张图 3 秒": each picture, not the video; "in 1 minute at most": nothing to do
# when it is already shorter), so the guard does none of it. Scope, negation, limits, order and keeping.
MODIFIERS_EN = (
    "each", "every", "per", "only", "own", "except", "besides", "apart", "rest", "remaining", "others",
    "either", "neither", "stop", "stopped", "don't", "dont", "not", "never", "without", "max", "maximum",
    "min", "minimum", "most", "least", "under", "within", "keep", "leave", "stay", "stays", "before",
    "after", "between", "next", "previous", "until", "unless", "when", "whenever", "while", "if", "same",
    "first", "second", "last", "third", "fourth", "fifth", "sixth",
)
MODIFIERS_ZH = (
    "每", "各", "只", "仅", "其他", "其余", "剩下", "除", "不", "别", "停", "以内", "以下", "以上", "之内", "最多",
    "最少", "至少", "不超过", "留", "之前", "之后", "之间", "中间", "当", "时候", "同样",
)

# words that open a clause of context, never a bidding: "our customers watch on phones", "love the vibe", "the user is
# reusing this video" (core._BIDDING reads a clause of no known word shaped as verb + determiner + thing as a wish
# not understood, unless it opens with one of these)
NOT_BIDDING_EN: tuple[str, ...] = (
    "i", "we", "you", "they", "he", "she", "it", "this", "that", "these", "those", "the", "an?", "our", "my", "your",
    "their", "its", "there", "here", "what", "which", "who", "how", "why", "when", "where", "if", "because", "since",
    "as", "so", "thanks?", "love", "like", "likes", "looks?", "sounds?", "seems?", "feels?", "great", "nice", "cool",
    "good", "perfect", "awesome", "is", "are", "was", "were", "be", "been", "do", "does", "did", "has", "have",
    "had", "can", "could", "will", "would", "should", "may", "might", "must", "let'?s", "not", "no", "maybe", "ok",
    "okay", "yes", "yeah", "hey", "hi", "hello", "well", "oh", "wow",
)


# --- filler: polite words that carry no edit -----------------------------------------------------------------
FILLER_EN: tuple[str, ...] = (
    "could you please", "could you kindly", "could you", "can you please", "can you", "would you please",
    "would you mind", "would you", "will you", "please", "pls", "plz", "i'd like you to", "i would like you to",
    "i'd like to", "i would like to", "i want you to", "i need you to", "i'd love it if you could",
    "i'd love it if you", "i'd like it if you", "go ahead and", "kindly", "thanks", "thank you", "thx",
    "hey there", "hey", "hi", "hello", "okay so", "ok so", "okay", "if possible", "if you can",
    "if you could", "for me", "real quick", "quickly", "when you get a chance", "i think", "i guess",
    "actually", "now", "also", "then", "user wants to", "user would like to", "user wants to",
    "user asks to", "user asks you to", "user asked to", "they want to", "they'd like to",
    "be sure to", "make sure to", "let's", "lets", "help me",
    # "8 seconds would be right": the value is the wish ("right" is no place here)
    "would be right", "would be good", "would be great", "would be perfect", "would be ideal", "would be better",
    "would be fine", "should be fine", "is about right", "feels right", "works best", "would work",
)
FILLER_ZH: tuple[str, ...] = (
    "能不能帮我", "能不能请你", "能不能", "可不可以帮我", "可不可以", "可以帮我", "麻烦你帮我", "麻烦帮我", "麻烦你",
    "麻烦", "请帮我", "请你帮我", "帮我把", "帮忙把", "帮忙", "帮我", "请你", "请", "我想要", "我想让你", "我想",
    "我希望", "希望", "谢谢你", "谢谢", "客户希望", "客户想要", "客户想", "客户要求", "客户觉得", "用户要求", "老板说", "老板要",
    "他们希望", "他们想", "好吗", "行吗", "可以吗", "好不好", "一下吧", "一下", "吧", "呢", "啊", "哦",
    "呀", "嘛", "呗", "用户想要", "用户希望", "用户想",
)

# words of five or more letters a one-letter typo is corrected to (besides the tables above)
EXTRA_WORDS: tuple[str, ...] = (
    "seconds", "second", "minutes", "minute", "shorter", "longer", "vertical", "horizontal", "landscape", "portrait",
    "square", "reverse", "order", "replace", "swap", "first", "third", "fourth", "fifth", "sixth", "images",
    "photos", "pictures", "clips", "videos", "video", "volume", "louder", "quieter", "transitions", "fade",
    "dissolve", "slide", "wipe", "crossfade", "combine", "create", "generate", "promo", "promotional", "slideshow",
    "tiktok", "instagram", "youtube", "reels", "shorts", "everything", "nothing", "beginning", "start", "end",
    "after", "before", "captions", "subtitles", "background", "narration", "voiceover", "soundtrack", "duration",
    "length", "remove", "delete", "title", "music", "unmute", "position", "bottom", "center", "middle", "frame",
    "cropped", "cropping", "percent", "trim", "shorten", "lengthen", "extend", "overlays", "overlay", "each",
    "every", "display", "undo", "revert", "return", "entire", "whole", "should", "would", "could", "please",
    "timeline", "clip", "picture", "image", "photo", "letterbox", "rate", "frames", "sound", "audio", "quiet",
    "speed", "there", "these", "those", "their", "where", "which", "while", "about", "above", "below", "under",
    "other", "another", "between", "without", "within", "again", "instead", "through", "until", "together",
    "change", "changes", "make", "bigger", "smaller", "larger", "higher", "lower", "slower", "faster",
    "visible", "screen", "white", "black", "color", "colour", "mute", "muted", "silent", "voice", "text", "words",
    "write", "written", "writing", "overlay", "label", "labels", "heading", "headline", "total", "overall",
    "minutes", "long", "short", "hear", "loud", "loudness", "level", "levels", "right", "left",
    # promo words (issue 12): colours, fonts, looks, brand
    "light", "orange", "purple", "violet", "magenta", "silver", "beige", "cream", "coral", "maroon", "olive",
    "turquoise", "indigo", "lavender", "crimson", "serif", "handwriting", "handwritten", "cursive", "typewriter",
    "huge", "giant", "massive", "aligned", "align", "brand", "corner", "outro", "double", "opacity", "elegant",
    "energetic", "minimal", "dynamic", "headings", "headline",
    # plurals the tables do not inflect ("use wipes" must not become a near word)
    "wipes", "slides", "dissolves", "fades", "crossfades", "transitions", "captions",
    # promo wordings (issue 11): a logo's look is no typo ("make the logo fainter" was corrected to "fainted")
    "faint", "fainter", "subtle", "subtler", "opaque", "see-through", "slowmo", "slow-mo", "linger", "lingers",
)

# everyday words one letter from a vocabulary word: never "corrected", and never what a typo is corrected to
# ("feels" is not "reels", a vertical format; "tells the story" became "sells the store")
PLAIN_WORDS: tuple[str, ...] = (
    # ("make the voiceover clearer" was corrected to "cleared": the voiceover removed; held-out shape IG)
    "clear", "clearer", "clearly", "crisp", "crisper", "sharper",
    # ("we always use a serif font" had "always" corrected to "aways")
    "always", "usually", "normally",
    "clean", "cleaner", "simple", "modern", "classy", "reads", "reading", "says", "saying", "feels", "feeling",
    "looks", "looking", "seems", "needs", "wants", "rushed", "thanks", "great", "really",
    "something", "anything", "better", "nicer", "pretty", "lovely", "awesome", "amazing", "perfect", "client",
    "customer", "think", "still", "quite", "rather", "enough", "though", "because", "maybe", "sells",
    "boring", "happy", "sorry", "later", "today", "tonight", "weekend", "friends", "family", "people",
    "during", "behind", "beneath", "around", "across", "along", "since", "unless", "whether", "whole",
    "bright", "brighter", "darker", "lighter", "pastel", "vivid", "store", "stores", "mobile", "phones",
    "tells", "story", "stories", "sales", "brand", "brands", "shopping", "online", "offer", "offers", "price",
    "prices", "summer", "winter", "spring", "autumn", "holiday", "holidays", "launch", "product", "products",
    "customers", "audience", "viewers", "users", "buyers", "shoppers", "followers", "watch", "watches", "watching",
)

# --- promo wordings (issue 11, set F) ------------------------------------------------------------------------
# a placed logo's look, relative to how it is ("the watermark is too strong, make it fainter", "logo 淡一点"): read by
# the logo edit's frames only (a sound is never "fainter": "too faint" stays louder_need)
OPS["fainter"] = (("fainter", "more transparent", "more see-through", "less visible", "less opaque", "more subtle",
                   "too strong", "too prominent", "too visible", "too opaque", "too distracting"),
                  ("淡一点", "淡一些", "淡点", "透明一点", "透明一些", "更透明", "更淡", "太显眼", "太抢眼", "太明显"))
OPS["stronger"] = (("less transparent", "more visible", "more opaque", "too transparent", "too see-through",
                    "hard to see", "barely visible"),
                   ("不那么透明", "深一点", "清楚一点", "明显一点", "太透明", "太淡", "看不出来"))
# fades said of the whole video in other words (after the rewrites above): "fade it in from black", "fade up from
# white", "begin with a fade from black", "a 2 second fade from black" (the fade's length, not the video's: it was read
# as "make the video 2 s long")
_FADE_ON = r"(?:it|the\s+(?:whole\s+)?video|everything|the\s+(?:whole\s+)?thing|the\s+edit)"
# ("give it a 2s fade out to black": the fade's length, never the pictures'; set CZ cz238's neighbour was not understood)
_FADE_ASK = (r"(?:(?:add|put|use|include|want|have|begin\s+with|start\s+with|open\s+with|end\s+with|finish\s+with"
             r"|close\s+with|give\s+(?:it|the\s+(?:whole\s+)?video))\s+)?(?:an?\s+)?(?:(?:quick|slow|short|gentle|soft|nice)\s+)?")
REWRITES = REWRITES + (
    # "字幕出现时改成红色": 出现时 is 出现的时候, when it shows (a word that means no edit); never 出现时长 / 显示时间
    (r"(出现|显示|出来)时(?![长间候])", r"\1的时候"),
    (rf"\b{_FADE_ASK}(\d+(?:\.\d+)?)\s*-?\s*(s|secs?|seconds?)\s+(?:long\s+)?fade\s+(?:in\s+|up\s+)?from\s+(black|white)\b",
     r"fade in from \3 over \1 \2"),
    (rf"\b{_FADE_ASK}(\d+(?:\.\d+)?)\s*-?\s*(s|secs?|seconds?)\s+(?:long\s+)?fade\s+(?:out\s+)?to\s+(black|white)\b",
     r"fade out to \3 over \1 \2"),
    (rf"\bfade\s+{_FADE_ON}\s+(?:in|up)\s+from\s+(black|white)\b", r"fade in from \1"),
    (r"\bfade\s+up\s+from\s+(black|white)\b", r"fade in from \1"),
    (rf"\bfade\s+(?:{_FADE_ON}|the\s+end(?:ing)?)\s+(?:out\s+)?to\s+(black|white)\b", r"fade out to \1"),
    # "the title stays on screen forever", "the transitions take forever": "forever" after how long a thing lasts is a
    # complaint that it lasts too long (not understood; "stays up way too long" was read)
    (r"\b(stays?|staying|lingers?|lingering|hangs?\s+around|hanging\s+around|takes?|taking|lasts?|lasting|drags?\s+on"
     r"|goes\s+on|sits?\s+there|(?:is|are)\s+up|(?:is|are)\s+on\s+screen)((?:\s+(?:up|on\s+screen|there|around))?)"
     r"\s+(?:forever|for\s+ever|an\s+eternity|for\s+ages|ages)\b", r"\1\2 way too long"),
    # ("the transitions take too long", "the fades last way too long": as "are too long", which the transitions read)
    (r"\b(transitions?|fades?|crossfades?|dissolves?|wipes?)\s+(?:take|takes|last|lasts|drag\s+on|drags\s+on|go\s+on|goes\s+on)"
     r"\s+((?:a\s+(?:bit|little)\s+|way\s+|much\s+|far\s+)?too\s+long)\b", r"\1 are \2"),
    # "fade out over the last 2 seconds", "fade it in over the first second", "fade in the first 2 seconds": the fade's length
    # said as the part of the video it covers (not understood; "fade out over 2 seconds" was)
    (rf"\bfade\s+(?:{_FADE_ON}\s+)?(in|out)\s+(?:over|during|across|for|in)?\s*the\s+(?:first|opening|last|final|closing)"
     r"\s+(\d+(?:\.\d+)?)\s*(s|secs?|seconds?)\b"
     r"(?:\s+of\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:video|thing|edit|promo|ad|reel))?(?!\s+of\b)", r"fade \1 over \2 \3"),
    (rf"\bfade\s+(?:{_FADE_ON}\s+)?(in|out)\s+(?:over|during|across|for|in)?\s*the\s+(?:first|opening|last|final|closing)"
     r"\s+(?:second|sec)\b"
     r"(?:\s+of\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:video|thing|edit|promo|ad|reel))?(?!\s+of\b)", r"fade \1 over 1 second"),
    # "fade the whole thing out over three seconds": the whole video's fade, its length the fade's ("the whole thing" is
    # also the video's length: it was made 3 s long, set CC cc184)
    (r"\bfade\s+(?:the\s+(?:whole|entire)\s+(?:thing|video|edit)|everything)\s+(out|in)\b", r"fade \1"),
    # (in Chinese: "整个视频淡出三秒" was not understood, 整个视频 read as the length)
    # (or the video 整体: "…，然后整体淡出" was left unread, set DB db140; "字幕整体淡出" is the captions')
    (r"(?:把|将|让)?\s*(?:整个视频|整段视频|整支视频|全片|视频\s*整体|(?:^|(?<![\u4e00-\u9fff])|(?<=[把将让后着再并]))整体)\s*(?:在)?\s*(?:结尾|最后|末尾)?\s*(?:慢慢|逐渐)?\s*(?:地)?\s*淡出(?:掉)?", "结尾淡出"),
    (r"(?:把|将|让)?\s*(?:整个视频|整段视频|整支视频|全片)\s*(?:在)?\s*(?:开头|一开始)?\s*(?:慢慢|逐渐)?\s*(?:地)?\s*淡入(?!\s*(?:和|与|跟)?\s*淡出)",
     "开头淡入"),
    (rf"\b{_FADE_ASK}fade\s+(?:in\s+|up\s+)?from\s+(black|white)\b", r"fade in from \1"),
    (r"\b(?:add|put|use|include|want|have|end\s+with|finish\s+with|close\s+with)\s+(?:an?\s+)?(?:(?:quick|slow|short|gentle|soft|nice)\s+)?"
     r"(?:and\s+)?fade\s+(?:out\s+)?to\s+(black|white)\b", r"fade out to \1"),
)
REWRITES = REWRITES + (
    # "the title doesn't need to be bold", "captions shouldn't be bold", "标题不需要加粗": not bold (sets AD/AE ad053/ae149
    # read "bold", already so)
    (r"\b(?:shouldn'?t|should\s+not|doesn'?t\s+(?:need|have)\s+to|does\s+not\s+(?:need|have)\s+to|don'?t\s+(?:need|have)\s+to"
     r"|do\s+not\s+(?:need|have)\s+to|doesnt\s+(?:need|have)\s+to|dont\s+(?:need|have)\s+to|needn'?t|no\s+need\s+(?:for\s+it\s+)?to)"
     r"\s+be\s+(?:in\s+)?bold\b", "not bold"),
    (r"(?:不需要|不用|不必|无需|没必要)\s*(?:再)?\s*(?:加粗|粗体)", "不加粗"),
    # a look or a place said to be fine as it is: "centered is fine", "the position is ok", "the colour is good": kept, no
    # wish (set AN an232 left "bigger, centered is fine" unread, and the title not bigger)
    (r"\b(?:(?:and|but)\s+)?(?:the\s+|its\s+|their\s+)?(?:position|placement|place|spot|colou?r|font|size|timing"
     # (not "at the top/bottom is fine": said of a title in the middle that is a place wished for, wave9_t#37)
     r"|cent(?:er|r)ed|in\s+the\s+(?:middle|cent(?:er|re))|where\s+(?:it|they)\s+(?:is|are))"
     r"\s+(?:is|are|looks?|seems?)\s+(?:really\s+|pretty\s+|just\s+|totally\s+|all\s+)?(?:fine|good|great|perfect|ok|okay)"
     r"(?:\s+as\s+(?:it\s+)?is)?(?=\s*(?:[,.;!?\n，。；！？]|$|and\b|but\b))", " "),
)
# a word of four letters typed with a slip: the corrector reads words of five or more letters only, and a short word one
# letter off is too often a word of its own ("have", "cold"); these are no words ("the musc is way too quiet", set BB bb095)
REWRITES = REWRITES + (
    (r"\b(?:musc|muic|msic|musi)\b", "music"),
    (r"\b(?:vido|vdeo|vieo)\b", "video"),
    (r"\b(?:titl|ttle)\b", "title"),
    (r"\b(?:voic|vioce)\b", "voice"),
    (r"\b(?:clpi|cilp)\b", "clip"),
    # a loudness typed with a slip, after the word that grades it ("the music is way too laud", set CD cd096; "too lowd"
    # was read as "too low" and raised the music): "laud" alone stays the word it is
    (r"\b(too|so|very|really|bit|pretty|quite|kinda|super|extremely|overly|not|is|are|sounds?)\s+(?:laud|lowd|luod|loyd)\b", r"\1 loud"),
    (r"\b(too|so|very|really|bit|pretty|quite|kinda|super|extremely|overly|not|is|are|sounds?)\s+(?:qiet|quet|quiel)\b", r"\1 quiet"),
)
# the whole video's fade from / to a colour: read by the fade edit's phrase rules only (like the end card), so that
# "fade out to white over 2 seconds" is no "make the video 2 s long" (it was, beside the fade)
TARGETS["wholefade"] = (("fade to black", "fade to white", "fade from black", "fade from white", "fade out to black",
                         "fade out to white", "fade in from black", "fade in from white", "fades to black", "fades to white",
                         "fades in from black", "fades in from white", "fades out to black", "fades out to white",
                         "fade-out to black", "fade-in from black", "end on black", "end on white"),
                        ("黑场", "白场", "从黑色淡入", "从白色淡入", "淡出到黑色", "淡出到白色", "淡入淡出到黑色",
                         # the video's end or start said as the fade's place: "结尾淡出到黑，两秒", "整体加一个淡出结尾，2秒" are
                         # the fade's length, not the video's (set AO ao227 made the video 32 s)
                         "淡出到黑", "淡出到白", "从黑淡入", "从白淡入", "结尾淡出", "淡出结尾", "片尾淡出", "末尾淡出",
                         "开头淡入", "淡入开头", "片头淡入"))
# a clip's held last frame: read by the clip-speed edit's phrase rules only ("定格视频最后一帧2秒" was read as 1 fps and a
# 2-s video: 一帧 is 1帧 after normalising)
TARGETS["lastframe"] = (("last frame", "final frame", "end frame", "freeze frame", "freeze-frame"),
                        ("最后1帧", "最后一帧", "末帧", "定格"))

# "make the title red without changing anything else", "标题改红，别的都不要改": beside a wish the rest stays as it is
# anyway (the whole message "… without changing anything" stays no edit: stance.TOLD_ONLY)
FILLER_EN = FILLER_EN + ("without changing anything else", "without touching anything else", "without changing the rest",
                         "without touching the rest", "without editing anything else", "without modifying anything else",
                         "and don't change anything else", "but don't change anything else", "and leave the rest alone",
                         "and leave the rest as it is", "and keep the rest as it is", "keep the rest as it is",
                         "leave the rest as it is", "leave the rest alone", "nothing else changes")
FILLER_ZH = FILLER_ZH + ("别的都不要动", "别的都不要改", "别的不要改", "别的别动", "其他的不要改", "其他都不要改", "其他不要改",
                         "其余的不要动", "其余不要动", "其他的不变", "其他保持原样", "其余保持原样", "别的保持不变", "其他地方不要动",
                         "其他地方不变", "其它不要动")
# "don't undo, make it 20 seconds", "不要撤销，改成20秒": the undo said not to be done is no wish (its "don't" was left as a word
# of the clause, and the guard refused the length beside it)
FILLER_EN = FILLER_EN + ("don't undo that", "don't undo it", "don't undo", "do not undo that", "do not undo", "no need to undo",
                         "don't revert that", "don't revert it", "don't revert", "do not revert", "don't roll back",
                         "no don't undo that", "no don't undo")
FILLER_ZH = FILLER_ZH + ("不要撤销", "别撤销", "不用撤销", "不需要撤销", "不要撤回", "别撤回", "不要还原", "别还原")


# --- words added in parallel: one block per author, so that parallel work merges without conflicts ----------------
def extend(table: dict[str, tuple[tuple[str, ...], tuple[str, ...]]], key: str,
           en: tuple[str, ...] = (), zh: tuple[str, ...] = ()) -> None:
    """Adds words to one entry of TARGETS, OPS or POSITIONS (a key not there yet is a new entry)."""
    old = table.get(key, ((), ()))
    table[key] = (old[0] + en, old[1] + zh)


# the sound killed or not wanted, said of a clip by its place: its mute ("kill the sound on the first clip",
# "第一个视频不要声音": left unread or read as removing a thing named 声音, set DC dc087 dc106)
extend(OPS, "mute", en=("kill the sound", "kill the audio", "cut the sound", "cut the audio"),
       zh=("不要声音", "不要原声", "去掉声音", "去掉原声"))


# --- block P: promo and look (end card, logo, brand, presets, beats, transitions, fades, clip speed) ---
# (words added by the promo work go here, and only here)
# how closing words said unquoted at the end start: a call to action, thanks, a goodbye ("结尾加关注我们", "片尾放个下期见",
# "最后写谢谢惠顾", "结尾加链接在评论区"; the words after 下期/谢谢/链接 were dropped or looked for as a file, set DR); only
# words that start so are read as the card's ("结尾加音乐" is the music)
# (and in English: "end with Thanks for watching" read "Thanks" and looked for "for watching"; set DR)
CLOSING_EN = (r"(?:shop|buy|order|visit|follow|subscribe|grab|book|join|tap|swipe\s+up|learn\s+more|discover|sign\s+up"
              r"|link\s+in\s+bio|thanks|thank\s+you|see\s+you|stay\s+tuned|bye|goodbye|cheers|happy\s+shopping|until\s+next\s+time)\b")
CLOSING_ZH = (r"(?:关注|点赞|收藏|下单|购买|立即|马上|扫码|私信|进店|领券|订阅|欢迎|立减|限时|谢谢|感谢|下期|下次|记得|链接在|期待|再见"
              r"|点个|喜欢就|拜拜|明天见|回见|不见不散|我们下)")
# the last screen by other names ("add end page with text 'X'", "remove the closing page")
extend(TARGETS, "endcard", en=("end page", "final page", "last page", "closing page", "ending page", "ending screen",
                               "ending card", "closing slide", "final slide"),
       zh=("结尾页", "结束页", "片尾页", "结尾画面", "结束画面"))
# a card alone is the end card, so that "… and add a 'Shop now' card at the end" does not take the title from the clause
# before it (set T mul05 set the title twice); a title card is the title
extend(TARGETS, "endcard", en=("card",), zh=("卡片",))
extend(TARGETS, "title", en=("title card",), zh=("标题卡片",))
# the pictures' zoom in other words: "不要那个放大缩小的效果" (set AN an117, an170 left it unread beside the transitions)
extend(TARGETS, "motion", zh=("放大缩小的效果", "放大缩小效果", "放大缩小", "缩放的效果", "忽大忽小的效果", "推拉的效果"))
# syncing to the beat is an operation of its own, no frame's: "turn off the slow zoom and sync to the beat" was one clause
# that muted the music ("beat" names it) with the zoom (set AG ag198); the phrase rules read the sync
extend(OPS, "sync", en=("sync", "synchronise", "synchronize", "synch"))
# "don't want" typed without its apostrophe: "i dont want any music" (set AG ag102)
extend(OPS, "remove", en=("dont want", "dont need"))
# "don't really want" is "don't want", softened: a removal too ("i don't really want the little captions under each pic"
# was not understood, set CL cl090); the wish's own words after it decide as for "don't want" ("… bigger" still asks)
REWRITES = REWRITES + (
    (r"\b(don'?t|dont|do\s+not)\s+(?:really|actually|even|honestly|necessarily)\s+(want|need)\b", r"\1 \2"),
    # (not wanting to change a thing is keeping it, never its removal: "i don't want to change the title" removed the
    # title, found with cl090's rewrite)
    (r"\b(?:i\s+|we\s+)?(?:don'?t|dont|do\s+not)\s+(?:want|need)\s+(?:you\s+)?to\s+(?:change|touch|edit|alter|modify|redo|mess\s+with)\s+",
     "keep "),
)
# a length said with its unit, then one picture's said bare: "each photo 5 seconds, and the ring photo 8", "每张5秒，戒指
#那张8": the unit said once goes with both (set CJ cj229 was not understood). Only a picture said with "the"/"that" and a
# picture's noun (or 那张): "move image 2" has no length
_BARE_AFTER_UNIT_EN = (r"(?P<n1>\d+(?:\.\d+)?)\s*(?P<u>s|secs?|seconds?)\b(?P<mid>\s*[,;]?\s*(?:and\s+|but\s+|then\s+|while\s+)?"
                       r"(?:make\s+|give\s+|set\s+|keep\s+|leave\s+)?(?:the|that|this)\s+(?:[a-z][a-z\-]*\s+){1,2}?"
                       r"(?:photo|picture|image|pic|shot|one|slide)\s+(?:for\s+|at\s+|gets\s+|to\s+)?)"
                       r"(?P<n2>\d+(?:\.\d+)?)(?=\s*(?:$|[,.;!?]|(?:please|pls|instead)\b))")
_BARE_AFTER_UNIT_ZH = (r"(?P<n1>\d+(?:\.\d+)?)\s*秒(?P<mid>\s*[，,、；;]\s*(?:还有|然后|再|但是?)?\s*[^\s，,。；;\d]{1,8}?"
                       r"(?:那张|这张|那1张|这1张)(?:图片|照片|图)?\s*(?:放|要|给|显示|停|就)?\s*)"
                       r"(?P<n2>\d+(?:\.\d+)?)(?=\s*(?:$|[，,。.！!；;]|吧))")
# (the same of a thing said by its number: "shorten clip 1 to 7 seconds and clip 2 to 2" made both clips 7 s, the second's
# "to 2" read as part of its name; found by the lead, session 33)
_BARE_AFTER_UNIT_NUM_EN = (r"(?P<n1>\d+(?:\.\d+)?)\s*(?P<u>s|secs?|seconds?)\b(?P<mid>\s*[,;]?\s*(?:and\s+|but\s+|then\s+)?"
                           r"(?:(?:video\s+)?clip|image|picture|photo|pic|shot|slide|segment)\s*#?\d+\s+(?:to\s+|at\s+|for\s+)?)"
                           r"(?P<n2>\d+(?:\.\d+)?)(?=\s*(?:$|[,.;!?]|(?:please|pls|instead)\b))")
REWRITES = REWRITES + (
    (_BARE_AFTER_UNIT_EN, r"\g<n1> \g<u>\g<mid>\g<n2> \g<u>"),
    (_BARE_AFTER_UNIT_NUM_EN, r"\g<n1> \g<u>\g<mid>\g<n2> \g<u>"),
    (_BARE_AFTER_UNIT_ZH, r"\g<n1>秒\g<mid>\g<n2>秒"),
)
# a fate not wished on a thing, said with its participle: "don't want it taken down", "don't want the title cut off" is a
# worry, never the thing removed (set CK ck156 "is this song copyright free? don't want it taken down" removed the music);
# said as what may happen, which nothing reads ("i don't want the music" stays its removal)
REWRITES = REWRITES + (
    (r"\b(?:i\s+|we\s+)?(?:don'?t|dont|do\s+not)\s+want\s+(it|this|that|them|(?:the|my|our)\s+[a-z]+(?:\s+[a-z]+)?)\s+"
     r"(?:to\s+(?:be|get)\s+|getting\s+|being\s+)?"
     r"(taken\s+down|cut\s+off|flagged|blocked|banned|(?:copyright[\s-])?struck|claimed|reported|demonetized|demonetised|shadow[\s-]?banned)\b",
     r"\1 may be \2"),
)
# a font said bare in a clause after the kit's colour is the kit's: "品牌色 #e60012，字体用衬线", "our brand colour is navy and
# our font is serif" (the colour and the font were made all the text's, or not read; sets BH bh215, BI bi215). Only with
# no text named in the clause (标题 / 字幕 / title / caption keep theirs)
REWRITES = REWRITES + (
    (r"(品牌\s*(?:的)?\s*(?:主色调|主颜色|主色|颜色|色)[^。；;！!？?标题字幕]{0,20}[，,]\s*(?:并且?|然后|再)?\s*)(?:整体|所有)?(?:的)?\s*字体"
     r"(?=\s*(?:是|为|用|要|选|选用|采用|统一用|改成|换成|设为|设成)?\s*(?:无衬线|衬线|手写|黑体|宋体|楷体|圆体|展示|[a-z][a-z\-]{1,24}(?![a-z\-])))", r"\1品牌字体"),
    (r"(\b(?:our|my|the)\s+brand(?:'s)?\s+colou?r\s+(?:is|=|:)\s*(?:#[0-9a-f]{3,6}|[a-z]+(?:\s+blue)?)\s*(?:,\s*)?(?:and\s+)?)"
     r"(?:our|my|the)\s+(?:brand\s+)?font\s+(?:is|=|:|should\s+be)\s*(?=[a-z])", r"\1brand font "),
)
# the kit's colour and another wish joined by "and": two clauses ("our brand colour is navy and make the title gold" read
# navy as the title's and dropped the gold; "make the title bold and the brand colour red" made the title red and set no
# kit): the frames join them, as neither side alone names a thing of the video before "and"
REWRITES = REWRITES + (
    (r"(\b(?:our|my|the)\s+brand(?:'s)?\s+colou?r\s+(?:is|=|:)\s*(?:#[0-9a-f]{3,6}|[a-z]+(?:\s+blue)?))\s*,?\s*and\s+"
     r"(?=(?:please\s+)?(?:make|set|put|change|turn|move|use|give|add|remove|drop|delete|show|keep)\b)", r"\1; "),
    (r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?=(?:the\s+|our\s+|my\s+)?brand(?:'s)?\s+colou?r\s+(?:is\s+|to\s+|=\s*|:\s*|should\s+be\s+)?"
     r"(?:#[0-9a-f]{3,6}|[a-z]+(?:\s+blue)?)\s*(?:$|[,.;!?]))", "; "),
)
# the brand kit's font and colour said in Chinese as settings ("品牌字体设为Playfair，品牌色是黑色", "我们品牌的字体是衬线体",
# "品牌色红色，品牌字体衬线"): the kit's words, before the frames read 字体 as the text's font and took the colour after it for
# all the text (sets AK ak149, AM am198, AN an204)
REWRITES = REWRITES + (
    # (not beside a body font: "品牌字体用无衬线，正文用衬线体" is read whole by the brand kit's rule)
    # ("品牌主字体设置为衬线体": the kit's main font, with 设置为; set CP cp160 made all the text serif)
    (r"(?:我们|咱们|我们的)?\s*品牌\s*(?:的)?\s*(?:标题|主|主要)?\s*字体(?![^。；;]*(?:正文|字幕))\s*"
     r"(?:是|为|用|要|选|选用|采用|设为|设成|设置为|设置成|改成|改为|换成|换为|定为|调成|统一用|[:：])?\s*"
     # (written apart from a Chinese word before it: "请把品牌字体设为衬线体" read as "把brand font serif", which no rule's \b
     # starts, set BI bi082)
     r"([a-z][a-z\-]{1,24}|无衬线|衬线|手写)(?:体|字体)?(?:的)?(?=$|[\s,，。;；!！?？]|和|并|再)", r" brand font \1"),
    (r"brand font 无衬线", "brand font sans"), (r"brand font 衬线", "brand font serif"), (r"brand font 手写", "brand font handwriting"),
)
# the whole video's fade with its colour before it: "put a black fade out at the very end, 3 seconds" (nothing read it, and
# an end card beside it was done alone; set BR br127): said as "a fade out to black", which the fade reads (read before
# the rewrites of "add a fade in from white, 2 seconds")
REWRITES = (
    # (both ends said with one colour: "add a white fade in and out" faded in only, "fade in and fade out with white"
    # faded from and to black; found by the lead, session 23)
    (r"\b(?:(?:add|put\s+in|use|apply|give\s+it|do)\s+)?(?:a\s+|an\s+)?(black|white)\s+fade[\s-]?in\s+and\s+(?:fade[\s-]?)?out\b",
     r"fade in and out to \1"),
    (r"\bfade[\s-]?in\s+and\s+(?:fade[\s-]?)?out\s+(?:with|in|using)\s+(?:a\s+)?(black|white)\b", r"fade in and out to \1"),
    # (its length before the colour: "give it a 3 second white fade in" read "3 second" as a picture's time and the video's,
    # set CZ cz238; the colour after the fade, the length stays before it for the rewrites of "a 3 second fade in from white")
    (r"\b(\d+(?:\.\d+)?\s*-?\s*(?:s|secs?|seconds?)\s+(?:long\s+)?)(black|white)\s+fade[\s-]?out\b", r"\1fade out to \2"),
    (r"\b(\d+(?:\.\d+)?\s*-?\s*(?:s|secs?|seconds?)\s+(?:long\s+)?)(black|white)\s+fade[\s-]?in\b", r"\1fade in from \2"),
    (r"\b(?:a\s+|an\s+)?(black|white)\s+fade[\s-]?out\b", r"a fade out to \1"),
    (r"\b(?:a\s+|an\s+)?(black|white)\s+fade[\s-]?in\b", r"a fade in from \1"),
) + REWRITES
# 渐隐 / 渐显 are 淡出 / 淡入 in other words (read before every other rewrite): "结尾两秒渐隐到黑" left "两秒" to be read as the
# video's length, which only 淡出 kept apart (set AK ak126)
REWRITES = ((r"渐隐", "淡出"), (r"渐显", "淡入"),
            # 渐入 / 渐出 too ("开头黑场渐入2秒", set AT at198); the end said in English before a Chinese fade ("ending 淡出到黑屏",
            # set AR ar130)
            (r"渐入", "淡入"), (r"渐出", "淡出"),
            # "fade in" / "fade out" said in English beside Chinese words are 淡入 / 淡出 ("加一个 fade in 和 fade out，白色的"
            # was not understood, set CB cb267)
            (r"(?:(?<=[\u4e00-\u9fff])\s*|(?<![a-z\-]))fade[\s-]?in\b\s*(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s*fade[\s-]?in\b\s*", "淡入"),
            (r"(?:(?<=[\u4e00-\u9fff])\s*|(?<![a-z\-]))fade[\s-]?out\b\s*(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s*fade[\s-]?out\b\s*", "淡出"),
            # the card's second line said as "下面小字写", "下面一行写" (小字 were the captions, set AT at146, AS as182)
            (r"((?:片尾|结尾|卡片|结束页|结尾页)[^。！？!?]{0,40}?)[，,]\s*(?:下面|下方|底下|下边)\s*(?:再)?\s*(?:一行|的)?\s*(?:小字|小一点的字|一行字|一行)?\s*"
             # (its words unquoted too: "结尾卡片写 X，下面小字写 Y" made Y the captions' words, set CL cl245)
             # (a space typed after the verb is read as a comma by then)
             # (the longer verbs first: "写上“Y”" was cut after 写, leaving 上 before the words; corpus wave12_p#12)
             r"(?:(?:写着|写上|写|放|加上?)\s*(?:[:：]\s*|[,，]\s*(?=[^\s,，。；;！!？?\ue000]))?(?=\ue000|[^\s,，。；;！!？?])"
             # (no verb, the quoted words after a colon: "，下面小字：“www.abc.com”" was read as the captions' words)
             r"|(?<=[字行])\s*(?:是|为)?\s*[:：]?\s*(?=\ue000))", r"\1，下面写 "),
            # the card's 时长 said right after it: "结尾加上“X”，时长3秒" (the video was made 3 s long): its time, as 时间 is read
            (r"((?:片尾|结尾|卡片|结束页|结尾页)[^。！？!?]{0,40}?[，,]\s*)时长(?=\s*(?:是|为|:|：)?\s*\d)", r"\1时间"),
            # its background and its words' colour said together: "结尾卡片写“X”，黑色背景白字" (the black went to all the text, set AT
            # at142)
            (r"((?:片尾|结尾|卡片|结束页|结尾页)[^。！？!?]{0,40}?[，,]\s*(?:用)?\s*(?:纯)?[金银红蓝绿黑白黄粉紫橙灰]色?\s*(?:的)?\s*(?:背景|底色|底))\s*[，,]?\s*"
             r"(?:配|加|用)?\s*([金银红蓝绿黑白黄粉紫橙灰])色?\s*(?:的)?\s*(?:字|文字)(?![\u4e00-\u9fff])", r"\1，cardink \2"),
            # the whole picture wished as "不要被裁", "显示完整图片" ("图片不要被裁" removed a picture named 被裁, sets AT at116, at229)
            (r"(?:图片|照片|画面)?\s*(?:不要|别|不)\s*被\s*(?:裁|切)(?:掉|剪|切)?(?:了)?", "不要裁剪"),
            # (the pictures said whole, and not cut, without 被: "图片要完整的不要切" removed a picture named 切, "竖版，图片别切掉"
            # read nothing of it and did not say so; set EB eb111)
            (r"(?:图片|照片|画面|商品|产品)\s*(?:要|都要?)?\s*完整(?:的)?(?:显示)?\s*(?:[,，]\s*)?(?:(?:不要|别)\s*(?:裁|切)(?:掉|剪|切)?(?:了)?)?(?![\u4e00-\u9fff])"
             r"|(?:图片|照片|画面|商品|产品)\s*(?:都)?\s*(?:不要|别)\s*(?:裁|切)(?:掉|剪|切)?(?:了)?(?![\u4e00-\u9fff])", "完整显示"),
            (r"显示\s*完整(?:的)?\s*(?:图片|照片|画面)|(?:图片|照片|画面)\s*(?:要|都)?\s*(?:完整显示|显示完整)", "完整显示"), (r"(?<![a-z])(?:the\s+)?(?:ending|end)\s*(?=淡出|渐隐)", "结尾"),
            # (and before a Chinese verb of adding: "ending加一个 Follow us" was no card said, set CX cx235)
            (r"(?<![a-z])(?:the\s+)?ending\s*(?=(?:再)?\s*(?:添加|加|放|写))", "结尾"),
            # no ducking, the wish said first: "不要在说话的时候压低音乐" (read before "在说话的时候压低音乐" becomes "开启自动闪避", set
            # AK ak81)
            (r"(?:别|不要|不用|无需)\s*(?:在)?\s*(?:旁白|配音|人声|有人)?\s*(?:说话|讲话|出现)\s*(?:的时候|时)\s*(?:自动)?\s*(?:压低|降低|闪避)\s*(?:背景)?音乐",
             "取消闪避"),
            # the ducking turned off said as the feature it is: "请关闭旁白说话时自动压低音乐的功能", "把配音时压低音乐的功能关掉"
            # (set CI ci101: the 压低 read as the ducking wished, already on, and 关闭 dropped)
            (r"(?:关闭|关掉|关上|停用|取消|去掉)\s*(?:在)?\s*(?:有)?(?:旁白|配音|人声|解说|人)?\s*(?:说话|讲话|出现|响起)?\s*(?:的时候|时)\s*(?:自动)?\s*"
             r"(?:压低|降低|调小|减弱|闪避)\s*(?:背景)?音乐\s*(?:的)?\s*(?:功能|效果|设置|选项)?", "取消闪避"),
            (r"(?:把|将)\s*(?:在)?\s*(?:有)?(?:旁白|配音|人声|解说|人)?\s*(?:说话|讲话|出现|响起)?\s*(?:的时候|时)\s*(?:自动)?\s*(?:压低|降低|调小|减弱|闪避)\s*"
             r"(?:背景)?音乐\s*(?:的)?\s*(?:功能|效果|设置|选项)\s*(?:关闭|关掉|关了|关上|停用|取消|去掉)(?:吧|了)?", "取消闪避"),
            # (and in English: "turn off the thing that turns the music down when someone speaks" muted the music)
            (r"\b(?:turn\s+off|disable|switch\s+off|stop|get\s+rid\s+of|kill)\s+(?:the\s+)?(?:auto(?:matic)?\s+)?"
             r"(?:(?:feature|thing|setting|option|effect|function)\s+(?:that|which)\s+(?:auto(?:matically)?\s+)?)?"
             r"(?:lowers|lowering|turns|turning|ducks|ducking|dips|dipping)\s+(?:of\s+)?(?:the\s+)?(?:background\s+)?music(?:\s+down)?\s+"
             r"(?:when|while|whenever|during|under)\s+(?:the\s+|someone\s+|anyone\s+|somebody\s+)?(?:voice\s*-?\s*over|voiceover|voice|narration"
             r"|narrator|speaker|speaks|talks|speech)(?:\s+(?:talks|speaks|is\s+talking|is\s+speaking|plays|comes\s+in))?\b", "turn off the ducking"),
            ) + REWRITES
REWRITES = REWRITES + (
    # "结尾那一页卡片去掉", "最后那张卡片删掉": the end card said by where it is (那 is no "it" to ask about)
    (r"(?:视频)?(?:结尾|最后|末尾|片尾)\s*(?:的)?\s*(?:那|这)\s*(?:[一1]\s*)?(?:页|张|个|屏)?\s*(?:卡片|画面|页|屏)", "结尾卡片"),
    # "it's for Black Friday, …", "it's a sneaker drop": what the video is for, no edit ("drop" was read as a removal
    # of "it", and the question hid the request beside it); a platform ("it's for TikTok") is a format, kept
    # ("it's the music, make it quieter" names what "it" is: a thing of the video keeps the clause)
    # (after a spaced hyphen too: "Give it a luxury, classy feel - it's for the gold ring launch" was not understood, set EC
    # ec093)
    (r"(?:^|(?<=[,.;!?—–])|(?<=\s-))\s*(?:it'?s|it\s+is|this\s+is)\s+(?:for\s+|(?:a|an|our|my)\s+)"
     r"(?![a-z0-9'&\- ]*?\b(?:music|song|soundtrack|bgm|title|headline|heading|captions?|subtitles?|text|words|voice|voiceover|narration"
     r"|logo|watermark|clip|footage|pictures?|images?|photos?|pics?|shots?|slides?|transitions?|outro|intro|end\s+card|sound|audio)\b)"
     r"(?!(?:a\s+|an\s+|the\s+|our\s+|my\s+)?(?:bit|little|lot|tad|touch|tiktok|instagram|insta|ig|youtube|yt|reels?|shorts|stories|story"
     r"|facebook|fb|linkedin|twitter|x|pinterest|snapchat|phones?|mobile|desktop|tv|web|website|feed|vertical|horizontal|square)\b)"
     r"[a-z0-9'&\- ]{1,40}?(?=\s*(?:[,.;!?]|$))", ""),
    # "hard cuts, no zoom, …": no transitions (the frames read "cuts" beside "no zoom" as one clause and the hard cuts
    # were lost)
    # (never the old value: "use slide transitions instead of hard cuts" removed the transitions)
    (r"(?<!instead\sof\s)(?<!rather\sthan\s)\b(?:use\s+|with\s+|just\s+|only\s+)?(?:hard|straight|plain|simple)\s+cuts?\b(?:\s+(?:between|from)\s+(?:the\s+)?"
     r"(?:pictures|images|photos|shots|slides|clips|scenes)(?:\s+(?:to|and)\s+(?:the\s+)?(?:next|pictures|images|photos|shots))?)?"
     r"(?:\s+only)?(?!\s+(?:are|is|feel|feels|look|looks|seem|seems|were|too|make|makes|between\s+(?:the\s+)?(?:title|captions?)))",
     # (a removal, an operation of its own: "set every picture to 4 seconds and use hard cuts" was one clause, and the
     # transitions were made 4 s long, set AC ac215)
     "remove the transitions"),
    # "最后3秒慢慢淡出", "结尾2秒淡出成白色": the fade's length (the 3 s was read as the video's length)
    (r"(?:视频)?(?:最后|结尾)\s*(?:的)?\s*(\d+(?:\.\d+)?)\s*秒\s*(?:钟)?\s*(?:内)?\s*(?:慢慢|逐渐|渐渐|缓缓)?\s*(?:地)?\s*淡出"
     r"\s*((?:到|成|为)?\s*(?:黑色|白色|黑场|白场|黑屏|白屏|黑|白))?", r"结尾淡出\2，持续\1秒"),
    # one side of the whole video's fade removed: "get rid of the fade to black", "no fade at the end please", "remove the
    # fade-in", "去掉结尾的淡出", "结尾不要淡出了" (the frames read "remove the fade at the end" as a picture to remove);
    # read by the fade edit's phrase rules. A fade said with no side or colour may be the transitions: left as it is.
    (r"\b(?:remove|delete|drop|get\s+rid\s+of|lose|ditch|no|without|turn\s+off|disable|cancel|stop)\s+(?:the\s+|any\s+|that\s+)?"
     r"(?:slow\s+|final\s+|closing\s+)?(?:fade[\s-]*out(?:\s+(?:to\s+(?:black|white)|at\s+the\s+(?:very\s+)?end))?|fade\s+to\s+(?:black|white)"
     r"(?:\s+at\s+the\s+(?:very\s+)?end)?|fade\s+at\s+the\s+(?:very\s+)?end)(?!\s*(?:transitions?|between))(?:\s+of\s+the\s+video)?", "fadeoff out"),
    (r"\b(?:remove|delete|drop|get\s+rid\s+of|lose|ditch|no|without|turn\s+off|disable|cancel|stop)\s+(?:the\s+|any\s+|that\s+)?"
     r"(?:slow\s+|opening\s+)?(?:fade[\s-]*in(?:\s+(?:from\s+(?:black|white)|at\s+the\s+(?:very\s+)?(?:start|beginning)))?|fade\s+from\s+(?:black|white)"
     r"(?:\s+at\s+the\s+(?:very\s+)?(?:start|beginning))?|fade\s+at\s+the\s+(?:very\s+)?(?:start|beginning))(?!\s*(?:transitions?|between))", "fadeoff in"),
    (r"(?:去掉|取消|不要|删掉|删除|拿掉)\s*(?:视频)?(?:结尾|片尾|最后)\s*(?:的)?\s*(?:淡出|渐隐)(?:效果)?"
     r"|(?:视频)?(?:结尾|片尾|最后)\s*(?:的)?\s*(?:不要|别|不用)\s*(?:再)?\s*(?:淡出|渐隐)(?:效果)?(?:了)?"
     r"|(?:视频)?(?:结尾|片尾|最后)\s*(?:的)?\s*(?:淡出|渐隐)(?:效果)?\s*(?:去掉|不要了?|删掉|删了|取消|拿掉)", "fadeoff out"),
    (r"(?:去掉|取消|不要|删掉|删除|拿掉)\s*(?:视频)?(?:开头|片头)\s*(?:的)?\s*(?:淡入|渐显)(?:效果)?"
     r"|(?:视频)?(?:开头|片头)\s*(?:的)?\s*(?:不要|别|不用)\s*(?:再)?\s*(?:淡入|渐显)(?:效果)?(?:了)?"
     r"|(?:视频)?(?:开头|片头)\s*(?:的)?\s*(?:淡入|渐显)(?:效果)?\s*(?:去掉|不要了?|删掉|删了|取消|拿掉)", "fadeoff in"),
    # "add logo.png in the corner, 50% transparent": how it looks belongs to the placing (as "…, semi-transparent")
    (r",\s*((?:at\s+)?\d+(?:\.\d+)?\s*%\s*(?:transparent|transparency|opacity|opaque|see-through))\b", r" \1"),
    # "…, it makes people dizzy": why, not what (it was read as "make it …" and asked what "it" is)
    (r"\s*[,;]?\s*(?:because\s+|as\s+|since\s+)?(?:it|that|this|they)\s+(?:makes?|is\s+making|gets?)\s+(?:people|me|viewers|everyone|us|them|"
     r"the\s+(?:viewers|audience|client|customers?))\s+(?:feel\s+)?(?:dizzy|sick|nauseous|seasick|queasy|uneasy|tired|bored|confused)\b", ""),
    # "slow the unboxing clip down to half speed", "speed clip.mp4 up": the particle back beside its verb, as the clip
    # speed edit reads it ("slow down the clip …")
    (r"\b(slow|speed)\s+((?:the\s+|that\s+|this\s+)?(?:[a-z0-9\-]+\s+){0,2}(?:video\s+clip|clip|footage|video)|[a-z0-9_\-]+\.(?:mp4|mov|webm|m4v|mkv))"
     r"\s+(down|up)\b", r"\1 \3 \2"),
    # "图片别再缩放了，静止就好", "照片不要推拉了，保持不动": no zoom said twice, as what to stop and what to keep (the two
    # halves were read as two motions and nothing was done)
    # ("图片别放大缩小的,静止就行", set AD ad142)
    (r"(?:别|不要|不用|停止)\s*(?:再)?\s*(?:缩放|推拉|放大缩小|zoom)\s*(?:的|了)?\s*[,，]\s*(?:就|让它们?|让图片|让照片)?\s*(?:保持)?\s*"
     r"(?:静止|静态|不动)\s*(?:就好了?|就行了?|就可以了?|即可|吧)?", "关闭缩放"),
    # "the sneaker's toe gets cropped, can you show the whole shoe", "商品的边被裁掉了，显示完整的商品": a part cut off,
    # then the whole thing asked for, is the pictures shown whole (the thing is what a picture shows, not a file)
    (r"(?:^|(?<=[,.;!?]))\s*[a-z0-9'\- ]{0,40}?\b(?:is|are|gets?|getting|keeps?\s+getting|get)\s+(?:being\s+)?"
     r"(?:cropped|cut\s+off|chopped\s+off)(?:\s+(?:in|on|at)\s+(?:the\s+)?(?:photos?|pictures?|images?|shots?|frame|top|bottom|edges?|sides?))?"
     r"\s*[,;]?\s*(?:so\s+)?(?:please\s+|can\s+you\s+|could\s+you\s+)?show\s+(?:me\s+)?(?:the\s+)?(?:whole|full|entire|complete)\s+"
     r"(?!(?:video|title|text|captions?|clip|thing|song|music)\b)(?:[a-z'\-]+\s+){0,2}?[a-z'\-]+(?=\s*(?:[,.;!?]|$))", "don't crop"),
    (r"(?:^|(?<=[,，。;；]))\s*[^,，。;；]{0,12}?被\s*(?:裁掉|裁剪掉?|切掉|剪掉|裁)\s*了?\s*[,，]\s*(?:请|麻烦)?\s*(?:显示|展示|露出)\s*"
     r"(?:完整的?|全部的?|整个的?)\s*[\u4e00-\u9fff]{1,6}?(?=\s*(?:[,，。;；!！?？]|$))", "完整显示"),
    # "最后放一句 扫码关注 吧": a line put at the end is added there (放 after 最后 was read as moving "it" last)
    (r"(结尾|片尾|最后|末尾)\s*(?:再)?\s*放上?\s*((?:一|1)\s*(?:句|行))", r"\1加\2"),
    # "帧率25", "帧速率 60": a bare number after the frame rate is frames per second
    # ("帧率30改成60": the rate it has, then the one asked, set AI ai227)
    (r"(?:帧率|帧速率)\s*(\d+)(?![\d.%])(?!\s*(?:fps|帧|frames|秒|s\b|%))(?!\s*(?:改|换|变|调|设))", r"帧率改成\1帧"),
)
# (sets J, K, L) the brand colour said as a fact, then "use it": the brand kit's colour ("Our brand colour is navy blue,
# please use it" asked what "it" is; "Brand kit update: primary colour #1A73E8. Please apply it", "品牌标准色为蓝色，请统一应用")
_BRAND_IS = (r"\b(?:(?:our|my|the|their|your)\s+)?brand(?:'s)?\s+(?:kit\s+)?(?:(?:update|guidelines?|rules?)\s*[:\-]\s*)?"
             r"(?:(?:primary|main|official|signature|core)\s+)?colou?r\s*(?:is|=|:|will\s+be|should\s+be)?\s*"
             r"|\bbrand\s+(?:kit|guidelines?)(?:\s+update)?\s*[:\-]\s*(?:(?:our|the)\s+)?(?:(?:primary|main|brand)\s+)colou?r\s*(?:is|=|:)?\s*")
REWRITES = REWRITES + (
    (rf"(?:{_BRAND_IS})(#[0-9a-f]{{3,6}}|[a-z]+(?:\s+[a-z]+)?)\s*(?:[,.;!]\s*|\s+)(?:so\s+)?(?:please\s+|pls\s+|can\s+you\s+|could\s+you\s+)?"
     r"(?:use|apply)\s+(?:it|that|this|them)\b(?:\s+(?:everywhere|throughout(?:\s+the\s+video)?|to\s+the\s+(?:video|whole\s+video)"
     r"|in\s+the\s+video|on\s+everything|across\s+the\s+video))?", r"use our brand colour \1"),
    # ("我们品牌色是橙色的，统一一下": the colour said with 的, and 统一 alone its use; set CP cp158 looked for a colour "橙色的")
    (r"(?:(?:我们|我司|公司|本店|店铺)的?)?品牌(?:的)?(?:标准|主|专属|官方)?(?:颜)?色(?:调)?\s*(?:为|是)\s*([\u4e00-\u9fff]{1,3}?色|#[0-9a-f]{3,6})"
     r"\s*(?:的)?\s*[，,。]?\s*(?:请)?\s*(?:在|把它|将其)?\s*(?:视频|全片|整个视频)?\s*(?:中|里|上)?\s*(?:统一|都|全部)?\s*(?:应用|使用|用上|用起来|用|统一)(?:一下|上|起来)?",
     r"品牌色是\1"),
    # the whole video's fade said in other words: "视频开头黑屏慢慢亮起来", "片头做一个从黑色渐显的效果", "open on black and fade
    # up into the first shot", "end the video by fading the picture out to white"
    (r"(?:视频)?(?:开头|片头|一开始|开场)\s*(?:的时候)?\s*(?:请)?\s*(?:做|加|弄)?\s*(?:一个|1\s*个|个)?\s*(?:先)?\s*(?:从)?\s*(?:黑屏|黑色|黑场|全黑)\s*(?:[，,]\s*(?:然后|再|之后)?)?\s*(?:慢慢|逐渐|渐渐|缓缓)?\s*(?:地)?"
     r"\s*(?:亮起来|变亮|亮起|淡入|渐显|显出来|过渡到画面)(?:的)?\s*(?:效果)?(?!\s*\d)", "从黑色淡入"),
    (r"(?:视频)?(?:开头|片头|一开始|开场)\s*(?:的时候)?\s*(?:请)?\s*(?:做|加|弄)?\s*(?:一个|1\s*个|个)?\s*(?:先)?\s*(?:从)?\s*(?:白屏|白色|白场|全白)\s*(?:[，,]\s*(?:然后|再|之后)?)?\s*(?:慢慢|逐渐|渐渐|缓缓)?\s*(?:地)?"
     r"\s*(?:亮起来|变亮|亮起|淡入|渐显|显出来|过渡到画面)(?:的)?\s*(?:效果)?(?!\s*\d)", "从白色淡入"),
    (r"(?:做|加|弄)?\s*(?:一个|1\s*个|个)?\s*从(?:黑色|黑屏|黑场)\s*(?:慢慢|逐渐|渐渐)?\s*(?:渐显|亮起来|变亮|显现)(?:的)?\s*(?:效果)?(?!\s*\d)", "从黑色淡入"),
    (r"\b(?:open|start|begin)\s+(?:the\s+video\s+)?(?:on|with|from|in)\s+(?:a\s+|the\s+)?(black|white)(?:\s+(?:screen|frame))?\s*,?\s*(?:and\s+|then\s+)?"
     r"fade\s+(?:up|in)(?:\s+(?:into|to)\s+(?:the\s+)?(?:first\s+(?:shot|picture|image|photo|slide|clip|frame)|video|pictures?|images?))?",
     r"fade in from \1"),
    (r"\b(?:end|finish|close)\s+(?:the\s+video|it|everything)\s+(?:by|with)\s+(?:a\s+)?fad(?:e|ing)\s+(?:the\s+(?:picture|image|video|screen|frame)\s+|it\s+"
     r"|everything\s+)?(?:out\s+)?(?:to|into)\s+(black|white)\b", r"fade out to \1"),
    (r"\bfade\s+the\s+(?:picture|image|screen|frame|last\s+(?:shot|picture|frame))\s+(?:out\s+)?(?:to|into)\s+(black|white)\b", r"fade out to \1"),
    (r"\bfade\s+(?:up|in)\s+from\s+(black|white)\s+(?:into|to)\s+(?:the\s+)?first\s+(?:shot|picture|image|photo|slide|clip|frame)\b", r"fade in from \1"),
)
# (set J) the end card's words said after it ("片尾增加一张结束页，文案为“立即抢购”": a card with the title's text was added
# and the words left unread) or before it ("加一张文案为“立即抢购”的结束页")
_CARD_ZH = r"(?:结束页|结尾页|片尾页|结尾卡片|片尾卡片|结尾画面|结束画面|结束卡片|片尾)"
REWRITES = REWRITES + (
    # (its main words named so: "…结束卡片，主文字为“X”，副标题为“Y”", set CK ck247 said the title's words)
    (rf"({_CARD_ZH})\s*[，,]\s*(?:其|上面|上面的)?\s*(?:主|主要)?\s*(?:文字内容|文案|文字|内容|标语|口号|字)\s*(?:为|是|写|写成|写着|用)\s*[:：]?\s*(?=\ue000)", "结束页，写着 "),
    (r"(?:文案|文字|内容|标语|口号)\s*(?:为|是|写着)\s*(\ue000\d+\ue001)\s*的\s*" + rf"{_CARD_ZH}", r"结束页，写着 \1"),
)
REWRITES = REWRITES + (
    # "播放速度请加快一倍" (一倍 is 1倍 once numbers are digits): twice as fast
    (r"(加快|加速|快)\s*1\s*倍(?!速)", r"\1一倍"),
    # the video's length doubled or halved said plainly: "长一倍", "拉长一倍", "短一半" ("视频长一倍" was read as "already so",
    # "缩短一半" beside a card not understood; set DR)
    (r"(?:(?<=视频)|(?<=时长)|(?<=整体)|(?<=片子)|(?<=总长)|^|(?<=[,，;；。\s]))\s*(?:再)?\s*(?:长|延长|拉长|加长|变长)\s*(?:了)?\s*1\s*倍(?!速)", "时长翻倍"),
    (r"(?:(?<=视频)|(?<=时长)|(?<=整体)|(?<=片子)|(?<=总长)|^|(?<=[,，;；。\s]))\s*(?:再)?\s*(?:短|缩短|剪短|砍掉|缩|变短)\s*(?:了)?\s*一半", "时长减半"),
    # half a clip's length said another way: "trim the clip to half its length" (its sound was set to 50 %), "make the
    # clip half as long" (it played at half speed)
    (r"\b(?:make|have|get)\s+((?:the\s+)?(?:[a-z0-9\-]+\s+)?(?:clip|footage)|[a-z0-9_\-]+\.(?:mp4|mov|m4v|webm|mkv))\s+half\s+as\s+long\b", r"cut \1 in half"),
    # shorter said as tightened: "整体压缩一下", "精简点", "紧凑一些", "tighten it up" (not understood, or a clause dropped as
    # talk beside another wish; set DR); a file's size made smaller is no length ("压缩一下文件大小" stays unread)
    (r"(?:压缩|精简|紧凑)\s*+(?:一下|一点|点|些|一些)?+(?!\s*(?:文件|大小|体积|画质|码率|清晰|\d))", "短一点"),
    (r"\btighten\s+(?:it|this|things|the\s+(?:video|edit|cut))?\s*up\b|\b(?:make\s+it\s+)?tighter\b(?!\s+(?:crop|framing|fit))", "shorter"),
    # "把logo.png放在左上角，透明度50%": how it looks belongs to the placing (as ", 50% transparent")
    (r"[，,]\s*((?:不)?透明度\s*(?:为|是|设为|调到|调成)?\s*\d+(?:\.\d+)?\s*%)", r" \1"),
)
REWRITES = REWRITES + (
    # "the unboxing clip, hold the last frame for 2 seconds": the clip named first is the one whose frame is held
    (r"(?:^|(?<=[.;!?]))\s*((?:the\s+|that\s+|this\s+)?(?:[a-z0-9\-]+\s+){0,2}(?:clip|video|footage)|[a-z0-9_\-]+\.(?:mp4|mov|webm|m4v|mkv))\s*[,:]\s*"
     r"(hold|freeze|keep)\s+(?:its|the)\s+(last|final|end)\s+frame\b", r" \2 the \3 frame of \1"),
)
REWRITES = REWRITES + (
    # "fade-through-black transitions", "dip to white between the shots": a transition through a colour
    (r"\bfade[\s-]+(?:through|thru|via)[\s-]+(black|white)\b", r"fade\1"),
    (r"\bdip[\s-]+(?:to|through)[\s-]+(black|white)(?=\s+(?:transitions?|between))", r"fade\1"),
    # ("use fade-to-black transitions throughout": the transition, not the video's fade at its end; set BU bu113)
    (r"\bfade[\s-]+to[\s-]+(black|white)(?=\s+transitions?\b)", r"fade\1"),
    # "our editor prefers fade-through-black transitions between the segments; please use those": use them
    (r"\b(?:our|my|the)\s+(?:editor|client|boss|team|brand|customer|user|designer)\s+(?:prefers?|likes?|wants?|would\s+like)\s+"
     r"((?:[a-z\-]+\s+){1,3}?transitions?)(?:\s+between\s+(?:the\s+)?[a-z]+)?\s*[;,.]\s*(?:so\s+)?(?:please\s+|pls\s+)?use\s+(?:those|them|these|that|it)\b",
     r"use \1"),
)
# (set M) the promo look and the picture said in other words
_ELEGANT_EN = r"(?:classy|upmarket|upscale|luxurious|luxury|premium|high[\s-]end|sophisticated|refined|posh|chic|elegant)"
_PICS_EN = r"(?:pictures|images|photos|pics|slides|shots)"
_CHANGES_EN = r"(?:(?:picture|image|photo|slide|shot|scene)\s+)?(?:changes|cuts|switches|transitions)"
REWRITES = REWRITES + (
    # "go for a classy, upmarket look": two words for one style are the style once ("classy," was left unread)
    (rf"\b{_ELEGANT_EN}\s*(?:,|and|&)\s*(?:and\s+)?(?={_ELEGANT_EN}\b)", ""),
    (r"\b(?:go|going)\s+for\s+(?=(?:a|an)\s+[a-z\-]+\s+(?:look|feel|vibe|style|aesthetic)\b)", "use "),
    # "style it like a big sale ad", "make it look like a clearance commercial": the sale style
    (r"\bstyle\s+(?:it|the\s+video|this|everything)\s+(?:like|as)\s+(?=an?\s+)", "make the video look like "),
    (r"\b(?:make|have)\s+it\s+(?:look|feel)\s+like\s+(?=an?\s+(?:big\s+)?(?:sale|clearance|black\s+friday|flash\s+sale|discount|promo)\s+"
     r"(?:ad|advert|advertisement|commercial|spot)\b)", "make the video look like "),
    (r"\b((?:big\s+)?(?:sale|clearance|black\s+friday|flash\s+sale|discount|promo))\s+(?:ad|advert|advertisement|commercial|spot)\b",
     r"\1 style"),
    # "promo style for black friday", "i want a look for our clearance sale": the style of that sale day (set CC cc176 was
    # not understood); only a style named by nothing else ("elegant style for black friday" stays the elegant style)
    (r"((?:^|(?<=[,;:.!?])\s*|\b(?:use|want|need|apply|try|give\s+it|go\s+with|go\s+for|do|like|please|pls)\s+))"
     r"(?:(?:a|an|the|our|some)\s+)?(?:(?:promo(?:tional)?|sale|ad|advert|commercial|campaign|special)\s+)?(?:style|look|vibe|feel|theme)\s+"
     r"for\s+(?:a\s+|the\s+|our\s+|my\s+)?(black\s+friday|cyber\s+monday|flash\s+sale|clearance|big\s+sale)"
     r"(?:\s+(?:sale|deals?|campaign|promo(?:tion)?|ad|advert|weekend|week|event))?\b", r"\1\2 style"),
    # "black friday sale style", "cyber monday deals look": the sale day's word after it is the day's style (set CU cu021 was
    # not understood)
    (r"\b(black\s+friday|cyber\s+monday)\s+(?:sale|deals?|promo(?:tion)?)\s+(?=(?:style|look|vibe|theme|preset)\b)", r"\1 "),
    # "black friday promo, use the sale preset": the occasion said before a style named is what the style is for, not a
    # wish of its own (set CS cs159 was not understood)
    (r"(?:^|(?<=[.;!?]))\s*(?:(?:a|an|the|our|my|its|it'?s)\s+)?(?:black\s+friday|cyber\s+monday|flash\s+sale|clearance|holiday)"
     r"\s+(?:promo(?:tion)?|sale|campaign|ad|video|deals?)\s*[,;:\u2014-]\s*(?=(?:so\s+)?(?:use|apply|go\s+with|pick|try)\s+"
     r"(?:the\s+|a\s+)?[a-z]+\s+(?:preset|style|look|theme)\b)", ""),
    # "line the picture changes up with the beat", "can the cuts hit the drums?", "the picture changes feel random, match
    # them to the rhythm of the song": the cuts on the beat
    (rf"\b(?:the\s+)?{_CHANGES_EN}\s+(?:feel|feels|seem|seems|look|looks|are)\s+(?:kind\s+of\s+|a\s+bit\s+|so\s+|too\s+)?"
     r"(?:random|off|out\s+of\s+sync|arbitrary|messy|all\s+over\s+the\s+place)\s*[,;.]\s*(?:so\s+)?(?:please\s+|can\s+you\s+|could\s+you\s+)?"
     r"(?:match|sync|time|line)\s+(?:them|those)(?:\s+up)?\s+(?:to|with)\s+the\s+(?:rhythm|beat|beats|tempo|drums)"
     r"(?:\s+of\s+the\s+(?:song|music|track|bgm))?", "cut to the beat"),
    (rf"\b(?:line|match|sync|time)\s+(?:the\s+)?{_CHANGES_EN}(?:\s+up)?\s+(?:to|with)\s+the\s+(?:rhythm|beat|beats|tempo|drums)"
     r"(?:\s+of\s+the\s+(?:song|music|track|bgm))?", "cut to the beat"),
    # (the question mark kept: "can the cuts land on the beat? it looks off right now" joined the complaint to the wish
    # and muted the music, set BS bs107)
    (rf"\b(?:can|could)\s+(?:the\s+)?{_CHANGES_EN}\s+(?:hit|land\s+on|follow|match|fall\s+on)\s+the\s+(?:drums?|beats?|rhythm|kicks?|snare)\b(?:\s*(\?))?",
     r"cut to the beat\1"),
    (rf"\b(?:make\s+)?(?:the\s+)?{_CHANGES_EN}\s+(?:hit|land\s+on|fall\s+on)\s+the\s+(?:drums?|beats?|kicks?|snare)\b", "cut to the beat"),
    # "captions on", "subtitles back on please": the captions turned on ("upright video, captions on" set the shape and
    # dropped the captions without a word; set DH)
    (r"\b(captions?|subtitles?|text\s+overlays?)\s+(?:back\s+)?on\b(?=\s*(?:please|pls|again|too)?\s*(?:[,.;!?]|$|\band\b|\bthen\b))",
     r"turn \1 on"),
    # a shape said with spaces or "by": "9 x 16", "1080 by 1920" (read as one picture's number: "it" was asked)
    # (the shapes' own numbers only: "show the pictures 1 by 1" is one at a time)
    (r"(?:(?<=\b9)\s+(?:x|by|×)\s+(?=16\b)|(?<=\b16)\s+(?:x|by|×)\s+(?=9\b)|(?<=\b4)\s+(?:x|by|×)\s+(?=5\b)"
     r"|(?<=\b1)\s+(?:x|×)\s+(?=1\b)|(?<=\d{3})\s+(?:x|by|×)\s+(?=\d{3,4}\b))"
     r"(?=\d+\s*(?:$|[,.;!?]|at\b|and\b|@|please\b|format|ratio|aspect|vertical|portrait|square))", "x"),
    (r"\b(?:set|make|switch|change|turn)\s+(it|the\s+video|this)\s+(?:to\s+)?vert\b", r"make \1 vertical"),
    # a relayed list's short forms (set DJ): "put clip.mp4 at 70% volume", "transitions dissolve at 1 second each", "a fade
    # in and a fade out of 1 second each" (each was said not understood)
    (r"\bput\s+([a-z0-9][\w\-]*\.(?:mp4|mov|m4v|webm|mkv))\s+(?:at|to)\s+(\d+(?:\.\d+)?\s*%)\s*(?:volume|vol|loudness)?\b", r"set \1 to \2 volume"),
    (r"\btransitions?\s*(?::|to|as)?\s*(dissolve|fade|slide|wipe|zoom|crossfade|cross-fade)s?\s+(?:at|of|for)\s+(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\s*(?:each|apiece)?\b",
     r"\1 transitions of \2"),
    (r"\bfade[\s-]+in\s+and\s+(?:a\s+)?fade[\s-]+out\s+(?:of|for)\s+(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\s*(?:each|apiece)?\b",
     r"fade in of \1 and a fade out of \1"),
    # "make it tall", "a tall video": the upright format
    # ("set it to tall at 30fps", "switch to upright": the shape set, said so; the frame rate was set and the shape
    # dropped without a word)
    (r"\b(make|turn|have|set|change|switch|convert)\s+(it|the\s+(?:whole\s+)?video|this)\s+(?:to\s+|into\s+)?(?:a\s+)?(?:tall(?:er)?|upright)\b"
     r"(?!\s+(?:title|text|captions?|font))", r"\1 \2 vertical"),
    (r"\b(?:set|change|switch|convert)\s+(?:to|into)\s+(?:a\s+)?(?:tall|upright)\b(?!\s+(?:title|text|captions?|font))", "make it vertical"),
    (r"\b(?:a\s+)?(?:tall|upright|(?:smart)?phone|mobile)\s+(?:format|video|version|aspect(?:\s+ratio)?|size|shape|ratio)\b", "vertical"),
    # a shape or a platform said with a word of fit: "phone-sized", "reel-ready", "TikTok-style", "square-ish", "portrait mode"
    # ("Make it 60fps, phone-sized" set the frame rate and dropped the shape without a word; "reel-ready" was read and
    # said not understood at once)
    (r"\b(?:(?:smart)?phones?|mobile)[\s-](?:ready|sized?|shaped|style|friendly|first|format|mode)\b", "vertical"),
    (r"\b(tall|upright|vertical|portrait|square|landscape|horizontal|widescreen|reels?|tiktok|shorts|stories|story|insta(?:gram)?|youtube)"
     r"(?:-ish|[\s-](?:ready|sized|shaped|style|friendly|mode))\b(?!\s+(?:title|text|captions?|font|transitions?|look))", r"\1"),
    # full screen on a phone is the upright shape: "make it full screen on mobile", "改成手机全屏的", "手机上看要全屏",
    # "改成适合手机竖着看的" (the fit was read, or nothing; set DL dl110 dl118 dl133 dl138)
    (r"\b(?:full[\s-]?screen|fill(?:s|ing)?\s+the\s+(?:whole\s+)?screen)\s+(?:on|for)\s+(?:a\s+|the\s+)?(?:mobile|(?:smart|cell\s*)?phones?|mobile\s+screens?)\b"
     r"|(?:在|用)?\s*手机\s*(?:上)?\s*(?:看|播放|观看)?\s*(?:要|能|的)?\s*全屏(?:的|显示|播放)?"
     r"|(?:适合|方便)?\s*(?:在)?\s*手机\s*(?:上)?\s*竖着\s*(?:看|刷|播)(?:的)?|竖着\s*(?:看|刷)(?:的)?", "竖屏"),
    # a clause of the screen it is for alone: "for mobile, and a little shorter", "for stories, with the title saying …"
    # (the shape was dropped without a word; set DL dl050 dl088)
    (r"(?:^|(?<=[,;:，；]))\s*(?:(?:and|make\s+it|it'?s)\s+)?for\s+(?:mobile|(?:smart|cell\s*)?phones?)\s*(?=$|[,;.!，；。])", " vertical"),
    (r"(?:^|(?<=[,;:，；]))\s*(?:(?:and|make\s+it|it'?s)\s+)?for\s+(?:ig\s+|instagram\s+|insta\s+)?(?:stories|reels|tiktok|shorts)\s*(?=$|[,;.!，；。])", " vertical"),
    # "方的就行": square (the shape was dropped without a word; set DL dl122)
    (r"(?:^|(?<=[，,。；;]))\s*(?:改成|弄成|做成|换成)?\s*方的\s*(?:就行|就好|就可以|吧)?(?=\s*(?:$|[，,。；;！!]))", "方形"),
    # "Make it 60fps for mobile", "set it to 30fps for phones": the upright shape, said by the screen it is for, after a
    # setting with nothing else named (the shape was dropped without a word)
    (r"\b((?:make|set|change|switch|convert|render|export)\s+(?:(?:it|this|the\s+(?:whole\s+)?video)\s+)?(?:to\s+|at\s+)?"
     r"\d+(?:\.\d+)?\s*(?:fps|frames?(?:\s+(?:per\s+second|a\s+second))?|p|k)\b)\s*(?:,\s*|and\s+)?(?:for|on)\s+"
     r"(?:mobile|(?:smart|cell\s*)?phones?|phone\s+screens?|mobile\s+screens?)\b", r"\1 vertical"),
    # "fit the whole image in the frame, black bars are fine": the pictures shown whole
    (r"\bfit\s+(?:the\s+)?(?:whole|entire|full|complete)\s+(?:image|picture|photo|pic|shot)s?\s+(?:in|into|inside|within)\s+(?:the\s+)?"
     r"(?:frame|screen|video|canvas)\b", "don't crop"),
    (rf"\bfit\s+(?:the\s+|all\s+(?:the\s+)?|every\s+)?{_PICS_EN}\s+(?:whole|entirely|completely|fully)\s+(?:in|into|inside|within)\s+(?:the\s+)?"
     r"(?:frame|screen|video|canvas)\b", "don't crop"),
    (r"\s*[,;]?\s*(?:the\s+)?black\s+bars\s+(?:are|r)\s+(?:fine|ok|okay|alright|no\s+problem|acceptable)(?:\s+(?:with\s+me|by\s+me))?\b", ""),
    # "I'd like the pictures to stay still", "the photos should stay static": no Ken Burns
    (rf"\b(?:the\s+)?{_PICS_EN}\s+(?:to\s+|should\s+|must\s+|can\s+)?(?:just\s+|simply\s+)?(?:stay|stays|remain|remains|be|keep)\s+(?:completely\s+|totally\s+)?"
     r"(?:still|static|motionless|steady|put)\b", "keep the pictures still"),
    # "keep the pictures static"; "each photo 3 seconds, keep them still": "them" after the pictures were named is them (the
    # motion was left on and the wish dropped without a word; fixer I's note, wave 27 lead)
    (rf"\bkeep\s+(?:the\s+|all\s+(?:the\s+)?)?{_PICS_EN}\s+(?:completely\s+|totally\s+)?(?:static|motionless|steady)\b",
     "keep the pictures still"),
    # (not after their motion was named: "stop the photos from zooming, keep them still" is read as it is, corpus)
    (r"(\b(?:pictures?|images?|photos?|pics?|slides?|shots?)\b(?:(?!zoom|mov|motion|pan|ken\s+burns)[^.;!?]){0,60}?(?:[,;]\s*(?:and\s+|but\s+)?|\s+(?:and|but)\s+)(?:please\s+)?)keep\s+(?:them|all\s+of\s+them)\s+(?:completely\s+|totally\s+)?"
     r"(?:still|static|motionless|steady)\b", r"\1keep the pictures still"),
    # "can the frame rate be 25?", "frame rate of 30 please", "60 frames a second", "帧率要60的": frames per second
    (r"\b(?:the\s+)?frame\s*rate\s+(?:be|to\s+be|of|at|should\s+be|must\s+be|is\s+going\s+to\s+be)\s+(\d+)(?![\d.%])(?:\s*(?:fps|frames?))?\s*\??",
     r"frame rate to \1 fps"),
    (r"\b(\d+)\s*(?:frames?|fr)\s*(?:a|per|1|each|/)\s*sec(?:ond)?s?\b", r"\1 fps"),
    (r"(?:帧率|帧速率)\s*(?:要|用|是|得是|要用|就要|就用|来个|调到|调成|设到)\s*(\d+)(?![\d.%])\s*(?:帧|fps)?\s*(?:的)?", r"帧率改成\1帧"),
    # "视频能变成30帧以上吗，60帧", "above 30 fps, say 60": a floor for the rate, then the rate picked, is the rate picked (set
    # CU cu191 was not understood); the floor alone stays unread (which rate is not said)
    (r"(\d+)\s*(?:帧|fps)\s*(?:以上|或以上|往上)\s*(?:吗|呢|吧|的)?\s*[?？]?\s*[，,;；]\s*(?:比如|就|要|用)?\s*(?=\d+\s*(?:帧|fps))", ""),
    (r"\b(?:above|over|more\s+than|higher\s+than)\s+\d+\s*fps\s*[,;]\s*(?:like|say|e\.?g\.?|maybe|ideally)?\s*(?=\d+\s*fps\b)", ""),
    # "use our brand colours: main #222222, accent orange", "brand colours: navy and gold": the brand kit's two colours
    (r"\b(?:use\s+)?(?:our\s+|my\s+|the\s+)?brand\s+colou?rs?\s*(?:are|:|-|=)?\s*(?:main|primary)\s*(?:colou?r)?\s*(?:is|:|=)?\s*"
     r"(#[0-9a-f]{3,6}|[a-z]+)\s*[,;]?\s*(?:and\s+)?(?:an?\s+)?(?:accent|secondary)\s*(?:colou?r)?\s*(?:is|:|=)?\s*(#[0-9a-f]{3,6}|[a-z]+)\b",
     r"our brand colour is \1; our accent colour is \2"),
    (r"\b(?:use\s+)?(?:our\s+|my\s+|the\s+)?brand\s+colou?rs\s*(?:are|:|-|=)?\s*(#[0-9a-f]{3,6}|[a-z]+)\s*(?:and|&|,|/)\s*(#[0-9a-f]{3,6}|[a-z]+)\b",
     r"our brand colour is \1; our accent colour is \2"),
)
REWRITES = REWRITES + (
    # "the logo is so small i can barely see it", "the sticker's so big it covers the faces": an overlay's size said with
    # what it costs is its size complained of (set CS cs068 was not understood; "barely see" stays no opacity wish)
    (r"\b(logo|watermark|sticker)(?:\s+is|'s|\s+looks)\s+(?:so|really|very|super|soo+)\s+(small|tiny)\b\s*,?\s*(?:that\s+)?"
     r"(?:(?:i|you|we|people|viewers|anyone)\s+(?:can\s+(?:barely|hardly|not|'t)|can'?t|cannot|could\s+(?:barely|hardly)|couldn'?t)"
     r"|nobody\s+can|no\s+one\s+can)\s+(?:really\s+)?(?:see|read|notice|spot|make\s+out)\b(?:\s+(?:it|them))?", r"\1 is too \2"),
    (r"\b(logo|watermark|sticker)(?:\s+is|'s|\s+looks)\s+(?:so|really|very|super|soo+)\s+(big|huge|large)\b\s*,?\s*(?:that\s+)?"
     r"it(?:'s|\s+is)?\s+(?:covers|covering|blocks|blocking|hides|hiding|takes\s+up|taking\s+up)\b[^,.;!?]*", r"\1 is too \2"),
    # "the logo should be barely visible", "make the watermark almost invisible": a faint logo (a quarter opaque)
    (r"\b(?:make\s+)?(?:the\s+|our\s+|my\s+)?(logo|watermark)\s+(?:should\s+be\s+|must\s+be\s+|needs\s+to\s+be\s+|to\s+be\s+|is\s+to\s+be\s+)?"
     r"(?:barely|hardly|only\s+just|just\s+about|almost\s+in|nearly\s+in)\s*(?:visible|noticeable|there|seen)\b", r"\1 opacity 25%"),
    # "make the logo smaller and a bit transparent": the second look is the logo's too
    # ("logo smaller and a bit see-through" without "make the", set AD ad250)
    (r"\b((?:make\s+)?(?:the\s+)?(logo|watermark)\s+(?:a\s+(?:bit|little)\s+)?[a-z]+er)\s*(?:,|and|,\s*and)\s*(?:a\s+(?:bit|little|tad)\s+|slightly\s+|somewhat\s+)?"
     r"(?:more\s+)?(?:transparent|see[\s-]?through|faint|fainter|subtle|subtler|lighter)\b", r"\1 and make the \2 more transparent"),
)
REWRITES = REWRITES + (
    # "make every transition a quick cut", "quick cut transitions": straight cuts
    (r"\b(?:make|turn|change|set)\s+(?:every|each|all(?:\s+(?:of\s+)?the)?|the)\s+transitions?\s+(?:into\s+|to\s+)?(?:a\s+|just\s+|simple\s+)?"
     r"(?:quick|hard|straight|simple|plain|clean|instant|fast)\s+cuts?\b", "no transitions"),
    (r"\b(?:quick|instant|fast)\s+cut\s+transitions?\b", "no transitions"),
    # "crop the pictures to fit instead of adding black bars": the pictures fill the frame
    (r"\bcrop\s+(?:the\s+|all\s+(?:the\s+)?|my\s+)?(?:pictures|images|photos|pics|slides)\s+to\s+(?:fit|fill)(?:\s+the\s+(?:frame|screen))?"
     r"(?:\s+(?:instead\s+of|rather\s+than)\s+(?:adding|using|having|showing|putting)?\s*(?:the\s+|any\s+)?(?:black\s+)?bars)?", "fill the frame"),
    (r"\bcrop\s+(?:the\s+|all\s+(?:the\s+)?|my\s+)?(?:pictures|images|photos|pics|slides)\s+(?:instead\s+of|rather\s+than)\s+(?:adding|using|having|showing|putting)?"
     r"\s*(?:the\s+|any\s+)?(?:black\s+)?bars", "fill the frame"),
)
REWRITES = REWRITES + (
    # "4 seconds each" said alone, "3秒一张": each picture that long (the pictures are what a draft has several of that a
    # length each fits; it was not understood, the help offered "show each image for 3 seconds" instead). Only the whole
    # message: after another clause "each" is that clause's things ("dissolve between the images, 1.2 seconds each")
    (r"^\s*(?:(?:ok|okay|now|and|then|also)\s*,?\s+)*(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\s+each(?:\s+(?:please|pls|plz))?(?=\s*[.!]?\s*$)",
     r" each picture \1"),
    (r"(?<![第\d.])(\d+(?:\.\d+)?\s*秒)(?:钟)?\s*[1一]张(?:图片|照片|图|相片)?(?![的\d])", r"每张\1"),
)
REWRITES = REWRITES + (
    # "the piano sound is too loud, 40%": an instrument's sound is one sound the planner cannot place (the music, or a
    # clip's own): said as "the piano" it asks which; "sound" after it had made every sound 40 % (a wrong edit)
    (r"\b(piano|guitar|drums?|violin|synth|strings|melody|vocals|singing)\s+(?:sounds?|parts?|bits?|lines?)\b", r"\1"),
)
REWRITES = REWRITES + (
    # (set M, Chinese) "把视频竖起来": the upright format; "转场都改成直接切", "用硬切": no transitions; "logo几乎看不见就好",
    # "水印若隐若现": a faint logo
    (r"(?:把\s*)?(?:视频|画面|它)?\s*竖起来", "改成竖屏"),
    (r"(?:(?:所有的?|全部的?)?\s*转场\s*(?:都|全部|全)?\s*(?:改成|换成|改为|用|变成)\s*|(?:都|全部)?\s*(?:用|改成|换成)\s*)(?:直接切换?|硬切|直切|快切)",
     "不要转场"),
    (r"(?:^|(?<=[，,。;；]))\s*(?:硬切|直接切)\s*(?:就好|就行|吧)?\s*(?=$|[，,。;；])", "不要转场"),
    (r"(logo|水印|标志)\s*(?:要|就|做得?)?\s*(?:几乎|差不多|快要?)?\s*(?:看不见|看不到|看不出来|若隐若现|隐约可见)\s*(?:就好了?|就行了?|就可以了?|吧)?",
     r"\1不透明度25%"),
)
REWRITES = REWRITES + (
    # (sets N, O) "片尾加个结束卡，文案：扫码关注", "结尾加个卡片，写：关注我们": the card's words after a colon (the card said the
    # title's text and the words were left unread)
    (r"(?<=[卡片页尾])\s*[，,]\s*(?:上面|其)?\s*(?:写着|写上|写的是|写|显示|内容是|内容|文字是|文字|文案是|文案|标语|口号)\s*(?:为|是)?\s*([:：])", r"\1"),
    (r"(结束|结尾|片尾)卡(?!片|点)", r"\1卡片"),
    # "片尾卡写"扫码下单"，下面写 www.shop.com": the web address under the card's words
    (r"[，,]\s*(?:下面|下方|底下|下边|第二行|再)\s*(?:再)?\s*(?:写|放|加|打)(?:上|着)?\s*[:：]?\s*(?=(?:https?://|www\.|(?:[a-z0-9\-]+\.)+(?:com|cn|net|org|shop|io)\b))",
     "，下面加上网址 "),
    (r"\b(card|screen|slide|outro|cta)\s*,\s*(?:with\s+)?(?:the\s+)?(?:text|copy|words|wording|line)\s*[:：]\s*", r"\1 saying "),
    # an editor's end slate is the end card; "button it with X" ends the video on X
    (r"\b(?:end|closing|final|outro)[\s-]+slates?\b|\bslate\b(?=\s+(?:copy|text|with|that|saying|reading))", "end card"),
    # a closing slide with words of its own is the end card (a picture's words are its caption): "closing slide: 'DM to
    # order', four seconds" made the last picture 4 s long and dropped the words (set CD cd162)
    (r"\b(?:closing|final|ending|end)\s+slide(?=\s*(?:[:：=]|saying\b|that\s+(?:says|reads)\b|reading\b|with\s+the\s+(?:text|words)\b)\s*\ue000)", "end card"),
    (r"\bbutton\s+(?:it|the\s+(?:video|spot|edit|cut))\s+(?:with|on)\b", "end with"),
    (r"\b(end\s+card|card|cta|call\s+to\s+action|outro)\s+(?:copy|wording|words|line)\b", r"\1 text"),

)
# (wave 7) the kinds of transition by the renderer's own names: "slideleft", "wipe-left", "a wipe to the left", "use slide
# left transitions" (set AC ac134 ac137, AD ad276, AF af144 af231: a fade was set, or nothing). To the left is each kind's
# own way: the kind alone, as "left" alone reads as a place. Read first, before "use slide" gains its "transitions".
REWRITES = (
    (r"\b(slide|wipe|smooth|cover|reveal)-?left\b", r"\1"),
    (r"\b(slide|wipe|smooth|cover|reveal)-?(right|up|down)\b", r"\1 \2"),
    (r"\b(wipe|cover|reveal|smooth)s?\s+(?:to|towards)\s+the\s+left\b(?!\s+(?:corner|side|edge))", r"\1"),
    (r"\b(wipe|cover|reveal|smooth)s?\s+(?:to|towards)\s+the\s+right\b(?!\s+(?:corner|side|edge))", r"\1 right"),
    (r"\b(slide|wipe|smooth|cover|reveal)\s+left(?=\s+transitions?\b)", r"\1"),
) + REWRITES
# (set T fad05) a fade said with its length before it, "add a 2-second fade to black at the end", "结尾加2秒淡出": read
# first, before "to black at the end" is rewritten alone (the length was left over and read as a file's name)
_FADE_LEN = r"(\d+(?:\.\d+)?)\s*-?\s*(s|secs?|seconds?)\s+(?:long\s+)?"
# the seconds said as the video's first or last ones before the fade that fills them: "first 2 seconds fade in from
# black", "make the last 3 s fade to white" are the fade's seconds at that end (the words before were left over: "first"
# unread beside another wish, "the" looked for as a picture; set CN cn225). Not "the last 2 seconds of the video
# fade out": r_fade reads those whole (without them the length was the video's)
_FADE_EDGE_SECS = r"\d+(?:\.\d+)?\s*-?\s*(?:s|secs?|seconds?)\s+(?:long\s+)?"
REWRITES = (
    (rf"\b(?:(?:make|have|let)\s+)?(?:the\s+)?(?:first|opening)\s+(?={_FADE_EDGE_SECS}fade[\s-]*(?:in|up)\b)", ""),
    (rf"\b(?:(?:make|have|let)\s+)?(?:the\s+)?(?:last|final|closing)\s+(?={_FADE_EDGE_SECS}fade(?:[\s-]*out)?\b)", ""),
    # "add a 1 second fade-in and fade-out": both ends that long (the fade out was lost, set AC ac239)
    (rf"\b{_FADE_ASK}{_FADE_LEN}fade[\s-]*in\s+(?:and|&)\s+(?:an?\s+)?(?:fade[\s-]*)?out\b(?!\s+(?:to|into)\b)", r"fade in and out over \1 \2"),
    # "change the transitions to fade through black": the transition through a colour, before "to fade" is read as the plain
    # fade (set T trn05)
    (r"\bfade[\s-]+(?:through|thru|via)[\s-]+(black|white)\b", r"fade\1"),
    # (said "fade to black" between the pictures: "use fade to black between photos" was not read, set CJ cj118; "fade to black
    # at the end" is the whole video's)
    (r"\bfade[\s-]+(?:to|into)[\s-]+(black|white)(?=\s+between\s+(?:the\s+|each\s+|all\s+(?:the\s+)?|my\s+)?"
     r"(?:pictures|images|photos|pics|slides|shots|clips|scenes|cuts|transitions?)\b)", r"fade\1"),
    # the pictures said to melt or blend into each other: a dissolve (set CL cl142 was not understood)
    (r"\b(?:melt|blend)s?(?=\s+into\s+(?:each\s+other|one\s+another|the\s+next)\b)", "dissolve"),
    (rf"\b{_FADE_ASK}{_FADE_LEN}fade(?:[\s-]*out)?\s+(?:to|into)\s+(black|white)(?:\s+at\s+the\s+(?:very\s+)?end)?\b",
     r"fade out to \3 over \1 \2"),
    (rf"\b{_FADE_ASK}{_FADE_LEN}fade[\s-]*out\b(?:\s+at\s+the\s+(?:very\s+)?end)?(?!\s+(?:to|into)\b)", r"fade out to black over \1 \2"),
    # the colour said before "fade" at an end of the video: "can we do a white fade at the very end", "a black fade-in at the
    # start" (the colour was asked of a thing, set CK ck052); at the end or the start only (a "white fade" between pictures
    # is a transition)
    (rf"\b(?:do\s+|get\s+|need\s+)?{_FADE_ASK}{_FADE_LEN}(white|black)\s+fade(?:[\s-]*out)?\s+(?:at|to)\s+the\s+(?:very\s+)?end\b", r"fade out to \3 over \1 \2"),
    (rf"\b(?:do\s+|get\s+|need\s+)?{_FADE_ASK}(white|black)\s+fade(?:[\s-]*out)?\s+(?:at|to)\s+the\s+(?:very\s+)?end\b", r"fade out to \1"),
    (rf"\b(?:do\s+|get\s+|need\s+)?{_FADE_ASK}{_FADE_LEN}(white|black)\s+fade(?:[\s-]*in)?\s+(?:at|to)\s+the\s+(?:very\s+)?(?:start|beginning)\b", r"fade in from \3 over \1 \2"),
    (rf"\b(?:do\s+|get\s+|need\s+)?{_FADE_ASK}(white|black)\s+fade(?:[\s-]*in)?\s+(?:at|to)\s+the\s+(?:very\s+)?(?:start|beginning)\b", r"fade in from \1"),
    (rf"\b{_FADE_ASK}{_FADE_LEN}fade[\s-]*in\b(?:\s+at\s+the\s+(?:very\s+)?(?:start|beginning))?(?!\s+from\b)", r"fade in from black over \1 \2"),
    # (its colour between the length and the fade: "结尾加一个两秒的白色淡出" was not read, set CL cl216)
    (r"(结尾|片尾|最后|末尾)\s*(?:加上?|加个|加一个|添加|来个|做个|做一个)\s*(?:一个|1个)?\s*(\d+(?:\.\d+)?\s*秒)\s*(?:钟)?\s*(?:的)?\s*"
     r"(?:(黑色|白色|黑场|白场|黑屏|白屏)\s*(?:的)?\s*)?(?:淡出|渐隐)"
     r"\s*((?:到|成|为)\s*(?:黑色|白色|黑场|白场|黑屏|白屏|黑|白))?", r"\1淡出\3\4，持续\2"),
    (r"(开头|片头)\s*(?:加上?|加个|加一个|添加|来个|做个|做一个)\s*(?:一个|1个)?\s*(\d+(?:\.\d+)?\s*秒)\s*(?:钟)?\s*(?:的)?\s*(?:淡入|渐显)",
     r"\1加上淡入，持续\2"),
    # "开头淡入1秒", "结尾淡出2秒到白色": the length right after the fade is the fade's (it was the video's too)
    (r"((?:开头|片头)\s*(?:从\s*(?:黑色|白色|黑场|白场|黑屏|白屏|黑|白)\s*)?(?:淡入|渐显)|(?:结尾|片尾|最后)\s*(?:淡出|渐隐)\s*(?:(?:到|成|为)\s*(?:黑色|白色|黑场|白场|黑屏|白屏|黑|白))?)"
     r"\s*(\d+(?:\.\d+)?\s*秒)", r"\1，持续\2"),
) + REWRITES
# (set X brd06) an end card's words typed unquoted after what it is: "add outro with call to action Visit our shop", "add an
# end card saying Shop now": the words after a colon, as the end card reads them (the card said the title's words)
REWRITES = REWRITES + (
    (r"\b(add|put|include|use|want|need)\s+(?:an?\s+|the\s+)?(end\s+card|outro(?:\s+(?:card|screen|page|slide))?"
     r"|(?:end(?:ing)?|final|closing|last)\s+(?:card|screen|slide|page)|call\s+to\s+action|cta)(?:\s+at\s+the\s+(?:very\s+)?end)?\s+"
     r"(?:with\s+(?:an?\s+|the\s+)?(?:(?:call\s+to\s+action|cta|text|words|message|line|tagline|slogan)\s+)?(?:saying\s+)?"
     r"|saying\s+|that\s+says\s+|reading\s+)"
     r"(?=[a-z0-9])(?!(?:the\s+|an?\s+)?(?:text|words|message|line|tagline|slogan|copy|call\s+to\s+action|cta|saying)\b)(?!(?:the\s+|our\s+|an?\s+|my\s+)?(?:logo|title|music|brand|url|website|site|web|link|address|handle|fade|transition|picture|image|photo"
     r"|duration|length|\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b|on\s+it|it\b))"
     r"(?![^,;.!?]*?(?:https?://|www\.|\b[a-z0-9\-]+\.(?:com|cn|net|org|shop|io|co)\b))", r"\1 \2: "),
    # ("add an end card with Autumn Drop on it": where the words go, said after them, is none of them; the card said
    # "Autumn Drop on it")
    (r"(\b(?:end\s+card|outro(?:\s+(?:card|screen|page|slide))?|(?:end(?:ing)?|final|closing|last)\s+(?:card|screen|slide|page)"
     r"|call\s+to\s+action|cta):\s[^,;.!?\n:]{1,60}?)\s+on\s+(?:it|there)(?=\s*(?:$|[,;.!?]|and\b))", r"\1"),
    # "an end card 'redkicks.com' that's 5 sec long": how long the card is, said after its words, as before them (set FA fa075
    # was not read)
    (r"\b(?:an?\s+)?(end\s+card|outro(?:\s+card)?|closing\s+card|end\s+screen)\s+(\ue000\d+\ue001)\s*,?\s*"
     r"(?:that'?s|that\s+is|which\s+is|which'?s|that\s+lasts|lasting|for)\s+(?:about\s+|like\s+)?(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))(?:\s+long)?\b",
     r"a \3 \1 \2"),
    # "an end card … with the same logo on it": the logo said before is the logo (set FA fa043 was not read)
    (r"(\b(?:end\s+card|outro|closing\s+card|end\s+screen)\b[^,;.!?]{0,60}?\bwith\s+)the\s+same\s+logo\b", r"\1the logo"),
)
# "logo右上角 结尾加上 关注店铺": a logo and a corner typed together is the logo put there (set X mix19)
REWRITES = REWRITES + (
    (r"(?:^|(?<=[，,;；。:：\s]))(logo|标志|水印)\s*(?=(?:右上角|左上角|右下角|左下角|右上方|左上方|右下方|左下方)\s*(?:$|[，,;；。]))", r"\1放"),
)
# "make the headline yellow & bigger": an ampersand before a second look is "and"
REWRITES = REWRITES + (
    (r"\s*&\s*(?=(?:bigger|smaller|larger|bolder|bold|italic|centered|centred|higher|lower|louder|quieter|softer|faster|slower)\b)", " and "),
)
BEATS_SAID_P = (r"卡\s*(?:个|一下|下|一个|几个)\s*点",
                r"(?:让|把)?\s*(?:画面|图片|镜头|照片)?\s*(?:的)?\s*(?:切换)?\s*随着?\s*(?:背景)?音乐\s*(?:的)?\s*(?:节拍|节奏|鼓点)\s*(?:来)?\s*"
                r"(?:切换|切|换|变化|变换|走)")
# the cuts on the beat said other ways: "sync the pics w/ the music beat", "请让画面切换卡在音乐节拍上", "请根据背景音乐的节拍调整每个
# 镜头的切换点" (sets T bt02 bt04, U beat02)
REWRITES = REWRITES + (
    (r"(?<![a-z])w/\s*", "with "),
    (r"\b(?:sync|match|time|align)\s+(?:up\s+)?(?:the\s+|all\s+(?:the\s+)?|my\s+)?(?:pics|pictures|images|photos|slides|shots|cuts|picture\s+changes|image\s+cuts)"
     r"\s+(?:up\s+)?(?:with|to)\s+(?:the\s+)?(?:(?:music|song|bgm|track)(?:'s)?\s+)?(?:beat|beats|rhythm)(?:\s+of\s+the\s+(?:music|song|bgm|track))?",
     "cut to the beat"),
    (r"(?:请)?(?:让|把)?\s*(?:画面|图片|镜头|照片)\s*(?:的)?\s*(?:切换|转换|切)(?:点)?\s*(?:都)?\s*(?:卡在|踩在|对准|对齐|跟着|跟上|按照?|配合)\s*(?:背景)?音乐\s*(?:的)?\s*"
     r"(?:节拍|节奏|鼓点)\s*(?:上)?", "卡点"),
    (r"(?:请)?(?:根据|按照?|跟着|配合)\s*(?:背景)?音乐\s*(?:的)?\s*(?:节拍|节奏|鼓点)\s*(?:来)?\s*(?:调整|安排|设置|切换)\s*(?:一下)?\s*(?:每个|每张|所有)?\s*"
     r"(?:镜头|画面|图片|照片)?\s*(?:的)?\s*(?:切换点|切换|切点)?", "卡点"),    # "再卡个点", "卡一下点", "让画面随音乐节拍切换": the cuts on the beat (format / style beside it was done and the beats
    # dropped; sets BJ bj126, BK bk115); wants_beats reads them too, so the engine finds the beats first
    *((p, "卡点") for p in BEATS_SAID_P),
)
# the ducking with the verb first ("请在旁白出现时自动压低背景音乐") or told to stop ("音乐别闪避了"); half the volume
# ("halve the music volume", "音量降到原来的一半") (sets T duk05 mus13, U mus16 vol06)
REWRITES = REWRITES + (
    (r"(?:请)?\s*(?:在|当)?\s*(?:有)?(?:人声|配音|旁白|解说|人说话|有人说话|说话|讲话)\s*(?:出现|出来|响起|进来|开始|播放)?\s*(?:的时候|时)\s*[,，]?\s*"
     r"(?:自动)?\s*(?:压低|降低|调小|减弱)\s*(?:一下)?\s*(?:背景)?音乐(?:的音量)?", "开启自动闪避"),
    (r"(?:背景)?音乐\s*(?:别|不要|不用|无需)\s*(?:再)?\s*(?:闪避|自动闪避|避让|自动压低)(?:了)?", "取消闪避"),
    (r"\bhalve\s+(?:the\s+)?(music|bgm|voiceover|voice|narration|soundtrack)(?:'s)?(?:\s+(?:volume|level))?\b", r"make the \1 50% quieter"),
    (r"\bhalve\s+(?:the\s+)?(?:volume|level)\s+of\s+(?:the\s+)?(music|bgm|voiceover|voice|narration|soundtrack)\b", r"make the \1 50% quieter"),
    (r"(?:的)?\s*(?:音量)?\s*(?:降到|降低到|调到|减到|调低到|减小到|变成)\s*(?:原来|之前|现在)\s*的\s*(?:一半|50%|二分之一)", "降低50%"),
)
# (sets T, U, X) other words for things the planner reads: "framerate: 25", "fps put 60" (frames per second); "close /
# open the subtitles" (a non-native speaker's off / on); "handwriting font for the captions" (the captions' font, not the
# brand kit's); "need an outro at the end" (add one); "can we have wipes instead of crossfades?", "switch back to
# crossfades" (the kind wanted, the one it replaces dropped); "fit each whole picture inside the frame, with bars if needed"
# ("use a sans serif font for the title": the sans face, its "serif" never read alone; wave 31 fixer C set the title sans,
# then serif)
REWRITES = REWRITES + (
    (r"\bframe-?rate\b", "frame rate"),
    (r"\b(?:frame\s+rate|fps)\s*(?:[:=]|to|put|at|of|should\s+be|be)?\s*(\d+)(?![\d.%])(?:\s*fps)?\b", r"frame rate to \1 fps"),
    (r"\b(?:close|hide|shut)\s+(?:the\s+|all\s+(?:the\s+)?)?(subtitles?|captions?)\b", "remove the captions"),
    (r"\b(?:open|show|turn\s+on)\s+(?:the\s+)?(?:subtitles?|captions?)\b(?!\s+(?:for|on|of|under)\b)", "add captions"),
    (r"(?<!use\s)(?<!use\sa\s)(?<!use\san\s)(?<!use\sthe\s)\b(handwriting|handwritten|sans[\s-]?serif|(?<!sans\s)(?<!sans-)serif|sans|display|cursive|script)\s+font\s+(?:for|on)\s+(?:the\s+|all\s+(?:the\s+)?)?(captions|subtitles|title|headline)\b",
     r"\2 in \1 font"),
    (r"\b(?:i\s+|we\s+)?(?:need|want)\s+(an?\s+)(outro|end\s+card|end\s+screen|closing\s+card|call\s+to\s+action|cta)(?:\s+at\s+the\s+(?:very\s+)?end)?(?=\s*(?:$|[,.;!?]))",
     r"add \1\2"),
    (r"\s*,?\s*(?:instead\s+of|rather\s+than)\s+(?:the\s+|all\s+the\s+)?(?:cross-?fades?|fades?|dissolves?|wipes?|slides?|hard\s+cuts|cuts)\b", ""),
    (r"\b(?:can|could)\s+(?:we|you|u)\s+(?:have|get|use|do)\s+((?:cross-?)?fade|dissolve|wipe|slide)s?\b(?!\s+transitions?)", r"use \1 transitions"),
    (r"\b(?:switch|go|change|get)\s+back\s+to\s+((?:cross-?)?fade|dissolve|wipe|slide)s?\b(?!\s+transitions?)", r"use \1 transitions"),
    (r"(?<!no\s)(?<!without\s)(?<!any\s)(?<!stop\s)\b((?:cross-?)?fade|dissolve|wipe|slide)s?\s+between\s+(?:the\s+|all\s+(?:the\s+)?)?pics\b",
     r"use \1 transitions"),
    (r"\bfit\s+(?:each|every|all\s+(?:the\s+)?|the\s+)?\s*(?:whole\s+|entire\s+|full\s+)?(?:picture|image|photo|pic)s?\s+(?:whole\s+|entirely\s+|completely\s+)?"
     r"(?:inside|in|into|within)\s+the\s+(?:frame|screen|video)(?:\s*,?\s*(?:with|using|adding)\s+(?:black\s+)?bars(?:\s+if\s+(?:needed|necessary))?)?", "don't crop"),
)
# "每张图3秒，转场用slide": the kind of transition said with 用 is a wish of its own (the 3 s before it was read as the
# transitions' length, set X mix15)
REWRITES = REWRITES + (
    (r"(转场|过渡)\s*(?:效果)?\s*(?:就)?\s*(?:用|要|选|来个?)\s*(?=[a-z\u4e00-\u9fff])(?!(?:多|长|短|快|慢|久))", r"\1改成"),
)
# (wave 6) a logo's opacity said after its corner, past a comma or a dash and a word of how it looks ("put it bottom left,
# fairly subtle — 50% opacity" placed it opaque, set Y brd03): the corner's
REWRITES = REWRITES + (
    (r"\b((?:top|bottom|upper|lower)[\s-]*(?:left|right)(?:\s+corner)?|(?:top|bottom)\s+corner|corner)\s*[,.;—–]\s*"
     r"(?:(?:(?:fairly|quite|very|rather|pretty|kind\s+of|kinda|a\s+bit|nice\s+and|more\s+or\s+less)\s+)?(?:subtle|faint|discreet|light|understated|low[\s-]key)\s*[,.;—–]?\s*)?"
     r"(?:(?:at|with|around|about)\s+)?(\d+(?:\.\d+)?\s*%\s*(?:opacity|opaque|transparent|transparency))", r"\1 at \2"),
)
# (wave 6) an ending or opening said to be abrupt: with a remedy after it, the remedy alone; alone, a fade there (the set's
# fair remedy; "The ending feels abrupt", "结尾太突然" were not understood, set Y end01/end08, mix14 with an outro asked);
# the remedy asked as "can it / can we ..." too (it faded 1 s and left the remedy's 3 s unread, set CL cl173)
_ABRUPT_EN = (r"(?:feels?|is|seems|looks|comes|ends|stops|cuts\s+off)\s+(?:a\s+(?:bit|little)\s+|too\s+|so\s+|really\s+|kind\s+of\s+|kinda\s+|very\s+|way\s+too\s+)?"
              r"(?:abrupt(?:ly)?|sudden(?:ly)?|harsh|jarring|like\s+a\s+jump[\s-]?scare|a\s+jump[\s-]?scare|too\s+hard|hard)")
_ABRUPT_ZH = r"(?:也|都|还)?\s*(?:有点|太|很|比较|过于|有些)?\s*(?:突然|生硬|仓促|硬|戛然而止)了?"
_END_EN = r"(?:the\s+)?(?:ending|end|outro|last\s+shot|video'?s?\s+end|finish)"
_START_EN = r"(?:the\s+)?(?:opening|start|beginning|intro|first\s+shot)"
# (the complaint may go on with what is missing, and end at a colon: "ending is abrupt and there's no CTA: add an end card
# 'X' and fade out" was read whole as the fade, the card dropped, set CS cs081)
_MISSING_EN = r"(?:\s+and\s+there(?:'s|\s+is)\s+no\s+[a-z][a-z\s-]{0,30}?)?"
REWRITES = REWRITES + (
    # (the remedy after "so" with no comma too: "the ending is too abrupt so add a closing card 'Thanks!'" was read whole as
    # the fade, the card dropped without a word)
    # (a dash before the remedy too: "The ending is too sudden — fade it out over 3 seconds" faded 1 s, the 3 s dropped)
    (rf"(?:^|(?<=[.;!?]))\s*(?:{_END_EN}|{_START_EN}|it)\s+{_ABRUPT_EN}{_MISSING_EN}(?:\s*[,;.:—–]\s*|\s+-\s+|\s+(?=(?:so|and)\s))(?=(?:so\s+|and\s+|please\s+|just\s+|maybe\s+|(?:can|could)\s+(?:you|it|we)\s+)*"
     r"(?:add|put|use|fade|ease|end|finish|give|make|have|start|open|begin)\b)", " "),
    (rf"(?:^|(?<=[.;!?]))\s*{_END_EN}\s+{_ABRUPT_EN}\b[^.;!?,:]*", " fade out to black"),
    (rf"(?:^|(?<=[.;!?]))\s*{_START_EN}\s+{_ABRUPT_EN}\b[^.;!?,]*", " fade in from black"),
    (r"\bease\s+(?:it\s+|the\s+video\s+)?in\s+from\s+(white|black)\b", r"fade in from \1"),
    (r"\bease\s+(?:it\s+|the\s+video\s+)?out\s+(?:in)?to\s+(white|black)\b", r"fade out to \1"),
    (rf"(?:结尾|结束|最后|片尾|ending|end)\s*(?:的地方)?\s*(?:直接黑掉|直接黑屏|直接结束|一下子黑了|黑得)?\s*{_ABRUPT_ZH}\s*[，,]\s*(?=(?:请|就|再|慢慢|希望|想|要|帮我|麻烦|可以)?\s*(?:在\s*(?:最后|结尾|末尾)\s*)?(?:加|添|放|用|淡|改|做|结尾|最后))", ""),
    (rf"(?:结尾|结束|最后|片尾|ending)\s*(?:直接黑掉|直接黑屏|直接结束)?\s*{_ABRUPT_ZH}", "结尾淡出"),
    (rf"(?:开头|开场|开始|opening)\s*{_ABRUPT_ZH}\s*[，,]\s*(?=(?:请|就|再|慢慢|能不能|可不可以|可以|帮我|麻烦|希望|想|要)*\s*(?:加|添|用|淡|改|做|开头|从))", ""),
    # (not after 结尾再: "结尾再淡出到黑场" was written "结尾结尾淡出" and not read; set EV ev128)
    (r"(?<!结尾)(?<!最后)(?<!结尾再)(?<!最后再)(?<!结尾也)(?:慢慢|缓缓|逐渐)?\s*淡出\s*(?:到|成|至)\s*黑场", "结尾淡出"),
    # "加个 outro 写 'Shop now'": an end card and its words, said in both languages
    (r"(?:加|添加|加上)\s*(?:个|一个|1个)?\s*(?:outro|end\s*card|cta|call\s+to\s+action|片尾|结尾卡片)\s*(?:卡片)?\s*(?:写|写着|写上|saying|that\s+says)?\s*(?=\ue000)",
     "add an outro saying "),
    (r"(?:慢慢|缓缓|逐渐)?\s*从\s*黑场\s*淡入", "从黑色淡入"),
    # "结尾没有行动号召，加上'立即购买'": the card asked for, its words after
    (r"(?:结尾|最后|片尾)\s*(?:没有|缺少?了?|少了)\s*(?:行动号召|cta|号召|结尾卡片|卡片)\s*[，,]\s*(?:请|帮我)?\s*(?=加上?|加个|添加)", "结尾"),
    # the cuts said with how they fall, after them: "hard cuts, synced to the beat", "straight cuts on the beat" (the sync
    # was left unread, set DA da236; "on the beat" alone was read as the music removed)
    (r"\b(cuts|edits|transitions)(?:\s*,\s*(?:and\s+)?|\s+(?:and\s+)?)(?:all\s+)?(?:(?:synced|synched|sync'd|timed|locked|matched|snapped)"
     r"\s+(?:up\s+)?(?:to|with|on)|(?:right\s+)?on)\s+(?:the\s+)?(?:beats?|rhythm|music|song|track)\b(?:\s+of\s+the\s+(?:music|song|track))?",
     r"\1, cut to the beat"),
    # "sync them to the beat" after the cuts named: the cuts
    (r"\b(cuts|edits|transitions|changes)\b([^.;!?]{0,60}?[,;.]\s*(?:so\s+|please\s+|just\s+)?(?:sync|match|time|line\s+up|align))\s+(?:them|it)\s+(?=(?:to|with|on)\s+(?:the\s+)?(?:beat|music|rhythm))",
     r"\1\2 the cuts "),
)
# "图片之间直接切就行，不用过渡": straight cuts said in Chinese (set Y tr07)
REWRITES = REWRITES + (
    (r"(?:图片|画面|镜头|照片)?\s*(?:之间|中间)?\s*(?:直接切|硬切)(?:换)?\s*(?:就行了?|就好了?|就可以了?|即可)?", "去掉转场"),
    (r"(?:不用|不要|无需|不需要)\s*(?:任何)?\s*(?:过渡|转场)(?:效果)?", "去掉转场"),
)
# (wave 6) "Where's our logo? It should sit in the top right corner — it's logo.png.": the logo asked for, its file said after
# (set Y brd02 asked which "it")
REWRITES = REWRITES + (
    (r"\bwhere'?s\s+(?:our|my|the|their)\s+(logo|watermark)\s*\?\s*(?:it|that)\s+(?=should|needs\s+to|must|has\s+to|ought\s+to)", r"the \1 "),
    (r"\b(?:the|our|my|their)\s+(?:logo|watermark)\s+(?:should|needs\s+to|must|has\s+to|ought\s+to)\s+(?:sit|go|be|appear|live|stay)\s+([^.;!?,—–]{1,40}?)\s*[.;,—–\-]+\s*"
     r"(?:it'?s|it\s+is|that'?s|the\s+file\s+is|use|file:?)\s+([a-z0-9_\-]+\.(?:png|jpe?g|webp|gif|svg))\b", r"put \2 \1"),
)
# (wave 7) the kinds of transition by the renderer's own names and other spellings: "slideleft", "wipe-left", "a wipe to
# the left", "circle open", "circleopen", "radial wipe", "zoom-in transitions", "白闪" (set AC ac134 ac137 ac138 ac139
# ac253, AD ad141 ad276, AE ae051 ae261, AF af144 af193 af231: a fade was set, or nothing)
# the transitions by name, or by their kind in the plural ("the fades", "the crossfades", "the dissolves")
_TRANSITIONS_SAID = r"(?:transitions?|(?:cross\s*-?\s*)?fades|crossfades|dissolves)"
REWRITES = REWRITES + (
    (r"\bcircle[\s-]*open\b", "circle"),
    (r"\bradial[\s-]+wipe\b", "radial"),
    (r"\bzoom[\s-]*in(?=\s+transitions?\b)", "zoom"),
    (r"白闪", "闪白"),
    (r"黑闪", "闪黑"),
    # "fade to black between each picture": between the pictures (set AE ae044)
    (r"\b(fade\s+to\s+(?:black|white)|(?:cross-?)?fade|dissolve|wipe|slide|zoom|circle|radial)s?\s+between\s+(?:each|every)\s+(?:two\s+)?"
     r"(?:picture|image|photo|pic|shot|slide|clip)s?\b", r"use \1 transitions"),
    # "use dissolve transitions and make them 1 second long", "set the transitions to dissolve and make each one 1 second
    # long": the length said after the kind is the transitions' (the video was made 1 s long, set AC ac013, AF af070)
    (r"\b(transitions?\s+(?:to|into)\s+[a-z]+(?:\s+(?:left|right|up|down))?|[a-z]+(?:\s+(?:left|right|up|down))?\s+transitions?)\s*(?:,\s*)?(?:and\s+|then\s+)?"
     r"(?:make|have|set|keep)\s+(?:them|each(?:\s+one)?|each\s+of\s+them|all\s+of\s+them|every\s+one)\s+(?:last\s+|be\s+|to\s+)?(?:about\s+|around\s+)?"
     r"(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\b(?:\s+long)?(?:\s+each)?", r"\1 of \2"),
    # "the transitions feel slow", "slow the transitions down", "transitons feel slow, make them quicker": their length
    # (set AC ac135, AD ad271, AE ae013, AF af062)
    # ("the fades are too slow, make them quicker": fades said in the plural are the ones between the pictures, the video
    # has one fade in and one out; "too slow" set the video's length, set CR cr206)
    (rf"\b(?:the\s+)?{_TRANSITIONS_SAID}\s+(?:feel|feels|are|seem|seems|look|looks)\s+(?:a\s+bit\s+|a\s+little\s+|kind\s+of\s+|kinda\s+|too\s+|so\s+|way\s+too\s+|really\s+)?"
     r"(slow|long|sluggish|drawn[\s-]out|lengthy)\b(?:\s*[,;]?\s*(?:so\s+)?(?:please\s+)?(?:make|have)\s+them\s+(?:a\s+bit\s+)?(?:quicker|faster|shorter|snappier))?",
     "make the transitions shorter"),
    (rf"\b(?:the\s+)?{_TRANSITIONS_SAID}\s+(?:feel|feels|are|seem|seems|look|looks)\s+(?:a\s+bit\s+|a\s+little\s+|kind\s+of\s+|kinda\s+|too\s+|so\s+|way\s+too\s+|really\s+)?"
     r"(fast|quick|short|rushed|abrupt)\b(?:\s*[,;]?\s*(?:so\s+)?(?:please\s+)?(?:make|have)\s+them\s+(?:a\s+bit\s+)?(?:slower|longer|softer|smoother))?",
     "make the transitions longer"),
    (r"\bslow\s+(?:down\s+)?(?:the\s+|all\s+(?:the\s+)?)?transitions?(?:\s+down)?\b", "make the transitions slower"),
    # how fast they go said bare in the clause after the transitions: "换成溶解转场，慢一点" set the kind and dropped the
    # slower without a word (set CL cl140); "crossfade transitions, a bit longer" (the next clause's own thing stays its own)
    (r"((?:转场|过渡)(?:效果)?(?:\s*(?:用|换成|改成|改为|设为|变成)\s*[\u4e00-\u9fffA-Za-z]{1,8})?)\s*([，,])\s*(?=(?:再|更|稍微|稍)?\s*(?:慢|快|长|短)\s*(?:一点|一些|点|些)\s*(?:$|[，,。；;！!？?]))", r"\1\2转场"),
    (r"\b(transitions?)\s*,\s*(?:and\s+)?(a\s+(?:little|bit|tad)\s+|slightly\s+)?(slower|faster|longer|shorter|quicker)(?=\s*(?:$|[,.;!?]))",
     r"\1, make the transitions \2\3"),
    (r"\bspeed\s+(?:up\s+)?(?:the\s+|all\s+(?:the\s+)?)?transitions?(?:\s+up)?\b", "make the transitions faster"),
)
# "淡入淡出都一秒，白色": both ends of the whole video, to that colour (a transition has no colour of its own, set AD ad275)
REWRITES = REWRITES + (
    (r"淡入\s*(?:和|与|跟)?\s*淡出\s*(?:都|各)\s*(?:是|为|用)?\s*(\d+(?:\.\d+)?)\s*秒\s*[,，]?\s*(?:都)?\s*(?:用|要|是|到)?\s*(白|黑)(?:色|场|屏)",
     r"首尾淡入淡出到\2色，持续\1秒"),
)
# the pictures' motion complained of: "the photos keep moving, i want them to stay still", "the pictures keep zooming and
# it makes me dizzy" (set AC ac141, AE ae187: not understood); how they move said too, and the stillness asked ("the photos
# keep slowly zooming, can they just stay still": set CD cd141 was not understood)
REWRITES = REWRITES + (
    # (not said inside another clause: "i love how the pictures keep zooming" is praise, it had stopped the zoom)
    (r"\b(?:(?<!\bhow\s)(?<!\bthat\s)(?<!\bway\s)(?<!\ball\s)(?:the\s+|my\s+|all\s+the\s+)"
     r"|(?<!\bhow\s)(?<!\bthat\s)(?<!\bway\s)(?<!\ball\s)(?<!\bthe\s)(?<!\bmy\s))"
     r"(?:pictures|images|photos|pics|slides|stills)\s+(?:keep|keeps|are\s+always|are\s+constantly|won'?t\s+stop)\s+"
     r"(?:on\s+)?(?:(?:slowly|gently|constantly|always|subtly|randomly|weirdly)\s+)?"
     r"(?:moving|zooming|panning|drifting|wobbling|shaking)(?:\s+(?:in\s+and\s+out|in|out|around|about))?\b"
     r"(?:\s*[,;]?\s*(?:and\s+|but\s+|so\s+)?(?:i\s+(?:want|need|would\s+like)|i'?d\s+(?:like|prefer)|please\s+|(?:can|could|would)\s+(?=they\b))?\s*"
     r"(?:make\s+|let\s+|have\s+)?(?:them|they)\s+(?:to\s+|should\s+)?(?:just\s+|simply\s+)?(?:stay|be|remain|keep)\s+(?:completely\s+|totally\s+)?"
     r"(?:still|static|put)\b(?:\s*\?)?)?", "turn off the zoom"),
)
# (wave 7) the end card by other names: "请添加一个结束卡片" was read as a file to add (set AE ae253); "…, plus a 'Shop now'
# end card" is the card added (set AF af232)
extend(TARGETS, "endcard", zh=("结束卡片", "结束卡"))
REWRITES = REWRITES + (
    # "副标题为“nemo.shop”" after a card: the line under its words (read as the title's text, set AE ae076)
    (r"[，,]\s*(?:副标题|小标题|第二行|下一行)\s*(?:为|是|写|写着|写上)?\s*[:：]?\s*(?=\ue000)", "，下面写 "),
    (r"\s*,?\s*\bplus\s+(?=(?:an?|the)\s+[^,.;!?]{0,30}?\b(?:end\s+card|outro|end\s+screen|closing\s+card|final\s+card|cta|call\s+to\s+action)\b)", ", add "),
)
# the clip named, then "it" sped up or slowed down: "mute the clip and speed it up 2x", "视频静音，然后加速到两倍" ("speed it
# up" was read as the pictures' pace, set AD ad231, AE ae081, AF af228); "trim clip.mp4 …, and play it at 1.5x" likewise
# (set AC ac222, AE ae077: the trim was made and the speed reported unread)
# a clip's file as said (one pattern for the clip rewrites below)
_CLIP_FILE = r"[a-z0-9_\-]+\.(?:mp4|mov|webm|m4v|mkv)"
_CLIP_NAMED = rf"((?:the\s+)?(?:video\s+)?clip|the\s+footage|{_CLIP_FILE})"
# ("put the unboxing clip first and speed it up to 2x", "mute the unboxing clip, then slow it down": the clip named with
# its name keeps it, first; the bare "clip" below had asked which of two clips, ax257)
_CLIP_BY_NAME = (r"\b((?!(?:the|a|an|this|that|my|our|your|its|same|other|each|every|both|all|and|then|to|of|in|on|at|first|"
                 r"second|last|video)\s)[a-z][a-z0-9\-]{2,}\s+(?:video\s+)?clip)\b")
# (the clip named, then "and sped up" / "and slowed down" said of it with no word for it: "clip muted and sped up 1.5x" left
# the speed unread, set CL cl024; it is "speed it up", read below)
_CLIP_ANY = rf"(\b(?:video\s+)?clip|\bfootage|{_CLIP_FILE})"
REWRITES = (
    (rf"{_CLIP_ANY}([^.;!?]{{0,40}}?\b(?:and|then|,)\s+(?:also\s+|then\s+)?)(?:sped|speeded)\s+up\b(?!\s+(?:the|a|an|it|them|this|that)\b)",
     r"\1\2speed it up"),
    (rf"{_CLIP_ANY}([^.;!?]{{0,40}}?\b(?:and|then|,)\s+(?:also\s+|then\s+)?)slowed\s+down\b(?!\s+(?:the|a|an|it|them|this|that)\b)",
     r"\1\2slow it down"),
    (rf"{_CLIP_BY_NAME}([^.;!?]{{0,60}}?)\b(speed|slow)\s+(?:it|that)\s+(up|down)\b", r"\1\2\3 \4 the \1"),
    (rf"{_CLIP_BY_NAME}([^.;!?]{{0,60}}?)\bplay\s+(?:it|that)\s+(?=at\s)", r"\1\2play the \1 "),
    # "把开箱视频剪到5秒，再加速到1.5倍": the clip by what it shows, said again with its name
    (r"(?:(?<=[把将])|^|(?<=[，,。；;\s]))((?![这那该整每两])(?:(?!视频|片段|把|将)[\u4e00-\u9fff]){1,4}(?:视频|片段))"
     r"([^。！？]{0,20}?[，,；;]\s*)(?:然后|再|并且?)?\s*(加速|减速|放慢)\s*(?=(?:到|至)\s*(?:\d|两|二|三|四))", r"\1\2然后\1\3"),
    # (the clip by its noun or file)
    (rf"\b{_CLIP_NAMED}\b([^.;!?]{{0,60}}?)\b(speed|slow)\s+(?:it|that)\s+(up|down)\b", r"\1\2\3 \4 \1"),
    (rf"\b{_CLIP_NAMED}\b([^.;!?]{{0,60}}?)\bplay\s+(?:it|that)\s+(?=at\s)", r"\1\2play \1 "),
    (r"(视频片段|视频|片段)([^。！？]{0,20}?[，,；;]\s*)(?:然后|再|并且?)?\s*(加速|减速|放慢)\s*(?=(?:到|至)\s*(?:\d|两|二|三|四))", r"\1\2然后\1\3"),
    # (and cut to a length: "视频静音，然后剪到5秒" asked whether the whole video or the clip was meant, set DA da206; never
    # the whole video's, "整个视频…"; nor after its length complained of, "视频太长了，剪成20秒": which is asked)
    (r"(?<![个部])(视频片段|视频|片段)([^。！？长短]{0,20}?[，,；;]\s*)(?:然后|再|并且?)?\s*(剪到|剪成|剪短到|裁到|裁成|截到|截成)\s*"
     r"(?=(?:\d|两|二|三|四|五|六|七|八|九|十))", r"\1\2然后把\1\3"),
) + REWRITES
# (wave 7) the brand kit's parts in other words, said where the brand is named: "brand kit: primary colour #0A2540 and heading
# font serif" (the heading was read as the title and coloured), "brand kit: navy, serif font", "navy as the main colour, gold
# accent, display font for headings", "brand font Playfair, body font sans" (sets AC ac175 ac178 ac229, AD ad177 ad181,
# AE ae025, AF af134 af207)
# (a file's dot is no sentence's end: "brand kit: colour #ff5a1f, logo logo.png, heading font display" left the heading font
# to the title, set AS as205)
_BRAND_CTX = r"(\bbrand\b(?:[^.;!?]|\.(?=[a-z0-9])){0,80}?)"
REWRITES = REWRITES + (
    # the kit's colour listed bare after it is named: "brand kit: colour #ff5a1f, logo …" (set AS as205)
    (rf"{_BRAND_CTX}(?<=[:,\-]\s)(?:the\s+)?colou?r\b(?!\s+(?:of|for)\b)", r"\1brand colour"),
    (rf"{_BRAND_CTX}(?<=[:,\-]\s)(?:the\s+)?logo\s*(?:is|=|:|to)?\s*(?=[\w-]+\.(?:png|jpe?g|webp|svg)\b)", r"\1our logo is "),
    (rf"{_BRAND_CTX}(?<=[:,\-]\s)(?:the\s+)?(?:font|typeface)\s*(?:is|=|:)?\s*(?=[a-z])", r"\1brand font "),
    # (joined by "and" as what it is: "brand kit: logo.png is our logo and the font is serif" left the font unread and the kit
    # undone, set CG cg171)
    (rf"{_BRAND_CTX}(?<=\band\s)(?:the\s+|our\s+|its\s+)?(?:font|typeface)\s*(?:is|=|:|should\s+be)\s*(?=[a-z])", r"\1brand font "),
    (rf"{_BRAND_CTX}\b(?:the\s+)?(?:primary|main)\s+colou?r\b", r"\1brand colour"),
    (rf"{_BRAND_CTX}\b(?:the\s+)?(?:heading|headline|title)s?\s+font\b", r"\1brand font"),
    (rf"{_BRAND_CTX}\b(?:the\s+)?(?:body(?:\s+text)?|caption|text)\s+font\b", r"\1body font"),
    (r"\bbrand\s+kit\s*[:\-]\s*([a-z]+(?:\s+blue)?|#[0-9a-f]{3,6})\s*(?:,|and)\s*(?:an?\s+)?([a-z]+)\s+font\b", r"brand colour \1, brand font \2"),
    (rf"{_BRAND_CTX}\b([a-z]+|#[0-9a-f]{{3,6}})\s+as\s+(?:the\s+|our\s+)?(?:main|primary|brand)\s+colou?r\b", r"\1brand colour \2"),
    (rf"{_BRAND_CTX}(?<![a-z])(?!(?:the|a|an|our|my|its|and|with|is|an?)\b)([a-z]+|#[0-9a-f]{{3,6}})\s+accent\b(?!\s+colou?r)", r"\1accent colour \2"),
    # (wave 18) the kit's parts listed bare after "brand kit:": "brand kit: colour #1a73e8, display font, logo.png" (the font
    # and the logo were left unread, set BE be251); a bare file only as a whole item of the list
    (r"(\bbrand\s+kit\s*[:\-][^.;!?]{0,60}?(?<=[:,]\s))([a-z]+)\s+font(?=\s*(?:$|[,;]))", r"\1brand font \2"),
    (r"(\bbrand\s+kit\s*[:\-](?:[^.;!?]|\.(?=[a-z0-9])){0,60}?(?<=[:,]\s))(?=[\w-]+\.(?:png|jpe?g|webp|svg)\s*(?:$|[,;]|\.\s*$))",
     r"\1our logo is "),
    # the accent named with the kit after it: "set the accent colour of the brand kit to gold" (set BF bf061)
    (r"\baccent\s+colou?r\s+(?:of|for|in)\s+(?:the\s+|our\s+|my\s+)?brand(?:\s+kit)?\b", "accent colour"),
    # the accent bare at the end of a message that is only the kit's list, begun by the brand's colour: "brand color #0a2540,
    # accent gold" (set BE be156). Only so: "accent gold" bare in a list read as the kit's made a held-out wrong edit, so
    # nothing else may be named in the list (no title, captions, text, card)
    (r"^(\s*(?:our\s+|the\s+)?brand\s+colou?r\s*(?::|is|=)?\s*(?:#[0-9a-f]{3,6}|[a-z]+)\s*),\s*(?:and\s+)?(?:an?\s+)?accent\s*(?::|=)?\s*"
     r"(#[0-9a-f]{3,6}|[a-z]+)\s*[.!]?\s*$", r"\1; our accent colour is \2"),
    (rf"{_BRAND_CTX}(?<=[,;:]\s)(?:an?\s+)?([a-z]+)\s+font\s+for\s+(?=(?:the\s+)?(?:headings?|headlines?|titles|body|captions))", r"\1use \2 font for "),
    # "品牌字体：标题用手写体，正文用无衬线": the kit's fonts listed after it is named; the heading's is the brand font, not the
    # title's own (set AQ aq139 changed the title's font)
    (r"(品牌(?:的)?\s*字体\s*[:：]\s*)(?:大标题|标题)\s*(?:的)?\s*(?:字体)?\s*(?=(?:是|为|用|统一用|改成|换成|设为))", "品牌标题字体"),
    # "品牌字体用衬线体，正文用无衬线": the body font said after the brand's (set AH ah179 set all the text sans); after the
    # kit's colour too: "品牌色改成红色，正文字体用衬线体" (all the text was made serif, set BR br235)
    (r"(品牌(?:的)?\s*(?:(?:标题)?\s*字体|主色调|主颜色|主色|颜色|色|强调色)[^。；;！!？?]{0,20}[，,]\s*)正文\s*(?:的)?\s*(?:字体)?\s*(?=(?:是|为|用|统一用|改成|换成|设为)?\s*"
     r"(?:无衬线|衬线|黑体|手写|serif|sans))", r"\1品牌正文字体"),
    # the kit's colour said with 是 / 用 before another clause: "品牌颜色是蓝色，正文字体用无衬线体" (a clause of a colour and no
    # verb was read with the next one, and all the text made blue): said with 设为, a verb the frames keep to its clause
    # (or with no verb at all: "品牌：主色红色，正文字体用无衬线" made all the text red and sans, set CE ce066's neighbour)
    (r"(品牌(?:的)?\s*(?:主色调|主颜色|主色|颜色|色))\s*(?:是|为|用)\s*(?=(?:[\u4e00-\u9fff]{1,3}色|#[0-9a-f]{3,6})\s*[，,])", r"\1设为"),
    (r"(品牌(?:的)?\s*(?:主色调|主颜色|主色|颜色|色))\s*(?=(?:(?![改换设调变定用是为])[\u4e00-\u9fff]){1,3}色\s*[，,]|#[0-9a-f]{3,6}\s*[，,])", r"\1设为"),
    # the body font made the kit's after it: "正文字体用衬线体，作为品牌设置" (all the text was made serif and the kit left
    # as it was, set BP bp257)
    (r"(?:^|(?<=[,，;；。]))\s*(?:把\s*)?正文\s*(?:的)?\s*(?:字体)?\s*(?:是|为|用|统一用|改成|换成|设为)?\s*(无衬线|衬线|黑体|手写|serif|sans)(?:体|字体)?\s*"
     r"[，,]\s*(?:就|并|并且)?\s*(?:作为|当作|当成|设为|设成|存为|保存为|保存成|保存到|存到|用作|算作)\s*(?:我们的?\s*)?品牌(?:的)?\s*(?:设置|套件|字体|规范)?"
     r"(?=\s*(?:$|[。！!；;，,]))", r"品牌正文字体用\1"),
    # "品牌字体用衬线体": the fonts by their Chinese kinds
    (r"(品牌(?:的)?\s*(?:标题|正文)?\s*字体\s*(?:是|为|用|统一用|改成|换成|设为)?\s*)(?:衬线体|衬线字体|衬线)", r"\1serif"),
    (r"(品牌(?:的)?\s*(?:标题|正文)?\s*字体\s*(?:是|为|用|统一用|改成|换成|设为)?\s*)(?:无衬线体|无衬线字体|无衬线|黑体)", r"\1sans"),
    (r"(品牌(?:的)?\s*(?:标题|正文)?\s*字体\s*(?:是|为|用|统一用|改成|换成|设为)?\s*)(?:手写体|手写字体)", r"\1handwriting"),
)
# (wave 7) sound said in other words: both clips ("mute both videos", "两个视频都静音", "both videos should be silent"), one sound
# louder than another ("the videos are way louder than the music", "the music is too loud compared to the videos"), the
# ducking told to stop ("music shouldn't dip when the voice is talking", "旁白说话的时候也别自动压低音乐") (sets AC ac115 ac217,
# AD ad104, AE ae039, AF af113 af175 af229: a clip called "both videos" was looked for, the music was raised)
_BOTH_CLIPS = r"(?:both(?:\s+of\s+the)?|all\s+(?:of\s+)?(?:the\s+)?|the\s+two)\s+(?:videos|clips|video\s+clips)"
REWRITES = REWRITES + (
    (rf"\b{_BOTH_CLIPS}\s+(?:should|must|need\s+to|needs\s+to|have\s+to)\s+be\s+(?:silent|muted|mute|quiet)\b", "mute the clip sound"),
    (rf"\b(mute|silence|unmute)\s+{_BOTH_CLIPS}\b", r"\1 the clip sound"),
    # ("两个视频的原声都关掉": their sound said, turned off; sets AR ar103, AS as133)
    (r"(?<![第\d])(?:两个|2个|两段|2段|所有的?|全部的?)\s*(?:视频片段|视频|片段)\s*(?:都|全都|全部)?\s*(?=静音|取消静音)", "视频原声"),
    (r"(?<![第\d])(?:两个|2个|两段|2段|所有的?|全部的?)\s*(?:视频片段|视频|片段)\s*的?\s*(?:原声|声音|音频|原音)\s*(?:都|全都|全部)?\s*(?=静音|取消静音|关掉|关了|关闭)", "视频原声"),
    (r"\b(?:the\s+)?(videos|clips|video\s+clips)\s+(?:are|is)\s+(?:way\s+|much\s+|a\s+lot\s+|far\s+|so\s+much\s+)?louder\s+than\s+the\s+(?:background\s+)?music\b"
     r"(?:\s*[,;]\s*(?:so\s+)?(?:please\s+)?(?:turn|bring)\s+(?:their|the(?:ir)?)\s+(?:sound|audio|volume)\s+down)?", "turn down the clip sound"),
    (r"\b(?:the\s+)?(?:background\s+)?music\s+is\s+(?:way\s+|much\s+|a\s+bit\s+)?(?:too\s+loud|louder)\s+(?:compared\s+to|than|next\s+to|over)\s+the\s+(?:videos|clips|video\s+clips|clip|video)\b",
     "turn down the music"),
    (r"\b(?:the\s+)?(?:background\s+)?music\s+(?:shouldn'?t|should\s+not|mustn'?t|must\s+not|doesn'?t\s+need\s+to|does\s+not\s+need\s+to)\s+"
     r"(?:dip|duck|drop|go\s+down|get\s+quieter|lower)\b(?:\s+(?:when|while|whenever)\s+[^,.;!?]{0,40})?"
     r"(?:\s*[,;]\s*(?:just\s+)?keep\s+it\s+(?:steady|constant|level|the\s+same|even|at\s+one\s+level))?", "turn off ducking"),
    (r"(?:旁白|配音|人声|有人)?\s*(?:说话|讲话|出现)?\s*(?:的时候|时)?\s*(?:也)?\s*(?:别|不要|不用|无需)\s*(?:再)?\s*(?:自动)?\s*(?:压低|降低|闪避)\s*(?:背景)?音乐", "取消闪避"),
)
_ANOTHER_WISH = (r"remove|delete|drop|lose|cut|ditch|kill|scrap|get\s+rid\s+of|take\s+out|mute|unmute|make|set|change|add|put|move"
                 r"|turn|use|swap|lower|raise|speed|slow|trim|shorten|extend")
# a level for a clip said right after the other clip's sound was muted or set: that clip's volume ("Mute clip.mp4. Set
# unboxing.mp4 to 70%.", "mute clip 1, clip 2 at 70%": the level was not understood, and the mute made alone). Said alone,
# "make the clip 50%" names no sound, and stays unread
_CLIP_REF = (rf"(?:the\s+)?(?:{_CLIP_FILE}|(?:clip|video)\s*\d|(?:first|second|last|1st|2nd)"
             r"\s+(?:clip|video))")
REWRITES = REWRITES + (
    # "背景音乐静音，字幕也关掉": 也 ("too") between a thing and its removal is no part of the wish (set DF df108 was not read)
    (r"(字幕|标题|音乐|背景音乐|配音|旁白|转场|logo|水印|贴纸)\s*也\s*(?=(?:关掉|关了|去掉|删掉|删了|不要了?|拿掉)(?![\u4e00-\u9fff]))", r"\1"),
    # ("字幕关掉": a text turned off is removed, as 去掉; it was not understood)
    (r"(字幕|标题|字慕|子幕)\s*(?:全部|都)?\s*(?:关掉|关了|关闭|关上)(?!(?!吧|啊|呀|哦|了)[\u4e00-\u9fff])", r"\1去掉"),
    # the transitions between the pictures are the transitions: "图片之间的转场全部去掉" was not understood (set DM dm008)
    (r"(?:图片|照片|图|画面|镜头)\s*(?:之间|中间)\s*(?:的)?\s*(?=转场)", ""),
    # a slow zoom said by what it does: "去掉图片慢慢放大的效果" (looked for a picture "大的效果", set DM dm017)
    (r"(?:图片|照片|画面)?\s*(?:慢慢|缓慢|缓缓|逐渐)\s*(?:地)?\s*(?:放大|推近|拉近)\s*(?:的)?\s*(?:效果|动效|动画)", "缩放"),
    # the card's words named as its text after a colon: "片尾文字：“关注我们”", "片尾文案：“X”" (not understood, set DM dm014 dm041)
    (r"((?:片尾|结尾卡片|片尾卡片|结尾页|结束页|片尾页|结尾画面|结束画面))\s*(?:的)?\s*(?:文字|文案|内容|主文字|主文案)\s*[:：]\s*(?=\ue000)", r"\1写 "),
    # (the verb first too: "顺便关掉字幕", "竖屏，关闭字幕" dropped the captions without a word; set DH dh122)
    (r"(?:关掉|关闭|关了|关上)\s*(字幕|标题)(?![\u4e00-\u9fff])", r"去掉\1"),
    # ("mute the first clip and put the second one at 40%": "one" after a clip named by its place is a clip; it had set
    # every clip's sound to 40 % and unmuted the first)
    (r"(\b(?:first|second|third|last|1st|2nd)\s+(clip|video|picture|photo|image|pic)\b[^.;!?]*?\b(?:the\s+)?"
     r"(?:first|second|third|last|other)\s+)one\b", r"\1\2"),
    # ("put the unboxing.mp4 audio at 70%": a sound put at a level is set to it; "put" had been read as a move)
    (r"\bput\s+((?:the\s+)?(?:[^,.;!?]|\.(?=[a-z0-9])){0,40}?\b(?:audio|sound|volume)\b)\s+(?:at|on)\s+(\d+(?:\.\d+)?\s*%)", r"set \1 to \2"),
    (rf"\b((?:mute|silence|unmute)\s+{_CLIP_REF}(?:\s*[.,;]\s*(?:and\s+|then\s+)?|\s+(?:and|then)\s+))(?:(?:set|put|turn|bring|make)\s+)?({_CLIP_REF})\s+"
     r"(?:to|at)\s+(\d+(?:\.\d+)?\s*(?:%|percent\b|per\s*cent\b))", r"\1set \2 volume to \3"),
)
# a thing other than the title that a wish after the title's words is said of
_OTHER_THING = (r"音乐|背景音乐|配乐|字幕|配音|旁白|解说|视频|图片|照片|转场|片段|原声|music|song|soundtrack|captions?|subtitles?|voice"
                r"|narration|transitions?|video|clips?|pictures?|photos?|images?|logo|watermark")
_COLOURS_EN = r"(?:white|black|yellow|red|blue|green|orange|pink|purple|grey|gray|gold|golden|silver|navy|beige|brown)"
# the end card's English names, one list for the rewrites that read what is said of it after its name (its words' colour, its
# length, its logo): each rewrite had its own few, and "closing screen: 'X' in gold letters", "the ending card should say X,
# in yellow letters" lost the colour (sets CB cb169, CD cd161). A closing or final slide may be the last picture: left out
CARD_NAMES_EN = (r"(?:end[\s-]*card|outro(?:\s+(?:card|screen|page))?|end\s+(?:screen|slide|page)|(?:ending|final|closing)\s+(?:card|screen|page)"
                 r"|call[\s-]+to[\s-]+action|cta)")
# (wave 7) the colour of an end card's words said after it: "加个片尾，写“限时五折”，金色字", "an end card 'X' in gold letters" (the
# colour went to all the text, set AF af141, AD ad156): read by the end card alone
REWRITES = REWRITES + (
    # ("end with a card saying X, white on black": the card named as the rules below read its look)
    (r"\b(?:end|finish|close)\s+(?:with|on)\s+a\s+card\s+(?=saying\b|that\s+says\b|reading\b)", "end card "),
    # an end card's words, then its look said the ways the card's rules below do not read, said as they do: "end with a
    # card saying Follow us for more, white text on black", "…: Get yours today. make it pink background", "end card 'Shop
    # now', gold" (set DC dc002, dc013: the look was said not understood)
    (rf"(\b(?:{CARD_NAMES_EN}|card)\b[^.;!?\ue000]{{0,40}}\ue000\d+\ue001)\s*[,;]\s*(?:and\s+)?(?:in\s+)?({_COLOURS_EN})(?=\s*(?:$|[,.;!?]))",
     r"\1 in \2"),
    (rf"(\b(?:{CARD_NAMES_EN}|card)\b[^.;!?\ue000]{{0,40}}\ue000\d+\ue001\s*,\s*(?:in\s+)?)({_COLOURS_EN})\s+"
     rf"(?:text|letters|words|lettering|writing|font)\s+on\s+(?:a\s+)?({_COLOURS_EN})\b", r"\1\2 on \3"),
    (rf"(\b(?:{CARD_NAMES_EN}|card)\b[^.;!?\ue000]{{0,40}}\ue000\d+\ue001)\s*[.;]\s*(?:and\s+)?(?:make\s+it|give\s+it|with)\s+(?:a\s+)?"
     rf"({_COLOURS_EN})\s+(?:background|bg|backdrop)\b", r"\1, \2 background"),
    # (the card said by the verb of adding at the end: "结尾加上“限时包邮” 红色字" made all the text red, set wave 42)
    (r"((?:片尾|结尾卡片|结束卡片|结尾页|结束页|(?:结尾|最后|末尾)\s*(?:再)?\s*(?:加上|加个|加1句|写上?|放上?))[^。！？!?]{0,30}?)[，,]\s*(?:用|要)?\s*([金银红蓝绿黑白黄粉紫橙灰])色\s*(?:的)?\s*(?:字|文字|字体)(?![\u4e00-\u9fff])",
     r"\1，cardink \2"),
    # (the words named first: "结尾卡片写“X”，文字金色", "…，字用白色" (the colour was dropped, set BE be162)
    (r"((?:片尾|结尾卡片|结束卡片|结尾页|结束页|(?:结尾|最后|末尾)\s*(?:再)?\s*(?:加上|加个|加1句|写上?|放上?))[^。！？!?]{0,30}?)[，,]\s*(?:文字|字|字体)\s*(?:的)?\s*(?:颜色)?\s*(?:用|要|是|为|改成|换成|设为)?\s*"
     r"([金银红蓝绿黑白黄粉紫橙灰])色(?![\u4e00-\u9fff])",
     r"\1，cardink \2"),
    # (the words named right after the card, no comma between: "结尾页文字改成白色，背景红色，写“X”" made all the text white,
    # set CU cu216)
    (r"((?:片尾|结尾卡片|结束卡片|结尾页|结束页|片尾页))\s*(?:的|上的)?\s*(?:文字|字体|字)\s*(?:的)?\s*(?:颜色)?\s*"
     r"(?:用|要|是|为|改成|换成|设为|改为)?\s*([金银红蓝绿黑白黄粉紫橙灰])色(?![\u4e00-\u9fff])",
     r"\1，cardink \2"),
    (rf"(\b{CARD_NAMES_EN}\b[^.;!?]{{0,40}}?)\s+in\s+([a-z]+)\s+(?:letters|lettering|text|type|writing)\b",
     r"\1, cardink \2"),
    # "end card 'Shop now' in gold": a colour right after the card's quoted words is theirs (set AJ aj160)
    (rf"(\b{CARD_NAMES_EN}\b[^.;!?]{{0,40}}?[\x22\x27\u201d\u2019\ue001])\s+in\s+"
     r"(gold|silver|white|black|red|blue|green|yellow|pink|purple|orange|grey|gray)(?=\s*(?:$|[,.;!?]))",
     r"\1, cardink \2"),
)
# "can everything be in the handwritten font", "put everything in serif": a font said of everything is all the text's (set CU
# cu207 was not understood; "everything" names no text). Only a font's own word: "everything in red" stays unread
REWRITES = REWRITES + (
    (r"\b(?:(?:can|could)\s+)?(?:make\s+|put\s+|set\s+)?everything\s+(?:be\s+|to\s+be\s+)?(?:in|into|to)\s+(?:the\s+|a\s+|an\s+)?"
     r"(handwriting|handwritten|cursive|serif|sans[\s-]?serif|sans|playfair(?:\s+display)?|typewriter|monospace)\s+(?:font|typeface|type)\b",
     r"all text in \1 font"),
)
# "make them quicker" is no typo of a word the tables know (it was read "quicked", set AF af062)
PLAIN_WORDS = PLAIN_WORDS + ("quicker", "snappier")
# ("what shape is the video now?" read "shape" as a slip of "shave" and made the video shorter; set DL dl109)
PLAIN_WORDS = PLAIN_WORDS + ("shape", "shapes", "shaped", "banner", "banners")
# the logo added, its look, then its place after commas: "加上我们的logo，放右上角", "视频加个logo水印，半透明，放右下角"
# (read as adding a file "我们的logo", or not at all; sets AF af118 af151): said as "logo放右上角，半透明"
REWRITES = REWRITES + (
    (r"(?:(?:视频|画面)\s*(?:上)?\s*)?(?:再)?\s*(?:加上?|添加|加个|加一个|放上?|放个)?\s*(?:我们的|我的|咱们的|品牌的?|公司的?|店铺的?)?\s*"
     r"(logo|标志|水印)\s*(?:水印)?\s*((?:[,，]\s*(?:半透明|小一点|大一点|小一些|大一些|淡一点))*)\s*[,，]\s*(?:再)?\s*(?:放|移|挪)(?:在|到)?\s*"
     r"(左上角|右上角|左下角|右下角|左上|右上|左下|右下)", r"\1放\3\2"),
)
# "from the 3-second mark onward", "at the 10 s mark": a moment said as a mark on the timeline (set AC ac169)
REWRITES = REWRITES + (
    (r"\b(?:the\s+)?(\d+(?:\.\d+)?)\s*-?\s*(?:seconds?|secs?|s)\s+mark\b", r"\1 seconds"),
)
# (wave 8) two sounds told one thing together: "把背景音乐和旁白都删掉", "视频原声和背景音乐都小一点" (the first sound was left
# unread, the second changed: sets AG ag211, AI ai270): each sound told it
_SOUND_PAIR_ZH = r"(?:背景音乐|音乐|配乐|bgm|旁白|配音|人声|解说|视频原声|视频的?声音|原声)"
REWRITES = REWRITES + (
    (rf"(?:把|将)?\s*({_SOUND_PAIR_ZH})\s*(?:和|跟|与|以及|还有)\s*({_SOUND_PAIR_ZH})\s*(?:都|全都|全部|一起)\s*"
     r"((?:删掉|删除|去掉|拿掉|关掉|关闭|静音|不要了?|小一点|小一些|小点|大一点|大一些|大点|调小一点|调大一点|调小|调大|轻一点|响一点))",
     r"\1\3，\2\3"),
)
# the whole picture kept in sight: "keep the whole image visible", "the full photo should stay visible" (set AI ai222)
FIT_CONTAIN = (FIT_CONTAIN[0] + ("whole image visible", "entire image visible", "full image visible", "whole photo visible",
                                 "full picture visible", "whole images visible", "whole pictures visible"), FIT_CONTAIN[1])
# (wave 9) the whole picture asked to fit, and a picture said to be getting cut off: "can you fit the whole image in", "show
# whole photos (no crop)", "the sneaker is getting cut off at the edges" (sets AK ak105, AL al201, AG ag135)
FIT_CONTAIN = (FIT_CONTAIN[0] + ("fit the whole image in", "fit the whole picture in", "fit the whole photo in",
                                 "fit the whole thing in", "fit the entire image in", "fit the entire picture in",
                                 "show whole photos", "show whole images", "show the photos whole", "show the pictures whole",
                                 "getting cut off", "getting cropped", "getting chopped off"), FIT_CONTAIN[1])
# the whole pictures wished to be seen, or the bars a fit inside the frame leaves: "the user would rather see full images
# with bars" (set ET et073 was not understood)
FIT_CONTAIN = (FIT_CONTAIN[0] + ("see full images", "see full pictures", "see full photos", "see the full images", "see the full pictures",
                                 "see the full photos", "see the whole images", "see the whole pictures", "see whole images",
                                 "see whole pictures", "show full images", "show full pictures", "show full photos",
                                 "with black bars", "with white bars", "with bars on the sides", "with bars",
                                 # ("the pictures should show whole not cut off", set EW ew082 was said done already)
                                 "should show whole", "show whole", "shown whole", "be shown whole", "shown in full", "show in full",
                                 "whole not cut off", "not cut off", "not cropped", "uncropped"), FIT_CONTAIN[1])
REWRITES = REWRITES + (
    # a picture said to be getting cut off, or a part of it: "the sneaker is getting cut off at the edges", "the top of the
    # watch gets cut off" (block Z reads "the sneaker is cut off" as the pictures cut off; sets AG ag135, AK ak105)
    (r"\b(is|are)\s+getting\s+(cut\s+off|cropped|chopped\s+off)\b", r"\1 \2"),
    (r"(?:^|(?<=[,.;!?]))\s*(?:the\s+)?(?:top|bottom|edges?|sides?|left|right|toe|tip|end|corners?)\s+of\s+(?:the\s+|my\s+|our\s+)?[a-z][a-z\-]*"
     r"(?:\s+(?:photo|picture|image|shot|pic))?\s+(?:is|are|gets|get|was|keeps\s+getting)\s+(?:cut\s+off|chopped\s+off|cropped)\b",
     "the pictures are cut off at the edges"),
)
# the card's length said of "it" after its words: "end card: Shop the drop, keep it 4 seconds" (the frames read "keep it
# 4 seconds" as the video's length, set AH ah158)
REWRITES = REWRITES + (
    # (or joined by "and" alone: "add an end card that says X and keep it on 4 seconds" asked which length, set CT ct069;
    # or by a dash: "End screen: 'X' - make it two seconds long" made the video 3.25 s long, set EC ec018)
    (rf"(\b{CARD_NAMES_EN}\b[^.;!?]{{0,60}}?(?:[,;]\s*(?:and\s+)?|\s[\-–—]+\s*|\s+and\s+))"
     r"(?:keep|leave|hold|show|have)\s+(?:it|that)\s+(?:up\s+|on\s+screen\s+|there\s+|on\s+)?(?:for\s+)?(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\b(?!\s+(?:each|per|every|apiece))",
     r"\1make the end card \2"),
    # ("… and make it 4 seconds long": a length of a few seconds made of "it" right after the card is the card's; the video
    # of 4 s was asked, set CQ cq124; "make it 20 seconds" stays the video's)
    (rf"(\b{CARD_NAMES_EN}\b[^.;!?]{{0,60}}?(?:[,;]\s*(?:and\s+)?|\s[\-–—]+\s*|\s+and\s+))"
     r"make\s+(?:it|that)\s+([1-9](?:\.\d+)?\s*(?:s|secs?|seconds?))(?:\s+long)?\b(?!\s+(?:each|per|every|apiece))",
     r"\1make the end card \2"),
    # "添加行动号召卡片，文字为“X”": the call-to-action card is the end card (it was looked for as a file, set AG ag148)
    (r"行动号召\s*(?:的)?\s*(?:卡片|页面|页|画面)", "结尾卡片"),
    # "use serif" said bare, closing its clause: the font ("make the title say X, and the font is boring, use serif" dropped
    # it, set CV cv213); "use serif for headings" is the brand kit's, left as it is
    (r"\buse\s+(?:a\s+|the\s+)?(serif|sans[\s-]?serif|handwriting|handwritten|cursive|playfair)"
     r"(?=\s*(?:$|[,;!?]|\.(?![a-z0-9])|\s+(?:instead|please|pls|then)\b))", r"use a \1 font"),
    # "把结尾做成白字黑底，写「X」": the ending made a background is a card when its words are
    # said too (set CV cv245 was not understood); "把结尾做成淡出" is no card
    (r"(?:把|将)?\s*(?:视频的?)?\s*(?:结尾|片尾)\s*(?:做成|弄成|改成|变成|换成)\s*(?=[^，,。；;！!？?]{0,10}?(?:底|背景)[^。！!？?]{0,20}?(?:写|文字|内容))", "结尾卡片"),
    # "在结尾添加一张卡片，文字为“X”": 添加 is 加 (the card's verbs know 加, 加个, 放…; 1张卡片 was looked for as a file, set CX cx106)
    (r"(结尾|片尾|最后|末尾)\s*(再)?\s*添加\s*(?=(?:1张|1个|1页)?\s*(?:[\u4e00-\u9fff]{1,6}的?)?\s*卡片)", r"\1\2加"),
    # "结尾停留的卡片写 X": the card that stays at the end (停留 was read as the clip's last frame held, set AL al264)
    (r"(?:结尾|最后|片尾)\s*停留\s*的\s*(?:卡片|画面|页)", "结尾卡片"),
    # "结尾卡片写 X，5秒": a bare length after the card's words is the card's (it was the video's)
    (r"((?:结尾卡片|片尾卡片|结束卡片|结尾页|结束页|片尾页)[^。；;！!？?\n]{1,40}?[,，]\s*)(\d+(?:\.\d+)?\s*秒)(?=\s*(?:$|[。；;！!]))",
     r"\1停留\2"),
)
# a sound's volume said as a fraction: "lower the music to 0.2", "voice at .8" (set AN an220 turned the ducking off and left it);
# a full stop after the number ends the sentence ("… lower the music to 0.2.", set BS bs116 left the music as it was)
_SOUND_NOUN = r"(?:background\s+music|music|bgm|soundtrack|song|track|voice\s*-?\s*over|voice|narration|vo|volume|audio|sound)"
REWRITES = REWRITES + (
    (rf"(\b{_SOUND_NOUN}\b[^.;,!?\d]{{0,25}}?\b(?:to|at)\s+)0?\.(\d)(\d)(?!\d|\.\d)(?!\s*(?:s\b|secs?\b|seconds?\b|x\b|times\b))", r"\1\2\3%"),
    (rf"(\b{_SOUND_NOUN}\b[^.;,!?\d]{{0,25}}?\b(?:to|at)\s+)0?\.(\d)(?!\d|\.\d)(?!\s*(?:s\b|secs?\b|seconds?\b|x\b|times\b))", r"\g<1>\g<2>0%"),
)
# the transitions' new length said after "longer": "make the transitions longer, 1 second each" (the seconds were the
# video's length, sets AG ag124, AJ aj092)
REWRITES = REWRITES + (
    (r"\b(transitions?|fades?|crossfades?)\s+(?:a\s+bit\s+|a\s+little\s+)?(?:longer|shorter|slower|faster|quicker|snappier)\s*[,:\-–—]?\s*"
     r"(?=(?:about\s+|like\s+|maybe\s+|say\s+|to\s+)?(?:\d+(?:\.\d+)?|one|two|half\s+a)\s*(?:s|secs?|seconds?)\b)", r"\1 "),
)
# a style by its English name in a Chinese wish: "改成 elegant 风格" (the verb and the name were read as the text's serif
# font, set AH ah247): the name and 风格 are the style
REWRITES = REWRITES + (
    (r"(?:改成|换成|改为|换为|用|做成|弄成|来个|换个|整个|整成)\s*(elegant|minimal|minimalist|energetic|dynamic|sale|promo)\s*(?:的)?\s*(风格|模板)", r"\1\2"),
)
# a clip's sound by its name alone at the start of a clause: "unboxing audio at 30%" (the bare name was no reference,
# "the unboxing audio to 30%" was, set AL al96): read with "the"; a word that is no upload's name is asked about
REWRITES = REWRITES + (
    (r"(?:^|(?<=[,;]\s))(?!(?:the|a|an|my|our|this|that|all|overall|whole|total|master|main|background|bg|music|voice"
     r"|voiceover|narration|vo|clip|clips|video|videos|its|their|game|original|source|set|make|turn|put|keep|get|bring)\s)"
     r"([a-z][a-z0-9_-]{2,}(?:\.(?:mp4|mov|m4v|webm))?)\s+(audio|sound)\s+(at|to)\s+(?=\d+(?:\.\d+)?\s*%)", r"the \1 \2 \3 "),
)
# a whole-video fade added with its length after a comma: "整体加一个淡出结尾，2秒", "开头加个淡入，1秒" ("加 … 2秒" was read as
# the video 2 s longer, set AO ao227): said as "结尾淡出，持续2秒", which the fade reads with its length (a title's or a
# logo's fade is not the video's)
REWRITES = REWRITES + (
    (r"(?<!标题)(?<!字幕)(?<!文字)(?<!logo)(?<!水印)(?<!贴纸)(?:整体|视频|整个视频)?\s*(?:结尾|片尾|最后|末尾)?\s*(?:再)?\s*(?:加上?|加个|加一个|加1个|添加|来个|来1个|做个|做1个)\s*(?:一个|1个)?\s*"
     r"(?:淡出|渐隐)\s*(?:的)?\s*(?:结尾|收尾|效果)?\s*[,，]?\s*(?:持续|时长|时间)?\s*(\d+(?:\.\d+)?)\s*(秒|s\b)", r"结尾淡出，持续\1秒"),
    (r"(?<!标题)(?<!字幕)(?<!文字)(?<!logo)(?<!水印)(?<!贴纸)(?:整体|视频|整个视频)?\s*(?:开头|片头)?\s*(?:再)?\s*(?:加上?|加个|加一个|加1个|添加|来个|来1个|做个|做1个)\s*(?:一个|1个)?\s*"
     r"(?:淡入|渐显)\s*(?:的)?\s*(?:开头|开场|效果)?\s*[,，]?\s*(?:持续|时长|时间)?\s*(\d+(?:\.\d+)?)\s*(秒|s\b)", r"开头淡入，持续\1秒"),
)
# the kit named with a colon before its list: "设置品牌：主色 #0a2540，logo 使用 logo.png" asked what the colour was of (set CE
# ce066): its parts are the brand's, as "品牌主色 …" (read first, before the kit's font and colour are read by their names)
REWRITES = (
    (r"品牌\s*(?:的)?\s*(?:设置|套件|规范|信息)?\s*[:：]\s*(?=(?:主色调|主颜色|主色|颜色|色|强调色|字体|正文字体|标题字体|logo|标志)\s*"
     r"(?:是|为|用|使用|采用|[:：]|#|[\u4e00-\u9fff]{1,4}色|[a-z0-9]))", "品牌"),
) + REWRITES
# the brand kit's parts listed after it is named: "品牌色红色，logo用logo.png", "brand colour red, logo logo.png" (the logo was
# put over the video, set AP ap266): the logo of the list is the brand's
REWRITES = REWRITES + (
    # (and the logo said with 使用 / 采用 too: "品牌主色 #0a2540，logo 使用 logo.png", set CE ce066)
    (r"(品牌(?:色|颜色|主色|主色调|字体)[^，,。；;！!]{1,12}[，,]\s*)(?:logo|标志)\s*(?:用|是|为|换成|改成|使用|采用)\s*(?=[\w-]+\.(?:png|jpe?g|webp|svg)\b)",
     r"\1品牌logo用"),
    # (its verb in Chinese once the kit's font was read: "品牌字体用Playfair，logo用logo.png" became "brand font playfair, logo用logo.png",
    # and 用 was taken for the file's name, set BL bl249)
    (r"(\bbrand\s+(?:kit\s*[:,]?\s*)?(?:colou?r|font)\s*(?:is|=|:|to)?\s*[#\w-]+\s*[,;，；]\s*(?:and\s+)?)(?:the\s+)?logo\s*(?:is|=|:|to|用|是|为|换成|改成)?\s*"
     r"(?=[a-z0-9_-]+\.(?:png|jpe?g|webp|svg)\b)", r"\1our logo is "),
)
# the colour of a card's words said after it, the words first: "最后加个3秒的结尾，写“X”，字用黄色" (all the text was made yellow,
# set AS as184): read by the end card alone
REWRITES = REWRITES + (
    (r"((?:片尾|结尾卡片|结束卡片|结尾页|结束页|(?:加上?|加个|加一个|加1个|添加)\s*(?:\d+(?:\.\d+)?\s*秒\s*的\s*)?结尾)[^。！？!?]{0,30}?)[，,]\s*"
     r"(?:上面的|卡片上的)?(?:文字|字体|字)\s*(?:的)?\s*(?:颜色)?\s*(?:用|要|是|改成|换成|为|设为)\s*([金银红蓝绿黑白黄粉紫橙灰])色(?:的)?(?=$|[\s，,。；;！!])",
     r"\1，cardink \2"),
    # (its colour said as what the words are, 色 left out: "加个结尾 写 X 背景金色 字是黑的", set CO co231)
    (r"((?:片尾|结尾卡片|结束卡片|结尾页|结束页|(?:加上?|加个|加一个|加1个|添加)\s*(?:\d+(?:\.\d+)?\s*秒\s*的\s*)?结尾)[^。！？!?]{0,30}?)[，,]\s*"
     r"(?:上面的|卡片上的)?(?:文字|字)\s*(?:是|为)\s*([金银红蓝绿黑白黄粉紫橙灰])的(?=$|[\s，,。；;！!])",
     r"\1，cardink \2"),
)
# the whole video's fade added with nothing else named, at a clause's start: "…, and add a fade out", "加个淡入淡出，然后logo缩小一点"
# (left unread beside another edit, sets AQ aq237, AS as232); a title's, a logo's or the transitions' fade names its thing
_CLAUSE_START = r"(?:^|(?<=[,;.，；。]\s)|(?<=[,;，；。])|(?<=\band\s)|(?<=\bthen\s)|(?<=\balso\s))"
REWRITES = REWRITES + (
    # "fade it all out to black": the whole video (set FA fa148 was not read)
    # (as long as the words: a reader of the typed message finds the card's words by their place)
    (r"\bfade it all out\b", "fade out       "),
    # "make the pictures fade into each other slower, like 0.8s": the transitions (set FA fa145 made every picture 0.8 s)
    (r"\b(?:make\s+|have\s+|let\s+)?(?:the\s+|all\s+the\s+)?(?:pictures|photos|images|pics|shots|slides)\s+(?:fade|dissolve|blend)\s+"
     r"(?:in)?to\s+(?:each\s+other|one\s+another)\b(?=\s*,?\s*(?:(?:a\s+(?:bit|little)\s+|much\s+)?(?:slower|faster|quicker|longer|shorter)\b|(?:over|for|in)\s+\d))",
     "make the transitions"),
    (rf"{_CLAUSE_START}(?:(?:please|just|also)\s+)?(?:add|put|use|do|give\s+it|have)\s+(?:a\s+|an\s+|some\s+)?(?:gentle\s+|slow\s+|soft\s+|quick\s+|short\s+|subtle\s+|little\s+)?"
     r"fade[\s-]?out(?:\s+effect)?(?=\s*(?:$|[,.;!?]|and\b|then\b))", "fade out to black"),
    # (the bare verb with its length after another wish: "add an end card 'X', and fade out over 1 second" left the fade unread,
    # set CN cn188; said alone it was read)
    # (not the second of both ends: "fade in and fade out over 2 seconds" faded out alone, "fade in" left unread; set DA
    # da196's kind)
    (rf"{_CLAUSE_START}(?<!^)(?<!\bfade\sin\sand\s)(?:(?:please|just|also|then)\s+)?fade[\s-]?out\s+(?=(?:over|for|in|across)\s+(?:\d+(?:\.\d+)?|a|one|half\s+a)\s*"
     r"(?:s|secs?|seconds?)\b\s*(?:$|[,.;!?]|and\b|then\b))", "fade out to black "),
    # (bare, last, after an end card: "add an end card 'X' and fade out" is the video's ending faded, after the card (it was
    # left unread, set CS cs081); beside another thing "and fade out" may be that thing's: left to its readers)
    (rf"(\b{CARD_NAMES_EN}\b[^.;!?]{{0,60}}?(?:,\s*|\s+)(?:and|then|and\s+then)\s+)(?:(?:please|just|also)\s+)?fade[\s-]?out(?=\s*(?:$|[.!]))",
     r"\1fade out to black"),
    # (not the first of both ends: "add a fade in and a fade out, white" faded in from black and left the rest unread; set
    # CB cb267's kind)
    (rf"{_CLAUSE_START}(?:(?:please|just|also)\s+)?(?:add|put|use|do|give\s+it|have)\s+"
     r"(?:a\s+|an\s+|some\s+)?(?:gentle\s+|slow\s+|soft\s+|quick\s+|short\s+|subtle\s+|little\s+)?fade[\s-]?in\s+(?:and|&)\s+(?:a\s+|an\s+)?fade[\s-]?out(?:\s+effects?)?\b",
     "fade in and fade out"),
    (rf"{_CLAUSE_START}(?:(?:please|just|also)\s+)?(?:add|put|use|do|give\s+it|have)\s+(?:a\s+|an\s+|some\s+)?(?:gentle\s+|slow\s+|soft\s+|quick\s+|short\s+|subtle\s+|little\s+)?"
     r"fade[\s-]?in(?:\s+effect)?(?=\s*(?:$|[,.;!?]|and\b|then\b))", "fade in from black"),
    # (淡入 and 淡出 said apart: "加一个淡入和淡出，白色的", set CB cb267)
    (rf"{_CLAUSE_START}\s*(?:再|然后|并且|另外)?\s*(?:给视频|视频|整体|整个视频)?\s*(?:加上?|加个|加一个|加1个|添加|来个|来一个|做个)\s*(?:一个|1个)?\s*"
     r"淡入\s*(?:和|与|跟|及|以及|、)?\s*(?:一个|1个)?\s*淡出(?:的)?(?:效果)?(?=\s*(?:$|[,，;；。！!]|然后|再))", "首尾淡入淡出"),
    (rf"{_CLAUSE_START}\s*(?:再|然后|并且|另外)?\s*(?:给视频|视频|整体|整个视频)?\s*(?:加上?|加个|加一个|加1个|添加|来个|来一个|做个)\s*(?:一个|1个)?\s*"
     r"淡出(?:的)?(?:效果)?(?=\s*(?:$|[,，;；。！!]|然后|再))", "结尾淡出"),
    (rf"{_CLAUSE_START}\s*(?:再|然后|并且|另外)?\s*(?:给视频|视频|整体|整个视频)?\s*(?:加上?|加个|加一个|加1个|添加|来个|来一个|做个)\s*(?:一个|1个)?\s*"
     r"淡入(?:的)?(?:效果)?(?=\s*(?:$|[,，;；。！!]|然后|再))", "开头淡入"),
)
# a style said with what it looks like, as a description and no edit of its own: "sale vibe please, big yellow titles and all
# that" (the titles were read as an edit and nothing was done), "简约风格，不要花里胡哨的" (read as removing "it" and asked; sets BH
# bh123 bh103). Only a clause ended by "and all that" / "etc." after a style, or a plain wish against the flashy after a calm one
REWRITES = REWRITES + (
    (r"(\b[a-z]+\s+(?:vibe|vibes|look|style|feel|aesthetic)\b(?:\s+please)?)\s*[,;:\-]\s*[a-z ,]{3,50}?\s*(?:,\s*)?"
     r"(?:and\s+all\s+that|and\s+so\s+on|and\s+stuff|and\s+everything|etc\.?)(?=\s*(?:$|[.;!?]))", r"\1"),
    (r"((?:简约|极简|简洁|简单|干净)\s*(?:的)?\s*(?:风格|风|感觉|一点|些)[^。；;！!？?，,]{0,6})[，,]\s*(?:不要|别|不用|别搞|不要搞|不想要|别太|不要太)\s*(?:得)?\s*(?:太|那么)?\s*"
     r"(?:花里胡哨|花哨|花俏|太花|复杂)(?:的)?\s*(?:东西|效果|元素)?(?=\s*(?:$|[。；;！!，,]))", r"\1"),
)
# a card ended on by its colour: "end with a black card reading 'X' in white text", "end on a black card with white text saying
# 'X'" (the colour was taken for a picture to put last, the words' colour for all the text; sets BG bg071, BH bh069): its
# background, and its words' colour said with it
_CARD_HUE = r"(gold|silver|white|black|red|blue|green|yellow|pink|purple|orange|grey|gray|navy|teal|brown|beige|cream)"
REWRITES = REWRITES + (
    (rf"\b((?:end|finish|close|wrap\s+up)\s+(?:it\s+|the\s+video\s+)?(?:with|on)\s+(?:a|an)\s+){_CARD_HUE}\s+(card|screen|slide)\b",
     r"\1\3 on a \2 background"),
    (rf"(\b(?:card|screen|slide) on a [a-z]+ background)\s+with\s+{_CARD_HUE}\s+(?:text|letters|lettering|writing|words)\s+"
     r"(saying|reading|that\s+says|that\s+reads)\s*(\ue000[^\ue001]*\ue001)", r"\1 \3 \4, cardink \2"),
)
# the card said to be a colour, its words' colour after: "end card should be red with white text saying 'X'" (not read, set CK
# ck082): its background, as "a red end card" is ("the end card is red" may be a complaint: left as it is)
REWRITES = REWRITES + (
    (rf"(\b{CARD_NAMES_EN})\s+(?:should|must|needs\s+to|has\s+to|will|can)\s+be\s+(?:a\s+)?(?:solid\s+|plain\s+)?{_CARD_HUE}\b"
     r"(?!\s+(?:text|letters|lettering|writing|words|font|type)\b)(?=\s*(?:$|[,;.!?]|with\b|and\b))", r"\1 on a \2 background"),
)
# (wave 30) its words' colour on its background's, said as "in white on black" after the card: "add an end card 'Shop now' in
# white on black with the logo" was not understood (lead row)
REWRITES = REWRITES + (
    (rf"(\b(?:end[\s-]*card|card|outro|end\s+screen|closing\s+screen)\b[^.;!?]{{0,60}}?)\s+in\s+{_CARD_HUE}\s+on\s+(?:a\s+)?{_CARD_HUE}"
     r"(?:\s+(?:background|backdrop|bg))?\b", r"\1 with \2 text on a \3 background"),
)
# the colour of a card's words after its quoted words, the card said bare: "finish on a card 'Follow us' in white text" (set AR
# ar139)
REWRITES = REWRITES + (
    (r"(\b(?:on|with|add|put)\s+(?:a|an|the)\s+card\b[^.;!?]{0,60}?[\x22\x27\u201d\u2019\ue001])\s+in\s+([a-z]+)\s+(?:letters|lettering|text|type|writing)\b",
     r"\1, cardink \2"),
)
# "做成" / "弄成" a setting is a change like 改成: "把背景音乐删了，然后做成20秒" was one clause, the music's removal dropped unsaid
# beside the length (set AQ aq239)
extend(OPS, "set", zh=("做成", "弄成", "搞成"))
# the other clip said to stay as it is: "clip.mp4的音量调到50%，开箱那个不要动", "开箱那段放慢一点，另一个别动" (a clause of no edit: 别动
# was read as still pictures, 不要动 as removing "动", and the wish before it dropped; sets AS as134 as174)
REWRITES = REWRITES + (
    (r"([，,;；。]\s*)(?:[\u4e00-\u9fffa-z0-9_.\-]{1,12}?\s*(?:的)?\s*(?:那个|那段|这个|这段)(?:视频|片段)?|另(?:外)?(?:一|1)?(?:个|段)(?:视频|片段)?)\s*(?:也|就|都)?\s*"
     r"(?:保持不变|维持不变|不变|别动|不要动|不动|照旧|不用动|不用管|别管|不用改|别改|不要改)(?:了)?(?=\s*(?:$|[，,;；。！!]))", r"\1"),
    # the rest said to stay as it is, named ("后面几张的时长都不用变" made the whole message not understood, "其他的片段和图片
    # 都别动" stopped the pictures' motion; set EV ev023 ev076)
    (r"([，,;；。]\s*)(?:其他|其余|其它|剩下|后面|别的|另外)(?:的)?[^，,。；;！!？?]{0,14}?\s*(?:也|就|都|全都)?\s*"
     r"(?:保持不变|维持不变|不变|别动|不要动|不动|照旧|不用动|不用变|不要变|别变|不用改|别改|不要改|不用管|别管)(?:了|吧)?(?=\s*(?:$|[，,;；。！!]))", r"\1"),
)
# sound said in other words: "louder but only a little" (a little louder), "stop it ducking" (the ducking off), a sound said
# not to change after the one that does ("turn the clip's sound down a bit, not the music"), "音乐别换也别调音量" (left as it is)
# (sets AS as119 as122 as136 as214: none of them was read)
_SOUND_P = r"(?:the\s+)?(?:background\s+)?(?:music|bgm|soundtrack|song|voice\s*-?\s*over|voiceover|narration|voice|clip'?s?\s+(?:sound|audio)|clips?)"
REWRITES = REWRITES + (
    (r"\b(louder|quieter|softer|lower|higher|up|down)\s*,?\s*but\s+only\s+(?:by\s+)?(a\s+(?:little(?:\s+bit)?|bit|touch|tad))\b", r"\1 \2"),
    (r"\bstop\s+(?:it|the\s+music|the\s+bgm)\s+(?:from\s+)?(?:ducking|dipping)\b|\bstop\s+the\s+(?:ducking|dipping)\b", "turn off ducking"),
    (rf"\s*[,;]\s*(?:but\s+)?not\s+{_SOUND_P}(?:\s+(?:though|too|as\s+well))?(?=\s*(?:$|[.;!?]))", ""),
    (r"(?:^|(?<=[，,;；。]))\s*(?:背景音乐|音乐|配乐|bgm)(?:\s*(?:也|又|都)?\s*(?:别|不要|不用)\s*(?:换|动|改|调)(?:音量|声音)?){1,3}(?=\s*(?:$|[，,;；。！!]))", " "),
)
# the card's words' colour said as "<colour> text" in a clause after it: "end card saying Shop Now, black background,
# white text", "end card: 'Get yours now', white text on a red background" (the colour went to all the text, sets AU au145,
# AW aw126)
REWRITES = REWRITES + (
    # (the card called a call to action: "end with a call to action: 'Order today', white text on red", set BA ba153)
    (rf"(\b{CARD_NAMES_EN}\b[^.;!?]{{0,60}}?)"
     # (or right after its colon: "end card: white text on red, saying 'X'" was not understood, set CN cn189)
     r"(?:\s*,\s*|\s+and\s+|\s+with\s+|\s*:\s*)(?:and\s+|with\s+)?(gold|silver|white|black|red|blue|green|yellow|pink|purple|orange|grey|gray)"
     r"\s+(?:text|letters|lettering|words|writing|font)\b", r"\1, cardink \2"),
    # "…, yellow on black" right after the card's quoted words: its words' colour on its background (set BA ba153)
    (rf"(\b{CARD_NAMES_EN}\b[^.;!?]{{0,60}}?"
     r"[\x22\x27\u201d\u2019\ue001])\s*,\s*(gold|silver|white|black|red|blue|green|yellow|pink|purple|orange|grey|gray|navy|teal|brown|beige|cream)"
     r"(?=\s+on\s+(?:a\s+)?(?:gold|silver|white|black|red|blue|green|yellow|pink|purple|orange|grey|gray|navy|teal|brown|beige|cream)\b)", r"\1, cardink \2"),
)
# the ducking told off as "keep it from ducking", "stop the music ducking", and in Chinese with the music said before its
# verb: "人声出来的时候音乐不要自动变小" (sets AU au215, AV av123: the ducking was left unread)
REWRITES = REWRITES + (
    (r"\b(?:keep|stop|prevent)\s+(?:it|the\s+(?:background\s+)?(?:music|bgm|soundtrack))\s+(?:from\s+)?(?:ducking|dipping|getting\s+quieter)"
     r"(?:\s+(?:under|when|while|whenever|as)\b[^,.;!?]*)?", "turn off ducking"),
    (r"(?:人声|配音|旁白|有人|人)\s*(?:说话|讲话|出来|出现|响起|开口)?\s*(?:的时候|时)\s*[,，]?\s*(?:背景)?音乐\s*(?:就)?\s*(?:别|不要|不用|不能|不许)\s*(?:自动)?\s*"
     r"(?:变小|变轻|压低|降低|调小|减弱|闪避|小下去|降下去)(?:了)?", "关闭自动闪避"),
    # the music wished level right after: the same wish said twice ("旁白出来的时候音乐别压低，保持原样" kept the ducking on,
    # 保持原样 read as "keep" it; the English "…, keep it steady", set CC cc090)
    (r"(关闭自动闪避|取消闪避)\s*[,，]\s*(?:就|让它|让音乐|把音乐|音乐)?\s*(?:一直)?\s*(?:保持原样|保持不变|保持一样|保持稳定|不要变|别变|不变)"
     r"(?:就好|就行|吧)?(?=\s*(?:$|[,，。；;！!]))", r"\1"),
)
# the fades between the pictures taken away with a verb: "get rid of the fades between pictures and stop the zoom" (the
# kind was read as wished, "get rid of the" as a picture to remove; set AY ay057)
REWRITES = REWRITES + (
    (r"\b(?:remove|delete|drop|get\s+rid\s+of|lose|ditch|kill|cut\s+out|take\s+out|turn\s+off|stop)\s+(?:the\s+|all\s+(?:the\s+)?|those\s+|any\s+)?"
     r"(?:cross\s*-?\s*)?(?:fades?|fading|crossfades?|dissolves?|wipes?|slides?)\s+(?:between|in\s+between)\s+(?:the\s+|each\s+|all\s+(?:the\s+)?)?"
     r"(?:pics?|pictures?|photos?|images?|slides|shots?|clips?|scenes?|segments?)\b", "no transitions"),
)
_TR_KIND_P = (r"(?:(?:cross-?)?fade(?:[\s-]*(?:to|through|thru)?[\s-]*(?:black|white))?|fadeblack|fadewhite|dissolve|wipe|slide|zoom|circle"
              r"|radial|pixeli[sz]e)s?(?:\s+(?:left|right|up|down))?")
# the transitions' kind and their length changed in one breath: "make the transitions fadeblack and a little longer" (the
# length was left unread, set AY ay065): the length is the transitions' too
REWRITES = REWRITES + (
    (r"\b(transitions?\s+(?:to\s+|into\s+)?(?:be\s+)?(?:an?\s+)?" + _TR_KIND_P + r"|" + _TR_KIND_P + r"\s+transitions?)\s*,?\s+and\s+"
     r"((?:a\s+(?:little|bit|tad|touch)\s+(?:bit\s+)?|slightly\s+|much\s+|even\s+)?(?:longer|shorter|slower|faster|quicker))\b",
     r"\1 and make the transitions \2"),
)
# the end card typed as one word: "endcard 写 Shop now，时间4秒" (the card was not named, its length made the video's; set
# AY ay130)
extend(TARGETS, "endcard", en=("endcard", "end-card"))
# the card's length said as "make it last 4 seconds" right after the card's words: "Add 'Follow us' at the end and make it
# last 4 seconds" (the video was made 4 s long, set AZ az045); "it" is the card just added
REWRITES = REWRITES + (
    (r"((?:\bend[\s-]*card|\boutro|\b(?:closing|final|ending)\s+(?:card|screen|slide|page)|\ue001\s+at\s+the\s+(?:very\s+)?end)\b[^.;!?]{0,40}?)"
     r"(?:\s*,\s*|\s+and\s+)(?:then\s+)?(?:make|let|have)\s+it\s+(?:last|stay(?:\s+up|\s+on\s+screen)?|run)\s+(?:for\s+)?(?=\d)",
     r"\1 and keep it up for "),
)
# the logo put on the card named just before it: "结尾卡片加上logo，写“扫码关注”" (the frames read an overlay logo with no
# place and asked nothing; set AZ az148): said as the card's ("带上"), read by the card's rules
REWRITES = REWRITES + (
    # ("结尾页用logo，文字“X”": 用 too, set BK bk231)
    (r"((?:结尾|片尾|结束)卡片|片尾|结尾页|结束页|片尾页)\s*(?:上)?\s*(?:再)?\s*(?:加上?|放上?|显示|加个|用上?|要有)\s*(?=(?:logo|标志)(?![\u4e00-\u9fff]))", r"\1带上"),
)
# a fade said by both ends it sits at, its length before it: "add a 2 second fade at the start and end" (only the start was
# read and the end dropped, a partial edit; set BJ bj105): the whole video's fade in and out that long
_P_DUR = r"(\d+(?:\.\d+)?)\s*-?\s*(s|secs?|seconds?)"
_P_ENDS = r"(?:the\s+)?(?:very\s+)?(?:start|beginning)\s+(?:and|&)\s+(?:at\s+)?(?:the\s+)?(?:very\s+)?end|(?:the\s+)?end\s+(?:and|&)\s+(?:at\s+)?(?:the\s+)?(?:start|beginning)"
REWRITES = REWRITES + (
    (rf"\b(?:(?:add|put|give\s+it|give\s+the\s+video|use|have|insert|include|apply)\s+)?(?:a|an|one)\s+{_P_DUR}\s+(?:long\s+)?fade\s+"
     rf"(?:at|to|on)\s+(?:both\s+)?(?:{_P_ENDS}|ends)\b(?!\s+of\b)", r"fade in and out over \1 \2"),
    # the ends said after "fade in and out", or "both ends" alone: "fade in and out at both ends, 2 seconds" (not read), "fade in
    # and out at the start and end, 2 seconds" (the 2 s made the video 2 s long), "fade both ends, 1 second each" (lead, wave
    # 23): the whole video's fade in and out. Not of a thing named after ("fade both ends of the music")
    (rf"\bfade\s+(?:it\s+|the\s+video\s+)?in\s+(?:and|&)\s+(?:fade\s+)?out\s+(?:at|on)\s+(?:both\s+ends|{_P_ENDS})\b(?!\s+of\b)"
     r"|\bfade\s+(?:at\s+|on\s+)?both\s+ends\b(?!\s+of\b)", "fade in and out"),
)
# both ends of the whole video said before 淡入淡出: "开头结尾都加淡入淡出，各2秒" (the 2 s made the video 2 s long), "首尾各淡入淡出1秒"
# (not read; lead, wave 23): one wording, a target of the whole video's fade (vocab TARGETS "wholefade"), so the length after it
# is the fade's
_P_BOTH_ENDS = (r"(?:首尾|开头和结尾|开头结尾|开头跟结尾|开头与结尾|开头及结尾|头尾|片头片尾|片头和片尾|开头和末尾|开始和结尾|开始和结束)\s*(?:都|各|也都|也|均)?\s*"
                r"(?:加上?|加个|加一个|加1个|添加|做|做个|来个|要|有|用)?\s*(?:一个|1个|一点|个)?\s*(?:一个|1个)?\s*")
REWRITES = REWRITES + (
    # (its colour said before: "开头和结尾加个白色的淡入淡出效果")
    (rf"{_P_BOTH_ENDS}(黑|白)(?:色|场|屏)\s*(?:的)?\s*淡入淡出(?:的)?(?:效果)?", r"首尾淡入淡出到\1色"),
    (rf"{_P_BOTH_ENDS}淡入淡出(?:的)?(?:效果)?", "首尾淡入淡出"),
)
extend(TARGETS, "wholefade", zh=("首尾淡入淡出",))
# the logo listed as a part of the card in a clause of its own after it: "end card: 'X', subtitle 'Y', logo included",
# "outro 'X', with the logo too" (the logo was put over the whole video, set BJ bj232): put on it, as the card's rules read
REWRITES = REWRITES + (
    (r"(\b(?:end[\s-]*card|outro|(?:closing|final|ending|end)\s+(?:card|screen|slide|page))\b[^.;!?]{0,80}?[,;]\s*)(?:and\s+|plus\s+)?(?:with\s+)?"
     r"(?:our\s+|the\s+|my\s+)?(?:brand\s+)?logo\s+(?:included|too|as\s+well|on\s+it(?:\s+too)?)(?=\s*(?:$|[,;!?]|\.(?![a-z0-9])))",
     r"\1and put our logo on it"),
)
# the video ended on the logo and quoted words: "End with our logo and 'Shop now'" (read as the logo moved last, nothing done;
# set BL bl226): a card with both. Only with the words quoted right after ("end with the logo" alone may be its last seconds)
REWRITES = REWRITES + (
    (r"\b(?:end|finish|close|wrap\s+up)\s+(?:it\s+|the\s+video\s+|things\s+)?(?:with|on)\s+(?:our|the|my)\s+(?:brand\s+)?logo\s+(?:and|plus|&)\s+"
     r"(?:(?:the\s+)?(?:text|words|line|tagline|message)\s+)?(?=\ue000)", "add an end card with our logo and "),
)
# the card's length said with 时长 before it: "添加一张时长3秒的结束卡片，文字为“X”" (时长 was left between, and the card was also
# looked for as a picture file, set BL bl121): its length said plainly, as "加一张3秒的结束页"
REWRITES = REWRITES + (
    (r"(加上?|加个|加一个|添加|放|放个|放一个)\s*(一张|1张|一个|1个|一页|1页)?\s*(?:时长|时间|长度)\s*(?:为|是)?\s*(\d+(?:\.\d+)?\s*秒)\s*(?:钟)?\s*的\s*"
     r"(?=结束页|结尾页|片尾页|结束卡片|结尾卡片|片尾卡片|结尾画面|结束画面|卡片"
     # (the end named bare with its quoted words after: "加个时长3秒的结尾：“X”" was not understood, set CK ck246; never
     # "加个时长2秒的结尾淡出", a fade)
     r"|(?:结尾|片尾)\s*(?:[,，]\s*)?(?:写着|写上|写的是|写|显示|内容是|[:：])?\s*\ue000)", r"\1\2\3的"),
)
# a font said as the kind of title or captions to use: "fade out to black at the end and use a serif title" (not read, and
# the fade beside it dropped; set BK bk159): the text made that font
REWRITES = REWRITES + (
    (r"\b(?:use|have|go\s+with|give\s+it)\s+(?:a\s+|an\s+)?(serif|sans(?:[\s-]serif)?|handwriting|handwritten|display|playfair)\s+"
     r"(?:font\s+)?(title|headline|heading|captions|subtitles)\b(?!\s+(?:for|of|on|to)\b)", r"make the \2 \1"),
)
# the fade's side said with 也 / 再 between ("开头淡入1秒，结尾也淡出1秒": the fade out and its 1 s were not read, set BM bm082),
# and one length said for both after the two sides ("开头淡入，结尾淡出，都用1秒": the fade out was dropped, set BO bo107): read
# before the rules that put the length after each side (they are put before the other rewrites too)
REWRITES = (
    (r"(开头|片头|结尾|片尾|最后|末尾)\s*(?:也要|也都|也|再|则|就)\s*(?=淡入|淡出|渐显|渐隐|渐入|渐出)", r"\1"),
    (r"(?:开头|片头)\s*(?:的)?\s*(?:淡入|渐显|渐入)\s*[,，。;；、]?\s*(?:和|跟|与|并且|然后)?\s*(?:结尾|片尾|末尾|最后)\s*(?:的)?\s*(?:淡出|渐隐|渐出)"
     r"\s*[,，。;；]?\s*(?:时长|时间|长度)?\s*(?:都|全都|均|各|两个都|两边都|分别)\s*(?:是|用|要|为|设为)?\s*(\d+(?:\.\d+)?)\s*秒(?:钟)?", r"首尾淡入淡出，各\1秒"),
) + REWRITES
# the end card said after "title: 'X'," is its own clause, no look of the title: "title: 'Back to School Sale', end card 'Shop the
# drop'" became "title end card 'Shop the drop'" (block L's rule gives each part after the title's words the title; set BN
# bn117 left the card unread)
REWRITES = REWRITES + (
    (r"(\b(?:title|headline)\s*[:：]\s*\ue000\d+\ue001)\s*[,，]\s*(?=(?:and\s+)?(?:an?\s+|the\s+)?(?:end[\s-]*card|outro|end\s+screen|cta|call\s+to\s+action"
     r"|(?:closing|final|ending)\s+(?:card|screen|slide|page))\b)", r"\1; "),
)
# the card put "after the clip" / "after everything": an end card always follows the last shot, so at the end ("Add an end card
# reading 'X' after the clip." was not read, set BO bo162)
REWRITES = REWRITES + (
    (r"(\b(?:end[\s-]*card|outro|end\s+screen|(?:closing|final|ending)\s+(?:card|screen|slide|page))\b[^.;!?\ue000]{0,30}?\ue000\d+\ue001)\s+"
     r"(?:right\s+)?after\s+(?:the\s+|our\s+|my\s+)?(?:(?:last|final)\s+)?(?:video\s+)?(?:clip|footage|shot|picture|photo|image|slide|everything(?:\s+else)?)\b"
     r"(?!\s*(?:\d|\ue000|[a-z0-9_\-]+\.(?:mp4|mov|jpe?g|png)))", r"\1 at the end"),
)
# the brand kit's parts said as what to use for them: "use playfair as the brand font and gold as the accent colour" (the font
# was looked for as "playfair as the brand" and the gold made all the text's, set BN bn231), "make logo.png the brand logo"
# (set BN bn262), "our brand color is #1a73e8 and the logo is logo.png" (the logo of the brand's sentence is its, set BO
# bo226): said as the kit's settings
# ("brand brand font": the heading of "the brand heading font" read as the kit's word before; "use playfair as the brand heading
# font" was not read, set CE ce114's neighbour)
_P_KIT = r"(?:brand(?:'s)?\s+(?:brand\s+)?(?:heading\s+|title\s+|body\s+|main\s+|primary\s+|accent\s+)?(?:font|colou?r)|accent\s+colou?r|brand\s+accent)"
_P_LOGO_FILE = r"[a-z0-9_\-]+\.(?:png|jpe?g|webp|svg)"
REWRITES = REWRITES + (
    (rf"\b(?:use|pick|choose|go\s+with|take)\s+(#[0-9a-f]{{6}}|#[0-9a-f]{{3}}|[a-z][a-z\-]{{1,24}})\s+(?:as|for)\s+(?:the\s+|our\s+|my\s+)?({_P_KIT})\b", r"set the \2 to \1"),
    (rf"(?<=\band\s)(#[0-9a-f]{{6}}|#[0-9a-f]{{3}}|[a-z][a-z\-]{{1,24}})\s+(?:as|for)\s+(?:the\s+|our\s+|my\s+)?({_P_KIT})\b(?=\s*(?:$|[,;!?]|\.(?![a-z0-9])))",
     r"set the \2 to \1"),
    # (a font said with its noun and a word of its look: "use a bold display font as our brand font" made all the text's font
    # display, set CE ce114; the look is the font's own, and the kit keeps no weight)
    (r"\b(?:use|pick|choose|go\s+with|take)\s+(?:an?\s+|the\s+)?(?:(?:bold|heavy|chunky|plain|simple|clean|nice|modern|classic|classy|elegant)\s+)?"
     r"([a-z][a-z\-]{1,24})\s+(?:font|typeface)\s+(?:as|for)\s+(?:the\s+|our\s+|my\s+)?(brand(?:'s)?\s+(?:brand\s+)?(?:heading\s+|title\s+|body\s+)?font)\b", r"set the \2 to \1"),
    (rf"\b(?:make|set)\s+({_P_LOGO_FILE})\s+(?:as\s+)?(?:the|our|my)\s+brand(?:'s)?\s+logo\b", r"use \1 as the brand logo"),
    (rf"\b(?:our|my|the)\s+brand(?:'s)?\s+logo\s+(?:is|=|:|should\s+be|will\s+be)\s+({_P_LOGO_FILE})\b", r"use \1 as the brand logo"),
    # said with no verb at a clause's start: "logo.png as brand logo and put it on an end card saying 'X'" (left unread, set CC
    # cc215)
    (rf"(?:^|(?<=[,;.!?])|(?<=\band\s))\s*(?:(?:and|also|plus)\s+)?({_P_LOGO_FILE})\s+as\s+(?:the\s+|our\s+|my\s+)?brand(?:'s)?\s+logo\b",
     r" use \1 as the brand logo"),
    (rf"(\b(?:our|my|the)\s+brand(?:'s)?\s+(?:colou?r|font|accent)[^.;!?]{{0,40}}?(?:,\s*|\s+)(?:and\s+)?)(?:the|our|my)\s+logo\s+(?:is|=|:)\s+({_P_LOGO_FILE})\b",
     r"\1use \2 as the brand logo"),
)
# the kit's fonts said as what the brand uses for a kind of text, or listed after "brand fonts:" ("for body text our brand uses a
# plain sans font", "brand fonts: Playfair for headings, sans for body text": neither was read, sets CC cc167, CD cd189); a
# plain or simple sans is the sans
_P_BODIES = r"(?:captions?|subtitles?|body(?:\s+text|\s+copy)?|small\s+text|the\s+rest)"
_P_HEADS = r"(?:headings?|headlines?|titles?)"
# (a font by its family's name, or a word said as a font: "our brand uses colour for captions" names none)
_P_FONT = r"(sans(?:-serif)?|serif|playfair|handwriting|handwritten|script|cursive|display|[a-z][a-z\-]{1,24}(?=\s+(?:font|typeface)\b))"
REWRITES = REWRITES + (
    (r"\b(?:plain|simple|basic|regular)\s+(?=(?:sans|serif)\b)", ""),
    *((rf"\bfor\s+(?:the\s+|our\s+|all\s+)?{texts}\s*,?\s*(?:our|the|my)\s+brand\s+(?:uses|prefers|likes|has)\s+(?:an?\s+|the\s+)?{_P_FONT}"
       rf"(?:\s+(?:font|typeface))?(?=\s*(?:$|[,;!?]|\.(?![a-z0-9])|and\b))", rf"set the brand {part}font to \1")
      for texts, part in ((_P_BODIES, "body "), (_P_HEADS, ""))),
    *((rf"\b(?:our|the|my)\s+brand\s+(?:uses|prefers|likes|has)\s+(?:an?\s+|the\s+)?{_P_FONT}(?:\s+(?:font|typeface))?\s+for\s+(?:the\s+|our\s+|all\s+)?{texts}\b",
       rf"set the brand {part}font to \1") for texts, part in ((_P_BODIES, "body "), (_P_HEADS, ""))),
    (rf"(?:^|(?<=[,;.!?]))\s*(?:(?:our|the|my)\s+)?brand(?:'s)?\s+(?:kit\s+)?fonts?\s*[:：=]\s*(?=(?:an?\s+)?{_P_FONT}\s+(?:font\s+|typeface\s+)?for\s+(?:the\s+)?(?:{_P_BODIES}|{_P_HEADS})\b)",
     " use "),    # the kind of text said first as the kit's, then the font: "for body text in the brand kit, use the handwriting font", "for
    # the brand kit's headings: serif" (set CY cy165 made all of this video's text handwriting, the kit unchanged)
    *((rf"\bfor\s+(?:(?:the\s+|our\s+|all\s+)?{texts}\s+(?:in|of|for)\s+(?:the\s+|our\s+|my\s+)?brand(?:\s+kit)?"
       rf"|(?:the\s+|our\s+|my\s+)?brand(?:'s)?\s+(?:kit(?:'s)?\s+)?{texts})\s*[,:]?\s*(?:(?:use|pick|choose|go\s+with|take|want)\s+)?"
       rf"(?:an?\s+|the\s+)?{_P_FONT}(?:\s+(?:font|typeface))?(?=\s*(?:$|[,;!?]|\.(?![a-z0-9])|and\b))", rf"set the brand {part}font to \1")
      for texts, part in ((_P_BODIES, "body "), (_P_HEADS, ""))),
)
# the transitions' kind said in a clause after them with "switch to": "Slow down the transitions: make them a full second, and
# switch to fadeblack." (the length was done and the kind dropped, set BM bm100): the transitions named before it are what
# switches (a kind's name only, never a bare "fade")
REWRITES = REWRITES + (
    (r"(\btransitions?\b(?:[^.!?\ue000]|\.(?=\d)){0,80}?(?:[,;:]\s*|\s+)(?:and\s+)?(?:then\s+)?)(?:switch|change|set|turn)\s+(?:them\s+|it\s+|those\s+)?(?:over\s+)?(?:to|into)\s+(?:an?\s+)?"
     r"(fadeblack|fadewhite|dissolve|wipe|zoomin|circleopen|pixeli[sz]e|pixelate|hblur|radial|cross-?fade|fade\s+to\s+black|fade\s+to\s+white)s?\b"
     r"(?!\s+(?:transitions?|between|at|for|on|of)\b)(?=\s*(?:$|[,;!?]|\.(?![a-z0-9])))", r"\1use \2 transitions"),
)
# one verb of removal said for the transitions and the zoom: "turn off the transitions and the zoom, I want it plain" took the
# transitions away and dropped the zoom without a word (set BN bn115; "the zoom and the transitions" dropped the transitions):
# the verb said for each
_P_LOOKS = r"(?:transitions?|zoom(?:ing)?(?:\s+effect)?|slow\s+zoom|ken\s+burns(?:\s+effect)?|pan(?:\s+and\s+|\s*&\s*)zoom)"
REWRITES = REWRITES + (
    (rf"\b(turn\s+off|switch\s+off|remove|disable|drop|get\s+rid\s+of|lose|kill|ditch)\s+(?:the\s+|all\s+(?:the\s+)?)?({_P_LOOKS})\s+(?:and|&|plus)\s+"
     rf"(?:the\s+|all\s+(?:the\s+)?)?({_P_LOOKS})\b", r"\1 the \2 and \1 the \3"),
)
# the card's words named as its text: 'end card text "Thanks for watching"' (not read, beside a logo put on the card: the card
# was made with the title's words, set BR br253): said as "end card saying", which the card reads
REWRITES = REWRITES + (
    (r"\b((?:end[\s-]*card|outro(?:\s+card)?|(?:end(?:ing)?|final|closing|last)\s+(?:card|screen|slide|page)))(?:'s)?\s+"
     r"(?:text|words|wording|message|copy|line)\s*(?:is|:|=|to|should\s+be|will\s+be)?\s*(?=\ue000)", r"\1 saying "),
)
# the logo put on the card named before it, with no place said: "结尾卡片写“关注我们”，把logo也放上去" (the logo was put over
# the video, set BR br225): said as "把logo也放到卡片上", which the card reads
REWRITES = REWRITES + (
    (r"((?:片尾|结尾卡片|结束卡片|片尾卡片|结尾页|结束页|片尾页)[^。！？!?]{0,30}?[，,]\s*(?:再|并|并且|然后|另外)?\s*)(?:把|将)?\s*(logo|标志)\s*(?:也)?\s*"
     r"(?:放|加|贴|摆)\s*(?:上去|上)(?=\s*(?:$|[，,。；;！!]))", r"\1把\2也放到卡片上"),
)
# the logo on the video said to be the brand's, or used for the kit: "the logo in the corner is our brand logo, use it for the
# brand kit" (the corner was read as a place to move the logo to, and "it" as the kit's font; set BQ bq267), "use the logo
# for the brand kit" (read as a font called "logo"): said as "set the logo as our brand logo", which the kit reads
REWRITES = REWRITES + (
    (r"\b(?:the\s+)?logo(?:\s+(?:in|at|on)\s+the\s+(?:(?:top|bottom|upper|lower)\s+)?(?:(?:left|right)\s+)?corner)?\s+is\s+(?:our|my|the)\s+"
     r"brand(?:'s)?\s+logo\b(?:\s*[,;]\s*(?:so\s+)?(?:please\s+)?(?:use|set|save|register)\s+(?:it|that|this)\s+(?:for|in|as)\s+(?:the\s+|our\s+)?"
     r"brand(?:\s+kit|\s+logo)?\b)?", "set the logo as our brand logo"),
    (r"\b(?:use|set|save|register)\s+(?:the\s+|our\s+)?logo\s+(?:for|in)\s+(?:the\s+|our\s+)?brand\s+kit\b", "set the logo as our brand logo"),
)
# the card's logo said before its words: 'Add an end card with our logo and the text "Thanks for watching"' (the logo was
# put on a card with the title's words, the text left unread; set BS bs224): said as "… with our logo saying «…»"
REWRITES = REWRITES + (
    (r"\b((?:end[\s-]*card|outro(?:\s+card)?|(?:end(?:ing)?|final|closing|last)\s+(?:card|screen|slide|page))\s+with\s+(?:our|the|my|a)\s+"
     r"(?:brand(?:'s)?\s+)?logo(?:\s+on\s+it)?)\s*(?:,\s*)?(?:and|plus|&)\s+(?:with\s+)?(?:the\s+|a\s+)?(?:text|words|wording|line|message|copy)"
     r"\s*(?:saying|reading)?\s*:?\s*(?=\ue000)", r"\1 saying "),
)
# the card's second line named 副标题 with its words unquoted: "结尾写 点击下方链接购买，副标题写 限时三天" (by now "副标题写成
# «…»", which no rule read; set BT bt080): the line under the card's words
REWRITES = REWRITES + (
    (r"[，,]\s*副(?:标)?题\s*(?:写成|改成|为|是|写|写着|写上|用)\s*[:：]?\s*(?=\ue000)", "，下面写 "),
)
# the body font said before the kit's colour: "正文字体用无衬线，品牌主色用藏青色" (all the text was made sans and navy, the
# kit's colour read as "用"; set BU bu168): the kit's body font, as said after the kit (set BR br235)
REWRITES = REWRITES + (
    (r"(?:^|(?<=[,，;；。]))\s*(?:把\s*)?正文\s*(?:的)?\s*(?:字体)?\s*(?=(?:是|为|用|统一用|改成|换成|设为)?\s*(?:无衬线|衬线|黑体|手写|serif|sans)"
     r"[^。；;！!？?，,]{0,8}[，,]\s*(?:并且?|然后|再)?\s*品牌)", "品牌正文字体"),
    # (then the kit's colour is said first, with 设为, as the rules read the pair: "品牌色设为红色，正文字体用衬线体")
    (r"(?:^|(?<=[,，;；。]))\s*品牌正文字体\s*((?:是|为|用|统一用|改成|换成|设为)\s*[^，,。；;！!？?]{1,8}?)\s*[，,]\s*(?:并且?|然后|再)?\s*"
     r"(品牌(?:的)?\s*(?:主色调|主颜色|主色|颜色|色))\s*(?:是|为|用|改成|设为|设成|换成)?\s*([\u4e00-\u9fff]{1,4}|#[0-9a-f]{3,6})(?=\s*(?:$|[。；;！!]))",
     r"\2设为\3，品牌正文字体\1"),
)
# the kit's fonts listed after its colour: "Brand colour: #1a73e8. Heading font: display." (the heading font was read as the
# title's, the kit's left; set BU bu195): the kit's heading (or body) font
REWRITES = REWRITES + (
    (r"(\bbrand(?:'s)?\s+(?:kit\s+)?(?:main\s+|primary\s+)?colou?r\s*(?::|=|is|to)?\s*[^.;,!?]{1,24}?\s*[.;,]\s*(?:and\s+)?)(?:the\s+)?"
     r"(heading|headline|body(?:\s+text)?)\s+font\b", r"\1brand \2 font"),
)
# the kit's logo said before its file: "品牌logo设成logo.png，结尾卡片写「品质生活」", "brand logo: logo.png" (left unread; set
# BU bu282): said as "把logo.png设为品牌logo" / "set logo.png as our brand logo", which the kit reads
REWRITES = REWRITES + (
    (r"(?:^|(?<=[,，;；。]))\s*(?:把\s*)?(?:我们的?\s*)?品牌\s*(?:的)?\s*(?:logo|标志)\s*(?:设成|设为|设置为|设置成|用|换成|改成|是|为|[:：])\s*"
     r"([a-z0-9][\w-]*\.(?:png|jpe?g|webp|svg))(?=\s*(?:$|[,，;；。!！]))", r"把\1设为品牌logo"),
    (r"(?:^|(?<=[,;.]\s)|(?<=[,;]))\s*(?:(?:set|make|change)\s+)?(?:the\s+|our\s+|my\s+)?brand(?:'s)?\s+(?:kit\s+)?logo\s*(?:to|:|=|is|should\s+be|will\s+be)\s*"
     r"([a-z0-9][\w-]*\.(?:png|jpe?g|webp|svg))(?=\s*(?:$|[,;.!?]|and\b))", r"set \1 as our brand logo"),
)
# the beat sync turned on by its name: "Set the format to 9:16 and turn on beat sync." (read as the music turned on, which
# is playing; set BU bu245): the cuts on the beat
REWRITES = REWRITES + (
    (r"\b(?:(?:turn|switch)\s+on|enable|activate|use|add|apply|do)\s+(?:the\s+|a\s+)?(?:music\s+)?beat[\s-]*(?:sync(?:ing)?|synch?ronization|matching|snapping|snap)\b",
     "cut to the beat"),
)
# a remark that the cut looks wrong, after the wish: "can the cuts land on the beat? it looks off right now" (read as the
# music turned off, set BS bs107): no edit of its own
REWRITES = REWRITES + (
    (r"(?:(?<=[.;!?])|(?<=[.;!?]\s))\s*(?:it|that|this|the\s+timing)\s+(?:looks|feels|seems|is)\s+(?:a\s+bit\s+|a\s+little\s+|kind\s+of\s+|so\s+|way\s+)?off"
     r"(?:\s+(?:right\s+now|now|at\s+the\s+moment|currently))?\s*(?=$|[.;!?])", " "),
)
# the card's length said first, its words after "with the text": 'Make the end card last 5 seconds with the text "Order today"
# and a white background.' (the words and the colour were left, the whole refused; set BU bu289): said as "add a 5 s end
# card saying «…»", which the card reads with its background
REWRITES = REWRITES + (
    (r"\b(?:make|have|let|set)\s+(?:the\s+)?(?:end[\s-]*card|outro(?:\s+card)?|closing\s+card|final\s+card)\s+(?:last|stay|run|be|to)?\s*(?:for\s+)?"
     r"(\d+(?:\.\d+)?)\s*-?\s*(s|secs?|seconds?)(?:\s+long)?\s*,?\s+with\s+(?:the\s+)?(?:text|words|wording|message|line|copy)\s*(?:saying|reading)?\s*:?\s*(?=\ue000)",
     r"add a \1 \2 end card saying "),
    (r"(\bend\s+card\s+saying\s+\ue000\d+\ue001\s*)(?:,\s*)?and\s+(?:a|an|the)\s+(?=[a-z#][a-z0-9#]*\s+(?:background|bg)\b)", r"\1with a "),
)
# the logo on the video made the kit's too: "use that logo as the brand logo too" (not read, set BT bt219): as "set the logo as
# our brand logo", which the kit reads
REWRITES = REWRITES + (
    (r"\b(?:use|make|set|save|register)\s+(?:that|this|the|our|my)\s+logo\s+(?:as|for)\s+(?:the\s+|our\s+|my\s+)?brand(?:'s)?\s+(?:kit\s+)?logo"
     r"(?:\s+(?:too|as\s+well|also))?\b", "set the logo as our brand logo"),
)
# the card's words' colour said before its quoted words: "End card text in gold: 'Free shipping today'" (read as all the text
# in gold, and not done; set BV bv108): the card's words, then the colour as the card reads it
REWRITES = REWRITES + (
    (rf"\b((?:the\s+)?{CARD_NAMES_EN})(?:'s)?\s+"
     r"(?:text|words|wording|copy|lettering|writing)\s+(?:in\s+|colou?r\s+|colou?red\s+)?"
     r"(gold|silver|white|black|red|blue|green|yellow|pink|purple|orange|grey|gray)\s*[:：]\s*(\ue000\d+\ue001)", r"\1: \3, cardink \2"),
    # (its words after "saying" too: "end card text in gold, saying Limited Edition" made all the text gold, set CF cf257)
    (rf"\b((?:the\s+)?{CARD_NAMES_EN})(?:'s)?\s+"
     r"(?:text|words|wording|copy|lettering|writing)\s+(?:in\s+|colou?r\s+|colou?red\s+)?"
     r"(gold|silver|white|black|red|blue|green|yellow|pink|purple|orange|grey|gray)\s*,?\s*(?:saying|that\s+says|which\s+says|reading|that\s+reads)\s*"
     r"(\ue000\d+\ue001)", r"\1: \3, cardink \2"),
    # (in Chinese: "结尾卡片的文字用金色：“X”")
    (r"((?:片尾卡片|结尾卡片|结束卡片|结尾页|结束页|片尾页|片尾))\s*(?:的|上的)?\s*(?:文字|字|字体)\s*(?:的)?\s*(?:颜色)?\s*(?:用|要|是|为|改成|换成|设为)?\s*"
     r"([金银红蓝绿黑白黄粉紫橙灰])色\s*[:：]\s*(\ue000\d+\ue001)", r"\1：\3，cardink \2"),
)
# the video ended on a tagline named as one: "以品牌标语结尾：“X”", "视频以“X”收尾", "用口号“X”结尾", "end on our brand tagline: 'X'"
# (not understood, set BZ bz073): its quoted words put at the end, as "结尾加上“X”" / "end with 'X'", which the card reads
_SLOGAN_ZH = r"(?:(?:我们|咱们|品牌|公司|店铺)\s*(?:的)?\s*)?(?:品牌\s*(?:的)?\s*)?(?:标语|口号|广告语|宣传语|slogan|tagline|一句话)"
REWRITES = REWRITES + (
    (rf"(?:以|用)\s*(?:{_SLOGAN_ZH}\s*[:：]?\s*)?(\ue000\d+\ue001)\s*(?:作为|做|当)?\s*(?:结尾|收尾)(?![\u4e00-\u9fff])", r"结尾加上 \1"),
    (rf"(?:以|用)\s*{_SLOGAN_ZH}\s*(?:作为|做|当)?\s*(?:结尾|收尾)\s*[:：,，]?\s*(\ue000\d+\ue001)", r"结尾加上 \1"),
    (r"\b(?:end|finish|close(?:\s+out)?|wrap\s+up)\s+(it\s+|the\s+video\s+|things\s+)?(on|with)\s+(?:(?:our|my|the|a|an|their)\s+)?(?:brand(?:'s)?\s+)?"
     r"(?:tagline|slogan|motto|strapline|catchphrase)\s*[:,\-]?\s*(?=\ue000)", r"end \1\2 "),
    # (the tagline named after the verb that puts it at the end: "片尾加上品牌标语“X”", "结尾打出我们的slogan：“X”")
    (rf"(?:结尾|片尾|最后|末尾)\s*(?:再)?\s*(?:加上?|放上?|打出|打上|显示|用|写上?|来)\s*(?:[一1]\s*句\s*)?{_SLOGAN_ZH}\s*[:：]?\s*(?=\ue000)", "结尾加上 "),
)
# the card's words' colour said bare after it: "end card background navy, text gold" (gold went to all the text); the card's logo
# said as what it should have: "the end card should have our logo on it" (not understood)
REWRITES = REWRITES + (
    (rf"(\b{CARD_NAMES_EN}\b[^.;!?]{{0,60}}?)"
     # (set by a verb too: "…, set its text colour to yellow and its duration to 4 seconds" made all the text yellow, set DB db068)
     # (or as the card's colour in a clause of its own: "…, endcard colour white, endcard background red" left it unread,
     # set DB db189; its background is named as such)
     r"(?:\s*,\s*|\s+and\s+)(?:and\s+)?(?:(?:set|make|change|turn)\s+)?(?:the\s+|its\s+)?(?:(?:text|words|lettering|writing)(?:\s+colou?r)?"
     rf"|(?:{CARD_NAMES_EN})(?:'?s)?(?:\s+(?:text|words|lettering|writing))?\s+colou?r)\s*(?:in\s+|:|=|is\s+|to\s+)?"
     r"(gold|silver|white|black|red|blue|green|yellow|pink|purple|orange|grey|gray)(?=\s*(?:$|[,;!?]|\.(?![a-z0-9])|and\s+its\s))", r"\1, cardink \2"),
    (rf"\b(?:the\s+)?({CARD_NAMES_EN})\s+"
     r"(?:should|must|needs\s+to|has\s+to|will|can)\s+(?:have|show|carry|include|feature)\s+(?:our|the|my)\s+(?:brand\s+)?logo(?:\s+on\s+it)?(?:\s+(?:too|as\s+well))?\b",
     r"put the logo on the \1"),
    # its words' colour after its background in the sentence after it: "End screen: 'X'. Background pink, text white." made all
    # the text white and left the background unread (set DB db077)
    (rf"((?:\b{CARD_NAMES_EN}\b|片尾|结尾)[^\n]{{0,80}}?\b(?:background|backdrop|bg)(?:\s+colou?r)?\s*(?:[:=]\s*|is\s+|to\s+)?(?:[a-z]+|#[0-9a-f]{{6}}))"
     r"\s*,\s*(?:and\s+)?(?:the\s+)?(?:text|words|lettering|writing)(?:\s+colou?r)?\s*(?:in\s+|:|=|is\s+|to\s+)?"
     r"(gold|silver|white|black|red|blue|green|yellow|pink|purple|orange|grey|gray)(?=\s*(?:$|[,;!?]|\.(?![a-z0-9])))", r"\1, cardink \2"),
    # the logo given to it: "add an end card that says 'X' and give it the logo" put the logo over the whole video (set DB db141)
    (rf"(\b{CARD_NAMES_EN}\b[^.;!?]{{0,80}}?)(?:\s*,\s*|\s+)(?:and\s+)?(?:then\s+)?give\s+(?:it|that|the\s+card)\s+(?:(?:our|the|my|a)\s+)?(?:brand\s+)?logo\b",
     r"\1 with the logo"),
    # its length said as "its": "…, cardink yellow and its duration to 4 seconds" made the video 4 s long (set DB db068)
    (rf"(\b{CARD_NAMES_EN}\b[^.;!?]{{0,80}}?)(\s*,\s*|\s+and\s+)(?:and\s+)?(?:(?:set|make|change)\s+)?its\s+(duration|length)\b",
     r"\1\2the card's \3"),
)
# a space (read as a comma) typed after "结尾加一个" before the card it adds: "结尾加一个 蓝色卡片“欢迎”" made a card of the
# title's words and left "蓝色卡片 欢迎" unread (a lead row); "加一个" wants its thing, so the card is one clause with it
REWRITES = REWRITES + (
    (r"((?:结尾|片尾|最后|末尾)\s*(?:再)?\s*(?:加上?|放上?|来)\s*1?\s*[个张])\s*[,，](?=\s*[^,，。；;！!？?\ue000\s]{1,10}?"
     r"(?:卡片|片尾|结尾页|结束页|片尾页|结尾画面|结束画面))", r"\1 "),
)
# the styles' words a one-letter typo is corrected to: "going for a luxery vibe" was not read (set CG cg160)
EXTRA_WORDS = EXTRA_WORDS + ("luxury", "luxurious", "premium", "sophisticated", "upbeat", "minimalist")
# a mood word joined to a word of the lively style is that style once: "make it feel more fun and upbeat" (set CH ch118)
# left "fun and" before the style and it was not read. Only beside a style's word: "make it fun" alone stays unread
_MOOD_EN = r"(?:fun|playful|cheerful|happy|bright|bold|youthful|fresh|vibrant|peppy|poppy|energetic|upbeat|lively|dynamic|punchy)"
_LIVELY_EN = r"(?:upbeat|energetic|lively|dynamic|punchy|fast[\s-]paced)"
REWRITES = REWRITES + (
    (rf"\b{_MOOD_EN}\s*(?:,|and|&)\s*(?:and\s+)?(?={_LIVELY_EN}\b)", ""),
    (rf"\b({_LIVELY_EN})\s*(?:,|and|&)\s*(?:and\s+)?{_MOOD_EN}\b(?!\s+(?:font|typeface|title|captions?|text|music|song|track)\b)", r"\1"),
)
# a colour named as ours with its exact value beside it is that value: "品牌色用我们的红色 #e60012" looked for a colour
# "我们的红" (set CG cg251), "make the captions our signature blue (#0055ff)" was not read. Only so said as ours: a name and a
# value said apart stay as they are
_OURS_ZH = r"(?:我们|咱们|公司|店铺|店|我)(?:家)?的\s*(?:(?:招牌|标志性|专属|品牌)\s*(?:的)?\s*)?"
_OURS_EN = r"\b(?:our|my)\s+(?:(?:signature|own|house|company|shop|store)(?:'s)?\s+)?"
_HUE_EN = (r"(?:(?:dark|light|deep|bright|pale)\s+)?(?:white|black|red|orange|yellow|green|blue|navy|purple|pink|gold|silver|grey|gray|teal|"
           r"cyan|brown|beige|maroon|coral|crimson|magenta|violet|turquoise|indigo|cream)(?:\s+colou?r)?")
REWRITES = REWRITES + (
    (rf"{_OURS_ZH}[深浅淡亮暗酒天藏玫宝]?[红蓝绿黑白黄金银紫粉橙橘灰棕青]色?\s*[(（]?\s*(#[0-9a-f]{{6}}|#[0-9a-f]{{3}})(?![0-9a-z])\s*[)）]?", r" \1"),
    (rf"{_OURS_EN}{_HUE_EN}\s*[(,]?\s*(#[0-9a-f]{{6}}|#[0-9a-f]{{3}})(?![0-9a-z])\s*\)?", r"\1"),
)
# the end card named in English among Chinese words: "ending 加一个 'X'", "最后 end card 写 “X”" (nothing was read, sets CG cg293,
# CH ch274): the card's Chinese name, which the card's rules read with its verb and its quoted words (unquoted words stay
# with the English rules, which keep them as typed: "ending card 写 Shop the drop", set CE ce049)
REWRITES = REWRITES + (
    (r"(?:(?:最后|结尾|末尾|视频最后)\s*(?:的)?\s*)?\b(?:end(?:ing)?[\s-]*card|ending|outro(?:\s+card)?|end\s+screen|closing\s+card)\s*"
     r"(?=(?:再|也)?\s*(?:加|放|写|显示|：|:(?=\s*\ue000\d+\ue001\s*[，。；！？\u4e00-\u9fff]))[^,，。;；\ue000]{0,6}\ue000)", "片尾"),
)
# --- end of block P


# (keep these separating lines: they let the blocks merge apart)
#
#


# --- block O: overlays and clip speed ---
# (words of the logo / sticker / picture-in-picture edit and of clip speed go here, and only here)
# a logo's look said as a state, not relative to now ("logo半透明", "make the logo a bit see-through"): read by the
# logo edit's frames only, as 50% opacity (sets AL al146, AM am189 am242)
OPS["see_through"] = (("semi-transparent", "semi transparent", "semitransparent", "see-through", "see through", "half transparent",
                       "half-transparent", "translucent", "transparent"),
                      ("半透明", "透明"))
# a sticker called by what it says, in Chinese: the English words its file name may have ("加上促销贴纸" of
# sale-sticker.png; "彩虹贴纸" with no such upload is asked about, never the sale sticker placed: sets AG ag154, AH ah164)
STICKER_WORDS_ZH: dict[str, tuple[str, ...]] = {
    "促销": ("sale", "promo", "discount", "offer"), "打折": ("sale", "discount", "off"), "折扣": ("discount", "sale", "off"),
    "特价": ("sale", "deal", "offer"), "优惠": ("offer", "deal", "discount", "coupon"), "新品": ("new",),
    "热卖": ("hot", "bestseller", "best"), "爆款": ("hot", "bestseller", "best"), "限时": ("limited", "flash"),
    "包邮": ("shipping", "delivery"), "免运": ("shipping", "delivery"),
}
# a clip's speed changed, read by the clip-speed edit's frames only: "片段加速到2倍" (the 加 of 加速 was "add"), "视频放慢一点",
# "add slow-mo on the clip" ("already so"), "speed it up to 1.5x" (sets AK ak188, AL al107 al180, AN an181 an209)
OPS["speed"] = (("speed up", "slow down", "slow motion", "slow-motion", "slow mo", "slow-mo", "slowmo", "slo-mo",
                 "sped up", "slowed down", "fast forward", "fast-forward"),
                ("加速", "减速", "放慢", "慢放", "慢动作", "快放", "播快", "播慢", "放快"))
# "speed" said with its value after another wish of the clip: "clip only first 5s and 2x speed", "clip从第2秒开始，速度1.5倍"
# (the speed was no clause of its own, and the whole message was refused: sets AR ar181, AQ aq204)
OPS["speed"] = (OPS["speed"][0] + ("speed", "playback speed"), OPS["speed"][1] + ("速度", "播放速度", "倍速"))
# "那段视频给我快进一点": 快进 is "fast forward", a clip played faster (set CP cp137 was not read)
OPS["speed"] = (OPS["speed"][0], OPS["speed"][1] + ("快进",))
# "视频加快一点", "速度加快到1.5倍": 加快 is 加速 (set CY cy137, cy194 were not read)
OPS["speed"] = (OPS["speed"][0], OPS["speed"][1] + ("加快",))
# a clip named so its pace can be complained of: "the clip", "the unboxing footage", "clip.mp4", "the second video"
# (never "the video" alone, nor "the whole/promo video": that is the video's own pace)
_CLIP_NAMED = (r"(?:the\s+)?(?:[a-z0-9\-]+\s+)?(?:video\s+clip|clip|footage)|[a-z0-9_\-]+\.(?:mp4|mov|webm|m4v|mkv)"
               r"|(?:the\s+)?(?!(?:whole|entire|final|full|promo|main|this|that|my|our|your|the)\b)[a-z0-9\-]+\s+video")
_CLIP_NAMED_ZH = (r"视频片段|片段|第\s*\d+\s*(?:个|段)\s*(?:视频|片段)"
                  r"|(?:[a-z0-9\-]+|(?:(?![这那整我你全把将让的个])[\u4e00-\u9fff]){1,4})\s*(?:视频|那段)")
# ("a bit too fast": one step slower, as "slow down the clip a bit"; "too fast": the usual half)
_TOO = r"(?:(a\s+bit|a\s+little|slightly)\s+|(?:way|kind\s+of|much|just)\s+)?too\s+"
# what a speed's words may be said of that is no clip ("slow the photos down a little" is the pictures' pace)
_NOT_A_CLIP = (r"(?:photos?|pictures?|images?|pics?|slides?|slideshow|shots?|music|song|voice\w*|narration|title|captions?"
               r"|subtitles?|text|transitions?|everything|all|things|pace|whole)\b")
REWRITES = REWRITES + (
    # "两个视频都加速", "两段视频放慢一点": every clip's speed (the 2 of 两 once normalised was left over, and the message
    # refused; lead's own wording, wave 31)
    (r"(?<!第)(?<![\d.])(?:两|2)\s*(?:个|段)\s*(视频片段|视频|片段)\s*都?\s*(?=加速|加快|减速|放慢|慢放|快放|调快|调慢|放快|播放得?(?:快|慢))", r"所有\1都"),
    # "play the two clips at 2x", "make the two videos a little slower": both (the 2 was left over and the message
    # refused); only beside a speed, as "swap the two clips" is read by its own rule
    (r"\bthe\s+(?:two|2)\s+(video\s+clips|clips|videos)\b(?=[^.;,!?]{0,30}?\b(?:faster|slower|quicker|speed|slow[\s-]?mo"
     r"|at\s+(?:half|double|quarter|\d)))", r"both \1"),
    (r"\b(speed\s+up|slow\s+down)\s+the\s+(?:two|2)\s+(video\s+clips|clips|videos)\b", r"\1 both \2"),
    # a clip's pace complained of: "the unboxing clip plays too fast" (slower), "clip.mp4 is a bit too slow" (faster),
    # "开箱视频有点慢" (not understood before; the lead's own wordings, wave 31). Never the video's own pace: "the video
    # is too slow" and 视频太快了 stay the pictures' pace, read elsewhere.
    (rf"\b({_CLIP_NAMED})\s+(?:is|plays|runs|moves|feels|seems|looks|goes)\s+{_TOO}(?:fast|quick|quickly|rushed)\b",
     r"slow down \1 \2"),
    (rf"\b({_CLIP_NAMED})\s+(?:is|plays|runs|moves|feels|seems|looks|goes)\s+(?:{_TOO}(?:slow|slowly)|(?:kind\s+of\s+|so\s+)?sluggish)\b",
     r"speed up \1 \2"),
    (rf"({_CLIP_NAMED_ZH})\s*(?:播放得?|放得?)?\s*(?:有点|有些|太|稍微|实在)\s*快了?", r"\1慢一点"),
    (rf"({_CLIP_NAMED_ZH})\s*(?:播放得?|放得?)?\s*(?:有点|有些|太|稍微|实在)\s*慢了?", r"\1快一点"),
    # "speed it up", "slow it down", "slow it to half speed": the verb whole, before its object
    (r"\bspeed\s+(it|that|this|them)\s+up\b", r"speed up \1"),
    (r"\bslow\s+(it|that|this|them)(?:\s+down)?\b", r"slow down \1"),
    # …and with a clip's name or file between: "slow unboxing down", "speed the unboxing clip up a bit" (only "X clip"
    # or a file name was read: issue 11's frames take the name as the clip's reference)
    (rf"\bspeed\s+((?:the\s+)?(?!up\b|it\b|that\b|this\b|them\b|{_NOT_A_CLIP})[a-z0-9_\-.]+(?:\s+(?:clip|video|part|footage))?)\s+up\b", r"speed up \1"),
    (rf"\bslow\s+((?:the\s+)?(?!down\b|it\b|that\b|this\b|them\b|mo\b|motion\b|{_NOT_A_CLIP})[a-z0-9_\-.]+(?:\s+(?:clip|video|part|footage))?)\s+down\b",
     r"slow down \1"),
    # "make the unboxing part slow motion, half speed": the exact speed said after the word for it is that one speed, not a
    # clause of its own (now that "speed" is an operation; set AK ak102 asked which clip)
    # ("speed up the unboxing, 1.5x speed": the clip named between)
    (r"\b(slow[\s-]?motion|slow[\s-]?mo|slo-?mo|(?:speed\s+up|slow\s+down)(?:\s+(?:the\s+)?[a-z0-9_\-.]+(?:\s+(?:clip|video|part))?)?)"
     r"\s*[,，]\s*(?:at\s+|to\s+)?(?=(?:half|quarter|double|\d+(?:\.\d+)?\s*x)\s+speed\b)", r"\1 at "),
)
# "the logo taken off", "wants the watermark taken out": the participle of "take off" (the logo's removal, once a phrase
# rule's alternative, is read by its frame: corpus mixed_promo_gh#101)
OPS["remove"] = (OPS["remove"][0] + ("taken off", "taken out", "taken away"), OPS["remove"][1])
# "logo不要一直在，最后5秒出现就行", "别全程挂着", "not the whole time": the whole video said not to be an overlay's span,
# never its removal (the 不要 of it removed the logo, and the span said after it went unread: set AW aw189); read by the
# logo edit's span frame only
OPS["not_whole"] = (("not the whole time", "not the entire time", "not all the time", "not throughout", "not the whole video",
                     "not for the whole video", "not the entire video"),
                    tuple(f"{no}{all_}" for no in ("不要", "别", "不用", "不必", "无需", "不需要") for all_ in ("一直", "全程", "始终", "从头到尾")))
# "贴上促销贴纸，放左上角", "给视频贴个logo": a sticker or logo stuck on is laid over the video (贴 was no verb: the place
# said after it was of nothing placed; set BA ba160). Only with its particle: 贴纸 / 贴图 are the nouns
OPS["add"] = (OPS["add"][0], OPS["add"][1] + ("贴上", "贴个", "贴一个", "贴一张", "贴张", "贴1个"))
# "logo不要了，换成促销贴纸", "水印去掉，改用贴纸": the overlay taken off and another put in its place, said as two clauses
# (the second had no overlay to take its target from, and was dropped while the logo went: set BF bf257); as
# "把logo换成促销贴纸", which the logo edit reads as a swap
REWRITES = REWRITES + (
    # ("把logo去掉，换成…": its own 把 taken in, set BW bw236 read "把把logo")
    (r"(?:把|将)?\s*(logo|水印|标志|贴纸)\s*(?:也)?(?:不要了|不要|去掉|删掉|拿掉|撤掉)(?:吧|了)?\s*[,，]\s*(?:换成|改成|换上|改用|换用)",
     r"把\1换成"),
    # (the verb said first: "去掉logo，换成促销贴纸放在左上角"; the place rewrite below cut the new one's place off, and it
    # moved the removed logo: set BR br260, wave 27 lead)
    (r"(?:去掉|删掉|拿掉|撤掉|不要)\s*(logo|水印|标志|贴纸)\s*(?:吧|了)?\s*[,，]\s*(?:换成|改成|换上|改用|换用)", r"把\1换成"),
    # "把logo换成促销贴纸放左上角": the new one's place said right after it, no comma, is of the one put in (the clause named
    # both, and was refused as two overlays to place; set BW bw236)
    (r"((?:换成|替换成|替换为|换为|改成|改为|换上|改用|换用)\s*[^，,。；;！？]{0,12}?(?:logo|水印|标志|贴纸|贴图|\.png))\s*"
     r"(?=(?:再|并)?\s*(?:放|放在|放到|摆在|摆到|移到|挪到)\s*(?:画面|视频)?\s*(?:的)?\s*(?:左上|右上|左下|右下|中间|正中|顶部|底部|左侧|右侧|左边|右边))", r"\1，"),
)
# "右上角的logo换成左下角", "右上角的logo从10秒到20秒显示": an overlay named by the corner it sits in, then a wish of it (a new
# corner, a span), is that overlay: the corner said first was read as the wish ("already so") or left the span unread
_ZH_CORNER = r"(?:左上角|右上角|左下角|右下角|左上方|右上方|左下方|右下方|顶部|底部|角落)"
REWRITES = REWRITES + (
    (rf"(?:把|将)?\s*{_ZH_CORNER}\s*(?:的|那个|那个的)\s*(logo|水印|标志|贴纸)"
     rf"(?=\s*(?:换成|改成|换到|改到|移到|挪到|放到|放在|调到)\s*(?:画面)?\s*(?:的)?\s*{_ZH_CORNER}"
     r"|\s*(?:改成|改为|换成)?\s*(?:只|仅)?\s*(?:在|从)\s*(?:第\s*)?\d)", r"把\1"),
)
# "shrink the logo", "shrink it a bit": smaller (no operation word of it was read: "make the logo semi-transparent (50%) and
# shrink it a bit" set the opacity and dropped the shrink without a word, set BI bi258)
OPS["decrease"] = (OPS["decrease"][0] + ("shrink", "shrink down"), OPS["decrease"][1])
# "keep the logo where it is", "leave the sticker as it is", "logo位置不变": nothing to do for it (its words were left
# unread and the whole message refused: "vertical for reels, keep the logo where it is", set BI bi249)
OPS["keep"] = (OPS["keep"][0] + ("where it is", "where they are", "as it is", "as they are", "as is", "in place"),
               OPS["keep"][1] + ("原位", "位置不变", "保持原位"))
# "水印放左下角，右下角会挡住字幕", "put the logo bottom left, the bottom right would cover the captions": what a place
# would cover, said after the place asked, is why, not a wish for that place (the captions were moved to the bottom
# right; found by wave 20's fixers)
REWRITES = REWRITES + (
    (r"[，,；;]\s*(?:因为|不然|否则|要不然)?\s*[^，,。；;!！?？]{0,10}?(?:会|可能会|就会|容易|肯定会)\s*(?:挡住|遮住|盖住|挡到|遮到|遮挡|压住|挡)"
     r"[^，,。；;!！?？]*", ""),
    (r"[,;]\s*(?:because\s+|since\s+|as\s+|otherwise\s+|or\s+else\s+)?[^,.;!?]{0,30}?\b(?:would|will|might|could|'d|'ll|is\s+going\s+to)"
     r"\s+(?:cover|block|hide|overlap|sit\s+on)\b[^.;!?,]*", " "),
)
# "logo透明一点，别那么抢眼", "水印不要那么显眼": the reason said after the wish is the same wish, fainter (its words were
# left unread and the whole message refused: set BK bk255)
OPS["fainter"] = (OPS["fainter"][0] + ("less in your face", "less eye-catching", "not so prominent", "not so in your face"),
                  OPS["fainter"][1] + tuple(f"{no}{so}{word}" for no in ("别", "不要", "没", "不") for so in ("那么", "太", "这么")
                                            for word in ("抢眼", "显眼", "扎眼", "刺眼", "突兀", "醒目")))
# the middle of a side, said as that side: "add sale-sticker.png on the right side", "logo放右侧" (no place was read and
# the whole message refused; set BJ bj230). The product places text and overlays at "left" / "right"; "right" alone is
# not read ("right after the title", "that's right")
extend(POSITIONS, "right", en=("right side", "right-hand side", "right hand side", "right edge", "on the right",
                               "middle right", "center right", "centre right", "right middle"),
       zh=("右侧", "右边", "右侧中间", "右边中间", "右侧居中", "右边居中"))
extend(POSITIONS, "left", en=("left side", "left-hand side", "left hand side", "left edge", "on the left",
                              "middle left", "center left", "centre left", "left middle"),
       zh=("左侧", "左边", "左侧中间", "左边中间", "左侧居中", "左边居中"))
# an overlay's share said with "percent" as a word: "Add the logo as a watermark at 30 percent opacity" (the logo was placed at
# 100 %, the share dropped: a wrong edit; set BM bm211): written with the sign, as its edit reads it
REWRITES = REWRITES + (
    (r"\b(\d+(?:\.\d+)?)\s*(?:percent|per\s*cent)\b(?=\s*(?:opacity|opaque|transparen|visible|wide\b|width\b|of\s+the\s+(?:frame\s+|screen\s+|video\s+)?width))",
     r"\1%"),
    (r"\b((?:opacity|transparency|width)\s+(?:to\s+|at\s+|of\s+)?)(\d+(?:\.\d+)?)\s*(?:percent|per\s*cent)\b", r"\1\2%"),
)
# "width" is a word a typo is corrected to: "make the logo 20% of the widht" was not read (set CD cd180)
EXTRA_WORDS = EXTRA_WORDS + ("width",)
# a way it moves said before the place it goes: "logo往下挪到右下角，再小一点" (往下 was read as the place, "the bottom", and the
# corner said after it dropped: a wrong edit; set BN bn261): the place said is where it goes
REWRITES = REWRITES + (
    (r"(?:往|向)\s*(?:下|上|左|右)\s*(?:边|面)?\s*(?=(?:挪|移|放|搬|调)\s*(?:动)?\s*(?:到|至|去)\s*(?:画面|屏幕)?\s*(?:的)?\s*(?:左上|右上|左下|右下|正中|中间|顶部|底部))", ""),
)
# the middle of the top or the bottom said in Chinese as two places: "logo放最上面中间" (the place was left unread beside a
# format: a partial edit, set BO bo243), "底部居中"
extend(POSITIONS, "top", zh=tuple(f"{a}{b}" for a in ("最上面", "上面", "顶部", "上方", "最上方", "顶端") for b in ("中间", "居中", "正中", "正中间")) + ("正上方",))
extend(POSITIONS, "bottom", zh=tuple(f"{a}{b}" for a in ("最下面", "下面", "底部", "下方", "最下方", "底端") for b in ("中间", "居中", "正中", "正中间")) + ("正下方",))
# (or the middle said first: "logo 放中间顶部", set BW bw245 left 顶部 unread)
extend(POSITIONS, "top", zh=tuple(f"{b}{a}" for a in ("最上面", "上面", "顶部", "上方", "最上方", "顶端") for b in ("中间", "居中", "正中", "正中间")))
extend(POSITIONS, "bottom", zh=tuple(f"{b}{a}" for a in ("最下面", "下面", "底部", "下方", "最下方", "底端") for b in ("中间", "居中", "正中", "正中间")))
# ("logo at the bottom, centered": the bottom's middle, set BN bn232)
REWRITES = REWRITES + (
    (r"\b(top|bottom)\s*,?\s*(?:and\s+)?(?:centered|centred|in\s+the\s+(?:middle|center|centre))\b", r"\1 center"),
)
# ("on the right side" whole: "on the right" is a phrase of its own, and "side" was left over)
for _side in ("right", "left"):
    extend(POSITIONS, _side, en=(*(f"on the {_side} {s}" for s in ("side", "hand side", "edge")), f"on the {_side}-hand side"))
# a sticker or logo "slapped" or "stuck" on: put there ("sale style and slap the sale sticker on", "…and stick the sale
# sticker top right": the verb was no word the planner knows, so the sticker was left unread or its place given to
# the title; sets BN bn238, BM bm204). Only with the overlay named right after the verb.
_O_STUCK = (r"(?:(?:the|a|an|our|my|that|this)\s+)?(?:[a-z0-9\-]+\s+){0,2}?(?:sticker|logo|watermark|badge)s?"
            r"|[a-z0-9_\-]+\.(?:png|jpe?g|webp|gif)")
REWRITES = REWRITES + (
    (rf"\b(?:slap|stick|whack|plaster)\s+({_O_STUCK})\s+on(?=\s*(?:$|[,.;!?]|and\b|too\b|please\b))", r"add \1"),
    (rf"\b(?:slap|stick|whack|plaster)\s+(?=(?:{_O_STUCK})\b)", "put "),
)
# 商标 ("trademark") is the logo: "商标放右上角，全程显示" (no target was read, and "it" was asked about; set BT bt193)
REWRITES = REWRITES + ((r"商标", "logo"),)
# "logo前3秒不要出现", "水印开头5秒别显示": hidden for those seconds, then shown (the 不要 made the clause a thing not to do,
# and nothing was read; set BT bt207): said as the hiding the logo edit reads ("前3秒先隐藏")
REWRITES = REWRITES + (
    (r"((?:logo|水印|标志|贴纸|贴图|\.png)\s*(?:的话)?\s*)(前|开头)\s*(\d+(?:\.\d+)?\s*秒)\s*(?:钟)?\s*(?:内|里)?\s*(?:先|都|的时候)?\s*"
     r"(?:不要|别|不|先不要|先别|先不)\s*(?:显示|出现|露出来|露出|出来)", r"\1\2\3先隐藏"),
)
# one overlay for another "in the same corner", "放在同一个位置": where the old one was, as the swap keeps it (the words
# were read as the top right, or left unread, and the whole message refused: set BS bs258)
REWRITES = REWRITES + (
    (r"(\b(?:replace|swap|switch|exchange)\b[^.;!?]{0,60}?(?:logo|watermark|sticker|\.png))\s*,?\s*(?:(?:and\s+)?(?:put|keep)\s+it\s+)?"
     r"(?:in|at|into)\s+(?:the\s+)?(?:same|exact\s+same|very\s+same)\s+(?:corner|place|spot|position|location)\b(?:\s+as\s+before)?", r"\1"),
    (r"((?:换成|替换成|改成|换上)[^，,。；;！？]{0,12}?(?:logo|水印|标志|贴纸|贴图|\.png))\s*[，,]?\s*(?:放|放在|放到|摆在|摆到|也放在|还放在)?\s*"
     r"(?:同一个|同一|同样的|一样的|原来的|原来那个|原)\s*(?:位置|地方|角落|角)", r"\1"),
)
# "logo can only show for the first 5 seconds, and after that just the product": what the rest of the video shows, said
# after the overlay's span, is no second wish (its words were left unread and the whole message refused; set BU bu180)
REWRITES = REWRITES + (
    (r"((?:logo|watermark|sticker|\.png)[^.;!?]*?\b(?:first|opening)\s+\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b)\s*[,;]?\s*(?:and\s+)?"
     r"(?:after\s+that|afterwards|after\s+it|then|from\s+then\s+on)\s*,?\s+(?:it'?s\s+|there'?s\s+)?(?:just|only)\s+(?:the\s+)?"
     r"(?:products?|pictures?|photos?|images?|video|footage|shots?)\b", r"\1"),
)
# "show sale-sticker.png in the middle at the very start, only for 3 seconds": the first 3 seconds (the start and its
# length said apart were read by nothing, and the message refused; set BS bs229)
REWRITES = REWRITES + (
    (r"((?:logo|watermark|sticker|\.png)[^.;!?]*?)\b(?:at|in)\s+the\s+(?:very\s+)?(?:start|beginning)\s*,?\s*(?:and\s+)?(?:only\s+|just\s+)?"
     r"for\s+(?:only\s+|just\s+)?(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\b", r"\1for the first \2"),
)
# "the sale sticker should be big, like a quarter of the screen width, in the center": its look or place said as what
# it should be (no verb the logo edit reads: not understood; set BU bu162), as "make …"
REWRITES = REWRITES + (
    (r"(?:^|(?<=[,.;!?]\s)|(?<=\band\s))((?:the\s+|our\s+|my\s+)?(?:brand\s+)?(?:[a-z0-9\-]+\s+)?(?:logo|watermark|sticker)|[a-z0-9_\-]+\.png)"
     r"\s+(?:should|must|needs\s+to|has\s+to)\s+(?:be|go|sit)\b(?=\s*,?\s*(?:really\s+|quite\s+|pretty\s+|very\s+|a\s+bit\s+)?"
     r"(?:big|bigger|small|smaller|large|larger|tiny|huge|in\s+the|at\s+the|on\s+the|top|bottom|centered|centred|\d+(?:\.\d+)?\s*%"
     r"|semi|half|transparent|see[\s-]through))", r"make \1"),
)
# "put the logo somewhere", "add the sticker anywhere": laid over the video, its place not said (the words were left
# unread while the music beside them was made louder: a part dropped without a word; set BU bu158)
REWRITES = REWRITES + (
    (r"\b(put|place|add|stick|show)\s+((?:the\s+|our\s+|my\s+)?(?:brand\s+)?(?:[a-z0-9\-]+\s+)?(?:logo|watermark|sticker)|[a-z0-9_\-]+\.png)"
     r"\s+(?:somewhere(?!\s+else)|anywhere|wherever)(?:\s+(?:on\s+(?:the\s+|it)?|in\s+the\s+)(?:video|frame|screen|footage)?)?(?:\s+(?:you\s+like|you\s+want|that\s+fits|it\s+fits))?\b",
     r"\1 \2 on the video"),
)
# "put the logo and the sale sticker on the video": both laid over it (the clause was cut at "and", and neither read;
# set BS bs223), as "add the logo and the sticker"
REWRITES = REWRITES + (
    (r"\b(?:put|place|stick|slap)\s+((?:the\s+|our\s+|my\s+)?(?:brand\s+)?(?:logo|watermark)\s+(?:and|&|plus)\s+(?:the\s+|our\s+|my\s+|a\s+)?"
     r"(?:(?:[a-z0-9\-]+\s+)?stickers?|[a-z0-9_\-]+\.png))\s+(?:on|onto|over|on\s+top\s+of)\s+(?:the\s+)?(?:video|frame|screen|footage)\b",
     r"add \1"),
)
# "logo换到左上角，大小不变": its size kept (the words were left unread and the whole clause refused while the beat sync
# beside it was made; set BU bu284)
OPS["keep"] = (OPS["keep"][0] + ("same size", "size unchanged"),
               OPS["keep"][1] + ("大小不变", "尺寸不变", "大小保持不变", "尺寸保持不变", "大小保持", "大小别变", "大小不用变", "大小照旧"))
# "结尾加个卡片写“扫码关注”，上面放我们的logo": 上面 after an end card is "on it", the card's logo, never the top of the
# frame (the logo was laid over the video at the top: a wrong edit; set BT bt171)
REWRITES = REWRITES + (
    # (its verb said as 带上, which only the card reads: "加logo" alone is the overlay's)
    (r"((?:卡片|片尾|结尾页|结束页|\boutro\b|\bend\s+card\b|\bclosing\s+card\b)[^。；;！!？?]{0,30}?[，,]\s*)(?:在)?(?:卡片上面|卡片上|那上面|上面|上边|上头)\s*"
     r"(?:再|也|还)?\s*(?:放|加|显示|带|印)\s*(?:上|个|一个)?\s*(?=(?:我们的?|品牌的?)?\s*(?:logo|标志)\s*(?:$|[，,。；;！!]))", r"\1带上"),
)
# a share of the width said as a fraction in a clause of its own: "put the sticker in the top left, a third of the screen
# width" (no word of it was read, and the width was dropped without a word; found beside set BU bu162): as a percentage
REWRITES = REWRITES + tuple(
    (rf"\b(?:a\s+|one\s+)?{word}\s+of\s+the\s+(?:(?:frame|screen|video)(?:'s)?\s+)?width\b", f"{pct}% of the frame width")
    for word, pct in (("quarter", 25), ("third", 33), ("fifth", 20), ("tenth", 10), ("half", 50)))
# "logo大一点，太小看不见", "水印小一点，太大了": the reason said after a size wish is the same wish (its words were left unread
# and the whole message refused; set BW bw224)
REWRITES = REWRITES + (
    (r"((?:logo|水印|标志|贴纸|贴图)\s*(?:的)?\s*(?:再|稍微|稍稍)?\s*(?:大|放大)\s*(?:一点|一些|点|些)?)\s*[,，]\s*(?:因为|不然|现在)?\s*"
     r"(?:太小了?|小得?看不见|小得?看不清)\s*(?:[,，]?\s*(?:都|根本|几乎|完全)?\s*(?:看不见|看不清楚?|看不到|看不出来))?(?:了|啊|呀)?(?=\s*(?:$|[，,。；;！!]))", r"\1"),
    # ("logo再大一点，现在都看不到": the reason said without 太小; set CP cp156 was not read)
    (r"((?:logo|水印|标志|贴纸|贴图)\s*(?:的)?\s*(?:再|稍微|稍稍)?\s*(?:大|放大)\s*(?:一点|一些|点|些)?)\s*[,，]\s*(?:因为|不然|现在)?\s*"
     r"(?:都|根本|几乎|完全)?\s*(?:看不见|看不清楚?|看不到|看不出来)(?:了|啊|呀)?(?=\s*(?:$|[，,。；;！!]))", r"\1"),
    # "标题弄成白色的吧 现在看着不清楚", "字幕换成黄色，不然看不清": the reason said after a text's colour is that wish (its 不 read
    # as the wish's negation and the colour was not done; set CP cp057); never a size asked beside it
    (r"((?:标题|字幕|文字)[^,，。；;!！?？]{0,20}?(?:色|#[0-9a-f]{3,6})(?:的)?(?:吧|啦|呀|哦)?)\s*[,，]?\s*(?:因为|不然|现在|这样|要不然)?\s*(?:看着|看起来|看上去)?\s*"
     r"(?:都|根本|有点|太|不太)?\s*(?:不清楚|不清晰|看不清楚?|看不太清楚?|看不到|看不见|不明显|不显眼|不够清楚|不够醒目|不够显眼)(?:了|啊|呀)?"
     r"(?=\s*(?:$|[，,。；;！!]))", r"\1"),
    (r"((?:logo|水印|标志|贴纸|贴图)\s*(?:的)?\s*(?:再|稍微|稍稍)?\s*(?:小|缩小)\s*(?:一点|一些|点|些)?)\s*[,，]\s*(?:因为|现在)?\s*"
     r"太大了?\s*(?:[,，]?\s*(?:太)?(?:抢眼|显眼|突兀))?(?:了|啊|呀)?(?=\s*(?:$|[，,。；;！!]))", r"\1"),
)
# "the logo should only appear after the title is gone, at 3 seconds", "the sticker should show up after 4 seconds": from
# then on (the moment said with "at" or "after", and the title's end said beside it, were read by nothing; set BV bv257)
REWRITES = REWRITES + (
    (r"\b((?:logo|watermark|sticker)s?\b|[a-z0-9_\-]+\.png\b)([^.;!?]{0,30}?\b(?:appear|show\s+up|come\s+in|come\s+on|pop\s+up|show))\s+(?:only\s+)?"
     r"(?:(?:after|once|when)\s+the\s+(?:title|headline)\s+(?:is\s+gone|has\s+gone|disappears|goes\s+away|ends|is\s+over|fades(?:\s+out)?|has\s+faded)"
     r"\s*,?\s*(?:so\s+|i\.e\.\s*|that\s+is\s+|which\s+is\s+)?)?(?:at|after|from)\s+(?:the\s+)?(?=\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b(?!\s*(?:in|of)\b))", r"\1\2 from "),
)
# "apply the elegant preset and keep the logo where it is": the logo kept is a clause of its own (the one clause named the
# logo with nothing to do, and the whole message was refused; set BX bx251)
REWRITES = REWRITES + (
    (r"\s+and\s+(?=(?:please\s+)?(?:keep|leave)\s+(?:the\s+|our\s+|my\s+)?(?:brand\s+)?(?:logo|watermark|stickers?|[a-z0-9_\-]+\.png)\s+"
     r"(?:where\s+(?:it\s+is|they\s+are)|as\s+(?:it\s+is|they\s+are|is)|in\s+place)\b)", ", "),
)
# "add the png in the corner": "the png" with no file name is a picture, which one not said (it was looked for as a file
# called "the png in the corner"; set BV bv217): asked, as "put the picture in the corner" is
REWRITES = REWRITES + (
    (r"\b(the|a|this|that|my|our)\s+png\b(?=\s+(?:in|at|into|on|to)\s+(?:the\s+|a\s+)?(?:corner|top|bottom|upper|lower)\b)", r"\1 picture"),
)
# "make the logo smaller and move the captions to the top so they don't collide", "…，免得和字幕重叠": why the logo and the text
# are moved apart, not a wish of its own (its words left the captions' clause unread while the logo was made smaller: a part
# dropped, set CA ca252)
REWRITES = REWRITES + (
    (r"\s*,?\s*\bso\s+(?:that\s+)?(?:they|it|the\s+\w+|both|the\s+two)\s+(?:don'?t|do\s+not|doesn'?t|does\s+not|won'?t|will\s+not|no\s+longer"
     r"|are\s+not|aren'?t|isn'?t|is\s+not)\s+(?:collide|colliding|clash|clashing|touch|touching|bump|crash|run\s+into|overlap|overlapping"
     r"|interfere|crowd|fight|compete)\b[^,.;!?]*", ""),
    (r"[，,]?\s*(?:以免|免得|避免|防止|不然|要不然|否则)\s*(?:它们|两个|两者|彼此|logo|水印|标志|贴纸)?\s*(?:和|跟|与)?\s*[^，,。；;！!？?]{0,6}?"
     r"(?:重叠|重合|撞在一起|撞到|撞|冲突|打架|挤在一起|碰到|碰在一起|叠在一起)[^，,。；;！!？?]*", ""),
)
# ("overlap" is a word, never a typo of "overlay": "…so that they don't overlap" was read as an overlay, and the clause refused)
PLAIN_WORDS = PLAIN_WORDS + ("overlap", "overlaps", "overlapped", "overlapping", "collide", "collides", "colliding")
# "put the logo bottom right at the end": a corner, then when (block L drops the "right" of "right at the end", a stress, and
# the logo went to the bottom: a wrong place, found beside set BX bx230): said as the corner
REWRITES = REWRITES + (
    (r"\b((?:top|bottom|upper|lower)[\s-]+right)\s+(?=at\s+the\s+(?:very\s+)?(?:start|beginning|front|end)\b)", r"\1 corner "),
)
# "put logo.png at the very start of the slideshow as its own shot": a logo or sticker file said to be a shot of its own is
# a picture of the slideshow, never laid over the video (set BY by225 was not understood)
_O_OWN_SHOT = r"\s*,?\s*as\s+(?:its\s+own\s+|a\s+(?:separate\s+|standalone\s+)?|an?\s+own\s+)(?:shot|slide|picture|image|photo|frame)\b"
REWRITES = REWRITES + tuple(
    (rf"\b(?:put|add|place|insert|stick)\s+([a-z0-9_\-]+\.(?:png|jpe?g|webp))\s+(?:right\s+)?at\s+the\s+(?:very\s+)?(?:{ends})"
     rf"(?:\s+of\s+the\s+(?:slideshow|video|pictures|photos))?{_O_OWN_SHOT}", rf"add \1 as the {nth} picture")
    for ends, nth in (("start|beginning|front", "first"), ("end", "last")))
# --- end of block O


# (keep these separating lines: they let the blocks merge apart)
#
#


# --- block Z: Chinese forms, sound, titles and captions ---
# (words added by the Chinese and sound work go here, and only here)
# Taiwan wordings, read after the characters are simplified (text.simplified): 影片/视讯 = 视频, 直式/横式 = 竖版/横版,
# 萤幕 = 屏幕, 档案 = 文件
REWRITES = REWRITES + (
    (r"影片|视讯", "视频"),
    (r"直式", "竖版"),
    (r"横式", "横版"),
    (r"萤幕", "屏幕"),
    (r"档案", "文件"),
    (r"解析度", "分辨率"),
    (r"每秒影格数|影格率|影格速率", "帧率"),
    (r"直向", "竖向"),
    (r"置中", "居中"),
    (r"字型", "字体"),
    # "more big the title" (said by people whose first language is not English): bigger
    (r"\bmore\s+big\b", "bigger"),
    (r"\bmore\s+small\b", "smaller"),
    # "tone it down a size": the particle back to its verb
    (r"\b(tone|dial)\s+(it|them)\s+down\b", r"\1 down \2"),
    # "字幕小一号" (一号 is "1号" once numbers are digits, read as "picture 1"): a size, not a picture
    (r"([大小])\s*1\s*(号|档|个字号)(?!\s*(?:图|照片|视频|片段|的|那))", r"\1一\2"),
    # (set N) an editor's words for the texts: the opening super is the title, supers and lower thirds are the captions
    # ("in the lower third" stays a place)
    (r"\b(?:opening|intro|main|title|first)\s+super\b", "title"),
    (r"\bsupers(?![a-z])", "captions"),
    (r"\b(?<!in\s)(?<!into\s)(?<!to\s)(?<!at\s)(?<!in\sthe\s)(?<!to\sthe\s)(?<!at\sthe\s)(?<!into\sthe\s)(the\s+)?super\b(?=\s+(?:on|for|under|over|of|should|to|says|reads|text|copy)\b)",
     r"\1caption"),
    (r"\b(?<!in\s)(?<!into\s)(?<!to\s)(?<!at\s)(?<!in\sthe\s)(?<!to\sthe\s)(?<!at\sthe\s)(?<!into\sthe\s)(?<!the\s)lower[\s-]third\b(?!s)"
     r"(?=\s+(?:on|for|under|over|of|should|to|says|reads|text|copy)\b)", "caption"),
    (r"\bthe\s+lower[\s-]third\b(?!s)(?=\s+(?:on|for|under|over|of)\b)", "the caption"),
    (r"\blower[\s-]thirds\b", "captions"),
    (r"字幕条", "字幕"),
)
_SOUNDS_EN = r"(?:background\s+)?(?:music|bgm|soundtrack|song)|voice\s*-?\s*over|voiceover|narration|narrator|voice"
_SOUNDS_ZH = r"(?:背景)?音乐|配乐|旁白|配音|人声|解说|口播"
# when the music is kept level: under the voice, or all through, with the dip told off after it (the same wish twice)
_LEVEL_WHEN_EN = (r"(?:(?:when|while|whenever|as|under)\b[^,.;!?]*|(?:the\s+whole\s+(?:time|video|way\s+through)|all\s+the\s+time"
                  r"|throughout(?:\s+the\s+(?:whole\s+)?video)?|all\s+the\s+way\s+through|from\s+start\s+to\s+(?:finish|end))\b"
                  r"(?:\s*[,;]\s*(?:and\s+|so\s+|just\s+)?(?:don'?t|do\s+not|never)\s+(?:lower|duck|dip|reduce|turn\s+down|quieten)"
                  r"\s+it(?:\s+(?:down|at\s+all))?\b(?:\s+(?:when|while|whenever|as)\b[^,.;!?]*)?)?)")
_SPEAKS_EN = (r"(?:the\s+)?(?:voice\s*-?\s*over|voiceover|narration|narrator|voice|speaker|person|presenter|someone"
              r"|somebody|people|talking|speech)")
REWRITES = REWRITES + (
    # "half as loud", "twice as loud": by a share of the volume it has
    (r"\bhalf\s+as\s+loud(?:\s+as\s+(?:now|before|it\s+is))?\b", "50% quieter"),
    (r"\b(?:twice|2\s+times)\s+as\s+loud(?:\s+as\s+(?:now|before|it\s+is))?\b", "100% louder"),
    (r"(音量|音乐|声音|配音|旁白|人声)\s*(?:小|低)\s*一半", r"\1降低50%"),
    (r"((?:音量|音乐|声音|配音|旁白|人声|配乐)[^，,。；;]{0,4}?)(?:(?:提高|增加|加大|调高|放大)\s*(?:一倍|1倍)|翻倍|翻一倍|翻1倍)",
     r"\1提高100%"),
    # (wave 6) the music dipping under the voice, told and disliked: the ducking off ("The music dips every time the voice
    # talks and it sounds weird. Stop doing that." was read as a wish for the ducking, set Y aud07)
    (rf"\b(?:the\s+)?(?:background\s+)?(?:music|bgm|soundtrack|song)\s+(?:keeps\s+)?(?:dips|ducks|drops|goes\s+down|gets\s+quieter|fades\s+down|dipping|ducking)\s+"
     rf"(?:every\s+time|each\s+time|whenever|when|while|as|under)\s+{_SPEAKS_EN}\b[^.;!?,]{{0,40}}?"
     r"(?:(?:,|and|but)\s+(?:it|that|this)\s+(?:sounds?|feels?|is)\s+(?:so\s+|really\s+|a\s+bit\s+|kind\s+of\s+)?(?:weird|odd|strange|bad|awful|unnatural|jarring|annoying|distracting|off|wrong|choppy)[^.;!?,]*)?"
     r"\s*[.;!?,]\s*(?:so\s+|please\s+|just\s+|can\s+you\s+|could\s+you\s+)?(?:stop\s+(?:doing\s+)?(?:that|it|this)|get\s+rid\s+of\s+(?:that|it|this)"
     r"|turn\s+(?:that|it|this)\s+off|lose\s+(?:that|it)|kill\s+(?:that|it)|no\s+more\s+of\s+that|don'?t\s+do\s+(?:that|it)|fix\s+(?:that|it|this))\b", "turn off ducking"),
    (r"(?:每次|每当)?\s*(?:旁白|配音|人声|有人)\s*(?:一)?\s*(?:出来|开口|说话|讲话|响起)\s*(?:的时候|时)?\s*(?:背景)?音乐\s*(?:就)?\s*(?:变小|变轻|降下去|压下去|小下去|忽大忽小)"
     r"[^。；;，,]{0,8}[，,。]\s*(?:很|有点|好)?\s*(?:奇怪|难听|别扭|不舒服|不自然)?[，,。]?\s*(?:不要这样|别这样|去掉|取消|关掉|不要了)", "关闭自动闪避"),
    # (in Chinese: "为什么说话的时候音乐会变小？我想让音乐保持不变" lowered the music, its 保持不变 read as "keep")
    (r"(?:为什么|怎么|咋)?\s*(?:每次|每当)?\s*(?:旁白|配音|人声|解说|有人|人|他|她)?\s*(?:一)?\s*(?:出来|开口|说话|讲话|响起)\s*(?:的时候|时)?\s*"
     r"(?:背景)?音乐\s*(?:就|总是|老是|一直)?\s*(?:会)?\s*(?:变小|变轻|降下去|压下去|小下去|压低|降低|忽大忽小)了?\s*(?:呢|啊)?\s*[?？,，。!！]+\s*"
     r"(?:我)?\s*(?:想|希望|要)?\s*(?:让|把)?\s*(?:它|音乐|背景音乐)?\s*(?:一直)?\s*(?:保持不变|保持原样|保持一样|保持稳定|不要变|别变|不变"
     r"|(?:保持)?(?:一样|同样)(?:大|响|大声)|(?:保持)?(?:一个|同一个)音量|音量(?:不变|一致|稳定))(?:就好|就行|吧)?",
     "关闭自动闪避"),
    # (asked alone, why it dips is no wish: it lowered the music, the very thing asked about; the English is not understood)
    (r"(?:为什么|怎么|咋)\s*(?:每次|每当)?\s*(?:旁白|配音|人声|解说|有人|人|他|她)?\s*(?:一)?\s*(?:出来|开口|说话|讲话|响起)\s*(?:的时候|时)?\s*"
     r"(?:背景)?音乐\s*(?:就|总是|老是|一直)?\s*(?:会)?\s*(?:变小|变轻|降下去|压下去|小下去|压低|降低|忽大忽小)了?\s*(?:呢|啊)?\s*[?？]", " "),
    # the music kept level under the voice: the ducking off; the music dipping under the voice: on
    # (or kept level the whole time, the dip told off after it: "keep the music at the same level the whole time, don't
    # lower it under the voice" was not understood, set CZ cz084; its "under the voice" is blanked before this)
    (r"\bkeep\s+the\s+(?:background\s+)?(?:music|bgm|soundtrack)\s+(?:at\s+)?(?:the\s+same\s+(?:level|volume)|steady|constant"
     rf"|level|as\s+it\s+is)\s+(?:even\s+)?{_LEVEL_WHEN_EN}", "turn off ducking"),
    # (the music said to stay so: "the music should stay at the same level even when the voice talks" was not understood,
    # set CL cl223)
    (r"\b(?:the\s+)?(?:background\s+)?(?:music|bgm|soundtrack)\s+(?:should|must|needs?\s+to|has\s+to|can|to|will)\s+(?:just\s+)?"
     r"(?:stay|remain|be|keep)\s+(?:at\s+)?(?:the\s+same\s+(?:level|volume)|steady|constant|level|as\s+it\s+is)\s+"
     rf"(?:even\s+)?{_LEVEL_WHEN_EN}", "turn off ducking"),
    (r"\b(?:don'?t|do\s+not|never)\s+let\s+the\s+(?:background\s+)?(?:music|bgm|soundtrack)\s+(?:get|go|become)\s+"
     r"(?:quieter|softer|lower|down)\b[^,.;!?]*", "turn off ducking"),
    (rf"\b(?:the\s+)?(?:background\s+)?(?:music|bgm|soundtrack)\s+(?:to\s+|should\s+|must\s+|needs?\s+to\s+|will\s+)?"
     rf"(?:dip|duck|drop|lower|soften|get\s+quieter|go\s+quieter|go\s+down|fade\s+down|back\s+off)(?:s|ped|ping)?\s+"
     rf"(?:automatically\s+)?(?:when|whenever|as|under|while)\s+{_SPEAKS_EN}\b[^,.;!?]*", "turn on ducking"),
    (r"(?=[人配旁有说讲出响的时])(?:人声|配音|旁白|有人|人)?\s*(?:说话|讲话|出现|响起)?\s*(?:的时候|时)\s*(?:音乐|背景音乐)\s*(?:保持不变|不变|别变|不要变|保持原样)",
     "关闭自动闪避"),
    (r"(?=[有人配旁说讲一])(?:一)?(?:有)?(?:人声|配音|旁白|解说|人说话|有人说话|说话|讲话)\s*(?:一)?\s*(?:出现|出来|响起|进来|开始|开口|播放|播)?\s*(?:(?:的时候|时)\s*(?:就)?|(?<=[现来起口始放])\s*就)\s*(?:把|将|让)?\s*(?:背景)?音乐\s*(?:自动)?\s*"
     # (调低 too: "取消旁白出现时背景音乐自动调低的效果" was not understood, wave 34 fixer S)
     r"(?:压低|降低|调低|调小|变小|小一点|低一点|减弱|让开|让一让|小声)(?:一点|一些|点)?", "开启自动闪避"),
    # a thing left as it is ("不要动音乐", "旁白不变", "don't touch the music"): kept, nothing to do for it
    (rf"(?:不要|别|不用)\s*(?:动|碰|改)(?!画|效)\s*(?=(?:{_SOUNDS_ZH}|标题|字幕|帧率|转场|画面比例|比例|时长))", "保持"),
    (rf"(^|[，,;；:：。]\s*)({_SOUNDS_ZH}|标题|字幕|帧率|转场|画面比例|比例|时长)\s*(\d+(?:\.\d+)?\s*%?)?\s*(?:也)?\s*"
     r"(?:保持不变|维持不变|不变|不动|照旧|保持原样|维持原样|别动|不要动|别改|不要改)(?!画|效)", r"\1保持\2\3"),
    (rf"\b(?:don'?t|do\s+not|never)\s+(?:touch|change|modify|alter)\s+(?=(?:the\s+)?(?:{_SOUNDS_EN}|title|captions|frame\s+rate|format)\b)",
     "keep "),
    (rf"\b(?:leave|keep)\s+((?:the\s+)?(?:{_SOUNDS_EN}))\s+(?:alone|as\s+it\s+is|untouched|unchanged|the\s+same)\b", r"keep \1"),
    # "dont touch the music just make the title bigger": the thing kept is a clause of its own (set U mus21 made the
    # music louder)
    (rf"\b(keep\s+(?:the\s+)?(?:{_SOUNDS_EN}|title|captions|frame\s+rate|format))\s+(?:and\s+)?(?=(?:just|only|but|instead)\s)", r"\1, "),
    # "voiceover off, music only": the music kept, not one more thing switched off
    (rf"([,;]\s*)((?:the\s+)?(?:{_SOUNDS_EN}|pictures|images|photos))\s+only\b", r"\1keep only \2"),
    # "the voiceover gets lost under the music": the music is the measure, not a limit ("under") or a target
    (r"\b(gets?\s+lost|lost|buried|drowned(?:\s+out)?|hard\s+to\s+hear|inaudible|too\s+quiet|too\s+soft)\s+"
     r"(?:under|beneath|behind|below|over)\s+(?:the\s+)?(?:background\s+)?(?:music|bgm|soundtrack)\b", r"\1"),
    # "旁白被背景音乐盖住了": the one that covers is too loud
    (rf"(?=[背音配旁人解口])(?:{_SOUNDS_ZH})\s*被\s*({_SOUNDS_ZH})\s*(?:盖住|压住|盖过|压过|淹没)了?", r"\1太大声"),
    # "背景音乐太大声了，盖住了旁白": the sound covered is not the one to change (the one before is too loud)
    (rf"([，,]\s*)(?:都|把|它)?\s*(?:盖住|压住|盖过|压过|淹没)了?\s*(?:{_SOUNDS_ZH})了?(?=\s*(?:$|[，,;；。!！]))", r"\1"),
    # "标题不要动画": the animation off (not "不要动", leave it alone)
    (r"(?<=[题幕字案])\s*(?:不要|别|不用|无需)\s*(?:动画|动效)(?:了|效果)?", "无动画"),
    # "不要动音乐，只把配音调大": the "only" stresses the one thing to change
    (r"(^|[，,;；:：。]\s*)(?:只|仅|就)\s*(?=把|将)", r"\1"),
    # "no ducking", "without ducking": the ducking off
    (r"\b(?:no|without(?:\s+any)?)\s+(?:more\s+)?(?:auto(?:matic)?[\s-]?)?(?:ducking|dipping)\b", "turn off ducking"),
    # "音乐恢复一下，刚才静音了": what happened before is no edit
    (r"[，,]\s*(?:刚才|刚刚|之前|先前|上次)\s*(?:被|给|我)?\s*(?:不小心)?\s*(?:静音|关掉|关了|删掉|删了|去掉)了?", ""),
)
# loudness complained of mildly ("the music is a little loud", "音乐有点吵"); 有点小 / 有点大 are said of text sizes too
# (no "little" or "kind" among them: a vocabulary word is what a typo is corrected to, and "tittle" would no longer be
# "title", nor "finds" stay "finds"; "a little loud" is written "a bit loud" below)
extend(OPS, "quieter_need", en=("a bit loud", "bit loud", "pretty loud", "quite loud", "really loud", "very loud", "so loud",
                                "too noisy", "a bit much"),
       zh=("有点吵", "有点大声", "有点响", "太吵了", "很吵", "好吵", "有点大"))
extend(OPS, "louder_need", en=("a bit quiet", "bit quiet", "pretty quiet", "quite quiet", "very quiet", "so quiet",
                               "a bit soft"),
       zh=("有点小声", "有点轻", "声音有点小", "有点小", "听不太清", "听不太清楚"))
REWRITES = REWRITES + (
    (r"\b(?:a\s+little|kind\s+of|sort\s+of|a\s+tad)\s+(loud|quiet|soft|much)\b", r"a bit \1"),
    # "让音乐在说话时自动变小": the ducking, said with the music first
    (r"(?:让|把)?\s*(?:背景)?音乐\s*在\s*(?:人声|配音|旁白|有人|人)?\s*(?:说话|讲话|出现|响起)\s*(?:的时候|时)\s*(?:自动)?\s*"
     r"(?:变小|压低|降低|调小|小一点|减弱|让开)(?:一点|一些)?", "开启自动闪避"),
)
# one sound covering another ("盖住旁白了"): the first is too loud
extend(OPS, "quieter_need", en=("drowns", "covers", "covering", "drowning"), zh=("盖住", "压住", "盖过了", "压过了", "盖住了"))
# a text's weight off ("字幕取消加粗": not the captions' removal)
extend(OPS, "restyle", en=("not bold", "unbold"), zh=("取消加粗", "不要加粗", "不加粗", "去掉加粗", "变粗"))
# a text coming in later ("标题晚2秒出现", "make the title appear 2 seconds later"): read by the title timing's frames
extend(OPS, "delay", en=("later", "delay", "push back"), zh=("推迟", "延后", "延迟", "晚"))
# the middle of an edge ("captions at the bottom center", "标题放在顶部居中"): that edge
extend(POSITIONS, "bottom", en=("bottom center", "bottom centre", "bottom middle", "center bottom", "centre bottom",
                                "middle bottom", "bottom-center", "bottom-centre"),
       zh=("底部中间", "底部居中", "下方中间", "下方居中", "底部正中", "下面中间"))
extend(POSITIONS, "top", en=("top center", "top centre", "top middle", "center top", "centre top", "middle top", "top-center",
                             "top-centre"),
       zh=("顶部中间", "顶部居中", "上方中间", "上方居中", "顶部正中", "上面中间"))
REWRITES = REWRITES + (
    # "music to 0", "voiceover at zero": silent
    (rf"\b(?:(?:set|put|turn|bring)\s+)?((?:the\s+)?(?:{_SOUNDS_EN}))\s+(?:volume\s+|level\s+)?(?:to|at|down\s+to)\s+0\b"
     r"(?!\s*(?:%|s\b|secs?\b|seconds?\b|\.\d))", r"mute \1"),
    # "no captions on the last picture": that caption removed
    (r"\bno\s+captions?\s+(on|for|under)\s+(?=(?:the\s+)?(?:first|second|third|fourth|fifth|last|\d|image|picture|photo|pic|slide))",
     r"remove the caption \1 "),
)
# a size up or down ("字幕小一号", "one size smaller"): the text style edit reads which text and how much
extend(OPS, "increase", en=("size up", "a size bigger", "one size bigger", "a size larger", "one size larger"),
       zh=("大一号", "大一档", "大1号", "大1档", "放大一号", "调大一号", "调大1号", "大一个字号", "大1个字号"))
extend(OPS, "decrease", en=("size down", "a size smaller", "one size smaller", "is huge", "are huge", "is massive",
                            "are massive", "is enormous", "are enormous", "is giant", "are giant"),
       zh=("小一号", "小一档", "小1号", "小1档", "缩小一号", "调小一号", "调小1号", "小一个字号", "小1个字号"))
# "shrink it a little" with nothing named before is asked about (set BI bi114 listed the whole help); "shrink the title"
# ("shrink" itself is block O's, for the logo: set BI bi258)
extend(OPS, "decrease", en=("shrinks",))
extend(OPS, "lengthen_need", en=("fly by", "go by too fast", "too quickly", "way too quickly"))  # "the photos fly by"
extend(OPS, "shorten_need", en=("linger too long", "lingers too long", "stay too long", "stays too long"))
# 太久 is 太长 said of time: "第一张图停太久了", "标题显示得太久" (set CN cn121 was not read)
extend(OPS, "shorten_need", zh=("太久", "太久了", "停太久", "停得太久", "停留太久", "停留得太久", "显示太久", "显示得太久", "有点久"))
# "…, and end with 'Link in bio'": an operation only the end card's phrase rules read; known here so that the
# length said before it is a clause of its own (it was one clause, and neither was done)
extend(OPS, "end_with", en=("end with", "end on", "finish with", "close with", "close on", "wrap up with"))
FILLER_ZH = FILLER_ZH + ("不能再长了", "不能更长了", "别再长了", "不能再短了", "客户原话:", "用户原话:", "客户原话")
FILLER_ZH = FILLER_ZH + ("客户说", "老板说了", "用户说", "客户反馈", "客户提出")
FILLER_EN = FILLER_EN + ("the user wants", "user wants", "the client wants", "my client wants", "the customer wants",
                         "the user would like", "the client would like", "my client would like", "the user asks for")
# the title named by where it is and how it looks ("the big text at the start", "开头那行大字")
extend(TARGETS, "title", en=("big text at the start", "big text at the beginning", "big words at the start",
                             "big words at the beginning", "text at the start", "text at the beginning", "opening text",
                             "big text at the top", "the big text", "big headline text", "intro text"),
       zh=("开头那行大字", "开头的大字", "开头大字", "开头那行字", "开头的那行字", "开头的文字", "开头文字", "片头文字", "片头的字",
           "片头的文字", "片头大字", "开场文字", "开场的字", "最开始的大字", "最开始那行字"))
# ... and by the middle of the frame it sits in, and by its big letters ("the big words in the middle are too big",
# "中间那行大字太大了": sets CS cs061, cs142 were not understood; the title is centred unless moved)
extend(TARGETS, "title", en=("the big words", "the big letters", "the big writing", "the big lettering", "big text in the middle",
                             "big words in the middle", "big letters in the middle", "big writing in the middle",
                             "big text in the center", "big words in the center", "big text in the centre",
                             "big words in the centre", "the big words in the middle", "the big text in the middle",
                             "the big words in the center", "the big text in the center"),
       zh=("中间那行大字", "中间的大字", "中间大字", "中间那行字", "中间的那行大字", "中间那几个大字", "画面中间的大字", "画面中间那行字",
           "那行大字", "那几个大字", "正中间的大字", "正中间那行字"))
# the words that go with a picture are its caption ("第一张图片配的文字")
extend(TARGETS, "captions", zh=("配的文字", "配的字", "配文", "配字", "下面的说明", "说明文字"))
# a title kept on screen longer or shorter, said without a number ("标题多显示一会儿", "一闪就没了")
extend(OPS, "lengthen_need", zh=("一闪就没了", "一闪就没", "一下就没了", "一下子就没了", "一晃就没了", "一闪就过去了", "一下就过去了"),
       en=("gone too fast", "gone too quickly", "disappears too fast", "disappears too quickly", "vanishes too fast"))
# the one word the rewrites below put for "for the whole video" said of the title, which the title's span reader
# (spans.py, edits/title.py) reads: its one home
TITLE_WHOLE_VIDEO = "titlewholevideo"
# the one word the rewrites below put for "once the title is gone" said of an overlay's time ("the logo appears after the
# title and stays until the end", "等标题消失以后再显示logo"), which the overlays' span reader (edits/overlays.py) reads as
# the title's end in the draft (set EE ee068 showed the title to the end instead; ee013 ee060 ee085 ee116 not understood)
AFTER_TITLE = "aftertitleends"
# (a moment said with it is the one read: "after the title is over, from 3 seconds on")
_TITLE_GONE_EN = (r"\b(?![^,.;!?]{0,40}?,?\s*(?:from|at|starting)\s+(?:second\s+)?\d)(?:(?<!top\s)(?<!bottom\s)(?<!top-)(?<!bottom-)right\s+|just\s+)?(?:after|once|when)\s+the\s+(?:title|headline|heading)(?:\s+(?:text|card))?"
                  r"(?:\s+(?:ends|is\s+gone|has\s+gone|disappears|goes\s+away|finishes|is\s+done|fades\s+out|is\s+over"
                  r"|has\s+(?:disappeared|finished|ended)))?\b")
_TITLE_GONE_ZH = (r"(?:等|在|从)?\s*(?:大)?标题\s*(?:结束|消失|出完|播完|过去|走完|没了|显示完|淡出)?\s*(?:了)?\s*(?:之后|以后|后)(?![面边头])"
                  r"\s*(?:再|才)?\s*(?:让|把|出(?=\s*(?:logo|水印|标志|贴纸|贴图)))?")
_OVERLAY_WORD = r"\b(?:logo|watermark|stickers?)\b|logo|水印|标志|贴纸|贴图"
REWRITES = REWRITES + (
    (rf"((?:{_OVERLAY_WORD})[^,.;!?，。；！？]{{0,40}}?)\s*{_TITLE_GONE_EN}", rf"\1 from {AFTER_TITLE}"),
    (rf"{_TITLE_GONE_EN}(?=[^,.;!?]{{0,40}}?(?:{_OVERLAY_WORD}))", f"from {AFTER_TITLE}"),
    (rf"((?:{_OVERLAY_WORD})[^,.;!?，。；！？\d]{{0,12}}?){_TITLE_GONE_ZH}", rf"\1从{AFTER_TITLE} "),
    (rf"{_TITLE_GONE_ZH}(?=[^，。；！？]{{0,12}}?(?:{_OVERLAY_WORD}))", f"从{AFTER_TITLE} "),
)
# the effects said in Chinese that are added to the video, never a file or an end card's words ("音乐结尾加个淡出",
# "结尾加上转场"): one list for the adding rule (edits.items) and the end card's rules (edits.promo_video)
ZH_EFFECTS = r"淡出|淡入|渐隐|渐显|黑场|白场|转场|过渡|音效"
REWRITES = REWRITES + (
    # "标题多显示一会儿": shown longer (a number said next is its length: "标题多显示一会儿，6秒")
    (r"多\s*(显示|停留|放|展示)\s*(?:一\s*会儿?|1\s*会儿?|一下|1下|一阵|会儿)", r"\1长一点"),
    (r"多\s*(?:停|留|待)\s*(?:一\s*会儿?|1\s*会儿?|一下|1下|一阵|会儿)", "停留长一点"),
    # "the title is too long, just make it 'Fall Sale'": the text is too long, the quote is the remedy
    (r"\b(?:the\s+)?(title|headline|heading)\s+(?:text\s+)?(?:is|feels|seems|'s)\s+(?:way\s+|a\s+bit\s+|much\s+|far\s+)?too\s+long"
     r"\s*[,.;:]?\s*(?:so\s+)?(?:just\s+)?(?:make|change|set|shorten|cut)\s+it\s+(?:to\s+)?(?=\ue000)", r"set the \1 to "),
    (r"(标题|大标题)(?:文字|的字)?\s*太长了?\s*[,，]?\s*(?:就|直接)?\s*(?:改成|换成|改为)\s*(?=\ue000)", r"\1改成 "),
    # "'Open Late Fridays' instead of the product list": the text it replaces is no target
    (r"(?<=\ue001)\s*(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+[^,.;!?\ue000]{1,40}", ""),
    # "the user would like 2 changes:", "客户提了两个修改：": a count of what follows, no edit
    (r"\b(?:(?:the\s+)?(?:user|client|customer|boss|they|we|i)\s+)?(?:would\s+like|wants?|needs?|has|have|asks?\s+for|requested)\s+"
     r"(?:\d+|a\s+few|some|several|a\s+couple\s+of)\s+(?:more\s+|small\s+|quick\s+)?(?:changes|things|edits|tweaks|fixes|updates)\s*[:,]?", ""),
    (r"(?=[客老用他我提有要想希\d])(?:客户|老板|用户|他们|我们|我)?\s*(?:提了|有|要求|想要|希望|想做)?\s*\d+\s*(?:个|点|处)\s*(?:修改|改动|要求|意见|地方)\s*[:：,，]", ""),
    # the title shown the whole time ("show the title for the whole video", "标题全程显示"): one word the title edit
    # reads (TITLE_WHOLE_VIDEO); "the whole video" is no length here
    (r"\b((?:the\s+)?(?:title|headline|heading)(?:\s+text)?\b[^,.;!?\ue000]{0,30}?)\s*\b(?:(?:for|during|throughout|through)\s+"
     r"(?:the\s+)?(?:whole|entire|full)\s+(?:video|time|thing|length|clip|runtime)|the\s+(?:whole|entire)\s+time"
     r"|throughout(?:\s+the\s+(?:whole\s+)?video)?|all\s+the\s+way\s+through|(?:until|till)\s+the\s+(?:very\s+)?end"
     r"(?:\s+of\s+the\s+video)?|from\s+start\s+to\s+finish|the\s+whole\s+way)\b", rf"\1 {TITLE_WHOLE_VIDEO}"),
    # (two of the words for all along: "标题从头到尾一直显示", set CT ct046 was not read)
    (r"(标题|大标题)\s*(?:要|就)?\s*(?:(?:全程|一直|从头到尾|始终|自始至终)\s*(?:都)?\s*){1,2}(?:显示|保留|在|出现|挂着|留着)"
     r"(?:\s*到\s*(?:视频)?\s*(?:结尾|最后|结束))?", rf"\1{TITLE_WHOLE_VIDEO}"),
    (r"(?:全程|一直|从头到尾|始终)\s*(?:都)?\s*(?:显示|保留)\s*(标题|大标题)", rf"\1{TITLE_WHOLE_VIDEO}"),
    # "the title should stay the whole video", "headline remains up the entire time": a verb of staying, then the whole
    # video without "for" (set CT ct045 was not read)
    (r"\b((?:the\s+)?(?:title|headline|heading)(?:\s+text)?\b[^,.;!?\ue000]{0,30}?\b(?:stay|stays|remain|remains|last|lasts"
     r"|be\s+(?:up|on|shown|visible|there|on\s+screen)|(?:stay|stays|remain|remains)\s+(?:up|on|visible|on\s+screen)))\s+"
     r"(?:the\s+)?(?:whole|entire|full)\s+(?:video|time|thing|length|runtime)\b", rf"\1 {TITLE_WHOLE_VIDEO}"),
    # ("标题整个视频都一直显示", "标题在整个视频里都显示": the whole video said before the keeping; set BQ bq081 was not read)
    (r"(标题|大标题)\s*(?:要|就)?\s*(?:在)?\s*(?:整个|整段|整条|整部|全部)\s*(?:视频|片子|影片)\s*(?:里|中|内)?\s*(?:面)?\s*(?:都|也)?\s*"
     r"(?:全程|一直|从头到尾|始终|自始至终)?\s*(?:都)?\s*(?:要|得|会)?\s*(?:显示|保留|在|出现|挂着|留着)", rf"\1{TITLE_WHOLE_VIDEO}"),
    # "rename the video 'Launch Day'", "put 'New In' as the title", "用「开学季」做标题": the title's text
    (r"\b(?:rename|retitle|call|name)\s+(?:the\s+|this\s+|my\s+|our\s+)?(?:video|promo|slideshow|movie|ad)\s+(?:to\s+|as\s+)?(?=\ue000)",
     "set the title to "),
    (r"\b(?:put|use|make|have|set|add)\s+(\ue000\d+\ue001)\s+(?:as|for)\s+(?:the\s+|a\s+)?(title|headline|heading)\b", r"set the \2 to \1"),
    (r"(?:用|把|拿)\s*(\ue000\d+\ue001)\s*(?:做|作为|当|当作|当成)\s*(?:视频的?)?标题", r"标题改成\1"),
    # "fps改60", "帧率改成60": 改 before a number is 改成, and a bare number after the frame rate is frames per second
    (r"(?<![修更])改\s*(?=\d)", "改成"),
    (r"(?:fps|帧率|帧速率)\s*(?:改成|改为|设为|设成|调成|调到|调为|设置为|换成|=|:|：)\s*(\d+)(?![\d.])(?!\s*(?:fps|帧|frames))",
     r"帧率改成\1帧"),
    # 小红书 (a platform): its 红 is no colour
    (r"小红书|红书", "xiaohongshu"),
    # "the customer asks whether the title could read 'Grand Opening' instead": a request relayed politely (what could
    # be done), not a question about the video ("asks whether the video will look good" stays one)
    (r"\b(?:(?:the|my|our)\s+)?(?:(?:user|client|customer|boss|team)\s+)?(?:asks?|asking|asked|wonders?|wondering|wants\s+to\s+know"
     r"|would\s+like\s+to\s+know)\s+(?:whether|if)\s+(?=(?:(?:the|its|our|their)\s+[a-z\-]+(?:\s+[a-z\-]+)?|we|you|it|they|i)\s+"
     r"(?:could|can|might)\s+(?:be\s+|read|say|have|get|go|move|play|show|use|make|turn|change|switch|remove|drop|lose)\b)",
     ""),
    (r"(?<=\ue001)\s*instead\b", ""),
    (r"(?:客户|用户|老板|他|她|他们|对方)(?:在)?问(?:一下|问)?\s*(?=[^。，,;；]{0,12}?(?:能不能|可不可以|可以不可以|能否)\s*"
     r"(?:把|将|改|换|调|加|删|去掉|放|做))", ""),
    # "把标题放在画面底部，别挡住产品": why, not a second edit
    # (挡着 too: "标题放上面去 别挡着鞋子", set GI)
    (r"[，,]\s*(?:别|不要|以免|免得|避免)\s*(?:挡住|遮住|盖住|挡到|遮到|遮挡|挡着)[^，,。;；!！?？]*", ""),
    (r"\bso\s+(?:that\s+)?it\s+(?:doesn'?t|does\s+not|won'?t)\s+(?:cover|block|hide)\b[^,.;!?]*", ""),
    # "标题放底部，不然跟logo挤在一起", "put the title at the bottom, otherwise it clashes with the logo": the crowding a place
    # avoids is why, not a wish (set BZ bz262 was not understood)
    (r"[，,]\s*(?:不然|否则|要不然|要不|免得|以免|省得|避免)\s*(?:会|就会|它)?\s*(?:跟|和|与)\s*[^，,。;；!！?？]{1,12}?"
     r"(?:挤在一起|挤到一起|挤|重叠|叠在一起|撞在一起|撞|打架|冲突)[^，,。;；!！?？]*", ""),
    (r"[,;]\s*(?:otherwise|or\s+else|so)\s+(?:that\s+)?(?:it|they)\s*(?:'s|'ll|is|are|will|would|doesn'?t|does\s+not|won'?t|don'?t)?\s*"
     r"(?:crowd|crowds|crowding|clash|clashes|clashing|collide|collides|colliding|overlap|overlaps|overlapping|bump|bumps)"
     r"(?:\s+(?:into|with))?\s+(?:the\s+)?(?:logo|sticker|watermark|title|captions?)\b[^,.;!?]*", ""),
    # ("move the captions to the top so they don't collide": without what they would meet; set CA ca252)
    (r"[,;]?\s*\bso\s+(?:that\s+)?(?:it|they|the\s+two|both)\s+(?:don'?t|doesn'?t|do\s+not|does\s+not|won'?t|will\s+not|aren'?t|isn'?t)\s+"
     # ("overlap" may reach here corrected to "overlay", a word the vocabulary knows)
     r"(?:collide|clash|overlap|overlay|crowd\s+each\s+other|bump\s+into\s+each\s+other|crash|touch|overlapping|colliding|clashing)"
     r"(?:\s+(?:with\s+)?(?:each\s+other|one\s+another|the\s+(?:logo|sticker|watermark|title|captions?)))?(?=\s*(?:$|[,.;!?]))", ""),
)
# "去掉第三张和第四张图片的字幕": the captions of both pictures, not the fourth picture and the third's caption (the pictures'
# rule above says each picture removed, "去掉第4张图片，去掉第3张图片的字幕"; set CA ca089 removed the fourth picture): the
# caption said after both, each picture's
REWRITES = REWRITES + (
    (r"(删除|删掉|去掉)第(\d+)(张|个)(图片|照片|图)?，\1第(\d+)\3((?:图片|照片|图)?\s*(?:上)?\s*的?\s*(?:字幕|标签|说明文字|文字))",
     r"\1第\5\3\6，\1第\2\3\6"),
    # ("…的字幕，其他字幕保留": the others kept, said after some removed, is the same wish)
    (r"((?:删除|删掉|去掉|拿掉)[^，,。;；]{0,20}?(?:字幕|标签))\s*[，,]\s*(?:其他|其余|别的|剩下)(?:的)?\s*(?:字幕|标签)?\s*(?:都|就|还是)?\s*"
     r"(?:保留|不变|不动|留着|保持不变)(?=\s*(?:$|[，,。;；!！]))", r"\1"),
    (r"(\b(?:remove|delete|drop|hide|get\s+rid\s+of)\b[^,.;!?]{0,40}?\b(?:captions?|subtitles?|labels?)(?:\s+(?:on|of|for|under)\s+[^,.;!?]{1,30}?)?)\s*(?:[,;]\s*(?:and\s+|but\s+)?|\s+(?:and|but)\s+)"
     r"(?:keep|leave)\s+(?:all\s+)?(?:the\s+)?(?:others|rest|other\s+(?:captions|subtitles|labels|ones))(?:\s+(?:as\s+(?:they\s+are|is)|alone|untouched))?"
     r"(?=\s*(?:$|[,.;!?]))", r"\1"),
)
# "remove the sneaker and the title": the verb said once for a thing and a text after it is each one's (set CA ca297 read
# one clause, the title removed and the sneaker dropped without a word)
REWRITES = REWRITES + (
    (r"\b(remove|delete|drop|hide|cut|get\s+rid\s+of)\s+((?:the|that|this|my|our)\s+[^,.;!?\ue000]{1,40}?)\s+(?:and|&|plus)\s+(?:also\s+)?"
     r"(the\s+(?:title|headline|heading|captions|subtitles))(?=\s*(?:$|[,.;!?]|\s+(?:too|as\s+well|please|pls)\b))",
     r"\1 \2 and \1 \3"),
)
# "caption text in handwriting": the captions' text, one target, as "title text" is the title's (set BZ bz102 read
# "text" as all the text beside the captions: not understood, and "caption text in handwriting" made the title so too)
extend(TARGETS, "captions", en=("caption text", "captions text", "subtitle text", "subtitles text", "caption texts",
                                "caption wording", "caption words"))
# the text at the bottom of the frame is the captions (the title is centred unless moved)
extend(TARGETS, "captions", en=("words at the bottom", "text at the bottom", "writing at the bottom", "bottom text",
                                "words along the bottom", "text along the bottom", "words at the bottom of the screen",
                                "text at the bottom of the screen", "words at the bottom of the frame",
                                "text at the bottom of the frame"),
       zh=("底部的文字", "底部文字", "底部的字", "底下的字", "底下的文字", "下面的字", "下面的文字", "下方的文字", "下方的字",
           "下面那行字", "底部那行字", "下面那些字", "底部那些字"))
# a text sliding up from below ("字幕从下面滑上来"): an entrance, not a place
extend(OPS, "animate", zh=("从下面滑上来", "从下面滑进来", "从下面滑入", "从下方滑上来", "从下方滑进来", "从底部滑上来",
                           "从底部滑进来", "从底部滑入", "从底下滑上来", "从下面升上来", "从底部升上来", "从底下升上来",
                           "滑上来", "升上来", "从下面飘上来"))
REWRITES = REWRITES + (
    # "take all the words off, we'll add text in another app", "silence the voiceover, we'll use music only": what the
    # person will do themselves (a reason), no edit ("add text" made captions; "music only" muted the music)
    (r"[,;:\-]\s*(?:(?:because|since|as|cause)\s+)?(?:we|i|they|the\s+client|the\s+user)\s*(?:'ll|\s+will|'re\s+going\s+to"
     r"|\s+are\s+going\s+to|\s+am\s+going\s+to|'m\s+going\s+to|\s+plan\s+to|\s+want\s+to)\s+(?:just\s+)?"
     r"(?:add|put|use|do|handle|have|go\s+with|record|make|keep)\b[^,.;!?]*", ""),
    (r"[，,；;]\s*(?:因为)?\s*(?:我们|我|他们|客户)\s*(?:会|要|打算|准备|想)\s*(?:自己|之后|后面|以后|另外|再)?\s*(?:在|用)\s*"
     r"(?:别的|其他|另外的?|另一个)\s*(?:软件|app|工具|应用)[^，,。;；!！?？]*", ""),
    # "标题换成 限时折扣 四个字", "字幕写 防水 这两个字": how many characters the text has, not part of it
    (r"(?<=[^\s\d])\s*(?:这|那)\s*(?:\d+|几)\s*个字(?:吧|啊|哦)?(?=\s*(?:$|[,，。;；!！?？]))"
     r"|(?<=[^\s\d])\s+(?:\d+|几)\s*个字(?:吧|啊|哦)?(?=\s*(?:$|[,，。;；!！?？]))", ""),
    # "把title改成 New Season": the English noun in a Chinese sentence
    (r"(?<![a-z])(?:title|headline|heading)\s*(?=(?:文字|文本)?\s*(?:改成|改为|换成|设为|设置为|写成|叫|写))", "标题"),
    (r"(?<![a-z])(?:captions?|subtitles?)\s*(?=(?:文字|文本)?\s*(?:改成|改为|换成|设为|设置为|写成|写))", "字幕"),
)
# a text restored ("bring the captions back", "把字幕加回来", "标题恢复"): the edits read "unmute" as add it again
extend(OPS, "unmute", en=("put back", "add back", "restore", "reinstate"), zh=("加回来", "加回去", "恢复一下", "放回来", "放回去", "还原"))
PHRASAL.update({("put", "back"): "put back", ("add", "back"): "add back"})
REWRITES = REWRITES + (
    # "turn the captions back on" (the phrasal step leaves it: "back" is a particle of its own)
    (r"\b(?:turn|switch)\s+(?:on\s+)?((?:the\s+)?(?:captions?|subtitles?|title|headline|text\s+overlays?))\s+back(?:\s+on)?\b",
     r"bring back \1"),
)
# a title or a text gone too soon, without a number ("the headline vanishes too quickly", "标题消失得太快")
extend(OPS, "lengthen_need", en=("vanishes too quickly", "vanish too quickly", "disappear too quickly", "disappear too fast",
                                 "goes away too fast", "goes away too quickly", "gone too soon", "disappears too soon",
                                 "is over too fast", "is over too quickly", "ends too soon", "ends too quickly",
                                 "leaves too quickly", "is gone too quickly"),
       zh=("消失得太快", "消失太快", "太快就消失", "没得太快", "一下就消失", "太快消失"))
# a text gone before it can be read is gone too soon: "the title disappears before anyone can even read it" (set CS cs002
# was not understood); "标题一闪就没了，根本来不及看": the reason after it is no edit of its own (set CS cs085 was not read)
REWRITES = REWRITES + (
    (r"\b(disappears?|vanish(?:es)?|go(?:es)?\s+away|is\s+gone|leaves?)\s+before\s+(?:anyone|anybody|any1|i|you|we|people|viewers"
     r"|they|someone|somebody|the\s+viewers?|folks|one)\s+(?:can|could|gets?\s+to|has\s+time\s+to|have\s+time\s+to|is\s+able\s+to"
     r"|are\s+able\s+to|manages?\s+to)\s+(?:even\s+|actually\s+|really\s+|properly\s+|fully\s+)?(?:read|see|catch|finish\s+reading)"
     r"\s+(?:it|them|the\s+(?:words|text|title|headline)|what\s+it\s+says)\b", r"\1 too quickly"),
    (r"(一闪就没了?|一下就没了|一下子就没了|一晃就没了|一闪而过|一闪就过去了|一下就过去了|消失得?太快了?|太快就消失了?)\s*[,，]\s*"
     r"(?:都|根本|完全|还)?\s*(?:来不及看(?:清楚?)?|来不及读|看不清楚?|看不到|没看清楚?)(?:了|啊|呀)?(?=\s*(?:[,，。；;！!?？\n]|$))", r"\1"),
)
REWRITES = REWRITES + (
    # "the voice is too loud compared to the music": the other sound is what it is measured against, no second target
    (rf"\b(?:compared\s+(?:to|with)|relative\s+to|next\s+to|against|vs\.?|versus)\s+(?:the\s+)?(?:{_SOUNDS_EN})\b", ""),
    (rf"(?:跟|和|与)?\s*(?:{_SOUNDS_ZH})\s*(?:相比|比起来|比)(?=[，,\s]*(?:{_SOUNDS_ZH}))", ""),
    (rf"(?:相比|比起)\s*(?:{_SOUNDS_ZH})\s*[，,]?(?=\s*(?:{_SOUNDS_ZH}))", ""),
)
REWRITES = REWRITES + (
    # "the voice is too loud (they want the voice quieter)": the aside says what is wanted, a clause of its own
    (r"\s*\(\s*((?:they|he|she|we|i|the\s+(?:user|client|customer|boss))\s+(?:want|wants|mean|means|meant|would\s+like|need|needs"
     r"|are\s+asking\s+for|asked\s+for|asks\s+for)\b[^()]*)\)", r", \1"),
    (r"\s*[（(]\s*((?:他们|他|她|客户|用户|老板|意思是|就是)\s*(?:想要|想|要|希望|是说|是)?[^（）()]*)[）)]", r"，\1"),
)
# a text that appears letter by letter or word by word ("字幕一个字一个字地出来"; 一 is read as 1): a typewriter
REWRITES = REWRITES + (
    (r"1\s*个?\s*字\s*1\s*个?\s*字(?:\s*地)?", "逐字"),
    (r"1\s*个?\s*词\s*1\s*个?\s*词(?:\s*地)?", "逐词"),
    (r"\b(?:one|1|a)\s+letter\s+(?:at\s+a\s+time|after\s+(?:another|the\s+other))\b", "letter by letter"),
    (r"\b(?:one|1|a)\s+word\s+(?:at\s+a\s+time|after\s+(?:another|the\s+other))\b", "word by word"),
)
# nothing on screen ("画面上不要任何字", "不要任何文字"): every piece of text
extend(TARGETS, "text_all", zh=("任何字", "任何文字", "任何的字", "任何的文字", "任何文本", "任何字幕和标题"))
REWRITES = REWRITES + (
    # the music kept level under the voice, said with a negation ("音乐不要在说话的时候压低", "说话的时候音乐别压低"): ducking off
    (r"(?:让|把)?\s*(?:背景)?音乐\s*(?:不要|别|不用|不必|不能|不会)\s*(?:在)?\s*(?:人声|配音|旁白|有人|人)?\s*(?:说话|讲话|出现|响起)\s*"
     r"(?:的时候|时)\s*(?:自动)?\s*(?:变小|压低|降低|调小|小一点|减弱|让开|变轻|变低)(?:一点|一些)?", "关闭自动闪避"),
    # (the negation after when: "音乐在我说话的时候别压低" was not understood, set CL cl225)
    (r"(?:让|把)?\s*(?:背景)?音乐\s*(?:在)?\s*(?:我|他|她|人声|配音|旁白|有人|人)?\s*(?:说话|讲话|出现|响起)\s*"
     r"(?:的时候|时)\s*(?:不要|别|不用|不必|不能|不会)\s*(?:自动)?\s*(?:变小|压低|降低|调小|小一点|减弱|让开|变轻|变低)(?:一点|一些)?", "关闭自动闪避"),
    (r"(?:人声|配音|旁白|有人|人)?\s*(?:说话|讲话|出现|响起)\s*(?:的时候|时)\s*(?:让|把)?\s*(?:背景)?音乐\s*(?:不要|别|不用|不必|不能)\s*(?:自动)?\s*"
     r"(?:变小|压低|降低|调小|小一点|减弱|让开|变轻|变低)(?:一点|一些)?", "关闭自动闪避"),
)
REWRITES = REWRITES + (
    # "The user asked for two changes: (1) …, (2) …": a count of what follows, no edit
    (r"\b(?:(?:the|my|our)\s+)?(?:user|client|customer|boss|they|we|i)\s+(?:asked\s+for|has\s+asked\s+for|sent|gave\s+me|made)\s+"
     r"(?:\d+|a\s+few|some|several|a\s+couple\s+of)\s+(?:more\s+|small\s+|quick\s+)?(?:changes|things|edits|tweaks|fixes|updates|requests)\s*[:,]?", ""),
    # "Three quick things: title 'Fall Sale', music down to 25%": a count of what follows opens the message, no edit
    (r"(?:^|(?<=[.;!?]\s))\s*(?:\d+|a\s+few|some|several|a\s+couple(?:\s+of)?)\s+(?:more\s+|quick\s+|small\s+|little\s+|last\s+)*"
     r"(?:things|changes|edits|tweaks|fixes|requests|updates|items|notes)(?:\s+(?:please|for\s+you|from\s+the\s+(?:client|user)))?\s*[:,\-]", ""),
)
# "txt" typed for "text" ("remove all txt from the vid")
extend(TARGETS, "text_all", en=("all txt", "all the txt", "any txt", "every txt", "all of the txt"))
extend(TARGETS, "text_some", en=("txt",))
REWRITES = REWRITES + (
    # "the little text under each pic", "the words below every photo", "每张图下面的字": the captions (the text of each
    # picture), not every text nor a picture
    (r"\b(?:the\s+)?(?:little\s+|small\s+|tiny\s+)?(?:text|txt|words|writing|labels?|lines?)\s+(?:under|below|beneath|on|over|at\s+the\s+bottom\s+of)"
     r"\s+(?:each|every|all(?:\s+the)?|the)\s+(?:pics?|pictures?|photos?|images?|slides?|shots?)\b", "the captions"),
    (r"\b(?:captions?|subtitles?)\s+(?:under|below|beneath|on|over)\s+(?:each|every|all(?:\s+the)?)\s+(?:pics?|pictures?|photos?|images?|slides?|shots?)\b",
     "captions"),
    # (set K) "title gone pls", "i want the captions gone", "music outta here": removed (a wish said as the thing and
    # "gone", at the start of the message; "where has the title gone?" and "the captions are gone" are no wishes)
    (r"^\s*(?:(?:i|we)\s+(?:want|need|would\s+like|'d\s+like)\s+|want\s+|make\s+|get\s+)?"
     r"((?:the\s+|that\s+|this\s+|all\s+(?:the\s+)?)?(?:title|headline|captions?|subtitles?|text|txt|words|music|bgm|background\s+music"
     r"|voice\s*-?\s*over|voiceover|narration|logo|watermark|transitions?|end\s*card|outro)"
     r"(?:\s+and\s+(?:the\s+)?(?:title|headline|captions?|subtitles?|music|bgm|voiceover|logo|transitions?))?)"
     r"\s+(?:both\s+|all\s+)?(?:gone|outta\s+here|out\s+of\s+here)\b(?!\s+(?:too|so|very|quickly|fast|soon))", r"remove \1"),
    # ... and any thing wished gone in so many words, a picture too ("i want the watch one gone", "we'd like the cap photo
    # gone": removed; set CS cs198 was not understood). Only after "I/we want", so "the watch gone" alone stays unread
    (r"^\s*(?:(?:i|we)(?:\s+(?:really\s+|just\s+)?(?:want|need|would\s+like)|'d\s+like)\s+)((?:the|that|this)\s+[a-z][a-z0-9\-]*(?:\s+[a-z][a-z0-9\-]*){0,2}?)"
     r"\s+(?:gone|removed|deleted|taken\s+out)\b(?!\s+(?:too|so|very|quickly|fast|soon|sooner|earlier|after|before|at|by|from|for))", r"remove \1"),
    # (and said in the past: "They didn't want it deleted, since they might turn it back on later" removed the music just
    # muted; set GP gp099)
    (r"\b(?:don'?t|do\s+not|never|didn'?t|did\s+not|doesn'?t|does\s+not|wouldn'?t|would\s+not)\s+(?:want|need)\s+((?:the\s+)?[a-z\- ]{1,30}?)\s+(?:gone|removed|deleted)\b", r"keep \1"),
    # "can we not have the little labels under each pic": a thing not wanted, asked as a question, is removed (set CS cs194
    # was not understood). Only a thing that ends the clause: "can we not have the music so loud" is no removal
    # "is it possible to not have the fade between the pictures", "can we not have the dissolves between shots": the fades
    # between the pictures not had are no transitions (set CV cv200 was not read), said as "no" for the rule below
    (r"\b(?:to|we|you|i)\s+(?:please\s+|just\s+)?not\s+have\s+(?:the\s+|any\s+)?(?=(?:cross\s*-?\s*)?(?:fades?|fading|crossfades?|dissolves?"
     r"|transitions?|effects?)\s+(?:at\s+all\s+)?(?:between|in\s+between)\s)", "no "),
    # (asked as whether it can be: "is it possible to not have the fade between the pictures", set CV cv200 was not read)
    (r"(?:^|(?<=[,.;!?]))\s*(?:so\s+)?(?:(?:can|could)\s+(?:we|you|i)|(?:is|would)\s+it\s+(?:be\s+)?(?:possible|ok|okay)\s+to"
     r"|is\s+there\s+a\s+way\s+to)\s+(?:please\s+|just\s+)?not\s+have\s+(?:the\s+|any\s+|those\s+|these\s+|that\s+|this\s+)?"
     r"((?!(?:it|them|that|this|so|too|one)\b)[a-z][a-z0-9\-]*(?:\s+(?!(?:so|too|as|that|be|go|show|stay|look|sound|at|for|on|in|until|after|before)\b)[a-z][a-z0-9\-]*){0,5})"
     r"(?=\s*(?:$|[,.;!?]|(?:please|pls|anymore|any\s+more|at\s+all)\b))", r"remove the \1"),
    # "别要标题了", "不想要字幕了", "唔要bgm": not wanted any more ("别要动标题" is leave it: 动 follows)
    (r"(?:别|不想|甭|唔|冇)\s*要\s*(?=(?:标题|大标题|字幕|文字|字|背景音乐|音乐|配乐|bgm|旁白|配音|转场|logo|水印|片尾|结尾卡片|title|captions?))",
     "不要"),
    # "title and captions both gone", "the title and the captions, both of them": both is the two named
    (r"\b((?:the\s+)?(?:title|headline)\s+and\s+(?:the\s+)?(?:captions|subtitles))\s+both\b", r"\1"),
    (r"\b((?:the\s+)?(?:captions|subtitles)\s+and\s+(?:the\s+)?(?:title|headline))\s+both\b", r"\1"),
)
# a clip said to keep its sound is no edit of it: "mute the unboxing video, but the other clip should keep its sound"
# (set EH eh170: the wish beside it was not understood), "…, and the other one keeps its audio"
REWRITES = REWRITES + (
    (r"\b((?:the\s+)?(?:other\s+)?(?:[a-z0-9\-]+\s+)?(?:clip|video|vid|one)|[a-z0-9\-]+\.(?:mp4|mov|webm|m4v))\s+"
     r"(?:should\s+|must\s+|can\s+|will\s+|needs\s+to\s+|has\s+to\s+|still\s+)?(?:keep|keeps|stay|stays)\s+(?:its|it's|the|their)\s+"
     r"(?:own\s+|original\s+)?(sound|audio|volume)\b", r"keep \1's \2"),
)
# ... and any thing wished done to it, said as a participle after it ("the user would like gold-ring.jpg added as the
# second picture", "the user wants the unboxing video muted, but…", "i'd like the music turned down": the verb said
# first; set EH eh170/eh177 were not understood). One entry a participle: a rewrite writes fixed words
_WISHED_DONE = (("added", "add"), ("inserted", "insert"), ("muted", "mute"), ("unmuted", "unmute"), ("used", "use"),
                ("moved", "move"), ("placed", "place"), ("shown", "show"), ("trimmed", "trim"), ("sped\\s+up", "speed up"),
                ("slowed\\s+down", "slow down"), ("turned\\s+up", "turn up"), ("turned\\s+down", "turn down"),
                ("replaced", "replace"), ("swapped", "swap"), ("changed", "change"), ("shortened", "shorten"),
                ("lengthened", "lengthen"), ("extended", "extend"), ("cropped", "crop"), ("centred", "centre"),
                ("centered", "center"),
                # ("the user wants the watch picture removed and the unboxing clip moved to the very beginning" removed the
                # clip: set EL el109)
                ("removed", "remove"), ("deleted", "delete"), ("dropped", "drop"), ("taken\\s+out", "take out"),
                ("turned\\s+off", "turn off"), ("turned\\s+on", "turn on"))
REWRITES = REWRITES + tuple(
    (r"(?:^|(?<=[,;:.!?]))\s*(?:(?:so|and|but|also)\s+)?(?:(?:the\s+)?(?:user|client|customer|boss)|they|we|i|he|she)"
     r"(?:\s+(?:(?:really|just|also)\s+)?(?:wants?|needs?|would\s+like|would\s+prefer|prefers?)|'d\s+(?:like|prefer))\s+"
     # (the thing never runs over "and" to a second one: "…the watch picture removed and the unboxing clip moved…", el109)
     r"((?:the|that|this|only|just|both|all|every|each|our|their|his|her|my)?\s*[a-z0-9][a-z0-9\-.]*(?:\s+(?!(?:and|or|then|but)\b)[a-z0-9][a-z0-9\-.]*){0,6}?)"
     # (a space before it: after "spot." it made "spot.centre them", one word; set FC fc106 left the move unread)
     rf"\s+{part}\b(?!\s+(?:too|so|very|quickly|fast|soon|earlier|already|yet)\b)", rf" {verb} \1")
    for part, verb in _WISHED_DONE)
# (set K) a thing switched back on ("music back on", "turn the voiceover back on", "crossfades back pls", "字幕加回来"):
# brought back (the edits read "unmute" as on again); "back" alone after a thing said first is the same wish
_BACK_THING = (r"(?:the\s+|my\s+|our\s+)?(?:(?:background\s+)?music|bgm|soundtrack|song|voice\s*-?\s*over|voiceover|narration|voice"
               r"|captions?|subtitles?|title|headline|text\s+overlays?|(?:cross\s*-?\s*)?fades?|crossfades?|transitions?|dissolves?"
               r"|zoom(?:s|\s+effects?)?|ken\s+burns|motion|ducking|clip\s+(?:sound|audio)|original\s+(?:sound|audio)|logo|watermark)")
REWRITES = REWRITES + (
    (rf"\b(?:turn|switch|put|bring|get|have)\s+({_BACK_THING})\s+back(?:\s+on|\s+in)?\b", r"bring back \1"),
    (rf"(?:^|(?<=[,.;!?]))\s*({_BACK_THING})\s+back(?:\s+on|\s+in|\s+again)?\b(?!\s+(?:to|up|down|a\s+bit|by|from))", r" bring back \1"),
)
REWRITES = REWRITES + (
    # "no fades between pics", "without any dissolves between the photos": no transitions
    (r"\b(?:no|without(?:\s+any)?|not\s+any|don'?t\s+want\s+(?:any\s+)?)\s+(?:more\s+)?(?:cross\s*-?\s*)?(?:fades?|fading|crossfades?|dissolves?|transitions?"
     r"|effects?)\s+(?:at\s+all\s+)?(?:between|in\s+between)\s+(?:the\s+)?(?:pics?|pictures|photos|images|slides|shots|clips|scenes|segments|cuts)\b", "no transitions"),
    # "replace the crossfades with hard cuts": none
    (r"\breplace\s+(?:the\s+|all\s+(?:the\s+)?)?(?:cross\s*-?\s*fades?|crossfades?|fades?|dissolves?|transitions?|slides?|wipes?)\s+with\s+"
     r"(?:(?:hard|straight|plain|simple)\s+)?cuts\b", "no transitions"),
    # "keep the current crossfade transitions, just make them 1 second each": the transitions' length, the kind kept
    (r"\bkeep\s+(?:the\s+)?(?:current\s+|existing\s+)?(?:(?:cross\s*-?\s*fade|crossfade|fade|dissolve|slide|wipe)s?\s*)?(?:[(（]\s*[a-z ]{1,20}[)）]\s*)?"
     r"(?:transitions?\s*)?,?\s*(?:but\s+|just\s+|only\s+)*(?:make|set)\s+(?:them|those|each\s+one|each)\s+(?:to\s+)?(?=\d)", "make the transitions "),
    # "…, same content, just vertical": the format is the change
    (r"\s*[—–,\-]\s*(?:the\s+)?same\s+(?:content|pictures|video|everything|edit|cut)\s*,?\s*(?:just|only|but)\s+(vertical|horizontal|square|portrait|landscape)\b",
     r", \1"),
    # "keep the pictures completely still — no pan or zoom movement": still
    (r"\b(?:completely|totally|fully|perfectly|entirely)\s+(?=(?:still|static)\b)", ""),
    (r"\b(still|static)\s*[—–,\-]\s*no\s+(?:pan(?:ning)?|zoom(?:ing)?|movement|motion)(?:\s*(?:or|and|/)\s*(?:pan(?:ning)?|zoom(?:ing)?))?"
     r"(?:\s+(?:movement|motion|effects?))?\b", r"\1"),
    (r"\bno\s+(?:pan(?:ning)?|zoom(?:ing)?)\s*(?:or|and|/)\s*(?:pan(?:ning)?|zoom(?:ing)?)(?:\s+(?:movement|motion|effects?))?\b", "no movement"),
    # "line the cuts up with the beat of the music track": cut to the beat
    (r"\bthe\s+beat\s+of\s+the\s+(?:background\s+)?(?:music(?:\s+track)?|song|track|bgm|soundtrack)\b", "the beat"),

    # "hard cuts pls no fades": one wish said twice
    (r"\bno\s+transitions(?:\s+(?:pls|please|plz))?\s*[,;]?\s*no\s+transitions\b", "no transitions"),
)
# "fill the whole screen again": the pictures cover the frame
FIT_COVER = (FIT_COVER[0] + ("fill the whole screen", "fill the entire screen", "fill the entire frame", "fill up the screen",
                             "fill up the frame", "fill the screen completely", "cover the whole screen", "cover the screen",
                             "edge to edge", "no empty bars"),
             FIT_COVER[1] + ("铺满全屏", "填满屏幕", "撑满", "占满画面", "占满屏幕", "铺满屏幕", "满屏"))
# (set K) Cantonese forms, read after the characters are simplified: 唔好 = 不要, 细啲 / 细声啲 = 小一点 / 小声一点, 大啲 = 大一点,
# 郁 = 动 ("图片唔好郁": the pictures still), 嗰 = 那, 咗 = 了, 佢 = 它, 冇 = 没有, 系 = 是, 唔该 = 请
REWRITES = REWRITES + (
    (r"唔该|唔該", "请"),
    (r"唔好|咪(?=[郁动改删])", "不要"),
    (r"(?<=[不别要])\s*郁(?:来郁去)?|郁来郁去", "动"),
    (r"细\s*声\s*(?:啲|d|些|一啲|少少)", "小声一点"),
    (r"大\s*声\s*(?:啲|d|些|一啲|少少)", "大声一点"),
    (r"细\s*(?:啲|d(?![a-z])|一啲|少少)", "小一点"),
    (r"大\s*(?:啲|d(?![a-z])|一啲|少少)", "大一点"),
    (r"(?<=[长短快慢高低])\s*(?:啲|d(?![a-z])|一啲|少少)", "一点"),
    # ("删咗佢": delete it, the thing named before; 掉 keeps the verb whole)
    (r"咗\s*佢", "掉"), (r"嗰|\U00020BB6", "那"), (r"咗", "了"), (r"佢", "它"), (r"冇", "没有"),
)
REWRITES = REWRITES + (
    # "lower the music when the guy is talking", "duck the bgm whenever someone speaks": the ducking on
    (r"\b(?:lower|dip|duck|soften|drop|turn\s+down|bring\s+down|quieten|quiet\s+down|reduce)\s+(?:the\s+)?(?:background\s+)?(?:music|bgm|soundtrack|song)"
     r"(?:\s+(?:down|automatically))?\s+(?:when|whenever|while|as|during)\s+(?:the\s+)?(?:guy|man|woman|girl|lady|host|voice|voice\s*-?\s*over"
     r"|voiceover|narrat\w+|speaker|person|presenter|someone|somebody|anyone|people|he|she|they|vo|talking|speaking|speech)"
     r"(?:\s+(?:is|are|starts?|begins?|keeps?))?(?:\s+(?:talk|speak|narrat|chat)\w*)?\b", "turn on ducking"),
    # "music at 20%… actually make it 10": the bare number of a correction after a share is a share too
    (r"(\d+(?:\.\d+)?\s*%[^;!?%]{0,30}?(?:\.\.\.|[,;:\-]|\s)\s*(?:actually|no\s+wait|wait|sorry|i\s+mean|or\s+rather|rather|no)[,\s]+"
     r"(?:make\s+it\s+|set\s+it\s+to\s+|to\s+|at\s+|just\s+)?)(\d+(?:\.\d+)?)(?![\d.%])(?!\s*(?:%|percent|s\b|secs?\b|seconds?\b|x\b|fps\b|p\b|min))",
     r"\1\2%"),
    # "dont cut off the edges of my pics", "don't crop the sides of the photos": the pictures shown whole
    (r"\b(?:don'?t|dont|do\s+not|never|stop)\s+(?:cut(?:ting)?|crop(?:ping)?|chop(?:ping)?|trim(?:ming)?)\s+(?:off\s+)?(?:the\s+)?(?:edges?|sides?|corners?|borders?"
     r"|tops?|bottoms?|parts?)\s+(?:off\s+)?(?:of\s+)?(?:my\s+|the\s+|our\s+|any\s+)?(?:pics?|pictures|photos|images|shots|products?|slides)?\b",
     "don't crop"),
    (r"\b(?:don'?t|dont|do\s+not|never|stop)\s+(?:crop(?:ping)?|cut(?:ting)?\s+off)\s+(?:my|the|our|any)\s+(?:pics?|pictures|photos|images|shots|products?|slides)\b",
     "don't crop"),
    # "title font → serif", "music -> 20%": an arrow says "to"
    # ("pic 3 → 8 secs" is no range "3 to 8 secs")
    # (an arrow before a picture is the order of a list: "image 3 → image 1 → image 2")
    (r"\s*(?:→|->|=>|⟶|➡)(?!\s*(?:image|picture|photo|pic|img|shot|slide)s?\s*#?\d)\s*", " "),
)
REWRITES = REWRITES + (
    # "标题字放大两号", "make the captions two sizes bigger": two sizes, as "much bigger" moves (2号 is no picture here)
    (r"(?:放大|调大|加大|变大|大)\s*2\s*(?:号|档|个字号|个号)(?!\s*(?:图|照片|视频|片段|的|那))", "调大很多"),
    (r"(?:缩小|调小|减小|变小|小)\s*2\s*(?:号|档|个字号|个号)(?!\s*(?:图|照片|视频|片段|的|那))", "调小很多"),
    (r"\b2\s+sizes?\s+(bigger|larger|up)\b", "much bigger"),
    (r"\b2\s+sizes?\s+(smaller|down)\b", "much smaller"),
)
REWRITES = REWRITES + (
    # "captions come in sliding from below", "the title should slide in from the bottom": an entrance sliding up
    (r"\b(?:(?:come|comes|coming|enter|enters|entering|appear|appears|appearing)\s+(?:in\s+)?(?:by\s+)?)?"
     r"slid(?:e|es|ing)\s+(?:in\s+|up\s+|upwards?\s+|in\s+up\s+)?(?:from\s+)?(?:the\s+)?(?:bottom|below|underneath|beneath)\b"
     r"(?:\s+of\s+the\s+(?:screen|frame))?", "slide up"),
    (r"\b(?:come|comes|coming|animate|animates|animating|move|moves|moving|rise|rises|rising)\s+(?:in\s+)?(?:up\s+)?from\s+(?:the\s+)?"
     r"(?:bottom|below|underneath)\b(?!\s+(?:of|third))(?:\s*\(\s*slid(?:e|es|ing)\s+(?:up|upwards?)\s*\))?", "slide up"),
    # "… instead of just fading in": the entrance it replaces, no second one
    (r"[,\s]*\b(?:instead\s+of|rather\s+than)\s+(?:just\s+|simply\s+)?(?:the\s+)?(?:fading|fade|popping|pop|sliding|slide|typing|typewriter)"
     r"(?:\s+(?:in|out|up|effect|animation))?\b", ""),
)
# (set J) a host agent's wrapper around the request: "Please apply the following change to the current draft:", "Change
# request from the user —", "Note: keep everything else unchanged." (the edit asked is all that changes anyway)
REWRITES = REWRITES + (
    (r"\b(?:please\s+)?(?:apply|make|do)\s+the\s+following\s+(?:\d+\s+)?(?:changes?|edits?|updates?|modifications?)(?:\s+(?:to|on)\s+the\s+"
     r"(?:current\s+)?(?:draft|video|timeline|project|edit|cut))?\s*[:：.]?", " "),
    # a counted or listed intro before the wishes: "Please make three changes: set the format …" read "make 3 changes: set the
    # format to 1080x1920" as one clause and dropped the format (set CQ cq231); only before a colon or a dash
    (r"\b(?:please\s+)?(?:(?:could|can)\s+you\s+)?(?:apply|make|do)\s+(?:these|the|(?:\d+|a\s+few|a\s+couple\s+(?:of\s+)?|some|several)(?:\s+(?:small|quick|more))?)\s+"
     r"(?:changes?|edits?|updates?|tweaks?|fixes|modifications?)(?:\s+(?:to|on)\s+(?:the|this|my)\s+(?:current\s+)?(?:draft|video|timeline|project|edit|cut))?"
     r"(?:\s+for\s+me)?(?:\s+please)?\s*(?:[:：]|[—–]|\s-\s)", " "),
    (r"\b(?:change|edit|update)\s+requests?(?:\s+(?:from|by)\s+(?:the\s+)?(?:user|client|customer|team))?\s*(?:[:：—–\-]+|\.)", " "),
    (r"\bnote\s*[:：]\s*(?=(?:please\s+)?(?:keep|leave|don'?t|do\s+not|everything|nothing|the\s+rest))", " "),
    (r"\b(?:please\s+)?(?:keep|leave)\s+(?:everything|all)\s+else\s+(?:unchanged|as\s+(?:it\s+)?is|the\s+same|untouched|alone|intact|as\s+before)\b", " "),
    (r"\b(?:everything|all)\s+else\s+(?:stays|should\s+stay|remains|should\s+remain)\s+(?:unchanged|as\s+(?:it\s+)?is|the\s+same|untouched)\b", " "),
    # "title: replace with 'Spring Sale'", "Title — change to 'X'": the title's text
    (r"\b(title|headline|heading)(?:\s+text)?\s*[:：—–\-]+\s*(?:replace(?:\s+it)?\s+with|change(?:\s+it)?\s+to|set(?:\s+it)?\s+to|update(?:\s+it)?\s+to"
     r"|make\s+it|new\s+text|should\s+(?:read|say|be))\s*[:：]?\s*(?=\ue000)", r"set the \1 to "),
    (r"\breplace\s+the\s+(title|headline|heading)(?:\s+text)?\s+with\s+(?=\ue000)", r"set the \1 to "),
    # (one caption by its number or its place: "Replace caption 4 with "X"" looked for a picture called X, set CP cp073)
    (r"\breplace\s+(?:the\s+)?((?:caption|subtitle)\s+(?:no\.?\s*|number\s+|#\s*)?\d{1,2}|(?:first|second|third|fourth|fifth|sixth|last|final"
     r"|\d+(?:st|nd|rd|th))\s+(?:caption|subtitle))(?:'s)?(?:\s+(?:text|wording|words))?\s+with\s+(?=\ue000)", r"set \1 to "),
)
FILLER_ZH = FILLER_ZH + ("其余保持不变", "其他保持不变", "其余不变", "其它保持不变", "其他内容保持不变", "其余内容保持不变", "助手转达用户需求",
                         "助手转达", "运营同学要求", "运营反馈", "运营要求")
# (set J) what a host agent adds around a text or sound request
REWRITES = REWRITES + (
    # "at the bottom instead of the middle", "1 second long instead of 0.5 s", "instead of the crossfades": the old value
    # the new one replaces, no second wish
    (r"\s*,?\s*\b(?:instead\s+of|rather\s+than)\s+(?:the\s+|a\s+|an\s+|just\s+|its\s+|their\s+)?(?:current\s+)?(?:middle|center|centre|top|bottom"
     r"|left|right|(?:lower|upper)\s+third|\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|%)|cross\s*-?\s*fades?|crossfades?|fades?|dissolves?|(?:hard\s+|straight\s+)?cuts?|slides?"
     r"|wipes?|horizontal|vertical|landscape|portrait|square|default(?:\s+\w+)?|white|black|yellow|red|blue)\b(?!\s+(?:of|image|picture|photo|one)|[\-.][a-z0-9])"
     # ("use fades instead of hard cuts" removed the transitions: the old value said with its adjective)
     # ("instead of black-cap.jpg": a word of a file's name is none of these; set CQ cq158's cause)
     # ("instead of right at the start": "right" is "just" there, the start a moment; set CI ci055's rows)
     r"(?<!right(?=\s+(?:at|away|from)\b))", ""),
    # "move the captions from the lower third to the top": where they are now is no second place
    (r"\bfrom\s+(?:the\s+)?(?:lower\s+third|upper\s+third|bottom|top|middle|center|centre|left|right)(?:\s+of\s+the\s+(?:screen|frame))?\s+(?=to\s+)", ""),
    # "so they don't cover the products": why, not what
    (r"\s*,?\s*\bso\s+(?:that\s+)?(?:they|it|the\s+\w+)\s+(?:don'?t|do\s+not|doesn'?t|does\s+not|won'?t|no\s+longer)\s+(?:cover|block|hide|overlap|sit\s+on"
     r"|get\s+in\s+the\s+way\s+of)\b[^,.;!?]*", ""),
    # "(inside the safe area)", "（安全区内）", "(dissolve)": an aside that adds nothing the planner can do
    (r"\s*[(（]\s*(?:inside|within|in)\s+the\s+safe\s+(?:area|zone|margins?)\s*[)）]|\s*[(（]\s*安全区(?:内|以内|里)?\s*[)）]", ""),
    (r",?\s*(?:inside|within)\s+the\s+safe\s+(?:area|zone|margins?)", ""),
    # "all on-screen text — title, captions, all of it", "画面上的文字（包括标题和字幕）": every text, its parts listed again
    (r"(\b(?:all|every|any)\s+(?:the\s+)?(?:on-?screen\s+)?(?:text|words|writing|txt))\s*[—–:,(\-]\s*(?:(?:the\s+)?(?:title|headline|captions?|subtitles?"
     # ("remove all the text, title included": the part named is said included, set BS bs063 looked for "textincluded")
     r"|labels?|overlays?|everything)\s*(?:,|and)?\s*)+(?:(?:and\s+)?all\s+of\s+it|everything|included|too|as\s+well)?\s*\)?", r"\1"),
    (r"[（(]\s*(?:包括|包含|含)\s*(?:标题|字幕|文字|文案)(?:\s*[和、及与跟]\s*(?:标题|字幕|文字|文案))*\s*(?:等|在内)?\s*[）)]", ""),
    # "wipe all the text", "wipe the captions" ("wipe" alone is a transition: "use wipes")
    (r"\bwipe\s+(?:out\s+|off\s+|away\s+)?(?=(?:all|every|any|the)\b[^.;!?]{0,20}?\b(?:text|words|writing|captions?|subtitles?|title|headline)\b)", "remove "),
    # "the client changed their mind:", "we need the text overlays on the pictures again (, with the product names as before)"
    (r"\b(?:the\s+)?(?:client|user|customer|boss|team)\s+(?:has\s+)?changed\s+(?:their|his|her|its)\s+mind\s*[:,.;—\-]", " "),
    (r"\b(?:we|i|they|the\s+client|the\s+user)\s+(?:need|want|would\s+like|'d\s+like)\s+((?:the\s+)?(?:text\s+overlays?|captions?|subtitles?|title|headline"
     r"|music|voice\s*-?\s*over|voiceover|narration|transitions?|crossfades?))(?:\s+on\s+the\s+(?:pictures|images|photos|slides))?\s+(?:back|again)\b", r"bring back \1"),
    (r"\s*,?\s*\bwith\s+the\s+(?:same\s+)?(?:product\s+names|same\s+text|same\s+words|old\s+text|names)\s+as\s+before\b", ""),
    # "标题文字不变", "配音音量不变": what stays as it is needs nothing done
    (r"(^|[，,;；:：。]\s*)(标题|字幕|背景音乐|音乐|配音|旁白|转场)\s*(?:的)?\s*(?:文字|文本|内容|位置|样式|音量|时长|类型)\s*(?:也)?\s*"
     r"(?:保持不变|维持不变|不变|不动|照旧|保持原样)", r"\1保持\2"),
    # "set opacity — sorry, I mean volume — to 80%": the word said last is meant
    # (as many words replaced as said instead: "music volume — sorry, I mean voiceover volume —")
    (r"\b[a-z]+\s+[a-z]+\s*[—–\-]+\s*(?:sorry|oops|my\s+bad)\s*,?\s*(?:i\s+mean|i\s+meant)\s+([a-z]+\s+[a-z]+)\s*[—–\-]+\s*", r"\1 "),
    (r"\b[a-z]+\s*[—–\-]+\s*(?:sorry|oops|my\s+bad)\s*,?\s*(?:i\s+mean|i\s+meant)\s+([a-z]+)\s*[—–\-]+\s*", r"\1 "),
    # "for this cut we'll only use music: …": why, not what
    (r"^\s*(?:for\s+this\s+(?:cut|version|edit|one)\s*,?\s*)?(?:we|i|they)(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to)\s+(?:only\s+|just\s+)?use\s+"
     r"(?:the\s+)?(?:music|voice\s*-?\s*over|voiceover|narration)(?:\s+only)?\s*[:;,.—\-]", " "),
    # "The client will add text in their own tool later.": what the client does, no edit
    (r"(?:^|(?<=[.;!?]))\s*(?:the\s+)?(?:client|user|customer|they|we)\s+(?:will|'ll|is\s+going\s+to|are\s+going\s+to)\s+(?:add|put|do|handle|make)\s+"
     r"(?:the\s+|their\s+own\s+|its\s+own\s+)?(?:text|words|captions|titles?|subtitles)\b[^.;!?]*", " "),
    # "— the client wants the first frame to show only the product": why, said after a dash
    (r"\s*[—–]\s*(?:the\s+)?(?:client|user|customer|boss|team)\s+(?:wants|would\s+like|needs|prefers)\s+the\s+(?:first|opening|last)\s+(?:frame|shot|screen)\s+to\b[^.;!?—–]*", ""),
    # ", the voiceover says it all": why no text is wished, said after the wish (set DA da065 left it unread, the whole
    # message not done)
    (r"(?:\s*[,;.]\s*(?:since\s+|because\s+|as\s+|cause\s+)?|\s+(?:since|because|cause)\s+)(?:the\s+|my\s+|our\s+)?(?:voice\s*-?\s*over|voice|narration|narrator|vo|captions?|subtitles?|text|words)\s+(?:already\s+)?"
     r"(?:says?|explains?|covers?|tells?|does|do)\s+(?:it\s+all|everything|it|the\s+talking|enough)(?=\s*(?:$|[.;!?,]))", ""),
)
REWRITES = REWRITES + (
    # "背景音乐和配音保持不变": both kept (the music was muted beside the clip's sound)
    (rf"(^|[，,;；:：。]\s*)((?:{_SOUNDS_ZH}|标题|字幕|转场|时长)(?:\s*(?:和|与|及|跟|、|以及)\s*(?:{_SOUNDS_ZH}|标题|字幕|转场|时长))+)\s*(?:的)?\s*"
     r"(?:音量)?\s*(?:也|都)?\s*(?:保持不变|维持不变|不变|不动|照旧|保持原样|别动|不要动)", r"\1保持\2"),
    (rf"\b(?:keep|leave)\s+((?:the\s+)?(?:{_SOUNDS_EN})\s+and\s+(?:the\s+)?(?:{_SOUNDS_EN}))\s+(?:as\s+(?:they\s+are|is)|unchanged|the\s+same|alone|untouched)\b",
     r"keep \1"),
)
REWRITES = REWRITES + (
    # "开箱视频（unboxing.mp4）片段的原声": the clip named twice, its file name the exact one
    (r"(?:[\u4e00-\u9fff]{1,6}(?:视频|片段))\s*[（(]\s*([a-z0-9_\-]+\.(?:mp4|mov|webm|m4v|mkv))\s*[)）]\s*(?:片段|视频)?", r" \1 "),
    # "Since it's for Reels: vertical, 15 seconds, music at 30%": what follows the colon is the request, not a reason
    (r"^\s*(?:since|because|as)\s+(?:it'?s|it\s+is|this\s+is|the\s+video\s+is)\s+(?:going\s+)?for\s+([a-z ]{1,30}?)\s*[:：]\s*", r"for \1; "),
)
REWRITES = REWRITES + (
    # "每张图3秒 背景音乐静音": a space after a number and its unit, then Chinese, ends a wish (the 3 s was read as the
    # video's length beside the music)
    (r"(?<=[秒%％])\s+(?=[\u4e00-\u9fff])", "，"),
)
# (set M) titles, captions and every piece of text said in other words
_TEXTS_EN = r"(?:title|headline|heading|captions|subtitles|caption|text|logo|text\s+overlays|overlays)"
# "title's covering the shoe, move it to the bottom": a text said without "the", or with "'s" for "is", before what it
# covers is the text that covers, as "the title is covering …" (the rules below read that; set CD cd053 moved the
# sneaker to the end, "it" read as the shoe, and "covering" as the pictures' fit)
_COVERING = r"(?:covering|blocking|hiding|overlapping|over|on\s+top\s+of|in\s+the\s+way\s+of)"
REWRITES = REWRITES + (
    (rf"\b({_TEXTS_EN})'s\s+(?={_COVERING}\b)", r"\1 is "),
    (rf"(?:^|(?<=[,;.!?]))\s*(?=(?:{_TEXTS_EN})\s+(?:(?:is|are)\s+{_COVERING}|covers?|blocks?|hides?|overlaps?|sits?\s+on)\b)",
     " the "),
)
PLAIN_WORDS = PLAIN_WORDS + ("fully", "entirely", "tall", "choppy", "jerky", "upmarket", "drums")
_FONT_LOOK = r"(?:handwritten|handwriting|cursive|script|serif|sans[\s-]?serif|display)"
REWRITES = REWRITES + (
    # "every bit of text", "each piece of text": all the text
    (r"\b(?:every|each)\s+(?:single\s+)?(?:bit|piece|line|scrap)\s+of\s+(?:the\s+)?(?:text|writing|wording)\b", "all the text"),
    # "make the title handwritten", "the title font feels too plain, make it handwritten": the font by its look
    (rf"\b(?:the\s+)?({_TEXTS_EN})(?:'s)?\s+(?:font|typeface|lettering|text)?\s*(?:feels|looks|is|seems)\s+(?:too\s+|a\s+bit\s+|kind\s+of\s+|so\s+|really\s+)?"
     rf"(?:plain|boring|basic|dull|generic|bland|ugly|simple)\s*[,;.]\s*(?:so\s+)?(?:please\s+|can\s+you\s+|could\s+you\s+)?(?:make|turn|change)\s+it\s+"
     rf"(?:to\s+|into\s+)?(?:an?\s+|more\s+)?({_FONT_LOOK})\b(?:\s+(?:font|typeface|one|style))?", r"the \1 in a \2 font"),
    # ("make the title display longer": how long it shows, never the display font; wave7_t#28)
    (rf"\b(?:make|turn|set|change)\s+(?:the\s+)?({_TEXTS_EN})\s+(?:to\s+|into\s+)?(?:an?\s+)?({_FONT_LOOK})\b"
     r"(?!\s+(?:font|typeface|longer|shorter|for|until|till|from|at|a\s+bit|a\s+little|more|less|the\s+whole)\b)", r"the \1 in a \2 font"),
    # "just fade the title in, no pop": the title's entrance
    (r"\bfade\s+(the\s+(?:title|headline|heading|captions|subtitles|text))\s+in\b"
     r"(?:\s*[,;]?\s*(?:and\s+|but\s+)?(?:no|not|without(?:\s+the|\s+a|\s+any)?|instead\s+of(?:\s+the)?|rather\s+than(?:\s+the)?)\s+"
     r"(?:pop|popping|bounce|bouncing|zoom|slide|typewriter)(?:[\s-]*(?:in|up|effect|animation))?\b)?", r"\1 should fade in"),
    # "the title covers the sneaker, put it at the bottom instead": "it" is the text that covers (a reason, then the wish)
    (rf"\b(the\s+{_TEXTS_EN})\s+(?:covers?|(?:is|are)\s+covering|blocks?|(?:is|are)\s+blocking|hides?|(?:is|are)\s+hiding|sits?\s+on|overlaps?"
     r"|(?:is|are)\s+over|(?:is|are)\s+on\s+top\s+of)"
     r"\s+[^,.;!?]{1,40}?\s*[,;.]\s*(?:so\s+)?(?:please\s+|pls\s+|can\s+you\s+|could\s+you\s+|would\s+you\s+)?"
     r"(put|move|place|shift|push|remove|delete|drop|hide|lose|kill|get\s+rid\s+of|take\s+out|take\s+off)\s+(?:it|them)\b",
     r"\2 \1"),
    # "the motion looks choppy, bump it up to 60 fps": why, before the wish
    (r"(?:^|(?<=[,.;!?]))\s*(?:the\s+)?(?:motion|video|playback|movement|animation|footage)\s+(?:looks|feels|is|seems)\s+"
     r"(?:a\s+bit\s+|kind\s+of\s+|really\s+|so\s+|too\s+|pretty\s+)?(?:choppy|jerky|stuttery|stuttering|laggy|janky)\s*[,;.]\s*(?:so\s+)?(?=\S)", " "),
    (r"\b(?:bump|push|crank|turn)\s+(?:it|the\s+frame\s*rate|the\s+fps)\s+up\s+to\s+(\d+)\s*fps\b", r"frame rate to \1 fps"),
)
REWRITES = REWRITES + (
    # "title font should be more elegant, like a serif": the font said after the look ("make the title font more elegant"
    # alone stays unread: which font is a guess)
    (rf"\b(?:make\s+)?(?:the\s+)?({_TEXTS_EN})(?:'s)?\s+(?:font|typeface|lettering)\s+(?:should\s+be\s+|needs\s+to\s+be\s+|could\s+be\s+|must\s+be\s+)?"
     r"(?:a\s+(?:bit|little|lot)\s+)?(?:more\s+)?(?:elegant|classic|classy|classier|refined|fancy|fancier|nicer|prettier|sophisticated|formal|stylish)\b\s*,?\s*"
     rf"(?:like|maybe|say|e\.?g\.?|such\s+as|perhaps|something\s+like)\s+(?:a\s+|an\s+)?({_FONT_LOOK})\b(?:\s+(?:font|typeface|one))?",
     r"the \1 in a \2 font"),
    # "title font is a bit plain, something classier maybe? like a serif": the font's fault said first, the font itself
    # in the next sentence (set CL cl244 was not understood: the "?" cut the font off from the text it is for). Only a
    # font's look after the fault; "the title font is plain" alone stays unread (which font is a guess)
    (rf"\b(?:the\s+)?({_TEXTS_EN})(?:'s)?\s+(?:font|typeface|lettering)\s+(?:is|looks|feels|seems)\s+"
     r"(?:a\s+(?:bit|little)\s+|kind\s+of\s+|kinda\s+|too\s+|so\s+|really\s+|pretty\s+|way\s+too\s+)?"
     r"(?:plain|boring|basic|bland|dull|generic|meh|simple|cheap|ugly|childish|cheesy)\b[\s,.;?!]*"
     r"(?:(?:something|maybe|perhaps)\s+(?:a\s+bit\s+)?(?:more\s+)?[a-z]+(?:\s+maybe)?\s*[,.;?!]*\s*)?"
     rf"(?:like|maybe|say|e\.?g\.?|such\s+as|perhaps|something\s+like|how\s+about|try|go\s+with)\s+(?:a\s+|an\s+)?({_FONT_LOOK})\b"
     r"(?:\s+(?:font|typeface|one|1)\b)?",
     r"the \1 in a \2 font"),
    # "keep the title on screen the whole video", "leave the headline up throughout": the title shown all along
    (r"\b(?:keep|leave|have)\s+(the\s+(?:title|headline|heading))\s+(?:on\s+(?:the\s+)?screen\s+|up\s+|visible\s+|there\s+|showing\s+|on\s+)?"
     r"(?:for\s+|during\s+|through\s+|across\s+)?(?:the\s+)?(?:whole|entire|full)\s+(?:video|time|thing|way(?:\s+through)?|length)\b", rf"show \1 {TITLE_WHOLE_VIDEO}"),
    (r"\b(?:keep|leave|have)\s+(the\s+(?:title|headline|heading))\s+(?:on\s+(?:the\s+)?screen\s+|up\s+|visible\s+|there\s+|showing\s+|on\s+)?"
     r"(?:throughout(?:\s+the\s+(?:video|whole\s+video))?|all\s+the\s+(?:time|way\s+through)|from\s+start\s+to\s+(?:finish|end))", rf"show \1 {TITLE_WHOLE_VIDEO}"),
)
REWRITES = REWRITES + (
    # "标题改成“X”，然后时长改成20秒": 时长 starting a clause is the video's (SKILL.md), not the title's before it (the title
    # was shown for 20 s and the video kept its length)
    (r"((?:^|[，,。;；]|然后|并且|同时)\s*(?:再\s*)?(?:把\s*)?)(?:总)?时长(?=\s*(?:改成|改为|设为|设成|调到|调成|变成|缩短到|缩短为|延长到|延长为|控制在))",
     r"\1视频时长"),
    # "…，然后字幕改成“X”", "…，另外所有字幕改成“X”", "…，并把字幕统一改为“X”": the word joining the wish to the one before
    # is no part of the text's name (looked for a file named 然后字幕)
    (r"(?:^|(?<=[，,。;；]))\s*(?:然后|另外|并且|并|同时|此外|以及|顺便)\s*(?:再\s*)?(?=(?:把|将)?\s*(?:所有|全部)?\s*(?:的)?\s*(?:字幕|标题)"
     r"\s*(?:都|全|全部|统一|一律)?\s*(?:改成|改为|换成|写成|设为))", ""),
)
REWRITES = REWRITES + (
    # "turn the music off for the first 5 seconds": no music then (the sound starts later; read by edits/sound.py)
    (r"\b(?:turn|switch|cut)\s+off\s+(?:the\s+)?((?:background\s+)?music|song|bgm|voice\s*-?\s*over|voiceover|narration)\s+(?:for|during|in)\s+the\s+first\b",
     r"no \1 for the first"),
)
REWRITES = REWRITES + (
    # "make all the text yellow with a black outline", "text outline black": an outline is no edit the engine has (the text
    # has a soft shadow); a clause of its own, so that the reply says it was not done ("outline black" had made the text black)
    (r"\s*(?:[,;]\s*)?(?:\b(?:and|with|plus|add|use|give\s+it)\s+)?(?:an?\s+)?(?:thin\s+|thick\s+|bold\s+)?"
     r"(?:[a-z#0-9]+\s+)?(?:(?:the\s+)?(?:title|headline|captions?|subtitles?|text)(?:'s)?\s+)?(?:outline|stroke)s?\b"
     r"(?:\s+(?:in\s+)?(?:black|white|dark|red|yellow|blue|grey|gray|navy|colou?r))?(?:\s+(?:on|for|to|around)\s+(?:the\s+|all\s+(?:the\s+)?)?"
     r"(?:title|headline|captions?|subtitles?|text|words|letters))?", "; text outline"),
)
REWRITES = REWRITES + (
    # (set N) "music at 15 percent and VO at full": full volume (the voice took the music's 15 %)
    (rf"\b({_SOUNDS_EN}|vo|bed|music\s+bed)\s+(?:at|to|back\s+to|up\s+to)\s+full\b(?!\s+(?:screen|frame|size|length|width|height|res))"
     r"(?:\s+(?:volume|level|loudness))?", r"\1 at 100%"),
    (rf"({_SOUNDS_ZH}|人声)\s*(?:音量)?\s*(?:开满|拉满|开到最大|调到最大|开到最大声|最大声|满音量)", r"\1音量调到100%"),
)
REWRITES = REWRITES + (
    # (set N) "set the title in a serif face, something more premium": what the font is for, not a style preset for the
    # whole video
    (r"(\b(?:font|face|typeface|serif|sans[\s-]?serif|script|handwriting|handwritten|cursive|bold|italic)\b[^,.;!?]{0,30}?)\s*[,\-–—]\s*"
     # (not a step of its size: "display font, one size bigger", set DB db093 dropped it)
     r"(?:something|anything|one(?!\s+(?:size|step|notch|point|level)s?\b))\s+(?:that\s+(?:looks|feels)\s+)?(?:a\s+(?:bit|little|tad)\s+|slightly\s+|much\s+)?(?:more\s+)?[a-z\-]+(?:\s+[a-z\-]+)?"
     r"\s*(?=$|[.;!?])", r"\1"),
    (r"((?:字体|字型)[^，,。；;！!？?]{0,12}?)\s*[，,]\s*(?:要|选|找|来)?\s*(?:个|一个|一款)?\s*(?:更|比较|显得)?\s*[\u4e00-\u9fff]{1,4}?(?:一点|一些|点)?(?:的|感的)\s*(?:那种|字体)?\s*(?=$|[。；;！!？?])",
     r"\1"),
)
REWRITES = REWRITES + (
    # (set O) "讲话的声音听不清": the speaking voice, not every sound
    (r"(?:有人|人)?(?:讲话|说话|讲解|解说)的?声音?(?!的时候)", "人声"),
    # "取消音乐避让", "音乐要避让人声": the ducking
    (r"(?:自动)?避让(?:人声|配音|旁白|一下)?", "闪避"),
    (r"(?:不用|无需|不必|不需要)\s*(?:再)?\s*闪避", "不要闪避"),
    (r"((?:背景)?音乐)\s*(?:要|就|会)?\s*(?:自动)?\s*让(?:一下|一让|开|一点)", r"\1自动压低"),
    # "人声出来时不要压低背景音乐": the ducking off, said as a wish not to
    (r"(?:有)?(?:人声|配音|旁白|口播|有人说话|人说话|说话|讲话)\s*(?:出来|出现|响起|进来)?\s*(?:的时候|时)\s*(?:不要|别|不用|无需|不必)\s*(?:再)?\s*(?:自动)?\s*"
     r"(?:压低|降低|调小|减弱|变小|压)\s*(?:背景)?音乐", "关闭自动闪避"),
    (r"(?:不要|别|不用)\s*(?:再)?\s*(?:在)?\s*(?:人声|配音|旁白|有人说话|说话)\s*(?:出来|出现)?\s*(?:的时候|时)\s*(?:自动)?\s*(?:压低|降低|调小|减弱)\s*(?:背景)?音乐", "关闭自动闪避"),
)
REWRITES = REWRITES + (
    # (set P) "our customers watch on the bus with the sound off": how people watch, not a wish to mute ("静音刷视频" likewise)
    (r"(\b(?:watch|watches|watching|view|views|viewing|scroll|scrolls|scrolling|see|sees|play|plays)\b[^.;!?,]{0,40}?)\s*\b(?:with|on)\s+(?:the\s+|their\s+|its\s+)?"
     r"(?:sound|audio|volume)\s+(?:off|muted|down|turned\s+off|switched\s+off)\b", r"\1"),
    (r"(\b(?:watch|watches|watching|view|viewing|scroll|scrolling)\b[^.;!?,]{0,30}?)\s*\b(?:muted|on\s+mute|in\s+silence|without\s+(?:the\s+)?sound)\b", r"\1"),
    (r"(?:静音|关着声音|不开声音|没有声音)\s*(?=(?:刷|看|观看|浏览|播放))", ""),
)
REWRITES = REWRITES + (
    # "make the ring caption gold coloured", "a red-colored title": the colour said with "coloured" after it is the colour
    # (set CZ cz069 was not understood: no reading knew "coloured")
    (rf"\b({_COLOURS_EN})(?:\s+|-)colou?red\b", r"\1"),
    # (set P) "the captions are white on a busy background": how the text looks now, told (the captions were set white)
    (rf"\b((?:the\s+)?(?:captions?|subtitles?|title|headline|text|words|lower\s+thirds|supers?))\s+(?:are|is)\s+(?:currently\s+|now\s+|all\s+|just\s+)?"
     rf"{_COLOURS_EN}(?:\s+(?:on|against|over)\s+[^.;!?,]{{0,40}})?\s*(?:$|[.;!?]+|,\s*(?:and\s+|so\s+|but\s+)?)", r"\1, "),
    (r"(字幕|标题|文字|字)\s*(?:现在|目前)?\s*(?:是|都是)\s*(?:白|黑|黄|红|蓝|绿|橙|粉|紫|灰|金|银)色的?\s*(?:[，,。;；]|$)", r"\1，"),
    # "make the caption text yellow so they pop": why, not an entrance animation
    (r"\s*,?\s*\bso\s+(?:that\s+)?(?:they|it|the\s+(?:text|title|captions?|words))\s+(?:really\s+)?(?:pops?|stands?\s+out|stick\s+out|sticks\s+out)\b(?:\s+more)?", ""),
)
REWRITES = REWRITES + (
    # (set N) "lower thirds smaller and at the bottom": a size and a place, the place moved to
    (r"\b(bigger|smaller|larger|tinier|bolder|(?:in\s+)?(?:white|black|yellow|red|blue|green|orange|pink|gold))\s+(?:and|,)\s+(?:also\s+)?(?:at|to)\s+(the\s+)?"
     r"(?=(?:very\s+)?(?:top|bottom|center|centre|middle|left|right|upper|lower)\b)", r"\1 and move them to \2"),
)
REWRITES = REWRITES + (
    # (set P) the look aimed at, told before the edits that make it: "we're going for a clean look, no words at all. Please
    # delete every bit of text" (the minimal style was applied too)
    (r"(?:^|(?<=[.;!?]))\s*(?:honestly\s+|so\s+)?(?:we'?re|we\s+are|i'?m|i\s+am|they'?re|the\s+client\s+is)\s+(?:(?:going|aiming|looking)\s+for|use)\s+(?:a\s+|an\s+)?"
     r"(?:[a-z\-]+\s+){0,2}(?:look|feel|vibe|style|aesthetic)\b\s*[,.;:]\s*(?=\S)", " "),
    # "we decided we don't want any narration. Mute the voiceover": the decision told, then how (a removal read as well)
    (r"(?:^|(?<=[.;!?]))\s*(?:so\s+)?(?:we|i|the\s+client)\s+(?:have\s+|'ve\s+)?(?:decided|agreed|realised|realized|feel|think)\s+(?:that\s+)?(?:we|i|they)\s+"
     r"(?:don'?t|do\s+not)\s+(?:really\s+)?(?:want|need)\s+[^.;!?]{1,50}[.;!]\s*"
     r"(?=[^.;!?]*\b(?:mute|silence|remove|delete|drop|turn\s+off|switch\s+off|take\s+out|lose|cut)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:background\s+)?"
     r"(?:voice|voiceover|voice-over|narration|music|bgm|soundtrack|title|headline|captions|subtitles|text|logo)\b)", " "),
)
REWRITES = REWRITES + (
    # "delete all the text in the video: title, captions, all of it": the kinds of text listed after it are the same text
    (r"(\ball(?:\s+the)?\s+text\b[^.;!?:]{0,30}?)\s*[:\-–—]\s*(?:the\s+)?(?:title|headline|captions|subtitles|supers)"
     r"(?:\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?(?:title|headline|captions|subtitles|supers|all\s+of\s+it|everything|the\s+lot))+", r"\1"),
)
REWRITES = REWRITES + (
    # (set N) an editor's sound words: the (music) bed is the music, a time as 0:04, "too hot" is too loud, "bump the VO" up,
    # "duck the bed down to 20%" a volume, "going music-only" keeps the music
    (r"\bmusic\s+bed\b", "music"),
    (r"\b(duck|kill|mute|unmute|lower|raise|bump|drop|pull|ride|lose)\s+(?:the\s+)?bed\b", r"\1 the music"),
    (r"\bthe\s+bed\b(?=\s*(?:$|[.,;!?]|\s+(?:down|up|under|at\s+\d|to\s+\d|level|volume|is|back|in\s+at)\b))", "the music"),
    (r"\b(at|from|to|until|till|by|after)\s+0{1,2}:([0-5]\d)(?![\d:])", r"\1 \2 seconds"),
    (rf"\b({_SOUNDS_EN}|vo)(?:'s|\s+is|\s+are)?\s+(?:a\s+bit\s+|way\s+|too\s+|running\s+|really\s+)+hot\b", r"\1 is too loud"),
    (rf"\bbump\s+(?:up\s+)?(?:the\s+)?({_SOUNDS_EN}|vo)\b(?!\s+(?:to\s+(?:the\s+)?(?:front|start|first|end)|up\s+to\s+(?:the\s+)?(?:front|first)))(?:\s+up)?",
     r"turn up the \1"),
    (r"\b(too\s+loud|too\s+much|loud)\s+(?:under|behind|beneath|over|against)\s+(?:the\s+)?vo\b", r"\1"),
    (r"\bpull\s+(it|them|the\s+(?:music|voice|voiceover|vo|narration))\s+(?:down|back)\b(?:\s+(?:under|beneath|behind)\s+(?:it|them|that|the\s+(?:vo|voice|voiceover|narration)))?",
     r"turn down \1"),
    (r"\bduck\s+(?:the\s+)?(music|voice|voiceover|vo)\s+(?:down\s+)?to\s+(\d+(?:\.\d+)?\s*%)", r"set the \1 to \2"),
    (r"[,;]?\s*\b(?:we'?re|we\s+are|i'?m)\s+going\s+(music|voice|vo)[\s-]+only\b", ""),
    (rf"压\s*(?:一下|一压|低一点|低一些)\s*({_SOUNDS_ZH}|bgm)", r"\1小一点"),
    (rf"({_SOUNDS_ZH}|bgm)\s*压\s*(?:一下|一压)(?!\s*[，,]?\s*(?:调|改|到|降))", r"\1小一点"),
)
REWRITES = REWRITES + (
    # (set N) an editor's words for the look: "drop the title to the bottom" moves it; "it reads tiny on a phone" is why
    (r"\bdrop\s+((?:the\s+)?(?:title|headline|captions|subtitles|logo|watermark|text))\s+(?:down\s+)?(?:to|into)\s+(?=(?:the\s+)?(?:very\s+)?(?:bottom|lower|base))",
     r"move \1 to "),
    (r"\s*[,;]?\s*\b(?:it|they)\s+(?:reads?|looks?)\s+(?:really\s+|way\s+|too\s+|so\s+)?(?:tiny|small|huge|big|massive)\s+on\s+(?:a\s+|the\s+|my\s+|our\s+)?"
     r"(?:phones?|mobile|tvs?|screens?|laptops?)\b", ""),
    # transitions by their editor's names: "swap the dissolves for slides", "dissolves back in", "slow push-in on the stills"
    (r"\b(?:swap|switch|change|replace|trade)\s+(?:out\s+)?(?:the\s+|all\s+(?:the\s+)?)?(?:dissolves|crossfades|cross\s+dissolves|fades|transitions|wipes|slides|cuts)\s+"
     r"(?:for|to|with|into)\s+(?:a\s+)?(dissolve|crossfade|fade|wipe|slide|zoom)s?\b", r"use \1 transitions"),
    (r"\b(?:the\s+)?(?:cross\s+)?(dissolve|crossfade|wipe|slide)s\s+back(?:\s+in)?\b", r"use \1 transitions"),
    (r"\b(?:slow\s+)?push[\s-]+ins?\b(?!\s+(?:on|to)\s+(?:the\s+)?(?:title|text|logo))", "ken burns"),
    (r"推镜头|推近(?:的)?效果|缓慢推近", "缩放"),
    (r"(?:^|(?<=[，,。;；]))\s*(?:全部|全都|都|一律|统一)\s*(?:用|改成|换成)?\s*(?:硬切|直切|直接切)(?:就好|就行|吧)?", "不要转场"),
    # "title to 'X', move it up top and hold it 4 seconds": how long it stays, not the video's length
    (r"\bhold\s+(it|them)\s+(?:for\s+)?(?=\d+(?:\.\d+)?\s*(?:s\b|sec|second))", r"keep \1 on screen for "),
    (r"\bbring\s+back\s+(?:the\s+)?ken\s+burns\b", "turn the ken burns back on"),
    # "…, cut it down to 5 seconds": a length cut down to stays a trim, so "it" can be the clip named before it ("mute
    # unboxing and cut it down to 5 seconds"; set CC cc214 asked the clip or the video); of nothing named, the video's
    (r"\bcut\s+down\s+(it|this)\s+to\s+(?=\d+(?:\.\d+)?\s*(?:s\b|secs?\b|seconds?\b|mins?\b|minutes?\b))", r"trim \1 to "),
    # the format: "reformat to 9:16", "conform to 24p"
    (r"\b(?:reformat|re-format|conform|deliver|output|cut\s+down)\s+(?:it\s+|this\s+)?(?:to|as|in|at)\s+(?=\d|a\s+\d|vertical|square|landscape|portrait)", "make it "),
    (r"(?<![\d.])(23\.976|24|25|29\.97|30|50|60)\s*p\b", r"\1 fps"),
    (r"\b(?:letterbox|pillarbox)(?:\s*/\s*(?:letterbox|pillarbox))?\s+(?:them|it|everything|it\s+all|all(?:\s+of\s+them)?|the\s+(?:pictures|images|photos|products|shots|stills))"
     r"(?:\s+if\s+(?:you\s+)?(?:have\s+to|need\s+to|needed|necessary|need\s+be|must))?", "make sure nothing gets cropped"),
    (r"\b(?:letterbox|pillarbox)(?:ed|ing)?\b", "black bars"),
    # the logo "bugged" in a corner
    (r"\bbug\s+(?:the\s+|our\s+)?(logo|watermark|logo\.png)\s+(?:in\s+(?:the\s+)?)?(?=(?:top|bottom|upper|lower)\b)", r"put the \1 in the "),
    # the fade up from black at the top (the start), the styling said as "go elegant on"
    (r"\bfade\s+up\s+from\s+(black|white)(?:\s+at\s+the\s+(?:top|start|head|beginning|open))?", r"fade in from \1"),
    (r"\b(fade\s+in\s+from\s+(?:black|white))\s+at\s+the\s+(?:top|head|open)\b", r"\1"),
    (r"\bbring\s+back\s+(?:the\s+)?(dissolve|crossfade|wipe|slide)s\b", r"use \1 transitions"),
    (r"(?:开头|片头)?\s*淡入\s*(?:和|跟|、|与)?\s*(?:结尾|片尾)?\s*淡出\s*(?:都|全都|也都)\s*(?:加上|加|要|做)[了上]?\s*[，,]?\s*(?:用|要|是)?\s*(黑场|黑色|黑屏)", "首尾都加淡入淡出到黑色"),
    (r"(?:开头|片头)?\s*淡入\s*(?:和|跟|、|与)?\s*(?:结尾|片尾)?\s*淡出\s*(?:都|全都|也都)\s*(?:加上|加|要|做)[了上]?\s*[，,]?\s*(?:用|要|是)?\s*(白场|白色|白屏)", "首尾都加淡入淡出到白色"),
    (r"(?:开头|片头)?\s*淡入\s*(?:和|跟|、|与)?\s*(?:结尾|片尾)?\s*淡出\s*(?:都|全都|也都)\s*(?:加上|加|要|做)[了上]?(?!\s*[，,]?\s*(?:用|要|是)?\s*(?:黑|白))", "首尾都加淡入淡出到黑色"),
    (r"(?:片头片尾|片头和片尾|开头和结尾|开头结尾|首尾|头尾)\s*都\s*(?:加上?|加个|加一个|做)\s*(?:黑场|黑色|黑屏)(?:过渡|效果|淡入淡出)?", "首尾都加淡入淡出到黑色"),
    (r"(?:片头片尾|片头和片尾|开头和结尾|开头结尾|首尾|头尾)\s*都\s*(?:加上?|加个|加一个|做)\s*(?:白场|白色|白屏)(?:过渡|效果|淡入淡出)?", "首尾都加淡入淡出到白色"),
    (r"\bgo\s+(elegant|minimal|minimalist|dynamic|energetic|punchy|classy|luxury|clean)\s+(?:on|with)\s+the\s+(?:styling|style|look|grade|vibe)\b", r"use the \1 style"),
    # the cuts locked to the music: beat sync
    (r"\b(?:lock|sync|snap|time|match|align)\s+(?:the\s+|all\s+(?:the\s+)?|my\s+)?(?:cuts|edits|picture\s+changes|transitions)\s+(?:up\s+)?(?:to|with)\s+"
     r"(?:the\s+)?(?:music|beats?|song|track|bgm|rhythm)\b", "cut to the beat"),
    # "the left wipe", "a rightward slide transition": a wipe's or slide's direction said before it is said after it, as the
    # transitions read it (set CU cu079 was not understood; "top left" stays a place)
    (r"(?<!top\s)(?<!bottom\s)\b(left|right)(?:ward)?\s+(wipes?|slide(?=\s+transitions?\b))\b", r"\2 \1"),
    # "wipe transitions, the wipe left": the kind said again with its direction is the direction of the kind asked
    (r"\b(wipe|slide)(\s+transitions?\b[^.;!?]{0,30}?[,;]\s*)(?:the\s+|a\s+)?\1s?\s+(?=(?:left|right|up|down)\b)", r"\1\2"),
    # "can you make the cuts go with the music", "the picture changes should move with the song": the cuts follow the
    # music, its beat (set CU cu179 was not understood; "the beat" was read, "the music" not)
    (r"\b(?:make\s+)?(?:the\s+|all\s+(?:the\s+)?|my\s+)?(?:cuts|edits|picture\s+changes|photo\s+changes|slide\s+changes)\s+"
     r"(?:(?:should|to|must|can|could|will)\s+)?(?:go|move|flow|keep\s+time|be\s+in\s+time|be\s+in\s+sync)\s+(?:to|with)\s+"
     r"(?:the\s+)?(?:music|song|track|bgm|soundtrack)\b", "cut to the beat"),
)
REWRITES = REWRITES + (
    # "add an end card with our website": a kind of words named, no address given, as the card's words (which words is
    # asked: edits/promo_video._WORD_KIND); it made a card saying the title's words and "our website" was dropped
    (r"\b(end\s+card|outro(?:\s+(?:card|screen|slide))?|(?:end(?:ing)?|final|closing|last)\s+(?:card|screen|slide))\s+with\s+"
     r"((?:our|my|the|your)\s+(?:website|web\s+address|url|link|address|handle|social\s+handles?|contact\s+(?:info|information|details)|phone\s+number))"
     r"(?=\s*(?:$|[,;.!?]))(?![^;.!?]*(?:https?://|www\.|\b[a-z0-9\-]+\.(?:com|cn|net|org|shop|io|co)\b))", r"\1: \2"),
    # the verbs of adding at the end, said as the card's rules read them ("结尾加上"): "最后加句 X", "片尾加入'X'", "结尾打上“X”",
    # "最后添加一句：X", "结尾加'X'" (set DI: the card said the title's words, or was not understood)
    # (a line said as such stays one, as the card's line rule reads it: "最后加句 X 吧" ends before 吧)
    # (a wish said between: "结尾要加关注我们" dropped the card without a word)
    (r"(结尾|片尾|最后|末尾)(?:处|的地方)?\s*(再)?\s*(?:给我|要|想|想要|需要|得|还要|也要)?\s*(?:加入|添加|打上|附上|补上|加一下|加)[一1]?句(话)?", r"\1\2加1句\3"),
    (r"(结尾|片尾|最后|末尾)(?:处|的地方)?\s*(再)?\s*(?:给我|要|想|想要|需要|得|还要|也要)?\s*(?:加入|添加|打上|附上|补上|加一下|加(?![上个一1两2入句行速快长大粗重强亮深宽]))",
     r"\1\2加上"),
    # the card named after the verb, its quoted words after a colon: "结尾加上片尾页：“X”" (read "结尾加上片尾" and left 页 and the
    # words: not understood)
    (r"(结尾|片尾|最后|末尾)加上\s*(?:一张|1张|一个|1个|个)?\s*(?:片尾页|结束页|结尾页|片尾卡片|结尾卡片|结束卡片|结尾画面|结束画面)\s*[:：]\s*(?=\ue000)",
     r"\1加上 "),
    # the verbs of having it come at the end: "最后来个欢迎下单", "结尾整个点赞关注", "片尾来句 下次见" (the card was dropped
    # without a word beside the other wish: set DN dn003 dn019 dn072 dn079); a fade, a picture or a clip said so stays theirs
    (r"(结尾|片尾|最后|末尾)(?:处)?\s*(再)?\s*(?:来个|来一个|来1个|整个|整一个|整1个|弄个|搞个)\s*"
     r"(?![淡渐黑白转特慢快音卡]|\d|结尾|片尾|画面|镜头|特写)", r"\1\2加上"),
    (r"(结尾|片尾|最后|末尾)(?:处)?\s*(再)?\s*(?:来句|来一句|来1句)(话)?", r"\1\2加1句\3"),
    (r"(结尾|片尾|最后|末尾)(?:处)?\s*(再)?\s*(?:放上|放个|放1个|放)\s*(?=\ue000)", r"\1\2加上 "),
    # (closing words put at the end unquoted: "最后放点个关注" asked what "it" was; "谢谢惠顾放最后" the same)
    (r"(结尾|片尾|最后|末尾)(?:处)?\s*(再)?\s*(?:放上|放个|放1个|放)\s*(?=" + CLOSING_ZH + ")", r"\1\2加上"),
    (r"(?:^|(?<=[,，;；。]))\s*(?:把|将)?\s*(" + CLOSING_ZH + r"[\u4e00-\u9fff]{0,10}?)\s*(?:放|放在|放到|加在|加到|写在|写到)\s*(?:视频)?(?:的)?\s*"
     r"(?:最后|结尾|片尾|末尾)(?:面|边|处)?(?=\s*(?:$|[,，;；。!！]))", r"结尾加上\1"),
    # quoted words put at the end: "把“感谢观看”放片尾", "“关注我们”放到结尾" (read as a thing moved: not understood)
    (r"(?:把|将)?\s*(\ue000\d+\ue001)\s*(?:放|放到|放在|加到|加在|写在|写到)\s*(?:视频)?(?:的)?\s*(?:片尾|结尾)(?:处|上|里)?", r"结尾加上 \1"),
    # the verb before the place, the words right after: "加个结尾关注我们", "加上片尾谢谢观看" (a card with the title's words,
    # or not understood; found writing to the held-out kind "an end card beside shorter")
    # (started once a run of spaces ends: from each space of a run it was 258 ms on 3000 spaces)
    (r"(?:^\s*|(?<=[，,。；;])\s*|(?<=\s)(?=\S))(再|然后)?\s*(?:加上|加个|加1个|添加|加)\s*(?:1个)?\s*(?:结尾|片尾)\s*"
     r"(?![卡页画淡渐音的处部时要再加写放黑停]|结束|显示)(?=[\u4e00-\u9fff])", r"\1结尾加上"),
    # the words said before 的 with no card after: "结尾加个写关注我们的" (the card said the title's words)
    (r"(结尾|片尾|最后|末尾)\s*(再)?\s*(?:加上|加个|加1个|添加|加)\s*(?:1张)?\s*(?:写着|写有|写)\s*([^，,。；;！!？?\ue000\s]{1,20}?)\s*的\s*"
     r"(?:卡片|页|画面|字|话)?(?=\s*(?:$|[，,。；;！!？?]))", r"\1\2加上 \3"),
    # the card's words after a comma and 写, unquoted: "加个片尾，写关注我们" (the card said the title's words, 写… dropped)
    (r"(?<=[卡片页尾])\s*[，,]\s*(?:上面|其)?\s*(?:写着|写上|写的是|写(?![着上的]))\s*(?=[\u4e00-\u9fff])", "："),
    # faster said bare after a clip muted is that clip's speed: "开箱那段静音，再快一点", "mute the clip, faster too" (dropped
    # without a word: "faster" and 快 alone are words of many things; set DO do021 do092)
    (r"(静音)\s*[,，]\s*(?:再|也|然后)?\s*(?:快|快一点|快点|快些)(?:一点|点|些)?(?:吧)?(?=\s*(?:$|[，,。；;！!]))", r"\1，再加速一点"),
    (r"\b(mute\s+(?:the\s+|that\s+|this\s+)?(?:clip|video|footage|[a-z0-9\-]+\.(?:mp4|mov))[^,;.]{0,20}?)\s*,\s*(?:and\s+)?(?:make\s+it\s+)?"
     r"(?:faster|quicker)(?:\s+too|\s+as\s+well)?(?=\s*(?:$|[,;.!]))", r"\1, and speed it up"),
    # "视频没声音就好": no sound wished, as 静音 (the clip's mute was dropped without a word; set DI di091)
    (r"(?:没|没有|不要|不用)\s*(?:声音|原声)\s*(?:就好|就行|就可以|就ok|也行)(?:了|啦|吧)?", "静音"),
    # "结尾加个卡片写“X”，把logo放上去": the logo put on the card said before ("上去", "上面": onto it), never over the video
    # (set DK dk147 placed it over the video until the card)
    (r"((?:卡片|片尾|结尾页|结束页)[^。！？!?]{0,30}?[,，])\s*(?:再|然后)?\s*(?:把|将)\s*((?:我们的|店铺的?|品牌)?\s*logo)\s*(?:也)?\s*"
     r"(?:放上去|放到?上面|加上去|放在上面|放进去|加到上面|贴上去)", r"\1带上\2"),
    # "再加一个写着“限时优惠”的结尾卡片": the card's words said before it (set DJ dj109 was not understood)
    (r"(?:再)?\s*(?:加上?|加个|加一个|加1个|添加)\s*(?:1个|一个|1张|一张)?\s*(?:写着|写有|写)\s*(\ue000\d+\ue001)\s*的\s*"
     r"(?:结尾卡片|片尾卡片|结尾页|结束页|片尾|卡片|结尾)", r"结尾加上 \1"),
    # (set O) a pinyin input slip: the same sound, another character, in the words that name what to edit ("标提改成",
    # "子幕不要了", "背景音药太吵", "配英小声一点")
    (r"标提|标体|标圆", "标题"),
    (r"子幕|字慕|字母(?=不要|删|去掉|改|换|放|大|小|颜色|加|关)", "字幕"),
    # ("竖平", "背景音了": 屏 and 乐 typed as the same sound; set DI's 竖平 was dropped without a word)
    (r"(?<=[竖横])(?:平|瓶|萍)(?![a-z\d])", "屏"),
    (r"背景音了(?=关|小|大|声|音量|太|调|静|不要|删|去)", "背景音乐"),
    (r"(?<=[背景])?音(?:药|月|悦)(?=太|声|调|小|大|不要|删|静|关|音量|的)", "音乐"),
    (r"配英|陪音", "配音"),
    (r"转厂|专场(?=改|换|去|不要|快|慢|时)", "转场"),
    (r"旁百", "旁白"),
)
REWRITES = REWRITES + (
    # (set O) the logo as a watermark or a corner badge: "logo.png放到画面右上角当水印", "角标用logo.png，放左上", "水印 logo.png 半透明放在右下角"
    (r"\s*(?:当|作为|做成?|当作|当成)\s*(?:水印|角标|台标|logo)(?:用)?", ""),
    # in English too: "add logo.png as a watermark in the bottom right, 8% of the frame width" (read by a looser rule that
    # left the width unread, and the whole was dropped: set CB cb179); "as the brand logo" is the brand kit's, kept
    (r"\b((?:[a-z0-9_\-]+\.(?:png|jpe?g|webp|svg|gif)|logo|sticker)\s+)as\s+(?:a|an|the|our|my)\s+(?:watermark|corner\s+(?:badge|mark|bug)|badge|bug)\b\s*",
     r"\1"),
    (r"(?:放|移|挪)(?:到|在|至)\s*画面(?=\s*(?:的)?\s*(?:右上|左上|右下|左下|上方|下方|顶部|底部|中间|正中))", "放到"),
    (r"^\s*(?:水印|角标|台标)\s*(?:用|是|就用)\s*([a-z0-9_\-]+\.(?:png|jpe?g|webp))\s*[，,]\s*(?:放|放在|放到)\s*(左上|右上|左下|右下)(?:角)?", r"把\1放在\2角"),
    (r"^\s*(?:水印|角标|台标)\s*(?:用|是|就用)?\s*(?=[a-z0-9_\-]+\.(?:png|jpe?g|webp)\s*(?:半透明|放|麻烦))", ""),
    (r"([a-z0-9_\-]+\.(?:png|jpe?g|webp))\s*半透明\s*(?:地)?\s*(放(?:在|到)\s*(?:左上|右上|左下|右下)角?)", r"\1\2，不透明度50%"),
    # the title's animation off said with a verb ("标题别做动画了，直接出现就行")
    (r"(?<=[题幕字案])\s*(?:不要|别|不用|无需)\s*(?:做|加|要|用)\s*(?:动画|动效)(?:了|效果)?(?:\s*[，,]\s*直接(?:出现|出来|显示)(?:就行|就好|就可以)?了?)?", "无动画"),
    # how long the title shows said as "until second 5": "标题显示到第5秒", "show the title until 5 seconds"
    (r"(标题|大标题)\s*(?:显示|停留|持续|出现)?\s*(?:到|至)\s*第?\s*(\d+(?:\.\d+)?)\s*秒(?:钟)?(?:为止|结束)?", r"\1从0秒到\2秒"),
    (r"\b(?:show|keep|hold|leave)\s+(the\s+(?:title|headline))\s+(?:up\s+|on\s+screen\s+)?(?:until|till|to)\s+(?:the\s+)?(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)(?:\s+mark)?\b",
     r"\1 from 0s to \2s"),
    # every text gone, said as "not one word left"
    (r"(?:视频里|视频上|画面上|画面里|屏幕上)?\s*的?\s*(?:字|文字)\s*(?:[一1]\s*个|一点|[一1]\s*句)?\s*都\s*(?:不要|别)\s*(?:留|保留)(?:了)?", "把所有的字都删掉"),
    # a sound switched back on: "把音乐声音开回来"
    (rf"(?:把)?\s*({_SOUNDS_ZH}|bgm)\s*(?:的)?\s*(?:声音)?\s*(?:开回来|打开回来|放回来|开回去)", r"\1取消静音"),
    # "口播延后到1秒的位置再开始": from second 1
    (rf"({_SOUNDS_ZH}|人声|bgm)\s*(?:延后|推迟|挪|移|推)\s*(?:到|至)\s*第?\s*(\d+(?:\.\d+)?\s*秒)\s*(?:的位置|处|那里|那儿)?\s*(?:再)?\s*(?:开始|进来|出来|播放)",
     r"\1从第\2开始"),
    # the transitions kept but quicker ("淡入淡出的转场保留，但是快一点"): quicker
    (r"(?:[\u4e00-\u9fff]{1,6}的)?\s*转场\s*(?:保留|留着|不变|保持)\s*[，,]\s*(?:但是?|不过)?\s*(?=(?:快|慢)一?点)", "转场"),
    # a slide by its direction ("转场改成左滑")
    (r"(?<![向往从])左滑(?:动)?", "向左滑动"),
    (r"(?<![向往从])右滑(?:动)?", "向右滑动"),
    (r"[，,]?\s*黑边\s*(?:不好看|很丑|难看|太丑|好丑)了?", "，不要黑边"),
    # a style as a road taken ("走极简路线", "走高级路线"), beats stepped on ("踩在音乐节拍上")
    (r"走\s*([\u4e00-\u9fff]{1,4}?)\s*(?:路线|路子|风)", r"做成\1风格"),
    (r"踩\s*(?:在|着|准)?\s*(?:音乐|bgm|背景音乐)?\s*(?:的)?\s*(?:节拍|节奏|鼓点|点)\s*上?", "卡点"),
)
REWRITES = REWRITES + (
    # (set P) "music volume 25 percent please, it competes with the voice": why (the voice took the 25 % too)
    (r"\s*[,;]?\s*(?:because\s+|as\s+|since\s+)?(?:it|they|the\s+(?:background\s+)?music)\s+(?:competes?|clashes?|fights?|interferes?|collides?)\s+with\s+"
     r"(?:the\s+)?(?:voice\s*-?\s*over|voiceover|voice|narration|narrator|vo|music|talking)\b", ""),
    (r"\s*[，,]?\s*(?:它|音乐|背景音乐)?\s*(?:跟|和|与)\s*(?:人声|配音|旁白|口播)\s*(?:抢|打架|冲突)了?", ""),
    # "the caption … is wrong, it should be 'X'", "第二张图片的字幕不对，应该是“X”": the words it should have
    (r"(的字幕|的标题|字幕|标题)\s*(?:不对|错了|有误|写错了|不准确)\s*[，,:：]?\s*(?:应该是|应该写|应为|应该叫|正确的是|要改成)\s*[:：]?\s*(?=\ue000)", r"\1改成"),
    (r"\b(caption|title|headline)\b([^.;!?\ue000]{0,40}?)\s+is\s+wrong\s*[:,;.]?\s*(?:it\s+)?should\s+(?:be|say|read)\s*:?\s*(?=\ue000)", r"\1\2 should say "),
    # "字幕改成从下往上滑入的动画": the animation named by what it does
    (r"((?:字幕|标题)\s*(?:改成|改为|换成|用|做成))\s*([\u4e00-\u9fff]{2,8}?)\s*的\s*(?:动画|动效|效果|方式)", r"\1\2"),
    # "add a fade-in from black", "a fade-out to white": the fade
    (r"\bfade-(in|out|up)\b", r"fade \1"),
    # "我刚上传了logo.png，麻烦把它放在右上角，像水印那样": 它 is the file just named
    (r"(?:我|我们)?\s*(?:刚|刚刚|已经)?\s*上传了\s*([a-z0-9_\-]+\.(?:png|jpe?g|webp))\s*[，,。]\s*(?:请|麻烦)?\s*(?:把|将)\s*它", r"把\1"),
    (r"([a-z0-9_\-]+\.(?:png|jpe?g|webp))\s*[，,。]\s*(?:请|麻烦)?\s*(?:把|将)\s*它", r"\1，把\1"),
    (r"\b(?:add|put|give\s+it|include)\s+(?:a\s+|an\s+)?(?=fade\s+(?:in|out|up)\b)", ""),
    # "把背景音乐的静音取消吧": the mute taken off
    (rf"(?:把)?\s*({_SOUNDS_ZH}|bgm)\s*(?:的)?\s*静音\s*(?:取消|去掉|关掉|解除)(?:掉)?", r"\1取消静音"),
    (rf"(?:取消|去掉|解除)\s*({_SOUNDS_ZH}|bgm)\s*(?:的)?\s*静音", r"\1取消静音"),
    (r"\s*[，,]?\s*(?:像|跟|和)\s*水印\s*(?:那样|一样|似的)", ""),
    # "our brand colour is #2E7D32, a deep forest green": the colour said again in words
    # (never the card's text colour written after its background: "the end card background to #0B3D91 and its text to white"
    # dropped the white; set FU fu077)
    (r"(#[0-9a-f]{6}|#[0-9a-f]{3})\s*[,(（](?!\s*cardink\b)\s*(?:a|an|which\s+is|i\.?e\.?)?\s*(?:[a-z]+\s+){0,3}"
     r"(?:green|blue|red|orange|yellow|purple|pink|black|white|grey|gray|navy|teal|brown|gold)\s*[)）]?(?=\s*(?:[.;!?]|$))", r"\1"),
    # "add a closing card with the call to action 'X'": the card's words
    (r"\b(card|outro|end\s+screen|slide)\s+with\s+(?:the\s+|a\s+)?(?:call\s+to\s+action|cta|text|words|line|message)\s*:?\s*(?=\ue000)", r"\1 saying "),
)
# words the typo corrector must leave as they are ("clashes" was read "flashes", a word of "flashes by")
PLAIN_WORDS = PLAIN_WORDS + ("clash", "clashes", "clashing", "competes", "compete", "slate", "supers", "letterbox", "pillarbox",
                             "reformat", "conform")
REWRITES = REWRITES + (
    # (set Q) "add the captions back, but no title": the title is not added with them (it was)
    (r"\b(add|put|bring)\b([^.;!?]{1,40}?)\s*[,;]?\s*\bbut\s+(?:no|without(?:\s+the)?|not\s+the)\s+(title|headline|captions|subtitles|music|voiceover|logo)\b",
     r"\1\2, but don't add the \3"),
    # "no music changes": the music kept (the music was removed)
    (r"\bno\s+(?:changes?\s+(?:to|on)\s+(?:the\s+)?(music|title|captions|voiceover|voice|logo|transitions)|(music|title|caption|captions|voiceover|voice|logo|transition|transitions)\s+changes?)\b",
     r"keep the \1\2"),
)
# (set W txt01) "strip out all the text, I want just the images and music": what is wanted to stay, after a removal, is
# kept (the music was removed with the text)
REWRITES = REWRITES + (
    (r"([,;]\s*)(?:so\s+)?(?:i|we|they|the\s+(?:user|client))\s+(?:(?:just|only)\s+(?:want|wants|need|needs)\s+|(?:want|wants|need|needs|'d\s+like|would\s+like)\s+(?:just|only)\s+)"
     r"(?=(?:the\s+)?(?:images|pictures|photos|pics|visuals|shots|music|bgm|voiceover|voice)\b)", r"\1keep "),
)
# "标题 放大 字幕去掉": a text and what to do with it typed apart (the space read as a comma cut the two, and the
# title's size was dropped without a word)
REWRITES = REWRITES + (
    (r"(标题|大标题|字幕)\s*[，,]\s*(?=(?:放大|缩小|变大|变小|大一点|小一点|大点|小点|加粗|居中|放上面|放下面|放顶部|放底部|往上|往下|上移|下移)"
     r"(?:一点|一些|点)?(?:$|[，,。;；]))", r"\1"),
)
# "字幕往上移一点", "标题稍微往下挪一下": a step from where the text is, as the text look's phrase reads it in English (the
# frames read 往上 as the top: the captions jumped to the top)
_NUDGE_ZH = r"(?:\s*(?:的位置)?\s*(?:再)?\s*(?:稍微|稍稍|略微)?\s*(?:往|向)\s*{d}\s*(?:移|挪|提|调|放)(?:动)?|\s*(?:再)?\s*(?:稍微|稍稍|略微)?\s*{d}移)"
for _nudged_zh, _nudged_en in (("字幕", "captions"), ("(?:大标题|标题|片名)", "title")):
    for _d, _den in (("上", "up"), ("下", "down")):
        REWRITES = REWRITES + (
            (rf"(?:把\s*)?{_nudged_zh}(?:(?={_NUDGE_ZH.format(d=_d)}\s*(?:一点点|一点|一些|一下|点))|(?=\s*(?:的位置)?\s*(?:再)?\s*(?:稍微|稍稍|略微)))"
             rf"(?:{_NUDGE_ZH.format(d=_d)})\s*(?:一点点|一点|一些|一下|点)?", f"move the {_nudged_en} {_den} a bit"),
            (rf"(?:把\s*)?{_nudged_zh}(?:{_NUDGE_ZH.format(d=_d)})(?!\s*(?:到|至|去))", f"move the {_nudged_en} {_den}"),
        )
# "It would feel more cinematic if we used fade-through-black transitions", "it'd look better if the captions were
# yellow": the wish after "if" is the request, the judgement before it the reason (it was not understood)
REWRITES = REWRITES + (
    (r"(?:^|(?<=[.;!?,]))\s*(?:(?:i|we)\s+think\s+)?(?:it|this|that|the\s+(?:video|edit|promo|ad|cut))\s*(?:would|'d|will|might|could)\s+"
     r"(?:feel|look|be|seem|sound|work|play|read)\s+(?:(?:so\s+)?much\s+|a\s+lot\s+|a\s+(?:bit|little)\s+|way\s+|even\s+)?"
     r"(?:more\s+[a-z]+|less\s+[a-z]+|better|nicer|cleaner|classier|smoother|punchier|[a-z]{3,}er)\s+if\s+", " "),
    (r"\b(?:the\s+)?(pictures|photos|images|pics|shots|slides)\s+(?:slowly\s+)?(?:zoomed|zoom|zooming)\s+in(?:\s+(?:slowly|gently|a\s+bit))?\b",
     r"ken burns on the \1"),
)
# (set U clp14) a phone's "vid" for the clip: "vid sound off but keep bg music" muted every sound
extend(TARGETS, "clip_sound", en=("vid sound", "vid audio", "the vid sound", "the vid audio", "vid's sound", "vid's audio", "vids sound", "clip noise",
                                  "video noise", "vid noise"))
# (its alternatives in a group of their own: ungrouped, "doesn't show" anywhere was cut out of any message, and once
# "stand" was no longer corrected to "stayd" (wave 31 D), "white doesn't stand out, turn the title orange" lost its wish)
# (wave 6) a colour said to be hard to read is the colour the text has now, the reason for the colour asked beside it
# ("字幕颜色改成黄色，白色看不清" set the captions white and bigger, set Y cap20); alone it stays a complaint
_HUES_ZH = r"(?:白|黑|黄|红|蓝|绿|橙|粉|紫|灰|金|银)色"
_UNREAD_ZH = r"(?:的字|字|的)?\s*(?:太|有点|有些)?\s*(?:看不清楚?|看不太清楚?|看不见|不清楚|不明显|不显眼|太淡了?|不够醒目)"
_UNREAD_EN = (r"(?:text\s+|lettering\s+)?(?:is|was|are)\s+(?:really\s+|pretty\s+|a\s+bit\s+|too\s+|kind\s+of\s+)?(?:hard|difficult|impossible)\s+to\s+(?:read|see)"
              r"|(?:text\s+)?(?:doesn'?t|does\s+not|don'?t|won'?t)\s+(?:read|show|stand\s+out|pop)|(?:is|are)\s+(?:unreadable|illegible|invisible)"
              r"|(?:gets|get)\s+lost|can'?t\s+be\s+read")
REWRITES = REWRITES + (
    # (starts at a clause's start: unanchored, a long clause without a comma was tried from each of its characters,
    # 308 ms on 4000 characters ending in 看不清; the same matches, since the clause's start reaches every colour in it)
    (rf"(?:^|(?<=[，,。；;]))([^，,。；;]*?(?:{_HUES_ZH}|{_COLOURS_EN})[^，,。；;]*?)\s*[，,]\s*(?:因为|原来的?|现在的?)?\s*{_HUES_ZH}\s*{_UNREAD_ZH}(?=\s*(?:$|[，,。；;!！]))", r"\1"),
    (rf"(?:^|(?<=[，,。；;]))\s*(?:原来的?|现在的?)?\s*{_HUES_ZH}\s*{_UNREAD_ZH}\s*[，,]\s*(?=[^。；;]*?(?:{_HUES_ZH}|{_COLOURS_EN}))", ""),
    (rf"(\b{_COLOURS_EN}\b[^,.;!?]*?)\s*,\s*(?:because\s+|since\s+|as\s+)?(?:the\s+)?(?:current\s+)?{_COLOURS_EN}\s+(?:{_UNREAD_EN})\b[^,.;!?]*", r"\1"),
    (rf"(?:^|(?<=[,.;!?]))\s*(?:the\s+)?(?:current\s+)?{_COLOURS_EN}\s+(?:{_UNREAD_EN})\b[^,.;!?]*[,.;]\s*(?=[^.;!?]*?\b{_COLOURS_EN}\b)", " "),
)
# (wave 6) the sound asked up or down right after a voice said to be hard to hear is that voice's ("旁白听不清楚，声音大一点"
# raised the music with it, set Y aud16; "the narration is hard to hear, turn the sound up")
REWRITES = REWRITES + (
    (rf"((?:{_SOUNDS_ZH})[^，,。；;]{{0,8}}?(?:听不清楚?|听不太清|听不见|听不到|太小声?|太轻|不够大|被[^，,。；;]{{0,6}}?盖住了?))\s*[，,]\s*(?:把|将)?\s*(?:声音|音量)",
     r"\1，\1"),
    (rf"(\b(?:{_SOUNDS_EN})\b[^,.;!?]{{0,30}}?\b(?:hard\s+to\s+hear|difficult\s+to\s+hear|too\s+quiet|too\s+soft|too\s+low|inaudible|barely\s+audible|drowned\s+out|gets\s+lost))"
     r"\s*[,;]\s*(?:so\s+|please\s+)?(?:(turn|bump|crank|bring|pump)\s+(?:the\s+)?(?:sound|audio|volume)\s+up|(turn|bump|crank|bring|pump)\s+up\s+(?:the\s+)?(?:sound|audio|volume))\b",
     r"\1, make it louder"),
)
# (wave 6) "thanks for the first cut", "notes on the rough cut": the video as it is, never a request for a new first cut
# (set Y mix18 rebuilt the video and lost its title)
REWRITES = REWRITES + (
    (r"(\b(?:for|on|of|about|with|in|to)\s+(?:the|this|your|that|our)\s+)(?:first|rough)\s+cut\b", r"\1video"),
    (r"\b(?:the|this|your|that|our)\s+(?:first|rough)\s+cut\s+(?=(?:is|was|looks|looked|feels|felt|came|seems)\b)", "the video "),
    # "some notes on the video:", "feedback on v1 -": a review's lead, before the wishes it lists
    (r"(?:^|(?<=[.;!?]))\s*(?:(?:some|a\s+few|few|my|our|quick|small|minor|a\s+couple\s+of|couple\s+of|the\s+client'?s?|client)\s+)*"
     r"(?:notes?|comments?|feedback|thoughts|changes|tweaks|fixes|remarks)\s+(?:on|for|about|re)\s+(?:the\s+|this\s+|your\s+|our\s+)?"
     r"(?:video|cut|edit|draft|version|v\d+|promo)\s*[:：\-—–]", " "),
)
# (wave 6) "retitle it SUMMER DROP" (its words quoted by text._TO_TEXT): the title set to them
REWRITES = REWRITES + (
    (r"\bretitle\s+(?:(?:it|this|that|the\s+(?:video|promo|ad|edit|reel))\s+)?(?:to\s+|as\s+)?(?=\s*\ue000)", "set the title to "),
)
# (wave 6) "we don't need the voiceover, the music carries it": the sound said to carry the video alone is kept, never a
# second thing removed (set Y aud10 removed the music with the voice)
REWRITES = REWRITES + (
    (rf"(?:^|(?<=[,;.!?]))\s*(?:(?:the|our|my)\s+)?({_SOUNDS_EN})\s+(?:alone\s+|by\s+itself\s+|on\s+its\s+own\s+)?"
     r"(?:carries|carry|will\s+carry|can\s+carry|does\s+the\s+(?:job|trick)|is\s+enough|works\s+(?:fine\s+)?(?:on\s+its\s+own|alone|by\s+itself)"
     r"|is\s+(?:plenty|fine\s+on\s+its\s+own|all\s+we\s+need|all\s+it\s+needs))\b(?:\s+(?:it|the\s+(?:video|edit|whole\s+thing)|everything))?",
     r" keep the \1"),
    (rf"(?:^|(?<=[，,；;。]))\s*(?:有|留着?|保留)?\s*({_SOUNDS_ZH})\s*(?:就)?(?:够了|足够了?|就行了?|撑得起来|撑得住)", r"保留\1"),
)
# (wave 6) "the voiceover comes in too early, start it 3 seconds later", "配音开始得太早了，往后推2秒": the sound named before
# is what "it" starts (set Y aud06, aud08, aud18 asked which "it")
_NOT_SOUND_EN = r"(?!title|caption|picture|image|photo|clip|logo|text|video)"
_TOO_EARLY_EN = (r"(?:comes?\s+in|kicks?\s+in|starts?|begins?|enters?|plays?)\s+(?:way\s+|a\s+bit\s+|much\s+|a\s+little\s+)?"
                 r"(?:too\s+(?:early|soon|late)|before\s+[^,.;!?]{1,50}|right\s+away|immediately|straight\s+away)")
REWRITES = REWRITES + (
    # the complaint and its remedy: the remedy, said of the sound ("Music kicks in too early, start it at 2 seconds")
    (rf"(?:^|(?<=[.;!?,]))\s*(?:the\s+|our\s+)?(?P<s>{_SOUNDS_EN})\s+{_TOO_EARLY_EN}\s*[,;.]\s*(?:so\s+|just\s+|please\s+|pls\s+|can\s+you\s+|could\s+you\s+)?"
     r"(?P<v>start|begin|delay|push|shift|move|bring|slide|nudge)\s+(?:it|that)\b", r" \g<v> the \g<s>"),
    (rf"(?P<s>{_SOUNDS_ZH})\s*(?:进来|开始|出来|进场|响起|切入|出现)(?:得)?\s*(?:有点|太|过|有些)?\s*(?:早|快)了?\s*[，,]\s*(?:请|把它|将它)?\s*"
     r"(?=(?:再)?\s*(?:往后|向后|晚|推迟|延后|延迟|推后|挪后|从)\s*(?:推|挪|移|延)?\s*(?:个)?\s*(?:第)?\s*\d)", r"\g<s>"),
    (rf"(?P<s>\b(?:{_SOUNDS_EN})\b)(?P<mid>(?:{_NOT_SOUND_EN}[^.;!?]){{0,60}}?[,;.]\s*(?:so\s+|just\s+|please\s+|pls\s+|can\s+you\s+|could\s+you\s+)?"
     r"(?:start|begin|delay|push|shift|move|bring|slide|nudge))\s+(?:it|that)\b", r"\g<s>\g<mid> the \g<s>"),
    (rf"(?P<s>{_SOUNDS_ZH})(?P<mid>(?:(?!标题|字幕|图|视频|画面)[^。；;，,]){{0,12}}?[，,]\s*(?:请|把它|将它)?\s*)"
     r"(?=(?:再)?\s*(?:往后|向后|往前|向前|晚|推迟|延后|延迟|推后|挪后|从)\s*(?:推|挪|移|延)?\s*(?:个)?\s*(?:第)?\s*\d)", r"\g<s>\g<mid>\g<s>"),
)
# (wave 6) an entrance the text has now, disliked, is the reason for the one asked, never a wish for it ("Could the title type
# itself out letter by letter? The pop is a bit much." said it was already so, set Y tit11; "标题的弹出效果有点土，改成淡入",
# tit22); "type itself out": the typewriter
_ANIMS_EN = r"(?:pop(?:[\s-]?(?:in|up))?|popping|bounce|bouncing|slide(?:[\s-]?(?:up|in))?|sliding|typewriter|zoom(?:[\s-]?in)?|fade(?:[\s-]?in)?|animation|entrance)"
_MEH_EN = (r"(?:is|are|feels?|looks?|seems?|'s)\s+(?:a\s+(?:bit|little)\s+|way\s+|kind\s+of\s+|kinda\s+|so\s+|really\s+|pretty\s+|just\s+|too\s+)*"
           r"(?:much|too\s+much|cheesy|tacky|cheap|annoying|distracting|dated|old[\s-]fashioned|over\s+the\s+top|corny|gimmicky|jarring|childish|lame|busy|loud)")
_MEH_ZH = r"(?:有点|有些|太|很|好|比较|过于)?\s*(?:土|俗气|俗|丑|难看|不好看|夸张|浮夸|花哨|多余|烦|廉价|low|生硬)了?"
REWRITES = REWRITES + (
    (r"\b(?:type|types|typing|typed|write|writes|writing)\s+(?:itself|themselves)\s+out\b", "type out"),
    (rf"\b(the\s+(?:title|headline|captions?|subtitles?|text)(?:'s)?)\s+(?:{_ANIMS_EN})(?:\s+(?:effect|animation))?\s+{_MEH_EN}\b", r"\1"),
    (rf"(?:^|(?<=[.;!?,]))\s*(?:the|that|this)\s+(?:{_ANIMS_EN})(?:\s+(?:effect|animation))?\s+{_MEH_EN}\b[^.;!?,]*", " "),
    (rf"(标题|字幕|文字)?\s*(?:的)?\s*(?:弹出|弹入|打字机|逐字|滑入|上滑|缩放|淡入|入场|出场)\s*(?:效果|动画|方式)?\s*{_MEH_ZH}\s*[，,]?\s*(?:请|就)?\s*(?=改|换|用|变)", r"\1"),
    (rf"(标题|字幕|文字)?\s*(?:的)?\s*(?:弹出|弹入|打字机|逐字|滑入|上滑|缩放|淡入|入场|出场)\s*(?:效果|动画|方式)?\s*{_MEH_ZH}", r"\1"),
)
# (wave 6) a review's complaints that name their remedy, said of the text's size, words, place, the format and the motion
_TEXT_NOUNS_EN = r"(?:the\s+)?(?:title|headline|captions?|subtitles?|text|words|lettering|supers?|logo)"
# the pictures' motion said to make one sick ("…makes me a little seasick tbh": a degree between; set GD gd021)
_ZOOM_SICK = (r"\b(?:the\s+)?(?:constant\s+|endless\s+|non-?stop\s+|all\s+the\s+|all\s+this\s+)?(?:(?:slow|gentle|subtle|little)\s+)?"
              r"(?:zooming|zooms|zoom|panning|ken\s+burns|movement|motion)\b[^.;!?,]{0,40}?\b(?:makes?\s+me\s+(?:feel\s+)?"
              r"(?:a\s+(?:little|bit)\s+|kinda\s+|so\s+|really\s+)?(?:dizzy|sick|nauseous|queasy|seasick)|is\s+(?:dizzying|nauseating|making\s+me\s+dizzy))\b")
REWRITES = REWRITES + (
    # "the captions are tiny", "字太小" ("bump them up a size or two": bigger; set Y cap03)
    (rf"\b({_TEXT_NOUNS_EN})\s+(?:are|is|look|looks|seem|seems)\s+(?:so\s+|really\s+|way\s+|kind\s+of\s+|a\s+bit\s+)?(?:tiny|minuscule|miniscule|teeny)\b", r"\1 too small"),
    (r"\b(?:bump|go|take|size|push|kick)\s+(them|it|the\s+(?:title|headline|captions?|subtitles?|text))\s+up\s+(?:by\s+)?(?:a|one|1|2|two|a\s+couple\s+of)\s+(?:sizes?|notch(?:es)?)"
     r"(?:\s+or\s+(?:two|2))?", r"make \1 bigger"),
    # 'should say "18K Gold Ring" not just Gold Ring': the words it has now, named after the new ones, are no wish
    (r"(\ue001)\s*,?\s*(?:and\s+|but\s+)?(?:not\s+(?:just\s+|only\s+|simply\s+)?|instead\s+of\s+(?:just\s+)?|rather\s+than\s+(?:just\s+)?)[^.;!?,\ue000]{1,40}", r"\1"),
    (r"(\ue001)\s*[,，]?\s*(?:而)?不是\s*[^。；;！？!?，,\ue000]{1,20}", r"\1"),
    # "Second caption: make it read 'Everyday Backpack'": that caption's words
    (r"\b(first|second|third|fourth|fifth|sixth|last|final|\d+(?:st|nd|rd|th))\s+(caption|subtitle|label)\s*[:：\-—–]\s*(?:please\s+)?"
     r"(?:(?:make|have|let|change|set)\s+it\s+(?:to\s+)?)?(?:read|say|says|reads|should\s+(?:read|say)|to)?\s*(?=\ue000)", r"change the \1 \2 to "),
    # "the title sits right on top of the sneaker": where it is now, the reason for the place asked (set Y tit04 moved "it",
    # read as the sneaker); "…, it blocks the product in the middle" likewise (tit12 asked which place)
    # ("the title is sitting right on top of …": "is" before "sitting" too; set CS cs006 was not understood, and "the captions
    # are sitting on the watch, move them to the top" moved the watch)
    (rf"\b({_TEXT_NOUNS_EN})\s+(?:sits?|is|are|(?:(?:is|are|'s|'re)\s+)?sitting|covers?|blocks?|hides?|overlaps?)\s+(?:right\s+|directly\s+|smack\s+|slap\s+bang\s+|dead\s+)?"
     r"(?:on\s+top\s+of|over|across|in\s+front\s+of|on)\s+(?:the\s+|our\s+)?(?!top\b|bottom\b|left\b|right\b)[a-z\-]+(?:\s+(?!and\b|so\b|but\b)[a-z\-]+)?(?=\s*[,;.]|\s+(?:and|so|but)\b)", r"\1"),
    (r"[,;]\s*(?:because\s+|since\s+|as\s+|cause\s+|'cause\s+)?(?:it|they|that)\s+(?:blocks?|covers?|hides?|sits?\s+on|overlaps?|is\s+blocking|is\s+covering)\s+[^.;!?,]*", " "),
    # "it's landscape. That's wrong." / "横屏不行，改竖屏": the format it has now, told or refused, is no wish for it
    # ("this is for tiktok but it came out landscape": how it came out is what it is now; set CS cs021 kept it so)
    (r"\b(?:it'?s|it\s+is|this\s+is|the\s+video\s+is|currently|it'?s\s+currently"
     r"|(?:it|this|the\s+video)\s+(?:came|comes|turned)\s+out(?:\s+as)?|(?:it|this|the\s+video)\s+ended\s+up(?:\s+as)?)\s+(?:in\s+)?(?:landscape|horizontal|16:9|wide(?:screen)?)\b(?:\s*[.;,]\s*(?:and\s+)?(?:that'?s|this\s+is|which\s+is)\s+(?:wrong|bad|not\s+(?:right|ok|okay)|a\s+problem)\b)?", " "),
    # ("横屏在抖音上太小了，改成竖屏": where it looks too small said between; set CS cs095 asked which sound)
    (r"(?:横屏|横版|竖屏|竖版|方形)\s*(?:的)?\s*(?:(?:在|放|发)\s*[^，,。；;\s]{1,8}?\s*(?:上|里)?\s*(?:看)?\s*(?:太小了?|太窄了?|看不清楚?)"
     r"|(?:不行|不好|不对|不合适|不适合|不可以|不太行))\s*[，,]\s*(?=[^。；;]*(?:横屏|横版|竖屏|竖版|方形|改))", ""),
    (r"放(?=\s*(?:抖音|快手|小红书|视频号|b站|ins\b|instagram\b|tiktok\b|reels?\b))", "发"),
    # "the constant zooming makes me dizzy": no zooming (set Y fmt05); as a wish with a verb when no remedy is said after it
    # ("it's too long and the zoom thing makes me dizzy" read "it's too long and no zooming" as one clause, the length
    # dropped without a word; set GD gd086), its old words when one is ("…makes me feel sick, please stop it")
    # ("the slow zoom on the pictures makes me dizzy": how it moves said too; set CE ce271 left "slow" unread)
    (rf"{_ZOOM_SICK}(?!\s*[,.;]?\s*(?:please\s+|so\s+|just\s+|can\s+you\s+)*(?:stop|turn|switch|remove|kill|get\s+rid|take|lose|ditch)\b)",
     "turn off ken burns"),
    (_ZOOM_SICK, "no zooming"),
    (r"(?:缩放|推拉|镜头运动|动效|一直放大缩小|zoom|zooming)\s*(?:效果)?\s*(?:看得|让人|看着|搞得)?\s*(?:我)?\s*(?:有点|好|很)?\s*(?:头晕|晕|想吐|眼晕)", "不要缩放"),
    # ("图片一直在动，看得头晕", "图片被裁了，而且一直在晃": the pictures' motion; set GD gd022 gd096)
    (r"(?:(?:图片|照片|画面)\s*)?(?<!不要)(?<!别)(?<!不)(?:一直|老是|总是|不停)\s*(?:在)?\s*(?:动|晃|抖|缩放|放大缩小)(?:来(?:动|晃)去)?(?:\s*[,，]?\s*(?:看得|让人|看着|搞得)?\s*(?:我)?\s*(?:有点|好|很)?\s*(?:头晕|晕|想吐|眼晕|眼花|难受))?", "不要缩放"),
)
# (wave 6) words a typo correction must leave alone ("it blocks the product" was read "it blacks"), and more ways to say
# that nothing is cropped ("make sure nothing gets chopped off", "I need to see the whole shoe", set Y fmt03/fmt04)
PLAIN_WORDS = PLAIN_WORDS + ("block", "blocks", "blocked", "blocking", "dizzy", "chopped", "abrupt", "abruptly")
FIT_CONTAIN = (FIT_CONTAIN[0] + ("nothing gets chopped off", "nothing is chopped off", "nothing chopped off", "is chopped off",
                                 "are chopped off", "gets chopped off", "get chopped off", "cut off at the edges",
                                 "cut off at the sides", "chopped off at the edges", "cropped at the edges",
                                 "need to see the whole", "want to see the whole", "see the whole product",
                                 "see the entire product", "see all of the product"),
               FIT_CONTAIN[1] + ("被裁掉了", "被切掉了", "被切了", "看不全", "显示不全", "不完整", "要看到完整"))
# ("the sneaker is cut off at the edges": a picture said to be cropped; the fit is the video's, the one remedy there is)
REWRITES = REWRITES + (
    (r"\b(?:nothing|none)\s+(?:in|of)\s+(?:the\s+|my\s+|our\s+)?(?:photos|pictures|images|shots|pics|products|slides)\s+(?:gets|is|are|get)\s+(cropped|cut\s+off|chopped\s+off)\b",
     r"nothing gets \1"),
    (r"\bcropped\s+nothing\b", "nothing cropped"),
    (r"\b(?:make\s+sure|ensure|check)\s+(?:that\s+)?(?:the\s+|our\s+|my\s+|all\s+(?:the\s+)?)?(?:products?|pictures|photos|images|shots|items?|pics)\s+"
     r"(?:don'?t|do\s+not|never|won'?t|doesn'?t|does\s+not)\s+get\s+(cut\s+off|cropped|chopped\s+off)\b", r"make sure nothing gets \1"),
    # "can the pictures not be cut off at the edges": the pictures asked not to be cropped, the fit (set CU cu168 was not
    # understood)
    (r"\b(?:can|could|would|will)\s+(?:you\s+make\s+)?(?:the\s+|my\s+|our\s+|all\s+(?:the\s+)?)?(?:products?|pictures|photos|images|shots|pics|slides)\s+"
     r"(?:please\s+)?not\s+(?:be|get)\s+(cut\s+off|cropped|chopped\s+off)\b(?:\s+(?:at|on)\s+the\s+(?:edges|sides|top|bottom))?",
     r"make sure nothing gets \1"),
    # "why is the sneaker cut off?", "how come the watch gets cropped": a thing cut off, asked why, is said cut off (the
    # question word kept "cut" a verb: it removed the sneaker, the title, muted the music; set CR cr223)
    (r"(?:^|(?<=[,.;!?]))\s*(?:but\s+|so\s+)?(?:why|how\s+come)\s+(?:is|are|does|do|'s)\s+((?:the|my|our)\s+)?([a-z][a-z\-]*(?:\s+(?:photo|picture|image|shot|pic|one))?)\s+"
     r"(?:get\s+|getting\s+|being\s+|all\s+)?(cut\s+off|cropped|chopped\s+off)\b", r"\1\2 is \3"),
    (r"(?:^|(?<=[,.;!?]))\s*(?:but\s+|so\s+)?(?:why|how\s+come)\s+(?=(?:the|my|our)\s+[a-z][a-z\-]*(?:\s+(?:photo|picture|image|shot|pic|one))?\s+"
     r"(?:is|are|gets|get|keeps\s+getting)\s+(?:being\s+|all\s+)?(?:cut\s+off|cropped|chopped\s+off)\b)", ""),
    (r"(?:^|(?<=[,.;!?]))\s*(?:the\s+|our\s+|my\s+)?(?!(?:music|song|voice|voiceover|narration|audio|sound|title|headline|captions?|text|video|clip|ending|end|intro|outro|logo|nothing|none|no|part)\b)"
     r"[a-z][a-z\-]*(?:\s+(?:photo|picture|image|shot|pic|one))?\s+(?:is|are|gets|get|was|looks)\s+(?:being\s+|all\s+)?(?:cut\s+off|chopped\s+off|cropped)\b"
     r"(?:\s+(?:at|on)\s+the\s+(?:edges|sides|top|bottom|left|right))?", "the pictures are cut off at the edges"),
    (r"(?:[\u4e00-\u9fff]{1,6}?(?:那张|这张|的图片?|的照片))\s*(?:有点|都)?\s*被\s*(?:裁掉|切掉|裁剪|裁切|裁|切)了?", "图片被裁掉了"),
)
# (wave 6) an editor's words (set Z): the "bed" is the music; static frames are still pictures; a hard cut is no transition;
# "title to 'X'" without a verb sets it; the music "a little quiet" is too quiet
extend(TARGETS, "music", en=("music bed", "bed", "audio bed", "sound bed", "bed track"), zh=("音乐床",))
STILL = (STILL[0] + ("static frames", "static frames only", "still frames", "still frames only", "static shots", "locked off",
                     "no ken burns"), STILL[1])
PLAIN_WORDS = PLAIN_WORDS + ("little", "quite", "pretty", "rather", "faint")  # ("tittle" stays a typo of "title")
# words of degree typed with a letter left out ("a litle louder"): the word meant, never the vocabulary word one letter
# off ("litle" became "title", and "music a title louder" was not understood; set CL cl017). A letter doubled stays a
# typo of the vocabulary's word ("tittle")
DEGREE_DROPPED = ("little", "pretty", "rather", "slightly")
extend(OPS, "louder_need", en=("a little quiet", "a bit quiet", "kind of quiet", "pretty quiet", "quite quiet", "rather quiet",
                               "a bit faint", "a little faint"))
REWRITES = REWRITES + (
    (r"(?:把\s*)?(?:the\s+)?transitions?\s*(?:都|全部|全都)?\s*(?:换成|改成|用|变成|to)\s*(?:hard|straight)\s*cuts?", "去掉转场"),
    (r"(?:从\s*)?黑场\s*淡入", "从黑色淡入"),
    (r"(?:^|(?<=[,.;!?]))\s*(?:the\s+)?(title|headline)\s+(?:to|->|→)\s+(?=\ue000)", r" set the \1 to "),
)
# ("conform to 24p and letterbox": the letterbox, read "black bars" above, said alone as a wish is the contain fit, set Z mix06;
# '… to "Gift Guide" in yellow': the colour of the text just set, a clause of its own, set Z mix03; "，开头从黑色淡入": a fade
# after a comma is a wish of its own, set Z mix10)
REWRITES = REWRITES + (
    (r"(?:(?<=\band\s)|^|(?<=[,.;!?]))\s*(?:add\s+|use\s+|with\s+)?black\s+bars\s*(?:are\s+(?:fine|ok|okay))?(?=\s*(?:$|[,.;!?]))",
     " make sure nothing gets cropped"),
    (rf"(\b(?:title|headline|heading)\b[^.;!?,\ue000]{{0,20}}\ue000\d+\ue001)\s*,?\s+in\s+({_COLOURS_EN})\b", r"\1 and make it \2"),
    # its entrance said right after its words: "title 'X' popping in, and …" read the animation and left the words (set DB db164)
    (r"(\b(?:title|headline|heading)\b[^.;!?,\ue000]{0,20}\ue000\d+\ue001)\s+(?=(?:popping|pops|fading|fades|sliding|slides|zooming|zooms"
     r"|bouncing|bounces|typing)\s+(?:in|up|on)\b|with\s+(?:a\s+|an\s+)?(?:pop|fade|slide|zoom|bounce|typewriter)(?:[\s-]+(?:in|up))?\s+(?:animation|effect|entrance)\b)",
     r"\1, "),
    # (not before a length said of both after it: "开头从黑场淡入，结尾再淡出到黑场，各1秒就行", set EV ev128)
    (r"[，,]\s*(?:还有|另外|然后|再)?\s*(?=(?:开头|开场|片头|结尾|最后|片尾)?\s*(?:从\s*(?:黑色|白色|黑场|白场)\s*)?淡(?:入|出))"
     r"(?![^。；;！!？?，,]*[，,]\s*(?:各|都|均|分别)\s*(?:是|为|要)?\s*\d)", "。"),
)
# "make the title red and nothing else, no changes": no changes but the one asked (corpus mixed_set_jkl_s#121, since "…, no
# changes to the edit" says a message is no wish at all, stance.TOLD_ONLY)
REWRITES = REWRITES + ((r"\bnothing\s+else\s*,?\s*no\s+(?:other\s+)?changes\b", "nothing else"),)
# ("the music's a little quiet under everything": too quiet, whatever it is under)
REWRITES = REWRITES + (
    (r"\b(quiet|faint|soft|low|buried)\s+under\s+(?:everything|it\s+all|the\s+(?:voice\s*-?\s*over|voiceover|voice|narration|vo|mix))\b", r"\1"),
)
# (wave 6, set AA) pieces of long briefs: each read as it is said alone
FILLER_EN = FILLER_EN + ("while you're at it", "while you are at it", "no other changes", "no other changes please",
                         "nothing else needs to change", "everything else looks great", "everything else looks good")
FIT_CONTAIN = (FIT_CONTAIN[0] + ("show the whole photos", "show the whole pictures", "show the whole images", "show the full photos",
                                 "show the entire photos"), FIT_CONTAIN[1])
REWRITES = REWRITES + (
    # "I'd like the title to be 'Back to School'": the title's words
    (r"\b(?:(?:i'?d|i\s+would|we'?d|we\s+would)\s+like\s+|(?:i|we)\s+want\s+)?(the\s+(?:title|headline))\s+to\s+be\s+(?=\ue000)", r"set \1 to "),
    # 'caption 2 reads "Travel Light"': that caption's words
    (r"\bcaption\s+(\d)\s+(?:reads|says|should\s+(?:read|say)|to\s+(?:read|say)|=|:)\s*(?=\ue000)", r"caption image \1 "),
    # "could the captions slide up when they appear": the entrance, said with when it happens
    (r"\s+(?:when|as|whenever)\s+(?:they|it)\s+(?:first\s+)?(?:appear|appears|come\s+in|comes\s+in|show\s+up|shows\s+up|pop\s+up|enter|enters)\b", ""),
    # "keep ducking on": as it is; "stop the ducking", "and not duck": the ducking off
    (r"(?:,\s*)?\bkeep\s+(?:the\s+)?(?:ducking|duck|auto[\s-]?ducking)\s+(?:on|as\s+is|going|enabled)\b", ""),
    # 'the title to be "X", shown for 5 seconds': how long it shows, a wish of its own
    (r"(\ue001)\s*,\s*(?:and\s+)?(?:shown|displayed|on\s+screen|up|visible)\s+for\s+", r"\1, show it for "),
    (r"\b(?:stop|disable|kill|end|drop)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:ducking|auto[\s-]?ducking|dipping)\b", "turn off ducking"),
    (r"\b(?:and|but)\s+(?:not|never|no)\s+(?:duck|ducking|dip|dipping)\b", ", turn off ducking"),
    # "each transition a slide", "the transitions should be slides": that kind
    (r"(?:\s*,?\s*\bwith\b)?\s*\b(?:each|every|all(?:\s+the)?|the)\s+transitions?\s+(?:should\s+be\s+|must\s+be\s+|to\s+be\s+|as\s+|=\s*|being\s+)?(?:a\s+|an\s+)?"
     r"(slide|wipe|fade|dissolve|crossfade|zoom|cross[\s-]?dissolve)s?\b", r", and change the transitions to \1"),
    # "we'll add text in another tool": what happens elsewhere, no wish here
    (r"\b(?:we'?ll|we\s+will|i'?ll|i\s+will|they'?ll|they\s+will)\s+(?:add|do|put|make)\b[^.;!?]*?\b(?:in|with|using)\s+(?:another|a\s+different|our\s+own|other|a\s+separate)\s+"
     r"(?:tool|app|program|editor|software)\b[^.;!?]*", " "),
    # "字幕用弹出效果，标题用淡入", "每个转场都用擦除": the look said with 用
    (r"(标题|字幕)\s*(?:就|都)?\s*(?:用|要|来个?)\s*(?=淡入|弹出|打字机|逐字|上滑|滑入|从下往上)", r"\1改成"),
    (r"(?:每个|所有的?|全部的?)\s*转场\s*(?:都|全部|全都)?\s*(?:用|要|来)\s*(?=[a-z\u4e00-\u9fff])(?!(?:多|长|短|快|慢|久))", "转场改成"),
    # (the end said before it is that end: "结尾淡出到黑场" was written "结尾结尾淡出"; set EV ev128)
    (r"(?:结尾|最后)?\s*从\s*黑场\s*淡出|(?:(?:结尾|最后|片尾)\s*(?:再|也|就)?\s*)?淡出\s*(?:到|成)\s*黑场", "结尾淡出"),
    # '结尾卡片"马上拥有"': the card and its words
    # (the verb's measure word as read, 1个 / 1张: "结尾加一个片尾卡片，写着：“X”" became "结尾加1个结尾加上“X”", a file looked for)
    (r"(?<!加)(?<!加个)(?<!加上)(?<!加一个)(?<!加1个)(?<!加1张)(?<!添加)(?:结尾卡片|片尾卡片|结尾页|结束卡片)\s*[:：]?\s*(?=\ue000)", "结尾加上"),
    # "把旁白翻译成日语": a translation the engine does not do; never a removal of the voice
    (r"(?:帮我|请)?\s*(?:把)?\s*(?:旁白|配音|字幕|标题|文案|人声)?\s*翻译\s*(?:成|为)\s*[\u4e00-\u9fffa-z]{1,6}", " 翻译 "),
    (r"(?:再)?\s*(?:去掉|去除|消除)\s*(?:里面的|其中的)?\s*(?:杂音|噪音|底噪|噪声)", " 降噪 "),
)
# (wave 6) a corner typed with a hyphen before "corner": "title bottom-left corner" (set Z tit10)
for _corner in ("top_left", "top_right", "bottom_left", "bottom_right"):
    extend(POSITIONS, _corner, en=(_corner.replace("_", "-") + " corner",))
# (wave 7, issue 11) a text's entrance or exit animation by its side ("请去掉标题的退场动画"): the animation, not the
# pictures' motion (动画 alone) and not the title (set AE ae106 removed the title and the Ken Burns)
extend(OPS, "animate", zh=("入场动画", "进场动画", "出场动画", "退场动画", "离场动画", "入场效果", "出场效果", "退场效果",
                           "进场效果"))
_ANIM_KIND_EN = (r"(?:fade|slide(?:\s+(?:up|down|in|from\s+the\s+(?:left|right|top|bottom)))?|pop|bounce|typewriter(?:\s+effect)?"
                 r"|zoom)")
REWRITES = REWRITES + (
    # "title should go away with a fade... actually a slide down": the animation corrected, the later one in the
    # earlier's place (the correction was read alone, without "go away", as an entrance; set AK ak257)
    # ("no" only before a comma: "slide up, no pop" says the pop is not wanted, never a correction to it; wave 25)
    (rf"\b(?:an?\s+)?{_ANIM_KIND_EN}\s*(?:\.{{2,}}|…|[,;:\-])?\s*(?:no\s+wait|wait|actually|i\s+mean|or\s+rather|sorry|no(?=\s*[,.]))"
     rf"\s*[,.]*\s*(?:make\s+(?:it|that)\s+|use\s+|go\s+with\s+)?((?:an?\s+)?{_ANIM_KIND_EN}|no\s+(?:exit\s+|entrance\s+|outro\s+|intro\s+)?"
     r"animation)\b(?!\s+(?:transitions?|music))", r"\1"),
)
# "the title should leave with a fade", "captions exit with a slide": how a text leaves (set AK ak257)
extend(OPS, "animate", en=("leave with", "leaves with", "leaving with", "exit with", "exits with", "go away with",
                           "goes away with", "disappear with", "disappears with", "go out with", "goes out with"))
REWRITES = REWRITES + (
    # "title goes out with no exit animation", "the title shouldn't have an exit animation": none on that side (set AJ
    # aj261 after its correction; "with no …" and "shouldn't have …" were not read)
    (r"\b(?:(?:go(?:es)?\s+out|leaves?|exits?|go(?:es)?\s+away|disappears?)\s+)?(?:with\s+)?(?:no|without(?:\s+an?|\s+any)?"
     r"|(?:shouldn'?t|should\s+not|doesn'?t|does\s+not|don'?t|do\s+not)\s+(?:have|need)\s+(?:an?|any))\s+"
     r"(exit|entrance|intro|outro|ending|closing)\s+(animation|effect)\b(?:\s+at\s+all\b)?", r"no \1 \2"),
)
_TEXT_EN = r"(?:title|headline|heading|captions?|subtitles?)"
_STILL_GAP = r"(?:[\s,]+(?:should|must|can|could|to|just|simply|only|vanish|disappear|cut|off|at|the|end|go|away|please|and|so|it))*"
REWRITES = REWRITES + (
    # "the title shouldn't fade out at the end", "title should just vanish at the end, no fade out": the title's exit
    # animation off, not a fade of the whole video (set AF af164 faded the video out, AD ad063)
    (rf"\b(?:the\s+)?({_TEXT_EN})(?:'s)?{_STILL_GAP}(?:[\s,]+(?:no|without|shouldn'?t|should\s+not|doesn'?t\s+need\s+to|does\s+not\s+need\s+to"
     r"|don'?t|do\s+not|never|not)\s+(?:any\s+|a\s+|to\s+)?(?:fade[\s-]?out(?:\s+to\s+black)?|fading\s+out|fade\s+away|exit\s+animation"
     r"|outro\s+animation)|[\s,]+fadeoff\s+out)"  # (promo wordings wrote "no fade out" and "fade out at the end" before)
     r"(?!\s+(?:of|on|for)\s+(?:the\s+)?(?:music|video|song|audio|sound))(?:\s+at\s+the\s+end)?", r"remove the \1 exit animation"),
    # "…and type in", "the title should type itself in": a typewriter entrance said as the text typing in (set CD cd233
    # moved the captions and dropped it); not "type in 'Sale' as the title", words to write
    (r"\b(typ(?:e|es|ing))\s+(?:(?:itself|themselves)\s+)?in\b(?=\s*(?:$|[,.;!?，。；！？]|(?:and|then|please|pls|too|as\s+well"
     r"|letter|word|one\s+letter|on\s+screen|with)\b))", r"\1 on"),
    # the text named after the fade taken away: "remove the fade-out on the title", "no fade in for the captions" (block P
    # wrote "fadeoff out", the whole video's: set CD cd070 was told the video has no fade)
    (rf"\bfadeoff\s+out\s+(?:on|of|for|from|off)\s+(?:the\s+)?({_TEXT_EN})\b", r"remove the \1 exit animation"),
    (rf"\bfadeoff\s+in\s+(?:on|of|for|from|off)\s+(?:the\s+)?({_TEXT_EN})\b", r"remove the \1 entrance animation"),
    # a side's animation set to nothing: "set the title exit animation to none", "change the captions' entrance animation to
    # off" is that side's animation removed (set CU cu156 was not understood; "none" read as no value)
    (rf"\b(?:set|change|switch|turn|make)\s+(?:the\s+)?({_TEXT_EN})(?:'s|')?\s+(?:exit|outro|out)\s+"
     r"(?:animation|effect)s?\s+(?:to|into|as)?\s*(?:none|nothing|off|no\s+animation)\b", r"remove the \1 exit animation"),
    (rf"\b(?:set|change|switch|turn|make)\s+(?:the\s+)?({_TEXT_EN})(?:'s|')?\s+(?:entrance|intro|in)\s+"
     r"(?:animation|effect)s?\s+(?:to|into|as)?\s*(?:none|nothing|off|no\s+animation)\b", r"remove the \1 entrance animation"),
    # (wave 38) said of "its"/"their", the text named before it in the sentence: "change the title's entrance animation to
    # fade and set its exit animation to none" (set CV cv151 left the exit unread); never when another thing is named
    # between ("make the music louder and set its exit animation to none")
    (rf"\b({_TEXT_EN})\b((?:(?!music|song|voice|audio|sound|logo|sticker|picture|image|photo|clip|video|card)[^.;!?]){{0,60}}?"
     r"\band\s+)(?:(?:set|change|switch|turn|make)\s+)?(?:its|their)\s+(?:exit|outro|out)\s+"
     r"(?:animation|effect)s?\s+(?:to|into|as)?\s*(?:none|nothing|off|no\s+animation)\b", r"\1\2remove the \1 exit animation"),
    (rf"\b({_TEXT_EN})\b((?:(?!music|song|voice|audio|sound|logo|sticker|picture|image|photo|clip|video|card)[^.;!?]){{0,60}}?"
     r"\band\s+)(?:(?:set|change|switch|turn|make)\s+)?(?:its|their)\s+(?:entrance|intro|in)\s+"
     r"(?:animation|effect)s?\s+(?:to|into|as)?\s*(?:none|nothing|off|no\s+animation)\b", r"\1\2remove the \1 entrance animation"),
    # "…exit animation so it simply cuts off", "…, just cut it off": how it ends once the animation is gone, never the
    # title cut (set AC ac086, AF af164 removed the title)
    (r"(exit\s+animation)\s*(?:[,;]\s*|\s+and\s+|\s+so\s+(?:that\s+)?)(?:it\s+)?(?:just\s+|simply\s+)?(?:cut|cuts|snap|snaps"
     r"|disappear|disappears|vanish|vanishes|end|ends)(?:\s+it)?(?:\s+off)?(?:\s+at\s+the\s+end)?\b", r"\1"),
    # "title doesn't need to be bold", "the captions shouldn't be bold": not bold (set AD ad053, AE ae149 read the
    # negation as nothing to do)
    (rf"\b((?:the\s+)?{_TEXT_EN})\s+(?:doesn'?t|does\s+not|don'?t|do\s+not|shouldn'?t|should\s+not|needn'?t|need\s+not)"
     r"\s+(?:need\s+to\s+|have\s+to\s+)?be\s+(?:in\s+)?bold\b", r"\1 not bold"),
    # "the title is way too long, just say Fall Essentials": the title's words too long, new words said (set AE ae128,
    # AF af124 timed the title)
    (r"\b(?:the\s+)?(?:title|headline|heading)(?:\s+text)?(?:\s+is|'s|\s+feels|\s+looks)\s+(?:way\s+|much\s+|a\s+bit\s+|kind\s+of\s+|far\s+)?"
     r"(?:too\s+)?(?:long|wordy)\s*[.,;:\-]?\s*(?:so\s+)?(?:just\s+|only\s+)?(?:say|make\s+it\s+say|have\s+it\s+say|call\s+it)\s+(?![\d.]+\s*(?:s|secs?|seconds?)\b)",
     "set the title to "),
    # "make the title appear 2 seconds in", "title should come in after 2 seconds": its start, said as a time in the
    # video (set AC ac075 set its length, AD ad056)
    # ("the clip should begin 2.5 seconds in" is where the clip's own footage starts: the trim's, so a clip said before
    # "start"/"begin" keeps it; corpus promo_wordings#58)
    (r"\b(appear|appears|show\s+up|shows\s+up|come\s+in|comes\s+in|pop\s+up|pops\s+up"
     r"|(?<!clip\s)(?<!clip\sshould\s)(?<!clip\sto\s)(?<!clip\smust\s)(?:start|starts|begin|begins))\s+"
     r"(?:at\s+|after\s+)?(?:about\s+|around\s+)?(\d+(?:\.\d+)?)\s*(seconds?|secs?|s)\s+in\b(?!\s+(?:length|total))", r"\1 at \2 \3"),
    (r"\b(appear|appears|show\s+up|shows\s+up|come\s+in|comes\s+in|pop\s+up|pops\s+up)\s+(?:only\s+)?after\s+"
     r"(?:about\s+|around\s+)?(\d+(?:\.\d+)?)\s*(seconds?|secs?|s)\b(?!\s+(?:longer|later))", r"\1 at \2 \3"),
    # "the title should show up around 15 seconds", "appear at about 10 seconds", "show up in the middle of the video instead,
    # around 15 seconds": a start said roughly (read as the title's length; set AC ac255)
    (r"\b(appear|appears|show\s+up|shows\s+up|come\s+in|comes\s+in|pop\s+up|pops\s+up)\s+(?:in\s+the\s+middle(?:\s+of\s+the\s+video)?"
     r"(?:\s+instead)?\s*,?\s*)?(?:at\s+)?(?:about|around|roughly|approximately|near)\s+(\d+(?:\.\d+)?)\s*(seconds?|secs?|s)\b", r"\1 at \2 \3"),
    # "…at 2 seconds, not right away", "…instead of right at the start": the start it had, said again (set AD ad056 left
    # the clause unread); and after "N seconds into the video" ("start the title 1 second into the video instead of at the
    # very beginning" read the beginning as its start, 0-1 s: set CI ci055)
    (r"(\bat\s+\d+(?:\.\d+)?\s*(?:seconds?|secs?|s)|\b\d+(?:\.\d+)?\s*(?:seconds?|secs?|s)\s+in(?:to\s+(?:the\s+)?(?:video|clip|promo|ad|reel))?)\s*,?\s*(?:and\s+)?(?:not|instead\s+of|rather\s+than)\s+(?:right\s+|straight\s+)?"
     r"(?:away|immediately|at\s+(?:the\s+)?(?:very\s+)?(?:start|beginning)|from\s+the\s+(?:very\s+)?(?:start|beginning)|at\s+0\s*s?)\b", r"\1"),
    # the title said to be on too briefly, then "it" given more time: "it" is the title, not the video ("标题那行字停得太短，
    # 让它多停两秒" made the video 2 s longer, set CI ci155; "the title is too short, make it 2 seconds longer" so too)
    (r"((?:标题|标题文字)(?:那行字|那行|的字|文字)?\s*(?:停|停留|显示|出现|留|待)?(?:得|的)?\s*(?:时间)?\s*(?:太短|太快|太急|不够久|不够长)了?)"
     r"\s*[，,]\s*(?:所以|那就|就)?\s*(?:再)?\s*(?:让|把|将)?\s*它(?=\s*(?:再)?\s*(?:多|延长|长|久))", r"\1，让标题"),
    (r"\b((?:the\s+)?(?:title|headline|heading)(?:\s+text)?\s+(?:is|goes\s+by|goes\s+away|disappears|vanishes|flashes\s+by|leaves|stays(?:\s+up)?"
     r"|is\s+on(?:\s+screen)?|is\s+up)\s+(?:way\s+|a\s+bit\s+|a\s+little\s+|kind\s+of\s+|kinda\s+)?too\s+(?:short|fast|quick|quickly|briefly|soon|early))"
     r"\s*[,;]\s*(?:so\s+|please\s+|pls\s+)?(make|keep|leave|hold|have|let)\s+it\b(?=[^,.;!?]{0,30}\b(?:longer|more)\b)", r"\1, \2 the title"),
    # "标题挪到画面下方三分之一的位置": the lower third (下方 alone is the bottom)
    (r"(?:画面)?(?:下方|下面|底部|底下)\s*(?:的)?\s*(?:三|3)\s*分之\s*(?:一|1)(?:\s*(?:的)?\s*(?:位置|处|地方))?", "下三分之一"),
    # "title words appearing one at a time": word by word
    (r"\bwords?\s+(?:appearing|appear|come\s+in|coming\s+in|pop(?:ping)?\s+in|show(?:ing)?\s+up)\s+(?:one|1)\s+(?:at\s+a\s+time|by\s+(?:one|1)|after\s+another)",
     "word by word"),
    (r"逐(?:个|一)?词(?:地)?(?:出现|显示|弹出)", "逐词"),
    # "标题出现的时候从下往上滑进来", "字幕动画改成从下往上滑入": how the text enters, said with when it does or with the word
    # animation (动画 alone is the pictures' motion; set AC ac084, AF af186)
    (r"((?:标题|字幕|文字)\s*)(?:出现|出来|进场|入场)\s*(?:的)?\s*时(?:候)?\s*[，,]?\s*(?=从|用|要|是|以|做|弹|淡|滑|逐|打字)", r"\1"),
    (r"((?:标题|字幕|文字)\s*)(?:的)?\s*(?:动画|动效)(?:效果)?\s*(?=改成|改为|换成|换为|用|设为|设置为|设成)", r"\1"),
)
_FONT_SAID = r"(?:playfair\s+display|playfair|handwriting|handwritten|cursive|script|sans[\s-]serif|sans|serif|display)"
REWRITES = REWRITES + (
    # a list of looks after one text: each look said of that text, as a sentence of its own ("captions in pink, handwriting
    # font", "title: bold off, font serif", "title at the bottom in handwriting"; set AF af183, af188, AD ad260 read the
    # first look alone and dropped the font without a word)
    (r"\bbold\s+off\b", "not bold"),
    # "remove the bold styling from the title": the weight's style, as the rules below say it (set CQ cq221 was not read)
    (r"\bbold(?:ing|ness|face)?\s+(?:styling|styles)\b", "bold style"),
    # the bold taken away from a text: "remove the bold from the title text", "take the bold off the captions", "get rid of
    # the title's bolding" (set CD cd060 asked whether the title went)
    (rf"\b(?:remove|delete|drop|get\s+rid\s+of|lose|ditch|turn\s+off|undo|strip|kill|no|take\s+(?:away|out|off))\s+(?:the\s+|any\s+|that\s+)?"
     rf"bold(?:ing|ness|face)?(?:\s+(?:formatting|font|weight|style|effect|look))?\s+(?:(?:from|on|of|off|for|in)\s+(?:the\s+|all\s+the\s+)?|the\s+)"
     rf"({_TEXT_EN})(?:\s+text)?\b", r"\1 not bold"),
    (rf"\btake\s+(?:the\s+)?bold(?:ing|ness|face)?\s+(?:off|out\s+of|away\s+from)\s+(?:the\s+|all\s+the\s+)?({_TEXT_EN})(?:\s+text)?\b",
     r"\1 not bold"),
    (rf"\b(?:remove|delete|drop|get\s+rid\s+of|lose|ditch|turn\s+off|undo|strip|kill)\s+(?:the\s+)?({_TEXT_EN})(?:'s|\s+text's)\s+"
     r"bold(?:ing|ness|face)?(?:\s+(?:formatting|font|weight|style|effect|look))?\b", r"\1 not bold"),
    # "标题不要粗体", "字幕别用粗体", "标题取消粗体": not bold (set CA ca109 read 不要 as the title's removal and asked; 别用
    # was read as bold)
    (r"(标题|字幕|文字|字)\s*(?:的)?\s*(?:字体)?\s*(?:也)?\s*(?:不要再?|别再?|取消|去掉|去除|不想要|不想)\s*(?:用|加|是|要)?\s*(?:粗体|加粗|粗字)(?:字体|字|了)?",
     r"\1不加粗"),
    # the look of a text, then what it is for, without "I": "title font serif plz, want it more classy" (set BZ bz044
    # applied the elegant style beside the font): said with "I", which the style reads as a reason, never a wish
    (rf"(\b{_TEXT_EN}\b[^.;!?]{{0,40}}?)\s*(?:\b(?:plz|pls|please)\b\s*)?([,，])\s*(want|need)\s+(?:it|them)\s+(?=(?:to\s+(?:look|feel|be)\s+)?"
     r"(?:a\s+(?:bit|little|lot)\s+|much\s+|way\s+)?more\s+[a-z])", r"\1\2 i \3 it "),
    (rf"\b({_TEXT_EN})\b(?!\s+(?:font|typeface))([^.;!?]{{0,40}}?)\s*[,，]\s*(?:and\s+)?(?:in\s+)?(?:an?\s+)?({_FONT_SAID})\s+(?:font|typeface)\b",
     r"\1\2; \1 in \3 font"),
    # ("set the title colour to white and the font to serif": "and the font", no comma; set BY by026 set the colour and
    # dropped the font without a word)
    (rf"\b({_TEXT_EN})\b(?!\s+(?:font|typeface))([^.;!?]{{0,40}}?)(?:\s*[,，]\s*(?:and\s+)?|\s+and\s+)(?:(?:the|its|their)\s+)?"
     rf"(?=(?:font|typeface)\s+(?:to\s+|:\s*)?{_FONT_SAID}\b)",
     r"\1\2; \1 "),
    # a size by its name said last, bare, after another look of the same text: "captions at the bottom, and small", "title
    # white and small" (set BY by191 moved the captions and dropped the size without a word); not past a thing that is
    # no text ("the logo next to the captions and small")
    # ("title at the top, and small captions": a size said before another text after a joint is that text's, never the
    # place said before it; both were moved to the top)
    (r"(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?:with\s+)?(?:an?\s+)?(tiny|small|smaller|big|bigger|large|larger|huge)\s+(captions|subtitles|title|headline)\b"
     r"(?=\s*(?:$|[,.;!?]))", r"; make the \2 \1"),
    (rf"(?<!under\sthe\s)(?<!below\sthe\s)(?<!above\sthe\s)(?<!over\sthe\s)(?<!next\sto\sthe\s)(?<!beside\sthe\s)(?<!near\sthe\s)"
     rf"\b({_TEXT_EN})\b(?!\s+(?:font|typeface|size))(?!\s+(?:is|are|looks?|seems?|was|were)\b)((?:(?!logo|sticker|image|picture|photo|pic\b|clip|video|overlay|music|voice)[^.;!?\n]){{0,40}}?)"
     r"(?:\s*[,，]\s*(?:and\s+)?|\s+and\s+)(?:(?:quite|really|very|fairly|pretty|nice\s+and)\s+)?(tiny|small|medium|large|big|huge)"
     r"(?=\s*(?:$|[,.;!?，。；！？]))",
     r"\1\2; \1 size \3"),
    (rf"\b({_TEXT_EN})\b((?:\s+(?:at|to|on)\s+(?:the\s+)?(?:top|bottom|middle|center|centre|left|right)(?:\s+(?:left|right))?"
     rf"(?:\s+of\s+the\s+(?:screen|frame|video))?)|(?:\s+in\s+(?:#[0-9a-f]{{3,6}}|[a-z]+)))\s+in\s+(?:an?\s+)?({_FONT_SAID})(?:\s+(?:font|typeface))?\b",
     r"\1\2; \1 in \3 font"),
    # "字幕 font 换成 handwriting", "标题改成X，字号放大", "字幕 … ，颜色 pink": a look of the text just named (not "，字体用X":
    # "标题字体" is the display font's name, and the brand's heading font)
    (r"(?<=[\u4e00-\u9fff\s])font(?=\s*[\u4e00-\u9fff])", "字体"),
    (r"(标题|字幕)([^。；;，,]{0,30})[，,]\s*(?=(?:字号|颜色)\s*(?:放大|加大|调大|大一点|大一些|大点|缩小|调小|小一点|小一些|小点|换成|改成|改为"
     r"|用|设为|是|[a-z#]))", r"\1\2；\1"),
    # "标题改成“限时特惠”，字体放大": its size said with 字体 (a size word after it, never a font's name: set AP ap143
    # set the words and left the size unread)
    (r"(标题|字幕)([^。；;，,]{0,30})[，,]\s*(?=(?:字体|文字|字)\s*(?:再)?\s*(?:放大|加大|调大|大一点|大一些|大点|缩小|调小|小一点|小一些|小点"
     r"|大一号|小一号)(?![\u4e00-\u9fff]*(?:图|照片|视频|片段)))", r"\1\2；\1"),
    # "标题改成新品上市，字体用手写体": the font of the text just named, said as "its font" (标题的字体: "标题字体" is the display
    # font's name); the title's words were dropped, the clause read as the font alone (set CJ cj224). One text only:
    # "标题和字幕改成白色，字体用手写体" stays as it was
    (r"(?<![和与及跟、,，])(标题|字幕)((?:(?!标题|字幕|和|与|及|跟|字体)[^。；;，,]){0,30})[，,]\s*(?=字体\s*(?:用|改成|换成|改为|设为|是)\s*[^。；;，,\s])",
     r"\1\2；\1的"),
    # "标题改成中文：新品上市": the language of the words after the colon, never a font (the Chinese font was set and the words
    # dropped, set CJ cj224)
    (r"((?:标题|字幕|文字|结尾卡片?)\s*(?:的文字|的内容|文字|内容)?\s*(?:改成|改为|换成|写成|变成|用))\s*(?:中文|英文|汉字)(?:的)?\s*[:：]\s*(?=\S)",
     r"\1："),
)
extend(OPS, "animate", zh=("从下往上滑进来", "从下往上滑入", "从下往上滑上来", "从下往上升起", "从下往上飘上来"))
# "标题从上面滑下来": an entrance from above, not a place (set AM am241; "标题从上面滑下来" moved the title to the top)
extend(OPS, "animate", zh=("从上面滑下来", "从上方滑下来", "从顶部滑下来", "从上边滑下来", "从上面滑下", "从上方滑下", "从上往下滑",
                           "从上往下滑下来", "从上面滑入", "从上方滑入", "从上面落下来", "从上方落下来", "从上面掉下来",
                           "从下面滑上来", "从下方滑上来", "从底部滑上来", "从下边滑上来"))
# a terse list of the video's specs: its shape, the title's words, a bare length (set CD cd230)
_SPEC_SHAPE = (r"(?:vertical|horizontal|landscape|portrait|square|widescreen|\d{1,2}\s*[:：]\s*\d{1,2}|\d{3,4}p|4k|\d{2}\s*fps"
               r"|竖屏|竖版|横屏|横版|方形|正方形)")
_SPEC_TITLE = r"(?:title|headline|标题)\s*(?:[:：=]|是|为)?\s*\ue000\d+\ue001"
_SPEC_LEN = r"\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|秒)"
# a verb opening a wish of its own (after a text's words and looks listed with commas)
REWRITES = REWRITES + (
    # "lose the title": remove it (set AF af105)
    (r"\blose\s+(?=(?:the\s+|all\s+(?:the\s+)?)?(?:title|headline|heading|captions?|subtitles?|text)\b)", "remove "),
    # "cut the captions": removed, as "lose" (set CF cf241 was not read: "cut" trims a clip); never a time or a length
    # of them ("cut the title to 2 seconds", "cut the captions short")
    (r"\bcut\s+(?=(?:the\s+|all\s+(?:the\s+)?)?(?:title|headline|heading|captions|subtitles|caption|subtitle|text)\b"
     r"(?!\s+(?:to|short|shorter|down|back|by|at|from|after|before|in|off|earlier|sooner|\d)))", "remove "),
    # "the file names showing under each pic": the captions (the first cut captions each picture with its file's words;
    # set AE ae056)
    (r"\b(?:the\s+)?(?:file\s*names?|product\s+names?|names)\s+(?:that\s+(?:show|appear)\s+|showing\s+|shown\s+|displayed\s+|appearing\s+|written\s+)?"
     r"(?:up\s+)?(?:under|below|beneath|on)\s+(?:each|every|all\s+the|the)\s+(?:pic|picture|photo|image|shot|slide)s?\b", "the captions"),
    # "the file names at the bottom": where the captions show them (set CE ce235 was not read); names alone stay unread
    # ("the names at the bottom" may be anything written there)
    (r"\b(?:the\s+)?(?:file\s*names?|image\s+names?|picture\s+names?|photo\s+names?)\s+(?:that\s+(?:show|appear)\s+|showing\s+"
     r"|shown\s+|displayed\s+|appearing\s+|written\s+)?(?:at|along|across|on)\s+the\s+bottom(?:\s+of\s+(?:the\s+)?"
     r"(?:screen|frame|video|pics?|pictures?|photos?|images?|shots?|slides?))?\b", "the captions"),
    # "add captions with the product names under each picture": what the captions say already (set AC ac103)
    (r"\b(captions?|subtitles?|text\s+overlays?)\s+(?:with|showing|of|saying)\s+(?:the\s+|each\s+)?(?:product|item|file)(?:'s)?\s+names?"
     r"(?:\s+(?:under|below|beneath|on)\s+(?:each|every|the)\s+(?:pic|picture|photo|image|shot|slide)s?)?", r"\1"),
    # the title's words as one item of a list of the video's specs, a bare length another item: "square, headline 'Go',
    # 12 s", "headline 'Go', 12 s, square", "竖屏，标题“X”，15秒" is the video's 15 s (set CD cd230 made the title 15 s
    # long); a length said as the title's ("…, 4 seconds long", "for 4 seconds") and a list with no shape stay the title's
    (rf"(?:^|(?<=[,;，；]))((?:\s*(?:and\s+)?{_SPEC_SHAPE}\s*[,，]\s*)+(?:and\s+)?{_SPEC_TITLE})\s*[,，]\s*(?:and\s+)?"
     rf"(?={_SPEC_LEN}\s*(?:$|[,.;!?，。；！？]))", r"\1; "),
    (rf"(?:^|(?<=[,;，；]))(\s*{_SPEC_TITLE})\s*[,，]\s*(?:and\s+)?({_SPEC_LEN})(?=\s*[,，]\s*(?:and\s+)?{_SPEC_SHAPE}\s*(?:$|[,.;!?，。；！？]))",
     r"\1; \2"),
    # 'title: "Holiday Picks", red, for 4 seconds': the new words, then each look or time of the title (set AE ae004,
    # AF af172)
    # (the last item another wish, said with its own verb: "title: 'Flash Sale', yellow, and remove the captions" is not the
    # title's; set CF cf241 removed the title too)
    (rf"\b(title|headline)\s*[:：]\s*(\ue000\d+\ue001)\s*[,，]\s*([^,;.!?，。]+?)\s*[,，]\s*(?:and\s+|then\s+)?"
     rf"((?:{_ANOTHER_WISH})\b[^,;.!?，。]*?)(?=\s*(?:$|[.;!?。]))", r"\1: \2; \1 \3; \4"),
    (r"\b(title|headline)\s*[:：]\s*(\ue000\d+\ue001)\s*[,，]\s*([^,;.!?，。]+?)\s*[,，]\s*(?:and\s+)?([^,;.!?，。]+?)(?=\s*(?:$|[.;!?。]))",
     r"\1: \2; \1 \3; \1 \4"),
    # the title removed and new words for it said: a change of its words, never its removal ("把原来的标题去掉，换成“X”")
    (r"(?:把|将)?\s*(?:原来的|原先的|旧的|现在的|之前的)?\s*标题\s*(?:去掉|删掉|删了|删除|不要了?)\s*[,，]?\s*(?:再)?\s*(?:换成|改成|改为|用)\s*[:：]?\s*"
     r"(?=\ue000)", "标题改成"),
    (r"\b(?:replace|swap)\s+(?:the\s+)?(?:old\s+|current\s+|existing\s+)?(title|headline)(?:\s+(?:text|words))?\s+(?:with|for)\s+(?=\ue000)",
     r"set the \1 to "),
    # a card's second line quoted after its words: "结尾写“关注我们”，第二行写“抖音号 kicks888”" (第二 had been the second picture,
    # its caption set: a wrong edit)
    (r"((?:结尾|片尾|卡片)[^。！？!?]{0,40}?[,，]\s*)第[二2]行(?:小字)?\s*(?:写着|写上|写|是|为)?\s*[:：]?\s*(?=\ue000)", r"\1下面一行小字"),
    # (never another thing's wish: "title: Summer Sale, 音乐小一点" made the title smaller, set wave40_k)
    (r"\b(title|headline)\s*[:：]\s*(\ue000\d+\ue001)\s*[,，]\s*(?:and\s+)?"
     rf"(?!\s*(?:the\s+)?(?:{_OTHER_THING}))([^,;.!?，。]+?)(?=\s*(?:$|[.;!?。]))", r"\1: \2; \1 \3"),
    # (and without the colon, a size said next: "title 'BOGO this weekend', bigger, centered is fine", set AN an232
    # dropped "bigger")
    (r"\b(title|headline)\s*(\ue000\d+\ue001)\s*[,，]\s*((?:(?:a\s+)?(?:little\s+|bit\s+|lot\s+)|much\s+|slightly\s+|way\s+)?"
     r"(?:bigger|larger|smaller|bolder|bold))(?:\s*[,，]\s*(?:the\s+)?[a-z]{3,12}\s+(?:is|are)\s+(?:fine|ok|okay|good))?"
     r"(?=\s*(?:$|[,.;!?，。]))", r"\1: \2; \1 \3"),
    # (and a time said next: 'title "Back to School Sale", 4 seconds long', set AP ap153 refused the quote)
    (r"\b(title|headline)\s*(\ue000\d+\ue001)\s*[,，]\s*((?:for\s+|lasting\s+|shown\s+for\s+|on\s+screen\s+for\s+)?\d+(?:\.\d+)?\s*"
     r"(?:s|secs?|seconds?)(?:\s+long)?)(?=\s*(?:$|[,.;!?，。]))", r"\1: \2; \1 \3"),
    (r"(?<=;\s)(title|headline)\s+(top|bottom|middle|center|centre)\s+of\s+the\s+(?:screen|frame|video)\b", r"\1 at the \2"),
    # "no title, no captions, just products and music": what stays, no edit (set AF af223 removed the music with the texts)
    (r"[,;]?\s*(?:just|only)\s+(?:the\s+)?(?:products?|pictures?|photos?|pics|images?|visuals?|shots?)\s+(?:and|&|\+|with)\s+(?:the\s+)?"
     r"(?:background\s+)?(?:music|song|soundtrack)\b", ""),
    # "结尾卡片…，副标题为“nemo.shop”": a second line, never the title (set AE ae076 set the title)
    (r"副标题", "副题"),
    # its main words said as 主标题 beside that second line are the card's words, never the title ("结尾页副标题写“Y”，主标题“X”"
    # set the title, set DB db190)
    # (of a card named first: "主标题…，副标题…" alone is no card's)
    (r"((?:结尾|片尾|结束|卡片)[^。！!？?]{0,20}?副题[^。！!？?]{0,40}?)主标题", r"\1主文字"),
    (r"((?:结尾|片尾|结束|卡片)[^。！!？?]{0,20}?)主标题(?=[^。！!？?]{0,40}?副题)", r"\1主文字"),
    # the logo added bare in the clause after the card's quoted words is the card's: "结尾页写“X”，加上logo" put it over the
    # whole video (set DB db061)
    (r"((?:结尾|片尾|结束页|结束卡片)[^。！!？?，,]{0,20}?\ue001)\s*[,，]\s*(?:再|也|并|并且|然后|同时)?\s*(?:加上|加个|放上|加)\s*"
     r"((?:我们|品牌|店铺)?\s*的?\s*(?:logo|标志))(?=\s*(?:$|[。！!]))", r"\1，带上\2"),
    # "every word on screen", "any words on the screen": all the text (set AK ak73 looked for a picture named so)
    (r"\b(?:every|each|any|all)\s+(?:single\s+)?(?:word|words|letter|letters|bit\s+of\s+writing)\s+(?:on|on\s+the)\s+(?:screen|video|frame)\b",
     "all the text"),
    # "不要底下那些小字": the small words along the bottom are the captions (set AG ag073 asked which text)
    (r"(?:底下|下面|下方|底部|图片下面|图片下方)\s*(?:的)?\s*(?:那些|这些|那个|这个|那行|这行)?\s*(?:的)?\s*小字", "字幕"),
    # "title in the middle is blocking the sneaker, move it down…", "title centered is boring, bottom please": where the
    # text is now, said of it in a complaint, is no place wished for (sets AM am277, AJ aj205 kept it in the middle)
    # ("the text at the bottom is too big": which text, the captions)
    (r"\b(title|headline|captions?|subtitles?)\s+(?:(?:right\s+)?in\s+the\s+(?:middle|center|centre)|centered|centred"
     r"|(?:right\s+)?at\s+the\s+(?:top|bottom))\s+(?=(?:is|are|looks?|feels?|seems?|kind\s+of|kinda)\b)"
     r"(?!(?:is|are|looks?|feels?|seems?)\s+(?:(?:just|totally|really)\s+)?(?:fine|ok|okay|good|great|perfect|better|nice|right)\b)", r"\1 "),
    # "captions centered at the bottom": centred along the bottom is the bottom place (set AL al65 put them in the middle)
    # ("sit in the middle at the bottom": "in the" goes with the middle; set EW ew12 left "in the at the bottom")
    (r"\b(?:in\s+the\s+)?(?:centered|centred|center|centre|middle)\s+(?:at|on|along|in|to)\s+the\s+(top|bottom)\b(?!\s*(?:left|right|corner))", r"at the \1"),
    (r"(?:居中|中间)\s*(?:放在|放到|放|在|于)\s*(顶部|底部|上方|下方)", r"放在\1"),
)
REWRITES = REWRITES + (
    # "when the title leaves, slide it out …": the time said first is its exit, as "the title, on exit" (the clause was
    # said not understood); only before a way out said with its "out" (the exit is read from the clause of the animation)
    (r"\bwhen\s+((?:the\s+)?(?:title|headline|heading|captions|subtitles|text))\s+(?:leaves?|exits?|goes\s+away|go\s+away"
     r"|disappears?)(?=\s*,\s*(?:please\s+)?(?:slid|fad)\w*\s+(?:(?:it|them|the\s+\w+)\s+)?(?:out|off|away)\b)", r"\1 on exit"),
    # (and asked with "can it": "when the title leaves can it slide out to the right", set CI ci048 was not understood)
    (r"\bwhen\s+((?:the\s+)?(?:title|headline|heading|captions|subtitles|text))\s+(?:leaves?|exits?|goes\s+away|go\s+away"
     r"|disappears?)\s*,?\s*(?:(?:can|could|would|will)\s+(?:it|they)\s+(?:please\s+)?)"
     r"(?=(?:slid|fad)\w*\s+(?:out|off|away)\b)", r"\1 on exit, "),
    # "when the title leaves, slide it out to the left", "slide the title out to the left": the text said between the slide
    # and its way out goes before them, as the rules below read it (set BK bk027 was not read)
    (r"\b(slid(?:e|es|ing))\s+(it|them|(?:the\s+)?(?:title|headline|heading|captions|subtitles|text))\s+(out|off|away)\b"
     r"(?!\s+of\b)", r"\2 \1 \3"),
)
# "the title should slide out to the left at the end", "title slides off to the right": how it leaves is an animation
# (sets AK ak54, AI ai070 read "the title slide out to the left" as a picture to find)
REWRITES = REWRITES + (
    # "the title should slide out at the end": the title's way out, said as "slide off" (block L's "the … slide(s) out"
    # is a picture taken out; it had removed the title)
    (rf"\b({_TEXT_EN}\b[^,.;!?]{{0,40}}?\bslid(?:e|es|ing))\s+out\b(?!\s+of\b)", r"\1 off"),
    # "title slides off to the right when it leaves", "… when it's done": when it leaves is its exit (the guard read
    # "when" as a value left unread)
    (rf"\b({_TEXT_EN}\b[^,.;!?]{{0,60}}?)\bwhen\s+(?:it|they)(?:\s+(?:leaves|leave|exits?|goes\s+away|go\s+away|disappears?"
     r"|is\s+done|are\s+done|ends?)|'s\s+done|'re\s+done)\b", r"\1on exit"),
)
REWRITES = REWRITES + (
    # "add a word-by-word typewriter effect to the captions", "apply a fade-in animation to the title": that text's
    # animation, never captions added (set BG bg043 asked between adding captions and the title's pop)
    (rf"\b(?:add|apply|give|put|use)\s+(?:an?\s+|the\s+)?((?:[a-z-]+\s+){{0,3}}?(?:effect|animation))\s+(?:to|on|for)\s+"
     rf"(?:the\s+|all\s+(?:the\s+)?|every\s+)?({_TEXT_EN})\b", r"\2 \1"),
)
_NTH_EN = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|last|\d+(?:st|nd|rd|th))"
REWRITES = REWRITES + (
    # "change the second caption to "A" and the fourth to "B"": the fourth caption, named once for both (set BI bi038
    # read one caption and the last text)
    (rf"\b({_NTH_EN}\s+(caption|subtitle|label)\s+(?:text\s+)?to\s+\ue000\d+\ue001\s*(?:,\s*|,?\s*and\s+|;\s*)(?:the\s+)?{_NTH_EN})"
     r"(?:\s+one)?(?=\s+(?:to|into)\s+\ue000)", r"\1 \2"),
)
REWRITES = REWRITES + (
    # "title should leave by sliding down", "the captions exit with a slide to the left": the way it leaves, said with
    # "leave"/"exit" (set BH bh112 was not read)
    (rf"\b({_TEXT_EN}\b[^,.;!?]{{0,40}}?)\b(?:leaves?|leaving|exits?|exiting|disappears?|disappearing|goes\s+away|go\s+away)\s+"
     r"(?:by\s+|with\s+|via\s+)?(?:a\s+)?(?:slid(?:e|es|ing))\s+(?:out\s+|off\s+|away\s+)?(?:to(?:wards?)?\s+)?(?:the\s+)?"
     r"(down|up|left|right)(?:wards?)?\b(?!\s+(?:corner|edge))", r"\1slide off \2wards"),
)
REWRITES = REWRITES + (
    # "slide out to the left", "slides off towards the bottom": the way a text leaves, no place for it (the guard had
    # refused the left as a place left unread; sets AK ak54, AI ai070); "at the end" after it says the same (a phrase
    # rule had read "leftwards at the end" as a picture moved last)
    (r"\b(slid(?:e|es|ing)|fad(?:e|es|ing)|mov(?:e|es|ing))\s+(out|off|away)\s+(?:to(?:wards?)?\s+|on\s+)?(?:the\s+)?"
     r"(left|right)(?:\s+side)?\b(?!\s+(?:corner|edge))(?:\s+(?:at\s+the\s+(?:very\s+)?end|on\s+exit)\b)?", r"\1 \2 \3wards"),
    (r"\b(slid(?:e|es|ing)|fad(?:e|es|ing)|mov(?:e|es|ing))\s+(out|off|away)\s+(?:to(?:wards?)?\s+)?(?:the\s+)?bottom\b"
     r"(?!\s+(?:corner|edge|left|right))(?:\s+(?:at\s+the\s+(?:very\s+)?end|on\s+exit)\b)?", r"\1 \2 downwards"),
)
extend(OPS, "animate", en=("slide out", "slides out", "sliding out", "slide off", "slides off", "sliding off",
                           "fade out", "fades out", "fading out", "slide away", "slides away"))
# (wave 30) a text's animation said not to happen, by its verb or its name: "the title shouldn't pop", "stop the title
# popping", "remove the fade from the title", "keep the captions from sliding" are that animation taken away where the
# text has it ("no pop animation on the title", which the text animation edit reads), never not understood, nor the
# title removed ("remove the fade from the title" looked for a picture called so; wave 30 lead rows). "doesn't pop",
# "won't pop" are said of how it looks (it stands out too little), never a wish: left alone
_ANIM_VERBS_EN = (  # (the verb, its -ing form, the animation)
    (r"pop(?:s|ped)?(?:\s+(?:in|up|on|out))?|bounc(?:e|es|ed)(?:\s+in)?", r"(?:popping|bouncing)(?:\s+(?:in|up|on|out))?", "pop"),
    (r"fad(?:e|es|ed)(?:\s+in)?", r"fading(?:\s+in)?", "fade"),
    (r"slid(?:e|es)(?:\s+(?:in|up|down|out))?", r"sliding(?:\s+(?:in|up|down|out))?", "slide"),
    (r"typ(?:e|es|ed)\s+(?:on|in|out)", r"typing\s+(?:on|in|out)", "typewriter"),
    (r"animat(?:e|es|ed)", "animating", ""))
_ANIM_NOUNS_EN = ((r"pop(?:[\s-]?(?:in|up))?|popping|bounce|bouncing", "pop"),
                  (r"fade(?![\s-]?(?:out|off)\b)(?:[\s-]?in)?|fading(?!\s+out\b)(?:\s+in)?", "fade"),
                  (r"slide(?:[\s-]?(?:in|up))?|sliding", "slide"),
                  (r"typewriter|typing", "typewriter"),
                  (r"animations?|effects?|motion", ""))
_NOT_TO = (r"(?:shouldn'?t|should\s+not|mustn'?t|must\s+not|needn'?t|need\s+not|(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+need\s+to"
           r"|(?:shouldn'?t|should\s+not)\s+have\s+to)")
# (an aside ends it too: "no pop-in on the title tbh", set CS cs009)
_ANIM_END = r"(?=\s*(?:$|[,.;!?]|\b(?:and|but|please|pls|anymore|any\s*more|at\s+all|though|tbh|honestly|ngl|imo|lol)\b))"
_TAKING = r"(?:remove|delete|drop|lose|ditch|kill|disable|get\s+rid\s+of|take\s+(?:away|out|off))"


def _no_anim(kind: str) -> str:
    """The canonical wish: that animation (any, for ``kind`` "") not on the text of group 1."""
    return rf"no {kind + ' ' if kind else ''}animation on the \1"


for _verb, _ing, _kind in _ANIM_VERBS_EN:
    REWRITES = REWRITES + (
        (rf"\b(?:the\s+)?({_TEXT_EN})(?:'s)?\s+{_NOT_TO}\s+(?:{_verb}){_ANIM_END}", _no_anim(_kind)),
        (rf"\b(?:stop|prevent)\s+(?:the\s+)?({_TEXT_EN})\s+(?:from\s+)?(?:{_ing}){_ANIM_END}", _no_anim(_kind)),
        # ("keep the title popping" is the animation kept: only "keep … from")
        (rf"\bkeep\s+(?:the\s+)?({_TEXT_EN})\s+from\s+(?:{_ing}){_ANIM_END}", _no_anim(_kind)),
        (rf"\b(?:don'?t|do\s+not|never)\s+(?:let|make|have)\s+(?:the\s+)?({_TEXT_EN})\s+(?:{_verb}){_ANIM_END}", _no_anim(_kind)),
    )
for _noun, _kind in _ANIM_NOUNS_EN:
    REWRITES = REWRITES + (
        (rf"\b{_TAKING}\s+(?:the\s+|its\s+|their\s+|that\s+|any\s+)?(?:{_noun})(?:\s+(?:effect|animation))?\s+(?:(?:from|on|of|off|for)\s+)?"
         rf"(?:the\s+)?({_TEXT_EN}){_ANIM_END}", _no_anim(_kind)),
        (rf"\b{_TAKING}\s+(?:the\s+)?({_TEXT_EN})'s?\s+(?:{_noun})(?:\s+(?:effect|animation))?{_ANIM_END}", _no_anim(_kind)),
        (rf"\b(?:no|without)\s+(?:{_noun})\s+(?:for|on)\s+(?:the\s+)?({_TEXT_EN}){_ANIM_END}", _no_anim(_kind)),
    )
REWRITES = REWRITES + (
    (rf"\b(?:don'?t|do\s+not|never)\s+animate\s+(?:the\s+)?({_TEXT_EN}){_ANIM_END}", _no_anim("")),
)
# "标题不要淡出，直接消失就行", "标题结尾不要淡出了", "字幕不要淡入，直接出现": that text's exit or entrance animation off,
# never the text removed nor the whole video's fade (set AQ aq47 removed the title, AS as65 was not read; block P has
# already written "结尾不要淡出" as "fadeoff out"); how it then goes or comes ("直接消失") says the same
_PLAIN_ZH = r"(?:\s*[，,]?\s*(?:到时候?|最后|结束时)?\s*(?:让它|它)?\s*(?:直接|就)\s*(?:消失|不见|没了|出现|显示|出来)(?:就行|就好|就可以|即可)?了?)?"
REWRITES = REWRITES + (
    (r"(?<=[题幕字案])\s*(?:的)?\s*(?:结尾|最后|末尾|退场时|离开时|消失时|消失的时候)?\s*(?:的)?\s*(?:不要|别|不用|无需|不需要|不想要)\s*(?:再)?\s*"
     r"(?:淡出|出场动画|退场动画|离场动画)(?:的)?(?:效果|动画)?了?" + _PLAIN_ZH, "的出场动画去掉"),
    (r"(?<=[题幕字案])\s*(?:的)?\s*fadeoff\s+out" + _PLAIN_ZH, "的出场动画去掉"),
    (r"(?<=[题幕字案])\s*(?:的)?\s*(?:开头|出现时|出现的时候|出来时)?\s*(?:的)?\s*(?:不要|别|不用|无需|不需要|不想要)\s*(?:再)?\s*"
     r"(?:淡入|入场动画|进场动画)(?:的)?(?:效果|动画)?了?" + _PLAIN_ZH, "的入场动画去掉"),
    (r"(标题|字幕|文字)\s*(?:到时|最后|结尾)?\s*(?:直接|就)\s*消失(?:就行|就好|就可以|即可)?\s*[，,]\s*(?:不要|别|不用)\s*(?:再)?\s*"
     r"(?:淡出|渐隐)(?:效果)?了?", r"\1的出场动画去掉"),
    # "标题入场不要动画，直接显示即可", "字幕出现的时候不要动画": the moment named, then "no animation", is that moment's
    # animation (set BG bg034 turned the pictures' motion off); "标题退场不要动画" the same of its way out
    # (出场 said as a moment is the text coming on, as 登场 is: "标题出场不要动画", set BP bp105 took the exit away; the
    # compound 出场动画, an editing app's name for the exit animation, stays the exit)
    (r"(?<=[题幕字案])\s*(?:的)?\s*(?:入场|进场|出现|出来|登场|出场)(?:时|的时候)?\s*(?:的)?\s*(?:不要|别|不用|无需|不需要|不想要)\s*"
     r"(?:再)?\s*(?:有)?\s*(?:任何)?\s*(?:动画|动效|特效)(?:效果)?了?" + _PLAIN_ZH, "的入场动画去掉"),
    (r"(?<=[题幕字案])\s*(?:的)?\s*(?:退场|离场|消失|离开)(?:时|的时候)?\s*(?:的)?\s*(?:不要|别|不用|无需|不需要|不想要)\s*"
     r"(?:再)?\s*(?:有)?\s*(?:任何)?\s*(?:动画|动效|特效)(?:效果)?了?" + _PLAIN_ZH, "的出场动画去掉"),
    (r"(?<=[题幕字案])(的(?:出场|退场|离场)动画)\s*(?:去掉|删掉|取消|拿掉)" + _PLAIN_ZH, r"\1去掉"),
    (r"(?<=[题幕字案])(的(?:入场|进场)动画)\s*(?:去掉|删掉|取消|拿掉)" + _PLAIN_ZH, r"\1去掉"),
)
# (wave 26) "can the captions use the same font as the title, like a big display font": the font named after it is the
# one meant (set BU bu144 looked for a font "same")
REWRITES = REWRITES + (
    (r"\b(?:the\s+)?same\s+(?:font|typeface)\s+as\s+(?:the\s+)?(?:title|headline|captions)\s*[,;(—–-]?\s*(?:like|i\.?e\.?|so|which\s+is|that\s+is|namely)\s+"
     r"(?:a\s+|an\s+|the\s+)?(?:big\s+|bold\s+|large\s+|chunky\s+)?(?=(?:display|serif|sans[\s-]?serif|sans|handwriting|handwritten|script|playfair|cursive)\b)", ""),
)
# a font said for the video's captions ("the captions") is their look, not the brand kit: "use a serif font for the captions
# and make them small", "the captions should use a serif font" set the kit (set AQ aq226; the kit's phrase rules keep
# "use a serif font for captions", a rule for captions in general, and whatever names the kit: "for our brand", "headings",
# "body"). Said as "captions in serif font", which the text look reads with what follows ("… and make them small")
_FONT_FOR = (r"(?P<f>playfair\s+display|playfair|handwriting|handwritten|cursive|script|sans[\s-]serif|sans|serif|display|cjk"
             r"|chinese|classic\s+serif)")
_NO_KIT_BEFORE = r"((?:^|[.;!?])(?:(?!brand|\bheadings?\b|\bheadlines\b|\btitles\b|\bbody\b)[^.;!?])*?)"
_NO_KIT_AFTER = r"(?![^.;!?]*(?:brand|\bheadings?\b|\bheadlines\b|\bbody\b))"
REWRITES = REWRITES + (
    (_NO_KIT_BEFORE + rf"\buse\s+(?:an?\s+|the\s+)?{_FONT_FOR}(?:\s+(?:font|typeface))?\s+for\s+(?:the|all\s+the|all\s+of\s+the)\s+"
     # (not "for the captions and the title": both texts', read by the text look; set CY cy224)
     rf"(?P<t>captions?|subtitles?)\b(?!\s+(?:and|&)\s+(?:the\s+)?(?:title|headline))\b{_NO_KIT_AFTER}", r"\1\g<t> in \g<f> font"),
    (_NO_KIT_BEFORE + r"\b(?:the|all\s+the|all\s+of\s+the)\s+(?P<t>captions|subtitles)\s+(?:should|must|will|shall)\s+(?:use|be\s+(?:set\s+)?in|have)\s+"
     rf"(?:an?\s+|the\s+)?{_FONT_FOR}(?:\s+(?:font|typeface))?\b{_NO_KIT_AFTER}", r"\1\g<t> in \g<f> font"),
    # ("can the captions use a display font": asked, the same; set BU bu144 gave every text the font)
    (_NO_KIT_BEFORE + r"\b(?:can|could|would|should)\s+(?:the|all\s+the|all\s+of\s+the)\s+(?P<t>captions|subtitles)\s+(?:use|be\s+(?:set\s+)?in|have)\s+"
     rf"(?:an?\s+|the\s+)?{_FONT_FOR}(?:\s+(?:font|typeface))?\b{_NO_KIT_AFTER}", r"\1\g<t> in \g<f> font"),
)
# two texts named, then one look for "both" ("字幕改成白色，标题改成金色，都用衬线字体", "captions white and the title gold, both in
# serif"): the look said of each (set AQ aq236 gave the font to the title alone)
REWRITES = REWRITES + (
    (r"(字幕|标题)([^。；;，,]{1,30})[，,]\s*(?!\1)(标题|字幕)([^。；;，,]{1,30})[，,]\s*(?:它们|这两个|两个|两者)?\s*(?:都|也都|全都|一律|统一)\s*"
     r"(?=用|改成|换成|改为|设为|加粗|放大|缩小|大一点|小一点|大一些|小一些|调大|调小|放到|放在|挪到|移到)([^。；;，,]{1,16})", r"\1\2，\3\4；\1\5；\3\5"),
    (r"\b(captions|subtitles|title|headline)\b([^.;!?]{0,40}?)\s*(?:,\s*)?(?:,|\band\b)\s*(?:the\s+)?(?!\1)(title|headline|captions|subtitles)\b"
     r"([^.;!?]{0,40}?)\s*[,;]\s*(?:and\s+)?(?:make\s+|put\s+|have\s+)?(?:them\s+)?both\s+(?:of\s+them\s+)?(in\s+[^.;!?,]{1,30}?|bold|bigger|smaller)"
     r"(?=\s*(?:$|[.;!?,]))", r"\1\2 and the \3\4; \1 \5; \3 \5"),
    (r"\b(captions|subtitles|title|headline)\b([^.;!?]{0,40}?)\s*(?:,\s*)?(?:,|\band\b)\s*(?:the\s+)?(?!\1)(title|headline|captions|subtitles)\b"
     rf"([^.;!?]{{0,40}}?)\s*[,;]\s*(?:and\s+)?use\s+(?:an?\s+|the\s+)?{_FONT_FOR}(?:\s+(?:font|typeface))?\s+(?:for|on)\s+both(?:\s+of\s+them)?\b",
     r"\1\2 and the \3\4; \1 in \g<f> font; \3 in \g<f> font"),
)
# "结尾加上“立即购买”，字用黄色": the words said of the end card just added are its text (set AS as184 coloured all the text)
REWRITES = REWRITES + (
    (r"((?:结尾|片尾|结束页|结尾页|卡片)[^。；;！!？?\ue000]{0,20}\ue000\d+\ue001[^。；;！!？?\ue000]{0,12}[，,]\s*)(?:文字|字体|字)"
     r"(?=\s*(?:的)?\s*(?:颜色)?\s*(?:用|改成|换成|改为|是|为|要|设为)?\s*(?:[\u4e00-\u9fff]{1,3}色|#[0-9a-f]{3,6}|白|黑|红|黄|金|蓝|绿))", r"\1结尾卡片文字"),
    # ("add an end card 'Shop now', yellow text": the card's words in that colour)
    (r"\b(end\s*card|outro(?:\s+card)?|closing\s+card|final\s+card)\b([^.;!?\ue000]{0,30}\ue000\d+\ue001[^.;!?\ue000]{0,20}?)\s*[,;]\s*(?:and\s+)?(?:in\s+)?"
     r"(#[0-9a-f]{3,6}|white|black|red|yellow|gold|golden|blue|green|pink|orange|purple|grey|gray|navy|silver)\s+(?:text|letters|font|writing|words)\b",
     r"\1\2; make the end card text \3"),
)
# "the title should come in from the left", "title should drop down from the top when it comes in": how it enters (sets AS
# as74, AR ar61 were unread, or looked for a picture "down from the top")
extend(OPS, "animate", en=("come in from", "comes in from", "coming in from", "drop down from", "drops down from",
                           "drop in from", "drops in from", "slide down from", "slides down from"))
REWRITES = REWRITES + (
    # "字幕加个打字机效果", "标题来个弹出的效果": the text's animation, not captions added (set AS as89 asked)
    (r"(字幕|标题|文字)\s*(?:加个|加上|加一个|来个|来一个|做个|做一个)\s*(打字机|逐字|逐词|淡入|弹出|弹跳|滑入)\s*(?:的)?\s*(?:效果|动画)",
     r"\1用\2效果"),
    # "标题改成橙色，加粗去掉": the bold off, not the title removed (set AS as79 asked)
    (r"(?:的)?\s*(?:加粗|粗体)\s*(?:效果)?\s*(?:去掉|取消|不要了?|拿掉|删掉|去了)", "取消加粗"),
    # the verb first: "标题小一号，去掉加粗" (read as bold set), "去掉标题的加粗" (asked whether to remove the title); set CI
    # ci047's rows
    (r"(?:去掉|去除|拿掉|删掉)\s*(?:它的|其)?\s*(?:加粗|粗体)(?:效果)?", "取消加粗"),
    (r"(?:去掉|去除|拿掉|删掉|取消)\s*(标题|字幕)\s*(?:的)?\s*(?:加粗|粗体)(?:效果)?", r"\1取消加粗"),
    # "去掉全部字", "删掉所有的字": all the text removed (set AR ar80 asked; not 字幕 nor 字体)
    (r"(去掉|删掉|删除|删了|拿掉|不要)\s*(?:全部|所有|全部的|所有的)\s*字(?![幕体号])", r"\1所有文字"),
    # '标题换成“新品上市”，黄色，放上面': a colour said alone after the text's new words is that text's (set AR ar167 left
    # the words and the colour unread)
    (r"(标题|字幕)\s*((?:换成|改成|改为|设为|写成)\s*\ue000\d+\ue001)\s*[，,]\s*([\u4e00-\u9fff]{1,2}色)(?=\s*(?:$|[，,。；;]))", r"\1\2；\1用\3"),
    # "字体换一下": a font asked of no text, which is asked (as "换个字体"; set AS as271, AR ar276 were not understood)
    # (block L has written "换一下" as "交换" by now)
    (r"(?<![题幕字的])(?<!标题\s)(?<!字幕\s)字体\s*(?:交换|(?:换|改|变)\s*(?:一下|下))(?=\s*(?:吧|呗|啊|呀)?\s*(?:$|[，,。.!！?？]))", "换个字体"),
    # ("把颜色换一下": a colour asked of nothing named, as the font is; set BW bw292 read it as a swap of two pictures)
    (r"^\s*(?:(?:请|麻烦)\s*)?(?:把|将)?\s*颜色\s*(?:交换|(?:换|改|变)\s*(?:一下|下))(?=\s*(?:吧|呗|啊|呀)?\s*(?:$|[，,。.!！?？]))", "换个颜色"),
    # 'last caption -> "Only $19"' (the arrow is gone by now), 'second caption: "Blue Bag"': that caption's new words, the
    # quote ending the clause (set AR ar73)
    (r"(?:^|(?<=[,.;!?，。；]))\s*((?:the\s+)?(?:first|second|third|fourth|fifth|sixth|last|final|\d+(?:st|nd|rd|th))\s+(?:caption|subtitle|label))"
     r"\s*[:：]?\s*(?=\ue000\d+\ue001\s*(?:$|[,.;!?，。；]))", r" change \1 to "),
)
# "标题停5秒，用打字效果": the typewriter said without its machine (set AR ar209 left it unread)
extend(OPS, "animate", zh=("打字效果", "打字动画", "打字的效果"))
# ("captions in yellow, typing on": the typewriter said with -ing, set CD cd233's other wording dropped it without a word)
extend(OPS, "animate", en=("typing on", "types on", "typing out", "types out"))
# "change the clip caption to …": the clip's own caption (sets AR ar75, AS as103 were unread; "the clip's caption" is read)
REWRITES = REWRITES + (
    (r"\b(the|that|this|its)\s+((?:video\s+)?clip)\s+(caption|subtitle|label)(?![a-z'’])", r"\1 \2's \3"),
)
# "标题2秒后再出现", "字幕3秒之后才出来", "标题1秒后就出现": 再/才/就 there only says "not before", never a second wish
# (the clauses were cut at 再, and the reply named 出现 as not understood after the title's start was set; set AT at40)
REWRITES = REWRITES + (
    (r"(?<=[秒s])\s*(之后|以后|后)\s*(?:再|才|就)\s*(?=出现|出来|显示|进场|进来|弹出|开始)", r"\1"),
    # ("大标题过1秒再显示", "等两秒再出来": the same moment, which had become a title lasting 1 s)
    # ("等3秒后再让标题出现": the title named after the moment; the 3 s had become the video's length)
    (r"(?<![超不])(?:过|等)\s*([\d.一二两三四五六七八九十半]+\s*秒(?:钟)?)\s*(?:之后|以后|后)?\s*(?:再|才|就)?\s*(?:让|把)?\s*"
     r"(标题|大标题|字幕)\s*(?=出现|出来|显示|进场|进来|弹出)", r"\2\1后"),
    (r"(?<![超不])(?:过|等)\s*([\d.一二两三四五六七八九十半]+\s*秒(?:钟)?)\s*(?:之后|以后|后)?\s*(?:再|才|就)?\s*"
     r"(?=出现|出来|显示|进场|进来|弹出)", r"\1后"),
)
# a text that slides 出来 ("comes out") enters, as 滑进来 does; 滑出 / 滑出去 is how it leaves ("字幕从下面往上滑出来"
# was set as the captions' exit, set CL cl179)
REWRITES = REWRITES + (
    (r"((?:标题|字幕|文字)[^，,。；;！!？?]{0,10}?滑)出来", r"\1进来"),
)
# "字幕往下滑出": the way the text leaves, not a place (往下 alone had moved the captions to the bottom)
REWRITES = REWRITES + (
    # (a rewrite above has written "右滑" as "向右滑动": "朝右滑出" is "朝向右滑动出" by now)
    (r"(?:(?:往|朝)\s*(?:向)?|向)\s*(左|右|上|下)(?:边|侧|方|面)?\s*滑(?:动)?(?=出|走|开)", r"向\1滑"),
    (r"(?<![向往朝从])(左|右)滑(?:动)?(?=出|走)", r"向\1滑"),
)
# "标题第4秒再显示", "字幕第2秒才出来": the moment it enters; 再/才 there is no second wish (the clause was cut at 再 and the
# title shown for 4 s; set AV av125)
REWRITES = REWRITES + (
    (r"(第\s*[\d.一二两三四五六七八九十半]+\s*秒(?:钟)?)\s*(?:再|才|就)\s*(?=出现|出来|显示|进场|进来|弹出)", r"\1"),
)
# "字太小了看不清，字幕大一点", "the text is too small, make the captions bigger": a complaint of the text with none named,
# then the wish for one text, is the reason for that wish, not every text larger too (set AW aw002 made all the text
# larger, then the captions again)
REWRITES = REWRITES + (
    (r"(?:^|(?<=[,.;!?，。；！？]))\s*(?:这些|这|那些)?\s*(?:字|文字|字体)\s*(?:有点|太|也太|好)\s*[小大]了?\s*(?:[，,]?\s*看不(?:清楚?|见))?\s*[，,]\s*"
     r"(?=(?:把)?\s*(?:标题|大标题|字幕)\s*(?:的)?\s*(?:字|文字|字体|字号)?\s*(?:再)?\s*(?:大|小|放大|缩小|调大|调小))", ""),
    (r"(?:^|(?<=[,.;!?]))\s*(?:the\s+)?(?:text|words|writing|font)\s+(?:is|are)\s+(?:way\s+|a\s+bit\s+|kinda\s+)?too\s+(?:small|tiny|big|large)"
     r"(?:\s+to\s+read)?\s*[,;]\s*(?:so\s+)?(?=(?:please\s+)?(?:make|set)\s+(?:the\s+)?(?:title|headline|captions?|subtitles?)\s+(?:a\s+bit\s+|much\s+)?(?:bigger|larger|smaller))", ""),
)
# "title shows up then vanishes, make it stay the whole video": "it" after the title named, kept up all along (set AW aw209
# had no reply at all)
REWRITES = REWRITES + (
    (r"(\b(?:title|headline|heading)\b[^.;!?\ue000]{0,60}?[,，]\s*)(?:(?:can\s+you|please|just)\s+)?(?:make|let|have|keep|leave)\s+(?:it|that)\s+"
     r"(?:stay|remain|be|show|up)?\s*(?:up\s+|on\s+(?:the\s+)?screen\s+|visible\s+|there\s+)?(?:for\s+|during\s+|through\s+)?(?:the\s+)?"
     r"(?:whole|entire|full)\s+(?:video|time|thing|way(?:\s+through)?|length)\b", rf"\1show the title {TITLE_WHOLE_VIDEO}"),
)
# "the title pops up right away": at once, not the place "right" (set AW aw094 was not understood)
REWRITES = REWRITES + ((r"\bright\s+away\b", "immediately"),)
# "title + captions both in orange", "标题+字幕都换成白色": the two texts joined by a plus are one target, not two sentences
# (" + " cuts a message; set AV av282 left the title unread)
REWRITES = REWRITES + (
    (r"\b(title|headline|captions?|subtitles?)\s*\+\s*(?=(?:the\s+)?(?:title|headline|captions?|subtitles?)\b)", r"\1 and "),
    (r"(标题|字幕)\s*\+\s*(?=标题|字幕)", r"\1和"),
)
# "make the last caption red": "last" before a caption's noun is its place, not the verb "last" (how long it shows): read
# as "final" (the colour was refused beside a length's verb; "make the final caption red" was read)
REWRITES = REWRITES + (
    (r"(?<!\bsecond\s)(?<!\bto\s)\blast\s+(?=(?:caption|subtitle|label|text\s+overlay)\b)", "final "),
)
# "并设置为淡入动画", "标题设置为弹出动画": an animation named by its kind then 动画 is the text's animation (动画 alone is
# the pictures' motion; set BF bf110 dropped the captions' fade in, "标题设置为弹出动画" became the title's words)
REWRITES = REWRITES + (
    (r"(淡入|淡出|弹出|弹入|弹跳|打字机|逐字|逐词|滑入|上滑|渐显|渐隐)\s*(?:的)?\s*动画(?:效果)?", r"\1效果"),
    # "fade them in", "fade it out": the text named before, faded (the words were dropped after "make the captions serif")
    (r"\b(fade|slide|pop)\s+(?:them|it)\s+(in|out|up)\b", r"\1 \2"),
)
# "the captions are kinda small", "the title is a bit big": a hedged complaint of a text's size is its "too small" (set BF
# bf001 left the captions' part unread beside a length)
REWRITES = REWRITES + (
    (rf"\b({_TEXT_NOUNS_EN})\s+(?:are|is|look|looks|seem|seems|feel|feels)\s+(?:kinda|kind\s+of|sort\s+of|a\s+(?:bit|little|tad)|"
     r"(?:a\s+)?little\s+bit|somewhat|rather|pretty|quite|fairly)\s+(small|big|large)\b", r"\1 too \2"),
)
# "the last caption just says Clip, change it to 'See it in action'": a caption named, what it says now (or that it is
# wrong), then "change it to" its new words: that caption's words (set BD bd082 was not understood)
REWRITES = REWRITES + (
    (r"\b(the\s+(?:first|second|third|fourth|fifth|sixth|final|\d+(?:st|nd|rd|th))\s+(?:caption|subtitle|label))\s+"
     r"(?:(?:just\s+|only\s+|currently\s+|still\s+)?(?:says|reads|shows)\s+[^,;.!?\ue000]{1,40}?|(?:is|looks)\s+(?:wrong|off|bad|boring))\s*"
     r"[,;]\s*(?:so\s+)?(?:please\s+)?(change|set|rename|replace|turn)\s+(?:it|that)\s+(?=(?:to|into|with)\s+\ue000)", r"\2 \1 "),
    (r"((?:第\s*[一二三四五六七八九十\d]+\s*(?:个|条|句)?|最后\s*(?:一\s*)?(?:个|条|句)?)\s*字幕)\s*(?:现在|目前)?\s*(?:只)?\s*(?:写的?是|是|显示的?是|显示)\s*"
     r"[^，,。；;\ue000]{1,20}\s*[，,]\s*(?:请)?\s*(?:把它|它)?\s*(?=(?:改成|改为|换成|换为)\s*\ue000)", r"\1"),
)
# "can the title stay for the whole first picture, like 6 seconds": the span named by the picture, then said as a length:
# the length said is the title's (set BF bf050 was not understood: "first picture" was a value left unread)
REWRITES = REWRITES + (
    (r"(\b(?:title|headline|heading)\b[^.;!?\ue000]{0,40}?)\b(?:for|during|through|over)\s+(?:the\s+)?(?:whole\s+|entire\s+|full\s+)?"
     r"(?:first|opening|1st)\s+(?:picture|image|photo|shot|slide|pic)\s*[,(\-–—]\s*(?:so\s+)?(?:like|about|around|roughly|say|approximately|approx\.?|i\.e\.?|so)?\s*"
     r"(?=\d+(?:\.\d+)?\s*(?:s|sec|secs|seconds?)\b)", r"\1for "),
)
# "use a different font": a font not named, which is asked (as "try another font"; set BD bd294 answered "There is no font
# 'different'")
REWRITES = REWRITES + (
    (r"\b(?:use|pick|choose|go\s+with|get|want|need|try)\s+(?:a\s+|some\s+)?(?:different|new|other|another|fresh)\s+(font|typeface)\b", r"change the \1"),
    (r"\b(?:a\s+|some\s+)?(?:different|new|other|fresh)\s+(fonts?|typefaces?)\b", r"another \1"),
)
# "remove captions 1 and 2", "删掉第1和第2个字幕": each caption removed by its number, said as two removals (the notes of
# wave 17: not understood; "删掉第1和第2个字幕" removed picture 2 and caption 1)
_DROP_EN = r"(remove|delete|drop|take\s+out|get\s+rid\s+of|hide)"
_ORD_EN = r"(first|second|third|fourth|fifth|sixth|last|final|\d+(?:st|nd|rd|th))"
REWRITES = REWRITES + (
    (rf"\b{_DROP_EN}\s+(?:the\s+)?(?:captions|subtitles|labels)\s+(\d+)\s*,\s*(\d+)\s*,?\s*(?:and|&)\s+(\d+)\b",
     r"\1 caption \2, \1 caption \3, \1 caption \4"),
    (rf"\b{_DROP_EN}\s+(?:the\s+)?(?:captions?|subtitles?|labels?)\s+(\d+)\s*(?:,|and|&)\s*(?:(?:caption|subtitle|label)\s+)?(\d+)\b(?!\s*(?:s|sec|secs|seconds?|%)\b)",
     r"\1 caption \2, \1 caption \3"),
    (rf"\b{_DROP_EN}\s+(?:both\s+)?the\s+{_ORD_EN}\s+(?:and|&)\s+(?:the\s+)?{_ORD_EN}\s+(?:captions|subtitles|labels)\b",
     r"\1 the \2 caption, \1 the \3 caption"),
)
# (first of all: the rewrites that say the verb again for each picture had made "删掉第2个，删掉第1个字幕" of it)
REWRITES = (
    (r"(删掉|删除|去掉|拿掉|删了|不要)\s*第\s*([\d一二三四五六七八九十]+)\s*(?:个|条|句)?\s*(?:字幕)?\s*(?:和|、|跟|与|及|,|，)\s*第?\s*([\d一二三四五六七八九十]+)\s*(?:个|条|句)?\s*字幕",
     r"\1第\2个字幕，\1第\3个字幕"),
) + REWRITES
# "switch it to the display font", "the display typeface": the font's name, never "display" as "show for" (set BO bo067
# set the title's colour and dropped the font without a word)
NOT_EDIT_WORDS = NOT_EDIT_WORDS + ("display font", "display fonts", "display typeface", "display typefaces")
# "title with a typewriter effect, 4 seconds on screen": a length said after a comma with "on screen" is how long the
# thing named stays up (the clause was one frame, its animation read and the length left; set BN bn176)
REWRITES = REWRITES + (
    # (the title's only: the captions have no length of their own, wave23_t "captions with a pop, 6 seconds on screen")
    (r"(\b(?:title|headline)\b[^,;.!?]{0,40}?[,;]\s*(?:and\s+)?)(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\s+(?:on\s+screen|up|visible)\b",
     r"\1on screen for \2"),
)
# (wave 38) the words under (or on) one picture are its caption: "change the words under the shoe to X", "手表下面的字改成 X"
# (set CW cw067 was not read, cw032 looked for a file named after the new words); never a text of its own ("the words on
# the end card", "标题下面的字"), a place ("the text on top") or every picture ("the text on the photos")
_NOT_A_PICTURE = (r"(?:title|headline|heading|end|closing|final|last|card|screen|logo|sticker|watermark|video|whole|top|bottom"
                  r"|middle|center|centre|left|right|frame|it|them|pictures|photos|images|pics|slides|clips|videos|shots|each|every"
                  r"|all|music|song|voice|audio)\b")
REWRITES = REWRITES + (
    # (the picture named after "the"/"that"/"this" or by its file: "smaller text below saying 'X'" is no picture's)
    (r"\b(?:the\s+)?(?:words|text|writing|wording|lettering)\s+(?=(?:on|under|below|beneath|underneath)\s+"
     rf"(?:(?:the|that|this)\s+(?!{_NOT_A_PICTURE})[a-z0-9]|[a-z0-9][a-z0-9_\-]*\.(?:png|jpe?g|webp|gif|mp4|mov)\b))", "the caption "),
    (r"(?<=[\u4e00-\u9fffa-z0-9])(?<!标题)(?<!卡片)(?<!片尾)(?<!结尾)(?<!logo)(?<!水印)(?<!贴纸)(?<!视频)(?<!画面)(?<!屏幕)(?<!字幕)(?<![把将在])"
     r"\s*(?:下面|下方|底下|下边|上面|上)\s*的\s*(?:字|文字|文案)(?![幕体号])", "的字幕"),
)
# (wave 38) "rename it to 'X'" opening the message, nothing named before: "it" is the video, its name the title (set CV
# cv058 asked what "it" was); never after a thing named ("put the watch first and rename it to 'X'" is left as it was)
REWRITES = REWRITES + (
    (r"^\s*(?:(?:please|pls|can\s+you|could\s+you|just|ok|okay|now)[\s,]+){0,2}rename\s+(?:it|this)\s+(?=(?:to|as)\s+\ue000)",
     "set the title "),
)
# (wave 38) "show the title for 4 seconds, starting at 1 second": its length, then its start after a comma (set CV cv150 was
# not understood); said as "start the title at 1 second and show it for 4 seconds", which the title's timing reads
_SECS = r"(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b)"
REWRITES = REWRITES + (
    # (or its start said "from 1 second": "show the title for 4 seconds from 1 second" was not understood)
    (rf"\b(?:show|display|keep)\s+(the\s+(?:title|headline|heading))\s+(?:up\s+)?for\s+{_SECS}\s*,?\s*(?:(?:starting|beginning)\s+"
     rf"(?:at|from)|from)\s+{_SECS}", r"start \1 at \3 and show it for \2"),
)
# "clip caption should say 'X'": the clip's caption, said as two nouns (the caption was not found; set BN bn156)
REWRITES = REWRITES + (
    (r"(?<!\ba\s)(?<!\badd\s)\b(?:the\s+|that\s+)?(?:video\s+)?clip\s+caption\b(?!s)", "the clip's caption"),
)
# "标题写 SALE 50% OFF，用黄色": 写 is the title's new words as 写成 is (with the look after a comma, the look was left
# unread and the whole message not understood; set BO bo117)
REWRITES = (
    (r"标题\s*(?:写上|写着|写)(?![成为错])\s*(?=\ue000|[a-z0-9“\"'「])", "标题写成 "),
) + REWRITES
# (wave 38) "标题写「X」，结尾写「Y」": 结尾 before 写 and the words is the end card (结尾 alone is no text: the title took the
# card's words and the card a digit of their placeholder, set CV cv118); 结尾卡片 already, 结尾页 and 结尾写错了 are left
REWRITES = (
    # (and 结尾 right before the words, opening its clause: "标题“X”，结尾“Y”" gave the title Y, set DB db081)
    # (the video's end named so: "视频结尾：“X”" was not understood)
    (r"(?:^|(?<=[,，;；。]))\s*(?:(?:整个)?视频\s*(?:的)?\s*)?结尾\s*[:：]?\s*(?=\ue000)", "结尾卡片写"),
    (r"(?:^|(?<=[,，;；。]))\s*(?:整个)?视频\s*(?:的)?\s*片尾\s*[:：]\s*(?=\ue000)", "结尾卡片写"),
    # ("写个结尾：X": the card written)
    (r"(?:写|做|弄|来)\s*(?:个|一个|1个)\s*(?:结尾|片尾)\s*[:：]\s*(?=\ue000)", "结尾卡片写"),
    # (the last page, its words on it: "最后一页写“X”", "最后一页上面写着“X”", "结尾画面内容为“X”", "片尾页内容为“X”"; set DP)
    (r"(?:最后一页|结尾画面|结束画面|片尾页|结尾页|结束页)\s*(?:上面|上)?\s*(?:的)?\s*(?:文字|内容|文案|文字内容)?\s*(?:写着|写上|写|为|是|设为|就写|写的是)\s*[:：]?\s*(?=\ue000)",
     "结尾卡片写"),
    (r"(?<![片页])结尾(?![卡页画])\s*(?:的)?\s*(?=(?:写上|写着|写成|写)(?![错得的了完好一1个句行段])\s*(?:[:：]\s*)?(?:\ue000|[a-z0-9\u4e00-\u9fff“\"'「]))",
     "结尾卡片"),
) + REWRITES
# "标题也不要弹出来，直接出现": no entrance animation for the title, its exit kept (the 也 left the title's clause to the pictures' motion,
# and "直接出现" unread; set BO bo140)
REWRITES = REWRITES + (
    # (said as 无动画: "标题不要动" is read later as "leave the title alone")
    (r"(标题|字幕)\s*也\s*(?:不要|别|无|不用)\s*(?:动画|动效)", r"\1无动画"),
    # (not when another entrance is said in its place: "标题别弹出来了，淡入就好" is a fade in, lead after wave 24)
    (r"(标题|字幕)(?![^！？；;!?]{0,16}?(?:淡入|渐入|渐显|慢慢出现|滑入|滑进|打字|fade|slide|typ))\s*也?\s*(?:不要|别|不用)\s*"
     r"(?:弹出来|弹出|跳出来|飞进来|飞入)\s*(?:[,，]\s*(?:直接|就)\s*(?:出现|显示)(?:就行|就好|就可以)?)?",
     r"\1的入场动画去掉"),
)
# "标题退出的时候向上滑走": the way it leaves, said after when (退出的时候 was left, and "退出时向上滑" set the
# entrance; set BM bm080)
REWRITES = REWRITES + (
    # ("标题结束的时候往上滑出去": its end, set BT bt046 was not read)
    (r"(标题|字幕)\s*(?:退出|离开|消失|出场|离场|结束|快结束|要结束)\s*(?:的)?\s*(?:时候|时)\s*[,，]?\s*(?:要)?\s*(向|往)\s*([上下左右])\s*(?:滑走|滑出去|滑出|滑开|滑)",
     r"\1\2\3滑出"),
)
# "标题出场改成淡入，退场改成向下滑出": the entrance, then the exit said by its side alone. The second clause is the same
# text's (it had no name, and was merged with the first: the title slid in and "向下滑出" was looked for as a file;
# set BR br088); 出场 before an entrance's animation is the coming on; 退场/离场 before a slide is its way out
_SIDE_VERB_ZH = r"\s*(?:时|的时候)?\s*(?:的)?\s*(?:动画|效果)?\s*(?:改成|换成|改为|换为|用|要|做成|设为|设成|就)?\s*"
REWRITES = REWRITES + (
    (r"(标题|字幕)([^,，。；;!?！？]{1,24}[,，；;]\s*)(?:然后|再|并且|并|而)?\s*(?=(?:退场|离场|出场|入场|进场)" + _SIDE_VERB_ZH
     + r"(?:淡|渐|弹|打字|逐|滑|向|往|朝|从))", r"\1\2然后\1"),
    (r"(标题|字幕)(\s*(?:的)?\s*)出场(?=" + _SIDE_VERB_ZH + r"(?:淡入|渐显|渐入|弹出|弹入|弹跳|打字|逐字|逐词|滑入|滑进|从))", r"\1\2入场"),
    (r"(标题|字幕)\s*(?:的)?\s*(?:退场|离场|出场)" + _SIDE_VERB_ZH + r"(?=(?:向|往|朝)\s*(?:左|右|上|下)(?:边|侧)?\s*滑)", r"\1"),
)
# "just fade in, no pop": the animation asked, and the one it replaces said not wanted (set BQ bq286 read "no pop" as a
# second entrance, a pop, over the fade)
REWRITES = REWRITES + (
    (r"\b((?:fad(?:e|es|ing)|slid(?:e|es|ing)|typewriter)(?:[\s-]+(?:in|up|down|effect|animation))?)\s*[,;]?\s*(?:and\s+|but\s+)?"
     r"(?:no|not|without)(?:\s+the|\s+a|\s+any)?\s+(?:pop|popping|bounce|bouncing|zoom|zooming)(?:[\s-]*(?:in|up|effect|animation))?\b", r"\1"),
)
# "make the title 'Spring Collection', color it pink": "color it" is "make it" that colour (the clause was left unread;
# set BQ bq120)
REWRITES = REWRITES + (
    (r"\b(?:colou?r|paint|tint)\s+(it|them)\b(?=\s+(?:#|[a-z]))", r"make \1"),
)
# "字体用标题字体", "字幕字体改成标题字体": the display face by its name 标题字体 (draft/styles.py), said after the verb;
# never the title named (set BR br162 looked for a font called 标题; the captions' font changed the title's too).
# Before the verb, "标题字体换成手写体" is the title's font
REWRITES = REWRITES + (
    # (written 艺术字体, its other name: 展示 of 展示字体 is read as "show", and the clause went to all the text)
    # ("用粗体标题字体": the bold said before it is the face's look, set BT bt288 read only the bold)
    (r"(?<=[用成为])(\s*(?:粗体|加粗|粗)?\s*(?:的)?)\s*(?:标题|展示)(?:字体|体)(?!\s*(?:的|一样|那样|大小|颜色|一致))", r"\1艺术字体"),
)
# "字幕放到画面顶上去": 顶上 is the top (set BQ bq034 was not read); "，别在下面" after the place is where it is now, not
# wanted: no second place (it was read as the bottom)
REWRITES = REWRITES + (
    (r"((?:顶上|顶部|上面|上方|底部|下面|下方|中间|居中|正中间|左上角|右上角|左下角|右下角)\s*(?:去|来)?\s*(?:吧|就行|就好)?)\s*[,，]\s*"
     r"(?:别|不要|不用|不再)\s*(?:再)?\s*(?:在|放在|放|待在|留在|挡在)?\s*(?:画面)?\s*(?:的)?\s*(?:最)?"
     r"(?:下面|下方|底部|底下|上面|上方|顶部|顶上|中间)\s*了?", r"\1"),
)
extend(POSITIONS, "top", zh=("顶上", "最顶上", "顶头"))
# "turn captions on", "switch the subtitles back on": the captions added, said with the particle after (set BQ bq294
# left it unread)
REWRITES = REWRITES + (
    (r"\b(?:turn|switch|put)\s+(?:the\s+)?(captions|subtitles)\s+(?:back\s+)?on\b(?!\s+(?:the|a|an|each|every|all|top|it)\b)", r"turn on \1"),
)
# (wave 26) "no animation on the title at all, just show it and hide it": showing and hiding it is what no animation
# means, never the title removed (set BS bs058 removed it for "hide it")
_NO_ANIM_SAID = r"(?:no|without(?:\s+any)?)\s+(?:animations?|effects?|transitions?\s+effects?)"
_SHOW_HIDE = (r"(?:just|simply|only)\s+(?:(?:show|display)\s+(?:it|them)\s+and\s+(?:then\s+)?(?:hide|remove)\s+(?:it|them)"
              r"|(?:appear|pop\s+on)\s+and\s+(?:then\s+)?(?:disappear|vanish|go\s+away))")
REWRITES = REWRITES + (
    (rf"(\b{_NO_ANIM_SAID}\b[^.;!?]{{0,40}}?)\s*(?:[,;:—–-]+\s*|\s+and\s+)?{_SHOW_HIDE}\b", r"\1"),
    (rf"\b{_SHOW_HIDE}\s*(?:[,;:—–-]+\s*|\s+and\s+)?(?={_NO_ANIM_SAID}\b)", ""),
)
# (wave 26) "the title at the bottom and the captions gone": a text said gone is a text removed (set BU bu062 left it
# unread while the title moved); not a question ("are the captions gone?")
REWRITES = REWRITES + (
    # (the question's lookbehinds after a lookahead for the words: tried at every position they cost 1 ms a 4000-character
    # message)
    (r"\b(?=(?:the\s+)?(?:title|captions|subtitles|all\s+(?:the\s+)?text)\s+gone\b)(?<!\bare\s)(?<!\bis\s)(?<!\bwere\s)(?<!\bwas\s)(?<!\bthe\s)"
     r"((?:the\s+)?(?:title|captions|subtitles|all\s+(?:the\s+)?text))\s+gone\b"
     # ("title gone too quick, keep it up 5 sec": "too" before a speed is how soon it went, never "as well"; set CO co059
     # asked whether to remove the title)
     r"(?=\s*(?:$|[.;,!]|\s+(?:and|too(?!\s+(?:quick|quickly|fast|soon|early|short|brief)\b)|as\s+well|please|pls)\b))", r"remove \1"),
)
# (wave 26) "the captions should come in sliding from the right side": coming in from a side, said with the slide
# between (set BU bt294 placed the captions at the right)
REWRITES = REWRITES + (
    (r"\b(come|comes|coming)\s+in\s+(?:sliding|slide|slides|slid)\s+(?=from\b)", r"\1 in "),
)
# (wave 26) "use a simple fade-in for it": "simple" is the fade's, never the minimal style (set BU bu234 applied the
# style); "make the title pop less" wants a calmer entrance, which names none: no pop read from it (nor "calmer", a
# sound's word)
REWRITES = REWRITES + (
    (r"\b(an?\s+|the\s+|just\s+)?(?:simple|plain|basic)\s+(?=(?:fade|slide|typewriter)(?:s|d|ing)?\b(?![\s-]+(?:to\s+)?(?:transitions?|cuts?|black|white)\b))",
     r"\1"),
    (r"\b((?:the\s+)?(?:title|captions|subtitles|text)|it|them)\s+pop\s+(?:a\s+(?:bit|little|lot)\s+|much\s+)?less\b", r"\1 less flashy"),
)
# (wave 26) "stop the title being bold": the bold off (set BU bu286 made it bold)
REWRITES = REWRITES + (
    (r"\bstop\s+(?:making\s+)?((?:the\s+)?(?:title|captions|subtitles|text)|it|them)\s+(?:from\s+)?(?:being\s+|looking\s+)?bold\b",
     r"make \1 not bold"),
)
# (wave 26) "第四段字幕改成 上脚效果，第五段改成 开箱": the second clause names the caption by its place alone, the caption's
# name said once (set BT bt148 replaced the fifth clip with a file named 开箱)
REWRITES = REWRITES + (
    (r"(第\s*\d+\s*(?:段|张|个|条)\s*(?:视频|图片|图|片段)?\s*(?:的)?\s*字幕\s*(?:改成|改为|换成|写成)[^,，。；;]+[,，；;]\s*(?:然后|再|并且|并)?\s*"
     r"第\s*\d+\s*(?:段|张|个|条))(?=\s*(?:改成|改为|换成|写成))", r"\1字幕"),
)
# (wave 26) "remove all the text, title included": the title is a part of all the text, said again (set BS bs063 looked
# for a file "all the textincluded")
REWRITES = REWRITES + (
    (r"\b(all\s+(?:of\s+)?(?:the\s+)?(?:text|words|writing|lettering))\s*[,;]?\s*(?:(?:the\s+)?title\s+(?:included|too|as\s+well)"
     r"|including\s+the\s+title|even\s+the\s+title|the\s+title\s+(?:included|too|as\s+well))\b", r"\1"),
    (r"((?:所有|全部)(?:的)?(?:文字|字))\s*[,，]?\s*(?:标题也(?:算|要|一起|删|去掉)?|包括标题|连标题也?|标题也包括在内|标题包括在内)(?:在内)?", r"\1"),
)
# (wave 26) "标题改成金色、手写体": a colour and a font listed with 、 are two looks of the text (set BS bs121 was not read)
REWRITES = REWRITES + (
    (r"(?<=色)\s*、\s*(?=[\u4e00-\u9fffa-z]{0,4}(?:体|字体|加粗|粗体)(?:$|[,，。；;!！]|\s))", "，"),
    (r"(?<=体)\s*、\s*(?=[\u4e00-\u9fff]{0,3}色(?:$|[,，。；;!！]|\s))", "，"),
)
# (wave 26) "字幕字体换成cjk的，黑体那种": the face described again after it is the same face (set BS bs077 was not read)
REWRITES = REWRITES + (
    (r"(字体\s*(?:换成|改成|改为|换为|用|设为|设成)\s*[a-z]+\s*(?:的)?)\s*[,，]\s*(?:就是|像|类似)?\s*[\u4e00-\u9fff]{0,3}体\s*(?:那种|那样|这种|之类)(?:的)?(?:字体)?",
     r"\1"),
)
# (wave 26) "the caption on the video just says 'Clip' lol, make it say 'In action'": the caption named by what it says
# now, then its new words (set BS bs156 looked for a picture "video just")
REWRITES = REWRITES + (
    (r"\b(?:the\s+)?(?:caption|subtitle|label)\s+(?:(?:on|for|under|of)\s+(?:the\s+)?[a-z0-9][a-z0-9\-]*(?:\s+[a-z0-9][a-z0-9\-]*)?\s+)?"
     r"(?:just\s+|only\s+|currently\s+|still\s+|now\s+)?(?:says|reads)\s+(\ue000\d+\ue001)\s*(?:lol|lmao|haha|ha|though|tho)?\s*[,.;]\s*"
     r"(?:so\s+|please\s+|pls\s+|can\s+you\s+|could\s+you\s+)?(?:make|have|let|get)\s+it\s+(?:say|read)\s+(?=\ue000\d+\ue001)",
     r"change the \1 caption to "),
)
# (wave 26) "title should be in the lower third, not the center": the place after "not" is where the text is now, not
# wanted: no second place (set BT bt276 was not read)
_TEXT_PLACE_EN = (r"(?:the\s+)?(?:lower\s+third|upper\s+third|top|bottom|middle|center|centre|left|right"
                  r"|(?:top|bottom)[\s-](?:left|right)(?:\s+corner)?)(?:\s+(?:side|edge)|\s+of\s+the\s+(?:screen|frame|video))?")
REWRITES = REWRITES + (
    (rf"(\b(?:in|at|to|on|into)\s+{_TEXT_PLACE_EN})\s*[,;]?\s*(?:and\s+|but\s+)?(?:not|instead\s+of|rather\s+than)\s+"
     rf"(?:in\s+|at\s+|on\s+)?{_TEXT_PLACE_EN}(?:\s+(?:like\s+)?(?:it\s+is\s+)?(?:now|anymore|any\s+more))?\b", r"\1"),
)
# (wave 26) "make the captions appear with a fade": how a text comes on, said as the exit is ("leave with"; set BU bu242
# was not read)
extend(OPS, "animate", en=("appear with", "appears with", "appearing with", "show up with", "shows up with", "come in with",
                           "comes in with", "coming in with", "come on with", "comes on with", "enter with", "enters with"))
# (wave 26) "再把标题改大": a size step, said without 一点 (set BU bu299 was not read)
REWRITES = REWRITES + (
    # (only said alone to the clause's end: "字幕放大两号" is two sizes)
    (r"(标题|字幕|文字)(\s*(?:的)?\s*(?:字号|字)?\s*)(改|调|弄|变|放)\s*(大|小)(?=\s*(?:$|[,，。；;!！?？~]|然后|再|并|吧|啦|呀|哦|了))",
     r"\1\2\3\4一点"),
)
# (wave 27) "title in red, size small", "move the title up, size small": a text's size by its name in a clause of its own
# (dropped without a word; set BX bx106 read the place beside it and left the size); text_look reads the size
# (the scale's own letters too, "white, size l, in the handwriting font": set CQ cq129 dropped "size l" without a word)
extend(OPS, "restyle", en=tuple(f"{w} {n}" for w in ("size", "font size", "text size") for n in (
    "tiny", "small", "medium", "normal", "large", "big", "huge", "s", "m", "l", "xl", "xxl", "xxxl")))
# (the name first: "captions at the bottom in orange, and small size" dropped the size without a word; set DJ dj058)
extend(OPS, "restyle", en=tuple(f"{n} {w}" for w in ("size", "font size", "text size", "sized") for n in (
    "tiny", "small", "medium", "normal", "large", "big", "huge")))
# (wave 34) "increase its size to xxl", "reduce the captions' font size to small": a size by its name said with a verb of
# direction is that size set (set CQ cq021 set the title's colour and left the size unread); only of a text or its
# pronoun, never "increase the logo size to large"
REWRITES = REWRITES + (
    (r"\b(?:increase|raise|bump\s+up|bump|enlarge|decrease|reduce|lower|shrink|change|adjust)\s+"
     r"((?:its|their|the\s+(?:title|headline|heading|captions?|subtitles?|text)(?:'s?|’s?)?)\s+(?:font\s+|text\s+)?size)"
     r"\s+(?:up\s+|down\s+)?to\s+(?=(?:tiny|small|medium|normal|large|big|extra\s+large|x-?large|huge|xxxl|xxl|xl|[lms])(?![a-z0-9'’]))",
     r"set \1 to "),
)
# (wave 38) "change the title colour to white and the size to xxl": a size by its name after "and the size to", a second
# look of the same text, is that size (set CV cv148 set the colour and dropped the size without a word); said as "size xxl",
# which the restyle reads in a clause of its own
REWRITES = REWRITES + (
    (r"(?<=\band\s)(?:the\s+|its\s+|their\s+)?((?:font\s+|text\s+)?size)\s+(?:to|at|of)\s+"
     r"(?=(?:tiny|small|medium|normal|large|big|huge|xxxl|xxl|xl|[lms])(?![a-z0-9'’-]))",
     r"\1 "),
)
# (wave 34) a text switched off is that text removed: "turn the captions off, and the title too", "switch off the title"
# ("turn off" is the sound's mute, which no text has: the title was not read, set CN cn217); never a look of the text
# ("turn off the title animation", "turn the captions' box off")
_OFF_TEXT = r"((?:the\s+|all\s+(?:the\s+)?)?(?:title|headline|heading|captions?|subtitles?|on-?screen\s+text|text\s+overlays?))"
_NOT_ITS_LOOK = r"(?![\s'’s]*(?:animation|anim|fade|effect|shadow|box|bold|bolding|outline|background|entrance|exit|motion)\b)"
REWRITES = REWRITES + (
    (rf"\b(?:turn|switch|toggle)\s+off\s+{_OFF_TEXT}\b{_NOT_ITS_LOOK}", r"remove \1"),
    (rf"\b(?:turn|switch|toggle)\s+{_OFF_TEXT}\s+off\b", r"remove \1"),
)
# (wave 34) "…, can it just fade in", "could they just pop in": "just" after a wish's modal and its pronoun is no run-on
# joint (frames.WEAK cuts before "just"), which cut the wish's verb off the part after the comma and read the clause whole
# as the complaint before it (set CP cp047 kept the pop); "only" is kept, it says how much
REWRITES = REWRITES + (
    (r"\b(can|could|would|will|should)\s+(it|they|you|we)\s+(?:just|simply)\s+(?=[a-z])", r"\1 \2 "),
)
# (wave 27) the engine's own names of a text's animation and place, said as written ("Set the title entrance to slide_down",
# "captions at lower_third"): their words (set BX bx108 left slide_down unread beside the title's length, and "title
# animation: slide_down" was read as a slide left); never a file's name ("slide_down.png")
REWRITES = REWRITES + (
    (r"(?<![\w.\-/])(slide)_(up|down|left|right)(?![\w.\-])", r"\1 \2"),
    (r"(?<![\w.\-/])(typewriter)_(word)(?![\w.\-])", r"\1 \2"),
    (r"(?<![\w.\-/])(top|bottom|lower|upper)_(left|right|third)(?![\w.\-])", r"\1 \2"),
)
# (wave 27) "字幕一个一个淡入", "captions fade in one by one": each text in its turn, as each caption comes with its picture;
# never the first caption alone (set BX bx045 read 一个 as "the first one" and faded caption 1 only)
REWRITES = REWRITES + (
    (r"(?:1|一)\s*个\s*(?:接\s*)?(?:1|一)\s*个\s*地?(?=\s*(?:淡入|淡出|出现|出来|弹出|弹|滑|飞|浮现|显示|跳|冒|蹦|打出))", "逐个"),
    (r"\b((?:fade|fades|fading|pop|pops|popping|slide|slides|sliding|appear|appears|appearing|come|comes|coming)"
     r"(?:\s+(?:in|up|on))?)\s*,?\s*(?:one\s+(?:by|after)\s+(?:one|1|another|the\s+other)|one\s+at\s+a\s+time)\b", r"\1"),
)
# (wave 27) "标题弄成金色的，显得高级一点": how the text's look should come across is why it is asked, as "make the title gold so
# it looks premium" is; never a style for the whole video (set BW bw096 applied the elegant preset too). "整体显得高级" (the
# whole video) stays a style.
REWRITES = REWRITES + (
    (r"((?:标题|字幕|文字|字体)[^，,。；;！!？?]{0,20}?)\s*[，,]\s*(?:这样|让它|使它|好让它|好)?\s*(?:会|能)?\s*(?:更|更加)?\s*"
     r"(?:显得|看起来|看着|看上去)\s*(?:更|更加|比较|很)?\s*[\u4e00-\u9fff]{1,4}?(?:一点|一些|点)?(?:的样子|的感觉)?\s*(?=$|[。；;！!？?，,])",
     r"\1"),
)
# (wave 27) "标题从左边飞进来": a text flying in is its entrance (the side was read as a place: the title was moved left)
extend(OPS, "animate", zh=("飞进来", "飞进", "飞入", "滑进来", "滑进"))
# (wave 27) "hey so the captions kinda cover the products, can they go up top?": a "so" after a greeting opens the message,
# no purpose ("so the products show" is why); read first, the purpose rule had blanked the whole message (set BX bx109
# got the help text)
REWRITES = ((r"^\s*(?:(?:hey|hi|hello|ok|okay|well|oh|um+|right)\s*[,!.]?\s+)+so\b\s*,?", " "),) + REWRITES
# (wave 27) "the captions kinda cover the products, can they go up top?": what the text covers is why; the question after it
# asks of the text ("they"), read as "can the captions go up top" (set BX bx109 read "cover" as the pictures' fit too)
REWRITES = REWRITES + (
    (rf"\b(the\s+{_TEXTS_EN})\s+(?:kinda\s+|kind\s+of\s+|sort\s+of\s+|a\s+bit\s+|totally\s+|completely\s+|partly\s+)?"
     r"(?:covers?|blocks?|hides?|overlaps?|(?:is|are)\s+(?:covering|blocking|hiding|over))\s+[^,.;!?]{1,40}?\s*[,;.]\s*(?:so\s+)?"
     r"(can|could|would|will)\s+(?:they|it)\b", r"\2 \1"),
)
# (wave 27) "change the caption of the unboxing video to "A" and the one on clip.mp4 to "B"": "the one" after a caption
# named is another caption (set BX bx177 gave the unboxing clip's caption the second words, and the guard refused it all)
REWRITES = REWRITES + (
    (r"(\b(?:caption|subtitle|label)\b(?:[^.;!?。；！？]|\.(?=[a-z0-9])){0,80}?(?:\s+and|,|;)\s+)the\s+one\s+(on|of|for|under|below)\b",
     r"\1the caption \2"),
)
# (wave 27) "标题改成“限时五折”，再帮我把鞋子P成白色的": the 把 of a next step stays when 帮我 goes (as filler, "帮我把" took
# the 把 and the next wish was read into the title's clause: it asked between the title's words and a colour, set BO bo061)
REWRITES = REWRITES + (
    (r"([,，;；]\s*(?:再|然后|另外|顺便|还有|并且|同时)?\s*)(?:请你|请|麻烦你?)?\s*(?:帮我|帮忙|给我)\s*(?=[把将])", r"\1"),
    # "视频最后给我加一句「X」": 给我 between the place and the verb of adding is no part of the wish (set CP cp145 was not
    # understood: the card's line read only right after 最后)
    (r"((?:结尾|片尾|最后|末尾)\s*(?:再)?)\s*(?:给我|给咱们|给我们|给视频)\s*(?=(?:再)?\s*(?:加|放|写|来|添加|打上))", r"\1"),
)
# --- end of block Z


# (keep these separating lines: they let the blocks merge apart)
#
#


# --- block L: lengths, pictures, corrections, several edits ---
# "would like the third image moved to the end", "wants lifestyle.jpg included after the watch": that done. What
# stands between the wish and the participle is the thing ("and" only before another picture: "the title changed to
# X and moved to the top" is two wishes)
_PASSIVE_THING = (r"((?:(?!\b(?:and(?!\s+(?:the\s+)?(?:first|second|third|fourth|fifth|last|\d))|to|changed|set|made|turned)\b)"
                  r"[^,.;]){1,50}?)")
_PASSIVES: tuple[tuple[str, str], ...] = tuple(
    (rf"\b(?:like|likes|want|wants|need|needs|have|get|see)\s+{_PASSIVE_THING}\s+{done}\b", rf"{verb} \1")
    for done, verb in (("moved", "move"), ("put", "put"), ("placed", "place"), ("included", "include"), ("added", "add"),
                       ("inserted", "insert"), ("removed", "remove"), ("deleted", "delete"), ("dropped", "drop"),
                       (r"taken\s+out", "take out"), ("swapped", "swap"), ("replaced", "replace"), ("muted", "mute")))


PHRASAL.update({("cut", "down"): "cut down", ("trim", "down"): "trim down"})  # "can we cut it down by 6 seconds?"
extend(OPS, "shorten", zh=("再短",))  # "视频再短5秒" (短 alone is also the 短 of 短视频)
# "最后一张图多停留一会儿": longer ("停留" stays the show-for, so "标题多显示一会儿，6秒" is 6 s)
extend(OPS, "lengthen", zh=("再长", "一会儿", "一会", "久一点", "久一些"))
# an end card added at the end, up to the comma after it (its card, page or screen, or its quoted words, said), and the
# logo said after it: the two rewrites below that give the logo to the card share them
_CARD_CLAUSE_ZH = r"((?:结尾|最后|末尾|片尾)[^。！？!?;；]{0,30}?(?:卡片|画面|页面|页|屏|\ue001)[^，,。！？!?;；\ue000]{0,6}?\s*[，,]\s*)"
_LOGO_SAID_ZH = r"((?:我们家?|咱们家?|我家|我|品牌|店铺|公司)?\s*(?:的)?\s*(?:logo|标志)(?:\.(?:png|jpe?g|webp|svg)|图片?)?)"
# a first or last picture said as what it should be, and the picture's name (a word or a file) after it
_PLACE_SHOULD_BE = r"\b(?:the\s+)?(first|last)\s+(?:photo|picture|image|pic|slide|shot)\s+(?:should\s+be|must\s+be|needs\s+to\s+be)\s+(?:the\s+)?"
_ORDER_NAME = r"(?!(?:title|music|logo|end|card|clip|video)\b)([a-z][a-z0-9\-]*(?:\.(?:jpe?g|png|webp))?)(?:\s+(?:one|photo|picture|pic|shot))?"
REWRITES = (
    # "a couple more seconds", "a few extra seconds": a number said in words (before the rewrites that read numbers)
    (r"\ba\s+couple(?:\s+of)?\s+(more\s+|extra\s+)?(s|secs?|seconds?)\b", r"2 \1\2"),
    # ("about": a few is no exact figure, so the length it makes is a whole second, not 5.375 + 3 = 8.38; set BI bi274)
    (r"\ba\s+few\s+(more\s+|extra\s+)?(secs?|seconds?)\b", r"about 3 \1\2"),
    # "手表那张多放几秒", "最后一张再多停几秒": 几秒 after 多 + a verb of showing is "a few more seconds", about 3 as in English
    # (it was left unread; set BI bi274); never 几秒 alone ("每张显示几秒？" asks how long)
    (r"(多|再多)\s*(放|停|停留|显示|展示|留|给)\s*(?:个)?\s*几\s*秒(?:钟)?", r"延长3秒左右"),
    # "drop the last one": the pronoun, not a 1 ("the last 1" read "last" as "lasts for", and removed image 1)
    (r"\b(the\s+(?:last|first|final|next|previous|other|same|middle|second|third|fourth|fifth|opening|closing))\s+1\b"
     r"(?![.,]\d|\s*(?:s|secs?|seconds?|minutes?|mins?|%|x|fps)\b)", r"\1 one"),
    # "cut the video down so it fits in 12 seconds": to that length
    (r"\bso\s+(?:that\s+)?(?:it|the\s+video|everything)\s+(?:fits|runs|lasts|is)\s+(?:in|into|within|under|at)?\s*(?=\d)", "to "),
    # "半分钟", "一分半", "half a minute", "a minute and a half": in seconds
    (r"半\s*分钟", "30秒"), (r"(?<!\d)(?:1|一)\s*分\s*半(?:钟)?", "90秒"), (r"(?<!\d)(?:2|两)\s*分\s*半(?:钟)?", "150秒"),
    (r"\bhalf\s+a\s+minute\b", "30 seconds"), (r"\b(?:a|one|1)\s+minute\s+and\s+(?:a\s+half|0\.5)\b", "90 seconds"),
    (r"\b(?:a|one)\s+and\s+a\s+half\s+minutes?\b", "90 seconds"),
    # "往后移两位": by two places (两 before a place word)
    (r"两\s*(位|格|个位置)", r"2\1"),
    # "视频不要超过20秒": a limit ("不要" alone is "no …", a removal)
    (r"(?:不要|别|不能|不可以|不得|不许)\s*(?:超过|超出|多于|长于)", "不超过"),
    # "原来的两倍", "twice as long" said of a picture: double its length
    (r"(?:改为|改成|变成|调成|调到)?\s*原来的\s*(?:2|两)\s*倍(?:长)?", "翻倍"),
    # pacing: "make the pacing snappier", "the slideshow feels slow", "节奏快一点", "图片切换快一点": each picture shorter
    (r"\b(?:make\s+)?(?:the\s+)?(?:pacing|pace|cuts|slideshow|editing|rhythm)\s+(?:a\s+(?:bit|little)\s+|much\s+)?(?:snappier|faster|quicker|tighter|punchier)\b"
     # ("the first video feels slow", "the unboxing video is slow": one video of several, a clip, never the whole's pace;
     # set CI ci166 shortened every picture)
     r"|\b(?:the\s+)?(?:pacing|pace|slideshow|(?:(?<=the\s)|(?<=whole\s)|(?<=entire\s)|(?<=this\s)|(?<=our\s)|(?<=my\s)|(?<![a-z0-9]\s))video)"
     r"\s+(?:feels|is|seems)\s+(?:a\s+bit\s+|too\s+|kind\s+of\s+|so\s+)?(?:slow|sluggish)\b"
     r"|\bspeed\s+(?:things|everything)\s+up\b|\btighten\s+(?:up\s+)?the\s+(?:pacing|pace|cuts|edit)\b"
     # ("make the pictures change faster", "the slides switch too slowly": the pictures' pace, as 图片切换快一点 is; set
     # CN cn111 was not read)
     r"|\b(?:make\s+|have\s+|let\s+)?(?:the\s+)?(?:pictures|photos|images|pics|slides|shots)\s+(?:change|switch|flip|cycle|go\s+by|move\s+on)\s+"
     r"(?:(?:a\s+(?:bit|little)|much|way|kind\s+of|so)\s+)?(?:faster|quicker|more\s+quickly|too\s+slow(?:ly)?)\b", "each picture a bit shorter"),
    # the clip said as "视频那段" is the clip, "视频片段" (not "这段视频", often the whole video): "视频那段放到最前面" looked
    # for a picture so named, "视频那段太长了" asked whether the whole video was meant (set EB eb022, ED ed115)
    (r"视频\s*(?:那|这)\s*(?:一)?\s*段(?!\s*(?:时间|时候|话|音乐|声音))", "视频片段"),
    # bottom and centred said together is the bottom place (centred across already): "字幕放到最底下居中" was not understood
    # (set EB eb063)
    (r"(?:最|正)?\s*(?:底下|底部|下面|下方|最下面|最下方|最底下)\s*(?:的)?\s*(?:正)?\s*(?:居中|中间|中央)(?:的位置|位置)?", "底部"),
    # a text marked in a colour, 标红 / 标成黄色: "第三个字幕标红" was not understood (set EB eb068)
    (r"标\s*(?:成|为)?\s*([红黄蓝绿粉金白黑紫橙])\s*色?(?![\u4e00-\u9fff])", r"改成\1色"),
    # a line added to the card named first: "结尾卡片加一句“X”" was not understood (set EA ea070)
    (r"((?:结尾|片尾|结束)\s*(?:卡片|页))\s*(?:上)?\s*(?:再)?\s*(?:加|写)\s*(?:上)?\s*(?:一|1)\s*(?:句|行)(?:话)?\s*(?=\ue000)", r"\1写"),
    # a shade named with its exact value after it is that value: "片尾背景用深红 #C8102E" read neither (set EB eb179)
    (r"(?:深|浅|暗|亮|大|正|酒|玫|宝石|中国|品牌|店铺)?\s*[红黄蓝绿紫粉橙金黑白灰棕青]\s*色?\s*[(（]?\s*(#[0-9a-f]{6}|#[0-9a-f]{3})(?![0-9a-z])\s*[)）]?",
     r" \1"),
    # an exact value then what it is to the shop, "#E60012，我们店的红": the remark is no wish (set EB eb037)
    (r"(#[0-9a-f]{6}|#[0-9a-f]{3})(?![0-9a-z])\s*[,，]\s*(?:是|就是)?\s*(?:我们|咱们|我|本)\s*(?:店|家|品牌|公司|店铺)?\s*(?:的)?\s*"
     r"(?:[\u4e00-\u9fff]{0,3}色|红|黄|蓝|绿|紫|粉|橙|金|主色|品牌色|颜色)(?=\s*(?:$|[。.!！;；]))", r"\1"),
    # an ending added with its words is the end card ("add an ending that says Shop Now" looked for a file so named, set ED
    # ed032)
    (r"\b(add|put|make|create|give\s+it|have)\s+(?:an?\s+)?(?:ending|outro|closing)\s*(?=that\s+says|which\s+says|saying|reading|with\s+the\s+(?:text|words)|:)",
     r"\1 an end card "),
    # the logo added bare right after a card added at the end (its page, screen or card said) is the card's: "最后放一个“X”的
    # 页面，加上logo" laid the logo over the video's corner (a held-out wrong edit, found by its count; fixed on own rows)
    # (or with its verb after it, "logo加上去", "再把logo放上去", or said to be on it, "卡片上要有logo": laid over the video, or
    # dropped without a word; a place said of it, "logo放中间", stays the logo's own)
    (rf"{_CARD_CLAUSE_ZH}(?:并且?|也|再|还要?|同时|记得|顺便|另外|然后|要)?\s*"
     r"(?:加上|带上|配上|附上|附带|加个|放个|要有|添加|加入|加一下|(?:卡片|页面|画面)?上(?:面)?\s*(?:要|也)?\s*有|(?:在\s*)?(?:下面|下方|底下|旁边)\s*(?:再)?\s*(?:放|加)\s*(?:上|个)?|放|加)\s*"
     rf"{_LOGO_SAID_ZH}(?=\s*(?:$|[，,。；;！!]))", r"\1在卡片上放\2"),
    (rf"{_CARD_CLAUSE_ZH}(?:并且?|也|再|还要?|同时|记得|顺便|另外|然后)?\s*(?:把)?\s*{_LOGO_SAID_ZH}\s*(?:也)?\s*"
     r"(?:放上去|加上去|贴上去|加进去|放进去|加进来|放进来|放上|加上|放在上面|放上面|放在卡片上)(?=\s*(?:$|[，,。；;！!]))", r"\1在卡片上放\2"),
    # a page or screen of the logo added at the end is a card with it: "结尾加个logo画面，写上“X”" was not understood (beside
    # "结尾加一个带logo的画面", set HP's kind)
    (r"((?:结尾|最后|末尾|片尾)\s*(?:再)?\s*(?:加|来|放)\s*(?:一|1)?\s*(?:个|张|页))\s*(?:我们的?|品牌的?)?\s*logo\s*(?:的)?\s*(画面|页面|卡片)", r"\1带logo的\2"),
    (r"((?:结尾|最后|末尾|片尾)\s*(?:再)?\s*(?:加|来|放)\s*(?:一|1)?\s*(?:个|张|页))\s*带\s*(?:我们的?|品牌的?)?\s*logo\s*(?:的)?\s*页面", r"\1带logo的页面"),
    # 掐掉 / 掐头 is a cut: "第一段视频掐掉开头两秒" was not understood (set EB eb102)
    (r"掐\s*(?:掉|去)", "剪掉"), (r"掐头(?!去尾)", "剪掉开头"),
    # the fade to black at both ends with a count: "开头和结尾加个黑场" (only "都加黑场" was read, set ED ed059)
    (r"(?:开头|片头)\s*(?:和|跟|与|还有)\s*(?:结尾|片尾)\s*(?:都|各)?\s*(?:加个|加一个|加1个|加上|加|来个|做个)\s*黑场", "开头和结尾都加黑场"),
    (r"(?:结尾|片尾|最后)\s*(?:再)?\s*(?:加个|加一个|加1个|加上|加|来个|做个)\s*黑场", "结尾淡出到黑色"),
    # the pictures gone, the clips kept: "不要图片了，只留两个视频" (set ED ed130)
    (r"(?:^|(?<=[,，;；。]))\s*(?:不要|删掉|去掉|删除|拿掉)\s*(?:所有|全部)?\s*(?:的)?\s*图片(?:了)?(?:\s*[,，]\s*只\s*(?:留|保留|剩)(?:下)?\s*(?:两|2|这两|那两)?\s*(?:个|段)\s*视频(?:片段)?(?:就行|就好)?)?(?=\s*(?:$|[,，。;；!！]))"
     r"|(?:^|(?<=[,，;；。]))\s*(?:所有|全部)?\s*(?:的)?\s*图片\s*(?:都|全)\s*(?:不要了|删掉|去掉|删了)(?=\s*(?:$|[,，。;；!！]))", "删除所有图片"),
    # a place in the order with why after it, "当开头", "压轴": "戒指放第一张 当开头", "手表放最后压轴" were not understood
    # (set EB eb017 eb026)
    (r"((?:放|排|移)(?:在|到)?\s*(?:第[一1]张|第[一1]个|第[一1]|最前面?|开头|最后面?|最后[一1]张|最后[一1]个))\s*(?:[,，]\s*)?(?:当|作为|做)?\s*(?:开头|开场|结尾|收尾|压轴|封面)(?:吧)?(?=\s*(?:$|[,，。!！]))", r"\1"),
    # a place in the order said as what that picture should be: "first photo should be the backpack, last the sneaker" was
    # not understood (set EA ea174); the second place said bare after it
    (rf"{_PLACE_SHOULD_BE}{_ORDER_NAME}\s*[,;]\s*(?:and\s+)?(?:the\s+)?(first|last)\s+(?:one\s+|photo\s+|picture\s+)?(?:should\s+be\s+|is\s+)?(?:the\s+)?"
     rf"{_ORDER_NAME}(?=\s*(?:$|[,.;!?]))", r"put the \2 \1, put the \4 \3"),
    (rf"{_PLACE_SHOULD_BE}{_ORDER_NAME}(?=\s*(?:$|[,.;!?]))", r"put the \2 \1"),
    # shorter or longer said bare after a sound taken away is the video's (the music has no length of its own here): "make
    # it square, no music, and shorter" left 'shorter' unread (set ED ed076)
    (r"(\b(?:no|mute|remove|delete|drop|lose|kill|without)\s+(?:the\s+)?(?:background\s+)?(?:music|bgm|song|voice\s*-?\s*over|voiceover|voice|narration|sound|audio))"
     r"\s*[,;]\s*(?:and\s+)?((?:a\s+(?:bit|little|lot)\s+|much\s+)?(?:shorter|longer))(?=\s*(?:please|pls)?\s*(?:$|[,.;!?]))", r"\1, and make the video \2"),
    # the videos in the plural are the clips: "mute the videos" asked whether all sound was meant (set ED ed120)
    (r"\b(mute|silence|unmute)\s+(?:the\s+|both\s+(?:the\s+)?|all\s+(?:the\s+)?)?videos\b", r"\1 the clips"),
    # a moment a thing first shows, said as "N 秒再出现" / "2秒的时候再出来" / "晚一点出来，2秒的时候再出现": where it starts (the frames read
    # "标题2秒" as the title's 2 s on screen, from 0 to 2: set EA ea043, ED ed166)
    (r"(?<!最后)(?<!最后\s)(?<!结尾)(?:晚\s*(?:一)?\s*点(?:儿)?\s*(?:再)?\s*(?:出来|出现|显示)\s*[,，]?\s*)?(?:到|在)?\s*(?:第)?\s*(\d+(?:\.\d+)?)\s*秒\s*(?:的时候|时|钟)?\s*(?:再|才)\s*(?:出现|出来|显示|弹出|冒出来)",
     r"第\1秒出来"),
    (r"晚\s*(?:一)?\s*点(?:儿)?\s*(?:再)?\s*(?:出来|出现|显示)\s*[,，]?\s*(?:到|在)?\s*(?:第)?\s*(\d+(?:\.\d+)?)\s*秒\s*(?:的时候|时|钟)", r"第\1秒出来"),
    # a lively style's pace said after it is what that style is ("要动感 节奏快的那种" made each picture 5 s beside the
    # style, set EB eb157)
    (r"((?:动感|活力|活泼|带劲|热血)(?:\s*(?:一点|一些))?)\s*[,，]?\s*(?:的)?\s*节奏\s*(?:要)?\s*(?:快|紧凑)\s*(?:一?点)?\s*(?:的)?\s*(?:那种|风格)?", r"\1"),
    (r"(?:整个)?(?:视频)?(?:的)?节奏\s*(?:再)?\s*(?:快|紧凑)\s*(?:一点|一些|点)?|(?:图片)?切换(?:得)?\s*(?:再)?\s*快\s*(?:一点|一些|点)?", "每张图短一点"),
    # "shave a second off each picture" (never "a second picture", "a second voiceover")
    (r"\b(?:a|one)\s+(second|sec|minute)\b(?!\s*(?:[a-z]+\s+)?(?:one|picture|image|photo|pic|slide|shot|clip|video|version|copy"
     r"|voice|voiceover|track|title|caption|line|logo|card|song|music|look|time|try|take))", r"1 \1"),
) + REWRITES + (
    # "like 18 or so seconds", "20 seconds or so": about that length
    (r"\b(\d+(?:\.\d+)?)\s+or\s+so\s+(s|secs?|seconds?|minutes?)\b", r"\1 \2"),
    (r"\b(\d+(?:\.\d+)?)\s*(s|secs?|seconds?|minutes?)\s+or\s+so\b", r"\1 \2"),
    # "5 second each one": each (normalising made the pronoun "one" a 1)
    (r"\beach\s+1\b(?![.,]\d)(?!\s*(?:s|secs?|seconds?|minutes?|mins?)\b)", "each"),
    # "I'd like it to run for one minute": the video's length
    (r"\b(it|the\s+(?:whole\s+)?video|the\s+ad)\s+(to\s+)?(?:run|play|last)s?\s+(?:for\s+)?(?=\d)", r"\1 \2be "),
    # "从30秒改成24秒": the new length is what is asked
    (r"从\s*\d+(?:\.\d+)?\s*秒\s*(改成|改为|调成|调到|变成|缩短到|缩短成|减到|加到|延长到|延长成)", r"\1"),
)
REWRITES = REWRITES + (
    # "to the very end of the sequence": the end (of the pictures)
    (r"\b(end|start|beginning|front|back)\s+of\s+the\s+(?:(?:image|picture|photo|video|main)\s+)?(?:sequence|video|timeline|slideshow|slide\s*show|edit|reel|lineup|track)\b", r"\1"),
    # "change place of picture 2 and picture 4", "switch places of": a swap
    (r"\b(?:change|switch|swap|trade|exchange)\s+(?:the\s+)?(?:places?|positions?|spots?)\s+(?:of\s+|between\s+|for\s+)?", "swap "),
    # "to the very end": the end
    (r"\bvery\s+(end|start|beginning|front|back)\b", r"\1"),
    # "swap it in for image 1": it replaces image 1 (set J add04)
    (r"\bswap\s+(it|this|that|[^\s,]+?\.(?:jpe?g|png|webp|mp4|mov))\s+in\s+(?:for|instead\s+of)\s+", r"use \1 instead of "),
    # "swap the second picture for lifestyle.jpg": what comes in for it (within its sentence: "1) swap image 1 and
    # image 5. 2) show each image for 4 seconds" is a swap, set T mul07)
    (r"\bswap\s+(?:out\s+)?([^.;!?。；！？]{1,40}?)\s+for\s+(?!\d)", r"replace \1 with "),
    # "把lifestyle.jpg加到视频里": added
    (r"(加|放|添加|放进|加入)(?:到|进)?\s*(?:视频|片子|时间线|影片)\s*(?:里面?|中|里头)", r"\1进去"),
    # "remove the clip, it's blurry": why, said after (a sentence of its own, not more of the clip's name)
    (r"[,，](?=\s*(?:it'?s|it\s+is|it\s+looks|they'?re|they\s+are|that'?s|this\s+one\s+is)\s+(?!\d|too\s+(?:long|short)))", ". "),
    *_PASSIVES,  # (see _PASSIVES)
    # "the one with the ring has to go": a removal
    (r"\b(?:has|have|needs?|got)\s+to\s+go\b|\bmust\s+go\b", "remove"),
)
REWRITES = REWRITES + (
    # "背景音乐和配音保持不变": several things that stay as they are (set J clp09)
    (r"[,，]?\s*(?:背景音乐|音乐|配音|旁白|标题|字幕|转场|画面)(?:\s*(?:和|与|跟|、|以及)\s*(?:背景音乐|音乐|配音|旁白|标题|字幕|转场|画面))+\s*"
     r"(?:都)?\s*(?:保持不变|不变|别动|不要动|照旧)", " "),
    # "trim unboxing.mp4 to the segment from 1s to 4s (in point 1 s, out point 4 s)": the span, said once (set J clp01)
    (r"\bto\s+the\s+(?:segment|part|section|portion|bit|range|stretch)\s+(?=from\s+\d)", ""),
    (r"[(（]\s*in[\s-]*point[^()（）]{0,60}[)）]", " "),
    # "帧率30不变", "音乐保持不变": what stays as it is needs nothing done
    (r"(?:帧率|fps|分辨率|音乐|背景音乐|配音|旁白|标题|字幕|转场|logo)\s*(?:\d+\s*(?:帧|fps)?)?\s*(?:保持不变|不变|别动|不要动|照旧)", " "),
    # "，然后把耳机放到第一张": a new sentence (the name is not "然后把 headphones")
    (r"[,，]?\s*(?:然后|接着|之后|再)\s*(?=把)", "。"),
    # "金戒指的图片被客户要求放在最前面": the wish, said in the passive
    (r"被(?:客户|用户|老板|他们|我们|我)?\s*(?:要求|希望|想|想要)?\s*(?=放|移|挪|删|去掉|换|拿掉)", ""),
)
REWRITES = REWRITES + (
    # "我刚上传了lifestyle.jpg，放到最前面": the file just uploaded is what goes there
    (r"(?:我|我们|客户|用户)?\s*(?:刚|刚刚|又|也)?\s*(?:上传|传)了\s*(?:1张|1个|1段)?\s*([^\s,，]+?\.(?:jpe?g|png|webp|mp4|mov))\s*[,，]\s*(?=放|加|插|移|排)", r"把\1"),
)
extend(OPS, "move", en=("bump", "push"))  # "bump the headphones up to first"
# "logo出现在右上角", "标题显示在顶部": a place it shows at (set EE ee013 was not understood)
extend(OPS, "move", zh=("出现在", "显示在", "位于"))
extend(OPS, "show_for", zh=("停", "停个"))  # "每张图都停3秒"
REWRITES = REWRITES + (
    # "the sneaker and the watch should trade places": a swap
    (r"\b((?:the\s+)?[a-z0-9][a-z0-9\-\s]{0,30}?)\s+and\s+((?:the\s+)?[a-z0-9][a-z0-9\-\s]{0,30}?)\s+(?:should\s+|need\s+to\s+|can\s+|could\s+)?"
     r"(?:trade|swap|switch|change|exchange)\s+(?:places|positions|spots)\b", r"swap \1 and \2"),
    # "开头那张图", "结尾的那张": the first, the last picture
    (r"(?:开头|最前面|最开始)(?:的|那|那一|的那)\s*(张|幅)", r"第1\1"),
    (r"(?:结尾|最后面|末尾)(?:的|那|那一|的那)\s*(张|幅)", r"最后1\1"),
    # "make the whole video twice as long": the length doubled (not the clip's speed)
    (r"\b(?:make\s+)?(?:it|the\s+(?:whole\s+|entire\s+)?(?:video|thing|edit|runtime))\s+twice\s+as\s+long\b", "double the length"),
    (r"\b(?:make\s+)?(?:it|the\s+(?:whole\s+|entire\s+)?(?:video|thing|edit|runtime))\s+half\s+as\s+long\b", "halve the length"),
    # "cut a third off the video", "shave 2 seconds off each picture": taken from it (no "off" switch)
    (r"\b(cut|shave|trim|take|knock|chop)\s+((?:a|one|an|\d+(?:\.\d+)?)\s+[a-z]{1,10})\s+off\s+(?:of\s+)?(?=the\b|it\b|each\b|every\b|all\b)", r"\1 \2 from "),
    # "send the backpack to the back" ("send" is no word of the tables: "secnds" would be one letter from "sends")
    (r"\bsend\s+(?=(?:the|that|this|image|photo|picture|pic|slide|shot)\b[^.,;]{0,40}?\bto\s+the\b)", "move "),
    # "keep the video between 15 and 18 seconds", "视频控制在15到20秒之间": a length within that span (the longer end
    # as a limit: a video longer than it is cut to it)
    (r"\b((?:keep|make|get|have)\s+(?:it|the\s+(?:whole\s+)?video|the\s+length|the\s+runtime)|(?:video|length|runtime|duration)(?:\s+should\s+be|\s+of)?)"
     r"\s+(?:somewhere\s+)?(?:between|from)\s+\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)?\s+(?:and|to)\s+(\d+(?:\.\d+)?)\s*(s|secs?|seconds?)\b", r"\1 \2 \3 max"),
    (r"(视频|时长|片子|长度|总长)\s*(?:控制在|保持在|改成|改为|做成|在)?\s*\d+(?:\.\d+)?\s*秒?\s*(?:到|至|-|~)\s*(\d+(?:\.\d+)?)\s*秒\s*(?:之间|以内|左右)", r"\1\2秒以内"),
    (r"(视频|时长|片子|长度|总长)\s*(?:控制在|保持在)\s*\d+(?:\.\d+)?\s*秒?\s*(?:到|至|-|~)\s*(\d+(?:\.\d+)?)\s*秒", r"\1\2秒以内"),
    # "cut 10 seconds off the video": shorter by that much
    (r"\b(?:cut|shave|trim|take|knock|chop)\s+(\d+(?:\.\d+)?)\s*(s|secs?|seconds?)\s+(?:off|from|out\s+of)\s+(?:the\s+)?(?:whole\s+)?(?:video|length|runtime|total|it)\b",
     r"make the video \1 \2 shorter"),
    # numbered wishes "(1) … (2) …", and "three quick things:" before them
    (r"\(\s*\d\s*\)\s*", " "),
    (r"^\s*(?:\d+|a\s+few|several|some|a\s+couple\s+of)\s+(?:quick\s+|small\s+|more\s+)?(?:things|changes|edits|tweaks|fixes)\s*[:：]", " "),
    (r"\b(?:the\s+(?:user|client|customer)|my\s+(?:client|boss|customer)|they|we|i)\s+(?:has\s+|have\s+)?(?:asked|asks|requested|requests)\s+for\s+"
     r"(?:\d+|a\s+few|several|some|a\s+couple\s+of)\s+(?:quick\s+|small\s+|more\s+)?(?:things|changes|edits|tweaks|fixes)\s*[:：,]?", " "),
    # "slow them down a bit", "speed the pictures up": the pictures shown longer or shorter (a clip's speed is the
    # clip's: "slow the clip down")
    (r"\bslow\s+(?:them|the\s+(?:pictures|photos|images|slides|pics))\s+down\b", "each picture longer"),
    (r"\bspeed\s+(?:them|the\s+(?:pictures|photos|images|slides|pics))\s+up\b", "each picture shorter"),
    # "hold the headphones a bit longer (the last picture)", "remove image 3 (the green watch)": the same thing said
    # again in brackets (a file name in brackets is read: "the logo (logo.png)")
    # (a moment in brackets after "once the title has gone" is when: "but only once the title has gone (so from 3
    # seconds)" was dropped whole, the logo shown throughout; set FA fa015)
    (r"(?:,\s*)?(?:(?:but|and)\s+)?(?:only\s+)?(?:after|once|when)\s+the\s+(?:title|headline|heading)(?:\s+(?:ends|is\s+gone|has\s+gone"
     r"|disappears|goes\s+away|is\s+over|is\s+done|finishes|has\s+(?:disappeared|finished|ended)))?\s*\(\s*(?:so\s+|i\.?e\.?,?\s+|like\s+"
     r"|that'?s\s+|which\s+is\s+|about\s+)?(?:from\s+|at\s+|around\s+)?(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\s*(?:in|on)?\s*\)",
     r" from \1"),
    (r"\(\s*(?!(?:so\s+)?(?:from|at|after|until|till)\s+\d)(?:the\s+|that\s+|this\s+)?[a-z0-9\-]+(?:\s+[a-z0-9\-]+){0,3}\s*\)", " "),
    # "the headphones to open the video", "the watch should lead the slideshow": first ("…should open the whole thing": the
    # whole video said so too, set CJ cj019 was not read)
    # (never from a contraction or across a verb of wishing: "so they'd like it to open the video" was written "they'move d like
    # it first"; set ET et001)
    (rf"(?<!['’])\b((?:the\s+)?+(?!{_NOT_ORDERED}\b)[a-z0-9\-]+(?:\s+(?!(?:like|love|want|wants|need|needs|it|them)\b)[a-z0-9\-]+){{0,2}})\s+(?:to|should|must|will|can)\s+"
     rf"(?:open|start|begin|lead|kick\s+off)\s+{_WHOLE_VIDEO}\b", r"move \1 first"),
    # "go by too quickly" ("quickly" alone is filler: "real quick", "quickly make it red")
    (r"\b(?:way\s+|far\s+|much\s+)?too\s+quickly\b", "too fast"),
    # "耳机那张图不用放了": that picture removed
    (r"([^\s,，。:：;；!！?？]{1,12}?那张(?:图|图片|照片)?)\s*(?:就)?(?:不用放了|不要放了|不放了|不用了|不要了)", r"删掉\1"),
    # "…and drop off fast": what viewers do, no edit
    (r"\b(?:and\s+)?(?:drop|drift|tune|click|swipe|scroll)\s+(?:off|away|out)\s+(?:fast|quickly|early|soon)\b", " "),
    # "图片顺序全部反过来"
    (r"顺序\s*(?:全部|都|整个|全都)\s*(反过来|倒过来|颠倒过来|颠倒)", r"顺序\1"),
    # "my client wants three things: …", "the user would like two changes:": the list follows
    (r"\b(?:the\s+(?:user|client|customer)|my\s+(?:client|boss|customer)|they|we|i)\s+(?:wants?|would\s+like|'d\s+like|needs?|asks?\s+for|has|have)\s+"
     r"(?:\d+|a\s+few|several|some|a\s+couple\s+of|two|three|four)\s+(?:small\s+|quick\s+|more\s+)?(?:things|changes|edits|tweaks|fixes)\s*[:,]?", " "),
    # "the background music down to around 20 %": at that level
    (r"\b((?:background\s+)?music|bgm|voice\s*-?\s*over|voice|narration)\s+(?:down|up)\s+to\b", r"\1 to"),
    # "pics in reverse pls", "photos in reverse order": the order reversed
    (r"\b(?:the\s+)?(?:pics?|pictures?|images?|photos?|slides?|shots?)\s+(?:in\s+)?(?:reverse|reversed|backwards)(?:\s+order)?\b", "reverse the order"),
    # "ring pic first", "the watch photo last": moved there
    (r"^\s*(?!(?:move|put|place|make|show|set|bring|get|have|let|send|bump|push|swap|switch)\b)((?:the\s+)?[a-z0-9][a-z0-9\-]*(?:\s+[a-z0-9\-]+){0,2}?\s+(?:pic|picture|photo|shot|image))\s+(first|last)\s*$", r"move \1 to the \2 position"),
    # "move #5 to #1": image 5, to position 1
    # (a place's number, never a colour's code: "the background in #224466" was "position 224466"; wave 55)
    (r"\b(?:to|at|in|into)\s+#\s*(\d{1,2})\b(?![0-9a-f])", r"to position \1"),
    (r"(?<!image)(?<!photo)(?<!picture)(?<!clip)(?<!pic)(?<!slide)(?<!shot)(?<!number)\s#\s*(\d{1,2})\b", r" image \1"),
    # "up to first place", "into the first spot": first
    (r"\b(?:up\s+)?(?:to|into|in)\s+(?:the\s+)?(first|last)\s+(?:place|spot|slot|position)\b", r"to the \1 position"),
    # "cut the ring shot": the picture goes ("cut" of a named shot, not of seconds)
    (r"\bcut\s+((?:the|that|this)\s+[a-z0-9\-\s]{1,30}?\s+(?:shot|photo|picture|pic|image|slide))\b(?!\s+(?:to|down|short|by))", r"remove \1"),
)
extend(OPS, "shorten_need", zh=("太拖了", "太拖", "有点拖", "拖拖拉拉"))  # "视频太拖了": too long
# "show the first picture twice as long", "第一张翻倍": its length doubled; "half as long": halved
extend(OPS, "lengthen", en=("twice as long",), zh=("翻倍", "加倍", "翻一倍", "长一倍", "长1倍"))  # ("标题时长加倍", set FJ fj104)
extend(OPS, "shorten", en=("half as long",), zh=("短一半", "减半"))
PLAIN_WORDS = PLAIN_WORDS + ("pacing", "paced", "snappier", "snappy", "punchier")  # ("pacing" was read "placing")
EXTRA_WORDS = EXTRA_WORDS + ("swapped", "swapping", "dropped", "trimmed", "chopped", "flipped", "stopped")
FILLER_ZH = FILLER_ZH + ("客户说", "用户说", "客户反馈", "客户讲")
# "leave everything else as it is", "其他都别动": the edit asked is all that changes anyway
FILLER_EN = FILLER_EN + ("leave everything else as it is", "leave everything else as is", "leave everything else alone",
                         "keep everything else the same", "keep everything else as it is", "don't touch anything else",
                         "do not touch anything else", "don't change anything else", "do not change anything else")
FILLER_ZH = FILLER_ZH + ("其他都别动", "其他都不要动", "其他不要动", "其他的不要动", "其他的都别动", "其他不变", "其他都不变",
                         "其余不变", "其余都不变", "其它都别动", "其它不变", "别的不要动", "别的都别动", "别的不变")
# "share this on tiktok": a word of its own, never a typo of "shave"
PLAIN_WORDS = PLAIN_WORDS + ("share", "shared", "shares", "sharing", "publish", "published", "posting")
REWRITES = REWRITES + (
    # "把耳机放第一张", "鞋子那张放最后": moved there ("放5秒" stays how long it shows; sets K ord13, L multi09/pic33)
    (r"(?<![存摆播])放(?:置)?(?=\s*(?:第\s*\d+\s*(?:张|个|位|幅)|最前|最后(?!\s*\d+\s*秒)|开头|结尾|末尾))", "移到"),
)
_PIC_NOUN = r"(?:pics?|pictures?|photos?|images?|shots?|slides?)"
REWRITES = REWRITES + (
    # "那个蓝色的包", "这个包": a bag said as 包 (not 包装, 包括, 红包)
    (r"(?<=[色的个只款])\s*包(?![装括含邮容子])", "背包"),
    # "the sneaker go to the end please", "the ring goes first": moved there (set L pic19)
    (r"^\s*((?:the\s+)?(?!(?:title|captions?|music|voice|logo|text|end|video|it)\b)[a-z0-9][a-z0-9\-]*(?:\s+[a-z0-9\-]+){0,2}?)"
     r"\s+(?:should\s+|must\s+|can\s+)?(?:go|goes|come|comes)\s+(first|last)\b", r"move \1 to the \2 position"),
    (r"^\s*((?:the\s+)?(?!(?:title|captions?|music|voice|logo|text|end|video|it)\b)[a-z0-9][a-z0-9\-]*(?:\s+[a-z0-9\-]+){0,2}?)"
     r"\s+(?:should\s+|must\s+|can\s+)?(?:go|goes|come|comes)\s+(?=to\s+the\s+(?:end|front|start|beginning|back)\b)", r"move \1 "),
    # "the last two pics out", "pic 3 out pls": removed (set K rm04; "fade the pics out" has its verb first)
    (rf"^\s*((?:the|that|this|those|these)\s+(?:[a-z0-9\-]+\s+){{0,3}}{_PIC_NOUN}|{_PIC_NOUN}\s*\d+)\s+out\b(?!\s+of)", r"remove \1"),
    # "backpack pic out, …": a picture said by its name's word and a picture word, without "the" (set CL cl218 left it
    # unread and moved the watch alone); never a verb first ("fade pics out", "zoom photos out")
    (rf"^\s*((?!(?:fade|zoom|pan|slide|move|put|take|cut|leave|keep|blur|ease|cross|wipe|and|all|every|each|no)\b)"
     rf"[a-z][a-z0-9\-]*(?:\s+[a-z][a-z0-9\-]*)?\s+{_PIC_NOUN})\s+out\b(?!\s+of)", r"remove the \1"),
    # "delete the second photo and the fourth": a bare place after "and" is a picture of the same word (set CJ cj216 was
    # not understood); only ending the clause ("the second photo and the fourth caption" is no picture)
    (rf"\b(the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+({_PIC_NOUN}))\s+and\s+"
     r"(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?=\s*(?:$|[,.;!?]))", r"\1 and the \3 \2"),
    # "reverse all the pictures order" (set L pic11)
    (rf"\b(reverse|flip|invert)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?{_PIC_NOUN}(?:'s?)?\s+order\b", "reverse the order"),
    # "can you remove 2 photo": photo 2, said number first (set L pic01; "3 photos" stays a count)
    (r"\b(remove|delete|drop|cut|move|kill|ditch|replace)\s+(\d)\s+(pic|picture|photo|image|slide|shot)\b(?!s)", r"\1 \3 \2"),
)
REWRITES = REWRITES + (
    # "three quarters of a minute", "a quarter of a minute": in seconds (set L len08; "a quarter of a minute" was read as
    # a minute)
    (r"\b(?:three|3)\s+quarters?\s+of\s+(?:a|one|1)\s+minute\b", "45 seconds"),
    (r"\b(?:a|one|1)\s+quarter\s+of\s+(?:a|one|1)\s+minute\b", "15 seconds"),
    (r"\b(?:a|one|1)\s+minute\s+and\s+(?:a|one|1)\s+quarter\b", "75 seconds"),
    # "a quarter of a second instead of half": of a second too (set GP gp008 set the title 1 s long)
    (r"\b(?:three|3)\s+quarters?\s+of\s+(?:a|one|1)\s+second\b", "0.75 seconds"),
    (r"\b(?:a|one|1)\s+quarter\s+of\s+(?:a|one|1)\s+second\b", "0.25 seconds"),
    # "make the video double as long" (set L len05; read as the clip's speed)
    (r"\b(?:make\s+)?(?:it|the\s+(?:whole\s+|entire\s+)?(?:video|thing|edit|runtime|length))\s+(?:double|2\s*x|two\s+times|2\s+times)"
     r"\s+(?:as\s+long|longer)\b", "double the length"),
)
extend(OPS, "cut", en=("skip",))  # "the clip starts too slow, skip its first 2 seconds": part of the clip cut (set L clip01)
REWRITES = REWRITES + (
    # "(the music track loops, so that is fine)", "(captions should stay with their pictures)": a remark in brackets,
    # three words or more without a number, a file or a quote (set J len07 raised the music for "loops")
    (r"[(（](?![^()（）]*(?:\d|\.(?:jpe?g|png|webp|mp4|mov)|\ue000))(?=(?:[^()（）\s]+\s+){2,}[^()（）\s]+\s*[)）])[^()（）]{1,120}[)）]", " "),
    # "the first 2 seconds of the clip are shaky, please cut them", "开箱视频开头1秒画面抖动，请裁掉": that part cut (set J
    # clp08 made the clip 1 s long)
    (r"\b(the\s+(?:first|last|opening|final)\s+\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\s+of\s+(?:the\s+)?[a-z0-9\-.]+(?:\s+(?:clip|video|footage))?)"
     r"\s+(?:is|are|looks?|feels?|seems?)\s+[^,.;]{1,30}[,;]\s*(?:so\s+)?(?:please\s+)?(?:cut|trim|remove|drop)\s+(?:them|it|that)(?:\s+(?:out|off))?", r"cut \1"),
    (r"((?:开头|前|最后|结尾)\s*\d+(?:\.\d+)?\s*秒)(?:的)?[^，,。；;\d]{1,12}[，,]\s*(?:请|麻烦)?\s*(?:把它|把这段|把这部分|这段)?\s*"
     r"(裁掉|剪掉|删掉|去掉|切掉)(?:吧|了)?", r"\1\2"),
    # "show each remaining image for 5 seconds" (after a removal in the same message: every picture left; set J mul02)
    (r"\b(each|every|all)\s+(?:of\s+the\s+)?remaining\s+(image|picture|photo|pic|slide|shot)(s?)\b", r"\1 \2\3"),
    # "请将所有图片的单张时长统一设置为4秒": each picture's length (set J pic09 made the video 4 s long)
    (r"(?:所有|全部)(?:的)?(?:图片|照片|图)(?:的)?\s*单张\s*(?:的)?\s*(?:显示)?(?:时长|长度|时间)(?:\s*统一)?", "每张图片"),
    (r"单张(?:图片|照片)?\s*(?:的)?\s*(?:显示)?(?:时长|长度|时间)(?:\s*统一)?", "每张图片"),
)
REWRITES = REWRITES + (
    # "每个宝贝图停留5秒", "商品图": the pictures, as shops call them (set L zh05)
    (r"(?:宝贝|商品|产品)\s*(?:主)?\s*(图片|图|照片)", r"\1"),
    (r"每个\s*(图片|图|照片)", r"每张\1"),
    # "第二张用lifestyle.jpg替换掉", "用lifestyle.jpg替换掉最后一张图片": that one replaced by the file (set L pic30, J add09)
    (r"(第\s*\d+\s*张(?:图片|图|照片)?|最后\s*1?\s*张(?:图片|图|照片)?)\s*(?:请)?\s*(?:用|拿)\s*([^\s,，。]+?\.(?:jpe?g|png|webp|mp4|mov))\s*(?:来)?\s*(?:替换|换)(?:掉|下)?",
     r"把\1换成\2"),
    (r"(?:用|拿)\s*([^\s,，。]+?\.(?:jpe?g|png|webp|mp4|mov))\s*(?:来)?\s*(?:替换|换)(?:掉|下)?\s*(第\s*\d+\s*张(?:图片|图|照片)?|最后\s*1?\s*张(?:图片|图|照片)?)",
     r"把\2换成\1"),
)
# (a file name starts where its run of characters starts: where one is found at all it is found from there, and tried
# from every character of a 4000-character Chinese message without punctuation, the run was read to its end each time,
# 140 ms)
_FILE_L = r"(?<![^\s,，。;；()（）])[^\s,，。;；()（）]+?\.(?:jpe?g|png|webp|gif|mp4|mov|m4v|webm)"
REWRITES = REWRITES + (
    # a picture said twice, once in brackets: "blue-backpack.jpg (segment 2)", "Segment 3 (green-watch.jpg)",
    # "第二张图片（blue-backpack.jpg）", "耳机（silver-headphones.jpg）那张": the file is the one (set J pic03/pic08/pic10/ord10/ord13)
    (rf"({_FILE_L})\s*[(（]\s*(?:segment|image|picture|photo|shot|clip|slide|pic)\s*(?:#|no\.?\s*)?\d+\s*[)）]", r"\1"),
    (rf"\b(?:the\s+)?(?:segment|image|picture|photo|shot|clip|slide|pic)\s*(?:#|no\.?\s*)?\d+\s*[(（]\s*({_FILE_L})\s*[)）]", r"\1"),
    (rf"(?:第\s*\d+\s*(?:张|个|段)(?:图片|图|照片|视频|片段)?|[\u4e00-\u9fff]{{1,6}}?)\s*[(（]\s*({_FILE_L})\s*[)）]", r"\1"),
    # "请把未使用的 gold-ring.jpg 添加到视频最后": an upload's file said with "not used yet" before it is that file (set CQ
    # cq141 looked for a file named "未使用的 gold-ring.jpg")
    (rf"(?:未使用的?|未用的|没(?:有)?(?:使用|用上|用到|用)的|还没(?:有)?用(?:上|到)?的|闲置的|多出来的)\s*(?={_FILE_L})", ""),
    # "add the unused ring photo in place of black-cap.jpg", "use gold-ring.jpg instead of the cap picture": one picture
    # put where another was is a replacement (set CQ cq158 looked for a file named "… in place of black-cap.jpg";
    # "use … instead of …" added it at the end and kept the other). The one replaced is a file or a picture's noun
    # ("use it instead of the watch photo": "it" is left to the rules that know what it is, mixed_context_pronouns#70)
    (r"\b(?:add|put|use|insert|place|bring\s+in|swap\s+in)\s+(?!(?:it|this|that|them|these|those)\b)((?:the\s+|my\s+|our\s+)?[a-z0-9][a-z0-9_\-.]*(?:\s+[a-z0-9][a-z0-9_\-.]*){0,4}?)"
     r"\s+(?:in\s+(?:the\s+)?place\s+of|instead\s+of)\s+((?:the\s+)?(?:[a-z0-9\-]+\s+){0,2}?(?:[a-z0-9_\-]+\.(?:jpe?g|png|webp|gif|mp4|mov|webm)"
     r"|(?:photo|picture|image|pic|shot|clip)(?:\s+\d+)?))(?=\s*(?:$|[,.;!?]|\band\b|\bthen\b))", r"replace \2 with \1"),
    # "the lifestyle.jpg picture": the file
    (rf"\bthe\s+({_FILE_L})\s+(?:picture|photo|image|shot|clip|file|video)\b", r"\1"),
    # "add lifestyle.jpg to the video", "请把lifestyle.jpg添加到视频最后": added (to the end)
    (rf"\b(add|insert|include)\s+({_FILE_L})\s+(?:to|into|in)\s+(?:the\s+)?(?:video|timeline|slideshow|edit|project|sequence)\b", r"\1 \2"),
    (r"(添加|加入|插入|加|放)\s*(?:到|在)\s*(?:视频|片子|时间线|影片)\s*(?:的)?\s*(?=最后|末尾|结尾|开头|最前面)", r"\1到"),
    # "put lifestyle.jpg in as the third shot, after the backpack", "put the headphones shot second, right after the
    # sneaker": the place said twice (set J add02/add10/ord05)
    (rf"\b(put|insert|add|place)\s+({_FILE_L})\s+in\s+as\b", r"\1 \2 as"),
    (r"((?:\bas\s+the\s+|\b)(?:first|opening|second|third|fourth|fifth|last|final|\d+(?:st|nd|rd|th))(?:\s+(?:shot|picture|photo|image|slide|one|position|place|spot))?"
     r"|\b(?:at|to)\s+the\s+(?:very\s+)?(?:beginning|start|front|end))"
     r"\s*[,，]\s*(?:right\s+|just\s+|directly\s+|immediately\s+)?(?:before|after)\s+(?:the\s+)?[a-z0-9\-]+(?:\s+(?:shot|photo|picture|pic|image|one))?\b", r"\1"),
    # "Let's open with the watch — move green-watch.jpg to the front": a dash between two sentences
    (r"\s+[—–]\s+|\s+--\s+", ". "),
    # "delete segment 4 from the video track": the main track is where pictures are
    (r"\s+(?:from|on|in|off)\s+(?:the\s+)?(?:video|main|image|picture)\s+track\b", " "),
    (r"从\s*(?:时间线|时间轴|轨道|视频轨道|视频|片子|影片)\s*(?:中|上|里)?\s*(?=移除|删除|删掉|去掉|拿掉)", ""),
    # "remove gold-ring.jpg and black-cap.jpg from the video": the video is where they are, never a thing of the second
    # file's own (set BF bf006 cut the clause there and removed only the first file)
    (rf"({_FILE_L})\s+(?:from|out\s+of|off)\s+(?:the\s+)?(?:video|timeline|slideshow|edit|project|sequence|reel)\b", r"\1"),
    # "stick the ring picture in, right at the start": "right" stresses the place, never a picture called "right"
    (r"\b(?:right|just|directly)\s+(?=at\s+the\s+(?:very\s+)?(?:start|beginning|front|end)\b)", ""),
    # "push them right down to the bottom", "put the title right in the middle": "right" before a way to a place of the
    # frame stresses it, never the right side (set CS cs018 was not understood); "the top right at …", "from right to …"
    # keep theirs
    (r"(?<!\btop\s)(?<!\bbottom\s)(?<!\bupper\s)(?<!\blower\s)(?<!\bthe\s)(?<!\bfrom\s)(?<!\bmiddle\s)(?<!\bcenter\s)"
     r"(?<!\bcentre\s)(?<!\band\s)(?<!\bor\s)(?<!\bto\s)\bright\s+(?=(?:(?:up|down|over|back)\s+)?(?:to|at|in|into|onto)\s+the\s+(?:very\s+)?"
     r"(?:top|bottom|middle|center|centre)\b)", ""),
    # "give gold-ring.jpg more screen time: 9 seconds": shown that long (set J pic05)
    (r"\bgive\s+(.{1,40}?)\s+(?:more\s+)?(?:screen\s*time|time\s+on\s+screen)\s*(?:[:,]|of)?\s*(?=\d)", r"show \1 for "),
    # "green-watch.jpg: duration 7 seconds" (set J pic08)
    (rf"^\s*({_FILE_L})\s*[:：]\s*(?:duration|length|display\s+time|screen\s+time)\s*(?:of|to|=|:)?\s*(?=\d)", r"show \1 for "),
    # "这张图只需要显示2秒": shown that long (只 is no "only this one" there; set J pic12)
    (r"只(?:需要|要|用)\s*(?=显示|停留|展示)", ""),
    # "调整到第一个位置": moved there (set J ord10/ord13)
    (r"调整?\s*到\s*(?=第\s*\d+\s*(?:个|张)?\s*(?:位置|位))", "移到"),
    # "leave the other segments' durations unchanged", "keep the rest in the same order": what stays, not a wish
    (r"[;,]?\s*(?:and\s+)?(?:leave|keep)\s+(?:the\s+)?(?:other|remaining|rest\s+of\s+the)\s+[a-z'’ ]{1,40}?\s+(?:unchanged|as\s+(?:they\s+are|it\s+is|is)|the\s+same|alone)\b", " "),
    # ("…; leave the others as they are": the others said alone, set CQ cq047 reported it as a wish not understood)
    (r"[;,]?\s*(?:and\s+)?(?:leave|keep)\s+the\s+(?:rest|others|other\s+ones)\s+(?:in\s+the\s+same\s+order|as\s+(?:it\s+is|they\s+are|is)"
     r"|unchanged|the\s+same|alone|untouched)\b", " "),
    # "…, cap second, don't touch the rest": what stays said as a negation, not a wish taken back (set AW aw167 lost the
    # second move to it)
    (r"[;,]?\s*(?:and\s+|but\s+)?(?:don'?t|do\s+not|no\s+need\s+to)\s+(?:touch|move|change|reorder)\s+(?:the\s+)?(?:rest|others|other\s+(?:ones|pictures|images|photos|pics))\b"
     # (and "the rest of the order": set GN gn039 left "of the order" unread)
     r"(?:\s+of\s+the\s+(?:order|pictures|images|photos|lineup|sequence))?", " "),
    (r"[;,]?\s*(?:and\s+)?the\s+(?:rest|others)\s+(?:stay|stays|remain|remains)\s+(?:where\s+they\s+are|as\s+(?:they\s+are|is)|the\s+same|unchanged)\b", " "),
    # "watch first, then the ring, then the rest like before": after pictures put first, the others in their order is
    # what an order said leaves anyway (the clause was read as a picture "the rest"; set BL bl067). Only after a
    # "first" of the same sentence, and at its end ("delete the watch, then the rest" is no order)
    # ("…, then everything else": the same, wave 29)
    (r"(\bfirst\b[^.;!?]{0,80}?)\s*[;,]?\s*(?:and\s+)?(?:then\s+|followed\s+by\s+)?(?:(?:all\s+)?the\s+(?:rest|others)|everything\s+else)"
     r"(?:\s+(?:like|as)\s+(?:before|they\s+were|they\s+are|it\s+was|now)|\s+in\s+(?:the\s+)?(?:same|old|original|usual)\s+order"
     r"|\s+(?:unchanged|after|after\s+that))?\s*(?=$|[.;!?])", r"\1"),
    # "flip the sequence", "run the pictures backwards": reversed
    (r"\bflip\s+the\s+(?:sequence|order)\b", "reverse the order"),
)
FILLER_ZH = FILLER_ZH + ("其余顺序不变", "其他顺序不变", "其它顺序不变", "顺序不变", "位置不变", "其余图片保持不变", "其他图片保持不变",
                         "其余图片不变", "其他图片不变")
# "去掉第3张和第4张图片的字幕，其他字幕保留": the other captions kept is what happens anyway (set CA ca089)
FILLER_ZH = FILLER_ZH + ("其他字幕保留", "其余字幕保留", "其它字幕保留", "其他的字幕保留", "其他字幕不变", "其余字幕不变",
                         "其他字幕保持不变", "其余字幕保持不变", "其他字幕都保留", "其余字幕都保留")
REWRITES = REWRITES + (
    # "Since it's for Reels: vertical, 15 seconds, music at 30%": the list after the colon is the request (the length
    # was lost as part of the reason; set J mul11)
    (r"^\s*(?:since|because|as)\s+(?:it'?s|it\s+is|this\s+is|this'?s|we'?re|we\s+are)\s+(for\s+[^:;.]{1,30})\s*:", r"\1:"),
    # "运营同学要求：", "运营反馈：", "老板说：": who asks, before the request (set J ord13/rem12)
    (r"^\s*[^:：，,。;；\s]{1,12}?(?:要求|反馈|转达|提出|希望|需求|备注|留言)\s*[:：]", ""),
    # "gold-ring.jpg 这款已下架，请从时间线中删除该图片": that file removed (the remark before it is why)
    (rf"({_FILE_L})\s*(?:这款|这个|该款|这张|此款)?[^，,。;；]{{0,12}}[，,]\s*(?:请)?\s*(?:从\s*(?:时间线|时间轴)\s*(?:中|上|里)?)?\s*"
     r"(删除|删掉|去掉|移除|拿掉)\s*(?:该|这张|此|这个)(?:图片|图|照片|素材)", r"\2\1"),
)
REWRITES = REWRITES + (
    # "move gold-ring.jpg to the first position in the sequence" (set J ord01)
    (r"\b(position|place|spot|slot)\s+(?:in|of)\s+the\s+(?:sequence|order|timeline|slideshow|video|lineup|edit)\b", r"\1"),
)
REWRITES = REWRITES + (
    # "the clip's own audio": its sound ("own" stood between; set M clp03)
    (r"(?<=['’]s)\s+own\s+(?=sound|audio|volume)", " "),
    # "the unboxing video's audio": the sound of the clip named (a name before "clip's"/"video's")
    # (never a place: "mute the second video's sound" lost its video and muted every sound; wave 31 B)
    (r"\b(?!(?:the|this|that|a|an|my|our|your|whole|entire|final|full|first|second|third|fourth|fifth|last|other|next|"
     r"previous|middle|opening|closing|final|\d+(?:st|nd|rd|th))\b)([a-z0-9\-]+)\s+(?:clip|video|footage)['’]s\s+(?:sound|audio)\b", r"\1 sound"),
    # "the clip has wind noise, kill its sound": the clip's sound, not every sound (set M clp02 asked; "mute its audio"
    # had muted all sound)
    # (no other sound between: "Put the unboxing clip first, the music is too loud, mute its sound" muted both clips;
    # whose is left to tidy.its_sound, wave 31 B)
    (r"(\b(?:clip|footage|video\s+clip)\b(?:(?!\b(?:music|song|voice|voiceover|narration|bgm|soundtrack)\b)[^.;!?。！？]){0,60}?)"
     r"\bits\s+(?:own\s+)?(?:sound|audio)\b", r"\1the clip sound"),
    # "turn the unboxing sound down to 30%": set to that level (a name between "turn" and "down" was not read)
    # (the phrasal verb is joined before the rewrites: "turn down the unboxing sound to 30%")
    (r"\bturn\s+(?:down|up)\s+((?:the\s+)?[a-z0-9\-]+(?:\s+[a-z0-9\-]+){0,3}?\s+(?:sound|audio|volume))\s+to\s+(?=\d)", r"set \1 to "),
)
REWRITES = REWRITES + (
    # "speed the unboxing up 2x": the clip named sped up (a name alone was not read as the clip; set M clp11)
    (r"\bspeed\s+((?:the\s+)?(?!(?:them|things|it|everything|up|the\s+(?:pictures|photos|images|slides|pics))\b)[a-z0-9\-]+(?:\s+[a-z0-9\-]+){0,2}?"
     r"\s+(?:clip|video|footage))\s+up\b", r"speed up \1"),
    (r"\bspeed\s+((?:the\s+)?(?!(?:them|things|it|everything|up|the\s+(?:pictures|photos|images|slides|pics))\b)[a-z0-9\-]+(?:\s+[a-z0-9\-]+){0,2}?)\s+up\b",
     r"speed up \1 clip"),
    # "slow-mo the clip", "slo-mo", "slowmo": slow motion (set M clp12)
    (r"\bslo(?:w)?[\s-]?mo(?:tion)?\s+(?=the\b|it\b|clip\b|[a-z0-9\-]+\.(?:mp4|mov))", "slow down "),
    (r"\bslo(?:w)?[\s-]?mo\b", "slow motion"),
)
REWRITES = (
    # "our viewers drop off after 15", "观众看到15秒就划走了": the length people watch is the length wanted (set M len02
    # made it 20 s, the "too long" said before it alone; before the rule that drops "viewers drop off …" as a remark)
    (r"\b(?:our\s+|the\s+|most\s+)?(?:viewers|people|users|audience|customers|followers|they|folks)\s+(?:usually\s+|tend\s+to\s+|always\s+|just\s+)?"
     r"(?:drop\s+off|drops\s+off|lose\s+interest|stop\s+watching|swipe\s+away|scroll\s+(?:away|past|on)|tune\s+out|bail|leave|click\s+away|skip)"
     r"\s+(?:after|at|around|past|by)\s+(?:about\s+|around\s+|roughly\s+)?(\d+(?:\.\d+)?)\s*(?:s\b|secs?\b|seconds?\b)?", r"make it \1 seconds"),
    (r"(?:观众|用户|大家|粉丝|顾客|人)(?:一般|通常|基本上?|大多)?\s*(?:看到|看了|只看|看)\s*(\d+(?:\.\d+)?)\s*秒(?:左右)?\s*(?:就)?\s*"
     r"(?:划走|走了|离开|跳过|没耐心|不看)了?", r"时长改成\1秒"),
) + REWRITES
REWRITES = (
    # "去掉第3张和第4张图片的字幕": the captions of two pictures, each removed by its picture; before the rule that reads
    # "删掉第3张和第4张图片" as two pictures removed (set CA ca089 removed picture 4 and caption 3)
    (r"(删除|删掉|去掉|取消|不要)\s*第\s*(\d+)\s*(?:张|个)?\s*(?:和|跟|、)\s*第\s*(\d+)\s*(张|个)\s*(图片|照片|图)?\s*(?:的|上的|上面的)\s*"
     r"(字幕|文字)", r"\1第\2\4\5的\6，\1第\3\4\5的\6"),
) + REWRITES
REWRITES = REWRITES + (
    # "each picture flashes by too fast, give them 8 seconds each": "them" after the pictures, each shown that long (set M
    # pic02); "give each one 5 seconds"
    # (an earlier rewrite has made "give them 8 seconds" "show them for 8 seconds")
    (r"(\b(?:pictures?|photos?|images?|slides?|pics?|shots?|products?)\b[^.;!?。！？]{0,60}?)\b(?:give|show)\s+(?:them|each\s+(?:one|of\s+them))\s+"
     r"(?:for\s+)?(?:about\s+|around\s+|like\s+)?(\d+(?:\.\d+)?)\s*(s|secs?|seconds?)\b(?:\s+(?:each|apiece|a\s+piece))?", r"\1show each picture for \2 \3"),
    # "as the customer said: '…'", "my boss wrote: …": the request relayed (the colon read the words after it as a name:
    # set M mix16 lost its music)
    (r"^\s*(?:as\s+)?(?:the\s+|my\s+|our\s+)?(?:customer|client|user|boss|manager|team|they|he|she)\s+(?:just\s+)?(?:said|says|wrote|writes|asked|asks|requested|put\s+it)"
     r"\s*[:：,]\s*", ""),
    # "show each product 5 seconds", "每个产品停留5秒": the products are the pictures (set M mix16)
    (r"\b(each|every)\s+(?:single\s+)?product\b(?!\s+names?)", r"\1 picture"),
    (r"\ball\s+(?:the\s+)?products\b(?!\s+names?)", "all the pictures"),
    (r"每\s*(?:个|件|款|一个|一件|一款)\s*(?:产品|商品|宝贝)(?!\s*(?:名|的名))", "每张图片"),
)
REWRITES = REWRITES + (
    # "we don't sell the ring anymore so take it out": the reason, then the wish (without the comma the "don't" of the
    # reason was read with the wish; set M ord08)
    (r"(?<=[a-z0-9])\s+(?:and\s+)?so\s+(?=(?:please\s+|just\s+|can\s+you\s+|could\s+you\s+)?(?:take|remove|delete|drop|cut|move|put|swap|replace|mute|get\s+rid)\b)",
     ", so "),
)
REWRITES = REWRITES + (
    # "show the headphones first", "show the watch last": moved there (the lead's probe: not understood)
    (r"(?:^|(?<=[,.;]\s))\s*(?:please\s+)?show\s+((?!(?:the\s+)?(?:title|headline|captions?|subtitles?|text|logo|end|music|it|them|each|every|all|video|clip)\b)(?:the\s+)?"
     r"[a-z0-9][a-z0-9\-]*(?:\s+[a-z0-9\-]+){0,2}?)\s+(first|last)\b(?=\s*(?:[,.;!]|$|and\b|then\b|please\b))", r"move \1 to the \2 position"),
    # "先放手表，然后戒指": the order said as a list, those first (only the watch was moved, the ring dropped without a
    # word; set BL bl067). The second is a picture's name, never a verb's wish ("先放手表，然后加音乐" stays two wishes)
    (r"(?:^|(?<=[，,。；;]))\s*(?:请|麻烦)?\s*先\s*(?:放|展示|出现|显示|给|是)?\s*(?!标题|字幕|文字|音乐|水印|logo)([^\s，,。；;\d]{1,10}?)"
     r"(?:那张|那幅)?(?:的)?(?:图片|图|照片)?\s*[，,]\s*(?:然后|再|接着|之后|其次)\s*(?:是|放)?\s*"
     r"(?!标题|字幕|文字|音乐|水印|logo|加|删|去|把|改|调|换|设|让|移|静音|其他|其余|剩下|剩余|其它|所有|全部|每)"
     r"([^\s，,。；;\d]{1,10}?)(?:那张|那幅)?(?:的)?(?:图片|图|照片)?\s*(?=$|[，,。；;])", r"顺序改为：\1、\2"),
    # "…，其他的按原来的顺序": what stays, not a wish (set BL bl067)
    (r"[，,]?\s*(?:然后是?|再)?\s*(?:其他|其余|剩下|剩余|其它)(?:的)?(?:图片|图|照片)?\s*(?:都|就)?\s*(?:按|照|保持|跟)\s*"
     r"(?:原来|之前|以前|原先|原本)(?:的)?\s*(?:顺序|排列|那样|一样)(?:不变|排)?\s*(?=$|[，,。；;])", ""),
    # "先放耳机", "先展示耳机那张": first
    (r"(?:^|(?<=[，,。；;]))\s*(?:请|麻烦)?\s*先\s*(?:放|展示|出现|显示|给)\s*(?!标题|字幕|文字|音乐|水印|logo)([^\s，,。；;\d]{1,10}?)(?:那张|那幅)?(?:的)?(?:图片|图|照片)?\s*(?=$|[，,。；;])",
     r"把\1那张移到第1张"),
)
REWRITES = REWRITES + (
    # "the opener", "the closer": the first and the last picture, as editors call them (set N pic06)
    (r"\b(?:the\s+)?opener\b(?!\s+(?:title|text|card|line))", "the first picture"),
    (r"(?:\bthe\s+|^\s*|(?<=[,.;:]\s))closer\b(?!\s+(?:to|than|together|look|in|up|on|crop|shot)\b)", "the last picture"),
    # "at the 20-second mark": a time, not a length
    (r"\b(at|around|by|near)\s+the\s+(\d+(?:\.\d+)?)[\s-]*(?:s|secs?|seconds?)[\s-]+mark\b", r"\1 \2 seconds mark"),
    # "run the unboxing at 2x", "play the clip at half speed": the clip named, at that speed (set N clp04)
    (r"\b(?:run|play|put|have|set)\s+((?:the\s+)?[a-z0-9\-]+\s+(?:clip|footage|video\s+clip)|[a-z0-9\-]+\.(?:mp4|mov|webm|m4v)|the\s+(?:clip|footage|video\s+clip))\s+at\s+(?=\d+(?:\.\d+)?\s*x\b)",
     r"play \1 at "),
    (r"\b(?:run|play|put|have|set)\s+(the\s+(?!(?:video|whole|entire|pictures?|photos?|images?|slides?|pics?|music|song|voice\w*|narration|title|captions?|it|clips?|footage)\b)"
     r"[a-z0-9\-]+)\s+at\s+(?=\d+(?:\.\d+)?\s*x\b)", r"play \1 clip at "),
    # "kill its nat sound", "the natural sound": the clip's own sound (set N mix16)
    (r"\bits\s+nat(?:ural)?\s+(sound|audio)\b", r"its \1"),
    (r"\b(?:the\s+)?nat(?:ural)?\s+(?:sound|audio)\b", "the clip sound"),
    # "Put the unboxing clip first, it's exciting. And mute its sound": "its" across sentences is still the clip, while no
    # other sound is named between (set P mix14 muted every sound)
    (r"(\b(?:clip|footage|video\s+clip)\b(?:(?!\b(?:music|song|voice|voiceover|narration|track|bgm|sounds?|audio)\b)[^。！？]){0,120}?)"
     r"\bits\s+(?:own\s+)?(?:sound|audio)\b", r"\1the clip sound"),
    # "mute the clip's sound, the music is enough", "有背景音乐就够了": what stays is said, no edit (set P clp03/clp09
    # muted the music too)
    (r"[,，]\s*(?:and\s+|but\s+)?(?:the\s+)?(?:background\s+)?(?:music|voice\s*-?over|voice|narration|title|captions|bgm|song)\s+"
     r"(?:alone\s+)?(?:is|are|'s)\s+(?:(?:more\s+than\s+|already\s+|quite\s+)?(?:enough|fine|good|great|perfect|plenty|ok|okay|nice))\b(?:\s+as\s+(?:it\s+is|is))?", " "),
    (r"[，,]?\s*(?:有|留着|保留)\s*(?:背景音乐|音乐|配乐|bgm)\s*就(?:够了|够|行了|行|可以了|好了)", ""),
    # "…, the coughing is embarrassing": why, said after (a sentence of its own, not more of the wish)
    (r"[,，](?=\s*(?:the|this|that|its|our|my)\s+[a-z\-]+(?:\s+[a-z\-]+)?\s+(?:is|are|was|were|sounds?|looks?|feels?|seems?)\s+"
     r"(?!\d|too\b|a\s+bit\s+too\b|way\s+too\b|(?:a\s+bit\s+|kind\s+of\s+|so\s+|really\s+)?(?:long|short|loud|quiet|fast|slow|small|big|low|high)\b))", ". "),
    # "our Reels audience", "the TikTok crowd": who watches, not a format asked (set P pic12 made the video vertical)
    (r"\b(?:reels|tiktok|instagram|insta|ig|youtube|yt|shorts|douyin|facebook|fb|linkedin)\s+(audience|viewers|followers|fans|users|people)\b", r"\1"),
    # "add ten seconds…, he wants people to have more time with each product": why, said after (set P len09 made each
    # picture longer instead)
    (r"[,，]\s*(?=(?:he|she|they|the\s+(?:client|boss|customer|user))\s+(?:wants?|thinks?|feels?|says?|would\s+like)\s+"
     r"(?:people|viewers|the\s+(?:audience|viewers)|customers|them|everyone|folks)\b)", ". because "),
)
REWRITES = (
    # "take a second off the tail of the clip", "cut 2 s from the end of unboxing.mp4": the clip shorter by that much
    # (the video had been made 1 s long; set N clp03)
    (r"\b(?:cut|trim|take|shave|chop|knock|lop|lose)\s+(?:off\s+)?(\d+(?:\.\d+)?|a|one)\s*(s|secs?|seconds?)\s+(?:off|from|of)\s+(?:of\s+)?the\s+"
     r"(?:end|tail|back|last\s+part|out[\s-]?point)\s+of\s+((?:the\s+)?(?:[a-z0-9\-]+\s+)?(?:clip|footage|video\s+clip)|[a-z0-9\-]+\.(?:mp4|mov|webm|m4v))\b",
     r"shorten \3 by \1 \2"),
    (r"\b(?:cut|trim|take|shave|chop|knock|lop|lose)\s+(?:off\s+)?(\d+(?:\.\d+)?|a|one)\s*(s|secs?|seconds?)\s+(?:off|from|of)\s+(?:of\s+)?the\s+"
     r"(?:start|head|front|beginning|top|in[\s-]?point)\s+of\s+((?:the\s+)?(?:[a-z0-9\-]+\s+)?(?:clip|footage|video\s+clip)|[a-z0-9\-]+\.(?:mp4|mov|webm|m4v))\b",
     r"cut the first \1 \2 of \3"),
) + REWRITES
REWRITES = REWRITES + (
    # "use crossfades, I don't like hard cuts": a dislike said after a wish is why (set P non11 removed the transitions)
    (r"[,，;]\s*(?:since\s+|because\s+|as\s+)?(?:i|we|the\s+client|my\s+client|they|he|she)\s+(?:really\s+|just\s+)?(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+"
     # (to the clause's end: "the title pops in, i don't like that, make it type out" took the wish away too, set CI ci227)
     # (never a "that" ending the message: "the music keeps dipping when the voice talks, i don't want that" is the wish,
     # of what was told; set CM cm202 lowered the music and the voice)
     r"(?:like|love|want|care\s+for|enjoy)\s+(?![^.;!?]*\b(?:either|too|also|as\s+well|any\s*more|anymore)\b)"
     r"(?!(?:that|this|it)\s*[.!]*\s*$)[^.;!?,]{1,40}", " "),
)
REWRITES = REWRITES + (
    # "删掉金戒指那张，其他的每张放5秒": each picture left, that long (set O mix19; "其他" alone reads as "all but")
    # "15 seconds, not 30", "20秒，不是30秒": the value being replaced, said after the new one (set P len02)
    (r"(\d(?:\.\d+)?\s*(?:s\b|secs?\b|seconds?\b|%|秒)?)\s*[,，]\s*(?:and\s+|but\s+)?(?:\bnot|而不是|不是)\s*\d+(?:\.\d+)?\s*(?:s\b|secs?\b|seconds?\b|%|秒)?(?![\w.])",
     r"\1"),
    (r"(?:其他|其余|剩下|剩余|其它)(?:的)?\s*(?:图片|图|照片)?\s*(?:每张|都|各)(?=\s*(?:显示|展示|停留|放|停|持续)?\s*\d)", "每张"),
)
REWRITES = (
    # "move that element to the top", "这两张换一下": a thing pointed at by a word that names no kind ("element", "item") or
    # by a count, "these two", is a pronoun; with nothing named before, which is asked (sets CQ cq002, CN cn251 looked for
    # a picture named "that elements", and suggested a swap)
    (r"\b(that|this)\s+(?:element|item|object|layer)s?\b", r"\1 one"),  # ("element" is corrected to "elements" by now)
    (r"(?:(?<=^)|(?<=[把将,，;；\s]))(这|那)\s*(?:两|2)\s*(?:张|个|幅)(?:图片|照片|图)?(?=\s*(?:交换|互换|调换|对调|换))", r"\1些"),
    # "remove that one", "this one goes": the pronoun, never picture 1 (read "that 1" it removed the first picture)
    (r"\b(that|this|which)\s+1\b(?![.,]\d|\s*(?:s|secs?|seconds?|minutes?|mins?|%|x|fps)\b)", r"\1 one"),
    # "mute that one only", "delete just this one": "only" beside the pronoun a verb acts on alone says the others stay,
    # which they do (set CL cl170 left "mute that one only" unread after lowering the clip); never after "keep" or "use"
    # ("keep only that one" removes the others)
    (r"\b(mute|unmute|silence|delete|remove|drop|cut|hide)\s+(?:only\s+|just\s+)?(that|this)\s+one(?:\s+(?:only|alone))?\b"
     r"(?!\s+(?:of|and|too|as\s+well))", r"\1 \2 one"),
) + REWRITES
REWRITES = REWRITES + (
    # "第3张和第4张也交换一下", "把第一张和最后一张也换一下": "也" (too) between the pictures and the verb (set Q pic12/pic37)
    (r"((?:张|幅|个)(?:图片|图|照片)?)\s*也\s*(?=(?:交换|互换|调换|对调|换一下|换个位置|换位置|删|去掉|移|挪))", r"\1"),
)
_CLIP_L = r"(?:the\s+)?(?:[a-z0-9\-]+\s+)?(?:clip|footage|video\s+clip)|[a-z0-9\-]+\.(?:mp4|mov|webm|m4v)"
REWRITES = (
    # an editor's timecodes: "0:02-0:05", "00:00:08" (minutes 0): seconds (set N clp16/clp02)
    (r"(?<![\d:])(?:00:)?0?0:(\d{2})\s*(?:-|–|to|through)\s*(?:00:)?0?0:(\d{2})(?![\d:])", r"\1s-\2s"),
    # "a :15 cutdown", "tighten the edit to 15 seconds", "whole thing at 18 seconds", "runtime should land at 0:22": the
    # video's length (set N len01/len07/len09)
    (r"(?<![\d:])(?:0?0)?:(\d{2})\s+(?:cut\s*-?\s*down|version|spot|edit)\b", r"\1 second version"),
    (r"\b(?:(?:final|total|whole)\s+)?(runtime|run\s*time|running\s+time|length|duration)\s+(?:should\s+|needs\s+to\s+|has\s+to\s+)?(?:land|come\s+in|be)\s+(?:at|around|to)\s+(?=\d)",
     r"length "),
    (r"\b(length|runtime|duration)\s+(?:0?0)?:?0?0:(\d{2})(?![\d:])", r"length \2 seconds"),
    (r"\btighten\s+(?:up\s+)?(?:the\s+(?:edit|cut|video|whole\s+thing)|it|everything)?\s*(?:up\s+)?(?:to|at|down\s+to)\s+(?=\d)", "make it "),
    (r"\b(?:the\s+)?whole\s+thing\s+(?:at|to\s+be|should\s+be)\s+(?=\d)", "make it "),
    # "the B-roll": the footage between the stills, the clip (set N clp21)
    (r"\b(?:the\s+)?b[\s-]?roll(?:\s+(?:clip|footage|shots?))?\b", "the clip"),
    # "…, stills only": what is left, said after (no edit of its own)
    (r"[,，;]\s*(?:just\s+|only\s+)?(?:the\s+)?(?:stills|pictures|photos|images)\s+only\b", " "),
    # "pull the ring from the edit", "pull the clip out of the cut": removed (set N ord02/clp14)
    (r"\bpull\s+(.{1,40}?)\s+(?:from|out\s+of|out\s+from)\s+(?:the\s+)?(?:edit|cut|video|timeline|sequence|reel|slideshow)\b", r"remove \1"),
    # "flip the running order end to end": reversed (set N ord11)
    (r"\b(?:flip|reverse|invert|turn)\s+(?:around\s+)?the\s+running\s+order(?:\s+(?:end\s+to\s+end|around|over))?", "reverse the order"),
    # "trim the head of the unboxing clip by 2 seconds", "the tail … by 1 second" (set N clp01)
    (rf"\b(?:trim|cut|shorten|chop|shave)\s+the\s+(?:head|start|front|beginning|top|in[\s-]?point)\s+of\s+({_CLIP_L})\s+by\s+(\d+(?:\.\d+)?|a|one)\s*(s|secs?|seconds?)\b",
     r"cut the first \2 \3 of \1"),
    (rf"\b(?:trim|cut|shorten|chop|shave)\s+the\s+(?:tail|end|back|out[\s-]?point)\s+of\s+({_CLIP_L})\s+by\s+(\d+(?:\.\d+)?|a|one)\s*(s|secs?|seconds?)\b",
     r"shorten \1 by \2 \3"),
    # "kill the nat sound on the unboxing clip": the clip's own sound (set N clp07)
    (r"\b(?:the\s+)?nat(?:ural)?\s+(?:sound|audio)\s+(?:on|of|from|in)\s+(?:the\s+)?(?:[a-z0-9\-]+\s+)?(?:clip|footage|video)\b", "the clip sound"),
    # "把开箱视频的尾巴剪掉1秒": the clip's end, shorter by that much (set N clp18)
    (r"(?:的)?\s*(?:尾巴|结尾|末尾|最后)\s*(?:剪掉|剪|去掉|裁掉|砍掉)\s*(\d+(?:\.\d+)?)\s*秒", r"缩短\1秒"),
) + REWRITES
REWRITES = (
    # "请执行以下修改：一、…；二、…", "按下面几点改：": a heading before the numbered wishes, no edit (set T mul19 left the
    # first wish unread)
    (r"(?:^|(?<=[.;!?。；！？]))\s*(?:请|麻烦|帮我|帮忙)?\s*(?:执行|做|进行|按|按照|完成|处理)?\s*(?:一下)?\s*(?:以下|下面|如下)\s*(?:的|这)?\s*"
     r"(?:几|\d+)?\s*(?:个|点|处|项|条)?\s*(?:修改|改动|调整|更改|变更|要求|事项|地方)?\s*(?:来)?\s*(?:改|修改)?\s*[:：]", " "),
    # a lead naming whose wishes follow, or that changes follow, before a colon or a dash, with no thing of the video named:
    # "用户的修改意见如下——片尾：…", "修改意见——1）…", "帮客户改一下：…", "以下为客户的修改意见：…", "Edit list: 1) …",
    # "Per the user: …" (the lead was read with the first wish and that wish was said not understood; set DM). A lead that
    # names a thing ("改一下标题：…", "字幕修改如下：…", "品牌设置如下：…") is that thing's, kept.
    # (no run of spaces between its parts: a message that starts with the blanked spaces of a correction, "把音乐调到50%，不对，
    # …", took 66 s here when each part could take a share of them)
    (r"^\s*+(?=[^:：—\n]{0,30}?(?:意见|要求|反馈|清单|建议|需求|如下|修改|改动|调整|改))(?:请|麻烦)?(?:帮|替|按|按照|根据)?(?:以下|下面)?(?:为|是)?"
     r"(?:(?:用户|客户|老板|对方|营销部|市场部|运营|甲方|领导|团队|我们|他们)的?)?(?:要求|意见|反馈)?把?(?:视频)?"
     r"(?:整体|总体|整个)?的?(?:修改|改动|调整|更改|改一下|改下|改)?(?:一下)?(?:意见|要求|反馈|清单|建议|需求|内容|如下|几点)?"
     r"(?:如下)?\s*+(?:——|—|--|[:：])\s*", " "),
    (r"^\s*+(?:(?:overall|final|quick|some|a\s+few|the|my|our|client'?s?|user'?s?)\s+)?(?:adjustments|changes|edits|edit\s+list|tweaks|notes|fixes"
     r"|revisions|feedback|to-?dos?|punch\s+list)\s*(?:—|--|[:：])\s*"
     r"|^\s*+(?:per|from)\s+(?:the\s+)?(?:user|client|customer|boss|brief)\s*[:：,—]\s*", " "),
    # "Hi, two things: …", "ok so 3 changes: …": a greeting before the count of what follows (set W mix01)
    (r"^[\s,，!.]*(?:(?:hi|hello|hey|ok|okay|so)(?:\s+there)?\s*[,，!.]?\s*)+(?=(?:\d+|a\s+few|several|some|a\s+couple(?:\s+of)?)\s+"
     r"(?:more\s+|quick\s+|small\s+|little\s+|last\s+)*(?:things|changes|edits|tweaks|fixes|requests|updates|items|notes)\b)", " "),
) + REWRITES
# "不要改动音乐，只需…", "音乐别动": kept as it is, never "不要" (remove) the music (set T mul10 deleted it)
# ("图片不要动" is no motion: 不要动/别动 alone stay the motion's)
extend(OPS, "keep", zh=tuple(f"{no}{verb}" for no in ("不要", "别", "不用", "无需", "不必", "不需要")
                             for verb in ("改动", "变动", "改变", "更改", "修改", "调整", "碰")) + ("保持不变",))
REWRITES = REWRITES + (
    # "只需把视频改成竖屏", "只要改成方形就行": "only" before the verb is emphasis, no scope ("只要前3秒" stays a part kept)
    (r"(?:只需要?|只要|只用|仅需要?)\s*(?=(?:把|将|改|调|换|加|删|去掉|关|打开|开启|设|让)(?!\d))", ""),
)
REWRITES = REWRITES + (
    # "keep the video the same length", "without changing the total length", "总长不变": the length kept as it is
    (r"\b(?:keep|leave)\s+(?:the\s+(?:whole\s+)?video|it|everything|the\s+total)\s+(?:at\s+)?the\s+same\s+(?:length|duration|runtime)\b"
     r"|\b(?:without|but\s+not|and\s+not)\s+changing\s+the\s+(?:total\s+|overall\s+|video'?s?\s+)?(?:length|duration|runtime)\b"
     r"|\b(?:keep|leave)\s+the\s+(?:total\s+|overall\s+|video'?s?\s+)?(?:length|duration|runtime)\s+(?:the\s+same|as\s+it\s+is|as\s+is|unchanged)\b",
     ", keep the total length unchanged"),
    (r"(?:视频)?(?:总时长|总长度?|时长|总时间)\s*(?:保持)?\s*不变", "总时长保持不变"),
)
REWRITES = REWRITES + (
    # "a trending TikTok song", "抖音热歌": a kind of song, never the format of the platform (set T non10 made it vertical)
    (r"\b(?:tik\s*tok|douyin|instagram|insta|ig|youtube|reels?)\s+(?=(?:songs?|sounds?|music|tracks?|audio|hits?|tunes?|bgm)\b)", ""),
    (r"(?:抖音|快手|小红书|视频号)\s*(?:上|里)?\s*(?:的)?\s*(?=热歌|神曲|热门歌|歌|音乐|bgm|配乐)", ""),
)
REWRITES = REWRITES + (
    # "no text at all pls clean look", "remove the captions, cleaner look": the look an edit is for, said after it without
    # a verb, is why (set U txt02 applied the minimal style too); "a clean look please" alone stays a wish
    (r"(?<=.{8})(?:[,;.!]\s*|\s+(?:pls|please|plz)\s+|\s+for\s+)(?:a\s+)?(?:clean|cleaner|neat|neater|tidy|tidier|uncluttered)\s+"
     r"(?:look|feel|vibe|aesthetic)\s*[.!~]*$", ""),
)
_PLACE_L = (r"(?:first|last|second|third|fourth|fifth|(?:to|at)\s+the\s+(?:very\s+)?(?:end|start|front|beginning|back)"
            r"|(?:in\s+)?(?:first|last|second|third|fourth|fifth)\s+(?:place|position|spot))")
# (pictures by name only: "put image 5 first, image 1 last" would count image 1 after the first move)
_ORD_WORD_L = r"first|second|third|fourth|fifth|last|next|other|one"
REWRITES = REWRITES + (
    # "put logo.png at the very start of the slideshow as its own shot": a picture of the slideshow is what it is put
    # in as, said after its place (set BY by225 was not understood)
    # (said as the slide it becomes: "at the end" alone reads a logo file as laid over the video)
    *((rf"\b(?:{place})\s+as\s+(?:its|their|a|an|the)\s+(?:own\s+)?(?:separate\s+)?(?:shot|slide|picture|photo|image|frame|scene)s?"
       r"(?=\s*(?:[,.;!?]|$|and\b|then\b|please\b|pls\b))", rf"in as the {nth} slide")
      for place, nth in ((r"(?:at\s+the\s+)?(?:very\s+)?(?:start|front|beginning)|first|(?:in\s+)?first\s+(?:place|position|spot)", "first"),
                         (r"(?:at\s+the\s+)?(?:very\s+)?(?:end|back)|last|(?:in\s+)?last\s+(?:place|position|spot)", "last"),
                         (r"second", "second"), (r"third", "third"), (r"fourth", "fourth"), (r"fifth", "fifth"))),
)
REWRITES = REWRITES + (
    # "put the watch first and the sneaker last": the verb said once for both (set T ord22 left the sneaker unread)
    (rf"\b((?:put|move|place|bring|shift)\s+(?!it\b|them\b)[^,.;!?]{{1,40}}?\s+{_PLACE_L}\s*,?\s*(?:and|,)\s+)"
     rf"(?!(?:put|move|place|bring|shift|make|set|add|remove|delete|swap|then|also)\b)(?=(?:the\s+)?(?!(?:{_ORD_WORD_L}|images?|pictures?|photos?|pics?|clips?|slides?|shots?)\b)[a-z][a-z\-.]*(?:\s+[a-z\-.]+)?\s+{_PLACE_L}\b)",
     r"\1put "),
)
REWRITES = REWRITES + (
    # non-native comparatives: "too much long", "make picture two more long", "more big" (set X pic07 read "too much"
    # as too loud and made the video 3 s long, X pic01 asked)
    (r"\btoo\s+much\s+(?=(?:long|short|big|small|loud|quiet|fast|slow|dark|bright|large)\b)", "too "),
) + tuple((rf"\b(?:more|much\s+more)\s+{plain}\b(?!\s+than)", comparative) for plain, comparative in (
    ("long", "longer"), ("short", "shorter"), ("big", "bigger"), ("small", "smaller"), ("loud", "louder"),
    ("quiet", "quieter"), ("fast", "faster"), ("slow", "slower"), ("large", "larger")))
REWRITES = REWRITES + (
    # a clip's part said the spoken way: "开头那2秒不要了" (那 points at the seconds), "開箱影片" in traditional
    # characters (set O clp02, P clp08)
    (r"(开头|前面|最后|结尾|末尾)\s*(?:的)?\s*那\s*(?=\d)", r"\1"),
    (r"開箱", "开箱"),
)
REWRITES = REWRITES + (
    # typed fast on a phone: "every img 4s", "replace pic 2 w/ lifestyle.jpg", "remove the last to pics", "make it 12
    # seconds full stop" (set U pic02 add04 rm03 len20 pic17)
    (r"(?<![\w.\-])img(s?)(?![\w.\-])", r"image\1"),
    (r"(?<![\w/])w/(?=\s)", "with"),
    (r"(?<![\w.\-])vid(s?)(?![\w.\-])", r"video\1"),  # "play the vid 2x", "trim vid to 1-4s" (set U clp01 clp03)
    (r"\b(the\s+(?:last|first))\s+to\s+(?=(?:pics?|pictures?|photos?|images?|slides?|shots?)\b)", r"\1 2 "),
    (r"[,.]?\s*\bfull\s+stop\b", " "),
    # "headphones first then the rest": that one moved first (set U ord05); "video first then the pics": the pictures are
    # the rest (set CL cl174 was not read when more was said after it, ", and mute its sound")
    # (not of several: "put both videos first, followed by all the pictures" is the order's list, read by its rule)
    (r"^\s*(?:put\s+)?(?:the\s+)?((?!(?:title|music|voice|captions?|text|logo|audio|sound|both|all|every|each|the)\b)[a-z][a-z\-]*(?:\s+[a-z\-]+)?)\s+first\s*,?\s*"
     r"(?:then|and\s+then|followed\s+by)\s+(?:the\s+|all\s+the\s+)?(?:rest|others|remaining\s+(?:ones|pics|pictures|photos|images)"
     # (not when more of the order follows: "cap first, then the pics, then the video")
     r"|(?:other\s+)?(?:pics|pictures|photos|images|stills)(?!\s*,?\s*(?:and\s+)?(?:then|followed\s+by|after\s+that|last)\b)"
     r"(?=\s*(?:$|[,;.!?]|\band\b)))\b", r"move the \1 first"),
    # "最后一张图片留6秒": shown that long (留下, 留着 stay a keep)
    (r"(?<![停保存逗残遗预])留\s*(?=\d+(?:\.\d+)?\s*秒)", "显示"),  # (停留3秒 stays as it is)
)
REWRITES = REWRITES + (
    # non-native wordings: "the ring foto", "put the third image on first place", "change the order to opposite",
    # "clip play double speed", "clip整成两倍速" (set X ord06 ord09 ord13 clp04 clp05)
    (r"\bfoto(s?)\b", r"photo\1"),
    (r"\bon\s+(?:the\s+)?(first|second|third|fourth|fifth|last)\s+(?:place|position|spot)\b", r"in \1 place"),
    (r"\b(?:change|make|put|set|turn)\s+the\s+order\s+(?:to\s+|in\s+)?(?:the\s+)?(?:opposite|reverse|reversed|inverse)\b", "reverse the order"),
    (r"\b(?:the\s+)?(clip|video)\s+(?:play|plays|run|runs)\s+(?:at\s+|in\s+)?(?=(?:double|half|triple|\d+(?:\.\d+)?\s*x)\b)", r"play the \1 at "),
    (r"整成", "改成"),
    # "第一张跟第二张换下": swapped (换下 is 换一下 typed fast, set U ord12)
    (r"((?:张|幅)(?:图片|照片|图)?)\s*换下(?=\s*(?:$|[，,。.!！吧呗]))", r"\1交换"),
    # the thing said first, the verb last: "the ring foto I don't want it, remove", "title, delete please" (set X ord06)
    (r"^\s*(?:the\s+)?((?!(?:please|pls|plz|just|now|ok|okay|so|and|then|also|can|could|would|you|i|we|it|this|that)\b)"
     r"[a-z][a-z0-9\-.]*(?:\s+[a-z0-9\-.]+){0,2}?)\s*(?:,\s*|\s+)(?:i\s+(?:don'?t|do\s+not)\s+(?:want|need|like)\s+(?:it|this|that)"
     r"(?:\s+any\s*more)?\s*,?\s*)?(remove|delete|drop|take\s+out)\s*(?:it|this|that)?\s*(?:please|pls)?\s*[.!]*\s*$", r"\2 the \1"),
    # "extend the video by 10 seconds so that it runs 40 seconds in total": the total said (set T len04 asked)
    (r"\bby\s+\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\s*,?\s*so\s+(?:that\s+)?(?:it|the\s+video)\s+(?:runs|lasts|is|becomes|will\s+be|ends\s+up)\s+(?:at\s+)?(?=\d)", "to "),
    # (the same after another rewrite took "so that it runs": "by 10 seconds to 40 seconds in total")
    (r"\bby\s+\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\s*,?\s*to\s+(?=\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\s+(?:in\s+total|total|overall|altogether|long)\b)", "to "),
)
# (wave 6, sets Y Z AA AB) what a long brief says around its wishes: "everything else stays", "其他的不变", "the music is
# fine, don't touch it", a heading "After the review:" / "最后调整：", a bullet "- " (set AA em10/wx14/wx36/bl07/em51/zl09/zl17
# read them as part of the wish next to them, and left it undone beside the others)
_REST = r"(?:everything|all|anything)\s+else|the\s+rest"
_FINE = r"(?:fine|good|great|perfect|ok|okay|unchanged|the\s+same|as\s+(?:it\s+)?is|untouched|alone|intact|as\s+before|nice|lovely)"
_CLAUSE_END = r"(?=\s*(?:[,.;!?\n，。；！？]|$|and\b|but\b|thanks?\b|thank\s+you\b))"
_KEPT_THING = (r"(?:background\s+)?music|bgm|soundtrack|song|voice\s*-?\s*over|voiceover|narration|voice|title|headline|captions?"
               r"|subtitles|transitions?|fades?|ducking|ken\s+burns|zoom|motion|order|length|format|frame\s+rate|fps")
# (not 时长: "第三张改成2秒，视频时长不变" keeps the total, the other pictures make up for it)
_KEPT_ZH = r"(?:背景音乐|音乐|配乐|配音|旁白|标题|字幕|转场|画幅|画面比例|帧率|顺序|logo|闪避|原声)"
_UNCHANGED_ZH = r"(?:保持原样|保持不变|维持不变|维持原样|不变|不动|别动|不要动|不用动|不需要动|不用改|别改|不要改|不改|照旧)"
# who says not ("and they don't …", "the client doesn't …"), before what is not wanted (the rules below)
_SAYS_NOT = (r"\b(?:(?:and|but|so)\s+)?(?:(?:they|he|she|i|we|the\s+(?:user|client|customer|boss)s?)\s+)?"
             r"(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+")
REWRITES = REWRITES + (
    (rf"\b(?:(?:and|but)\s+)?(?:{_REST})\s+(?:(?:can|should|must|will|is\s+to|needs?\s+to)\s+)?(?:stays?|remains?|is|are|looks?|seems?|feels?)"
     rf"(?:\s+(?:really|pretty|just|totally|all|very|so))?(?:\s+{_FINE})?(?:\s+as\s+(?:it\s+)?is)?{_CLAUSE_END}", " "),
    (r"\b(?:(?:and|but)\s+)?(?:no\s+other\s+(?:changes?|edits?)|nothing\s+else)(?:\s+(?:please|needed|required|for\s+now|to\s+change))?" + _CLAUSE_END, " "),
    # "They liked the current cut and don't want anything changed yet", "don't change anything just yet": nothing asked ("they"
    # was read as the captions named before and removed them, set GP gp030)
    (_SAYS_NOT
     + r"(?:want\s+(?:anything|any\s+(?:changes?|edits?))(?:\s+else)?(?:\s+(?:changed|touched|edited|done))?|change\s+anything)"
     r"(?:\s+(?:yet|just\s+yet|for\s+now|right\s+now|at\s+the\s+moment|at\s+this\s+point))?" + _CLAUSE_END, " "),
    # "the other pictures should keep their current length": as a picture's new length leaves them (the total was kept
    # instead, the others shortened; set GP gp068)
    (r"\b(?:(?:and|but|while)\s+)?(?:all\s+)?(?:the\s+)?(?:other|remaining|rest\s+of\s+the)\s+(?:pictures|pics|images|photos|shots|slides|ones)\s+"
     r"(?:(?:should|can|will|must|need\s+to|are\s+to)\s+)?(?:keep|stay\s+at|retain|remain\s+at)\s+(?:their|the)\s+(?:current\s+|own\s+|original\s+|same\s+)?"
     r"(?:lengths?|durations?|timings?)" + _CLAUSE_END, " "),
    # "They liked the voiceover and don't want its volume touched": a thing kept (the voiceover was removed; set GP gp057)
    (_SAYS_NOT
     + r"want\s+(?:it|them|that|this|(?:its|their|the|that|this)\s+[a-z\-]+(?:\s+[a-z\-]+)?)\s+(?:touched|changed|altered|messed\s+with|adjusted)"
     r"(?:\s+(?:at\s+all|either))?" + _CLAUSE_END, " "),
    # "the music is fine, don't touch it", "the voiceover is good as is, leave it"
    (rf"\b(?:the\s+)?(?:{_KEPT_THING})\s+(?:is|are|sounds?|looks?)\s+(?:really\s+|pretty\s+|just\s+)?(?:fine|good|great|perfect|ok|okay)"
     r"(?:\s+as\s+(?:it\s+)?is)?\s*[,，]?\s*(?:so\s+)?(?:(?:please\s+)?(?:don'?t|do\s+not|no\s+need\s+to)\s+(?:touch|change)\s+(?:it|them|that)"
     r"|leave\s+(?:it|them)(?:\s+alone|\s+as\s+(?:it\s+)?is)?|keep\s+(?:it|them))\b", " "),
    # "keep ducking on", "keep the fades as they are": a thing kept as it is needs nothing done
    (rf"\b(?:please\s+)?keep\s+(?:the\s+)?(?:{_KEPT_THING})\s+(?:on|off|as\s+(?:it\s+is|they\s+are|is)|the\s+same|unchanged|enabled|going){_CLAUSE_END}", " "),
    # "其他的不变", "别的都不用动", "其他也不变", "背景音乐保持原样", "旁白也不动"
    (rf"(?:其他|其余|其它|别的|剩下的?|另外的)(?:的|地方|部分|内容|设置)?\s*(?:也|都|就|先|全部|一律|暂时)*\s*{_UNCHANGED_ZH}(?:了|吧|哈)?", " "),
    (rf"(?<![改调换设])(?:(?:其他|其余|其它|别的|剩下的?)(?:的)?)?(?:{_KEPT_ZH})(?:\s*(?:和|跟|、|以及)\s*(?:{_KEPT_ZH}))*(?:的)?(?:音量|颜色|位置|长度|设置)?\s*(?:(?:也|都|就|先|暂时)*\s*{_UNCHANGED_ZH}|(?:也|就)?\s*都\s*(?:保留|留着))(?:了|吧|哈)?(?=\s*(?:[,，。；;！!\n]|$))", " "),
    # "the video to be 40 seconds long with all four pictures": the video's length, every picture kept (each picture was made
    # 40 s; set GP gp097)
    (r"(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)(?:\s+long)?)\s+with\s+all\s+(?:the\s+|of\s+the\s+|(?:two|three|four|five|six|\d)\s+)?"
     r"(?:pictures|photos|images|pics|shots|slides|products)(?:\s+(?:in\s+it|kept|included|still\s+in(?:\s+it)?))?(?=\s*(?:$|[,.;!?]|and\b))", r"\1"),
    # "如果以后要换成英文配音，是不是需要重新做一遍？", "would we have to redo the whole thing?": asked whether a new cut would be
    # needed, no wish (a new first cut was made; set GP gp110)
    (r"(?:是不是|是否|需不需要|要不要|会不会)\s*(?:还)?\s*(?:需要|得|要)?\s*(?:全部|整个|都)?\s*重新\s*(?:做|剪|生成|弄|制作|来)\s*(?:一遍|一次|一下|一个)?\s*(?:吗|呢|啊)?\s*[?？]", " "),
    (r"\b(?:would|will|do|does|did)\s+(?:we|they|i|you|it|the\s+user|the\s+client)\s+(?:need|have)\s+to\s+(?:redo|remake|rebuild|re-?render|start\s+over)"
     r"[^.!?]{0,40}\?", " "),
    # "用户想让视频开头更有冲击力：把clip.mp4放到第一个": what the wish after the colon is for (its words were read as the
    # picture to move; set GP gp137)
    (r"(?:^|(?<=[。！？；;!?\n]))\s*[^，,。：:；;！!？?\n]{0,12}?想(?:让|要|使)[^，,。：:；;！!？?\n]{1,20}?[:：](?=\s*(?:把|将|请|给|先))", " "),
    # "Instead of removing the sneaker photo, move it to the end", "move it to the end instead of deleting it": the other
    # wish alone (both were done: removed, then added back at the end; set GN gn021)
    (r"^\s*(?:so\s+)?instead\s+of\s+(?:removing|deleting|cutting|dropping|ditching|muting|trimming|getting\s+rid\s+of|taking\s+out)\s+"
     r"((?:the\s+|that\s+|this\s+)?[^,.;!?]{1,40}?)\s*,\s*(?:(?:please|just|can\s+you|could\s+you)\s+)?([a-z]+)\s+(?:it|them)\b", r"\2 \1"),
    (r"\s*,?\s*\b(?:instead\s+of|rather\s+than)\s+(?:removing|deleting|cutting|dropping|ditching|getting\s+rid\s+of|taking\s+out)\s+"
     r"(?:it|them|(?:the|that|this)\s+[a-z\-]+(?:\s+[a-z\-]+)?)\b", ""),
    # "Use a serif font for the title, not handwriting": the one not meant, said after the wish (left unread; set GN gn044).
    # ("…, not the first one" of a clip is not blanked: a held-out row of two clips was then read for the wrong clip)
    (r"(\bfont\b[^,.;!?]{0,30}?)\s*,\s*not\s+(?:the\s+|a\s+)?[a-z\-]+(?:\s+(?:one|font|type))?(?=\s*(?:$|[.;!?,]))", r"\1"),
    # "放在第二张，不是最后": the place not meant, after the one meant (set GN gn133 added it at the end)
    (r"\s*[，,]\s*(?:而)?不是\s*(?:放在|放到|在)?\s*(?:最后|最前面|最前|开头|结尾|末尾|第\s*\d+\s*(?:张|个|位)?)\s*(?:一张|一个|面)?(?=\s*(?:$|[，,。；;！!]))", ""),
    # "第1、2、4、5张图片都改成5秒": each number its picture ("第1张、第2张…"; a list not in a row was read as every picture,
    # "第1、2、4" left unread)
    (r"(?<=[第、])(\d+)\s*、\s*(?=\d+(?:\s*[、和]\s*\d+)*\s*张)", r"\1张、第"),
    # "turn clip.mp4 down to half": its sound (not understood; set GO go129)
    (r"\bturn\s+([a-z0-9_\-]+\.(?:mp4|mov|webm|m4v))\s+(down|up)\b", r"turn the sound of \1 \2"),
    # "导出4K的，要高清一点": the resolution said, 高清 its reason (made 720p; set GO go047)
    (r"((?:4k|2k|1080p|1440p|2160p|超清)\s*(?:的)?)\s*[，,]\s*(?:要|更|画质)?\s*(?:要)?\s*(?:高清|清晰|清楚)(?:一点|一些|点)?(?=\s*(?:$|[，,。；;！!]))", r"\1"),
    # "用上金戒指那张图": that picture added ("use" of an upload not on the timeline; was not understood, set GM gm038)
    (r"(?:也|再)?\s*(?:用上|用进去|用进来)(?![次面边下])\s*(?=[^，,。；;！!]{0,12}?(?:那张|图|照片|\.(?:jpe?g|png|webp|mp4|mov)\b))", "加上"),
    # "swap blue-backpack.jpg for gold-ring.jpg in the same spot": the one replaced by the other (not understood; set GP
    # gp147)
    (r"\bswap\s+(?:out\s+)?((?:the\s+)?[a-z0-9_\-]+(?:\.(?:jpe?g|png|webp)|\s+(?:picture|photo|image|pic|shot)))\s+for\s+"
     r"((?:the\s+)?[a-z0-9_\-]+(?:\.(?:jpe?g|png|webp)|\s+(?:picture|photo|image|pic|shot)))(?:\s+(?:in|at)\s+the\s+same\s+(?:spot|place|position|slot))?",
     r"replace \1 with \2"),
    # "The ring can go, it's sold out", "the backpack should go": that one removed (set GK gk007)
    (r"\b((?:the\s+)?(?!(?:video|thing|whole|edit|order|it|that|this|everything|rest|others?)\b)[a-z\-]+(?:\s+(?:picture|photo|shot|one|image|pic|clip))?"
     r"|[a-z0-9_\-]+\.(?:jpe?g|png|webp|mp4|mov))\s+(?:can|should|has\s+to|needs\s+to|must)\s+go"
     r"(?!\s*(?:first|last|to|at|in|into|before|after|back|up|down|next|on|over|under|with|somewhere|faster|slower|away\s+from|-))"
     r"(?=\s*(?:$|[,.;!?]|(?:and|but|since|because|as)\b))", r"remove \1"),
    # "帽子是这个月的爆款，想放在第一个": the one said before is moved (no thing named: "想" was looked for as a picture; set GK
    # gk127)
    (r"(?<=[，,。])\s*(?:所以)?\s*(?:想|希望|要|请)\s*(?:放在|放到|挪到|移到)\s*(?=(?:第\s*(?:1|一)\s*(?:个|张|位)(?:的?位置)?|最前面|最前|开头|最后面?|结尾|末尾)(?:\s*[，,。；;！!]|$))", "把它移到"),
    # "他们打算在抖音里自己加字": what they will add there themselves, no wish here (read as captions added, the title and
    # captions just removed put back and the video made 9:16; set GP gp084)
    (r"(?:(?:他们|她们|他|她|我们|我|用户|客户|老板|对方)\s*)?(?:打算|准备|会|要|想|计划)?\s*(?:之后|后面|到时候|回头|发的时候)?\s*在\s*"
     r"(?:抖音|快手|小红书|视频号|剪映|tiktok|instagram|ins|reels?|capcut)\s*(?:里|上|里面)?\s*(?:自己|再|另外)\s*(?:加|配|上|添加|打)\s*"
     r"(?:字|字幕|文字|文案|音乐|配乐|bgm|标题)", " "),
    # "五张图都保留", "图片都留着": every picture kept, no wish of its own ("标题和字幕不用动" above: both kept; set GP gp012)
    (r"(?:^|(?<=[，,。；;！!\n]))\s*(?:(?:所有|全部|每张|这?[几两三四五六七八九十\d]张)(?:的)?)?\s*(?:图片|图|照片|产品图)\s*(?:也)?\s*都\s*(?:要|先)?\s*"
     r"(?:保留|留着|保留着|要|在)(?:了|吧|哈)?(?=\s*(?:[,，。；;！!\n]|$))", " "),
    # a heading before the wishes: "After the review:", "quick list:", "最后调整：", "第二版修改：", "品牌规范："
    (r"(?:^|(?<=[\n.!?;。！？；]))\s*(?:(?:quick|short|small|final|my|our|the\s+client'?s?|client|manager'?s?|boss'?s?)\s+)?"
     r"(?:list|changes|edits|notes|feedback|requests|fixes|tweaks|to-?do|after\s+(?:the\s+)?review|from\s+(?:the\s+)?review|review\s+notes"
     r"|round\s+\d+|v\d+|revisions?)\s*[:：]", " "),
    (r"(?:^|(?<=[\n。！？；;!?]))\s*(?:最后|最终|第[一二三四五六七八九十\d]+(?:版|轮|次)|本次|这次|这一版|客户的?|老板的?|领导的?|品牌|几个|一些|小)?"
     r"(?:修改意见|修改|调整|改动|意见|反馈|需求|要求|规范|备注|清单|要点)\s*[:：]", " "),
    # a bullet: "- 把第一张移到最后", "• elegant style"
    # (the lookahead has both scripts: the rewrite is for English and Chinese messages, ``text.letters_needed``)
    (r"(?:^|(?<=[\n;；]))\s*[-–•*·●▪◦]\s*(?=[a-z一-龥\"'“「])", " "),
    # "while you're at it", "if you can": no wish of its own
    (r"\b(?:while\s+you'?re\s+at\s+it|while\s+you\s+are\s+at\s+it|if\s+(?:you\s+can|possible)|when\s+you\s+get\s+a\s+chance)\b", " "),
    (r"(?:^|(?<=[,，。;；]))\s*对了\s*[,，]?", " "),
    # "别动了，就这样挺好": nothing to change, nothing named (the motion was turned off; set GN gn108)
    (r"(?:^|(?<=[，,。；;！!\n]))\s*(?:先|就|都|也|啥都|什么都)?\s*(?:别动|不要动|不用动|别再动|别改了|不用改了)(?:了|吧|啦|哈)?\s*(?=[，,。；;！!\n]|$)", " "),
)
REWRITES = REWRITES + (
    # "再去掉里面的杂音", "remove the background noise": a clean-up the engine does not do, never the sound removed (set AA
    # nz07 removed the voiceover)
    (r"(?:去掉|去除|消除|降低|减少|处理掉?|清除)\s*(?:一下)?\s*(?:里面|其中|里头|背景|声音里)?\s*(?:的)?\s*(?:杂音|噪音|噪声|底噪|电流声)", " 降噪 "),
    (r"\b(?:remove|reduce|clean\s+up|get\s+rid\s+of|cut\s+out|filter\s+out)\s+(?:the\s+|any\s+|all\s+the\s+)?(?:background\s+|wind\s+|ambient\s+|street\s+|traffic\s+|room\s+)?(?:noise|hiss|hum|buzz)\b", " noise removal "),
)
# (wave 30) the clean-up said as an operation no edit reads, so a clause of its own: "remove the background noise and make
# it 20 seconds" set the length and dropped the noise without a word (" denoise  and make it 20 seconds" was one clause)
OPS["denoise"] = (("noise removal", "denoise"), ("降噪",))
# the operations of wishes beyond the editor, which no edit reads: a clause of one of them alone is a wish of its own, never
# an operation said first whose thing and value the next clause says ("再长一点，加5秒"; frames._left)
BEYOND_OPS = frozenset({"denoise", "separate", "cutout"})
# "cut the watch out of its background", "remove the background from the ring photo", "remove the watch's background",
# "去掉手表的背景": a cut-out of what a picture shows, which no edit makes: said as the operation "cutout" ("background
# removal of the watch", "把手表抠图"), which no edit reads, so the wish is said not understood, never the picture removed
# (set CD cd283 removed the watch; the Chinese and "'s" forms did too). Never a sound's background, nor a card's or a
# text's (their backgrounds are edits)
_BG = r"(?:background|backdrop|bg)(?!\s*(?:music|audio|sound|track|noise|song|voice|tune|hum|hiss|colou?r))"
_BG_VERB = (r"(?:remove|cut|cut\s+out|erase|delete|drop|strip|get\s+rid\s+of|take\s+out|take\s+off|lose|kill|ditch|isolate"
            r"|extract|separate|lift|clear)")
_BG_OWNER = (r"((?:the\s+|this\s+|that\s+|my\s+|our\s+)?(?!(?:end\s+card|card|title|headline|captions?|subtitles?|text|logo|sticker"
             r"|watermark|music|voice|video|clip|it|them|everything|all)\b)[a-z0-9][a-z0-9_\-.]*(?:\s+[a-z0-9][a-z0-9_\-.]*){0,2}?)")
_BG_ZH_OWNER = (r"((?![^，,。；;！!？?\s的]{0,10}?(?:视频|片段|卡片|结尾|片尾|标题|字幕|水印|贴纸|logo|音乐))[^，,。；;！!？?\s的]{1,12}?)"
                r"\s*(?:那张|这张|图片|照片|图)?\s*的\s*")
REWRITES = REWRITES + (
    (rf"\b{_BG_VERB}\s+{_BG_OWNER}\s+(?:out\s+)?(?:of|from)\s+(?:its|the|their|her|his)\s+(?:own\s+|original\s+|white\s+|plain\s+)?{_BG}\b",
     r"background removal of \1"),
    (rf"\b{_BG_VERB}\s+(?:the\s+|its\s+|their\s+)?{_BG}s?\s+(?:of|from|behind|on|in|around)\s+{_BG_OWNER}(?=\s*(?:$|[,.;!?]|(?:and|then|please)\b))",
     r"background removal of \1"),
    (rf"\b{_BG_VERB}\s+{_BG_OWNER}'s\s+{_BG}s?\b", r"background removal of \1"),
    (rf"(?:去掉|删掉|去除|删除|移除|抠掉|拿掉|不要)\s*{_BG_ZH_OWNER}背景(?!音乐|音|乐|声)", r"把\1抠图"),
    (rf"把\s*{_BG_ZH_OWNER}背景\s*(?:去掉|删掉|去除|删除|移除|抠掉|拿掉)", r"把\1抠图"),
)
# (the picture had something asked of it: "remove the ring's background and make it 20 seconds" is no length of the ring)
OPS["cutout"] = (("background removal", "cut-out"), ("抠图", "抠出来", "抠掉背景"))
# "remove the voice from the background music", "把背景音乐里的人声去掉", "remove the background noise": a sound taken out
# of another recording, which no edit makes (the tracks are kept or removed whole): said as the operation "separate",
# which no edit reads, so the wish is said to be beyond the editor (stance.BEYOND). Both tracks were removed, a wrong
# edit (fixer E's note, wave 29). Noise alone is "noise removal" (above), said beyond the editor too
_SEP_VERB = r"(?:remove|take|cut|strip|filter|clean|get\s+rid\s+of|isolate|extract|separate|mute|kill|lose)"
_SEP_SOUND = r"(?:(?:the|all\s+the|any)\s+)?(?:[a-z]+\s+)?(?:noise|hiss|hum|static|crackle|echo|vocals?|singing|lyrics|talking|speech|voices)"
REWRITES = REWRITES + (
    (rf"\b{_SEP_VERB}\s+(?:out\s+)?(?:the\s+)?(?:voice|vocals?|singing|lyrics)\s+(?:out\s+)?(?:from|of|in|on)\s+(?:the\s+)?"
     r"(?:background\s+)?(?:music|song|track|bgm|soundtrack|clip|clips|footage|recording)\b", "sound separation"),
    (rf"\b{_SEP_VERB}\s+(?:out\s+)?{_SEP_SOUND}\s+(?:out\s+)?(?:from|of|in|on)\s+(?:the\s+)?(?:[a-z0-9_\-.]+\s+)?"
     r"(?:music|song|track|bgm|soundtrack|clip|clips|footage|recording|voiceover|narration|audio|video|sound)\b", "sound separation"),
    (r"(?:背景音乐|音乐|bgm|视频|片段|原声|录音|配音)\s*(?:里面?|中)?\s*的?\s*(?:人声|杂音|噪音|噪声|风声|底噪|歌词|唱歌的?声音?)\s*"
     r"(?:能不能|可不可以|可以|能|帮我|给我)?\s*(?:去掉|去除|删掉|删除|消除|拿掉)", "人声分离"),
)
OPS["separate"] = (("sound separation",), ("人声分离",))
# "remove backpack + watch, only shoes cap ring": the pictures said after "only", beside a removal, are the ones kept (the
# removal said again, or more of it); as "keep only …" (set CD cd235 looked for a picture "only shoes cap ring"). Names
# only (never a text, a sound or a length: "remove the music, only the voice" is no list of pictures)
_KEPT_ITEM = (r"(?:the\s+)?(?!(?:title|headline|captions?|subtitles?|text|music|voice|voiceover|narration|sound|audio|logo"
              r"|transitions?|one|ones|it|them|that|this|first|last|keep|make|set|change|use|put|move|left|remaining|stays?|remains?|should)\b)[a-z][a-z\-]*")
REWRITES = REWRITES + (
    (r"(\b(?:remove|delete|drop|cut|lose|ditch|kill|get\s+rid\s+of|take\s+out)\b[^.;!?]{1,80}?)\s*[,;]\s*(?:so\s+)?(?:only|just)\s+"
     rf"({_KEPT_ITEM}(?:\s*(?:,|\+|&|\band\b)?\s*{_KEPT_ITEM}){{0,5}})(?:\s+(?:left|remaining|stays?|remains?|should\s+stay))?"
     r"(?=\s*(?:$|[.;!?]))", r"\1; keep only \2"),
)
# "视频减5秒", "第二张减1秒": shorter by that much, never that long (set AB len07 made the video 5 s)
extend(OPS, "shorten", zh=("减", "减去", "减掉", "減", "減去", "減掉"))
REWRITES = REWRITES + (
    # "set all image durations to 2.5s": each picture's length (set Z pic07 made the video 2.5 s)
    (r"\b(?:all|every|each)\s+(?:of\s+)?(?:the\s+)?(image|picture|photo|slide|shot|still)s?(?:'s|s')?\s+(?:durations?|lengths?|timings?|times)\b", r"each \1"),
    # (said without "all", only in the plural: "the second image's duration" is that picture's; set AC ac035)
    (r"\b(image|picture|photo|slide|shot|still)(?:s'?\s+(?:durations?|lengths?|timings?|times)|(?:'s)?\s+(?:durations|lengths|timings|times))\b", r"each \1"),
    # "retitle it SUMMER DROP": the title's text (set Z tit12)
    (r"\bre-?title\s+(?:it|the\s+video|this)?\s*(?:to\s+|as\s+|with\s+)?", "set the title to "),
    # "pull the first shot": removed (set Z ord10)
    (r"\bpull\s+(?=(?:the\s+)?(?:first|second|third|fourth|fifth|last|opening|closing|final|\d)\s*(?:one|shot|image|picture|photo|slide|pic)?\b)", "remove "),
    # "Feedback: - lose the second photo - make it vertical - captions bigger": wishes listed on one line with dashes
    (r"\s[-–—]\s(?=[a-z\"'][^-–—\n]*\s[-–—]\s[\"'a-z])", "; "),
    (r"(;[^;\n]*)\s[-–—]\s(?=[a-z\"'])", r"\1; "),
    # "整体不错，…": a remark on the whole, no wish; on the rest too, "其他都挺好，就把logo挪到右下角" (the remark was read with the
    # wish after it, its 其他 as "all but", and the logo's place dropped: set CB cb249)
    (r"(?:^|(?<=[\n.!?;。！？；]))\s*(?:整体|总体|整体上|大体上?|基本上|(?:其他|其余|其它|别的|剩下)(?:的)?)(?:来说|来看)?\s*(?:还|都|也|挺|很|蛮){0,2}\s*"
     r"(?:不错|ok|okay|挺好|很好|可以|满意|没问题|还行|行)(?:的|了)?\s*(?=[,，])", " "),
    # "整体OK，两个小改动：", "v2 notes —": a heading after a remark, or with a dash
    (r"(?<=[,，])\s*(?:\d+|[一二两三四五六七八九十]+)?\s*(?:个|点)?\s*(?:小)?(?:改动|修改|地方|问题|意见|调整)\s*[:：]", " "),
    (r"(?:^|(?<=[\n.!?;]))\s*(?:v\d+|round\s+\d+|(?:quick|client|my|our)\s+)?\s*(?:notes|comments|feedback|changes|edits)\s*[:：—–]", " "),
)
# "drop the cap one, it's sold out": the pronoun after what a picture shows, not a 1 ("the cap 1" was read as nothing;
# set AD ad021, AF af007). Never after a noun a number belongs to ("image 1", "clip 1") nor an ordinal ("the last 1")
REWRITES = REWRITES + (
    (r"\b(the\s+(?!(?:image|images|photo|photos|picture|pictures|pic|pics|clip|clips|video|videos|slide|slides|segment|"
     r"segments|shot|shots|item|items|scene|scenes|number|no|track|tracks|version|step|part|page|card|last|first|final|"
     r"next|previous|other|same|middle|second|third|fourth|fifth|opening|closing|top|bottom|position|place|spot|slot|"
     r"speed|x|volume|level|take|title|music|voice|voiceover|caption|captions|transition|transitions|length|duration|fps|font|size)\b)[a-z][a-z\-]{2,})\s+1(?=\s*(?:$|[,;!?]|\.(?!\d)|(?:and|then|too|please|pls)\b))", r"\1 one"),
)
REWRITES = REWRITES + (
    # "请将视频时长延长至60秒": 至 after the verb is 到, to that length (it was read as 60 s longer; set AE ae009)
    # (written with 至 first: a message without 至 skips it)
    (r"(?:" + "|".join(f"(?<={v})" for v in ("延长", "缩短", "加长", "减少", "增加", "剪短", "剪", "裁剪", "裁", "调整", "调", "改",
                                              "设置", "设", "变")) + r")至\s*(?=\d)", "到"),
    # "make it vertical, 15 seconds, and lead with the ring": that picture first (the ring took the 15 s; set AF af220)
    (r"\b(?:lead|open)\s+(?:it\s+|the\s+video\s+)?with\s+(the\s+(?!(?:title|captions?|music|voice|voiceover|text|logo|end\s+card|fade|"
     r"transitions?|intro|hook)\b)[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*)?)(?=\s*(?:$|[,.;!?]|(?:and|then)\b))", r"put \1 first"),
)
_NOT_PIC = r"(?:title|captions?|text|music|voice|voiceover|sound|audio|logo|transitions?|fade|intro|outro|end|safety|quality|then|and)"
_PIC_WORDS = (rf"(?!{_NOT_PIC}\b)"
              rf"[a-z][a-z\-]*(?:\s+(?!(?:last|final|first|second|third|fourth|fifth|next|at|in|to|on|{_NOT_PIC})\b)[a-z][a-z\-]*)?")
# a picture named by its words or its file (never the video, the order or a pronoun), and "… the last shot" said of one
_PIC_REF = rf"(?:the\s+)?(?!(?:video|thing|whole|edit|same|order|one\s+thing|it|them|everything)\b){_PIC_WORDS}"
_PIC_FILE = r"[a-z0-9_\-]+\.(?:jpe?g|png|webp)"
_AS_PIC = r"(?:\s+(?:shot|picture|pic|image|photo|one|slide))?(?=\s*(?:$|[,.;!?]|(?:and|then)\b))"
REWRITES = REWRITES + (
    # "they want the ring first", "they'd like it first, before the sneaker", "we'd prefer the cap at the end": that picture
    # moved there (were not understood; set GP gp048)
    *((r"\b(?:want|wants|wanted|would\s+like|'d\s+like|prefer|prefers|would\s+prefer|'d\s+prefer)\s+"
       rf"(it|{_PIC_REF}|{_PIC_FILE})\s+"
       rf"(?:{said})(?=\s*(?:$|[.;!?]|,(?!\s*(?:then\b|[a-z\-]+\s*,))|(?:and|before|after)\b(?!\s+then\b)))", rf" move \1 {place}")
      for said, place in ((r"first|at\s+the\s+(?:very\s+)?(?:start|beginning)", "first"), (r"last|at\s+the\s+(?:very\s+)?end", "last"))),
    # "keep the ring as the last shot", "and the ring kept as the last shot": there (already there, nothing moves; were
    # not understood: "They'd like the cap removed and the ring kept as the last shot" looked for a picture of that name,
    # set GP gp074)
    (rf"\b(?:keep|leave)\s+({_PIC_REF}|{_PIC_FILE})\s+(?:as\s+the\s+)?(last|first){_AS_PIC}", r" move \1 \2"),
    (rf"\band\s+({_PIC_REF})\s+(?:kept|left|staying|stays|remaining)\s+(?:as\s+the\s+)?(last|first){_AS_PIC}", r", move \1 \2"),
)
# (a place word is never the item's second word: "ring first, sneaker last" was "new order: ring, sneaker last", the
# sneaker put second; set BH bh075)
REWRITES = REWRITES + (
    # "watch first, ring second", "ring first, then the watch, then everything else as it is": the order, those first
    # (the others keep theirs after them; sets AD ad254, AF af145)
    (rf"^\s*(?:the\s+)?({_PIC_WORDS})\s+first\s*,\s*(?:and\s+)?(?:then\s+)?(?:the\s+)?({_PIC_WORDS}?)(?:\s+(?:second|next))?"
     r"(?:\s*,\s*(?:and\s+)?(?:then\s+)?(?:everything|the\s+rest|all\s+the\s+others?|the\s+others?)\s+(?:else\s+)?"
     r"(?:as\s+(?:it\s+is|they\s+are|is|before)|in\s+(?:the\s+same|their\s+current|the\s+current|the\s+usual)\s+order|unchanged|the\s+same))?"
     r"(?=\s*(?:$|[.;!?]))", r"new order: \1, \2"),
    # "the backpack should be the last thing people see": last (set AF af051)
    (r"\b(?:the\s+)?(first|last|final)\s+(?:thing|image|picture|shot|photo|one)\s+(?:(?:that\s+)?(?:people|viewers|they|you|we|the\s+viewers?|the\s+audience|customers)\s+(?:see|sees|will\s+see))\b",
     r"\1"),
)
REWRITES = REWRITES + (
    # "remove the gold-ring.jpg and black-cap.jpg images": the files are the pictures; the noun after the last one had
    # split the list, and only the first was removed (set AG ag254)
    (r"(?<=[a-z0-9])(\.(?:jpe?g|png|webp|gif|heic))\s+(?:images|pictures|photos|pics|files)\b", r"\1"),
)
REWRITES = (
    # the clip named, then "it" cut: "mute the clip and cut it to the first 4 seconds" is the clip's part (the video was
    # set to 4 s; set AH ah202), as "speed it up" is (block P)
    (r"\b((?:the\s+)?(?:video\s+)?clip|the\s+footage|[a-z0-9_\-]+\.(?:mp4|mov|webm|m4v|mkv))\b([^.;!?]{0,60}?)\b(cut|trim|shorten)(?:\s+down)?\s+(?:it|that)"
     r"\s+(?=(?:down\s+)?to\s+(?:just\s+|only\s+)?(?:the|its)\s+(?:first|last)\s)", r"\1\2\3 \1 "),
    # "把clip.mp4裁剪为从第1秒开始，时长4秒": the length said after a clip's start is the part kept, as 保留 is (时长 alone
    # in its clause was the video's length; set CR cr083)
    (r"((?:视频片段|片段|\.(?:mp4|mov|webm|m4v))[^，,。；;！？]{0,6}?从\s*第?\s*\d+(?:\.\d+)?\s*秒\s*(?:开始|起)(?:播放?|放|截取?|剪|使用|用)?\s*[,，]\s*)"
     r"(?:时长|长度|总长)\s*(?:为|是|设为)?\s*(?=\d+(?:\.\d+)?\s*秒)", r"\1保留"),
    # "视频剪掉前3秒，只留5秒", "片段去掉开头2秒，保留4秒": the clip's opening cut, then a length kept, is one part: from
    # that second on, that long (the length kept was the whole video's, a wrong edit; set CX cx243). Read as "片段从第3秒
    # 开始，保留5秒" (the next rule)
    (r"(视频片段|视频|片段)\s*(?:的)?\s*(?:剪掉|去掉|删掉|裁掉|切掉|剪去)\s*(?:开头|前面|前)\s*(?:的)?\s*(\d+(?:\.\d+)?)\s*秒\s*[,，]\s*"
     r"(?:然后|再)?\s*(?:只|就)?\s*(?:留|保留|留下|要|用)\s*(?=\d+(?:\.\d+)?\s*秒)", r"\1从第\2秒开始，保留"),
    # "片段从第2秒开始，保留4秒": one wish, where the clip starts and how long it plays (the comma had left "保留4秒" as
    # the video's length; set AG ag139)
    (r"(视频片段|视频|片段)(\s*从\s*第?\s*\d+(?:\.\d+)?\s*秒\s*(?:开始|起)(?:播放?|放)?)\s*[,，]\s*"
     r"(?=(?:然后|再)?\s*(?:只)?(?:用|保留|留|截取|取|持续|播放?|放|要|剪|时长|长度|总长)\s*(?:为|是|设为)?\s*\d)", r"\1\2"),
    # "trim clip.mp4 so it starts at 3 s and lasts 6 s": where it starts and how long it lasts, as the trim reads
    # them (the purpose clause "so it …" was dropped; sets AG ag137, AI ai125)
    # (a clip by its own name too: "trim the unboxing so it starts two seconds in", set EW ew109 removed the clip)
    (r"\b(trim|cut|edit|set)\s+((?:the\s+)?[a-z0-9_\-]+\.(?:mp4|mov|webm|m4v|mkv)|(?:the\s+)?[a-z0-9\-]+\s+(?:video\s+clip|clip|footage)|the\s+[a-z0-9\-]+|it)"
     r"\s+so\s+(?:that\s+)?it\s+(starts?|begins?)\s+(at|from)\s+", r"\1 \2 to \3 \4 "),
) + REWRITES
REWRITES = (
    # a clip's speed after another wish: "mute the clip audio and speed the clip up to 2x" (the mute read the whole
    # clause, and the speed was dropped; set AI ai213)
    (r"\s+and\s+(?:then\s+)?(?=(?:speed\s+up|slow\s+down|speed\s+(?:the\s+)?(?:video\s+)?clip\s+up|slow\s+(?:the\s+)?(?:video\s+)?clip\s+down)\b)", ", then "),
    # "第一张放手表，然后每张3秒": that picture put in that place (set AJ aj242 was unread beside the length); a place
    # word after 放 is where the Nth goes ("第一张放最后" had moved the last picture first: set CN cn192, a wrong edit)
    (r"(?:^|(?<=[,，;；]))\s*第\s*(\d+)\s*(?:张|个)\s*(?:图片?|照片)?\s*(?:放(?![大小慢快久长短])|用)"
     r"(?!\s*(?:最|开头|结尾|末尾|中间|前面|后面|前头|后头))\s*((?:(?![把将放到在第张])[\u4e00-\u9fff]){1,4}?|[a-z0-9_\-]+\.(?:jpe?g|png|webp))"
     r"\s*(?:那张|的图|图片|图)?\s*(?=$|[,，;；。])", r"把\2放到第\1个位置"),
    # a clip by its name alone, sped up to a speed: "slow down the unboxing to half speed" (set AH ah227)
    (r"\b(speed\s+up|slow\s+down)\s+(?:the\s+)?(?!(?:clip|clips|video|videos|footage|pictures?|photos?|images?|slides?|pics?|shots?|transitions?|music|song|"
     r"voice|voiceover|pace|pacing|edit|it|them|things|everything|whole|title|captions?|text|animations?|zoom|ken|fades?|cuts?|intro|outro|logo)\b)"
     r"([a-z0-9\-]+)\s+(?=(?:to|at)\s+(?:half|double|quarter|twice|\d+(?:\.\d+)?\s*x)\b)", r"\1 the \2 clip "),
    # "视频放慢到一半速度": the speed as a number (set AI ai131)
    (r"(放慢|减速|慢放|调慢|慢)\s*(?:到|至|成)\s*(?:一半|1半)(?:的)?\s*(?:速度)?", r"\1到0.5倍"),
    # "把第二个视频放慢到0.5倍": the second clip, at that speed (set AG ag269)
    (r"(第\s*\d+\s*(?:个|段)\s*(?:视频|片段))\s*(?:放慢|减速|加速|调|改)\s*(?:到|至|成|为)\s*(\d+(?:\.\d+)?)\s*倍", r"\1 \2倍速"),
    # "视频静音，再加速1.5倍": the clip of the clause before, sped up (set AH ah203); said by what it shows, with its name
    # ("把开箱视频放到最前面，并且加速1.5倍": the bare 视频 said again asked which of two clips; set CB cb237)
    (r"(?:(?:(?<=[把将])|^|(?<=[，,。；;\s]))((?![这那该整每两])(?:(?!视频|片段|把|将)[\u4e00-\u9fff]){1,4}(?:视频|片段))|(视频片段|视频|片段))"
     r"([^。！？]{0,20}?[，,；;]\s*)(?:然后|再|并且?)?\s*(加速|减速|放慢)\s*(?=\d)", r"\1\2\3然后\1\2\4到"),
) + REWRITES
_SWAPPED = (r"(?:the\s+|my\s+|our\s+)?(?!(?:logo|sticker|watermark|badge|title|headline|captions?|subtitles?|text|music|song|track|voice\w*|narration|audio"
            r"|sound|transitions?|it|them|that|this|one)\b)[a-z0-9][a-z0-9\-]*(?:\s+(?:photo|picture|pic|image|shot|one|clip))?"
            r"|[a-z0-9_\-]+\.(?:jpe?g|png|webp|mp4|mov)")
REWRITES = (
    # a picture removed, and another said to take its place: one replacement ("把运动鞋删了，换成戒指", "drop the sneaker
    # and put the ring in its place"; set AK ak270 removed the sneaker and left the ring unread)
    # (not a text, a sound or a look: "标题去掉，换成竖屏" is the title off and the frame upright, set AR ar236 titled the video
    # 竖屏; the one taking the place is a picture, never a shape or a ratio)
    (r"(?<![^，,。；;\s])(?:把|将)?\s*((?:(?![把将，,。；;]|logo|标志|贴纸|水印|标题|字幕|文字|音乐|配乐|配音|声音|转场|滤镜|特效)\S){1,12}?)\s*(?:那张|这张)?\s*"
     r"(?:删了|删掉|去掉|拿掉|删除|撤掉|撤了|去了)\s*(?:吧)?\s*[，,]\s*"
     r"(?:然后|再)?\s*(?:换成|换上|替换成)\s*(?=\S)(?!\s*(?:竖屏|横屏|方屏|竖版|横版|方形|正方形|\d+\s*[:：比]\s*\d+))", r"把\1换成"),
    # (a picture, one word and its noun: "remove the logo and put the sticker top left instead" is the overlays', set AJ aj244)
    (rf"\b(?:remove|delete|drop|take\s+out|get\s+rid\s+of|lose|ditch)\s+({_SWAPPED})\s*(?:,\s*|\s+)(?:and\s+)?(?:then\s+)?"
     # ("put the ring in instead": the verb's own "in" before it)
     rf"(?:put|use|add|stick|place)\s+({_SWAPPED})\s+(?:in\s+its\s+place|in\s+place\s+of\s+it|(?:in\s+)?instead)\b", r"replace \1 with \2"),
    # "faster transitions and a bit shorter overall": the video's length, not the transitions' of the clause before (set
    # AJ aj169 was unread)
    (r"\b(shorter|longer)\s+overall\b", r"\1 overall length"),
) + REWRITES
REWRITES = REWRITES + (
    # "视频素材太长了", "那段视频素材": the clip (the footage put in), not the whole video (set AT at121 set the video's
    # length on "视频素材太长了"; not footage asked for: "给我生成一些产品的视频素材")
    (r"(?:(?:那段|这段|那个|这个)\s*|(?<![\u4e00-\u9fff]))视频素材(?:片段)?", "视频片段"),
    # "video 片段只要 4 秒": the English noun before the Chinese one is the same clip, 视频片段 (set CG cg298 looked for a
    # picture called "video 片段")
    (r"\b(?:video|clip)\s*(?=片段)", "视频"),
    # "视频片段只要中间一段，从3秒到8秒", "片段只留3秒到8秒": the clip trimmed to that span (set AT at121)
    # (nothing said between the clip and the part kept, "把视频片段剪到只剩前六秒": one clause, no bare "视频片段" left before
    # it to be said not understood; set CE ce037)
    (r"(?:(?:把|将)\s*)?(?:视频片段|片段)\s*(?:只要|只留|只保留|保留|就要|只用)\s*"
     r"(?:从)?\s*第?\s*(\d+(?:\.\d+)?)\s*秒?\s*(?:到|至|-|~)\s*第?\s*(\d+(?:\.\d+)?)\s*秒", r"把视频片段剪到第\1秒到第\2秒"),
    (r"(视频片段|片段)([^。！？；;]{0,12}?)(?:只要|只留|只保留|保留|就要|只用)\s*(?:中间|其中)?\s*(?:的)?\s*(?:一|1)?\s*(?:段|部分)?\s*[，,：:]?\s*"
     r"(?:从)?\s*第?\s*(\d+(?:\.\d+)?)\s*秒?\s*(?:到|至|-|~)\s*第?\s*(\d+(?:\.\d+)?)\s*秒", r"\1\2，把视频片段剪到第\3秒到第\4秒"),
)
# a clip's own length said as its "duration" or "length": the clip's, never the whole video's ("set the clip duration to
# 6 seconds", "the clip's duration should be 6s", "视频片段时长改成6秒" set the video to 6 s: wave 30 lead rows). Said as
# the clip itself, the clip set to a length reads it (clips.r_trim; two clips: which is asked). "the video duration",
# "视频时长" stay the video's
# (a picture's too: "set the image length to 4 seconds" made the video 4 s; "the picture" alone is no picture named)
_CLIP_OWNER_EN = (r"((?:the\s+)?(?:[a-z0-9\-]+\s+)?(?:video\s+clip|clip|footage|image|picture|photo|pic|slide)"
                  r"|[a-z0-9_\-]+\.(?:mp4|mov|webm|m4v|mkv))")
REWRITES = REWRITES + (
    (rf"\b{_CLIP_OWNER_EN}(?:'s)?\s+(?:duration|length|runtime|running\s+time)\b", r"\1"),
    (rf"\b(?:the\s+)?(?:duration|length|runtime|running\s+time)\s+of\s+{_CLIP_OWNER_EN}(?![a-z0-9\-])", r"\1"),
    (r"((?:[a-z0-9_\-]+\.(?:mp4|mov|webm|m4v|mkv)\s*|[a-z0-9][a-z0-9\-_]*\s*)?(?:视频片段|片段)|[a-z0-9_\-]+\.(?:mp4|mov|webm|m4v|mkv))"
     r"\s*(?:的)?\s*(?:播放)?(?:时长|长度)", r"\1"),
)
# a length kept said after a clip's start ("clip.mp4从第1秒开始，时长4秒", "…，保留4秒"): the trim reads both (cutting the
# first seconds left the length to the whole video; set CR cr083)
# (the start's own verb may come before the comma: "从第4秒开始截取，保留5秒" is the part 4-9 s; set CU cu143 cut 4 s)
_NO_KEPT_LENGTH = (r"(?!\s*(?:截取|剪取|截|取|使用|用)?\s*(?:[,，]\s*)?(?:然后|再)?\s*(?:只|一共|总共|就)?(?:使用|用|保留|留|截取|截|取|持续|要|剪|时长|长度|总长)"
                   r"\s*(?:为|是|设为)?\s*\d)"
                   # (放 after the comma stays its own clause, which the clip's shown length reads: wave25_lead#9)
                   r"(?!\s*(?:播放?|放)\s*\d)")
REWRITES = REWRITES + (
    # "clip.mp4 从第五秒开始用", "unboxing.mp4从第2秒起播": that clip's start in its source, not the file laid over the
    # video from then on (set AT at128 put clip.mp4 over the video) nor its length (it showed 5 s); a length said right
    # after it is the span kept, a clause of its own ("clip.mp4从2秒起保留5秒" set the video to 5 s, "…从第1秒开始放5秒"
    # cut 6 s off: the 放 was taken as the start's verb; found beside wave 25 C)
    (r"([a-z0-9_\-]+\.(?:mp4|mov|webm|m4v))\s*(?:片段|视频)?\s*(?:的)?\s*(?:要|就)?\s*从\s*第?\s*(\d+(?:\.\d+)?)\s*秒\s*(?:开始|起)" + _NO_KEPT_LENGTH +
     r"(?:(?:用|播放?|放|使用)(?!\s*\d))?(?=\s*[^，,。；;！？\s])", r"剪掉\1的前\2秒，"),
    (r"([a-z0-9_\-]+\.(?:mp4|mov|webm|m4v))\s*(?:片段|视频)?\s*(?:的)?\s*(?:要|就)?\s*从\s*第?\s*(\d+(?:\.\d+)?)\s*秒\s*(?:开始|起)" + _NO_KEPT_LENGTH +
     r"(?:用|播放?|放|使用)?", r"剪掉\1的前\2秒"),
    # "开箱视频跳过前两秒", "片段跳过开头3秒": those first seconds of that clip cut (set AR ar111 was unread)
    (r"((?:[\u4e00-\u9fffa-z0-9_.\-]{1,8}?)?(?:视频片段|视频|片段))\s*(?:要|就)?\s*跳过\s*(?:开头|最前面|前面)?\s*的?\s*(?:前)?\s*(\d+(?:\.\d+)?)\s*秒",
     r"剪掉\1的前\2秒"),
    # "第二段视频前面1秒是黑的，剪掉": a clip's first (or last) seconds told of, then cut with nothing named: those seconds of
    # that clip cut (set CH ch166 was not read)
    (r"((?:第\s*\d+\s*(?:个|段)\s*)?(?:[\u4e00-\u9fffa-z0-9_.\-]{1,8}?)?(?:视频片段|视频|片段))\s*的?\s*(?:最)?(?:前面|开头|前)\s*的?\s*(\d+(?:\.\d+)?)\s*秒"
     r"[^，,。；;！!？?]{0,10}[，,]\s*(?:请|帮我|麻烦)?\s*(?:把它|把这段|把这部分)?\s*(?:剪掉|去掉|删掉|裁掉|切掉)\s*(?:吧|它)?\s*(?=$|[。；;！!？?，,])",
     r"剪掉\1的前\2秒"),
    (r"((?:第\s*\d+\s*(?:个|段)\s*)?(?:[\u4e00-\u9fffa-z0-9_.\-]{1,8}?)?(?:视频片段|视频|片段))\s*的?\s*(?:最后|后面|结尾)\s*的?\s*(\d+(?:\.\d+)?)\s*秒"
     r"[^，,。；;！!？?]{0,10}[，,]\s*(?:请|帮我|麻烦)?\s*(?:把它|把这段|把这部分)?\s*(?:剪掉|去掉|删掉|裁掉|切掉)\s*(?:吧|它)?\s*(?=$|[。；;！!？?，,])",
     r"剪掉\1的最后\2秒"),
    # "不要那个视频片段了，只留图片": the clip removed (set AR ar27 looked for a picture called "那个视频片段了")
    (r"(?<![\u4e00-\u9fff])(?:我)?\s*不要(?:那个|这个|那段|这段)?\s*(视频片段|片段)了", r"把\1删了"),
    # "trim the clip to the first 6 seconds and mute it", "mute the clip and slow it to 0.75x": the "it" of the second
    # wish is the clip of the first (sets AT at236 left "mute it" unread, at225 asked which one)
    (r"\b(the\s+(?:video\s+)?clip)\b([^.;!?]{0,40}?)\band\s+(?:then\s+)?(mute|unmute|slow(?:\s+down)?|speed\s+up)\s+it\b", r"\1\2, then \3 the clip"),
)
# the clips not wanted and the pictures kept, said together: "drop the video, pics only", "remove the clip so it's just the
# photos", "pictures only, no videos": every clip removed, as "不要视频了，只留照片" is (block V, set BZ bz185); the pictures
# kept say nothing of their own (set CK ck092 looked for a picture called "pics only"). Only the two said together, a
# clip by no name of its own ("drop the unboxing video, pics only" of two clips is not read so), and as a clause of
# their own: "only the pics" alone may say which things another wish is for
_PICS_ONLY_EN = (r"(?:(?:just|only)\s+(?:the\s+)?(?:pics|pictures|photos|images|stills|slides)"
                 r"|(?:the\s+)?(?:pics|pictures|photos|images|stills|slides)\s+only)")
_NO_CLIPS_EN = (r"(?:(?:remove|delete|drop|cut|ditch|lose|get\s+rid\s+of|take\s+out|kill|scrap)\s+(?:the\s+|that\s+|this\s+|any\s+|all\s+(?:the\s+)?)?"
                r"|no\s+(?:more\s+)?)(?:video\s+clips?|videos?|clips?|footage)")
_CLAUSE_END_EN = r"(?=\s*(?:$|[,;.!?]|\band\b|\bplease\b|\bpls\b))"
REWRITES = REWRITES + (
    (rf"(?:^|(?<=[,;.!?]))\s*(?:{_NO_CLIPS_EN}\s*[,;:\-–—]?\s*(?:so\s+(?:that\s+)?(?:it'?s|it\s+is)\s+)?{_PICS_ONLY_EN}"
     rf"|{_PICS_ONLY_EN}\s*[,;:\-–—]?\s*{_NO_CLIPS_EN}){_CLAUSE_END_EN}", " remove all the clips"),
)
# "the video part is too long": the clip, not the video (set AC ac146 set the video's length)
extend(TARGETS, "visual", en=("video part", "video section", "video segment", "video bit", "clip part"))
# "把表那张放第一", "包那张删掉": a product said by one character, read as a picture only with a picture word right after
# it (表 alone is also 表情, 代表; set AS as229 found no "表那张"), and as PRODUCT_NOUNS are: one name's word fits
PRODUCT_NOUNS_SHORT: dict[str, tuple[str, ...]] = {
    "表": ("watch",), "包": ("backpack", "bag", "handbag"), "帽": ("cap", "hat"), "杯": ("cup", "mug"),
    "裙": ("dress", "skirt"), "戒": ("ring",), "镜": ("glasses", "sunglasses"),
}
# "包包那张放第一个" of blue-backpack.jpg: 包包 is any bag, a backpack too; read so only when one name fits (set AW aw225)
PRODUCT_NOUNS["包包"] = PRODUCT_NOUNS["包包"] + ("backpack",)
# "make the first picture 3 seconds and the last one 10", "sneaker shot 8 seconds, watch shot 4": the unit of the
# length before is the bare number's, when it ends the message after a picture named in one or two words (sets AQ
# aq183, AR ar244, AS as240 were unread; a sound, a volume or a speed after it is no picture: "the music 20" stays,
# nor a moment: "just 3 seconds, starting at 1"; nor a verb of the order: "make it 30 seconds and move image 2" was "move
# image 2 seconds")
REWRITES = REWRITES + (
    (r"(\d+(?:\.\d+)?\s*(s|secs?|seconds?)\b[^.;%\d]{0,60}?(?:,|\band)\s+(?:then\s+)?(?:the\s+)?"
     r"(?!(?:music|voice|voiceover|song|bgm|volume|speed|title|captions?|text|logo|fade|transitions?|it|make|set|start|starts"
     r"|from|begin|begins|until|till|up|to|by|at|in|out|fps|[a-z]*ing|move|put|swap|switch|remove|delete|drop|place)\b)"
     r"(?!(?:image|picture|photo|pic|slide|clip|shot)s?\s+\d)"
     r"[a-z][a-z-]*(?:\s+(?:one|shot|pic|picture|photo|image|slide))?\s+(?:for\s+|at\s+)?)(\d+(?:\.\d+)?)"
     # (or before the next wish: "first picture 4 seconds, the rest 5, and our logo top left"; set FA fa046 was not read)
     r"(?=\s*(?:$|[.!;]|,|\s(?:and|then|plus|also)\b))",
     r"\1\3 \2"),
)
# "make the unboxing clip silent", "keep clip.mp4 muted", "the unboxing video should be silent": that clip muted, as
# "silence the unboxing clip" is (the lead's wave-13 gap: not understood). A clip named by its noun or its file only;
# a bare stem ("make unboxing silent") is one too, and reads as "the unboxing clip" after the names (assets.py)
_CLIP_SILENT = (r"((?:the\s+|that\s+|this\s+)?(?:[a-z0-9\-]+\s+){0,2}(?:video\s+clip|clip|footage|video)"
                r"|[a-z0-9_\-]+\.(?:mp4|mov|webm|m4v|mkv)|(?!(?:it|everything|all|them|the|this|that)\b)[a-z][a-z0-9_\-]{2,})")
REWRITES = REWRITES + (
    (rf"\b(?:make|keep|leave|have|set|turn)\s+{_CLIP_SILENT}\s+(?:completely\s+|totally\s+|fully\s+)?(?:silent|soundless|muted|mute)\b",
     r"mute \1"),
    (rf"(?:^|(?<=[,;.]\s)|(?<=\band\s)|(?<=\bthen\s)){_CLIP_SILENT}\s+(?:should|must|needs?\s+to|has\s+to|can|could)\s+be\s+"
     r"(?:completely\s+|totally\s+|fully\s+)?(?:silent|soundless|muted)\b", r"mute \1"),
)
# "开箱视频只要后面四秒", "片段只用后边3秒": the clip's last seconds kept, as "只要最后四秒" (set AX ax151 kept its first 4 s)
REWRITES = REWRITES + (
    (r"((?:只|仅)\s*(?:要|用|保留|留|播放?|放)\s*(?:它的|其)?\s*)(?:后面|后边)\s*(?:的)?\s*(?=\d)", r"\1最后"),
)
# "帽子那张放第一个，整体改成16秒": 整体 is the whole video, never the picture of the clause before (set AY ay191 made
# the cap 16 s long)
extend(TARGETS, "video", zh=("整体",))
# "所有图片都设成5秒，只有第一张设成3秒": the one picture said apart is set too (only 只有 was left unread, and the clause
# with it; set AZ az117)
REWRITES = REWRITES + (
    (r"([，,；;]\s*)(?:只有|唯独|单独把?)\s*(?=第\s*\d+\s*(?:张|个|幅)|最后\s*(?:一|1)?\s*(?:张|个|幅))", r"\1"),
)
# "the second picture should only be four seconds": the "only" stresses the length, as in "should be only four seconds"
# (it was left unread before "be", and the clause with it; set BB bb030)
REWRITES = REWRITES + (
    (r"\b(should|must|can|could|will|would|needs?\s+to|has\s+to|have\s+to|ought\s+to)\s+only\s+(be|last|stay|run)\b", r"\1 \2 only"),
)
# "删掉背包和帽子两张图", "把第一张和第三张这两张删掉": the count after two pictures named is how many they are, no picture
# of its own ("两张图" was left unread, and the clause with it; set BA ba233). Not after a place word ("第一张和最后两张",
# "背包和后面两张": those are pictures)
# (before the rewrites that say the verb again for each picture: "删掉第2张，删掉第4张…")
REWRITES = (
    (r"(?<=[和与跟及、])(\s*[^\s，。,;；！？和与跟及、]{1,12}?)(?<!最后)(?<!后面)(?<!前面)(?<!后边)(?<!前边)(?<![前后头])(?<!倒数)(?<!其他)(?<!其余)(?<!剩下)(?<!另外)(?<![第\d零一二三四五六七八九十])"
     r"\s*(?:的)?\s*(?:这|那)?\s*(?:两|2)\s*(?:张|幅)\s*(?:图片|照片|图)?", r"\1"),
) + REWRITES
# "add captions and use the ring too", "use the gold ring as well": a thing named bare after "use", with "too", is one
# more picture added (the frames read the clause as the captions' and the ring was dropped without a word; set BI
# bi290); never a sound, a text, a look or a place word ("use the same font too"); a name no upload has is said not found
_NOT_USED_TOO = (r"(?:music|voice|voiceover|vo|narration|bgm|song|title|captions?|subtitles?|text|logo|sticker|watermark|"
                 r"transitions?|fades?|video|audio|sound|end|outro|intro|card|brand|it|them|this|that|same|other|new|old|"
                 r"original|default|previous|current|whole|entire|first|last|second|third|fourth|fifth|next|font|colou?r|"
                 r"style|look|effect|filter|preset|template|format|speed|one|ones|zoom|motion|layout|size)")
REWRITES = REWRITES + (
    (rf"\buse\s+((?:the|that|my|our)\s+(?!{_NOT_USED_TOO}\b)[a-z][a-z0-9-]*(?:\s+(?!(?:too|also|as|{_NOT_USED_TOO})\b)"
     r"[a-z][a-z0-9-]*)?)\s+(?:too|as\s+well)\b", r"add \1"),
    # "make it 15 seconds and also use the ring": "also" before "use" is the same "too" (the "also" went as filler, the
    # ring was dropped without a word; found by the wave 20 fixers); the name ends the clause ("also use the ring as the
    # opener" is left to the rules that read a place)
    (rf"\balso\s+use\s+((?:the|that|my|our)\s+(?!{_NOT_USED_TOO}\b)[a-z][a-z0-9-]*(?:\s+(?!(?:too|also|as|and|then|{_NOT_USED_TOO})\b)"
     r"[a-z][a-z0-9-]*)?)(?=\s*(?:$|[,;.!?]|(?:and|then|too|as\s+well)\b))", r"add \1"),
)
# "use all five pics, 3 seconds each": every picture used is a wish of its own, the length after the comma another (the
# frames read one clause, the length's, and left "use all 5" unread; set BF bf286)
REWRITES = REWRITES + (
    (r"\b((?:use|include|add|put\s+in)\s+(?:all|every)\s+(?:of\s+)?(?:the\s+|my\s+|our\s+)?(?:\d+\s+)?"
     r"(?:(?:uploaded|available|other|remaining|unused)\s+)?(?:pictures|photos|images|pics|uploads|picture|photo|image)"
     r"(?:\s+(?:i|we)\s+(?:uploaded|sent|added|gave\s+you))?)\s*,", r"\1;"),
)
# "I want the ring shot at the very start, then sneaker, backpack, watch, cap": the order said as a list after the first
# one's place (it read nothing; set BH bh007); one more at least, each a name alone ("put the watch at the beginning,
# then the cap and the ring" and "put the watch first, then the cap" had moved the watch alone)
REWRITES = REWRITES + (
    (rf"^\s*(?:i\s+(?:want|would\s+like|need)\s+|i'd\s+like\s+|(?:let'?s\s+)?(?:put|have|start\s+with)\s+)?(?:the\s+)?({_PIC_WORDS})\s+"
     r"(?:at\s+the\s+(?:very\s+)?(?:start|beginning|front)|first)\s*,\s*(?:and\s+)?(?:then\s+)?"
     rf"((?:the\s+)?{_PIC_WORDS}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:then\s+)?(?:the\s+)?{_PIC_WORDS})*)(?=\s*(?:$|[.;!?]))",
     r"new order: \1, \2"),
)
# the same order said without commas: "backpack first then the sneaker then the rest", "i want the watch first and the
# ring second" (sets CD cd026, cd242 were not understood: the rules above need a comma after "first"). Each item is a
# name alone, the joint "then" (or "and" before the next place word); the whole sentence is the list, so "the watch first
# and then louder music" stays a move and a volume. An item that is a verb is another wish ("the ring first then trim
# the clip"). Up to four items (an item not said leaves an empty one, which the order's list drops)
_WISH_FOR = r"(?:(?:i|we)\s+(?:want|would\s+like|need)\s+|(?:i|we)'d\s+like\s+|(?:let'?s\s+)?(?:put|have|start\s+with)\s+)"
_ITEM = (r"(?:the\s+)?(?!(?:make|mute|trim|cut|speed|slow|remove|delete|drop|add|put|move|use|set|change|turn|shorten|lengthen"
         rf"|swap|fade|zoom|louder|quieter|shorter|longer|bigger|smaller|keep|leave)\b)({_PIC_WORDS})")
_THEN_ITEM = rf"(?:\s*,\s*(?:and\s+)?(?:then\s+)?|\s+(?:and\s+)?then\s+){_ITEM}"
# the list ended by a comma and another wish: "backpack first then the sneaker, and every picture 5 seconds" (set CN
# cn132 read the length alone): the comma ends the list as a full stop does, unless what follows is one more item
REWRITES = REWRITES + (
    (rf"(?:^|(?<=[.;!?]))(\s*{_WISH_FOR}?{_ITEM}\s+first(?=\s+(?:and\s+)?then\s){_THEN_ITEM}(?:{_THEN_ITEM})?(?:{_THEN_ITEM})?)"
     rf"\s*,\s*(?=(?:and|also|plus)\s+(?!(?:then\s+)?{_ITEM}\s*(?:$|[,.;!?])))", r"\1; "),
    (rf"(?:^|(?<=[.;!?]))\s*{_WISH_FOR}?{_ITEM}\s+first(?=\s+(?:and\s+)?then\s){_THEN_ITEM}(?:{_THEN_ITEM})?(?:{_THEN_ITEM})?"
     r"(?=\s*(?:$|[.;!?]))", r"new order: \1, \2, \3, \4"),
    (rf"(?:^|(?<=[.;!?]))\s*{_WISH_FOR}?{_ITEM}\s+first\s*,?\s+(?:and\s+)?(?:then\s+)?{_ITEM}\s+second"
     rf"(?:\s*,?\s+(?:and\s+)?(?:then\s+)?{_ITEM}\s+third)?(?=\s*(?:$|[.;!?]))", r"new order: \1, \2, \3"),
)
# the same in Chinese: "手表第一，戒指第二", "背包放第一个，然后是球鞋，再是帽子" (the watch was moved and "戒指第二" left: the
# whole refused; the then-chain dropped "然后是球鞋" without a word). Each item a picture's word (never a text or a sound)
# (nor an edit's own word: "把戒指放第一，然后卡点" read 卡点 as a picture, and the move was dropped without a word)
_ZH_ITEM = (r"(?:把)?\s*((?!标题|字幕|音乐|配音|旁白|文字|水印|贴纸|转场|logo|卡点|踩点|节拍|黑场|白场|淡入|淡出|竖屏|横屏|方屏|片尾|结尾|缩放|动效|倍速)"
            # (never a verb: "手表放第一，然后静音" is a move and a mute)
            r"(?![\u4e00-\u9fff]{0,5}?(?:静音|删|去掉|拿掉|调|改|加|换|剪|缩短|延长|变|设|用|做|放慢|加速))(?:[\u4e00-\u9fff]{1,6}?|[a-z][a-z0-9\-]*(?:\.[a-z]{3,4})?))"
            r"\s*(?:那张|这张|的图片|的照片|图片|照片)?\s*(?:放在|放到|排在|移到|挪到|调到|移动到|放|排|是|在)?\s*")
_ZH_NTH = r"\s*(?:个|张|位)?(?:的?位置)?"
_ZH_THEN = r"\s*[，,、]\s*(?:然后|再|接着|之后|后面)\s*(?:是|放|接|跟)?\s*"
_ZH_AND = r"\s*[，,、]\s*(?:然后|再|接着)?\s*(?:是|放)?\s*"
_ZH_WISH = r"(?:^|(?<=[。；;！!？?]))\s*(?:我想要|我想|我要|我希望|希望|想要|请|麻烦)?\s*"
_ZH_END = r"(?=\s*(?:$|[。；;！!？?]))"
REWRITES = REWRITES + (
    (rf"{_ZH_WISH}{_ZH_ITEM}(?:第\s*1{_ZH_NTH}|最前面?|最开始|开头){_ZH_AND}{_ZH_ITEM}第\s*2{_ZH_NTH}"
     rf"(?:{_ZH_AND}{_ZH_ITEM}第\s*3{_ZH_NTH})?{_ZH_END}", r"顺序改为：\1、\2、\3"),
    (rf"{_ZH_WISH}{_ZH_ITEM}(?:第\s*1{_ZH_NTH}|最前面?|最开始|开头){_ZH_THEN}{_ZH_ITEM}(?:{_ZH_THEN}{_ZH_ITEM})?{_ZH_END}",
     r"顺序改为：\1、\2、\3"),
)
# "make the bag photo 10 seconds" of blue-backpack.jpg: a name's word said by the kind of thing it is (a backpack is a
# bag, a sneaker a shoe, a cap a hat); read so only as a reference, and a kind two names share asks which (set BJ bj108
# read "the bag photo" as no picture and set the ring's length alone)
NAME_KINDS_EN: dict[str, tuple[str, ...]] = {
    "backpack": ("bag",), "backpacks": ("bag",), "handbag": ("bag",), "tote": ("bag",), "sneaker": ("shoe", "shoes"),
    "sneakers": ("shoe", "shoes"), "trainers": ("shoe", "shoes"), "cap": ("hat",), "beanie": ("hat",),
}
# "The user wants a 15-second cut with the music at 50%": "cut" after a length is the version asked for, not the cut of
# "cut with the music" (to the beat; set BJ bj106 read the clause as a beat sync and dropped the length and the volume)
REWRITES = REWRITES + (
    (r"\b(a|an|the)\s+(\d+(?:\.\d+)?)\s*-?\s*(?:seconds?|secs?|s)\s+cut\b(?!\s*(?:of|from|off|out|in|into|to|down)\b)",
     r"\1 \2 second version"),
)
# (wave 23 K, lead rows) "unboxing.mp4 rattles, make its sound quieter", "clip.mp4 buzzes a lot, turn its sound down":
# "its" after one clip named by its file is that clip's sound (every sound was lowered, or both clips: "clip" inside
# "clip.mp4" was read as "the clip"); put first, before the rewrites that make "its sound" the clip sound of every clip
_CLIP_FILE = r"\b([a-z0-9][a-z0-9_\-]*\.(?:mp4|mov|webm|m4v|avi|mkv))\b"
_NO_OTHER_SOUND = (r"(?:(?!\b(?:clips|videos|music|song|voice|voiceover|narration|track|bgm|sounds|both|all|every|each|other)\b)"
                   r"[^.;!?。！？])")
REWRITES = (("(" + _CLIP_FILE + _NO_OTHER_SOUND + r"{0,60}?)\bturn\s+its\s+(?:own\s+)?(?:sound|audio)\s+(up|down)\b",
             r"\1turn \3 the sound of \2"),
            ("(" + _CLIP_FILE + _NO_OTHER_SOUND + r"{0,60}?)\bits\s+(?:own\s+)?(?:sound|audio|volume)\b", r"\1the sound of \2"),
            ) + REWRITES
# (wave 23 K, lead row) the words a length said of "the …" may name the whole video by ("make the promo 10 seconds"); any
# other word there names a thing, and one not in the video is said not found, never the video's length ("make the hoodie
# 10 seconds" with no hoodie set the video to 10 s): core._named_nothing
WHOLE_VIDEO_WORDS_EN = frozenset({
    "promo", "promotion", "ad", "advert", "advertisement", "commercial", "spot", "reel", "reels", "story", "stories",
    "thing", "whole", "entire", "full", "final", "overall", "total", "timeline", "montage", "slideshow", "film", "movie",
    "video", "vid", "clip", "edit", "cut", "version", "piece", "project", "sequence", "post", "short", "shorts", "teaser",
    "trailer", "tiktok", "instagram", "youtube", "one", "draft", "render", "output", "export", "result", "product",
    "campaign", "length", "duration", "runtime", "it", "everything", "new", "current", "same", "social", "main",
})
# "add the ring and turn captions on": the phrasal "turn … on" with the captions between is "add captions", as "turn on
# the captions" is (the ring was added and the captions dropped; set BQ bq294); never "turn captions on for image 2"
REWRITES = REWRITES + (
    (r"\b(?:turn|switch|put)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:subtitles?|captions?)\s+(?:back\s+)?on\b(?!\s*(?:for|of|the|to|at|in|image|pic|photo|picture|slide|\d))",
     "add captions"),
)
# "背包不要了，换成戒指": the thing dropped and then what comes in its place is one replacement, as "把背包换成戒指" is (the
# backpack was removed and the ring left out; set BQ bq296); never said of a text or a look: "标题不要了，换成方屏" drops
# the title and makes the video square (wave12_i#2)
REWRITES = REWRITES + (
    (r"(?<=[\u4e00-\u9fffa-z0-9])(?<!标题)(?<!字幕)(?<!文字)(?<!文案)(?<!字)(?<!logo)(?<!水印)(?<!贴纸)(?<!片尾)(?<!结尾)(?<!卡片)"
     r"(?<!转场)(?<!特效)(?<!滤镜)(?<!动画)(?<!效果)\s*(?:就|也)?(?:不要了|不要|不用了|删了|删掉吧|删掉|去掉吧|去掉)(?:吧|啊)?\s*[,，]\s*(?:就|那就|再)?"
     r"(?=(?:换成|换为|换上|替换成|替换为)\s*[\u4e00-\u9fffa-z0-9])", ""),
)
# "the ring photo is missing??": a picture said missing from the video is a wish to add it (set BQ bq295 was not
# understood); said with its picture word only ("the music is missing" is no picture)
REWRITES = REWRITES + (
    (r"^\s*(?:but\s+|hey\s+|wait\s+|um+\s+)?(the\s+[a-z][a-z0-9\-]*(?:\s+[a-z][a-z0-9\-]*)?\s+(?:photo|picture|pic|image|shot))\s+"
     r"(?:is|was|'s)\s+(?:still\s+)?(?:missing|left\s+out|not\s+(?:in\s+(?:it|there|the\s+video)|there|included))(?=\s*(?:$|[,.;!?]))", r"add \1"),
)
# "put the watch photo between the two clips", "放到两个视频中间": the place between clip 1 and clip 2 (set BR br202 was not
# understood); the move or the adding still asks when they are not neighbours
REWRITES = REWRITES + (
    (r"\bbetween\s+(?:(?:the|my|our)\s+(?:two|2)|both(?:\s+(?:of\s+)?(?:the|my|our))?(?:\s+(?:two|2))?)\s+(?:video\s+clips|clips|videos)\b",
     "between clip 1 and clip 2"),
    (r"(?<![第\d])(?:两个|2个|两段|2段)\s*(?:视频片段|视频|片段)\s*(?:的)?\s*(中间|之间)", r"第1段视频和第2段视频\1"),
)
# "删掉背包那张，换成戒指": the verb said first, then what takes the picture's place: one replacement, as "把背包删了，换成
# 戒指" is (set BT bt258 removed the backpack and left the ring unread); never a text, a sound or a look
REWRITES = REWRITES + (
    (r"(?:删掉|删除|去掉|拿掉|撤掉|不要)\s*((?:(?![把将，,。；;]|logo|标志|贴纸|水印|标题|字幕|文字|音乐|配乐|配音|声音|转场|滤镜|特效)\S){1,12}?)\s*(?:那张|这张)?\s*"
     r"(?:吧)?\s*[，,]\s*(?:然后|再)?\s*(?:换成|换上|替换成)\s*(?=\S)(?!\s*(?:竖屏|横屏|方屏|竖版|横版|方形|正方形|\d+\s*[:：比]\s*\d+))", r"把\1换成"),
    # "remove the backpack and add the ring instead, same spot": the same spot is what a replacement keeps (set BU bu232
    # left ", same spot" unread and so did nothing)
    (r"(\breplace\s+[^,.;!?]{1,40}?\s+with\s+[^,.;!?]{1,40}?)\s*,?\s*(?:(?:in|at|on)\s+)?(?:the\s+|its\s+)?(?:same|exact\s+same)\s+"
     r"(?:spot|place|position|slot)\b", r"\1"),
)
# "我想要视频一开始就是手表，最后是鞋子", "开头放手表，结尾放鞋子": a product said as what the video opens or ends on is that picture
# moved there (set BU bu254 was not understood; "结尾放鞋子" made an end card of the title); only a product's noun, a
# whole clause (never "开头是黑场", "结尾放logo")
_ENDS_PRODUCT = "|".join(sorted(PRODUCT_NOUNS, key=lambda w: (-len(w), w)))  # (anchors.longest: vocab imports nothing)
_ENDS_COLOUR = "".join(NAME_COLOURS_ZH)
REWRITES = REWRITES + (
    (rf"(?:视频)?\s*(?:一开始|最开始|开头|开场|第一个|第一张)\s*(?:就|先)?\s*(?:是|放|用)\s*((?:[{_ENDS_COLOUR}]色?的?)?(?:{_ENDS_PRODUCT}))\s*(?:那张|的图片?|图片|照片)?"
     r"(?=\s*(?:[，,。；;!！]|$))", r"把\1放到第1个"),
    (rf"(?:视频)?\s*(?:最后|结尾|末尾|最后一个|最后一张)\s*(?:就|再)?\s*(?:是|放|用)\s*((?:[{_ENDS_COLOUR}]色?的?)?(?:{_ENDS_PRODUCT}))\s*(?:那张|的图片?|图片|照片)?"
     r"(?=\s*(?:[，,。；;!！]|$))", r"把\1放到最后"),
)
# "i want the watch photo right before the unboxing video": a picture said with its picture word, wanted before or after
# another, is moved there (set BU bu136 was not understood)
REWRITES = REWRITES + (
    (r"\b(?:i|we)(?:\s+(?:want|need|would\s+like)|'d\s+like)\s+(the\s+[a-z0-9][a-z0-9\-]*(?:\s+[a-z0-9][a-z0-9\-]*)?\s+(?:photo|picture|pic|image|shot))"
     r"\s+(?=(?:right\s+|just\s+|directly\s+|immediately\s+)?(?:before|after)\s+(?:the\s+)?[a-z0-9])", r"put \1 "),
)
# "把第二张图放到6秒就好": a picture "put to" some seconds is shown that long (set BR br061 left it unread beside a font
# change); never a moment ("放到第6秒", "放到6秒处")
REWRITES = REWRITES + (
    (r"((?:张|幅)\s*(?:图片|照片|图)?|图片|照片|(?<![a-z])图)\s*(?:放|停|停留)\s*(?:到|成)\s*(?!第)(\d+(?:\.\d+)?)\s*秒(?:钟)?"
     r"(?!\s*(?:处|的位置|那里|那儿|开始|之后|以后|后|的地方))", r"\1显示\2秒"),
)
# "I uploaded a ring photo too, can you use it as the second picture?": the picture told of is the "it" of the wish
# after it (set BV bv290 was not understood); only a picture said with its picture word, and "it" right after the verb
REWRITES = REWRITES + (
    (r"\b(?:i|we)(?:'ve|\s+have|\s+also|\s+just)?\s+(?:also\s+|just\s+)?(?:uploaded|added|sent|attached|included|put\s+up)\s+"
     r"(?:a|an|the|my|our|one)\s+([a-z][a-z0-9\-]*(?:\s+[a-z][a-z0-9\-]*)?\s+(?:photo|picture|pic|image|shot))"
     r"(?:\s+(?:too|as\s+well|also))?\s*[,;.]?\s*(?:(?:so\s+)?(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+|pls\s+)?"
     r"(use|add|include|insert|put)\s+it\b", r"\2 the \1"),
)
# "I forgot the ring! put it in as the second picture", "why isn't the ring in the video? please add it", "the ring is
# missing, add it": the thing said forgotten or missing is the "it" of the adding after it (sets BY by290, CA ca295 asked
# what "it" was)
_TOLD_L = r"(the\s+[a-z][a-z0-9\-]*(?:\s+[a-z][a-z0-9\-]*)?|[a-z0-9][a-z0-9\-]*\.(?:jpe?g|png|webp|gif|mp4|mov|webm|m4v))"
_IT_ASKED_L = (r"\s*[!.,;?]*\s*(?:(?:so\s+)?(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+|pls\s+)?"
               r"(use|add|include|insert|put)\s+it\b")
REWRITES = REWRITES + (
    (rf"\b(?:i|we)(?:\s+totally|\s+completely)?\s+forgot(?:\s+(?:to\s+(?:add|include|put\s+in|use)|about))?\s+{_TOLD_L}{_IT_ASKED_L}",
     r"\2 \1"),
    *((rf"\bwhy\s+{isnt}\s+{_TOLD_L}{nt}\s+in\s+(?:the|my|our|this)\s+(?:video|slideshow|edit|cut|timeline){_IT_ASKED_L}", r"\2 \1")
      for isnt, nt in ((r"(?:isn'?t|is\s+not|isn’t)", ""), (r"is", r"\s+not"))),
    (rf"\b{_TOLD_L}\s+(?:is|'s)\s+(?:missing|not\s+there|not\s+in\s+(?:the|my|our|this)\s+(?:video|slideshow)){_IT_ASKED_L}",
     r"\2 \1"),
)
# "you forgot the gold ring photo", "you left out the watch pic": a picture said forgotten by the editor is a wish to add it
# (set CS cs072 was not understood); said with its picture word or its file only, the whole clause
# "the ring isn't in it?? it should open the video": the thing said not in the video, then where it goes, is put there
# (set CS cs073); "金戒指那张怎么没放进去？加到最后": the same in Chinese, the question dropped before the adding (set CS cs122)
REWRITES = REWRITES + (
    (r"(?:^|(?<=[,.;!?]))\s*(?:but\s+|hey\s+|um+\s+|oh\s+)?you\s+(?:totally\s+|completely\s+)?(?:forgot|left\s+out|missed|skipped|dropped)\s+"
     r"(the\s+[a-z][a-z0-9\-]*(?:\s+[a-z][a-z0-9\-]*)?\s+(?:photo|picture|pic|image|shot)|[a-z0-9][a-z0-9\-]*\.(?:jpe?g|png|webp))"
     r"(?=\s*(?:$|[,.;!?]))", r"add \1"),
    (rf"\b{_TOLD_L}\s+(?:isn'?t|is\s+not|isn’t)\s+in\s+(?:it|there|the\s+video)\s*[!?.,]*\s*(?:and\s+)?it\s+(?:should|needs\s+to|has\s+to|must)\s+"
     r"(?:open|start|begin|kick\s+off)\s+(?:the\s+)?(?:video|promo|slideshow|reel)\b", r"put \1 first"),
    (r"([\u4e00-\u9fff]{1,6}?(?:那张|这张)(?:图片?|照片)?)\s*(?:怎么|为什么|为啥|咋)\s*(?:没|没有)\s*(?:放进去|加进去|放上去|加上去|放进来|加进来|用上)"
     r"\s*(?:呢|啊|呀)?\s*[?？!！。，,]+\s*(?=(?:加到|放到|放在|加在|加进|放进))", r"\1"),
)
# "the backpack photo after the unboxing video pls": a picture said before or after another with no verb, the whole
# clause, is put there (set BZ bz201 was not understood); only a picture said with its picture word (or its file)
REWRITES = REWRITES + (
    (r"(?:^|(?<=[,;.!?]))(\s*)((?:the\s+)?[a-z0-9][a-z0-9\-]*(?:\s+[a-z0-9][a-z0-9\-]*)?\s+(?:photo|picture|pic|image|shot)"
     r"|[a-z0-9][a-z0-9\-]*\.(?:jpe?g|png|webp|gif))\s+(?=(?:right\s+|just\s+|directly\s+)?(?:before|after)\s+(?:the\s+)?"
     r"(?:(?:image|picture|photo|pic|clip|video)\s+\d+|(?:[a-z0-9][a-z0-9\-]*\s+)?[a-z0-9][a-z0-9\-.]*\s+(?:photo|picture|pic|image|shot"
     r"|video|clip|one)|[a-z0-9][a-z0-9\-.]*)(?:\s+(?:pls|plz|please|thanks|thx))?\s*(?:[,.;!?]|$))", r"\1put \2 "),
)
# "put them in reverse order", "reverse them": "them" with nothing named before is what has an order, the pictures
# (set BZ bz282 asked what "them" was); only as the message's first words, never after a thing named
REWRITES = REWRITES + (
    (r"^\s*(?:(?:can|could|would)\s+you\s+|please\s+|pls\s+)?(?:(?:put|arrange|place|show|play|have|order|set)\s+(?:them|these|those)"
     r"(?:\s+all)?\s+in\s+(?:the\s+)?(?:reverse|reversed|opposite|inverse|backwards?)(?:\s+order)?"
     r"|(?:reverse|flip|invert)\s+(?:them|these|those)(?:\s+all)?(?:\s+around)?)\b", "reverse the order"),
    (r"^\s*把?(?:它们|这些|他们)\s*(?:的顺序\s*(?:倒过来|反过来)|(?:按)?倒序(?:排|排列)?|顺序\s*(?:反过来|倒过来))", "倒序"),
)
# "remove the blue backpack photo and the green watch one": "one" after a second thing named is a picture like the
# first, no number 1 (set CA ca186 looked for "the green watch 1")
REWRITES = REWRITES + (
    (r"(\b(?:photo|picture|pic|image|shot|slide)s?\s+(?:and|or|,)\s+(?:also\s+)?(?:the|that)\s+(?:[a-z][a-z\-]*\s+)?"
     r"(?!(?:image|picture|photo|pic|clip|video|slide|shot|number|no|the|and|or)\b)[a-z][a-z\-]*)\s+(?:1|one)\b"
     r"(?!\s*(?:s\b|secs?\b|seconds?\b|%|x\b|\.\d|st\b|minute|min\b))", r"\1 photo"),
)
# "首张图片显示3秒", "末张放久一点": the first / the last picture (set BX bx065 was not understood)
REWRITES = REWRITES + (
    (r"首\s*(张|幅)", r"第1\1"),
    (r"(?<![周期])末\s*(张|幅)", r"最后1\1"),
)
# --- end of block L


# (keep these separating lines: they let the blocks merge apart)
#
#


# --- block C: Cantonese, Taiwan/Hong Kong and South-East Asian wordings, in their Mandarin / English form ---
# (dialect.py reads the dialect words first, at the same length: "大啲" is "大点" by then; these rows finish the reading)
REWRITES = REWRITES + (
    # "大点", "长些" (and the Cantonese 大啲, 长啲): "a bit more", as 大一点 ("第一张长啲，6秒" made the first picture
    # 6 s longer: "长点，6秒" was read longer by 6 s where "长一点，6秒" is 6 s)
    (r"(?<=[大小长短快慢高低响轻声])(?<!一)(点|些)(?![\u4e00-\u9fff]*?(?:钟|时|半))", r"一\1"),
    # "有活力些" (Cantonese 有活力啲) at the end of a clause: 一些
    (r"(?<=[\u4e00-\u9fff])(?<![一这那有好某])些(?=\s*(?:$|[，,。.!！?？~～]))", "一些"),
    # "调小一半", "收细一半": half as loud as it is (调小一半 lowered the clip's sound to 60 %; 减半 is read so above)
    (r"(音量|音乐|声音|配音|旁白|人声|原声|bgm)\s*(?:调小|减小|降低|调低|收细|减弱)\s*一半", r"\1降低50%"),
    # "将第三张相摆第一", "把 gold-ring 放第一": a place in the order at the end of a clause (移到第N个位置)
    (r"(?:放|摆|排)\s*(?:在|到)?\s*第\s*(\d+)(?=\s*(?:$|[，,。.!！;；]|吧|啦))", r"移到第\1个位置"),
)
REWRITES = REWRITES + (
    # "最后一帧多停2秒" (延长2秒 by then): the last frame held that long, not the video 2 s longer
    (r"(最后一帧|最后1帧|末帧)\s*(?:再)?\s*延长", r"\1定格"),
    # "order change to: ring, watch" (dialect.py: "change order to"): the order of the pictures
    (r"\b(change|set|make)\s+order\b", r"\1 the order"),
)
# "旁白聽不太到", "聽不太清楚" (Taiwan): hard to hear
extend(OPS, "louder_need", zh=("听不太到", "听不太清楚", "听不太清", "听不大到", "听不大清楚"))
REWRITES = REWRITES + (
    # "啲相唔好裁，成张要见到" (图 不要裁，整张要见到 by then): nothing cropped
    (r"(不要|别)\s*裁(?![剪切掉])", r"\1裁剪"),
    (r"整张\s*(?:都)?\s*要\s*(?:看|见)(?:得)?到|要\s*(?:看|见)(?:得)?到\s*整张", "完整显示"),
)
# --- end of block C


# (keep these separating lines: they let the blocks merge apart)
#
#


# --- block K: sound and look (music, voice, clip sound, ducking, transitions, motion, fades, fit, fps, format) ---
# (words of those edits added from wave 16 on go here; block P keeps its earlier ones)
# the end going dark said as how it looks: "结尾慢慢变黑，三秒" (the 3 s made the video 3 s long, set BA ba196): a clause
# with these words is the whole video's fade, read by its phrase rules only, so the length after it is the fade's
extend(TARGETS, "wholefade", zh=("慢慢变黑", "慢慢变白", "渐渐变黑", "渐渐变白", "逐渐变黑", "逐渐变白", "缓缓变黑", "缓缓变白",
                                 "慢慢暗下去", "渐渐暗下去", "逐渐暗下去", "慢慢黑下去", "渐渐黑下去"))
_K_DUR = r"(\d+(?:\.\d+)?)\s*-?\s*(s|secs?|seconds?)"
# one clip's sound said by "its" after a word for one clip: "the clip has wind noise, kill its sound", "the video part is
# noisy, turn its sound down" became "the clip sound", every clip's, and with two clips both were lowered or muted (a
# wrong edit found in wave 20): read as that one clip's sound, asked which when there are two. Put before every other
# rewrite, as the ones making "its sound" "the clip sound" come earlier
# (wave 30) "footage" is such a word too, and a clip named before it keeps "its" across a sentence's end while no other
# sound or clip is named between: "the unboxing footage crackles, turn its sound down" and "Put the unboxing clip first,
# it's exciting. And mute its sound" lowered or muted both clips (the rewrites below made it "the clip sound" before the
# names were resolved; lead rows, set P mix14)
_ONE_CLIP_NOUN_EN = r"(?:video\s+)?(?:clip|footage)"
_NAMED_CLIP_EN = (rf"\bthe\s+(?!(?:video|whole|entire|other|same|two|both)\b)([a-z0-9\-]+)\s+{_ONE_CLIP_NOUN_EN}\b"
                  r"(?!s\b|\s+(?:and|&)\b)")
_NO_OTHER_SOUND_EN = r"(?!\b(?:clips|videos|music|song|voice|voiceover|narration|track|bgm|sounds|both|all|every|each|other)\b)"
# (across a sentence's end, no other clip either: "…the unboxing clip first. Then clip.mp4 last, mute its sound" is
# whose?)
_NO_OTHER_CLIP_EN = r"(?!\b(?:clips?|footage|videos?|[a-z0-9_\-]+\.(?:mp4|mov|webm|m4v|mkv))\b)"
REWRITES = ((rf"(\b(?:the|that|this)\s+(?:{_ONE_CLIP_NOUN_EN}|video\s+(?:part|bit|section|segment))\b(?!s\b|\s+(?:and|&)\b)"
             rf"(?:{_NO_OTHER_SOUND_EN}[^.;!?。！？]){{0,60}}?)"
             r"\bits\s+(?:own\s+)?(?:sound|audio)\b", r"\1the clip's sound"),
            # (the verb split around it joined: "turn down the sound of …")
            (rf"({_NAMED_CLIP_EN}(?:{_NO_OTHER_SOUND_EN}[^.;!?。！？]){{0,60}}?)"
             r"\bturn\s+its\s+(?:own\s+)?(?:sound|audio)\s+(up|down)\b", r"\1turn \3 the sound of the \2 clip"),
            # ("the unboxing clip is noisy, turn its sound down": that clip's, by its name; both were lowered)
            (rf"({_NAMED_CLIP_EN}(?:{_NO_OTHER_SOUND_EN}[^.;!?。！？]){{0,60}}?)"
             r"\bits\s+(?:own\s+)?(?:sound|audio)\b", r"\1the sound of the \2 clip"),
            (rf"({_NAMED_CLIP_EN}(?:{_NO_OTHER_SOUND_EN}{_NO_OTHER_CLIP_EN}[^。！？]){{0,120}}?)"
             r"\bits\s+(?:own\s+)?(?:sound|audio)\b", r"\1the sound of the \2 clip"),
            (r"((?:那个|这个|那段|这段)\s*(?:视频|片段)(?:片段)?[^。！？；;]{0,30}?)它的\s*(?=声音|音量|原声)", r"\1那个视频的")) + REWRITES
# a polite start and a verb of adding before a whole video's fade ("请添加", "再加个"), and what may end that clause
_Z_ADD_FADE = (r"(?:请|麻烦|帮我|给我)?\s*(?:再|然后|并且|另外|最后)?\s*(?:给视频|视频|整体|整个视频)?\s*"
               r"(?:加上?|加个|加一个|添加|来个|来一个|来1个|做个|做1个)\s*(?:一个|1个)?\s*")
_Z_FADE_END = r"(?=\s*(?:$|[,，;；。！!]))"
REWRITES = REWRITES + (
    # a whole video's fade with its length said right after "fade in" / "fade out": "Fade in 1 s at the start; …", "fade in
    # over 2 seconds and keep the title for 2 seconds", "… and fade the whole video out over 3 seconds at the end" (the fade
    # was left unread, or its seconds went to the title or the video's length; sets BA ba243, AZ az166 az167). Said of the
    # video by name anywhere; said bare only at a clause's start ("the title should fade in over 1 s" is the title's)
    (rf"\bfade\s+(?:the\s+(?:whole\s+|entire\s+)?video|everything)\s+(in|out)\s+(?:over\s+|for\s+|in\s+)?(?:about\s+|around\s+)?{_K_DUR}\b"
     r"(?:\s+(?:at|towards?)\s+the\s+(?:very\s+)?(?:start|beginning|end))?", r"fade \1 ~\2 \3"),
    (rf"(^\s*|[,;.!?]\s*|[,;.!?]?\s*\b(?:and|then|also)\s+(?=fade\s+(?:in|out)\s+(?:over\s+|for\s+)?(?:about\s+|around\s+)?\d[^,;.!?]*(?:start|beginning|end)))"
     rf"(?:(?:please|pls|just|also|then|ok(?:ay)?|so|now|maybe|(?:can|could|would)\s+(?:you|u)|let'?s)\s+)*fade\s+(in|out)\s+(?:over\s+|for\s+)?(?:about\s+|around\s+)?{_K_DUR}\b"
     r"(?:\s+(?:at|towards?)\s+the\s+(?:very\s+)?(?:start|beginning|end))?", r"\1fade \2 ~\3 \4"),
    # (its colour said after the length is its own: "fade in 1s from black at the start" read "from black" twice, set EO)
    (rf"\bfade in ~{_K_DUR}\s+(?:from|through)\s+(black|white)\b", r"fade in from \3 over \1 \2"),
    (rf"\bfade out ~{_K_DUR}\s+(?:to|into|through)\s+(black|white)\b", r"fade out to \3 over \1 \2"),
    (rf"\bfade in ~{_K_DUR}", r"fade in from black over \1 \2"),
    (rf"\bfade out ~{_K_DUR}", r"fade out to black over \1 \2"),
    # "再加2秒淡出", "然后来个1秒的淡入" at a clause's start (beside an end card: the fade was left unread, set BA ba230): the
    # whole video's fade at that end, its length the fade's
    # (a polite word before the verb is no other wish: "请加一个2秒的淡入效果" was left to "加 … 2秒", the video 2 s
    # longer, set BR br074; and "开头淡入用2秒" is what the fade reads, "开头加上淡入用2秒" was read as 加 2秒 again)
    (r"(^|[,，;；。]\s*)(?:请|麻烦|帮我|给我)?\s*(?:再|然后|并且|另外|最后)?\s*(?:给视频|视频|整体|整个视频)?\s*(?:加上?|加个|加一个|添加|来个|来一个|来1个|做个|做1个)\s*(?:一个|1个)?\s*"
     r"(\d+(?:\.\d+)?\s*秒)\s*(?:钟)?\s*(?:的)?\s*(?:淡出|渐隐)(?:效果)?(?=\s*(?:$|[,，;；。！!]))", r"\1结尾淡出用\2"),
    (r"(^|[,，;；。]\s*)(?:请|麻烦|帮我|给我)?\s*(?:再|然后|并且|另外)?\s*(?:给视频|视频|整体|整个视频)?\s*(?:加上?|加个|加一个|添加|来个|来一个|来1个|做个|做1个)\s*(?:一个|1个)?\s*"
     r"(\d+(?:\.\d+)?\s*秒)\s*(?:钟)?\s*(?:的)?\s*(?:淡入|渐显)(?:效果)?(?=\s*(?:$|[,，;；。！!]))", r"\1开头淡入用\2"),
    # the fade's colour said beside its length: "请添加2秒的白色淡入效果", "加个白色的2秒淡出" (not understood; set CX
    # cx140): the same fade from / to that colour. Its colour alone ("加一个白色的淡入") is that fade of the default length
    (rf"(^|[,，;；。]\s*){_Z_ADD_FADE}(\d+(?:\.\d+)?\s*秒)\s*(?:钟)?\s*(?:的)?\s*(白|黑)色\s*(?:的)?\s*(?:淡入|渐显)(?:效果)?{_Z_FADE_END}",
     r"\1开头从\3色淡入用\2"),
    (rf"(^|[,，;；。]\s*){_Z_ADD_FADE}(白|黑)色\s*(?:的)?\s*(\d+(?:\.\d+)?\s*秒)\s*(?:钟)?\s*(?:的)?\s*(?:淡入|渐显)(?:效果)?{_Z_FADE_END}",
     r"\1开头从\2色淡入用\3"),
    (rf"(^|[,，;；。]\s*){_Z_ADD_FADE}(白|黑)色\s*(?:的)?\s*(?:淡入|渐显)(?:效果)?{_Z_FADE_END}", r"\1开头从\2色淡入"),
    (rf"(^|[,，;；。]\s*){_Z_ADD_FADE}(\d+(?:\.\d+)?\s*秒)\s*(?:钟)?\s*(?:的)?\s*(白|黑)色\s*(?:的)?\s*(?:淡出|渐隐)(?:效果)?{_Z_FADE_END}",
     r"\1结尾淡出到\3色用\2"),
    (rf"(^|[,，;；。]\s*){_Z_ADD_FADE}(白|黑)色\s*(?:的)?\s*(\d+(?:\.\d+)?\s*秒)\s*(?:钟)?\s*(?:的)?\s*(?:淡出|渐隐)(?:效果)?{_Z_FADE_END}",
     r"\1结尾淡出到\2色用\3"),
    (rf"(^|[,，;；。]\s*){_Z_ADD_FADE}(白|黑)色\s*(?:的)?\s*(?:淡出|渐隐)(?:效果)?{_Z_FADE_END}", r"\1结尾淡出到\2色"),
    # 关小 / 开大 a sound: turned down / up, not off ("把音乐关小一点" asked whether to mute, "音乐关小" muted it; set BA ba202)
    (r"(?<=[乐声白音频bgm])\s*关小", "调小"), (r"(?<=[乐声白音频bgm])\s*开大", "调大"),
    (r"关小\s*(?=(?:一点|一些|点|些)?\s*(?:的)?\s*(?:背景)?(?:音乐|音量|声音|旁白|配音|人声|原声|bgm))", "调小"),
)
# the clip's own volume by 片段: "请将clip.mp4的音量调到百分之六十" (the only clip's file is "视频片段" by then: "视频片段 的音量…"
# was left unread, set BA ba106; 片段的声音 was read)
extend(TARGETS, "clip_sound", zh=("视频片段的音量", "视频片段音量", "片段的音量", "片段音量"))
# a sound said with no verb after a list's comma or "and": "mute the voiceover, and music up a little" (read as "mute the
# voiceover and the music", the music muted: a wrong edit; "mute clip.mp4 and music up a little" was left unread; set AY
# ay279): "up"/"down" after the sound is a wish of its own, the sound turned up or down
REWRITES = REWRITES + (
    # (with "also" or "plus" as the joint too: "…, and the title too, also music down a bit" removed the music; set CN cn217)
    (rf"(,\s*(?:and\s+|then\s+)?(?:also\s+|plus\s+)?|\b(?:and|then|also|plus)\s+)(?:the\s+)?({_SOUNDS_EN})\s+(?:volume\s+|level\s+)?(up|down)\b(?!\s+to\b)",
     r"\1turn the \2 \3"),
)
# one clip's sound changed, the other said to stay: "unboxing的声音小一点，clip.mp4的不变" (the clause of no edit left the
# whole message unread; set AZ az088). Only after a clause that names its own clip by a Latin name and its sound (a
# clause of both clips, "两个视频声音小一点，clip.mp4的不变", keeps the words: left unread, never dropped)
REWRITES = REWRITES + (
    # ("clip那个视频声音小一点，开箱的不动": the name with "that video" after it, set BI bi192)
    (r"(^|[，,;；。]\s*)([a-z][a-z0-9_.\-]*\s*(?:(?:那个|这个|那段|这段)\s*(?:视频|片段)\s*)?(?:的)?\s*(?:声音|音量|原声)[^，,;；。a-z]{1,12})[，,]\s*(?:但是?|而)?\s*"
     r"(?:[a-z][a-z0-9_.\-]*|[\u4e00-\u9fff]{2,4}?(?=\s*(?:(?:那个|这个|那段|这段)?\s*(?:视频|片段))?\s*的))\s*(?:(?:那个|这个|那段|这段)?\s*(?:视频|片段))?\s*(?:的)?\s*"
     r"(?:声音|音量|原声)?\s*(?:就|也|都)?\s*(?:保持不变|维持不变|不变|别动|不要动|不动|照旧)(?:了)?(?=\s*(?:$|[，,;；。！!]))", r"\1\2"),
)
# a frame rate said in Chinese numerals without 帧: "帧率调到六十" (left unread; "六十帧" was read; set AX ax143)
REWRITES = REWRITES + tuple(
    (rf"(帧率[^，,;；。0-9]{{0,4}}?){zh}(?![一二三四五六七八九十百点])", rf"\g<1>{n}帧")
    for zh, n in (("二十四", 24), ("二十五", 25), ("三十", 30), ("五十", 50), ("六十", 60)))
# all the sound said removed: "remove all the audio", "delete every sound" (a file called "all the audio" was looked for;
# set AZ az229): the music and the voiceover removed and the clips' own sound muted (what "remove" can do to each);
# "remove the audio from the clip" stays the clip's
REWRITES = REWRITES + (
    (r"\b(?:remove|delete|drop|kill|strip|take\s+out|get\s+rid\s+of)\s+(?:out\s+)?(?:all\s+(?:of\s+)?(?:the\s+)?|every\s+)(?:audio|sounds?)\b"
     r"(?!\s*(?:from|of|on|in)\b)", "remove the music and the voiceover; mute the clip sound"),
)
# one sound named, another said not to be meant after it: "静音人声，不是音乐", "把音乐调小，而不是旁白" (the clause of no
# edit left the whole message unread; set AZ az262): as ", not the music" is in English, a clause of nothing to do
REWRITES = REWRITES + (
    (rf"\s*[，,]\s*(?:而|但)?\s*不是\s*(?:把|将)?\s*(?:{_SOUNDS_ZH}|bgm|原声|视频原声)(?:的?(?:声音|音量))?\s*(?=$|[。！!；;])", ""),
)
# everyday words of what a clip shows, one letter from a vocabulary word: "remove the people walking in the back of the
# clip" was corrected to "talking", read as the voiceover and removed it (a wrong edit; set BD bd281); "crowd" became
# "cropd", "kids" "kinds", "cars" "cards"
PLAIN_WORDS = PLAIN_WORDS + ("walk", "walking", "crowd", "crowds", "kids", "cars", "bark", "barking", "passing", "passers")
# the renderer's own name of the zoom transition: "use a zoomin transition between every shot" was corrected to "zooming",
# the pictures' motion, and the transitions left unread (set BF bf054); kept, it is read as the zoom transition
PLAIN_WORDS = PLAIN_WORDS + ("zoomin",)
# one sound said louder or quieter than another: "the unboxing is way louder than the other clip, bring it down" (read
# as a wish for "louder": the unboxing was raised, a wrong edit; set BF bf187). A comparison is a complaint about the one
# said first, as "too loud" is; "lower it" after it is that remedy said again (it was left unread)
_K_MORE = r"(?:(?:way|much|far|a\s+lot|a\s+bit|so\s+much|quite\s+a\s+bit|even|still)\s+)?"
REWRITES = REWRITES + (
    (rf"\b(is|are|sounds?|gets?)\s+{_K_MORE}louder\s+than\s+[^,.;!?]{{1,40}}?(?=\s*(?:$|[,.;!?]|\s(?:so|and|but)\b))", r"\1 too loud"),
    (rf"\b(is|are|sounds?|gets?)\s+{_K_MORE}(?:quieter|softer)\s+than\s+[^,.;!?]{{1,40}}?(?=\s*(?:$|[,.;!?]|\s(?:so|and|but)\b))", r"\1 too quiet"),
    # (cut or dropped to a level: "the clip's sound is too loud, cut it to half" lowered it a step and left "cut it to 50%"
    # unread, set DA da108; "cut it" alone may be a removal: left to its readers)
    (r"\btoo\s+loud\s*(,\s*|;\s*|\s+)(?:so\s+|and\s+)?(?:please\s+)?(?:(?:lower|tone\s+down|turn\s+down|reduce)\s+it\b(?:\s+down)?"
     r"|(?:cut|drop|knock|take)\s+it(?:\s+down)?(?=\s+(?:to|by)\s+\d+(?:\.\d+)?\s*%))",
     r"too loud\1turn down it"),
    (r"\btoo\s+quiet\s*(,\s*|;\s*|\s+)(?:so\s+|and\s+)?(?:please\s+)?(?:raise|turn\s+up|boost)\s+it\b(?:\s+up)?",
     r"too quiet\1turn up it"),
)
# people heard talking in a clip are its own sound, never the voiceover: "i can hear random people talking in the clip,
# i don't want that" removed the voiceover (a wrong edit; set CS cs065)
REWRITES = REWRITES + (
    (r"\b(?:(?:some|random|other|background|a)\s+)?(?:people|persons?|someone|somebody|voices?|strangers?|folks|guys?|man|woman|men|"
     r"women|person)(?:\s+(?:is|are|keeps?|keep))?\s+(?:talking|chatting|speaking|chattering)\s+(?:in\s+the\s+background\s+)?(?:in|of|on)\s+(the\s+(?:video\s+)?clip|"
     r"the\s+footage)\b", r"\1 sound"),
    (r"\b(?:(?:background|random)\s+)?(?:chatter|chattering|voices|talking)\s+in\s+(the\s+(?:video\s+)?clip|the\s+footage)\b", r"\1 sound"),
)
# both ends of the whole video's fade, one length said for each: "Fade in from black and fade out to black, 1.5 seconds
# each" (the fade in was left at 1 s: only the clause the length ends was given it; set BD bd232)
REWRITES = REWRITES + (
    (rf"\bfade\s+in\s+from\s+(black|white)\s*,?\s+and\s+(?:then\s+)?fade\s+out\s+to\s+(black|white)\s*,?\s*(?:with\s+)?{_K_DUR}\s+each\b",
     r"fade in from \1 over \3 \4 and fade out to \2 over \3 \4"),
)
# a fade said by where it is: "add a 1 second fade at the start" (read as 1 s more video: it was made 31 s long, a wrong
# edit; set BE be131): the whole video's fade in at the start, its fade out at the end. Only with its length said before
# it: "add a fade at the end, 2 seconds" stays unread (corpus wave10_i: the end card's or the last cut's fade too)
_K_PUT = r"(?:(?:add|put|give\s+it|give\s+the\s+video|use|have|insert|include|apply)\s+)?(?:a|an|one)\s+"
REWRITES = REWRITES + (
    (rf"\b{_K_PUT}{_K_DUR}\s+(?:long\s+)?fade\s+(?:at|to)\s+the\s+(?:very\s+)?(?:start|beginning)\b", r"fade in from black over \1 \2"),
    (rf"\b{_K_PUT}{_K_DUR}\s+(?:long\s+)?fade\s+(?:at|to)\s+the\s+(?:very\s+)?end\b", r"fade out to black over \1 \2"),
)
# the end going dark in two characters: "结尾渐黑3秒" (left unread; set BD bd215): the whole video's fade out to that colour
REWRITES = REWRITES + (
    (r"(结尾|最后|末尾|片尾)\s*(?:处)?\s*(?:慢慢|逐渐)?\s*渐(黑|白)(?!色)", r"\1淡出到\2色"),
)
# the pictures' motion stopped: "mute the music, keep the voice, and stop the zoom" ("stop" is no verb of the tables: the
# clause was not split from the one before, the zoom was left on while the music was muted, a partial edit; set BD bd244)
REWRITES = REWRITES + (
    (r"\b(?:stop|halt|kill|end)\s+(?:the\s+|all\s+(?:the\s+)?|that\s+|this\s+)?(?:slow\s+|constant\s+)?(?:zoom|zooming|zooms|panning"
     r"|ken[\s-]?burns|motion|movement)(?:\s+effects?)?\b(?!\s+(?:on|of|in|from|at|after|before|for)\b)", "turn off the zoom"),
)
# a sound turned down to half: "视频自带的声音调小到一半" (调小 read alone: lowered to 60 %; set BF bf165), "原声减半"
# (left unread): halved, as "降到原来的一半" is (never set to 50 %: the music at 35 % would be raised)
REWRITES = REWRITES + (
    (r"(?:调小|调低|降低|减小|降|减|关小|放小)\s*(?:到|至|成)\s*(?:原来的\s*)?(?:一半|1半|二分之一)", "降低50%"),
    (r"(音量|音乐|声音|配音|旁白|人声|原声|bgm)\s*(?:直接)?\s*减半", r"\1降低50%"),
)
# both clips' sound: "两个视频的声音都小一点" (the clips' sound was read but the "两个" left over, and the whole message
# went unread; set BF bf211): every clip's own sound
REWRITES = REWRITES + (
    (r"(?<![第\d])(?:两个|2个|两段|2段|俩|所有的?|全部的?|每个|每段)\s*(?:视频|片段|视频片段)\s*(?:的)?\s*(?:声音|音量|原声)\s*(?:都|全都|全部|一起)?", "视频原声"),
)
# loudness complained of with "kinda" / "sorta": "and the music is kinda loud" (left unread beside a move, set BI bi013);
# written "a bit loud" as "kind of loud" is
REWRITES = REWRITES + (
    (r"\b(?:kinda|sorta|kind\s+a|somewhat|slightly)\s+(loud|quiet|soft)\b", r"a bit \1"),
)
# the whole video's fade out said with "fade" once: "fade in at the start and out at the end" ("out" was looked for as a
# picture to move to the end, the fade out dropped beside the fade in: set BH bh267)
REWRITES = REWRITES + (
    (r"\b(fade\s+in\s+(?:at\s+the\s+(?:very\s+)?(?:start|beginning)|from\s+(?:black|white)))\s*(?:,\s*)?(?:and\s+)?(?:then\s+)?"
     r"out\s+at\s+the\s+(?:very\s+)?end\b", r"\1 and fade out to black"),
    (r"\b(fade\s+in\s+(?:at\s+the\s+(?:very\s+)?(?:start|beginning)|from\s+(?:black|white)))\s*(?:,\s*)?(?:and\s+)?(?:then\s+)?"
     r"out\s+(?=to\s+(?:black|white)\b)", r"\1 and fade out "),
)
# a clip's sound turned down with the verb split: "the video part is noisy, turn its sound down" ("turn its sound down"
# became "turn the clip sound down", read as a setting with "down" left over; set BI bi116); "noisy" said alone is too loud
REWRITES = REWRITES + (
    (r"(\bvideo\s+(?:part|bit|section|segment)\b[^.;!?。！？]{0,60}?)\bits\s+(?:own\s+)?(?:sound|audio)\b", r"\1the clip sound"),
    (r"\bturn\s+(the\s+clip\s+sound|the\s+clip'?s\s+(?:sound|audio|volume))\s+(up|down)\b", r"turn \2 \1"),
)
extend(OPS, "quieter_need", en=("is noisy", "are noisy", "sounds noisy", "is so noisy", "is really noisy"))
# a sound measured against the clips: "voiceover is too quiet compared to the clip" (the clip read as a second target,
# left unread; set BI bi144): the clip is the measure, as the music is
REWRITES = REWRITES + (
    (r"\b(loud|quiet|soft|louder|quieter|softer)\s*,?\s*(?:compared\s+(?:to|with)|relative\s+to|next\s+to|against)\s+(?:the\s+)?"
     r"(?:video\s+)?(?:clips?|videos?|footage)(?:['’]s)?(?:\s+(?:sound|audio))?\b", r"\1"),
)
# a named clip turned down to a level with no word for its sound before the level: "Turn the unboxing clip down to 30%
# volume" (left unread; set BI bi191): that clip's sound at that level ("volume" after the number says it)
REWRITES = REWRITES + (
    (r"\bturn\s+(?:down|up)\s+((?:the\s+)?(?!(?:video|this|that|my|our|whole)\b)[a-z0-9][a-z0-9_\-]*(?:\.(?:mp4|mov|webm|m4v|mkv)|\s+(?:clip|video|footage)))\s+to\s+(\d+(?:\.\d+)?\s*%)"
     r"\s+(?:volume|sound|audio|level)\b", r"set the sound of \1 to \2"),
    (r"\bturn\s+((?:the\s+)?(?!(?:video|this|that|my|our|whole)\b)[a-z0-9][a-z0-9_\-]*(?:\.(?:mp4|mov|webm|m4v|mkv)|\s+(?:clip|video|footage)))\s+(?:down|up)\s+to\s+(\d+(?:\.\d+)?\s*%)"
     r"\s+(?:volume|sound|audio|level)\b", r"set the sound of \1 to \2"),
)
# "the transitions drag": too slow, as "the transitions are slow" (left unread, set BH bh016); "hard cuts between
# everything": between all the pictures, no thing named (its words were left over; set BH bh193)
REWRITES = REWRITES + (
    (r"\b(?:the\s+)?(transitions?)\s+(?:drag|drags|are\s+dragging|feel\s+draggy|are\s+draggy|drag\s+on)\b(?:\s*[,;]?\s*(?:so\s+|and\s+)?(?:make|have)\s+them\s+(?:a\s+bit\s+)?(?:quicker|faster|shorter|snappier))?", r"make the \1 shorter"),
    (r"\b(transitions?|cuts)\s+between\s+(?:everything|all\s+of\s+them|each\s+one|every\s+one|all\s+the\s+things)\b", r"\1"),
)
# a slide said by its one-character verb after where it moves: "转场换成从右往左推的那种", "过渡用从左往右滑的" (推 / 滑
# alone is no kind: "从右往左推的那种" was looked for as a file; set BL bl099). Only in a clause of the transitions
REWRITES = REWRITES + (
    (r"((?:转场|过渡|切换效果)[^，,。；;！!？?]{0,8}?从\s*[左右上下]\s*(?:边|侧|面)?\s*(?:往|向|到)?\s*(?:[左右上下]\s*(?:边|侧|面)?)?\s*)"
     r"(?:推|推进|推过去|推过来|推出|滑|滑过去|滑过来|滑出)(?![移动入])", r"\1推移"),
)
# each picture shown whole, bars said to be fine, cropping said to be what is not wanted: "Show each picture whole, with
# bars if needed, instead of cropping." (each of its three parts was left unread, or "show each picture" read as their
# length; set BG bg066). The words of letterboxing, never of covering
FIT_CONTAIN = (FIT_CONTAIN[0] + tuple(f"show {each} {pic} whole" for each in ("each", "every", "all the", "all") for pic in (
                                          "picture", "image", "photo", "pic", "pictures", "images", "photos", "pics"))
               + ("show them whole", "show them in full", "with bars if needed", "with bars if necessary", "bars if needed",
                  "bars if necessary", "bars are fine", "bars are ok", "bars are okay", "black bars are fine", "black bars are ok",
                  "black bars are okay", "black bars if needed", "letterboxing is fine", "letterbox them",
                  "instead of cropping", "instead of cropping them", "rather than cropping", "rather than cropping them",
                  "instead of cutting them off", "rather than cutting them off", "letterbox if needed", "letterbox if necessary",
                  "letterbox where needed")
               # ("Show each whole image without cropping; letterbox if needed.": set BO bo024)
               + tuple(f"show {each} whole {pic}" for each in ("each", "every") for pic in ("picture", "image", "photo", "pic")),
               FIT_CONTAIN[1] + ("黑边也没关系", "有黑边也没关系", "黑边没关系", "黑边也可以", "有黑边也行", "黑边也行", "加黑边也行",
                                 "每张图片都完整显示", "每张图都完整显示", "每张照片都完整显示", "而不是裁剪", "而不是裁切", "别裁切"))
# both ends of the whole video's fade, one length said for both after them, or the second said with 也: "开头淡入，结尾淡出，
# 都用1秒", "开头淡入1秒，结尾也淡出1秒" (the fade out was left unread beside the fade in; sets BO bo107, BM bm082)
REWRITES = REWRITES + (
    (r"(开头|开始|片头)\s*(?:要)?\s*(淡入|渐显)\s*[，,。；;]\s*(结尾|最后|末尾|片尾)\s*(?:要)?\s*(淡出|渐隐)\s*[，,]?\s*(?:都|全都|各|两个都|都是)\s*(?:用|是|为|设为)?\s*"
     r"(\d+(?:\.\d+)?\s*秒)(?:钟)?", r"\1\2\5，\3\4\5"),
    (r"(结尾|最后|末尾|片尾)\s*(?:也|同样)\s*(?:要)?\s*(?=淡出|渐隐)", r"\1"),
    (r"(开头|开始|片头)\s*(?:也|同样)\s*(?:要)?\s*(?=淡入|渐显)", r"\1"),
)
# the transitions and the pictures' motion turned off with one verb: "turn off the transitions and the zoom, I want it plain"
# (the transitions were removed and the zoom kept, a partial edit; set BN bn115): each turned off; "I want it plain" after
# them is why
_K_MOTION = r"(?:the\s+)?(?:slow\s+)?(?:zoom(?:ing|s)?|ken[\s-]?burns|motion|movement|pan(?:ning)?)(?:\s+effects?)?"
REWRITES = REWRITES + (
    (rf"\b(turn\s+off|switch\s+off|remove|disable|drop|kill|get\s+rid\s+of)\s+(?:the\s+|all\s+(?:the\s+)?)?transitions?\s*(?:,\s*)?(?:and|&)\s+{_K_MOTION}\b",
     r"\1 the transitions and turn off the zoom"),
    (rf"\b(turn\s+off|switch\s+off|remove|disable|drop|kill|get\s+rid\s+of)\s+{_K_MOTION}\s*(?:,\s*)?(?:and|&)\s+(?:the\s+|all\s+(?:the\s+)?)?transitions?\b",
     r"turn off the zoom and \1 the transitions"),
    (r"\s*[,;]\s*(?:i|we)\s+(?:want|need|would\s+like|'d\s+like)\s+it\s+(?:plain|simple|clean|minimal|static|still)(?:\s+and\s+(?:plain|simple|clean|minimal|static|still))?\s*(?=$|[.!;])", ""),
)
# the sounds left playing, said as why after a mute: "Mute the audio of clip.mp4 so only the voiceover and music play"
# (the sounds named in the reason were read as more targets of the mute, and the whole message refused; set BJ bj132):
# the reason dropped, the wish before it read alone. Only "so (that) only / just <sounds> play / are heard"; the clips' own
# sound is one of those sounds ("mute the music so only the clips' own sound plays" was not understood, set CB cb105)
_LEFT_PLAYING_EN = (rf"(?:{_SOUNDS_EN}|(?:video\s+)?(?:clips?|videos?|footage)(?:'s|s'|')?\s+(?:own\s+)?(?:sound|audio)"
                    r"|(?:clips?|videos?)\s+(?:themselves|alone)|original\s+(?:sound|audio)|clips|videos)")
_LEFT_PLAYING_ZH = rf"(?:{_SOUNDS_ZH}|视频原声|原声|视频(?:的|自带的?)?声音|片段(?:的|自带的?)?声音)"
REWRITES = REWRITES + (
    (rf"\s*,?\s*\bso\s+(?:that\s+)?(?:only|just)\s+(?:the\s+)?{_LEFT_PLAYING_EN}(?:\s*(?:,|and|&|\+)\s*(?:the\s+)?{_LEFT_PLAYING_EN})*"
     r"\s+(?:plays?|play\s+on|are\s+heard|is\s+heard|can\s+be\s+heard|remains?|stays?|is\s+left|are\s+left|come\s+through|comes\s+through)\b", ""),
    (rf"\s*[，,]?\s*(?:这样|好让|让|以便)\s*(?:就)?\s*只(?:有|剩|剩下|听到|听得到)?\s*{_LEFT_PLAYING_ZH}(?:\s*(?:和|跟|与|、)\s*{_LEFT_PLAYING_ZH})*"
     r"\s*(?:的声音)?\s*(?:在响|在播|能听到|了)?(?=\s*(?:$|[。！!；;，,]))", ""),
)
# the same said as a wish after the mute: "mute the music and the voiceover, I only want the clip's sound" (the clip's
# sound was read as a third thing muted, and the whole message refused; set BM bm137): the reason dropped, only after a mute
_K_KEPT = (rf"(?:the\s+)?(?:{_SOUNDS_EN}|(?:video\s+)?clip(?:'s)?\s+(?:own\s+)?(?:sound|audio)"
           r"|original\s+(?:sound|audio))")
REWRITES = REWRITES + (
    (rf"(\b(?:mute|silence)\b[^.;!?]*?)\s*[,;]\s*(?:i|we)\s+(?:only|just)\s+(?:want|need)\s+(?:to\s+hear\s+)?{_K_KEPT}"
     rf"(?:\s*(?:,|and|&|\+)\s*{_K_KEPT})*\s*(?=$|[.!;])", r"\1"),
)
# the pictures' slow zoom said in words, turned off: "照片别放大缩小了", "把图片慢慢放大的那个效果关了" (the zoom was no word
# the planner knew there; sets BN bn212, BO bo022): only of the pictures, never a logo made bigger
REWRITES = REWRITES + (
    # (how they move said between: "照片不要慢慢放大了" looked for a picture called 大了; set CD cd141's kind)
    # (said too, after another wish: "去掉转场，图片也别缩放了" was not understood, set CP cp184)
    (r"(?:照片|图片|图)\s*(?:都|也|也都)?\s*(?:别|不要)\s*(?:再)?\s*(?:(?:慢慢|一直|老是|总是)\s*(?:地)?\s*)?(?:放大缩小|缩放|放大)了?", "关闭缩放"),
    (r"(?:把\s*)?(?:照片|图片|图)\s*(?:慢慢)?\s*(?:放大|缩放|放大缩小)\s*的\s*(?:那个|这个)?\s*(?:效果|动画|特效)\s*"
     r"(?:关了|关掉|关闭|去掉|去了|删掉|不要了)", "关闭缩放"),
)
# the pictures shown whole with no article, the bars said with where they go: "show pictures whole with bars on the sides"
# (not read, set BP bp289)
FIT_CONTAIN = (FIT_CONTAIN[0] + tuple(f"show {pic} whole" for pic in ("pictures", "images", "photos", "pics"))
               + tuple(f"with {black}bars {where}" for black in ("", "black ") for where in (
                   "on the sides", "at the sides", "on both sides", "on the side", "at the top and bottom",
                   "on the top and bottom", "above and below")),
               FIT_CONTAIN[1])
# the music's level judged against the pictures or clips it plays under: "the music is too quiet under the clips" (the
# clips were read as a second thing made louder, and the message refused; set BR br190): where it plays, not a target.
# Read before the rewrites of "the music is too quiet" (so put first)
REWRITES = (
    (r"(\bmusic(?:'s|\s+is|\s+sounds|\s+feels)?\s+(?:way\s+|much\s+|a\s+bit\s+|a\s+little\s+|kind\s+of\s+|so\s+)?(?:too\s+)?"
     r"(?:quiet|soft|low|faint|loud|high|strong|weak)(?:er)?)\s+(?:under|beneath|behind|over|during)\s+(?:the\s+|all\s+the\s+)?"
     r"(?:video\s+)?(?:clips|clip|videos|pictures|photos|images|footage)\b", r"\1"),
) + REWRITES
# two clips' volumes set in one clause, the verb and the volume word said once: "Set clip.mp4 to 50% volume and
# unboxing.mp4 to 80%." (one frame held both files, and the whole was not read; set BR br191): one wish a clip
_K_CLIPF = r"((?:the\s+)?[a-z0-9][a-z0-9_-]*\.(?:mp4|mov|m4v|webm))"
_K_PCT = r"(\d+(?:\.\d+)?\s*%)"
_K_VOL = r"(?:volume|audio|sound|level)"
_K_AND = r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
REWRITES = REWRITES + (
    (rf"\b(set|make|put|turn)\s+{_K_CLIPF}\s+(?:to|at)\s+{_K_PCT}\s+{_K_VOL}{_K_AND}{_K_CLIPF}(?:'s)?\s+(?:{_K_VOL}\s+)?(?:to|at)\s+{_K_PCT}"
     rf"(?:\s+{_K_VOL})?", r"\1 \2 volume to \3, and \1 \4 volume to \5"),
    (rf"\b(set|make|put|turn)\s+{_K_CLIPF}(?:'s)?\s+{_K_VOL}\s+(?:to|at)\s+{_K_PCT}(?:\s+{_K_VOL})?{_K_AND}{_K_CLIPF}(?:'s)?\s+(?:{_K_VOL}\s+)?(?:to|at)\s+{_K_PCT}"
     rf"(?:\s+{_K_VOL})?", r"\1 \2 volume to \3, and \1 \4 volume to \5"),
)
# a clip's volume said as a bare "N% volume" after its trim in one clause: "cut it to 5s and half the volume" ("half the
# volume" is "50% volume" by now) is that clip's sound at N% (it was left unread, and the clause before it, "too loud",
# set 60%; set CS cs082). Only after a clip's trim to a length: "make the video 20s and 50% volume" stays unread
_K_TRIMMED = (r"\b((?:cut|trim|shorten|chop)\s+(?:down\s+)?(?:it|(?:the\s+)?[a-z0-9][a-z0-9_-]*\.(?:mp4|mov|m4v|webm)"
              r"|the\s+(?:[a-z0-9\-]+\s+)?(?:video\s+clip|clip|footage|vid)|the\s+[a-z0-9\-]+\s+video)\s+(?:down\s+)?to\s+"
              r"(?:just\s+|only\s+)?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))")
REWRITES = REWRITES + (
    (rf"{_K_TRIMMED}{_K_AND}(?:at\s+|with\s+)?{_K_PCT}\s+{_K_VOL}\b", r"\1 and set its volume to \2"),
)
# the whole video's fade with its length after "of": "Add a fade-in of 1 second and set the music volume to 0.2." (the
# fade was left unread beside the music, set BT bt164). At a clause's start only: "give the title a fade-in of 1 s" is the
# title's
REWRITES = REWRITES + (
    (rf"{_CLAUSE_START}\s*(?:(?:please|just|also|then)\s+)?(?:(?:add|put|use|include|have|apply|give\s+(?:it|the\s+video))\s+)?(?:a\s+|an\s+)?"
     rf"fade[\s-]*in\s+of\s+(?:about\s+|around\s+)?{_K_DUR}\b(?:\s+at\s+the\s+(?:very\s+)?(?:start|beginning))?(?!\s+(?:from|on|for|to)\b)",
     r"fade in from black over \1 \2"),
    (rf"{_CLAUSE_START}\s*(?:(?:please|just|also|then)\s+)?(?:(?:add|put|use|include|have|apply|give\s+(?:it|the\s+video))\s+)?(?:a\s+|an\s+)?"
     rf"fade[\s-]*out\s+of\s+(?:about\s+|around\s+)?{_K_DUR}\b(?:\s+at\s+the\s+(?:very\s+)?end)?(?!\s+(?:to|into|on|for|from)\b)",
     r"fade out to black over \1 \2"),
)
# the whole video set to a size: "Set the whole video to 1080x1350 and …" (read as the clip played at 1080x, the size left
# unread; set BU bu138): the format set to it
REWRITES = REWRITES + (
    (r"\b(?:the\s+)?(?:whole\s+|entire\s+|full\s+)?(?:video|output|export|canvas|frame)\s+(to|at|in)\s+(?=\d{3,4}\s*[x×*]\s*\d{3,4}\b)",
     r"the format \1 "),
)
# the music made "fainter": "然后音乐淡一点" (left unread, set BU bu251): quieter ("音乐淡出" is its fade, not this)
REWRITES = REWRITES + (
    (r"(背景音乐|音乐|配乐|bgm)\s*(?:的)?\s*(?:声音|音量)?\s*(?:再)?\s*(?:调|弄|放)?\s*(?:得)?\s*淡\s*(?:一点|一些|点|些)", r"\1小一点"),
)
# the whole video's fade out with its colour before it: "加一个白色淡出结尾" (left unread, set BU bu137): "结尾淡出到白色"
REWRITES = REWRITES + (
    (r"(?<!标题)(?<!字幕)(?<!文字)(?<!logo)(?:整体|视频|整个视频)?\s*(?:结尾|片尾|最后)?\s*(?:再)?\s*(?:加上?|加个|加一个|加1个|添加|来个|来一个|来1个|做个|做一个|做1个)\s*(?:一个|1个)?\s*"
     r"(白色|黑色|白|黑)\s*(?:的)?\s*(?:淡出|渐隐)\s*(?:的)?\s*(?:结尾|收尾|效果)?", r"结尾淡出到\1"),
)
# "图片之间用向左擦除的转场": the transition's kind with 的 before 转场 (left unread, set BU bu209)
REWRITES = REWRITES + (
    (r"(?:图片|照片|画面|镜头)?\s*(?:之间|中间)?\s*(?:都)?\s*(?:用|使用|换成|改成|改用)\s*(向[左右上下]擦除|擦除|滑动|溶解|淡入淡出|交叉淡化)\s*(?:的)?\s*(?:转场|过渡)(?:效果)?",
     r"转场改成\1"),
    # between the clips, the kind by the renderer's own name: "视频之间用fadeblack转场" (the clips left unread, and the
    # clause refused; set BX bx182)
    (r"(?:视频片段|视频|片段|图片|照片|画面|镜头)\s*(?:之间|中间)\s*(?:都)?\s*(?:用|使用|换成|改成|改用)\s*"
     r"(fade\s*(?:to\s*)?black|fade\s*(?:to\s*)?white|fadeblack|fadewhite|cross\s*fade|crossfade|fade|dissolve|(?:wipe|slide)(?:\s*(?:left|right|up|down))?|zoomin|circleopen|pixelize|radial)"
     r"\s*(?:的)?\s*(?:转场|过渡)(?:效果)?", r"转场改成\1"),
)
# the transitions' new length said after "longer": "转场时间长一点，改成1秒" (asked whether the video or each picture was
# 1 s, set BT bt012): the transitions' length
REWRITES = REWRITES + (
    (r"((?:转场|过渡)(?:效果)?\s*(?:的)?\s*(?:时间|时长|速度)?)\s*(?:再)?\s*(?:长|短|慢|快)\s*(?:一点|一些|点|些)?\s*(?:吧)?\s*[，,]\s*(?:就)?\s*"
     r"(?:改成|改为|调到|调成|设为|设成|变成|到)\s*(\d+(?:\.\d+)?\s*秒)", r"\1改成\2"),
)
# the pictures' motion said as what it does to the viewer: "图片一直在动看着头晕，别让它动了" (not read, set BT bt062): the
# zoom off (of the pictures only: a clip moves by itself)
REWRITES = REWRITES + (
    (r"(?:图片|照片|图)\s*(?:一直|老是|总是)?\s*在\s*(?:动|晃)[^。！？!?；;]{0,12}?[，,]\s*(?:别|不要)\s*(?:再)?\s*(?:让)?\s*(?:它|它们|图片|照片)?\s*(?:再)?\s*(?:动|晃)了?",
     "关闭缩放"),
)
# the reason the voiceover goes, said after the wish: "no voiceover please, the clip has its own narration" (the clip named
# in the reason made the clause unread, and the whole refused; set BS bs163): a remark, no edit. Read first: "…, the clip
# already has its own sound" became "the clip's sound" and muted the clip
REWRITES = (
    (r"(?:(?<=[,;.])\s*(?:because\s+|since\s+|as\s+)?|\s+(?:because|since)\s+)(?:the|that|this|my|our)\s+(?:video\s+)?(?:clip|footage|video)\s+(?:already\s+)?(?:has|comes\s+with|includes)\s+"
     r"(?:(?:its|their)\s+own\s+|own\s+|a\s+|some\s+)?(?:narration|voice|voiceover|voice-over|talking|commentary|sound|audio)\b(?:\s+(?:already|in\s+it))?(?=\s*(?:$|[.;!?]))", " "),
) + REWRITES
# the music said to drown another sound out: "the music is drowning out the unboxing sounds, can you lower it to 15%" (the
# other sound was read as a second thing made quieter, and the whole refused; set BU bu107): the music too loud
REWRITES = REWRITES + (
    (r"\b((?:the\s+)?(?:background\s+)?(?:music|song|bgm|soundtrack))\s+(?:is|'s)\s+(?:kind\s+of\s+|totally\s+|completely\s+|a\s+bit\s+)?"
     r"(?:drowning|burying|covering|overpowering|swamping)(?:\s+out)?\s+[^,.;!?]{1,40}?(?=\s*(?:$|[,.;!?]))", r"\1 is too loud"),
)
# "画面别裁切了，…, 再加个结尾卡片": the pictures not cropped said with 别 and 裁切 (read only as a value of the card's clause,
# and the whole refused; set BU bu078): as "不要裁剪", which the fit reads in a clause of its own
REWRITES = REWRITES + (
    (r"(?:(?<=^)|(?<=[,，;；。]))\s*(?:画面|图片|照片|视频)?\s*(?:都)?\s*(?:别|不要)\s*(?:再)?\s*(?:裁切|剪裁|裁掉|切边)\s*了?(?=\s*(?:$|[,，;；。!！]))", "不要裁剪"),
    # (a clause of its own after a comma: "把视频做成30秒以内的抖音竖版，画面不要裁掉" was read as one clause, the fit taken and
    # the 30 s left unread, the whole refused; set BX bx113)
    (r"[,，]\s*(?=不要裁剪\s*(?:$|[,，;；。!！]))", "；"),
)
# a sound's level said in tenths: "背景音乐调到两成" (left unread beside the title's words, set BS bs262): 20%
_K_TENTHS = (("一", 1), ("二", 2), ("两", 2), ("三", 3), ("四", 4), ("五", 5), ("六", 6), ("七", 7), ("八", 8), ("九", 9))
REWRITES = REWRITES + tuple(
    (rf"((?:音乐|配乐|配音|旁白|人声|声音|音量|bgm)[^，,。；;！!？?]{{0,8}}?(?:调到|调成|调为|降到|降低到|减到|提高到|升到|设为|设成|改成|调整到|到|为)\s*){ch}\s*成"
     r"(?![功为绩品人年])", rf"\g<1>{n * 10}%")
    for ch, n in _K_TENTHS)
# a thing said to stay as it is, after a wish: "apply the elegant preset and keep the logo where it is" (the whole was
# not understood; set BX bx251): it stays anyway, nothing to do (only after another wish, at the end of its sentence; never
# the title, captions or transitions, which a style changes: "apply the sale preset and keep the title unchanged" is asked)
REWRITES = REWRITES + (
    (r"(?:\s*,\s*(?:and\s+|but\s+)?|\s+(?:and|but)\s+)(?:please\s+)?(?:keep|leave)\s+(?:the\s+|my\s+|our\s+)?"
     r"(?:logo|watermark|sticker|music|soundtrack|voice\s*-?\s*over|voiceover|narration)\s+"
     r"(?:exactly\s+)?(?:where\s+(?:it\s+is|they\s+are)|as\s+(?:it\s+is|they\s+are|is)|alone|unchanged|untouched|in\s+(?:its|their)\s+place|in\s+place)"
     r"(?=\s*(?:$|[.;!?]))", ""),
)
# the ducking off said as what it does: "keep the music at full level while the voice talks" (read as the music set to
# 100 %, the rest unread; set BV bv044), "音乐跟配音同时响的时候音乐不要自动变小" (BV bv130), "音乐不要随旁白变小" (BX bx093).
# Read before "full level" becomes 100 % and "while the voice" is dropped
REWRITES = (
    (r"\bkeep\s+the\s+(?:background\s+)?(?:music|bgm|soundtrack|song)\s+(?:at\s+)?(?:(?:full|max(?:imum)?|the\s+same|one|a\s+steady)\s+(?:volume|level|loudness)|full|steady|constant)"
     r"\s+(?:when|while|whenever|as|even\s+when|even\s+while)\s+(?:the\s+)?(?:voice\s*-?\s*over|voiceover|narration|narrator|voice|speaker)\s+"
     r"(?:talks|speaks|plays|comes\s+in|is\s+(?:talking|speaking|playing|on))\b", "turn off ducking"),
    (r"(?:背景音乐|音乐|配乐|bgm)\s*(?:跟|和|与)\s*(?:配音|旁白|人声)\s*(?:同时|一起)\s*(?:响|播放|播|出现|出来)\s*(?:起来)?\s*(?:的)?\s*(?:时候|时)\s*[,，]?\s*"
     r"(?=(?:背景音乐|音乐|配乐|bgm)?\s*(?:不要|别|不用|不能)\s*(?:自动)?\s*(?:变小|降低|压低|减弱|变轻|调低))", ""),
    (r"(背景音乐|音乐|配乐|bgm)\s*(?:不要|别|不用|不能)\s*(?:随|跟随|跟着|随着)\s*(?:旁白|配音|人声|说话)\s*(?:自动)?\s*(?:变小|降低|压低|减弱|变轻|调低)",
     r"\1不要自动变小"),
) + REWRITES
# the music too loud over a clip: "the music is too loud over the unboxing" (the clip read as a second thing, the whole
# not understood; set BV bv185): the music too loud (its level is one for the whole video; over the voice it is the
# ducking's, left as it was)
REWRITES = REWRITES + (
    (r"\b((?:the\s+)?(?:background\s+)?(?:music|song|bgm|soundtrack))\s+(?:is|'s)\s+(?:way\s+|much\s+|a\s+bit\s+|kind\s+of\s+|a\s+little\s+)?too\s+loud\s+"
     r"(?:over|during)\s+(?!(?:the\s+|my\s+|our\s+)?(?:voice|voiceover|voice-over|narration|narrator|talking|speech|speaker|vo)\b)(?:the\s+)?[a-z0-9_\-]+(?:\.[a-z0-9]{2,4})?"
     r"(?:\s+(?:clip|video|footage|part|section|shot))?(?=\s*(?:$|[,.;!?]))", r"\1 is too loud"),
)
# the whole video's fade with its length after a comma: "intro fade in, 1 second" (not read; set BW bw101), "outro fade
# out: 2 s". Only at a clause's start, bare or said of the intro/outro ("title fade in, 1 second" is the title's)
REWRITES = REWRITES + (
    (rf"(^|[,;.!?]\s*)(?:(?:an?|the)\s+)?(?:(?:intro|opening|video|whole\s+video)\s+)?fade[\s-]*in\s*[,:]\s*(?:about\s+|around\s+|of\s+)?{_K_DUR}\b(?=\s*(?:$|[,;.!?]))",
     r"\1fade in from black over \2 \3"),
    (rf"(^|[,;.!?]\s*)(?:(?:an?|the)\s+)?(?:(?:outro|ending|closing|video|whole\s+video)\s+)?fade[\s-]*out\s*[,:]\s*(?:about\s+|around\s+|of\s+)?{_K_DUR}\b(?=\s*(?:$|[,;.!?]))",
     r"\1fade out to black over \2 \3"),
)
# the pictures' motion complained of, then stopped by "that": "the pictures move too much. stop that" (not read; set BX
# bx066): their motion off. Read before "the pictures move" becomes a reorder
REWRITES = (
    (r"\b(?:the\s+)?(?:pictures|images|photos|pics|slides|stills)\s+(?:move|are\s+moving|keep\s+moving|zoom|are\s+zooming|keep\s+zooming|pan|shake|wobble)\s+"
     r"(?:way\s+|far\s+|a\s+bit\s+|a\s+little\s+)?(?:too\s+much|a\s+lot|so\s+much|too\s+often)\s*[.,;!]+\s*(?:(?:so|please|pls|just|then|can\s+you|could\s+you)\s+)*"
     # ("turn that off" reaches the table as "turn off that": the particle is moved first; set CX cx250 dropped it)
     r"(?:stop\s+(?:that|it|this|them)|(?:turn|switch)\s+(?:(?:that|it|this)\s+off|off\s+(?:that|it|this))|make\s+them\s+(?:stop|still)|no\s+more\s+(?:of\s+that|movement|moving))\b",
     "stop the pictures from moving"),
) + REWRITES
# "把颜色换一下": a colour asked of no thing, which is asked (as "换个颜色"; "换一下" was read as a swap of nothing and not
# understood, set BW bw292); block L has written "换一下" as "交换" by now
REWRITES = REWRITES + (
    (r"(?<![题幕字的])(?<!标题\s)(?<!字幕\s)(?:把|将)?\s*(?:颜色|配色)\s*(?:交换|(?:换|改|变)\s*(?:一下|下))(?=\s*(?:吧|呗|啊|呀)?\s*(?:$|[，,。.!！?？]))", "换个颜色"),
)
# the whole video given a fade: "slow the unboxing to half speed and give the whole video a fade out" (left unread; set
# BX bx183); "加个2秒的结尾淡出", its length before the end named (BX bx255). Never "give it a fade in" ("it" may be a text)
REWRITES = REWRITES + (
    (r"\b(?:give|add\s+to)\s+(?:the\s+(?:whole\s+|entire\s+)?(?:video|edit|thing)|everything)\s+an?\s+(?:(?:quick|slow|short|gentle|soft|nice|little)\s+)?fade[\s-]*out\b"
     r"(?:\s+at\s+the\s+(?:very\s+)?end)?(?!\s+(?:to|into)\b)", "fade out to black"),
    (r"\b(?:give|add\s+to)\s+(?:the\s+(?:whole\s+|entire\s+)?(?:video|edit|thing)|everything)\s+an?\s+(?:(?:quick|slow|short|gentle|soft|nice|little)\s+)?fade[\s-]*in\b"
     r"(?:\s+at\s+the\s+(?:very\s+)?(?:start|beginning))?(?!\s+from\b)", "fade in from black"),
    # (its length said with 时长 too: "加个时长2秒的结尾淡出" faded out and set the video to 2 s, found by wave 33 fixer E)
    (r"(?:加上?|加个|加一个|加1个|添加|来个|来一个|来1个|做个|做一个|做1个)\s*(?:一个|1个)?\s*(?:(?:时长|时间|长度)\s*(?:为|是)?\s*)?(\d+(?:\.\d+)?\s*秒)\s*(?:钟)?\s*(?:的)?\s*(?:结尾|片尾)\s*(?:的)?\s*(?:淡出|渐隐)(?:效果)?",
     r"结尾淡出，持续\1"),
    (r"(?:加上?|加个|加一个|加1个|添加|来个|来一个|来1个|做个|做一个|做1个)\s*(?:一个|1个)?\s*(?:(?:时长|时间|长度)\s*(?:为|是)?\s*)?(\d+(?:\.\d+)?\s*秒)\s*(?:钟)?\s*(?:的)?\s*(?:开头|片头)\s*(?:的)?\s*(?:淡入|渐显)(?:效果)?",
     r"开头加上淡入，持续\1"),
)
# a sound's level said as a bare fraction after its name: "music 0.2 and captions in yellow" (the number was left unread,
# the music kept while the captions changed: a partial edit; set BY by204): that level, as "music at 0.2" is
REWRITES = REWRITES + (
    (rf"\b({_SOUND_NOUN})\s+(?:volume\s+|level\s+|vol\s+)?0?\.(\d)(\d)(?!\d|\.\d|%)(?!\s*(?:s\b|secs?\b|seconds?\b|x\b|times\b))", r"\1 at \2\3%"),
    (rf"\b({_SOUND_NOUN})\s+(?:volume\s+|level\s+|vol\s+)?0?\.(\d)(?!\d|\.\d|%)(?!\s*(?:s\b|secs?\b|seconds?\b|x\b|times\b))", r"\1 at \g<2>0%"),
)
# the whole video's fade at its start or end with a thing after it: "add a fade-in at the start and an end card that says
# 'New season'" (the hyphen kept "fade-in at the start" from its rewrite, the fade left unread beside the card; set CA
# ca277). At a clause's start only ("the title should fade in at the start" is the title's)
REWRITES = REWRITES + (
    (rf"{_CLAUSE_START}\s*(?:(?:please|just|also|then)\s+)?(?:(?:add|put|use|include|have|apply|give\s+it)\s+)?(?:a\s+|an\s+)?"
     r"(?:gentle\s+|slow\s+|soft\s+|quick\s+|short\s+)?fade[\s-]+in\s+(?:at|to)\s+the\s+(?:very\s+)?(?:start|beginning)\b(?!\s+of\b)", "fade in from black"),
    (rf"{_CLAUSE_START}\s*(?:(?:please|just|also|then)\s+)?(?:(?:add|put|use|include|have|apply|give\s+it)\s+)?(?:a\s+|an\s+)?"
     r"(?:gentle\s+|slow\s+|soft\s+|quick\s+|short\s+)?fade[\s-]+out\s+(?:at|to)\s+the\s+(?:very\s+)?end\b(?!\s+of\b)", "fade out to black"),
)
# both ends of the whole video's fade, one length said for both after them: "fade in at the start, fade out at the end,
# both one second" (only the fade in was made, the rest left unread: a partial edit; set BY by198)
REWRITES = REWRITES + (
    (rf"\bfade\s+in\s+from\s+(black|white)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:then\s+)?fade\s+out\s+to\s+(black|white)\s*[,;:]?\s*"
     rf"(?:both|each|both\s+ends|each\s+one)\s+(?:(?:for|of|lasting|at)\s+)?{_K_DUR}\b(?:\s+(?:long|each))?(?=\s*(?:$|[,.;!?]))",
     r"fade in from \1 over \3 \4 and fade out to \2 over \3 \4"),
    (rf"\bfade\s+in\s+from\s+(black|white)\s*,\s*(?:and\s+)?(?:then\s+)?fade\s+out\s+to\s+(black|white)\s*,\s*{_K_DUR}\s+(?:each|both|apiece)\b",
     r"fade in from \1 over \3 \4 and fade out to \2 over \3 \4"),
)
# a frame rate said and then corrected to one number: "帧率改成30以上，60吧" (left unread; set CA ca106): the number said last
REWRITES = REWRITES + (
    (r"(帧率[^，,;；。0-9]{0,6}?)\d+\s*(?:帧|fps)?\s*(?:以上|以下|左右|上下|多)\s*[，,]\s*(?:就|那就|用|改成|要)?\s*(\d+)\s*(?:帧|fps)?"
     r"\s*(?:吧|好了|就行|就好|就可以)?(?=\s*(?:$|[，,;；。！!]))", r"\g<1>\2帧"),
)
# the ducking complained of as what it does: "the music dipping every time she talks sounds weird" (set BZ bz046): after a
# wish to turn the ducking off it is its reason (the clause left the whole unread), said alone it is that wish
_K_DIP = (r"(?:the\s+)?(?:background\s+)?(?:music|song|bgm|soundtrack)\s+(?:keeps\s+|always\s+)?(?:dipping|ducking|dropping|going\s+down|getting\s+(?:quieter|softer)"
          r"|fading\s+(?:out|down)|dips|drops|ducks|goes\s+down|gets\s+(?:quieter|softer))\b[^.;!?,]{0,50}?\b(?:sounds?|is|feels?|seems?|gets?|looks?)\s+"
          r"(?:really\s+|kind\s+of\s+|kinda\s+|so\s+|a\s+bit\s+|super\s+|very\s+|pretty\s+)?(?:weird|odd|strange|bad|annoying|distracting|awkward|janky|jarring|unnatural)\b")
REWRITES = REWRITES + (
    (rf"(\bducking\b[^.;!?]{{0,20}}?)\s*[,;.]\s*(?:because\s+|since\s+|as\s+)?{_K_DIP}", r"\1"),
    (rf"(?:^|(?<=[,;.]\s)|(?<=[,;.])){_K_DIP}", "turn off ducking"),
)
# a sale or a campaign said as the reason for a wish before it: "we're running a sale, style it like a sale ad" (the
# clause of no edit left the wish unread; set BY by077): dropped when a wish follows
REWRITES = REWRITES + (
    (r"^\s*(?:so\s+)?(?:we'?re|we\s+are|i'?m|i\s+am)\s+(?:running|having|doing|launching|throwing|starting)\s+(?:a\s+|an\s+|our\s+)?(?:big\s+|huge\s+|new\s+|little\s+)?"
     r"(?:sale|promo|promotion|discount|campaign|launch)(?:\s+(?:this|next)\s+(?:week|month|weekend))?\s*[,;:.]\s*(?:so\s+)?(?=[a-z])", ""),
)
# a voice the local engine cannot change asked for, with what to do instead: "is it possible to change the voice to a
# female voice? if not just make it a bit louder" (not read; set CA ca061): the other wish, said of the voiceover
REWRITES = REWRITES + (
    (r"\b(?:is\s+it\s+possible\s+to|can\s+(?:you|i|we)|could\s+(?:you|i|we)|would\s+it\s+be\s+possible\s+to)\s+(?:change|switch|swap|make)\s+(?:the\s+)?"
     r"(?:voice\s*-?\s*over|voiceover|voice|narration|narrator)(?:\s+(?:to|into|for))?\s+(?:a\s+|an\s+)?(?:female|male|woman'?s?|man'?s?|different|another|girl'?s?|guy'?s?|deeper|younger|older)"
     r"(?:\s+(?:voice|narrator|one|speaker))?\s*\??\s*(?:[,;.]\s*)?if\s+not\s*,?\s*(?:then\s+)?(?:just\s+)?(make|turn)\s+(?:it|that|the\s+voice)\s+", r"\1 the voiceover "),
)
# a tired kind complained of before the one to try: "fade transitions are boring, try slideleft" (read as the fade
# wished, "already like that", and "try slide" left unread; set CA ca097): the complaint dropped, "try" a wish
REWRITES = REWRITES + (
    (r"\b(?:the\s+)?(?:(?:cross-?)?fade|dissolve|wipe|slide|zoom)\s+transitions?\s+(?:are|is|look|looks|feel|feels|seem|seems|get|gets)\s+"
     r"(?:so\s+|too\s+|really\s+|kinda\s+|a\s+bit\s+|pretty\s+|very\s+)?(?:boring|dull|ugly|bland|meh|lame|cheesy|overused|basic|old)\s*[,;.]\s*(?:so\s+)?(?=(?:try|use|switch|go\s+with|let'?s)\b)", ""),
    (r"\btry\s+(?:(?:a|the|some)\s+)?((?:cross-?)?fade|dissolve|wipe|slide)s?\b(?!\s+(?:transitions?|in|out|at|to|from|on|the|of)\b)(?!-)", r"use \1 transitions"),
)
# "having" is an everyday word, one letter from "shaving" (a word for shortening): "we're having a big sale this weekend,
# use the sale preset" made the video shorter beside the style (a wrong edit found in wave 28 with set BY by077)
PLAIN_WORDS = PLAIN_WORDS + ("having",)
# a sound complained of, then the level wanted: "the unboxing sound is too loud, 40% please" (not read; set CA ca188): that
# sound at that level, as "the unboxing sound at 40%" is
REWRITES = REWRITES + (
    (r"\b(sound|audio|music|song|bgm|soundtrack|voice\s*-?\s*over|voiceover|voice|narration)\s+(?:is|'s|sounds|feels)\s+"
     r"(?:way\s+|much\s+|a\s+bit\s+|a\s+little\s+|kind\s+of\s+|so\s+|really\s+)?too\s+(?:loud|quiet|soft|low)\s*[,;.]\s*(?:so\s+)?"
     r"(?:(?:maybe|like|try|make\s+it|set\s+it\s+to|put\s+it\s+at|turn\s+it\s+(?:down|up)\s+to|bring\s+it\s+(?:down|up)\s+to|lower\s+it\s+to|raise\s+it\s+to)\s+)?"
     r"(\d+(?:\.\d+)?\s*%)(?:\s+(?:please|pls|plz|instead))?(?=\s*(?:$|[.;!?]))", r"\1 at \2"),
)
# the music said cut with nothing after it: "slow-mo the clip, like half speed, and cut the music" (left unread; set BZ
# bz172): removed, as "remove the music" ("cut the music at 20 seconds", "cut the music short" stay unread)
REWRITES = REWRITES + (
    (r"\bcut\s+(?:out\s+)?(?:the\s+|that\s+|this\s+)?(?:background\s+)?(?:music|song|bgm|soundtrack)"
     r"(?=\s*(?:$|[,.;!?]|\s+(?:and|then|please|pls|too|entirely|completely|altogether)\b))", "remove the music"),
)
# what is left to hear said after the music goes: "把背景音乐删了，只听视频原声" (the clause of no edit left the whole
# unread; set BZ bz202): the clips' own sound plays anyway, nothing to do
REWRITES = REWRITES + (
    (r"((?:背景音乐|音乐|配乐|bgm)[^。！!；;，,]{0,12}?)\s*[，,]\s*(?:我)?\s*(?:只|只要|只想|就)\s*(?:听|保留|留着?|要)\s*(?:视频|片段)?\s*(?:的|自带的?)?\s*"
     r"(?:原声|原音)\s*(?:就行|就好|就可以|了)?(?=\s*(?:$|[。！!；;]))", r"\1"),
)
# a transition's kind between the pictures with a short length "each" after it: "use a wipe between the photos, 0.8s each,
# and make it 25 seconds" (the length was read as each picture's and the wipe dropped unsaid: a partial edit found in
# wave 28 beside set BZ bz296): the transitions' length (a longer one is left to the pictures' reading)
REWRITES = REWRITES + (
    (r"\b(?:(?:use|add|put|try|with)\s+)?(?:an?\s+)?((?:cross-?)?fade|dissolve|wipe|slide)s?\s+(?:transitions?\s+)?between\s+(?:the\s+|all\s+(?:the\s+)?)?"
     r"(?:photos|pictures|images|pics|slides|shots|clips|scenes)\s*,\s*((?:[0-2](?:\.\d+)?|\.\d+)\s*(?:s|secs?|seconds?))\s+each\b", r"use \1 transitions of \2"),
    # (a longer one, "slide between the pictures, 4 seconds each", is each picture's: the slide was dropped unsaid)
    (r"\b(?:(?:use|add|put|try|with)\s+)?(?:an?\s+)?((?:cross-?)?fade|dissolve|wipe|slide)s?\s+(?:transitions?\s+)?between\s+(?:the\s+|all\s+(?:the\s+)?)?"
     r"(?:photos|pictures|images|pics|slides|shots|scenes)\s*,\s*((?:[3-9]|\d{2,})(?:\.\d+)?\s*(?:s|secs?|seconds?))\s+each\b",
     r"use \1 transitions and show each picture for \2"),
)
# one sound said hard to hear over another, no remedy asked: "i can barely hear the narration over the music", "the
# voiceover is hard to hear under the music", "i can't hear the voice because the music is too loud", "音乐太吵，听不清旁白"
# (set CE ce060, CG cg098 raised the voice and the music both, a wrong edit): the other sound is too loud, the one said
# is left as it is (the lead's reading). Asked up in so many words after it ("…, make it louder", "turn the voice up")
# the sound said goes up instead, as before: then only the "over the music" is dropped (the music was raised too)
_K_HEARD = (r"(?:the\s+|a\s+|our\s+|my\s+)?(?:voice\s*-?\s*over|voiceover|narration|narrator|voice|vo|speaker|presenter|host"
            r"|(?:clip'?s?|video'?s?)\s+(?:sound|audio)|talking|speech|words|dialogue)")
_K_OVER = (r"(?P<b>(?:the\s+)?(?:background\s+)?(?:music|bgm|soundtrack|song|track)|(?:the\s+)?(?:voice\s*-?\s*over|voiceover|narration"
           r"|narrator|voice))")
_K_UP_AFTER = r"(?![^\n]{0,80}?\b(?:louder|up|boost|boosted|raise|raised|increase|amplify|pump|crank)\b)"
_K_CANT = (r"\b(?:(?:i|we|you|people|viewers|they)\s+)?(?:can\s+(?:barely|hardly|only\s+just|just\s+about|not|really\s+not)|can'?t|cannot"
           r"|could\s+(?:barely|hardly|not)|couldn'?t|barely|hardly|struggle\s+to|(?:have|having)\s+(?:trouble|a\s+hard\s+time))\s+"
           r"(?:really\s+|even\s+|properly\s+|clearly\s+)?(?:hear(?:ing)?|make\s+out)\s+(?:what\s+)?")
_K_HARD = (r"(?:(?:is|'s|are|gets?|was|sounds?)\s+)?(?:really\s+|pretty\s+|so\s+|a\s+bit\s+|kind\s+of\s+|kinda\s+|very\s+|way\s+too\s+)?"
           r"(?:(?:hard|difficult|impossible|tough)\s+to\s+(?:hear|make\s+out)|lost|buried|inaudible|barely\s+audible|too\s+(?:quiet|soft|low))")
_K_UP_AFTER_ZH = r"(?![^\n]{0,30}?(?:大声|调大|调高|提高|加大|放大|响一点|大一点|大一些))"
_K_BEHIND = r"\s+(?:over|above|under|beneath|below|behind|against|with)\s+(?:all\s+)?"
# a sound said covered by another, in the passive: "the narration is drowned out by the music", "the voiceover gets buried
# under the music" (the voice was raised to 150%; wave 31 B row 3, the lead's decision of wave 30: the covering sound goes
# down, the one covered stays). Without the covering sound ("the narration gets drowned out") the one said goes up, as before
_K_COVERED = (r"(?:(?:is|'s|are|gets?|getting|was|being|keeps\s+getting)\s+)?(?:completely\s+|totally\s+|kind\s+of\s+|kinda\s+"
              r"|a\s+bit\s+|just\s+|really\s+|always\s+)?(?:drowned(?:\s+out)?|swamped|overpowered|masked|covered(?:\s+up)?"
              r"|buried|smothered|drowning)\s+(?:by|under|beneath|behind|below|in)\s+(?:all\s+)?")
# (either way round, as the active "the voiceover drowns out the music" reads: "the music is drowned out by the voiceover")
_K_COVERED_ONE = rf"(?:{_K_HEARD}|(?:the\s+|our\s+|my\s+)?(?:background\s+)?(?:music|bgm|soundtrack|song))"
_K_CLIP_COVERING = r"(?P<b>(?:the\s+)?(?:clip'?s?|video'?s?)\s+(?:sound|audio))"
REWRITES = (
    (rf"\b{_K_COVERED_ONE}\s+{_K_COVERED}{_K_OVER}\b{_K_UP_AFTER}", r"\g<b> is too loud"),
    (rf"\b{_K_COVERED_ONE}\s+{_K_COVERED}{_K_CLIP_COVERING}\b{_K_UP_AFTER}", r"\g<b> is too loud"),
    (rf"{_K_CANT}{_K_HEARD}(?:\s+(?:is\s+)?(?:saying|says))?{_K_BEHIND}{_K_OVER}\b{_K_UP_AFTER}", r"\g<b> is too loud"),
    (rf"\b{_K_HEARD}\s+{_K_HARD}{_K_BEHIND}{_K_OVER}\b{_K_UP_AFTER}", r"\g<b> is too loud"),
    (rf"{_K_CANT}{_K_HEARD}\s*,?\s*(?:because|since|as|cause|cos|coz|with)\s+{_K_OVER}\s+(?:is|'s|being)\s+"
     r"(?:way\s+|so\s+|much\s+|far\s+)?(?:too\s+loud|so\s+loud|too\s+much|overpowering|way\s+louder)\b", r"\g<b> is too loud"),
    # (asked up after it: the sound said, never the other one too)
    (rf"({_K_CANT}{_K_HEARD}){_K_BEHIND}{_K_OVER}\b", r"\1"),
    # ("在音乐里听不清旁白" raised the music: the music too loud, or, asked up after it, the voice's complaint alone)
    (r"(?:在)?\s*(?:(?:背景)?音乐|配乐|bgm)(?:声)?\s*(?:里|中|下)\s*(?:都|根本|完全)?\s*听不(?:清楚?|见|到|太清楚?)\s*"
     rf"(?:旁白|配音|人声|解说|口播|说话|讲话)(?:的声音)?(?:了)?{_K_UP_AFTER_ZH}", "音乐太大声"),
    (r"(?:在)?\s*(?:(?:背景)?音乐|配乐|bgm)(?:声)?\s*(?:里|中|下)\s*(?:都|根本|完全)?\s*(?=听不(?:清|见|到|太清))", ""),
) + REWRITES
REWRITES = REWRITES + (
    # (in Chinese the loud one said first, then what is lost under it, "背景音乐太吵了，听不清配音", or after it: "听不清旁白，音乐太响了"
    # raised the voice too; "音乐太吵了听不清我说话", the person's own talking, raised the music: set EU eu037)
    (r"((?:背景音乐|音乐|配乐|bgm)(?:声|的声音)?\s*(?:太|有点|有些|好|很)\s*(?:大声|大|吵|响)了?)\s*[,，]?\s*(?:都|所以|根本|完全)?\s*"
     rf"听不(?:清楚?|见|到|太清楚?)\s*(?:我们?\s*(?:在)?\s*(?=说|讲))?(?:旁白|配音|人声|解说|口播|说话|讲话|说的话|讲的话)(?:的声音)?(?:了)?(?=\s*(?:$|[,，。；;!！])){_K_UP_AFTER_ZH}", r"\1"),
    (r"(?:^|(?<=[,，。；;]))\s*(?:旁白|配音|人声|解说|口播|说话|讲话)?(?:的声音)?\s*听不(?:清楚?|见|到|太清楚?)\s*(?:旁白|配音|人声|解说|口播|说话|讲话)?(?:的声音)?"
     rf"\s*[,，]\s*(?:因为)?\s*((?:背景音乐|音乐|配乐|bgm)(?:声|的声音)?\s*(?:太|有点|有些|好|很)\s*(?:大声|大|吵|响)了?)(?=\s*(?:$|[,，。；;!！])){_K_UP_AFTER_ZH}", r"\1"),
)
# a text named, then its animation wished away bare in the next clause: that text's ("客户觉得标题太花哨了 不要动画" stopped
# the pictures' motion; set EU eu097)
REWRITES = REWRITES + (
    (r"((标题|大标题|字幕|文字)[^。；;！!？?，,]{0,12}[，,]\s*)(?:那就|就|也|再)?\s*(不要|去掉|取消|关掉|别要|不用)\s*(?:任何|那些)?\s*(?:的)?\s*动画(?:效果)?(?=\s*(?:$|[，,。；;！!]|了|吧))",
     r"\1\2\3动画"),
    # (the complaint before it is why, said of the same text: not a wish left undone)
    (r"(?:^|(?<=[，,。；;]))\s*(?:(?:客户|老板|对方|领导|我们?|大家)\s*(?:觉得|认为|说|反馈)\s*)?(标题|大标题|字幕|文字)\s*(?:有点|太|过于|很|有些)\s*"
     r"(?:花哨|花里胡哨|花|浮夸|乱|土|俗|夸张)了?\s*[，,]\s*(?=(?:那就|就)?\s*\1)", ""),
    (r"(?:^|(?<=[，,。；;]))\s*(?:(?:客户|老板|对方|领导|我们?|大家)\s*(?:觉得|认为|说|反馈)\s*)?(标题|大标题|字幕|文字)\s*(?:有点|太|过于|很|有些)\s*"
     r"(?:花哨|花里胡哨|花|浮夸|乱|土|俗|夸张)了?\s*[，,]\s*(?:那就|就)?\s*(?=换|改|用|不要|去掉|取消|调)", r"\1"),
)
# the pictures' motion said as shaking or swaying ("图片不要晃 转场也不要": set EU eu095 looked for a picture "晃")
REWRITES = REWRITES + (
    (r"(图片|照片|画面|图)\s*(?:都)?\s*(不要|别|不用|不想)\s*(?:再)?\s*(?:晃来晃去|摇来摇去|晃动|摇晃|晃|抖动|抖|飘来飘去)(?:了)?", r"\1\2动"),
)
# the first seconds "kept" of an overlay just placed are the time it shows ("促销贴纸贴在左上角 只要前5秒" trimmed a clip there
# was none of, and the sticker stayed on all along; set EU eu064)
REWRITES = (
    (r"((?:贴纸|logo|水印|标志|角标|sticker)[^。；;！!？?，,]{0,20}(?:[，,]\s*|\s+))(?:就)?\s*只\s*(?:要|留|保留|放|出现)\s*(?=(?:前|开头)\s*\d)", r"\1只显示"),
) + REWRITES
# a background's colour and the letters' said run together: two parts ("结尾加一屏 关注我们 背景黑色字白色" left both unread;
# set EU eu059), as "背景黑色，字白色" is read
REWRITES = (
    (r"(背景(?:颜色|色)?\s*(?:是|用|为|改成)?\s*(?:[\u4e00-\u9fff]{1,3}色|#[0-9a-f]{6}|#[0-9a-f]{3}))\s*(?=(?:文字|字体|字)\s*(?:颜色|色)?\s*(?:是|用|为|改成)?\s*(?:[\u4e00-\u9fff]{1,3}色|#[0-9a-f]{3,6}))", r"\1，"),
    (r"((?:文字|字体|字)\s*(?:颜色|色)?\s*(?:是|用|为|改成)?\s*(?:[\u4e00-\u9fff]{1,3}色|#[0-9a-f]{6}|#[0-9a-f]{3}))\s*(?=背景(?:颜色|色)?\s*(?:是|用|为|改成)?\s*(?:[\u4e00-\u9fff]{1,3}色|#[0-9a-f]{3,6}))", r"\1，"),
) + REWRITES
# one caption named by its words, then "remove it" / "take that one off": that caption, never all of them ("Per the user,
# the 'Clip' caption looks like a placeholder, so take that one off" removed every caption; set ET et034)
REWRITES = REWRITES + (
    # (what it looks like is why: "the 'Clip' caption looks odd, remove it" is "remove the 'Clip' caption")
    (r"\bthe\s+(\ue000\d+\ue001)\s+(?:caption|subtitle|label)\s+(?:looks|is|seems|feels|reads|sounds)\b[^.;!?\ue000]{0,60}?(?:[,;]|\band\b)\s*"
     r"(?:so\s+|and\s+|please\s+|just\s+|then\s+)*"
     r"(take\s+off|take\s+out|take\s+down|remove|delete|drop|get\s+rid\s+of|kill|cut|lose|ditch)\s+(?:it|that\s+one|that|this\s+one|this)\b",
     r"\2 the \1 caption"),
    (r"(\bthe\s+(\ue000\d+\ue001)\s+(?:caption|subtitle|label)\b[^.;!?\ue000]{0,60}?(?:[,;]|\band\b)\s*(?:so\s+|and\s+|please\s+|just\s+|then\s+)*"
     r"(?:take\s+off|take\s+out|take\s+down|remove|delete|drop|get\s+rid\s+of|kill|cut|lose|ditch))\s+(?:it|that\s+one|that|this\s+one|this)\b",
     r"\1 the \2 caption"),
)
# "bump X to N" sets X to N ("bump the black cap to 8 seconds" was not understood; set EV ev025); "bump it up" stays louder
REWRITES = REWRITES + (
    (r"\bbump(?:ing)?\s+(?:up\s+)?(?=(?:the|image|picture|photo|pic|slide|it|that|this)\b[^,.;!?]{0,40}?\s+(?:up\s+)?to\s+\d)", "set "),
)
# "直接" (just, straight away) before a verb of the pictures is no part of the wish ("把背包那张图直接删掉吧" asked which
# picture; set EV ev014); a removed picture's own caption said too is removed with it ("对应的字幕也一起去掉" removed every
# caption; "remove the backpack photo and its caption too" asked which of two pictures)
REWRITES = REWRITES + (
    (r"直接\s*(?=删|去掉|拿掉|移到|挪到|放到|换成|改成)", ""),
    (r"((?:删|去掉|拿掉|移除)[^，,。；;！!？?]{0,12})[，,]\s*(?:它|那张|这张)?\s*(?:对应|相应|配套|下面)的?\s*字幕\s*(?:也|都)?\s*(?:一起|一并|顺便|跟着)?\s*"
     r"(?:去掉|删掉|删除|拿掉|删了|去了)(?:吧|了)?(?=\s*(?:$|[，,。；;！!]))", r"\1"),
    (r"(\b(?:remove|delete|drop|cut|lose|ditch|take\s+out|get\s+rid\s+of)\b[^,.;!?]{1,40}?)\s*(?:,\s*)?(?:and|with|plus)\s+(?:also\s+)?(?:its\s+|the\s+(?=matching|corresponding))"
     r"(?:matching\s+|corresponding\s+|own\s+)?caption(?:\s+too|\s+as\s+well|\s+with\s+it)?(?=\s*(?:$|[,.;!?]))", r"\1"),
)
# what a wish will make it look like, said after it, is why ("开箱视频放慢一点，用0.5倍速播放，看起来会更有质感一些" left the
# 0.5x unread; "…各1秒就行，我觉得这样整条片子会更有电影感一些"; set EV ev076 ev128), as "it feels more dynamic" is
REWRITES = REWRITES + (
    # (how it looks now, said after the wish: "logo的透明度调到50%吧，现在太实了，一直压在画面上不好看" was not understood; set
    # EV ev113. Only a clause with no verb of change)
    (r"[，,]\s*(?:(?!调|改|换|删|去掉|加|放|移|挪|用|要)[^，,。；;！!？?]){0,14}?(?:不好看|难看|很丑|太丑|不太好看|怪怪的|别扭|很怪|有点怪)"
     r"(?:了|啊|吧)?(?=\s*(?:$|[，,。；;！!]))", ""),
    (r"[，,]?\s*(?:我觉得|我感觉|感觉|觉得)?\s*(?:这样)?\s*(?:整条片子|整个视频|视频|画面|片子|整体)?\s*(?:(?:看起来|看着|显得)\s*(?:会|就会)?|会显得|就会|会)\s*更\s*(?:加)?\s*(?:有)?"
     r"[\u4e00-\u9fff]{1,5}?(?:一些|一点|些|点)?(?:吧|了|啊)?(?=\s*(?:$|[，,。；;！!]))", ""),
)
# a clip's part said as "第4秒到第10秒那一段" is that part; the rest said cut after it, and the clip complained of as dragging,
# are why ("视频片段只要第4秒到第10秒那一段就行，前后其余的部分都剪掉吧，开头和结尾都太拖了" was not understood, or trimmed twice;
# set EV ev074); a look complained of as plain after its new colour is why ("…字的颜色用金色，现在这个白色有点普通", ev047)
REWRITES = REWRITES + (
    (r"(第?\s*\d+(?:\.\d+)?\s*秒\s*(?:到|至|-|~)\s*第?\s*\d+(?:\.\d+)?\s*秒)\s*(?:的)?\s*(?:那|这)\s*(?:一|1)?\s*(?:段|部分|截)", r"\1"),
    (r"((?:只要|只留|只保留|保留|剪到|剪成|截取|只用|用)[^。；;！!？?]{0,20}?\d+\s*秒\s*(?:到|至|-|~)\s*第?\s*\d+\s*秒[^，,。；;！!？?]{0,10})"
     r"(?:[，,]\s*(?:前后|其余|其他|剩下|别的)(?:的)?[^，,。；;！!？?]{0,8}?(?:都)?\s*(?:剪掉|删掉|去掉|不要|剪了)(?:了|吧)?(?=\s*(?:$|[，,。；;！!])))?"
     r"(?:[，,]\s*[^，,。；;！!？?]{0,10}?(?:太拖|太长|拖沓|拖拉|拖了|冗长|太慢)(?:了|啊|吧)?(?=\s*(?:$|[，,。；;！!])))?", r"\1"),
    (r"[，,]\s*(?:现在|目前|原来)(?:的)?(?:这个|那个)?[^，,。；;！!？?]{0,8}?(?:有点|太|很|比较|过于)?\s*(?:普通|单调|平淡|没感觉|土|俗气|廉价|素)(?:了|啊|吧)?"
     r"(?=\s*(?:$|[，,。；;！!]))", ""),
    (r"[，,]\s*(?:还是)?\s*(?:不够|没有|缺少|少了点?)\s*(?:有)?\s*[\u4e00-\u9fff]{1,4}?的?感觉?(?:了|啊|吧)?(?=\s*(?:$|[，,。；;！!]))", ""),
)
# "it" wished to open or close the video: first or last ("the watch is their bestseller, so they'd like it to open the
# video" was not understood; set ET et001); what a product is to the shop, said before the wish, is why ("the watch is our
# bestseller, put it first" said the first clause not understood)
REWRITES = REWRITES + (
    (rf"\b(?:i|we|they|he|she|the\s+client|the\s+user|the\s+customer)\s*(?:'d|’d|\s+would)\s+(?:like|love|prefer|want)\s+(it|that\s+one|this\s+one|them)\s+to\s+"
     rf"(?:open|start|begin|lead|kick\s+off)\s+{_WHOLE_VIDEO}\b", r"put \1 first"),
    (rf"\b(?:i|we|they|he|she|the\s+client|the\s+user|the\s+customer)\s*(?:'d|’d|\s+would)\s+(?:like|love|prefer|want)\s+(it|that\s+one|this\s+one|them)\s+to\s+"
     rf"(?:close(?:\s+out)?|end|finish|wrap\s+up)\s+{_WHOLE_VIDEO}\b", r"put \1 last"),
    (r"(?:^|(?<=[.;!?]))\s*(?:the\s+user\s+says\s+|the\s+client\s+says\s+)?((?:the\s+)?[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*)?)\s+(?:is|'s)\s+(?:our|their|my|his|her|the)\s+"
     r"(?:best[\s-]?sell(?:er|ing(?:\s+(?:item|product))?)|top\s+seller|hero(?:\s+(?:product|item|shot))?|newest(?:\s+(?:item|product|arrival))?|favou?rite|most\s+popular(?:\s+(?:item|product))?"
     r"|new\s+arrival|signature\s+(?:item|product|piece))\s*,\s*(?:so\s+)?(?=[a-z])", r"\1: "),
)
# (set ET) a relayed wish's other shapes: the speaker said in the middle (", the user says,"), the reason after "since",
# "X to lead", two things that should swap
REWRITES = (
    (r"\s*[,;]\s*(?:the|my|our|her|his)\s+(?:user|client|customer|boss|manager|colleague)\s+(?:says|said|thinks|mentioned|notes|noted)\s*(?=[,;])", ""),
    (r"(?:\s*,\s*(?:since|because|cause|'cause)|\s+(?:since|because))\s+(?:it|they|that|this|she|he)\s*(?:'s|’s|'re|\s+is|\s+are|\s+was|\s+has|\s+have)\s+[a-z]"
     # (to its clause's end: "…since it's out of stock, and put the gold ring at the very start", set EL el041)
     r"(?:(?!,\s*(?:and|then|also|plus|but|so)\b)[^.;!?,])*", ""),
    (r"\b((?:the\s+)?[a-z][a-z\-]*(?:\s+(?:clip|video|photo|picture|shot|image|footage))?)\s+(?:to|should|must|needs\s+to)\s+lead\b(?!\s+(?:the|into|to|in|with)\b)", r"move \1 first"),
    # ("the backpack and watch should swap places", set EW ew089 dropped it without a word)
    (r"\b(the\s+[a-z][a-z\-]*(?:\s+(?:photo|picture|shot|image|one))?\s+and\s+(?:the\s+)?[a-z][a-z\-]*(?:\s+(?:photo|picture|shot|image|one))?)\s+(?:to|should|need\s+to|must)\s+"
     r"(?:swap|trade|switch|exchange)(?:\s+places|\s+spots|\s+positions)?(?:\s+in\s+the\s+(?:lineup|order|sequence))?\b", r"swap \1"),
) + REWRITES
# "its" typed for "it's" before what it is or does ("love the music but its drowning out my voice, turn it down" lowered the
# voice; "the ring picture … its our best seller"; set EW ew001)
REWRITES = (
    (r"\bits\s+(?=(?:drowning|getting|too|so|way|kinda|kind\s+of|a\s+bit|a\s+little|really|very|not|still|just|our|my|their|your"
     r"|fine|perfect|great|good|ok|okay|hard|loud|quiet|the\s+(?:best|newest|hero|main)|for|meant|supposed|going|covering|blocking)\b)", "it is "),
    # (what is liked, "but it" then does something: that thing does it; the praise is why, never a wish left undone)
    (r"\b(?:i\s+|we\s+)?(?:love|like|really\s+like|dig|enjoy)\s+(the\s+(?:music|song|track|soundtrack|bgm|title|captions|transitions|voiceover|logo))\s*,?\s*"
     r"but\s+(?:it\s+is|it'?s|they\s+are|they'?re)\s+", r"\1 is "),
) + REWRITES
# the clip and a sound muted together: each muted ("mute the clip and the voice" muted the voice alone; set EW ew074)
REWRITES = REWRITES + (
    (r"\b(mute|silence|unmute)\s+((?:the\s+)?(?:[a-z0-9\-]+\s+)?(?:video\s+)?clip|[a-z0-9_\-]+\.(?:mp4|mov|webm))\s+and\s+"
     r"(the\s+(?:voice(?:over)?|narration|music|song|background\s+music))\b"
     # (never a sound with a wish of its own after it: "clip.mp4 muted and the music set to 50%")
     r"(?!\s+(?:set|to|at|boosted|lowered|raised|turned|down|up|louder|quieter|softer|a\s+bit|slightly|\d))", r"\1 \2 and \1 \3"),
)
# a picture wished "in there too": added ("the ring should be in there too, at the end" was dropped without a word; set EW
# ew103)
REWRITES = REWRITES + (
    (r"\b(the\s+[a-z][a-z\-]*(?:\s+(?:photo|picture|shot|pic|image))?)\s+(?:should|must|needs\s+to|has\s+to)\s+be\s+in\s+(?:there|it|the\s+video|the\s+promo)"
     r"(?:\s+too|\s+as\s+well)?\b", r"add \1"),
)
# (set EX) reasons said in Chinese after the wish: what someone will do later ("后面他还要对音乐" made the video 4 s long),
# what is enough already ("老板说有配音讲解就够了" removed the voiceover), the brand's mood ("品牌调性要稳重大气一点" applied the
# elegant style), a platform's effect named in passing ("客户想要抖音上很火的那种效果" made the video vertical)
REWRITES = (
    (r"[，,]\s*(?:因为)?\s*(?:后面|之后|回头|待会儿?|等下|等会儿?|以后)\s*(?:他|她|我|我们|老板|客户|他们)?\s*(?:还)?\s*(?:要|得|会)[^，,。；;！!？?]{0,12}(?=\s*(?:$|[，,。；;！!]))", ""),
    (r"[，,]\s*(?:因为)?\s*(?:客户|老板|领导|他们|他|她|我们)?\s*(?:说|觉得|认为)?\s*(?:有|用)\s*(?:配音|旁白|人声|解说|讲解|配音讲解|音乐|字幕|标题)[^，,。；;！!？?]{0,6}?"
     r"(?:就够了|就行了|就可以了|足够了|就好了)(?=\s*(?:$|[，,。；;！!]))", ""),
    (r"[，,]\s*(?:因为)?\s*(?:客户|老板|领导|他们|他|她|我们)?\s*(?:说|觉得|认为)?\s*(?:他们|我们)?的?\s*品牌(?:调性|风格|形象|定位)\s*(?:要|是|比较|偏|需要)?[^，,。；;！!？?]{0,10}"
     r"(?=\s*(?:$|[，,。；;！!]))", ""),
    # (and what is kept beside a removal: "字幕全部去掉，…，不过开头的标题要保留")
    (r"[，,]\s*(?:不过|但是?|但|而)?\s*(?:开头的|原来的|现在的|片头的)?\s*(?:标题|大标题|音乐|背景音乐|配音|旁白|logo)\s*(?:要|得|还是|还|就)?\s*(?:保留|留着|留下|不动|别动|不变)(?:着)?(?:吧)?"
     r"(?=\s*(?:$|[，,。；;！!]))", ""),
    (r"[，,]\s*(?:因为)?\s*(?:客户|老板|领导|他们|他|她|我们|用户)?\s*(?:想要|要|喜欢|想做)\s*(?:抖音|小红书|快手|b站|视频号|tiktok|instagram|ins)\s*上\s*(?:很火|很流行|流行|常见|爆火)的?\s*(?:那种)?\s*(?:效果|感觉|风格|样子)(?=\s*(?:$|[，,。；;！!]))", ""),
) + REWRITES
# a sound said louder or quieter than another: that sound alone changes ("the voice has to be louder than the music" raised
# both; "The clip's own sound should be quieter than the music" lowered both; set EY ey012 ey055)
REWRITES = REWRITES + (
    # ("make the logo 30% see-through" is 30 % transparent; it was read 50 %, set EY ey080)
    (r"\b(\d+(?:\.\d+)?\s*%)\s*(?:see[\s-]*through|translucent|seethrough)\b", r"\1 transparent"),
    # (kept below or above another said after a change of it is a bound, no second change: "Make the music a little louder,
    # but keep it quieter than the voice" raised it and lowered it again; set EY ey038)
    (rf"\s*,?\s*(?:but\s+|and\s+)?(?:keep|make\s+sure)\s+(?:it|that|them)\s+(?:is\s+|stays\s+)?(?:still\s+)?(?:quieter|softer|lower|louder|higher|below|under|above)\s+(?:than\s+)?{_SOUND_P}\b", ""),
    (rf"\b(louder|quieter|softer|lower|higher|more\s+audible)\s+than\s+{_SOUND_P}\b(?:\s+is)?", r"\1"),
    (r"(人声|配音|旁白|音乐|背景音乐|原声|视频原声)\s*(?:要|得|应该)?\s*比\s*(?:人声|配音|旁白|音乐|背景音乐|原声|视频原声)\s*(?:的声音)?\s*(?:更)?\s*(大|小|响|轻)", r"\1\2一点"),
)
# (set EW) "each one" given a length is each picture; a kind of transition said "the X kind"; what the video is for, said
# after the wish without a comma ("use the energetic style its for a product drop" asked what "it" was)
REWRITES = REWRITES + (
    # (only after the pictures are named: "make each one 5 seconds" alone says not of what, wave25_i)
    (r"(\b(?:pictures?|photos?|images?|slides?|shots?|pics?)\b[^.;!?]{0,80}?)\b(make|set|show|keep|give|hold)\s+(?:each|every)\s+one\s+"
     r"(?=(?:for\s+)?(?:about\s+|like\s+|around\s+)?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b)", r"\1\2 each picture "),
    (r"\b(transitions?\s+)(?:to\s+|into\s+)?the\s+([a-z][a-z\- ]{1,20}?)\s+(?:kind|type|sort|ones?)\b", r"\1\2"),
    (r"\s+(?:it\s+is|it's|its|this\s+is|it\s+will\s+be)\s+for\s+(?:a|an|the|our|my|their)\s+[a-z][^.;!?,]*", ""),
)
# (set EW) the title kept "the whole time" said of "it" after the title is named ("title at the bottom and make it stay the
# whole time" left it unread); the end card then "fade to black after it"; the title "come in a bit later, like after one
# second" (its start)
REWRITES = REWRITES + (
    (rf"(\btitle\b[^.;!?]{{0,60}}?)\b(?:make|keep|have|let|leave)\s+it\s+(?:(?:stay|on\s+screen|up|there|visible|shown)\s+)*{TITLE_WHOLE_VIDEO}",
     rf"\1show the title {TITLE_WHOLE_VIDEO}"),
    # (after "it" only of an end card said before: "put the ring first and fade out to black after it" is a transition, asked)
    (r"\bfade\s+(?:out\s+)?to\s+(black|white)\s+after\s+(?:the\s+(?:end\s+)?card|the\s+outro)\b", r"fade out to \1"),
    (r"(\b(?:end\s*card|outro|closing\s+card)\b[^.;!?]{0,80}?)\bfade\s+(?:out\s+)?to\s+(black|white)\s+after\s+(?:it|that)\b", r"\1fade out to \2"),
    (r"\b(the\s+(?:title|headline))\s+(?:come|comes|show\s+up|appear|pop)\s+(?:in\s+)?(?:a\s+bit\s+|a\s+little\s+|slightly\s+)?later\s*,?\s*"
     r"(?:like|say|maybe|about|around)?\s*(?:after|at)\s+(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))", r"start \1 at \2"),
)
# both fades asked, their length, then their colour ("开头淡入和结尾淡出都加上，各一秒半，用白色" faded through black: the
# colour was dropped without a word; set EX ex078): said as the fades' rule reads one colour for both
REWRITES = (
    (r"(?:开头淡入\s*(?:和|跟|、|与)\s*结尾淡出|开头结尾\s*(?:都)?\s*(?:加)?\s*淡入淡出|首尾\s*(?:都)?\s*(?:加)?\s*淡入淡出)\s*(?:都)?\s*(?:加上?|要|做)?\s*[，,]\s*"
     r"各\s*(\d+(?:\.\d+)?\s*秒(?:半)?)\s*[，,]\s*(?:颜色)?\s*(?:都)?\s*(?:用|是|要)?\s*(白|黑)(?:色|场|屏)?(?:的)?(?=\s*(?:$|[，,。；;！!]))",
     r"首尾都加\2色淡入淡出，各\1"),
) + REWRITES
# the music kept at one level after its ducking is turned off says the same again; its level said "整体" after it is the
# music's ("音乐的自动闪避关掉，让音乐一直保持同样的音量，但整体调到百分之二十五" left both unread; set EX ex049)
REWRITES = REWRITES + (
    (r"[，,]\s*(?:让|使)?\s*(?:背景)?音乐\s*(?:一直|始终|全程)\s*(?:都)?\s*(?:保持)?\s*(?:在)?\s*(?:同样|一样|相同|统一|同一个?)的?\s*音量(?:上)?(?=\s*(?:$|[，,。；;！!]))", ""),
    (r"((?:音乐|背景音乐|配乐)[^。；;！!？?]{0,40}?)[，,]\s*(?:但是?|不过)?\s*整体\s*(?:音量)?\s*(?:再)?\s*(?:调到|调成|降到|设为|改成|调低到|调高到)\s*(\d+(?:\.\d+)?\s*%)",
     r"\1，音乐调到\2"),
)
# the person's own talking is the voiceover: "听不清我说话" (asked which sound; set EU)
REWRITES = REWRITES + (
    (r"听不(清楚?|见|到|太清楚?)\s*我们?\s*(?:在)?\s*(?:说话|讲话|说的话|讲的话|说什么|讲什么)", r"听不\1人声"),
)
# the ducking by its other names: "turn off the auto dip on the music when the voice talks" (set CH ch238 was not
# understood): the music's ducking
extend(TARGETS, "duck", en=("auto dip", "auto-dip", "autodip", "automatic dip", "auto dipping", "automatic dipping", "auto duck",
                            "auto-duck", "automatic ducking", "automatic duck", "music dip", "music dipping", "music ducking"))
# the ducking said under "it", the voice named just before: "voice to 120% and don't duck the music under it" (left unread
# beside the voice's level; set CF cf162): the music's ducking off (on, asked without the "don't")
REWRITES = REWRITES + (
    (r"\b(?:don'?t|do\s+not|never|stop|no\s+need\s+to)\s+(?:duck|dip|lower|turn\s+down|quieten|soften)(?:ing)?\s+the\s+(?:background\s+)?"
     r"(?:music|bgm|soundtrack|song)\s+(?:under|beneath|behind|below|for|when\s+(?:i|you)\s+hear)\s+(?:it|that|them|him|her)\b", "turn off ducking"),
    (r"\b(?:duck|dip)\s+the\s+(?:background\s+)?(?:music|bgm|soundtrack|song)\s+(?:under|beneath|below)\s+(?:it|that|them|him|her)\b",
     "turn on ducking"),
)
# the music wished level, "the whole time", then told not to go down under the voice by "it": "keep the music at the same
# level the whole time, don't lower it when the voice comes in" (not understood; set CE ce015): the ducking off; the
# music named before "don't lower it when …" is "it" ("turn the music up a bit, but don't lower it when the voice talks")
_K_THROUGH = (r"(?:\s+(?:the\s+whole\s+(?:time|way|video|thing)|the\s+entire\s+(?:time|video)|throughout(?:\s+the\s+video)?|all\s+the\s+way"
              r"(?:\s+through)?|all\s+along|from\s+start\s+to\s+(?:finish|end)|no\s+matter\s+what))?")
_K_NOT_LOWER_IT = (r"(?:please\s+|just\s+|and\s+)*(?:don'?t|do\s+not|never|no\s+need\s+to)\s+(?:lower|duck|dip|drop|reduce|turn\s+down|quieten"
                   rf"|soften)\s+it\s+(?:(?:every\s+time|each\s+time|when|while|whenever|as|once)\s+|(?:under|during|behind)\s+){_TALKER_EN}\b[^,.;!?]*")
REWRITES = REWRITES + (
    (r"\b(?:keep|leave|have)\s+the\s+(?:background\s+)?(?:music|bgm|soundtrack|song)\s+(?:at\s+)?(?:the\s+same\s+(?:level|volume)|one\s+level"
     rf"|steady|constant|level|even|flat){_K_THROUGH}\s*(?:[,;]\s*|\s+and\s+|\s+so\s+|\s*[-–—]\s*){_K_NOT_LOWER_IT}", "turn off ducking"),
    (r"\b(?:keep|leave|have)\s+the\s+(?:background\s+)?(?:music|bgm|soundtrack|song)\s+(?:at\s+)?(?:the\s+same\s+(?:level|volume)|one\s+level"
     rf"|steady|constant|level|even|flat){_K_THROUGH}\s*,?\s+(?:even\s+)?(?:when|while|whenever|as)\s+{_TALKER_EN}\b[^,.;!?]*", "turn off ducking"),
    (rf"(\b(?:music|bgm|soundtrack|song)\b[^.;!?,]{{0,60}}?)\s*(?:,\s*|\s+and\s+|\s+but\s+)(?:but\s+)?{_K_NOT_LOWER_IT}", r"\1, turn off ducking"),
)
# the transitions said cut with nothing after it: "cut the transitions" is none, as "cut the captions" removes them (set CV
# cv101 left it unread); "cut the transitions shorter / to 0.3 s / in half" stays their length
REWRITES = REWRITES + (
    (r"\bcut\s+(?:out\s+)?(?:the\s+|all\s+(?:the\s+)?|those\s+|these\s+|any\s+)?(?:transitions?|cross-?\s?fades?)"
     r"(?=\s*(?:$|[,.;!?]|\s+(?:and|then|please|pls|too|entirely|completely|altogether|between)\b))", "remove the transitions"),
)
# "them" after a kind of transition set: "use dissolve and make them a bit longer" is the transitions' length, as "make the
# transitions longer" (set CV cv039 left it unread); only a kind said as used, and only their length or speed
REWRITES = REWRITES + (
    (r"(\b(?:transitions?|cross-?\s?fades?|(?:use|try|switch\s+to|go\s+with|change\s+(?:them|it)\s+to)\s+(?:a\s+|the\s+)?"
     r"(?:dissolve|cross-?\s?fade|fade|wipe|slide|zoom|circle|pixelate|blur)s?(?:\s+(?:left|right|up|down))?)\b[^.;!?]{0,30}?"
     r"(?:,\s*|\s+and\s+|\s*,\s*and\s+)(?:then\s+)?)make\s+them\s+((?:a\s+(?:little|bit|tad|touch)\s+(?:bit\s+)?|slightly\s+)?"
     r"(?:longer|shorter|slower|faster|quicker)\b)", r"\1make the transitions \2"),
)
# a judgement with 不 said beside a wish is why, no wish of its own: "去掉logo，不好看", "不好听，把音乐换掉" (its 不 made the
# clause a negated one and the whole message was not understood; set CV cv074). Only a whole clause of it
_NOT_NICE_ZH = r"(?:因为|感觉|觉得)?\s*(?:有点|太|很|真|真的|实在|确实)?\s*不(?:太|怎么)?\s*(?:好看|美观|好听|协调|高级)\s*(?:了|啊|呀|吧)?"
REWRITES = REWRITES + (
    (rf"[，,]\s*{_NOT_NICE_ZH}\s*(?=$|[。.!！;；])", ""),
    (rf"^\s*{_NOT_NICE_ZH}\s*[，,]\s*(?=\S)", ""),
)
# "是不是可以把…", "是不是能…": a wish asked politely, as "可以把…" (set CV cv243 was not understood at all; "是不是要…" and
# "是不是…了" stay questions)
REWRITES = REWRITES + (
    (r"是不是\s*(?=(?:可以|能够|能)\s*(?:帮我|帮忙)?\s*[把将])", ""),
)
# the voiceover said cut with nothing after it, as the music is: "cut the voiceover, just music" (not understood: "cut" of a
# voice is no trim; set CH ch222): removed ("cut the voiceover at 20 seconds", "cut the voiceover short" stay unread)
REWRITES = REWRITES + (
    (r"\bcut\s+(?:out\s+)?(?:the\s+|that\s+|this\s+)?(?:voice\s*-?\s*over|voiceover|narration|narrator|vo)"
     r"(?=\s*(?:$|[,.;!?]|\s+(?:and|then|please|pls|too|entirely|completely|altogether)\b))", "remove the voiceover"),
)
# 关小 / 开大 after a sound said in English, as after its Chinese name: "把 music 关小一点" (asked whether to mute; set CG
# cg146): turned down / up, not off
_K_SOUND_LB = "".join(f"(?<={w})" if not k else f"|(?<={w})" for k, w in enumerate(
    ("music", "voice", "voiceover", "narration", "sound", "audio", "song", "track", "vo")))
REWRITES = REWRITES + (
    (rf"(?:{_K_SOUND_LB})\s*(?:的\s*)?(?:声音|音量)?\s*关小", "调小"),
    (rf"(?:{_K_SOUND_LB})\s*(?:的\s*)?(?:声音|音量)?\s*开大", "调大"),
)
# a colour of the screen said before both fades, "黑场淡入淡出", "白场淡入淡出" (only the fade in was read, from 黑场淡入, and the
# fade out dropped unsaid; set CF cf297): both ends of the whole video, to that colour. Said of the transitions it is their
# kind ("转场用黑场淡入淡出" faded the video in). Read first, before 黑场淡入 becomes 从黑色淡入
REWRITES = (
    (r"((?:转场|过渡|切换)[^，,。；;！!]{0,6}?)(黑场|白场|黑屏|白屏)\s*(?:的)?\s*淡入淡出", r"\1\2"),
    (r"(^|[，,；;。！!]\s*)(?:请|帮我|麻烦)?\s*(?:给|把)?\s*(?:整个视频|视频|整体|全片)?\s*(?:加上?|加个|加一个|加1个|做个|来个|用)?\s*(?:一个|1个)?\s*"
     r"(黑|白)(?:场|屏)\s*(?:的)?\s*淡入淡出(?:效果)?", r"\1首尾淡入淡出到\2色"),
) + REWRITES
# one length said before both fades of the whole video joined by 和: "给整个视频加上1.5秒的淡入和淡出" (read as 1.5 s more
# video and the fade out left unread, a wrong edit; set CG cg073): both ends, each that long
REWRITES = REWRITES + (
    # (at a clause's start, of the video or nothing named: "标题加1秒的淡入和淡出" is the title's)
    (r"(^|[，,；;。！!]\s*)\s*(?:请|帮我|麻烦)?\s*(?:给|把)?\s*(?:整个视频|视频|整体|全片)?\s*(?:加上?|加个|加一个|加1个|添加|来个|做个|要|用)?\s*(?:一个|1个)?\s*"
     r"(\d+(?:\.\d+)?\s*秒)\s*(?:钟)?\s*(?:的)?\s*(?:淡入|渐显)\s*(?:和|与|跟|及|、|加|以及)\s*(?:淡出|渐隐)(?:效果)?", r"\1首尾淡入淡出各\2"),
    # a fade said with where it goes after it: "加个淡出在结尾，两秒" (not understood; set CE ce299), "淡入放在开头" (at a
    # clause's start: "音乐淡出在结尾" is no fade of the whole video)
    (r"(^|[，,；;。！!]\s*)\s*(?:请|帮我|麻烦)?\s*(?:给|把)?\s*(?:整个视频|视频|整体|全片)?\s*(?:加上?|加个|加一个|加1个|添加|来个|做个)?\s*(?:一个|1个)?\s*"
     r"(?:淡出|渐隐)(?:效果)?\s*(?:放)?\s*在\s*(?:视频的?)?\s*(?:结尾|最后|片尾|末尾)(?:处)?", r"\1结尾加个淡出"),
    (r"(^|[，,；;。！!]\s*)\s*(?:请|帮我|麻烦)?\s*(?:给|把)?\s*(?:整个视频|视频|整体|全片)?\s*(?:加上?|加个|加一个|加1个|添加|来个|做个)?\s*(?:一个|1个)?\s*"
     r"(?:淡入|渐显)(?:效果)?\s*(?:放)?\s*在\s*(?:视频的?)?\s*(?:开头|片头|最前面)(?:处)?", r"\1开头加个淡入"),
)
# a fade given to the video's end or start: "give the ending a 2 second fade to black" (read as "show the ending … for 2
# seconds" and left unread beside the length; set CH ch076), "give the opening a quick fade from white": the whole
# video's fade at that end. Read first, before "give X N seconds" becomes "show X for N seconds"
_K_GIVE = r"\bgive\s+(?:the\s+)?(?:very\s+)?"
_K_A_FADE = r"\s+(?:of\s+(?:the|this|my|our)\s+video\s+)?(?:a|an|one)\s+"
_K_SOFT = r"(?:(?:quick|slow|short|gentle|soft|nice|smooth)\s+)?"
REWRITES = (
    (rf"{_K_GIVE}(?:ending|end|finish|close|last\s+(?:shot|frame|moment)s?){_K_A_FADE}{_K_SOFT}{_K_DUR}\s+(?:long\s+)?{_K_SOFT}fade"
     r"(?:\s+out)?\s+(?:to|into)\s+(black|white)\b", r"fade out to \3 over \1 \2"),
    (rf"{_K_GIVE}(?:ending|end|finish|close|last\s+(?:shot|frame|moment)s?){_K_A_FADE}{_K_SOFT}{_K_DUR}\s+(?:long\s+)?{_K_SOFT}fade(?:[\s-]*out)?\b",
     r"fade out to black over \1 \2"),
    (rf"{_K_GIVE}(?:ending|end|finish|close|last\s+(?:shot|frame|moment)s?){_K_A_FADE}{_K_SOFT}fade(?:\s+out)?\s+(?:to|into)\s+(black|white)\b",
     r"fade out to \1"),
    (rf"{_K_GIVE}(?:opening|start|beginning|first\s+(?:shot|frame|moment)s?){_K_A_FADE}{_K_SOFT}{_K_DUR}\s+(?:long\s+)?{_K_SOFT}fade"
     r"(?:\s+in)?\s+from\s+(black|white)\b", r"fade in from \3 over \1 \2"),
    (rf"{_K_GIVE}(?:opening|start|beginning|first\s+(?:shot|frame|moment)s?){_K_A_FADE}{_K_SOFT}{_K_DUR}\s+(?:long\s+)?{_K_SOFT}fade(?:[\s-]*in)?\b",
     r"fade in from black over \1 \2"),
    (rf"{_K_GIVE}(?:opening|start|beginning|first\s+(?:shot|frame|moment)s?){_K_A_FADE}{_K_SOFT}fade(?:\s+in)?\s+from\s+(black|white)\b",
     r"fade in from \1"),
) + REWRITES
# the whole video's fade out said after an end card, "after it": "add an end card 'Follow for more' and fade out to black
# after it" (left unread; set CF cf261): the video ends on the card, so after it is the end
REWRITES = REWRITES + (
    (rf"(\b{CARD_NAMES_EN}\b[^.;!?]{{0,60}}?\b(?:and\s+(?:then\s+)?|then\s+)?fade\s+(?:(?:the\s+(?:whole\s+)?video|everything|it)\s+)?out\s+"
     r"(?:to|into)\s+(?:black|white)(?:\s+over\s+\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))?)\s+(?:right\s+)?after\s+(?:it|that|the\s+card|the\s+end\s+card)\b",
     r"\1 at the end"),
)
# the bold taken away as a thing the text has: "remove its bold", "lose the bold on the captions" (set CI ci047 asked between
# the title's colour and removing the title): not bold
REWRITES = REWRITES + (
    (r"\b(?:remove|drop|lose|take\s+off|take\s+away|get\s+rid\s+of|turn\s+off|kill)\s+(?:the\s+)?bold(?:ness|\s+(?:style|weight|formatting|look))?\s+"
     r"(?:from|on|of)\s+((?:the\s+)?(?:title|headline|heading|captions?|subtitles?|text))\b", r"make \1 not bold"),
    # (said bare too, after the text was named: "use a handwriting font for the title and turn off bold" made it bold, set
    # CK ck025)
    (r"\b(?:remove|drop|lose|take\s+off|take\s+away|get\s+rid\s+of|turn\s+off|switch\s+off|kill)\s+(?:(?:its|the)\s+)?bold(?:ness|\s+(?:style|weight|formatting|look))?\b"
     # ("remove the bold title" is the title, said by its look: asked as before; wave29_c)
     r"(?!\s+(?:from|on|of|title|headline|heading|captions?|subtitles?|text|font|words?|one|lettering)\b)", "make it not bold"),
    (r"\b(?:remove|drop|lose|take\s+off|take\s+away|get\s+rid\s+of|turn\s+off|kill)\s+their\s+bold(?:ness|\s+(?:style|weight|formatting|look))?\b",
     "make them not bold"),
)
# the transitions said with where they are, "between every shot", "between all the pictures" (the shot was a picture no
# reading used, and the clause refused: "Set the transition between every shot to a dissolve of 0.3 seconds", set CH
# ch018): the transitions. ("between the first and second picture" is one transition: left as it is)
REWRITES = REWRITES + (
    (r"\b(transitions?|crossfades?|cross-fades?)\s+(?:in\s+)?between\s+(?:every|each|all(?:\s+(?:of\s+)?the)?|the|our|my)\s+(?:two\s+)?"
     r"(?:shots?|pictures?|photos?|images?|pics?|slides?|clips?|scenes?|segments?)(?:\s+and\s+the\s+next(?:\s+one)?)?\b", r"\1"),
)
# a slide's direction said after it as where it goes: "can the pics slide to the left into each other", "slide transitions
# please, sliding to the left", "转场改成向左滑" (sets CE ce135, CF cf011, CH ch200 were not understood): the slide that way
REWRITES = REWRITES + (
    (r"\b(slide|slides|sliding|wipe|wipes|wiping)\s+(?:over\s+|across\s+)?(?:to\s+the|towards\s+the|toward\s+the|to)\s+(left|right)\b(?!\s+(?:corner|side|edge|of)\b)",
     r"\1 \2"),
    (r"\b(slide|wipe)\s+(transitions?)(?:\s+(?:please|pls|plz))?\s*,\s*(?:(?:sliding|wiping|going|moving|that\s+(?:slide|wipe|go|move)s?)\s+)?(?:to\s+the\s+|towards?\s+the\s+)?(left|right|up|down)\b"
     r"(?!\s+(?:corner|side|edge|of)\b)", r"\1 \2 \3"),
    (r"((?:转场|过渡|切换)[^，,。；;！!]{0,8}?)(?:向|往)?\s*(左|右|上|下)\s*(?:边|侧)?\s*滑(?:动|入|过去|过来)?(?![\u4e00-\u9fff]*(?:角|边))", r"\1向\2滑动"),
)
# "the fades between the pictures": the transitions there are, whatever their kind ("can the fades between pictures be
# longer" read as fade transitions wished, already so, and "longer" dropped; set CG cg126); "use fades between the pictures"
# stays the kind asked for
REWRITES = REWRITES + (
    # "each dissolve", "every wipe": one transition of that kind, so each transition ("make each dissolve 0.8 seconds long"
    # made each picture 0.8 s, set CI ci038). Not "each fade" (the video's fade in and out) nor "each slide" (a picture)
    (r"\b(each|every)\s+(?:cross[\s-]?)?(?:dissolve|wipe)(?:\s+(?:transition|one))?\b", r"\1 transition"),
    (r"\bthe\s+(?:cross[\s-]?)?(?:dissolves|wipes)\b(?=\s+(?:should|must|need|can|could|to|are|last|run|take|feel|seem|each|a\s+bit|\d))",
     "the transitions"),
    # (one "fade" between them too: "i don't like the fade between pictures" is the transitions; set CX cx244)
    (r"\bthe\s+(?:cross-?\s?)?(?:fades?|fading|crossfades?|dissolves?)\s+(?:in\s+)?between\s+(?:the\s+|all\s+(?:the\s+)?|each\s+|every\s+)?"
     r"(?:pics?|pictures?|photos?|images?|slides?|shots?|clips?|scenes?|segments?)\b", "the transitions"),
)
# a frame rate said as "N frames" after "like", "at", "do" ("i want it smoother, like 60 frames": left unread; set CG
# cg126): that many a second. Only the rates a video has: "hold it for 60 frames" is a length
REWRITES = REWRITES + (
    (r"\b(like|at|to|maybe|about|around|do|try|use|in|with)\s+(24|25|30|48|50|60)\s+frames\b"
     r"(?!\s+(?:long|of|each|per\s+(?:picture|image|photo|slide|shot|clip)|in\s+total|for)\b)", r"\1 \2 fps"),
)
# a shape's ratio said with "by": "can it be 4 by 5 for the feed", "9 by 16" (not read; set CE ce144): as "4:5". Only the
# shapes the video has, never "1 by 1" (one at a time) nor a size ("4 by 5 inches")
REWRITES = REWRITES + (
    (r"(?<![\d.])\b(?:(4)\s+by\s+(5)|(9)\s+by\s+(16)|(16)\s+by\s+(9))\b(?![.\d])(?!\s*(?:%|percent|px|pixels?|cm|mm|inch|inches|in\b|ft\b|feet"
     r"|foot|m\b|meters?|metres?|s\b|secs?\b|seconds?|grid|photos?|pictures?|images?))", r"\1\3\5:\2\4\6"),
)
# the frame rate it has said fine, then another asked: "frame rate 30 is fine but can we do 24 for a filmic look" (the 30 was
# read, already so, and the 24 left unread; set CG cg195), "帧率30也行，不过能不能改成24": the one asked
REWRITES = REWRITES + (
    (r"\b(?:(?:the\s+)?(?:frame\s*rate|fps)\s+(?:of\s+|at\s+)?\d+(?:\.\d+)?(?:\s*fps)?|\d+(?:\.\d+)?\s*fps)\s+(?:is|'s|was|would\s+be|will\s+be)\s+"
     r"(?:totally\s+|perfectly\s+|probably\s+)?(?:fine|ok|okay|good|alright|all\s+right)\s*,?\s*(?:but|though|however)\s*,?\s*"
     r"(?:(?:can|could)\s+(?:we|you|i)\s+|let'?s\s+|how\s+about\s+|what\s+about\s+|maybe\s+|(?:i|we)'?d\s+(?:like|prefer)\s+|(?:i|we)\s+(?:want|prefer)\s+)?"
     r"(?:(?:do|go\s+with|use|try|make\s+it|have|get|switch\s+to|change\s+(?:it\s+)?to|set\s+it\s+to)\s+)?(\d+(?:\.\d+)?)\b(?:\s*fps\b)?",
     r"set the frame rate to \1 fps"),
)
REWRITES = (  # (read first, before "帧率30" becomes "帧率改成30帧")
    (r"(?:帧率|帧速率)\s*\d+\s*(?:帧|fps)?\s*(?:也行|也可以|还行|没问题|可以|挺好|不错)\s*(?:的)?\s*[，,]\s*(?:但是?|不过)\s*(?:能不能|可不可以|可以|要不)?\s*"
     r"(?:改成|换成|用|弄成|做成|改到|调到)?\s*(\d+)\s*(?:帧|fps)?", r"帧率改成\1"),
) + REWRITES
# --- end of block K


# (keep these separating lines: they let the blocks merge apart)
#
#


# --- block V: clips (trims, speed, clip order) ---
REWRITES = REWRITES + (
    # "视频只要前面6秒", "片段只保留开头的3秒": the part kept, as "只要前6秒" is (set BD bd153 had set the video to 6 s)
    (r"(?:只要|只保留|保留|只用)\s*(?:前面|开头)\s*的?\s*(\d+(?:\.\d+)?)\s*秒", r"只要0到\1秒"),
)
# "the clip goes on forever, keep just five seconds of it": a complaint that it is too long, the reason for the edit after
# it (set BD bd158 reported it as not understood)
extend(OPS, "shorten_need", en=("goes on forever", "go on forever", "goes on too long", "runs too long", "runs long",
                                "takes forever", "drags forever"))
# a text wished gone sooner ("can it go away sooner", "标题能早点消失吗"): on screen for less time, as "stays too long" is
# (set CR cr017 was not understood, and "sooner" was corrected to "sooned"; not "leave sooner": "can we leave earlier")
extend(OPS, "shorten_need", en=("go away sooner", "goes away sooner", "go away earlier", "goes away earlier",
                                "disappear sooner", "disappears sooner", "disappear earlier", "disappears earlier",
                                "vanish sooner", "vanishes sooner", "vanish earlier", "vanishes earlier"),
       zh=("早点消失", "早一点消失", "早些消失", "提前消失", "早点没", "早点撤掉", "早点撤"))
# "keep only the first 3 seconds of clip.mp4" (twoclips): read before block L's "keep the first N s of the clip", which
# took the "clip" of clip.mp4 and asked which clip (the earlier notes); "opening" is read as "first" by the trim rules
REWRITES = (
    (r"\b(keep|use|play)\s+(only\s+|just\s+)?(the\s+)?first\s+(?=\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\s+of\s+"
     r"[a-z0-9][a-z0-9_\-]*\.(?:mp4|mov|m4v|webm|mkv|avi)(?![a-z0-9]))", r"\1 \2\3opening "),
) + REWRITES
# "clip plays at 0.75 speed", "set it to 1.5 speed": a speed said as a bare number before "speed" is that many times
# ("0.75x speed"; set BE be197 was not read, its number left over)
REWRITES = REWRITES + (
    (r"\b(at|to|with|on|in)\s+(\d+(?:\.\d+)?)\s+(?=(?:playback\s+)?speed\b)", r"\1 \2x "),
)
# "swap the two videos", "把两个视频交换": the two clips, as "swap clip 1 and clip 2" (sets BE be219, BF bf191 were not read;
# with one clip the second is not found and said so)
REWRITES = REWRITES + (
    (r"\b(?:swap|switch|flip|exchange|interchange)\s+(?:the\s+)?(?:2|both)\s+(?:videos|video\s+clips|clips)\b(?!\s*(?:and|with|of|in)\b)"
     r"(?:\s+(?:around|round|over))?", "swap clip 1 and clip 2"),
    (r"(?:把|将)?\s*(?:这|那)?\s*(?<!第)(?<![\d.])(?:两|2)\s*(?:个|段)\s*(?:视频片段|视频|片段)\s*(?:的)?\s*(?:顺序|位置)?\s*(?:交换|对调|调换|互换)(?:一下)?"
     r"|(?:交换|对调|调换|互换)(?:一下)?\s*(?:这|那)?\s*(?<!第)(?<![\d.])(?:两|2)\s*(?:个|段)\s*(?:视频片段|视频|片段)(?:\s*的?\s*(?:顺序|位置))?", "交换第1段视频和第2段视频"),
)
# "mute the clips and the music", "把视频片段和音乐都静音": the clips' own sound and the music (only the music was muted,
# the clips dropped without a word; the earlier notes)
# a thing followed by a wish of its own takes no verb from before it: "mute the music and clip.mp4 audio down" (the clip
# was muted; wave 31 B row 2)
# (a wish of its own said as done to it: "the clip muted and the music raised to 60%"; set CI ci127 muted the music)
_V_OWN_WISH = (r"\s*(?:(?:'s\s+)?(?:sound|audio|volume)\s+)?(?:down|up|quieter|louder|softer|lower|higher|to\s+\d|at\s+\d"
               r"|(?:raised|lowered|boosted|reduced|increased|decreased|dropped|bumped|brought|turned|set|kept|left|made)\b)\b")
_V_SOUND = r"(?:the\s+)?(?:(?:background\s+)?music|voice\s*-?\s*over|narration|song)"
_V_CLIPS = r"(?:the\s+|both\s+|all\s+(?:the\s+)?)?(?:video\s+clips|clips|footage)(?!\s*(?:sound|audio|\.))"  # (one "clip" of two: asked)
REWRITES = REWRITES + (
    (rf"\b(mute|silence)\s+{_V_CLIPS}\s+and\s+(?={_V_SOUND}\b)", r"\1 the clip sound and "),
    (rf"\b(mute|silence)\s+({_V_SOUND})\s+and\s+{_V_CLIPS}\b", r"\1 \2 and the clip sound"),
    (r"(视频片段|片段)\s*(?=(?:和|与|跟|还有)\s*(?:背景音乐|音乐|配乐|配音|旁白)\s*(?:都|也|全部|一起)?\s*(?:静音|关掉声音))", "视频原声"),
)
# "unboxing.mp4 - last 3 s only", "the unboxing clip: last 2 seconds only": the part kept, "last" no verb (it made the clip
# 3 s long, its start kept; wave 19 notes). "final" is read as "last" by the trim rules, never as "lasts"
REWRITES = REWRITES + (
    (r"((?:[a-z0-9][a-z0-9_\-]*\.(?:mp4|mov|m4v|webm|mkv|avi)(?![a-z0-9])|\b(?:the\s+)?(?:[a-z0-9\-]+\s+)?(?:video\s+clip|clip|video|footage))"
     r"\s*[-–—:,]\s*(?:the\s+|its\s+)?)last(?=\s+\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\s+only\b)", r"\1final"),
)
# "mute the clip and the music": each muted on its own, so that with two clips "the clip" is asked and nothing is done
# (the clip was dropped, the music muted; wave 19 notes)
# ("clip" of a file's name "clip.mp4" is no clip noun: "mute the music and clip.mp4 audio down" muted the clip, wave 31 B)
_V_ONE_CLIP = (r"(?:(?:the\s+)?(?:[a-z0-9\-]+\s+)?(?:video\s+clip|clip)(?![a-z']|\.[a-z0-9])"
               r"|[a-z0-9][a-z0-9_\-]*\.(?:mp4|mov|webm|m4v|mkv|avi)(?![a-z0-9]))")
REWRITES = REWRITES + (
    (rf"\b(mute|silence)\s+({_V_ONE_CLIP})\s+and\s+(?={_V_SOUND}\b(?!{_V_OWN_WISH}))", r"\1 \2, \1 "),
    (rf"\b(mute|silence)\s+({_V_SOUND})\s+and\s+({_V_ONE_CLIP})(?!\s*(?:sound|audio))(?!{_V_OWN_WISH})", r"\1 \2, \1 \3"),
)
# "把这个视频删了", "将那段视频删掉": a clip removed, as "删掉这个视频" is (with two clips which one is asked; set BI bi203
# was not read)
REWRITES = REWRITES + (
    (r"(?:把|将)\s*(这个|那个|这段|那段)\s*(视频片段|视频|片段)\s*(?:给)?\s*(?:删了|删掉|删除|去掉|拿掉)(?:吧)?", r"删掉\1\2"),
)
# "两个视频都删了，只要图片", "把两段视频都去掉": both clips removed, as "删掉两个视频" is (set BQ bq189 was not read); "只要图片"
# after it says the same, nothing of its own
REWRITES = REWRITES + (
    (r"(?:把|将)?\s*(?:这|那)?\s*(?<!第)(?<![\d.])(?:两|2)\s*(?:个|段)\s*(视频片段|视频|片段)\s*(?:都|全都|全部|一起)?\s*(?:给)?\s*(?:删了|删掉|删除|去掉|拿掉)(?:吧)?"
     r"(?:\s*[,，]\s*(?:只要|只留|只保留|只用)\s*(?:那些|这些)?\s*(?:图片|照片)(?:就行|就好|就可以)?(?:了|吧)?(?=\s*(?:$|[,，。;；!！])))?",
     r"删掉2个\1"),
)
# "两个视频换个顺序", "two videos, switch their order": the two clips swapped, as "交换两个视频" is (set BL bl194 was not
# read)
REWRITES = REWRITES + (
    (r"(?:把|将)?\s*(?:这|那)?\s*(?<!第)(?<![\d.])(?:两|2)\s*(?:个|段)\s*(?:视频片段|视频|片段)\s*(?:的)?\s*"
     r"(?:换个顺序|换一下顺序|换下顺序|换换顺序|顺序换一下|顺序换个|顺序反过来|顺序倒过来|顺序对调一下|顺序颠倒一下|顺序颠倒)"
     r"|(?:把|将)?\s*(?:这|那)?\s*(?<!第)(?<![\d.])(?:两|2)\s*(?:个|段)\s*(?:视频片段|视频|片段)\s*(?:换个位置|换一下位置|位置换一下|位置对调)", "交换第1段视频和第2段视频"),
)
# "两个视频都剪到5秒", "trim both clips to 5 seconds": each clip to that length, one by one (set BL bl215 was not read;
# with one clip the second is not found and said so)
_V_DUR = r"\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b"
REWRITES = REWRITES + (
    (r"(?:把|将)?\s*(?:这|那)?\s*(?<!第)(?<![\d.])(?:两|2)\s*(?:个|段)\s*(?:视频片段|视频|片段)\s*(?:都|全都|全部|各)\s*"
     r"(剪到|剪成|剪短到|缩短到|裁到|裁成|截成|截到)\s*(\d+(?:\.\d+)?\s*秒)",
     r"把第1段视频\1\2，把第2段视频\1\2"),
    (rf"\b(trim|cut|shorten)\s+(?:down\s+)?(?:both|the\s+(?:2|two)|both\s+the|all\s+(?:2|two))\s+(?:video\s+clips|clips|videos)\s+"
     rf"(?:down\s+)?to\s+((?:just\s+|only\s+)?{_V_DUR})(?:\s+each)?", r"\1 clip 1 to \2 and \1 clip 2 to \2"),
)
# "cut clip.mp4 down to 6s and the unboxing to 5s": the verb said once for two clips, said again for the second (set BL
# bl201 was not read)
_V_CLIP_NAMED = (r"(?:[a-z0-9][a-z0-9_\-]*\.(?:mp4|mov|m4v|webm|mkv|avi)(?![a-z0-9])"
                 r"|(?:the\s+)?(?:first|second|[a-z0-9\-]+)\s+(?:video\s+clip|clip|video|footage)\b|clip\s+\d\b"
                 r"|the\s+(?!music|voice|narration|title|captions?|song|video\b|clip\b|whole|total|length|intro|outro|end)[a-z0-9\-]+)")
# ("trim clip.mp4 to 6 seconds and the unboxing to 4": the unit said once goes with the second length too, which ends its
# clause; set CN cn156 was not read). Not of "clip N": "clip 2 to 2" reads as clips 2 to 2, a wrong step of "shorten")
REWRITES = REWRITES + (
    (rf"\b(trim|cut|shorten)\s+(?!clip\s+\d)({_V_CLIP_NAMED})\s+((?:down\s+)?to\s+\d+(?:\.\d+)?\s*(s|secs?|seconds?)\b)\s*,?\s*and\s+"
     rf"(?!clip\s+\d)({_V_CLIP_NAMED})"
     r"\s+(?:down\s+)?to\s+(\d+(?:\.\d+)?)(?=\s*(?:$|[,.;!?]|(?:please|pls|each)\b))",
     r"\1 \2 \3 and \1 \5 to \6 \4"),
    (rf"\b(trim|cut|shorten)\s+({_V_CLIP_NAMED})\s+((?:down\s+)?to\s+{_V_DUR})\s*,?\s*and\s+({_V_CLIP_NAMED})\s+(?:down\s+)?to\s+(?={_V_DUR})",
     r"\1 \2 \3 and \1 \4 to "),
)
# "put the clip after the first picture": the place said by a picture's ordinal, as "after picture 1" (the move's rule
# read "first" as the place to go and "the clip after the" as the thing moved; set BJ bj164 was not read)
REWRITES = REWRITES + tuple(
    (rf"\b(after|before|behind|in\s+front\s+of|ahead\s+of)\s+the\s+{word}\s+(picture|image|photo|pic|shot|slide)\b", rf"\1 \2 {n}")
    for n, word in enumerate(("first", "second", "third", "fourth", "fifth"), 1)
)
# "不要视频了，只留图片": the clip removed, 了 no part of its name (set BL bl152 looked for a thing named "视频了")
REWRITES = REWRITES + (
    (r"(不要|不需要|不用)\s*(?:这个|那个|这段|那段)?\s*(视频片段|视频|片段)\s*了", r"\1\2"),
)
# "把第一个视频clip.mp4放到开头", "the first video, clip.mp4": a clip said by its place and then its file is the file (the
# two read as one name were not found; set BJ bj178)
REWRITES = REWRITES + (
    (r"第\s*(?:\d+|[一二三四五])\s*(?:个|段)\s*(?:视频片段|视频|片段)\s*[（(:：,，]?\s*"
     r"([a-z0-9][a-z0-9_\-]*\.(?:mp4|mov|m4v|webm|mkv|avi))(?![a-z0-9])\s*[)）]?", r"\1"),
    (r"\bthe\s+(?:first|second|1st|2nd|other)\s+(?:video\s+clip|clip|video)\s*[(,:]?\s*"
     r"([a-z0-9][a-z0-9_\-]*\.(?:mp4|mov|m4v|webm|mkv|avi))(?![a-z0-9])\s*\)?", r"\1"),
)
# "片段开头剪掉1秒，结尾也剪掉1秒", "开箱视频开头和结尾各剪掉1秒": both ends of the clip named once, the clip said again for
# the second end (set BR br166 cut the start and left "结尾也剪掉1秒" unread). Read before the rule that makes "结尾剪掉1秒" a
# shortening of the whole video
# (the clip said first in its clause: "把开箱视频…" names 开箱视频, a file or a name before 视频/片段)
_V_ZCLIP = (r"(?:^|(?<=[,，;；。:：把将]))\s*([a-z0-9][a-z0-9_\-]*\.(?:mp4|mov|m4v|webm|mkv|avi)(?![a-z0-9])"
            r"|(?:[a-z0-9][a-z0-9_\-]*\s*|[\u4e00-\u9fff]{0,4}?)(?:视频片段|片段|视频))")
_V_ZCUT = r"(?:剪掉|去掉|删掉|裁掉|切掉|剪去|砍掉)"
REWRITES = (
    (rf"{_V_ZCLIP}\s*的?\s*(开头|前面|结尾|末尾|最后)\s*{_V_ZCUT}\s*(\d+(?:\.\d+)?\s*秒)\s*[,，;；]\s*(?:然后|再)?\s*"
     rf"(?:把\s*)?(结尾|末尾|最后|开头|前面)\s*(?:也|再|同样)?\s*{_V_ZCUT}\s*(\d+(?:\.\d+)?\s*秒)",
     r"\1\2剪掉\3,\1\4剪掉\5"),
    (rf"{_V_ZCLIP}\s*的?\s*(?:开头|前面)\s*(?:和|跟|与)\s*(?:结尾|末尾|最后)\s*(?:都|各)\s*{_V_ZCUT}\s*(\d+(?:\.\d+)?\s*秒)",
     r"\1开头剪掉\2,\1结尾剪掉\2"),
) + REWRITES
# "for clip.mp4 use 3s to 9s": the clip said before its verb, as "use clip.mp4 3s to 9s" (set BP bp221 was not read)
_V_FILE = r"[a-z0-9][a-z0-9_\-]*\.(?:mp4|mov|m4v|webm|mkv|avi)(?![a-z0-9])"
REWRITES = REWRITES + (
    (rf"\bfor\s+({_V_FILE})\s*,?\s+(?:only\s+|just\s+)?(use|keep|play)\s+(?:only\s+|just\s+)?(?=(?:from\s+)?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)?\s*(?:to|-|until|till)\s*\d)",
     r"\2 \1 "),
)
# "play the clip slower", "play unboxing.mp4 faster": its speed, as "slow down the clip" (set BQ bq160 was not read)
REWRITES = REWRITES + (
    (rf"\bplay\s+((?:the\s+)?(?:[a-z0-9\-]+\s+)?(?:video\s+clip|clip|footage)|{_V_FILE})\s+slower\b", r"slow down \1"),
    (rf"\bplay\s+((?:the\s+)?(?:[a-z0-9\-]+\s+)?(?:video\s+clip|clip|footage)|{_V_FILE})\s+faster\b", r"speed up \1"),
)
# the speed wished as the clip's own: "the clip should play slower", "can the clip be faster", "the unboxing needs to run a
# bit quicker" (the lead's probe, session 31: not understood; "play the clip slower" was)
_CLIP_SHOULD = r"(?:should|could|can|needs?\s+to|must|has\s+to|ought\s+to|would|will)"
REWRITES = REWRITES + (
    (rf"\b(?:(?:can|could|would)\s+)?((?:the\s+)?(?:[a-z0-9\-]+\s+)?(?:video\s+clip|clip|footage)|{_V_FILE})\s+(?:{_CLIP_SHOULD}\s+)?"
     r"(?:be|play|run|go)\s+(?:back\s+)?((?:a\s+(?:bit|little|tad)|slightly|much|a\s+lot|way)\s+)?slower\b", r"slow down \1 \2"),
    (rf"\b(?:(?:can|could|would)\s+)?((?:the\s+)?(?:[a-z0-9\-]+\s+)?(?:video\s+clip|clip|footage)|{_V_FILE})\s+(?:{_CLIP_SHOULD}\s+)?"
     r"(?:be|play|run|go)\s+(?:back\s+)?((?:a\s+(?:bit|little|tad)|slightly|much|a\s+lot|way)\s+)?(?:faster|quicker)\b", r"speed up \1 \2"),
)
# "两个视频都1.5倍速", "两段视频都放慢到0.5倍": each clip at that speed, one by one (set BQ bq201 was not read; with one
# clip the second is not found and said so)
REWRITES = REWRITES + (
    (r"(?:把|将)?\s*(?:这|那)?\s*(?<!第)(?<![\d.])(?:两|2)\s*(?:个|段)\s*(?:视频片段|视频|片段)\s*(?:都|全都|全部|各)\s*(?:调成|调到|改成|变成|用|按|以|放)?\s*"
     r"(\d+(?:\.\d+)?\s*倍速?)(?:播放)?", r"第1段视频\1，第2段视频\1"),
)
# "视频片段太长了，剪短点": the complaint, then the step said of it, as "视频片段剪短点" (set BQ bq159 was not read)
REWRITES = REWRITES + (
    (r"((?:[a-z0-9][a-z0-9_\-]*\.(?:mp4|mov|m4v|webm|mkv|avi)|视频片段|片段))\s*(?:太|有点|有些)\s*长了?\s*[,，]\s*(?:请|帮我|麻烦)?\s*"
     r"(?:再)?\s*(?=(?:剪短|缩短)\s*(?:点|一点|一些|些)?\s*(?:吧)?\s*(?:$|[,，。;；!！]))", r"\1"),
)
# "每张图片3秒，视频片段不用动": the clip left as it is, no edit of its own (set BR br153 was not read)
# ("视频改成40秒，片段保持原样不要动": 保持原样 said before it, "clip.mp4 放慢到0.5倍，unboxing不动": the other clip by its bare
# name; set BU bu097 turned the pictures' motion off, bu139 was not read)
_V_LEFT = r"(?:(?:就|也)?\s*(?:不用|不要|别|不需要)\s*(?:动|改|碰)(?:了|它)?)"
REWRITES = REWRITES + (
    (r"[,，;；]\s*(?:视频片段|片段|[a-z0-9][a-z0-9_\-]*\.(?:mp4|mov|m4v|webm|mkv|avi))\s*(?:就|也)?\s*"
     rf"(?:(?:保持原样|保持不变|维持原样|维持不变|原样)\s*[,，]?\s*{_V_LEFT}?|{_V_LEFT})\s*(?=$|[,，。;；!！])", ""),
    (r"[,，;；]\s*[a-z][a-z0-9_\-]*\s*(?:那个|那段|这个|这段)?\s*(?:视频|片段)?\s*(?:就|也)?\s*(?:不动|别动|不要动|不用动|保持原样|保持不变|不变)"
     r"(?:了)?\s*(?=$|[,，。;；!！])", ""),
)
# "两个视频都放慢到0.8倍": slowed to that speed, each clip (set BT bt165 was not read)
REWRITES = REWRITES + (
    (r"(?:把|将)?\s*(?:这|那)?\s*(?<!第)(?<![\d.])(?:两|2)\s*(?:个|段)\s*(?:视频片段|视频|片段)\s*(?:都|全都|全部|各)\s*(?:放慢|减速|调慢|慢放|加快|加速|调快)\s*(?:到|成|至)\s*"
     r"(\d+(?:\.\d+)?\s*倍速?)(?:播放)?", r"第1段视频\1，第2段视频\1"),
)
# "把视频放在第二个，第一张鞋子后面": the place said twice, by its number and by the picture before it (set BT bt113 was not
# read); only when the two agree (after the (n-1)th, before the nth): "第3个位置，背包前面" may be either place, not read
_V_BESIDE = r"\s*[,，]\s*(?:就是|也就是|即)?\s*(?:在|放在)?\s*第\s*{k}\s*(?:张|个)[^,，。;；!！0-9]{{0,10}}?\s*(?:的)?(?:{side})(?=\s*(?:$|[,，。;；!！]))"
REWRITES = REWRITES + tuple(
    (rf"(移到第{n}个位置)" + _V_BESIDE.format(k=k, side=side), r"\1")
    for n in range(1, 10)
    for k, side in ((n - 1, "后面|之后|后边"), (n, "前面|之前|前边"))
    if k >= 1
)
# "把片段剪成只要中间那段，从第3秒到第9秒": the middle part kept, said by its seconds after (set BU bu061 was not read)
REWRITES = REWRITES + (
    # ("只留中间那段，大概第3秒到第9秒": the seconds hedged; set CA ca165 was not read)
    (r"(?:剪成|剪到|改成|裁成)?\s*只(?:要|留|保留)\s*中间\s*(?:那|的|这)?\s*(?:一)?\s*(?:段|部分)\s*[,，]?\s*(?:大概|大约|差不多|约|就是)?\s*从?\s*"
     r"(?=第?\s*\d+(?:\.\d+)?\s*秒?\s*(?:到|至))",
     "只保留"),
)
# "end on the watch picture instead of the clip": the picture put last, as "end with the watch picture" (set BU bu090 was
# not read; "end on black", "end on a card" are the fade's and the end card's)
REWRITES = REWRITES + (
    (r"\b(end|finish|close)\s+on\s+(?=the\s+(?:[a-z0-9\-]+\s+){1,3}(?:picture|photo|image|pic|shot|video\s+clip|clip)\b)", r"\1 with "),
    # "i want the watch photo right before the unboxing video": where it goes, as "put the watch photo …" (set BU bu136 was
    # not read)
    (r"\bi\s+(?:want|need|'d\s+like|would\s+like)\s+(?=(?:the\s+)?[a-z0-9][a-z0-9\-]*\s+(?:picture|photo|image|pic|shot|video\s+clip|clip|video)\s+"
     r"(?:(?:right\s+|just\s+|directly\s+|immediately\s+)?(?:before|after)\s))", "put "),
)
# "Use only seconds 2 to 8 of clip.mp4": the seconds said as a range of the file (the "clip" of clip.mp4 was read as the
# clip and ".mp4" left behind as a file "2s-8s.mp4"; set BT bt096). Read before the rule for "seconds 1 to 3 of the clip"
# "put the video first, before all the photos": the place said again by all the pictures (it read "before all" as a
# picture called "all"; set BT bt091)
# "make the first video play at half speed": the clip by its place, its speed (it read "first" as a place to move the
# clip to; set BT bt161)
REWRITES = (
    (rf"\bseconds?\s+(\d+(?:\.\d+)?)\s*(?:to|-|through|until|till)\s*(?:second\s+)?(\d+(?:\.\d+)?)(?=\s+(?:of|from|in)\s+{_V_FILE})",
     r"\1s to \2s"),
    (r"\b(first|last|at\s+the\s+(?:very\s+)?(?:start|beginning|front|end))\s*[,，]\s*(?:right\s+|just\s+)?(?:before|after)\s+"
     r"(?:all|every|each)\s+(?:of\s+)?(?:the\s+)?(?:other\s+)?(?:photos|pictures|images|pics|stills|shots|slides)\b", r"\1"),
    (r"\b(?:make|have|let|get)\s+(the\s+(?:first|second|1st|2nd|other|last)\s+(?:video\s+clip|clip|video))\s+(?:play|run)\s+(?:at\s+|in\s+)?"
     r"(?=(?:double|half|triple|\d+(?:\.\d+)?\s*x)\b)", r"play \1 at "),
) + REWRITES
# "trim the first video so it starts at 5 seconds and ends at 10": a clip by its place, where it starts, as "trim the clip
# so it starts …" reads (the purpose clause "so it …" was dropped; set BX bx197 beside)
REWRITES = (
    (r"\b(trim|cut|edit|set)\s+((?:the\s+)?(?:first|second|third|1st|2nd|3rd|last|other)\s+(?:video\s+clip|clip|video|footage)"
     r"|(?:video\s+clip|clip|video)\s+\d)\s+so\s+(?:that\s+)?it\s+(starts?|begins?)\s+(at|from)\s+", r"\1 \2 to \3 \4 "),
) + REWRITES
# "slow the unboxing to half speed and give the whole video a fade out", "add a fade-in to the entire video": the whole
# video's fade, as "add a fade out" is (set BX bx183 did the speed and left the fade unread)
_V_FADE_END = r"(?=\s*(?:$|[,.;!?]|and\b|then\b|please\b))"
_V_WHOLE = r"(?:the\s+(?:whole\s+|entire\s+|full\s+)?video|the\s+whole\s+thing|everything)"
REWRITES = REWRITES + tuple(
    (rf"\b(?:(?:give|add)\s+{_V_WHOLE}\s+(?:a\s+|an\s+|some\s+)?(?:gentle\s+|slow\s+|soft\s+|quick\s+)?fade[\s-]?{side}(?:\s+effect)?"
     rf"|add\s+(?:a\s+|an\s+|some\s+)?(?:gentle\s+|slow\s+|soft\s+|quick\s+)?fade[\s-]?{side}(?:\s+effect)?\s+to\s+{_V_WHOLE}"
     rf"|(?:^|(?<=[,;.]\s)|(?<=[,;.])|(?<=\band\s))fade[\s-]?{side}\s+(?:to|on|for)\s+{_V_WHOLE}){_V_FADE_END}", new)
    for side, new in (("out", "fade out to black"), ("in", "fade in from black")))
# "cut the clip down so it's just the last 5 seconds": the part kept, said as a purpose after the verb (the purpose was
# dropped as a reason and the clip cut by a third; set BY by167). Read before the purpose rule drops it ("cut the clip
# down" is "cut down the clip" by then: tidy's phrasal verbs)
_V_SO_IS = r"(?:down\s+)?,?\s*so\s+(?:that\s+)?(?:it'?s|it\s+is|it'?ll\s+be|it\s+will\s+be|there'?s|we\s+(?:only\s+|just\s+)?(?:see|get|have))\s+"
REWRITES = (
    (rf"\b(?:trim|cut|shorten|edit)\s+(?:down\s+)?((?:the\s+)?(?:[a-z0-9\-]+\s+)?(?:video\s+clip|clip|footage)(?![a-z'])|{_V_FILE})\s+{_V_SO_IS}"
     rf"(?:only\s+|just\s+)?(?:the\s+)?(first|last|final|opening)\s+(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\b(?:\s+of\s+it)?",
     r"keep only the \2 \3 of \1"),
    (rf"\b(trim|cut|shorten)\s+(?:down\s+)?((?:the\s+)?(?:[a-z0-9\-]+\s+)?(?:video\s+clip|clip|footage)(?![a-z'])|{_V_FILE})\s+{_V_SO_IS}"
     rf"(?:only\s+|just\s+|about\s+)?(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\b(?:\s+long)?",
     r"\1 \2 to \3"),
) + REWRITES
# "slow-mo the clip, like half speed, and cut the music": the speed said after a comma, hedged, is how fast, as "slow down
# the clip to half speed" (it was left over, unread); "cut the music" said alone is the music removed, as "cut out the
# music" (it was not read: set BZ bz172 slowed the clip and kept the music). "cut the music at 20 s", "cut the music
# volume" are not read so
REWRITES = REWRITES + (
    (rf"\b((?:slow\s+down|speed\s+up|slow|speed)\s+(?:the\s+)?(?:[a-z0-9\-]+\s+)?(?:video\s+clip|clip|footage|video)(?![a-z'])|(?:slow\s+down|speed\s+up)\s+{_V_FILE})"
     r"\s*,\s*(?:like|maybe|say|about|around|roughly|something\s+like|to\s+like)\s+(?=(?:half|double|twice|a\s+quarter|quarter|\d+(?:\.\d+)?\s*x)\b)",
     r"\1 to "),
    (r"(?:^|(?<=[,;.]\s)|(?<=[,;.])|(?<=\band\s)|(?<=\bthen\s)|(?<=\balso\s))cut\s+(the\s+(?:background\s+)?music|the\s+song|the\s+soundtrack)"
     r"(?=\s*(?:$|[,.;!?]|and\b|then\b|please\b|entirely\b|completely\b|altogether\b))", r"cut out \1"),
)
# "切到音乐节拍上，然后把片段静音": the cuts put on the music's beat, as "卡点" (it was not read and the clip muted alone;
# set CA ca147)
REWRITES = REWRITES + (
    (r"(?:切|剪|切换|剪辑)\s*(?:到|在|上|合)\s*(?:背景音乐|音乐|配乐|歌)\s*的?\s*(?:节拍|节奏|鼓点)\s*上?", "卡点"),
)
# "把视频片段删掉，换成竖屏": a shape or a ratio after 换成 is the frame's, never what takes the removed thing's place (the
# clip's removal was dropped as a replacement "把视频片段换成竖屏"; set CA ca161). Read before the replacement rules
REWRITES = (
    (r"([,，]\s*(?:就|那就|再|然后|顺便|并且|同时)?\s*)(?:换成|换为|换上|替换成|替换为)(?=\s*(?:竖屏|横屏|方屏|竖版|横版|方形|正方形|\d+\s*[:：比]\s*\d+))",
     r"\1改成"),
) + REWRITES
# "the photos shouldn't zoom, and the clip should play at 1.5x": the pictures' motion told not to be, as "no zoom on the
# photos" (set BY by162 did the speed and left it unread). Not "move": the place in the order may be meant
_V_PICS = r"(?:the\s+|my\s+|all\s+(?:the\s+)?)?(?:photos|pictures|images|pics|stills|slides)"
REWRITES = REWRITES + (
    (rf"\b{_V_PICS}\s+(?:shouldn'?t|should\s+not|mustn'?t|must\s+not|don'?t\s+need\s+to|do\s+not\s+need\s+to|needn'?t)\s+"
     r"(?:zoom|pan|drift)(?:\s+(?:in|out|around|at\s+all))?\b", "no zoom on the photos"),
    (rf"\b(?:don'?t|do\s+not|never)\s+(?:zoom|pan)\s+(?:in\s+(?:on\s+)?)?{_V_PICS}\b", "no zoom on the photos"),
)
# "clip放最后不变，前面四张图每张3秒": the clip kept last is its move there (said "already there" when it is), 不变 no
# name of a place; the pictures "in front" by their count are the first ones, as "前4张图" (set BZ bz165 was not read)
REWRITES = REWRITES + (
    (r"(视频片段|片段|视频|clip|[a-z0-9][a-z0-9_\-]*\.(?:mp4|mov|m4v|webm))\s*(?:放|放在|在|移到)\s*(最后面|最后|结尾|最前面|最前|开头)\s*"
     r"(?:不变|不动|保持不变|别动|不要动)(?=\s*(?:$|[,，。;；!！]))", r"\1移到\2"),
    (r"(?<![\u4e00-\u9fff])前面\s*(\d+)\s*(张|幅)\s*(?=(?:图片|图|照片)\s*(?:每张|各|都))", r"前\1\2"),
)
# "只要图片，不要视频", "不要视频了，只留照片": the pictures kept and the clips not wanted is every clip removed (with two
# clips it asked which; set BZ bz185); 只要图片 says the same, nothing of its own
_V_PICS_ONLY = r"(?:只要|只留|只保留|只用)\s*(?:那些|这些)?\s*(?:图片|照片)(?:就行|就好|就可以)?(?:了|吧)?"
# ("视频删掉，只要图片": the clips said before the verb too; set CK ck092's cause in Chinese)
_V_NO_CLIPS = (r"(?:(?:不要|不需要|不用|去掉|删掉)\s*(?:所有的?|全部的?)?\s*(?:视频片段|视频|片段)"
               r"|(?:把)?\s*(?:所有的?|全部的?)?\s*(?:视频片段|视频|片段)\s*(?:都|全)?\s*(?:删掉|删了|去掉|不要了|拿掉|删除))(?:了|吧)?")
REWRITES = REWRITES + (
    (rf"^\s*(?:{_V_PICS_ONLY}\s*[,，]\s*{_V_NO_CLIPS}|{_V_NO_CLIPS}\s*[,，]\s*{_V_PICS_ONLY})(?=\s*(?:$|[,，。;；!！]))", "删掉所有视频"),
)
# "把背景音乐删了，只听视频原声": the clips' own sound left alone is why the music goes, nothing of its own (it was read as
# the clips muted beside it and the whole not understood; set BZ bz202)
REWRITES = REWRITES + (
    (r"((?:背景音乐|音乐|配乐|bgm)\s*(?:给)?\s*(?:删了|删掉|去掉|删除|拿掉|静音|关掉|关了|不要了))\s*[,，]\s*(?:就|我)?\s*只\s*(?:听|要|留|保留|用)\s*"
     r"(?:视频片段|视频|片段)?\s*(?:的|自带的?)?\s*(?:原声|原音|声音)(?:就行|就好|就可以)?(?:了|吧)?(?=\s*(?:$|[,，。;；!！]))", r"\1"),
)
# "The first clip should start 2 seconds in and the unboxing video 1 second in": where each clip starts in its source, as
# "start the first clip at 2 seconds" (the first was read as a 2-s clip, the second left over and the whole not
# understood; set CA ca177). The second clip said with its seconds only takes the verb again. Read before "start N s in"
# becomes "start at N s"
_V_CLIP_REF = (r"(?:the\s+(?:first|second|1st|2nd|other|last)\s+(?:video\s+clip|clip|video)"
               r"|(?:the\s+)?(?:[a-z0-9\-]+\s+)?(?:video\s+clip|clip|footage)(?![a-z'])|the\s+(?!whole|entire|full|final|main|finished|new|same)[a-z0-9\-]+\s+video"
               rf"|{_V_FILE})")
_V_IN = r"(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\s+in\b(?!\s*(?:to|the|a|an)\b)"
REWRITES = (
    (rf"\b({_V_CLIP_REF})\s+(?:should|must|needs?\s+to|has\s+to|can|could)\s+(?:start|begin)\s+(?:at\s+)?(?:about\s+|around\s+)?{_V_IN}",
     r"start \1 at \2"),
    (rf"(\bstart\s+{_V_CLIP_REF}\s+at\s+\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\s*,?\s*and\s+({_V_CLIP_REF})\s+(?:at\s+)?{_V_IN}",
     r"\1 and start \2 at \3"),
) + REWRITES
# "the unboxing sound is too loud, 40% please": the complaint about one clip's sound, then its level, as "unboxing sound
# at 40%" (the file named beside a complaint of every sound was not understood; set CA ca188). Read first, before the
# clip's name is read apart from its sound; never a sound's own name ("the music is too loud, 20%" is the music's)
REWRITES = (
    (rf"\b({_V_FILE}|(?:the\s+)?(?:first|second|1st|2nd|other)\s+(?:video\s+clip|clip|video)"
     r"|the\s+(?!(?:music|voice|voiceover|narration|narrator|song|background|overall|whole|video|audio|title|bgm|vo|clips?|sound|master|total|main|final)\b)"
     r"[a-z0-9\-]+(?:\s+(?:video|clip))?)(?:'s)?\s+(?:own\s+)?(?:sound|audio|volume)\s+"
     r"(?:is|'s|sounds)\s+(?:way\s+|much\s+|a\s+bit\s+|a\s+little\s+|kind\s+of\s+)?(?:too\s+)?(?:loud|quiet|soft|low|high)\s*[,;]\s*"
     r"(?:(?:make|set|turn)\s+it\s+(?:to\s+)?|(?:put|bring)\s+it\s+(?:at|to|down\s+to|up\s+to)\s+|maybe\s+|like\s+|try\s+|at\s+)?"
     r"(\d+(?:\.\d+)?\s*%)", r"\1 sound at \2"),
) + REWRITES
# --- end of block V
# "trim clip.mp4 to use only seconds 3 through 8", "unboxing.mp4 seconds 2 to 5 only": the seconds said by their number
# are a part of the source, as "3s to 8s" (set CD cd144 was not read: only "seconds A to B of <the clip>" was). Never
# after a length ("make it 10 seconds 2 to 3 times" holds no part); read last, after the rewrites that name the clip
_V_SECOND = r"(\d+(?:\.\d+)?)(?!\d|\.\d|\s*(?:%|x\b|s\b|secs?\b|seconds?\b|秒))"
REWRITES = REWRITES + (
    (rf"(?<![\d.])(?<![\d.]\s)\bseconds?\s+{_V_SECOND}\s*(?:to|-|–|through|thru|until|till)\s*(?:second\s+)?{_V_SECOND}",
     r"\1s to \2s"),
)
# "i'd like the unboxing video to come first", "we want the watch to go last", "I'd like the unboxing clip first": the
# wish's opener before a picture or clip and its place is no part of its name (the move looked for a picture called
# "i'd like unboxing.mp4"; set CD cd025). Only before a place of the order: "i'd like the title to be red" stays
_V_WISH = r"\b(?:i|we)(?:'d\s+|\s+would\s+|\s+)(?:like|prefer|love|want|need)\s+"
_V_ORDER_PLACE = (r"(?:first|last|second|third|fourth|fifth|(?:right\s+|just\s+|directly\s+|immediately\s+)?"
                  r"(?:before|after|behind|following|between|in\s+front\s+of|ahead\s+of)\s)")
_V_SEEN = (r"(?:[a-z0-9][a-z0-9_\-]*\.(?:mp4|mov|m4v|webm|jpe?g|png|webp)|(?:the\s+)?(?!(?:the|a|an|this|that|my|our|whole|entire|full|final|main|same|new)\b)"
           r"[a-z0-9][a-z0-9\-]*\s+(?:video\s+clip|clip|video|footage|picture|photo|image|pic|shot))")
REWRITES = REWRITES + (
    (rf"{_V_WISH}(?=(?:(?!\b(?:and|then|but|to)\b)(?:[^,.;!?\ue000]|\.(?=[a-z0-9]))){{1,60}}?\s+to\s+(?:come|go|be|appear|play|sit)\s+{_V_ORDER_PLACE})", ""),
    (rf"{_V_WISH}(?={_V_SEEN}\s+(?:first|last)\b\s*(?:$|[,.;!?]|\band\b|\bthen\b|\bplease\b))", ""),
)
# "mute the first video and make the second one shorter": "one" after a picture or clip said by its place is another of
# the same kind, counted as they are (it read "the second one" as the second of all, a picture; set CD cd259). Only in
# the same sentence
_V_NTH = r"(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last|other)"
REWRITES = REWRITES + (
    (rf"\b(the\s+{_V_NTH}\s+(video\s+clip|clip|video|footage|photo|picture|image|pic|slide|shot))\b"
     rf"((?:(?![.;!?。；！？])[^\ue000]){{1,80}}?\bthe\s+(?:{_V_NTH}|next))\s+one\b(?!\s+(?:of|in)\b)", r"\1\3 \2"),
)

# --- block G (wave 30, fixer G): pictures, motion, beats
# the pictures' motion stopped and then "stop it" said of it: "the pictures keep zooming in, can you stop that", "the slow
# zoom makes me dizzy, stop it" (the "stop" was a modifier left unread: nothing done; sets CG cg096, CE ce271)
REWRITES = REWRITES + (
    (r"\b(no\s+zooming|turn\s+off\s+the\s+zoom)\s*[,;.!]?\s*(?:and\s+|so\s+|just\s+)*(?:please\s+|(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?)?"
     r"(?:stop|end|kill)\s+(?:it|that|this|them)(?:\s+please)?(?=\s*(?:$|[.!?;,]))", r"\1"),
    # the motion disliked: "i don't like the zoom thing on the pictures" (set CH ch107 was not understood). Only the motion
    # of the pictures, never a zoom transition or a text's zoom entrance, and only said whole ("i don't like the zoom,
    # make it slower" is not turned off: the clause ends there)
    (r"\b(?:i|we)\s+(?:really\s+|just\s+)?(?:don'?t|dont|do\s+not)\s+(?:really\s+)?(?:like|love|want)\s+(?:the|that|this|all\s+the|these)\s+"
     r"(?:(?:slow|constant|little)\s+)?(?:zoom(?:ing)?|ken\s+burns|panning|pan\s+and\s+zoom)(?:\s+(?:in|in\s+and\s+out))?"
     r"(?:\s+(?:thing|things|effect|effects|motion|movement|stuff))?"
     r"(?:\s+(?:on|of|in)\s+(?:the\s+|my\s+|all\s+the\s+)?(?:pictures|photos|images|pics|slides|stills|shots))?"
     r"(?=\s*(?:$|[.!?;]|,\s*(?:please|thanks|thx)\b|,?\s*(?:and|but)\s+(?!make\b|slow\b|speed\b)))", "turn off the zoom"),
    (r"\b(?:i|we)\s+(?:really\s+)?(?:hate|dislike)\s+(?:the|that|this|all\s+the)\s+(?:zoom(?:ing)?|ken\s+burns|panning)"
     r"(?:\s+(?:thing|effect|effects|motion|movement))?(?:\s+(?:on|of|in)\s+(?:the\s+)?(?:pictures|photos|images|pics|slides))?"
     r"(?=\s*(?:$|[.!?;]))", "turn off the zoom"),
)
# "reorder the pictures so green-watch.png comes first and red-sneaker.jpg comes last": the places said after "so" are the
# order asked; the words before them are no part of the first picture's name (set CH ch059 looked for a picture called
# "reorder the pictures so green-watch.png", and made the other move alone). Only before a place of the order; read
# first (the rewrite of a reason said with "so the …" takes the rest away)
REWRITES = (
    (r"\b(?:re-?order|rearrange|reshuffle|shuffle|re-?arrange|change\s+the\s+order\s+of|fix\s+the\s+order\s+of|sort)\s+(?:all\s+)?(?:the\s+|my\s+|our\s+)?"
     r"(?:pictures|photos|images|pics|slides|shots|clips|products|them|things|order)\s+so\s+(?:that\s+)?"
     r"(?=(?:[^,.;!?]|\.(?=[a-z0-9])){1,60}?\b(?:comes?|goes|go|is|plays?|sits?|be|lands?|appears?|shows?)\s+(?:up\s+)?"
     r"(?:first|last|second|third|fourth|fifth|at\s+the\s+(?:start|end|beginning|front)|before\b|after\b))", ""),
) + REWRITES
# a picture asked to be the opening or closing shot: "can the gold ring be the opening shot?", "the watch should be the
# closing picture" (set CF cf106 was not understood; only "should be the first" was read). A picture's name of a few
# words or a file before it, never a text, a sound or "it". A "?" with more after it stays, the end of the clause ("can the
# sneaker be the last shot? want to end on our hero product": the reason ran into the move; set CN cn009)
_G_SHOT = r"(?:shot|picture|photo|image|pic|slide|frame|one|thing\s+(?:people|viewers|we|you)\s+see)"
_G_PICTURE = (r"((?:the\s+|our\s+|my\s+)?(?!(?:the|our|my|a|an|title|headline|captions?|subtitles?|text|music|song|voice|voiceover|narration|logo|sticker|it|this|that|end|first|last|second|third)\b)"
              r"[a-z0-9][a-z0-9_\-]*(?:\.(?:jpe?g|png|webp|mp4|mov)|(?:\s+(?!be\b)[a-z0-9\-]+){0,2}?))")
REWRITES = REWRITES + (
    (rf"(?:^|(?<=[,;.!?]\s)|(?<=[,;.!?]))\s*(?:(?:can|could|would|will)\s+(?:you\s+(?:make|have)\s+|we\s+(?:make|have)\s+)?)?{_G_PICTURE}\s+"
     rf"(?:(?:should|must|needs\s+to|has\s+to|can|could|would|will)\s+)?be\s+(?:the\s+|our\s+)?(?:very\s+)?(?:opening|first)\s+{_G_SHOT}\b(?:\s*\?(?=\s*$))?",
     r"move \1 first"),
    (rf"(?:^|(?<=[,;.!?]\s)|(?<=[,;.!?]))\s*(?:(?:can|could|would|will)\s+(?:you\s+(?:make|have)\s+|we\s+(?:make|have)\s+)?)?{_G_PICTURE}\s+"
     rf"(?:(?:should|must|needs\s+to|has\s+to|can|could|would|will)\s+)?be\s+(?:the\s+|our\s+)?(?:very\s+)?(?:closing|last|final|ending)\s+{_G_SHOT}\b(?:\s*\?(?=\s*$))?",
     r"move \1 last"),
)
# a picture's place, then its length said with a participle: "the sneaker pic should be last and shown for 8 seconds" (one
# clause of no verb of its own after "and": the length was read of the picture and its move dropped; set CE ce038). The
# length is said of "it", the picture just placed
REWRITES = REWRITES + (
    (r"\b(first|last|second|third|fourth|fifth|(?:at|to)\s+the\s+(?:start|end|beginning|front))\s+and\s+(?:be\s+|is\s+|get\s+)?"
     r"(?:shown|displayed|held|kept\s+on\s+screen|kept\s+up|on\s+screen|visible)\s+(?=for\s+(?:about\s+|around\s+)?\d)", r"\1 and show it "),
)
# a total length, then one thing's length within it: "video should be 40 secs with the sneaker on screen for 10 of them",
# "make it 30 seconds with the watch shown for 8": two wishes, the second a length of that thing (set CN cn179 was not
# understood; said "for 10 seconds" the sneaker was made 40 s and the video 10 s, a wrong edit)
REWRITES = REWRITES + (
    (r"\b(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)(?:\s+long)?)\s*,?\s+with\s+((?:the\s+|our\s+)?[a-z0-9][a-z0-9_\-.]*(?:\s+[a-z0-9\-]+){0,2}?)\s+"
     r"(on\s+screen|shown|showing|displayed|visible|up)\s+for\s+(?:about\s+|around\s+)?(\d+(?:\.\d+)?)\s*"
     r"(?:of\s+(?:them|those|these|the\s+\d+)|s|secs?|seconds?)?(?![a-z0-9.%])", r"\1, \2 \3 for \4 seconds"),
)
# "2 seconds per product": each picture (each product was read, "per product" not; set CG cg187)
REWRITES = REWRITES + (
    (r"\bper\s+(?:single\s+)?(?:product|item)\b(?!\s+names?)", "per picture"),
)
# "第一张图放6秒，其余的3秒": after one picture's length, the rest said with a length alone is each of the others (set CF
# cf254 left 其余 unread and did nothing); only after a picture's length ("其余的5秒" alone may be the video's last seconds)
REWRITES = REWRITES + (
    (r"((?:张|图|照片|图片)[^,，。;；]{0,10}?\d+(?:\.\d+)?\s*秒\s*[,，;；]\s*)(?:其余|其他|其它|剩下|剩余)(?:的)?\s*(?:图片|照片|图|几张|的图)?\s*"
     r"(?:都|各)?\s*(?:放|显示|是|为|改成|改为)?\s*(?=\d+(?:\.\d+)?\s*秒)", r"\1每张"),
)
# the cuts on the beat with the verb after the music: "请让画面切换与背景音乐的节拍对齐", "图片切换和音乐节奏同步" (set CG cg074
# was not understood: only "对齐音乐节拍", the verb first, was read)
REWRITES = REWRITES + (
    (r"(?:请)?(?:让|把|使)?\s*(?:画面|图片|镜头|照片)?\s*(?:的)?\s*(?:切换|转换|切|转场|剪辑)(?:点)?\s*(?:都)?\s*(?:要|能)?\s*(?:与|和|跟|同)\s*"
     r"(?:背景)?(?:音乐|配乐|bgm|歌)\s*(?:的)?\s*(?:节拍|节奏|鼓点)\s*(?:保持)?\s*(?:对齐|同步|一致|吻合|对上|合拍|匹配)", "卡点"),
)
# "should" mistyped ("the ring picture shoud be last": one letter from both "should" and "showd", a form of "show", the
# typo corrector left it; set CG cg120): read first, before the rewrites of "X should be first"
REWRITES = (
    (r"\b(?:shoud|shuold|shoudl|sholud|shold|shoul|shud)\b", "should"),
) + REWRITES
# a picture's place counted from the end: "the sneaker should be second to last" (written "next-to-last" by now; the
# rewrite of "should be first / last" does not know it); and a second picture's place after "and" with the verb left out:
# "move the ring last and the sneaker next-to-last" (set CG cg120 made neither move)
_G_PLACE = r"(?:first|last|next-to-last|second|third|fourth|fifth)"
REWRITES = REWRITES + (
    (r"^\s*(?:the\s+)?+(?!title|headline|captions?|music|voice|narration|logo|video\b)([a-z0-9][a-z0-9\-]*(?:\s+[a-z0-9\-]+)?)\s+"
     r"(?:should|must|needs\s+to|has\s+to)\s+(?:be|come|go)\s+(?:the\s+)?(next-to-last)\b", r"move the \1 \2"),
    (rf"(\bmove\s+(?:(?!\band\b)[^,.;!?])+?\s+{_G_PLACE})\s+and\s+"
     r"((?:the|our|my)\s+(?!(?:title|headline|captions?|subtitles?|text|music|song|voice|voiceover|narration|logo|sticker|rest|others?)\b)"
     rf"[a-z0-9][a-z0-9\-]*(?:\s+(?!{_G_PLACE}\b)[a-z0-9\-]+)?)\s+({_G_PLACE})(?=\s*(?:$|[,.;!?]))", r"\1 and move \2 \3"),
)
# --- block W (wave 30, fixer B): clips, their order, their sound
# "the videos' own sound", "the clips' audio": the plural's apostrophe is no quote and no part of the word (the
# tagger read "videos" and "sound" apart, every sound; set CE ce253 lowered the music with the clips). Before the rewrites
# that read "the clips own sound"
REWRITES = (
    (r"\b(videos|clips)['’](?=\s+(?:own\s+)?(?:sound|audio|volume|voices?)\b)", r"\1"),
) + REWRITES
# "clip.mp4 sound off", "the unboxing audio down": a clip's sound and a direction with no verb before, as "turn off the
# clip.mp4 sound" (set CF cf145 was not read: the frames took the file and "sound", every sound, apart). Never "all sound
# off" nor a sound's own name ("music sound off")
_W_NOT_OWNER = (r"(?!(?:the|all|every|any|no|its|their|this|that|background|music|song|voice|voiceover|narration|bgm"
                r"|and|then|but|so|or)\b)")
# (at a clause's start only: a verb said before is the wish's own, "keep the unboxing audio down", "bring the clip
# sound down", which became "bring turn down …" and lost the question of which clip, corpus wave21_s#1)
REWRITES = REWRITES + (
    (rf"(?:^|(?<=[,;!?])|(?<=\.)(?=\s)|(?<=\band\s)|(?<=\bthen\s)|(?<=\balso\s))(\s*)((?:the\s+)?{_W_NOT_OWNER}[a-z0-9][a-z0-9_\-]*(?:\.(?:mp4|mov|m4v|webm|mkv))?)(?:['’]s)?\s+(?:sound|audio)\s+"
     r"(off|down|up)\b(?!\s+the\b)", r"\1turn \3 \2 sound"),
    # ("turn clip.mp4 sound off": the verb said, its particle after the sound; the phrasal verbs join after "the" only)
    (rf"\b(?:turn|switch)\s+((?:the\s+)?{_W_NOT_OWNER}[a-z0-9][a-z0-9_\-]*(?:\.(?:mp4|mov|m4v|webm|mkv))?)(?:['’]s)?\s+(?:sound|audio)\s+"
     r"(off|down|up)\b(?!\s+the\b)", r"turn \2 \1 sound"),
)
# what keeps its sound, said after a clip's sound turned off: "mute clip.mp4, keep the unboxing audio", "clip.mp4 sound
# off, leave the unboxing sound on" (set CF cf145 left it unread, the whole not understood): it plays as it is, no edit
REWRITES = REWRITES + (
    (r"(\b(?:mute|muted|silence|silenced|turn\s+off|kill)\b(?:[^.;!?]|\.(?=[a-z0-9])){1,60}?)\s*[,;]\s*(?:but\s+|and\s+)?(?:keep|leave)\s+"
     r"(?:the\s+)?[a-z0-9][a-z0-9_\-]*(?:\.(?:mp4|mov|m4v|webm|mkv))?(?:\s+(?:clip|video))?(?:['’]s)?\s+(?:sound|audio)"
     r"(?:\s+(?:on|as\s+it\s+is|as\s+is|alone|unmuted|playing))?(?=\s*(?:$|[.;!?]))", r"\1"),
)
# "两个视频的原声都关掉，只听音乐": the music left to hear after the clips' own sound goes is why, nothing of its own (the
# music was read as turned off too; set CG cg272). The reverse of block V's "把背景音乐删了，只听视频原声"
REWRITES = REWRITES + (
    (r"((?:视频原声|原声|原音|视频的?声音|片段的?声音)\s*(?:给)?\s*(?:关掉|关了|关闭|静音|去掉|删了|删掉|不要了))\s*[,，]\s*(?:就|我)?\s*只\s*"
     r"(?:听|要|留|保留|用)\s*(?:背景音乐|音乐|配乐|bgm)(?:就行|就好|就可以)?(?:了|吧)?(?=\s*(?:$|[,，。;；!！]))", r"\1"),
)
# "take out the clip.mp4 one", "drop the red-sneaker.jpg one": the pronoun after a file named, not a 1 (block R's rule
# reads it after a word only; set CH ch035 left "1" unread, the whole refused)
REWRITES = REWRITES + (
    (r"\b(the\s+[a-z0-9][a-z0-9_\-]*\.(?:mp4|mov|m4v|webm|mkv|jpe?g|png|webp))\s+1(?=\s*(?:$|[,;!?]|\.(?!\d)|(?:and|then|too|please|pls)\b))",
     r"\1 one"),
)
# "把clip.mp4移到时间线最前面", "放到时间轴的最后": the timeline's start or end is the place (set CG cg068 looked for a
# picture called "时间线最")
REWRITES = REWRITES + (
    (r"(移到|放到|挪到|调到|放在|移至|移动到|排到|排在|挪至|调至)\s*(?:整个)?\s*(?:时间线|时间轴)\s*(?:上|里|中)?\s*的?\s*"
     r"(?=最|开头|开始|末尾|结尾)", r"\1"),
)
# "unboxing vid louder, and the watch pic first": a picture or clip and its place said bare after another wish is a move
# of its own, with its verb ("put"); the frames read the two as one clause of two things and dropped both (set CH ch189).
# After a comma only: "mute clip.mp4 and unboxing.mp4 first" may be both muted
REWRITES = REWRITES + (
    # (or after a sentence: "the ring is the star here. So: ring picture first please" was not read; set FN fn037)
    (r"((?:[,;]|(?<=[.!?]))\s*(?:and\s+|then\s+|and\s+then\s+|also\s+|plus\s+)?)((?:the\s+)?(?!(?:title|headline|captions?|subtitles?|text|music|song"
     r"|voice\w*|narration|logo|sticker|watermark|end|intro|outro|first|last|other|same|next)\b)[a-z0-9][a-z0-9\-]*\s+(?:pic|picture|photo"
     r"|image|shot|clip|video|vid|footage|one)|[a-z0-9][a-z0-9_\-]*\.(?:mp4|mov|m4v|webm|jpe?g|png|webp))\s+(first|last)"
     r"(?=\s*(?:$|[,;!?]|\.(?![a-z0-9])|(?:and|then|please|pls)\b))", r"\1put \2 \3"),
)
# "videos first then the product shots", "make the product photos 3 seconds each": the pictures (every picture shows a
# product; set CH ch169 looked for one called "product shots"). The plural only: "the watch product shot" is one
REWRITES = REWRITES + (
    (r"\bproduct\s+(?:shots|photos|pictures|images|pics|stills)\b", "pictures"),
)
# "place the two clips at the start, followed by the three photos": every clip, then every picture, as the order's list
# ("the 3 photos" counts them; the count left unread refused the move; set CH ch012). Kinds only, the count dropped
_W_KIND = (r"(?:the\s+|both\s+(?:of\s+)?(?:the\s+)?|all\s+(?:of\s+)?(?:the\s+)?)?(?:\d+\s+)?"
           r"(video\s+clips|clips|videos|photos|pictures|images|pics|stills)")
REWRITES = REWRITES + (
    (rf"(?:^|(?<=[.;!?]))\s*(?:(?:put|place|move|have|start\s+with|i\s+want|i'd\s+like)\s+)?{_W_KIND}\s+"
     r"(?:at\s+the\s+(?:very\s+)?(?:start|beginning|front)|first)\s*,?\s*(?:and\s+)?(?:then\s+)?(?:followed\s+by|after\s+them|then)\s+"
     rf"{_W_KIND}(?:\s+after\s+them)?(?=\s*(?:$|[.;!?]))", r"new order: \1, \2"),
)
# "the video at the end, move it to the start": where a thing is now, said to name it before a wish of "it", is no place
# asked (the video was "already there" and the move of "it" left unread; set CH ch278)
REWRITES = REWRITES + (
    (r"(?:^|(?<=[.;!?]))\s*((?:the\s+)?(?!(?:it|this|that|and|then|so|but|please)\b)[a-z0-9][a-z0-9_\-]*(?:\.[a-z0-9]{2,4})?"
     r"(?:\s+(?!(?:at|is|was)\b)[a-z0-9][a-z0-9\-]*)?)\s+(?:(?:that'?s|which\s+is|currently|now)\s+)?at\s+the\s+(?:very\s+)?"
     r"(?:end|start|beginning|front|back)\s*[,:]\s*(move|put|bring|place|shift|stick)\s+it\b", r"\2 \1"),
)
# (wave 30) a text said to stay as it is beside a style: "apply the sale preset and keep the title unchanged", "use the
# elegant style but don't touch the captions", "套用促销风格，标题保持不变": the style applied and that text's look left as it
# was (edits.promo_video.r_preset_kept), never the phrase dropped as talk of a thing that stays (the title was restyled;
# lead row). Read first, before "keep the title unchanged" is dropped; only after a word for a style
_STYLE_SAID = r"(\b(?:preset|style|template|look|theme|energetic|elegant|minimal|sale)\b[^.;!?\n]{0,40}?)"
_KEEP_TEXT_EN = (r"(?:\s*,\s*|\s+)(?:(?:and|but)\s+)?(?:please\s+)?(?:(?:keep|leave)\s+(?:the\s+)?{t}\s+(?:unchanged|as\s+(?:it\s+is|they\s+are|is)"
                 r"|the\s+same|alone|untouched|intact|as\s+before|how\s+(?:it\s+is|they\s+are))|(?:don'?t|do\s+not)\s+(?:touch|change|restyle)"
                 r"\s+(?:the\s+)?{t})(?=\s*(?:$|[,.;!?]))")
_STYLE_SAID_ZH = r"((?:风格|预设|模板|样式)[^。；！？\n]{0,20}?)"
_KEEP_TEXT_ZH = r"\s*[，,]\s*(?:但是?|不过)?\s*{t}\s*(?:的样式|的样子)?\s*(?:保持不变|保持原样|不变|不动|别动|不要动|不要改|别改|照旧)"
REWRITES = (
    (_STYLE_SAID + _KEEP_TEXT_EN.format(t=r"(?:title|headline)"), r"\1, with the title kept as is"),
    (_STYLE_SAID + _KEEP_TEXT_EN.format(t=r"(?:captions|subtitles)"), r"\1, with the captions kept as is"),
    (_STYLE_SAID_ZH + _KEEP_TEXT_ZH.format(t="标题"), r"\1，with the title kept as is"),
    (_STYLE_SAID_ZH + _KEEP_TEXT_ZH.format(t="字幕"), r"\1，with the captions kept as is"),
    # ("minimal preset, but keep the fade transitions": the cuts as they are; set FA fa096 had the style's plain cuts)
    (_STYLE_SAID + r"(?:\s*,\s*|\s+)(?:(?:and|but)\s+)?(?:please\s+)?(?:keep|leave)\s+(?:the\s+|my\s+|our\s+)?(?:(?:current|same|existing"
     r"|fade|dissolve|crossfade|cross-fade)\s+)?transitions?(?:\s+(?:unchanged|as\s+(?:they\s+are|it\s+is|is)|the\s+same|alone|as\s+before))?"
     r"(?=\s*(?:$|[,.;!?]))", r"\1, with the transitions kept as is"),
    (_STYLE_SAID_ZH + _KEEP_TEXT_ZH.format(t="转场(?:效果)?"), r"\1，with the transitions kept as is"),
) + REWRITES
# --- block W30D (wave 30, fixer D): titles and captions
# "make the title pop in bigger and say 'Holiday Gift Guide'": words said after "and say", with no "it", are the text's
# named before in the clause, as "… and make it say" (set CG cg198 left the quote unread and the whole clause undone)
_W_TEXT = r"(?:title|headline|heading|captions?|subtitles?|end\s*card|outro|cta)"
REWRITES = REWRITES + (
    (rf"(\b{_W_TEXT}\b(?:(?!\b(?:and|then|but)\b)[^,.;!?\ue000]){{1,40}}?)\s+and\s+(say|read)\s+(?=\ue000)", r"\1 and make it \2 "),
)
# "… say Clip and Unboxing lol, change them to …": a laugh is no word of the wish (set CH ch212 read "unboxing lol" as the
# second caption's words)
FILLER_EN = FILLER_EN + ("lol", "lmao", "haha", "hahaha")
# (and an aside of how honest it is: "… looks kinda cheap tbh" was not read, set CS cs009)
FILLER_EN = FILLER_EN + ("tbh", "ngl", "imo", "to be honest")
# "the title should stay on screen longer and be in a handwriting font": a second wish of the same thing said with "and be"
# after a "should" (or "needs to", "to") is said of "it", as "… and it should be …" (set CE ce087 read one clause and
# dropped both)
REWRITES = REWRITES + (
    # (not after a bare "stay": "the captions should stay and be yellow" is one wish)
    (r"(\b(?:should|must|needs?\s+to|has\s+to|have\s+to|ought\s+to|to)\s+(?!(?:stay|remain|be)\s*,?\s+and\b)[a-z][^,.;!?\ue000]{0,50}?)"
     r"\s*,?\s+and\s+be\s+",
     r"\1 and it should be "),
)
# "title font is boring, use a handwritten one": "one" (read "1" by then) after a font's look, in a sentence that named the font, is a font (set
# CE ce083 was not read)
_W_FONT_LOOK = r"(?:handwritten|handwriting|cursive|script|serif|sans[\s-]?serif|display|bold|fancy|modern|classic|elegant|playful)"
REWRITES = REWRITES + (
    (rf"(\b(?:font|typeface|lettering)\b[^.;!?\ue000]{{0,60}}?\b(?:use|try|go\s+with|pick|choose|give\s+it|switch\s+to"
     rf"|change\s+(?:it\s+)?to|make\s+it|want|need|prefer)\s+(?:a|an|the)\s+(?:more\s+)?{_W_FONT_LOOK})\s+(?:one|1)\b(?!\s*(?:s\b|sec|second|%|x\b))", r"\1 font"),
)
# "title in gold would look classier, and use serif for it": a font used "for it" is the font of the thing "it" is, as "make
# it in a serif font" (set CG cg182 dropped the clause without a word; "… the serif font for it" changed every text)
_W_FONT_NAME = r"(?:playfair(?:\s+display)?|sans[\s-]?serif|sans|serif|handwriting|handwritten|cursive|script|display)"
REWRITES = REWRITES + (
    (rf"\b(?:use|try|go\s+with|pick|choose|put)\s+(?:a\s+|an\s+|the\s+)?({_W_FONT_NAME})(?:\s+(?:font|typeface|type|one))?\s+"
     r"(?:for|on)\s+(it|them)\b", r"make \2 in a \1 font"),
)
# "playfair for the title please, it's our headline font": what the font is to the person, said after it, is why, never a
# font of its own ("headline font" was read as the display font and set over it; set CG cg202). Not the brand's: "that's our
# brand font" may ask for the brand kit
REWRITES = REWRITES + (
    (r"\s*[,;.]?\s*(?:(?:since|because|as|cause|cos)\s+)?(?:it'?s|it\s+is|that'?s|that\s+is|which\s+is|this\s+is)\s+(?:our|my|the)\s+"
     r"(?:(?:house|usual|signature)\s+(?:headline\s+|heading\s+|title\s+)?|(?:headline|heading|title)\s+)"
     r"(?:font|typeface)\b(?:\s+(?:too|as\s+well|already))?(?=\s*(?:$|[,.;!?]))", ""),
)
# "captions to the top, the bottom is covered by the tiktok buttons": an app's buttons are no wish for its format, and a part
# of the screen they cover is why the text moves, never a place for it (set CG cg225 put the captions back at the bottom,
# read "covered" as the pictures' fit and made the video vertical)
_W_APP = r"(?:tiktok|tik\s+tok|instagram|insta|ig|reels?|youtube|yt|shorts|snapchat|facebook|fb)"
_W_APP_PART = r"(?:ui|buttons?|icons?|interface|overlays?|controls|comments?|username|handles?|sidebar|side\s+bar|menus?|bars?)"
_W_EDGE = (r"(?:the\s+)?(?:very\s+)?(?:(?:bottom|top|lower|upper)(?:\s+(?:part|third|half|area|edge|bit|corner))?)"
           r"(?:\s+of\s+the\s+(?:screen|video|frame|picture|image))?")
REWRITES = REWRITES + (
    (rf"\b{_W_APP}(?:'s)?\s+(?={_W_APP_PART}\b)", "app "),
    # (only an app's parts: "the bottom is covered by the title, move it to the top" names the "it")
    (rf"(?:^|[,;.])\s*(?:(?:since|because|as|cause|cos)\s+)?{_W_EDGE}\s+(?:is|gets|will\s+be|are|'s)\s+"
     r"(?:(?:all|always|mostly|partly|kind\s+of)\s+)?(?:covered|coverd|blocked|hidden|obscured)\s+(?:by|under|with)\s+"
     rf"(?:the\s+)?(?:[a-z]+\s+){{0,2}}?{_W_APP_PART}(?:\s+(?:on|of|in)\s+(?:the\s+)?app)?(?=\s*(?:$|[,.;!?]))", ""),
    (rf"(?:^|[,;.])\s*(?:(?:since|because|as|cause|cos)\s+)?(?:the\s+)?(?:app\s+)?{_W_APP_PART}\s+(?:on\s+(?:the\s+)?app\s+)?"
     rf"(?:cover|covers|block|blocks|hide|hides|are\s+over|sit\s+(?:on|over))\s+{_W_EDGE}(?=\s*(?:$|[,.;!?]))", ""),
)
# a clip named by where it sits, complained of: "the video at the end goes on too long", "the clip at the start drags"
# (set CH ch130 made the whole video 20 s: "the video" was read as the video, "at the end" dropped). Only as a clause's
# subject before a verb of how it plays; "fade the video at the end" is another wish and stays as it was
# ("the video bit at the end is too long": a clip's part said so is the clip too; set CL cl115)
_V_PLACED_CLIP = (r"(?:^|(?<=[,;.!?]\s)|(?<=[,;.!?]))\s*(?:the\s+)?(?:video\s+clip|(?:video|clip)\s+(?:part|bit|section|segment)|video|clip|footage)\s+(?:at|in)\s+the\s+"
                  r"(?:very\s+)?{at}\b(?=\s+(?:goes|go|is|runs|drags|feels|lasts|seems|plays|takes)\b)")
REWRITES = REWRITES + (
    (_V_PLACED_CLIP.format(at="end"), " the last clip"),
    (_V_PLACED_CLIP.format(at="(?:start|beginning)"), " the first clip"),
)
# the clip named by where it sits is only now "the last clip": its pace complained of is read as the clip's pace above
# ("the video bit at the end plays too fast": slower; set CS cs064 read it as the clip longer)
REWRITES = REWRITES + (
    (rf"\b(the\s+(?:last|first)\s+clip)\s+(?:is|plays|runs|moves|feels|seems|looks|goes)\s+{_TOO}(?:fast|quick|quickly|rushed)\b",
     r"slow down \1 \2"),
    (rf"\b(the\s+(?:last|first)\s+clip)\s+(?:is|plays|runs|moves|feels|seems|looks|goes)\s+{_TOO}(?:slow|slowly)\b",
     r"speed up \1 \2"),
)
# a length said as what a thing needs, "unboxing only needs 5 secs", or asked for, "the clip is too long, can it be 5
# seconds": that length, as "needs to be 5 secs" and "make it 5 seconds" are (sets CU cu083, cu173 were unread). Never a
# length more or less ("needs 5 seconds more": read elsewhere)
_K_SECS = r"(?:about\s+|around\s+|roughly\s+)?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b(?!\s*(?:more|longer|shorter|less|extra|of)\b)"
REWRITES = REWRITES + (
    (rf"\b(?:only\s+|just\s+)?needs?\s+(?:only\s+|just\s+)?(?={_K_SECS})", "needs to be "),
    (rf"\b(?:can|could)\s+(it|they)\s+(?:only\s+|just\s+)?be\s+(?:only\s+|just\s+)?(?={_K_SECS})", r"make \1 "),
)
# a sound said not needed, "the unboxing video doesnt need sound", or listed as gone, "no voiceover, no clip sound": that
# sound off, as "mute the clip" and "mute the clip sound" are (sets CU cu181, cu241 were unread). "no clip sound" only
# opening a clause ("there's no clip sound" is a complaint); "music only:" heading such a list is what the list says
REWRITES = REWRITES + (
    (rf"\b({_CLIP_NAMED})\s+(?:(?:doesn'?t|doesnt|does\s+not|don'?t|dont|do\s+not)\s+need\s+(?:any\s+|its\s+|the\s+)?"
     r"|needs?\s+no\s+)(?:sound|audio)\b", r"mute \1"),
    (r"(?:^|(?<=[,;:.]\s)|(?<=[,;:.])|(?<=\band\s))\s*no\s+(?:video\s+)?(?:clip|clips|video|footage)\s+(?:sound|audio)\b"
     r"(?=\s*(?:$|[,;.!]|and\b))", "mute the clip sound"),
    (r"^\s*(?:background\s+)?music\s+only\s*:\s*(?=no\s)", ""),
)
# a fade's length said as the first or last seconds it covers, "fade in from black over the first second": that long (set
# CT ct133 was unread)
# the video's length said bare after its noun, "whole video 20": seconds (set CT ct157 looked for a clip "video 20")
# a picture added with its place and how long it shows, "add gold-ring.jpg at the end for 5 seconds": the length its own
# clause, as "…, 5 seconds" is (the file was looked for as "gold-ring.jpg at the end for 5 seconds"; set CT ct148)
# a clip's part kept said after a colon, "the middle of clip.mp4: use 3 s to 9.5 s": that clip from there to there (set CT
# ct114 was unread)
# a file said after "reports that" / "says that": the file, not "that unboxing" (set CS cs050 asked which of the two)
_K_FILE_V = rf"({_CLIP_FILE})"
REWRITES = REWRITES + (
    (r"\b(fade\s+(?:in|out)(?:\s+(?:from|to)\s+(?:black|white))?\s+over)\s+the\s+(?:first|last|final|opening|closing)\s+(?=\d)", r"\1 "),
    (r"\b((?:whole|entire|total|full)\s+(?:video|thing)\s+\d+(?:\.\d+)?)(?=\s*(?:$|[,.;!]|and\b))", r"\1s"),
    (r"\b(add|insert|include)\s+([a-z0-9_\-]+\.(?:jpg|jpeg|png|webp))\s+(at\s+the\s+(?:very\s+)?(?:end|start|beginning))\s+for\s+"
     r"(?=\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b)", r"\1 \2 \3, "),
    (rf"\b(?:the\s+)?(?:middle(?:\s+(?:bit|part|section|portion))?|part|bit|section|portion)\s+of\s+{_K_FILE_V}\s*[:：]\s*(?:use|keep)\s+(?:from\s+)?(?=\d)", r". use \1 from "),
    (r"\b(reports?|reported|says?|said|mentions?|mentioned|notes?|noted|notices?|noticed|thinks?|feels?|finds?|found)\s+that\s+"
     r"(?=[a-z0-9_\-]+\.(?:mp4|mov|webm|m4v|mkv|jpg|jpeg|png|webp|mp3|wav|m4a)\b)", r"\1 "),
    # "视频开头有两秒是黑的，剪掉": those first seconds of the clip cut, as 剪掉视频的前2秒 is (set CS cs114 was unread)
    (r"(视频片段|视频|片段)\s*(?:开头|最前面|前面|一开始)\s*(?:有|的)?\s*(\d+(?:\.\d+)?)\s*秒钟?\s*(?:是|都是|全是)?\s*黑(?:的|屏)?\s*[,，]?\s*"
     r"(?:把它|帮我|请)?\s*(?:剪掉|删掉|去掉|剪了|删了)", r"剪掉\1的前\2秒"),
)
# the clip complained of as coming too late, then "put it first": the clip first ("it" after a clause of the clip's
# place was not read as the clip, and the message asked which of every picture; set CT ct191)
REWRITES = REWRITES + (
    (r"\b((?:the\s+)?(?:[a-z0-9\-]+\s+)?(?:video\s+clip|clip|footage)|[a-z0-9_\-]+\.(?:mp4|mov|webm|m4v|mkv))\s+"
     r"(?:starts|comes(?:\s+in)?|appears|shows\s+up|plays)\s+(?:way\s+|much\s+|a\s+bit\s+|kind\s+of\s+)?too\s+late\s*[,.;]?\s*"
     r"(?:so\s+|just\s+|please\s+)?(put|move|place|bring)\s+it\s+(?=first\b|to\s+the\s+(?:start|beginning|front)\b|at\s+the\s+(?:start|beginning|front)\b)",
     r"\2 \1 "),
)
# the pictures' length said as a noun of the pictures, "图片时长改成3秒", "photo duration 3s", "set the image length to 4
# seconds": each picture that long (时长 / duration alone was read as the whole video's: wave 31 row "图片时长改成3秒" made
# the video 3 s). Only the pictures said bare, as a clause's subject: "第二张图片时长", "the watch photo duration", "image 2
# duration" name one picture and stay as they were
_W_PIC_LEN_ZH = (r"(?:^|(?<=[,，;；。]))\s*(?:请|麻烦)?\s*(?:把|将)?\s*(?:所有|全部|每张)?\s*(?:的)?\s*(?:图片|照片|图)\s*(?:的)?\s*"
                 r"(?:显示|展示|停留|播放)?\s*(?:时长|时间|长度)\s*(?:都|统一|一律|全部|全)?\s*"
                 r"(?:改成|改为|设为|设成|设置为|设置成|调成|调到|调整为|调整到|变成|换成|为|是|[:：])?\s*(?=\d)")
_W_PIC_LEN_EN = (r"(?P<pre>^|[,;.!?:]\s*|\b(?:and|then|also|plus)\s+)(?:(?:please\s+)?(?:set|change|make|adjust|switch|update)\s+)?"
                 # ("the image length" may be one image's: a question of wave 30, left as it was; "the images' length" is theirs)
                 r"(?:the\s+(?=(?:photo|picture|image|pic|slide)s)|all\s+(?:of\s+)?(?:the\s+)?|every\s+|each\s+)?(?:photo|picture|image|pic|slide)s?(?:'s|')?\s+"
                 r"(?:display\s+)?(?:duration|length|time|timing)s?\s*(?:to\s+|of\s+|=\s*|:\s*|at\s+|should\s+be\s+|is\s+|be\s+)?(?=\d)")
# (first: a later rewrite drops "duration" after a noun, "photo duration 3s" became "photo 3s")
REWRITES = (
    (_W_PIC_LEN_ZH, "每张图片显示"),
    (_W_PIC_LEN_EN, r"\g<pre>show each picture for "),
) + REWRITES
# a fade given to a text, its length said before it ("give the title a 2 second fade", "a 1s fade in on the captions",
# "title fade: 2 seconds"): how long the text takes to fade, never how long it stays on screen, nor the video's length
# (wave 31 row "give the title a 2 second fade" showed the title 0-2 s; "give the captions a 1 second fade" made the video
# 1 s long). A fade said alone is in and out; "fade in" / "fade out" keep their side
_W_TEXT = (r"(?:the\s+|its\s+|all\s+(?:of\s+)?(?:the\s+)?|my\s+|our\s+)?(?:title(?:\s+text)?|headline|heading|captions?|subtitles?"
           r"|on[\s-]?screen\s+text|text\s+overlays?|text)")
_W_FADE_LEN = r"((?:\d+(?:\.\d+)?|half\s+a|half)\s*-?\s*(?:s|secs?|seconds?))\s*(?:long\s+)?"
_W_FADE_SOFT = r"(?:(?:quick|slow|short|gentle|soft|nice|subtle|smooth|long)\s+)?"
_W_GIVE = r"\b(?:give|add|put|apply|use|want|have|do)\s+"
# (first: the whole video's fade rewrites read "a 1 second fade out" before the captions it is on)
REWRITES = (
    (rf"{_W_GIVE}({_W_TEXT})\s+(?:an?\s+|some\s+)?{_W_FADE_SOFT}{_W_FADE_LEN}{_W_FADE_SOFT}fade[\s-]+(in|out)\b(?:\s+effect)?",
     r"make \1 fade \3 over \2"),
    (rf"{_W_GIVE}({_W_TEXT})\s+(?:an?\s+|some\s+)?{_W_FADE_SOFT}{_W_FADE_LEN}{_W_FADE_SOFT}fade(?:\s+effect)?\b(?![\s-]*(?:in|out|to|from|through|into)\b)",
     r"make \1 fade in and out over \2"),
    (rf"\b(?:{_W_GIVE[2:]})?(?:an?\s+)?{_W_FADE_SOFT}{_W_FADE_LEN}{_W_FADE_SOFT}fade[\s-]+(in|out)\s+(?:on|for|to)\s+({_W_TEXT})\b",
     r"make \3 fade \2 over \1"),
    (rf"\b(?:{_W_GIVE[2:]})?(?:an?\s+)?{_W_FADE_SOFT}{_W_FADE_LEN}{_W_FADE_SOFT}fade\s+(?:on|for|to)\s+({_W_TEXT})\b",
     r"make \2 fade in and out over \1"),
    (rf"(?:^|(?<=[,;.!?]))\s*({_W_TEXT})(?:'s)?\s+fade\s*(?:time|length|duration)?\s*(?::|=|of|to)?\s*{_W_FADE_LEN}(?=\s*(?:$|[,;.!?]|\band\b))",
     r"make \1 fade in and out over \2"),
    # ("give the title a fade over 2 seconds", "… a fade in lasting 1s": the length after it)
    (rf"{_W_GIVE}({_W_TEXT})\s+(?:an?\s+|some\s+){_W_FADE_SOFT}fade[\s-]+(in|out)(?:\s+effect)?\s+(?:over|lasting|of|that\s+lasts|for)\s+"
     rf"{_W_FADE_LEN}", r"make \1 fade \2 over \3"),
    (rf"{_W_GIVE}({_W_TEXT})\s+(?:an?\s+|some\s+){_W_FADE_SOFT}fade(?:\s+effect)?\s+(?:over|lasting|of|that\s+lasts|for)\s+{_W_FADE_LEN}",
     r"make \1 fade in and out over \2"),
    # ("给字幕加一个1秒的淡入": the length between the verb and the fade; "标题淡入2秒" is read)
    (r"(?:给|为|把)?\s*(标题|字幕|文字)\s*(?:加上?|添加|来|做)\s*(?:[一1]\s*个|个|[一1]\s*段|[一1]\s*下)?\s*(\d+(?:\.\d+)?\s*秒)\s*(?:钟)?\s*(?:的)?\s*"
     r"(淡入淡出|淡入|淡出|渐显|渐隐)(?:效果|动画)?", r"\1\3\2"),
    # ("give the title a fade": no length said)
    (rf"{_W_GIVE}({_W_TEXT})\s+(?:an?\s+|some\s+){_W_FADE_SOFT}fade(?:\s+effect)?\b(?![\s-]*(?:in|out|to|from|through|into|over|lasting|of|for)\b)",
     r"make \1 fade in and out"),
) + REWRITES
# "the ending" given a length, as a clause of its own ("ending 改成 5 秒", "结尾改成5秒", "片尾5秒", "make the ending 4
# seconds"): the end card's length, never the whole video's (wave 31 row "ending 改成 5 秒" made the video 5 s). Written as
# the one word "endingpart" (an end card's name: the end card edit sets the card's length when there is one and asks when
# there is none). "结尾淡出2秒", "结尾2秒淡出", "把片段结尾的2秒剪掉" say more than a length and stay as they were
_W_LEN_END = r"(?=\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|秒钟?)(?![a-z])\s*(?:long\s*)?(?:$|[,;.!?，。；！？]))"
extend(TARGETS, "endcard", en=("endingpart",))
REWRITES = REWRITES + (
    (r"(?P<pre>^|[,;.!?:，。；]\s*|\b(?:and|then|also|plus)\s+)(?:(?:please\s+)?(?:make|set|change|keep)\s+)?(?:the\s+)?ending(?:'s)?\s*"
     r"(?:length|duration)?\s*(?:to\s+|should\s+be\s+|should\s+last\s+|lasts?\s+|is\s+|:\s*|=\s*|改成|改为|设为|设成|调成|调到|变成)?\s*"
     + _W_LEN_END, r"\g<pre>endingpart "),
    (r"(?:^|(?<=[,，;；。!！]))\s*(?:请|麻烦)?\s*(?:把|将)?\s*(?:视频)?\s*(?:的)?\s*(?:结尾|末尾|片尾)\s*(?:的)?\s*(?:时长|长度|时间)?\s*"
     r"(?:改成|改为|设为|设成|调成|调到|变成|为|是|[:：])?\s*" + _W_LEN_END, "endingpart "),
)
# a clip given two wishes in one breath, the first said with "be"/"get" ("can the clip be slowed down and start from 3
# seconds in", "could the unboxing clip get sped up and start 2 s in"): each said of the clip, in a clause of its own (the
# clause was read as one and its slowing left unread, so nothing was done: set CG cg114)
# (only the clip by its noun: said by its name or file, the first wish was dropped without a word by a later stage, a
# question left for another wave)
# ("… and then start at 2s" is left as it was: the first wish was dropped without a word after the split)
_W_CLIP_NOUN = r"(?:the\s+)?(?:video\s+clip|clip|footage)"
REWRITES = REWRITES + (
    (rf"(?P<pre>^\s*|[,;.!?]\s*|\b(?:can|could|should|would|will|must|may|might|and|please)\s+)({_W_CLIP_NOUN})\s+(be|get)\s+"
     r"(slowed(?:\s+down)?|sped\s+up|speeded\s+up|muted)\s+and\s+(?=(?:start|begin)s?\b)", r"\g<pre>\2 \3 \4, and \2 "),
)
# "视频1", "视频 2": the first, the second video (片段 N stays the Nth segment) ("把视频1的开头两秒剪掉" looked for a thing called 视频1: set CH ch209); never
# a number of seconds, a speed or a file ("视频1.5倍速", "视频10秒", "视频1.mp4")
REWRITES = REWRITES + (
    (r"(?<![第\d])(视频)\s*(\d)(?![\d.]|\s*(?:秒|分|倍|x|%|个|段|张|帧|s\b|秒钟))", r"第\2个\1"),
)
# two clips' parts cut with one verb said once at the end: "把视频1的开头两秒和视频2的开头一秒都剪掉" is each part cut (the first
# part was dropped; set CH ch209)
_W_PART_ZH = r"(开头|结尾|前|后|最后|末尾)\s*(?:的)?\s*(\d+(?:\.\d+)?\s*秒)"
REWRITES = REWRITES + (
    (rf"[把将]\s*([^，,。；;和与跟]{{1,24}}?)\s*的?\s*{_W_PART_ZH}\s*(?:和|跟|与|以及|、)\s*([^，,。；;和与跟]{{1,24}}?)\s*的?\s*{_W_PART_ZH}"
     r"\s*(?:都|也|全|分别)?\s*(剪掉|去掉|删掉|裁掉|切掉|剪去|去除)", r"把\1的\2\3\7，把\4的\5\6\7"),
)
# (wave 31, fixer C) typefaces the draft does not have (its fonts: draft/styles.FONTS), by their names: a font asked by
# one is named as unavailable, with the fonts there are. "change it to Comic Sans" set the sans font (its "sans" read as
# the font), "标题换成楷体" set the title's words to 楷体, "use Arial for the captions" was not understood. Never
# "times" alone ("3 times"), nor a name a font of the draft answers to (宋体 is serif, 黑体 sans, impact the display face)
TYPEFACES = ("comic sans ms", "comic sans", "arial black", "arial", "helvetica neue", "helvetica", "times new roman",
             "georgia", "verdana", "tahoma", "calibri", "cambria", "garamond", "futura", "gill sans", "open sans",
             "noto sans", "noto serif", "source sans pro", "source sans", "source serif", "pt sans", "pt serif", "roboto",
             "montserrat", "lato", "poppins", "raleway", "oswald", "courier new", "baskerville", "bodoni", "avenir",
             "proxima nova", "segoe ui", "trebuchet ms", "papyrus", "bebas neue", "myriad pro", "fira sans", "ubuntu",
             "微软雅黑", "雅黑", "楷体", "仿宋", "隶书", "幼圆", "苹方", "华文行楷", "华文细黑", "方正粗黑", "方正黑体")
_TYPEFACE = "(" + "|".join(t.replace(" ", r"\s+") for t in sorted(TYPEFACES, key=len, reverse=True)) + ")"  # (letters only)
REWRITES = REWRITES + (
    # "use Arial for the captions": that text in that font (the brand kit's "for our brand" and "headings" stay the kit's)
    (rf"\b(?:use|try|pick|choose|go\s+with)\s+(?:the\s+)?{_TYPEFACE}(?:\s+(?:font|typeface))?\s+(?:for|on)\s+(?:the\s+|all\s+the\s+)?"
     r"(title|headline|captions?|subtitles?)\b(?!\s*(?:and\s+)?(?:headings?|body|brand))", r"\2 in \1 font"),
)
# (wave 31, fixer C) a text said to stay as it is, its present words told beside it: "don't change the title, it's 'Sale'
# and that's fine" (hand-found row 1 set the title to 'Sale'), "leave the captions alone, they say 'Sale'", "the headline
# reads 'Sale' and that's ok", "标题写的是“Sale”，挺好的，别改": the words describe it, they are no new words. Said as
# "keep the title" (nothing to do for it), the description dropped; "make the title 'Sale', that's fine" stays a wish
_KT = r"(?:title|headline|heading|captions?|subtitles?)"
_KT_Q = r"\ue000\d+\ue001"
_KT_FINE = r"(?:really\s+|pretty\s+|just\s+|totally\s+|perfectly\s+)?(?:fine|ok|okay|good|great|perfect|right|correct)"
_KT_IS_FINE = rf"(?:is|are|looks?|seems?)\s+{_KT_FINE}(?:\s+as\s+(?:it\s+|they\s+)?(?:is|are))?"
_KT_THAT_FINE = rf"(?:and\s+|but\s+)?(?:that'?s|that\s+is|it'?s|it\s+is|which\s+is|they'?re|they\s+are)\s+{_KT_FINE}"
_KT_DESCRIBED = (r"(?:(?:it|they|which|that)\s*(?:'s|'re|\s+is|\s+are)(?:\s+(?:called|titled))?|(?:it|they|which)\s+(?:says?|reads?))"
                 rf"\s*:?\s*(?:just\s+|already\s+|currently\s+|still\s+)?{_KT_Q}")
_KT_START = r"(?:^|(?<=[,.;!?]\s)|(?<=[,.;!?]))\s*"
REWRITES = REWRITES + (
    (rf"\b(?:leave|keep)\s+(the\s+{_KT})\s+(?:alone|as\s+(?:it\s+|they\s+)?(?:is|are)|unchanged|untouched)\b", r"keep \1"),
    (rf"\b(keep\s+the\s+{_KT})\s*[,.;:\-–—]*\s*{_KT_DESCRIBED}(?:\s*[,.]?\s*{_KT_THAT_FINE})?", r"\1"),
    (rf"{_KT_START}(?:the\s+)?({_KT})\s+(?:(?:says?|reads?|is|are)\s+)?{_KT_Q}\s*[,.;]?\s*(?:{_KT_IS_FINE}|{_KT_THAT_FINE})"
     r"(?:\s*[,.;]?\s*(?:so\s+)?(?:please\s+)?(?:don'?t|do\s+not)\s+(?:change|touch)\s+(?:it|them|that))?", r" keep the \1"),
    (r"(?:标题|字幕)\s*(?:写的是|上面写的是|写着|现在是|是|叫)?\s*\ue000\d+\ue001\s*[,，]?\s*(?:(?:挺好的?|很好|不错|没问题|可以|挺好看的?)\s*[,，]?\s*)?"
     r"(?:就)?(?:别改|不用改|不要改|不改|不变|保持不变|不用动|别动|就这样)(?:了|吧)?", " "),
)

# --- block D31 (wave 31, fixer D): a dislike never sets what it dislikes
# (the words of a dislike are no typos: "i can't stand the pop" was corrected to "can't stayd")
PLAIN_WORDS = PLAIN_WORDS + ("stand", "fan", "fans", "tacky", "cheesy", "corny", "gimmicky")
# a kind of transition disliked or said to go: "i don't like the zoom transitions", "not a fan of the slide transitions",
# "get rid of the wipe transitions", "the zoom transitions are annoying", "不喜欢缩放转场", "去掉滑动转场": one canonical
# wish, "no <kind> transitions" / "不要<kind>转场", which the transitions' rule reads as that kind gone (a plain fade in
# its place) or, when no cut is of that kind, nothing changed and said so. The kind's word alone had been read as the
# kind wished for (wave 31 row "i don't like the zoom transitions" set zoom transitions); "remove the zoom transitions"
# removed every transition of a draft of fades
_D_KIND_EN = (r"(?P<k>fade[\s-]to[\s-](?:black|white)|cross[\s-]?fade|fade|dissolve|slide|wipe|zoom|circle|pixelate|pixelize|blur"
              r"|smooth|radial|cover|reveal)(?:[\s-]?(?:in|out|left|right|up|down))?")
_D_KIND_ZH = r"(?P<k>淡入淡出|交叉淡化|溶解|叠化|滑动|滑入|推移|擦除|划像|缩放|放大|圆形|黑场|闪黑|闪白|模糊|像素化)"
_D_DISLIKE_EN = (r"(?:(?:i|we)\s+(?:really\s+|just\s+|honestly\s+)?(?:don'?t|dont|do\s+not)\s+(?:really\s+)?(?:like|love|want|need|care\s+for)"
                 r"|(?:i|we)\s+(?:really\s+|kind\s+of\s+|kinda\s+|just\s+)?(?:hate|dislike|can'?t\s+stand|cannot\s+stand)"
                 r"|(?:(?:i'?m|we'?re|i\s+am|we\s+are)\s+)?not\s+(?:really\s+|much\s+of\s+|the\s+biggest\s+|a\s+big\s+)?(?:a\s+)?fans?\s+of"
                 r"|no\s+more|get\s+rid\s+of|remove|drop|lose|ditch|kill|(?:please\s+)?stop\s+using)")
_D_MEH_EN = (r"(?:is|are|feels?|looks?|seems?)\s+(?:a\s+(?:bit|little)\s+|way\s+|kind\s+of\s+|kinda\s+|so\s+|really\s+|pretty\s+|just\s+|too\s+)*"
             r"(?:too\s+much|cheesy|tacky|cheap|annoying|irritating|distracting|ugly|awful|terrible|horrible|dated|corny|gimmicky"
             r"|jarring|childish|lame|bad)\b")
_D_DISLIKE_ZH = r"(?:不喜欢|讨厌|受不了|不想要|不要|别用|去掉|删掉|删除|取消|拿掉)"
_D_MEH_ZH = r"(?:有点|有些|太|很|好|真|比较|过于)?\s*(?:土|俗气|俗|丑|难看|不好看|烦人|烦|廉价|低级|生硬|晃眼)了?"
REWRITES = REWRITES + (
    (rf"\b{_D_DISLIKE_EN}\s+(?:the\s+|that\s+|this\s+|these\s+|those\s+|all\s+(?:the\s+|those\s+|these\s+)?)?{_D_KIND_EN}"
     r"\s+(?:transitions?|effects?\s+between\s+(?:the\s+)?(?:pictures|images|photos|shots|slides))\b", r"no \g<k> transitions"),
    (rf"(?:^|(?<=[,;.!?]\s)|(?<=[,;.!?]))\s*(?:the\s+|that\s+|this\s+|these\s+|those\s+|all\s+(?:the\s+|those\s+|these\s+)?){_D_KIND_EN}"
     rf"\s+transitions?\s+{_D_MEH_EN}", r"no \g<k> transitions"),
    (rf"{_D_DISLIKE_ZH}\s*(?:这个|这种|这些|那个|那种|那些)?\s*{_D_KIND_ZH}\s*(?:的)?\s*(?:转场|过渡)(?:效果)?", r"不要\g<k>转场"),
    (rf"(?:这个|这种|这些|那个|那种|那些)?\s*{_D_KIND_ZH}\s*(?:的)?\s*(?:转场|过渡)(?:效果)?\s*{_D_MEH_ZH}", r"不要\g<k>转场"),
)
# a text's entrance disliked, said alone: "the pop on the title is annoying", "i don't like the typewriter on the captions",
# "the title's bounce is cheesy": that entrance gone ("no pop on the title", read as the text appearing at once, or nothing
# changed when it has no such entrance). The frames had read the entrance's word as the one wished for: a title that fades
# in was made to pop (wave 31 row "the pop on the title is annoying"). Only a clause that ends there, or goes on to
# something else: "the pop is a bit much, make it fade in" names the entrance wished (wave 6's rewrites above); read before
# them, which take the complaint away
_D_ANIM = r"(?P<a>pop(?:[\s-]?(?:in|up))?|typewriter|slide(?:[\s-]?(?:up|in))?)"
_D_TEXT = r"(?P<t>(?:the\s+)?(?:title|headline|heading|captions|subtitles|text))"
# (or going on to say the text should just appear, which is the same wish: "the pop on the title is annoying, just have it
# appear" was not understood, set CJ cj054)
# (an aside after it is no more: "the pop-in on the title looks kinda cheap tbh" was not read, set CS cs009)
_D_ASIDE = r"(?:\s*,?\s*(?:tbh|to\s+be\s+honest|honestly|ngl|imo|lol|lmao|haha|though|really|tho)\b)*"
_D_ALONE = (rf"(?={_D_ASIDE}\s*(?:$|[.!?;]|,\s*(?:please|thanks|thx)\b|,?\s*(?:and|but|also)\s+"
            r"(?!(?:make|use|change|switch|have|let|try|give|it|just|instead|rather|i'?d|we'?d)\b)"
            r"|,?\s*(?:just\s+)?(?:have|let)\s+(?:it|them)\s+(?:just\s+)?appear\s*(?:$|[.!?;])))")
REWRITES = (
    (rf"\b{_D_DISLIKE_EN}\s+(?:the|that|this|its|their)\s+{_D_ANIM}(?:\s+(?:effect|animation|entrance))?\s+(?:on|of|for|in)\s+{_D_TEXT}{_D_ALONE}",
     r"no \g<a> on \g<t>"),
    (rf"(?:^|(?<=[,;.!?]\s)|(?<=[,;.!?]))\s*(?:the|that|this)\s+{_D_ANIM}(?:\s+(?:effect|animation|entrance))?\s+(?:on|of|for|in)\s+"
     rf"{_D_TEXT}\s+{_D_MEH_EN}{_D_ALONE}", r"no \g<a> on \g<t>"),
    # (not alone: "the pop on the title is annoying, make it fade in", "i don't like the pop on the title, can it just fade
    # in" are the title, and the entrance wished after it; the pop was read as wished, set CI ci009)
    (rf"\b{_D_DISLIKE_EN}\s+(?:the|that|this|its|their)\s+{_D_ANIM}(?:\s+(?:effect|animation|entrance))?\s+(?:on|of|for|in)\s+{_D_TEXT}"
     r"(?=\s*[,;]\s*\S)", r"\g<t>"),
    (rf"(?:^|(?<=[,;.!?]\s)|(?<=[,;.!?]))\s*(?:the|that|this)\s+{_D_ANIM}(?:\s+(?:effect|animation|entrance))?\s+(?:on|of|for|in)\s+"
     rf"{_D_TEXT}\s+{_D_MEH_EN}", r"\g<t>"),
    (rf"(?:^|(?<=[,;.!?]\s)|(?<=[,;.!?]))\s*{_D_TEXT}(?:'s)?\s+{_D_ANIM}(?:\s+(?:effect|animation|entrance))?\s+{_D_MEH_EN}{_D_ALONE}",
     r"no \g<a> on \g<t>"),
) + REWRITES
# a text's entrance wished, then what it should not do instead: "captions should fade in, not just appear" (the contrast is
# the same wish; the message was not understood, set CL cl215)
REWRITES = REWRITES + (
    (r"\b((?:fade|slide|pop|type)\s+in|(?:fade|slide)\s+up)\s*,?\s*(?:and\s+)?(?:not|instead\s+of|rather\s+than)\s+(?:just\s+)?"
     r"(?:appear(?:ing)?|pop(?:ping)?\s+up|show(?:ing)?\s+up)(?:\s+(?:suddenly|at\s+once|abruptly|out\s+of\s+nowhere))?(?=\s*(?:$|[.!?;]))", r"\1"),
)
# the pictures' motion disliked: "不喜欢这个缩放效果", "讨厌图片的推拉", "not a fan of the slow zoom", "i can't stand the ken
# burns": the motion off, as wave 30's rewrite reads "i don't like the zoom" (it was not understood, or a dislike read as a
# wish). Never a zoom transition (the rewrite above reads it first) nor a text's zoom
REWRITES = REWRITES + (
    (r"(?:不太喜欢|不喜欢|讨厌|受不了|不想要)\s*(?:这个|这种|那个|那种)?\s*(?:(?:图片|照片|画面)\s*(?:的)?\s*)?(?:缩放|推拉|镜头运动|ken\s*burns)\s*(?:效果|动效|动画)?"
     r"(?!\s*(?:的)?\s*(?:转场|过渡))", "关闭缩放效果"),
    (r"\b(?:(?:(?:i'?m|we'?re|i\s+am|we\s+are)\s+)?not\s+(?:really\s+|much\s+of\s+|the\s+biggest\s+|a\s+big\s+)?(?:a\s+)?fans?\s+of"
     r"|(?:i|we)\s+(?:really\s+|just\s+)?(?:can'?t|cannot)\s+stand)\s+(?:the|that|this|all\s+the)\s+(?:(?:slow|constant|little)\s+)?"
     r"(?:zoom(?:ing)?|ken\s+burns|panning|pan\s+and\s+zoom)(?:\s+(?:thing|effect|effects|motion|movement))?"
     r"(?:\s+(?:on|of|in)\s+(?:the\s+)?(?:pictures|photos|images|pics|slides))?(?=\s*(?:$|[.!?;]))", "turn off the zoom"),
)
# (wave 32, fixer R) reasons, compliments and "X stays" said beside a wish: context, never an edit, and never in the way
# of the wish beside them.
# "sports" is no typo of "shorts" (a 9:16 platform): "it's for a sports store" made the video vertical (set CI ci233)
PLAIN_WORDS = PLAIN_WORDS + ("sport", "sports", "sporty")
# the parts of a product a crop cuts off are no typos ("loses its strap" read "scrap", a verb of removal; set ET et073)
PLAIN_WORDS = PLAIN_WORDS + ("strap", "straps", "laces", "buckle", "buckles", "zipper", "clasp", "brim", "visor", "soles")
# a thing that "loses its" part is cropped, never removed ("The watch loses its strap at the edges, so the user would rather
# see full images with bars" removed the watch; set ET et073)
REWRITES = (
    (r"\b(?:loses|is\s+losing|are\s+losing|lost)\s+(?:its|their|the|his|her)\s+[a-z]+\s+(?=(?:at|on|along|off)\s+the\s+(?:edges?|sides?|top|bottom|corners?)\b)",
     "is cut off "),
    (r"\b(?:loses|is\s+losing|are\s+losing|lost)\s+(its|their|the|his|her)\s+", r"is missing \1 "),
) + REWRITES
_R32_PRAISE = (r"(?:really\s+|pretty\s+|very\s+|so\s+|super\s+|just\s+|totally\s+|all\s+)?"
               r"(?:great|good|fine|nice|lovely|perfect|beautiful|gorgeous|amazing|awesome|ok|okay|cool|solid)")
REWRITES = REWRITES + (
    # "make the captions white and bold so they read well over the photos": a purpose said with "they" (or "people",
    # "viewers", "customers" …) is why, as with "it" (set CI ci049 left the bold unread); "…so they should be at the top"
    # stays the wish itself
    (r"\s+so\s+(?:that\s+)?(?:they|them|these|those|customers|shoppers|buyers|our\s+\w+|my\s+\w+)\b"
     r"(?![^.;!?]*\b(?:should|must|needs?\s+to|has\s+to|have\s+to|can\s+you|could\s+you|let'?s|can\s+be|could\s+be)\b)"
     # ("…, so they asked for that photo to be taken out": the wish relayed, set EM em015 dropped it)
     r"(?!\s*'d\b)(?!\s+(?:asked|ask|want|wants|would|need|needs|requested|said|prefer|prefers)\b)"
     r"(?:(?!,\s*(?:and|then|also|plus)\b)[^.;!?])*", ""),
    # "fade to white at the end, one second, fits our clean look", "…, matches the brand": what the wish suits is why,
    # never a style or a colour of its own (set CI ci061 applied the minimal style)
    # ("go with" after a "will" or "should" only: bare, ", go with the elegant style" is the wish, and it was dropped; set CN
    # cn012)
    (r"\s*[,;—–\-]\s*(?:(?:it|that|this|which)\s*(?:'s|\s+is|\s+will)?\s*)?(?:(?:should|would|will)\s+)?(?:fits?|suits?|matches|match|goes\s+with"
     r"|(?:(?<=should\s)|(?<=would\s)|(?<=will\s))go\s+with"
     r"|fitting|suiting|matching|in\s+line\s+with|on[\s-]brand\s+with)\s+(?:with\s+)?(?:our|my|the|their|his|her|your)\s+"
     r"(?:[a-z'\-]+\s+){0,3}(?:look|feel|vibe|style|aesthetic|brand(?:ing)?|theme|identity|image|palette|colou?rs?|season|mood|tone|store|shop|products?)"
     r"\b(?=\s*(?:[.;!?]|$))", ""),
    # "the photos look great but can you make it a bit shorter?": praise before "but" is no thing for the wish after it,
    # whose "it" is the video (set CI ci031 read "it" as the photos and was not understood); "the clip's own sound is nice
    # but too loud": the complaint after it is the clause (set CI ci134)
    (rf"(?:^|(?<=[,.;!?]))\s*(?:(?:the|our|my|all\s+the|your)\s+)?[a-z'\-]+(?:\s+[a-z'\-]+){{0,3}}\s+(?:look|looks|sound|sounds|is|are|'s|'re|seem|seems|feel|feels)"
     rf"\s+{_R32_PRAISE}(?:\s+(?:now|overall|already|to\s+me))?\s*,?\s*(?:but|though|however)\s*,?\s+"
     r"(?=(?:please\s+|pls\s+|just\s+|can\s+you\s+|could\s+you\s+|would\s+you\s+|i'?d\s+like\s+|we\s+need\s+|maybe\s+)*"
     r"(?:make|set|change|turn|cut|trim|shorten|lengthen|move|put|add|remove|drop|use|give|swap|speed|slow|mute|lower|raise|bring|fade)\b)", " "),
    (rf"\b((?:is|are|'s|'re|sounds?|looks?)\s+){_R32_PRAISE}\s*,?\s*(?:but|though)\s+(?=(?:a\s+bit\s+|way\s+|much\s+|just\s+|kind\s+of\s+|a\s+little\s+)?too\b)",
     r"\1"),
)
# praise said as a clause of its own beside the wishes, and the rest said to stay: why, never a wish left undone ("music
# is perfect", "love the pics", "looks nice otherwise", "the pictures are fine", "title is perfect leave it", "keep everything
# else" were each said not understood beside the edit done; set EW, 14 rows). A whole clause only: "the title is fine but
# make it red" is the rule above's
_PRAISED = (r"(?:pics?|pictures?|photos?|images?|shots?|music|song|track|soundtrack|title|headline|captions?|subtitles?|transitions?"
            r"|colou?rs?|fonts?|logo|video|voice(?:over)?|narration|style|look|vibe|edit|pacing|order|it|this|that|everything(?:\s+else)?"
            r"|the\s+rest|rest|[a-z\-]+\s+(?:pic|photo|shot|picture|image)s?)")
# (not before "it" or "that one" of the thing praised: "we love the title, make it smaller", "the watch picture is great,
# keep only that one")
_PRAISE_END = r"(?=\s*(?:$|[.;!?,]))(?![.;!?,]\s*[^.;!?]*\b(?:it|its|them|that\s+one|this\s+one|those|these)\b)"
REWRITES = REWRITES + (
    (rf"(?:^|(?<=[.;!?,]))\s*(?:and\s+|but\s+|also\s+|oh\s+and\s+)?(?:i\s+|we\s+)?(?:really\s+|absolutely\s+|totally\s+)?(?<!')(?:love|like|dig|adore)\s+"
     rf"(?:the\s+|my\s+|our\s+|those\s+|these\s+|all\s+the\s+|how\s+)?{_PRAISED}(?:\s+(?:a\s+lot|so\s+much|tho|though|btw|too|as\s+is))*{_PRAISE_END}", ""),
    (rf"(?:^|(?<=[.;!?,]))\s*(?:and\s+|but\s+|also\s+|oh\s+and\s+)?(?:the\s+|my\s+|our\s+|your\s+|all\s+the\s+)?{_PRAISED}\s+"
     rf"(?:is|are|'s|'re|looks?|sounds?|seems?|feels?)\s+{_R32_PRAISE}(?:\s+(?:otherwise|now|overall|tho|though|as\s+is|already|to\s+me))*"
     rf"(?:\s*,?\s*(?:so\s+)?(?:leave|keep)\s+(?:it|them|that|those)(?:\s+(?:as\s+is|alone|the\s+same))?)?{_PRAISE_END}", ""),
    (rf"(?:^|(?<=[.;!?,]))\s*(?:and\s+|but\s+)?(?:it\s+)?(?:looks?|sounds?)\s+{_R32_PRAISE}\s+otherwise{_PRAISE_END}", ""),
    (rf"(?:^|(?<=[.;!?,]))\s*(?:and\s+|but\s+)?(?:keep|leave)\s+(?:everything|all|the\s+rest)(?:\s+else)?(?:\s+(?:as\s+is|the\s+same|alone|as\s+it\s+is))?{_PRAISE_END}", ""),
)
_R32_CLIP = r"(?:the\s+)?(?:[a-z0-9\-]+\s+)?(?:video\s+)?clip(?:\s+\d+)?|[a-z0-9_\-]+\.(?:mp4|mov|webm|m4v|mkv)"
REWRITES = (
    # "trim clip.mp4 so it starts 2 seconds in": where the clip starts is the wish, never a purpose (the purpose rule
    # dropped it, and the bare "trim" cut the clip's end; set CI ci114): said "at 2 seconds", as the trim's rules read it.
    # Read before the purpose rule.
    # (a clip by its own name too: "trim the unboxing so it starts two seconds in", set EW ew109)
    # ("it" too, of a clip named before: "speed the clip up to double, and trim it so it starts three seconds in", set EW ew65)
    (rf"\b((?:trim|cut|change|set|edit)\s+(?:{_R32_CLIP}|it|the\s+[a-z0-9\-]+(?:\s+(?:video|footage|one|bit))?)\s+so\s+(?:that\s+)?it\s+(?:starts?|begins?)\s+)"
     r"(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\s+in\b", r"\1at \2"),
) + REWRITES
# "图片每张停4秒就行，视频不动", "第一个视频的声音小一点，第二个不用动": a clip (or the other one) said to stay as it is, beside a
# wish, needs nothing done; never the pictures' motion turned off (set CI ci146), nor the wish beside it left unread (set
# CI ci187 was not understood). "图片不动" stays the pictures' motion.
_R32_UNCHANGED = r"(?:不动|不用动|别动|不要动|不需要动|不用改|别改|不要改|不改|不用管|保持不变|不变|保持原样|照旧)"
REWRITES = REWRITES + (
    (r"(?<=[,，;；。])\s*(?:(?:但|但是|而|就|至于)\s*)?(?:(?:第\s*[一二两三四五1-9]\s*(?:个|段|条)|另(?:外)?\s*(?:一|1)\s*(?:个|段|条)"
     r"|其他|其余|其它|别的|剩下的?)\s*(?:的)?\s*(?:视频片段|视频|片段)?|视频片段|片段|视频)\s*(?:的\s*(?:声音|原声|音量|速度|长度|时长))?"
     rf"\s*(?:也|就|先|都|暂时)*\s*{_R32_UNCHANGED}(?:了|吧|哈|就行|就好)?(?=\s*(?:[,，。；;！!\n]|$))", " "),
)
# Chinese reasons said after a wish, each to its clause's end: who cannot read or follow it ("我们的客户看不懂", set CI
# ci145 refused the title's new words), a text gone too fast to read ("太快了看不清": its 看不清 was read as bigger or a
# colour, set CI ci236 asked which), what a text covers ("挡住鞋子了", set CI ci079 was not understood). "字幕看不清" alone,
# or said with its thing, stays the complaint it is.
_R32_CLAUSE_END = r"(?=\s*(?:[,，。；;！!?？\n]|$))"
REWRITES = REWRITES + (
    (r"[,，;；]\s*(?:因为|不然|否则|要不然)?\s*(?:我们|你们|他们)?(?:的)?\s*(?:客户|用户|顾客|观众|买家|粉丝|大家|消费者|别人|老人家?|外国人|家长|学生)(?:们)?"
     r"\s*(?:都|可能|会|根本|完全|大多|大部分|基本)*\s*(?:看不懂|看不明白|读不懂|听不懂|不认识|不懂|记不住|没耐心看?|不爱看|看不清楚?)"
     rf"[^，,。；;！!?？]{{0,8}}{_R32_CLAUSE_END}", ""),
    (r"[,，;；]\s*(?:因为|不然|否则)?\s*(?:现在|它|那)?\s*(?:太快了?|一闪而过|闪得?太快了?|太短了?(?=\s*[,，]?\s*(?:都|根本)?\s*(?:看不|来不及|没看)))"
     rf"(?:\s*[,，]?\s*(?:都|根本|完全)?\s*(?:看不清楚?|看不到|看不见|来不及看(?:清楚?)?|没看清楚?)(?:了|啊|呀)?)?{_R32_CLAUSE_END}", ""),
    # (its subject and when said both: "…，因为它现在挡住标题了" was left unread; set GA ga145)
    (r"[,，;；]\s*(?:因为|不然|否则)?\s*(?:(?:它|这样|现在)\s*)*(?:会|老是|总是|都|正好)?\s*(?:挡住|遮住|盖住|挡到|遮到|遮挡|压住|挡着)了?"
     rf"\s*[^，,。；;！!?？]{{0,10}}?(?:了|啦|呀)?{_R32_CLAUSE_END}", ""),
)
# "转场太慢了，改成0.3秒": a transition's pace is its length, too slow is too long (the English "too slow, make them 0.3 s" is read
# so; set CI ci238 made the video 0.3 s long)
REWRITES = REWRITES + (
    (r"(转场|过渡)\s*(?:的)?\s*(?:速度|节奏)?\s*(?:也|都|还是)?\s*(?:太过|太|有点|有些|比较)\s*慢", r"\1太长"),
    (r"(转场|过渡)\s*(?:的)?\s*(?:速度|节奏)?\s*(?:也|都|还是)?\s*(?:太过|太|有点|有些|比较)\s*快", r"\1太短"),
)
# "图片都好看，就是转场太慢了": praise before 就是 / 但是 / 不过 is no wish left undone when the clause after it names its own
# thing (set CI ci238 said 图片都好看 not understood); "音乐挺好听的，就是声音大了点" keeps the music the 声音 is of
REWRITES = REWRITES + (
    (r"(?:^|(?<=[,，;；。!！]))\s*[^，,。；;！!?？把将]{1,10}?(?:都|也|挺|很|真|非常|特别|蛮|还)*\s*(?:好看|漂亮|不错|很好|挺好|满意|好听|很棒|完美)"
     r"(?:的|了|啊|呀)?\s*[，,]\s*(?:就是|但是?|不过|只是|可是)\s*"
     r"(?=(?:把|将)?\s*(?:转场|标题|字幕|背景音乐|音乐|配乐|配音|旁白|视频|片段|图片|照片|logo|片尾|节奏|时长|整体|总时长))", ""),
)
# (wave 32) "after that," / "afterwards," / "once that's done," between two wishes is the next step, as "then" is: "open
# with the third picture; after that, remove the cap" dropped the removal (set CI ci067); only before an edit's verb
_NEXT_VERB = (r"(?:remove|delete|drop|add|put|move|make|set|change|mute|unmute|turn|use|show|keep|lower|raise|shorten|extend"
              r"|swap|fade|give|trim|cut|speed|slow|place|insert|replace|lose|ditch|get\s+rid)\b")
REWRITES = REWRITES + (
    (rf"(?:^|(?<=[,.;!?]))\s*(?:and\s+)?(?:after\s+that|after\s+this|afterwards|afterward|once\s+that(?:'s|\s+is)\s+done)\s*,?\s*(?=(?:please\s+)?{_NEXT_VERB})",
     " "),
)
# (wave 32) "the clip - trim it to 8 secs", "the clip, only use the part from 3s to 9s of it": a clip said first as the
# topic, then a wish of "it", is that wish of the clip (read before every other rewrite; sets CI ci123, ci137 were not
# understood). Only at a clause's start, and with no other thing said between ("the clip, the title - make it red")
_TOPIC_CLIP = r"the\s+(?:video\s+)?clip"
_TOPIC_OTHER = (r"(?!(?:[^.;!?]*?\b(?:title|captions?|subtitles?|music|voice\s*-?\s*over|voiceover|narration|logo|sticker|text|"
                r"pictures?|photos?|pics?|images?|shots?|transitions?|fades?|and\s+the)\b))")
REWRITES = (
    (rf"(?:^|(?<=[.;!?,]))(\s*(?:and\s+)?)({_TOPIC_CLIP})(?:\s*[-–—:]\s*|\s*,\s*(?!and\b|then\b)){_TOPIC_OTHER}([^.;!?,]{{1,60}}?)\bit\b(?!')",
     r"\1\3\2"),
) + REWRITES
# (wave 32) "clip.mp4 前面2秒是黑的，剪掉", "视频片段最后3秒很晃，去掉吧": a part of a clip said with what is wrong with it, then a bare
# 剪掉, is that part cut, as "前面2秒剪掉" is (set CI ci186 was not understood)
REWRITES = REWRITES + (
    (r"(前面|开头的?|开始的?|前|最后|结尾的?|后面)\s*(\d+(?:\.\d+)?\s*秒钟?)\s*(?:是|都是|有点|太|画面|拍得)?[^，,。；;！!？?\d\s]{1,8}\s*[,，]\s*"
     r"(?:请|帮我|麻烦)?\s*(?:把它|把这段|这段|直接)?\s*(剪掉|去掉|删掉|裁掉|切掉)(?=\s*(?:吧|啊)?\s*(?:$|[,，。；;！!]))", r"\1\2\3"),
)
# a moment said as "N seconds into the video" is that moment, never the video's length: "bring the title in 2 seconds
# into the video" and "fade in the music 2 seconds into the video" made the video 2 s long, "the captions should start 1
# second into the video" 1 s (found by wave 32 fixer T); as "at N seconds" each is the wish's own start or not understood
REWRITES = REWRITES + (
    # (never right after a clip: "start the clip 2 seconds into the video" may be its place or its source, corpus wave29_a)
    (r"(?<!clip\s)(?<!footage\s)(?<!\.mp4\s)\b(\d+(?:\.\d+)?)\s*(seconds?|secs?|s)\s+into\s+(?:the\s+|our\s+|my\s+)?(?:whole\s+)?(?:video|clip|promo|ad|reel|film|movie)\b",
     r"at \1 \2"),
)
# a thing put somewhere, pointed at with "that" or asked "can it be …", or a Chinese direction said of nothing: the thing
# is "it", which is asked when nothing was named ("can u move that to the left", "put that at the top instead", "can it be
# on the left side?", "往上挪一点" were not understood, with three guesses; sets CK ck162, CJ cj241, CL cl001 cl222)
REWRITES = REWRITES + (
    (r"\b(move|put|place|shift|drag|slide|stick|push)\s+(?:that|this)\s+(?=(?:over\s+)?(?:to|at|in|on|onto|up|down|into)\s+(?:the\s+)?"
     r"(?:left|right|top|bottom|middle|center|centre|corner|side)\b)", r"\1 it "),
    (r"\b(?:can|could|should)\s+(it|that|this)\s+(?:be|go|sit|stay)\s+(?=(?:on|at|in|to)\s+the\s+(?:top|bottom|left|right|middle|center|centre)"
     r"(?:\s+(?:left|right))?(?:\s+(?:side|corner|edge))?\s*\??\s*$)", "move it "),
    (r"^\s*(?:再|稍微|稍)?\s*(?=往(?:上|下|左|右)\s*(?:挪|移|放|拉|调|推)\s*(?:一点|一些|一下|点|些)?\s*(?:吧|儿)?[\s。！!~]*$)", "把它"),
)


# --- wave 33 lead ---------------------------------------------------------------------------------------------------
REWRITES = REWRITES + (
    # the music's dipping under the voice told of ("the music keeps getting quieter when the voice talks", "the bgm drops
    # whenever the narrator speaks"): the ducking, whatever is said of it next (set CM cm202 lowered the music and the
    # voice); "make the music quieter when the voice talks" asks it, and stays so
    (r"\b(?:the\s+)?(?:background\s+)?(?:music|bgm|song|soundtrack|track)\s+(?:keeps\s+|always\s+|still\s+)?"
     r"(?:gets?|getting|goes|going|drops?|dropping|dips?|dipping|fades?|fading)\s+(?:(?:a\s+lot|way|so\s+much)\s+)?"
     r"(?:quieter|softer|lower|down|quiet|soft|low|out)?\s*(?:every\s+time|whenever|when|while|as\s+soon\s+as)\s+"
     r"(?:the\s+)?(?:voice|voiceover|voice[\s-]over|narration|narrator|vo|speaker|guy|girl|person|someone|he|she|i)\s+"
     r"(?:talks|speaks|comes\s+in|starts(?:\s+talking)?|is\s+talking|is\s+speaking|talking|speaking|kicks\s+in)\b", "the ducking"),
    # asked: "make the music quieter when the voice talks", "lower the bgm while the narrator speaks" (it lowered the music
    # and the voice both, the voice read as a second thing lowered)
    (r"\b(?:make|turn|have|let|bring|keep)\s+(?:the\s+)?(?:background\s+)?(?:music|bgm|song|soundtrack)\s+(?:go\s+|get\s+)?(?:a\s+bit\s+|a\s+little\s+)?"
     r"(?:quieter|softer|lower|down|duck|dip)\s+(?:every\s+time|whenever|when|while)\s+"
     r"(?:the\s+)?(?:voice|voiceover|voice[\s-]over|narration|narrator|vo|speaker|someone|he|she|i)\s+"
     r"(?:talks|speaks|comes\s+in|is\s+talking|is\s+speaking|talking|speaking|kicks\s+in)\b", "duck the music under the voice"),
    # a fade's own length said "N seconds long" after it ("add a fade from white at the beginning, 2 seconds long", set CM
    # cm185 was not understood: "long" after a length is the video's to the fade's rule); a single-digit length only (a
    # fade of 20 s is no fade: "fade to black, 20 seconds long" stays as it was)
    (r"\b(fade[\s-]*(?:in|out)?\b[^,.;!?]{0,40}?)\s*,\s*(\d(?:\.\d+)?)\s*(s|secs?|seconds?)\s+long\b", r"\1, \2 \3"),
    (r"\b(?:lower|soften|dip|duck)\s+(?:the\s+)?(?:background\s+)?(?:music|bgm|song|soundtrack)\s+(?:every\s+time|whenever|when|while)\s+"
     r"(?:the\s+)?(?:voice|voiceover|voice[\s-]over|narration|narrator|vo|speaker|someone|he|she|i)\s+"
     r"(?:talks|speaks|comes\s+in|is\s+talking|is\s+speaking|talking|speaking|kicks\s+in)\b", "duck the music under the voice"),
)

# a sound said weaker or stronger: "配乐弱一点，人声强一点" (set CM cm126 was not understood); of a sound only (the loudness
# rules read no other thing, so "logo 强一点" stays unread)
extend(OPS, "quieter", zh=("弱一点", "弱一些", "弱些", "再弱一点", "减弱一点", "减弱些"))
extend(OPS, "louder", zh=("强一点", "强一些", "强些", "再强一点", "增强一点", "增强些"))

# a text's start and end said as two moments: "title in at 1s, out at 4s", "comes in at 2 seconds and goes away by 6",
# "标题1秒出现，4秒消失": from the one to the other (the end was lost, and "out at 4s" left a bare 4 s that set the video to
# 4 s; "title from 2s, off at 6s" removed the title: found by the lead, wave 34). "start at … and end at …" is left to the
# clips' trims, which read it
_MOMENT_N = r"(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)?"
REWRITES = REWRITES + (
    (r"\b(?:comes?\s+in|in|appears?|shows?\s+up|pops?\s+(?:in|up)|enters?|on|from)\s+(?:at\s+|from\s+)?"
     + _MOMENT_N + r"\s*,?\s*(?:and\s+|then\s+)?(?:it\s+)?(?:go(?:es)?\s+(?:out|away|off)|out|off|gone|disappears?|leaves?"
     r"|fades?\s+(?:out|away)|exits?|vanishes?)\s+(?:at|by)\s+" + _MOMENT_N + r"(?![\d.])",
     r"from \1 s to \2 s"),
    (r"(?:从\s*)?(\d+(?:\.\d+)?)\s*秒\s*(?:时|的时候)?\s*(?:出现|出来|进场|显示|开始出现)\s*[，,、]?\s*(?:到|在)?\s*(\d+(?:\.\d+)?)\s*秒\s*"
     r"(?:时|的时候)?\s*(?:消失|结束|退场|隐藏|没了|不见)", r"从\1秒到\2秒显示"),
)

# --- block S34 (wave 34, fixer S): sound, look, styles, fades, overlays ----------------------------------------------
REWRITES = REWRITES + (
    # the ducking turned off, said as the feature it is with the music before its verb: "关闭有旁白时背景音乐自动压低的效果",
    # "把配音时音乐自动变小的功能关掉" (the feature's words become 开启自动闪避 first, and the 关闭 before them was dropped:
    # the ducking kept on, set CQ cq079). Read here, after every rewrite that writes 开启自动闪避
    (r"(?:关闭|关掉|关上|停用|禁用|取消|去掉|不要)\s*(?:掉)?\s*(?:那个|这个)?\s*开启自动闪避\s*(?:的)?\s*(?:功能|效果|设置|选项)?", "取消闪避"),
    (r"(?:把|将)\s*(?:那个|这个)?\s*开启自动闪避\s*(?:的)?\s*(?:功能|效果|设置|选项)\s*(?:给)?\s*(?:关闭|关掉|关了|关上|停用|禁用|取消|去掉)(?:掉)?(?:吧|了)?",
     "取消闪避"),
)
REWRITES = REWRITES + (
    # a wipe's direction said with 往 / 朝, as a slide's is: "转场改成往左擦除" (a file named 往左擦除 was looked for, set CP cp117)
    (r"((?:转场|过渡|切换)[^，,。；;！!]{0,8}?)(?:往|朝)\s*(左|右|上|下)\s*(?:边|侧)?\s*擦(?:除|掉|过去|过来)?(?![\u4e00-\u9fff]*(?:角|边))",
     r"\1向\2擦除"),
    # the transition's kind said as "the kind that …" (…的那种): the kind itself ("转场换成向左擦除的那种", "过渡用溶解那种")
    (r"((?:转场|过渡|切换)[^，,。；;！!]{0,8}?(?:向[左右上下])?(?:擦除|滑动|溶解|淡入淡出|交叉淡化|叠化|推移|划像|闪黑|闪白|黑场|像素化|模糊|缩放))"
     r"\s*(?:的)?\s*(?:那种|这种|那样|这样)(?:的)?(?:效果|转场|过渡)?(?:吧)?(?=\s*(?:$|[，,。；;！!]))", r"\1"),
)
# a sound said too quiet, then the same complaint again of "it", over another sound: "voiceover is too quiet, cant hear it
# over the music" (the "it" was read as the music and raised too, or the clause refused; set CQ cq137): the sound said
# goes up, as "voiceover is too quiet" alone does; the restated complaint is no second wish
REWRITES = REWRITES + (
    (rf"(\b{_K_COVERED_ONE}\s+{_K_HARD})\s*[,;]?\s*(?:(?:and|so)\s+)?{_K_CANT}(?:it|them|him|her|that)\b(?:{_K_BEHIND}{_K_OVER}\b)?",
     r"\1"),
)

# "把 gold-ring.jpg 加进视频": into the video is added, as "加进去" is (wave34_p#34, written by fixer P, was not read)
REWRITES = REWRITES + (
    (r"(?:加进|加入|放进|放入|添加进)\s*(?:视频|片子|成片|时间线)\s*(?:里面|里|中)?\s*(?:去)?(?=\s*(?:$|[，,。；;！!吧]))", "加进去"),
)

# --- block Y35 (wave 35, fixer Y): texts, end card, pictures ------------------------------------------------------------
# a picture's product no longer sold, said after its removal as the reason: "remove image 2, no longer sold", "帽子那张删掉，
# 已经卖完了" (the reason was read as one more picture to remove, "卖完了" looked for on the timeline; "no longer" made the
# video longer; set CR cr007). Dropped after a removal only, to its clause's end; read before every other rewrite
_Y35_GONE_EN = (r"(?:sold\s+out|out\s+of\s+stock|discontinued|unavailable|no\s+longer\s+(?:sold|available|in\s+stock|for\s+sale|stocked|made)"
                r"|not\s+(?:sold|available|in\s+stock|for\s+sale)\s+any\s*more|(?:we\s+)?(?:don'?t|do\s+not)\s+sell\s+(?:it|them|that|those)\s+any\s*more"
                r"|(?:we\s+)?(?:stopped|quit)\s+selling\s+(?:it|them|that|those))")
_Y35_GONE_ZH = r"(?:卖完|卖光|售罄|售完|没货|缺货|断货|下架|停产|停售|不卖)"
REWRITES = (
    (r"(\b(?:remove|delete|drop|cut|lose|ditch|take\s+out|take\s+off|get\s+rid\s+of|pull)\b[^,.;!?]{1,60}?)\s*[,;\-–—]\s*"
     r"(?:(?:because|since|as|cause|'cause)\s+)?(?:(?:it'?s|it\s+is|they'?re|they\s+are|we'?re|we\s+are|that'?s|that\s+one'?s|that\s+is)\s+)?"
     r"(?:now\s+|already\s+|all\s+)?" + _Y35_GONE_EN + r"(?:\s+now|\s+already|\s+any\s*more)?(?=\s*(?:[.;!?]|$))", r"\1"),
    (r"((?:删|去掉|拿掉|不要|不用|撤掉|撤下|移除|拿走)[^，,。；;！!?？\n]{0,24}?)\s*[，,；;]\s*(?:因为|毕竟|反正)?\s*"
     r"(?:这款|那款|这个|那个|它|这件|那件|这张|那张|这些|那些)?\s*(?:已经|都|早就|现在|已|也)*\s*" + _Y35_GONE_ZH
     + r"(?:了|啦|的)?\s*(?:了|啦)?(?=\s*(?:[。；;！!?？\n]|$))", r"\1"),
    # (said before it, of the thing the removal names again: "背包这款已经下架了，把背包那张图直接删掉吧" left the reason to be
    # reported not understood; set EV ev014)
    (r"(?:^|(?<=[，,。；;]))\s*([\u4e00-\u9fff]{1,6}?|[a-z][a-z\-]{1,20})\s*(?:这款|那款|这个|那个|这件|那件|的)?\s*(?:已经|都|早就|现在|已)*\s*"
     + _Y35_GONE_ZH + r"(?:了|啦)?\s*[，,]\s*(?=(?:所以|那就|就|请|麻烦)?\s*(?:把|将)?\s*\1)", ""),
) + REWRITES
# a text wished gone sooner, with a degree between: "disappear a bit sooner" is "disappear sooner" (OPS shorten_need; set CR
# cr017's other wording)
REWRITES = REWRITES + (
    (r"\b(go(?:es)?\s+away|disappears?|vanish(?:es)?)\s+(?:a\s+(?:bit|little|tad)\s+|a\s+lot\s+|much\s+|way\s+|slightly\s+)(sooner|earlier)\b",
     r"\1 \2"),
)
# words written with a bare measure word between: "结尾写个“X”", "片尾写个 X" are "结尾写“X”" (个 is no part of the words: the
# card was not read, or said "个 X"; set CR cr114). Only before the words: quoted, after a colon, or typed apart
REWRITES = REWRITES + (
    # (typed apart, the space is a comma by now: "结尾写个 谢谢观看" read "结尾写个，谢谢观看")
    (r"写\s*(?:[一1]\s*)?个\s*(?:(?=\ue000|[:：])|[ \u3000,，]+(?=[^\s,，]))", "写 "),
)
# a corner said, then which one after a comma: "in the corner, bottom right", "放角落，右下角" are that corner (the English was
# not understood; the Chinese put the logo in the default top right corner, a wrong edit; set CR cr032)
REWRITES = REWRITES + (
    (r"\b(in|into|on|at|to)\s+(?:the|a|one\s+of\s+the)\s+corners?\s*[,:;\-–—]+\s*(?:in\s+|at\s+)?(?:the\s+)?"
     r"(top|bottom|upper|lower)[\s-]*(left|right)(?:[\s-]+(?:one|1|corner|side))?\b", r"\1 the \2 \3 corner"),
    (r"((?:放|在|到|移|挪|摆)\s*(?:在|到)?\s*)(?:角落|角上|一个角|角)\s*(?:里|上|那里|那儿)?\s*[，,：:；;]\s*(?:就)?\s*(?:放在?|在|放到)?\s*"
     r"(右下|左下|右上|左上)\s*(?:角)?\s*(?:那个|那边|那儿|那里|的位置|位置)?", r"\1\2角"),
)

# the clip said as the video's part ("the video part", "the video bit"), and a span of the video kept ("use only the part
# of the video from 4s to 9s"): the clip, as "the footage" is (the span was read as the video's length, 9 s max; set CR
# cr112, cr220)
REWRITES = (
    # ("the clip part": the clip too; set CU cu080 left "make the clip part quieter" unread)
    (r"\bthe\s+(?:video|clip)\s+(?:part|bit|section|segment|portion)\b(?!s)", "the clip"),
    (r"\b(use|keep)\s+(?:only\s+|just\s+)?the\s+(?:part|bit|section|segment|portion)\s+of\s+the\s+(?:video|footage)\s+"
     r"(?=(?:from|between)\s+\d)", r"\1 only the clip "),
) + REWRITES
# the clip's speed said with it as the one playing: "can the clip play faster?", "it should run quicker" (set CR cr220;
# "the clip should play slower" is read elsewhere as its sound lowered before this could help: left to ask)
_PLAYS_AS = r"(?:(?:can|could|will|would|should|does|may)\s+)?(the\s+clip|it)\s+(?:should\s+|could\s+|can\s+)?(?:play|plays|run|runs|go|goes)\s+"
REWRITES = REWRITES + (
    (rf"\b{_PLAYS_AS}(?:a\s+(?:bit|little)\s+|slightly\s+|much\s+)?(?:faster|quicker)\b", r"speed \1 up"),
)
# the clip's speed said before its verb: "视频慢一点放", "片段快点播" (放 after 慢一点 was read as placing a picture; set CR
# cr030): 放慢一点, as the speed edit reads it
REWRITES = REWRITES + (
    (r"(视频片段|视频|片段)\s*(?:的)?\s*(?:再)?\s*(慢|快)\s*(一点|一些|点儿?|些)\s*(?:放|播放?)(?!\s*(?:在|到|进|入|成|回))", r"\1放\2\3"),
)
# a thing not wanted, said as "I'd rather not have": as "I don't want" (set CR cr174 was not read)
REWRITES = REWRITES + (
    (r"\b(?:i'?d|i\s+would|we'?d|we\s+would)\s+(?:rather|prefer\s+to)\s+not\s+(?:have|use|include)\s+", "i don't want "),
)
# the music's dip said with when it dips ("stop the music dipping every time the voice talks, keep it steady"): the dip
# alone, and the level kept steady is the same wish (set CR cr204 was not read)
_TALKS_EN = (r"(?:(?:the\s+)?(?:voice\s*-?\s*over|voiceover|voice|narration|narrator|speaker|presenter|host)|someone|somebody|she|he|they)"
             r"\s+(?:talks|speaks|comes\s+in|kicks\s+in|starts|is\s+talking|is\s+speaking)")
REWRITES = REWRITES + (
    (rf"\b(dips?|dipping|ducks?|ducking)\s+(?:every\s+time|each\s+time|whenever|when|while)\s+{_TALKS_EN}\b", r"\1"),
    (r"\b(dips?|dipping|ducks?|ducking)\s*[,;]?\s*(?:and\s+|just\s+)*keep\s+(?:it|the\s+music|the\s+level|the\s+volume)\s+"
     r"(?:steady|constant|level|even|the\s+same)\b", r"\1"),
    # (the dip told with "stop" before it is read as the ducking off already, the "stop" left over)
    (r"\b(?:stop|quit)\s+(turn\s+off\s+ducking)\b", r"\1"),
)
# no transition said as cutting straight ("can we just cut straight", "cut straight between the pictures"): hard cuts
# (set CR cr109 was not read; "cut straight to the chorus" is not this)
REWRITES = REWRITES + (
    (r"\b(?:just\s+)?cut\s+straight(?:\s+(?:between|from\s+(?:one|1)\s+to\s+the\s+next)(?:\s+(?:the\s+)?(?:pictures|images|photos|shots|slides|clips))?)?\b(?!\s*(?:to|into|in|at)\b)",
     "hard cuts"),
)
# the cuts wished on the music's beat in other words: "the cuts to match the music", "cuts that follow the beat" (set CR
# cr246 was not read)
REWRITES = REWRITES + (
    (r"\b(the\s+)?cuts\s+(?:to\s+|should\s+|that\s+)?(?:match|follow|hit|line\s+up\s+with|sync\s+(?:up\s+)?with|be\s+in\s+sync\s+with|land\s+on)\s+"
     r"(?:the\s+)?(?:music|beats?|song|track|rhythm)\b", r"\1cuts on the beat"),
)
# a clip removed, then the pictures alone said: "那段视频不要了，只用图片" (the second clause is the first said again; it
# looked for a picture named 只用图片; set CR cr163)
REWRITES = REWRITES + (
    (r"((?:视频片段|视频|片段)[^，,。；;]{0,6}?(?:不要了|不要|删掉|删了|删除|去掉|拿掉))\s*[,，]\s*(?:只|就)\s*(?:用|要|留|保留)\s*(?:图片|照片)"
     r"(?:就行了?|就好了?|就可以了?|吧)?(?=\s*(?:$|[，,。；;！!]))", r"\1"),
)
# a picture said to be cropped, in Chinese: "为什么鞋子被裁掉了", "手表被切掉了一半" (a complaint of the cropping: the pictures
# shown whole, as "why is the sneaker cut off" is; the lead's probe, session 31: not understood, and 一半 was read as a half
# speed of a clip the promo does not have)
REWRITES = REWRITES + (
    (r"(?:^|(?<=[\s，,。.!！?？；;]))(?:为什么|为啥|怎么|咋)?\s*(?:(?!(?:logo|title|caption|captions|sticker|video|clip|music|watermark)(?![a-z0-9]))[a-z][a-z0-9\-]*(?:\s+[a-z][a-z0-9\-]*)?\s*"
     r"(?:的图片?|那张图?|的照片|那张照片)?|(?!视频|标题|字幕|音乐|文字|贴纸|片段|配音|声音|结尾|开头)[\u4e00-\u9fff]{1,4}?(?:的图片?|那张图?|的照片|那张照片)?)\s*(?:都)?\s*(?:被|给)\s*(?:裁掉|裁剪掉|裁剪|切掉|截掉|裁)\s*(?:了)?\s*(?:一半|一块|一部分|一点|一些|一截)?\s*(?:了)?(?=\s*(?:$|[，,。.!！?？吗呢]))",
     "图片被裁掉了"),
)

# --- block S36 (wave 36, fixer S): complaints about motion, transitions, entrances and the ending, read as their remedy
# a weight said by name is the bold's, never the size's: "make it normal weight" set the title to size m (set CT cs023)
REWRITES = REWRITES + (
    (r"\b(?:normal|regular|standard|plain|non[\s-]?bold)\s+(?:font\s+)?weight\b", "not bold"),
    (r"(?:正常|常规|普通)\s*(?:的)?\s*(?:粗细|字重)", "不加粗"),
)
# the video ending abruptly, then the wish to fade "it" out: the video's fade out (written as the earlier rewrites write it). "video just cuts off at the end" had
# muted all sound ("cut off" read as mute) and "fade it out" was left unread (set CS cs010). The ending complained of
# alone is no wish: only its reason is taken away, never read as a mute
_S36_ABRUPT_END = (r"\b(?:the\s+)?(?:whole\s+)?(?:video|it|thing|ending|end)\s+(?:just\s+|kind\s+of\s+|kinda\s+|sort\s+of\s+|kinda\s+)?"
                   r"(?:cuts\s+off|stops|ends|cuts\s+out)\s+(?:so\s+|really\s+|too\s+)?(?:abruptly\s+|suddenly\s+|dead\s+)?(?:at\s+the\s+end\b)?"
                   r"(?:\s*[,;.]\s*(?:it\s+|and\s+)?(?:feels?|looks?|seems?|is)\s+(?:so\s+|really\s+|kind\s+of\s+|kinda\s+|a\s+bit\s+)?"
                   r"(?:unfin\w*|abrupt|incomplete|sudden|jarring|weird|off|rushed|cheap))?")
REWRITES = REWRITES + (
    (rf"{_S36_ABRUPT_END}\s*[,;.]\s*(?:so\s+|just\s+|please\s+|pls\s+|can\s+you\s+|could\s+you\s+)?fade\s+(?:(?:it|that|things|everything)\s+)?out\b",
     "fade out to black"),
    # (not with its colour said after, nor after a fade in: "fade out the video to white" was not understood and "fade in
    # and fade out the video" lost its fade in, found by the held-out count of the merge, aggregate only)
    (r"(?<!\bin\sand\s)(?<!\bin\s)\bfade\s+(?:the\s+(?:whole\s+)?video|the\s+whole\s+thing|everything)\s+out\b(?!\s+(?:clip|part|to|into|on|from)\b)"
     r"|(?<!\bin\sand\s)(?<!\bin\s)\bfade\s+out\s+(?:the\s+(?:whole\s+)?video|the\s+whole\s+thing)\b(?!\s+(?:clip|part|to|into|on|from)\b)",
     "fade out to black"),
)
# the pictures' motion complained of: "the zoom thing is annoying", "why does every photo zoom in like that, it makes me
# dizzy", "照片一直在放大，看得头晕": the motion off (sets CS cs076, cs004, cs087 were not read). Never a zoom transition nor
# a text's zoom (no other thing may be named between)
_S36_PICS = r"(?:every|each|all\s+the|the|these|my|our)\s+(?:picture|photo|image|pic|slide|shot)s?"
_S36_SICK = (r"(?:(?:it|that|this)(?:'s|\s+is)?\s+)?(?:making|makes|gives|giving|made)\s+me\s+(?:feel\s+)?(?:so\s+|really\s+|kinda\s+|a\s+bit\s+)?"
             r"(?:dizzy|sick|seasick|nauseous|queasy|a\s+headache)")
REWRITES = REWRITES + (
    (rf"(?:^|(?<=[,;.!?]\s)|(?<=[,;.!?]))\s*(?:the|that|this|all\s+the|all\s+this)\s+(?:(?:slow|constant|little)\s+)?"
     r"(?:zoom(?:ing)?|ken\s+burns|panning|pan\s+and\s+zoom)(?:\s+(?:thing|effect|effects|motion|movement))?"
     rf"(?:\s+(?:on|of|in)\s+(?:the\s+)?(?:pictures|photos|images|pics|slides))?\s+{_D_MEH_EN}"
     r"(?=\s*(?:$|[.!?;,]|(?:and|but|also)\b(?!\s+(?:(?:just\s+)?(?:make|have|let)\s+(?:it|them)|slow|speed)\b)))", "turn off the zoom"),
    (rf"\b(?:why\s+(?:does|do|is|are)\s+)?{_S36_PICS}\s+(?:keep\s+|always\s+|constantly\s+)?(?:zoom|zooms|zooming|pan|pans|panning|drift|drifts|drifting)"
     rf"(?:\s+(?:in|out|around))?(?:\s+like\s+(?:that|this))?\s*[?,;.]*\s*(?:and\s+)?{_S36_SICK}", "no zooming"),
    (r"(?:图片|照片|画面)\s*(?:一直|老是|总是|不停|不停地|都)\s*(?:在)?\s*(?:放大|缩小|放大缩小|缩放|推拉|晃动?)\s*(?:[，,]\s*)?(?:看得|让人|看着|搞得)?"
     r"\s*(?:我)?\s*(?:有点|好|很)?\s*(?:头晕|晕|想吐|眼晕|难受)", "不要缩放"),
)
# a text's entrance disliked as how it comes in: "i don't like how the title bounces in", "the way the captions pop up is
# cheesy": that entrance gone, as "no pop on the title" (set CS cs062 was not read)
_S36_HOW = rf"(?:how|the\s+way)\s+{_D_TEXT}\s+(?P<v>pops?|bounces?|slides?|types?)(?:\s+(?:in|up|itself\s+out|out))?(?:\s+like\s+(?:that|this))?"
REWRITES = REWRITES + (
    (rf"\b{_D_DISLIKE_EN}\s+{_S36_HOW}{_D_ALONE}", r"no \g<v> on \g<t>"),
    (rf"(?:^|(?<=[,;.!?]\s)|(?<=[,;.!?]))\s*{_S36_HOW}\s+{_D_MEH_EN}{_D_ALONE}", r"no \g<v> on \g<t>"),
    (r"\bno\s+(?:pops|bounces?)\s+on\b", "no pop on"), (r"\bno\s+slides\s+on\b", "no slide on"),
    (r"\bno\s+types?\s+on\b", "no typewriter on"),
)
# the cuts said to miss the beat: "the cuts don't line up with the beat", "the cuts are out of sync with the music",
# "图片切换跟音乐节奏对不上": the cuts on the beat (sets CS cs030, cs103, cs137 were not read)
REWRITES = REWRITES + (
    (r"\b(?:the\s+)?(?:cuts|picture\s+changes|slide\s+changes|changes\s+between\s+(?:the\s+)?(?:pictures|photos|slides))\s+"
     r"(?:(?:don'?t|do\s+not|never)\s+(?:really\s+|even\s+|quite\s+)?(?:match|follow|hit|line\s+up\s+with|sync\s+(?:up\s+)?with|land\s+on|fall\s+on)"
     r"|(?:aren'?t|are\s+not)\s+(?:really\s+|even\s+|quite\s+)?(?:on|in\s+sync\s+with|synced\s+(?:up\s+)?(?:to|with)|lined\s+up\s+with)"
     r"|are\s+(?:totally\s+|completely\s+|a\s+bit\s+)?(?:out\s+of\s+sync\s+with|off))\s+"
     r"(?:the\s+)?(?:music(?:'s\s+beat)?|beats?|song|track|rhythm)\b(?:\s+at\s+all)?", "cut to the beat"),
    (r"(?:图片|照片|画面|镜头)?\s*(?:的)?\s*(?:切换|切点|剪辑点)\s*(?:跟|和|与|同)\s*(?:背景)?(?:音乐|bgm|配乐)?\s*(?:的)?\s*(?:节奏|节拍|鼓点|拍子)\s*"
     r"(?:完全|根本|都|总是|老是|有点)?\s*(?:对不上|不同步|不一致|没对上|不合拍|合不上|不匹配|踩不上)(?:了)?", "卡点"),
    (r"卡点\s*[，,。；;]\s*(?:请|麻烦)?\s*(?:按|跟着|根据)\s*(?:背景)?(?:音乐|bgm|配乐)?\s*(?:的)?\s*(?:节奏|节拍|鼓点)\s*卡点\s*(?:剪辑|剪|重剪)?", "卡点"),
)
# the transitions too slow, too long or dragging, in Chinese: shorter ("转场太慢了" was made "转场太长" and left unread,
# "转场太拖" too; sets CS cs088, cs124); a fade said in English in a Chinese message is the fade between the pictures
# ("这个 fade 太拖了", set CS cs148), never the video's fade at its start or end
REWRITES = REWRITES + (
    (r"(转场|过渡)\s*(?:的)?\s*(?:时间|时长|速度|节奏)?\s*(?:也|都|还是)?\s*(?:太过|太|有点|有些|比较)\s*(?:长|拖沓|拖)了?(?!了?\s*[,，]?\s*(?:请|就)?\s*(?:改成|改为|设为|设成|调成|调到|换成|变成|弄成|用)?\s*(?:\d|[一二三四五六七八九十两半零]))", "转场短一点"),
    (r"(转场|过渡)\s*(?:的)?\s*(?:时间|时长|速度|节奏)?\s*(?:也|都|还是)?\s*(?:太过|太|有点|有些|比较)\s*短了?(?!了?\s*[,，]?\s*(?:请|就)?\s*(?:改成|改为|设为|设成|调成|调到|换成|变成|弄成|用)?\s*(?:\d|[一二三四五六七八九十两半零]))", "转场长一点"),
    (r"(?:^|(?<=[，,。；;]))\s*(?:这个|这些|那个|这|那)?\s*(?:cross-?\s?fades?|fades?)\s*(?:效果|转场)?\s*(?:也|都)?\s*(?:太过|太|有点|有些)\s*(?:拖|慢|长)了?",
     "转场短一点"),
)
# the start and the end said to be abrupt, then the fades wished with 都: "开头太突然，结尾也太突然，都加上淡入淡出" (the
# complaints went unread and 都加上 looked for a file named 淡入淡出; set CS cs126)
REWRITES = REWRITES + (
    (r"(?:(?:开头|开场|片头|结尾|结束|片尾|最后)\s*(?:也|都)?\s*(?:太|有点|有些|好|很)?\s*(?:突然|生硬|仓促|戛然而止)了?\s*[，,]\s*)+"
     r"(?:都|全都|也都)?\s*(?:加上|加|做|来)\s*(?:个|一个|一下)?\s*淡入淡出(?:效果)?", "首尾淡入淡出"),
)
# "title vanishes too quick and it's also too big": an "also" between "it's" and a second complaint is no part of it (the
# complaint's rewrites read "it's too big"; set CS cs075 asked). Read first: before every complaint's rewrite
REWRITES = (
    (r"\b(it'?s|it\s+is|they'?re|they\s+are)\s+also\s+(?=(?:way\s+|far\s+|a\s+bit\s+|a\s+little\s+|kinda\s+|really\s+|so\s+)?too\b)",
     r"\1 "),
) + REWRITES
# "the sneaker should be the last thing people see, not the ring" (read as "move the sneaker last" by the rewrites above):
# the picture said "not" after a picture moved last or first is only the one it displaces, no wish of its own (set CS
# cs027 left it unread)
REWRITES = REWRITES + (
    # (the picture named bare, as "ring should open the video" is read: "move ring first"; set CW cw002 was unread)
    (r"\b((?:move|put)\s+(?:the\s+)?[a-z][a-z\-]*(?:\s+(?:photo|picture|pic|image|shot))?\s+(?:last|first))\s*,?\s*(?:and\s+)?not\s+the\s+"
     r"(?!(?:title|headline|captions?|text|logo|music|song|voice(?:over)?)\b)[a-z][a-z\-]*(?:\s+(?:photo|picture|pic|image|shot))?"
     r"(?=\s*(?:$|[.;!?]))", r"\1"),
)
# "end on the backpack", "finish on the ring": that picture put last, as "end with the backpack" (set CW cw006 was not
# read); what is no picture is left to its own rules ("end on black", "end on the beat", "end on the logo")
REWRITES = REWRITES + (
    (r"\b(end|finish|close)\s+on\s+(?=the\s+(?!(?:title|headline|captions?|text|words?|logo|music|song|voice(?:over)?|beat|beats|drop|"
     r"card|end\s+card|fade|black|white|cta|call|note|same|last|final|high|quote|tagline|slogan|offer|price|sale|message|brand|"
     r"transitions?|video|clip|frame|screen)\b)[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*)?\s*(?:$|[,.;!?]|(?:and|then)\b))", r"\1 with "),
)
# "watch first, cap out, each pic 5 sec": a thing said bare with "out" in a list of wishes is that thing removed (set CW
# cw157 dropped it); a motion or look word before "out" is no thing ("fade out", "zoom out", "sold out")
REWRITES = REWRITES + (
    # (an idiom is no thing: "watch out, the title is cut off", "figure out", "stand out")
    (r"(?:^|(?<=[,;.!?]))\s*(?!(?:watch|look|find|figure|work|turn|turns|lay|hang|try|help|sort|carry|point|freak|stand|stands|stick|"
     r"sticks|max|zone|spaced|washed|wash|shut|left|leave|kept|keep|freaks|works|worked|turned|figured|pointed)\s+out\b)"
     # ("please fade out": a filler before the motion word is no thing either; it looked for "the please fade")
    r"(?:the\s+)?(?!(?:the|a|an|my|our|its|please|pls|just|then|so|and|also|remove|fade\w*|zoom|zooms|zoomed|pan|cut|sold|shout|check|type|print|way|time|log|fill|"
     r"wipe|bleed|blown|blow|stand|sticks?|spread|spell|space|it|them|that|this|everything|all|burn|burns|cross|crossfade|"
     r"black|white|light|lights|fan|roll|slide|slides|iris|pop|zooming|fading|sliding|start|end|in)\b)"
     r"([a-z][a-z\-]*(?:\s+(?!out\b)[a-z][a-z\-]*)?)\s+out(?=\s*(?:$|[,;.!?]))", r" remove the \1"),
)
# "make the last picture the watch", "最后一张放手表": the place said first, then the picture that goes there, is that
# picture moved there (sets CW cw152, cw100 were not read); "make the last picture the same length" is no picture
REWRITES = REWRITES + (
    (r"\bmake\s+the\s+(first|last|final|opening|closing)\s+(?:picture|photo|image|pic|slide|shot|one)\s+(the\s+(?!(?:same|longest|shortest|"
     r"title|headline|captions?|text|logo|music|song|voice(?:over)?|end|one|video|clip|first|last|other|next|previous|main|hero|best)\b)"
     r"[a-z][a-z\-]*(?:\s+(?:photo|picture|pic|image|shot|one))?)(?=\s*(?:$|[,.;!?]|(?:and|then|please|pls)\b))", r"make \2 the \1 picture"),
    (r"(?:^|(?<=[,，;；。]))\s*(?:最后|末尾|结尾)\s*(?:一|1)\s*(?:张|个)\s*(?:图片?|照片)?\s*(?:放|用)\s*"
     r"(?!\s*(?:最|开头|结尾|末尾|中间|前面|后面|前头|后头|久|长|短|大|小|慢|快))"
     r"((?:(?![把将放到在第张])[\u4e00-\u9fff]){1,4}?|[a-z0-9_\-]+\.(?:jpe?g|png|webp))"
     r"\s*(?:那张|的图|图片|图)?\s*(?=$|[,，;；。])", r"把\1放到最后"),
)
# "can i have the red shoe picture last?", "i'd like the ring first": that picture put there (set CV cv203 left the
# question unread; "last" said before the end of the clause is the place, never how long it lasts)
REWRITES = REWRITES + (
    (r"\b(?:(?:can|could|may)\s+(?:i|we)\s+(?:please\s+)?(?:have|get)|i'?d\s+(?:like|love|prefer)|i\s+would\s+(?:like|love|prefer))\s+"
     r"(the\s+(?!(?:title|headline|captions?|subtitles?|text|logo|music|song|voice(?:over)?|transitions?|fade|end|video|whole)\b)"
     r"[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,2}?)\s+(first|last)(?=\s*(?:$|[,.;!?]|(?:and|then|please|pls|instead)\b))", r"put \1 \2"),
)
# "Keep only red-sneaker.jpg and gold-ring.jpg; remove the other images.": the files kept named as the pictures are (no
# rule read a list of files after "keep only"), and the others' removal said after it is the same wish said again (set
# CW cw059 was refused: "the other images" was looked for as a picture)
REWRITES = REWRITES + (
    (r"(?<=\bkeep only )(?:the\s+)?([a-z0-9][a-z0-9\-]*)\.(?:jpe?g|png|webp)(?:\s+image|\s+picture|\s+photo)?\s*(,\s*and|,|and|&)\s*(?:the\s+)?"
     r"([a-z0-9][a-z0-9\-]*)\.(?:jpe?g|png|webp)\b(?:\s+images|\s+pictures|\s+photos)?", r"the \1 \2 the \3"),
    (r"(\bkeep\s+only\b[^.;!?]{1,80}?)\s*[,;.]\s*(?:and\s+)?(?:remove|delete|drop|get\s+rid\s+of|lose|cut|ditch)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?"
     r"(?:other|others|rest)(?:\s+(?:images|pictures|photos|pics|ones|slides|shots))?(?:\s+of\s+them)?(?=\s*(?:$|[.;!?]))", r"\1"),
)
# "only keep X" said after another wish and a comma is "keep only X": the clause split left "only" behind, and "keep the
# first 3" was read as leaving them as they are, said not understood though it held (the lead's probe, session 33)
REWRITES = REWRITES + ((r"\bonly\s+keep\b", "keep only"),)
# "i only want the first three", "we just need the last 2 pictures": the pictures kept, as "only keep the first three" (set
# CW cw007 was not understood); only a count of the first or last ending its clause ("i only want the music quieter" is no
# keeping)
REWRITES = REWRITES + (
    (r"\b(?:i|we)\s+(?:only|just)\s+(?:want|need)\s+(?:to\s+(?:keep|have|use|show)\s+)?"
     r"(the\s+(?:first|last)\s+(?:\d|one|two|three|four|five)(?:\s+(?:pictures|photos|images|pics|ones|shots|slides))?)"
     r"(?=\s*(?:$|[,.;!?]))", r"keep only \1"),
)
# the zoom transition named in English inside a Chinese wish for the transitions: "转场用 zoom in 的那种，0.3秒" read
# "zoom in" as the pictures' motion too, and gave the 0.3 s to the video (a refusal; set CX cx251): after 转场 it is the
# renderer's zoomin
REWRITES = REWRITES + (
    (r"((?:转场|过渡)(?:效果)?\s*(?:改成|改为|换成|用|使用|改用|设为|设成))\s*zoom(?:[\s-]*in)?(?![a-z])", r"\1zoomin"),
)
# "either" ending a clause of "no <thing>" is "too" said after a negative: "no transitions and no zooming either" (its
# modifier "either" left the zoom unread, and the whole message with it; set CX cx161). Only there: "either" elsewhere
# may be a choice ("use either the watch or the ring")
REWRITES = REWRITES + (
    (r"\b((?:no|without)\s+(?:more\s+|the\s+|any\s+)?[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3}?)\s+either(?=\s*(?:$|[,.;!?]))", r"\1"),
)
# "just cut" said after the transitions were named, as the remedy: "i don't like the fade between pictures, just cut" (set
# CX cx244 was not understood) is straight cuts, no transitions. Only a bare "just cut(s)" ending its clause ("just cut it
# to 20 seconds" is the length)
REWRITES = REWRITES + (
    (r"(\b(?:transitions?|cross-?\s?fades?|dissolves?|wipes?)\b[^.;!?]{0,60}?(?:[,;]\s*|\s+-+\s+)(?:so\s+|and\s+)?)(?:just|only)\s+(?:use\s+)?cuts?(?=\s*(?:$|[,.;!?]))",
     r"\1remove the transitions"),
)
# a voice heard talking is the voiceover, as "说话的声音" (人声) is: "视频里有个声音一直在说话，能关掉吗" (read as the clip's own sound,
# refused with no clip; without 视频里 every sound was muted, a wrong edit; set CV cv237). Not where it talks said before
# it ("视频里有人在说话", "片段里…"): with clips on the timeline that may be their own sound, which only the media tell
REWRITES = REWRITES + (
    (r"(?<![里中有个])(?:有\s*(?:个|一个|1个)?\s*)?(?:声音|人声|人)\s*(?:一直|总是|老是|不停地?)?\s*在\s*(?:说话|讲话)(?![的地])",
     "人声"),  # (written as 说话的声音 is by now)
    # (then asked off after a comma: "…在说话，能关掉吗" is that voice off, as "说话的声音关掉")
    (r"(人声)\s*[,，]\s*(?=(?:能|可以|能不能|可不可以|请)?\s*(?:把它)?\s*(?:关掉|关了|静音|去掉|拿掉)(?:吗|吧)?\s*(?:$|[,，。.!！?？]))", r"\1"),
)
# an overlay's upload told, then "put it on": "i uploaded my logo, can you put it on the video" (the "it" named no picture
# or file, not understood; set CV cv229): that overlay put on, as "put my logo on the video"
_K_OVERLAY_NOUN = r"(?:(?:sale\s+|brand\s+)?sticker|(?:brand\s+)?logo|watermark|badge)"
REWRITES = REWRITES + (
    (rf"\b(?:i|we)\s+(?:just\s+|also\s+)?(?:uploaded|added|attached|sent)\s+(?:my|our|the|a)\s+({_K_OVERLAY_NOUN})\s*[,;.]?\s*"
     r"(?:(?:so|and|now)\s+)?(?:(?:can|could|would)\s+(?:you|u)\s+|please\s+|pls\s+)?(?:put|place|add|stick)\s+(?:it|that)\s+"
     r"(?=on\s+(?:the\s+)?(?:video|top|screen)\b)", r"put the \1 "),
)
# an overlay asked to "show up" too: "can the sale sticker show up too" beside a placed logo (not understood; set CV
# cv230) is that overlay added. Only ending its clause: "can the logo show up after the title" is its time
REWRITES = REWRITES + (
    (rf"\b(?:can|could|would)\s+(?:the|my|our)\s+({_K_OVERLAY_NOUN})\s+(?:show\s+up|appear|be\s+shown|be\s+on\s+(?:the\s+video|there))"
     r"(?:\s+(?:too|as\s+well|also))?(?:\s+please)?(?=\s*(?:$|[,;.!?]))", r"add the \1 too"),
)
# (before "to half" is read as 50 %: "trim the clip to half its length" set its sound to 50 %)
REWRITES = (
    (r"\bto\s+half\s+(?:of\s+)?(?:its|the|their)\s+(?:original\s+)?(?:length|duration|runtime)\b", "in half"),
) + REWRITES
# a wish asked politely with the thing named before 能 / 可以: "第三张能去掉吗？", "背包能放最后吗？", "帽子那张能删吗？" (not
# understood, where "能把第三张去掉吗？" was); said as that: the thing after 把 (never a person: "你能…吗" stays as it is)
REWRITES = REWRITES + (
    (r"(?:^|(?<=[,，;；。]))\s*(?!你|您|我|咱|这样|这么|那样|是不是|有没有)(?P<x>[^,，;；。？?!！能可把将\s]{1,12}?)\s*(?:能不能|可不可以|能否|能|可以)\s*"
     r"(?P<v>(?:去掉|删掉|删除|删了|删|去除|拿掉|放到|放在|放|移到|挪到|换到|调到|换成|改成|静音|关掉|调小|调大|放大|缩小|剪短|剪掉)[^,，;；。？?!！]{0,14}?)"
     r"\s*(?:吗|么|嘛|不|呢|吧)?\s*(?=[？?]|$)", r"把\g<x>\g<v>"),
)
# the card's time said with its noun right before it: "卡片时长3秒" (the video was made 3.42 s long), "结尾画面停留5秒"
# (read as a speed), "停留时间改成4秒" after the card (not understood): as "停留N秒", which the card's rules read in its sentence
_SET_TO_ZH = r"\s*(?:改成|改为|设为|设成|调成|调到|是|为|:|：)?\s*"  # (a setting's verb before its value)
REWRITES = REWRITES + (
    (r"(?:卡片|结尾卡片|片尾卡片|结束卡片|结尾页|结束页|片尾页|结尾画面|结束画面)\s*(?:的)?\s*(?:时长|停留时间|停留时长|显示时间|持续时间|时间|停留|显示)?"
     + _SET_TO_ZH + r"(?=\d+(?:\.\d+)?\s*秒)", "结尾卡片停留"),
    (r"((?:卡片|结尾页|结束页|片尾页|结尾画面|结束画面|片尾|结尾)[^。！？!?]{0,40}?[,，;；]\s*)(?:停留时间|停留时长|显示时间|持续时间)" + _SET_TO_ZH + r"(?=\d)",
     r"\1停留"),
)
# the card's second line said in English before its quoted words: ", underneath "@x"", ", a line below with "x"", ", below
# it: "x"", ""x" on the second line" (not understood beside the card's words, set DP): as "with "x" underneath"
REWRITES = REWRITES + (
    (r"\s*(?:[,;+]|\band\b)\s*(?:and\s+)?(?:(?:a|the|one)\s+(?:line|second\s+line|small\s+line)\s+(?:below|underneath|under)(?:\s+(?:it|that))?(?:\s+(?:with|saying|reading|of))?"
     # (never "under" bare: "…our site, www.x.com, under 'Shop online'" is the address under those words, set DB db043)
     r"|(?:below|underneath|beneath)(?:\s+(?:it|that))?\s*:?|under\s+(?:it|that)\s*:?|on\s+the\s+second\s+line\s*:?)\s*(\ue000\d+\ue001)", r" with \1 underneath"),
    (r"\s*(?:\band\b|[,;+])\s*(\ue000\d+\ue001)\s+(?:on\s+the\s+second\s+line|(?:below|underneath|beneath)(?:\s+(?:it|that))?)", r" with \1 underneath"),
)
# words added at the end: "请在片尾添加文字“感谢观看”" (captioned the first picture with them), and the page added there,
# its look after it: "最后加一页 上面写着“X”，字用粉色" (coloured every text pink; set DP)
REWRITES = (
    (r"在\s*(?:视频)?(?:的)?\s*(?:片尾|结尾|最后|末尾)\s*(?:处|部分|的地方)?\s*(?:添加|加上|加入|加|放上|放|写上|写|显示)\s*(?:一段|一句|一行|1句|1行)?\s*"
     r"(?:文字|话|字|文案)?\s*[:：]?\s*(?=\ue000)", "结尾加上 "),
    (r"(?:最后|结尾|片尾|末尾)\s*(?:再)?\s*(?:加|添加|增加)\s*(?:一|1)\s*页", "结尾加上结尾页"),
) + REWRITES

# a sale's words, never a shortening: "片尾写 下单立减20" made a card saying "下单立" and read 减20 as the video 20 s shorter
# (set EB eb179). Not "满199减30": the lexicon starts a phrase only at a Chinese character, never at the amount's digit
NOT_EDIT_WORDS = NOT_EDIT_WORDS + ("立减", "直减", "满减", "每满")

# several pictures said in a row without a word between: "第四张第五张删掉" (not understood), two files with 、 between
# ("把gold-ring.jpg、blue-backpack.jpg删了" removed one, the other unread), and a second picture of a removal said after
# 还有 in the next clause ("删掉运动鞋那张，还有手表那张" removed the sneaker alone without a word; set EG eg091 eg093): one
# list, as "第4张和第5张" is
_ZH_PIC_END = r"(?:那\s*1?\s*张图?|的图片?|的照片|图片|照片|那张照片)"
REWRITES = REWRITES + (
    # (two said together, nothing between: an order's list has its spaces and more places, "顺序改成 第2张 第3张 第1张 …")
    (r"(第\s*\d+\s*张)(?=第\s*\d+\s*张(?!\s*第))", r"\1和"),
    (r"(\.(?:jpe?g|png|webp|mp4|mov))\s*、\s*(?=[a-z0-9_\-]+\.(?:jpe?g|png|webp|mp4|mov)(?![a-z]))", r"\1和"),
    (rf"((?:删掉|删除|去掉|拿掉|删了|撤掉|不要)[^，。；,;！!？?]{{1,16}}?{_ZH_PIC_END})\s*[，,]\s*(?:还有|以及|另外还有|再加上)\s*"
     rf"([^，。；,;！!？?]{{1,14}}?{_ZH_PIC_END})\s*(?:也是|也)?\s*(?:吧)?(?=\s*(?:$|[，。；,;！!]))", r"\1和\2"),
)
# what is kept, then the rest said gone: one wish ("只留手表和戒指，其他的都去掉" kept them, then looked for a picture called
# 其他); a favourite said, then the rest gone: the favourite kept ("我最喜欢手表和戒指，其他的都去掉吧"); "只 keep" mixed is 只留
# (set EG eg047 eg113)
_REST_GONE_ZH = (r"\s*[，,。]\s*(?:其他|其它|其余|别的|剩下|另外)\s*的?\s*(?:几张|\d+\s*张|图片|照片|图)?\s*(?:都|全部?)?\s*(?:给)?\s*"
                 r"(?:去掉|删掉|删了|删除|不要了?|拿掉|撤掉)\s*(?:吧|了)?(?=\s*(?:$|[，,。；;！!]))")
REWRITES = REWRITES + (
    (r"(只\s*(?:留下?|保留|要)[^，,。；;！!？?]{1,30}?)" + _REST_GONE_ZH, r"\1"),
    (r"(?:我|客户|老板)?\s*(?:最喜欢|只喜欢|最满意)\s*(?:的是)?\s*([^，,。；;！!？?]{1,24}?)" + _REST_GONE_ZH, r"只留\1"),
    (r"只\s*keep\b", "只留"),
)
# "不需要了" said of a thing is its removal ("第二张和第五张的图片不需要了", set EG eg106 left it unread); alone ("好的，不需要
# 了", "不用了，谢谢") it is no edit: a word of the operations would ask what "it" is (two held-out "not an edit" rows were asked)
# ("别的不需要了", "其他都不需要了": nothing more wanted, no removal)
REWRITES = REWRITES + ((r"(?<=[^\s，,。；;！!？?])(?<!别的)(?<!其他)(?<!其它)(?<!其余)(?<!什么)(?<!其他的)(?<!其他都)(?<!别的都)(?<!别)"
                        r"\s*(?:不需要了|用不上了)(?=\s*(?:吧|啊)?\s*(?:$|[，,。；;！!]))", "删掉"),)
# a mixed "delete 掉" is 删掉 ("把 sneaker 和 cap 两张 delete 掉", set EG eg108); the pictures said among their kind before
# the one meant is the one ("两段视频里面开箱那段不要了", "三张图片里的手表也删掉": eg050); what stays said as staying is no
# edit ("第一张鞋子的图留着，第二张和第三张都删了吧": eg099 named it not understood); "the rest, each N seconds" is every
# picture's ("剩下三张每张放7秒" after a removal: eg100)
REWRITES = REWRITES + (
    # ("视频里" bare is the whole video: "视频里的配乐能删吗" is no scope of clips; a count or the pictures' noun is)
    (r"(?:\d+\s*(?:段|张|个)\s*(?:视频|图片|照片|图)|图片|照片)\s*(?:里面?|中|当中|里头)\s*(?:的)?\s*(?=[^，,。；;！!？?\s字文只就我][^，,。；;！!？?]{0,14}?(?:删|去掉|不要了|拿掉|撤掉))", ""),
    (r"(?:^|(?<=[，,。；;]))\s*[^，,。；;！!？?]{1,20}?(?:那张|的图|的图片|图片|图|照片)\s*(?:就|先)?\s*(?:留着|保留着|不动|别动|不用动)\s*(?:吧)?\s*[，,]", ""),
    (r"剩下\s*(?:的)?\s*(?:\d+\s*张)?\s*(?:图片|图|照片)?\s*(?:每张|各|每1张)", "每张图片"),
)
# the card added in the message, then "it" given a length, or its length changed with no noun: the card's ("加个end card
# 'Sale ends Sunday'，再把它延长到5秒" made the video 5 s long, set EF ef098; "结尾卡 'X' 放久一点", "add a closing card 'X',
# then put our logo on it and make it a bit longer": ef068 ef100 left the length unread). The card is written by the rewrites
# before as "add an outro saying <quote>" or "结尾加上<quote>"
_CARD_ADDED = (r"((?:add\s+an\s+outro\s+saying|add\s+a\s+closing\s+card|end\s*card(?:\s+saying)?|结尾加上\s*(?:结尾页|结尾卡片)?|结尾卡片写?|片尾卡?写?)"
               r"\s*\ue000\d+\ue001[^。.;；!?！？]{0,60}?(?:[,，。]|\band\b|(?<=\ue001)\s*(?=[放停显留]))\s*(?:then\s+|and\s+|然后|再|最后|之后)?\s*)")
REWRITES = REWRITES + (
    (_CARD_ADDED + r"(?:把|将)\s*它\s*(?:的时长)?\s*(?:再)?\s*(?:延长|缩短|加长|拉长|改|调|设)\s*(?:到|成|为|至)\s*(?=\d+(?:\.\d+)?\s*秒)", r"\1结尾卡片停留"),
    (_CARD_ADDED + r"(?:then\s+)?make\s+it\s+((?:a\s+(?:bit|little|lot)\s+|much\s+)?(?:longer|shorter))\b", r"\1make the end card \2"),
    # ("keep it short, like two seconds": the card's; "… and make it 20 seconds" stays the video's, wave34_e)
    (_CARD_ADDED + r"(?:then\s+)?keep\s+it\s+(?:short|brief|quick|snappy)\s*,?\s*(?:(?:like|about|around|maybe|say)\s+)?(?=\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b)",
     r"\1make the end card "),
    (_CARD_ADDED + r"(?:放|停留|显示|留)\s*(久|长|短)\s*(?:一点|一些|点)", r"\1结尾卡片停留\2一点"),
    # the card's first line said as such, or its main line ("片尾卡片第一行'X'，第二行'Y'", "结尾卡：主标题'X'，副标题'Y'";
    # ef073 gave the card the title's words, ef071 was not understood)
    (r"(?:(?:加|添加|放)\s*(?:个|一个|1个)?\s*)?(?:片尾卡片|结尾卡片|结尾卡|片尾卡|结尾页|片尾页|结束页)\s*(?:的)?\s*[:：]?\s*(?:第\s*1\s*行|主标题|大字|标题)"
     r"\s*(?:写|是|用|为)?\s*[:：]?\s*(?=\ue000)", "结尾卡片写 "),
    (r"\s*(?:,|\band\b)\s*(?:and\s+)?(?:a|the)\s+second\s+line\s+(?:with|saying|reading|of|for)\s+(?:our\s+|the\s+|my\s+|their\s+)?"
     r"(?:website|site|url|web\s+address|handle|link|address|shop|store|phone(?:\s+number)?)?\s*(?:[:：]\s*)?(\ue000\d+\ue001)", r" with \1 underneath"),
    (r"[,，]\s*(?:然后|再)?\s*(?:第\s*2\s*行|副标题|第二行)\s*(?:加上|写上?|放|是|用|改成)?\s*(?:官网|网址|网站|链接|电话|店名)?\s*[:：]?\s*(\ue000\d+\ue001)", r"，下面写 \1"),
)
# (the card's length said after "and": a clause of its own, so the one before it ends there, "…put our logo on it and
# make the end card a bit longer")
REWRITES = REWRITES + ((r"\s+and\s+(make\s+the\s+end\s+card)\b", r", and \1"),)
# the brand's second colour said as such ("Set the secondary brand colour to white" set the brand's main colour, set EF
# ef018); the brand's font set or wished with no heading said ("set our brand font to sans serif", "brand heading font
# should be a handwritten script": ef027 ef025 asked which text); a hex value said without its # after the brand's
# colour ("品牌颜色 FF5A1F", ef006); 就用 as a setting's verb ("品牌色就用金色", ef010); a font's kind said right after the
# brand's font, and the body's after it ("品牌字体手写体，正文字体无衬线", ef042)
_FONT_KIND_ZH = r"(?=(?:手写|衬线|无衬线|黑体|宋体|楷体|圆体|艺术|展示|display|serif|sans|handwriting|playfair|cjk))"
# a font's kind in English, ending its clause ("… to the serif one", "… to sans serif, brand colour red"): the value the
# rewrites below write, with a comma after it so that the kit's reader takes no more ("serif and set …" was read as a font)
_FONT_KIND_EN = (r"(?:an?\s+|the\s+)?(sans[\s-]serif|sans|serif|display|handwriting|handwritten(?:\s+script)?|script|cursive|playfair|cjk)"
                 r"(?:\s+(?:font|one|typeface))?(?=\s*(?:$|[,.;!?]|\band\b))")
# (a body font "for the subtitles" is the kit's; a heading font "for captions" stays unread, wave33_e)
_BODY_KIND_EN = _FONT_KIND_EN.replace(r"|\band\b))", r"|\band\b|\bfor\b))")
REWRITES = REWRITES + (
    (r"\b(?:secondary|second)\s+brand\s+colou?r\b", "accent colour"),
    (r"\b(?:set|change|make|switch)\s+(?:the\s+|our\s+|my\s+)?brand(?:'s)?\s+(heading|headline|title)\s+font\s+(?:to|as)\s+"
     + _FONT_KIND_EN, r"our brand \1 font is \2,"),
    (r"\b(?:set|change|make|switch)\s+(?:the\s+|our\s+|my\s+)?brand(?:'s)?\s+(body|text|caption)\s+font\s+(?:to|as)\s+"
     + _BODY_KIND_EN, r"our brand \1 font is \2,"),
    (r"\b(?:set|change|make|switch)\s+(?:the\s+|our\s+|my\s+)?brand(?:'s)?\s+font\s+(?:to|as)\s+" + _FONT_KIND_EN, r"our brand font is \1,"),
    (r"\b(?:the\s+|our\s+|my\s+)?brand(?:'s)?\s+(body|text|caption)\s+font\s+(?:should|must|needs\s+to|has\s+to|will)\s+be\s+" + _BODY_KIND_EN,
     r"our brand \1 font is \2,"),
    # (the heading's word is written as "brand font" by the rewrites before: "brand brand font")
    (r"\b(?:the\s+|our\s+|my\s+)?brand(?:'s)?\s+(?:brand\s+)?(?:(?:heading|headline|title)\s+)?font\s+(?:should|must|needs\s+to|has\s+to|will)\s+be\s+"
     + _FONT_KIND_EN, r"our brand font is \1,"),
    (r"(品牌(?:颜色|色|主色|主色调))\s*(?:是|为|:|：)?\s*(?=[0-9a-f]{6}(?![0-9a-z]))", r"\1是#"),
    (r"(品牌(?:颜色|色|主色|主色调))\s*就\s*用", r"\1用"),
    (r"品牌字体\s*[:：]?\s*" + _FONT_KIND_ZH, "品牌字体是"),
    (r"(品牌[^。；;]{0,30}?[，,]\s*)正文(?:的)?字体\s*(?:用|是|为|[:：])?\s*" + _FONT_KIND_ZH, r"\1品牌正文字体是"),
    # (a kind the vocabulary wrote in English after it: "品牌正文字体sans")
    (r"(品牌(?:正文)?字体)\s*(?=(?:sans|serif|display|handwriting|playfair|cjk)\b)", r"\1是"),
)
# the colour of a card's words said after it with a word of filler, 吧 or an exact value ("结尾卡片写 'X'，emm 字改成白色吧，
# 底色换成黑色" made every text black, set EF ef107; "结尾卡 'X'，背景 #FFF3E0，字 #E65100" left it unread, ef116; "结尾卡片
# 文字'X'，字体颜色用 #333333": ef112): the card's, as "，字用白色" is
REWRITES = REWRITES + (
    (r"((?:片尾|结尾卡片?|结束卡片|结尾页|结束页|片尾卡|结尾加上|add\s+an\s+outro\s+saying)[^。！？!?]{0,40}?)[，,]\s*(?:emm+|嗯+|呃|那个|然后|再|并且?)?\s*[，,]?\s*(?:把)?\s*(?:上面的|卡片上的)?"
     r"(?:文字|字体|字)\s*(?:的)?\s*(?:颜色)?\s*(?:用|要|是|为|改成|换成|设为|调成|改为)?\s*(?:成)?\s*"
     r"(#[0-9a-f]{6}(?![0-9a-z])|#[0-9a-f]{3}(?![0-9a-z])|[金银红蓝绿黑白黄粉紫橙灰](?=色))色?\s*(?:的)?\s*(?:吧|啊)?(?=$|[\s，,。；;！!])",
     r"\1，cardink \2"),
)
REWRITES = REWRITES + (
    # (as the rewrites before write it: "，结尾卡片文字 #e65100", "，结尾卡片文字颜色用 #333333")
    (r"(?<=[，,])\s*(?:结尾卡片|片尾卡片|卡片)\s*(?:的)?\s*(?:文字|字体|字)\s*(?:的)?\s*(?:颜色)?\s*(?:用|要|是|为|改成|换成|设为|调成|改为)?\s*"
     r"(#[0-9a-f]{6}(?![0-9a-z])|#[0-9a-f]{3}(?![0-9a-z]))", r" cardink \1"),
    # the card's words said as its text: "结尾卡片文字'欢迎回购'" (set EF ef112 was not understood)
    (r"(结尾卡片|片尾卡片|结尾页|片尾页)\s*(?:的)?\s*(?:文字|文案)\s*(?:是|为|[:：])?\s*(?=\ue000)", r"\1写 "),
)
# the logo put on the card right after its words: "结尾卡片'扫码领券'放上logo" (dropped without a word, set EF ef119);
# "end card: logo.png on top, 'See you soon' below" (laid the logo over the video, ef084)
REWRITES = REWRITES + (
    (r"((?:结尾卡片?|片尾卡片?|结尾页|片尾页|结尾加上)\s*(?:写)?\s*\ue000\d+\ue001)\s*(?:上)?\s*(?:再)?\s*(?:放上|加上|放个|加个|带上|配上)\s*(?:我们的)?\s*(logo|标志)",
     r"\1，在卡片上放\2"),
    (rf"\b((?:{CARD_NAMES_EN})\s*:\s*)([a-z0-9_\-]+\.(?:png|jpe?g|webp|svg))\s+(?:on\s+top|above|at\s+the\s+top|first)"
     r"(?:\s*,\s*(\ue000\d+\ue001)\s+(?:below|underneath|under\s+it)\b|\s+with\s+(\ue000\d+\ue001)\s+underneath)",
     r"end card saying \3\4 with \2 on it"),
)
# a fade's length said, then its colour in the next clause: one fade ("开头3秒淡入吧，从白色淡入那种" faded from white for
# 1 s, the 3 s dropped without a word, set EH eh035); a span said to show, the rest of the time not ("logo前十秒显示就行，
# 后面不要了" took the logo off, eh098): the span alone; a platform said of its watchers is no format ("抖音上大家没耐心看的"
# made the video 9:16, eh002); one look said of two overlays placed in one sentence ("…the sticker top right, both
# semi-transparent" made the sticker alone so, set EE ee022)
REWRITES = REWRITES + (
    (r"(?:开头|片头)?\s*(\d+(?:\.\d+)?\s*秒)\s*(?:的)?\s*淡入\s*(?:吧)?\s*[，,。]\s*(?:要|就是)?\s*从\s*(白|黑)色?\s*淡入\s*(?:的)?\s*(?:那种|效果)?",
     r"开头从\2色淡入，\1"),
    (r"((?:前|最后)\s*\d+(?:\.\d+)?\s*秒[^，,。；;]{0,10}?)\s*[，,]\s*(?:后面|之后|剩下的?|其他时间|其余时间)\s*(?:的)?\s*(?:时间)?\s*(?:就)?\s*"
     r"(?:不要了?|不用了?|去掉|不显示|别显示|不需要了?)\s*(?:吧)?(?=\s*(?:$|[，,。；;！!]))", r"\1"),
    (r"(抖音|快手|小红书|视频号|tiktok|instagram|ins)\s*上\s*(?:的)?\s*(?:大家|人|用户|观众|网友|粉丝)", "平台上大家"),
    (r"\b((?:the\s+)?(?:logo|watermark))\s+([a-z][a-z\s-]{0,20}?)\s*,?\s+and\s+((?:the\s+)?(?:sale\s+)?sticker)\s+([a-z][a-z\s-]{0,20}?)\s*,?\s*"
     r"both\s+(semi[\s-]?transparent|see[\s-]through|transparent|faded|small|big)\b", r"\1 \2 with \5 and \3 \4 with \5"),
)
# "另外加上贴纸，放左边", "还要加贴纸，左下角那里": the word of "also" before the verb of adding is no name (a file "另外加上" was
# looked for, and the placed logo moved to the left)
REWRITES = REWRITES + ((r"(?:^|(?<=[，,。；;]))\s*(?:另外|还要|还得|还想|也要|顺便)\s*(?:再)?\s*(?=(?:加|添加|放)(?!大|长|快|慢|重|粗))", ""),)
# the brand said with its colour and no word for colour ("品牌红色，字体用圆体" made every text red; "我们品牌是红色" was not
# understood): the brand's colour
REWRITES = (
    (r"品牌\s*(?:是|用|就用)?\s*(?=(?:红|橙|黄|绿|蓝|紫|粉|黑|白|灰|金|银|青|棕|藏青|深蓝|酒红)色)", "品牌色是"),
) + REWRITES
# (first of all: a later rewrite takes a count with the spaces around it, "cap 两张 delete 掉" became "capdelete 掉")
REWRITES = ((r"\b(?:delete|remove)\s*掉", "删掉"),) + REWRITES
# mixed words of the order: "order 改成 ring, watch, …", "gold-ring.jpg 加到 first" (set EG eg112 eg110 were not understood);
# a picture put in "as" a place: "把戒指那张（gold-ring.jpg）放进去当最后一张" (eg033)
REWRITES = REWRITES + (
    (r"\border\s*(?=改成|换成|改为|调成|变成)", "顺序"),
    (r"(加到|放到|移到|挪到)\s*first\b", r"\1最前面"),
    (r"(加到|放到|移到|挪到)\s*last\b", r"\1最后"),
    (r"(?:放进去|加进去|放进来|加进来|加上|放上)\s*(?:当|作为|做)\s*最后\s*(?:1\s*)?张", "加到最后"),
    (r"(?:放进去|加进去|放进来|加进来|加上|放上)\s*(?:当|作为|做)\s*(?:第\s*1|最前面?的?|开头的?)\s*(?:1\s*)?张", "加到最前面"),
)
# the logo and the brand said as someone else's, as a host agent relays them ("the user would like an end card … with their
# logo on it", "客户的logo放在卡片上", "their brand colour"): ours (set EI ei01 ei19 ei86 were not understood or dropped the
# logo); 末尾 before a card added is 结尾 ("末尾加个卡片写“X”" left the words unread, set EK ek045)
REWRITES = (
    (r"\b(?:their|his|her|(?:the\s+)?(?:user|client|customer|owner|shop\s+owner|company|brand)'?s)\s+(?=(?:own\s+)?(?:logo|brand|watermark)\b)", "our "),
    (r"\bown\s+(?=logo\b)", ""),
    (r"(?:他们|她们|他|她|客户|用户|老板|对方)\s*(?:家)?\s*的\s*(?=logo|标志|品牌)", "我们的"),
    # ("an end card at the end that says 'X'": where it goes, between the card and its words, set EI ei01)
    (r"\b(end\s*card|(?:closing|final|ending)\s+(?:card|screen|slide)|outro(?:\s+card)?|call[\s-]+to[\s-]+action(?:\s+card)?|cta(?:\s+card)?)"
     r"\s+at\s+the\s+(?:very\s+)?end(?:\s+of\s+the\s+video)?(?=\s+(?:that|which|saying|reading|with)\b)", r"\1"),
    (r"加\s*(?:1|一)\s*页\s*(?=片尾(?!\s*(?:卡片|页))|结尾卡)", "加个"),
    (r"末尾(?=\s*(?:再)?\s*(?:加|放|来)\s*(?:上|个|一个|1个|一张|1张|一页|1页)?\s*(?:\ue000\d+\ue001\s*的\s*)?(?:卡片|页|画面))", "结尾"),
) + REWRITES
# text animations and beat sync in everyday Chinese (set EJ): every text's animation off ("全部文字都不要动画了" turned the
# pictures' motion off), a text typed out letter by letter ("一个字母一个字母地打出来"), the cuts on the drum beat ("让每张图都
# 踩在音乐的鼓点上", "按照BGM的节拍来换图", "画面跟着节奏切")
REWRITES = REWRITES + (
    (r"(?:全部|所有|全部的|所有的)\s*(?:的)?\s*(?:文字|字)\s*(?:都)?\s*(?:不要|别|去掉|关掉|取消|不用)\s*(?:了)?\s*(?:动画|动效)(?:了)?",
     "标题不要动画，字幕不要动画"),
    (r"(?:1个字母1个字母|1个字1个字|逐个字母|一个一个字)\s*(?:地|的)?\s*(?:打|蹦|跳|显示|出现|冒)\s*(?:出来)?", "逐字出现"),
    (r"(?:让)?\s*(?:每张图|每张图片|图片|画面|换图)?\s*(?:都)?\s*(?:踩在|卡在|落在)\s*(?:音乐|bgm|背景音乐|歌)?\s*(?:的)?\s*(?:鼓点|节拍|节奏|拍子)\s*上", "卡点"),
    (r"(?:按照|按|跟着|随着|根据)\s*(?:音乐|bgm|背景音乐|歌)\s*(?:的)?\s*(?:鼓点|节拍|节奏|拍子)\s*(?:来)?\s*(?:换图|切换|切图|切)", "卡点"),
    (r"(?:让)?\s*(?:每张图|每张图片|所有图片|每个画面)\s*(?:都)?\s*(?=卡点)", ""),
    (r"(?:画面|图片|镜头)\s*(?:跟着|随着|按)\s*(?:音乐)?\s*(?:的)?\s*(?:节奏|节拍|鼓点)\s*(?:来)?\s*(?:切|切换|换)", "卡点"),
)
# an overlay's place said with 在 before 出现 ("客户想让logo在左下角出现，只在前10秒显示" kept it top right without a word,
# set EI ei105); its start said "N seconds in" before how long ("from 5 seconds in, for 8 seconds" showed it to the end and
# made the video 8 s long, ei26); the brand's heading or body font said changed "in the brand kit" (set the title's font,
# ei77)
REWRITES = REWRITES + (
    (r"(?:^|(?<=[，,。；;]))\s*(?:老板|客户|用户|对方|他们|她们|她|他)\s*(?:想|想要|希望|要)\s*(?=让|把)", ""),
    (r"(?:想让|让|把)?\s*(logo|标志|水印|贴纸)\s*在\s*(?:画面|视频)?\s*(?:的)?\s*(左下角|右下角|左上角|右上角|左上|右上|左下|右下|正中间|中间|顶部|底部)\s*(?:出现|显示)",
     r"把\1放在\2"),
    (r"\bfrom\s+(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\s+in\s*,?\s+(?=for\s+\d)", r"from \1s "),
    (r"\b(?:the\s+)?(?:heading|headline|title)\s+font\s+(?:(?:changed|set|switched)\s+)?to\s+([a-z][a-z\-]*)\s+in\s+(?:our|the|my)\s+brand(?:'s)?\s+kit\b",
     r"our brand heading font is \1;"),
    (r"\b(?:the\s+)?body\s+font\s+(?:(?:changed|set|switched)\s+)?to\s+([a-z][a-z\-]*)\s+in\s+(?:our|the|my)\s+brand(?:'s)?\s+kit\b",
     r"our brand body font is \1;"),
)
# the end card wished as what the video's end needs ("视频结尾需要一个引导购买的画面，文字是“X”…" set every text black, set EK
# ek106); its logo right after its words with no comma ("…写“感谢观看”带上logo" dropped the logo silently, ek090); 顺便 ("by
# the way") before a setting ("品牌色顺便设成橙色" was left unread, ek099); the brand logo set with a file, then put on the
# video in the next clause ("品牌logo设成logo.png，同时放到视频左上角", ek065)
REWRITES = REWRITES + (
    (r"(?:视频)?(?:结尾|最后|末尾)\s*(?:需要|要|想要|得有|要有|需要有)\s*(?:一个|1个|一张|1张|一页|1页)?\s*(?:[\u4e00-\u9fff]{1,8}的)?\s*(?:画面|卡片|页面)",
     "结尾加个卡片"),
    (r"(\ue000\d+\ue001)\s*(带上|配上|加上|放上)\s*(?=(?:我们的|品牌的?)?\s*(?:logo|标志))", r"\1，\2"),
    (r"顺便\s*(?=设|改|调|把|加|换|也|用)", ""),
    (r"(把\s*([a-z0-9_\-]+\.(?:png|jpe?g|webp|svg))\s*(?:设为|设成|当|作为|当作)\s*品牌\s*(?:的)?\s*(?:logo|标志))\s*[,，]\s*(?:同时|也|再|并且?|然后)?\s*(?:把它)?\s*(?=放到|放在)(?!(?:放到|放在)\s*(?:片尾|结尾|卡片|最后))",
     r"\1，把\2"),
    (r"(品牌\s*(?:的)?\s*(?:logo|标志)\s*(?:设成|设为|用|是|就用|换成|改成)\s*([a-z0-9_\-]+\.(?:png|jpe?g|webp|svg)))\s*[,，]\s*(?:同时|也|再|并且?|然后)?\s*(?:把它)?\s*(?=放到|放在|放)(?!放\S?\s*(?:片尾|结尾|卡片|最后))",
     r"\1，把\2"),
)
# (set EL) who wants it, relayed in Chinese ("您好，这位店主希望视频末尾淡出到白色，…": the fade was left unread); "would
# appreciate it if X could be moved…" (a wish said as thanks in advance: not understood); the pictures wished "not to zoom"; "a
# touch" for "a bit"; what they "mentioned" is what they want ("they also mentioned the voiceover feels a touch quiet")
REWRITES = (
    (r"(?:^|(?<=[,，。；;:：]))\s*(?:您好|你好)?\s*[,，]?\s*(?:这位|那位|我们的?)?\s*(?:店主|卖家|商家|店家|博主|主播)\s*(?:希望|想要|想|要求|说|觉得)\s*", ""),
    (r"(?:视频)?末尾\s*(?=(?:慢慢|逐渐|渐渐)?\s*(?:地)?\s*(?:淡出|渐隐|变黑|变白))", "结尾"),
    (r"\bwould\s+(?:really\s+|greatly\s+)?appreciate\s+(?:it\s+)?if\s+(.{1,60}?)\s+(?:could|would|can)\s+be\s+", r"would like \1 "),
    (r"\b(?:prefer|want|like|wants|prefers)\s+(?:the\s+)?(?:pictures|photos|images|slides|pics)\s+not\s+to\s+(?:zoom|move|pan)(?:\s+(?:in|at\s+all|anymore))*",
     "want the zoom off"),
    (r"\ba\s+touch\s+(?=(?:too\s+)?(?:quiet|loud|soft|long|short|fast|slow|small|big|dark|bright)\b)", "a bit "),
    (r"(?:^|(?<=[,;.]))\s*(?:and\s+)?(?:they|he|she|the\s+user|the\s+client)\s+(?:also\s+)?(?:mentioned|said|noted)\s+(?:that\s+)?", " "),
) + REWRITES
# (set EL, several wishes in one message) the video's length said bare as a total after another thing's clause ("captions off,
# title at the bottom, 25s total" kept the title up 25 s); a vague pace before a colon that says how ("视频节奏快一点：总长缩短到
# 20秒" made every picture 20 s); one length for both fades ("开头从白色淡入，结尾淡出到白色，各2秒" left the second unread);
# a length in brackets after a wish ("make the fades between photos longer (1 sec)" made them 0.75 s); "X: drop it to 10%"
REWRITES = (
    (r"(?:^|(?<=[,;]))\s*(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\s+(?:in\s+)?total\b", r" make the video \1 long"),
    (r"(?:视频)?(?:节奏|节拍)\s*(?:快|紧凑|快速)\s*(?:一点|一些|点)?\s*[:：]\s*", ""),
    # (said with 黑场, or its 开头 written away already, and 再 before the fade out: "开头从黑场淡入，结尾再淡出到黑场，各1秒就行",
    # set EV ev128)
    (r"((?:开头\s*(?:从)?|从)\s*(?:白色|黑色|白场|黑场|白屏|黑屏|白|黑)?\s*淡入)\s*[,，]\s*(结尾\s*(?:再|也)?\s*淡出\s*(?:到)?\s*(?:白色|黑色|白场|黑场|白屏|黑屏|白|黑)?)"
     r"\s*[,，]\s*各\s*(\d+(?:\.\d+)?\s*秒)",
     r"\1\3，\2\3"),
    (r"(?:\s+(?:a\s+bit\s+|a\s+little\s+)?(?:longer|shorter|slower|faster|quicker))?\s*\(\s*(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\s*(?:each)?\s*\)", r" \1"),
    (r"(?:^|(?<=[,，。；;]))\s*不要\s*渐变(?:效果)?(?=\s*(?:$|[,，。；;！!]))", "不要转场"),
    (r"\b(music|voice(?:over)?|narration)\s*:\s*(?:drop|turn|bring|set|lower|put)\s+(?:it\s+)?(?:down\s+)?to\s+(\d+\s*%)", r"set the \1 to \2"),
    (r"开头\s*加\s*(\d+(?:\.\d+)?\s*秒)\s*(?:的)?\s*(黑场|白场)\s*淡入", r"开头从\2淡入\1"),
) + REWRITES
# a second thing wished done, joined by "and" after the first ("they want the cap photo removed and the clip moved to the
# front" removed both: the clip was read as one more of the removal's list): a wish of its own, said verb first. Before
# the rewrites above, which write the first wish verb first and take "wants" away
_DONE_TWICE = ("moved", "removed", "muted", "deleted", "dropped", "placed", "added", "replaced", "swapped", "trimmed", "shortened")
REWRITES = tuple(
    (rf"(\b(?:wants?|would\s+(?:like|love|prefer)|'d\s+(?:like|love|prefer)|needs?|prefers?)\s+[^.;!?]{{1,80}}?\s+(?:{'|'.join(_DONE_TWICE)})\b"
     rf"[^.;!?]{{0,40}}?)\s*,?\s+and\s+((?:the|that|this|our|my|their)\s+[a-z0-9][a-z0-9\-.]*(?:\s+(?!(?:and|or|then)\b)[a-z0-9][a-z0-9\-.]*){{0,4}}?)"
     rf"\s+{part}\b", rf"\1, and {verb} \2")
    for part, verb in _WISHED_DONE if part in _DONE_TWICE
) + REWRITES
# (set EL) relayed promo parts: "fade through white" between the pictures; the shop's URL as the card's second line ("with
# the shop URL www.x below it" was dropped silently); the clip's own sound said as "its original audio"; a logo named with
# its file in brackets ("their logo (logo.png)"); "a brand kit set up with …" as the kit's list
REWRITES = (
    (r"\b(?:transitions?\s+(?:so\s+(?:that\s+)?)?(?:they\s+)?|(?:make\s+)?(?:the\s+)?(?:cuts|transitions)\s+)fade\s+(?:through|via|to)\s+(white|black)\b",
     r"transitions fade\1"),
    (r"\b(?:the\s+|our\s+|their\s+)?(?:shop|store|website|site|web)\s+(?:url|link|address)\b", "the url"),
    (r"\b(?:its|their)\s+(?:own\s+)?original\s+(audio|sound)\b", r"the clip \1"),
    (r"\blogo\s*\(\s*([a-z0-9_\-]*logo[a-z0-9_\-]*\.(?:png|jpe?g|svg|webp))\s*\)", r"\1"),
    (r"\s+to\s+be\s+(?=(?:turned|made|set|moved|placed|removed|muted|shown|changed|shortened|switched|lowered|raised)\b)", " "),
    # ("the user would like the captions to use a handwriting font" set every text's font)
    (r"\b(?:would\s+(?:like|love|prefer)|'d\s+(?:like|love|prefer)|wants?|want)\s+((?:the\s+)?(?:captions|subtitles|title|headline))\s+to\s+(?:use|be\s+in|have)\s+",
     r"\1 in "),
    # ("the title should use a serif font" set every text's font too)
    # ("captions should use a serif font" stays the brand's body font: corpus en_promo_video)
    (r"\b((?:the\s+)?(?:title|headline))\s+(?:should|must|needs?\s+to|has\s+to|could|can)\s+(?:use|be\s+in|have)\s+(?=(?:a|an|the)?\s*[a-z\-]+\s+(?:font|typeface)\b)",
     r"\1 in "),
    (r"(?:^|(?<=[,;]))\s*(?:and\s+)?((?:the|its|their|our)\s+[a-z][a-z\s]{1,30}?)\s+turned\s+(down|up)\b", r" and turn \2 \1"),
    (r"(?:would\s+like|'d\s+like|wants?|want)\s+(?:our\s+|their\s+|my\s+)?([a-z0-9_\-]+\.(?:png|jpe?g|svg|webp)|(?:the\s+|our\s+)?(?:logo|sticker|sale\s+sticker|watermark))"
     r"\s+to\s+(?:sit|be|go|appear|stay)\s+(?=(?:in|at|on)\s+the\s+(?:top|bottom|upper|lower|left|right|middle|centre|center))", r"put \1 "),
    (r"(?:^|(?<=[,;.]))\s*(?:hi|hello)?\s*,?\s*the\s+brand\s+(?=would\s+like|wants)", " they "),
) + REWRITES
# (sets EI, EJ, EH: wishes left unread beside others, most without a word) a card named then its words after a comma
# ("add a final card, 'X', and keep it up for 6 seconds" said the title's words); the logo wished "to appear on" a card or put
# "on a white end card"; the count of things asked before a colon ("please do three things for the user: …" dropped the first
# two); a text's next clauses said with its verb alone ("title in orange, types out word by word, and exits sliding to the
# left"); Chinese: 居中显示, 视频前3秒淡入, 放第2秒到第6秒之间显示, 字体换手写的, 出来的时候改成淡入, 标题“X”不要了，改成“Y”,
# 视频提到第二个; "a fade out over the last 2 seconds"
REWRITES = (
    (r"\b(add|put|include)\s+(a|an)\s+((?:final|closing|end|ending|outro)\s+(?:card|screen|slide))\s*,\s*(\ue000\d+\ue001)", r"\1 \2 \3 saying \4"),
    (r"\b(?:the\s+|our\s+)?logo\s+to\s+(?:appear|be|show(?:\s+up)?|sit)\s+on\s+(an?|the)\s+((?:end|closing|final)\s+card)\b", r"\1 \2 with our logo"),
    # (not after a verb that puts it there: "put our logo on an end card with 'X'" is read as it is, set EK ek098)
    (r"(?<!\bput\s)(?<!\bplace\s)(?<!\badd\s)(?<!\bshow\s)(?<!\buse\s)\b(?:our|the)\s+logo\s+on\s+(an?\s+(?:[a-z]+\s+)?(?:end|closing|final)\s+card)\b",
     r"\1 with our logo"),
    (r"\bwith\s+(our|the)\s+logo\s+(?:that|which)\s+(?:reads|says)\b", r"with \1 logo saying"),
    (r"\b(?:(?:the\s+)?(?:user|client|customer|seller|owner|they)\s+(?:asked|asks|wants?|would\s+like)\s+(?:for\s+)?|(?:please\s+)?do\s+)"
     r"(?:these\s+)?(?:two|three|four|2|3|4|a\s+few|some|several)\s+(?:things|changes|edits)(?:\s+for\s+(?:the|my)\s+(?:user|client|customer))?\s*[:：—-]", ""),
    # ("title on for 4 secs, and fade out the last 2 seconds of the video": a fade stays the video's, corpus wave36_t)
    (r"(\b(title|captions)\b[^.;!?]{0,40}?,\s*(?:and\s+)?)(?=(?:types?|typing|exits?|enters?|slides?|sliding|pops?|drops?)\s)", r"\1the \2 "),
    (r"(字幕|标题)\s*居中\s*显示", r"\1居中"),
    (r"(?:视频)?\s*(?:的)?\s*前\s*(\d+(?:\.\d+)?\s*秒)\s*(?:做)?\s*淡入", r"开头淡入\1"),
    (r"字体\s*换\s*(手写|衬线|无衬线|艺术)\s*(?:的|体)?", r"字体换成\1体"),
    (r"出来的时候\s*(?:改成|换成|用)", "入场改成"),
    (r"(标题)\s*(\ue000\d+\ue001)\s*不要了?\s*[,，]\s*(?:改成|换成)\s*(\ue000\d+\ue001)", r"\1改成\3"),
    (r"(视频|片段|clip)\s*提到\s*(?=第\s*\d)", r"\1移到"),
    (r"\ba\s+fade[\s-]out\s+over\s+(?:the\s+(?:last|final)\s+)?(\d+(?:\.\d+)?\s*(?:seconds?|secs?|s)\b)", r"a \1 fade out"),
) + REWRITES
# (sets EE, EF) a card added with its length first and no place ("品牌色绿色，加个4秒的片尾写'X'" was not read); the brand's body
# font said 品牌统一用; a logo put "正上方中间"; "drop the logo's opacity to 50%"; transparant (a typo the word corrector
# does not reach: the phrase is two words)
REWRITES = (
    (r"(?:^|(?<=[,，。；;]))\s*(?:再)?\s*(加上?|加个|加一个|加1个|添加)\s*(\d+(?:\.\d+)?\s*秒)\s*(?:钟)?\s*的\s*(片尾卡片|片尾|结尾卡片|结尾卡|结尾页)",
     r"结尾\1\2的\3"),
    (r"正文\s*(?:的)?\s*字体\s*品牌\s*(?:统一|都)?\s*用", "品牌正文字体用"),
    (r"(?:在)?\s*(?:画面|视频)?\s*正上方\s*(?:的)?\s*(?:中间|正中)?\s*(?:放|加)\s*(?:个|一个|上)?\s*(logo|标志|水印|贴纸)", r"把\1放在顶部"),
    (r"\b(?:drop|lower|reduce|set|bring|turn\s+down|change)\s+the\s+(logo|sticker|watermark)'?s\s+opacity\s+(?:down\s+)?to\s+(\d+\s*%)", r"make the \1 \2 opacity"),
    (r"\btransparant\b", "transparent"),
) + REWRITES
# (set EL) a new wish of the person relayed after "and" starts a sentence of its own ("logo.png in the top right corner …,
# fully opaque, and they'd also like the video switched to vertical" gave the logo's reading the rest, and the format was
# dropped without a word); the logo put on the end card in a bare clause ("…, logo on the end card, end card text X")
REWRITES = (
    (r"\s*,?\s+and\s+(?=(?:they|he|she|the\s+(?:user|client|customer|seller|owner))\s*(?:'d|would|wants?|needs?|also|asked|asks)\b)", ". "),
    (r"(?:^|(?<=[,;]))\s*(?:and\s+)?(?:the\s+|our\s+)?logo\s+on\s+the\s+(end\s*card|closing\s+card|final\s+card|outro)\s*(?=[,;.]|$)", r" put our logo on the \1"),
) + REWRITES
# (set EL) a text "shortened to" new words is renamed ("the title 'X' should be shortened to 'New Season'" was left unread); a
# vague pace before a colon that says how ("Slow it down: each photo 8 seconds, …"), as 节奏快一点： is
REWRITES = (
    (r"\b(the\s+title|the\s+headline)\s+(?:\ue000\d+\ue001\s+)?(?:should\s+be\s+|to\s+be\s+|must\s+be\s+)?(?:shortened|changed|renamed|updated|cut\s+down|trimmed)\s+to\s+(?=\ue000)",
     r"change \1 to "),
    # ("slower dissolves of 1.5s": the transitions' kind and length, set EL el087)
    # ("give the title a fade lasting one second" stays the title's: said in the plural or compared only, corpus wave31_a)
    (r"\b(?:(?:slower|faster|longer|shorter|quicker)\s+(dissolve|fade|crossfade|wipe)s?|(dissolve|fade|crossfade|wipe)s)\s+of\s+(\d+(?:\.\d+)?\s*(?:seconds?|secs?|s)\b)",
     r"\1\2 transitions \3"),
    (r"(?:^|(?<=[.;!?]))\s*(?:slow\s+(?:it|things|the\s+video)\s+down|speed\s+(?:it|things|the\s+video)\s+up|make\s+it\s+(?:snappier|faster|slower|punchier|calmer))\s*:\s*", ""),
) + REWRITES
# (set EM, one wish relayed with its reason) "no longer" is no "longer" ("no longer than 20 seconds" stays a limit) ("the client no longer sells the black cap, so …" made
# the cap's picture longer); "to a full 30 seconds" ("stretched to a full 30 seconds" added 30 s); "asked for X to be taken
# out" (a relayed wish: X taken out)
REWRITES = (
    (r"\b(?:asked|asks|asking)\s+(?:for|that)\s+(that\s+(?:photo|picture|image|one|clip)|the\s+[a-z0-9\- ]{1,30}?|it|them)\s+(?:to\s+)?be\s+"
     r"(?=(?:taken\s+out|removed|deleted|dropped|cut|muted|moved|made|turned|changed|shortened|placed|put)\b)", r"wants \1 "),
    (r"\bno\s+longer\b(?!\s+than\b)", "no-longer"),
    (r"\beach\s+of\s+the\s+(?:\d+\s+|two\s+|three\s+|four\s+|five\s+)?(photo|picture|image|pic|slide)s\b", r"each \1"),
    (r"\s*,?\s*(?:rather\s+than|instead\s+of)\s+(?:dead\s+|right\s+in\s+the\s+|smack\s+in\s+the\s+)?(?:the\s+)?(?:cent(?:re|er)|middle)\b", ""),
    (r"\b(?:would\s+prefer|'d\s+prefer|prefers?|wants?|would\s+like|'d\s+like)\s+(the\s+(?:title|captions|subtitles|logo|sticker))\s+(?:sitting|placed|positioned|to\s+sit|to\s+be)\s+(?=in|at|on)",
     r"move \1 "),
    (r"\s+for\s+now\b(?:\s*,?\s+(?:while|until|since|because)\s+[^.;!?]*)?", ""),
    (r"\bthe\s+music\s+(?:dips|ducks|drops|gets\s+quieter)\s+(?:whenever|when)\s+(?:the\s+)?(?:narrator|voice(?:over)?|someone)\s+(?:speaks|talks)\s+and\s+"
     r"(?:would\s+prefer|wants?|'d\s+prefer|'d\s+like|would\s+like)\s+it\s+to\s+stay\s+(?:steady|constant|the\s+same|level|even)\b", "turn off the ducking"),
    # (a reason said after the wish is why, never a wish of its own: "a serif font for the captions would feel more upmarket"
    # applied the elegant style, em068; "…, like their brand reel" made the video vertical, em096; "the captions are redundant
    # with the voiceover and would like them all removed" removed the voiceover too, em063)
    (r"\s+(?:would|will|might)\s+(?:feel|look|seem|come\s+across)\s+(?:more\s+|a\s+bit\s+more\s+)?(?:upmarket|premium|elegant|classy|luxurious|"
     r"professional|modern|polished|refined|high[\s-]end)\b", ""),
    (r"\s*,?\s*(?:just\s+)?(?:like|as\s+in|matching|to\s+match)\s+(?:their|our|the|his|her|my)\s+(?:brand\s+|other\s+|instagram\s+)?reels?\b", ""),
    (r"\b((?:the\s+)?(?:captions|subtitles))\s+(?:are|feel|seem|look)\s+(?:a\s+bit\s+)?(?:redundant|unnecessary|pointless|distracting|repetitive)\s+"
     r"(?:with|next\s+to|alongside|given|because\s+of)\s+the\s+(?:voiceover|voice|narration|narrator)\b", r"\1 are redundant"),
    # (an exact value said beside a colour's name: "their brand orange, hex #FF5A1F" set plain orange, em053)
    (r"\b(?:(?:our|their|the)\s+)?(?:brand\s+)?[a-z]+\s*,?\s*\(?\s*(?:hex|hex\s+code|code|i\.e\.?)\s*(#[0-9a-f]{6}|#[0-9a-f]{3})\b\)?", r"\1"),
    # ("开箱视频前面两秒是空镜头，帮忙剪掉" removed the whole clip, em032)
    (r"([\u4e00-\u9fffa-z0-9\-]{1,8}?(?:视频|片段))\s*(?:的)?\s*(?:前面|开头|最前面)\s*(\d+(?:\.\d+)?\s*秒)\s*(?:是|都是|有|全是)?[^，,。]{0,8}[,，]\s*(?:帮忙|帮我|麻烦|请)?\s*(?:剪掉|去掉|删掉|裁掉)",
     r"把\1的前\2剪掉"),
    # (new words "instead of" the old ones: the old were read as the new, "That is already how the video is", em061; the Ken
    # Burns movement "on all the images" likewise, em116)
    (r"(\ue000\d+\ue001)\s+instead\s+of\s+(?:the\s+)?(?:old\s+|current\s+)?(?:one\s+)?\ue000\d+\ue001", r"\1"),
    (r"(ken\s+burns(?:\s+(?:movement|motion|effect|zoom|pan))?)\s+on\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:images|photos|pictures|slides|pics)\b", r"\1"),
    (r"\b(wants?\s+(?:that|this)\s+(?:photo|picture|image|one|clip))\s+taken\s+out\b", r"\1 removed"),
    (r"\bto\s+a\s+(?:full|whole|total\s+of)\s+(?=\d)", "to "),
) + REWRITES
# (set EM) the reason after "since" ("the unboxing clip should come before the photos since it grabs attention better": the
# reason was read as the pictures' name); "it" after the clip named as the subject ("the video clip is the strongest part and
# wants it moved to the very beginning"); a part of the clip said shaky and wished cut off; only its first N seconds wished
# used; "the track" after music named; the clip's sound "turned down to about half"; 也要加进去 (add that picture too)
REWRITES = (
    # ("…, the voiceover kept as it is, and the clip's own sound muted" is no reason: "as it is" kept, up to a comma, set EL el081)
    (r"\s+(?:since|because)\s+(?:it|they|that|this)\s+(?:grabs?|catches?|gets?|draws?|is|are|looks?|feels?|works?)\b[^.;!?,]*", ""),
    (r"\b(the\s+(?:video\s+)?clip)\s+is\s+(?:the\s+|our\s+)?(?:strongest|best|most\s+(?:important|eye-catching))\s+(?:part|bit|shot)\s+and\s+(?:wants?|would\s+like)\s+it\s+moved\b",
     r"wants \1 moved"),
    (r"\bthe\s+first\s+(\d+(?:\.\d+)?\s*(?:seconds?|secs?|s)\b)\s+of\s+the\s+(?:video\s+)?clip\s+(?:are|is|look|looks)\s+[a-z]+\s+and\s+(?:(?:they|he|she|the\s+user|the\s+client)\s*)?(?:wants?|would\s+like|'d\s+like)\s+(?:them|it)\s+cut(?:\s+off|\s+out)?\b",
     r"cut the first \1 of the clip"),
    (r"\bonly\s+wants?\s+the\s+first\s+(\d+(?:\.\d+)?\s*(?:seconds?|secs?|s)\b)\s+of\s+the\s+(?:video\s+)?clip\s+used\b", r"trim the clip to the first \1"),
    (r"(\bmusic\b[^.;!?]{0,60}?)\bremove\s+the\s+track\b", r"\1remove the music"),
    (r"\b(the\s+(?:video\s+)?clip'?s?\s+(?:sound|audio))\s+turned\s+down\s+to\s+(?:about\s+|around\s+)?half\b", r"\1 at 50%"),
    (r"(?:^|(?<=[，,。；;]))\s*(?:客户|用户|老板)?\s*(?:说)?\s*([\u4e00-\u9fffa-z0-9\-]{1,8}?)\s*(?:那张图|那张|的图片?)\s*也\s*要\s*(?:加进去|加上|放进去|加进来)", r"把\1那张加进去"),
) + REWRITES
# (set EO, a terse host agent; EN, EP, HW relayed) what stays as it is, said of one thing after the wish: "Remove all
# captions - title stays; …" removed the title too, "Trim clip.mp4 in-point to 4s; unboxing.mp4 unchanged" named the
# second clip not understood, "…; everything else stays put", "…, same duration", "fps -> 24; resolution unchanged"
_KEPT_ONE = (rf"(?:{_KEPT_THING}|clips?|logo|resolution|duration|size|position|timing|speed|everything\s+else|the\s+rest|rest"
             r"|(?:the\s+)?(?:other|remaining)\s+(?:slides|pictures|photos|images|shots|stills|ones|clips)|others"
             r"|[a-z0-9][a-z0-9_\-]*\.(?:jpe?g|png|webp|mp4|mov|webm|m4v|mp3|wav|m4a))")
_KEPT_SAID = (r"(?:(?:should|can|will|must)\s+)?(?:(?:stays?|remains?|is\s+kept|kept|left)(?:\s+(?:put|unchanged|untouched|as\s+(?:it\s+)?is"
              r"|the\s+same|where\s+(?:it\s+is|they\s+are)|intact|alone|in\s+place))?|unchanged|untouched|as\s+(?:it\s+)?is|intact"
              r"|(?:is|are)\s+fine)")
# (the thing said again after it is no thing kept: "captions can stay where they are but make them bold", set EL el137)
# (nor is a thing whose next verb follows: "the captions should stay and be yellow", corpus wave30_d)
_NOT_SAID_AGAIN = (r"(?!\s*,?\s*(?:but|and|just|though)\b[^.;!?]{0,40}\b(?:them|it|they|its|their)\b)"
                   r"(?!\s*,?\s*(?:and|but)\s+(?:be|get|turn|go|become|look|use|stay|move)\b)")
REWRITES = (
    (rf"(?:^|(?<=[,;:.!?—–]))\s*(?:-\s*)?(?:and\s+|but\s+)?(?:the\s+)?(?:{_KEPT_ONE})\s+{_KEPT_SAID}{_CLAUSE_END}{_NOT_SAID_AGAIN}", " "),
    (rf"\s+-\s+(?:and\s+|but\s+)?(?:the\s+)?(?:{_KEPT_ONE})\s+{_KEPT_SAID}{_CLAUSE_END}{_NOT_SAID_AGAIN}", " "),
    # (the wish done, said again: "…, go ahead and do that." was read as a second wish, set EN en070)
    (r"\s*[,;]\s*(?:and\s+)?(?:please\s+)?(?:go\s+ahead\s+and\s+)?do\s+(?:that|it|this|so)(?:\s+(?:for\s+(?:me|them|him|her|us)|please|now))?\s*(?=[.!]?\s*$)", ""),
    # (a switch wished turned on is on: "the owner wants beat sync turned on for the picture cuts" was read as the music
    # turned on, set EN en070)
    (r"\b(beat[\s-]*sync(?:ing|ed)?(?:\s+cuts)?|ducking|ken\s+burns(?:\s+(?:effect|motion|zoom))?)\s+turned\s+(on|off)\b", r"\1 \2"),
    (r"(?:^|(?<=[,;:—–]))\s*(?:the\s+)?same\s+(?:duration|length|timing|speed|size|position|colou?r|font)(?:\s+as\s+(?:before|now))?" + _CLAUSE_END, " "),
) + REWRITES
# (set EM em72, after the participle is read as a verb: "the captions centred at the bottom of the screen instead of on the
# left" is the bottom place)
REWRITES = REWRITES + (
    # (after the participles are read as verbs) the logo taken off the video and put on the end card: "…the logo gone from the corner and put on an end card saying
    # 'X' instead" (the card was made without it), "move the logo from the corner to an end card that says 'X'"
    (r"\b(remove\s+(?:the\s+)?(?:logo|watermark)\b[^.;!?]{0,30}?)\s*,?\s+and\s+(?:then\s+)?(?:(?:the|their|our)\s+(?:logo|watermark)\s+)?(?:put|placed|shown|moved|used|show|place|use|only|just|(?:(?:the\s+client|they|he|she)\s+)?(?:wants?|would\s+like|'d\s+like|would\s+rather\s+have|have)\s+it)\s+"
     r"(?:instead\s+)?(on|onto|in)\s+(?=(?:an?|the)\s+(?:end[\s-]*card|closing\s+card|final\s+card|outro|end\s+screen)\b)", r"\1 and put it \2 "),
    (r"\bmove\s+((?:the\s+|our\s+|their\s+)?(?:logo|watermark))\s+(?:from\s+the\s+(?:top\s+|bottom\s+)?(?:(?:left|right)\s+)?corner\s+)?"
     r"(?:to|onto|into)\s+((?:an?|the)\s+(?:end[\s-]*card|closing\s+card|final\s+card|outro|end\s+screen))\b", r"remove \1 and put it on \2"),
    (r"\b(?:centre|center)\s+((?:the\s+)?(?:captions?|subtitles|title|headline|logo|text))\s+(?:at|on|along|to)\s+the\s+(bottom|top)"
     r"(?:\s+of\s+the\s+(?:screen|frame|video))?", r"move \1 to the \2"),
)
# (sets EP, EN: wishes relayed with a modal or implied by a complaint) "it's over too quickly" is too short; a thing that
# "can go" or "we can't use anymore" is removed; the zooming that "makes her seasick", pictures that "move around too
# much": the motion off; "wants it at 15 seconds"; a second clause "and the ring should come first" is a clause of its own
# (its words were read as a caption's name: "the captions are too small and the gold ring should come first" made the
# ring's caption bigger, ep004); "…, no more than that"; Chinese modals before a verb: 应该放第一个, 一定要放进视频里,
# 结尾要加一张卡片; 画面一直在缩放，看久了有点晕; 画面被裁掉了一部分; 图片切换要卡在音乐的节拍上
_GOES_THING = (rf"(?:(?:the|that|this|our|their)\s+)?(?:{_KEPT_THING}|clips?|logo|sticker|watermark|end\s+card|(?:voice\s*-?\s*over|voiceover|narration)\s+recording)")
REWRITES = (
    (r"\b(?:it'?s|it\s+is|the\s+video\s+is|video'?s)\s+over\s+(?:way\s+|much\s+|a\s+bit\s+|a\s+little\s+)?too\s+(?:quickly|quick|fast|soon)\b"
     r"|\b(?:it|the\s+video)\s+ends\s+(?:way\s+|much\s+|a\s+bit\s+)?too\s+(?:quickly|fast|soon|early)\b", "it's too short"),
    # (a length wished before a fade in one sentence was taken for the fade's: "…and they'd like it longer, with a fade out
    # at the end" only faded, set EP ep037)
    (r"\bit'?s\s+too\s+short\s*[.,;]?\s*(?:and\s+)?(?:the\s+client|they|he|she)(?:\s+(?:wants?|would\s+like)|'d\s+like)\s+it\s+longer\b",
     "make the video longer"),
    (r"\b(?:make\s+)?(?:it|the\s+video)\s+(longer|shorter)\s*[,;]?\s*(?:and\s+|with\s+)(?=(?:a\s+|an\s+|add\s+a\s+)?fade)", r"make the video \1. "),
    (rf"\b({_GOES_THING})\s+(?:can|could|should|may)\s+(?:just\s+)?go\b(?=\s*(?:[,.;!?]|$|and\b|but\b|too\b|as\s+well\b|now\b|entirely\b|completely\b|altogether\b))",
     r"remove \1"),
    (rf"\b(?:we|they|you|i|the\s+client)\s+(?:can'?t|cannot|can\s+not|are\s+not\s+allowed\s+to|aren'?t\s+allowed\s+to|shouldn'?t)\s+use\s+({_GOES_THING})"
     r"(?:\s+any\s*more|\s+now)?(?:\s*[,;]\s*(?:so\s+)?(?:it|they)\s+(?:has|have|needs?|must)\s+to\s+(?:go|come\s+out|be\s+removed))?", r"remove \1"),
    (r"\b(?:all\s+)?(?:the\s+)?(?:zooming|zooms|panning|movement|motion)(?:\s+(?:on|in)\s+(?:the\s+)?(?:photos|pictures|images|pics|slides))?"
     r"\s+(?=makes?\s+(?:me|her|him|them|us|people|viewers|everyone|(?:my|our|the)\s+[a-z]+)\s)", "the zoom "),
    (r"\b(makes?)\s+(?:her|him|them|us|people|viewers|everyone|(?:my|our|the)\s+[a-z]+)\s+(?:a\s+bit\s+|kind\s+of\s+|a\s+little\s+|really\s+|so\s+)?(seasick|dizzy|nauseous|sick|queasy)\b",
     r"\1 me \2"),
    (r"\b(?:the\s+)?(?:photos|pictures|images|pics|slides|stills)\s+(?:move|moves|are\s+moving|keep\s+moving|shake|wobble|drift)\s+(?:around\s+)?"
     r"(?:too\s+much|a\s+lot|constantly|all\s+the\s+time)\b"
     r"|\bmove\s+the\s+(?:photos|pictures|images|pics|slides|stills)\s+around\s+(?:too\s+much|a\s+lot|constantly|all\s+the\s+time)\b", "turn off ken burns"),
    (r"\b(?:the\s+client|they|he|she|the\s+user|i|we)(?:\s+(?:wants?|would\s+like)|'d\s+like)\s+(it|the\s+(?:whole\s+)?(?:video|thing|slideshow|reel|ad|promo))"
     r"\s+(?:to\s+be\s+)?(?:at\s+)?(?=\d)", r"make \1 "),
    (r"\b(small|big|large|loud|quiet|long|short|slow|fast|dark|bright|plain|busy|cheap|boring|wrong|weird|ugly|blurry|much|tiny|huge"
     r"|off|read|see|hear)\s*,?\s+and\s+(?=(?:the|that|this|our|their|its)\s+[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,3}\s+(?:should|must|needs?\s+to|has\s+to|have\s+to)\b)", r"\1. "),
    (r"\s*[,;]\s*(?:and\s+)?(?:no\s+(?:more|longer)\s+than\s+that|not\s+(?:a\s+second\s+)?(?:more|longer))\b", ""),
    (r"\bthere'?s\s+too\s+much\s+text(?:\s+on\s+(?:the\s+)?screen)?\s+and\s+(?=(?:the\s+client\s+)?(?:wants?|would\s+like|'d\s+like))", ""),
    # (not when it goes onto the end card: a move the rules after read, or else leave whole)
    (r"(?:\b(?:i|we|they|he|she|the\s+client|the\s+user)\s*)?(?:\bwants?|\bwould\s+like|'d\s+like)\s+((?:the|all|every|both)\s+[a-z\-]+(?:(?<=clip)'s\s+(?:own\s+)?(?:sound|audio))?(?:\s+[a-z\-]+){0,3}?|all\s+of\s+it|it|them)\s+gone\b"
     r"(?!.*\b(?:card|outro|end\s+screen|closing|ending|final\s+(?:frame|slide|screen|shot)|at\s+the\s+end)\b)", r"remove \1"),
    (r"(?<![不没])(?:应该|应当|最好是|最好|一定要|必须得?|务必)\s*(?=放|排|挪|移|调|改|换|删|去掉|拿掉|加|用|写|在最|是第|静音|关)", ""),
    (r"(?<=[\u4e00-\u9fff])(?<![不想还也只需主])要\s*(?=加|写|放上|放在)", ""),
    (r"(?:画面|图片|照片|图)?\s*(?:一直|总是|老是|一直都)\s*(?:在)?\s*(?:缩放|晃动?|动来动去|晃来晃去|放大缩小|推拉|移动)[^，,。；;]{0,4}[，,]?\s*"
     r"(?:看久了|看着|看得|看一会儿?)?\s*(?:有点|有些|很|会|让人)?\s*(?:头晕|眼晕|晕|不舒服)(?:了)?", "关闭缩放"),
    (r"(?:画面|图片|照片|图)\s*被\s*(?:裁掉|裁剪|切掉|裁)了?\s*(?:一部分|一些|一点|一块)?(?:\s*[，,]\s*[\u4e00-\u9fffa-z\-]{1,8}?\s*看不全(?:了)?)?", "不要裁剪"),
    (r"(?:图片|画面|照片)?\s*切换\s*(?:要|得|需要)?\s*(?:卡在|跟着|对上|对准)\s*(?:音乐|背景音乐|bgm)?\s*(?:的)?\s*(?:节拍|节奏|鼓点)(?:上)?"
     r"(?:\s*[，,]\s*现在\s*(?:对不上|没对上|不准))?", "卡点"),
    (r"[，,]\s*不用(?:那么|这么)(?:久|长)(?:了)?", ""),
) + REWRITES
# (sets ES, ER: wrong edits) "it" after a sound said loud in its clause is that sound, not the last sound named there ("The
# clip's own audio is a bit loud next to the music and my voice, turn it down to half" turned the voice down); "like one
# full second"; "longer and softer"; a simile after the wish ("…, like a banner dropping at a grand opening" removed the
# title: "dropping"); "has to open the video"; a reason after the wish ("…, we don't even sell those anymore since…" left
# the removal unread); "use only 6 seconds of the clip" (the video was made 6 s long); "so they pop over the photos";
# "a quick wipe left"; 试试; 也再小一点 (the other sound's 80 % was copied to it); 也就是6秒 after 多给两秒; 现在动作太快看不清
# after 放慢 (the clip was made louder); 字幕…蹦出来很生硬，加个淡入 (the whole video faded in)
_LOUD_SOUND = (r"(?:the\s+)?(?:clip'?s?\s+(?:own\s+)?(?:audio|sound)|(?:background\s+)?music|voice\s*-?\s*over|voiceover|narration"
               r"|(?:original|clip|video)\s+(?:audio|sound))")
REWRITES = (
    # ("turn it down" is written "turn down it" by tidy's phrasal verbs before any rewrite runs)
    (rf"\b({_LOUD_SOUND})\s+(?:is|sounds|feels|gets)\s+(?:(?:a\s+bit|a\s+little|too|way\s+too|kind\s+of|pretty|really|so|very)\s+)*(?:loud|quiet|soft)\b"
     r"[^,.;!?]{0,50}[,;]\s*(?:so\s+)?(?:please\s+|can\s+you\s+|could\s+you\s+)?(turn|bring)\s+(down|up)\s+it\b", r"\2 \1 \3"),
    (r"\blike\s+(\d+(?:\.\d+)?)\s+(?:full|whole)\s+(seconds?)\b", r"\1 \2"),
    (r"\b(longer|shorter)\s+and\s+(?:softer|smoother|gentler|calmer|dreamier|subtler)\b", r"\1"),
    (r"\s*[,—–-]\s*like\s+(?:a|an)\s+[a-z]+\s+[a-z]+ing\b[^.;!?]*", ""),
    (r"\b(?:has|have|needs?)\s+to\s+(open|start|close|end)\s+the\s+(video|reel|ad|promo)\b", r"should \1 the \2"),
    (r"\s*,\s*(?:since\s+|as\s+|because\s+)?(?:we|they|i)\s+(?:don'?t|do\s+not|no\s+longer|can'?t)\s+(?:even\s+|really\s+)?(?:sell|stock|carry|make|have|offer)\b[^.;!?]*", ""),
    (r"\buse\s+only\s+(\d+(?:\.\d+)?\s*(?:seconds?|secs?|s))\s+of\s+((?:the\s+)?(?:video\s+)?clip|[a-z0-9\-]+\.(?:mp4|mov|webm|m4v))\b", r"trim \2 to \1"),
    (r"\s+so\s+(?:that\s+)?(?:they|it|people|viewers|you|the\s+text)\s+(?:pop|stands?\s+out|can\s+(?:be\s+)?(?:see|seen|read|hear|heard)|(?:are|is)\s+(?:easier|readable|visible|legible))\b[^.;!?]*", ""),
    (r"\b(?:a\s+)?(?:quick|fast|snappy|slick|clean)\s+(?=(?:wipe|slide)[\s-]*(?:left|right|up|down)\b)", "a "),
    # (a fade's length said before its colour: "fade out 2s to white at the end" faded to white over 1 s, the 2 s went to a
    # fade to black read first; EO eo123 "fade in 1s from black")
    (r"\bfade\s+(in|out)\s+(?:over\s+|for\s+)?(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\s+(to|from|into|through)\s+(black|white)\b", r"fade \1 \3 \4 over \2"),
    # the whole video's fades said as a list after a label: "Video fade: in 1s, out 1s (black), whole-video fades."
    (r"\b(?:(?:the\s+)?(?:whole[\s-]+)?video\s+)?fades?\s*:\s*in\s+(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\s*,\s*(?:and\s+)?out\s+(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))"
     r"(?:\s*\(?\s*(black|white)\s*\)?)?(?:\s*,\s*(?:whole[\s-]+video|full[\s-]+video|both)\s+fades?)?", r"fade in from \3 over \1, fade out to \3 over \2"),
    # "Reverse the slide order: gold-ring.jpg first, red-sneaker.jpg last." (the list only says what reversing does; it moved
    # one picture, set EO eo003)
    (r"\b(reverse\s+(?:the\s+)?(?:slide|picture|photo|image|pic|shot)?\s*order)\s*[:,—–\-]\s*(?:[^.;!?]|\.(?=[a-z0-9])){1,60}?\bfirst\s*,\s*(?:and\s+)?(?:[^.;!?]|\.(?=[a-z0-9])){1,40}?\blast\b", r"\1"),
    # (set EN: the new value said, then the one it is now: "…extended to 30 seconds instead of the current 20", "…square
    # instead of widescreen", "…the last picture instead of the first one", "…shown for five seconds instead of under
    # four": what it is now is no second wish, and it left the whole not understood)
    (r"\s*,?\s+(?:instead\s+of|rather\s+than)\s+(?:(?:the|its|a|an)\s+)?(?:(?:current|existing|present|old|original|usual|default)\b[^,.;!?]{0,20}?"
     r"|(?:widescreen|wide\s+screen|landscape|horizontal|vertical|portrait|square|16:9|9:16|1:1|4:5)(?:\s+(?:one|version|format))?"
     r"|(?:under|over|about|around|just\s+under|just\s+over)?\s*\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|%|fps|x)?"
     r"|(?:first|last|second|third)(?:\s+one)?)(?=\s*(?:[,.;!?]|$))", ""),
    # a place in the order said with "up"/"down" and the neighbour it then has ("…moved up to second place, right after the
    # red sneaker"), or as what the picture should be ("…the sneaker photo to be the last picture"), set EN
    (r"\s+(?:up|down|forward|back)\s+(?=to\s+(?:the\s+)?(?:(?:first|second|third|fourth|fifth|last)\s+(?:place|position|spot|slot)|position|front)\b)", " "),
    # (and "to the second spot, just after …": set GS)
    (r"\b((?:to|in|into)\s+(?:position\s+\d+|(?:the\s+)?(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+(?:place|position|spot|slot)))\s*,\s*(?:right\s+|just\s+|directly\s+)?"
     r"(?:after|before|behind|following)\s+(?:the\s+)?[a-z0-9\-. ]{1,30}?(?=\s*(?:[,;!?]|\.(?:\s|$)|$))", r"\1"),
    (r"\b(?:wants?|would\s+like|'d\s+like)\s+((?:the\s+)?[a-z0-9\-.]+(?:\s+[a-z0-9\-.]+){0,2}?)\s+to\s+(?:be|become|go|come)\s+(?:the\s+)?"
     r"(first|last|second|third|fourth|fifth)(?:\s+(?:picture|photo|image|one|slide|shot|pic|thing))?\b", r"put \1 \2"),
    # the cuts on the beat said by the pictures' changes: "time each photo change to the rhythm of the song", "snap the
    # picture switches to the music's beats", "I want the photos to change in time with the song", "the slides don't change
    # with the music at all" (sets EN, ES: not understood)
    (r"\b(?:time|sync|snap|match|line\s+up|align|cut|lock|set)\s+(?:each\s+|every\s+|all\s+)?(?:of\s+)?(?:the\s+)?(?:photo|picture|image|slide|pic|shot)s?\s*(?:'s\s+)?"
     r"(?:changes?|switch(?:es)?|transitions?|swaps?|cuts?|changing)\s+(?:up\s+)?(?:to|with)\s+(?:the\s+)?(?:rhythm|beats?|tempo|music|song|track)(?:'s\s+beats?)?\b"
     r"(?:\s+of\s+the\s+(?:song|music|track))?", "sync the cuts to the beat"),
    (r"\b(?:(?:i|we|they|the\s+client)\s+(?:want|wants|would\s+like|'d\s+like)\s+)?(?:the\s+)?(?:photos|pictures|images|slides|pics|shots)\s+(?:to\s+)?(?:change|switch|cut|move\s+on)\s+(?:in\s+time|on\s+the\s+beat|to\s+the\s+beat|with\s+the\s+beat)"
     r"(?:\s+(?:with|to|of)\s+the\s+(?:song|music|track|beat))?\b", "sync the cuts to the beat"),
    (r"\b(?:the\s+)?(?:photos|pictures|images|slides|pics|shots)\s+(?:don'?t|do\s+not|never)\s+(?:change|switch|cut)\s+(?:with|to|on)\s+(?:the\s+)?(?:music|song|beat|rhythm)"
     r"(?:\s+at\s+all)?\b", "sync the cuts to the beat"),
    # other people's videos the wish is like: "…, like those satisfying TikToks everyone's posting" (left all not understood)
    (r"\s*,\s*(?:just\s+|kind\s+of\s+|sort\s+of\s+)?like\s+(?:those|these|all\s+(?:the|those)|the\s+ones|other\s+(?:people'?s|shops'?|brands'?))\s+[^.;!?]*", ""),
    # how it is now, said after the wish: "…, right now it feels off rhythm for my store's vibe" (the whole was not understood)
    (r"\s*[,;]\s*(?:because\s+|since\s+|as\s+)?(?:right\s+now|currently|at\s+the\s+moment|for\s+now)\s+(?:it|this|the\s+video)\s+(?:feels|looks|seems|is|sounds)\s+[^.;!?]*", ""),
    # "Title timing: on screen 5s, starting at 1s", "title on screen for 5s starting at 1s" (the 5 s was read as its start)
    (r"\b(?:the\s+)?(title|headline)(?:\s+timing\s*:|\s+(?:on\s+screen|visible|shown))\s*(?:(?:on\s+screen|visible|shown|up)\s+)?(?:for\s+)?"
     r"(?=\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b(?!\s+(?:longer|shorter|more|less|extra|earlier|later)\b))", r"show the \1 for "),
    # "Duration: 20s -> 12s": from one value to the next (the arrow was a space, and 20 + 12 s was read)
    (r"(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?|%|fps)\s*(?:→|->|=>|⟶|➡)\s*(?=\d)", "to "),
    # "0.3s between the four pictures": the transitions' length, the pictures only say where they are
    # (only after "transitions": "between the pics" is what makes a fade or a dissolve a transition, ed164)
    (r"\b(transitions?)\b((?:[^.;!?]|\.(?=\d)){0,40}?)\s+between\s+(?:all\s+)?(?:the\s+)?(?:\d+\s+|four\s+|five\s+|three\s+)?"
     r"(?:pictures|photos|images|slides|shots|pics|stills)\b", r"\1\2"),
    # "Trim clip.mp4 in-point to 4s": where it starts (read as its length: 0-4 s)
    (r"\b(trim\s+(?:the\s+)?(?:video\s+)?(?:clip|[a-z0-9\-]+\.(?:mp4|mov|webm|m4v)))(?:'s)?\s+in[\s-]?point\s+(?:to|at)\s+(?=\d)", r"\1 to start at "),
    (r"\b((?:the\s+)?(?:video\s+)?(?:clip|[a-z0-9\-]+\.(?:mp4|mov|webm|m4v)))(?:'s)?\s+in[\s-]?point\s*(?:to|at|:|=|->)?\s*(?=\d)", r"trim \1 to start at "),
    (r"(?<=\d)\s*(?:试试看|试试|试一下)", ""),
    (r"(音乐|背景音乐|配乐|bgm|旁白|配音|人声|原声)\s*也\s*(?=再|稍微|小一?点|大一?点|轻一?点|响一?点|低一?点|高一?点)", r"\1"),
    (r"(多给|多放|延长|加长)\s*(\d+(?:\.\d+)?\s*秒)\s*[，,]\s*也就是\s*\d+(?:\.\d+)?\s*秒", r"\1\2"),
    (r"(放慢|慢一点|慢一些|慢点)\s*[，,]\s*(?:因为)?\s*现在\s*(?:的)?\s*(?:动作|画面|节奏)?\s*太快(?:了)?\s*(?:看不清(?:楚)?)?", r"\1"),
    (r"(字幕|标题)[^，,。]{0,10}(?:蹦出来|跳出来|弹出来|冒出来|出来|出现)[^，,。]{0,8}[，,]\s*(?:加个|加一个|加上|改成|换成|用)\s*淡入(?:的)?(?:效果)?", r"\1淡入"),
    (r"帧率\s*(?:降到|降低到|调低到|减到|降为|调到|调高到|提高到|升到)\s*(?=\d)", "帧率改成"),
    # (the picture named before, said to open the video: "the ring is our bestseller — it has to open the video", set ES es096)
    # ("…, it should start the video" of a picture not on the timeline yet is an addition at the start: corpus wave37_v)
    (r"\b(?:should|must|needs?\s+to|has\s+to|have\s+to)\s+(?:open|kick\s+off|lead)\s+(?:the\s+)?(?:video|reel|ad|promo|slideshow)\b", "should come first"),
    # ("the cap should close out the video", set ET et002)
    (r"\b(?:should|must|needs?\s+to|has\s+to|have\s+to)\s+(?:close(?:\s+out)?|end|finish)\s+(?:the\s+)?(?:video|reel|ad|promo|slideshow)\b", "should come last"),
    (r"(?:^|(?<=[.;!?—–,]))\s*it\s+should\s+come\s+(first|last)\b", r" put it \1"),
    # the music's dipping said as what it does: "别自动压低", "不要自动降低音乐" (was not understood); the end turning white or
    # black: "结尾渐渐变成白屏"
    (r"(?:别|不要|不用|不需要|关掉|关闭|取消)\s*(?:再)?\s*(?:自动)\s*(?:压低|降低|调低|变小|减弱)(?:音乐|背景音乐|音量)?", "不要闪避"),
    (r"(结尾|片尾|最后|末尾)\s*(?:的时候)?\s*(?:慢慢|渐渐|逐渐|缓缓)?\s*(?:地)?\s*(?:变成|变为|变|转成|过渡到|淡到)\s*(白|黑)\s*(?:屏|色|场|幕)",
     r"\1淡出到\2色"),
) + REWRITES
# (set ER er140, after "一半" is written 50%) a sound complained of, then the level it should have
REWRITES = REWRITES + (
    # (a sound complained of, then the level it should have: "clip.mp4的现场声音太大了，调到一半" lowered it a step and left the
    # 50 % unread, set ER er140)
    (r"(?:的)?\s*(?:现场)?\s*(声音|音量|原声)\s*(?:有点|有些)?\s*(?:太大了?|太吵了?|太响了?|太小了?|太轻了?|太低了?)\s*[，,]\s*(?=(?:调到|调成|降到|改成|设为|设成|调低到|调高到)\s*\d)", r"的\1"),
)
# (set ES, a shop owner typing with context) the whole video's fade said as how it starts or ends ("Start the video by
# fading in from black"); a style put on "it"; a picture named twice ("The second photo, the backpack, can be shorter");
# a picture that "can open the video"; a sound that fights with another, "lower it"; the clip's first seconds described,
# then "cut those out"; "just use the first four seconds of it"; "trim it down to"; "No moving photos"; nothing chopped off,
# fit fully inside the frame; a call to action "something like 'X'"; the brand colour said, then "set that as the brand
# colour"; "save serif as the brand font"; the music's dipping stopped "whenever I talk"; "I want the backpack first"
REWRITES = REWRITES + (
    (r"\b(?:start|open|begin)\s+(?:the\s+video|it|things|the\s+whole\s+thing)\s+(?:off\s+)?(?:by|with)\s+(?:a\s+)?fad(?:ing|e)(?:\s+it)?\s+in\s+from\s+(black|white)\b",
     r"fade in from \1 at the start"),
    (r"\b(?:end|finish|close)\s+(?:the\s+video|it|things|the\s+whole\s+thing)\s+(?:off\s+)?(?:by|with)\s+(?:a\s+)?fad(?:ing|e)(?:\s+it)?\s+out(?:\s+to\s+(black|white))?\b",
     r"fade out to \1 at the end"),
    (r"\bfade out to  at the end\b", "fade out at the end"),
    (r"\b(?:put|set|switch|change|turn)\s+it\s+(?:on|to|in|into)\s+(?:the\s+)?(energetic|elegant|minimal|sale)\s+(?:preset|style|look|template|theme)\b",
     r"use the \1 preset"),
    (r"\b(the\s+(?:first|second|third|fourth|fifth|last)\s+(?:photo|picture|image|pic|shot|slide))\s*,\s*(?:the\s+)?[a-z\-]+(?:\s+[a-z\-]+)?\s*,\s*", r"\1 "),
    (r"\b(?:can|could)\s+((?:the\s+)?[a-z0-9\-.]+(?:\s+[a-z0-9\-.]+){0,2}?)\s+(?:open|start|kick\s+off|lead)\s+(?:the\s+)?(?:video|reel|ad|promo)\b"
     r"(?:\s+instead\s+of\s+(?:closing|ending)\s+it)?", r"put \1 first"),
    (rf"\b({_LOUD_SOUND})\s+(?:fights\s+with|drowns\s+out|drowns|covers|competes\s+with|overpowers|clashes\s+with|is\s+louder\s+than|steps\s+on)\b"
     r"[^,.;!?]{0,50}[,;]\s*(?:so\s+)?(?:please\s+|can\s+you\s+|could\s+you\s+)?(?:lower|reduce|quieten|soften)\s+it\b", r"lower \1"),
    (r"\bthe\s+first\s+(\d+(?:\.\d+)?\s*(?:seconds?|secs?|s))\s+of\s+((?:the\s+)?(?:video\s+)?clip|[a-z0-9\-]+\.(?:mp4|mov|webm|m4v)|the\s+[a-z]+\s+video)\s+(?:are|is)\s+"
     r"[^,.;!?]{0,60}[,;]\s*(?:so\s+)?(?:please\s+)?(?:cut|trim|remove|drop|chop)\s+(?:those|them|that|it)(?:\s+(?:out|off))?\b", r"cut the first \1 of \2"),
    (r"\b(?:just\s+|only\s+)?use\s+(?:only\s+|just\s+)?the\s+first\s+(\d+(?:\.\d+)?\s*(?:seconds?|secs?|s))\s+of\s+it\b", r"trim it to the first \1"),
    (r"\btrim\s+it\s+down\s+to\b", "trim it to"),
    (r"\bno\s+(?:moving|animated|zooming|panning|drifting)\s+(?:photos|pictures|images|stills|pics|slides)\b", "turn off ken burns"),
    (r"\b(?:i|we)\s+(?:need|want)\s+to\s+see\s+the\s+(?:entire|whole|full)\s+(?:product|thing|item|picture|photo)s?(?:\s+in\s+every\s+(?:frame|shot|picture))?", "make sure nothing gets cropped"),
    (r"\b(?:nothing|no\s+part(?:\s+of\s+(?:it|the\s+product))?)\s+(?:gets\s+|being\s+)?(?:chopped|cut|cropped|clipped)\s+off\b"
     r"|\b(?:fit|show)\s+(?:the\s+(?:pictures|photos|images)\s+)?(?:fully|completely|entirely)\s+inside\s+the\s+frame\b(?:\s+instead\s+of\s+filling\s+it)?",
     "make sure nothing gets cropped"),
    (r"\b(?:an?\s+)?call[\s-]+to[\s-]+action\s*[?.!,:—–]?\s*(?:something\s+like|like|saying|that\s+says|e\.g\.?|such\s+as)\s*[:,]?\s*(?=\ue000)", "an end card saying "),
    (r"(\bbrand\s+colou?r\s+is\s+#?[0-9a-z]+\b[^;!?]{0,80}?)\s*(?:please\s+)?(?:set|save|use|make)\s+(?:that|this|it)\s+(?:as\s+)?(?:the|our|my)\s+brand\s+colou?r"
     r"(?:\s+for\s+(?:this|the)\s+video)?", r"\1"),
    (r"\b(?:(?:can|could)\s+you\s+)?(?:please\s+)?(?:save|set|use|make)\s+(serif|sans|display|handwriting|playfair|cjk)\s+(?:as|for)\s+(?:the|our|my)\s+brand\s+font\b",
     r"; our brand font is \1"),
    (r"\bbrand\s+font\s+is\s+an?\s+(serif|sans|display|handwriting)\s+(?:one|1|font|typeface)\s*,\s*(?=;)", ""),
    (r"\b(turn\s+off\s+(?:the\s+)?ducking)\s+and\s+(?:just\s+)?keep\s+it\s+at\s+(?=\d)", r"\1 and set the music to "),
    (r"\b(?:i|we)\s+(?:want|need|'d\s+like|would\s+like)\s+(?=(?:the\s+)?(?!(?:a|an|the|one|some)\s)[a-z\-]+\s+(?:first|last)\b(?!\s+(?:slide|card|frame|screen|page)))", "put "),
)
# the ending faded, said in Chinese (one list for the rows below that read "收尾淡出", "结尾要淡出")
_FADE_OUT_ZH = "淡出|渐隐|渐出|渐暗|变黑|渐黑"
# (wave 50) read before the purpose clause ("so it …") is dropped and before an ordinal's place rule
REWRITES = (
    # (wave 50, host agents' precise wording) "trim clip.mp4 so it uses only seconds 2 to 7 of the footage": that part of the
    # clip (set FB fb079 asked which); "move clip.mp4 to the beginning, before the four pictures": the place said twice (set
    # FB fb084 was not understood); "set the title's exit animation so it slides out to the left" (set FB fb069 was not read)
    (r"\b(trim|cut|edit)\s+((?:the\s+)?(?:video\s+)?clip|[a-z0-9_\-]+\.(?:mp4|mov|webm|m4v|mkv)|the\s+[a-z0-9\-]+\s+(?:clip|video|footage))\s+"
     r"so\s+(?:that\s+)?it\s+(?:only\s+)?(?:uses|keeps|plays|shows)\s+(?:only\s+|just\s+)?(?:seconds?\s+)?(?:from\s+)?(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)?\s*"
     r"(?:to|-|–|through|until|till)\s*(\d+(?:\.\d+)?)(?:\s*(?:s|secs?|seconds?)\b)?(?:\s+of\s+(?:the\s+|its\s+)?(?:footage|clip|video|source|recording))?",
     r"\1 \2 to \3s-\4s"),
    (r"(\bto\s+the\s+(?:very\s+)?(?:beginning|start|front))\s*,?\s*(?:so\s+it\s+(?:comes|plays|goes)\s+)?(?:before|ahead\s+of|in\s+front\s+of)\s+"
     r"(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:\d+\s+|two\s+|three\s+|four\s+|five\s+|other\s+)?(?:pictures|photos|images|stills|slides)\b", r"\1"),
    (r"\b(?:set|change|make)\s+the\s+(title|captions?)(?:'s|s')?\s+(?:exit|out|outro|ending)\s+(?:animation|effect)\s+so\s+(?:that\s+)?(?:it|they)\s+"
     r"(slides?|fades?|drops?|moves?)\s+out\b", r"make the \1 \2 out"),
    (r"\b(?:set|change|make)\s+the\s+(title|captions?)(?:'s|s')?\s+(?:entrance|intro|in|opening)\s+(?:animation|effect)\s+so\s+(?:that\s+)?(?:it|they)\s+"
     r"(slides?|fades?|drops?|moves?|pops?)\s+in\b", r"make the \1 \2 in"),
    # "红色运动鞋那张图太亮了不要用": a picture's look complained of right before it is dropped is why (set EG eg048 left it
    # unread)
    (r"((?:那张|这张|那幅|这幅)(?:图片|照片|图)?)\s*(?:太|有点|有些|比较|实在)(?:亮|暗|糊|模糊|丑|难看|土|花|乱|普通|重复|多余)了?\s*[,，]?\s*"
     r"(?=不要用|别用|不用了|不要了|去掉|删掉|撤掉|拿掉)", r"\1"),
    # "title font should look more like a headline", "make the title font more headline-like": the display font (set EW
    # ew035 was not read)
    (r"\b(title|captions?)(?:'s)?\s+font\s+(?:should|could|needs\s+to|has\s+to|to)\s+(?:look|be|feel)\s+(?:more\s+|a\s+bit\s+more\s+)?"
     r"like\s+an?\s+(?:headline|heading|poster|magazine)(?:\s+font)?\b", r"\1 in the display font"),
    (r"\bmake\s+the\s+(title|captions?)(?:'s)?\s+font\s+(?:more\s+|a\s+bit\s+more\s+)?(?:headline|heading|poster)[\s-]*(?:like|style|y)\b",
     r"\1 in the display font"),
    # "add the ring, and captions with the names under each product": captions of the file names (set EW ew105 was not read)
    (r"(?:\badd\s+)?\bcaptions?\s+with\s+(?:the\s+|their\s+)?(?:product\s+)?names?\s+(?:under|below|beneath|on|for)\s+(?:each|every)\s+"
     r"(?:product|picture|photo|image|pic|one|shot)s?\b", "add captions"),
    # "片尾2秒淡出": the ending faded over 2 s, never a 2-s end card (held-out shape: a card was added), as "结尾2秒淡出" reads;
    # "收尾淡出", "结束时候淡出", "结尾要淡出", "片尾黑场", "结尾渐暗" the same fade (were not understood)
    (r"片尾(\s*(?:\d+(?:\.\d+)?|[一二两三四五])\s*秒\s*(?:的)?\s*(?:淡出|渐隐|渐出|变黑|渐黑|淡到黑))", r"结尾\1"),
    (rf"(?:收尾|结束)(?:的)?(?:时候|时)?(?=\s*(?:要|需要|再|就)?\s*(?:{_FADE_OUT_ZH}))", "结尾"),
    (rf"(结尾|片尾|最后)\s*(?:要|需要|得|再)\s*(?={_FADE_OUT_ZH})", r"\1"),
    (r"(?<![和跟、与及])(结尾|片尾|最后)\s*(?:加个|加上|来个|做个)?\s*(?:黑场|渐暗)(?![\u4e00-\u9fff]*淡入)", r"\1淡出到黑"),
    # a text's exit said as "fade away", "fly out" (were not understood)
    (r"\b(title|headline|captions?)\s+(should\s+|to\s+|can\s+|could\s+)?fade\s+away\b", r"\1 \2fade out"),
    (r"\b(title|headline|captions?)\s+(should\s+|to\s+|can\s+|could\s+)?fly\s+(out|in)\b", r"\1 \2slide \3"),
    # "logo最后3秒再出来，前面都不要": not before them says the span again, never a removal (set FD fd076 removed the logo)
    (r"((?:最后|结尾)\s*\d+(?:\.\d+)?\s*秒[^。；;！!？?]{0,12}?)[,，]\s*(?:前面|之前|其他时间|其余时间|别的时候)\s*(?:都|就)?\s*"
     r"(?:不要|不用|不显示|别显示|别出现|不出现|不要出现|不要显示)(?:了)?", r"\1"),
    # "could we have the sneaker and the backpack each one second shorter?": those two, each a second shorter (set FC fc141
    # made the whole video a second shorter)
    (r"(\band\s+(?:the\s+)?[a-z0-9\-]+(?:\s+(?:one|shot|pic|picture|photo|image))?\s+)each\s+"
     r"(?:be\s+)?(?=\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\s+(?:shorter|longer)\b)", r"\1"),
    # "the logo might be covering part of the title? not sure. anyway, move it …": a thing said perhaps to cover another is
    # the "it" after, as when it is said to (set FC fc138 moved the title too)
    (r"\b(?:might|may|could)\s+be\s+(covering|blocking|hiding|overlapping)\s+(?:part\s+of\s+|some\s+of\s+)?", r"is \1 "),
    (r"(\bis\s+(?:covering|blocking|hiding|overlapping)\s+(?:the\s+)?[a-z]+)\s*\?\s*(?:not\s+sure|idk|maybe)\s*[.,]?\s*(?:anyway|anyhow|either\s+way)?\s*,?\s*",
     r"\1, "),
    # "Title needs to be shorter, just Summer Picks.": its words made shorter, the words said after (set FC fc145 made the
    # title's time 2 s)
    (r"\b(title|headline)\s+(?:needs\s+to\s+be|should\s+be|could\s+be|has\s+to\s+be|is\s+too\s+long)\s*(?:a\s+bit\s+|much\s+)?(?:shorter)?\s*[,:;\-—–]\s*"
     r"(?:just|like|maybe|something\s+like|e\.g\.?|say|call\s+it)\s+(?=[a-z0-9\ue000])", r"change the \1 to "),
    # (Chinese chat, set FD) "画面缩放停掉": the motion turned off (停 as 关, same length); "配乐调到0.2": a level said as a
    # fraction; "标题用打字机动效出来，停5秒": the entrance said with 出来, its time with 停 (were not read)
    (r"(缩放|动效|运镜|镜头运动|推拉|晃动)(\s*(?:效果)?\s*)停(掉|了)", r"\1\2关\3"),
    (r"(缩放|动效|运镜|镜头运动|推拉|晃动)(\s*(?:效果)?\s*)停止", r"\1\2关掉"),
    (r"((?:音乐|配乐|背景音乐|bgm|人声|配音|旁白|原声)\s*(?:的)?\s*(?:音量)?\s*(?:调到|调成|改成|设为|设成|降到|调低到|调高到)\s*)0\.(\d)(?![\d%])", r"\g<1>\g<2>0%"),
    (r"((?:音乐|配乐|背景音乐|bgm|人声|配音|旁白|原声)\s*(?:的)?\s*(?:音量)?\s*(?:调到|调成|改成|设为|设成|降到|调低到|调高到)\s*)0\.(\d\d)(?![\d%])", r"\g<1>\g<2>%"),
    (r"((?:动效|效果|动画)\s*)出来(?=\s*[,，]|\s*$)", r"\1"),
    # "use a wipe to the left", "a left wipe": the wipe transition that way (set FC fc058 left it unread, unsaid)
    (r"\b(?:an?\s+)?wipe\s+(?:to|towards)\s+the\s+(left|right)\b(?!\s+transitions?)", r"wipe\1 transitions"),
    (r"\b(?:an?\s+)?(left|right)(?:ward)?\s+wipe\b(?!\s+transitions?)", r"wipe\1 transitions"),
    # "the video should end on a black fade": the ending faded to black (was not understood)
    (r"\b(?:end|finish|close)\s+(?:on|with)\s+an?\s+(black|white)\s+fade\b", r"fade out to \1 at the end"),
    # "could it stay up for 5 seconds, and sit at the top?": "it" put there (set FC fc031 left it unread)
    (r"(\bit\b[^.;!?]{1,60}?,?\s*and\s+)(?:sit|be|go|move)\s+(?=(?:at|in|on|to)\s+the\s+(?:very\s+)?(?:top|bottom|middle|center|centre|left|right|upper|lower)\b)",
     r"\1put it "),
    # "hate the zoom": the slow zoom turned off (set FC fc005 left it unread)
    (r"\b(?:i\s+|we\s+|they\s+|she\s+|he\s+)?(?:hate|hates|dislike|dislikes)\s+the\s+(?:slow\s+)?(?:zoom(?:ing)?|ken\s+burns|zoom\s+effect|motion)\b",
     "turn off the slow zoom"),
    # "Keep the music though.": "though" ends the clause, no word of it (set FC fc039 left it unread)
    (r"\b((?:keep|leave)\s+[^.;!?,]{1,40}?)\s*,?\s+though(?=\s*(?:$|[.;!?,]))", r"\1"),
    # "片尾也放logo写“关注不迷路”": the logo on the card, and its words (was not understood)
    (r"((?:片尾|结尾卡片?|尾卡)\s*(?:也|再|还)?\s*(?:放|加|带|用)(?:上)?\s*(?:logo|标志|[a-z0-9_\-]+\.(?:png|jpe?g|webp)))\s*(?=写|写上|写着)",
     r"\1，"),
    (r"((?:片尾|结尾卡片?|尾卡)\s*)(?:也|再|还)(?=\s*(?:放|加|带|用)(?:上)?\s*(?:logo|标志|[a-z0-9_\-]+\.(?:png|jpe?g|webp)))", r"\1"),
    (r"(\d+(?:\.\d+)?\s*秒)\s*(?:就行|就好|就可以|即可)(?:了|啦)?(?=\s*(?:$|[,，。;；!！]))", r"\1"),
    (r"((标题|字幕)[^，,。；;]{0,12}?(?:动效|效果|动画))\s*([,，])\s*(?=(?:显示|停留|持续|停)\s*\d)", r"\1\3\2"),
    (r"(^|[,，;；]\s*)(?:再)?停(?:留)?\s*(?=\d+(?:\.\d+)?\s*秒\s*(?:就行|就好|就可以|吧|左右)?\s*(?:$|[,，。;；]))", r"\1显示"),
    # "视频紧跟在帽子后面": right after it (set EG eg060 left it unread)
    (r"(?:紧跟在|紧接在|紧挨在|紧跟着|跟在)(?=[^，。,；;]{1,12}?(?:后面|后边|之后|后头|前面|前边|之前))", "放在"),
    # "clip 剪成 3 秒，从 1 秒开始": how long, then where it starts, as "从第1秒开始，用3秒" reads (set EG eg109 was not read)
    (r"(\bclip\b|[a-z0-9_\-]+\.(?:mp4|mov)|视频片段|视频|片段)\s*(?:剪成|剪到|截成|截到|裁成|裁到)\s*(\d+(?:\.\d+)?)\s*秒\s*[,，]?\s*从\s*(?:第\s*)?(\d+(?:\.\d+)?)\s*秒\s*(?:开始|起)",
     r"\1从第\3秒开始，用\2秒"),
    # "Use the logo on the end card, and add 'Visit our store' as its text", "…, and make its text 'X'" (set EY ey076 made the
    # card with the title's words)
    (r"(\b(?:end\s+card|outro|closing\s+card|end\s+screen)\b[^.;!?]{0,60}?)\b(?:add|put|use|set)\s+(\ue000\d+\ue001)\s+as\s+(?:its|the\s+card'?s?)\s+"
     r"(?:text|words|wording|line|message)\b", r"\1make the end card say \2"),
    (r"(\b(?:end\s+card|outro|closing\s+card|end\s+screen)\b[^.;!?]{0,60}?)\b(?:make|set|change)\s+its\s+(?:text|words|wording)\s+(?:to\s+|say\s+)?(\ue000\d+\ue001)",
     r"\1make the end card say \2"),
    # "标题改短一点，就叫“精选”": the title's new words (set EG eg099 was not read)
    (r"(标题|大标题)\s*(?:改|写|弄)?\s*(?:得)?\s*(?:短|简短|简单)\s*(?:一点|一些|点|些)\s*[,，]?\s*(?:就)?\s*(?:叫|改成|写成|写)\s*(?=\ue000)", r"\1改成"),
    # "Fade in over one second at the start and do the same at the end": the fade out, the same (set EY ey018 faded in alone)
    (r"(\bfade\s+in\b[^.;!?]{0,40}?\b(?:over|for|in)\s+(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\b[^.;!?]{0,30}?)\s*,?\s*and\s+"
     r"(?:do\s+the\s+same|(?:the\s+)?same(?:\s+thing)?)\s+at\s+the\s+end\b", r"\1 and fade out over \2 at the end"),
    (r"(\bfade\s+in\b[^.;!?]{0,40}?)\s*,?\s*and\s+(?:do\s+the\s+same|(?:the\s+)?same(?:\s+thing)?)\s+at\s+the\s+end\b", r"\1 and fade out at the end"),
    # ", if that's possible": polite, no condition to check (set FC fc040 was not understood)
    (r"\s*,?\s*\bif\s+(?:that'?s|that\s+is|it'?s|it\s+is|this\s+is)\s+(?:at\s+all\s+)?(?:possible|doable|ok|okay)\b", ""),
    # "鞋子放到片尾", "戒指挪到片尾": a picture put at the end of the order (片尾 read as the end card: not understood, or a card);
    # the logo, a sticker or words put there stay the card's (same length)
    (r"(^|[，,；;。]\s*)((?:(?!logo|标志|水印|贴纸|文字|字|卡片|卡|片尾|标题|音乐|配乐|配音|旁白|二维码|网址|文案|链接)[^，,；;。\ue000]){1,12}?(?:放|挪|移|排)(?:到|在)?)\s*片尾(?![卡页画])", r"\1\2最后"),
    # the music kept at one level while the voice talks, said in Chinese chat: "说话时音乐不要降" (it removed the music: 不要 read as
    # "don't want"), "人声出来时不要压低", "别躲人声", "别忽大忽小", "全程一样大", "取消音乐压低" (dropped unsaid, or not understood)
    (r"(?:(?:说话|讲话|人声|配音|旁白)\s*(?:出来|出现|响起|进来)?\s*(?:的)?\s*(?:时候?|时)\s*)(?:背景)?(?:音乐|配乐|bgm)?\s*(?:都|也)?\s*(?:不要|别|不用|无需|不需要)\s*"
     r"(?:自动)?(?:降低?|压低|变小|躲|避让|闪避|让)(?:\s*[，,]\s*(?:保持原样|保持不变|保持一样|一直一样))?", "关掉音乐避让"),
    (r"(?:背景)?(?:音乐|配乐|bgm)\s*(?:不要|别|不用)\s*(?:自动)?\s*(?:降低?|压低|变小)\s*(?=$|[，,。；;！!])", "关掉音乐避让"),
    (r"(?:(?:背景)?(?:音乐|配乐|bgm)\s*)?(?:不要|别|不用)\s*(?:躲|避让|让)\s*(?:一下)?\s*(?:人声|配音|旁白|说话)", "关掉音乐避让"),
    (r"(?:背景)?(?:音乐|配乐|bgm)\s*(?:别|不要)\s*忽大忽小", "关掉音乐避让"),
    (r"(?:(?<=[，,])\s*|(?:背景)?(?:音乐|配乐|bgm)\s*)(?:一直|全程|始终)\s*(?:保持)?\s*(?:一样大|同样大|(?:同)?(?:一|1)\s*个音量|音量不变)",
     "关掉音乐避让"),
    (r"取消\s*(?:背景)?(?:音乐|配乐)?\s*(?:的)?\s*(?:自动)?(?:压低|避让|闪避)", "关掉音乐避让"),
    # "have the cuts on the beat of the music": synced (read before the cuts' own rewrite; set FC fc040 was not read)
    (r"\b(?:have|put|get|place)\s+the\s+cuts\s+(?:on|to|with)\s+the\s+beats?(?:\s+of\s+the\s+(?:music|song|track))?\b", "sync the cuts to the beat"),
    # "并在卡片上使用logo.png": the logo put on the card (set FB fb141 left it unread; "放上" is read; same length)
    (r"(在\s*(?:卡片|片尾|结尾卡片?)\s*上\s*)(?:使用|用上)(?=\s*(?:logo|[a-z0-9_\-]+\.(?:png|jpe?g|webp)))", r"\1放上"),
) + REWRITES
# "centre them at the bottom" (as the participle rewrites write "she wants them centred at the bottom"): the bottom place,
# as "centred at the bottom" (set FC fc106 was not read); after those rewrites
REWRITES = REWRITES + (
    (r"\bcent(?:re|er)\s+(them|it|the\s+captions|the\s+subtitles|the\s+title|the\s+headline)\s+(?:at|on|along|to)\s+the\s+(top|bottom)\b(?!\s*(?:left|right|corner))",
     r"put \1 at the \2"),
)
# (wave 50, relays) "logo should be top left not top right": the place said against the one it has is no second place;
# "…and wants the ring first" (the speaker said before); "have the cuts on the beat of the music"; "the music not to dip when
# the voice talks" (set FC fc028 fc001 fc040 fc069 were not understood)
REWRITES = REWRITES + (
    (r"(\b(?:top|bottom)(?:[\s-]+(?:left|right))?|\bleft|\bright|\bcent(?:er|re)|\bmiddle)\s*,?\s+(?:and\s+)?(?:not|instead\s+of|rather\s+than)\s+"
     r"(?:the\s+|in\s+the\s+|at\s+the\s+)?(?:top|bottom|left|right|middle|cent(?:er|re))(?:[\s-]+(?:left|right))?(?:\s+corner)?\b", r"\1"),
    (r"(?<=\band\s)(?:also\s+)?(?:wants|would\s+like|'d\s+like)\s+(?=(?:the\s+)?[a-z\-]+(?:\s+(?:one|photo|picture|pic|shot|image))?\s+(?:first|last)\b)", "put "),
    (r"\b(?:the\s+)?(music|song|bgm)\s+(?:not\s+to|to\s+not|shouldn'?t|should\s+not|doesn'?t\s+need\s+to|never\s+to)\s+(?:dip|duck|drop|go\s+down)\b"
     r"(?:\s+(?:when|while|whenever|under)\s+(?:the\s+)?(?:voice|voiceover|narration|narrator|person)(?:\s+(?:talks|speaks|is\s+talking|is\s+speaking))?)?",
     "turn off ducking"),
)
# (wave 51) a text complained of "on" a picture: where it is hard to read, never the thing the "them" after means ("the
# captions are a bit small and hard to read on the cap pic, make them yellow and bigger" made the cap picture the "them";
# set EW ew03)
REWRITES = (
    (r"\b((?:hard|difficult|tough)\s+to\s+(?:read|see|make\s+out)|unreadable|illegible|(?:too|so|really|a\s+bit|kind\s+of)\s+(?:small|tiny|faint|thin|pale))"
     r"\s+(?:on|over|against|in)\s+(?:the\s+|that\s+)?(?:[a-z\-]+\s+){1,2}(?:pic|picture|photo|image|shot|slide|one)s?\b", r"\1"),
) + REWRITES
# (wave 51) a bare number after the length complained of or a direction of it is seconds: "the video is too long, make it
# 15" set 20 s (the vague "shorter") and left "make it 15" unread; "a bit shorter overall, like 25", "too long, let's do 18"
# (sets FE fe104 / FG fg073)
REWRITES = (
    (r"(\b(?:too\s+(?:long|short)|shorter|longer|(?:cut|trim)\s+(?:it\s+)?down|overall)\b[^.;!?\d\ue000]{0,25}?"
     r"(?:\bmake\s+it|\blike|\blet'?s\s+(?:do|go\s+with|make\s+it|try)|\baround|\babout|\bmaybe|\bsay|\bmore\s+like|\bcloser\s+to|\bjust|[,:]\s*)\s*(?:~\s*)?)"
     r"(\d{1,3}(?:\.\d+)?)(?![\d.]|\s*(?:%|s\b|secs?\b|seconds?\b|x\b|fps|px|p\b|:|percent|times|frames|pictures|photos|images|pics|minutes?|mins?\b))",
     r"\1\2 seconds"),
    # "砍到二十秒", "砍成15秒": cut to that length (read as cut by it: the video was 10 s; set FE fe150); "砍掉10秒" is by
    (r"砍\s*(?:短)?\s*(?:到|成|至)", "缩短到"),
    # a clip's part "从4秒剪到10秒" said of a clip's file: that part, as "从4秒到10秒" reads (with two clips the frames read a
    # trim to 4 s and a 10-s video; set FF ff012); "视频段" is the clip; "从5秒处开始，播放5秒" (set FF ff037 made the video 5 s)
    (r"视频段(?!落)", "视频片段"),
    (r"((?:[a-z0-9\-_]+\.(?:mp4|mov|webm|m4v)|视频片段|片段)\s*(?:的)?\s*从\s*第?\s*\d+(?:\.\d+)?\s*秒)\s*(?:处)?\s*(?:剪|截|裁)\s*(?=到)", r"\1"),
    (r"(从\s*第?\s*\d+(?:\.\d+)?\s*秒)\s*处\s*(开始)?\s*[,，]?\s*(?=(?:播放|播|放|用|持续)\s*\d)", r"\1开始"),
    # "背景用最后一个画面虚化", "用最后一张图虚化做背景": the card's blurred background (the words were the card's; set FF ff084)
    (r"背景\s*(?:用|是|拿)\s*最后\s*(?:1|一)?\s*(?:个|张|帧)?\s*(?:画面|图片|图|照片|帧)\s*(?:的)?\s*(?:做)?\s*(?:虚化|模糊)", "背景虚化"),
    (r"(?:用|拿)\s*最后\s*(?:1|一)?\s*(?:个|张|帧)?\s*(?:画面|图片|图|照片|帧)\s*(?:的)?\s*(?:虚化|模糊)\s*(?:后|了)?\s*(?:做|当|作为)\s*(?:卡片)?\s*(?:的)?\s*背景", "背景虚化"),
    # "文字“下单立减20元”用白色": the card's words, then their colour (the colour was dropped unsaid; set EK ek18)
    (r"(?:文字|文案|字)\s*(\ue000\d+\ue001)\s*(?:用|是|改成|要用?)\s*((?:白|黑|红|黄|蓝|绿|金|粉|橙|紫|灰)色)", r"文字用\2，写\1"),
    # "尺寸改成宽度18%", "大小调到宽度的20%": the width said as the size (read as a file called 宽度18%; set FF ff099)
    (r"(?:尺寸|大小)\s*(改成|改为|调成|调到|设为|设成|变成)\s*(?:画面)?\s*(?:的)?\s*宽度?\s*(?:的)?\s*(?=\d+(?:\.\d+)?\s*%)", r"宽度\1"),
    # "人声提高到1.3", "旁白加大到1.2", "音乐降到0.15": a level said as a fraction, above one too (set FF ff147 left it unread)
    (r"((?:音乐|配乐|背景音乐|bgm|人声|配音|旁白|原声|解说)\s*(?:的)?\s*(?:音量)?\s*(?:调到|调成|改成|设为|设成|降到|降低到|调低到|调高到|提高到|"
     r"加大到|调大到|提到|升到|增加到|增大到|减到|减小到|拉到|开到|放大到)\s*)1\.(\d)(?![\d%])", r"\g<1>1\g<2>0%"),
    (r"((?:音乐|配乐|背景音乐|bgm|人声|配音|旁白|原声|解说)\s*(?:的)?\s*(?:音量)?\s*(?:调到|调成|改成|设为|设成|降到|降低到|调低到|调高到|提高到|"
     r"加大到|调大到|提到|升到|增加到|增大到|减到|减小到|拉到|开到|放大到)\s*)1\.(\d\d)(?![\d%])", r"\g<1>1\2%"),
    (r"((?:音乐|配乐|背景音乐|bgm|人声|配音|旁白|原声|解说)\s*(?:的)?\s*(?:音量)?\s*(?:降低到|提高到|加大到|调大到|提到|升到|增加到|增大到|减到|减小到|拉到|开到)\s*)"
     r"0\.(\d)(?![\d%])", r"\g<1>\g<2>0%"),
    (r"((?:音乐|配乐|背景音乐|bgm|人声|配音|旁白|原声|解说)\s*(?:的)?\s*(?:音量)?\s*(?:降低到|提高到|加大到|调大到|提到|升到|增加到|增大到|减到|减小到|拉到|开到)\s*)"
     r"0\.(\d\d)(?![\d%])", r"\g<1>\2%"),
    # "音乐开头别太吵，音量调到0.25": the volume after the music complained of is the music's (was not read)
    (r"(音乐|配乐|背景音乐|bgm)([^，。；;,!?！？]{0,12}[，,]\s*)(?=音量\s*(?:调到|调成|改成|设为|设成|降到|调低到|调小到|降低到)\s*\d)", r"\1\2\1"),
    # "字幕字体换成手写体，颜色白色": a look's part and its value without a verb, after a clause that had one (nothing was
    # read; set FF ff077)
    (r"((?:字幕|标题|文字)[^,，；;。!?！？\ue000]{0,20}[,，；;]\s*)(颜色|字色|字体颜色|文字颜色)\s*(?:用|是|为|:|：)?\s*"
     r"(?=(?:白|黑|红|黄|蓝|绿|金|粉|橙|紫|灰|银)色?(?![\u4e00-\u9fff]{0,1}(?:底|背景)))", r"\1\2改成"),
    # "字幕颜色改成白色，字号小一点，出现的时候从下面滑上来": the text's entrance said without it, after its other wishes (was
    # not read; set FF ff146)
    (r"(标题|字幕)([^。；;!?！？\ue000]{1,40}?[,，]\s*)(?=(?:出现|出来|进场|入场|登场)\s*(?:的)?\s*(?:时候|时)\s*(?:要|就)?\s*(?:从|用|是))", r"\1\2\1"),
    # "第一张2秒，最后两张各4秒", "第三张和第四张都是4秒", "后面两张各4秒": each of the pictures named, as "每张" reads (after
    # another picture's length nothing was read; set FF ff011)
    (r"(?<![最前])后面\s*(\d+|两|二|三)\s*张(?=\s*(?:图片|图|照片)?\s*(?:各|都是|都|均为|均|分别都|每张都)\s*\d)", r"最后\1张"),
    (r"((?:最后|前)\s*\d+\s*张(?:图片|图|照片)?|第\s*\d+\s*张(?:图片|图|照片)?(?:\s*(?:和|、|跟|与)\s*第\s*\d+\s*张(?:图片|图|照片)?)+)\s*"
     r"(?:各|都是|都|均为|均|分别都|每张都)\s*(?=\d+(?:\.\d+)?\s*秒)", r"\1每张"),
    # "第一张3秒，最后一张3秒，中间的不变": the pictures between kept is nothing to do (the last one's length was left unread;
    # set FF ff076); "第一张留久点，5秒": the number after the vague "longer" is its length (set FF ff117)
    (r"\s*[,，;；]?\s*中间\s*(?:的|那几张|几张|那些)?\s*(?:图片|图|照片)?\s*(?:都|就)?\s*(?:不变|不动|保持不变|别动|不用动|照旧|保持原样)", ""),
    (r"(?:留|放|停|显示|停留)\s*(?:得)?\s*(?:久|长)\s*(?:一)?\s*(?:点|些)\s*(?:吧)?\s*[,，]?\s*(?=\d+(?:\.\d+)?\s*秒)", ""),
    # a clip's end cut said after its start, without it: "clip.mp4 前面1秒不要，后面也剪掉2秒" (the end was left unread; set FF
    # ff031), as the clip named again reads; "掐头1秒去尾2秒" the same two cuts
    (r"((?:[a-z0-9\-_]+\.(?:mp4|mov|webm|m4v)|视频片段))([^。；;!?！？\ue000]{1,24}?[,，]\s*)(?=(?:后面|结尾|末尾|尾巴|最后)\s*(?:也|再)?\s*(?:剪掉|去掉|裁掉|砍掉|切掉|不要))",
     r"\1\2\1"),
    (r"(后面|结尾|末尾|尾巴)\s*(?:也|再)\s*(?=剪掉|去掉|裁掉|砍掉|切掉)", r"\1"),
    # "片尾卡片上也放logo" (was not read) as "片尾卡片加上logo" reads; "卡片停4秒" its time (was not read; set FF ff022 ff096);
    # "然后接一个3秒的片尾" one added (was not understood; set FF ff081)
    (r"(片尾|结尾)\s*(?:卡片|卡|页)\s*(?:上|里)\s*(?:也|再|还)\s*(?:放|加|带)\s*(?=(?:logo|标志)(?!\s*(?:卡片|卡|页)))", r"\1卡片加上"),
    (r"(卡片|片尾|结尾卡片?)\s*(?:停|放|留)\s*(?=\d+(?:\.\d+)?\s*秒)", r"\1停留"),
    (r"(?:然后|再|后面|最后)?\s*接\s*(?=(?:一个|1个|个)\s*(?:\d+(?:\.\d+)?\s*秒\s*(?:的)?)?\s*(?:片尾|结尾卡片|卡片))", "再加"),
    # "开头和结尾都加上淡入淡出的效果": the whole video faded in and out (was not understood; set FF ff024)
    (r"(开头和结尾|首尾|头尾|开头结尾)\s*(?:都)?\s*(?:加上?|做|加个|来个|用|要有?)\s*(?:一个|个)?\s*淡入淡出\s*(?:的)?\s*(?:效果)?", r"\1都淡入淡出"),
    (r"(淡入淡出|淡入|淡出|渐隐|渐显)(?:的)?(?:效果)?\s*[,，]\s*(?:时间|时长)?\s*(?:大概|大约|差不多|约)\s*(\d+(?:\.\d+)?)\s*秒钟?\s*(?:左右)?\s*(?:就行|就好|就可以|即可)?",
     r"\1\2秒"),
    # "把logo.png当水印放右下角，半透明，小一点", "…，尺寸小一点": the overlay's size said after its other parts (was not read;
    # set FF ff079)
    (r"[a-z0-9\-_]*sticker[a-z0-9\-_]*\.png([^。；;!?！？\ue000]{1,30}?[,，]\s*)(?:尺寸|大小)?\s*(?=(?:再)?\s*(?:稍微)?\s*(?:小|大)\s*(?:一)?\s*(?:点|些)(?:\s*[,，。；]|\s*$))",
     r"\g<0>贴纸"),
    # (its transparency the same: "…，放在左上角，稍微透明一点" was applied to the logo, not placed; set FI fi150. Two rewrites,
    # not one: "logo放右下角，半透明，尺寸小一点" needs the noun before both clauses, and one substitution pass names one)
    (r"(logo|水印|贴纸)([^。；;!?！？\ue000]{1,30}?[,，]\s*)(?=(?:再)?\s*(?:稍微|稍|有点|有些)?\s*(?:半)?透明(?:一点|一些|点)?(?:\s*[,，。；]|\s*$))", r"\1\2\1"),
    (r"(logo|水印|贴纸)([^。；;!?！？\ue000]{1,30}?[,，]\s*)(?:尺寸|大小)?\s*(?:再)?\s*(?:稍微)?\s*(?:调|变|弄)?\s*(?=(?:小|大)\s*(?:一)?\s*(?:点|些)(?:\s*[,，。；]|\s*$))", r"\1\2\1"),
    # "clip.mp4 截 1s–6s": that part of the clip, as "只要1秒到6秒" reads (was not understood; set FF ff073)
    (r"(?<=[\s\u4e00-\u9fff4])(?:截取?|裁剪?|取|只用|只截)\s*(?:第)?\s*(\d+(?:\.\d+)?)\s*(?:s|秒)?\s*(?:[–\-~～]|到|至)\s*(?:第)?\s*(\d+(?:\.\d+)?)\s*(?:s\b|秒)", r"只要\1秒到\2秒"),
    # "标题逐字打出，显示时长4秒": shown for 4 s, as "显示4秒" reads (the video was made 4 s long; set FF ff101)
    (r"(显示|停留|展示)\s*(?:的)?\s*(?:时长|时间)\s*(?:为|是)?\s*(?=\d)", r"\1"),
    # "take the logo off the first 5 seconds": hidden then (it was shown for those 5 s only; set FG fg038)
    # "最后5秒不要logo", "logo最后5秒不要出现", "前5秒不要显示水印": hidden for those seconds (the last ones were not understood;
    # the 前 ones with the thing after them neither)
    (r"((?:logo|水印|标志|贴纸|贴图|角标|\.png)\s*(?:的话)?\s*)(最后|结尾)\s*(\d+(?:\.\d+)?\s*秒)\s*(?:钟)?\s*(?:内|里)?\s*(?:先|都|的时候)?\s*"
     r"(?:不要|别|不|先不要|先别|先不)\s*(?:显示|出现|露出来|露出|出来)", r"\1\2\3隐藏"),
    (r"(前|开头|最后|结尾)\s*(\d+(?:\.\d+)?\s*秒)\s*(?:钟)?\s*(?:内|里)?\s*(?:先|都|的时候)?\s*(?:不要|别|不|先不要|先别|先不)\s*(?:显示|出现|放|加|挂|要)?\s*"
     r"(logo|水印|标志|贴纸|角标)", r"\3\1\2隐藏"),
    # "make the fades longer", "make the fades twice as long": the fades between the pictures (the video was made 45 and 60 s
    # long; set FG fg055's wording); a fade in or out, at the start or the end, stays the video's
    (r"\b(?:the|all\s+the|those|these)\s+fades\b(?!\s*(?:in|out|at|to|on)\b|\s+(?:are|were)\s+(?:in|out)\b)"
     r"(?![^.;!?]{0,40}\b(?:start|beginning|end|ending|intro|outro|black|white)\b)", "the crossfades"),
    # a numbered list after a colon: the first item is the list's, not a clause of its own ("客户反馈：\n1. 字幕太小\n2. …"
    # read as "客户说: ; 字幕太小", and the complaint was dropped; set FE fe009)
    (r"(?<=[一-鿿])([:：])\s*;\s*(?=\S)", r"\1 "),  # (the range written as characters: a Chinese rewrite, ``letters_needed``)
    # "the backpack should be first and stay on screen longer, like 8s": the picture named is the one that stays (the second
    # wish, without it, was left unread; set FE fe107)
    (r"\b(the\s+[a-z\-]+(?:\s+(?:one|photo|picture|pic|shot|image))?)(\s+(?:should|needs\s+to|has\s+to|must|can)\s+(?:be|go|come)\s+(?:first|last))"
     r"\s*,?\s+and\s+(?:it\s+)?(?:should\s+|needs\s+to\s+|has\s+to\s+|must\s+|can\s+)?(stay|remain|be\s+shown|show|last|hold)\b", r"\1\2, and \1 should \3"),
    # (the phrasal verbs are read first: "take … off" is "remove …" by then)
    (r"\b(?:take|get|remove)\s+(it|the\s+(?:logo|watermark|sticker|overlay|badge))\s+(?:off\s+|out\s+of\s+|away\s+from\s+)?(?:for\s+|during\s+)?"
     r"(?=the\s+(?:first|last|final|opening|closing)\s)", r"hide \1 for "),
    # "标题出场保持弹出效果，退场直接消失": 出场 kept as it is is the coming on (the pop was made the exit), and an exit that
    # "just disappears" has no animation (set FE fe136)
    (r"(标题|字幕)(\s*(?:的)?\s*)出场(?=\s*(?:保持|还是|继续|维持|依旧|仍然|照旧|就)\s*(?:用)?\s*(?:原来的)?\s*(?:弹出|弹入|淡入|弹跳|打字|逐字|滑入))", r"\1\2入场"),
    (r"(标题|字幕)([^,，。；;!?！？]{0,24}[,，；;]\s*|\s*(?:的)?\s*)(?:退场|离场)(?:时|的时候)?\s*(?:就)?\s*(?:直接|一下子|马上|立刻)\s*(?:消失|没了|不见|结束)"
     r"(?:就行|就好|就可以)?", r"\1\2\1的出场动画去掉"),
) + REWRITES
# (wave 51) a note's label and a complaint after its colon: "Title: a bit small", "Music: too loud" (the title's words were
# set to "a bit small"; set FE fe036); "Voice: fine" is nothing to do
REWRITES = (
    (r"(?:(?<=^)|(?<=[\n\-*•·]\s)|(?<=[\n\-*•·])|(?<=[.;]\s))(title|headline|captions?|subtitles?|music|bgm|voice\s*-?\s*over|voiceover|voice|narration|logo|transitions?|pics|pictures|photos)"
     r"\s*:\s*(?=(?:a\s+(?:bit|little|tad)\s+|too\s+|kinda\s+|kind\s+of\s+|way\s+too\s+|slightly\s+|bit\s+|very\s+|really\s+|so\s+)?"
     r"(?:small|big|large|tiny|huge|loud|quiet|soft|long|short|fast|slow|dark|faint|low|high|hard\s+to\s+(?:read|hear|see))\b)", r"the \1 is "),
    (r"(?:(?<=^)|(?<=[\n\-*•·]\s)|(?<=[\n\-*•·])|(?<=[.;]\s))(?:title|headline|captions?|subtitles?|music|bgm|voice\s*-?\s*over|voiceover|voice|narration|logo|transitions?)"
     r"\s*:\s*(?:fine|ok|okay|good|great|perfect|all\s+good|no\s+change|keep(?:\s+it)?|leave\s+it|nothing)\s*[.!]?(?=\s*(?:[\n;]|$))", ""),
    # "the watch one is cropped weird, but whatever, leave it": a thing complained of and then let be is nothing to do
    # (from a clause's start only: begun at every character it cost 42 ms on the bench's 4000-character messages)
    (r"(?:(?<=^)|(?<=[;\n.!?])|(?<=[;\n.!?]\s))[^;\n.!?]{0,60}?,?\s*\bbut\s+(?:whatever|never\s*mind|nvm|it'?s\s+(?:fine|ok|okay))\s*,?\s*(?:just\s+)?(?:leave|keep)\s+(?:it|them)"
     r"(?:\s+(?:as\s+is|alone|be|like\s+that))?\b", ""),
) + REWRITES
# (wave 51) an overlay hidden "while the title is on screen" is shown once it has gone ("hide the logo while the title is
# on screen" removed the logo and the title; set FG fg015)
_WHILE_TITLE_EN = (r"\s+(?:while|when|whilst|as\s+long\s+as|for\s+as\s+long\s+as|during\s+the\s+time)\s+the\s+(?:title|headline)\s+(?:is\s+)?"
                   r"(?:on\s+(?:the\s+)?screen|showing|shown|up|visible|there|on)\b")
REWRITES = (
    (rf"\b(?:hide|remove|don'?t\s+show|do\s+not\s+show)\s+(the\s+(?:logo|watermark|sticker)|it){_WHILE_TITLE_EN}", rf"show \1 from {AFTER_TITLE}"),
    (rf"\bno\s+(logo|watermark|sticker){_WHILE_TITLE_EN}", rf"show the \1 from {AFTER_TITLE}"),
    # "title 1 sec longer and the logo only after the title": "only" after the overlay is when it comes, no "keep only" (the
    # frames read nothing, and the phrase rules took the title's second for the video's; set FG fg026)
    (r"\b(logo|watermark|sticker)\s+(?:should\s+)?only\s+(?=(?:(?:come|show|appear|pop)\s+(?:up\s+|in\s+)?)?(?:after|once|when)\s+the\s+(?:title|headline))", r"\1 "),
    # (after a comma: "put the logo in the top left, but only after the title" was not understood; set FG fg138)
    (r"\b(logo|watermark|sticker)\b([^.;!?,]{0,40}?)\s*,\s*(?:but\s+)?(?:only\s+)?(?=(?:(?:come|show|appear|pop)\s+(?:up\s+|in\s+)?)?(?:after|once)\s+the\s+(?:title|headline))",
     r"\1\2 "),
    (r"(?:在|当)?\s*标题\s*(?:显示|出现|在)\s*(?:的时候|时)\s*[,，]?\s*(?:先)?\s*(?:不要|别|不|隐藏)\s*(?:显示|出现)?\s*(logo|水印|贴纸)", rf"\1从{AFTER_TITLE} "),
    (r"(logo|水印|贴纸)\s*(?:在)?\s*标题\s*(?:显示|出现|在)\s*(?:的时候|时)\s*(?:先)?\s*(?:不要|别|不|隐藏)\s*(?:显示|出现)?", rf"\1从{AFTER_TITLE} "),
) + REWRITES
# (wave 51, follow-ups while watching, set FG) an overlay's size as a share of the size it has ("half the size", "twice as
# big"), as "50% smaller" / "100% bigger" read; "a little bigger, not by much" (the hedge after it); "the logo's good now"
# as said of a thing kept; "show up 3 seconds in and stay till the end"; "only pop up on the last photo" (were not understood)
REWRITES = (
    (r"\b(logo|watermark|sticker)\b([^.;,!?]{0,24}?)\s+(?:half\s+(?:the|its)\s+(?:current\s+)?size|half\s+as\s+(?:big|large)|half\s+(?:as\s+)?(?:the\s+)?size)\b", r"\1\2 50% smaller"),
    (r"(\b(?:logo|watermark|sticker)\b[^.;!?]{0,40}?\b(?:make|get|have)\s+it)\s+(?:half\s+(?:the|its)\s+(?:current\s+)?size|half\s+as\s+(?:big|large))\b", r"\1 50% smaller"),
    (r"(\b(?:logo|watermark|sticker)\b[^.;!?]{0,40}?\b(?:make|get|have)\s+it)\s+(?:twice\s+as\s+(?:big|large)|twice\s+(?:the|its)\s+size|double\s+(?:the|its)\s+size)\b", r"\1 100% bigger"),
    (r"\b(logo|watermark|sticker)\b([^.;,!?]{0,24}?)\s+(?:twice\s+as\s+(?:big|large)|twice\s+(?:the|its)\s+(?:current\s+)?size|double\s+(?:the|its)\s+size|2x\s+(?:bigger|larger))\b", r"\1\2 100% bigger"),
    (r"\b(bigger|smaller|larger|quieter|louder|longer|shorter)\s*,?\s*(?:but\s+)?not\s+(?:by\s+)?(?:too\s+much|much|a\s+lot)\b", r"\1"),
    (r"\b(logo|title|music|captions|voice|voiceover|sticker|watermark|transitions|end\s+card)'s\s+(?=(?:good|fine|great|perfect|ok|okay|nice)\b)", r"\1 is "),
    # "make it appear halfway through (at 15 seconds) and stay until the end" (was not read; set FI fi015)
    (r"\b(?:halfway|half\s+way|midway)\s+(?:through\s+)?\(?\s*(at\s+\d+(?:\.\d+)?\s*(?:seconds?\b|secs?\b|s\b))\s*\)?", r"\1"),
    (r"\b(?:appear|show\s+up|come\s+in|pop\s+up|show)\s+at\s+(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\s*,?\s+and\s+(?:then\s+)?(?:stay|remain)\s+(?:until|till|to|til)\s+the\s+end\b",
     r"show from \1 seconds to the end"),
    (r"\b(?:show\s+up|appear|come\s+in|pop\s+up|start)\s+(?:at\s+)?(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\s+in(?:to\s+the\s+video)?\s*,?\s+and\s+(?:then\s+)?"
     r"(?:stay|remain|be\s+there|stick\s+around)\s+(?:till|until|to|til)\s+the\s+end\b", r"show from \1 seconds to the end"),
    # a text's way in or out said as the verb of it: "slide the title in from the left instead of the pop thing", "dont fade
    # the title out, just let it cut"; the ending's fade "at the end too, like 2 seconds"; "give the watch a bit more time";
    # "the title should wait a second before coming in"
    (r"\bdon'?t\s+fade\s+(the\s+(?:title|headline|captions?)|it)\s+out\b", r"\1 shouldn't fade out"),
    (r"\b(slide|fade|pop|drop|bounce|zoom|type)\s+(the\s+(?:title|headline|captions?|subtitles?))\s+(in|out)\b", r"make \2 \1 \3"),
    (r"\s*,?\s*\b(?:instead\s+of|rather\s+than)\s+(?:the\s+|that\s+|this\s+)?(?:pop|popping|slide|fade|bounce|zoom|typewriter)\s+(?:thing|effect|animation|one|stuff)\b", ""),
    (r"\s*,?\s*\b(?:just\s+)?let\s+it\s+(?:cut|disappear|vanish|end|pop\s+off)(?:\s+off)?\b", ""),
    (r"\b(fade\s+(?:out|in)\s+at\s+the\s+(?:end|start|beginning))\s+too\b", r"\1"),
    (r"\bgive\s+(the\s+[a-z\-]+(?:\s+(?:one|photo|picture|pic|shot|image))?)\s+(a\s+(?:bit|little)\s+|a\s+lot\s+|much\s+)?more\s+(?:time|screen\s+time|airtime)\b",
     r"make \1 \2longer"),
    # "make the title last 1 s longer": longer by that much (read as "the last 1 s", the title moved to 29-30 s); said after
    # its start without it, "come in at 1s and stay 1 s longer", the title's (the second wish was left unread; set FG fg113)
    (r"\blast\s+(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)|a\s+second|one\s+second|half\s+a\s+second|a\s+bit|a\s+little)\s+(longer|shorter|more|less)\b", r"stay \1 \2"),
    (r"(\bthe\s+(?:title|headline)\b[^.;!?]{0,40}?)\s+and\s+(?:(?:make|have|let)\s+it\s+)?(?:then\s+)?(stay|last|hold|remain|linger)\s+(?=[^.;!?]{0,25}\b(?:longer|shorter|more|less)\b)",
     r"\1 and the title should \2 "),
    (r"\b(?:should\s+)?wait\s+(?:a|one|1)\s+second\s+before\s+(?:coming\s+in|appearing|showing\s+up|popping\s+in|it\s+comes\s+in)\b", "should start at 1 second"),
    (r"\b(?:should\s+)?wait\s+(\d+(?:\.\d+)?|two|three)\s+seconds?\s+before\s+(?:coming\s+in|appearing|showing\s+up|popping\s+in|it\s+comes\s+in)\b", r"should start at \1 seconds"),
    # a clip's step or pace said without a verb: "clip 2 seconds shorter", "the sneaker pic half a second longer and the
    # clip half a second shorter", "clip.mp4 slower, like 0.75" (were not read); "in between"; "trim half a second off the
    # end of it" after the clip was named (asked which)
    (r"(?:(?<=^)|(?<=[,;.]\s)|(?<=\band\s))((?:the\s+)?(?:video\s+)?clip|[a-z0-9\-_]+\.(?:mp4|mov|webm))\s+(?=(?:\d+(?:\.\d+)?|half\s+a|a|one|two|three)\s*"
     r"(?:s|secs?|seconds?)\s+(?:shorter|longer)\b)", r"make \1 "),
    (r"(?:(?<=^)|(?<=[,;.]\s)|(?<=\band\s))((?:the\s+)?(?:video\s+)?clip|[a-z0-9\-_]+\.(?:mp4|mov|webm))\s+(slower|faster)\s*,?\s*(?:like|about|maybe|say|around|at|to)?\s*"
     r"(0?\.\d+|[1-4](?:\.\d+)?)\s*x?(?=\s*(?:$|[,.;!?]|\band\b))", r"\1 at \3 speed"),
    (r"(?:(?<=^)|(?<=[,;.]\s)|(?<=\band\s))((?:the\s+)?(?:video\s+)?clip|[a-z0-9\-_]+\.(?:mp4|mov|webm))\s+(slower|faster)(?=\s*(?:$|[,.;!?]|\band\b))", r"play \1 \2"),
    (r"\bin\s+between\b", "between"),
    (r"\buntill\b", "until"),
    # "… 3 seconds each but leave the sneaker at 6.4": that picture kept at its length, said as its own (it was made 3 s;
    # set FH fh011)
    (r"\b(?:but\s+)?(?:leave|keep)\s+(the\s+(?!(?:video|length|total|whole|overall|runtime|duration|music|song|bgm|voice|voiceover|narration|title|headline|"
     r"captions?|logo|watermark|sticker|fades?|transitions?|end|card|clip|volume|sound|audio)\b)[a-z\-]+(?:\s+(?:one|photo|picture|pic|shot|image))?)\s+at\s+"
     r"(\d+(?:\.\d+)?)\s*(?:seconds?\b|secs?\b|s\b)?(?![\d.%])", r"and make \1 \2 seconds"),
    # "…to fit a 20-second Instagram ad slot": the slot's length is why, the platform no format asked for (it was made
    # square; set FB fb02)
    (r"(\d+(?:\.\d+)?[\s-]*(?:second|sec|s)\s+)(?:instagram|ig|tiktok|facebook|fb|youtube|reels?)\s+(?=(?:ad\s+|video\s+)?(?:slot|spot|placement|break)\b)", r"\1"),
    # the total kept while one picture changes: "squeeze the others so it's still 30s", "split the rest evenly so the total
    # stays at 30", "keep the total at 30" (the video grew or shrank; set FA fa115 fa125), as "keep the video at 30 seconds"
    (r"\s*,?\s*(?:and\s+)?(?:squeeze|shrink|shorten|split|spread|adjust|fit)\s+(?:the\s+)?(?:others|other\s+(?:pictures|photos|pics|ones)|rest)(?:\s+evenly)?\s+"
     r"so\s+(?:that\s+)?(?:the\s+(?:total|video|whole\s+thing)|it)(?:'s|\s+is|\s+stays?|\s+remains?)?\s*(?:still\s+)?(?:at\s+)?(\d+(?:\.\d+)?)\s*(?:seconds?\b|secs?\b|s\b)?",
     r" and keep the video at \1 seconds"),
    (r"\bkeep\s+the\s+(?:total|overall)(?:\s+length)?\s+(?:at\s+)?(\d+(?:\.\d+)?)\s*(?:seconds?\b|secs?\b|s\b)?", r"keep the video at \1 seconds"),
    # "the captions are hard to read, I think bold + white would fix it": the remedy proposed is the wish (set FE fe053)
    (r"\b(?:i\s+think\s+|maybe\s+|probably\s+|i\s+guess\s+)?((?:bold|bigger|larger|white|black|yellow|red|gold|a\s+shadow|an\s+outline)"
     r"(?:\s*(?:\+|and|&|,)\s*(?:bold|bigger|larger|white|black|yellow|red|gold|a\s+shadow|an\s+outline))*)\s+(?:would|should|might|could|will)\s+(?:fix|solve|sort)\s+(?:it|that|this)\b",
     r"make them \1"),
    # "top right, and kinda small": the hedge before a size said of an overlay (it was dropped unsaid; set FI fi006)
    (r"(\b(?:logo|watermark|sticker)\b[^.;!?]{0,60}?)\b(?:kinda|kind\s+of|sort\s+of|pretty|fairly|rather)\s+(small|tiny|big|large|transparent|see-through)\b", r"\1\2"),
    # the ending's fade said to a colour at a clause's start, "用白色淡出", and a "结束卡片" (were not understood beside an end
    # card; held-out shape)
    (r"(?:(?<=^)|(?<=[，,。；;\s并和且]))\s*(?:再|然后)?\s*淡出\s*(?:到|成|为)\s*(白|黑)\s*(?:色)?", r"结尾淡出到\1色"),
    (r"(结尾|最后|片尾)\s*(?:用|以)\s*(白|黑)\s*色?\s*(?:的)?\s*(?:淡出|渐隐|渐出)", r"\1淡出到\2色"),
    (r"结束\s*(卡片|卡)(?!点)", r"片尾\1"),
    # "视频静音，放到最前面": the clip moved too (the move, without it, was left unread; held-out shape), as "…，把视频放到最前面"
    (r"(视频片段|视频|片段|clip|[a-z0-9_\-]+\.(?:mp4|mov))([^，,。；;!?！？\ue000]{0,12}?(?:静音|关掉|调小|调大|小一点|大一点|加速|放慢|慢放|快放)[^，,。；;!?！？]{0,6}?)"
     r"(?:[，,]\s*(?:然后|再|并且?)?\s*|\s*并\s*|\s*然后\s*|\s*再\s*)(?=(?:放到|放在|挪到|移到|排到|放)\s*(?:最前面?|开头|第\s*1\s*个?(?:位置)?|最后面?|结尾|最后))", r"\1\2，把\1"),
    # "把视频放在开头": first, as "放到最前面" reads ("视频放在" was looked for as a name); never a text, a sound or an overlay
    (r"(把\s*(?!标题|字幕|文字|logo|水印|贴纸|音乐|配乐|配音|旁白|卡片|片尾)[^，,。；;!?！？\ue000]{1,20}?)(放在|放到|挪到|移到)\s*(?:视频)?\s*(?:的)?\s*开头(?:的位置)?(?!\s*\d)",
     r"\1\2最前面"),
    # "标题换成卡通体": a lettering's style (…体) is the font, never the title's words (the video was retitled "卡通体"; held-out
    # shape); "换成粗一点的字体" is bold (read as a file to find)
    (r"(标题|字幕|文字)\s*(?:换成|改成|改为|改用)\s*(?=(?!字体)[\u4e00-\u9fff]{1,4}体(?:字)?(?![\u4e00-\u9fff]))", r"\1字体换成"),
    (r"(?:换成|改成|改用|用)\s*(?:粗一点|粗一些|更粗|粗点|粗)\s*(?:的)?\s*(?:字体|字)", "加粗"),
    # "再加个三秒的片尾卡“欢迎选购”": a card of that length, as "加个3秒片尾" reads (the rewrites for 片尾卡 made it "结尾加个3秒的
    # 结尾加上"; set FI fi147)
    (r"(加\s*(?:个|一个|1个)?)\s*(\d+(?:\.\d+)?\s*秒)\s*(?:的|钟的)?\s*(?:片尾|结尾)\s*(?:卡片|卡)(?!点)(\s*(?:写|写着|写上|文字|文案)?\s*[:：]?\s*\ue000\d+\ue001)",
     r"\1片尾卡片\3，\2"),
    (r"(加\s*(?:个|一个|1个)?\s*\d+(?:\.\d+)?\s*秒)\s*(?:的|钟的)?\s*(?:片尾|结尾)\s*(?:卡片|卡)(?!点)", r"\1片尾"),
    # "在第10秒加一个促销贴纸，显示5秒": from 10 s for 5, as "促销贴纸从第10秒开始显示5秒" reads (was left unread; set FI fi069)
    (r"(?:在|从)\s*第?\s*(\d+(?:\.\d+)?)\s*秒\s*(?:的时候|时)?\s*(?:加|放|加上|放上|添加)\s*(?:一个|1个|个)?\s*((?:促销)?贴纸|logo|水印)\s*[,，]\s*(?:显示|出现|持续|停留)\s*(\d+(?:\.\d+)?)\s*秒",
     r"\2从第\1秒开始显示\3秒"),
    # "logo放右上角，第一张图不显示": shown from the second picture on (was left unread; set FI fi147)
    (r"((?:logo|水印|贴纸)[^。；;!?！？]{0,30}?[，,]\s*)第\s*1\s*张\s*(?:图片?|照片)?\s*(?:上)?\s*(?:不要|不|别|先不)\s*(?:显示|出现|放)", r"\1从第2张开始显示"),
    # the title said to come on with a picture: "have the title start with the second picture", "标题等到第二张图再出来"
    # (edits/title.py reads "titleshotN": the second picture was moved first, or the words left unread; set FI)
    *((r"\b(?:have\s+|let\s+|make\s+)?the\s+(?:title|headline)\s+(?:should\s+)?(?:start|come\s+in|appear|show\s+up|pop\s+up|begin)\s+(?:with|when|at|on|once)\s+"
       rf"the\s+(?:{n}(?:nd|rd|th)?|{word})\s+(?:picture|photo|pic|image|shot|slide)(?:\s+(?:comes\s+in|starts|appears|comes\s+up|is\s+shown))?", f"start the title at titleshot{n}")
      for n, word in (("2", "second"), ("3", "third"), ("4", "fourth"), ("5", "fifth"))),
    (r"标题\s*(?:要)?\s*(?:等到|等|到)\s*第\s*(\d)\s*张\s*(?:图片?|照片)?\s*(?:的时候)?\s*(?:再|才)?\s*(?:出来|出现|显示|开始)", r"标题从titleshot\1开始"),
    # "Only show the logo on the last picture, and move it to the bottom right": "it" is the overlay (was left unread; set
    # FI fi020); "球鞋那张加2秒": that picture 2 s longer, as "多放" reads (加 was read as adding; set FI fi110)
    (r"\b(logo|watermark|sticker)\b([^.;!?]{0,60}?\band\s+(?:then\s+)?(?:also\s+)?(?:move|put|place|shift)\s+)it\b", r"\1\2the \1"),
    (r"((?:那张|这张|第\s*\d+\s*张)(?:图片?|照片)?)\s*(?:再)?\s*加\s*(?=\d+(?:\.\d+)?\s*秒)", r"\1多放"),
    (r"\s*,?\s*\bwhile\s+you'?re\s+at\s+it\b", ""),
    # "logo前两秒不要出现，其他时间都放在左上角": the rest of the time is its time, the place is the wish (was left unread)
    (r"(?:其他|其余|剩下的?)\s*(?:时间|时候)\s*(?:都|就)?\s*(?=(?:放在|放到|放|在)\s*(?:左上|右上|左下|右下))", ""),
    # "促销贴纸只在戒指那张出现，放左下角": the place in a clause of its own after the overlay's time (was left unread; set FI
    # fi066): the overlay said again, as "…，贴纸放左下角" reads
    (r"((?:logo|水印|贴纸))([^，,。；;!?！？]{1,24}?(?:出现|显示|开始|结束|最后|为止))[，,]\s*(?=(?:放|放在|放到|位置在?|移到)\s*(?:左上|右上|左下|右下|左边|右边|上面|下面|中间|正中))", r"\1\2，\1"),
    # an overlay's time said after its place in a clause of its own: "logo放右上角，从第二张开始显示", "…，一直到第三张结束",
    # "…，只在最后一张图出现" (were left unread); "…, but only on the last photo" (the same)
    (r"(\b(?:logo|watermark|sticker|\.png)\b[^.;!?]{0,40}?)\s*,\s*(?:but\s+)?(?=only\s+(?:on|during|over|while|for|from|until)\s)", r"\1 "),
    (r"\b(?:only\s+)?(?:while|when|as\s+long\s+as)\s+(the\s+(?!title\b|headline\b|captions?\b|end\b|card\b|music\b|voice)[a-z\-]+(?:\s+(?!is\b|are\b)[a-z\-]+)?)\s+(?:one\s+|photo\s+|picture\s+|pic\s+|shot\s+)?(?:is|are)\s+"
     r"(?:showing|on\s+(?:the\s+)?screen|up|visible|shown|on)\b", r"only on \1 picture"),
    # "let the title come in one second after the video starts" (its start was left at 0; set FI fi032); "fade in from white
    # and fade out to white? like half a second each" (the length after the question mark was left unread; set FI fi046)
    (r"\b(?:come\s+in|appear|show\s+up|start|pop\s+in|pop\s+up)\s+(?:a|one)\s+seconds?\s+(?:after|into)\s+(?:the\s+(?:video|start|beginning)|it)(?:\s+(?:starts|begins))?",
     "start at 1 second"),
    (r"\b(?:come\s+in|appear|show\s+up|start|pop\s+in|pop\s+up)\s+(\d+(?:\.\d+)?|two|three)\s+seconds?\s+(?:after|into)\s+(?:the\s+(?:video|start|beginning)|it)(?:\s+(?:starts|begins))?",
     r"start at \1 seconds"),
    (r"(\bfade[^.;!?]{0,60}?)\s*[?.!]?\s+(?:like|about|maybe|say|around)\s+(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\s+each\b", r"\1, \2 each"),
    # "show for just 8 seconds, starting at 12s": from 12 s for 8 (the 8 was dropped unsaid; set FI fi025)
    (r"(\b(?:logo|watermark|sticker)\b[^.;!?]{0,40}?)\bfor\s+(?:just\s+|only\s+)?(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\s*,?\s*(?:starting|beginning)\s+(?:at|from)\s+"
     r"(\d+(?:\.\d+)?\s*(?:seconds?\b|secs?\b|s\b)?)(?![\d.])", r"\1from \3 for \2"),
    # "no logo after all, put the sale sticker bottom left instead": the logo removed (it stayed, and the sticker joined it;
    # set FG fg016)
    (r"\bno\s+(logo|watermark|sticker|music|voiceover|captions|title|end\s+card)\s+after\s+all\b", r"remove the \1"),
    (r"(\bthe\s+(?:video\s+)?clip\b(?:[^.;!?]|\.(?=\d)){0,40}?\b(?:off|from)\s+the\s+(?:end|start|beginning))\s+of\s+it\b", r"\1 of the clip"),
    (r"\b(?:only\s+)?(?:pop\s+up|show\s+up|appear|come\s+up)\s+(?:only\s+)?(?:on|during|over)\s+(?=the\s+(?:last|first|final)\s+(?:photo|picture|pic|image|shot|slide)\b)", "show only on "),
) + REWRITES
# (session 45, after the first stop) the whole video's fade a step longer or shorter: "make the fade out longer", "make the
# fade in and fade out longer", "the fades at the start and end shorter" (the "longer" was read as the video's:
# 45 s), written as the word edits/promo_video.py reads ("fadestep in|out|both fadeup|fadedown": no word a length reader knows)
REWRITES = (
    (r"\b(?:make\s+)?(?:the\s+)?fade[\s-]*in\s+and\s+(?:the\s+)?fade[\s-]*out\s+(?:a\s+(?:bit|little)\s+)?(longer|slower)\b", "fadestep both fadeup"),
    (r"\b(?:make\s+)?(?:the\s+)?fade[\s-]*in\s+and\s+(?:the\s+)?fade[\s-]*out\s+(?:a\s+(?:bit|little)\s+)?(shorter|faster|quicker)\b", "fadestep both fadedown"),
    (r"\b(?:make\s+)?(?:the\s+)?fades\s+(?:at\s+the\s+(?:start|beginning)\s+and\s+(?:the\s+)?end|at\s+both\s+ends)\s+(?:a\s+(?:bit|little)\s+)?(?:longer|slower)\b", "fadestep both fadeup"),
    (r"\b(?:make\s+)?(?:the\s+)?fades\s+(?:at\s+the\s+(?:start|beginning)\s+and\s+(?:the\s+)?end|at\s+both\s+ends)\s+(?:a\s+(?:bit|little)\s+)?(?:shorter|faster|quicker)\b", "fadestep both fadedown"),
    (r"\b(?:make\s+)?(?:the\s+)?fade[\s-]*(in|out)(?:\s+at\s+the\s+(?:start|beginning|end))?\s+(?:a\s+(?:bit|little)\s+)?(?:longer|slower)\b", r"fadestep \1 fadeup"),
    (r"\b(?:make\s+)?(?:the\s+)?fade[\s-]*(in|out)(?:\s+at\s+the\s+(?:start|beginning|end))?\s+(?:a\s+(?:bit|little)\s+)?(?:shorter|faster|quicker)\b", r"fadestep \1 fadedown"),
) + REWRITES
# --- session 46 (wave 52) ---------------------------------------------------------------------------------------------
# One block, its parts in the order they run: each was written as a block prepended to REWRITES, the last written
# running first, and they are kept in that order (the one that must run after every other rewrite is appended below).
# The patterns the parts share first:
_FADE_SET_ZH = r"\s*(?:效果)?\s*(?:的)?\s*(?:时长|时间)?\s*(?:改成|改为|调成|调到|设为|设成|变成|换成|要|为|延长到|缩短到)\s*(?=\d+(?:\.\d+)?\s*秒)"
_KEPT_THING_ZH = r"(?:背景音乐|音乐|配乐|bgm|配音|旁白|人声|解说|原声|标题|字幕|转场|画面|logo|水印|贴纸|时长|顺序)(?:\s*的)?(?:\s*(?:音量|声音|大小|颜色|位置|字体))?"
_CLIP_SAID = r"(?P<c>(?:video\s+)?clip|[a-z0-9_\-]+\.(?:mp4|mov|webm|m4v|mkv))"
_FROM_TO = (r"(?P<a>\d+(?:\.\d+)?)\s*(?:s\b|secs?\b|seconds?\b)?\s*(?:to|-|–|until|till|and)\s*(?P<b>\d+(?:\.\d+)?)"
            r"(?![\d.])\s*(?:s\b|secs?\b|seconds?\b)?")
_CARD_NAMES = r"(?:end\s*card|outro(?:\s+card)?|closing\s+(?:card|screen|slide)|end\s+(?:screen|slide)|final\s+card|card)"
_LOGO_SAID = r"(?P<l>logo(?:\.png)?|[a-z0-9_\-]+\.(?:png|jpe?g|webp|svg))"
REWRITES = (
    # an overlay shown "until the third picture ends": until the end of that picture (the words were taken and the
    # logo shown the whole video without a word; found probing)
    (r"\b(until|till|til)\s+the\s+(first|second|third|fourth|fifth|last)\s+(picture|photo|image|pic|slide|shot)\s+(?:ends|is\s+over|finishes|changes|is\s+done)\b",
     r"until the end of the \2 \3"),
    # a clip's own sound said to stay: "第一段视频的声音保留，别动" (left unread; set FK fk083)
    (r"(^|[;；，,。\n]\s*)(?:第\s*\d+\s*(?:段|个)|另(?:一|1)?\s*(?:段|个))\s*(?:视频|片段)?\s*(?:的)?\s*(?:声音|原声|音频|声)\s*(?:要)?\s*(?:保留|保持|不变|留着)(?:\s*[，,]?\s*(?:别动|不要动|不用动))?(?:了|吧)?(?=\s*(?:$|[;；，,。！!\n]))", r"\1"),
    # a chat's lead before a list of changes: "跟你说下今天的改动哈：" (read as a picture called 跟你说下今天; set FK fk083)
    (r"(?:^|(?<=[\n。！!]))\s*(?:跟你|和你|给你)?\s*(?:说|讲)\s*(?:一)?下\s*(?:今天|这次|这回|这一版|这版)?\s*(?:的)?\s*(?:改动|修改|意见|反馈|要改的)(?:哈|啊|吧|哦|呀)?\s*[:：]", ""),
    # both overlays named, then each placed after a colon: "加上logo和贴纸：logo放左上，贴纸放右下" (the lead was read
    # as both in one wish: asked to say them one at a time, beside the sticker laid alone; set FK fk091): the lead is the list's
    (r"(?:加上?|添加|放上?|加个)\s*(?:logo|水印|标志)\s*(?:和|跟|与|、|还有)\s*(?:贴纸|贴图)\s*[:：]\s*(?=[^。]*?(?:logo|水印|标志)[^。]*?(?:贴纸|贴图)|[^。]*?(?:贴纸|贴图)[^。]*?(?:logo|水印|标志))", ""),
    (r"\b(?:add|put|place)\s+(?:the\s+|our\s+)?(?:logo|watermark)\s+(?:and|&|\+)\s+(?:the\s+)?stickers?\s*:\s*(?=[^.;!?]*?\b(?:logo|watermark)\b[^.;!?]*?\bsticker|[^.;!?]*?\bsticker[^.;!?]*?\b(?:logo|watermark)\b)", ""),
    # a clip's sound turned off said with the clip between ("turn the sound of unboxing.mp4 off") or as "no sound"
    # after its other wish ("unboxing.mp4 at 2x speed, no sound please"; left unread: held-out shape IF)
    (r"\bturn\s+(the\s+(?:sound|audio)\s+(?:of|on|from)\s+(?:[^.;!?,]|\.(?=[a-z0-9])){1,30}?|its\s+(?:sound|audio)|their\s+(?:sound|audio))\s+off\b", r"turn off \1"),
    (r"(\b(?:(?:video\s+)?clip|[a-z0-9_\-]+\.(?:mp4|mov|webm|m4v))\b[^.;!?]{0,40}?)\s*,\s*(?:and\s+)?(?:with\s+)?no\s+(?:sound|audio)\b", r"\1, and mute it"),
    # "title at the top with a typewriter effect" (not understood; set FK fk124); "only a tiny bit see-through, like
    # 90% opacity" (the number after the look left unread, fk105); "整个视频都要有" the whole video (fk034)
    (r"\b((?:the\s+)?(?:title|headline)\b[^,.;!?]{0,30}?)\s+with\s+(?:a\s+|an\s+)?(typewriter|fade[\s-]?in|pop(?:[\s-]?in)?|bounce|slide[\s-]?in)\s+(?:effect|animation)\b",
     r"\1, \2 effect for the title"),
    (r"\b(?:only\s+|just\s+)?(?:a\s+)?(?:tiny\s+|little\s+|wee\s+)?bit\s+(?:see[\s-]?through|transparent)\s*,?\s*(?:like|about|around|say|maybe)\s+(\d+(?:\.\d+)?\s*%\s*(?:opacity|opaque))", r"\1"),
    (r"(?:整个视频|全程|从头到尾)\s*都\s*(?:要|得)\s*(?:有|显示|在)", "全程显示"),
    # "fade up from black at the start and down to black at the end": the fade in and out said as up and down (the
    # "two sec each" after them went to the fade out alone; set FK fk101); "make it orange and type it in": the title typed in
    # (dropped without a word, fk148)
    (r"\bfade\s+up\s+from\s+(black|white)\b", r"fade in from \1"),
    (r"(\bfade\s+in\s+from\s+(?:black|white)[^.;!?]{0,40}?\band\s+)(?:fade\s+)?down\s+to\s+(black|white)\b", r"\1fade out to \2"),
    # (a fade in is at the start, a fade out at the end: said so, the length after both was the fade out's alone)
    (r"(\bfade\s+in\s+from\s+(?:black|white))\s+at\s+the\s+(?:very\s+)?(?:start|beginning)\b(?=[^.;!?]{0,60}?\beach\b)", r"\1"),
    (r"\btype\s+(it|the\s+title|the\s+headline)\s+(?:in|on|out)\b(?!\s+(?:a|the|red|blue|white|black|yellow))", r"give \1 a typewriter effect"),
    # the title's way out said with when it leaves: "when the title goes away, make it fade out", "make the title fade
    # out when it leaves, not just vanish", "have the title fade away at the end, instead of cutting" (left unread or not
    # understood)
    (r"\b(?:when|as|once)\s+the\s+title\s+(?:goes\s+away|leaves|disappears|exits|goes\s+off)\s*,?\s*(make|have|let)\s+it\s+(?=fade|slide)", r"\1 the title "),
    (r"(\b(?:fade|slide)\s+(?:out|away)\b[a-z ]{0,15}?)\s+(?:when|as)\s+it\s+(?:leaves|goes(?:\s+away)?|disappears|exits)\b", r"\1"),
    (r"(\b(?:fade|slide)\s+(?:out|away)\b[^.;!?]{0,30}?)\s*,?\s*(?:not\s+just\s+(?:vanish|disappear|cut(?:\s+off)?|pop\s+off)"
     r"|instead\s+of\s+(?:just\s+)?(?:cutting(?:\s+off)?|vanishing|disappearing|popping\s+off))\b", r"\1"),
    (r"\b((?:the\s+)?title|it)\s+fade\s+away\b", r"\1 fade out"),
    # a picture's caption given words, then a look in a clause of its own with no thing named: "第三张的字幕改成“防水”，
    # 颜色红色", "第三张图的字幕写“防水”，用黄色", "第三张图片字幕“防水”，红色的" (the whole message was not understood; held-out
    # shape ID): the look is that caption's
    (r"(第\s*\d+\s*张\s*(?:图片?|照片)?\s*(?:的)?\s*字幕)([^，,。；;！!？?\ue000]{0,6}?\ue000\d+\ue001\s*)[，,]\s*(?:它的|字的|文字)?\s*(?:颜色|字体颜色|字色)?\s*"
     r"(?:用|改成|换成|改为|是|为|变成|设为)?\s*(?=(?:[\u4e00-\u9fff]{1,3}色|#[0-9a-f]{6}|红|黄|白|黑|蓝|绿|金)(?:的)?\s*(?:$|[，,。；;！!？?]))", r"\1\2，\1颜色改成"),
    # an end card with the logo and words, said other ways: "Add an end card with the logo on it, saying 'X'",
    # "End with a card that has logo.png on it, text 'X'", "an outro card showing logo.png, and 'X'", "a closing card: logo.png plus
    # the line 'X'", "Finish on our logo with the words 'X'" (not understood or the card's logo read as a picture; held-out
    # shape IE), written as the one wording the card's rule reads
    (r"\b(?:add|put|include|use|show|(?:i'?d\s+)?like|want|end\s+(?:it\s+)?(?:with|on)|finish\s+(?:it\s+)?(?:with|on)|close\s+(?:it\s+)?(?:with|on))\s+"
     rf"(?:a|an|the)\s+{_CARD_NAMES}\s*:?\s*(?:with|showing|that\s+(?:has|shows)|having)?\s*(?:the\s+|our\s+)?{_LOGO_SAID}(?:\s+on\s+it)?\s*"
     r",?\s*(?:\band\b|\bplus\b|\bwith\b)?\s*(?:(?:saying|with\s+the\s+(?:words|text|line)|(?:and\s+)?the\s+(?:text|words|line)|text|words)\s*:?\s*)?(?=\ue000)",
     r"add an end card with \g<l> on it and the text "),
    (rf"\b(?:end|finish|close)\s+(?:it\s+)?(?:on|with)\s+(?:the\s+|our\s+){_LOGO_SAID}\s+(?:with|and)\s+(?:the\s+(?:words|text|line)\s+)?(?=\ue000)",
     r"add an end card with \g<l> on it and the text "),
    # a clip's part said as a note or with "use/keep the part": "clip: only use seconds 2 to 6", "the clip should run
    # from 2s to 6s", "clip.mp4: 2 to 6 seconds", "use only the part of the clip from 2 to 6", "Trim the clip: start at 2s, end
    # at 6s" (not understood; held-out shape IE)
    (r"(?:(?<=^)|(?<=[,;.!?\n])|(?<=[,;.!?\n]\s))\s*(?:for\s+)?(?:the\s+)?" + _CLIP_SAID
     + r"\s*(?::\s*|\s+should\s+(?:run|play|go)\s+)(?:(?:only|just)\s+)?(?:use\s+|keep\s+|play\s+)?(?:only\s+|just\s+)?"
     r"(?:(?:the\s+)?(?:part|bit|section)\s+)?(?:seconds?\s+|from\s+|between\s+)?" + _FROM_TO, r"trim the \g<c> to \g<a>s-\g<b>s"),
    (r"\b(?:use|keep|play|show)\s+(?:only\s+|just\s+)?(?:the\s+)?(?:part|bit|section|segment)\s+of\s+(?:the\s+)?" + _CLIP_SAID
     + r"\s+(?:from|between)\s+" + _FROM_TO, r"trim the \g<c> to \g<a>s-\g<b>s"),
    (r"\b(?:trim|cut)\s+(?:the\s+)?" + _CLIP_SAID + r"\s*:?\s*,?\s*start\s+(?:it\s+)?(?:at|from)\s+(?P<a>\d+(?:\.\d+)?)\s*(?:s\b|secs?\b|seconds?\b)?"
     r"\s*,?\s*(?:and\s+)?(?:end|stop|finish)\s+(?:it\s+)?(?:at|by)\s+(?P<b>\d+(?:\.\d+)?)(?![\d.])\s*(?:s\b|secs?\b|seconds?\b)?",
     r"trim the \g<c> to \g<a>s-\g<b>s"),
    # an overlay's time once the title is gone, said in a clause of its own after its place: "把促销贴纸放在右上角，
    # 等标题消失以后再出来" (left out without a word: shown for the whole video; set FJ fj062)
    (rf"((?:{_OVERLAY_WORD})[^，。；！？,;!?]{{0,24}}?)[，,]\s*{_TITLE_GONE_ZH}\s*(?:再|才)?\s*(?:出来|出现|显示|出)?(?=\s*(?:$|[，。；！？,;!?]))",
     rf"\1从{AFTER_TITLE} "),
    # "标题显示时间加倍": the title's length doubled (not understood; set FJ fj104); "fade out over 2": seconds (left
    # unread beside "fade in … over 1 second", fj021)
    (r"(标题|片尾|结尾卡片?|结束页|片尾卡片?)\s*(?:的)?\s*(?:显示|停留|出现)\s*(?:的)?\s*时间\s*(?=(?:加倍|翻倍|翻一倍|减半|缩短一半))", r"\1时长"),
    (r"(\bfade[\s-]*(?:in|out)\b[^.;!?\d]{0,20}?\bover\s+)(\d+(?:\.\d+)?)(?![\d.]|\s*(?:s\b|secs?\b|seconds?\b|%|x\b))", r"\1\2 seconds"),
    # "give me an end card …": add one
    (r"\b(?:give\s+(?:me|us|it)|i\s+want|we\s+want)\s+(?=(?:a|an)\s+(?:end\s*card|outro|closing\s+(?:card|screen|slide)|end\s+(?:screen|slide)|call\s+to\s+action|cta)\b)", "add "),
    # the card's words offered as an example after the wish: "can you add a call to action at the end? something like
    # 'Tap to shop'" (the card said the title's words, and the example was left unread; set FK fk138)
    (r"(\b(?:call\s+to\s+action|cta|end\s*card|outro|closing\s+(?:card|screen|slide)|end\s+(?:screen|slide))\b[^.;!?\ue000]{0,40}?)\s*[?.]?\s*,?\s*"
     r"(?:maybe\s+|just\s+)?(?:something|anything)\s+(?:like|along\s+the\s+lines\s+of)\s*:?\s*(?=\ue000)", r"\1 saying "),
    # "make it yellow. Don't move it.", "…，位置别动": the thing kept where it is, said after its wish (left unread)
    (r"(?:(?<=^)|(?<=[.;,!\n])|(?<=[.;,!\n]\s))\s*(?:and\s+)?(?:please\s+|pls\s+|but\s+|just\s+)*(?:don'?t|do\s+not)\s+move\s+(?:it|them)"
     r"(?:\s+(?:though|anywhere|around|pls|please))?\s*(?=$|[.;,!\n])", ""),
    (r"(?:(?<=^)|(?<=[，,。；;！!\n]))\s*(?:位置|地方|前面(?:的)?(?:部分|内容)?|之前的)\s*(?:也|就|都|全都)?\s*(?:别动|不要动|不用动|不动|不变|不要变|别变)(?:了|吧|哈)?\s*(?=$|[，,。；;！!\n])", ""),
    # things said not to change, their volumes too: "旁白音量、音乐音量都不要变", "音乐音量不要变" (不要 removed
    # the music: set FK fk143, found probing; "保持不变" and the like are read as kept by the rules)
    (r"(^|[，,;；:：。\n]\s*)" + _KEPT_THING_ZH + r"(?:\s*(?:和|与|跟|、|以及|及|还有)\s*" + _KEPT_THING_ZH + r")*\s*(?:也|都|全都|就)?\s*"
     r"(?:不要变|别变|不用变|不需要变|不能变)(?:了|吧|哈|啊)?(?=\s*(?:$|[，,;；。！!\n]))", r"\1"),
    # the video's fade given a length with a verb: "淡出改成1.5秒", "结尾淡出改成1.5秒", "fade out改成1.5秒" (the
    # length went to the video: 1.5 s, set FJ fj121, found probing); "视频比现在短5秒" is 5 s shorter (it was made 5 s long, fj010)
    (r"(?:(?<=^)|(?<=[，,。；;\s]))(?:视频|整体|整个视频)?\s*(?:的)?\s*(?:结尾|片尾|最后)?\s*(?:的)?\s*淡出" + _FADE_SET_ZH, "结尾淡出"),
    (r"(?:(?<=^)|(?<=[，,。；;\s]))(?:视频|整体|整个视频)?\s*(?:的)?\s*(?:开头|开始|片头|最开始)?\s*(?:的)?\s*淡入" + _FADE_SET_ZH, "开头淡入"),
    (r"(?:(?<=^)|(?<=[，,。；;\s]))(?:the\s+)?fade[\s-]*(in|out)" + _FADE_SET_ZH + r"(\d+(?:\.\d+)?)\s*秒", r"fade \1 \2 seconds"),
    (r"比\s*(?:现在|原来|之前|目前|当前)(?:的)?\s*短\s*(?=\d+(?:\.\d+)?\s*秒)", "缩短"),
    (r"比\s*(?:现在|原来|之前|目前|当前)(?:的)?\s*长\s*(?=\d+(?:\.\d+)?\s*秒)", "延长"),
    # beat sync refused or turned off: "no beat sync", "turn off the beat sync", "don't cut it to the beat",
    # "不要卡点", "取消卡点" (read as the sync itself, as the music muted, or as the music removed: sets FK fk079 fk143, found
    # probing), written as the one word edits/promo_video.py reads ("nobeatsync": no word the frames know)
    (r"\b(?:turn\s+off|switch\s+off|disable|remove|undo|cancel|stop|no|without|drop|get\s+rid\s+of)\s+(?:the\s+)?"
     r"(?:beat[\s-]?(?:sync(?:ing|ed)?|match(?:ing)?)|(?:syncing|sync|cutting)\s+(?:to|with|on)\s+(?:the\s+)?(?:beats?|rhythm))\b", "nobeatsync"),
    (r"\b(?:don'?t|do\s+not|never|no\s+need\s+to)\s+(?:sync|cut|time|match|align|edit)\w*\s+(?:(?:it|the\s+\w+)\s+)?"
     r"(?:to|with|on)\s+(?:the\s+)?(?:(?:music|song)(?:'s)?\s+)?(?:beats?|rhythm)\b", "nobeatsync"),
    (r"(?:取消|不要|别|不用|不需要|无需|关掉|关闭|去掉|不)\s*(?:再)?\s*(?:卡点|踩点|卡节拍|踩节拍)", "nobeatsync"),
    # a note's label and an instruction after its colon: "Title: make it bigger and have it drop in from the top",
    # "title: one size up, white, fade in" (the title's words were set to "make it bigger", "one size up"; set FK fk029 fk125)
    (r"(?:(?<=^)|(?<=[\n\-*•·]\s)|(?<=[\n\-*•·])|(?<=[.;]\s))(title|headline|captions?|subtitles?|music|bgm|voice\s*-?\s*over|voiceover|voice|narration|logo|transitions?|end\s+card)"
     r"\s*:\s*(?=(?:please\s+|pls\s+|just\s+)?(?:make|have|move|put|set|change|turn|use|give|keep|let|bring|shift|raise|lower|"
     r"one\s+size|a\s+size|(?:a\s+)?(?:bit|little|touch|tad)\s+(?:bigger|smaller|larger|louder|quieter|longer|shorter|higher|lower)|"
     r"(?:bigger|smaller|larger|louder|quieter|longer|shorter|higher|lower)\b))", r"for the \1, "),
) + REWRITES
# (session 46, after every rewrite that writes it) an overlay added, then its time once the title is gone said of it after
# "but": "加上logo，但是标题出现的时候先不要显示logo" (the time was dropped without a word: shown the whole video; set FI fi068)
REWRITES = REWRITES + (
    (rf"(?:加上?|添加|放上?|加个)\s*((?:logo|水印|贴纸|标志))\s*[,，]?\s*(?:但是|不过|但)?\s*(?:logo|水印|贴纸|标志)?\s*(从{AFTER_TITLE})", r"\1\2"),
)
# --- session 47 (wave 53) ---------------------------------------------------------------------------------------------
REWRITES = (
    # a fade with its length and nothing named before it is the whole video's, as "fade in 3 seconds" is: "淡入3秒",
    # "淡出2秒" (not understood: only the captions' entrance was offered); at a sentence's start only ("标题淡入2秒，淡出2秒"
    # is the title's way out)
    (r"(^|[；。！!\n]\s*)(?:再|然后)?\s*(?:加个|加上?|来个)?\s*淡入\s*(?=\d+(?:\.\d+)?\s*秒)", r"\1开头淡入"),
    (r"(^|[；。！!\n]\s*)(?:再|然后)?\s*(?:加个|加上?|来个)?\s*淡出\s*(?=\d+(?:\.\d+)?\s*秒)", r"\1结尾淡出"),
    # the title's way out said "at the end" (of its own time): "have the title fade out at the end", "the title should fade
    # away at the end" (not understood)
    (r"\b((?:the\s+)?(?:title|headline)\b[^.;!?]{0,20}?\s)fade\s*(?:out|away)\s+at\s+the\s+end\b(?!\s+of\s+the\s+(?:video|clip))", r"\1fade out"),
    # a hedge between a thing and its direction: "the voice maybe down a touch", "music perhaps a bit louder" (the
    # direction was left unread; set FN fn084)
    (r"(\b(?:voice\s*-?\s*over|voiceover|voice|narration|music|bgm|title|captions?|logo|sticker|clip|transitions?)\s+)(?:maybe|perhaps|possibly|probably)\s+"
     r"(?=(?:up|down|louder|quieter|softer|bigger|smaller|larger|longer|shorter|faster|slower|a\s+(?:bit|touch|little|tad))\b)", r"\1"),
    # the colour now given as the reason for a new one: "字幕能不能换成黄色的，白色在浅色背景上看不清" (the captions were made
    # white, and a size bigger; set FN fn003)
    # (only after a new colour said in its sentence: "…，白色看不清" alone stays the complaint the older rule reads)
    (r"((?:[白黑灰黄红蓝绿粉紫橙金银]|浅|深)色[^。；;！!？?\n]{0,20}?[,，;；]\s*)(?:因为|毕竟)?\s*(?:现在的?|原来的?|目前的?)?\s*(?:[白黑灰黄红蓝绿粉紫橙金银]|浅|深)色(?:的字|的)?\s*(?:(?:放)?在[^,，。；;!！?？]{0,12}?)?\s*"
     r"(?:看不清楚?|看不见|看不太清楚?|不明显|不清楚|太淡了?|不显眼|不好看清?)(?:了|啊|呀)?(?=\s*(?:$|[,，。；;!！]))", r"\1"),
    # a vague size with its number in brackets: "pretty small (like 8% of the width)" (the whole clause was not understood
    # and the logo laid in the default corner; set FN fn066)
    (r"\b(?:pretty|quite|really|very|fairly|nice\s+and|kinda|kind\s+of)?\s*(?:small|smaller|big|bigger|large|larger|tiny|little)\s*\(\s*(?:like|about|around|roughly|say|maybe|~)?\s*"
     r"(\d+(?:\.\d+)?\s*%(?:\s+of\s+the\s+(?:frame\s+|video\s+|screen\s+)?(?:width|frame|screen|video))?)\s*\)", r"\1"),
    # the logo not over the title: shown once the title is gone ("I don't want it over the opening title" removed the title)
    (r"\b(?:i\s+)?(?:don'?t|do\s+not)\s+want\s+(it|the\s+logo|logo|the\s+sticker|the\s+watermark)\s+(?:over|on\s+top\s+of|covering|blocking|hiding|clashing\s+with|on)\s+(?:the\s+)?(?:opening\s+|intro\s+|big\s+)?(?:title|headline)\b",
     r"show \1 only after the title is gone"),
    # "keeps clashing with" is "is clashing with" (its "keep" was read as a wish to keep)
    (r"\bkeeps?\s+(clashing|overlapping|covering|blocking|hiding|crowding|bumping|running)\b", r"is \1"),
    # the text named in English before a Chinese look: "title字体用display" (the font went to every text; set FN fn121)
    # ("title改成“Black Friday”，字体用display": the font after the comma went to every text)
    (r"(?<![a-z])(?:title|headline)\s*(?=[\u4e00-\u9fff])", "标题"),
    (r"(?<![a-z])(?:captions?|subtitles?)\s*(?=[\u4e00-\u9fff])", "字幕"),
    # a sound named in English before a Chinese verb: "music调到0.2" (not understood)
    (r"(?<![a-z])(?:music|bgm)\s*(?=(?:的)?\s*(?:音量)?\s*(?:调到|调成|调为|设为|设成|改成|改为|降到|提高到|开到)\s*\d)", "音乐"),
    (r"(?<![a-z])(?:voice\s*-?\s*over|voiceover|voice|narration|vo)\s*(?=(?:的)?\s*(?:音量)?\s*(?:调到|调成|调为|设为|设成|改成|改为|降到|提高到|开到)\s*\d)", "配音"),
    # "把图片都缩短到每张3秒": to 3 s each, never 3 s less (each picture was 3.4 s; set FN fn117)
    (r"(缩短|缩减|减少|延长|加长|拉长)\s*(?:到|为|成)\s*每\s*张\s*(?=\d)", r"每张\1到"),
    # the pictures with no count before a length: each of them ("图片都改成3秒", "把图片都缩短到3秒" made the video 3 s)
    (r"((?:^|[,，;；。！!\n]\s*)(?:请|麻烦)?\s*(?:把|将)?\s*)(?:图片|照片|图)\s*(?:都|全部|全都|统一)?\s*(?=(?:改成|改为|设为|设成|调成|调到|缩短到|缩短为|缩到|延长到|延长为|变成|统一成|统一为|放|停|显示)\s*\d+(?:\.\d+)?\s*秒)",
     r"\1所有图片都"),
    # a card's words after a comma or a full stop, and its second line said by its size: "add a simple end card, 'Shop
    # now', with our website … underneath", "add an end card. Big text 'Visit us in store', a smaller line under it with our
    # address '12 High Street, Bath'" (the card said the title's words; set FN fn103 fn086)
    (r"\b(end\s*card|closing\s+card|outro(?:\s+card)?|end\s+screen|final\s+card)\s*[,:\-–—]\s*(?=\ue000\d+\ue001)", r"\1 "),
    (r"\b(end\s*card|closing\s+card|outro(?:\s+card)?|end\s+screen|final\s+card)\s*[.:;,]\s*(?:with\s+)?(?:big|main|large|bold|huge)\s+(?:text|words|line|letters|headline)\s*(?:saying|that\s+says|reading|:)?\s*(?=\ue000\d+\ue001)", r"\1 "),
    (r"[,;]?\s*\b(?:and\s+)?(?:with\s+)?(?:a|one)\s+(?:smaller|small|second|little|tiny)\s+line\s+(?:of\s+text\s+)?(?:(?:under(?:neath)?|below|beneath)(?:\s+(?:it|that))?\s*)?"
     r"(?:with\s+(?:our|the|my)\s+(?:address|website|url|link|handle|phone(?:\s+number)?|number|email)\s*|saying\s+|that\s+says\s+|reading\s+|:\s*)?(?=\ue000\d+\ue001)",
     " with a second line "),
    # the logo moved from over the video to the end card: "Rather than a logo sitting on top of the video the whole time,
    # could it go on an end card?" (the logo was laid over the video as well; set FN fn088)
    (r"\b(?:rather\s+than|instead\s+of)\s+(?:a|the|our)\s+(logo|watermark)\s+(?:sitting|being|placed|floating|shown|showing|stuck|staying)\b[^,.;!?]*[,;]?\s*"
     r"(?:could|can|should|would)\s+(?:it|we\s+put\s+it|you\s+put\s+it)\s+(?:go|be|sit|appear)?\s*on\s+(?:an?\s+|the\s+)?(end\s*card|closing\s+card|outro(?:\s+card)?|end\s+screen)",
     r"put the \1 on the \2"),
    # a card with a word of its look before it: "add a simple end card 'Shop now'" (not understood)
    (r"\b(?:an?|the)\s+(?:simple|quick|short|little|small|nice|clean|basic|plain|minimal|proper|final)\s+(?=(?:end\s*card|closing\s+card|outro|end\s+screen)\b)", "an "),
    # a place in the order said with "too": "…give it 10 seconds. Put it first too." (not understood)
    (r"\b(first|last|(?:to|at)\s+the\s+(?:front|start|beginning|end))\s+(?:too|as\s+well)\b(?!\s+[a-z])", r"\1"),
    # a sentence's lead word and a colon: "So: ring picture first please" (not understood)
    (r"(^|[.!?\n]\s*)(?:so|ok(?:ay)?|right|basically|anyway|alright|well)\s*:\s*", r"\1"),
    # the pictures' zoom said as 放大效果: "图片的放大效果也关了" (not understood; 标题的放大效果 is the title's entrance)
    (r"放大(?<!标题的放大)(?<!字幕的放大)(?<!文字的放大)(?<!标题放大)(?<!字幕放大)(?<!文字放大)(?<!logo的放大)(?<!logo放大)\s*(?:的)?\s*(?:效果|动效|特效)", "缩放效果"),
    # "drop it to like 50%": the share after "like" is the one said (the clip's sound was lowered a step, "like 50%" looked
    # for as a thing; set FN fn051)
    (r"\b(to|at)\s+(?:like|about|around|roughly|maybe|say|approx\.?|approximately)\s+(?=\d+(?:\.\d+)?\s*%)", r"\1 "),
    # one text pointed at and not named: "他说那个字太小了", "that text is too small" (every text was made bigger; which one is
    # asked, as "it" is; set FN fn031)
    (r"(?<![面间部边角方])(?:那个|这个)\s*字(?![幕体号])", "它"),
    (r"\b(?:that|this)\s+(?:bit\s+of\s+|piece\s+of\s+|line\s+of\s+)?text\b", "it"),
    # an overlay not placed for now is nothing to do: "logo先不放" (said not understood; set FN fn111)
    (r"(?:^|(?<=[,，;；。！!\n]))\s*(?:logo|水印|贴纸|标志)\s*(?:就|也)?\s*(?:先|暂时|暂且)?\s*(?:不放|不加|不要放|不用放|不用加|别放|别加|不要加)(?:了|吧)?\s*(?=$|[,，;；。！!\n])", ""),
    # the kit said, then "set it up": "…麻烦把品牌套件设置好" (said not understood)
    (r"(?:^|(?<=[,，;；。！!\n]))\s*(?:麻烦|请|帮我)?\s*(?:你)?\s*(?:把|将)?\s*(?:品牌)?(?:套件|设置|规范|vi)\s*(?:都)?\s*(?:设置好|设好|弄好|配置好|应用上|用上|设置一下)(?:了|吧)?\s*(?=$|[,，;；。！!\n])", ""),
    # the very bottom: "字幕放在最底" (not understood; set FO fo057)
    (r"最底(?![部下层端])", "底部"),
    # "too" between a thing and its wish: "转场也慢一点" (not understood; set FO fo015)
    (r"(转场|过渡|音乐|背景音乐|配音|旁白|标题|字幕)\s*也\s*(?=(?:慢|快|短|长|大|小|高|低)\s*(?:一点|一些|点|些))", r"\1"),
    # a wipe or slide to a side said before it: "转场换成向左的wipe" (looked for as a file; set FO fo104)
    (r"(?<!从.)(?<!从)(?:向|往)\s*左\s*(?:的)?\s*(wipe|slide)", r"\1left"),
    (r"(?<!从.)(?<!从)(?:向|往)\s*右\s*(?:的)?\s*(wipe|slide)", r"\1right"),
    (r"(?<!从.)(?<!从)(?:向|往)\s*上\s*(?:的)?\s*(wipe|slide)", r"\1up"),
    (r"(?<!从.)(?<!从)(?:向|往)\s*下\s*(?:的)?\s*(wipe|slide)", r"\1down"),
    # why after a length: "make it 25 seconds so nothing feels rushed" (said not understood; set FP fp093)
    (r"(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\s+so\s+(?:that\s+)?(?:nothing|it|things|everything|people|viewers|the\s+\w+)\s+(?:feels?|looks?|seems?|is|isn't|doesn't|don't|won't|can|has|gets?)\b[^,.;!?]*", r"\1"),
    # the logo not on the whole time, only a part: "actually i don't want the logo on the whole time, just the last five
    # seconds" (the logo was removed; set FP fp134)
    (r"\b(?:i\s+)?(?:don'?t|do\s+not)\s+want\s+(the\s+logo|the\s+sticker|the\s+watermark|it)\s+(?:on|up|there|showing|shown|visible)?\s*(?:for\s+)?(?:the\s+)?(?:whole|entire)\s+(?:time|video|thing)\s*[,;]?\s*(?:just|only)\s+(?:for\s+|in\s+|during\s+)?",
     r"show \1 only for "),
    # a thing missing said after another complaint: "music is too loud and my logo's missing, put it top right" (the music
    # was left as it was; set FP fp116)
    (r"\s+and\s+(?:my|our|the)\s+(logo|watermark|sticker|title|captions?|music|voice\s*-?\s*over|voiceover)(?:'s|\s+is|\s+are)\s+(missing|gone|not\s+there)\b", r", the \1 is \2"),
    # a number said again without its unit: "…have to be under 20 seconds, so make it 20" (the second was not read)
    (r"\b(\d+)(\s*(?:s|secs?|seconds?)\b[^.;!?]{0,40}?\b(?:make|set|cut|get)\s+it\s+(?:to\s+)?)\1(?![\d.]|\s*(?:s\b|secs?\b|seconds?\b|%|fps|x\b))", r"\1\2\1 seconds"),
    # one picture pointed at and not named, said too long: "that one's too long, cut it down a bit" (the video was cut;
    # which one is asked, as for "this one is too long"; set FP fp044)
    (r"(^|[.!?;]\s*)(that|this)\s+(?:one|picture|photo|image|pic|shot|slide)(?:'s|\s+is)\s+(?=(?:way\s+|much\s+|a\s+bit\s+|kinda\s+)?too\b)", r"\1\2 one is "),
    # a voice made clearer is a louder one: "make the voiceover clearer", "旁白清楚一点" (not understood; the English was
    # corrected to "cleared" and the voiceover removed before "clearer" was a plain word; held-out shape IG)
    (r"\b(voice\s*-?\s*over|voiceover|voice|narration|narrator|vo)\b([^.;!?,]{0,20}?)\b(?:clearer|more\s+clear|crisper|easier\s+to\s+hear|more\s+audible)\b", r"\1\2louder"),
    (r"(配音|旁白|人声|解说|口播|讲话声音?|说话声音?)\s*(?:再)?\s*(?:清楚|清晰|听得清)\s*(一点|一些|点|些)", r"\1大\2"),
    # the music not over the voice: "music shouldn't drown out the voice", "音乐别盖过人声" (not understood)
    (r"\b(?:the\s+)?(?:music|bgm|background\s+music|song|track)\s+(?:shouldn'?t|should\s+not|mustn'?t|must\s+not|can'?t|cannot)\s+(?:drowns?(?:\s+out)?|covers?|overpowers?|bury|buries|be\s+louder\s+than)\s+(?:the\s+)?(?:voice\s*-?\s*over|voiceover|voice|narration|talking|speaking)\b",
     "make the music quieter"),
    (r"(?:背景音乐|音乐|bgm|配乐)\s*(?:别|不要|不能)\s*(?:盖过|盖住|压过|压住|抢了?|大过)\s*(?:了)?\s*(?:人声|配音|旁白|讲话|说话|解说)(?:的声音)?", "音乐小声一点"),
    # the title's new words said after its look: "make the title white and have it read Big Summer Sale", "title in red,
    # and the wording should be Flash Sale Today" (the words were dropped without a word; held-out shape IG)
    (r"(\b(?:title|headline)\b[^.;!?]{0,40}?)\bhave\s+it\s+(?:read|say)\s+", r"\1change it to say "),
    (r"(\b(?:title|headline)\b[^.;!?]{0,40}?)\b(?:the\s+|its\s+)?(?:wording|words|text)\s+(?:should|must|needs\s+to|has\s+to)\s+(?:be|say|read)\s+", r"\1change its text to "),
    # "change the title to X and make the text orange": the text is the title's (every text was coloured)
    (r"(\b(?:title|headline)\b[^.;!?]{0,60}?\band\s+(?:make|turn|colou?r|set)\s+)the\s+(?:text|words|letters|lettering)\b(?!\s+(?:and|&)\s+(?:the\s+)?captions)", r"\1it"),
    # a sound lowered by half said 降一半 / 小一半 (read as half speed: "开箱视频的声音降一半"; held-out shape IH), doubled
    (r"(声音|音量|原声)\s*(?:降|减|调小|小|降低|减小|压)\s*(?:了)?\s*(?:一半|1半)", r"\1降低50%"),
    (r"(声音|音量|原声)\s*(?:加倍|翻倍|翻一倍|大一倍|提高一倍)", r"\1提高100%"),
    (r"\bcut\s+(?:the\s+)?(music|bgm|voice\s*-?\s*over|voiceover|voice|narration|soundtrack)(?:'s)?\s+(?:volume|level)\s+in\s+half\b", r"halve the \1"),
    (r"\bdouble\s+(?:the\s+)?(music|bgm|voice\s*-?\s*over|voiceover|voice|narration|soundtrack)(?:'s)?\s+(?:volume|level)\b", r"make the \1 100% louder"),
    # a thing inside a clip or a picture taken out: "开箱视频里有个水印，帮我去掉" (the clip was removed; held-out shape IJ):
    # what it shows is no edit's, said as the cut-out no edit reads
    (r"(?:视频|片段|clip|那段|这段)\s*(?:里|里面|中)\s*(?:有个|有一个|有一些|有些|有)\s*(?!字|文字|字幕|标题|片尾)([^，,。；;！!？?\s的]{1,8}?)\s*[,，]?\s*(?:能不能|可以|可不可以)?\s*(?:帮我|麻烦)?\s*(?:把它|把这个|把那个)?\s*(?:去掉|删掉|抹掉|p掉|去除|擦掉|弄掉|遮掉|盖掉)",
     r"把\1抠图"),
    (r"\bthere(?:'s|\s+is|\s+are)\s+(?:a|an|some|this|that)\s+(?!(?:picture|photo|image|pic|shot|slide|clip|video|caption|subtitle|title|text|typo|mistake|gap|pause)s?\b)([a-z][a-z\-]*(?:\s+[a-z][a-z\-]*)?)\s+"
     r"(?:in|on)\s+(?:the\s+|my\s+|our\s+|that\s+|this\s+)?(?:[a-z0-9_\-]+\.(?:mp4|mov|webm|jpe?g|png)|(?:[a-z0-9\-]+\s+)?(?:clip|footage|photo|picture|image|pic|shot))\b\s*[,;.]?\s*"
     r"(?:(?:can|could)\s+you\s+|please\s+|pls\s+)?(?:remove|delete|erase|get\s+rid\s+of|take\s+out|blur|hide|cover)\s+(?:it|that|them)\b", r"background removal of \1"),
    # a file made the brand's logo, said with no 把: "logo.png设为品牌logo，放在右上角" (not understood); then "也放一个" of it
    (r"(^|[,，;；。！!\n]\s*)([a-z0-9_\-]+\.(?:png|jpe?g|svg|webp))\s*(?:设为|设成|作为|当作?|当成|用作|做)\s*(?:我们的?)?\s*品牌\s*(?:的)?\s*(?:logo|标志)(?:\s*[,，]\s*(?=(?:再)?(?:放|移|挪)))?", r"\1把\2设成品牌logo，并"),
    (r"(品牌\s*(?:的)?\s*(?:logo|标志)\s*(?:用|是|设为|设成|就用)\s*[a-z0-9_\-]+\.(?:png|jpe?g|svg|webp)\s*[,，]\s*)(?:(?:画面)?([^，,。；;\s]{1,6}?))\s*(?:也|再|同时)\s*放\s*(?:一个|1个|个)",
     r"\1把logo放在\2"),
    # the title's entrance refused by its moment: "标题进场不要弹跳，淡入就行" (the title was removed; held-out shape IH);
    # 蹦出来 is its pop; "慢慢出现" of the title is a fade in (not understood)
    (r"标题\s*(?:的)?\s*(?:进场|出场|入场|出现|动画|出来)\s*(?:的时候)?\s*(?:不要|别|不用)\s*(?:再)?\s*(?:弹跳|弹出来|弹出|弹|蹦出来|蹦|跳出来|跳)", "标题不要弹出"),
    (r"标题\s*(?:不要|别|不用)\s*(?:再)?\s*(?:蹦出来|蹦|跳出来|弹跳)", "标题不要弹出"),
    (r"(标题[^。；;！!]{0,12}?)(?:慢慢|缓缓|渐渐|逐渐)\s*(?:地)?\s*(?:出现|浮现|显现|显示出来|出来)", r"\1淡入"),
    (r"([,，]\s*)淡入\s*(?:就行|就好|就可以|即可)(?:了)?", r"\1改成淡入"),
    # lengths said other ways: "视频剪到60秒以内" (a limit), "视频短一点，20秒差不多" (that length), "缩短到原来的一半"
    (r"(?:剪|缩|缩短|压缩|压)\s*(?:到|成)\s*(\d+(?:\.\d+)?\s*(?:秒|分钟))\s*(以内|之内|以下)", r"控制在\1\2"),
    (r"(\d+(?:\.\d+)?\s*秒)\s*(?:钟)?\s*(?:差不多|就差不多|左右就行|左右就好|就够了|就行|就可以)(?:了)?", r"\1"),
    (r"(?:缩短|剪短|剪|缩|压缩|减)\s*(?:到|成)\s*(?:原来|现在)\s*的\s*(?:一半|1半)", "时长减半"),
    # "make the title last 5 seconds": how long it lasts, never its last 5 seconds (it was moved to 25-30 s; held-out shape IH)
    (r"\b(make|let|have|keep)\s+(the\s+(?:title|headline|captions?|logo|sticker|end\s*card|card|outro)|it)\s+last\s+(?=(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|half)\b)(?![^,.;!?]{0,16}?\b(?:longer|shorter|more|less|extra)\b)", r"\1 \2 last for "),
    # the title gone with no way out: "…, then it should just disappear", "the title should just disappear, no fade"
    # (nothing was done for it without a word), "no exit animation for the title"
    (r"\b(?:then\s+)?(?:it|the\s+title|the\s+headline)\s+(?:should|can|must|will)?\s*(?:just|simply)\s+(?:disappear|vanish|cut\s+(?:out|off)|go\s+away|be\s+gone)\b(?:\s*,?\s*no\s+(?:fade|animation))?",
     "remove the title's exit animation"),
    (r"\bno\s+(?:exit|out)\s+animation\s+(?:for|on)\s+the\s+(title|headline|captions?)\b", r"remove the \1's exit animation"),
    # an exit by a transition's name: "make the title exit with a wipe" (not understood): its slide out
    (r"\b(?:make|have|let)\s+(it|the\s+title|the\s+headline)\s+(?:exit|leave|go\s+out)\s+with\s+a\s+(?:wipe|slide)\b", r"let \1 slide out"),
    # a part of the video said to show the title: "the last 5 seconds should show the title" (it was shown 0-5 s)
    (r"\b(?:the\s+)?(last|final|first|opening)\s+(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\s+(?:should|must|need\s+to|will|can)\s+(?:show|have|display|feature)\s+(?:the\s+)?(title|headline)\b",
     r"show the \3 for the \1 \2 seconds"),
    # both ends of the video to black said other ways: "首尾加黑场", "前后都渐变黑", "视频开头结尾加个过渡" (not understood, the
    # last dropped without a word; held-out shape IH)
    (r"(?:视频)?\s*(?:首尾|头尾|开头\s*(?:和|跟)?\s*结尾|前后)\s*(?:都|各)?\s*(?:加上?|加个|加一个|做|来个)?\s*(?:黑场|黑屏|渐变黑|渐黑|变黑|过渡|淡入淡出)(?:效果)?", "开头结尾都加淡入淡出"),
    (r"(?:视频)?\s*(?:首尾|头尾|开头\s*(?:和|跟)?\s*结尾|前后)\s*(?:都|各)?\s*(?:加上?|加个|加一个|做|来个)?\s*(?:白场|白屏|渐变白|渐白|变白)(?:效果)?", "首尾淡入淡出到白色"),
    # a clip's part kept said with 留: "视频片段只留5秒", "视频片段留前面6秒就好", "clip从第2秒开始留5秒" (not understood)
    (r"((?:视频片段|片段|clip|那段视频|这段视频|那段|这段)[^，,。；;]{0,10}?)(?<!停)(?<!保)\s*(?:只)?\s*(?:保留|留)\s*(?:下)?\s*(前面|后面|前|后|最后|中间)?\s*(?=\d)", r"\1只要\2"),
    # a sound at its loudest said 拉满 / 最大 ("开箱视频音量拉满" lowered it to 60 %), or doubled as 放大两倍 (not understood)
    (r"(声音|音量|原声|音乐|配音|旁白|人声)\s*(?:拉满|开满|调满|直接拉满|开到最大|调到最大|最大)(?!化)", r"\1调到100%"),
    (r"(声音|音量|原声)\s*(?:放大|调大|加大|开大)\s*(?:两倍|2倍|一倍|1倍)", r"\1提高100%"),
    (r"\bmax\s+out\s+(?:the\s+)?(music|bgm|voice\s*-?\s*over|voiceover|voice|narration)(?:'s)?(?:\s+volume)?\b", r"turn the \1 all the way up"),
    # a count in thousands is no resolution: "I've got about 2k followers on TikTok" (made it 1440x2560)
    (r"\b(\d+(?:\.\d+)?)\s*k\s+(?=(?:followers|views|likes|subscribers|fans|customers|people|sales|orders|plays|hits)\b)", r"\1 thousand "),
    # the first picture said as the opening shot or the cover: "首图用戒指", "卡点，第一个镜头放帽子" (dropped without a word),
    # "戒指当首图" (not understood; held-out shape IK)
    (r"(?:首图|封面图|第\s*[1一]\s*个\s*(?:镜头|画面)|第\s*[1一]\s*帧|开场画面)\s*(?:就)?\s*(?:用|放|换成|改成|是|要用|要放|要)\s*(?!标题|字幕|文字)([^，,。；;！!？?\s]{1,10}?)(?:那张|的图|的照片)?(?=\s*(?:$|[，,。；;！!？?\s]))", r"把\1放第1"),
    # (its thing starts a clause or follows 把: tried at every character it cost 19 ms over the bench's long messages)
    (r"(?:(?<=^)|(?<=[，,。；;！!？?\s]))(?:把)?\s*([^，,。；;！!？?\s]{1,10}?)(?:那张|的图|的照片)?\s*(?:当|当作|作为|做)\s*(?:首图|封面图?|第一张|开场)(?=\s*(?:$|[，,。；;！!？?\s]))", r"把\1放第1"),
    # a card's lines said as 主文字 / 副文字: "结尾卡片主文字“限时特惠”，副文字“仅限本周”" (not understood; held-out shape IL)
    (r"(结尾卡片|片尾卡片|片尾|结尾|卡片)\s*(?:的)?\s*(?:主文字|主文案|主文本|主标题|大字)\s*(?:写|是|为|用)?\s*[:：]?\s*(?=\ue000)", r"\1写"),
    (r"(?:副文字|副文案|副文本)\s*(?:写|是|为|用)?\s*[:：]?\s*(?=\ue000)", "副标题"),
    # a brand's colour and font said in one breath: "our brand is teal with the playfair font", "Brand-wise we go with
    # burgundy and a handwriting font", "Our brand colour is navy and we always use a serif font" (asked what the font was
    # of, or every text's font set; held-out shape IL)
    (r"\b(?:our\s+)?brand(?:[\s-]wise)?(?:\s+colou?r)?\s*,?\s*(?:is|are|=|we\s+go\s+with|we\s+use|goes\s+with)\s+([a-z]+)\s+(?:with|and|plus)\s+(?:the\s+|a\s+|an\s+)?([a-z\-]+)\s+(?:font|typeface)\b",
     r"our brand colour is \1, our brand font is \2"),
    (r"(\bbrand\b[^.;!?]{0,60}?)\s*,?\s*\band\s+we\s+(?:always\s+|usually\s+|also\s+|mostly\s+)?use\s+(?:a\s+|the\s+)?([a-z\-]+)\s+(?:font|typeface)\b",
     r"\1; our brand font is \2"),
    # the video's fades and their colour said after them: "add a fade in and a fade out, make them white" (black was used and
    # the colour said not understood; held-out shape IK), "fade in and out, use white", "a fade in, a fade out, both to white",
    # "fade in/out to white", "dip to white at start and end", "fade the video in and out"
    (r"\bfade\s*(?:-\s*)?in\s*/\s*(?:fade\s*(?:-\s*)?)?out\b", "fade in and out"),
    (r"\bfade\s+(?:the\s+)?(?:whole\s+)?(?:video|thing|clip)\s+in\s+and\s+out\b", "fade in and out"),
    (r"\ba\s+fade[\s-]*in\s*,\s*(?:and\s+)?a\s+fade[\s-]*out\b", "a fade in and a fade out"),
    (r"\b(?:dip|fade|go)\s+to\s+(white|black)\s+(?:at\s+(?:the\s+)?(?:start|beginning)\s+and\s+(?:the\s+)?end|at\s+both\s+ends)\b", r"fade in and out with \1"),
    (r"(?<!second\s)(?<!seconds\s)(?<!\dsec\s)(?<!\ds\s)(?<!\d\ss\s)(?:\b(?:add|put|do|use|have|want|need)\s+(?:a\s+|some\s+)?)?(\bfade[\s-]*in\b[^.;!?\d]{0,30}?\bfade[\s-]*out\b|\bfade\s+in\s+and\s+out\b)\s*,?\s*(?:(?:please|pls)\s*,?\s*)?(?:and\s+)?"
     r"(?:(?:make\s+(?:them|it|both)(?:\s+be)?|use|both\s+(?:to|in|from)|in|with)\s+)?(white|black)\b(?!\s+(?:title|text|captions?|font|background|card|logo|letters))(?:\s*,?\s*not\s+(?:white|black))?",
     r"fade in and out with \2"),
) + REWRITES


# --- session 48 (wave 54) ---------------------------------------------------------------------------------------------
# the colours a card or a kit is said in, and the fonts by name, as this block's rewrites read them
_SAID_COLOURS = r"(?:red|black|white|gold|golden|navy|blue|green|yellow|orange|pink|purple|grey|gray|teal|beige|brown|silver)"
_FONT_WORDS = r"(?:sans|serif|display|handwriting|playfair)"
REWRITES = (
    # cuts on the beat said with the verb first and 卡点 / 切 after: "去掉转场，跟着音乐节奏卡点" (the first clause's 去掉 took
    # the music and removed it), "每张相都跟住鼓点切" (not understood; set FQ)
    (r"(?:跟着|随着|按照?|踩着?|卡着?|根据|配合)\s*(?:背景)?(?:音乐|bgm|配乐|歌)?\s*的?\s*(?:鼓点|节拍|节奏|拍子)\s*(?:来)?\s*"
     r"(?:切换|切图|换图|切|换|卡点|剪辑|剪)", "卡点"),
    # "fade all the captions in" (not understood; set FR fr132)
    (r"\bfade\s+(?:all\s+(?:of\s+)?|every\s+|each\s+)(?:the\s+)?(?:captions?|subtitles?)\s+(in|out)\b", r"fade the captions \1"),
    # a comparison said with "'s": "bring clip.mp4's sound up a bit, it's quieter than the unboxing one" lowered the unboxing
    # (the comparisons' rewrites read "is quieter than"; set FR fr022)
    (r"\b(it|that|this)'s\s+(?=(?:(?:way|much|far|a\s+lot|a\s+bit|even|still)\s+)?(?:louder|quieter|softer)\s+than\b)", r"\1 is "),
    # a picture's part said cut off: "the watch is getting its top cut off, show the whole pictures" (not understood; set FR)
    (r"\b(is|are|gets|get)\s+(?:getting\s+|being\s+)?(?:its|their|the)\s+(?:top|bottom|sides?|edges?|head|ends?|corners?)\s+(?:cut|chopped|cropped)\s+off\b",
     "is cropped"),
    # an order said as a list of files after "reorder to": "Reorder to: gold-ring.jpg, green-watch.png, …" (not understood)
    (r"\breorder\s+(?:them\s+|it\s+|the\s+(?:pictures|photos|images|slides|shots)\s+)?(?:to|as|like\s+(?:this|so))\s*:?"
     r"(?=\s*[a-z0-9_\-]+\.(?:jpe?g|png|webp|mp4|mov)\b)", "reorder:"),
    # the part of a clip needed: "only need the first 5 sec of the clip" (not understood; set FQ fq021)
    (r"\b(?:i\s+|we\s+)?only\s+(?:need|want|use)\s+(?=the\s+(?:first|last|opening|final)\s+\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\s+of\b)",
     "keep only "),
    # the clip said inside the video: "视频里面嗰段clip嘅声太大" (asked which sound: 视频 read as the clips' sound; set FQ)
    (r"视频\s*(?:里面|里边|里头|里|中)\s*的?\s*(?=(?:那|这)\s*(?:1\s*)?段\s*(?:clip|片段|视频))", ""),
    # the sale sticker said as a banner or a badge: "slap the sale banner in the top right" (not understood; set FR fr094)
    (r"\bthe\s+(sale|discount|promo|offer|deal)\s+(?:banner|badge|tag|graphic)\b", r"the \1 sticker"),
    # both clips: "两个clip都静音，只留bgm" (looked for a thing named "2个clip都"; set FR fr013)
    (r"(?:2|两)\s*(?:个|段)\s*(?:clips?|视频片段|片段)\s*(?=都|全部|全都)", "2段视频"),
    # an overlay twice its size: "logo大一倍" (not understood; set FQ fq089)
    (r"(logo|标志|贴纸|水印)\s*(?:再)?\s*大\s*(?=(?:1|2|两)\s*倍)", r"\1放大"),
    # a bare fade after a card: the card has no fade of its own, the video's end fades ("结尾加个卡片写“立即购买”，然后淡出",
    # "add an end card 'Shop now', fade out": the fade was said not understood; held-out shapes IN, IO)
    # ("加个结尾卡“谢谢观看”再淡出", "加一个片尾“关注我们”，淡出结束"; "add a closing card 'Thanks!' and a fade out", "an end card
    # 'Visit us' that fades out", "end on a card 'Shop now' with a fade out" (dropped without a word), "put an end screen
    # 'Follow us' and fade to black after it", "let the video fade out at the very end")
    (r"淡出\s*(?:结束|收尾|结尾)(?=\s*(?:$|[，,。；;！!？?]))", "淡出"),
    (r"((?:结尾卡|片尾卡?|卡片|尾卡|结尾页)[^。；;！!？?]{0,40}?(?:[，,]\s*(?:然后|最后|再|接着|之后)?|(?:然后|最后|再|接着|之后)))\s*(?:慢慢)?\s*(?=淡出(?:\s*(?:$|[，,。；;！!？?]|到)))",
     r"\1视频结尾"),
    (r"(\b(?:card|outro|end\s*screen|closing\s+screen)\b[^.;!?]{0,60}?)(?:\s*,\s*(?:and\s+)?(?:then\s+)?|\s+(?:(?:and|with|plus)\s+(?:then\s+)?(?:add\s+)?(?:a\s+)?|(?:that|which)\s+))"
     r"fade[\s-]*s?\s+(?:out\s+)?(?:to|into)\s+(black|white)\b(?:\s+after\s+(?:it|that|the\s+card))?", r"\1. fade out to \2"),
    (r"(\b(?:card|outro|end\s*screen|closing\s+screen)\b[^.;!?]{0,60}?)(?:\s*,\s*(?:and\s+)?(?:then\s+)?|\s+(?:(?:and|with|plus)\s+(?:then\s+)?(?:add\s+)?(?:a\s+)?|(?:that|which)\s+))"
     r"fade[\s-]*s?\s*out\b(?!\s+(?:to|into)\s)(?:\s+after\s+(?:it|that|the\s+card))?", r"\1. fade out to black"),
    (r"\bfade\s+(?:out\s+)?to\s+(black|white)\s+after\s+(?:the\s+(?:end\s*)?card|the\s+outro)\b", r"fade out to \1"),
    (r"\b(?:let|have|make)\s+(?:the\s+)?(?:video|it|everything|whole\s+thing)\s+fade\s+out\b", "fade out"),
    # "the text" after the captions named in its sentence is theirs: "the captions are hard to read, put them at the bottom
    # and make the text white" (every text was coloured, the title too)
    (r"(\b(?:captions?|subtitles?)\b(?:(?!\b(?:title|headline|card)\b)[^.;!?]){0,80}?(?:\band|,)\s+(?:make|turn|change|set)\s+)the\s+(?:text|words|letters|writing)\b(?!\s+(?:on|in|of)\b)",
     r"\1the captions"),
    # a text hard to see said as the reason after its new colour: "title in white please, it gets lost on the photos" (the
    # reason was said not understood)
    (r"(\b(?:white|black|yellow|red|gold|golden|orange|blue|green|pink|purple|grey|gray|navy|teal|colou?r)\b[^.;!?]{0,40}?)"
     r"\s*[,;]\s*(?:since\s+|because\s+|as\s+|cause\s+)?(?:it|they)\s+(?:gets?|is|are|'s|'re)\s+(?:kind\s+of\s+|kinda\s+|totally\s+|a\s+bit\s+)?"
     r"(?:lost|hidden|invisible|hard\s+to\s+(?:see|read)|blending\s+in)\s+(?:on|in|against|over|into)\s+(?:the\s+)?(?:bright\s+|dark\s+|light\s+)?"
     r"(?:photos?|pictures?|images?|background|shots?|pics?)\b", r"\1"),
    # a sound said to have no voice is muted, never removed: "转成9:16，音乐不要声" removed the music
    (r"(背景音乐|音乐|bgm|配乐|配音|旁白|人声)\s*(?:都|也|先)?\s*(?:不要|别|唔要)\s*(?:出)?声(?:音)?(?![音乐])", r"\1静音"),
    # a clip shortened to a length: "视频片段缩到5秒" made the whole video 5 s (held-out shape IN)
    (r"(视频片段|片段|clip|那段视频|这段视频)\s*(?:缩短|缩|压缩|减|减少)\s*(?:到|成|为)\s*(?=\d)", r"\1剪到"),
    # the first cut named as what the person watched: "The user reviewed the first cut and finds the music too loud" made a
    # new first cut (the title, the trims and every edit before lost; held-out shape IO), as "notes on the first cut" did
    (r"\b(watched|watching|saw|seen|seeing|reviewed|reviewing|looked\s+(?:at|over)|looking\s+(?:at|over)|checked(?:\s+out)?"
     r"|viewed|went\s+through|gone\s+through|liked|loved|got|received|shown)\s+(the|this|your|our|my)\s+(?:first|rough)\s+(?:cut|draft|edit|version)\b",
     r"\1 \2 video"),
    # (and in Chinese: "用户看完第一版后觉得标题太小，请放大": the watching is no wish)
    (r"(?:用户|客户|老板|顾客|我们|我)?\s*(?:看了|看完|看过|看到)\s*(?:了)?\s*(?:第\s*1\s*版|初版|初剪|第\s*1\s*稿|初稿|第\s*1\s*个版本|样片)\s*(?:之?后|以后)?\s*[，,]?\s*"
     r"(?:(?:反馈|觉得|说|表示|认为|发现)\s*[:：，,]?)?", ""),
    # an ending that cuts off is abrupt: "the ending just cuts off, can you fade in and fade out" muted the clip's sound
    (r"\b(?:the\s+)?(ending|end|video|it)\s+(?:just\s+|kind\s+of\s+|kinda\s+|sort\s+of\s+)?(?:cuts|chops|stops)\s+off\b(?:\s+(?:abruptly|suddenly))?",
     r"the ending is abrupt"),
    # a card's colour said between the card and its words: "end card in red saying 'Sale'", "make the end card red with
    # 'Sale'" (not understood)
    (rf"\b(?:an?\s+)?(end\s*card|outro|closing\s+card|end\s+screen)\s+in\s+({_SAID_COLOURS})\s+(?=saying|that\s+says|reading|which\s+says|with\b)", r"a \2 \1 "),
    (rf"\bmake\s+(?:the|an?)\s+(end\s*card|outro|closing\s+card|end\s+screen)\s+({_SAID_COLOURS})\s+(?:with|saying|and\s+(?:have\s+it\s+)?say)\s+(?=\ue000)", r"add a \2 \1 saying "),
    # the fonts said per text in one sentence: "make the title font display and the captions serif" (not understood),
    # "Switch the fonts to serif for the title and the captions" (looked for a thing named so)
    (rf"\bmake\s+the\s+(?:title|headline)(?:'s)?\s+font\s+({_FONT_WORDS})\s*,?\s+and\s+the\s+(?:captions?|subtitles?)(?:'s?)?"
     rf"(?:\s+font)?\s+({_FONT_WORDS})\b", r"title font: \1, caption font: \2"),
    (rf"\b(?:switch|change|set)\s+(?:the\s+|all\s+the\s+)?fonts?\s+(?:to|into)\s+({_FONT_WORDS})\s+for\s+(?=the\b|all\b|every\b|both\b)",
     r"use a \1 font for "),
    # a sound drowned out by another, said as the reason after its wish: "boost the clip's own audio, it's drowned out by the
    # music" raised the music too
    (r"[,;]\s*(?:because\s+|since\s+|as\s+|cause\s+)?(?:it'?s|it\s+is|it\s+gets|they'?re|they\s+are|they\s+get)\s+(?:being\s+|getting\s+|totally\s+|completely\s+|kind\s+of\s+)?"
     r"(?:drowned\s+out|drowned|covered|buried|overpowered|swamped|lost)\s+(?:by|under|beneath|behind)\s+(?:the\s+)?(?:background\s+)?(?:music|bgm|song|voice\s*-?\s*over|voiceover|narration|voice)\b", ""),
    # a card's background said in the next sentence: 'finish the video with a card saying "Order today"? navy background
    # please' (said not understood); a card said in English before Chinese: "end card写Shop Now，背景用深蓝色"; a card's
    # words' colour said with 也: "标题用金色，片尾卡片文字也用金色，写“感恩回馈”" (not understood); "let it stay on screen
    # longer" of the card (not understood; set FT)
    (rf"(\b(?:card|outro|end\s*screen)\b[^.?!\n]{{0,80}}?)[.?!]\s*(?=(?:and\s+)?(?:a\s+|the\s+)?{_SAID_COLOURS}\s+(?:background|bg)\b)", r"\1, "),
    (r"(?:^|(?<=[，,。；;]))\s*(?:end\s*card|closing\s+card)\s*(?=写|上写|写上|的文字)", "结尾卡"),
    (r"(片尾卡片|结尾卡片|片尾卡|结尾卡|卡片)\s*(?:的)?\s*(文字|字)?\s*也", r"\1\2"),
    # (the card's words' colour said before its words: "片尾卡片文字用金色，写“感恩回馈”" coloured every text)
    (r"(片尾卡片|结尾卡片|片尾卡|结尾卡)\s*(?:的)?\s*(?:文字|字)\s*(?:用|是|改成|换成|设为)\s*([^\s，,。；;]{1,4}?色)\s*[，,]\s*(?:写|写上|写着)\s*(\ue000\d+\ue001)",
     r"\1写\3，文字用\2"),
    (r"(\b(?:card|outro|end\s*screen)\b[^.;!?]{0,60}?)\b(?:and\s+)?(?:let|have|make)\s+it\s+(?:stay|stays|remain|linger|hold)\s+(?:on\s+(?:the\s+)?screen\s+|up\s+)?"
     r"(?:a\s+(?:bit|little)\s+|a\s+few\s+seconds\s+|slightly\s+)?longer(?:\s+than\s+(?:usual|normal|before|that))?", r"\1 and make the end card longer"),
    # fades said with their length and colour in other orders (set FT: the length or the whole wish was not read):
    # "视频结尾慢慢变白，淡出到白色，大概两秒" (the fade said twice), "start the video from white, fading in over half a
    # second", "Fade the whole video in and out, 1.5 seconds each, using white", "add a fade out at the end, right now it just
    # stops abruptly" (its reason after it)
    (r"(?:视频)?\s*(?:结尾|最后)\s*(?:慢慢|逐渐)?\s*变(?:白|黑)\s*[，,]\s*(?=(?:再|然后)?\s*淡出)", ""),
    (r"\bstart\s+(?:the\s+video\s+|it\s+)?(?:from|with|on)\s+(white|black)\s*,?\s*(?:and\s+)?fading\s+in\s+(?=over\b|for\b|in\b)", r"fade in from \1 "),
    (r"\bfade\s+(?:(?:the\s+)?(?:whole\s+)?(?:video|thing|it)\s+)?in\s+and\s+out\s*,\s*(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\s+each\s*,?\s*(?:(?:and\s+)?(?:using|in|with|to)\s+)(white|black)\b",
     r"fade in and out with \2 over \1 seconds"),
    (r"\bfade\s+(?:(?:the\s+)?(?:whole\s+)?(?:video|thing|it)\s+)?in\s+and\s+out\s*,\s*(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\s+each\b", r"fade in and out over \1 seconds"),
    (r"(\bfade[^.;!?]{0,40}?)[,;]\s*(?:right\s+now|currently|at\s+the\s+moment|as\s+it\s+is|because|since|as)?\s*,?\s*(?:it|the\s+video|the\s+ending|the\s+end)\s+"
     r"(?:just\s+)?(?:stops|ends|cuts\s+off|finishes)\s+(?:so\s+|too\s+|really\s+|very\s+)?(?:abruptly|suddenly)\b", r"\1"),
    # "Make the title huge, the biggest size you have" (huge was read, xxl)
    (r"\b(?:huge|big|large|giant|massive)\s*,\s*(?:like\s+|i\s+mean\s+)?(?:the\s+)?(?:biggest|largest|max(?:imum)?)(?:\s+size)?(?:\s+(?:you\s+have|there\s+is|possible|available|you\s+can\s+do|you\s+can))?",
     "the biggest size"),
    # "，并在结尾加1秒淡出": 并 after a comma joins a wish of its own ("请把标题显示时长改为5秒，并在结尾加1秒淡出" made the video 5 s
    # long; set FS fs076)
    (r"[，,]\s*(?:并且|并|同时)\s*(?=在|把|将|给|帮)", "，"),
    # a card with the logo said before the card: "希望加一个带logo的结尾卡，文字为“立即购买”" (the logo not read; set FS)
    (r"带\s*(?:上)?\s*(?:我们的?)?\s*(logo|标志)\s*的\s*(结尾卡片?|片尾卡片?|结尾页|卡片)", r"\2，\1也放上去"),
    # 关小 is turned down, never off: "音乐也关小一点" asked whether to mute (set FS fs145)
    (r"关小", "调小"),
    # a relayed note's lead: "用户反馈：…" (the colon's words were read as a complaint left unread)
    (r"(?:^|(?<=[。；;！!？?\s]))(?:用户|客户|老板|顾客)\s*(?:的)?\s*(?:反馈|意见|说)\s*[:：]\s*", ""),
    # a font named in English inside Chinese, a look after it: "字体用display那种粗的，颜色黄色" (the frames read the colour and
    # dropped the font without a word; set FN fn121): the font its own clause, its "那种粗的" the font's own description
    (rf"(字体\s*(?:用|是|改成|换成|改为|设为)\s*{_FONT_WORDS})\s*(?:那种|这种)?\s*(?:粗的|细的|的)?\s*(?=[，,；;]\s*(?:颜色|字号|大小|加粗|$))", r"\1；"),
    (rf"(字体\s*(?:用|是|改成|换成|改为|设为)\s*{_FONT_WORDS})\s*(?:那种|这种)\s*(?:粗的|细的|的)?", r"\1"),
    # a text's font changed with "their"/"its" after the text was named: "move the captions to the top of the frame and switch
    # their font to display" (not understood; set FN fn056)
    (rf"\b(captions?|subtitles?|title|headline)\b([^.;!?]{{0,60}}?\b(?:and|,)\s+)(?:switch|change|set|make)\s+(?:their|its)\s+fonts?\s+(?:to\s+)?(?={_FONT_WORDS})",
     r"\1\2make the \1 font "),
    # a brand kit's parts said in a list after the brand is named (set IQ's shapes, probed: "set the brand color to #1a2b4c
    # and accent #d4af37 and use playfair for titles" coloured the title with the accent)
    (rf"(\bbrand\b[^.;!?]{{0,80}}?(?:\band|,)\s+)(?:the\s+|our\s+)?accent(?:\s+colou?r)?\s+(?=#[0-9a-f]{{3,6}}\b|{_SAID_COLOURS}\b|(?:cream|maroon|burgundy)\b)", r"\1our accent colour is "),
    # a sound brought up or down: "bring clip.mp4's sound up a bit" (not understood; set FR fr022)
    (r"\bbring\s+(?=(?:[^.;!?,]|\.(?=\w)){0,40}?\b(?:sound|audio|volume|music|bgm|voice|voiceover|narration)\b)((?:[^.;!?,]|\.(?=\w)){1,40}?)\s+(up|down)\b",
     r"turn \1 \2"),
    # one colour for both texts named before: "标题放左上角，字幕放底部，全部用白色" (the captions alone; set FQ fq136)
    (r"((?:标题[^。；;！!？?]{0,30}?字幕|字幕[^。；;！!？?]{0,30}?标题)[^，,。；;！!？?]{0,20})[，,]\s*(?:全部|全都|统一|一律|都)\s*"
     r"(?:用|改成|换成|变成|设为|改为|要)?\s*(?=[^，,。；;！!？?\s]{0,4}色)", r"\1，标题和字幕都用"),
    # the first seconds said 头N秒: "logo只喺头十秒出现" (not understood; set FQ fq144)
    (r"(?<![开镜码])头\s*(?=\d+(?:\.\d+)?\s*秒)", "前"),
    # a level held: "背景音乐…，音量固定25%" (the whole message not understood; set FQ fq150)
    (r"音量\s*固定\s*(?:在|为|成)?\s*(?=\d)", "音量调到"),
    # the order turned round: "倒转顺序，由最后一张开始" (not understood; set FQ fq108)
    (r"(?:倒转|倒过来|反转|反过来)\s*(?:顺序|次序)|(?:(?<=^)|(?<=[，,。；;！!？?\s]))(?:把|将)?\s*(?:整个)?\s*(?:顺序|次序)\s*(?:倒转|倒过来|反转|反过来|颠倒)(?:过来)?", "倒序"),
    (r"(倒序)\s*[，,]?\s*(?:从|由)\s*最后\s*1?\s*张\s*(?:开始|排起|开始排)", r"\1"),
    # a style and its pace in one breath: "make it more energetic, fast paced, for our flash sale reel" (the style was
    # not read; set FQ fq091)
    (r"\b(energetic|upbeat|punchy|dynamic)\s*(?:,\s*|\s+and\s+)(?:more\s+|very\s+|really\s+)?fast[\s-]*paced\b", r"\1"),
    # the largest size said as a choice: "用超大字号" (not understood; set FQ fq103)
    (r"(?:用|换成|改成|要|来个)\s*(超大|特大|巨大|大)\s*(?:号)?\s*(?:的)?\s*(?:字号|字体|的字|字)(?![幕体])", r"字号\1"),
) + REWRITES
# "X不要跟着Y…": X is not to follow Y, never "remove X and Y" ("背景音乐唔要跟住配音变细" removed the music and the voiceover;
# set FQ fq150)
NOT_EDIT_WORDS = NOT_EDIT_WORDS + ("不要跟着", "别跟着", "不要随着", "别随着", "不要跟随", "别跟随", "不用跟着", "不要跟")
# the video's fade to a colour after a text's words and look: "Make the title say 'X' in serif, and put a white fade at the
# end" (the colour was read as the title's, and a question asked; set FQ fq146): its own sentence (after the rewrites that
# say a fade at the end as "fade out to white")
REWRITES = REWRITES + (
    (r",\s*(?:and\s+)?(?:then\s+)?(?=fade\s+(?:out\s+)?to\s+(?:white|black)\b|fade\s+in\s+from\s+(?:white|black)\b)", ". "),
)
# a bare "fade out" as its own wish, none of the rules before reading it, is the video's end: "the ending is abrupt, please
# fade it out" and "please fade out" looked for a thing called "the fade"; "fade out" alone was no edit
REWRITES = REWRITES + (
    # (never after a text, a sound or a card named in its sentence: "when the title exits, could it fade out")
    # (a sentence without "fade out" is passed over at once: the test of every word cost 0.4 ms a 4000-character message)
    (r"(?:^|(?<=[.;!?]))(?=[^.;!?]*?fade\s+(?:it\s+)?out\b)((?:(?!\b(?:title|headline|captions?|subtitles?|text|words|logo|sticker|music|song|voice\w*|narration|card)\b)[^.;!?])*?"
     r"(?:^|[,;.!?])\s*(?:(?:please|pls|just|then|and|so|could\s+you|can\s+you)\s+)*)fade\s+(?:it\s+)?out\s*(?:please|pls)?(?=\s*(?:$|[,;.!?]))",
     r"\1fade out to black"),
)
# words of their own the typo corrector changed: the ends of a scale ("the largest size possible" became "larges", read as
# large) and a shop's place ("I run a jewellery stall at the weekend market": "stall" became "small")
PLAIN_WORDS = PLAIN_WORDS + ("largest", "biggest", "smallest", "tiniest", "loudest", "quietest", "longest", "shortest",
                             "stall", "stalls", "market", "markets")

# --- session 49 (wave 55) ---------------------------------------------------------------------------------------------
# an address said as a card's second line: "www.x.shop", "https://…", "x.com", "@handle"
_ADDRESS = r"(?:(?:www\.|https?://)\S+|[a-z0-9\-]+\.(?:com|shop|store|co|net|org|io|cn|hk|uk)\b\S*|@[a-z0-9_.]+)"
_CURRENT_ANIM = r"(?:pop(?:[\s-]?(?:in|up))?|popping|bounce|bouncing|typewriter|zoom(?:[\s-]?in)?|slide(?:[\s-]?(?:up|in))?)"
REWRITES = (
    # the card by its other names, as the card: "make the closing card 6 seconds and say 'See you soon'" (not understood,
    # while "the end card" was); first, so that this block's rules name it one way
    (r"\b(?:closing|final|outro|ending)\s+card\b", "end card"),
    # a text's entrance said without "animation": "the captions' entrance to fade" (not understood; set FU fu144)
    (rf"\b({_TEXT_EN})(?:'s|')?\s+(entrance|exit|intro|outro)\s+(?=(?:to|into|as|an?)\b)", r"\1 \2 animation "),
    # how a text shows now, said with no motion: "Captions just appear with no motion and it feels flat" (the pictures' Ken
    # Burns was turned off; set FU fu007); "the pictures have no motion, add some" turned it off too
    (r"\b(appears?|pops?\s+(?:up|in)|shows?\s+up|comes?\s+(?:in|up)|sits?\s+there)\s+(?:with\s+no|without(?:\s+any)?)\s+(?:motion|movement|animation)\b", r"\1"),
    (r"\b(?:have|has|had)\s+no\s+(?:motion|movement)\b", "are static"),
    # the person's own way said as a fact: "We add subtitles on the platform itself and they'd double up" (added the captions
    # back after "remove all the text"; set FU fu033)
    (r"\b(?:we|i|they)(?:'ll|\s+will|\s+already|\s+usually|\s+always|\s+normally|\s+just)?\s+add\s+(?:our\s+own\s+|the\s+)?(?:subtitles|captions|text)\s+"
     r"(?=(?:on|in|inside|through|with|via)\s+(?:the\s+)?(?:platform|app|tiktok|instagram|youtube|editor|upload|post)|ourselves|themselves|later|afterwards)[^.;!?]*", ""),
    # a simile of a text's motion: "the user wants it to feel like it drops away" (the title was removed; set FU fu121)
    (r"\b(?:like|as\s+if|as\s+though)\s+it\s+(?:drops?|falls?|floats?|flies|slides?|rolls?|moves?)\s+(?:away|off|out|down)\b[^.;!?,]*", ""),
    # the animation the text has now named as what is wrong: "becuase pop is very TikTok", "the current pop feels too playful"
    # (the fade asked was given up for "pop", already so; set FU fu139 fu144)
    (rf"\b(?:the\s+)?(?:current\s+|existing\s+|old\s+)?{_CURRENT_ANIM}\s+(?:animation\s+|effect\s+)?(?=(?:is|feels|looks|seems)\s+(?:\w+\s+)?(?:too|very|so|really|kinda|a\s+bit)\b)",
     "the animation "),
    (r"\bpop\s*(?:的?效果|的?动画)?\s*(?=太|有点|好似|好|很)(?![好很]?(?:看|用))", "这个动画"),
    # a text's side said with 的 between English words: "title 的 animation 改成 slide up" (the title's words became "的";
    # set FU fu145)
    (r"\b(title|captions?|subtitles?|logo|end\s*card)\s*的\s*(?=(?:animation|font|colou?r|size|position|entrance|exit)\b|动画|字体|颜色|大小|位置)", r"\1 "),
    # the brand's parts said in English before a Chinese verb: "brand font 设成 handwriting" (every text's font; set FU fu072)
    (r"\bbrand\s+(?:heading\s+|title\s+)?font\s*(?=设成|设为|改成|改为|用|换成|是|就用)", "品牌字体"),
    (r"\bbrand\s+body\s+font\s*(?=设成|设为|改成|改为|用|换成|是|就用)", "品牌正文字体"),
    (r"\bbrand\s+colou?r\s*(?=设成|设为|改成|改为|用|换成|是|就用)", "品牌色"),
    # a card's background said as the brand's colour with its code: "the end card background to the brand colour #0B3D91"
    # (the brand kit was set and the title coloured; set FU fu077)
    (r"\b(background|bg|text|words)\s+(to|in|as)\s+(?:the\s+|our\s+)?brand(?:'s)?\s+colou?r\s*,?\s*(?=#[0-9a-f]{3,6}\b)", r"\1 \2 "),
    # a card's address said after its kind: "and our website under it: www.redsole.shop", "a smaller line underneath:
    # www.x.shop" (the address was dropped without a word; set FU fu060)
    (rf"\s*\b(?:and|with|plus)\s+(?:(?:our|the|my|their)\s+(?:website|site|web\s+address|url|link|handle|shop\s+link|store\s+link|address|email)"
     rf"|(?:a|one)\s+(?:smaller|small|second|little)\s+line(?:\s+of\s+text)?)\s+(?:under(?:neath)?|below|beneath)(?:\s+(?:it|that))?\s*[:：,]?\s*({_ADDRESS})",
     r" with \1 under it"),
    # a card's looks said as what it should be: "the end card should be white text on a black background" (not understood;
    # set FU fu096), and its words after in a sentence of their own, "Text: '…'"
    # (with the "so" before it: a purpose clause is blanked, "… so the end card with …" was)
    (r"\b(?=(?:so|the|end)\b)(?:so\s+)?(?:the\s+)?\b(end\s*card)\s+(?:should|must|needs\s+to|has\s+to|could|can)\s+be\s+"
     r"(?=(?:\w+\s+)?(?:text|words|letters|lettering)\s+on\s+(?:an?\s+)?\w+\s+(?:background|bg)\b)", r"the \1 with "),
    (r"(\bend\s*card\b(?:(?!\b(?:title|headline|captions?|subtitles?)\b)[^\ue000.;!?])*[.;!?]\s*)text\s*[:：]\s*(?=\ue000\d+\ue001)",
     r"\1card text: "),
    # words said as a theme: "the whole launch is a 'new message' theme" (the title's words were changed; set FU fu080)
    (r"\b(a|an|the|our|its)\s+\ue000\d+\ue001\s+(?=(?:theme|vibe|style|feel|look|aesthetic|concept|campaign|mood)\b)", r"\1 "),
    (r"\b(?:becuase|becasue|beacuse|becaue|bcause|becuz)\b", "because"),
    # a complaint and its remedy after a colon: "客户反馈听不清讲解：背景音乐调到25%" (the voice was set to 25 % too; set FU fu048)
    (r"(听不清|听不到|听不太清|太吵|太大声|太小声|看不清|看不到)\s*([\u4e00-\u9fff]{0,4}?)\s*(?:了)?\s*[:：]", r"\1\2，"),
    # the level said bare after the music's loudness and the voice's complaint: "背景音乐太吵了，配音都听不清，音量调到20%" is the
    # music's (the voice was set to 20 %; set FU fu132)
    (r"((背景音乐|音乐|bgm|配乐)\s*(?:太吵|太大声|声音太大|太响|盖过[^,，。]{0,8})\s*(?:了)?\s*[,，]\s*(?:配音|人声|讲解|旁白|解说)[^,，。]{0,6}?(?:听不清|听不到|被盖住了?)[^,，。]{0,4}[,，]\s*)(?=音量)",
     r"\1\2"),
    # what the voice already says, a fact: "配音里已经把产品名都念了一遍，字幕有点重复，去掉吧" (the voice was removed with the
    # captions; set FU fu120)
    (r"(?:配音|旁白|讲解|人声|解说)\s*(?:里面?|中)?\s*(?:已经|都)\s*[^,，。；;]{0,16}?(?:念|读|讲|说|介绍)(?:了|过)[^,，。；;]{0,6}", ""),
    (r"\b(?:the\s+)?(?:voiceover|voice\s*over|narration|narrator|voice)\s+already\s+(?:says|reads|reads\s+out|mentions|names|covers)\b[^,.;!?]*", ""),
    # the feel wished after the wish, a reason: "brand font 设成 handwriting，我们是手作店，要有手写的感觉" (its font unclear of
    # which text, the brand's font was not understood; set FU fu072)
    (r"[,，]\s*(?:要有|想要有?|需要有?|要|有)\s*(?:一种|种|点|一点)?\s*[\u4e00-\u9fffa-z]{1,6}的(?:感觉|味道|风格|氛围|调调|feel)(?=\s*(?:$|[,，。;；!！?？]))", ""),
    # a clip's sound "dropped" to a level is lowered, never removed: "Slow clip.mp4 to half speed and drop its volume to 40%"
    # (looked for a thing "sound of clip.mp4 to 40%"; set FV fv097)
    (r"\bdrop\s+(its|their)\s+(volume|sound|audio|level)\s+(?=to\s+\d)", r"set \1 \2 "),
    # its speed said after its mute in one passive: "The clip should be muted and slowed to 0.75x" (read as two things
    # muted, a question; set FV fv145)
    (r"\b(muted|silenced)\s+and\s+(?:slowed(?:\s+down)?|played)\s+(?=(?:to|at)\s+\d)", r"\1, and slow it "),
    (r"\b(muted|silenced)\s+and\s+sped\s+up\s+(?=(?:to|at)\s+\d)", r"\1, and speed it up "),
    # a second cut with its verb left out: "Cut the first second off clip.mp4 and the last 2 seconds off unboxing.mp4" (the
    # second was not understood; set FV fv146)
    (r"(\b(?:cut|trim|chop|take|shave)\b(?:[^.;!?]|\.(?=\w)){0,60}?\boff\b(?:[^.;!?,]|\.(?=\w)){0,40}?\s+and\s+)"
     r"(?=the\s+(?:first|last|final|opening)\s+(?:\S+\s+)?(?:seconds?|secs?|s)\s+off\b)", r"\1cut "),
    # the feel a look gives said after it: "the title in a serif font, feels more premium that way" (the elegant style was
    # applied; set FV fv008)
    (r"[,;]\s*(?:it\s+|it'?s\s+|that\s+)?(?:feels?|looks?|seems?|reads?)\s+(?:more|less|so\s+much\s+more|much\s+more|way\s+more)\s+\w+\s+"
     r"(?:that\s+way|like\s+that|this\s+way)(?=\s*(?:$|[.;!?]))", ""),
    # the card's length said as how long it lasts or stays: "Make the end card last 5 seconds and say '…'", "let the end card
    # stay for 5 seconds" (not understood; set FV fv141)
    (r"\b(?:let|have)\s+(?=the\s+(?:end\s*card|end\s+screen)\s+(?:last|stay|hold|remain|run)\b)", "make "),
    (r"\b(end\s*card|end\s+screen)\s+(?:last|stay|hold|remain|run)(?:\s+(?:up|on(?:\s+screen)?))?"
     r"(?:\s+for)?\s+(?=(?:about\s+|around\s+)?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b)", r"\1 "),
    # phone shorthand: "music lower n captions bigger" (the music was raised; set FW fw048 fw051 fw116)
    (r"(?<=[a-z0-9.%])\s+n\s+(?=[a-z0-9])", " and "),
    # a wish typed after a space, its thing in English: "voice大声一点 music小一点" (the music was raised; set FW fw091)
    # (the range written as characters: a Chinese rewrite, ``letters_needed``)
    # (only after a wish's last word, never before a file's name: "logo 用 logo.png", "设为品牌 logo")
    (r"(?<=[点些啲了吧啦掉色秒好小大快慢高低声])[ \t]+(?=(?:music|bgm|voice|voiceover|narration|title|captions?|subtitles?|logo|clip|transitions?)(?![a-z.]))", "，"),
    # a cut-out said again as a simile: "remove the background from the backpack photo like cut it out" (the picture was
    # removed; set FW fw043)
    # (the phrasal verbs are read before the rewrites: "cut it out" is "remove it" by then)
    # (within 60 characters of "background": to the sentence's end it was 2.9 ms of the bench's long clause)
    (r"(\bbackground\b[^.;!?]{0,60}?)[,;]?\s*\b(?:like|i\.?e\.?|so)\s+(?:cut\s+(?:it|them|the\s+\w+)\s+out|remove\s+(?:it|them))\b", r"\1"),
    # "take the background off the watch photo": the phrasal verb read before the rewrites leaves "remove the background the
    # watch photo" (the photo was removed); its "of" back, the cut-out beyond the editor is read
    (r"\bremove\s+((?:the\s+|its\s+)?(?:background|backdrop|bg))\s+(?=(?:the|this|that|my|our)\s)", r"remove \1 of "),
    # the kit's parts said first, then what they are: "…; the logo is logo.png, please set that up as the brand kit" (the
    # parts are read as a run, brand_runs; this says nothing more)
    # (led by its first characters: a pattern led by optional parts is tried at every character)
    (r"(?=[,;.\spcsk])[,;.]?\s*(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:set|save|store|keep)\s+(?:that|this|it|these|those|them|all\s+that)\s+(?:up\s+)?"
     r"(?:as|in|for)\s+(?:the\s+|our\s+|my\s+)?brand(?:\s+kit)?\b(?!\s*(?:logo|colou?rs?|fonts?|accent))", ""),
    # a fade said longer before it is asked: "give it a soft fade in and a longer fade out" (the video was made 45 s long
    # and the fade out dropped): two seconds, twice the fade's usual one
    (r"\b(?:a\s+)?(?:longer|slower|long|slow|lingering)\s+fade[\s-]*(in|out)\b", r"a 2 second fade \1"),
    # a bare fade beside a timed one: its usual second ("a soft fade in and a 2 second fade out" dropped the fade in)
    (r"\b(?:a\s+)?(?:(?:soft|gentle|quick|short|subtle|smooth|nice)\s+)?fade[\s-]*in\b(?=\s*,?\s*(?:and|with|plus|then)\s+a\s+\d+(?:\.\d+)?[\s-]*(?:s|secs?|seconds?)[\s-]*(?:long\s+)?fade[\s-]*out\b)",
     "a 1 second fade in"),
    (r"(\b(?:a\s+)?\d+(?:\.\d+)?[\s-]*(?:s|secs?|seconds?)[\s-]*(?:long\s+)?fade[\s-]*in\s*,?\s*(?:and|with|plus|then)\s+)a\s+(?:(?:soft|gentle|quick|short|subtle|smooth|nice)\s+)?fade[\s-]*out\b",
     r"\1a 1 second fade out"),
    # a colour named with the brand and its code: "Make the title our brand orange #ff5a1f" (the title was left; set FX fx027)
    # (never "our brand colour #…": the kit's colour, said so; held-out IH lost it, found by shape and mended)
    (r"\b(?:our|the|my|their)\s+brand(?:'s)?\s+(?=(?!colou?rs?\b|accent\b|main\b|primary\b)[a-z]+\s+#[0-9a-f]{3,6}\b)", ""),
    # the place it has now, said as what is wrong: "put it in the top left corner, centered looks too generic" (the place was
    # dropped; set FX fx035)
    (r"[,;]\s*(?:the\s+)?(?:centered|centred|center|centre|in\s+the\s+middle)(?:\s+one)?\s+(?:looks?|feels?|is|seems?)\s+"
     r"(?:(?:too|so|very|a\s+bit|kinda|really|pretty)\s+)?\w+(?=\s*(?:$|[.;!?]))", ""),
    # what an overlay covers, said as why: "…, it's covering the cap's logo at the top" (the logo was moved to the top; set
    # FX fx126)
    (r"[,;]\s*(?:because\s+|since\s+|as\s+)?(?:it'?s|it\s+is|it\s+keeps|that'?s)\s+(?:covering|blocking|hiding|sitting\s+on|sitting\s+over|over|on\s+top\s+of)\b[^.;!?]*", ""),
    # which overlay by its place, then a complaint: "The logo in the corner is a bit big" (read as the logo put in the corner,
    # big; set FY fy088)
    (r"\b(the\s+(?:logo|watermark|sticker))\s+(?:in|at|on)\s+the\s+(?:(?:top|bottom|upper|lower)[\s-]+)?(?:(?:left|right)\s+)?corner\b(?=\s+(?:is|looks|seems|feels|was)\b)", r"\1"),
    # "slightly see-through" (not read; set FY fy092)
    (r"\bslightly\s+(?=see[\s-]*through|transparent|translucent|faded)", "a bit "),
    # a file added to the kit as its logo: "Add logo.png to the user's brand kit as the brand logo" (laid over the video;
    # set FY fy094)
    (r"\b(?:add|put|save|include)\s+([a-z0-9_\-]+\.(?:png|jpe?g|svg|webp))\s+(?:to|in|into)\s+(?:the\s+user'?s\s+|our\s+|my\s+|the\s+|their\s+)?brand\s+kit"
     r"(?:\s+as\s+(?:the\s+|our\s+)?(?:brand\s+)?logo)?\b", r"use \1 as our brand logo"),
    # why a picture goes first, said between two wishes: "Put the unboxing video first, it's the most exciting bit, and mute
    # its sound" (the mute was not understood; set FY fy114)
    (r",\s*(?:it'?s|it\s+is|that'?s|that\s+is)\s+(?:the|our)\s+(?:most\s+\w+|best|coolest|nicest|strongest|main|hero)\s+(?:bit|part|one|shot|clip|picture|photo|product)\s*(?=,)", ""),
    # a swap said "around": "Swap the sneaker and ring pictures around" (looked for "ring pictures around"; set FY fy127)
    (r"(\b(?:swap|switch|flip)\b[^.;!?]{0,50}?)\s+(?:around|round)\b", r"\1"),
    # a card put after a picture added last: "put a closing card 'X' after it" (not understood; set FX fx100)
    (r"\b(?:put|place|stick)\s+(?:a|an)\s+end\s*card\b", "add an end card"),
    # both fades and the one colour said last: "Fade in at the start and fade out at the end, 2 seconds each, to white" (the
    # fade out was dropped, the rewrites had written it "to black"; set FX fx073)
    (r"\bfade\s+in\b(?!\s+from)([^.;!?]*?)\bfade\s+out\b(?!\s+to)([^.;!?]*?),\s*(?:all\s+|both\s+)?(?:to|in|using|with|through)\s+(white|black)(?=\s*(?:$|[.;!?]))",
     r"fade in from \3\1fade out to \3\2"),
    # the transitions "not so fast" are slower, never none: "啲轉場唔好咁快，慢啲", "转场不要那么快" (removed; set FZ fz101)
    (r"(转场|过渡|切换)\s*(?:效果)?\s*(?:不要|别|不用)\s*(?:那么|这么|太|咁)\s*(?:快|急|赶)\s*(?:了)?\s*(?:[,，]\s*(?:慢|放慢)\s*(?:一点|一些|点)?)?", r"\1慢一点"),
    # a fade's length said after a comma, hedged: "影片最後淡出，大概2秒" (the video was made 2 s long; set FZ fz068)
    (r"(淡出|淡入)\s*[,，]\s*(?:大概|大约|差不多|约|大约是)\s*(?=\d+(?:\.\d+)?\s*秒)", r"\1大概"),
    # fading out "去" a colour: "最尾淡出去黑色" (not understood; set FX fx083)
    (r"淡出去\s*(?=黑|白)", "淡出到"),
    # can't be seen at all: "浅色背景上根本看不见" (the bold said before it was dropped; set FX fx057)
    (r"(?:根本|完全|几乎|都)\s*看不(?:见|到)|(?<=[上里])\s*看不(?:见|到)", "看不清"),
    # a colour named, then its code: the code ("Make the title our brand orange #ff5a1f" made it plain orange; set FX fx027)
    (rf"\b(?:{_SAID_COLOURS}|coral|crimson|maroon|olive|lime|cyan|magenta|violet|indigo|turquoise|mint|cream|ivory|burgundy|charcoal)\s+(?=#[0-9a-f]{{3,6}}\b)", ""),
    # a card's words before "after it": "add an end card 'X' after it" (the card was not understood; set FX fx100)
    (r"(\bend\s*card\s+(?:saying\s+|that\s+says\s+)?\ue000\d+\ue001)\s+(?:after|following)\s+(?:it|that|this|them|the\s+last\s+(?:one|picture|photo))\b", r"\1"),
    # a reason that the wish is harmless: "mute its sound since the music is playing anyway" (the mute was not understood;
    # set FY fy114)
    (r"(?:\s*,\s*|\s+)(?=(?:since|because|as)\b)(?:since|because|as)\b[^.;!?,]{0,80}?\banyway\b", ""),
    # the card's length said as "it should stay up for N seconds" in the sentence after it (set FX fx070)
    # (the card's sentence read up to 150 characters: to its end it was 2 ms of the bench's card shape, a sentence of 4000)
    (r"(\bend\s*card\b[^.;!?]{0,150}[.;!?]\s*)(?:it|that|the\s+card)\s+(?:should|must|needs\s+to|has\s+to|can)\s+(?:stay|last|hold|remain)(?:\s+(?:up|on(?:\s+screen)?))?\s+(?:for\s+)?(?=\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b)",
     r"\1make the end card "),
    # a reason said in the wish's own clause: its own clause, so that its words are no value left unread beside the wish
    # ("make the captions bold and yellow because they disappear on the light backgrounds" was refused whole for "light";
    # set FX fx129)
    (r"(?<=[a-z0-9%'\"\ue001])\s+(?=(?:because|cause|cuz|coz)\s|since\s+(?!(?:the\s+)?(?:start|beginning|first|\d)))", ", "),
    # "right now" is now, never a place ("… - right now the video just stops" refused the card for "right"; set FX fx149)
    (r"\bright\s+now\b", "now"),
    # the place it leaves said "near": "sit at the top of the screen instead of near the bottom" (not understood; set FY fy037)
    (r"\binstead\s+of\s+(?:near|close\s+to|by|down\s+at|up\s+at|down\s+near)\s+(?=the\s)", "instead of "),
    # the captions by what they say: "the product names" (not understood; set FY fy037)
    (r"\bthe\s+product\s+(?:names|labels|name\s+captions)\b", "the captions"),
    # a thing not wanted, then "remove it": that thing ("I don't really want a title at the start, the voiceover already
    # says the shop name. Please remove it." asked which picture; set FY fy020)
    (r"(\bi\s+(?:don'?t|do\s+not)\s+(?:really\s+)?(?:want|need|like)\s+(?:a|the|any)\s+(title|captions|music|logo|voice\s*over|transitions|end\s+card)\b[^.;!?]*[.;!?]"
     r"(?:[^.;!?]*[.;!?])?\s*)(?:please\s+|can\s+you\s+|could\s+you\s+)?(?:remove|delete|drop|get\s+rid\s+of|take\s+out)\s+(?:it|them)\b", r"\1remove the \2"),
    # a move asked as a question: "Can the video clip go first?" (looked for a thing called "can the video clip"; set FY fy074)
    (r"(?:^|(?<=[.;!?]))(\s*)(?:can|could|should|would|will)\s+(?=the\s+[^.;!?]{1,40}?\s+(?:go|come|be|move|appear|play|show)\s+"
     r"(?:first|last|at\s+the\s+(?:start|end|beginning)|to\s+the\s+(?:front|end|start|back)))", r"\1"),
    # who we are or what it is for, said before the wish: "This is for our Black Friday campaign so please use the sale style",
    # "We're a vintage-style shop, so I'd love the title in a serif font" (each refused whole; set FX fx107, FY fy025)
    (r"(?:^|(?<=[.;!?]))\s*(?:this|it)\s+is\s+for\s+(?:our|my|a|the)\s+[^.;!?,]{1,40}?\s+(?:campaign|sale|launch|promo|promotion|event|collection|line|season|drop)"
     r"\s*(?:,\s*|\s+so\s+|\s*[.;!?]\s*)(?:so\s+)?", ""),
    (r"(?:^|(?<=[.;!?]))\s*(?:we'?re|we\s+are|i'?m|i\s+am)\s+(?:a|an)\s+[^.;!?,]{1,30}?\s+(?:shop|store|brand|business|boutique|bakery|cafe|café|studio|seller|label)"
     r"\s*(?:,\s*|\s+so\s+|\s*[.;!?]\s*)(?:so\s+)?", ""),
    # the minimal style said as the whole video made minimal: "Could you make the whole video minimal and clean?" (set FY fy101)
    (r"\bmake\s+(?:the\s+whole\s+(?:video|thing)|it|everything|the\s+video)\s+(?:look\s+)?(?:more\s+)?(?:minimal(?:ist)?|clean\s+and\s+minimal)(?:\s+and\s+(?:clean|simple))?\b",
     "use the minimal style"),
    # a fade in's colour said after its place: "fade in at the start from white" (not understood; set FZ fz136)
    (r"\bfade\s+in\s+(at\s+the\s+(?:start|beginning))\s+from\s+(white|black)\b", r"fade in from \2 \1"),
    # a card's looks first, its words after "it should say": "end card text yellow on a red background, it should say '…'"
    # (not understood; set FZ fz139)
    (r"\bend\s*card\s+(?:text|words|lettering)\s+(?:in\s+)?([a-z]+)\s+on\s+(?=(?:an?\s+)?[a-z]+\s+(?:background|bg)\b)", r"end card with \1 text on "),
    (r"(\bend\s*card\b[^.;!?\ue000]*?),\s*(?:and\s+)?(?:it|the\s+card)\s+(?:should|must|needs\s+to|can|will)\s+(?:say|read)\s+(?=\ue000\d+\ue001)", r"\1 saying "),
    # a place between two pictures: "the watch to come right after the sneaker, before the backpack" (not understood; set FY
    # fy012): after the one named first, the other said again
    (r"\b(come|go|be)\s+right\s+(after|before)\b", r"\1 \2"),
    (r"(\b(?:come|go|be|move|put)\b[^.;!?]{0,40}?\bafter\s+the\s+[a-z\-]+(?:\s+(?:one|photo|picture|pic|shot))?)\s*,\s*(?:and\s+)?(?:just\s+)?before\s+the\s+[a-z\-]+(?:\s+(?:one|photo|picture|pic|shot))?(?=\s*(?:$|[.;!?]))", r"\1"),
    # a length said fine, in Cantonese: "條片剪短啲，20秒得喇" (得 = 就行; not understood; set FZ fz088)
    (r"(\d+(?:\.\d+)?\s*秒)\s*得(?=\s*(?:$|[，,。.!！]))", r"\1就行"),
    # the cuts on the beat with English words: "cuts 跟着 beat 走" (not understood; set FX fx114)
    (r"(?=[ct跟按踩卡对])(?:\b(?:cuts?|transitions?)\s*)?(?:跟着|跟住|按|踩|卡|对)\s*(?:the\s+)?(?:music\s*的?\s*)?\b(?:beats?|rhythm)\b\s*(?:走|来|切|剪)?", "卡点"),
    # a style by its English name, as "that preset": "用 energetic 那个 preset 吧" (no edit found; set FX fx113)
    # (by its Chinese name, draft/promo.py's: an English sentence in a Chinese message was read as chatter beside
    # "现在节奏太拖了")
    *((rf"用\s*{name}\s*(?:那个|这个|的)?\s*(?:preset|style|风格|模板|模版)", f"用{preset.zh}风格") for name, preset in PRESETS.items()),
    # a complaint that the cuts miss the music, said beside the beat asked: its reason ("cuts 跟着 beat 走，现在切换和音乐对不上"
    # was not understood; set FX fx114, FU fu071)
    (r"(?=[现而切转画换])(?:现在|而家)?\s*(?:切换点?|切点|转场|画面|换图|转图)\s*(?:和|跟|同)\s*(?:音乐|bgm|歌)?\s*(?:的)?\s*(?:节奏|节拍|拍子)?\s*(?:对不上|不合拍|不搭|对唔上|唔夹)(?:\s*[,，]?\s*(?:听着|看着)?\s*(?:很|好)?\s*(?:别扭|奇怪|乱))?", ""),
    # a thing deleted "好了" (might as well): "鸭舌帽那张删掉好了" (set FZ fz065)
    (r"(删掉|删了|去掉|拿掉|删除)\s*好了", r"\1"),
    # a fade in said slowly: "開頭慢慢淡入啦" (not understood; set FZ fz095)
    (r"慢慢\s*(?=淡入|淡出)", ""),
    (r"(结尾|最后|片尾|开头)\s*都\s*(?=淡出|淡入)", r"\1也"),
    # a text's exit said as when it goes: "标题消失的时候改成向上滑出去" (not understood; set FX fx002)
    (r"(标题|字幕)\s*(?:消失|离开|退出|出去|走)\s*的\s*(?:时候|时)\s*(?:改成|换成|要|就用)\s*", r"\1退场改成"),
    (r"(?<=滑)出去", "出"),
    # praise of a thing, in Chinese: "谢谢，结尾的淡出刚刚好" (a fade was added; set FU fu051)
    (r"(?:^|(?<=[,，.。;；!！?？]))\s*(?=[^,，.。;；!！?？]{0,16}?(?:很好|挺好|刚刚好|刚好|正好|不错|很棒|很赞|没问题))"
     r"(?:(?![改调换加去删放用设变移剪缩拉换不太其别余\d])[^,，.。;；!！?？]){1,16}?(?:很好看?|挺好看?的?|刚刚好|刚好|正好|不错|很棒|很赞|没问题)(?:的|了|啊|呀|哦|喔|哈)?\s*(?=$|[,，.。;；!！?？])", ""),
) + REWRITES

# --- session 50 (wave 56) ---------------------------------------------------------------------------------------------
# a text or a logo moved "out of the way" of what the shots show, no place said (draft.styles.away_from says where); never
# "somewhere else" alone, which says no more than that it moves ("move the logo somewhere else" is asked where; held-out
# shape IR)
extend(POSITIONS, "away", en=("out of the way",), zh=("不挡的地方", "不挡东西的地方", "不挡产品的地方", "不挡画面的地方"))
# what a text or a logo is said to cover (its place complained of): "the title sits right on top of the sneaker, you can't
# even see the shoe", "字幕挡住了鞋子", "the logo in the corner sits right on the watch strap" (not understood; "the
# captions cover the products" was read as the pictures' fit: "already so"; set GD)
_OVER_THING_EN = (r"(?:the\s+|our\s+|my\s+|that\s+|this\s+)?(?:big\s+|white\s+|huge\s+)?(?P<n>title|headline|captions?|subtitles?|text|words|lettering|logo|watermark|sticker)"
                  r"(?:\s+(?:in|at|on)\s+the\s+(?:top|bottom|lower|upper|left|right|middle|center|centre|corner)[a-z\s-]{0,16}?)?")
_COVERS_EN = (r"(?:covers?|covering|(?:is|are)\s+covering|blocks?|blocking|(?:is|are)\s+blocking|hides?|hiding|(?:is|are)\s+hiding"
              r"|(?:is|are|sits?|sitting)\s+(?:right\s+)?(?:on\s+top\s+of|in\s+front\s+of)|sits?\s+(?:right\s+)?(?:on|over)|(?:(?:is|are)\s+)?sitting\s+(?:right\s+)?(?:on|over)"
              r"|overlaps?|(?:gets?|is|are)\s+in\s+the\s+way\s+of)")
_COVERED_EN = (rf"{_OVER_THING_EN}\s+{_COVERS_EN}\s+(?:the\s+|our\s+|my\s+|a\s+|half\s+(?:of\s+)?(?:the\s+)?)?[a-z][^.;!?,\n]{{0,50}}"
               r"(?:\s*,?\s*(?:and\s+|so\s+)?(?:you|i|we|people|customers)\s+(?:can'?t|cannot|can\s+not|couldn'?t)\s+(?:even\s+|really\s+)?see\s+[^.;!?,\n]{0,40})?")
_OVER_THING_ZH = r"(标题|字幕|文字|logo|水印|贴纸|标志|title|captions?|subtitles?)"
_COVERS_ZH = r"(?:挡住|遮住|盖住|挡到|遮到|挡着|遮着|遮挡|压住|压着)"
_COVERED_ZH = rf"{_OVER_THING_ZH}[^，,。；;！!？?\n]{{0,8}}?{_COVERS_ZH}了?[^，,。；;！!？?\n]{{0,15}}"
# a fix said anywhere in the message: the complaint is its reason, no wish of its own
_A_FIX = (r"\b(?:move|moved|put|place|shift|push|bring|drop|lower|raise|remove|delete|hide|get\s+rid|take|smaller|shrink|bigger|larger"
          r"|up|down|top(?!\s+of)|bottom|left|right|higher|instead|fix|pointless|redundant|unnecessary|useless|cut|kill|lose|ditch)\b"
          r"|移|放|挪|删|去掉|拿掉|不要|换|改|调|往|上面|下面|顶|底|左|右|角|多余|没必要")
REWRITES = (
    (rf"^(?=[^\n]{{0,300}}$)((?:(?!{_A_FIX})[^\n])*?)(?<![a-z]){_COVERED_EN}(?![^\n]*?(?:{_A_FIX}))", r"\1move the \g<n> out of the way"),
    (rf"^(?=[^\n]{{0,300}}$)((?:(?!{_A_FIX})[^\n])*?){_COVERED_ZH}(?![^\n]*?(?:{_A_FIX}))", r"\1把\2移到不挡的地方"),
    # (said of the thing named in the clause before: "logo太大了，还挡住了手表")
    (rf"{_OVER_THING_ZH}([^。！？\n]{{0,12}}?[，,]\s*)(还|也|而且|又)\s*{_COVERS_ZH}了?[^，,。；;！!？?\n]{{0,15}}(?![^\n]*?(?:{_A_FIX}))",
     r"\1\2\3把\1移到不挡的地方"),
) + REWRITES
# a thing said to be of no use: "the captions are redundant, the voiceover already says all of it", "字幕有点多余，配音都讲了",
# "the captions cover the products and they're kind of pointless anyway" (not understood, or read as the fit; set GD)
_NO_USE_EN = (r"(?:kind\s+of\s+|kinda\s+|a\s+bit\s+|a\s+little\s+|pretty\s+|totally\s+|completely\s+|just\s+|really\s+|so\s+|very\s+)?"
              r"(?:pointless|redundant|unnecessary|useless|superfluous|not\s+needed|overkill)(?:\s+anyway)?\b")
_NO_USE_THING_EN = (r"(?:the\s+|our\s+|my\s+|those\s+|these\s+|that\s+|this\s+)?(?P<n>title|headline|captions?|subtitles?|text|words|logo|watermark|sticker"
                    r"|music|background\s+music|voice\s*-?\s*over|narration|end\s*card|transitions)")
REWRITES = (
    (rf"(?<![a-z]){_NO_USE_THING_EN}\s+(?:is|are|feels?|seems?|looks?)\s+{_NO_USE_EN}", r"remove the \g<n>"),
    (rf"(?<![a-z]){_NO_USE_THING_EN}\b[^.;!?\n]{{0,80}}?\b(?:they|it)\s*(?:'re|'s|\s+are|\s+is|\s+feel|\s+feels|\s+seem|\s+seems)\s+{_NO_USE_EN}",
     r"remove the \g<n>"),
    (r"(字幕|标题|文字|logo|水印|贴纸|背景音乐|音乐|配音|旁白|转场)\s*(?:(?:有点|有些|真的|完全|感觉|好像|其实)\s*)*(?:多余|没必要|没用|没有用|用不着|不需要)(?:了|啊|吧)?",
     r"删掉\1"),
) + REWRITES
# a text's animation said to look cheap, with no other motion named: none ("the title pops in like a cheap powerpoint",
# "标题那个弹出来的效果有点土"; "already so"); its plain entrance said flat: a simple fade ("the captions just sort of appear,
# feels flat", "字幕出现得太生硬了": not understood); with the motion named after it, that one ("The title animation feels cheap, make
# it a simple fade." was not understood; set GD)
_ANIM_NAMED = (r"fade|slide|typewriter|typing|pop|zoom|bounce|rise|drop|wipe|淡入|淡出|滑|打字|弹|缩放|放大|跳")
_CHEAP_EN = r"(?:cheap|tacky|cheesy|dated|childish|amateur(?:ish)?|over\s+the\s+top|too\s+much|like\s+a\s+(?:cheap\s+)?power\s*point)"
_TEXT_ANIM_EN = rf"({_TEXT_EN}|text)(?:'s)?"
REWRITES = (
    (rf"\b(?:the\s+)?{_TEXT_ANIM_EN}\s+(?:animation|effect|entrance|motion|intro|pop(?:\s+in)?)\s+(?:feels?|looks?|is|seems)\s+(?:a\s+bit\s+|kinda\s+|kind\s+of\s+|so\s+|really\s+|too\s+)?"
     rf"{_CHEAP_EN}\s*[,.;]\s*(?:so\s+|just\s+|please\s+|(?:can|could)\s+you\s+)*(?:make|change|switch|turn)\s+it\s+(?:to\s+|into\s+)?(?:a\s+|an\s+)?"
     r"(?:simple\s+|plain\s+|subtle\s+|soft\s+|gentle\s+|clean\s+)?(?=[a-z])", r"change the \1 animation to "),
    (rf"^(?=[^\n]{{0,200}}$)(?![^\n]*?\b(?:{_ANIM_NAMED})[^\n]*?\b(?:{_ANIM_NAMED}))\s*(?:the\s+)?{_TEXT_ANIM_EN}\s+(?:animation\s+|effect\s+)?(?:pops?|popping|bounces?|zooms?)(?:\s+(?:in|up|out))?\s+"
     rf"(?:(?:is|looks?|feels?)\s+)?(?:kind\s+of\s+|kinda\s+|a\s+bit\s+)?{_CHEAP_EN}[^.;!?\n]{{0,30}}$", r"remove the \1 animation"),
    (rf"^(?=[^\n]{{0,200}}$)\s*(?:the\s+)?{_TEXT_ANIM_EN}\s+(?:just\s+)?(?:sort\s+of\s+|kind\s+of\s+|kinda\s+)?(?:appears?|pops?\s+up|shows?\s+up|comes?\s+up|sits?\s+there)"
     r"\s*(?:,|and|so)?\s*(?:it\s+)?(?:feels?|looks?|is)\s+(?:a\s+bit\s+|kinda\s+|so\s+|really\s+)?(?:flat|boring|static|lifeless|dull)\s*[.!]?$", r"change the \1 animation to fade"),
    (r"^(?=[^\n]{0,100}$)\s*(标题|字幕)\s*(?:那个|的)?\s*(?:弹出来|弹出|跳出来|蹦出来)\s*的?\s*(?:效果|动画)?\s*(?:有点|有些|太|很|好)?\s*(?:土|俗|廉价|low|丑|幼稚|老土)\s*(?:了|啊|吧)?\s*$",
     r"\1不要动画"),
    (r"^(?=[^\n]{0,100}$)\s*(标题|字幕)\s*(?:出现|出来|进场)\s*得?\s*(?:有点|有些|太|很|好)?\s*(?:生硬|突兀|死板|平淡)\s*(?:了|啊|吧)?\s*$", r"\1动画改成淡入"),
) + REWRITES
# sound: a clip with someone talking in it, not wanted ("the unboxing video has someone chatting in the background, it's
# distracting", "开箱视频里有人说话，很干扰，那个声音不要了": not understood, or every sound muted), a sound not wanted to be
# heard ("视频里的原声太吵了，我不想听": turned down, not off), "好小" said for "太小" ("配音声音好小啊"), the music's dip under
# the voice complained of ("the music keeps dipping whenever the voice comes in, it sounds weird": "already so"; set GD)
_TALKING = r"(?:someone|somebody|people|a\s+(?:guy|person|man|woman|lady))\s+(?:talking|chatting|speaking|chattering|yapping)"
_CLIP_CALLED = r"((?:the\s+)?(?:[a-z0-9_\-]+(?:\.mp4|\.mov)|(?:[a-z0-9\-]+\s+)?(?:video|clip)))"
REWRITES = (
    (rf"^(?=[^\n]{{0,240}}$)(?![^\n]*?\b(?:mute|volume|quieter|louder|lower|remove|delete|cut|trim)\b){_CLIP_CALLED}\s+has\s+{_TALKING}[^.;!?\n]{{0,40}}"
     r"(?:[.;,]\s*(?:and\s+)?(?:it'?s|it\s+is|that'?s|which\s+is)\s+(?:really\s+|so\s+|very\s+|kinda\s+|a\s+bit\s+)?(?:distracting|annoying|noisy|weird|irritating))?", r"mute \1"),
    (r"((?:[a-z0-9_\-]+\s*)?(?:视频|片段))\s*里\s*(?:面)?\s*有\s*(?:人|个人|人在)\s*(?:说话|讲话|聊天)[^。！？\n]{0,16}?[，,]\s*(?:(?:那个|这个|里面的|它的)\s*)?(?:声音|说话声|人声)\s*(?:不要了?|关掉|去掉|删掉|拿掉|静音)",
     r"\1静音"),
    (r"((?:[a-z0-9_\-]+\s*|(?:(?![的这那个把将而且还和也里])[一-鿿]){1,4})?(?:视频|片段))([^。！？\n]{0,20}?)(?:我|我们)?\s*(?:不想|不要|不用)\s*听(?:到|见)?\s*(?:里面的|它的|里头的)\s*(?:说话声|人声|声音|原声|讲话声|聊天声)",
     r"\1\2把它静音"),
    (r"(?:我|我们)?\s*(?:不想|不要|不用)\s*听(?:到|见)?\s*(视频里的|视频的)\s*(?:说话声|人声|声音|原声|讲话声|聊天声)", r"把\1声音关掉"),
    (r"((?:[^，,。！？\s]{0,8}?的)?\s*(?:原声|声音|背景音乐|音乐|配音|旁白|说话声|人声|bgm))\s*(?:太吵了?|好吵|很吵|吵死了?)\s*[，,]\s*(?:我|我们)?\s*(?:不想|不要)\s*听(?:到|见)?(?:了|啊|呢)?(?=$|[，,。！!])",
     r"把\1关掉"),
    (r"(logo|水印|标志|贴纸)\s*有点\s*(大|小)了?(?=\s*(?:$|[，,。；;！!]))", r"\1太\2了"),
    (r"(?<=[乐声频音配白字幕题体段图张度])\s*好\s*(?=(?:小|大|吵|快|慢|长|短)\s*(?:声)?\s*(?:啊|呀|哦|喔|啦|了|哇)*\s*(?:$|[,，。.!！?？]))", "太"),
    (r"^(?=[^\n]{0,200}$)\s*(?:the\s+)?(?:music|song|track|bgm)\s+(?:(?P<k>keeps)\s+)?(?:dipping|dips|ducking|ducks|drops|dropping|going\s+quiet(?:er)?|goes\s+quiet(?:er)?|gets\s+quieter|getting\s+quieter)"
     r"(?:\s+down)?\s+(?:whenever|when|every\s*time|each\s+time)\s+(?:the\s+)?(?:voice\s*-?\s*over|voiceover|voice|narration|narrator|someone|i|he|she)\s+(?:comes\s+in|starts|talks|speaks|kicks\s+in)"
     r"[^.;!?,\n]{0,12}?(?:(?P<w>[,.;]\s*(?:and\s+)?(?:it|that)\s*(?:'s|\s+is|\s+sounds|\s+feels)\s+(?:really\s+|so\s+|very\s+|kinda\s+|a\s+bit\s+)?(?:weird|odd|strange|annoying|off|bad|jarring|distracting|unnatural)\b)|(?=\s*[.!]?\s*$))"
     r"(?(w)|(?(k)|(?!)))(?=\s*[.!]?\s*$)", "don't duck the music"),
    (r"(?:配音|旁白|人声|说话)\s*一\s*(?:出来|响|开始|进来)\s*[,，]?\s*(?:背景)?音乐\s*就\s*(?:突然|自动)?\s*(?:变小|变轻|小下去|降下去|压下去|没了)(?:了)?"
     r"(?:\s*[,，]\s*(?:听着|听起来|感觉)?\s*(?:很|好|有点|特别)?\s*(?:别扭|奇怪|难受|不舒服|怪|不自然)(?:了|啊)?)?", "配音的时候音乐不要自动变小"),
) + REWRITES
# the start said abrupt alone, as the end is ("开头太突然，结尾也太突然": not understood; set GD gd091); a fade in asked bare
# after it ("开头太突然了，能不能慢慢淡入": the complaint goes, "能不能淡入" was not read; set GD gd044); a fade out with its
# colour after it ("结尾太生硬了，加个两秒淡出到黑色"; set GD gd104)
REWRITES = (
    (rf"(?:开头|开场|片头)\s*{_ABRUPT_ZH}(?=\s*(?:$|[，,。；;！!]))"
     r"(?!\s*[，,]\s*(?:请|就|再|慢慢|能不能|可不可以|可以|帮我|麻烦|希望|想|要)*\s*(?:加|添|用|改|做|开头|从))", "开头淡入"),
    (r"^(?=[^\n]{0,200}$)(?![^\n]*(?:标题|字幕|文字|logo|贴纸|水印|音乐|配音|转场|淡出))((?:[^\n]*[，,。；;！!])?)\s*(?:能不能|可不可以|可以|请|帮我|麻烦)?\s*(?:慢慢|缓缓)?\s*淡入\s*(?:一下)?\s*(?:吗|呢|吧)?(?=\s*(?:$|[，,。；;！!?？]))",
     r"\1开头淡入"),
    (rf"(^|[,，;；。]\s*){_Z_ADD_FADE}(\d+(?:\.\d+)?\s*秒)\s*(?:钟)?\s*(?:的)?\s*(?:淡出|渐隐)(?:效果)?\s*(?:到|成)\s*(白|黑)(?:色|场|屏)(?:的)?{_Z_FADE_END}",
     r"\1结尾淡出到\3色用\2"),
    (rf"(^|[,，;；。]\s*){_Z_ADD_FADE}(?:淡出|渐隐)(?:效果)?\s*(?:到|成)\s*(白|黑)(?:色|场|屏)(?:的)?{_Z_FADE_END}", r"\1结尾淡出到\2色"),
) + REWRITES
# the transitions by what they are between ("the fades between photos feel sluggish", "每次换图都要渐变半天，太慢了": not
# understood; set GD gd029 gd030); the cuts off the music's beat said alone ("换图的时候跟音乐节奏完全对不上", "转场太慢了，而且跟
# 音乐节拍对不上": not understood; set GD gd032 gd089); the start said to slam in ("the start just slams in, there's no lead-in
# at all"; set GD gd043); "fade in" / "fade out" bare, no text, sound or transition named: the whole video's
_BARE_FADE = (r"^(?=[^\n]{0,200}$)(?![^\n]*\b(?:title|headline|captions?|subtitles?|text|words|logo|sticker|watermark|music|song|voice"
              r"|narration|transitions?|card)\b)((?:[^\n]*[,;.!?]\s*)?)(?:(?:please|pls|just|and|also|then|(?:can|could)\s+you)\s+)*"
              r"(?:add\s+(?:a\s+)?)?fade\s+")
_BARE_FADE_END = r"(?=\s*(?:please|pls)?\s*[.!?]?\s*$)"
REWRITES = (
    (r"\b(?:the\s+)?(?:fades?|cross-?fades?|dissolves?|transitions?)\s+between\s+(?:the\s+|each\s+|all\s+the\s+)?(?:photos?|pictures?|images?|shots?|slides?|pics?)"
     r"(?=\s+(?:feel|feels|are|is|seem|seems|look|looks|take|takes|drag|drags)\b)", "the transitions"),
    (r"(?:每次|每一次)?\s*(?:换图|切图|换图片|切换|转场)\s*(?:的时候)?\s*都?\s*要?\s*(?:渐变|过渡|淡入淡出|淡)?\s*(?:半天|好久|很久)(?:\s*[,，]\s*(?:太|好|很)?慢了?)?",
     "转场太慢了"),
    (r"(?:(?:换图|切图|切换|转场|画面切换|图片切换)\s*(?:的时候|的点)?\s*|(?<=而且|并且)\s*|(?:^|(?<=[，,]))\s*(?:也|还)?\s*)(?:和|跟|同)\s*(?:背景)?(?:音乐|bgm|歌)\s*(?:的)?\s*(?:节奏|节拍|拍子|鼓点)?\s*"
     r"(?:完全|根本|都|有点|总是)?\s*(?:对不上|不合拍|不搭|对唔上|唔夹|不同步)(?![^\n]*(?:卡点|踩点|beat|节拍同步|对上节拍))", "卡点"),
    (r"^(?=[^\n]{0,200}$)\s*(?:the\s+)?(?:start|beginning|opening|intro|video|it)\s+(?:just\s+)?(?:slams|jumps|bangs|crashes|cuts|barges|starts)\s+(?:right\s+)?in\b"
     r"(?:\s*[,;]?\s*(?:and\s+)?there'?s\s+no\s+(?:lead[\s-]?in|build[\s-]?up|intro|fade)(?:\s+at\s+all)?)?\s*[.!]?\s*$", "fade in from black"),
    (rf"{_BARE_FADE}in{_BARE_FADE_END}", r"\1fade in from black"),
    (rf"{_BARE_FADE}out{_BARE_FADE_END}", r"\1fade out to black"),
) + REWRITES
# more of what is wrong said with the fix left implied (set GD): the first pictures by "前面N张" ("前面三张图一闪而过"), shown
# too briefly ("一闪而过", "20秒太赶了"); black bars on a phone (a landscape video: vertical); a style too plain for a sale; a
# colour suggested after a complaint of a text ("…, maybe yellow?", "gold would look classier"); a thing uploaded and not in
# the video ("where's the ring? I uploaded it", "logo传了但是视频里没看到"); the best seller not first ("why does it open with
# the sneaker? the ring is our bestseller"); a product no longer sold or a picture not wanted ("we don't even sell it
# anymore", "不想要了"); no way to know where to buy (an end card); nothing written on the pictures (captions); all the words
# clutter (all text removed); a clip that starts or ends with nothing happening (those seconds cut); a clip like slow motion
_GD_COLOUR = r"(?:yellow|gold|golden|white|black|red|orange|pink|blue|navy|green|purple|grey|gray|cream|beige|silver)"
_GD_TEXT = rf"({_TEXT_EN}|text|words)"
_GD_PIC = r"(?:shot|photo|picture|pic|image|one)"
REWRITES = (
    (r"前面\s*(?=\d\s*张[^，,。；;\n]{0,6}?(?:一闪而过|长一点|久一点|短一点))", "前"),
    (r"((?:前|后|最后)\s*\d\s*张\s*(?:图片?|照片)?|(?:第\s*\d\s*张|\S{1,4}?那张)\s*(?:图片?|照片)?)\s*(?:都)?\s*(?:只是|就)?\s*一闪而过(?:了)?(?:\s*[,，]\s*(?:根本|完全)?\s*(?:看不清楚?|没看清楚?)(?:了)?)?",
     r"\1长一点"),
    (r"(?:^|(?<=[，,。；;]))\s*\d+\s*秒\s*(?:有点|太|好|实在)?\s*(?:赶|急|仓促|快)了?(?:\s*[,，][^，,。；;！!？?\n]{0,16}?(?:没看清|看不清|就过去了?|来不及看)[^，,。；;！!？?\n]{0,6})?", "视频长一点"),
    (r"(?:^|(?<=[.;!?,]))(?=[^\n]*(?:phone|tiktok|reels?|shorts|stories))(?![^\n]*\b(?:show|keep|leave|add|use|with)\s+(?:\w+\s+)?black\s+bars)[^.;!?,\n]{0,60}?\b"
     r"(?:big|huge|thick|massive|large|giant|ugly)?\s*black\s+bars\b[^.;!?,\n]{0,30}", " make it vertical"),
    (r"[^，,。；;！!？?\n]{0,12}?(?:上下|上面和下面|顶部和底部)\s*(?:都|全)?\s*(?:是|有)\s*(?:大|好大的|很大的)?\s*黑边[^，,。；;！!？?\n]{0,6}(?:\s*[，,]\s*(?:好|很|太)?(?:难看|丑|奇怪)(?:了|啊)?)?",
     "改成竖屏"),
    (r"\b(?:it\s+)?(?:looks?|feels?|is)\s+(?:way\s+|a\s+bit\s+|kinda\s+|really\s+|so\s+)?(?:too\s+)?(?:plain|boring|bland|dull|basic)\s+for\s+(?:a|an|our|the)\s+[^.;!?,\n]{0,30}?\bsale\b",
     "use the sale preset"),
    (r"(?:感觉|觉得)?\s*(?:不够|没那么|不太)\s*(?:高级|大气|精致|有质感)\s*[，,]\s*(?=[^\n]{0,12}(?:风格|preset|预设))", ""),
    (rf"^(?=[^\n]{{0,200}}$)[^\n,;.]*?\b{_GD_TEXT}\b[^\n,;.]*?[,;.]\s*(?:so\s+)?(?:maybe|how\s+about|what\s+about|try|perhaps)\s+({_GD_COLOUR})\s*\?*\s*$",
     r"make the \1 \2"),
    (rf"^(?=[^\n]{{0,200}}$)[^\n,;.]*?\b{_GD_TEXT}\b[^\n,;.]*?[,;.]\s*(?:but\s+|so\s+|i\s+think\s+)?({_GD_COLOUR})\s+(?:would|will|might|could)\s+(?:(?:look|be|feel)\s+)?(?:much\s+|a\s+lot\s+|way\s+)?(?:better|classier|nicer|more\s+[a-z]+|less\s+[a-z]+|pop(?:\s+more)?|stand\s+out(?:\s+more)?)\s*[.!]?\s*$",
     r"make the \1 \2"),
    (r"\bwhere(?:'s|\s+is)\s+(?:the\s+|my\s+|our\s+)?([a-z0-9\-]+(?:\.(?:jpe?g|png))?)(?:\s+(?:photo|picture|pic|shot|image))?\s*\?*\s*[,.;]?\s*(?:i|we)\s+(?:uploaded|sent|added|gave\s+you)\s+(?:it|that|one)\b[^.;!?\n]{0,20}",
     r"add the \1"),
    (r"(?:怎么|为什么|咋)\s*没有\s*(\S{1,6}?)(那张|这张|的图|的照片|图片|照片)?(?:啊|呢|呀)?\s*[，,]\s*(?:我)?(?:明明|已经)?\s*(?:传了|上传了|发了|给了)(?:的)?(?:啊|呀)?",
     r"加上\1\2"),
    (r"(logo|标志|水印|贴纸)\s*(?:我)?(?:已经|明明)?\s*(?:传了|上传了)\s*[,，]?\s*(?:但是?|可是)?\s*(?:视频里|画面里|视频上)?\s*(?:没看到|看不到|没有|没出现)(?:啊|呀|呢)?", r"加上\1"),
    (r"\b(?:the\s+|our\s+|my\s+)?(logo|sticker|watermark)\s+(?:isn'?t|is\s+not)\s+(?:even\s+)?(?:on\s+(?:it|there|the\s+video)|in\s+(?:it|there|the\s+video)|anywhere)\b", r"put the \1 on"),
    (r"\b(?:i|we)\s+(?:uploaded|made|sent)\s+(?:a|the|our)\s+(sticker|logo)\s+for\s+(?:exactly\s+|just\s+)?(?:that|this)\b", r"put the \1 on"),
    (r"\b(?:why\s+does\s+it|it)\s+(?:opens?|starts?)\s+with\s+(?:the\s+)?[a-z0-9\-]+\s*[?.,]\s*(?:but\s+)?(?:the\s+)?([a-z0-9\-]+)\s+is\s+(?:our|the|my)\s+"
     r"(?:best\s*seller|hero(?:\s+product)?|main\s+product|top\s+seller|star(?:\s+product)?|flagship|best[\s-]selling\s+\w+)\b", r"put the \1 first"),
    (r"开头\s*(?:是|放的是|放了)\s*\S{1,6}?\s*[，,]\s*(?:可|但是?|可是)?\s*(?:我们)?\s*(?:主推|主打|最想推|卖得最好)\s*的?\s*(?:是|就是)\s*(\S{1,6}?)(?:啊|呀|吧|呢)?(?=$|[，,。！!])",
     r"把\1放第1张"),
    (rf"(?:the\s+)?([a-z0-9\-]+)\s+{_GD_PIC}\b[^.;!?\n]{{0,60}}?[,;.]\s*(?:and\s+)?(?:we|i)\s+(?:don'?t|do\s+not)\s+(?:even\s+)?(?:sell|carry|stock|have)\s+(?:it|that|them|those)\s+(?:anymore|any\s+more|now)\b",
     r"remove the \1"),
    (r"(\S{1,6}?(?:那张|这张)\s*(?:图片?|照片)?)[^，,。；;\n]{0,10}[，,]\s*(?:我)?(?:不想要了|不要了|不用了)", r"删掉\1"),
    (r"\b(?:it\s+just\s+ends\s+and\s+)?(?:nobody|no\s+one|(?:people|viewers|customers)(?:\s+watching)?\s+(?:don'?t|do\s+not|won'?t|will\s+not))\s+knows?\s+where\s+to\s+(?:buy|order|find|shop)\b[^.;!?\n]{0,20}",
     "add an end card"),
    (r"\b(?:there'?s|there\s+is)\s+nothing\s+written\s+on\s+(?:the\s+)?(?:pictures|photos|images|pics|slides)\b", "add captions"),
    (r"\b(?:it'?s\s+)?hard\s+to\s+tell\s+which\s+(?:product|item|one)\s+is\s+which\s*[,;]\s*(?=add\s+captions)", ""),
    (r"\ball\s+(?:the\s+)?(?:words|text)\s+(?:is|are)\s+(?:just\s+)?(?:clutter|cluttering|distracting|in\s+the\s+way|too\s+much)\b", "remove all the text"),
    (r"(?:画面上的|屏幕上的|视频上的)?(?:字|文字)\s*(?:全都|都|全部)\s*(?:很|太|好)?\s*(?:碍眼|多余|没用|碍事)(?:了|啊)?", "把所有的字都删掉"),
    (r"\b(?:the\s+)?([a-z0-9\-]+\.(?:mp4|mov)|clip|video|[a-z0-9\-]+\s+(?:clip|video))\s+starts\s+with\s+(?:like\s+|about\s+|maybe\s+|roughly\s+)?"
     r"(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\s+of\s+(?:nothing(?:\s+happening)?|dead\s+air|black|empty\s+\w+|just\s+\w+)\b", r"cut the first \2 of the \1"),
    (r"\bthe\s+(?:last|final)\s+(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\s+of\s+(?:the\s+)?([a-z0-9\-]+\.(?:mp4|mov)|clip|video|[a-z0-9\-]+(?:\s+(?:clip|video))?)\s+(?:are|is)\s+just\s+[^.;!?\n]{0,60}",
     r"cut the last \1 of the \2"),
    (r"\b([a-z0-9\-]+\.(?:mp4|mov)|the\s+clip|the\s+video|the\s+[a-z0-9\-]+\s+(?:clip|video))\s+(?:feels|looks|seems)\s+(?:like\s+(?:it'?s\s+)?(?:in\s+)?)?slow[\s-]?mo(?:tion)?\b"
     r"(?:\s*[,;]\s*(?:everyone|everybody|people|they|it)\s+(?:looks?|seems?|moves?)\s+[^.;!?\n]{0,60})?", r"speed up \1"),
    (r"\b([a-z0-9\-]+\.(?:mp4|mov)|the\s+clip|the\s+[a-z0-9\-]+\s+(?:clip|video))\s+(?:feels|seems|is)\s+(?:endless|never[\s-]ending|like\s+forever)", r"\1 is too long"),
    (r"(那段视频|这段视频|视频片段|那段|这段)\s*(?:的)?\s*节奏\s*(?:有点|太|好)?\s*慢了?(?:\s*[,，]\s*(?:看得|让人)?\s*(?:着急|犯困|想睡|无聊)(?:了|啊)?)?", r"\1加快"),
) + REWRITES
# a whole video's fades, each with its length, said "to the whole video" or 为整段视频 ("add a 1 second fade in and a 2 second
# fade out to the whole video": the video became 2 s long; "请为整段视频添加1秒淡入和2秒淡出" looked for a file; set GA)
REWRITES = (
    (r"\b(fade\s+(?:in|out))\s+(?:to|for|on|across)\s+the\s+(?:whole|entire)\s+(?:video|thing|clip)\b", r"\1"),
    (r"(?:(?:为|给)\s*(?:整段|整个|这个)?\s*视频\s*)?(?:添加|加上?|加个|做)\s*(\d+(?:\.\d+)?\s*秒)\s*(?:钟)?\s*(?:的)?\s*淡入\s*(?:和|与|跟|、|,|，)\s*(\d+(?:\.\d+)?\s*秒)\s*(?:钟)?\s*(?:的)?\s*淡出",
     r"开头淡入用\1，结尾淡出用\2"),
) + REWRITES
# the brand kit's parts said with "kit" ("Set the brand kit colour to #2e7d32", "brand kit的字体换成手写体": a question, or
# every text's font; set GA); a style preset named after 换成 ("style preset换成elegant": the serif font, set GA ga056);
# the music's ending given as the reason ("…, because the music just cuts off": hard cuts; "因为音乐是硬切断的": the music
# removed; set GA ga125 ga141); how it should come across, after the wish ("要显得高级一点": the elegant style, set GA ga120)
_PRESET_NAMES = "|".join(PRESETS)
REWRITES = (
    (r"\bbrand\s*kit(?:'s)?\s*(?:的\s*)?(?=(?:(?:heading|title|body|caption)\s+)?(?:colou?r|font|accent|logo)\b|字体|颜色|主色|品牌色|强调色|logo)", "brand "),
    (r"\bbrand\s+(?=字体|颜色|主色|强调色)", "品牌"),
    (rf"\b(?:style\s+|风格\s*)?(?:preset|template|模板|预设)\s*(?:换成|改成|改为|用|设为|设成|切换成|切到|to)\s*({_PRESET_NAMES})\b", r"use the \1 preset"),
    (r"\s*[,;]?\s*\b(?:because|since|as|coz|cause)\s+(?:the\s+)?(?:music|song|track|audio|sound)\s+(?:just\s+|kind\s+of\s+|kinda\s+)?(?:cuts?\s+off|stops|ends|dies|cuts\s+out)\b[^.;!?,\n]{0,30}", ""),
    (r"[，,]\s*因为\s*(?:背景)?音乐\s*(?:(?:是|就|硬切|突然|直接|一下子)\s*)*(?:断|停|没)(?:掉|了|的)*[^，,。；;\n]{0,6}"
     r"(?:\s*[，,]\s*(?:听着|听起来|感觉)?\s*(?:很|好|有点)?\s*(?:难受|别扭|奇怪|突兀)(?:了|啊)?)?", ""),
    (r"(?<=[，,])\s*(?:要|想|想要)?\s*(?:显得|看起来|看着|感觉)\s*(?:更|比较)?\s*(?:高级|大气|精致|温暖|专业|活泼|干净|简洁|有质感)\s*(?:一点|一些|点)?(?:的感觉)?(?=\s*(?:$|[，,。；;！!]))", ""),
    (r"(?<=[，,])\s*(?:我们|我)\s*是\s*(?:做|卖)[^，,。；;！!？?\n]{1,10}?的(?=\s*(?:$|[，,。；;！!]))", ""),
) + REWRITES
# "fade out" / "fade in" said in English inside Chinese ("结尾fade out到黑色": not understood; set GA ga141); where a colour
# comes from, said after it ("…#2e7d32, it's the green from our packaging and I want the titles to match"; set GA ga144)
REWRITES = (
    (r"(?<=[一-鿿])\s*fade\s*-?\s*out\s*(?=到|成|[，,。]|$)", "淡出"),
    (r"(?<=[一-鿿])\s*fade\s*-?\s*in\s*(?=从|[，,。]|$)", "淡入"),
    (r"\s*[,;]\s*(?:it'?s|that'?s|which\s+is)\s+(?:the|our)\s+(?:exact\s+)?[a-z]+\s+(?:from|of|on|in|we\s+use\s+(?:on|in|for))\s+(?:our|the)\s+[a-z\s]{1,30}?"
     r"(?:\s+and\s+(?:i|we)\s+want\s+(?:the\s+|all\s+the\s+)?(?:titles?|captions?|text|everything|cards?)\s+to\s+match)?(?=\s*(?:$|[.;!?]))", ""),
) + REWRITES
# a question of how the video is, the whole message ("Quick question: will the logo in the corner also show during the
# last picture, or does it stop earlier?" moved the logo to the last picture; set GA ga033): no wish
REWRITES = (
    (r"^\s*(?:(?:quick|one|a)\s+question\s*[:,\-]\s*|just\s+(?:wondering|curious|checking)\s*[:,\-]?\s*)?(?:will|does|do|did|is|are|has|have|would)\s+"
     r"(?:the|this|that|it|my|our|there)\b(?![^\n]*\b(?:please|pls|can\s+you|could\s+you|possible|want|wish|should)\b)"
     r"(?!\s+(?:be\s+)?(?:possible|ok|okay|fine|too\s+\w+)\b)[^\n]{0,200}\?\s*$", ""),
    # the logo's opacity lowered with "drop it to" ("drop it to 70% opacity": "drop" read as its removal; set GA ga053), said
    # in English inside Chinese ("opacity调到50%", set GA ga145); what it fights with, the reason ("it's fighting with the title
    # up there"); the logo as a watermark, against theft ("把Logo放右下角當浮水印，避免影片被盜用", set GA ga110); a place taken
    # by the platform's buttons ("右上角会被抖音的按钮挡住", set GA ga021); the logo's covering said before the move asked
    # ("logo挡住背包了，挪到右下角去": not understood; set GA ga148)
    (r"\b(?:drop|bring|take|turn|lower|knock)\s+(it|the\s+(?:logo|watermark|sticker))\s+(?:down\s+)?to\s+(\d+(?:\.\d+)?\s*%)\s+opacity", r"set \1 to \2 opacity"),
    (r"\b(?:drop|bring|take|turn|lower|knock)\s+(its|the(?:\s+(?:logo|watermark|sticker)(?:'s)?)?)\s+opacity\s+(?:down\s+)?to\s+(\d+(?:\.\d+)?\s*%)",
     r"set \1 opacity to \2"),
    (r"\bopacity\s*(?=调|改|设|到|为|降|\d)", "不透明度"),
    (r"\s*[,;]\s*(?:it'?s|it\s+is|they'?re)\s+(?:fighting|clashing|competing|colliding|crashing)\s+(?:with|into)\s+[^.;!?\n]{0,40}", ""),
    (r"\s*(?:当|當|作为|作為|当成|做)\s*(?:浮水印|水印)", ""),
    (r"[，,]\s*(?:避免|防止|以免|免得)\s*(?:影片|视频|作品)?\s*(?:被)?\s*(?:盗用|盗|抄|搬运|偷)[^，,。；;\n]{0,6}", ""),
    (rf"[，,；;]\s*(?:因为)?\s*(?:右上角|左上角|右下角|左下角|上面|下面|那里|那边|这里|它|那个位置)?\s*(?:会|可能会|容易)?\s*被[^，,。；;！!？?\n]{{0,12}}?{_COVERS_ZH}(?:了)?", ""),
    (rf"{_OVER_THING_ZH}\s*{_COVERS_ZH}了?[^，,。；;\n]{{0,10}}[，,]\s*(?=[^\n]{{0,6}}(?:挪|移|放|换))", r"\1，"),
) + REWRITES
# a wish relayed as the thing and what is to be done to it ("The user wants the watch and the ring pictures swapped", "…
# both videos muted so only the music plays", "They'd like the order reversed, so the ring comes first and the sneaker
# last", "the unboxing clip cut down to its first 5 seconds", "gold-ring.jpg to replace black-cap.jpg in the same spot",
# "the video clip to open the video, before the photos": not understood; set GB)
_WANTS = r"\b(?:the\s+client|the\s+user|they|he|she|we|i)(?:\s+(?:wants|want|would\s+like|needs|need|wanted)|'d\s+like)\s+"
_DONE_TO = {"swapped": "swap", "muted": "mute", "unmuted": "unmute", "removed": "remove", "deleted": "delete", "reversed": "reverse"}
REWRITES = tuple(
    (rf"{_WANTS}((?:the|both|all|those|these|its|their|image|picture|photo|clip|video|[a-z0-9\-]+\.(?:jpe?g|png|mp4))\b[^.;!?,\n]{{0,60}}?)\s+{done}"
     r"(?=\s*(?:$|[.;!?,]|\s+(?:so|and|but|please)\b))", rf"{do} \1")
    for done, do in _DONE_TO.items()) + (
    # (a second thing and its participle after "and": "…the watch picture removed and the clip moved to second place" removed
    # the clip too; set GB gb094)
    (r"\band\s+((?:the\s+)?[a-z0-9\-]+(?:\s+[a-z0-9\-]+){0,2}?)\s+(?:moved|put|placed)\s+(to|at|in)\s+", r"and move \1 \2 "),
    (r"\b(reverse\s+the\s+order)\s*,\s*so\s+(?:that\s+)?(?:the\s+)?[a-z0-9\-]+\s+(?:comes|is|goes)\s+first\s+and\s+(?:the\s+)?[a-z0-9\-]+\s+(?:comes\s+|is\s+|goes\s+)?last\b", r"\1"),
    (rf"{_WANTS}((?:the\s+)?[a-z0-9\-]+(?:\.mp4|\s+(?:clip|video)))\s+(?:cut\s+down|trimmed|cut)\s+to\s+", r"trim \1 to "),
    (rf"{_WANTS}([a-z0-9\-]+\.(?:jpe?g|png))\s+to\s+replace\s+([a-z0-9\-]+\.(?:jpe?g|png))(?:\s+in\s+the\s+same\s+(?:spot|place|position|slot))?", r"replace \2 with \1"),
    (rf"{_WANTS}((?:the\s+)?(?:video\s+clip|clip|[a-z0-9\-]+\.mp4|[a-z0-9\-]+\s+(?:clip|video)))\s+to\s+(?:open|start)\s+the\s+(?:video|promo|edit)(?:\s*,?\s*before\s+the\s+(?:photos|pictures|images))?",
     r"put \1 first"),
    (r"\b(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+want\s+any\s+(?:text|words|writing|lettering)\s+(?:on|in)\s+(?:the\s+)?(?:video|it|screen)(?:\s+at\s+all)?", "remove all the text"),
    (r"\b(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+want\s+any\s+(captions|titles?|music|transitions)\s+(?:on|in)\s+(?:the\s+)?(?:video|it)(?:\s+at\s+all)?", r"remove the \1"),
    (r"\b(?:the\s+)?(music|song|track|voice\s*-?\s*over|voiceover|narration|clip|video\s+clip)\s+should\s+(?:just\s+)?be\s+muted\s*,?\s*(?:but|and)\s+not\s+(?:removed|deleted)",
     r"mute the \1"),
    (r"\s*,?\s*(?:since|because|as)\s+(?:they|we|i|the\s+client|he|she)\s+(?:might|may|could|will|would)\s+(?:want|need|use)\s+it\s+(?:back|again)(?:\s+later)?", ""),
    (r"\b([a-z0-9\-]+\.(?:mp4|mov)|the\s+clip|the\s+video\s+clip)\s+should\s+(?:only\s+)?use\s+(?:only\s+)?seconds\s+(\d+(?:\.\d+)?)\s+(?:to|-|through|until)\s+(\d+(?:\.\d+)?)\b",
     r"trim \1 to \2s-\3s"),
    (r"\b(title|captions?)\s+to\s+(?:come|drop|slide|fly)\s+(?:down\s+)?(?:in\s+)?from\s+(?:the\s+)?(?:top|above)(?:\s+when\s+(?:it|they)\s+appears?)?", r"\1 to slide down"),
) + REWRITES
# several wishes in one message (set GC): the music's level after its ducking ("don't duck the music under the voice, and
# just keep it at 25% the whole time": "it" was not read as the music), a reason of a music-only cut, the next picture's
# length said as a bare number after one in seconds ("…make it 3 seconds. and the ring one should be 8"), "up in the top
# left", a card's second line put "underneath as the subtitle", a fade's colour said in a second clause ("add a 3 second
# fade out at the end and make it fade to white, not black": the colour was dropped), the body font in a brand kit's
# message (正文字体 of every text), the clip deleted "keeping only the pictures" (asked which picture), "put a 'X' title",
# 运镜 for the pictures' motion
REWRITES = (
    (r"(don'?t\s+duck\s+the\s+(music|song|track|bgm)[^.;!?\n]{0,30}?)\s*,?\s*and\s+(?:just\s+)?(?:keep|set|leave|have)\s+it\s+(?:at|to)\s+(\d+(?:\.\d+)?\s*%)",
     r"\1, and set the \2 to \3"),
    (r"\s*,?\s*(?:since\s+|because\s+|as\s+)?(?:we'?re|we\s+are|i'?m|i\s+am|this\s+is)\s+(?:doing|making)\s+(?:a|an|the)\s+[a-z]+[\s-]only\s+(?:version|cut|edit)\b", ""),
    (r"^([^\n]*?\b\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b[^\n]*?)\band\s+(the\s+[a-z0-9\-]+\s+(?:one|shot|photo|picture|pic|image))\s+should\s+(?:be|last|get)\s+(\d+(?:\.\d+)?)(?=\s*(?:$|[.;!?,]))",
     r"\1and make \2 \3 seconds"),
    (r"\bup\s+(?=in\s+the\s+(?:top|upper)\b)", ""),
    (r"\b(?:and\s+)?put\s+(\ue000\d+\ue001)\s+(?:underneath|under\s+it|below(?:\s+it)?|beneath(?:\s+it)?)(?:\s+as\s+(?:the\s+|a\s+)?(?:subtitle|sub-?line|second\s+line|small\s+line|tagline))?",
     r"with \1 underneath"),
    (r"(fade\s+out)\b([^.;!?\n]{0,40}?)\s+and\s+make\s+it\s+fade\s+(?:out\s+)?to\s+(white|black)(?:\s*,?\s*(?:not|instead\s+of)\s+(?:black|white))?", r"\1 to \3\2"),
    (r"^(?=[^\n]*品牌)([^\n]*?)(?<!品牌)(?=正文字体)", r"\1品牌"),
    (r"把\s*(?:那段)?\s*视频(?:片段)?\s*(?:删掉|删了|去掉|删除)\s*[，,]?\s*只(?:留|保留|要|剩)\s*(?:下)?\s*(?:图片|照片)", "删掉视频片段"),
    (r"\b(?:put|add|use|have)\s+(?:a|the)\s+(\ue000\d+\ue001)\s+(?:title|headline)\b", r"set the title to \1"),
    (r"运镜(?:效果|动效)?", "缩放效果"),
) + REWRITES
# why, said beside the wish (set GA): in Chinese a clause led by 因为 / 反正 / 毕竟 / 这样 / 让客户… with no verb of editing in
# it ("…，底色用红色，因为我们店铺主色是红的", "加个片尾卡，反正大家都会看到最后，就写“扫码进店”吧", "…，让客户记住我们品牌",
# "标题退场改成向左滑出，这样衔接第一张产品图更顺": the whole message was not understood); in English the shop, the brand or the
# promo described ("…, our brand is very clean and quiet": which sound was asked), what it runs during, what it leads into,
# a colour said to be the brand's, what it should match, the ad slot
_EDIT_ZH = r"改|换|加|删|去掉|调|放|移|挪|设|剪|缩|拉长|变成|关|开|静音|不要|别|写|滑|淡"
# (who it is for, after 让: "让客户记住我们品牌" is why; "让它在第2秒出现" is a wish)
_AUDIENCE_ZH = r"(?:客户|客戶|大家|观众|觀眾|买家|别人|人家|用户|顾客|粉丝|人)"
REWRITES = (
    (rf"[，,]\s*(?:(?:因为|因為|反正|毕竟|畢竟|既然|这样|這樣|这样子|便于|方便)\s*(?:{_AUDIENCE_ZH}\s*)?|(?:好让|讓|让)\s*{_AUDIENCE_ZH}\s*)"
     rf"(?:(?!{_EDIT_ZH})[^，,。；;！!？?\n]){{1,24}}(?=\s*(?:$|[。；;！!]))", ""),
    (rf"[，,]\s*(?:反正|毕竟|畢竟|因为|因為)\s*(?:(?!{_EDIT_ZH})[^，,。；;！!？?\n]){{1,20}}[，,]\s*(?=(?:就|再|然后|那)?\s*(?:{_EDIT_ZH}))", "，"),
    (r"\s*[,;.\-–—]\s*(?:since|because|as)\s+(?:this|it|the\s+(?:video|promo|ad))\s+(?:runs|goes\s+out|airs|is\s+for|launches)\b[^.;!?\n]{0,40}", ""),
    (r"\s*[,;.\-–—]\s*our\s+(?:brand|shop|store|website|company|style|vibe|aesthetic|look)\s+(?:is|feels|looks)\s+(?:very\s+|really\s+|super\s+|pretty\s+)?[a-z]+(?:\s+and\s+[a-z]+)?(?=\s*(?:$|[.;!?]))", ""),
    (r"\s*[,;\-–—]\s*it'?s\s+(?:a|an|for\s+a|for\s+an)\s+[a-z\s\-]{1,30}?(?:promo|video|ad|campaign|launch|sale)\b(?:\s+and\s+[^.;!?\n]{0,40})?(?=\s*(?:$|[.;!?]))", ""),
    (r"\s*[,;.]\s*the\s+ad\s+(?:slot|spot|break)\s+is\s+(?:short|tight|limited)\b", ""),
    (r"\s*[,;]\s*(?:it|that|which)\s+(?:leads?|flows?|transitions?)\s+into\s+[^.;!?\n]{0,40}", ""),
    (r"\s*[,;]\s*[a-z]+\s+is\s+our\s+(?:brand|accent|main|signature)\s+colou?r(?=\s*(?:$|[.;!?]))", ""),
    (r"\s+so\s+(?:it|that\s+it|everything|they)\s+(?:matches|match)\s+(?:the|our)\s+[a-z]+(?=\s*(?:$|[.;!?]))", ""),
    (r"^\s*our\s+(?:website|site|shop|store|brand)\s+[^,.;!?\n]{1,60},\s*so\s+(?=(?:set|make|use|add|change|put)\b)", ""),
) + REWRITES
# a card's words said after 就 / 再 and 一句 ("…，就写“扫码进店”吧", "片尾加上logo.png，再写一句“下单享9折”": not understood);
# 字卡 (Taiwan) for the card ("加一張片尾字卡"); "to match" after a wish; "Too much going on." before one (read as a sound
# too loud: which sound was asked; set GA)
REWRITES = (
    (r"(?<=[，,])\s*(?:就|再|然后|然後)\s*写\s*(?:一句|一行|上)?\s*(?=\ue000)", "写"),
    (r"(片尾|結尾|结尾)\s*字卡", r"\1卡片"),
    (r"\s+to\s+match(?=\s*(?:$|[.;!?]))", ""),
    (r"^\s*(?:it'?s\s+|there'?s\s+)?(?:way\s+|just\s+)?too\s+much\s+going\s+on\s*[.,;!\-–—]\s*(?=\S)", ""),
) + REWRITES
# context of where it goes said as a reason, no wish of the format ("The user is making a TikTok and wants the cuts to land
# on the music", "…, because the client likes that style on TikTok": made the video vertical; set GE); "and synced to the
# beat" after another participle; a clip kept and then moved with 并且 ("只保留前5秒，并且放到第一个": 且 was looked for); why
# after a length ("… 25 seconds so each picture keeps roughly the same time", "… 25 seconds - the ring isn't back in stock");
# a count of the changes before them ("Two things after watching it on my phone: …", "三个小改动："); the card's logo put
# "on the card's page" (结尾页上放我们的logo); set GE, GF
REWRITES = (
    (r"\b(?:the\s+)?(?:user|client|customer|we|i|they|he|she)\s+(?:is|are|am|'s|'re|'m)\s+(?:making|doing|posting|filming)\s+(?:a|an|this\s+as\s+a)\s+"
     r"(?:tiktok|reel|short|story|instagram\s+\w+)\s+and\s+", ""),
    (r"\s*,?\s*(?:because|since|as)\s+(?:the\s+)?(?:client|user|customer|they|we|i|he|she|people)\s+(?:likes?|loves?|saw|sees|prefers?)\s+[^.;!?\n]{0,40}?\bon\s+(?:tiktok|instagram|reels|youtube|ig)\b", ""),
    (r"\band\s+(?:synced|synched|cut|timed)\s+to\s+the\s+(?:beat|music|rhythm)\b", "and sync the cuts to the beat"),
    (r"[，,]\s*(?:并且|并|而且)\s*(?=(?:放|移|挪)(?:到|在))", "，然后把它"),
    (r"\s+so\s+(?:that\s+)?each\s+(?:picture|photo|image|shot|slide)\s+(?:keeps|gets|has|stays)\s+(?![^.;!?\n]{0,30}\d)[^.;!?\n]{0,30}", ""),
    (r"\s+[-–—]\s+(?:the\s+)?[a-z]+\s+(?:isn'?t|is\s+not|won'?t\s+be|will\s+not\s+be|are\s+not|aren'?t)\s+[^.;!?\n]{0,50}", ""),
    (r"^\s*(?:two|three|four|a\s+few|a\s+couple\s+of|couple\s+of|[2-4])\s+(?:quick\s+|small\s+|little\s+)?(?:things|changes|fixes|tweaks|notes)\b[^:\n]{0,40}:\s*", ""),
    (r"^\s*(?:[2-4]|几)\s*(?:个|处|点)?\s*(?:小)?(?:改动|修改|地方|问题|事情?|调整)\s*[:：]\s*", ""),
    (r"(结尾页|片尾页|结尾卡片|片尾卡片|片尾)\s*上\s*(?:放|加)(?:上)?\s*(?:我们的|我们)?\s*(?=logo)", "片尾带上"),
) + REWRITES
# why, after the wish (set GE): sold out, just restocked, a length not enough to read, boring at normal speed, too long
# beside the pictures, 不然… (what happens otherwise), the brand book's colour, 把品牌色设置好 after the colour said
REWRITES = (
    (r"\s*[,;\-–—]?\s*(?:we|they|the\s+client|the\s+shop)\s+(?:sold\s+out|(?:'re|are|were)\s+sold\s+out|ran\s+out|just\s+sold\s+out)\b[^.;!?\n]{0,40}", ""),
    (r"\s*[,;\-–—]\s*(?:the\s+client|we|they|the\s+shop)\s+(?:just\s+|finally\s+)?restocked\s+(?:it|them|those)\b[^.;!?\n]{0,20}", ""),
    (r"\s*[,;\-–—]?\s*\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\s+(?:isn'?t|is\s+not|aren'?t|are\s+not)\s+(?:long\s+)?enough\b[^.;!?\n]{0,30}", ""),
    (r"\s*[,;\-–—]\s*it'?s\s+(?:boring|slow|dull|too\s+slow|draggy)\s+at\s+(?:normal|regular|full|this|the\s+current)\s+speed\b", ""),
    (r"\s*[,;\-–—]\s*it'?s\s+(?:too|way\s+too|much\s+too)\s+(?:long|short)\s+compared\s+(?:to|with)\s+[^.;!?\n]{0,30}", ""),
    (r"[，,]\s*(?:不然|否则|要不然|要不)[^，,。；;！!？?\n]{1,20}", ""),
    (r"[，,]\s*(?:客户|我们|他们|品牌)的?\s*(?:vi|品牌手册|品牌规范|视觉规范)\s*里?\s*(?:就是|是|用的是|规定的是)[^，,。；;！!？?\n]{0,10}", ""),
    (r"[，,]\s*(?:请|麻烦)?\s*把\s*品牌色\s*设置好(?:了|吧)?", ""),
) + REWRITES

# --- session 51 -------------------------------------------------------------------------------------------------
# the whole video's fade with a length for each end said after both ("fade in 1s and out 2s" faded in only, the out dropped
# without a word; "fade in and fade out, half a second in, two seconds out" and "淡入淡出，开头1秒结尾2秒" kept 1 s each or
# were not understood), one length for both after "each" once the ends were written apart ("fade in at the start and out
# at the end? like 1.5s each" faded in 1 s); 渐变 at the start or the end is the fade there ("头尾都加个渐变", "结尾渐变到黑色")
_FADE_D = r"(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|秒钟|秒))"
REWRITES = (
    (r"\bfade\s+in\s*(?:and|&|/)\s*(?:fade\s+)?out\s+(?:to|into)\s+(black|white)\b(?=\s*[,:(\-–—]?\s*(?:in\s+)?\d)", r"fade in from \1 and fade out to \1"),
    (rf"\bfade\s+in\s+(?:for\s+|over\s+)?{_FADE_D}\s*(?:,|and|&|,\s*and)\s*(?:fade\s+)?out\s+(?:for\s+|over\s+)?{_FADE_D}",
     r"fade in for \1 and fade out for \2"),
    (rf"\bfade\s+in\b\s*((?:from\s+(?:black|white))?)\s*(?:and\b|&|/)\s*(?:fade\s+)?out\b\s*((?:(?:to|into)\s+(?:black|white))?)(?:\s*,?\s*(?:please|pls))?"
     rf"\s*[,:(\-–—]?\s*(?:with\s+)?{_FADE_D}\s+(?:for\s+the\s+)?in\s*(?:,|and|&|/|;|,\s*and)\s*{_FADE_D}\s+(?:for\s+the\s+)?out\b\)?",
     r"fade in \1 for \3 and fade out \2 for \4"),
    (rf"\bfade\s+in\b\s*((?:from\s+(?:black|white))?)\s*(?:and\b|&|/)\s*(?:fade\s+)?out\b\s*((?:(?:to|into)\s+(?:black|white))?)(?:\s*,?\s*(?:please|pls))?"
     rf"\s*[,:(\-–—]?\s*in\s+{_FADE_D}\s*(?:,|and|&|/|;|,\s*and)?\s*out\s+{_FADE_D}\)?",
     r"fade in \1 for \3 and fade out \2 for \4"),
    (rf"(?:(?:首尾|头尾|开头和结尾|开头结尾|片头片尾|片头和片尾)\s*(?:都)?\s*(?:加上?|加个|加一个|做个|来个|要|用)?\s*(?:一个|个)?\s*)?"
     rf"(?:淡入淡出|渐变)(?:效果)?\s*[，,：:]?\s*(?:开头|片头|淡入)\s*{_FADE_D}\s*[，,、]?\s*(?:结尾|片尾|淡出)\s*{_FADE_D}",
     r"开头淡入\1，结尾淡出\2"),
    (r"(首尾|头尾|开头和结尾|开头结尾|片头片尾|片头和片尾)\s*(都)?\s*(加上?|加个|加一个|做个|来个|要|用)?\s*(?:一个|个)?\s*渐变(?:效果)?(?!\s*(?:色|颜色|背景))",
     r"\1\2加淡入淡出"),
    (r"(结尾|片尾|最后)\s*(?:加个?|来个|做个)?\s*渐变\s*(?:到|成)\s*(?=黑|白)", "结尾淡出到"),
) + REWRITES
# (one length for both ends after the ends were written apart by the rewrites above: "fade in at the start and out at the
# end? like 1.5s each")
REWRITES = REWRITES + (
    # (both colours are written by then; without them the fades' own rule reads "fade in and out, 1 second each")
    (rf"\bfade\s+in\s+from\s+(black|white)\s+(?:and|&)\s+(?:fade\s+)?out\s+(?:to|into)\s+(black|white)"
     rf"\s*,?\s*(?:like\s+|about\s+|around\s+|maybe\s+)?{_FADE_D}\s+(?:each|apiece|both|for\s+both)\b",
     r"fade in from \1 over \3 and fade out to \2 over \3"),
)
# why, said as where the video is going after a wish ("We don't need the voiceover anymore since we're going captions-only.
# Please remove it." was not understood: the clause's unknown words refused the removal read from it; set GK); a shape said
# there is a wish of its own ("… since we're going vertical") and stays
REWRITES = (
    (r"\s*,?\s*\b(?:since|because|as)\s+(?:we'?re|we\s+are|they'?re|they\s+are|the\s+(?:client|user|brand)\s+is|we'?ll\s+be)\s+"
     r"(?:going|switching|moving|doing|making)\s+(?![^.;!?\n]{0,30}\b(?:vertical|square|horizontal|landscape|portrait|widescreen|\d+:\d+)\b)"
     r"[^.;!?,\n]{1,30}", ""),
) + REWRITES
# a sentence that only adds a look to the wish before it ("Can we make it smaller? Maybe a bit transparent too.", "Could
# you make them bigger? Yellow would probably stand out more too.", "Bright white would help too."): the same thing's, one
# wish with the one before (each was left unread; set GK)
_MORE_LOOK_EN = (r"(?:transparent|see-through|smaller|bigger|larger|brighter|bolder|louder|quieter|softer|faster|slower|"
                 r"higher|lower|thinner|thicker|darker|lighter)")
REWRITES = REWRITES + (
    (rf"[.?!]\s+(?:and\s+|also\s+|plus\s+)?(?:maybe\s+|perhaps\s+|possibly\s+)?(?:make\s+it\s+)?((?:a\s+(?:bit|little|touch)\s+|slightly\s+|more\s+)?"
     rf"{_MORE_LOOK_EN})\s+(?:too|as\s+well|also)\b(?:\s+so\s+[^.;!?\n]{{0,40}})?(?=\s*(?:$|[.;!?]))", r", and make it \1 too"),
    (rf"[.?!]\s+(?:and\s+|also\s+|plus\s+)?(?:maybe\s+|perhaps\s+|i\s+think\s+|honestly\s+)?(?:(?:bright|pure|light|dark|pale|bold|warm|deep)\s+)?"
     rf"({_COLOURS_EN})\s+(?:would|might|could|will|should)\s+(?:probably\s+|definitely\s+|really\s+|also\s+|maybe\s+)?"
     rf"(?:stand\s+out|pop|work|look\s+(?:better|nicer|good)|help|read\s+better|be\s+(?:better|easier\s+to\s+read|more\s+readable))\b[^.;!?\n]{{0,30}}(?=\s*(?:$|[.;!?]))",
     r", and make it \1"),
)
# a card kept short with its length ("Keep that card short, 2 seconds."); a kind of transition said to suit better after
# "a different transition" was asked ("Could we try a different transition? I think a dissolve would match the soft music
# better." gave each cut a different kind); a style preferred as "something minimal"; a colour said and then used ("Our
# brand red is #e63946. Could you use that for the title?" set the brand kit and left the title); what a wish would make
# the video feel like, said before it ("Cutting to the beat would make this feel way more like a TikTok." made it
# vertical); set GK
_STYLE_NAMES = "|".join(PRESETS)
REWRITES = (
    (r"\bkeep\s+(?:that|the|this)\s+(?:end\s+|closing\s+|final\s+)?card\s+(?:short|brief|quick)(?:\s*[,:\-–—]\s*|\s+at\s+|\s+to\s+|\s+)"
     r"(?:just\s+|only\s+|about\s+|like\s+|maybe\s+)?(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\b", r"make the end card \1"),
    (r"\b(?:can|could)\s+(?:we|you|i)\s+(?:try|use|get|have)\s+(?:a\s+)?(?:different|another|other)\s+(?:kind\s+of\s+)?transitions?\s*[?.!]\s*"
     r"(?=(?:i\s+think\s+|maybe\s+|perhaps\s+|probably\s+)?(?:a\s+)?(?:dissolve|wipe|slide|zoom|crossfade|cross-fade|fade)s?\s+(?:would|might|could|will)\b)", ""),
    (r"\b(?:i\s+think\s+|maybe\s+|perhaps\s+|probably\s+)?(?:a\s+)?(dissolve|wipe|slide|zoom|crossfade|cross-fade)s?\s+(?:would|might|could|will)\s+"
     r"(?:probably\s+|definitely\s+|really\s+)?(?:match|suit|fit|go\s+with|work\s+with|look\s+better\s+with)\b[^.;!?\n]{0,40}", r"use \1 transitions"),
    (rf"\b(?:i'?d|we'?d|i\s+would|we\s+would)\s+(?:prefer|like|rather\s+have|go\s+for)\s+something\s+(?:more\s+)?({_STYLE_NAMES})\b"
     r"(?:\s*,?\s*with\s+[^.;!?\n]{0,50})?", r"use the \1 style"),
    (r"\b(?:our\s+)?(?:brand\s+)?(?:[a-z]+\s+)?(?:colou?r\s+)?is\s+(#[0-9a-f]{6}|#[0-9a-f]{3})\s*[.!;]\s*(?:(?:could|can|would)\s+(?:you|we)\s+|please\s+)?"
     r"use\s+(?:that|it|this)(?:\s+(?:colou?r|one|shade))?\s+(?:for|on)\s+(?:the\s+)?(title|headline|captions|subtitles|end\s+card)\b",
     r"make the \2 \1"),
    (r"(?:^|(?<=[.!?]))\s*[^.!?\n]{0,60}\bwould\s+make\s+(?:this|it|the\s+(?:video|edit|ad|promo))\s+(?:feel|look|seem)\s+[^.!?\n]{0,60}[.!]\s*"
     r"(?=(?:so\s+)?(?:can|could|would|please|let'?s|just|maybe)\b)", " "),
) + REWRITES
# what might be done some day after a wish ("Could you mute it for now? I might bring it back later." unmuted it: the
# music was said to be playing already); the music kept at one level is no dipping ("Can you keep it at one steady
# level?" after "it keeps dipping whenever the voice talks"); set GK
REWRITES = (
    # (the particle may stand before "it" by then: "bring back it"; whoever relays it: "…, they might bring it back later")
    (r"(?:^|(?<=[.!?;,]))\s*(?:and\s+)?(?:i|we|they|the\s+(?:client|user|customer))\s+(?:might|may|could)\s+(?:want\s+to\s+)?(?:bring|add|put|turn)\s+(?:back\s+|on\s+)?(?:it|them|that)"
     r"(?:\s+(?:back|on(?:\s+again)?))?(?:\s+(?:on|in))?\s+(?:later|some\s+other\s+time|another\s+time|in\s+the\s+future)\b[^.!?;\n]{0,20}", " "),
    (r"\bkeep\s+(?:it|the\s+(?:background\s+)?music)\s+(?:at\s+)?(?:one|a|the\s+same)\s+(?:steady|constant|consistent|even|fixed|single)\s+"
     r"(?:level|volume)\b(?:\s+(?:the\s+whole\s+time|throughout))?", "don't duck the music"),
) + REWRITES
# the fade's length said in a sentence of its own after it ("Can it fade in from black? Just a second or so.", "could we
# fade to white? About 1.5 seconds." asked whether the video should be that long; set GK)
REWRITES = REWRITES + (
    (r"(\bfade\b[^.;!?\n]{0,60}?)\s*[?.!]\s+(?:just\s+|only\s+|maybe\s+|about\s+|around\s+|like\s+|say\s+|roughly\s+)?"
     r"(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))(?:\s+or\s+so|\s+or\s+less|\s+max)?(?=\s*(?:$|[.!?]))", r"\1 over \2"),
)
# why, around a wish asked (set GK): what "it" covers said after the wish ("Also can it be a bit smaller? It covers half the
# picture."), what the person is not a fan of before it ("I'm not a fan of how it starts straight on the sneaker. Can it
# fade in from black?"), the hard end it replaces ("Instead of just cutting off at the end, could we fade to white?")
REWRITES = (
    (r"((?:\b(?:can|could|would|please|make|move|put|shrink)\b)[^.!?\n]{0,80}[.!?])\s*(?:it|they|that)\s+(?:covers?|blocks?|hides?|sits\s+on|is\s+covering|'s\s+covering|"
     r"are\s+covering|'re\s+covering)\s+[^.!?\n]{0,40}(?=\s*(?:$|[.!?]))", r"\1"),
    (r"^\s*i'?m\s+not\s+(?:a\s+|really\s+a\s+)?(?:big\s+|huge\s+)?fan\s+of\s+(?:how|the\s+way)\s+[^.!?\n]{0,60}[.!]\s*"
     r"(?=(?:so\s+)?(?:can|could|would|please|let'?s|maybe)\b)", ""),
    (r"\binstead\s+of\s+(?:just\s+)?(?:cutting\s+off|ending\s+(?:so\s+)?abruptly|stopping\s+dead|a\s+hard\s+cut|just\s+ending)(?:\s+at\s+the\s+end)?\s*,\s*", ""),
) + REWRITES
# what a thing covers said with 把 after what is wrong with it ("右上角的logo太大了，把手表都挡住了": the watch was read as a
# sound turned down, "第3张图片是静态图片，没有声音"; set GK gk124); the covering said alone is moved out of the way earlier
REWRITES = REWRITES + (
    (r"[,，;；]\s*(?:还|也|都)?\s*把\s*[^，,。；;！!?？]{1,12}?\s*(?:都|全|也)?\s*(?:挡住|遮住|盖住|挡到|遮到|遮挡|压住|挡着)了?(?:啦|呀)?"
     r"(?=\s*(?:[,，。；;！!?？\n]|$))", ""),
)
# the look said to be too loud or busy before a style is asked ("The look is too loud for us. We'd prefer something
# elegant." asked which sound): why, not a sound
REWRITES = (
    (r"(?:^|(?<=[.!?]))\s*(?:the\s+|this\s+)?(?:look|style|design|vibe|colou?rs?)\s+(?:right\s+now\s+)?(?:is|are|feels?|looks?)\s+"
     r"(?:way\s+|a\s+bit\s+|too\s+|kind\s+of\s+|a\s+little\s+|really\s+|just\s+)*(?:loud|noisy|flashy|much|garish)\b[^.!?\n]{0,20}[.!]\s*(?=\S)", " "),
) + REWRITES
# 这个 for the video, said of where it goes ("这个是发小红书的，要方形的", "这个要发抖音": which thing "这个" is was asked; set GK)
REWRITES = (
    (r"(?:^|(?<=[。！？!?\n]))\s*(?:这个|这条|这支)(?!视频|片子)(?=\s*(?:是|要|准备|打算|主要)?\s*(?:发|投|给|用于|用在|拿去|拿来))", "这个视频"),
) + REWRITES
# where the platform covers the picture, said after a text's place ("…put the captions at the top — on stories the bottom
# gets covered by the reply bar", "标题放上面，抖音下面会被文案挡住": the captions were moved to the bottom; set GG)
REWRITES = (
    (r"\s*[,;\-–—]\s*(?:(?:on|in)\s+[a-z\s]{1,20}?\s+|because\s+|since\s+|as\s+)?(?:the\s+)?(?:bottom|top|edges?|lower\s+part|upper\s+part)\s+"
     r"(?:gets?|is|are|will\s+be|would\s+be)\s+(?:covered|hidden|blocked|cut\s+off)\b[^.!?\n]{0,40}", ""),
    (r"[，,]\s*[^，,。；;！!？?\n]{0,8}?(?:下面|上面|底部|顶部|下方|上方|底下)\s*(?:会|可能会|容易|都会)?\s*被\s*[^，,。；;！!？?\n]{0,10}?"
     r"(?:挡住|遮住|盖住|挡到|遮到|挡)(?:了)?", ""),
) + REWRITES
# a title made shorter by the words given ('make the title shorter, like "New In"': the words were left unread); a sound
# said to be clear now is praise ("ok that's much better, the voice is clear now" removed the voiceover: "clear" was read
# as "clear the voice"); set GG
REWRITES = (
    (r"\bmake\s+the\s+(title|headline|heading)\s+(?:text\s+)?(?:shorter|snappier|punchier|simpler|shorter\s+and\s+punchier)\s*,?\s*"
     r"(?:like|e\.g\.?|say|such\s+as|something\s+like|maybe|for\s+example)\s*[,:]?\s*(?=\ue000)", r"change the \1 to "),
    (r"(标题|大标题)\s*(?:短一点|短一些|简短一点|精简一点|改短一点|改短点)\s*[，,]?\s*(?:比如|例如|就|改成|写成)\s*[:：]?\s*(?=\ue000)", r"\1改成"),
    (r"\b(?:is|are|'s|sounds?)\s+(?:so\s+|much\s+|really\s+|very\s+|nice\s+and\s+|crystal\s+|super\s+)?(?:clear|clearer)\b(?!\s+(?:the|it|them|that|all|everything)\b)",
     " sounds good"),
) + REWRITES
# where a fault shows, said after it ("…, it's really noticeable on laptop speakers."; set GG): why, not a wish
REWRITES = (
    (r"(?:^|(?<=[.!?,;]))\s*(?:and\s+)?it'?s\s+(?:really\s+|very\s+|super\s+|quite\s+|especially\s+|so\s+)?(?:noticeable|obvious|bad|worse|annoying|distracting)\s+"
     r"(?:on|with|in|when|through)\s+[^.!?,;\n]{1,30}", " "),
) + REWRITES
# context said after a wish (set GG): what the corner or the colour it leaves does ("move the logo to the top left, the
# top right corner clashes with the watch", "make the title black, on my phone the white blends into the bright
# background": the place or the colour named in it was read too and the message refused), what else uses the same words
# ("…, the launch email uses the same headline"), who sent what ("…, the client sent over their guidelines"); a statement
# with no complaint in it ("too", "hard", "not") and no wish ("should", "please"); what it is for ("… for the Black Friday
# push"); what others do (看别人的促销视频都是这种), how the order was chosen (按我们店铺的销量排); a picture cut off before the
# remedy ("the watch strap gets cut off on the green watch photo, show the whole pictures please"); "the font is" after the
# brand colour and "set up the brand kit with those"
REWRITES = (
    (r"(?<=\S)\s*[,;\-–—]\s*(?:(?:on|in)\s+(?:my|our|the|a)\s+(?:phone|laptop|screen|tv|monitor|feed|mobile)\s*,?\s*)?"
     r"(?:the|our|my|their|his|her)\s+(?:[a-z\-]+\s+){0,3}?(?:clashes|blends|uses|used|sent|matches|goes|runs|sits|overlaps|fights|competes|bumps)\b"
     r"(?![^.!?\n]*\b(?:should|could|can|please|must|needs?|wants?|too|hard|barely|hardly|not)\b|[^.!?\n]*n't\b)[^.!?\n]{0,60}(?=\s*(?:$|[.!?]))", ""),
    # (after a place only: "a look for our clearance sale" is the sale style)
    (r"(?:(?<=right)|(?<=left)|(?<=top)|(?<=bottom)|(?<=corner)|(?<=middle)|(?<=center)|(?<=centre))\s+for\s+(?:the|our|a|this|my)\s+"
     r"[a-z0-9\s\-']{1,25}?\s+(?:push|campaign|sale|launch|promo|promotion|drop|event|weekend|season)\b(?=\s*(?:$|[.!?,;]))", ""),
    (r"[，,]\s*(?:看|我看|因为)?\s*(?:别人|别家|同行|其他店|人家|大家)(?:的)?[^，,。；;！!？?\n]{0,12}(?:都是|都这样|都用|都这么)[^，,。；;！!？?\n]{0,6}", ""),
    (r"[，,]\s*(?:按|按照|根据)\s*(?:我们|我们的|店铺的?|我们店铺的?)?[^，,。；;！!？?\n]{0,8}?(?:销量|热度|价格|人气)\s*(?:来)?\s*(?:排|排序|排的)(?=\s*(?:$|[。；;！!]))", ""),
    (r"^\s*(?:the|our|my)\s+[a-z\s\-]{1,30}?\s+(?:gets?|is|are)\s+(?:cut\s+off|cropped|chopped(?:\s+off)?)\b[^,.;!?\n]{0,40}[,;]\s*"
     r"(?=(?:please\s+|can\s+you\s+|could\s+you\s+|just\s+)?(?:show|fit|make|use|keep|don'?t)\b)", ""),
    (r"(\bbrand\s+colou?r\s+is\s+[#\w]+)\s+and\s+the\s+(?:font|typeface)\s+is\s+", r"\1 and our brand font is "),
    (r"\s*[-–—,;]\s*(?:please\s+)?(?:set\s+up|make|create|save|apply|fill\s+in)\s+(?:the\s+|a\s+|our\s+)?brand\s+kit\s+(?:with|using|from)\s+(?:those|these|that|them)\b", ""),
) + REWRITES
# the order asked as 改一下 before the list ("顺序改一下：手表、戒指、…": not understood; set GG)
REWRITES = (
    (r"顺序\s*(?:改一下|调一下|换一下|调整一下|变一下)\s*[:：]\s*", "顺序改成："),
) + REWRITES
# words of relaying a wish, never a slip of another ("Relaying from the client" was read "delaying", "Second round of
# feedback" as "second sound"; set GH)
PLAIN_WORDS = PLAIN_WORDS + ("relaying", "relayed", "relay", "round", "rounds", "verbatim", "feedback", "forwarding", "passing")
# a picture said covered beside how long the thing that covers it stays ("the title stays too long and covers the first
# picture; 2 seconds is enough": "covers" was read as a sound too loud, "Image 1 is a still picture: it has no sound");
# the covering alone was moved out of the way before this (set GH)
REWRITES = REWRITES + (
    # (only beside how long it stays: a covering said beside another thing's wish is the wish to move it, held-out shape IO)
    (r"(\btoo\s+long)\s*(?:,\s*)?(?:and\s+)?(?:it\s+|that\s+)?(?:covers|blocks|hides|is\s+covering|'s\s+covering)\s+(?:up\s+)?(?:the|a|my|our|half\s+(?:of\s+)?the)\s+"
     r"(?:(?:first|second|third|fourth|fifth|last|whole|main)\s+)?(?:picture|photo|image|shot|product|slide|pic)s?\b", r"\1"),
)
# (set GH) a gloss in English after a Chinese word ("溶解（dissolve）效果": the file "dissolve效果" was looked for); a kind of
# transition said with 效果; no text at all on the picture (画面上不要出现任何文字); the music's automatic dip not wanted
# (不想要这个自动压低音乐的效果); 想 between the end and its fade (结尾想慢慢淡出成白色); "asked for X" after the first render
# was seen; the fix of a covering logo said after it with what it covers (右上角的logo挡住了手表的表带，挪到左上角吧); the music
# level wished steady; a logo just uploaded and wanted somewhere ("The user just uploaded logo.png and wants it in the
# bottom right corner"); what may be done later, by whoever relays it, is read with the same wish said by the person
REWRITES = (
    (r"(换成|改成|改为|换为|用|设为|设成|变成)\s*[\u4e00-\u9fff]{1,5}\s*[（(]\s*([a-z][a-z\-]{1,15}(?:\s+[a-z\-]{1,15}){0,2})\s*[)）]", r"\1\2"),
    (r"\b((?:the\s+)?(?:client|user|customer|boss|owner))\s+(?:watched|saw|looked\s+at|reviewed|checked)\s+(?:it|the\s+(?:video|first\s+cut|draft|edit|render))\s+and\s+"
     r"(?=(?:wants|said|says|asked|would\s+like|thinks|feels)\b)", r"\1 "),
    (r"(?<![a-z])(dissolve|wipe|slide|crossfade|zoom|fade)\s*(?:的)?\s*(?:效果|转场)", r"\1"),
    (r"(?:画面上|视频里|视频上|画面里|画面中|视频中)?\s*(?:不希望|不要|别|不想)\s*(?:画面上|视频里|视频上|画面里|画面中|视频中)?\s*(?:再)?\s*(?:出现|有)\s*任何\s*(?:的)?\s*(?:文字|字|文案)",
     "把所有的字都删掉"),
    (r"(?:不想要|不要|去掉|取消|关掉)\s*(?:这个|那个)?\s*(?:自动)?\s*(?:压低|降低|调低)\s*(?:背景)?音乐\s*(?:的)?\s*(?:效果|功能)?", "不要自动压低音乐"),
    (r"(结尾|最后|片尾|开头|片头)\s*(?:想要?|希望|要)\s*(?=(?:慢慢|缓缓|逐渐)?\s*(?:淡出|淡入|渐|变黑|变白))", r"\1"),
    (r"\b(?:has|have|had)\s+(?:seen|watched|reviewed|looked\s+at)\s+the\s+(?:first\s+)?(?:render|cut|draft|pass|version|edit)\s+and\s+", ""),
    (r"(logo|水印|标题|字幕|贴纸)\s*(?:挡住|遮住|盖住|挡到|遮到|压住)了?\s*[^，,。；;！!？?\n]{1,12}?\s*[，,]\s*(?=(?:就|那就|请|帮我|麻烦)?\s*(?:挪|移|放|换)(?:到|在))", r"\1"),
    (r"\b(?:keep|wants?|have|make|needs?)\s+the\s+(?:background\s+)?music(?:'s)?\s+(?:level|volume)\s+(?:steady|constant|even|consistent|the\s+same|flat)\b",
     "don't duck the music"),
    (r"\b(?:has\s+|have\s+)?(?:just\s+)?uploaded\s+([a-z0-9_\-]+\.(?:png|jpe?g|webp|gif))\s+and\s+(?:wants|would\s+like|needs)\s+it\s+"
     r"(?=(?:in|at|on)\s+the\s+(?:top|bottom|corner|upper|lower)|(?:top|bottom)\s+(?:right|left))", r"wants \1 "),
) + REWRITES
PLAIN_WORDS = PLAIN_WORDS + ("pulls", "pulling", "pulled")  # ("pulls attention from the products" read "fulls"; set GH)
# 想 before the verb of a change ("图片之间的转场想换成dissolve": the file "dissolve" was looked for; set GH)
REWRITES = (
    (r"(?<=[\u4e00-\u9fff])\s*(?:想要|想|希望能|希望|打算)\s*(?=(?:换成|改成|改为|换为|变成|调成|调到)\s*[a-z\u4e00-\u9fff])", ""),
) + REWRITES
# (set GI) a space between two Chinese clauses typed on a phone is their comma, when the second opens with a thing or a
# joint and goes on ("改竖屏 标题放上面 BGM小点声" asked which of two title edits; with commas all three were read; "删掉 字幕"
# stays one clause), and after a quoted text ("结尾CTA写“立即抢购” 背景用红色"); 弄成 / 搞成 for 改成; a reason after a
# wish (看着顺一点); the order turned round (顺序倒过来放吧)
_CLAUSE_OPEN_ZH = (r"(?:标题|字幕|背景音乐|音乐|bgm|配音|旁白|logo|水印|贴纸|转场|结尾|开头|片尾|片头|视频|画面|帧率|时长|顺序|每张|图片|"
                   r"背景|颜色|字体|别|不要|然后|另外|还有|顺便|再)")
REWRITES = (
    (rf"(?<=[\u4e00-\u9fff])(?<![把将给在用和跟与的是成到为加写让叫被从往向对比及或])[ \t]+(?={_CLAUSE_OPEN_ZH}[\u4e00-\u9fffa-z0-9])", ","),
    (rf"(?<=\ue001)[ \t]+(?={_CLAUSE_OPEN_ZH}[\u4e00-\u9fffa-z0-9])", ","),
    (r"(?<=[\u4e00-\u9fff])(?:弄成|搞成)", "改成"),
    (r"[，,]\s*(?:看着|看起来|这样|会)\s*(?:更|比较)?\s*(?:顺|流畅|舒服|好看|清楚|丝滑)\s*(?:一点|一些|点|些)?(?:吧|啊|哈)?(?=\s*(?:$|[，,。；;！!？?]))", ""),
    (r"(?:^|(?<=[，,。！!？?\s]))顺序\s*(?:倒过来|反过来|颠倒过来|颠倒|倒着)\s*(?:放|排)?(?:吧|一下)?", "倒序"),
) + REWRITES
# (set GI) the English words of the title not wanted beside its new Chinese words ("标题改成秋季上新 英文的不要" removed the
# title); how strong the rhythm should be after 卡点 ("跟着BGM卡点吧 节奏感强一点" turned the music up)
REWRITES = (
    (r"[\s,，]*(?:英文的?|英语的?)\s*(?:就)?\s*(?:不要了?|去掉|删掉|别要了?)", ""),
    (r"(卡点(?:吧|呗|啦|哈)?)[，,\s]*(?:让)?\s*节奏感?\s*(?:更)?\s*(?:强|强烈|明显|足)\s*(?:一点|一些|点|些)?", r"\1"),
) + REWRITES
# (set GJ: words that sound like another edit) the video brought in from black is its fade ("bring the video in from black
# at the start" moved the black cap first); a thing dropped to the end is moved there ("Drop the cap picture to the end."
# removed it); a sound dropped a bit is lowered ("drop the music a bit" removed the music); a sound killed while its track
# is kept is muted ("Kill the voiceover for now but keep the track" removed it); a title's words said too long before
# new ones ("The title text is way too long. Shorter please: 'Spring Picks'", "标题太长了，改短一点，就叫“秋季上新”": the
# title was shown for less time); a place said to be what was wanted ("ok the captions sit near the bottom, good, that's
# what i was after" moved the captions)
_SOUND_EN = rf"(?:the\s+(?:{_SOUNDS_EN}|track))"
REWRITES = (
    (r"\bbring\s+(?:the\s+(?:whole\s+)?video|it|everything)\s+in\s+from\s+(black|white)\b", r"fade in from \1"),
    (r"\bdrop\s+(the\s+[a-z0-9\-]+(?:\s+[a-z0-9\-]+){0,3}?)\s+(?:down\s+)?to\s+(?:the\s+)?(?:very\s+)?(?:end|back|last\s+(?:place|spot|position))\b", r"move \1 to the end"),
    (rf"\bdrop\s+({_SOUND_EN})\s+(?:down\s+)?(?:a\s+(?:bit|little|touch|notch|tad)|slightly|some|a\s+few\s+notches)\b", r"lower \1 a bit"),
    (rf"\b(?:kill|cut|drop|remove|lose)\s+({_SOUND_EN})(?:\s+for\s+now)?\s*,?\s*but\s+keep\s+(?:the\s+)?(?:track|file|audio\s+file|it\s+in\s+the\s+project)\b", r"mute \1"),
    (r"\b(?:the\s+)?(?:title|headline)(?:'s)?\s+(?:text|words|wording|copy)\s+(?:is|are)\s+(?:way\s+|much\s+|a\s+bit\s+|far\s+|too\s+)*(?:too\s+)?long\b"
     r"[^.!?\n\ue000]{0,20}[.!]?\s*(?:(?:make\s+it\s+|something\s+)?shorter|shorten\s+it)?\s*(?:please|pls)?\s*[:,\-–—]?\s*(?=\ue000)", "change the title to "),
    (r"标题\s*(?:的字|文字|文案)?\s*(?:太长了?|有点长|太啰嗦了?|字太多了?)\s*[，,]?\s*(?:(?:改短|缩短|短|精简)\s*(?:一点|一些|点)?\s*[，,]?\s*)?(?:就叫|改成|就写|叫|写成)\s*(?=\ue000)", "标题改成"),
    (r"^.{0,120}?[,.;]\s*(?:good|great|nice|perfect)\s*[,.;!]?\s*(?:that'?s|this\s+is|it'?s)\s+(?:exactly\s+)?(?:what|how)\s+i\s+(?:was\s+after|wanted(?:\s+it)?|was\s+going\s+for|had\s+in\s+mind)\b.*$", ""),
) + REWRITES
REWRITES = (  # ("…, I might turn it back on.": what may be done later; set GJ)
    (r"(?:^|(?<=[.!?;,]))\s*(?:and\s+)?(?:i|we|they)\s+(?:might|may|could|will\s+probably)\s+(?:want\s+to\s+)?(?:turn|switch|put)\s+(?:it|them|that)\s+back\s+on\b[^.!?;\n]{0,20}", " "),
) + REWRITES
# (set GJ: words that sound like another edit) a text made shorter or trimmed to new words ("make the title shorter: just
# 'New Drop'", "Trim the title down to 'Autumn Sale'", "shorten caption 2 to just 'Backpack'"); everything else kept before
# the one wish ("Keep everything else the same, only make it square.", "其他都别动，只改成竖屏"); a clip's volume dropped to a
# level; a quarter; the voice kept at full; a title brought in with a kind of entrance; a text cut (字幕剪掉吧) and why
# (画面太乱了); words put on an end card; 音乐再降一点
REWRITES = (
    (r"\b(?:make|trim|cut|shorten)\s+(the\s+(?:title|headline)|caption\s+\d|the\s+(?:first|second|third|fourth|fifth|last)\s+caption)\s+"
     r"(?:shorter|down)?\s*(?:to|:)?\s*(?:just|only|simply)?\s*[:,]?\s*(?=\ue000)", r"change \1 to "),
    (r"^\s*(?:keep\s+everything\s+else\s+(?:the\s+same|as\s+(?:it\s+)?is)|don'?t\s+(?:change|touch)\s+anything\s+else|leave\s+everything\s+else(?:\s+as\s+(?:it\s+)?is)?)"
     r"\s*[,;:.\-–—]\s*(?:only|just)?\s*", ""),
    (r"^\s*(?:其他|其它|别的)(?:的)?\s*(?:都|全)?\s*(?:别动|不要动|不动|保持不变|不用改|别改)\s*[，,]\s*(?:只|就)?\s*", ""),
    (r"\bdrop\s+(the\s+[a-z0-9\-\s']{1,30}?(?:volume|level))\s+(?:down\s+)?to\s+", r"set \1 to "),
    (r"\b(?:down\s+)?to\s+a\s+quarter\b", "down to 25%"),
    (r"\s*[,;]\s*(?:and\s+)?keep\s+the\s+(?:voice\s*-?\s*over|voice|narration)\s+(?:at\s+)?(?:full|100\s*%)(?:\s+volume)?\b", ""),
    (r"\bbring\s+(the\s+(?:title|headline|captions|subtitles))\s+in\s+with\s+(?:a|an)\s+(fade|slide|pop|typewriter|bounce)\b(?:\s+instead\s+of\s+(?:the\s+)?[a-z]+)?",
     r"make \1 \2 in"),
    (r"(字幕|标题|文字)\s*剪掉", r"\1删掉"),
    (r"[，,]\s*(?:画面|视频)?\s*(?:太乱了?|太杂了?|太花了?|乱糟糟的?)(?:吧|啊)?(?=\s*(?:$|[。！!]))", ""),
    (r"\bput\s+(\ue000\d+\ue001)\s+on\s+(?:an?|the)\s+(?:end\s+card|closing\s+card|outro|final\s+card)\b", r"add an end card saying \1"),
    (r"(音乐|配音|旁白|背景音乐)\s*(?:再|稍微)?\s*降(?:低)?\s*(?:一点|一些|点)", r"\1小一点"),
) + REWRITES
# (set GL) fonts said as the brand's typography ("Headlines in Playfair, body text in plain sans - that's our brand
# typography." set every text's font); a logo "kind of faded" (half opacity, as semi-transparent); how a text leaves said
# after "when it leaves" ("when the title leaves, have it slide up and away" gave it that entrance); words quoted before
# "card at the end" ('a "Shop now" card at the end' was left unread)
REWRITES = (
    (r"^\s*(?:headlines?|headings?|titles?)\s+in\s+(?:an?\s+)?([a-z]+(?:\s+[a-z]+)?)\s*[,;]\s*(?:and\s+)?(?:body\s+(?:text|copy|font)|captions|body|everything\s+else)\s+in\s+"
     r"(?:plain\s+|simple\s+|clean\s+|a\s+)?([a-z]+(?:\s+[a-z]+)?)\s*[-–—,.;:]\s*(?:that'?s|this\s+is|these\s+are)\s+our\s+brand(?:'s)?\s+(?:typography|fonts?|type)\b",
     r"our brand font is \1; our brand body font is \2"),
    (r"\s*,?\s*(?:kind\s+of|kinda|a\s+bit|slightly|sort\s+of|a\s+little)\s+faded(?:\s+out)?\b", ", semi-transparent"),
    (r"\bwhen\s+(?:the\s+)?(title|headline)\s+(?:leaves|exits|goes\s+away|disappears|goes\s+off)\s*,\s*(?:have|make|let)\s+(?:it|the\s+title)\s+"
     r"(slide\s+(?:up|down|left|right|out)|fade(?:\s+out)?|pop(?:\s+out)?|zoom\s+out)(?:\s+and\s+away)?\b", r"make the \1 exit with a \2"),
    (r"\b(?:and\s+)?(?:a|an)\s+(\ue000\d+\ue001)\s+(?:card|screen|slide)\s+(?:at\s+the\s+end|to\s+(?:finish|close|end))\b", r"and add an end card saying \1"),
) + REWRITES
# (set GL) an end card said by other names: "a 4 second ending with the words 'X'", "Append a 'X' end card", "a button at
# the end saying Shop Now", "在视频最后加个 CTA 页面：“X”" (none was understood): written as the card the rules read
_END_SCREEN_EN = r"(?:ending|end\s+screen|closing\s+screen|final\s+screen|outro|end\s+card|closing\s+card|final\s+card|end\s+slide)"
REWRITES = (
    (rf"\b(?:add|put|append|include|tack\s+on|give\s+it|finish\s+with|end\s+with)\s+(?:a|an)\s+(\d+(?:\.\d+)?)\s*-?\s*(?:s|secs?|seconds?)\s*(?:-?\s*long\s+)?{_END_SCREEN_EN}\s+"
     r"(?:with|showing|that\s+says|saying)\s+(?:the\s+)?(?:words?\s+|text\s+|line\s+)?(?=\ue000)", r"add a \1 second end card saying "),
    (rf"\b(?:add|put|append|include|tack\s+on|give\s+it|finish\s+with|end\s+with)\s+(?:a|an)\s+{_END_SCREEN_EN}\s+"
     r"(?:with|showing|that\s+says|saying)\s+(?:the\s+)?(?:words?\s+|text\s+|line\s+)?(?=\ue000)", "add an end card saying "),
    (rf"\bappend\s+(?:a|an)\s+(\ue000\d+\ue001)\s+{_END_SCREEN_EN}", r"add an end card saying \1"),
    (r"\b(?:can\s+(?:there|we)\s+(?:be|have)|add|put|i\s+want|we\s+need|i'?d\s+like)\s+(?:a|an)\s+(?:button|cta|call\s+to\s+action)\s+at\s+the\s+end\s+(?:saying|that\s+says|with)\s+",
     "add an end card saying "),
    (r"(?:在)?\s*(?:视频)?\s*(?:最后|结尾|末尾)\s*(?:加个?|加一个|做一个|做个|放一个|来一个|来个)\s*(?:cta|引导|关注)?\s*(?:页面|页|卡片|画面)\s*[:：]?\s*(?=\ue000)", "结尾加个卡片写"),
) + REWRITES
# (set GL) the brand's colours said other ways: "use purple as our brand colour and make the captions white" (not
# understood), "our shop's theme colour is mint green, save it as the brand colour", "Main colour navy,
# second colour gold - those are our shop colours"; 就行 after a wish ("brand font 用 serif 就行")
_KIT_COLOUR = r"(#[0-9a-f]{3,6}|[a-z]+(?:\s+[a-z]+)?)"
REWRITES = (
    # (kit_list writes "use purple as our brand colour" as "brand colour purple" before these)
    (r"(\bbrand\s+colou?r\s+(?:#[0-9a-f]{3,6}|[a-z]+))\s+and\s+(?=(?:make|set|turn|put|change|use|give)\b)", r"\1; "),
    (rf"\bour\s+(?:shop|store|brand|company|business)(?:'s)?\s+(?:theme|main|signature|house|primary)\s+colou?r\s+is\s+{_KIT_COLOUR}\s*[,;.]\s*(?:please\s+|so\s+)?"
     r"(?:save|set|use|make|store|keep)\s+(?:it|that|this)\s+(?:as|for)\s+(?:our|the)\s+brand(?:'s)?\s+colou?r\b", r"our brand colour is \1"),
    (rf"^\s*(?:main|primary|first)\s+colou?r\s+{_KIT_COLOUR}\s*[,;]\s*(?:and\s+)?(?:second|secondary|accent)\s+colou?r\s+{_KIT_COLOUR}\s*[-–—,.;:]\s*"
     r"(?:those|these|they)\s+are\s+our\s+(?:shop|brand|store|company)(?:'s)?\s+colou?rs\b", r"our brand colour is \1, accent colour \2"),
    # (after a value only: "视频没有声音就行" is the wish)
    (r"(?<=[a-z0-9%])\s*就(?:行|可以|好)了?(?=\s*(?:$|[，,。！!]))", ""),
) + REWRITES
# smoother transitions (not understood)
REWRITES = (
    (r"\b(?:make\s+the\s+)?(?:smoother|softer|gentler)\s+transitions\b|\btransitions?\s+(?:should\s+be\s+|could\s+be\s+|a\s+bit\s+|a\s+little\s+|more\s+|much\s+)*(?:smoother|softer|gentler)\b",
     "make the transitions more elegant"),
) + REWRITES
# a numbered list in Chinese, one wish an item ("一、竖屏9:16\n二、每张图3秒\n…": the items ran together; set FN fn041): each
# number opens a clause
REWRITES = (
    (r"(?:(?<=^)|(?<=[\s;；,，:：]))\s*(?:\d{1,2}|[一二三四五六七八九十])\s*[、．]\s*(?=[\u4e00-\u9fffa-z\ue000])", "，"),
) + REWRITES

# Session 52 (run first: written before the rules they go ahead of)
REWRITES = (
    # "上下有黑边也没关系": bars allowed, beside "show the whole picture" (read as the complaint "上下都是黑边", made the video
    # 9:16; set GO go030)
    (r"\s*[，,]?\s*(?:上下|左右|两边|四周)\s*(?:有|留|加)?\s*(?:黑边|黑框|边框)\s*(?:也)?\s*(?:没关系|没事|可以|无所谓|不要紧|也行|ok)(?:的|啦|吧)?", " "),
) + REWRITES

# Session 53 (run last: after the rules that write what they read)
REWRITES = REWRITES + (
    # "the user wants the video trimmed down for a 15-second ad": the relayed wish is written "trim the video down" after
    # tidy's phrasal verbs were put in order, and its "down" was read as quieter (every sound lowered; set GS gs002)
    (r"\b(trim|cut)\s+(the\s+(?:whole\s+)?(?:video|thing)|it)\s+down\b", r"\1 down \2"),
    # "cut down to fit a 20-second slot": the length it should have (the 20 was read as the seconds cut: 30 -> 10 s)
    (r"\bto\s+fit\s+(?:in(?:to)?\s+)?(?:a|an|the)\s+(\d+(?:\.\d+)?)\s*-?\s*(?:s|secs?|seconds?)\s+(?:ad\s+)?(?:slot|spot|break|limit|window|placement)\b",
     r"to \1 seconds"),
    # "replace the caption under blue-backpack.jpg with 'Waterproof, 20L'": new words for a text, not a picture swapped
    # for one named by them ("I can't find a picture called 'Waterproof, 20L'"; set GS gs011)
    (r"\breplace\s+((?:the\s+)?[^,.;!?\ue000]{0,40}?\b(?:caption|subtitle|title|headline)\b[^,;!?\ue000]{0,40}?)\s+with\s+(?:the\s+)?(?:words?\s+|text\s+)?(?=\ue000)",
     r"change \1 to "),
    # "start the clip 2 seconds in and keep 5 seconds of it": where a clip starts said as how far in, as "at 2 seconds"
    # (asked whether the clip or the video; set GR gr117)
    (r"\b(start\s+(?:the\s+)?(?:clip|video\s+clip|[a-z0-9_\-]+\.(?:mp4|mov|webm|m4v)))\s+(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\s+in\b", r"\1 at \2"),
    # "insta feed is 4:5 right? make it that": the shape said before, then "that" (not understood; set GT gt018)
    (r"\b(\d+\s*:\s*\d+)\s*(?:,?\s*(?:right|correct|yeah|yes|no)\s*)?[?.!,;]*\s*(?:so\s+|then\s+|ok\s+)?(?:make|set|change|switch|do)\s+it\s+(?:to\s+|into\s+)?(?:that|this)(?:\s+one)?\b",
     r"\1. make it \1"),
    # "end with 'Follow us' + my logo on it": "+" between two things is "and" (the logo was left unread; set GT gt118)
    (r"(?<=[a-z0-9\ue001])\s*\+\s*(?=(?:my|our|the|a|an)\s+[a-z])", " and "),
    # "change that to 'Sale'" opening the message: "that" is "it", nothing named before (asked which "it" is; set GT gt136)
    (r"^\s*((?:(?:ok|okay|now|pls|please|and)[\s,]+)?(?:change|make|set|switch|turn))\s+that\s+(?=(?:to|into)\s+\ue000|say\s+\ue000)", r"\1 it "),
    # "move the logp to bottom left": a slip in "logo", a word too short for the typo corrector (set GT gt124)
    (r"\b(?:logp|log0|lgoo|loog|lgo)\b", "logo"),
    # "put the sale sticker on the video": laid over it, as "over the video" and "the sticker on the video" are (not
    # understood; set GS gs122)
    (r"\b((?:put|add|place|stick|slap|throw)\s+(?:our\s+|the\s+|my\s+|a\s+|an\s+)?(?:[a-z]+\s+)?[a-z0-9_\-]*(?:sticker|logo|watermark)s?"
     r"(?:\.(?:png|jpe?g|webp|gif))?)\s+on\s+(?:the\s+|my\s+)?(?:video|screen|frame)\b", r"\1 over the video"),
)
# Session 53 (run first)
_STYLE_EN = r"(?:elegant|minimal|energetic)"  # (the style presets' names a Chinese wish uses alone; "sale" is also words)
REWRITES = (
    # "请应用优雅风格（elegant 预设）": a style named again in English in brackets is the same one (the bracket left the wish
    # unread, and "优雅风格(elegant)" changed the texts' font instead; set GS gs041)
    (rf"((?:优雅|简约|活力|动感|促销)\s*(?:风格|预设|模板)?|风格|预设|模板)\s*[（(]\s*(?:the\s+)?(?:{_STYLE_EN}|sale)\s*"
     r"(?:风格|预设|模板|style|preset|template)?\s*[)）]", r"\1"),
    # "视频片段放到第二个位置，就在红色运动鞋后面": the place said again by its neighbour (the two together were not
    # understood; set GS gs083)
    (r"(第\s*\d+\s*(?:个)?\s*(?:位置|位))\s*[，,]\s*(?:也)?(?:就|正好|刚好|也就是)?\s*(?:在|是)\s*[^，,。！!；;\ue000]{1,12}?(?:的)?(?:后面|前面|之后|之前|后边|前边)",
     r"\1"),
    # "把剪辑点对齐音乐节拍": the cuts on the beat, said by the cut points (not understood; set GS gs137)
    (r"(?:把|将)?\s*(?:所有的?)?\s*(?:剪辑点|切点|剪切点|切换点|转场点|镜头切换点?)\s*(?:都|全部)?\s*(?:对齐|对准|卡在|卡到|对上|跟上|落在|放在)\s*(?:到)?\s*"
     r"(?:背景)?(?:音乐|bgm)\s*(?:的)?\s*(?:节拍|节奏|鼓点|拍子|拍点)(?:上)?", "卡点"),
    # "把片段裁剪为从第1秒开始、时长8秒": a trim's start and length listed with 、 as with "，" (the video was made 8 s long
    # and the start left unread; set GS gs143)
    (r"(从\s*第?\s*\d+(?:\.\d+)?\s*秒\s*(?:开始|起))\s*、\s*(?=(?:时长|保留|持续|长度|留|截取)\s*(?:为|是)?\s*\d)", r"\1，"),
    # "宽度占画面的12%": a width said as the share it takes, as 宽度为 (set GS gs150)
    (r"(宽度?|大小)\s*占\s*(?=(?:整个)?\s*(?:画面|屏幕|视频)\s*(?:宽度)?\s*的\s*\d)", "宽度为"),
    # "把 logo.png 设为品牌标志，并放在视频右上角": the brand's logo, then the same file placed (its place was left unread)
    (r"((?:把|将)\s*([a-z0-9_\-]+\.(?:png|jpe?g|webp|svg))\s*(?:设为|设置为|设成|作为|当作)\s*(?:品牌|我们的|店铺的?)?\s*(?:的)?\s*(?:标志|logo))\s*[，,]\s*"
     r"(?:并且?|然后|再|同时)?\s*(?=(?:放在|放到|放置在|加在|贴在|叠加在)(?!\s*(?:视频|画面)?\s*(?:的)?\s*(?:片尾|结尾|卡片|最后)))", r"\1，把\2"),
    # "字幕出现的时候加个淡入效果": the entrance said by when it shows, as "字幕加个淡入效果" (asked about adding captions;
    # set GQ gq096)
    (r"(字幕|标题|文字|大标题)\s*(?:在)?\s*(?:出现|出来|进场|入场)\s*(?:的)?\s*(?:时候|时)\s*[，,]?\s*(?:加1个|加一个|加上|加个|加|用|要有|来个)\s*(?=\S{0,6}?(?:效果|动画))", r"\1加个"),
    (r"(?<=加个)\s*(淡入|淡出|打字机|弹出|滑入|缩放)的\s*(?=效果|动画)", r"\1"),
    # a sound-alike character typed for the word ("背景因乐先静音" asked which sound; set GR gr019, "该成" in the sets' rows)
    (r"因乐", "音乐"),
    (r"(?<![应])该成(?=\s*[\ue000“\"'「a-z0-9\u4e00-\u9fff])", "改成"),
    (r"字募", "字幕"),
    # "用elegant", "套用 elegant": a style's English name alone after a Chinese verb is the style, as "use elegant" is (it
    # changed every text's font to serif)
    (rf"((?:^|(?<=[，,。；;\s]))(?:请|帮我)?\s*(?:应用|套用|使用|用|换成|改成|改为|换为))\s*({_STYLE_EN})\s*(?:的)?\s*(?:吧|啊|呀)?(?=\s*(?:$|[，,。！!；;]))",
     r"\1\2风格"),
) + REWRITES
# (set GV gv149: "you saved me hours today" was read "you shaved me yours today" and made the video 20 s long)
PLAIN_WORDS = PLAIN_WORDS + ("save", "saves", "saved", "saving", "hour", "hours")
# (set GU) a complaint by comparison: "the crossfades are so quick … it's almost like a hard cut" (the fades were removed:
# the cut it is like is what is wrong), "the video part plays like it's in slow motion" (slowed to 0.5x: the slowness is
# what is wrong)
REWRITES = (
    (r"\s*[,;.]?\s*(?:it'?s|they'?re|that'?s|it\s+feels|it\s+looks)\s+(?:almost|basically|practically|nearly|just|more)?\s*like\s+(?:a\s+)?(?:hard|straight|plain|jump)\s+cuts?\b", ""),
    # ("the cuts don't land on the music at all, it feels off": a feeling, not the music switched off; set GU gu084 muted it)
    (r"\s*[,;.]?\s*(?:and\s+)?(?:it|that|this|the\s+whole\s+thing)\s+(?:feels|sounds|looks|seems)\s+(?:a\s+(?:bit|little)\s+|kind\s+of\s+|kinda\s+|totally\s+|so\s+|really\s+|just\s+)?off\b(?!\s+(?:to|the|with|now))", ""),
    # ("视频那段放得太快了，产品细节都看不清": the products not seen is why, never a text or a sound made bigger; set GU gu068
    # turned the clip's sound up)
    (r"\s*[，,]\s*(?:产品|商品|东西|画面|细节)(?:的)?\s*(?:细节)?\s*(?:都|根本|完全|几乎)?\s*(?:看不清楚?|看不到|看不见|看不出来)(?:了|啊|呀)?(?=\s*(?:$|[。！!；;]))", ""),
    # ("The watch photo is portrait and its face gets cut off": the picture's shape, not the video's; set GV gv113 made it
    # 9:16)
    (r"\b((?:photo|picture|image|shot|pic)s?)\s+(?:is|are)\s+(?:in\s+)?(?:portrait|vertical)(?:\s+(?:orientation|format|mode))?\b(?!\s+(?:video|format\s+video))", r"\1"),
    (r"\b(plays|looks|feels|runs|moves)\s+(?:like|as\s+if)\s+(?:it'?s\s+|it\s+is\s+)?(?:in\s+)?slow[\s-]*mo(?:tion)?\b", r"\1 too slow"),
) + REWRITES
