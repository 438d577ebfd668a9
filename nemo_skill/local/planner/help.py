"""What the planner can do, with phrases that work (shown for messages it does not understand).

The texts live in the message catalogue (``messages.HELP_EN``/``HELP_ZH``); ``help_text(lang)`` picks one.
"""

from .messages import HELP_EN, HELP_ZH, help_text, say

HELP_TEXT = HELP_EN  # the English help, as before
HELP_TEXT_ZH = HELP_ZH
NOT_UNDERSTOOD = say("en", "not_understood").split("\n", 1)[0]

__all__ = ["HELP_TEXT", "HELP_TEXT_ZH", "NOT_UNDERSTOOD", "help_text"]
