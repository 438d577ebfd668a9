"""What the planner can do, with phrases that work (shown for messages it does not understand)."""

HELP_TEXT = """I can build and edit the video from your uploads. Things you can say:
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
- Clips: "trim the clip to 2s-5s", "cut the first 2 seconds of the video", "剪掉视频的前2秒"
- "undo" / "撤销" goes back one step."""

NOT_UNDERSTOOD = "I didn't find an edit I know in that message."
