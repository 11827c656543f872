"""The REST API under ``/api/v10``: the routes discord.py calls, answered as Discord answers them."""

from __future__ import annotations

import json
import logging
import re
import time
from typing import TYPE_CHECKING, Any, Awaitable, Callable

from aiohttp import web

from . import limits, payloads
from .interactions import (
    AUTOCOMPLETE,
    DEFERRED_MESSAGE,
    DEFERRED_UPDATE,
    EPHEMERAL_FLAG,
    LOADING_FLAG,
    MESSAGE,
    MODAL,
    PONG,
    UPDATE_MESSAGE,
    InteractionResult,
)
from .payloads import CONTEXT_PRIVATE
from .models import RecordedRequest

if TYPE_CHECKING:
    from .server import FakeDiscord

log = logging.getLogger(__name__)

API_PREFIX = "/api/v10"
Handler = Callable[[web.Request], Awaitable[web.Response]]
# Routes authenticated by the interaction token in the path, not by the bot token.
TOKEN_IN_PATH = re.compile(r"^/(interactions|webhooks)/")
COMMAND_NAME = re.compile(r"^[-_\w]{1,32}$")
CHAT_INPUT = 1
PAYLOAD = web.RequestKey("payload", object)


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """A JSON reply whose Content-Type is exactly ``application/json``: discord.py compares the
    whole header, so aiohttp's ``json_response`` (which appends a charset) would break it."""
    return web.Response(body=json.dumps(body).encode(), status=status,
                        headers={"Content-Type": "application/json", **(headers or {})})


def error_body(code: int, message: str) -> dict[str, Any]:
    return {"code": code, "message": message}


def no_content() -> web.Response:
    return web.Response(status=204)


async def read_payload(request: web.Request) -> Any:
    """The JSON body, or the ``payload_json`` part of a multipart upload (messages with files)."""
    if request.content_type == "multipart/form-data":
        form = await request.post()
        raw = form.get("payload_json")
        return json.loads(raw) if isinstance(raw, str) else {}
    raw_bytes = await request.read()
    return json.loads(raw_bytes) if raw_bytes else None


def is_empty_message(data: dict[str, Any]) -> bool:
    return not (data.get("content") or data.get("embeds") or data.get("components")
                or data.get("attachments") or data.get("poll") or data.get("sticker_ids"))


class RestApi:
    """Route handlers; every state change goes through the FakeDiscord they serve."""

    def __init__(self, server: FakeDiscord) -> None:
        self.server = server

    def register(self, app: web.Application) -> None:
        routes: list[tuple[str, str, Handler]] = [
            ("GET", "/users/@me", self.get_me),
            ("POST", "/users/@me/channels", self.open_dm),
            ("GET", "/users/{user_id}", self.get_user),
            ("GET", "/oauth2/applications/@me", self.get_application),
            ("GET", "/applications/@me", self.get_application),
            ("GET", "/gateway", self.get_gateway),
            ("GET", "/gateway/bot", self.get_gateway_bot),
            ("GET", "/applications/{app}/commands", self.list_commands),
            ("PUT", "/applications/{app}/commands", self.overwrite_commands),
            ("POST", "/applications/{app}/commands", self.upsert_command),
            ("GET", "/applications/{app}/commands/{command_id}", self.get_command),
            ("PATCH", "/applications/{app}/commands/{command_id}", self.edit_command),
            ("DELETE", "/applications/{app}/commands/{command_id}", self.delete_command),
            ("GET", "/applications/{app}/guilds/{guild_id}/commands", self.list_commands),
            ("PUT", "/applications/{app}/guilds/{guild_id}/commands", self.overwrite_commands),
            ("POST", "/applications/{app}/guilds/{guild_id}/commands", self.upsert_command),
            ("GET", "/applications/{app}/guilds/{guild_id}/commands/{command_id}", self.get_command),
            ("PATCH", "/applications/{app}/guilds/{guild_id}/commands/{command_id}", self.edit_command),
            ("DELETE", "/applications/{app}/guilds/{guild_id}/commands/{command_id}", self.delete_command),
            ("POST", "/interactions/{interaction_id}/{token}/callback", self.interaction_callback),
            ("POST", "/webhooks/{app}/{token}", self.create_followup),
            ("GET", "/webhooks/{app}/{token}/messages/{message_id}", self.get_webhook_message),
            ("PATCH", "/webhooks/{app}/{token}/messages/{message_id}", self.edit_webhook_message),
            ("DELETE", "/webhooks/{app}/{token}/messages/{message_id}", self.delete_webhook_message),
            ("GET", "/channels/{channel_id}", self.get_channel),
            ("POST", "/channels/{channel_id}/messages", self.create_channel_message),
            ("GET", "/channels/{channel_id}/messages/{message_id}", self.get_channel_message),
            ("PATCH", "/channels/{channel_id}/messages/{message_id}", self.edit_channel_message),
            ("DELETE", "/channels/{channel_id}/messages/{message_id}", self.delete_channel_message),
            ("POST", "/channels/{channel_id}/typing", self.acknowledge),
            ("PUT", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me", self.acknowledge),
            ("DELETE", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me", self.acknowledge),
            ("GET", "/guilds/{guild_id}", self.get_guild),
        ]
        for method, path, handler in routes:
            app.router.add_route(method, API_PREFIX + path, handler)
        app.router.add_route("*", "/{tail:.*}", self.unknown_route)

    # --- cross-cutting: recording, injected faults, authentication -----------------------------

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.path == "/" and request.method == "GET":
            return await handler(request)
        path = request.path.removeprefix(API_PREFIX)
        request[PAYLOAD] = await read_payload(request)
        response = await self._respond(request, path, handler)
        self.server.record_request(RecordedRequest(
            request.method, path, dict(request.query), dict(request.headers), request[PAYLOAD],
            response.status, time.monotonic(),
        ))
        return response

    async def _respond(self, request: web.Request, path: str, handler: Handler) -> web.StreamResponse:
        fault = self.server.faults.take_route_fault(request.method, path)
        if fault is not None:
            return json_response(fault.body(), fault.status, fault.headers())
        if not TOKEN_IN_PATH.match(path) and request.headers.get("Authorization") != f"Bot {self.server.token}":
            return json_response(error_body(0, "401: Unauthorized"), 401)
        return await handler(request)

    async def unknown_route(self, request: web.Request) -> web.Response:
        path = request.path.removeprefix(API_PREFIX)
        log.warning("fake discord: unknown route %s %s", request.method, path)
        self.server.unknown_routes.append((request.method, path))
        return json_response(error_body(0, f"404: Not Found ({request.method} {path} is not implemented)"), 404)

    async def acknowledge(self, request: web.Request) -> web.Response:
        return no_content()

    def _refuse(self, request: web.Request, status: int, body: dict[str, Any],
                result: InteractionResult | None = None) -> web.Response:
        """Answers a rule the bot broke with Discord's error and records it as a violation."""
        self.server.reject(request.method, request.path.removeprefix(API_PREFIX), status, body, result)
        return json_response(body, status)

    # --- users, application, gateway ---------------------------------------------------------

    async def get_me(self, request: web.Request) -> web.Response:
        return json_response({**self.server.bot_user.to_json(), "verified": True, "mfa_enabled": False, "flags": 0})

    async def get_user(self, request: web.Request) -> web.Response:
        user = self.server.users.get(int(request.match_info["user_id"]))
        if user is None:
            return json_response(error_body(10013, "Unknown User"), 404)
        return json_response(user.to_json())

    async def open_dm(self, request: web.Request) -> web.Response:
        user = self.server.users.get(int((request[PAYLOAD] or {}).get("recipient_id", 0)))
        if user is None:
            return json_response(error_body(10013, "Unknown User"), 404)
        return json_response(self.server.channels[user.dm_channel_id])

    async def get_application(self, request: web.Request) -> web.Response:
        server = self.server
        return json_response({
            "id": str(server.application_id), "name": server.bot_user.name, "description": "", "icon": None,
            "bot_public": True, "bot_require_code_grant": False, "owner": server.owner.to_json(), "team": None,
            "verify_key": "0" * 64, "flags": 0, "interactions_endpoint_url": None, "summary": "",
            "rpc_origins": [], "bot": server.bot_user.to_json(), "tags": [],
        })

    async def get_gateway(self, request: web.Request) -> web.Response:
        return json_response({"url": self.server.gateway_url})

    async def get_gateway_bot(self, request: web.Request) -> web.Response:
        return json_response({
            "url": self.server.gateway_url, "shards": self.server.shard_count,
            "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 86_400_000, "max_concurrency": 1},
        })

    # --- application commands ------------------------------------------------------------------

    def _scope(self, request: web.Request) -> tuple[Any, int | None]:
        guild_id = request.match_info.get("guild_id")
        return (int(guild_id), int(guild_id)) if guild_id else ("global", None)

    def _stored_command(self, data: dict[str, Any], guild_id: int | None, existing: list[dict[str, Any]]) -> dict[str, Any]:
        kind = data.get("type", CHAT_INPUT)
        same = next((c for c in existing if c["name"] == data.get("name") and c.get("type", CHAT_INPUT) == kind), None)
        command = {
            **data, "id": same["id"] if same else str(self.server.snowflake()),
            "application_id": str(self.server.application_id), "version": str(self.server.snowflake()),
            "type": kind, "default_member_permissions": data.get("default_member_permissions"),
            "options": data.get("options") or [], "nsfw": data.get("nsfw", False),
            "description": data.get("description", ""),
        }
        if guild_id is not None:
            command["guild_id"] = str(guild_id)
        return command

    async def list_commands(self, request: web.Request) -> web.Response:
        scope, _ = self._scope(request)
        return json_response(self.server.commands.get(scope, []))

    async def overwrite_commands(self, request: web.Request) -> web.Response:
        scope, guild_id = self._scope(request)
        sent = request[PAYLOAD] or []
        errors = {str(i): e for i, command in enumerate(sent) if (e := command_errors(command))}
        if errors:
            return self._refuse(request, 400, limits.invalid_form_body(errors))
        existing = self.server.commands.get(scope, [])
        self.server.commands[scope] = [self._stored_command(c, guild_id, existing) for c in sent]
        return json_response(self.server.commands[scope])

    async def upsert_command(self, request: web.Request) -> web.Response:
        scope, guild_id = self._scope(request)
        data = request[PAYLOAD] or {}
        errors = command_errors(data)
        if errors:
            return self._refuse(request, 400, limits.invalid_form_body(errors))
        existing = self.server.commands.setdefault(scope, [])
        command = self._stored_command(data, guild_id, existing)
        existing[:] = [c for c in existing if c["id"] != command["id"]] + [command]
        return json_response(command, 201)

    def _find_command(self, request: web.Request) -> dict[str, Any] | None:
        scope, _ = self._scope(request)
        return next((c for c in self.server.commands.get(scope, []) if c["id"] == request.match_info["command_id"]), None)

    async def get_command(self, request: web.Request) -> web.Response:
        command = self._find_command(request)
        if command is None:
            return json_response(error_body(10063, "Unknown application command"), 404)
        return json_response(command)

    async def edit_command(self, request: web.Request) -> web.Response:
        command = self._find_command(request)
        if command is None:
            return json_response(error_body(10063, "Unknown application command"), 404)
        command.update(request[PAYLOAD] or {})
        return json_response(command)

    async def delete_command(self, request: web.Request) -> web.Response:
        scope, _ = self._scope(request)
        command = self._find_command(request)
        if command is None:
            return json_response(error_body(10063, "Unknown application command"), 404)
        self.server.commands[scope].remove(command)
        return no_content()

    # --- interaction responses -----------------------------------------------------------------

    async def interaction_callback(self, request: web.Request) -> web.Response:
        result = self.server.interactions_by_id.get(int(request.match_info["interaction_id"]))
        if result is None or result.token != request.match_info["token"]:
            return json_response(error_body(10062, "Unknown interaction"), 404)
        result.callback_attempts += 1
        body = request[PAYLOAD] or {}
        kind, data = body.get("type"), body.get("data") or {}
        if result.acknowledged:
            return self._refuse(request, 400, error_body(40060, "Interaction has already been acknowledged."), result)
        if time.monotonic() - result.dispatched_at > self.server.interaction_deadline:
            return self._refuse(request, 404, error_body(10062, "Unknown interaction"), result)
        problem = callback_problem(kind, data)
        if problem is not None:
            return self._refuse(request, 400, problem, result)
        message = self.server.apply_callback(result, kind, data)
        if message is not None and kind in (MESSAGE, DEFERRED_MESSAGE):
            await self._announce(message, result)
        if request.query.get("with_response") not in ("1", "true", "True"):
            return no_content()
        return json_response(callback_body(result, kind, message))

    async def _announce(self, message: dict[str, Any], result: InteractionResult) -> None:
        """MESSAGE_CREATE for a new visible response message, as Discord echoes the bot's posts;
        not for ephemeral ones, nor in private channels (the bot is not there)."""
        if int(message.get("flags") or 0) & EPHEMERAL_FLAG or result.payload.get("context") == CONTEXT_PRIVATE:
            return
        await self.server.dispatch_message_create(message, result.guild)

    def _interaction_by_token(self, request: web.Request) -> InteractionResult | None:
        result = self.server.interactions_by_token.get(request.match_info["token"])
        return result if result is not None and result.acknowledged else None

    async def create_followup(self, request: web.Request) -> web.Response:
        result = self._interaction_by_token(request)
        if result is None:
            return json_response(error_body(10015, "Unknown Webhook"), 404)
        data = request[PAYLOAD] or {}
        problem = message_problem(data)
        if problem is not None:
            return self._refuse(request, 400, problem, result)
        message = self.server.create_message(result.channel_id, data, origin=result)
        result.record_followup(int(message["id"]))
        await self._announce(message, result)
        if request.query.get("wait") not in ("1", "true", "True"):
            return no_content()
        return json_response(message)

    def _webhook_message(self, request: web.Request, result: InteractionResult) -> dict[str, Any] | None:
        raw_id = request.match_info["message_id"]
        message_id = result.original_message_id if raw_id == "@original" else int(raw_id)
        if message_id is None or (message_id != result.original_message_id and message_id not in result.followup_ids):
            return None
        return self.server.messages.get(message_id)

    async def get_webhook_message(self, request: web.Request) -> web.Response:
        result = self._interaction_by_token(request)
        message = self._webhook_message(request, result) if result else None
        if message is None:
            return json_response(error_body(10008, "Unknown Message"), 404)
        return json_response(message)

    async def edit_webhook_message(self, request: web.Request) -> web.Response:
        result = self._interaction_by_token(request)
        message = self._webhook_message(request, result) if result else None
        if result is None or message is None:
            return json_response(error_body(10008, "Unknown Message"), 404)
        data = request[PAYLOAD] or {}
        errors = limits.check_message(data)
        if errors:
            return self._refuse(request, 400, limits.invalid_form_body(errors), result)
        self.server.edit_message(message, data)
        if int(message["id"]) == result.original_message_id:
            result.record_original_edit()
        return json_response(message)

    async def delete_webhook_message(self, request: web.Request) -> web.Response:
        result = self._interaction_by_token(request)
        message = self._webhook_message(request, result) if result else None
        if message is None:
            return json_response(error_body(10008, "Unknown Message"), 404)
        self.server.messages.pop(int(message["id"]), None)
        return no_content()

    # --- channels and guilds -------------------------------------------------------------------

    def _channel(self, request: web.Request) -> dict[str, Any] | None:
        return self.server.channels.get(int(request.match_info["channel_id"]))

    def _channel_message(self, request: web.Request) -> dict[str, Any] | None:
        message = self.server.messages.get(int(request.match_info["message_id"]))
        if message is None or message["channel_id"] != request.match_info["channel_id"]:
            return None
        return message

    async def get_channel(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        if channel is None:
            return json_response(error_body(10003, "Unknown Channel"), 404)
        return json_response(channel)

    async def create_channel_message(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        if channel is None:
            return json_response(error_body(10003, "Unknown Channel"), 404)
        data = request[PAYLOAD] or {}
        problem = message_problem(data)
        if problem is not None:
            return self._refuse(request, 400, problem)
        message = self.server.create_message(int(channel["id"]), data)
        await self.server.message_posted(int(channel["id"]), message)
        guild = self.server.guilds.get(int(channel["guild_id"])) if channel.get("guild_id") else None
        await self.server.dispatch_message_create(message, guild)
        return json_response(message)

    async def get_channel_message(self, request: web.Request) -> web.Response:
        message = self._channel_message(request)
        if message is None:
            return json_response(error_body(10008, "Unknown Message"), 404)
        return json_response(message)

    async def edit_channel_message(self, request: web.Request) -> web.Response:
        message = self._channel_message(request)
        if message is None:
            return json_response(error_body(10008, "Unknown Message"), 404)
        data = request[PAYLOAD] or {}
        errors = limits.check_message(data)
        if errors:
            return self._refuse(request, 400, limits.invalid_form_body(errors))
        self.server.edit_message(message, data)
        self.server.channel_message_edited(int(message["id"]))
        return json_response(message)

    async def delete_channel_message(self, request: web.Request) -> web.Response:
        if self._channel_message(request) is None:
            return json_response(error_body(10008, "Unknown Message"), 404)
        self.server.messages.pop(int(request.match_info["message_id"]), None)
        return no_content()

    async def get_guild(self, request: web.Request) -> web.Response:
        guild = self.server.guilds.get(int(request.match_info["guild_id"]))
        if guild is None:
            return json_response(error_body(10004, "Unknown Guild"), 404)
        data = payloads.guild_create(guild, self.server.bot_user)
        return json_response({k: v for k, v in data.items() if k not in ("members", "channels", "threads")})


def message_problem(data: dict[str, Any]) -> dict[str, Any] | None:
    """Discord's error body for an unacceptable new message, else None."""
    if is_empty_message(data):
        return error_body(50006, "Cannot send an empty message")
    errors = limits.check_message(data)
    return limits.invalid_form_body(errors) if errors else None


def callback_problem(kind: Any, data: dict[str, Any]) -> dict[str, Any] | None:
    """Discord's error body for an unacceptable initial response, else None."""
    if kind == MESSAGE:
        return message_problem(data)
    if kind == UPDATE_MESSAGE:
        errors = limits.check_message(data)
    elif kind == AUTOCOMPLETE:
        errors = limits.check_choices(data)
    elif kind == MODAL:
        errors = limits.check_modal(data)
    elif kind in (PONG, DEFERRED_MESSAGE, DEFERRED_UPDATE):
        errors = {}
    else:
        errors = {"type": {"_errors": [{"code": "BASE_TYPE_CHOICES", "message": f"Value {kind!r} is not valid."}]}}
    return limits.invalid_form_body(errors) if errors else None


def callback_body(result: InteractionResult, kind: int, message: dict[str, Any] | None) -> dict[str, Any]:
    """The ``with_response=1`` answer: discord.py reads the interaction and resource parts."""
    flags = int((message or {}).get("flags") or 0)
    resource: dict[str, Any] = {"type": kind}
    if message is not None and kind != DEFERRED_UPDATE:
        resource["message"] = message
    return {
        "interaction": {
            "id": str(result.id), "type": result.kind,
            "response_message_id": message["id"] if message else None,
            "response_message_loading": bool(flags & LOADING_FLAG),
            "response_message_ephemeral": bool(flags & EPHEMERAL_FLAG),
        },
        "resource": resource,
    }


def command_errors(command: dict[str, Any]) -> dict[str, Any]:
    """Errors in one application command as Discord validates it (names, descriptions, counts)."""
    errors: dict[str, Any] = {}

    def add(key: str, message: str) -> None:
        errors.setdefault(key, {"_errors": []})["_errors"].append({"code": "APPLICATION_COMMAND_INVALID", "message": message})

    name = command.get("name") or ""
    if not COMMAND_NAME.match(name) or (command.get("type", CHAT_INPUT) == CHAT_INPUT and name != name.lower()):
        add("name", "Command name is invalid")
    if command.get("type", CHAT_INPUT) == CHAT_INPUT and not 1 <= len(command.get("description") or "") <= 100:
        add("description", "Must be between 1 and 100 in length.")
    if len(command.get("options") or []) > 25:
        add("options", "Must be 25 or fewer in length.")
    return errors
