"""The gateway: websocket connections, sessions with sequence numbers, identify and resume.

A *session* outlives its websocket: events dispatched while the socket is down are kept in the
session's log and replayed when the client RESUMEs with the last sequence number it saw, as
Discord does.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

if TYPE_CHECKING:
    from .server import FakeDiscord

log = logging.getLogger(__name__)

DISPATCH, HEARTBEAT, IDENTIFY, PRESENCE, VOICE_STATE, RESUME, RECONNECT = 0, 1, 2, 3, 4, 6, 7
REQUEST_MEMBERS, INVALID_SESSION, HELLO, HEARTBEAT_ACK = 8, 9, 10, 11
CLOSE_AUTHENTICATION_FAILED = 4004
REPLAY_LOG_MAX = 50_000


class Connection:
    """One websocket, with a lock so frames from different tasks are never interleaved."""

    def __init__(self, ws: web.WebSocketResponse, request: web.Request) -> None:
        self.ws = ws
        self.request = request
        self._send_lock = asyncio.Lock()

    @property
    def open(self) -> bool:
        return not self.ws.closed

    async def send(self, frame: dict[str, Any]) -> bool:
        """Sends one text frame; False when the socket is already gone."""
        async with self._send_lock:
            if self.ws.closed:
                return False
            try:
                await self.ws.send_str(json.dumps(frame))
            except (ConnectionError, RuntimeError):
                return False
            return True

    def abort(self) -> None:
        """Drops the TCP connection without a close frame, like a network failure."""
        transport = self.request.transport
        if transport is not None:
            transport.abort()


@dataclass
class Session:
    """A gateway session of one shard: its sequence, its event log and its current socket."""

    session_id: str
    shard: tuple[int, int]
    intents: int
    connection: Connection | None = None
    seq: int = 0
    log: list[dict[str, Any]] = field(default_factory=list)
    valid: bool = True
    ready: bool = False
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    async def dispatch(self, event: str, data: dict[str, Any]) -> bool:
        """Gives the event the next sequence number, logs it and sends it if connected.

        False when the session was invalidated while the event waited for the lock: the client
        has dropped this session, so the caller must route the event elsewhere.
        """
        async with self.lock:
            if not self.valid:
                return False
            await self.dispatch_holding_lock(event, data)
            return True

    async def dispatch_holding_lock(self, event: str, data: dict[str, Any]) -> None:
        self.seq += 1
        frame = {"op": DISPATCH, "t": event, "s": self.seq, "d": data}
        self.log.append(frame)
        del self.log[:-REPLAY_LOG_MAX]
        if self.connection is not None and not await self.connection.send(frame):
            self.connection = None

    def events_after(self, seq: int | None) -> list[dict[str, Any]]:
        return [frame for frame in self.log if frame["s"] > (seq or 0)]


def new_session_id() -> str:
    return secrets.token_hex(16)


class GatewayHandler:
    """Serves one websocket connection until it closes."""

    def __init__(self, server: FakeDiscord, connection: Connection) -> None:
        self.server = server
        self.connection = connection
        self.session: Session | None = None

    async def run(self) -> None:
        await self.connection.send({"op": HELLO, "d": {"heartbeat_interval": int(self.server.heartbeat_interval * 1000)}})
        try:
            async for msg in self.connection.ws:
                if msg.type is not WSMsgType.TEXT:
                    continue
                payload = json.loads(msg.data)
                await self.handle(payload.get("op"), payload.get("d"))
        finally:
            if self.session is not None and self.session.connection is self.connection:
                self.session.connection = None

    async def handle(self, op: int | None, data: Any) -> None:
        if op == HEARTBEAT:
            if not self.server.faults.take_withheld_ack():
                await self.connection.send({"op": HEARTBEAT_ACK})
        elif op == IDENTIFY:
            await self.identify(data)
        elif op == RESUME:
            await self.resume(data)
        elif op == REQUEST_MEMBERS:
            await self.send_member_chunks(data)
        elif op not in (PRESENCE, VOICE_STATE):
            log.warning("gateway: unhandled op %s", op)

    async def identify(self, data: dict[str, Any]) -> None:
        if data.get("token") != self.server.token:
            await self.connection.ws.close(code=CLOSE_AUTHENTICATION_FAILED, message=b"Authentication failed.")
            return
        shard_id, shard_count = data.get("shard") or (0, 1)
        session = Session(new_session_id(), (int(shard_id), int(shard_count)), int(data.get("intents") or 0))
        self.session = session
        self.server.identifies.append(session.shard)
        await self.server.start_session(session, self.connection)

    async def resume(self, data: dict[str, Any]) -> None:
        session = self.server.find_session(data.get("session_id"))
        if session is None or data.get("token") != self.server.token or not session.valid:
            await self.connection.send({"op": INVALID_SESSION, "d": False})
            if session is not None:
                self.server.requeue_unsent(session, data.get("seq"))
            return
        self.session = session
        self.server.resumes.append(session.shard)
        async with session.lock:
            for frame in session.events_after(data.get("seq")):
                self.server.replayed.append(frame["t"])
                await self.connection.send(frame)
            session.connection = self.connection
            await session.dispatch_holding_lock("RESUMED", {})

    async def send_member_chunks(self, data: dict[str, Any]) -> None:
        if self.session is None:
            return
        guild_ids = data.get("guild_id")
        for guild_id in guild_ids if isinstance(guild_ids, list) else [guild_ids]:
            await self.session.dispatch("GUILD_MEMBERS_CHUNK", self.server.member_chunk(int(guild_id), data.get("nonce")))
