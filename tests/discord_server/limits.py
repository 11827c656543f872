"""Discord's limits on what a bot sends, checked the way Discord checks them.

Every ``check_*`` function returns the ``errors`` tree of Discord's 400 "Invalid Form Body"
answer (code 50035), e.g. ``{"embeds": {"0": {"title": {"_errors": [...]}}}}``; an empty
dict means the payload is acceptable.
"""

from __future__ import annotations

from typing import Any

CONTENT_MAX = 2000
EMBEDS_MAX = 10
EMBED_TITLE_MAX = 256
EMBED_DESCRIPTION_MAX = 4096
EMBED_FIELDS_MAX = 25
EMBED_FIELD_NAME_MAX = 256
EMBED_FIELD_VALUE_MAX = 1024
EMBED_FOOTER_MAX = 2048
EMBED_AUTHOR_MAX = 256
EMBED_TOTAL_MAX = 6000
ACTION_ROWS_MAX = 5
ROW_ITEMS_MAX = 5
CUSTOM_ID_MAX = 100
BUTTON_LABEL_MAX = 80
CHOICES_MAX = 25
CHOICE_TEXT_MAX = 100
MODAL_TITLE_MAX = 45
TEXT_INPUT_LABEL_MAX = 45
SELECT_OPTIONS_MAX = 25

ACTION_ROW, BUTTON, TEXT_INPUT, LABEL = 1, 2, 4, 18
SELECT_TYPES = {3, 5, 6, 7, 8}
LINK_BUTTON_STYLE, PREMIUM_BUTTON_STYLE = 5, 6


def invalid_form_body(errors: dict[str, Any]) -> dict[str, Any]:
    """Discord's 400 body for a payload that breaks a limit."""
    return {"code": 50035, "message": "Invalid Form Body", "errors": errors}


class _Errors:
    """Collects errors by path and renders Discord's nested ``errors`` tree."""

    def __init__(self) -> None:
        self.tree: dict[str, Any] = {}

    def add(self, path: tuple[str | int, ...], code: str, message: str) -> None:
        node = self.tree
        for part in path:
            node = node.setdefault(str(part), {})
        node.setdefault("_errors", []).append({"code": code, "message": message})

    def max_length(self, path: tuple[str | int, ...], value: Any, limit: int) -> None:
        if isinstance(value, str) and len(value) > limit:
            self.add(path, "BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")

    def required_text(self, path: tuple[str | int, ...], value: Any, limit: int) -> None:
        if not isinstance(value, str) or not value.strip():
            self.add(path, "BASE_TYPE_REQUIRED", "This field is required")
        else:
            self.max_length(path, value, limit)

    def max_items(self, path: tuple[str | int, ...], items: list[Any], limit: int) -> None:
        if len(items) > limit:
            self.add(path, "BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")


def check_message(data: dict[str, Any]) -> dict[str, Any]:
    """Errors in a message payload (interaction response data, followup, channel message, edit)."""
    errors = _Errors()
    errors.max_length(("content",), data.get("content"), CONTENT_MAX)
    embeds = data.get("embeds") or []
    errors.max_items(("embeds",), embeds, EMBEDS_MAX)
    total = 0
    for index, embed in enumerate(embeds):
        total += _check_embed(errors, ("embeds", index), embed)
    if total > EMBED_TOTAL_MAX:
        errors.add(("embeds",), "MAX_EMBED_SIZE_EXCEEDED", f"Embed size exceeds maximum size of {EMBED_TOTAL_MAX}")
    _check_components(errors, data.get("components") or [])
    return errors.tree


def _check_embed(errors: _Errors, path: tuple[str | int, ...], embed: dict[str, Any]) -> int:
    """Checks one embed and returns how many characters of text it holds."""
    title, description = embed.get("title") or "", embed.get("description") or ""
    errors.max_length(path + ("title",), title, EMBED_TITLE_MAX)
    errors.max_length(path + ("description",), description, EMBED_DESCRIPTION_MAX)
    footer = (embed.get("footer") or {}).get("text") or ""
    author = (embed.get("author") or {}).get("name") or ""
    errors.max_length(path + ("footer", "text"), footer, EMBED_FOOTER_MAX)
    errors.max_length(path + ("author", "name"), author, EMBED_AUTHOR_MAX)
    fields = embed.get("fields") or []
    errors.max_items(path + ("fields",), fields, EMBED_FIELDS_MAX)
    size = len(title) + len(description) + len(footer) + len(author)
    for index, embed_field in enumerate(fields):
        name, value = embed_field.get("name"), embed_field.get("value")
        errors.required_text(path + ("fields", index, "name"), name, EMBED_FIELD_NAME_MAX)
        errors.required_text(path + ("fields", index, "value"), value, EMBED_FIELD_VALUE_MAX)
        size += len(name or "") + len(value or "")
    return size


def _check_components(errors: _Errors, rows: list[dict[str, Any]]) -> None:
    errors.max_items(("components",), rows, ACTION_ROWS_MAX)
    for row_index, row in enumerate(rows):
        items = row.get("components") or []
        path = ("components", row_index, "components")
        errors.max_items(path, items, ROW_ITEMS_MAX)
        for item_index, item in enumerate(items):
            _check_component(errors, path + (item_index,), item)


def _check_component(errors: _Errors, path: tuple[str | int, ...], item: dict[str, Any]) -> None:
    kind = item.get("type")
    if kind == BUTTON and item.get("style") not in (LINK_BUTTON_STYLE, PREMIUM_BUTTON_STYLE):
        errors.required_text(path + ("custom_id",), item.get("custom_id"), CUSTOM_ID_MAX)
    else:
        errors.max_length(path + ("custom_id",), item.get("custom_id"), CUSTOM_ID_MAX)
    if kind == BUTTON:
        errors.max_length(path + ("label",), item.get("label"), BUTTON_LABEL_MAX)
    if kind in SELECT_TYPES:
        errors.max_items(path + ("options",), item.get("options") or [], SELECT_OPTIONS_MAX)


def check_choices(data: dict[str, Any]) -> dict[str, Any]:
    """Errors in an autocomplete answer (callback type 8)."""
    errors = _Errors()
    choices = data.get("choices") or []
    errors.max_items(("choices",), choices, CHOICES_MAX)
    for index, choice in enumerate(choices):
        errors.required_text(("choices", index, "name"), choice.get("name"), CHOICE_TEXT_MAX)
        value = choice.get("value")
        if isinstance(value, str):
            errors.required_text(("choices", index, "value"), value, CHOICE_TEXT_MAX)
    return errors.tree


def check_modal(data: dict[str, Any]) -> dict[str, Any]:
    """Errors in a modal (callback type 9)."""
    errors = _Errors()
    errors.required_text(("title",), data.get("title"), MODAL_TITLE_MAX)
    errors.required_text(("custom_id",), data.get("custom_id"), CUSTOM_ID_MAX)
    rows = data.get("components") or []
    errors.max_items(("components",), rows, ACTION_ROWS_MAX)
    for index, row in enumerate(rows):
        path: tuple[str | int, ...] = ("components", index)
        if row.get("type") == LABEL:
            errors.required_text(path + ("label",), row.get("label"), TEXT_INPUT_LABEL_MAX)
            inner = [row.get("component") or {}]
        else:
            inner = row.get("components") or []
        for position, item in enumerate(inner):
            errors.required_text(path + ("components", position, "custom_id"), item.get("custom_id"), CUSTOM_ID_MAX)
            if item.get("type") == TEXT_INPUT and "label" in item:
                errors.required_text(path + ("components", position, "label"), item.get("label"), TEXT_INPUT_LABEL_MAX)
    return errors.tree
