"""Builders for the JSON objects Discord sends: guilds, channels, members, messages, interactions.

The shapes follow what discord.py 2.7's parsers read (see /work/shared/notes/discord-protocol.md);
keys the parsers require are always present.
"""

from __future__ import annotations

import datetime
from typing import Any

from .models import DISCORD_EPOCH_MS, Guild, User

TEXT_CHANNEL, DM_CHANNEL, GROUP_DM_CHANNEL = 0, 1, 3
CONTEXT_GUILD, CONTEXT_BOT_DM, CONTEXT_PRIVATE = 0, 1, 2
GUILD_INSTALL, USER_INSTALL = "0", "1"
ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024


def iso_time_of(snowflake: int) -> str:
    """The ISO 8601 creation time encoded in a snowflake."""
    millis = (snowflake >> 22) + DISCORD_EPOCH_MS
    return datetime.datetime.fromtimestamp(millis / 1000, tz=datetime.timezone.utc).isoformat()


def text_channel(channel_id: int, guild_id: int, name: str, position: int) -> dict[str, Any]:
    return {
        "id": str(channel_id), "type": TEXT_CHANNEL, "guild_id": str(guild_id), "name": name,
        "position": position, "permission_overwrites": [], "nsfw": False, "topic": None,
        "last_message_id": None, "rate_limit_per_user": 0, "parent_id": None,
    }


def dm_channel(channel_id: int, recipient: User) -> dict[str, Any]:
    return {"id": str(channel_id), "type": DM_CHANNEL, "recipients": [recipient.to_json()], "last_message_id": None}


def group_dm_channel(channel_id: int, owner: User, recipients: list[User]) -> dict[str, Any]:
    return {
        "id": str(channel_id), "type": GROUP_DM_CHANNEL, "name": None, "icon": None,
        "owner_id": str(owner.id), "recipients": [u.to_json() for u in recipients], "last_message_id": None,
    }


def member(guild: Guild, user: User, *, with_permissions: bool = False) -> dict[str, Any]:
    """A guild member; interactions also carry the member's resolved ``permissions``."""
    data: dict[str, Any] = {
        "user": user.to_json(), "roles": [], "nick": None, "avatar": None, "flags": 0,
        "joined_at": iso_time_of(guild.id), "premium_since": None, "deaf": False, "mute": False,
        "pending": False, "communication_disabled_until": None,
    }
    if with_permissions:
        data["permissions"] = str(member_permissions(guild, user))
    return data


def member_permissions(guild: Guild, user: User) -> int:
    """All permissions for the guild owner (as on Discord), the user's configured ones otherwise."""
    return (1 << 53) - 1 if user.id == guild.owner_id else user.permissions


def everyone_role(guild: Guild) -> dict[str, Any]:
    return {
        "id": str(guild.id), "name": "@everyone", "permissions": str(0), "position": 0, "color": 0,
        "hoist": False, "managed": False, "mentionable": False, "flags": 0,
    }


def guild_create(guild: Guild, bot_user: User) -> dict[str, Any]:
    """The full GUILD_CREATE payload, the bot included among the members."""
    members = [member(guild, u) for u in [bot_user, *guild.members]]
    return {
        "id": str(guild.id), "name": guild.name, "icon": None, "splash": None, "discovery_splash": None,
        "owner_id": str(guild.owner_id), "afk_channel_id": None, "afk_timeout": 300,
        "verification_level": 0, "default_message_notifications": 0, "explicit_content_filter": 0,
        "roles": [everyone_role(guild)], "emojis": [], "stickers": [], "features": [],
        "mfa_level": 0, "system_channel_id": None, "system_channel_flags": 0, "rules_channel_id": None,
        "joined_at": iso_time_of(guild.id), "large": False, "unavailable": False,
        "member_count": len(members), "voice_states": [], "members": members,
        "channels": list(guild.channels), "threads": [], "presences": [], "stage_instances": [],
        "guild_scheduled_events": [], "soundboard_sounds": [], "premium_tier": 0,
        "premium_subscription_count": 0, "preferred_locale": "en-US", "nsfw_level": 0,
        "public_updates_channel_id": None, "max_video_channel_users": 25, "vanity_url_code": None,
        "description": None, "banner": None, "application_id": None, "premium_progress_bar_enabled": False,
    }


def message(
    message_id: int, channel_id: int, author: User, data: dict[str, Any], *,
    guild_id: int | None = None, kind: int = 0, flags: int = 0,
) -> dict[str, Any]:
    """A Message object built from what the bot (or a test user) sent."""
    payload: dict[str, Any] = {
        "id": str(message_id), "type": kind, "channel_id": str(channel_id), "author": author.to_json(),
        "content": data.get("content") or "", "embeds": list(data.get("embeds") or []),
        "components": list(data.get("components") or []), "attachments": [],
        "timestamp": iso_time_of(message_id), "edited_timestamp": None, "tts": bool(data.get("tts")),
        "mention_everyone": False, "mentions": [], "mention_roles": [], "pinned": False,
        "flags": flags | int(data.get("flags") or 0), "sticker_items": [],
    }
    if guild_id is not None:
        payload["guild_id"] = str(guild_id)
    if "message_reference" in data:
        payload["message_reference"] = data["message_reference"]
    if data.get("poll"):
        payload["poll"] = data["poll"]
    return payload


def interaction(
    *, interaction_id: int, application_id: int, kind: int, token: str, user: User,
    data: dict[str, Any] | None, guild: Guild | None, channel: dict[str, Any], context: int,
    app_permissions: int,
) -> dict[str, Any]:
    """INTERACTION_CREATE's payload for any interaction type and context."""
    payload: dict[str, Any] = {
        "id": str(interaction_id), "application_id": str(application_id), "type": kind,
        "token": token, "version": 1, "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
        "channel_id": channel["id"], "channel": channel, "app_permissions": str(app_permissions),
        "entitlements": [], "locale": "en-US", "context": context,
    }
    if data is not None:
        payload["data"] = data
    if guild is not None:
        payload.update(
            guild_id=str(guild.id), guild={"id": str(guild.id), "locale": "en-US", "features": []},
            member=member(guild, user, with_permissions=True), guild_locale="en-US",
            authorizing_integration_owners={GUILD_INSTALL: str(guild.id)},
        )
    else:
        payload["user"] = user.to_json()
        owner = GUILD_INSTALL if context == CONTEXT_BOT_DM else USER_INSTALL
        payload["authorizing_integration_owners"] = {owner: "0" if owner == GUILD_INSTALL else str(user.id)}
    return payload
