"""FakeDiscord: a Discord-compatible gateway and REST server on 127.0.0.1 for end-to-end tests.

The real discord.py client runs against it unchanged; only ``Route.BASE`` and
``DiscordWebSocket.DEFAULT_GATEWAY`` point here (see ``patched_endpoints``). Tests drive it from
the user's side (slash commands, clicks, modals, messages) and inspect what the bot answered.
"""

from __future__ import annotations

import asyncio
import copy
import secrets
from collections.abc import Callable
from typing import Any

from aiohttp import web

from . import payloads
from .components import filled_modal, find_component
from .faults import Faults, RouteFault
from .gateway import INVALID_SESSION, RECONNECT, Connection, GatewayHandler, Session
from .interactions import (
    DEFERRED_MESSAGE,
    DEFERRED_UPDATE,
    EPHEMERAL_FLAG,
    LOADING_FLAG,
    MESSAGE,
    UPDATE_MESSAGE,
    InteractionResult,
)
from .models import DEFAULT_MEMBER_PERMISSIONS, DiscordRejected, Guild, RecordedRequest, SnowflakeFactory, User, Violation
from .rest import RestApi

APPLICATION_COMMAND, MESSAGE_COMPONENT, AUTOCOMPLETE_INTERACTION, MODAL_SUBMIT = 2, 3, 4, 5
CONTEXTS = {"guild": payloads.CONTEXT_GUILD, "dm": payloads.CONTEXT_BOT_DM, "private": payloads.CONTEXT_PRIVATE}
OPTION_TYPES: list[tuple[type, int]] = [(bool, 5), (int, 4), (float, 10), (str, 3), (User, 6)]
SUB_COMMAND, SUB_COMMAND_GROUP = 1, 2
GUILD_MESSAGES_INTENT, DIRECT_MESSAGES_INTENT, MESSAGE_CONTENT_INTENT = 1 << 9, 1 << 12, 1 << 15
CHAT_INPUT_MESSAGE, DEFAULT_MESSAGE = 20, 0
# Events the server re-delivers to a new session when the old one was invalidated before the
# client received them (Discord would drop them; keeping them lets tests count exactly-once).
REDELIVERABLE_EVENTS = {"INTERACTION_CREATE", "MESSAGE_CREATE"}


class FakeDiscord:
    """A local Discord: gateway (websocket) and REST API on one 127.0.0.1 port.

    ``heartbeat_interval`` is in seconds. ``shard_count`` is what ``GET /gateway/bot``
    recommends; routing uses the shard count the client identifies with.
    ``interaction_deadline`` is Discord's 3-second window for the first response.
    """

    def __init__(
        self,
        token: str = "test-token",
        application_id: int | None = None,
        owner_id: int | None = None,
        heartbeat_interval: float = 5.0,
        *,
        shard_count: int = 1,
        interaction_deadline: float = 3.0,
        bot_name: str = "FilmBot",
    ) -> None:
        self.token = token
        self.snowflake = SnowflakeFactory()
        self.application_id = application_id or self.snowflake()
        self.heartbeat_interval = heartbeat_interval
        self.shard_count = shard_count
        self.interaction_deadline = interaction_deadline
        self.bot_user = User(self.application_id, bot_name, bot=True)
        self.users: dict[int, User] = {self.bot_user.id: self.bot_user}
        self.guilds: dict[int, Guild] = {}
        self.channels: dict[int, dict[str, Any]] = {}
        self.messages: dict[int, dict[str, Any]] = {}
        self.channel_posts: dict[int, list[int]] = {}
        self.commands: dict[Any, list[dict[str, Any]]] = {"global": []}
        self.interactions: list[InteractionResult] = []
        self.interactions_by_id: dict[int, InteractionResult] = {}
        self.interactions_by_token: dict[str, InteractionResult] = {}
        self.requests: list[RecordedRequest] = []
        self.violations: list[Violation] = []
        self.unknown_routes: list[tuple[str, str]] = []
        self.identifies: list[tuple[int, int]] = []
        self.resumes: list[tuple[int, int]] = []
        self.replayed: list[str] = []
        self.faults = Faults()
        self.sessions: dict[str, Session] = {}
        self.active: dict[int, Session] = {}
        self.outbox: list[tuple[int | None, str, dict[str, Any]]] = []
        self._message_origin: dict[int, InteractionResult] = {}
        self._deferred_by_message: dict[int, list[InteractionResult]] = {}
        self._changed = asyncio.Condition()
        self._connections: set[Connection] = set()
        self._background: set[asyncio.Task[None]] = set()
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.owner = self.add_user("owner", id=owner_id)

    # --- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> FakeDiscord:
        rest = RestApi(self)
        app = web.Application(middlewares=[rest.middleware])
        app.router.add_get("/", self._gateway)
        rest.register(app)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def stop(self) -> None:
        for connection in list(self._connections):
            connection.abort()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeDiscord:
        return await self.start()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/"

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=0, autoping=True)
        await ws.prepare(request)
        connection = Connection(ws, request)
        self._connections.add(connection)
        try:
            await GatewayHandler(self, connection).run()
        finally:
            self._connections.discard(connection)
        return ws

    # --- world: users, guilds, channels ------------------------------------------------------

    def add_user(self, name: str, permissions: int = DEFAULT_MEMBER_PERMISSIONS, *, id: int | None = None) -> User:
        """A user, with a DM channel to the bot; ``permissions`` apply in every guild."""
        user = User(id or self.snowflake(), name, permissions=permissions, dm_channel_id=self.snowflake())
        self.users[user.id] = user
        self.channels[user.dm_channel_id] = payloads.dm_channel(user.dm_channel_id, user)
        return user

    def add_guild(self, name: str = "Guild", members: list[User] | tuple[User, ...] = (), *,
                  owner: User | None = None) -> Guild:
        """A guild with a text channel; announced by GUILD_CREATE when the bot is connected."""
        guild_id = self.snowflake.guild_id()
        channel_id = self.snowflake()
        guild = Guild(guild_id, name, channel_id, (owner or self.owner).id, members=list(members))
        guild.channels.append(payloads.text_channel(channel_id, guild_id, "general", 0))
        self.channels[channel_id] = guild.channels[0]
        self.guilds[guild_id] = guild
        if self.active:
            self._spawn(self.dispatch("GUILD_CREATE", payloads.guild_create(guild, self.bot_user), guild_id=guild_id))
        return guild

    def add_text_channel(self, guild: Guild, name: str) -> int:
        """Adds a text channel to ``guild`` (before the bot connects) and returns its id."""
        channel = payloads.text_channel(self.snowflake(), guild.id, name, len(guild.channels))
        guild.channels.append(channel)
        self.channels[int(channel["id"])] = channel
        return int(channel["id"])

    def member_chunk(self, guild_id: int, nonce: str | None) -> dict[str, Any]:
        guild = self.guilds[guild_id]
        members = [payloads.member(guild, u) for u in [self.bot_user, *guild.members]]
        return {"guild_id": str(guild_id), "members": members, "chunk_index": 0, "chunk_count": 1,
                "not_found": [], "nonce": nonce}

    def _spawn(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    # --- sessions and event routing ----------------------------------------------------------

    def find_session(self, session_id: str | None) -> Session | None:
        return self.sessions.get(session_id or "")

    def shard_of(self, guild_id: int | None, shard_count: int) -> int:
        """Discord's routing: a guild to ``(guild_id >> 22) % n``, DMs to shard 0."""
        return 0 if guild_id is None else (guild_id >> 22) % shard_count

    def _session_for(self, guild_id: int | None) -> Session | None:
        any_session = next(iter(self.active.values()), None)
        if any_session is None:
            return None
        session = self.active.get(self.shard_of(guild_id, any_session.shard[1]))
        return session if session is not None and session.ready and session.valid else None

    async def dispatch(self, event: str, data: dict[str, Any], *, guild_id: int | None = None) -> None:
        """Sends a dispatch event to the shard that owns ``guild_id`` (shard 0 for DMs).

        With no ready session for that shard (between an invalidated session and the next
        READY) the event waits in ``outbox`` and goes out right after that READY.
        """
        while True:  # a session invalidated while the event waited for it is skipped
            session = self._session_for(guild_id)
            if session is None:
                self.outbox.append((guild_id, event, data))
                return
            if await session.dispatch(event, data):
                return

    async def start_session(self, session: Session, connection: Connection) -> None:
        """READY, one GUILD_CREATE per guild of the shard, then events held for the shard."""
        shard_id, shard_count = session.shard
        self.sessions[session.session_id] = session
        previous = self.active.get(shard_id)
        if previous is not None:
            previous.valid = False
        self.active[shard_id] = session
        guilds = [g for g in self.guilds.values() if self.shard_of(g.id, shard_count) == shard_id]
        async with session.lock:
            session.connection = connection
            await session.dispatch_holding_lock("READY", self._ready_payload(session, guilds))
            for guild in guilds:
                await session.dispatch_holding_lock("GUILD_CREATE", payloads.guild_create(guild, self.bot_user))
            session.ready = True
            held = [item for item in self.outbox if self.shard_of(item[0], shard_count) == shard_id]
            self.outbox = [item for item in self.outbox if item not in held]
            for _, event, data in held:
                await session.dispatch_holding_lock(event, data)
        await self._notify()

    def _ready_payload(self, session: Session, guilds: list[Guild]) -> dict[str, Any]:
        return {
            "v": 10, "user": {**self.bot_user.to_json(), "verified": True, "mfa_enabled": False, "flags": 0},
            "guilds": [{"id": str(g.id), "unavailable": True} for g in guilds],
            "session_id": session.session_id, "resume_gateway_url": self.gateway_url,
            "shard": list(session.shard), "application": {"id": str(self.application_id), "flags": 0},
            "private_channels": [], "relationships": [], "presences": [], "guild_join_requests": [],
            "geo_ordered_rtc_regions": ["local"], "session_type": "normal", "auth": {}, "user_settings": {},
        }

    def requeue_unsent(self, session: Session, seq: int | None) -> None:
        """Moves user-facing events the client never received from a dead session to the outbox."""
        for frame in session.events_after(seq):
            if frame["t"] in REDELIVERABLE_EVENTS:
                guild_id = frame["d"].get("guild_id")
                self.outbox.append((int(guild_id) if guild_id else None, frame["t"], frame["d"]))
        session.log.clear()

    async def wait_until_ready(self, timeout: float = 10.0) -> None:
        """Waits until every shard the client identified with has READY and its GUILD_CREATEs."""
        def all_ready() -> bool:
            sessions = list(self.active.values())
            return bool(sessions) and len(sessions) == sessions[0].shard[1] and all(s.ready for s in sessions)
        await self._wait_for(all_ready, timeout, "the bot to connect and be READY")

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def _wait_for(self, predicate: Callable[[], bool], timeout: float, what: str) -> None:
        try:
            async with self._changed:
                await asyncio.wait_for(self._changed.wait_for(predicate), timeout)
        except asyncio.TimeoutError:
            raise TimeoutError(f"timed out after {timeout}s waiting for {what}") from None

    # --- faults ------------------------------------------------------------------------------

    def _targets(self, shard: int | None) -> list[Session]:
        return [s for shard_id, s in sorted(self.active.items()) if shard is None or shard_id == shard]

    async def reconnect(self, shard: int | None = None) -> None:
        """Sends op 7 RECONNECT: the client closes and RESUMEs."""
        for session in self._targets(shard):
            async with session.lock:
                if session.connection is not None:
                    await session.connection.send({"op": RECONNECT, "d": None})

    async def invalid_session(self, resumable: bool, shard: int | None = None) -> None:
        """Sends op 9; with ``resumable=False`` the session ends and the client IDENTIFYs anew."""
        for session in self._targets(shard):
            async with session.lock:
                if session.connection is not None:
                    await session.connection.send({"op": INVALID_SESSION, "d": resumable})
                if not resumable:
                    session.valid = False
                    self.active.pop(session.shard[0], None)

    async def drop_connection(self, shard: int | None = None) -> None:
        """Closes the socket abruptly (no close frame): the client RESUMEs."""
        for session in self._targets(shard):
            async with session.lock:
                if session.connection is not None:
                    session.connection.abort()
                    session.connection = None

    def withhold_heartbeat_acks(self, count: int) -> None:
        """Leaves the next ``count`` heartbeats unanswered (a zombied connection)."""
        self.faults.withheld_acks = count

    def fail_route(self, method: str, path_regex: str, status: int = 429, times: int = 1,
                   retry_after: float = 0.05, global_: bool = False, once_per_path: bool = False) -> RouteFault:
        """Answers the next ``times`` matching REST requests with ``status`` (429 carries Via).

        With ``once_per_path`` a path already failed by any fault is let through, so a
        retried request always succeeds (two 5xx in a row outlast the 3-second window).
        """
        return self.faults.fail_route(method, path_regex, status, times, retry_after, global_, once_per_path)

    # --- interactions from the user's side -----------------------------------------------------

    async def slash(
        self, command: str, options: dict[str, Any] | None = None, *, user: User, guild: Guild | None = None,
        channel_id: int | None = None, context: str | None = None, subcommand: str | None = None,
        resolved: dict[str, Any] | None = None,
    ) -> InteractionResult:
        """Dispatches a chat-input command (INTERACTION_CREATE type 2)."""
        data = self._command_data(command, options or {}, guild, subcommand, focused=None)
        if resolved:
            data.setdefault("resolved", {}).update(resolved)
        return await self._dispatch_interaction(APPLICATION_COMMAND, data, user=user, guild=guild,
                                                channel_id=channel_id, context=context)

    async def autocomplete(
        self, command: str, options: dict[str, Any], focused: str, *, user: User, guild: Guild | None = None,
        channel_id: int | None = None, context: str | None = None, subcommand: str | None = None,
        timeout: float = 5.0,
    ) -> list[dict[str, Any]]:
        """Dispatches an autocomplete interaction (type 4) and returns the bot's choices."""
        data = self._command_data(command, options, guild, subcommand, focused=focused)
        result = await self._dispatch_interaction(AUTOCOMPLETE_INTERACTION, data, user=user, guild=guild,
                                                  channel_id=channel_id, context=context)
        await result.wait_response(timeout)
        if result.error is not None:
            raise DiscordRejected(result.error)
        return result.choices or []

    async def click(
        self, target: InteractionResult | dict[str, Any], custom_id: str, *, user: User,
        values: list[str] | None = None,
    ) -> InteractionResult:
        """Clicks a button (or picks select ``values``) on a message: INTERACTION_CREATE type 3.

        ``target`` is an InteractionResult (its original message) or any message dict.
        """
        message = target.message if isinstance(target, InteractionResult) else target
        if message is None:
            raise ValueError("the interaction has no message to click on")
        component = find_component(message.get("components") or [], custom_id)
        if component is None:
            raise ValueError(f"no component with custom_id {custom_id!r} on message {message['id']}")
        data: dict[str, Any] = {"custom_id": custom_id, "component_type": component["type"]}
        if values is not None:
            data["values"] = values
        origin = target if isinstance(target, InteractionResult) else self._message_origin.get(int(message["id"]))
        return await self._dispatch_followon(MESSAGE_COMPONENT, data, message, origin, user)

    async def submit_modal(
        self, target: InteractionResult, custom_id: str | None = None, values: dict[str, str] | None = None,
        *, user: User,
    ) -> InteractionResult:
        """Submits the modal the bot opened in answer to ``target`` (INTERACTION_CREATE type 5)."""
        modal = target.modal
        if modal is None:
            raise ValueError(f"interaction {target.id} was not answered with a modal (type {target.callback_type})")
        if custom_id is not None and custom_id != modal.get("custom_id"):
            raise ValueError(f"the open modal is {modal.get('custom_id')!r}, not {custom_id!r}")
        data = {"custom_id": modal["custom_id"], "components": filled_modal(modal, values or {})}
        message = target.payload.get("message") if target.kind == MESSAGE_COMPONENT else None
        return await self._dispatch_followon(MODAL_SUBMIT, data, message, target, user)

    async def _dispatch_followon(
        self, kind: int, data: dict[str, Any], message: dict[str, Any] | None,
        origin: InteractionResult | None, user: User,
    ) -> InteractionResult:
        """An interaction in the same place (guild/channel/context) as an earlier one or message."""
        if origin is not None:
            guild, channel_id = origin.guild, origin.channel_id
            context = next(k for k, v in CONTEXTS.items() if v == origin.payload["context"])
        else:
            channel = self.channels.get(int(message["channel_id"])) if message else None
            guild_id = channel.get("guild_id") if channel else None
            guild = self.guilds.get(int(guild_id)) if guild_id else None
            channel_id = int(message["channel_id"]) if message else None
            context = "guild" if guild else "dm"
        return await self._dispatch_interaction(kind, data, user=user, guild=guild, channel_id=channel_id,
                                                context=context, message=message)

    async def _dispatch_interaction(
        self, kind: int, data: dict[str, Any], *, user: User, guild: Guild | None, channel_id: int | None,
        context: str | None, message: dict[str, Any] | None = None,
    ) -> InteractionResult:
        context_name = context or ("guild" if guild is not None else "dm")
        channel = self._interaction_channel(context_name, user, guild, channel_id)
        interaction_id = self.snowflake()
        payload = payloads.interaction(
            interaction_id=interaction_id, application_id=self.application_id, kind=kind,
            token=f"interaction-{secrets.token_urlsafe(24)}", user=user, data=data,
            guild=guild if context_name == "guild" else None, channel=channel, context=CONTEXTS[context_name],
            app_permissions=DEFAULT_MEMBER_PERMISSIONS,
        )
        if message is not None:
            payload["message"] = copy.deepcopy(message)  # the message as it was when clicked
        result = InteractionResult(self, interaction_id, payload["token"], kind, payload, user,
                                   guild if context_name == "guild" else None, int(channel["id"]))
        self.interactions.append(result)
        self.interactions_by_id[interaction_id] = result
        self.interactions_by_token[result.token] = result
        await self.dispatch("INTERACTION_CREATE", payload, guild_id=result.guild.id if result.guild else None)
        return result

    def _interaction_channel(self, context: str, user: User, guild: Guild | None, channel_id: int | None) -> dict[str, Any]:
        if context == "guild":
            if guild is None:
                raise ValueError("context='guild' needs a guild")
            channel = guild.channel(channel_id or guild.channel_id)
            if channel is None:
                raise ValueError(f"channel {channel_id} is not in guild {guild.id}")
            return channel
        if context == "dm":
            return self.channels[user.dm_channel_id]
        if context == "private":
            return self._private_channel(user, channel_id)
        raise ValueError(f"unknown context {context!r}; use one of {sorted(CONTEXTS)}")

    def _private_channel(self, user: User, channel_id: int | None) -> dict[str, Any]:
        """A group DM the user is in (the bot is not a member: the app is user-installed)."""
        if channel_id is not None and channel_id in self.channels:
            return self.channels[channel_id]
        channel = payloads.group_dm_channel(channel_id or self.snowflake(), user, [user])
        self.channels[int(channel["id"])] = channel
        return channel

    def _command_data(
        self, name: str, options: dict[str, Any], guild: Guild | None, subcommand: str | None, focused: str | None,
    ) -> dict[str, Any]:
        """``data`` of a command interaction, with option types taken from the synced command."""
        synced = self.find_command(name, guild)
        schema = list((synced or {}).get("options") or [])
        path = subcommand.split() if subcommand else []
        leaves: list[dict[str, Any]] = []
        built = leaves
        for depth, part in enumerate(path):
            entry = next((o for o in schema if o.get("name") == part), None)
            schema = list((entry or {}).get("options") or [])
            kind = SUB_COMMAND_GROUP if depth < len(path) - 1 else SUB_COMMAND
            node: dict[str, Any] = {"name": part, "type": kind, "options": []}
            built.append(node)
            built = node["options"]
        resolved: dict[str, Any] = {}
        for option_name, value in options.items():
            built.append(self._option(option_name, value, schema, focused == option_name, guild, resolved))
        data: dict[str, Any] = {"id": str((synced or {}).get("id") or self.snowflake()), "name": name, "type": 1,
                                "options": leaves}
        if resolved:
            data["resolved"] = resolved
        if guild is not None and synced is not None and synced.get("guild_id"):
            data["guild_id"] = str(guild.id)
        return data

    def _option(self, name: str, value: Any, schema: list[dict[str, Any]], focused: bool, guild: Guild | None,
                resolved: dict[str, Any]) -> dict[str, Any]:
        declared = next((o for o in schema if o.get("name") == name), None)
        kind = declared["type"] if declared else next((t for cls, t in OPTION_TYPES if isinstance(value, cls)), 3)
        if isinstance(value, User):
            resolved.setdefault("users", {})[str(value.id)] = value.to_json()
            if guild is not None:
                entry = payloads.member(guild, value, with_permissions=True)
                entry.pop("user")
                resolved.setdefault("members", {})[str(value.id)] = entry
            value = str(value.id)
        option: dict[str, Any] = {"name": name, "type": kind, "value": value}
        if focused:
            option["focused"] = True
        return option

    def find_command(self, name: str, guild: Guild | None) -> dict[str, Any] | None:
        """The synced command called ``name``: the guild's own first, then the global one."""
        scopes = ([guild.id] if guild is not None else []) + ["global"]
        for scope in scopes:
            for command in self.commands.get(scope, []):
                if command["name"] == name and command.get("type", 1) == 1:
                    return command
        return None

    # --- messages --------------------------------------------------------------------------------

    async def send_message(
        self, content: str, *, user: User, guild: Guild | None = None, channel_id: int | None = None,
        mentions_bot: bool = False, expect: int = 1, timeout: float = 2.0,
    ) -> list[dict[str, Any]]:
        """A user posts a message (MESSAGE_CREATE; a DM with the bot when ``guild`` is None).

        Returns the messages the bot posts to that channel in reply: as soon as ``expect`` arrived,
        else whatever arrived within ``timeout`` seconds.
        """
        channel_id = channel_id or (guild.channel_id if guild is not None else user.dm_channel_id)
        if mentions_bot and f"<@{self.bot_user.id}>" not in content:
            content = f"<@{self.bot_user.id}> {content}"
        before = len(self.channel_posts.get(channel_id, []))
        message = payloads.message(self.snowflake(), channel_id, user, {"content": content},
                                   guild_id=guild.id if guild else None)
        if guild is not None:
            message["member"] = {k: v for k, v in payloads.member(guild, user).items() if k != "user"}
        if mentions_bot:
            message["mentions"] = [self.bot_user.to_json()]
        self.messages[int(message["id"])] = message
        await self.dispatch_message_create(message, guild)
        try:
            return await self.wait_for_bot_messages(channel_id, count=expect, timeout=timeout, after=before)
        except TimeoutError:
            return self.bot_posts(channel_id)[before:]

    async def dispatch_message_create(self, message: dict[str, Any], guild: Guild | None) -> None:
        """MESSAGE_CREATE as the bot's intents allow: no event without the guild/DM messages intent,
        and no content without the message content intent unless it is a DM or mentions the bot."""
        session = self._session_for(guild.id if guild else None)
        if session is not None:
            needed = GUILD_MESSAGES_INTENT if guild is not None else DIRECT_MESSAGES_INTENT
            if not session.intents & needed:
                return
            sees_content = (guild is None or session.intents & MESSAGE_CONTENT_INTENT or message["mentions"]
                            or int(message["author"]["id"]) == self.bot_user.id)
            if not sees_content:
                message = {**message, "content": "", "embeds": [], "attachments": [], "components": []}
        await self.dispatch("MESSAGE_CREATE", message, guild_id=guild.id if guild else None)

    def bot_posts(self, channel_id: int) -> list[dict[str, Any]]:
        """Messages the bot posted to a channel with ``POST /channels/{id}/messages``, oldest first."""
        return [self.messages[i] for i in self.channel_posts.get(channel_id, []) if i in self.messages]

    async def wait_for_bot_messages(self, channel_id: int, count: int = 1, timeout: float = 5.0,
                                    after: int = 0) -> list[dict[str, Any]]:
        """Waits until the bot has posted ``count`` messages to the channel beyond the first ``after``."""
        await self._wait_for(lambda: len(self.channel_posts.get(channel_id, [])) >= after + count, timeout,
                             f"{count} bot message(s) in channel {channel_id}")
        return self.bot_posts(channel_id)[after:]

    # --- state changes made by the REST API ----------------------------------------------------

    def create_message(self, channel_id: int, data: dict[str, Any], *, kind: int = DEFAULT_MESSAGE,
                       flags: int = 0, origin: InteractionResult | None = None) -> dict[str, Any]:
        channel = self.channels.get(channel_id) or {}
        guild_id = int(channel["guild_id"]) if channel.get("guild_id") else None
        message = payloads.message(self.snowflake(), channel_id, self.bot_user, data, guild_id=guild_id,
                                   kind=kind, flags=flags)
        self.messages[int(message["id"])] = message
        if origin is not None:
            self._message_origin[int(message["id"])] = origin
        return message

    def edit_message(self, message: dict[str, Any], data: dict[str, Any]) -> dict[str, Any]:
        for key in ("content", "embeds", "components", "attachments", "poll"):
            if key in data and data[key] is not None:
                message[key] = data[key]
        if "flags" in data and data["flags"] is not None:
            message["flags"] = (int(message.get("flags") or 0) & EPHEMERAL_FLAG) | int(data["flags"])
        message["flags"] = int(message.get("flags") or 0) & ~LOADING_FLAG
        message["edited_timestamp"] = payloads.iso_time_of(self.snowflake())
        return message

    def apply_callback(self, result: InteractionResult, kind: int, data: dict[str, Any]) -> dict[str, Any] | None:
        """Applies an accepted initial response; returns the message it created or updated."""
        message: dict[str, Any] | None = None
        message_kind = CHAT_INPUT_MESSAGE if result.kind == APPLICATION_COMMAND else DEFAULT_MESSAGE
        clicked = result.payload.get("message")
        if kind == MESSAGE:
            message = self.create_message(result.channel_id, data, kind=message_kind, origin=result)
        elif kind == DEFERRED_MESSAGE:
            flags = LOADING_FLAG | (int(data.get("flags") or 0) & EPHEMERAL_FLAG)
            message = self.create_message(result.channel_id, {}, kind=message_kind, flags=flags, origin=result)
        elif kind in (DEFERRED_UPDATE, UPDATE_MESSAGE) and clicked is not None:
            message = self.messages.setdefault(int(clicked["id"]), dict(clicked))
            if kind == UPDATE_MESSAGE:
                self.edit_message(message, data)
        result.record_callback(kind, data, int(message["id"]) if message else None)
        if message is not None and kind in (DEFERRED_MESSAGE, DEFERRED_UPDATE):
            self._deferred_by_message.setdefault(int(message["id"]), []).append(result)
        return message

    def channel_message_edited(self, message_id: int) -> None:
        """A deferred interaction is also complete when the bot edits its message through the
        channel route (e.g. ``interaction.message.edit`` after ``defer()``)."""
        for result in self._deferred_by_message.pop(message_id, []):
            result.record_original_edit()

    def reject(self, method: str, path: str, status: int, body: dict[str, Any],
               result: InteractionResult | None = None) -> None:
        """Records a request refused because the bot broke a rule (see ``violations``)."""
        self.violations.append(Violation(method, path, status, body, result.id if result else None))
        if result is not None:
            result.record_error(body)

    def record_request(self, request: RecordedRequest) -> None:
        self.requests.append(request)

    async def message_posted(self, channel_id: int, message: dict[str, Any]) -> None:
        """Bookkeeping for a bot post to a channel; wakes ``wait_for_bot_messages``."""
        self.channel_posts.setdefault(channel_id, []).append(int(message["id"]))
        await self._notify()

    # --- summaries for tests and benchmarks ----------------------------------------------------

    def answered_interactions(self) -> list[InteractionResult]:
        return [r for r in self.interactions if r.acknowledged]

    def duplicate_responses(self) -> list[Violation]:
        """Second initial responses the server refused (code 40060)."""
        return [v for v in self.violations if v.body.get("code") == 40060]
