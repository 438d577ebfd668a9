"""``nemo-mcp``: the skill's six actions as an MCP server over stdio (the ``mcp`` extra).

Hosts without Agent Skills support (Claude Desktop, Cursor, VS Code, …) reach the skill through
the Model Context Protocol instead. Each tool runs the same command as the script of the same name
(``nemo_skill/cli/*``, on the one client library): same arguments, checks, wording, errors. See
README.md ("MCP server") for registering it with a host.
"""
