"""What a message says of itself before any edit is read: a question for an opinion, a wish taken back."""

from __future__ import annotations

from .anchors import compile_led

# "is the music too loud?", "should we cut the last picture?": an opinion asked, nothing is changed
ASKING = compile_led(r"^(?!is\s+it\s+possible|would\s+it\s+be\s+possible|is\s+there\s+(?:a\s+)?way)"
                     r"(?:is|are|was|were|does|did|should\s+(?:i|we)|would\s+it|do\s+you\s+think|isn'?t|aren'?t)\b.*\?\s*$"
                     # "把背包删掉了吗？", "音乐关掉了吗": whether it was done, asked, is no wish to do it (both were carried out;
                     # found by wave 39 fixer D); "可以把背包删掉吗", "能…了吗" stay polite wishes
                     r"|^(?!.*(?:能|可以|可不可以|能否|帮|请|麻烦|还|再))[^。!！?？，,]*(?:了吗|了没有?|过吗)\s*[?？]?\s*$"
                     # "would a vertical version work better for TikTok?", "would a square video work better for facebook
                     # ads, what do you think?": an opinion asked, no wish (set DD dd133 made it vertical)
                     r"|^(?:would|will|could|might)\s+(?!you\b|u\b)[^.!;]*\b(?:work|look|be|perform|do|fit)\s+better\b[^.!;]*\?\s*$"
                     # "标题写得好不好，你觉得呢？": an opinion asked in Chinese ("改成红色好不好？" stays a polite wish)
                     r"|^.*(?:你觉得|你认为|您觉得|你怎么看|您怎么看)\s*(?:呢|怎么样|如何|好不好|行不行|咋样)?\s*[?？]\s*$"
                     # "视频长一点会更好吗？", "结尾加个关注会不会好一点？", "要不要长一点？": whether it would be better,
                     # asked, no wish (set DI di115 added a card saying "关注会不会好一点"); "能…吗", "可以…吗" stay wishes
                     # (好吗 of 会更好吗 is blanked as the polite "ok?" before: 会更 is left; so is 会 of "长一点会好吗", 更 of
                     # "长一点更好吗": held out HN made both longer; 比较 of "长一点比较好吗", "长一点效果好？", "长一点更好吧？")
                     r"|^(?!.*(?:能|可以|可不可以|能否|帮|请|麻烦|给我|把))[^。!！?？]*"
                     r"(?:会更好|(?:会更|会|更|比较)(?=\s*[?？])|效果\s*(?:会)?\s*(?:更|比较)?\s*好|更好\s*(?:吧|呢)?(?=\s*[?？])|会好一?[点些]|会不会(?:更)?好|比较好|是否|该不该|要不要|需要[^。!！?？]*吗)[^。!！?？]*[?？]\s*$"
                     # "这张金戒指的图片好看吗": a look judged, asked, with no verb of change (set BS bs288 asked which one)
                     r"|^(?!.*(?:把|改|调|换|加|删|设|放|让|弄|变|拉|降|提|帮|给我|要|能|可以|用))[^。!！?？]*"
                     r"(?:好看|漂亮|合适|协调|清楚|看得清)\s*(?:吗|么|嘛)\s*[?？]?\s*$"
                     # "贴纸是透明底吗", "logo是透明的吗": what a thing is, asked, with no verb of change (set EZ ez108 laid
                     # the sticker over the video at half opacity)
                     r"|^(?!.*(?:把|改|调|换|加|删|设|放|让|弄|变|拉|降|提|帮|给我|要|能|可以|用|请))[^。!！?？]*是[^。!！?？]*(?:吗|么|嘛)\s*[?？]?\s*$"
                     # "现在是横屏还是竖屏啊": which of two it is now, asked (set GI gi111 made it vertical)
                     r"|^(?!.*(?:把|改|调|换|加|删|设|放|让|弄|变|帮|给我|要|能|可以|请))\s*(?:现在|目前|这个|视频)?\s*(?:是|用的是|用的)\s*[^。!！?？，,]{1,10}还是[^。!！?？，,]{1,10}"
                     r"(?:啊|呢|吗|呀|哈)?\s*[?？]?\s*$"
                     # "我刚上传的logo和贴纸你能看到吗？": whether the uploads arrived, asked (set BO bo235 was asked which one)
                     r"|^(?!.*(?:把|改|调|换|加|删|设|放|让|弄|变|拉|降|提|帮|给我|用))[^。!！?？]*"
                     r"(?:看到|看得到|看见|收到)了?\s*(?:吗|么|嘛|没有?)\s*[?？]?\s*$"
                     # "现在音乐是多大声？", "how loud is the music now?": the state asked, not a change (set Q cht06
                     # raised the music); a wish with a verb of change stays a wish ("能把音乐调大一点吗？")
                     # ("whats the transition called that you're using now?" set the title: dev set EJ ej017)
                     r"|^(?:how\s+(?:loud|long|big|large|many|much|fast)\s+(?:is|are|does|do)|what(?:'?s|\s+is|\s+are)\s+the)\b"
                     r"(?!.*\b(?:change|make|set|turn|put|remove|add|cut|move)\b).*\?\s*$"
                     # "竖屏的话画质会变差吗", "改成竖屏会变模糊吗", "will making it vertical lower the quality?": what an edit
                     # would do to the picture, asked, no wish (dev set EC ec140 made it vertical)
                     r"|^(?!.*(?:能|可以|可不可以|能否|帮|请|麻烦|给我))[^。!！]*(?:的话|会|会不会)[^。!！]*"
                     r"(?:画质|清晰度|变差|变糊|模糊|失真|变形|拉伸|像素|被裁|裁掉|切掉|被切)[^。!！]*(?:吗|么|嘛|不|呢)?\s*[?？]?\s*$"
                     r"|^(?:(?:and|so|also|btw|hi|hey|ok|quick\s+question|just\s+wondering)\s*,?\s*)*(?:will|would|does|could|is)\s+(?!you\b|u\b)[^.!;?]{1,60}?"
                     r"\b(?:lower|hurt|reduce|ruin|affect|worsen|lose)\s+(?:the\s+)?(?:quality|resolution|sharpness)\b[^.!;]*\?\s*$"
                     # "what does beat sync actually do to my video?", "quick question, will the beat sync change how long my
                     # video is?": what an edit does, asked (set EJ ej122 ej070 synced the cuts); "will you …?" is a wish
                     r"|^(?:(?:and|so|also|btw|hi|hey|ok|quick\s+question|just\s+wondering|curious)\s*,?\s*)*"
                     r"(?:what\s+(?:does|do|will|would)\s+(?!you\b)[^?.!]{1,40}?\s+(?:actually\s+|really\s+)?(?:do|mean)\b"
                     r"|(?:will|would|does)\s+(?!you\b|u\b)(?:the\s+)?[^?.!]{1,40}?\s+(?:change|affect|alter)\s+(?:how|the|my|what)\b)[^.!]*\?\s*$"
                     # "Is lofi.mp3 royalty free? I don't want a copyright strike", "Do I need to pay extra to export in 4K?": a
                     # question of rights or cost, a worry after it (dev set EK ek088 removed the music, EL el213 made it 4K)
                     r"|^(?:(?:and|so|also|btw|hi|hey|ok|quick\s+question)\s*,?\s*)*(?:is|are|do|does|will|would|can)\s+(?!you\b|u\b)(?:[^.!?]|\.(?=\w)){0,60}?"
                     r"\b(?:royalty[\s-]free|copyright(?:ed)?|licen[cs]ed?|pay(?:\s+extra)?|cost(?:s)?(?:\s+extra)?|charge[sd]?|extra\s+credits?|free\s+to\s+use)\b"
                     r"[^.!?]*\?(?:\s+(?:i|we)\s+(?:don'?t|do\s+not)\s+want\s+(?:a|any|to\s+(?:get|pay))\b[^.!?]*[.!]?)?\s*$"
                     # "卡点是什么意思？会不会把旁白切断？": what a word means, asked, and questions after it (set FK fk085
                     # synced the cuts)
                     r"|^[^。!！?？]*(?:是什么意思|是啥意思|啥意思|是指什么|是干嘛的|是干什么的|有什么用|有啥用)\s*(?:啊|呀|呢)?\s*"
                     r"(?:[?？](?:[^。!！?？]*[?？])*)?\s*$"
                     # "which video is longer?", "which picture comes first?": the state compared, asked (set BJ bj200
                     # made the video longer)
                     r"|^which\s+(?:\w+\s+){0,2}(?:is|are|was|were|has|have|comes?|looks?|sounds?|plays?)\b"
                     r"(?!.*\b(?:change|make|set|turn|put|remove|add|cut|move|swap|trim)\b)[^.!;]*\?\s*$"
                     # "list the captions", "tell me what the title says", "列出所有字幕": what is there, asked (set BA ba272)
                     r"|^(?:(?:and|so|also|now|first)\s*,?\s*)*(?:list|tell\s+me|read\s+(?:me|out)|show\s+me\s+(?:what|which|how))\b"
                     r"(?!.*\b(?:change|make|set|turn|put|remove|add|cut|move|delete|swap|replace|order|use)\b)"
                     r"|^(?:列出|列一下|列举|告诉我|念一下|读一下)(?!.*(?:改|换|删|加|调|设|放|移))"
                     # "what fonts do you have?", "which transitions are there?", "有哪些字体可以用？": the choices asked, no edit
                     # (set CJ cj266 asked which thing "fonts" was)
                     r"|^(?:(?:and|so|also|btw|hi|hey|ok)\s*,?\s*)*(?:what|which)\s+(?:other\s+|kinds?\s+of\s+|sorts?\s+of\s+)?"
                     r"(?:fonts?|typefaces?|colou?rs?|transitions?|animations?|styles?|presets?|effects?|options?|formats?|sizes?|songs?|music)\s+"
                     r"(?:do\s+you\s+(?:have|support|offer)|are\s+(?:there|available|supported)|can\s+(?:i|we|you)\s+(?:use|pick|choose|get)"
                     r"|(?:is|are)\s+(?:on\s+offer|possible))\b[^.!?]*\??\s*$"
                     r"|^(?:请问)?[^。!！把]*?(?:有哪些|有什么|有几种|支持哪些|支持什么)(?:可以用的|能用的|可选的)?\s*(?:字体|颜色|转场|动画|风格|模板|效果|音乐|尺寸)"
                     r"(?:可以用|能用|可以选|可选|呢|啊|呀)?\s*(?:吗)?\s*[?？]?\s*$"
                     # "can it export 4K?", "请问这个视频可以导出成4K吗？": what the engine can do asked, no edit (set T
                     # non11 made the video 4K)
                     r"|^(?:(?:and|so|also|btw|hi|hey)\s*,?\s*)*(?:can|could|will|does|do|is\s+it\s+able\s+to)\s+(?:it|you|this|the\s+(?:video|engine|tool|app))\s+"
                     r"(?:export|render|output|support|handle|be\s+exported|be\s+rendered)\b.*\?\s*$"
                     r"|^(?:请问)?[^。!！把]*?(?:可以|能|能不能|可不可以|是否|支不支持|支持)\s*(?:导出|输出|渲染|支持)[^。!！把]*?(?:吗|么|嘛|不)?\s*[?？]\s*$"
                     r"|^(?!.*(?:把|改|调|换|加|删|设|放|让|弄|变|拉|降|提|帮|给我|要|能|可以))"
                     # ("现在是几倍速？" asked the pace: set FF ff112 made the clip twice as fast)
                     r".*(?:多大声|多大|多少|多长|多久|几秒|几张|几倍速?|多快|什么速度|什么颜色|什么字体|哪个|哪首|哪里|在哪)\s*(?:呢|啊|呀)?\s*[?？]\s*$"
                     # "logo放右上角好还是右下角好？你给点建议": which is better, asked, with advice wanted (set FF ff054 placed it)
                     r"|^[^。!！]*(?:好|合适|好看|更好)\s*(?:一点|一些)?\s*还是[^。!！?？]{1,24}(?:好|合适|好看|更好)\s*(?:一点|一些)?\s*(?:呢|啊|呀)?\s*[?？]"
                     r"(?:\s*(?:你|您)?\s*(?:给点|给个|给些|有什么|有啥)?\s*(?:建议|意见|推荐)[^。!！?？]*[?？。]?|\s*(?:你|您)(?:觉得|看)呢?\s*[?？]?)?\s*$"
                     # "这支影片大概什么时候可以做好？", "when will it be ready?": when the video is done, asked (set AB non17
                     # raised the sound)
                     r"|^[^。!！]*(?:什么时候|啥时候|几时|幾時|多久)\s*(?:才)?\s*(?:可以|能|会)?\s*(?:做好|完成|弄好|好|出来|交付|导出|搞掂|整好)[^。!！]*[?？]?\s*$"
                     r"|^(?:so\s+|and\s+)?(?:when\s+(?:will|would|can)\s+(?:it|the\s+video|this)\s+be\s+(?:done|ready|finished)"
                     r"|how\s+long\s+(?:will|does)\s+(?:it|this|the\s+render)\s+take)\b.*\?\s*$"
                     # "现在视频多长？是横屏还是竖屏？": every sentence a question of the state, none with a verb of change
                     # (set AA nz02 made the video vertical)
                     # ("还有第四张呢？", "那标题呢？" ask the edit before again, of another thing: a follow-up)
                     r"|^(?!.*(?:把|改|调|换|加|删|设|放|让|弄|变|拉|降|提|帮|给我|要|能|可以|还有|那))"
                     r"(?:[^。!！?？]*(?:多大声|多大|多少|多长|多久|几秒|几张|是不是|还是|吗|么)[^。!！?？]*[?？]\s*)+$")
# "have you muted the music?", "has the title been changed yet?": whether it was done, asked; read on the message as
# typed (the tidying makes "have you muted" a "mute"; it muted the music, session 33's note); "have you got a way to …?"
# asks for a way, a wish
DONE_ASKED = compile_led(r"^(?:(?:and|so|hey|hi|ok|okay|btw|wait)\s*,?\s*)*(?:have\s+you(?!\s+got\b)|has\s+(?:it|this|that|the\s+[a-z]+)"
                         r"\s+(?:already\s+)?been)\b[^.!;]*\?\s*$")
# "I was thinking about making it vertical but let's keep it as is", "本来想改成竖屏的，算了": a wish taken back at the
# end of the message (set L non22 made the video vertical)
TAKEN_BACK = compile_led(
    r"(?:\b(?:(?:let'?s|we'?ll|i'?ll|just|nah|no)\s*,?\s+)?(?:keep|leave)\s+(?:it|everything|things|the\s+video)\s+"
    r"(?:as\s+(?:it\s+)?is|like\s+(?:this|that|it\s+is)|the\s+way\s+it\s+is|unchanged|alone)"
    r"|\bnever\s*mind|\bforget\s+(?:it|that|about\s+it)|\bscratch\s+that"
    # "…but actually it's perfect, leave it" (set M non03)
    r"|\b(?:it'?s|it\s+is|that'?s|looks?|sounds?)\s+(?:fine|perfect|good|great|ok|okay)\b[^.!?]{0,20}?\bleave\s+it"
    # "…, but let's hold off until the client confirms", "先别改，等客户确认再说" (set J neg06)
    r"|\b(?:(?:let'?s\s+|we'?ll\s+|i'?ll\s+)?hold\s+off|(?:let'?s|we'?ll|i'?ll)\s+wait)(?:\s+(?:on\s+(?:it|that)|for\s+now))?(?:\s+(?:until|till)\b[^.!?]*)?"
    r"|\bwait\s+(?:until|till)\b[^.!?]*"
    # "…? I'm not sure, let me think about it and get back to you", "我再想想": not decided yet (set P non16)
    r"|\blet\s+me\s+(?:think(?:\s+(?:about|it|this|that|over))*|sleep\s+on\s+it|mull\s+it\s+over)\b[^.!?]*"
    r"|\b(?:i'?ll|we'?ll|i\s+will|we\s+will)\s+get\s+back\s+to\s+you\b[^.!?]*"
    r"|(?:让我|我再|我们再|容我)(?:想想|考虑考虑|考虑一下|琢磨一下)[^。！!]*"
    r"|先(?:别|不要|不)(?:改|动)[^。！!]*|等[^。，,]{0,12}(?:确认|同意|决定)(?:了|之后|以后)?再(?:说|改)"
    # ("其余保持不变", "位置不变": the rest as it is, beside a wish)
    r"|算了|(?:^|(?<=[，,。\s就])|还是)(?:保持原样|不改了|不用改了|别改了|就这样吧))"
    r"(?:\s*(?:please|pls|then|for\s+now|吧|了|啊|哈))*[\s.!。！~…]*$")
# "…, 先问问，不用改", "…，你先了解一下": asked or told, not a wish (set AA nz06/nz09 made the video vertical/square);
# the reply says what was not understood, never "already so"
TOLD_ONLY = compile_led(r"(?:先问问|只是问问|随便问问|(?:你|您)?先了解(?:一下)?|供(?:你|您)?参考|仅供参考"
                       r"|(?:^|(?<=[，,。\s]))(?:不用改|先不改|不需要改|不用动|先别动"
                       # "…，不要改动", "别做任何修改": nothing is to change (set BA ba272)
                       r"|(?:先)?(?:不要|别|不用|无需|不需要)(?:做)?(?:任何)?(?:改动|修改|变动)(?:任何(?:东西|内容|地方))?)"
                       # "Please list them without changing anything." (set BA ba272 removed the captions)
                       r"|\bwithout\s+(?:changing|editing|touching|modifying)\s+(?:anything|a\s+thing)"
                       r"|\bwithout\s+making\s+(?:any\s+)?(?:changes?|edits?)"
                       # "…? Just the text, no changes to the edit." (set AC ac266)
                       # ("…red and nothing else, no changes" is a wish made alone: a bare "no changes" says nothing of the edit)
                       r"|(?:^|(?<=[,.;!?]\s)|(?<=[,.;!?]))\s*(?:(?:but\s+|and\s+)?(?:please\s+)?(?:no\s+changes?(?=\s+(?:to|in|on)\s)|don'?t\s+change\s+anything|do\s+not\s+change\s+anything"
                       r"|(?:don'?t|do\s+not)\s+(?:touch|edit|modify)\s+(?:anything|the\s+(?:video|edit))|(?:don'?t|do\s+not)\s+make\s+any\s+changes?|nothing\s+to\s+change|just\s+asking|just\s+curious)"
                       r"(?:\s+(?:to|in|on)\s+(?:the\s+)?(?:edit|video|draft|timeline))?))"
                       r"(?:\s*(?:please|pls|then|for\s+now|吧|了|啊|哈))*[\s.!。！~…]*$")


# a wish no edit of a timeline can meet: the inside of a picture or a recording changed, new media made, the video
# posted, the words spoken translated. Read only when nothing in the message was understood (core._not_understood):
# the reply then says it is beyond the editor instead of offering the three closest edits, which a host agent would
# try one after another ("change the voiceover to a female voice" was offered "background music at 20%")
BEYOND = compile_led(
    r"\b(?:3d|three[\s-]d(?:imensional)?|hologram|ar\s+filter)\b"
    r"|\btranslat(?:e|ed|ion|ing)\b|\bdub(?:bed|bing)?\b|\blip[\s-]?sync"
    r"|\b(?:female|male|woman'?s?|man'?s?|girl'?s?|guy'?s?|different|new|another|robot(?:ic)?|deeper|younger|older|ai|british|american)"
    r"\s+(?:voice|narrator|speaker|voiceover|voice[\s-]over)\b(?!\s+(?:track|file|recording))"
    # (the picture sharpened: "the clip looks blurry, make it sharper"; dev set EI ei149)
    r"|\b(?:sharper|crisper|less\s+blurry|unblur(?:red)?|de-?blur|upscale[ds]?|enhance\s+the\s+(?:picture|image|video|clip|footage))\b"
    r"|\bsound\s+separation\b|人声分离|\bdenoise\b|\bnoise\s+removal\b|降噪"
    r"|\bre-?record\b|\b(?:narrator|voice|voiceover|speaker)\s+(?:should\s+)?(?:sound|speak|talk)s?\s+(?:more|less|like|with)\b"
    r"|\b(?:remove|cut\s+out|erase|delete|replace|change|blur|swap)\s+(?:the\s+)?background\s+(?:of|from|behind|in)\b"
    r"|\bbackground\s+remov|\bcut\s+(?:the\s+|it\s+|them\s+)?(?:\w+\s+)?out\s+of\s+(?:its|their|the)\s+backgrounds?\b"
    r"|\b(?:generate|ai[\s-]generated?|create|draw|film|shoot)\s+(?:me\s+)?(?:(?:a|an|some|more|few|couple|of|new|fresh)\s+)*"
    r"(?:product\s+|model\s+)?(?:images?|pictures?|photos?|video|footage|avatar|presenter|model|shots?|scenes?)\b"
    r"|\bai\s+(?:avatar|presenter|model|spokes(?:person|man|woman))\b"
    # "Can you find me a better song online?" (a song from outside the uploads; dev set EL el132)
    r"|\b(?:find|search\s+for|look\s+for|download|get)\s+(?:me\s+|us\s+)?(?:a|an|some|another)\s+(?:\w+\s+){0,2}(?:song|track|tune|music|soundtrack|images?|pictures?|photos?|footage)\b[^.!?]{0,30}?"
    r"\b(?:online|on\s+the\s+(?:web|internet)|from\s+(?:the\s+)?(?:web|internet|youtube|spotify))\b"
    r"|\b(?:post|publish|upload|share|send)\s+(?:it|this|the\s+video|the\s+promo)?\s*(?:(?:straight|directly|right)\s+)?(?:to|on)\s+"
    r"(?:my\s+|our\s+)?(?:tiktok|instagram|insta|ig|youtube|facebook|fb|douyin|twitter|x|account|page|channel)\b"
    r"|立体|3d|翻译|译成|配音换成|换(?:个|一个)?(?:女声|男声|女生|男生|声音)|(?:女声|男声)配音|重新(?:配音|录)|对口型"
    r"|抠图|(?:去掉|去除|删掉|换掉|换个?|抠掉|更换)(?:\w{0,6}的)?背景(?!音乐|乐)|背景(?:去掉|抠掉|换掉)"
    r"|(?:ai|AI)\s*生成|生成(?:一些|几张|一段|一个)?(?:新的?)?(?:图片|照片|视频|画面|数字人)|数字人"
    r"|(?:发|发布|上传|分享)(?:到|在)\s*(?:抖音|小红书|快手|视频号|淘宝|微博|b站|朋友圈)")


# a thing judged as it would be: a why, whatever its modal verb ("half speed will look weird with the people walking",
# said after the slow motion was taken back, set the speed; "yellow on the gold ring won't show up" before "let's do white
# instead" was read as the wish; dev set HM hm011 hm041)
JUDGED = compile_led(r"(?:[a-z0-9][a-z0-9'\-]*\s+){1,5}?(?:(?:will|would|'ll|might|could)\s+(?:probably\s+|just\s+|definitely\s+)?"
                     r"(?:look|sound|feel|seem)\s+(?:\w+\s+)?(?:weird|odd|bad|cheesy|off|strange|wrong|cheap|tacky|terrible|awful"
                     r"|messy|cluttered|busy|ugly|silly|funny|choppy|jarring)"
                     # ("the captions in orange would be too much, so leave their colour": dev set EL el045 made them orange)
                     r"|(?:will|would|'ll|might|could)\s+be\s+(?:a\s+bit\s+|way\s+|just\s+)?(?:too\s+much|overkill|too\s+busy|too\s+loud|a\s+bit\s+much)"
                     r"|(?:won'?t|wouldn'?t|can'?t|will\s+not|would\s+not)\s+(?:really\s+|even\s+)?(?:show(?:\s+up)?|read|work|pop"
                     r"|stand\s+out|be\s+(?:visible|readable|seen|legible)|disappear))\b")
