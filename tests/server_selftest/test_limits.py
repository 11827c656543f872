"""Discord's limits, as the server checks them (pure functions, no client)."""

from __future__ import annotations

from tests.discord_server import limits


def error_codes(tree: dict, *path: str) -> list[str]:
    node = tree
    for part in path:
        node = node[part]
    return [e["code"] for e in node["_errors"]]


def embed(**fields) -> dict:
    return {"embeds": [fields]}


def test_a_message_within_every_limit_passes() -> None:
    message = {
        "content": "c" * limits.CONTENT_MAX,
        "embeds": [{"title": "t" * 256, "description": "d" * 1000,
                    "fields": [{"name": "n", "value": "v" * 1024}], "footer": {"text": "f" * 100}}],
        "components": [{"type": 1, "components": [{"type": 2, "style": 1, "custom_id": "x" * 100, "label": "l" * 80}] * 5}] * 5,
    }
    assert limits.check_message(message) == {}


def test_content_and_embed_text_limits() -> None:
    assert error_codes(limits.check_message({"content": "c" * 2001}), "content") == ["BASE_TYPE_MAX_LENGTH"]
    assert "title" in limits.check_message(embed(title="t" * 257))["embeds"]["0"]
    assert "description" in limits.check_message(embed(description="d" * 4097))["embeds"]["0"]
    assert "footer" in limits.check_message(embed(footer={"text": "f" * 2049}))["embeds"]["0"]
    assert "author" in limits.check_message(embed(author={"name": "a" * 257}))["embeds"]["0"]


def test_fields_count_size_and_emptiness() -> None:
    too_many = limits.check_message(embed(fields=[{"name": "n", "value": "v"}] * 26))
    assert "fields" in too_many["embeds"]["0"]
    bad = limits.check_message(embed(fields=[{"name": "", "value": "v" * 1025}]))
    assert error_codes(bad, "embeds", "0", "fields", "0", "name") == ["BASE_TYPE_REQUIRED"]
    assert error_codes(bad, "embeds", "0", "fields", "0", "value") == ["BASE_TYPE_MAX_LENGTH"]


def test_total_embed_text_over_6000_is_refused_even_when_each_part_fits() -> None:
    message = {"embeds": [{"description": "d" * 4000}, {"description": "d" * 2001}]}
    assert error_codes(limits.check_message(message), "embeds") == ["MAX_EMBED_SIZE_EXCEEDED"]
    assert "embeds" in limits.check_message({"embeds": [{"title": "t"}] * 11})


def test_component_limits() -> None:
    button = {"type": 2, "style": 1, "custom_id": "b", "label": "ok"}
    assert "components" in limits.check_message({"components": [{"type": 1, "components": [button]}] * 6})
    assert "components" in limits.check_message({"components": [{"type": 1, "components": [button] * 6}]})
    long_id = {**button, "custom_id": "x" * 101, "label": "l" * 81}
    errors = limits.check_message({"components": [{"type": 1, "components": [long_id]}]})
    item = errors["components"]["0"]["components"]["0"]
    assert {"custom_id", "label"} <= set(item)
    select = {"type": 3, "custom_id": "s", "options": [{"label": "o", "value": "o"}] * 26}
    assert "options" in limits.check_message({"components": [{"type": 1, "components": [select]}]})["components"]["0"]["components"]["0"]
    link = {"type": 2, "style": 5, "url": "https://example.invalid", "label": "link"}
    assert limits.check_message({"components": [{"type": 1, "components": [link]}]}) == {}


def test_autocomplete_choices() -> None:
    assert limits.check_choices({"choices": [{"name": "n", "value": "v"}] * 25}) == {}
    assert "choices" in limits.check_choices({"choices": [{"name": "n", "value": "v"}] * 26})
    errors = limits.check_choices({"choices": [{"name": "n" * 101, "value": "v" * 101}]})
    assert {"name", "value"} <= set(errors["choices"]["0"])
    assert limits.check_choices({"choices": [{"name": "n", "value": 7}]}) == {}


def test_modal_title_and_text_input_label() -> None:
    row = {"type": 1, "components": [{"type": 4, "custom_id": "t", "label": "l" * 46, "style": 1}]}
    errors = limits.check_modal({"title": "m" * 46, "custom_id": "m", "components": [row]})
    assert "title" in errors and "label" in errors["components"]["0"]["components"]["0"]
    labelled = {"type": 18, "label": "Note", "component": {"type": 4, "custom_id": "t", "style": 1}}
    assert limits.check_modal({"title": "Title", "custom_id": "m", "components": [labelled]}) == {}
